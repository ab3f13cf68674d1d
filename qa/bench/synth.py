"""Deterministic synthetic corpora of Chinese government work reports, with known answers.

Why this exists: retrieval and QA scaling benchmarks (1k / 10k / 50k chunks) need corpora far
larger than the few real reports we hold, *and* a question set whose answers are known and
unambiguous in the whole corpus. Real reports cannot give both, so this module writes look-alike
reports (same header lines, section/item layout, boilerplate and number style as the seed
reports) and, alongside them, questions that each name a city, a bureau, a year and a measure
whose answer sentence occurs exactly once in the corpus.

Properties worth knowing:

* Deterministic: output depends only on ``seed`` (seeded ``random.Random`` instances, no global
  state, no hash-order dependence). Report ``i`` has its own generator and the (city, bureau,
  year) triples are a seeded permutation, so the corpus for ``n`` reports is a prefix of the corpus
  for ``m > n`` reports with the same seed -- handy for nested scaling runs. ``n_questions`` never
  changes the reports.
* Every (city, bureau, year) triple is used at most once while the corpus is smaller than the
  number of triples (80 cities x 12 bureaus x 15 years); questions are only drawn from reports
  whose triple is unique, and only from evidence strings that occur exactly once in the corpus
  (checked against the text actually written).
* About 20% of files repeat one section verbatim, like scraped web pages do.
* Standard library only; ~2,000 reports take a couple of seconds.

Usage::

    python -m qa.synth OUT_DIR --reports 2000 --seed 0 --questions 50
"""
from __future__ import annotations

import argparse
import functools
import json
import logging
import math
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["SynthQuestion", "generate_corpus", "main"]

log = logging.getLogger(__name__)

YEARS: tuple[int, ...] = tuple(range(2010, 2025))

CITIES: tuple[str, ...] = (
    "西安", "绵阳", "成都", "武汉", "长沙", "郑州", "洛阳", "合肥", "芜湖", "南京",
    "苏州", "无锡", "常州", "南通", "杭州", "宁波", "温州", "嘉兴", "绍兴", "金华",
    "福州", "厦门", "泉州", "南昌", "赣州", "济南", "青岛", "烟台", "潍坊", "临沂",
    "石家庄", "唐山", "保定", "太原", "大同", "呼和浩特", "包头", "沈阳", "大连", "鞍山",
    "长春", "哈尔滨", "大庆", "广州", "深圳", "珠海", "佛山", "东莞", "惠州", "南宁",
    "柳州", "桂林", "海口", "三亚", "贵阳", "遵义", "昆明", "曲靖", "兰州", "天水",
    "西宁", "银川", "宝鸡", "咸阳", "宜昌", "襄阳", "株洲", "湘潭", "衡阳", "岳阳",
    "德阳", "宜宾", "南充", "泸州", "扬州", "徐州", "湖州", "台州", "漳州", "九江",
)

# Two-character place morphemes and suffixes for named parks / zones.
_PLACE_MORPHS: tuple[str, ...] = (
    "东湖", "滨江", "临港", "天府", "金桥", "高新", "江北", "城南", "西部", "北辰",
    "望江", "龙泉", "青山", "白沙", "翠屏", "凤凰", "紫金", "鹿城", "经开", "航空港",
    "阎良", "碑林", "双流", "花溪", "梅溪", "盘龙", "云岭", "海港", "沿江", "丝路",
    "松江", "浦口", "新津", "东城", "南湖", "北湖", "西湖", "金沙", "桃源", "明珠",
    "龙湖", "仙林", "麒麟", "星海", "长岭", "黄岛", "汉南", "三江", "太平", "安宁",
)
_PLACE_SUFFIXES: tuple[str, ...] = (
    "高新技术产业开发区", "经济技术开发区", "科技园", "产业园", "工业园区", "新区",
    "综合保税区", "现代产业园", "片区", "创新港", "生态城", "物流园区",
)

_ORGS: tuple[str, ...] = (
    "高校院所", "行业协会", "龙头企业", "金融机构", "县区政府", "开发区管委会", "科研机构",
    "商会", "重点企业", "社会组织", "街道社区", "媒体单位", "第三方机构", "央企和省属企业",
)

_ACTS: tuple[str, ...] = (
    "加快推进", "深入实施", "持续深化", "大力推动", "扎实开展", "积极探索", "着力构建",
    "不断完善", "全面落实", "统筹推进", "稳步推进", "切实加强", "认真组织", "有序推进",
    "全力抓好", "扎实推进", "大力实施", "持续推进", "积极推进", "着力加强", "进一步规范",
    "创新开展", "全面推行", "加快完善", "深入推进", "协同推进", "系统推进", "积极构建",
    "有效推动", "精心组织",
)

_GOALS: tuple[str, ...] = (
    "营造了良好的发展环境", "有效激发了市场主体活力", "推动了相关产业集聚发展",
    "提升了服务保障能力", "为全市发展注入了新动能", "群众获得感明显增强", "取得了阶段性成效",
    "形成了一批可复制可推广的经验", "实现了预期目标", "进一步夯实了发展基础",
    "发展质量和效益不断提升", "社会效益和经济效益同步提升", "有力支撑了全市经济社会发展",
    "工作水平迈上新台阶", "重点领域短板加快补齐", "各项任务全面完成", "得到了上级部门的充分肯定",
    "工作合力进一步增强", "服务效能明显提升", "发展后劲持续增强",
)

_SLOGANS: tuple[str, ...] = (
    "分类指导、专题支持", "统筹规划、分步实施", "政府引导、市场运作", "试点先行、以点带面",
    "全域统筹、重点突破", "一企一策、精准服务", "问题导向、目标导向", "抓重点、补短板、强弱项",
    "条块结合、以块为主", "清单管理、挂图作战",
)

# Generic sentence templates; filled with bureau-specific objects they become topic sentences.
_FILLERS: tuple[str, ...] = (
    "{act}{obj}，{act2}{obj2}，{goal}。",
    "围绕{obj}，{act}{obj2}工作，{goal}。",
    "坚持问题导向，{act}{obj}，着力解决{obj2}中的突出问题。",
    "制定出台《{genplan}》，明确了{obj}的目标任务和工作措施。",
    "与{small}个{org}签订了合作协议，共同推进{obj}。",
    "组织开展{obj}专项行动，举办专题培训{small}期，培训{mid}余人次。",
    "建立{obj}工作推进机制，实行月调度、季通报、年考核，确保各项任务落到实处。",
    "积极争取上级支持，{obj}工作得到省级部门充分肯定，相关经验在全省推广。",
    "{act}{obj}，召开专题推进会{small}次，协调解决问题{mid}个。",
    "深入基层开展调研{small}次，走访{org}{mid}家，形成调研报告{small2}篇。",
    "按照“{slogan}”的基本思路，{act}{obj}。",
    "{obj}取得明显成效，{goal}。",
    "以{obj}为抓手，{act}{obj2}，推动{field}工作提质增效。",
    "进一步完善{obj}政策体系，修订完善相关配套措施{small}项。",
    "{month}月，{city}市召开{obj}工作会议，对全年工作进行了安排部署。",
    "充分发挥{org}作用，{obj}形成了上下联动、协同推进的工作格局。",
    "{act}{obj}数字化建设，搭建{obj2}信息服务平台，实现数据互联互通。",
    "严格落实{obj}工作责任制，层层分解目标任务，压实各方责任。",
    "在{park}开展{obj}试点，探索形成了可复制可推广的经验做法。",
    "主动对接{org}，{act}{obj}，有效破解了{obj2}的瓶颈制约。",
    "加大宣传力度，在市级以上媒体刊发{obj}相关报道{mid}篇，营造了良好的社会氛围。",
    "针对{obj}中存在的短板弱项，{act}{obj2}，补齐发展短板。",
    "深化“放管服”改革，精简{obj}办理环节，平均办理时限压缩{pct}%。",
    "建立健全{obj}考核评价机制，将考核结果作为资金安排的重要依据。",
    "统筹安排专项资金{money}万元，重点支持{obj}和{obj2}。",
    "{obj}工作连续{small}年在全省考核中位居前列。",
    "组织{org}参与{obj}，带动社会投入持续增加。",
    "持续优化{obj}服务流程，推行“一窗受理、一网通办”，群众满意度明显提升。",
    "加强与周边城市的交流合作，{act}{obj}区域协同发展。",
    "{city}市{obj}工作经验入选全省典型案例。",
    "坚持把{obj}作为重要抓手，{act}{obj2}，各项指标稳中有升。",
    "{act}{obj}标准化建设，制定地方标准和规范{small}项。",
    "强化督查督办，对{obj}重点任务实行清单化管理，按期完成率达到100%。",
    "按照市委、市政府的统一部署，{act}{obj}，确保各项工作落地见效。",
    "聚焦{obj}，{act}{obj2}，{goal}。",
    "同时，{act}{obj}，为全市经济社会发展提供了有力支撑。",
    "通过{act}{obj}，{obj2}的基础进一步夯实。",
    "全面梳理{obj}领域政策措施，清理规范性文件{small}件。",
    "推动{obj}与{obj2}深度融合，培育形成了一批示范典型。",
    "积极回应群众关切，办理人大代表建议和政协委员提案{mid}件，办结率100%。",
    "{act}{obj}“回头看”，对发现的问题逐项整改销号。",
    "建立{obj}联席会议制度，定期研究解决重大问题。",
    "引导{org}加大投入，形成多元化投入格局，{goal}。",
    "{obj}的体制机制更加完善，工作合力持续增强。",
    "注重示范引领，评选表彰{obj}先进集体和先进个人{mid}个。",
    "依托{park}，{act}{obj}，集聚效应日益凸显。",
    "全面推行{obj}信息公开，主动接受社会监督。",
    "{act}{obj}队伍建设，举办业务培训班{small}期。",
    "年内，{obj}相关工作顺利通过省级验收。",
    "{act}{obj}，{act2}{obj2}，{act3}{obj3}，{goal}。",
    "先后赴{small}个先进地区学习考察{obj}经验，结合实际{act}{obj2}。",
    "{act}{obj}，全年投入资金{money}万元，{goal}。",
    "{act}{obj}示范创建，{small}个项目入选省级示范名单。",
    "坚持政策引导与市场驱动相结合，{act}{obj}，{goal}。",
    "进一步压实县区主体责任，{act}{obj}，形成了一级抓一级、层层抓落实的工作局面。",
    "组织召开{obj}现场观摩会，{mid}余名干部参加观摩交流。",
    "完成{obj}年度绩效评估，评估结果向社会公开。",
    "{act}{obj}试点示范，{park}等{small}个区域先行先试。",
    "在全省{obj}工作考核中获评优秀等次。",
    "围绕群众反映强烈的{obj}问题，开展专项整治，整改问题{mid}个。",
    "优化{obj}资金使用方式，采取以奖代补、贷款贴息等方式支持项目{mid}个。",
    "编制完成{obj}中长期发展规划，明确了今后一个时期的发展方向和重点任务。",
    "建立{obj}项目库，入库项目{mid}个，总投资{money}万元。",
    "加强{obj}人才培养，选派{small}批业务骨干赴先进地区跟班学习。",
    "强化{obj}风险防控，开展安全隐患排查{mid}次，整改隐患{mid2}处。",
    "开展{obj}满意度调查，群众满意率保持在较高水平。",
    "{act}{obj}与{obj2}协同联动，构建了部门协作、上下贯通的工作体系。",
    "梳理形成{obj}重点任务清单{small2}项，逐项明确责任单位和完成时限。",
    "召开{obj}新闻发布会{small}场，及时回应社会关切。",
    "联合{org}举办{obj}专题论坛，邀请省内外专家学者{mid}余人参会。",
    "着眼长远发展，{act}{obj}基础研究和政策储备。",
    "{obj}信息化平台上线运行，累计访问量超过{mid}万次。",
    "用好中央和省级专项资金，{act}{obj}项目建设，资金拨付率达到{rate}%。",
    "对照年度目标责任书，{obj}各项指标均按时序进度完成。",
    "坚持刀刃向内，{act}{obj}领域作风建设，工作效率明显提升。",
    "落实党风廉政建设主体责任，把{obj}纳入廉政风险防控重点。",
    "积极承接省级下放事项，{obj}审批效率进一步提高。",
    "开展{obj}“进企业、进社区、进农村”活动{mid}场次。",
    "推动{obj}工作重心下移，在{small}个县区设立服务站点。",
    "以创建全国文明城市为契机，{act}{obj}，城市形象进一步提升。",
    "{city}市被确定为全省{obj}试点城市。",
    "依托大数据手段，对{obj}实施动态监测和精准调度。",
    "抓好{obj}典型培育，总结推广了一批好经验、好做法。",
    "{act}{obj}，{goal}；{act2}{obj2}，{goal2}。",
)

