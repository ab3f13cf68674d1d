"""A small English → Chinese glossary of work-report vocabulary: a lexical bridge for English questions.

The multilingual embedder finds the right passage for an English question, but picking the answering
clause inside it needs word-level evidence ("granted" ↔ 授权, "applications" ↔ 申请). This maps common
words of Chinese government work reports — economy, science and technology, industry, agriculture,
education, health, environment, transport, finance, administration — to their usual Chinese forms.
It knows vocabulary, not any report's facts.
"""
from __future__ import annotations

import re

# Longest phrases are matched first; values are alternative Chinese renderings separated by "|".
_GLOSSARY: dict[str, str] = {
    # documents and administration
    "work report": "工作报告", "government": "政府|市政府", "bureau": "局", "ministry": "部",
    "department": "部门|厅|局", "commission": "委员会|委", "municipal": "市", "city": "市|城市", "province": "省",
    "county": "县", "counties": "县|区县", "district": "区", "districts": "区|区县", "town": "镇", "towns": "镇|村镇",
    "village": "村", "villages": "村|村镇", "township": "乡镇", "plan": "计划|规划|方案", "programme": "计划|工程",
    "program": "计划|工程", "project": "项目", "projects": "项目", "policy": "政策", "policies": "政策",
    "measure": "措施", "measures": "措施", "regulation": "条例|办法", "regulations": "条例|办法",
    "implementation plan": "实施方案", "action plan": "行动方案|行动计划", "pilot": "试点", "pilot city": "试点城市",
    "demonstration": "示范", "model city": "示范城市", "reform": "改革", "target": "目标", "goal": "目标",
    "task": "任务", "tasks": "任务", "priority": "重点", "priorities": "重点", "key": "重点", "focus": "重点",
    "mechanism": "机制", "mechanisms": "机制", "system": "体系|制度", "platform": "平台", "service": "服务",
    "services": "服务", "training": "培训", "trained": "培训", "award": "奖", "awards": "奖|奖励",
    "prize": "奖", "winners": "获奖者", "honoured": "表彰", "honored": "表彰", "conference": "会议|大会",
    "law enforcement": "执法", "enforcement": "执法", "inspection": "检查", "supervision": "监督|监管",
    "newspaper": "报", "media": "媒体", "reports": "报道", "covered": "报道", "coverage": "报道", "website": "网站|网",
    "websites": "网站", "clicks": "点击", "views": "浏览", "visits": "浏览|访问", "source": "来源", "date": "日期",
    "published": "发布", "title": "标题|题为",
    # economy and finance
    "gdp": "生产总值|GDP", "economy": "经济", "economic": "经济", "growth": "增长", "increase": "增长|增加",
    "output": "产值|产量", "output value": "产值", "value added": "增加值", "added value": "增加值",
    "revenue": "收入", "sales": "销售", "sales revenue": "销售收入", "profit": "利润|利税", "taxes": "税",
    "tax": "税", "tax reduction": "减免税", "tax cuts": "减免税", "investment": "投资|投入", "invested": "投入|投资",
    "fund": "资金|基金", "funds": "资金|基金", "funding": "资金|经费", "special fund": "专题资金|专项资金",
    "seed fund": "种子基金", "budget": "预算|资金", "fiscal": "财政", "finance": "金融|财政", "financial": "金融|财政",
    "financing": "融资", "loan": "贷款|信贷", "loans": "贷款|信贷", "credit": "信贷", "insurance": "保险",
    "risk compensation": "风险补偿", "venture capital": "创业投资", "trust": "信托", "interest subsidy": "贴息",
    "subsidy": "补贴", "subsidies": "补贴", "transaction": "交易", "transactions": "交易", "turnover": "成交|交易额",
    "contract": "合同", "contracts": "合同", "market": "市场", "consumption": "消费", "export": "出口",
    "exports": "出口", "import": "进口", "trade": "贸易", "price": "价格", "income": "收入", "balance": "余额",
    "total": "总", "amount": "额|金额", "value": "值|额", "online": "在线|网上", "preferential": "优惠",
    # science, technology and industry
    "science": "科学|科技", "technology": "技术|科技", "technological": "技术|科技", "innovation": "创新",
    "innovative": "创新", "research": "研究|科研", "r&d": "研发", "research and development": "研发",
    "patent": "专利", "patents": "专利", "patent applications": "专利申请|申请量", "applications": "申请",
    "application": "申请|应用", "granted": "授权", "grants": "授权", "authorized": "授权",
    "intellectual property": "知识产权", "cases": "案件", "goods": "商品", "standard": "标准", "standards": "标准",
    "enterprise": "企业", "enterprises": "企业", "company": "企业|公司", "companies": "企业|公司", "firms": "企业",
    "small and medium": "中小", "leading": "领军|龙头", "backbone": "骨干", "start-up": "创业|初创", "startup": "创业|初创", "incubator": "孵化器",
    "industry": "产业|工业", "industries": "产业", "industrial": "产业|工业", "cluster": "集群", "clusters": "集群",
    "park": "园区", "parks": "园区", "zone": "区|开发区", "zones": "开发区", "development zone": "开发区",
    "development zones": "开发区", "high-tech": "高新技术", "manufacturing": "制造", "equipment": "设备|仪器",
    "instruments": "仪器", "laboratory": "实验室", "laboratories": "实验室", "labs": "实验室", "testing": "测试|检测",
    "transfer": "转移", "technology transfer": "技术转移", "achievements": "成果", "commercialization": "转化",
    "talent": "人才", "talents": "人才", "experts": "专家|人才", "researchers": "科研人员", "universities": "高校|大学",
    "university": "高校|大学", "institutes": "院所", "colleges": "高校|学院", "internet": "互联网",
    "e-commerce": "电子商务|电商", "smart city": "智慧城市", "new energy": "新能源", "vehicles": "汽车|车辆",
    "charging": "充电", "digital": "数字", "information": "信息", "culture": "文化", "cultural": "文化",
    "integration": "融合|结合", "tourism": "旅游", "animation": "动漫", "design": "设计", "brand": "品牌",
    "modern service": "现代服务业", "service industry": "服务业", "services industry": "服务业",
    # agriculture, society, environment
    "agriculture": "农业", "agricultural": "农业", "farmers": "农户|农民", "households": "农户|户", "rural": "农村",
    "grain": "粮食", "farmland": "农田", "farm": "农场", "farms": "农场|养殖场|场", "family": "家庭",
    "cooperatives": "合作社", "tractors": "拖拉机", "machinery": "机械|农机", "livestock": "畜牧|存栏",
    "goats": "羊", "pigs": "猪|生猪", "pork": "猪肉", "cattle": "牛", "fruit": "水果", "apples": "苹果",
    "vegetables": "蔬菜", "greenhouses": "大棚|温室", "toilets": "厕", "garbage": "垃圾", "waste": "垃圾|废",
    "land transfer": "土地流转", "sold": "销售|销量", "sell": "销售", "produced": "产量|生产", "production": "产量|生产",
    "area": "面积", "planted": "种植|播种", "yield": "产量", "dairy": "乳", "milk": "奶|乳", "commissioners": "特派员", "education": "教育", "schools": "学校",
    "kindergartens": "幼儿园", "students": "学生", "health": "卫生|健康", "hospitals": "医院", "medical": "医疗",
    "employment": "就业", "jobs": "就业|岗位", "poverty": "贫困|扶贫", "housing": "住房", "population": "人口",
    "residents": "居民|人口", "environment": "环境", "environmental": "环境|生态", "pollution": "污染",
    "air quality": "空气质量", "emissions": "排放", "energy": "能源", "coal": "煤", "water": "水",
    "transport": "交通", "transportation": "交通", "roads": "公路|道路", "highway": "公路", "railway": "铁路",
    "bridges": "桥", "people": "人", "participants": "参与|人次", "persons": "人|名", "staff": "人员",
    # verbs and qualifiers common in questions
    "set up": "设立|成立", "established": "成立|设立|建立", "establish": "建立|设立", "built": "建设|建成",
    "build": "建设|打造", "cultivate": "培育", "support": "支持", "supported": "支持", "signed": "签订|签约",
    "organized": "组织", "held": "举办|召开", "launched": "开展|启动", "selected": "选聘|选", "benefited": "惠及",
    "achieved": "实现", "expected": "预计", "planned": "计划|力争", "aim": "力争|着力", "reach": "达到",
    "exceed": "超过", "more than": "超过|余", "accumulated": "累计", "annual": "全年", "year": "年|全年",
    "first": "首家|首批|第一", "national": "国家|全国", "nationwide": "全国", "new": "新",
}
_PHRASES = sorted(_GLOSSARY, key=len, reverse=True)
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(p) for p in _PHRASES) + r")\b", re.IGNORECASE)


def english_to_chinese_terms(question: str) -> list[str]:
    """Chinese terms for the English words and phrases of ``question`` (longest phrase wins)."""
    out: list[str] = []
    for m in _PATTERN.finditer(question):
        for alt in _GLOSSARY[m.group(1).lower()].split("|"):
            if alt not in out:
                out.append(alt)
    return out
