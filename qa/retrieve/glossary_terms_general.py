"""General vocabulary of the English → Chinese glossary (see :mod:`qa.retrieve.glossary`): words, not facts.

:mod:`qa.retrieve.glossary_terms` holds the core table (indicators, programmes, units, time words). This one adds
the everyday vocabulary an English speaker uses when asking about a government work report — verbs of policy
action ("approved", "punished", "monitoring", "rolled out"), qualifiers ("consecutive", "slightly", "record
high"), and the common nouns of finance and tax, trade, agriculture and forestry, water, energy, environment,
transport, housing, employment, social security, health, education, science, culture, law and government
reform, anti-corruption, defence, Hong Kong/Macao/Taiwan, diplomacy and disasters — mapped to the forms the
reports use (checked against the report texts). It holds no figures, dates or names of dated plans.

Same format as the core table: English variants separated by "/", then "=", then Chinese renderings separated
by "|"; entries separated by ";" or new lines; "#" starts a comment line. Plurals, possessives and British
spellings are normalized when the table is read; other inflections are listed. Keys here are all new: the
core table keeps its own renderings for the words it has.
"""
from __future__ import annotations

TABLE_GENERAL = """
# -- verbs of policy action (base form and past participle; questions say "was approved", "did ... approve")
approve/approved = 批准|审批|核准; monitor/monitored/monitoring = 监测|监控|监管; punish/punished/punishment = 惩处|惩治|处罚|查处
penalty = 处罚|惩处; hold accountable/held accountable = 问责|追究责任; investigate/investigated = 调查|查处|查办
crack down/crackdown = 打击|严厉打击; ensure = 确保|保障|保证; guarantee = 保障|确保|担保; accelerate/accelerated = 加快|加速
carry out/carried out = 开展|实施|实行; adopt/adopted = 采取|实行|通过; introduce/introduced = 出台|推出|实行|引进
issued/issuing = 出台|发布|发行|发放; revise/revised = 修订|修改; optimize/optimized/optimization = 优化
transform/transformation = 转型|改造|转变; consolidate/consolidation = 巩固|整合; coordinate/coordination = 协调|统筹
supervise/oversight = 监管|监督; recover/recovery = 恢复|回升|复苏; tighten/tightening = 从紧|严格; ease/easing = 缓解|放宽|放松
remove/removed = 取消|消除|清理; suspend/suspended = 暂停|停止; ban/banned = 禁止|严禁
restrict/restricted/restriction = 限制|控制; encourage/encouraged = 鼓励|支持|引导; enforce/enforced = 执行|实施|执法
put into effect/take effect = 施行|实施|生效; achieve = 实现|达到|取得; account for = 占|比重
rank/ranked/ranking = 位居|首位|名列|排名; halve/halved = 减半|一半; triple/tripled = 增长两倍|两倍
surge/surged/soar/soared = 大幅增长|较大幅度|快速增长; plunge/plunged/slump/slumped = 大幅下降|下滑|回落; shrink/shrank = 下降|减少|收窄
narrow/narrowed = 缩小|收窄; widen/widened = 扩大|拉大; gap = 差距; extend/extended/extension = 扩大|延长|推广|延伸
popularize/popularization = 普及|推广; publicize/publicity = 宣传; roll out = 推开|全面推开|推广; trial = 试点|试行
explore/exploration = 探索|勘探; recruit/recruited/recruitment = 招收|招生|招聘; evaluate/evaluation/assessment = 评估|考核|评价
responsibility/responsible = 责任|负责; boost = 提振|促进|拉动; stimulate/stimulus = 刺激|拉动; contain = 遏制|抑制|控制
tackle = 解决|应对|治理; cope with/deal with/respond = 应对|处理|处置; alleviate/relieve = 缓解|减轻; eradicate = 消除|根除|消灭
estimate = 预计|测算|估计; break ground = 开工|新开工; put into service/put into use = 投入使用|投产|建成投产
commissioned/go into operation = 投产|投入运营|投入运行; merge/merged = 合并|兼并|整合; demolish/demolished/demolition = 拆除|拆迁
connect/connected/connection = 连接|联网|接入; decouple/decoupling = 脱钩; liberalize/liberalization = 放开|市场化
deregulate/deregulation = 放开|放宽|放管服; raise funds/fundraising = 筹集|筹措|集资; collect/collected/collection = 征收|筹集|征管
compensate/compensation = 补偿|赔偿; reward/incentive = 奖励|激励|以奖代补; refund = 退税|返还|退还
reverse/reversed/reversal = 扭转|逆转|转为; turn around/turnaround = 扭转|好转
worsen/worsened/deteriorate/deteriorated = 恶化; rectify/rectified/rectification = 整改|整治|整顿
# -- qualifiers
consecutive/successive/in a row = 连续|连年; continuous/continued/sustained = 持续|连续|继续
significant/significantly = 显著|明显|大幅; substantial/sharp = 大幅|大幅度|明显; markedly/obvious = 明显|显著
slight/slightly = 略有|小幅; moderate = 适度|稳健; prudent = 稳健|审慎; proactive/active = 积极; vigorous = 大力|积极
rapid = 快速|迅速|较快; gradual/step by step = 逐步|逐渐; history = 历史|历史性; for the first time = 首次|第一次
all time high/record high = 历史最高|历史新高|新高; highest = 最高; lowest = 最低; largest/biggest = 最大|最多; fastest = 最快
strict/stringent = 严格|从严|最严格; severe/serious = 严重|严厉|严肃; effective = 有效|有力; efficiency/efficient = 效率|效益
fair = 公平|公正; long term = 长期|长效; medium and long term = 中长期; absolute control = 绝对控股|控股
controlling stake/controlling shareholder = 控股|持股
# -- general nouns of policy questions
risk = 风险; hidden danger = 隐患|安全隐患|风险隐患; weak link = 薄弱环节|短板; shortcoming = 不足|短板; impact = 影响|冲击
campaign/special campaign = 专项行动|专项整治; theme/topic = 主题|专题; category/classification = 类别|分类|各类
provincial = 省级|各省; prefecture/prefecture level = 地市|地级; county level = 县级; indicator = 指标; index = 指数
binding target/obligatory = 约束性指标|约束性; quota = 配额|指标; ceiling/cap = 上限; bottom line = 底线; census = 普查|人口普查
public = 公共|公众|群众; legitimate rights and interests/lawful rights = 合法权益
# -- time words
annually/each year/every year/per year = 每年|年均; currently/at present/so far = 目前|当前; beginning of the year = 年初
# -- macro-economy and enterprises
recession = 衰退; downturn/downward = 下行|下滑; downward pressure = 下行压力; demand = 需求; supply = 供给|供应
supply and demand = 供求|供需; aggregate demand = 总需求; consumer demand = 消费需求; external demand = 外需
vitality/vigor/dynamism = 活力; resilience/resilient = 韧性; quality = 质量; productivity = 劳动生产率|生产率
competitiveness/competitive = 竞争力; monopoly/monopolized = 垄断
private capital/nongovernmental capital = 民间资本|社会资本; state enterprise = 国有企业|国企; mixed ownership = 混合所有制
shareholding/joint stock = 股份制|股份; listed company/listing/listed = 上市公司|上市; equity = 股权|公平; state capital = 国有资本
state asset supervision/sasac = 国有资产监管|国资; capital = 资本|资金; asset = 资产
leverage/deleverage/deleveraging = 去杠杆|杠杆; leverage ratio/debt ratio = 杠杆率|负债率; default/defaulted = 违约
shadow banking = 影子银行; internet finance = 互联网金融; financial regulation/financial supervision = 金融监管
financial market = 金融市场; real economy = 实体经济; hot money/speculative capital = 热钱|跨境资本流动
capital flow/capital movement = 资本流动|跨境资本流动; cross border = 跨境; capital account = 资本项目
convertibility/convertible = 可兑换; floating/float = 浮动; regime = 机制|制度|体制
exchange rate regime/exchange rate mechanism = 汇率形成机制|汇率制度|浮动汇率; depreciation = 贬值|折旧
internationalization = 国际化; currency = 货币; monetary = 货币; liquidity = 流动性; interest rate liberalization = 利率市场化
market based/marketization = 市场化; pricing/price reform = 价格改革|价格形成机制; commodity/bulk commodities = 大宗商品|商品
inventory = 库存|去库存; zombie enterprise = 僵尸企业; cost = 成本; reduce cost = 降成本|降低成本; burden = 负担
administrative fee = 行政事业性收费|收费; government fund = 政府性基金; fiscal and tax = 财税; tax burden = 税负|负担
tax incentive = 税收优惠|优惠; tax refund = 退税|出口退税; tax reform = 税制改革|税收制度; resource tax = 资源税; consumption tax = 消费税
property tax = 房地产税|房产税; environmental tax = 环境保护税|环保税; customs = 海关|通关; general transfer payment = 一般性转移支付
budget management = 预算管理; public private partnership/ppp = 政府和社会资本合作; treasury = 国债|国库; fine tuning = 微调|预调微调
targeted = 定向|精准|有针对性; reasonable range = 合理区间|区间调控; new normal = 新常态; high quality development = 高质量发展|质量效益
moderately prosperous society = 小康社会|全面建成小康社会; well off/xiaokang = 小康; common prosperity = 共同富裕
new development philosophy = 新发展理念|发展理念; scientific outlook on development = 科学发展观|科学发展
harmonious society = 和谐社会; socialist market economy = 社会主义市场经济; sustainable/sustainability = 可持续
imbalance/unbalanced = 不平衡|失衡; green = 绿色; low carbon = 低碳; circular economy = 循环经济
recycle/recycling = 回收|循环利用|再生; comprehensive utilization = 综合利用; resource = 资源; mineral = 矿产|矿产资源
mine/mining = 矿山|煤矿|采矿; nonferrous = 有色金属; building materials = 建材; chemical = 化工|化学; light industry = 轻工
electronic = 电子|电子信息; integrated circuit/chip = 集成电路|芯片; software = 软件; aerospace = 航空航天|航天
aircraft/large aircraft = 大型飞机|飞机|航空; high end equipment = 高端装备; smart manufacturing = 智能制造
industrial internet = 工业互联网; internet of things = 物联网; mobile internet = 移动互联网; digital economy = 数字经济
new business form = 新业态|新模式; traditional industry = 传统产业; industrial upgrading = 转型升级|产业升级
counterfeit/fake = 假冒伪劣|假冒; infringement/piracy = 侵权|盗版; consumption upgrade = 消费升级
information consumption = 信息消费; retail = 零售; online shopping = 网上零售|网购|电子商务; express delivery = 快递
circulation = 流通; industrial chain = 产业链; manufacturing power = 制造强国
# -- finance and tax
new third board = 新三板; growth enterprise market/chinext = 创业板; stock connect = 沪港通|深港通; direct financing = 直接融资
financing cost = 融资成本; difficult financing = 融资难|融资贵; microcredit/small loan = 小额贷款|小额信贷|小额
credit guarantee = 融资担保|担保; private bank = 民营银行; rural credit cooperative = 农村信用社; postal savings = 邮政储蓄
deposit insurance = 存款保险; lending = 贷款|信贷; borrow/borrowing = 举债|融资; green finance = 绿色金融; npl ratio = 不良贷款率
write off = 核销; insurer = 保险公司|保险机构; futures market/futures trading/commodity futures = 期货市场|期货
corporate bond/enterprise bond = 企业债券|公司债券; tax rate = 税率; tax collection = 税收征管|征管; tax evasion = 偷逃骗税|骗税
deduction/deductible = 抵扣|扣除; additional deduction = 加计扣除
# -- trade and opening up
processing trade = 加工贸易; trade in services/service trade = 服务贸易; cross border e commerce = 跨境电子商务|跨境电商
trade friction = 贸易摩擦; protectionism = 保护主义|贸易保护主义; globalization = 全球化|经济全球化; anti dumping = 反倾销
market access = 市场准入|准入; negative list = 负面清单; national treatment = 国民待遇|准入前国民待遇; joint venture = 合资
investment environment = 投资环境; export credit = 出口信贷|出口信用保险; bilateral = 双边; economic corridor = 经济走廊
connectivity = 互联互通; capacity cooperation = 国际产能合作|产能合作; use of foreign capital = 利用外资
foreign exchange administration = 外汇管理
# -- agriculture and forestry
tree = 植树|造林|林木; plant/planting = 种植|植树|播种; sow/sown/sowing = 播种|种植; sown area/sowing area/acreage = 播种面积|种植面积
crop = 农作物|作物; bumper harvest = 丰收; rice = 稻谷|水稻; corn = 玉米; soybean = 大豆; sugar = 糖料; hog = 生猪
poultry/avian influenza = 禽流感|家禽; animal epidemic = 动物疫病|重大动物疫病; herdsman = 牧民; pastoral = 牧区|牧业
returning grazing land to grassland = 退牧还草; wetland = 湿地; nature reserve = 自然保护区; national park = 国家公园
biodiversity = 生物多样性|生物; soil = 土壤; land contract = 土地承包|承包经营权; land requisition = 征地|土地征收|征收; homestead = 宅基地
collective = 集体; collective forest tenure = 集体林权|集体林; natural forest = 天然林; state forest farm = 国有林场
shelterbelt = 防护林; logging = 采伐|木材; forest land = 林地; forest stock = 森林蓄积量|蓄积量; greening = 绿化|绿地
family farm = 家庭农场|专业大户; specialized cooperative = 农民专业合作社|合作社; agribusiness = 龙头企业
agricultural industrialization = 农业产业化|产业化经营; mechanization = 机械化; farm machinery = 农机|农业机械
agricultural science = 农业科技; pesticide = 农药; farmland irrigation = 农田水利; drought relief = 抗旱
flood prevention = 防汛|抗洪; storage = 储备|收储|临时收储; agricultural insurance = 农业保险; rural finance = 农村金融
rural infrastructure = 农村基础设施; living environment = 人居环境; county economy = 县域经济; grassroots = 基层; villager = 村民
rural labor = 农村劳动力|富余劳动力; vegetable basket = 菜篮子; agricultural product = 农产品
agricultural modernization = 农业现代化|现代农业
# -- water
river = 河流|江河|河道; ocean/sea = 海洋|海域; coastal = 沿海; water supply = 供水; water diversion = 调水|引水; water saving = 节水
river chief = 河长制|湖长制; harness/governance = 治理; water price = 水价; water use = 用水|用水量; marine economy = 海洋经济
fishing = 渔业|捕捞; water conservancy project = 重大水利工程|水利工程
# -- energy
shale gas = 页岩气; coalbed methane = 煤层气; energy mix/energy structure = 能源结构; ultra low emission = 超低排放
heating = 供暖|采暖|供热; new energy vehicle/electric vehicle = 新能源汽车; west east power transmission = 西电东送
west east gas pipeline = 西气东输; electricity price = 电价; smart grid = 智能电网; biomass = 生物质; energy intensive = 高耗能
highly polluting = 高污染|重污染; clean = 清洁; oil price = 油价|成品油价格; fuel = 燃油|燃料; gasoline/diesel = 成品油|汽油|柴油
power sector reform = 电力体制改革; wind = 风电|风能; hydro = 水电; electrification/electrified/electrify = 电气化|通电
power supply = 电力供应|供电|电力
unconventional gas/unconventional natural gas = 非常规天然气|页岩气|煤层气; gas field = 气田|油气田; oil field/oilfield = 油田|油气田
# -- environment
blue sky = 蓝天; prevention and control = 防治|防控; exhaust = 尾气|机动车; ecological compensation = 生态补偿
ecological protection = 生态保护; ecological restoration = 生态修复; environmental inspection = 环保督察|环境保护督察|环保
environmental impact assessment = 环境影响评价|环评; emission trading = 排污权交易|碳排放权交易; polluter/polluting = 排污|污染
climate change = 气候变化; ecological civilization = 生态文明; hazardous waste = 危险废物
garbage sorting/waste sorting = 垃圾分类; soil conservation = 水土保持|水土流失; harmless treatment = 无害化处理|无害化
# -- transport and communications
intercity = 城际; bus/public transport = 公共交通|公交; traffic = 交通; traffic congestion = 交通拥堵|拥堵; parking = 停车
toll = 收费|通行费; logistics = 物流; comprehensive transport = 综合交通|综合运输; freight/cargo = 货运|货物; optical fiber = 光纤
4g = 4G|第四代移动通信; 5g = 5G|第五代移动通信; network = 网络; information technology = 信息技术; internet access = 上网|宽带|接入
cybersecurity/network security = 网络安全|信息安全
# -- housing and urban development
housing market = 房地产市场|住房市场; speculation/speculative = 投机|投机性; home buyer = 购房|购买住房; housing security = 住房保障
public housing = 公共租赁住房|公租房|保障性住房; rental market = 住房租赁|租赁市场; land use = 用地|土地利用; land supply = 土地供应|供地
urban planning = 城市规划|城乡规划; urban infrastructure = 城市基础设施|市政; city cluster = 城市群; megacity = 特大城市|大城市|超大城市
small town = 小城镇|中小城市; county seat = 县城; new urbanization = 新型城镇化; residence permit = 居住证
household registration = 户籍|户口|户籍制度; permanent resident/permanent population = 常住人口; settle in cities = 落户|城镇落户
floating population = 流动人口; community = 社区; property right = 产权|财产权; commercial housing = 商品房|商品住房
pipe network = 管网|地下管网; sponge city = 海绵城市
# -- employment and income
jobless = 失业; flexible employment = 灵活就业; demobilized/retired servicemen = 退役军人|复员退伍军人|退役士兵
job training = 职业培训|技能培训|职业技能培训; skill/skilled = 技能; skilled worker = 技能人才|技术工人|高技能人才; labor = 劳动|劳动力|劳务
labor force = 劳动力; labor relation = 劳动关系; labor contract = 劳动合同; labor dispute = 劳动争议; pay = 工资|待遇|支付
paid = 支付|发放|缴纳; remuneration = 薪酬|报酬; income gap/income inequality = 收入差距; middle income = 中等收入
low income = 低收入; high income = 高收入; wealth = 财富|财产; property income = 财产性收入; purchasing power = 购买力
living standard = 生活水平; well being = 福祉|获得感; sense of gain = 获得感; basic public service = 基本公共服务
equalization = 均等化; wage increase = 工资增长|职工工资|提高工资; employment assistance = 就业援助; public welfare job = 公益性岗位
post = 岗位; stabilize employment = 稳定就业|稳就业; employment first = 就业优先; self employed = 个体工商户|个体
prosperity = 繁荣|富裕
professional and technical/professional and technical personnel/professional and technical worker = 专业技术人才|专业技术人员
# -- social security, welfare and public order
pooling = 统筹; national pooling = 全国统筹; portability = 转移接续; social security card = 社会保障卡|社保卡
social security fund = 社会保障基金|社保基金; medical assistance = 医疗救助; temporary assistance = 临时救助
assistance = 救助|援助|帮扶; welfare = 社会福利|福利; orphan = 孤儿; five guarantee = 五保; destitute = 特困|特困人员
housing difficulty/housing hardship = 住房困难
people in difficulty/needy = 困难群众|困难; low income family/low income household = 低收入家庭|低收入; nursing home = 养老机构|养老院|养老服务
nursing = 护理|长期护理保险; juvenile/underage/protection of minors = 未成年人; social organization = 社会组织
industry association = 行业协会; chamber of commerce = 商会; nonprofit/public interest = 非营利|公益; volunteer = 志愿者|志愿服务
civil affairs = 民政; social governance = 社会治理|社会管理; police = 公安|警察; criminal = 犯罪|刑事; gang = 黑恶势力|扫黑除恶|黑社会
fraud = 诈骗|欺诈; terrorism = 恐怖主义|恐怖|暴恐; fire safety = 消防; drug safety = 药品安全|食品药品安全; petition = 信访|投诉
dispute = 纠纷|矛盾; mediation = 调解; legal aid = 法律援助; judicial = 司法; court = 法院|审判; procuratorate = 检察|检察院
justice = 公平正义|司法; human right = 人权; democracy = 民主; ethnic = 民族; ethnic minority/minority = 少数民族|民族
ethnic unity = 民族团结; religion = 宗教
# -- health
primary care = 基层医疗卫生|基层医疗; general practitioner = 全科医生; family doctor = 家庭医生; tiered medical = 分级诊疗
medical reform/healthcare reform = 医药卫生体制改革|医改; drug price = 药品价格|药价; medical cost = 医疗费用|看病贵
traditional chinese medicine/tcm = 中医药|中医; tuberculosis = 结核病; schistosomiasis = 血吸虫病
influenza/flu/h1n1 = 甲型流感|流感; pandemic = 疫情; disease control = 疾病防控|疾病预防控制|疾控; reimbursement = 报销|报销比例
cross provincial = 异地就医|跨省|异地; nurse = 护士|护理; medical staff = 医务人员|医护人员; birth = 出生|生育; fertility = 生育
two child = 全面两孩|二孩|两孩
# -- education
schooling = 上学|就学|学校教育; dropout = 辍学; college entrance exam/gaokao = 高考|考试招生; exam = 考试; curriculum = 课程
quality oriented education = 素质教育; education equity = 教育公平; school building = 校舍; nutrition = 营养|营养改善计划
special education = 特殊教育; continuing education = 继续教育|终身教育|终身学习; world class = 世界一流|一流大学|一流学科
academic discipline = 学科|学科建设; poor student = 家庭经济困难学生|困难学生
# -- science and technology
original innovation = 原始创新; independent innovation = 自主创新; core technology = 核心技术|关键核心技术; key technology = 关键技术
breakthrough = 突破; megaproject = 重大专项|科技重大专项; national laboratory = 国家实验室|重点实验室; high level talent = 高层次人才|高技能人才
maker space = 众创空间; crowdfunding = 众筹; quantum = 量子; navigation = 导航; submersible = 载人深潜|深潜
research results = 科技成果|成果转化
# -- culture, media and sport
public cultural service = 公共文化服务; reading = 阅读|读书|图书; film = 电影; tv = 电视; press = 新闻|出版; patriotism = 爱国主义|爱国
core socialist values = 社会主义核心价值观|核心价值观; ethics = 道德|思想道德; civility = 文明; spiritual civilization = 精神文明
cultural undertaking = 文化事业; people to people exchange = 人文交流|文化交流; tourist = 游客|旅游
traditional culture = 中华优秀传统文化|传统文化; social sciences = 哲学社会科学|社会科学
# -- law and government reform
law based government = 法治政府|依法行政; constitution = 宪法; legal = 法律|法治|依法; illegal/illegally = 违法|非法
violation/violated = 违法|违规|违反; lawsuit/litigation = 诉讼; administrative reconsideration = 行政复议
power list/list of powers = 权力清单; responsibility list = 责任清单; one stop = 一站式|窗口|一网通办; government affair = 政务
information disclosure/disclosure = 信息公开|公开; bureaucratism = 官僚主义; formalism = 形式主义
extravagance = 奢侈浪费|享乐主义|奢靡之风; frugality/frugal = 厉行节约|勤俭|节俭; government building = 楼堂馆所; bribery = 贿赂|行贿|受贿
embezzlement = 贪污; abuse of power = 滥用职权|滥用; dereliction of duty = 渎职|失职; discipline inspection = 纪检|纪律检查
supervisory commission/supervisory = 监察|监察委员会; discipline = 纪律; honesty = 诚信
credit system/social credit = 社会信用体系|信用体系; dishonest/untrustworthy = 失信; joint punishment = 联合惩戒|惩戒
performance = 绩效|业绩; statistical fraud/falsified = 弄虚作假|统计造假; economic census = 经济普查; public institution = 事业单位
administrative cost = 行政成本|行政经费; register/registration = 登记|注册; registered capital = 注册资本
business registration = 商事制度|工商登记; certificate/license/permit = 许可证|证照|执照; licensing = 行政许可|许可
separation of permits = 证照分离; market supervision = 市场监管; post approval oversight = 事中事后监管
random inspection = 双随机|随机抽查|抽查; government procurement = 政府采购; purchase services = 购买服务|政府购买服务
service oriented government = 服务型政府; credibility = 公信力; province directly administering county = 省直管县
streamline administration and delegate power = 简政放权|放管服; leading official = 领导干部; work style = 作风|工作作风
misappropriate/misappropriation = 挪用|截留|挤占; four forms of decadence = 四风; graft/corrupt = 腐败|贪污
# -- national defence
military training = 军事训练|练兵; combat readiness = 战备|备战; defense mobilization = 国防动员; reserve force = 预备役
militia = 民兵; civil military integration = 军民融合; military reform = 国防和军队改革|军队改革; weapon = 武器装备|武器
border defense = 边防|边海防; maritime rights = 海洋权益; sovereignty = 主权; territorial integrity = 领土完整|领土
peacekeeping = 维和; military family = 优抚|军属; support the military = 拥军优属|双拥
# -- hong kong, macao and taiwan
high degree of autonomy = 高度自治; hong kong people governing hong kong = 港人治港; macao people governing macao = 澳人治澳
basic law = 基本法; chief executive = 行政长官; 1992 consensus = 九二共识; taiwan independence = 台独|台湾独立|分裂
separatism = 分裂|分裂国家; peaceful reunification = 和平统一; cross strait relation = 两岸关系; three direct links = 三通|直接三通
ecfa = 两岸经济合作框架协议|框架协议; greater bay area = 粤港澳大湾区|大湾区; pearl river delta = 珠江三角洲|泛珠三角|珠三角
taiwan compatriot = 台湾同胞; hong kong compatriot = 港澳同胞; prosperity and stability = 繁荣稳定
# -- diplomacy
major country diplomacy = 大国外交; partner/partnership = 伙伴关系|伙伴; shared future = 人类命运共同体|命运共同体; peace = 和平
peaceful development = 和平发展; win win = 共赢|互利共赢; mutual benefit = 互利|互利共赢; dialogue = 对话; multilateralism = 多边主义
multipolar = 多极化; hegemonism = 霸权主义; developed country = 发达国家; emerging market/emerging economy = 新兴市场|新兴经济体
foreign aid = 对外援助|援助; china africa cooperation = 中非合作论坛|中非合作; boao = 博鳌; hotspot = 热点问题|热点
international order = 国际秩序; global governance = 全球治理; imf = 国际货币基金组织; sdr = 特别提款权; overseas chinese = 华侨|侨胞
consular = 领事; cooperation = 合作
agreement = 协定|协议; treaty = 条约|协定; climate = 气候
# -- disasters and emergencies
typhoon = 台风; landslide = 泥石流|滑坡; snowstorm = 雨雪冰冻|低温雨雪冰冻|冰冻; disaster prevention = 防灾减灾|减灾; early warning = 预警
meteorological/weather = 气象; geological hazard = 地质灾害; disaster area/affected area = 灾区|受灾地区; victim = 受灾群众|遇难
counterpart assistance = 对口支援; major accident = 重特大事故|重大事故; hazardous chemical = 危险化学品|危化品; death toll = 死亡|遇难
# -- units and measures
cubic meter = 立方米; square kilometer = 平方公里; standard coal = 标准煤|吨标准煤
# -- more common words of the reports
food = 食品|粮食; air = 空气|大气; migrant = 农民工|流动人口; property = 房地产|财产|产权; power = 电力|权力; data = 数据; meat = 肉类|猪肉
smuggling/smuggle = 走私; pornography/pornographic = 扫黄打非|黄赌毒; travel = 旅游|出行
gas explosion/coal mine gas/methane = 瓦斯; expectation = 预期; bubble = 泡沫; resettlement/resettle people = 安置|移民
strike hard = 严打|严厉打击
# -- regions and waters named in the reports
tibet/tibetan = 西藏; xinjiang = 新疆; inner mongolia = 内蒙古; beijing tianjin hebei/jing jin ji/capital region = 京津冀
yangtze river economic belt/yangtze economic belt = 长江经济带; yangtze river delta = 长江三角洲|长三角
old revolutionary base area/revolutionary base area = 革命老区|老区
contiguous poor area/contiguous destitute area = 集中连片特殊困难地区|连片特困地区|集中连片; huai river/huaihe = 淮河; hai river = 海河
liao river = 辽河; songhua river = 松花江; tai lake/taihu = 太湖; chao lake/chaohu = 巢湖; dianchi/dian lake = 滇池
three rivers and three lakes = 三河三湖
# -- words of commemoration, metaphor and pay
anniversary = 周年; victory/victorious = 胜利; anti-fascist/anti fascist/world anti-fascist war = 反法西斯|世界反法西斯战争
war of resistance against japanese aggression/war of resistance/anti-japanese war/war against japanese aggression = 抗日战争
cake/pie = 蛋糕; performance-based pay/performance pay/merit pay = 绩效工资
fees charged to businesses/fees charged to enterprises/business-related fees/enterprise-related fees = 涉企收费
downsize/downsized/downsizing/cut the size of = 裁减|精简|压缩; herder/herders = 牧民; nomadic/nomad = 游牧
settle down/settled down/settled = 定居; arrears/arrear/in arrears = 拖欠|欠款; construction payments/project payments = 工程款
land remediation/land consolidation/land improvement = 土地整治|土地整理; non-farm/non-agricultural = 非农|非农产业
stimulus package/stimulus plan = 一揽子计划|刺激计划
research and experimental development/r&d = 研究与试验发展|研发; water surface = 水面|水域
returning farmland to lakes/returning farmland to lake = 退田还湖; garbage treatment/waste treatment = 垃圾处理
# -- common words of questions (fifty-first pass: checked against the report texts; the most generic nouns —
#    "development", "social", "level" — and verbs and adverbs that any sentence may lack left out)
backward area/backward region/underdeveloped area = 欠发达地区|老、少、边、穷|贫困地区
underdeveloped region/less developed area/less developed region = 欠发达地区|老、少、边、穷|贫困地区; talk/negotiation = 谈判|磋商
multilateral trade talk/multilateral trade negotiation = 多边贸易谈判|多边贸易体制|谈判; sector = 行业|产业|领域
revitalization/revitalize/revitalized/revitalizing/revival = 振兴; revitalization plan = 振兴规划|调整振兴规划
residential = 居民|住宅|生活; tiered pricing/tiered price/progressive pricing/stepped pricing/tiered = 阶梯价格|阶梯
priced = 价格|定价; center = 中心; tilt/tilted/tilting/skewed = 倾斜
major disease/serious disease/serious illness/critical illness/major illness = 重大疾病|大病|重特大疾病; uremia = 尿毒症
on behalf of = 代发|代|代理; issue on behalf of/issued on behalf of = 代发; rolled out/rolling out = 推开|推出|推行|建立
residency/urban residency/residence = 落户|户籍|居住证|居住; activity = 活动; regulate/regulated/regulating = 规范|监管|调控
conduct = 作风|行为; government conduct/style of work = 作风|工作作风|政风; transition/transitioned = 转型|过渡|转变
exhausted/depleted/resource-exhausted/resource-depleted = 枯竭|资源枯竭
resource-based city/resource-exhausted city = 资源枯竭城市|资源型城市; management system = 管理体制|管理体系|管理制度; management = 管理
operating across borders/transnational operation/multinational operation/multinational = 跨国经营|跨国
farm subsidy/agricultural subsidy = 农业补贴|农资综合补贴|补贴; recipient/beneficiary = 对象|受益; treatment capacity = 处理能力
daily treatment capacity = 日处理能力|处理能力; dairy industry/dairy sector = 奶业; develop faster/faster development = 加快发展
employee = 职工|员工; piloting/piloted = 试点; repaid/repay/repayment = 偿还; guideline = 指导意见|方针|纲要; deliberation = 审议
household appliance/appliance = 家电|家用电器; roaming = 漫游; mission = 使命|任务; exporter = 出口; injury = 伤|工伤
universal = 普及|全覆盖|普惠; institutional = 体制|制度; benchmark = 基准; outbound = 出境|对外|境外; financial center = 金融中心
shipping center = 航运中心; large-scale = 大型|大规模; fully covered/fully cover = 全部纳入|全覆盖|覆盖
coal mining subsidence/subsidence area = 采煤沉陷区|沉陷区; appraisal = 评比|评估|考核; competition = 竞争|比赛
"""