# Forward-looking sentences for the next-year plan paragraph.
_PLAN_FILLERS: tuple[str, ...] = (
    "{act}{obj}，推动{obj2}取得新突破。",
    "进一步{act}{obj}，力争在{obj2}方面走在全省前列。",
    "着力补齐{obj}短板，提升{obj2}整体水平。",
    "研究制定{obj}相关政策措施，强化资金、人才等要素保障。",
    "坚持项目化推进，谋划实施一批{obj}重点项目。",
    "健全{obj}工作机制，确保各项任务按期完成。",
    "深化{obj}改革，激发{obj2}内生动力。",
    "加强与{org}的合作，合力推进{obj}。",
    "统筹抓好{obj}和{obj2}，推动各项工作再上新台阶。",
    "持续抓好{obj}，不断提升群众满意度。",
    "强化督查考核，推动{obj}各项措施落地见效。",
    "在{park}谋划布局一批{obj}项目。",
    "全面加强{obj}队伍建设，提升干部履职能力。",
    "推进{obj}数字化、智能化改造，提升治理效能。",
    "严格落实全面从严治党要求，为{obj}提供坚强保障。",
)

# Wrappers around a number clause {M} (the clause itself is the evidence).
_METRIC_WRAPS: tuple[str, ...] = (
    "{pre}{M}。",
    "{pre}{M}，同比增长{pct}%。",
    "{act}{obj}，{pre}{M}，{goal}。",
    "通过{act}{obj}，{pre}{M}。",
    "{pre}{M}，超额完成年度目标任务。",
    "{pre}{M}，较上年增长{pct}%，{goal}。",
    "{act}{obj}，{M}，{goal}。",
    "{pre}{M}，圆满完成了各项目标任务。",
)
_PCT_WRAPS: tuple[str, ...] = (
    "{pre}{M}。",
    "{pre}{M}，高于全省平均水平{pp}个百分点。",
    "{act}{obj}，{pre}{M}，较上年提高{pp}个百分点。",
    "{pre}{M}，{goal}。",
)
_METRIC_PRE: tuple[str, ...] = ("全年", "年内", "全市", "", "", "截至年底，", "一年来，", "全年共")

_PLAN_WRAPS: tuple[str, ...] = (
    "围绕{topic}，研究出台了{E}，{goal}。",
    "聚焦{topic}，制定印发了{E}，明确了目标任务和保障措施。",
    "在{topic}方面，出台了{E}，从{small}个方面提出具体政策措施。",
    "为推动{topic}，会同有关部门起草并印发了{E}，{goal}。",
)
_PLACE_EVIDENCE: tuple[str, ...] = ("在{park}布局建设{fac}", "依托{park}建成{fac}", "{fac}落户{park}")
_PLACE_TAILS: tuple[str, ...] = ("{goal}", "总投资{money}万元", "已于年内投入使用", "为{obj}提供了有力支撑")
_EVENT_VERBS: tuple[str, ...] = ("成功举办了", "组织召开了", "举办了", "隆重举行了")

_PROBLEMS: tuple[str, ...] = (
    "{obj}的基础还不够牢固", "{obj}的体制机制有待进一步完善", "{obj}与群众期待还有一定差距",
    "{obj}的资金投入渠道较为单一", "{obj}的专业人才相对缺乏", "{obj}的区域发展还不够平衡",
    "{obj}的工作合力还需进一步增强",
)

_PLAN_INTROS: tuple[str, ...] = (
    "认真落实市委、市政府决策部署，坚持稳中求进工作总基调，重点抓好以下工作",
    "积极适应经济发展新常态，围绕{obj}和{obj2}，着力做好以下几个方面的工作",
    "以推动高质量发展为主题，统筹推进{obj}，重点做好以下工作",
    "紧紧围绕全市中心工作，{act}{obj}，努力在以下方面取得新突破",
    "坚持目标导向和问题导向，{act}{obj}，重点推进以下工作",
)
_INTRO_CORES: tuple[str, ...] = (
    "在市委、市政府的坚强领导下",
    "在市委、市政府的正确领导和上级部门的精心指导下",
    "面对复杂严峻的外部环境",
    "按照年初确定的工作目标",
)

_TARGET_WRAPS: tuple[str, ...] = ("{T}。", "{act}{obj}，{T}。", "{T}，确保完成年度目标任务。",
                                   "{T}，推动{obj}再上新台阶。")

# Phrases that should not appear before the year they entered official language.
_ERA: tuple[tuple[str, int], ...] = (
    ("高质量", 2017), ("新常态", 2014), ("乡村振兴", 2017), ("碳达峰", 2020), ("5G", 2019),
    ("工业互联网", 2017), ("跨境电子商务综合试验区", 2015), ("消费券", 2020), ("夜间经济", 2019),
    ("医疗联合体", 2015), ("医联体", 2015), ("海绵城市", 2015), ("老旧小区", 2017),
    ("保障性租赁住房", 2021), ("垃圾分类", 2017), ("零工市场", 2021), ("稳岗返还", 2015),
    ("众创空间", 2015), ("新型研发机构", 2015), ("上云", 2017), ("数字化转型", 2018),
    ("智能制造", 2015), ("政府和社会资本合作", 2014), ("四好农村路", 2014), ("全域旅游", 2016),
    ("文化和旅游融合", 2018), ("文旅融合", 2018), ("文旅消费", 2018), ("高素质农民", 2019),
    ("医养结合", 2015), ("放管服", 2015), ("一网通办", 2018), ("专精特新", 2012),
    ("农民丰收节", 2018), ("瞪羚企业", 2013), ("大众创业", 2015), ("双创", 2015),
    ("家庭医生", 2016), ("城市更新", 2019), ("装配式", 2016), ("排污许可", 2016),
    ("黑臭水体", 2015), ("土壤污染防治工作方案", 2016), ("电商直播", 2019), ("智慧", 2013),
    ("农村人居环境整治", 2018), ("根治欠薪", 2017), ("根治拖欠", 2016), ("胸痛中心", 2016), ("民营经济", 2018),
    ("营商环境", 2016), ("中央环保督察", 2016), ("充电桩", 2015), ("新能源公交", 2013),
    ("集团化办学", 2014), ("课后服务", 2017), ("标识解析", 2018), ("冷链", 2012),
    ("移动支付", 2016), ("非遗展演", 2012), ("研学", 2016), ("电子健康档案", 2012),
    ("农村宅基地", 2015), ("集体产权制度改革", 2016), ("创业担保贷款", 2015),
)


@functools.lru_cache(maxsize=None)
def _min_year(text: str) -> int:
    """Earliest year in which ``text`` reads naturally (0 when it has no dated phrase)."""
    return max((y for k, y in _ERA if k in text), default=0)


@dataclass(frozen=True)
class SynthQuestion:
    """One question with its known answer, evidence substring and the file that holds it."""

    id: str
    question: str
    type: str  # "number" | "fact"
    answers: list[str]
    evidence: str
    source: str

    def to_eval_dict(self) -> dict[str, Any]:
        """The record in /work/shared/eval/FORMAT.md layout (no ``source``: evidence is unique)."""
        return {"id": self.id, "type": self.type, "question": self.question,
                "answers": list(self.answers), "evidence": self.evidence}


@dataclass(frozen=True)
class _Metric:
    text: str  # clause with "{v}" where the number + unit goes
    question: str  # question body, e.g. "新认定了多少家国家高新技术企业"
    unit: str
    lo: float
    hi: float
    dec: int
    min_year: int


@dataclass(frozen=True)
class _Bureau:
    short: str  # 科技局
    full: str  # 科学技术局
    field: str  # 科技
    headlines: tuple[str, ...]
    themes: tuple[str, ...]
    items: tuple[str, ...]
    objects: tuple[str, ...]
    metrics: tuple[_Metric, ...]
    targets: tuple[_Metric, ...]
    plans: tuple[tuple[str, str], ...]  # (topic noun phrase, plan title without city)
    facilities: tuple[str, ...]
    events: tuple[str, ...]


def _parse_metrics(spec: str) -> tuple[_Metric, ...]:
    """Parse lines ``text|question|unit|lo|hi|dec[|min_year]``."""
    out: list[_Metric] = []
    for line in spec.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        text, question, unit, lo, hi, dec = parts[:6]
        min_year = int(parts[6]) if len(parts) > 6 else 0
        min_year = max(min_year, _min_year(text))
        out.append(_Metric(text, question, unit, float(lo), float(hi), int(dec), min_year))
    return tuple(out)


def _parse_targets(spec: str) -> tuple[_Metric, ...]:
    """Parse lines ``text|unit|lo|hi|dec`` (plan-year targets; never asked about)."""
    out: list[_Metric] = []
    for line in spec.strip().splitlines():
        text, unit, lo, hi, dec = [p.strip() for p in line.split("|")]
        out.append(_Metric(text, "", unit, float(lo), float(hi), int(dec), _min_year(text)))
    return tuple(out)


def _w(s: str) -> tuple[str, ...]:
    return tuple(s.split())


def _pairs(s: str) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(p.split("=", 1)) for p in s.split())  # type: ignore[misc]


BUREAUS: tuple[_Bureau, ...] = (
    _Bureau(
        "科技局", "科学技术局", "科技",
        _w("加快推进以统筹科技资源改革为重点的科技创新工作 深入实施创新驱动发展战略 科技创新工作取得新成效 加快建设创新型城市"),
        _w("着力打造引领产业转型升级的核心力量 持续推动技术市场快速发展 不断优化创新发展环境 加快培育壮大创新主体 "
           "深化科技体制机制改革 强化科技人才支撑 推动科技成果转移转化 提升科技惠民服务水平"),
        _w("大力培育科技型中小企业 积极争取国家级创新平台 支撑推动县域经济创新发展 主动服务企业技术创新 健全技术转移服务体系 "
           "发挥科技奖励导向作用 科技金融结合成效明显 知识产权能力建设不断提升 科技管理制度机制改革稳步推进 科技惠民工作有效落实 "
           "科技宣传成效显现 加快新型研发机构建设 深入推进大众创业万众创新"),
        _w("科技成果转化 产学研协同创新 科技金融结合 知识产权保护 科技企业孵化器建设 高新技术企业培育 科技特派员制度 "
           "重大科技专项 科技资源开放共享 企业研发投入 科技服务业 技术转移体系 科普工作 科技计划管理改革 创新型企业培育"),
        _parse_metrics("""
新认定国家高新技术企业{v}|新认定了多少家国家高新技术企业|家|40|900|0
投入财政科研资金{v}|投入的财政科研资金是多少|亿元|0.5|30|2
技术合同成交额达到{v}|技术合同成交额达到了多少|亿元|5|900|2
专利申请量超过{v}|专利申请量超过了多少件|件|1000|60000|0
新建市级以上众创空间{v}|新建了多少个市级以上众创空间|个|3|80|0
选派农业科技特派员{v}|选派了多少名农业科技特派员|名|30|600|0
组织实施重大科技专项{v}|组织实施了多少项重大科技专项|项|5|120|0
科技信贷余额超过{v}|科技信贷余额超过了多少|亿元|1|80|1
举办产学研对接活动{v}|举办了多少场产学研对接活动|场|20|900|0
全社会研发投入占地区生产总值比重达到{v}|全社会研发投入占地区生产总值的比重是多少|%|1|4.5|2
科技企业孵化器在孵企业达到{v}|科技企业孵化器里的在孵企业有多少家|家|100|3000|0
开展科普活动{v}|开展了多少次科普活动|次|50|2000|0
服务大厅受理量超过{v}|服务大厅受理量超过了多少|万件|0.3|9|1
"""),
        _parse_targets("""
重点培育瞪羚企业{v}|家|50|500|0
打造创新型领军企业{v}|家|10|80|0
力争实现各类科技融资{v}|亿元|5|120|0
催生新兴业态企业{v}|家|50|400|0
"""),
        _pairs("瞪羚企业培育=加快培育瞪羚企业三年行动方案 知识产权强市建设=知识产权强市建设实施方案 "
               "新型研发机构建设=新型研发机构认定和管理实施方案 科技和金融结合=促进科技和金融结合实施方案 "
               "科技成果转移转化=促进科技成果转移转化实施方案 众创空间发展=发展众创空间推进大众创新创业实施方案"),
        _w("科技成果转化中试基地 国家级科技企业孵化器 新型研发机构集聚区 院士专家工作站 技术转移示范机构"),
        _w("科学技术奖励大会 科技活动周启动仪式 创新创业大赛总决赛 产学研合作洽谈会"),
    ),
    _Bureau(
        "发改委", "发展和改革委员会", "发展改革",
        _w("全力以赴稳增长调结构 推动经济社会高质量发展 发展改革工作再上新台阶 扎实做好稳增长促改革调结构工作"),
        _w("扎实推进重大项目建设 持续深化重点领域改革 着力扩大有效投资 统筹推进区域协调发展 切实保障和改善民生 "
           "加强经济运行监测调节 推动绿色低碳发展 持续优化营商环境"),
        _w("强化重大项目谋划储备 加快推进重点项目建设 深化投融资体制改革 推进价格机制改革 加强粮食安全保障 抓好节能降耗工作 "
           "推进社会信用体系建设 积极争取中央预算内投资 推动新型城镇化建设 加强经济运行分析"),
        _w("重大项目谋划 固定资产投资 投融资体制改革 价格监测 社会信用体系建设 节能降耗 新型城镇化 区域协调发展 "
           "项目审批制度改革 重要民生商品保供稳价 政府和社会资本合作 产业结构调整 粮食储备管理 招投标监管"),
        _parse_metrics("""
完成固定资产投资{v}|完成的固定资产投资是多少|亿元|50|3000|1
争取中央预算内投资{v}|争取到多少中央预算内投资|亿元|0.5|40|2
实施市级重点项目{v}|实施了多少个市级重点项目|个|30|600|0
新开工重大项目{v}|新开工了多少个重大项目|个|10|300|0
单位地区生产总值能耗下降{v}|单位地区生产总值能耗下降了多少|%|1|8|1
发行企业债券{v}|发行了多少企业债券|亿元|2|120|1
归集各类信用信息{v}|归集了多少条信用信息|万条|10|3000|0
审批核准备案投资项目{v}|审批核准备案了多少个投资项目|个|200|5000|0
储备重大项目{v}|储备了多少个重大项目|个|100|2000|0
开展价格监督检查{v}|开展了多少次价格监督检查|次|20|600|0
推介政府和社会资本合作项目{v}|推介的政府和社会资本合作项目有多少个|个|5|90|0
新增地方储备粮{v}|新增了多少地方储备粮|万吨|0.5|30|1
"""),
        _parse_targets("""
力争全社会固定资产投资增长{v}|%|5|15|1
谋划储备亿元以上项目{v}|个|100|900|0
争取各类上级资金{v}|亿元|5|150|0
"""),
        _pairs("扩大有效投资=扩大有效投资三年行动方案 社会信用体系建设=社会信用体系建设实施方案 "
               "营商环境优化=优化营商环境实施方案 新型城镇化=推进新型城镇化建设实施方案 "
               "节能减排=节能减排综合工作实施方案 投融资体制改革=深化投融资体制改革实施方案"),
        _w("现代物流枢纽 循环经济示范园 大数据中心 战略性新兴产业集群 综合能源示范项目"),
        _w("重大项目集中开工仪式 重点项目观摩会 经济运行分析会 政银企对接会"),
    ),
    _Bureau(
        "工信局", "工业和信息化局", "工业和信息化",
        _w("推动工业经济稳中有进 加快建设制造强市 工业和信息化工作取得新成效 推动制造业高质量发展"),
        _w("推动工业经济平稳运行 加快产业转型升级 大力推进两化融合 培育壮大中小企业 强化企业技术创新 推进工业绿色发展 "
           "加快信息基础设施建设"),
        _w("抓好工业经济运行调度 推进工业技术改造 培育壮大战略性新兴产业 推进智能制造 加强企业技术中心建设 "
           "支持中小企业专精特新发展 推动工业互联网发展 抓好工业节能降耗 加快5G网络建设 优化涉企服务"),
        _w("工业技术改造 智能制造 工业互联网 两化融合 专精特新企业培育 企业技术中心建设 产业链协同 工业节能 绿色制造体系 "
           "中小企业公共服务 产业集群发展 首台套推广应用 数字化转型 工业稳增长"),
        _parse_metrics("""
新建省级企业技术中心{v}|新建了多少个省级企业技术中心|个|3|60|0
规模以上工业增加值增长{v}|规模以上工业增加值增长了多少|%|2|15|1
完成工业技改投资{v}|完成的工业技改投资是多少|亿元|10|900|1
新增规模以上工业企业{v}|新增了多少家规模以上工业企业|家|10|500|0
认定专精特新中小企业{v}|认定了多少家专精特新中小企业|家|5|300|0
建成5G基站{v}|建成了多少个5G基站|个|300|20000|0|2019
实施工业技改项目{v}|实施了多少个工业技改项目|个|30|900|0
建成智能工厂和数字化车间{v}|建成了多少个智能工厂和数字化车间|个|3|120|0|2015
推动企业上云{v}|推动了多少家企业上云|家|100|5000|0
培训企业经营管理人员{v}|培训了多少人次企业经营管理人员|人次|200|9000|0
争取省级以上工业发展资金{v}|争取到的省级以上工业发展资金是多少|万元|500|50000|0
淘汰落后产能企业{v}|淘汰了多少家落后产能企业|家|3|90|0
"""),
        _parse_targets("""
力争工业总产值突破{v}|亿元|300|9000|0
培育百亿级产业集群{v}|个|2|12|0
推动小微企业上规入统{v}|家|30|400|0
"""),
        _pairs("智能制造=智能制造三年行动计划 工业互联网发展=推进工业互联网发展实施方案 "
               "中小企业专精特新发展=促进中小企业专精特新发展实施方案 工业技术改造=加快工业技术改造实施方案 "
               "绿色制造=绿色制造体系建设实施方案 制造业数字化=制造业数字化转型实施方案"),
        _w("工业互联网标识解析二级节点 智能制造示范基地 中小企业公共服务示范平台 新材料产业基地 电子信息产业配套基地"),
        _w("工业经济运行调度会 中小企业服务月启动仪式 智能制造现场推进会 产业链供需对接会"),
    ),
    _Bureau(
        "商务局", "商务局", "商务",
        _w("促消费稳外贸扩开放 推动商务经济高质量发展 商务工作稳中有进 全力打造区域性消费中心"),
        _w("着力促进消费升级 稳住外贸基本盘 提升利用外资水平 完善现代流通体系 推进电子商务发展 扩大对外开放合作"),
        _w("开展促消费系列活动 推进步行街改造提升 扶持外贸企业开拓市场 加大招商引资力度 推动跨境电商发展 "
           "完善农村流通网络 加强市场保供 推进服务贸易创新 培育外贸新业态 优化口岸营商环境"),
        _w("消费升级 步行街改造提升 外贸稳增长 招商引资 跨境电子商务 农村电商 城乡流通体系 服务贸易 对外投资合作 "
           "市场保供稳价 会展经济 夜间经济 老字号保护 再生资源回收"),
        _parse_metrics("""
社会消费品零售总额达到{v}|社会消费品零售总额达到了多少|亿元|100|9000|1
实现进出口总额{v}|实现的进出口总额是多少|亿元|5|3000|2
实际利用外资{v}|实际利用外资的规模是多少|亿美元|0.1|50|2
新引进招商项目{v}|新引进了多少个招商项目|个|20|600|0
发放消费券{v}|发放了多少消费券|万元|100|20000|0
网络零售额突破{v}|网络零售额突破了多少|亿元|5|2000|1
新增外贸备案企业{v}|新增了多少家外贸备案企业|家|20|1500|0
建成乡镇商贸中心{v}|建成了多少个乡镇商贸中心|个|3|90|0
举办促消费活动{v}|举办了多少场促消费活动|场|10|400|0
培育电子商务示范企业{v}|培育了多少家电子商务示范企业|家|3|120|0
组织企业参加境内外展会{v}|组织企业参加境内外展会多少次|次|10|300|0
服务贸易额达到{v}|服务贸易额是多少|亿元|1|500|1
"""),
        _parse_targets("""
力争外贸进出口增长{v}|%|3|15|1
引进亿元以上项目{v}|个|20|200|0
培育限额以上商贸企业{v}|家|30|300|0
"""),
        _pairs("消费扩容提质=促进消费扩容提质实施方案 稳外贸稳外资=稳外贸稳外资实施方案 "
               "跨境电子商务综合试验区建设=跨境电子商务综合试验区建设实施方案 夜间经济发展=发展夜间经济实施方案 "
               "农村流通体系建设=加快农村流通体系建设实施方案 招商引资考核=招商引资考核奖励办法"),
        _w("跨境电商产业园 保税物流中心 进口商品展示交易中心 冷链物流集散中心 电子商务公共服务中心"),
        _w("投资贸易洽谈会 消费季启动仪式 进出口商品交易会 电商直播节"),
    ),
    _Bureau(
        "农业农村局", "农业农村局", "农业农村",
        _w("全面推进乡村振兴 加快农业农村现代化 农业农村工作稳中有进 推动现代农业提质增效"),
        _w("稳定粮食和重要农产品供给 推进农业产业化经营 加快农业科技进步 改善农村人居环境 深化农村改革 巩固拓展脱贫攻坚成果"),
        _w("抓好粮食生产 推进高标准农田建设 培育新型农业经营主体 发展特色优势产业 加强动物疫病防控 推进农村人居环境整治 "
           "深化农村集体产权制度改革 强化农产品质量安全监管 推进农业机械化 发展休闲农业和乡村旅游"),
        _w("粮食生产 高标准农田建设 农业产业化 新型农业经营主体培育 农产品质量安全 农村人居环境整治 农村集体产权制度改革 "
           "动物疫病防控 农业机械化 耕地保护 农业面源污染治理 农村宅基地管理 特色农产品品牌 休闲农业"),
        _parse_metrics("""
粮食总产量达到{v}|粮食总产量是多少|万吨|10|800|1
新建高标准农田{v}|新建了多少高标准农田|万亩|1|80|1
培育市级以上农业产业化龙头企业{v}|培育了多少家市级以上农业产业化龙头企业|家|10|400|0
新增家庭农场{v}|新增了多少个家庭农场|个|50|3000|0
农村居民人均可支配收入增长{v}|农村居民人均可支配收入增长了多少|%|3|12|1
认证绿色食品{v}|认证了多少个绿色食品|个|5|200|0
改造农村户厕{v}|改造了多少农村户厕|万户|0.5|30|1
农作物耕种收综合机械化率达到{v}|农作物耕种收综合机械化率是多少|%|50|95|1
培训高素质农民{v}|培训了多少名高素质农民|名|300|20000|0
落实耕地地力保护补贴{v}|落实的耕地地力保护补贴是多少|亿元|0.2|20|2|2016
农产品质量安全抽检合格率达到{v}|农产品质量安全抽检合格率是多少|%|96|99.9|1
建成美丽乡村示范村{v}|建成了多少个美丽乡村示范村|个|5|200|0
"""),
        _parse_targets("""
粮食播种面积稳定在{v}|万亩|50|1500|0
培育农民专业合作社示范社{v}|家|20|300|0
打造乡村振兴示范片{v}|个|3|30|0
"""),
        _pairs("乡村振兴战略实施=乡村振兴战略实施方案 农村人居环境整治=农村人居环境整治三年行动方案 "
               "高标准农田建设=高标准农田建设实施方案 农业产业化发展=加快农业产业化发展实施方案 "
               "农产品品牌建设=农产品品牌建设实施方案"),
        _w("现代农业产业园 农产品冷链物流中心 农业科技示范园 种苗繁育基地 农产品加工集聚区"),
        _w("中国农民丰收节庆祝活动 农产品展销会 春耕生产现场会 现代农业现场推进会"),
    ),
    _Bureau(
        "教育局", "教育局", "教育",
        _w("办好人民满意的教育 推动教育事业优质均衡发展 教育改革发展取得新进展 加快建设教育强市"),
        _w("扩大优质教育资源供给 加强教师队伍建设 深化教育综合改革 全面提升教育质量 促进教育公平 加强校园安全管理"),
        _w("加快中小学校建设 扩大普惠性学前教育资源 推进义务教育优质均衡 加强师德师风建设 推进集团化办学 落实学生资助政策 "
           "加强职业教育 推进教育信息化 强化校园安全 规范民办教育发展"),
        _w("学前教育普及普惠 义务教育优质均衡 集团化办学 教师队伍建设 职业教育产教融合 教育信息化 学生资助 校园安全 "
           "课后服务 特殊教育 教育督导 劳动教育 学校体育卫生 招生制度改革"),
        _parse_metrics("""
新建改扩建中小学校{v}|新建改扩建了多少所中小学校|所|3|90|0
新增中小学学位{v}|新增了多少个中小学学位|个|1000|60000|0
新增普惠性幼儿园{v}|新增了多少所普惠性幼儿园|所|3|120|0
招聘新教师{v}|招聘了多少名新教师|名|50|3000|0
发放学生资助资金{v}|发放的学生资助资金是多少|万元|200|30000|0
资助家庭经济困难学生{v}|资助了多少人次家庭经济困难学生|人次|1000|90000|0
培训中小学教师{v}|培训了多少人次中小学教师|人次|1000|60000|0
学前三年毛入园率达到{v}|学前三年毛入园率是多少|%|80|99|1
创建智慧校园示范校{v}|创建了多少所智慧校园示范校|所|5|150|0
投入教育经费{v}|投入了多少教育经费|亿元|5|300|1
组建教育集团{v}|组建了多少个教育集团|个|3|60|0
排查整改校园安全隐患{v}|排查整改了多少处校园安全隐患|处|50|3000|0
"""),
        _parse_targets("""
启动建设学校项目{v}|个|5|60|0
培养市级骨干教师{v}|名|100|1500|0
创建义务教育优质均衡发展示范校{v}|所|5|50|0
"""),
        _pairs("学前教育发展提升=学前教育发展提升行动计划 义务教育优质均衡发展=推进义务教育优质均衡发展实施方案 "
               "新时代教师队伍建设=加强新时代教师队伍建设实施方案 集团化办学=推进集团化办学实施方案 "
               "职业教育产教融合=职业教育产教融合实施方案"),
        _w("职业教育实训基地 教师发展中心 青少年校外活动中心 中小学生研学实践基地 特殊教育资源中心"),
        _w("教师节表彰大会 中小学生运动会 职业院校技能大赛 全市教育大会"),
    ),
    _Bureau(
        "卫健委", "卫生健康委员会", "卫生健康",
        _w("深化医药卫生体制改革 全力保障人民健康 卫生健康事业高质量发展 加快建设健康城市"),
        _w("深化医药卫生体制改革 提升医疗服务能力 加强公共卫生体系建设 推进健康城市建设 做好重点人群健康服务 加强卫生人才队伍建设"),
        _w("推进分级诊疗制度建设 加强医联体建设 提升基层医疗服务能力 做好疾病预防控制 推进家庭医生签约服务 加强妇幼健康服务 "
           "推进智慧医疗 开展爱国卫生运动 加强中医药服务 推进医养结合"),
        _w("分级诊疗 基层医疗卫生服务 公共卫生服务 家庭医生签约 妇幼健康 智慧医疗 中医药传承创新 医养结合 卫生应急 "
           "健康教育 重大疾病防控 院前急救 医疗质量管理 爱国卫生运动"),
        _parse_metrics("""
家庭医生签约服务覆盖{v}|家庭医生签约服务覆盖了多少人|万人|5|400|1
新建标准化村卫生室{v}|新建了多少个标准化村卫生室|个|10|500|0
组建医疗联合体{v}|组建了多少个医疗联合体|个|3|80|0
培训基层医务人员{v}|培训了多少人次基层医务人员|人次|500|30000|0
免费开展适龄妇女两癌筛查{v}|免费开展了多少例适龄妇女两癌筛查|例|1000|90000|0
引进高层次卫生人才{v}|引进了多少名高层次卫生人才|名|10|600|0
投入卫生健康资金{v}|投入的卫生健康资金是多少|亿元|1|90|2
新增医疗床位{v}|新增了多少张医疗床位|张|100|6000|0
开展健康教育讲座{v}|开展了多少场健康教育讲座|场|50|3000|0
建成胸痛中心和卒中中心{v}|建成了多少个胸痛中心和卒中中心|个|2|30|0
完成疫苗接种{v}|完成了多少剂次疫苗接种|万剂次|5|900|1
居民电子健康档案建档率达到{v}|居民电子健康档案建档率是多少|%|60|98|1
"""),
        _parse_targets("""
力争每千人口执业医师数达到{v}|人|2|4|1
建设县域医疗次中心{v}|个|3|30|0
人均预期寿命达到{v}|岁|76|82|1
"""),
        _pairs("分级诊疗制度建设=推进分级诊疗制度建设实施方案 健康城市建设=健康城市建设实施方案 "
               "医疗联合体建设=医疗联合体建设实施方案 医养结合发展=推进医养结合发展实施方案 "
               "中医药传承创新=促进中医药传承创新发展实施方案"),
        _w("区域医疗中心 公共卫生应急指挥中心 全民健康信息平台 中医药产业园 医养结合示范中心"),
        _w("卫生健康大会 健康城市建设推进会 百名专家义诊活动 医师节表彰大会"),
    ),
    _Bureau(
        "生态环境局", "生态环境局", "生态环境",
        _w("坚决打好污染防治攻坚战 生态环境质量持续改善 加快建设美丽城市 推动生态环境保护工作再上新台阶"),
        _w("深入打好蓝天保卫战 着力打好碧水保卫战 扎实推进净土保卫战 强化生态环境执法监管 深化生态环境领域改革 推动绿色低碳转型"),
        _w("加强工业源污染治理 推进扬尘污染管控 强化机动车尾气治理 实施水污染防治 推进黑臭水体整治 加强土壤污染防治 "
           "严格环境执法 推进环评审批改革 抓好环保督察问题整改 加强固体废物监管"),
        _w("大气污染防治 扬尘管控 水污染防治 黑臭水体整治 土壤污染防治 固体废物监管 危险废物处置 环境执法监管 环评审批改革 "
           "排污许可管理 生态环境监测 生态保护修复 环保督察整改 重点行业深度治理"),
        _parse_metrics("""
空气质量优良天数达到{v}|空气质量优良天数是多少天|天|200|350|0
细颗粒物平均浓度下降{v}|细颗粒物平均浓度下降了多少|%|1|20|1|2013
整治黑臭水体{v}|整治了多少条黑臭水体|条|3|90|0
查处环境违法案件{v}|查处了多少件环境违法案件|件|20|1500|0
环境违法案件处罚金额{v}|环境违法案件的处罚金额是多少|万元|50|9000|0
完成燃煤锅炉淘汰改造{v}|淘汰改造了多少台燃煤锅炉|台|10|900|0
化学需氧量排放量削减{v}|化学需氧量排放量削减了多少|万吨|0.1|5|2
审批建设项目环评文件{v}|审批了多少个建设项目环评文件|个|50|2000|0
核发排污许可证{v}|核发了多少张排污许可证|张|20|3000|0
安全处置危险废物{v}|安全处置了多少危险废物|万吨|0.5|50|1
开展环境执法检查{v}|开展了多少次环境执法检查|次|200|9000|0
建成空气质量自动监测站{v}|建成了多少个空气质量自动监测站|个|3|120|0
"""),
        _parse_targets("""
力争空气质量优良天数比例达到{v}|%|75|95|1
完成重点行业深度治理项目{v}|个|10|150|0
新建水质自动监测站点{v}|个|3|40|0
"""),
        _pairs("大气污染防治=大气污染防治行动计划实施方案 水污染防治=水污染防治工作方案 "
               "土壤污染防治=土壤污染防治工作方案 扬尘污染防治=扬尘污染防治实施方案 "
               "城市黑臭水体治理=城市黑臭水体治理攻坚战实施方案"),
        _w("危险废物集中处置中心 污水处理厂 生态环境监测中心 固体废物资源化利用基地 湿地保护修复工程"),
        _w("六五环境日宣传活动 环保督察整改推进会 生态环境保护大会 环境执法大练兵"),
    ),
    _Bureau(
        "交通运输局", "交通运输局", "交通运输",
        _w("加快构建现代综合交通运输体系 交通运输事业实现新跨越 全力建设区域性综合交通枢纽 推动交通运输高质量发展"),
        _w("加快交通基础设施建设 提升运输服务水平 推进农村公路建设 强化交通安全监管 深化交通运输改革 发展智慧绿色交通"),
        _w("加快高速公路建设 推进国省干线改造 实施农村公路提质工程 优化城市公交线网 推进综合客运枢纽建设 加强道路运输安全监管 "
           "推广新能源公交车 发展现代物流 推进交通执法改革 加强公路养护管理"),
        _w("高速公路建设 国省干线改造 农村公路建设 城市公共交通 综合客运枢纽 道路运输安全 公路养护 交通执法 现代物流 "
           "智慧交通 绿色交通 城乡客运一体化 治超治限 港口航道建设"),
        _parse_metrics("""
完成交通固定资产投资{v}|完成的交通固定资产投资是多少|亿元|5|800|1
新改建农村公路{v}|新改建了多少公里农村公路|公里|50|3000|0
新增高速公路通车里程{v}|新增了多少公里高速公路通车里程|公里|10|300|0
新开通优化公交线路{v}|新开通优化了多少条公交线路|条|5|150|0
新增新能源公交车{v}|新增了多少辆新能源公交车|辆|50|3000|0
完成国省干线改造{v}|完成了多少公里国省干线改造|公里|10|400|0
完成货运量{v}|完成的货运量是多少|万吨|500|90000|0
完成旅客运输量{v}|完成了多少旅客运输量|万人次|100|30000|0
检测超限超载车辆{v}|检测了多少辆超限超载车辆|辆|1000|90000|0
建成乡镇综合运输服务站{v}|建成了多少个乡镇综合运输服务站|个|3|90|0
改造危旧桥梁{v}|改造了多少座危旧桥梁|座|5|200|0
开展道路运输安全检查{v}|开展了多少次道路运输安全检查|次|20|900|0
"""),
        _parse_targets("""
力争交通投资突破{v}|亿元|20|900|0
实施农村公路安全生命防护工程{v}|公里|100|2000|0
建成公共充电桩{v}|个|200|5000|0
"""),
        _pairs("四好农村路建设=四好农村路建设实施方案 城乡交通运输一体化=城乡交通运输一体化实施方案 "
               "公交优先发展=城市公共交通优先发展实施方案 现代物流业发展=现代物流业发展实施方案 公路治超=公路治超工作实施方案"),
        _w("综合客运换乘中心 公路港物流中心 公交停保场 多式联运中心 智慧交通指挥中心"),
        _w("重点交通项目集中开工仪式 交通安全宣传月活动 公路养护现场会 农村公路建设推进会"),
    ),
    _Bureau(
        "文旅局", "文化和旅游局", "文化旅游",
        _w("推动文化和旅游深度融合发展 文化旅游事业繁荣发展 加快建设文化旅游名城 文化旅游工作亮点纷呈"),
        _w("完善公共文化服务体系 推动旅游产业提质增效 加强文化遗产保护利用 繁荣文艺创作生产 加强文化市场监管 推进文旅融合发展"),
        _w("推进公共文化设施建设 开展文化惠民活动 加强非物质文化遗产保护 创建A级旅游景区 培育旅游新业态 开展旅游宣传推介 "
           "加强文物保护 推进全域旅游 加强文化市场综合执法 发展乡村旅游"),
        _w("公共文化服务 文化惠民 非物质文化遗产保护 文物保护利用 全域旅游 乡村旅游 A级景区创建 旅游宣传推介 文化市场监管 "
           "文艺精品创作 智慧旅游 文旅消费 图书馆总分馆制 红色旅游"),
        _parse_metrics("""
接待游客{v}|接待了多少游客|万人次|100|20000|1
实现旅游总收入{v}|实现的旅游总收入是多少|亿元|10|2500|1
新创建国家A级旅游景区{v}|新创建了多少家国家A级旅游景区|家|2|30|0
开展送戏下乡演出{v}|开展了多少场送戏下乡演出|场|50|2000|0
新建农家书屋{v}|新建了多少个农家书屋|个|20|900|0
公布非物质文化遗产代表性项目{v}|公布了多少项非物质文化遗产代表性项目|项|5|90|0
检查文化经营场所{v}|检查了多少家次文化经营场所|家次|100|9000|0
放映农村公益电影{v}|放映了多少场农村公益电影|场|500|30000|0
修缮文物保护单位{v}|修缮了多少处文物保护单位|处|3|90|0
举办文化旅游节庆活动{v}|举办了多少场文化旅游节庆活动|场|5|200|0
培育乡村旅游重点村{v}|培育了多少个乡村旅游重点村|个|3|90|0
公共图书馆接待读者{v}|公共图书馆接待了多少人次读者|万人次|5|500|1
"""),
        _parse_targets("""
力争旅游接待人次增长{v}|%|5|20|1
打造精品旅游线路{v}|条|5|40|0
举办群众文化活动{v}|场|100|3000|0
"""),
        _pairs("全域旅游发展=全域旅游发展实施方案 文化和旅游融合发展=推进文化和旅游融合发展实施方案 "
               "乡村旅游提质增效=乡村旅游提质增效实施方案 非物质文化遗产保护传承=非物质文化遗产保护传承实施方案 "
               "公共文化服务体系建设=公共文化服务体系建设实施方案"),
        _w("文化旅游综合体 非遗展示馆 游客集散中心 影视文化产业园 文创街区"),
        _w("文化旅游节开幕式 旅游推介会 非遗展演周 全民阅读活动启动仪式"),
    ),
    _Bureau(
        "人社局", "人力资源和社会保障局", "人力资源和社会保障",
        _w("稳就业保民生 推动人社事业高质量发展 人力资源和社会保障工作取得新进展 全力以赴稳就业惠民生"),
        _w("全力促进就业创业 完善社会保障体系 加强人才队伍建设 构建和谐劳动关系 提升人社公共服务水平"),
        _w("落实就业优先政策 开展职业技能培训 扶持创业带动就业 扩大社会保险覆盖面 加强社保基金监管 引进高层次人才 "
           "推进工资收入分配改革 加强劳动保障监察 治理拖欠农民工工资 推进人社服务快办"),
        _w("就业创业 职业技能培训 社会保险扩面 社保基金监管 人才引进 工资收入分配 劳动关系协调 劳动保障监察 人事考试 "
           "技工教育 人社信息化 创业担保贷款 养老保险 失业保险"),
        _parse_metrics("""
城镇新增就业{v}|城镇新增就业多少人|万人|0.3|30|2
城镇登记失业率为{v}|城镇登记失业率是多少|%|1.5|4.5|2
开展补贴性职业技能培训{v}|开展了多少人次补贴性职业技能培训|万人次|0.5|50|1
发放创业担保贷款{v}|发放了多少创业担保贷款|亿元|0.1|30|2
引进各类人才{v}|引进了多少名各类人才|名|300|30000|0
追讨农民工工资{v}|追讨了多少农民工工资|万元|100|30000|0
企业职工基本养老保险参保人数达到{v}|企业职工基本养老保险参保人数是多少|万人|10|500|1
帮助就业困难人员实现就业{v}|帮助多少名就业困难人员实现了就业|名|100|30000|0
受理劳动人事争议案件{v}|受理了多少件劳动人事争议案件|件|100|9000|0
举办专场招聘会{v}|举办了多少场专场招聘会|场|20|900|0
新增高技能人才{v}|新增了多少名高技能人才|名|200|30000|0
发放稳岗返还资金{v}|发放的稳岗返还资金是多少|万元|100|90000|0
"""),
        _parse_targets("""
力争新增创业实体{v}|户|500|9000|0
培养技能人才{v}|名|1000|30000|0
城镇登记失业率控制在{v}以内|%|3|4.5|1
"""),
        _pairs("稳定和扩大就业=进一步稳定和扩大就业实施方案 职业技能提升=职业技能提升行动实施方案 "
               "高层次人才引进培养=高层次人才引进培养实施办法 农民工工资支付保障=根治拖欠农民工工资工作实施方案 "
               "创业带动就业=鼓励创业带动就业实施方案"),
        _w("人力资源服务产业园 创业孵化基地 公共实训基地 零工市场 技能大师工作室"),
        _w("春风行动招聘会 职业技能大赛 人才交流大会 高校毕业生就业服务月活动"),
    ),
    _Bureau(
        "住建局", "住房和城乡建设局", "住房和城乡建设",
        _w("提升城市品质 推动住房城乡建设事业高质量发展 住房和城乡建设工作稳步推进 加快建设宜居城市"),
        _w("推进城市更新 保障群众住房需求 加强建筑市场监管 提升城市管理水平 推进建筑业转型发展 加强安全生产监管"),
        _w("推进老旧小区改造 加快棚户区改造 抓好保障性住房建设 促进房地产市场平稳健康发展 推广装配式建筑 加强建筑施工安全 "
           "推进海绵城市建设 完善城市市政设施 加强物业服务管理 推进生活垃圾分类"),
        _w("城市更新 老旧小区改造 棚户区改造 保障性住房 房地产市场调控 装配式建筑 建筑施工安全 海绵城市 市政设施 "
           "物业管理 生活垃圾分类 建筑节能 城市燃气安全 工程质量监管"),
        _parse_metrics("""
改造老旧小区{v}|改造了多少个老旧小区|个|10|600|0
完成棚户区改造{v}|完成了多少套棚户区改造|套|500|40000|0
新开工保障性住房{v}|新开工了多少套保障性住房|套|200|20000|0
新建装配式建筑{v}|新建了多少装配式建筑|万平方米|10|900|1
完成建筑业总产值{v}|完成的建筑业总产值是多少|亿元|50|5000|1
新建改造城市燃气管网{v}|新建改造了多少公里城市燃气管网|公里|10|600|0
建成海绵城市面积{v}|建成了多少平方公里海绵城市|平方公里|1|90|1
开展建筑施工安全检查{v}|开展了多少次建筑施工安全检查|次|50|3000|0
发放住房租赁补贴{v}|发放了多少住房租赁补贴|万元|100|20000|0
新建城市道路{v}|新建了多少公里城市道路|公里|5|300|1
新增城市绿地{v}|新增了多少城市绿地|万平方米|10|900|0
建成生活垃圾分类示范小区{v}|建成了多少个生活垃圾分类示范小区|个|10|900|0
"""),
        _parse_targets("""
力争建筑业产值增长{v}|%|5|15|1
启动城市更新项目{v}|个|10|120|0
筹集保障性租赁住房{v}|套|500|20000|0
"""),
        _pairs("老旧小区改造=城镇老旧小区改造实施方案 装配式建筑发展=大力发展装配式建筑实施方案 "
               "海绵城市建设=海绵城市建设实施方案 生活垃圾分类=生活垃圾分类工作实施方案 住房保障=住房保障工作实施方案"),
        _w("装配式建筑产业基地 建筑垃圾资源化利用项目 城市运行管理服务平台 保障性租赁住房项目 地下综合管廊"),
        _w("建筑施工安全生产现场观摩会 城市更新工作推进会 老旧小区改造现场会 房地产交易展示会"),
    ),
)



def _half_width(s: str) -> str:
    """Seed-style punctuation: half-width comma, colon, semicolon and brackets."""
    return s.replace("，", ",").replace("：", ":").replace("；", ";").replace("（", "(").replace("）", ")")

_CN_DIGITS = "一二三四五六七八九十"


def _cn(i: int) -> str:
    """0 -> 一, 9 -> 十, 10 -> 十一."""
    return _CN_DIGITS[i] if i < 10 else "十" + _CN_DIGITS[i - 10]


def _fmt(x: float, dec: int) -> str:
    if dec == 0:
        return str(int(round(x)))
    return f"{x:.{dec}f}".rstrip("0").rstrip(".")


def _draw(rng: random.Random, m: _Metric) -> str:
    if m.lo > 0 and m.hi / m.lo > 20:
        x = math.exp(rng.uniform(math.log(m.lo), math.log(m.hi)))
    else:
        x = rng.uniform(m.lo, m.hi)
    return _fmt(x, m.dec) + m.unit


@dataclass
class _Fact:
    kind: str  # number | plan | place | date
    evidence: str
    answer: str
    question: str
    section: int  # index of the summary section the fact sits in (-1 outside)
    key: str = ""  # the phrase the question hinges on; must occur once in the report


@dataclass
class _Report:
    name: str
    text: str
    triple: tuple[str, str, int]
    facts: list[_Fact] = field(default_factory=list)
    repeated: bool = False


class _Slots(dict):  # type: ignore[type-arg]
    """Lazy template slots: only the names a template uses are drawn from the generator."""

    def __init__(self, w: "_Writer", **fixed: str) -> None:
        super().__init__(fixed)
        self.w = w

    def __missing__(self, key: str) -> str:
        w = self.w
        if key[:3] == "obj":
            taken = [self[k] for k in ("obj", "obj2", "obj3") if k != key and k in self]
            while True:
                val = w.pick(w.objects)
                if val not in taken:
                    break
        else:
            val = _SLOT_MAKERS[key](w)  # KeyError here means a template typo
        self[key] = val
        return val


def _genplan(w: "_Writer") -> str:
    o = w.pick(w.genplan_objects)
    return w.pick((f"{w.city}市{o}专项行动方案", f"关于进一步加强{o}工作的实施意见",
                   f"{w.city}市{o}工作要点", f"{w.city}市{o}考核办法"))


def _randint_maker(lo: int, hi: int) -> Any:
    span = hi - lo + 1
    return lambda w: str(lo + int(w.rnd() * span))


_SLOT_MAKERS: dict[str, Any] = {
    "act": lambda w: w.pick(_ACTS), "act2": lambda w: w.pick(_ACTS), "act3": lambda w: w.pick(_ACTS),
    "goal": lambda w: w.pick(_GOALS), "goal2": lambda w: w.pick(_GOALS),
    "org": lambda w: w.pick(_ORGS), "park": lambda w: w.park(), "slogan": lambda w: w.pick(_SLOGANS),
    "small": _randint_maker(2, 12), "small2": _randint_maker(3, 20), "mid": _randint_maker(15, 900),
    "mid2": _randint_maker(15, 900), "money": _randint_maker(50, 9000), "month": _randint_maker(1, 12),
    "pct": lambda w: f"{2 + w.rnd() * 33:.1f}", "pp": lambda w: f"{0.2 + w.rnd() * 5.8:.1f}",
    "rate": lambda w: f"{85 + w.rnd() * 14.9:.1f}", "genplan": _genplan,
    "pre": lambda w: w.pick(_METRIC_PRE), "city": lambda w: w.city, "field": lambda w: w.b.field,
}


class _Writer:
    """Builds one report; all randomness comes from ``rng``."""

    def __init__(self, rng: random.Random, b: _Bureau, city: str, year: int,
                 registry: dict[str, int]) -> None:
        self.rng, self.b, self.city, self.year = rng, b, city, year
        self.rnd = rnd = rng.random
        self.pick = lambda seq: seq[int(rnd() * len(seq))]  # faster than rng.choice
        self.decks: dict[str, list[str]] = {}
        self.registry = registry
        ok = lambda s: _min_year(s) <= year  # noqa: E731
        self.objects = [o for o in b.objects if ok(o)]
        plans = [p for p in b.plans if ok(p[0]) and ok(p[1])]
        topics = {p[0] for p in plans}
        self.genplan_objects = [o for o in self.objects if o not in topics] or self.objects
        self.metrics = [m for m in b.metrics if m.min_year <= year]
        self.targets = [m for m in b.targets if m.min_year <= year]
        self.plans = plans
        self.facilities = [f for f in b.facilities if ok(f)]
        self.events = [e for e in b.events if ok(e)]
        self.themes = [t for t in b.themes if ok(t)]
        self.items = [t for t in b.items if ok(t)]
        for lst in (self.metrics, self.targets, self.plans, self.facilities, self.events,
                    self.themes, self.items):
            rng.shuffle(lst)
        self.C = f"{city}市"
        self.B = b.short
        self.we = "我委" if b.short.endswith("委") else "我局"
        self.short = rng.choice((f"市{b.short}", f"市{b.short}", f"{city}市{b.short}", self.we))
        self.facts: list[_Fact] = []
        self.section = -1
        self.pending: list[str] = []  # fact kinds still to place

    # --- small pieces -------------------------------------------------------------------
    def fill(self, template: str, **fixed: str) -> str:
        return template.format_map(_Slots(self, **fixed))

    def park(self) -> str:
        head = self.city if self.rng.random() < 0.3 else self.pick(_PLACE_MORPHS)
        return head + self.pick(_PLACE_SUFFIXES)

    def filler(self, templates: tuple[str, ...] = _FILLERS) -> str:
        """Next sentence from ``templates``, dealt from a shuffled deck so a report rarely repeats one."""
        deck = self.decks.get(templates[0])
        if not deck:
            deck = self.decks[templates[0]] = list(templates)
            self.rng.shuffle(deck)
        return self.fill(deck.pop())

    def prefix(self) -> str:
        """How a question names the report: city + bureau + year, in a few orders."""
        Y, C, B = self.year, self.C, self.B
        return self.rng.choice((f"{Y}年{C}{B}", f"{C}{B}{Y}年", f"{Y}年，{C}{B}", f"在{Y}年，{C}{B}",
                                f"{Y}年度{C}{B}"))

    def ask(self, body: str) -> str:
        return f"{self.prefix()}{body}{self.rng.choice(('?', '?', '？'))}"

    def register(self, clause: str) -> None:
        key = _half_width(clause)  # files differ only in punctuation width; NFKC scoring ignores it
        self.registry[key] = self.registry.get(key, 0) + 1

    # --- sentences ----------------------------------------------------------------------
    def metric_sentence(self) -> str:
        m = self.metrics.pop()
        clause = v = ""
        for _ in range(8):  # keep evidence clauses unique across the corpus when possible
            v = _draw(self.rng, m)
            clause = m.text.format(v=v)
            if _half_width(clause) not in self.registry:
                break
        self.register(clause)
        wraps = _PCT_WRAPS if m.unit == "%" else _METRIC_WRAPS
        self.facts.append(_Fact("number", clause, v, self.ask(m.question), self.section, m.text.split("{v}")[0]))
        return self.fill(self.rng.choice(wraps), M=clause)

    def fact_sentence(self, kind: str) -> str:
        r = self.rng
        if kind == "plan" and self.plans:
            topic, title = self.plans.pop()
            name = f"{self.city}市{title}"
            span = f"（{self.year}—{self.year + r.randint(1, 3)}年）" if r.random() < 0.5 else ""
            ev = f"《{name}{span}》"
            q = r.choice((f"围绕{topic}出台了哪份文件", f"在{topic}方面制定了什么方案",
                          f"为推动{topic}印发的文件叫什么"))
            self.facts.append(_Fact("plan", ev, name, self.ask(q), self.section, name))
            self.register(ev)
            return self.fill(r.choice(_PLAN_WRAPS), topic=topic, E=ev)
        if kind == "place" and self.facilities:
            fac = self.facilities.pop()
            park = self.park()
            ev = r.choice(_PLACE_EVIDENCE).format(park=park, fac=fac)
            q = r.choice((f"在哪里布局建设了{fac}", f"的{fac}建在哪个园区", f"推动的{fac}落户在哪里"))
            self.facts.append(_Fact("place", ev, park, self.ask(q), self.section, fac))
            self.register(ev)
            lead = r.choice(("", "年内，", "积极争取项目落地，"))
            return lead + ev + "，" + self.fill(r.choice(_PLACE_TAILS)) + "。"
        if kind == "date" and self.events:
            event = self.events.pop()
            date = f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
            host = r.choice(("", self.we, self.short))
            full = r.choice((f"{self.city}市{event}", f"全市{event}", f"{self.year}年{self.city}{event}"))
            ev = f"{date}，{host}{r.choice(_EVENT_VERBS)}{full}"
            q = r.choice((f"举办的{event}是在几月几日", f"在哪一天举办了{event}", f"的{event}是哪天举行的"))
            self.facts.append(_Fact("date", ev, date, self.ask(q), self.section, event))
            self.register(ev)
            return ev + "，" + self.fill(r.choice(("{org}代表{mid}余人参加", "在社会上引起了强烈反响", "取得了良好的社会效果"))) + "。"
        return self.filler()

    def sentences(self, n: int, p_metric: float = 0.13, facts: bool = True) -> str:
        """``n`` sentences; metric and fact sentences (question sources) only where allowed."""
        r, out = self.rng, []
        for _ in range(n):
            x = r.random()
            if facts and self.pending and x < 0.04:
                out.append(self.fact_sentence(self.pending.pop()))
            elif self.metrics and x < 0.04 + p_metric:
                out.append(self.metric_sentence())
            else:
                out.append(self.filler())
        return "".join(out)

    def title_for_item(self) -> str:
        r = self.rng
        if self.items and r.random() < 0.6:
            return self.items.pop()
        obj = r.choice(self.objects)
        return r.choice((f"{r.choice(_ACTS)}{obj}", f"{obj}成效明显", f"{obj}取得新进展",
                         f"{obj}扎实推进", f"{r.choice(_ACTS)}{obj}工作"))

    def theme(self) -> str:
        if self.themes:
            return self.themes.pop()
        return f"{self.rng.choice(_ACTS)}{self.rng.choice(self.objects)}"

    # --- blocks -------------------------------------------------------------------------
    def body_text(self) -> str:
        """Sentences for one item/paragraph: mostly one chunk long (~180-300 chars), sometimes a long
        seed-style item (~350-650 chars) that a chunker has to split."""
        r = self.rng
        goal = r.randint(180, 300) if r.random() < 0.8 else r.randint(350, 650)
        parts = [self.sentences(1), self.sentences(1)]
        size = len(parts[0]) + len(parts[1])
        while size < goal - 35:
            parts.append(self.sentences(1))
            size += len(parts[-1])
        return "".join(parts)

    def item(self, i: int) -> str:
        return f"{_cn(i)}是{self.title_for_item()}。{self.body_text()}"

    def section_body(self, budget: int, layout: str) -> list[str]:
        """Items (or plain paragraphs) until about ``budget`` characters, at least two."""
        parts: list[str] = []
        size = 0
        while len(parts) < 2 or size < budget:
            if layout == "plain":
                part = self.body_text()
            else:
                part = self.item(len(parts))
            parts.append(part)
            size += len(part)
            if len(parts) >= 12:
                break
        return ["".join(parts)] if layout == "joined" else parts


def _heading(style: str, i: int, text: str) -> str:
    if style == "cn":
        return f"{_cn(i)}、{text}"
    if style == "paren":
        return f"（{_cn(i)}）{text}"
    if style == "chapter":
        return f"第{_cn(i)}章 {text}"
    if style == "part":
        return f"第{_cn(i)}部分 {text}"
    if style == "arabic":
        return f"{i + 1}. {text}"
    if style == "arabic2":
        return f"{i + 1}、{text}"
    return text


_BOTTOMS: tuple[tuple[str, ...], ...] = (
    ("|", "|", "扫一扫在手机打开当前页", "|1"),
    ("打印本页 关闭窗口",),
    ("|", "扫一扫在手机打开当前页", "打印本页 关闭窗口"),
    ("扫一扫在手机打开当前页", "|"),
    ("【打印本页】 【关闭窗口】", "|"),
)
_TOPS: tuple[str, ...] = ("【字体：大 中 小】", "|", "分享到：", "【打印】【关闭】")


def _render(rng: random.Random, idx: int, city: str, b: _Bureau, year: int,
            registry: dict[str, int]) -> _Report:
    w = _Writer(rng, b, city, year, registry)
    r = rng
    Y, Y1, C, B = year, year + 1, w.C, b.short
    headline = r.choice([h for h in b.headlines if _min_year(h) <= year] or list(b.headlines))
    title = r.choice((
        f"{C}{B}{Y}年工作总结和{Y1}年工作计划", f"{C}{B}{Y}年工作总结",
        f"{C}{B}关于{Y}年工作情况和{Y1}年工作打算的报告", f"{city}:{Y}年{B}{headline}",
        f"{C}{B}：{headline}（{Y}年工作综述）", f"{Y}年{C}{B}工作报告", f"{C}{b.full}{Y}年度工作总结",
    ))
    if r.random() < 0.8:
        date = f"{Y1}年{r.randint(1, 3):02d}月{r.randint(1, 28):02d}日"
    else:
        date = f"{Y}年12月{r.randint(1, 31):02d}日"
    date += f" {r.randint(8, 18):02d}:{r.randint(0, 59):02d}"
    source = r.choice((f"{C}{b.full}",) * 6 + (f"{C}人民政府",) * 2 + (f"{C}人民政府办公室", f"{city}日报"))
    header = [title, "日期:", date, f"来源:{source}"]
    if r.random() < 0.3:
        header.append(r.choice(_TOPS))

    w.pending = ["date", "place", "plan"] + (["plan"] if r.random() < 0.5 else [])
    r.shuffle(w.pending)

    two_level = r.random() < 0.35
    if two_level:
        top_style = r.choice(("cn", "cn", "part"))
        sub_style = r.choice(("paren", "arabic", "arabic2", "plain"))
    else:
        top_style = "cn"
        sub_style = r.choice(("cn", "cn", "cn", "paren", "chapter", "arabic", "plain"))

    body: list[str] = []
    if r.random() < 0.6:
        body.append(w.fill(f"{Y}年，{{short}}{r.choice(_INTRO_CORES)}，{{act}}{{obj}}，{{act2}}{{obj2}}，"
                           "各项工作取得了新的成效。" + r.choice(("现将有关情况报告如下：", "主要工作情况如下：", "")),
                           short=w.short))

    plan_intro = w.fill(r.choice([p for p in _PLAN_INTROS if _min_year(p) <= Y1] or [_PLAN_INTROS[0]]))
    plan_lines = [f"{Y1}年，{w.short}将{plan_intro}。"]
    for i in range(r.randint(3, 5)):
        t = ""
        if w.targets and r.random() < 0.75:
            m = w.targets.pop()
            t = w.fill(r.choice(_TARGET_WRAPS), T=m.text.format(v=_draw(r, m)))
        plan_lines.append(f"{_cn(i)}是{w.title_for_item()}。{t}{''.join(w.filler(_PLAN_FILLERS) for _ in range(r.randint(1, 3)))}")

    # Length budget: pick a target and size the summary sections to reach it.
    target = r.randint(4100, 7000)
    n_sections = r.randint(3, 5)
    remaining = target - sum(map(len, header + body + plan_lines)) - (260 if two_level else 0)
    sections: list[list[str]] = []
    for si in range(n_sections):
        w.section = si
        layout = r.choice(("joined", "joined", "lines", "lines", "plain"))
        sec = [_heading(sub_style, si, w.theme())] + w.section_body(remaining // (n_sections - si), layout)
        remaining -= sum(map(len, sec))
        sections.append(sec)
    while w.pending:  # facts that did not find a slot go into the last section
        w.section = n_sections - 1
        sections[-1].append(w.fact_sentence(w.pending.pop()) + w.sentences(r.randint(1, 2), p_metric=0))
    w.section = -1

    repeated = r.random() < 0.2
    dup_at = r.randrange(n_sections) if repeated else -1
    dup_mode = r.choice(("after", "end"))

    if two_level:
        body.append(_heading(top_style, 0, r.choice((f"{Y}年工作完成情况", f"{Y}年主要工作", "主要工作成效"))))
    for si, sec in enumerate(sections):
        body.extend(sec)
        if si == dup_at and dup_mode == "after":
            body.extend(sec)
    if two_level:
        body.append(_heading(top_style, 1, "存在的问题和不足"))
        probs = [w.fill(p) for p in r.sample(_PROBLEMS, 3)]  # fill() never emits facts
        body.append("在肯定成绩的同时，我们也清醒地看到，工作中还存在一些困难和问题："
                    + "；".join(f"{_cn(i)}是{p}" for i, p in enumerate(probs)) + "。对此，我们将认真研究，切实加以解决。")
        body.append(_heading(top_style, 2, r.choice((f"{Y1}年工作打算", f"{Y1}年工作思路", f"{Y1}年重点工作"))))
    elif r.random() < 0.3:
        body.append(_heading(sub_style, n_sections, f"{Y1}年工作思路"))
    body.extend(plan_lines)
    if dup_mode == "end" and repeated:
        body.extend(sections[dup_at])

    if r.random() < 0.4:  # seed-style half-width punctuation in the body
        body = [_half_width(line) for line in body]
        for f in w.facts:
            f.evidence = _half_width(f.evidence)
            f.answer = _half_width(f.answer)

    text = "\n".join(header + body + list(r.choice(_BOTTOMS))) + "\n"
    name = f"r{idx:05d}_{city}_{b.short}_{year}.txt"
    facts = [f for f in w.facts if f.section != dup_at]
    return _Report(name, text, (city, b.short, year), facts, repeated)


def _triples(seed: int, n: int) -> list[tuple[str, int, int]]:
    """(city, bureau index, year) for each report: a seeded permutation, cycled past its length."""
    space = [(c, bi, y) for c in CITIES for bi in range(len(BUREAUS)) for y in YEARS]
    out: list[tuple[str, int, int]] = []
    round_no = 0
    while len(out) < n:
        perm = space[:]
        random.Random(f"synth-triples:{seed}:{round_no}").shuffle(perm)
        out.extend(perm[: n - len(out)])
        round_no += 1
    return out


def _select_questions(rng: random.Random, reports: list[_Report], n_questions: int,
                      registry: dict[str, int]) -> list[SynthQuestion]:
    """Pick questions whose report triple is unique and whose evidence occurs once in the corpus.

    The occurrence check runs on the written text with punctuation width folded (what NFKC
    scoring sees), so a full-width copy in one file and a half-width copy in another also count.
    """
    triple_count: dict[tuple[str, str, int], int] = {}
    for rep in reports:
        triple_count[rep.triple] = triple_count.get(rep.triple, 0) + 1
    big = _half_width("\x00".join(rep.text for rep in reports))

    def unique(evidence: str) -> bool:
        key = _half_width(evidence)
        return registry.get(key, 0) <= 1 and big.count(key) == 1

    order = [rep for rep in reports if triple_count[rep.triple] == 1]
    rng.shuffle(order)
    per_report = []
    for rep in order:
        facts = rep.facts[:]
        rng.shuffle(facts)
        per_report.append((rep, facts))
    # Interleave: first one fact from every report, then a second, ... (spreads questions out).
    stream: list[tuple[_Report, _Fact]] = []
    depth = max((len(f) for _, f in per_report), default=0)
    for k in range(depth):
        stream.extend((rep, facts[k]) for rep, facts in per_report if k < len(facts))

    want_fact = round(n_questions * 0.3)
    quota = {"number": n_questions - want_fact, "fact": want_fact}
    chosen: list[tuple[_Report, _Fact]] = []
    seen_q: set[str] = set()
    rejected: set[int] = set()
    for strict in (True, False):
        for pos, (rep, f) in enumerate(stream):
            if len(chosen) >= n_questions:
                break
            if pos in rejected:
                continue
            qtype = "number" if f.kind == "number" else "fact"
            if strict and quota[qtype] <= 0:
                continue
            if (f.question in seen_q or f.answer not in f.evidence or rep.text.count(f.key) != 1
                    or not unique(f.evidence)):
                rejected.add(pos)
                continue
            quota[qtype] -= 1
            seen_q.add(f.question)
            rejected.add(pos)  # used
            chosen.append((rep, f))
    if len(chosen) < n_questions:
        log.warning("only %d of %d requested questions could be made unambiguous", len(chosen), n_questions)
    return [SynthQuestion(id=f"syn{i + 1:04d}", question=f.question,
                          type="number" if f.kind == "number" else "fact",
                          answers=[f.answer], evidence=f.evidence, source=rep.name)
            for i, (rep, f) in enumerate(chosen)]


def generate_corpus(out_dir: Path, n_reports: int, seed: int = 0, n_questions: int = 50) -> list[SynthQuestion]:
    """Write ``n_reports`` synthetic reports and ``questions.jsonl`` into ``out_dir``.

    Returns the question set; every question's ``evidence`` occurs in exactly one file (its
    ``source``) exactly once, and its answer string lies inside the evidence. Fewer than
    ``n_questions`` come back (with a warning) only when the corpus is too small to supply them.
    """
    if n_reports < 0 or n_questions < 0:
        raise ValueError("n_reports and n_questions must be non-negative")
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    registry: dict[str, int] = {}
    reports: list[_Report] = []
    for idx, (city, bi, year) in enumerate(_triples(seed, n_reports)):
        rng = random.Random(f"synth-report:{seed}:{idx}")
        reports.append(_render(rng, idx, city, BUREAUS[bi], year, registry))

    names = {rep.name for rep in reports}
    stale = [p.name for p in out_dir.glob("r*_*.txt") if p.name not in names]
    if stale:
        log.warning("%s holds %d report files not from this run (e.g. %s); they will skew a benchmark",
                    out_dir, len(stale), sorted(stale)[0])
    for rep in reports:
        with open(out_dir / rep.name, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rep.text)

    questions = _select_questions(random.Random(f"synth-questions:{seed}"), reports, n_questions, registry)
    with open(out_dir / "questions.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for q in questions:
            fh.write(json.dumps(q.to_eval_dict(), ensure_ascii=False) + "\n")

    chars = sum(len(rep.text) for rep in reports)
    log.info("wrote %d reports (%d chars, %.0f per report, %d with a repeated section) and %d questions "
             "to %s in %.2fs", len(reports), chars, chars / max(1, len(reports)),
             sum(rep.repeated for rep in reports), len(questions), out_dir, time.perf_counter() - t0)
    return questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.synth",
                                     description="Write a synthetic report corpus with known-answer questions.")
    parser.add_argument("out_dir", type=Path, help="folder for the .txt reports and questions.jsonl")
    parser.add_argument("--reports", type=int, required=True, help="number of reports to write")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--questions", type=int, default=50, help="number of questions (default 50)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if args.reports < 0 or args.questions < 0:
        parser.error("--reports and --questions must be non-negative")
    generate_corpus(args.out_dir, args.reports, seed=args.seed, n_questions=args.questions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
