"""Vocabulary of the English → Chinese glossary (see :mod:`qa.retrieve.glossary`): words, not facts.

One concept per line (or several separated by ";"): English variants separated by "/", then "=", then the
Chinese renderings used in government work reports separated by "|". Plurals, possessives and British
"-ise/-isation" spellings are normalized when the table is read, so listing the base form is enough; other
inflections (-ed, -ing) and irregular forms are listed. Lines starting with "#" are comments.
"""
from __future__ import annotations

TABLE = """
# -- general vocabulary (administration, economy, science and technology, agriculture, society)
work report = 工作报告; government = 政府|市政府; bureau = 局; ministry = 部
department = 部门|厅|局; commission = 委员会|委; municipal = 市; city = 市|城市
province = 省; county = 县; counties = 县|区县; district = 区
districts = 区|区县; town = 镇; towns = 镇|村镇; village = 村
villages = 村|村镇; township = 乡镇; plan = 计划|规划|方案; programme = 计划|工程
program = 计划|工程; project = 项目; projects = 项目; policy = 政策
policies = 政策; measure = 措施; measures = 措施; regulation = 条例|办法
regulations = 条例|办法; implementation plan = 实施方案; action plan = 行动方案|行动计划; pilot = 试点
pilot city = 试点城市; demonstration = 示范; model city = 示范城市; reform = 改革
target = 目标; goal = 目标; task = 任务; tasks = 任务
priority = 重点; priorities = 重点; key = 重点; focus = 重点
mechanism = 机制; mechanisms = 机制; system = 体系|制度; platform = 平台
service = 服务; services = 服务; training = 培训; trained = 培训
award = 奖; awards = 奖|奖励; prize = 奖; winners = 获奖者
honoured = 表彰; honored = 表彰; conference = 会议|大会; law enforcement = 执法
enforcement = 执法; inspection = 检查; supervision = 监督|监管; newspaper = 报
media = 媒体; media reports / news reports / press reports = 报道; covered = 报道|覆盖|惠及|参保
# a bare "report" is the document asked about, not press coverage
media coverage / press coverage = 报道
website = 网站|网; websites = 网站; clicks = 点击; views = 浏览
visits = 浏览|访问; source = 来源; date = 日期; published = 发布
title = 标题|题为; gdp = 生产总值|GDP; economy = 经济; economic = 经济
growth = 增长; increase = 增长|增加; output = 产值|产量; output value = 产值
value added = 增加值; added value = 增加值; revenue = 收入; sales = 销售
sales revenue = 销售收入; profit = 利润|利税; taxes = 税; tax = 税
tax reduction = 减免税; tax cuts = 减免税; investment = 投资|投入; invested = 投入|投资
fund = 资金|基金; funds = 资金|基金; funding = 资金|经费; special fund = 专题资金|专项资金
seed fund = 种子基金; budget = 预算|资金; fiscal = 财政; finance = 金融|财政
financial = 金融|财政; financing = 融资; loan = 贷款|信贷; loans = 贷款|信贷
credit = 信贷; insurance = 保险; risk compensation = 风险补偿; venture capital = 创业投资
trust = 信托; interest subsidy = 贴息; subsidy = 补贴; subsidies = 补贴
transaction = 交易; transactions = 交易; turnover = 成交|交易额; contract = 合同
contracts = 合同; market = 市场; consumption = 消费; export = 出口
exports = 出口; import = 进口; trade = 贸易; price = 价格
income = 收入; balance = 余额; total = 总; amount = 额|金额
value = 值|额; online = 在线|网上; preferential = 优惠; science = 科学|科技
technology = 技术|科技; technological = 技术|科技; innovation = 创新; innovative = 创新
research = 研究|科研; r&d = 研发; research and development = 研发; patent = 专利
patents = 专利; patent applications = 专利申请|申请量; applications = 申请; application = 申请|应用
granted = 授权; grants = 授权; authorized = 授权; intellectual property = 知识产权
cases = 案件; goods = 商品; standard = 标准; standards = 标准
enterprise = 企业; enterprises = 企业; company = 企业|公司; companies = 企业|公司
firms = 企业; small and medium = 中小; leading = 领军|龙头; backbone = 骨干
start-up = 创业|初创; startup = 创业|初创; incubator = 孵化器; industry = 产业|工业
industries = 产业; industrial = 产业|工业; cluster = 集群; clusters = 集群
park = 园区; parks = 园区; zone = 区|开发区; zones = 开发区
development zone = 开发区; development zones = 开发区; high-tech = 高新技术; manufacturing = 制造
equipment = 设备|仪器; instruments = 仪器; laboratory = 实验室; laboratories = 实验室
labs = 实验室; testing = 测试|检测; transfer = 转移; technology transfer = 技术转移
achievements = 成果; commercialization = 转化; talent = 人才; talents = 人才
experts = 专家|人才; researchers = 科研人员; universities = 高校|大学; university = 高校|大学
institutes = 院所; colleges = 高校|学院; internet = 互联网; e-commerce = 电子商务|电商
smart city = 智慧城市; new energy = 新能源; vehicles = 汽车|车辆; charging = 充电
digital = 数字; information = 信息; culture = 文化; cultural = 文化
integration = 融合|结合; tourism = 旅游; animation = 动漫; design = 设计
brand = 品牌; modern service = 现代服务业; service industry = 服务业; services industry = 服务业
agriculture = 农业; agricultural = 农业; farmers = 农户|农民; households = 农户|户
rural = 农村; grain = 粮食; farmland = 农田; farm = 农场
farms = 农场|养殖场|场; family = 家庭; cooperatives = 合作社; tractors = 拖拉机
machinery = 机械|农机; livestock = 畜牧|存栏; goats = 羊; pigs = 猪|生猪
pork = 猪肉; cattle = 牛; fruit = 水果; apples = 苹果
vegetables = 蔬菜; greenhouses = 大棚|温室; toilets = 厕; garbage = 垃圾
waste = 垃圾|废; land transfer = 土地流转; sold = 销售|销量; sell = 销售
produced = 产量|生产; production = 产量|生产; area = 面积; planted = 种植|播种
yield = 产量; dairy = 乳; milk = 奶|乳; commissioners = 特派员
education = 教育; schools = 学校; kindergartens = 幼儿园; students = 学生
health = 卫生|健康; hospitals = 医院; medical = 医疗; employment = 就业
jobs = 就业|岗位; poverty = 贫困|扶贫; housing = 住房; population = 人口
residents = 居民|人口; environment = 环境; environmental = 环境|生态; pollution = 污染
air quality = 空气质量; emissions = 排放; energy = 能源; coal = 煤
water = 水; transport = 交通; transportation = 交通; roads = 公路|道路
highway = 公路; railway = 铁路; bridges = 桥; people = 人
participants = 参与|人次|参保|参合; persons = 人|名; staff = 人员; set up = 设立|成立
established = 成立|设立|建立; establish = 建立|设立; built = 建设|建成; build = 建设|打造
cultivate = 培育; support = 支持; supported = 支持; signed = 签订|签约
organized = 组织; held = 举办|召开; launched = 开展|启动; selected = 选聘|选
benefited = 惠及; achieved = 实现; expected = 预计; planned = 计划|力争
aim = 力争|着力; reach = 达到; exceed = 超过; more than = 超过|余
accumulated = 累计; annual = 全年; year = 年|全年; first = 首家|首批|第一
national = 国家|全国; nationwide = 全国; new = 新
# -- documents, government and reform
government work report / work report of the government / report on the work of the government = 政府工作报告
state council = 国务院; premier = 总理; vice premier = 副总理; cabinet = 国务院
ministry / ministries = 部|部委; ministries and commissions = 部委; government departments = 政府部门|部门
institution / government institution / government body / government agency / agency = 机构
institutional reform / government restructuring / restructuring of government / restructuring of government institutions = 机构改革
streamline / streamlined / streamlining / simplify / simplified / simplifying = 精简|简政放权
streamline administration / delegate power / delegating power / delegated power / decentralization = 简政放权|下放
delegate / delegated / delegating / devolve / devolved = 下放
administrative approval / administrative examination and approval / administrative review / approval / approvals = 行政审批|审批
approval item / administrative approval item / items requiring approval / items subject to approval / approval procedure = 审批事项|行政审批事项|审批项目
cancel / cancelled / canceling / cancelling / abolish / abolished / abolishing / abolition / scrap / scrapped / rescind / rescinded = 取消|废止
government function / functions of government / transform government functions / transformation of government functions = 政府职能|转变政府职能
rule of law / law-based / according to law / in accordance with the law = 法治|依法
law / laws = 法律|法; legislation / legislative = 立法; draft law / bill / bills = 法律草案|议案
administrative regulation / administrative regulations = 行政法规; local regulations = 地方性法规
corruption = 腐败; anti-corruption / combat corruption / fight against corruption / fighting corruption = 反腐败|腐败|廉政
clean government / integrity / honest government / clean and honest = 廉政|廉洁
eight-point rules / eight-point frugality rules / central leadership's eight-point rules = 八项规定
official receptions / official reception = 公务接待; official cars / official vehicles = 公务用车|公车
overseas trips / trips abroad = 因公出国; three public expenditures / three public consumption = 三公经费|三公
official / officials / cadre / cadres / public servant / public servants = 干部|官员|公务员; civil servant / civil servants = 公务员
npc / national people's congress / people's congress = 全国人民代表大会|人大|人民代表大会
cppcc / chinese people's political consultative conference / political consultative conference = 政协|中国人民政治协商会议
deputies / deputy = 代表|人大代表; members of the cppcc / cppcc members = 政协委员; proposals = 提案|建议
communist party / communist party of china / cpc / the party = 党|中国共产党; party central committee / central committee = 党中央|中央
plenary session = 全会; national congress / party congress = 全国代表大会|大会
national defense / national defence / defense / defence = 国防; military / armed forces / army / pla / people's liberation army = 军队|解放军|国防
armed police = 武警; public security / law and order / social order = 社会治安|治安; crime / crimes = 犯罪
audit / auditing = 审计; statistics / statistical = 统计; accountability = 问责
e-government / online government services = 电子政务|政务服务; government services = 政务服务
transparency / openness in government affairs / open government = 政务公开
# -- macro-economy
gdp / gross domestic product = 国内生产总值|生产总值|GDP
gdp growth / gdp growth rate = 国内生产总值|生产总值|GDP|增长; gnp / gross national product = 国民生产总值
per capita gdp / gdp per capita = 人均国内生产总值|人均生产总值; economic aggregate / size of the economy / economic output = 经济总量
economic growth = 经济增长; growth rate / rate of growth / growth rates = 增长率|增速|增长
grow / grew / grown / growing = 增长; rise / rose / risen / rising = 上升|增长|提高
increased / increasing / increases = 增长|增加|提高; higher = 提高|增长
fall / fell / fallen / falling / decline / declined / declining / drop / dropped / dropping = 下降|减少|回落
decrease / decreased / decreasing = 下降|减少; lower / lowered = 降低|下降
reduce / reduced / reducing / reduction / reductions / cut / cuts / cutting = 减少|降低|下降
slow / slowed / slowdown / slowing = 放缓|回落; speed / pace = 速度|增速
average annual / annual average / annual average growth / average annual growth / average annual increase = 年均|年均增长|平均每年
average = 平均|年均; on average = 平均; year on year / year-on-year / compared with the previous year = 同比|比上年
stable / steady / stability / stabilize / stabilized = 稳定|平稳; steady growth / stable growth / maintain steady growth = 稳增长|平稳较快增长
inflation = 通货膨胀|通胀|物价; deflation = 通货紧缩; prices / price level / overall price level / general price level = 物价|价格|价格总水平
cpi / consumer price index / consumer prices / consumer price = 居民消费价格|消费价格|CPI
ppi / producer price index / producer prices / factory-gate prices = 工业生产者出厂价格|生产者价格|PPI
fixed asset investment / fixed-asset investment / investment in fixed assets / fixed assets = 固定资产投资
private investment / nongovernmental investment = 民间投资; government investment / public investment = 政府投资
central government investment / central budget investment / investment from the central budget / central government budgetary investment = 中央预算内投资|中央投资
invest / investing / investments = 投资|投入
consumption / consume / consumer spending = 消费; consumer / consumers = 消费者|消费
retail sales / total retail sales / retail sales of consumer goods / total retail sales of consumer goods = 社会消费品零售总额|零售总额
consumer goods = 消费品; domestic demand = 内需|国内需求; expand domestic demand / expanding domestic demand / boost domestic demand = 扩大内需
foreign trade / total foreign trade / import and export / imports and exports / total imports and exports / total import and export volume = 进出口|进出口总额|对外贸易|外贸
imports / imported / importing = 进口; exported / exporting = 出口
trade surplus / surplus = 顺差|贸易顺差; trade deficit = 逆差|贸易逆差; current account = 经常项目
balance of payments / international balance of payments = 国际收支
foreign exchange reserves / forex reserves / fx reserves / reserves = 外汇储备|储备; grain reserves / grain reserve = 粮食储备; foreign exchange / forex = 外汇
exchange rate / exchange rates / rmb exchange rate / renminbi exchange rate = 汇率|人民币汇率
renminbi / rmb = 人民币; yuan / rmb yuan = 元; dollar / dollars / us dollars / usd = 美元
fdi / foreign direct investment / inward fdi = 外商直接投资|利用外资|外资
foreign investment / foreign capital / overseas investors / foreign investors / foreign-funded / foreign-invested = 外资|外商投资|利用外资
utilized foreign capital / utilised foreign capital / actual use of foreign capital / actually utilized foreign capital = 实际使用外资|利用外资
odi / outward direct investment / overseas direct investment / invest directly overseas / invested directly overseas / investing directly overseas / direct investment overseas / direct investment abroad / outbound direct investment / outbound investment / outward investment = 对外直接投资|对外投资|境外投资
overseas investment / investment abroad / going global = 境外投资|对外投资|走出去
foreign contracted projects / overseas contracted projects / overseas project contracting = 对外承包工程
restructuring / economic restructuring / structural adjustment = 结构调整|调整结构|经济结构
structural reform / supply-side structural reform / supply-side reform = 供给侧结构性改革|结构性改革
macro control / macroeconomic control / macroeconomic regulation / macro regulation / macro-control = 宏观调控
macroeconomic / macro economy / macro-economy = 宏观经济; overheating = 过热|过快增长
tertiary industry / service sector / services sector / service industries = 第三产业|服务业
secondary industry = 第二产业; primary industry = 第一产业
private sector / non-public sector / non-public economy = 非公有制经济|民营经济|非公经济
private enterprise / private enterprises / private companies / private businesses = 民营企业|民营经济|私营企业
state-owned enterprise / state-owned enterprises / soe / soes / state owned / state-owned = 国有企业|国有|国企
state-owned assets = 国有资产; central enterprises / centrally administered enterprises / central government enterprises = 中央企业|央企
board of supervisors / boards of supervisors / supervisory board / supervisory boards = 监事会; dispatched / dispatch = 派出|派驻
small and medium-sized enterprises / smes / sme = 中小企业; small and micro businesses / small and micro enterprises / micro and small businesses = 小微企业
market entities / market players / market participants = 市场主体; newly registered = 新登记|新注册; business environment = 营商环境
mass entrepreneurship and innovation / mass entrepreneurship = 大众创业|万众创新|双创; entrepreneurship / entrepreneurs = 创业|企业家
internet plus = 互联网+; sharing economy = 分享经济|共享经济; new growth drivers / new drivers = 新动能
# -- fiscal and monetary
fiscal revenue / government revenue / public revenue / fiscal revenues / budgetary revenue / national revenue = 财政收入|一般公共预算收入
fiscal expenditure / government expenditure / government spending / public spending / public expenditure / budgetary expenditure = 财政支出|一般公共预算支出|支出
expenditure / expenditures / spend / spending / spent = 支出|投入|花费
budget deficit / fiscal deficit / deficit / deficits = 赤字|财政赤字; deficit ratio / deficit-to-gdp ratio / deficit to gdp ratio = 赤字率
treasury bond / treasury bonds / government bond / government bonds / national debt / treasury bills = 国债|国债资金
long-term treasury bonds / long-term construction bonds / long-term treasury bonds for development / special treasury bonds = 长期建设国债|特别国债|国债
local government bonds / local government special bonds / special bonds / special-purpose bonds / special purpose bonds = 地方政府专项债券|专项债券|地方政府债券|专项债
ministry of finance = 财政部; issue bonds on behalf / issued on behalf / acting as agent / as agent = 代理发行|代发|代理
bond / bonds = 债券|国债; debt / debts = 债务; local government debt / local government debts = 地方政府债务|地方债务
central government / central authorities / central finance = 中央|中央财政; central budget / central government budget = 中央预算|中央财政
local government / local governments / local authorities = 地方政府|地方; transfer payments / transfer payment / fiscal transfers = 转移支付
tax cuts / tax cut / tax reduction / tax reductions / tax relief / tax breaks / reduce taxes / cut taxes = 减税|减税降费|减免税
tax and fee cuts / tax and fee reductions / cuts in taxes and fees = 减税降费; fee / fees / charges = 收费|费
vat / value added tax / value-added tax = 增值税; business tax = 营业税; replacing business tax with vat / vat reform = 营改增|增值税
personal income tax / individual income tax = 个人所得税; corporate income tax / enterprise income tax = 企业所得税; income tax = 所得税
tax revenue / tax revenues = 税收|税收收入; taxation / taxpayers = 税收|纳税人
agricultural tax / agriculture tax / rural tax / rural taxes / agricultural taxes = 农业税; special agricultural products tax = 农业特产税; animal husbandry tax = 牧业税
rural tax and fee reform / tax and fee reform in rural areas / rural taxes and fees = 农村税费改革|税费改革
exempt / exempted / exemption / exemptions / waive / waived / free of charge = 免征|免除|免费
monetary policy = 货币政策; prudent monetary policy = 稳健的货币政策; fiscal policy = 财政政策
proactive fiscal policy / active fiscal policy = 积极的财政政策; expansionary = 扩张
m2 / broad money / broad money supply = 广义货币|M2; m1 / narrow money = 狭义货币|M1; money supply = 货币供应量|货币
renminbi loans / rmb loans / new loans / bank loans = 人民币贷款|贷款|新增贷款; deposit / deposits / savings = 存款|储蓄
interest rate / interest rates = 利率; reserve requirement ratio / required reserve ratio / rrr = 存款准备金率|准备金率
aggregate financing / total social financing / aggregate financing to the real economy / social financing = 社会融资规模|融资
bank / banks / banking = 银行; commercial bank / commercial banks = 商业银行; policy bank / development bank = 政策性银行|开发银行
stock market / stock markets / stocks / stock = 股市|股票; securities = 证券; capital market / capital markets = 资本市场
non-performing loans / npl / npls / bad loans = 不良贷款; financial risk / financial risks / systemic risk = 金融风险|系统性风险
inclusive finance = 普惠金融; financial institution / financial institutions = 金融机构; financial crisis = 金融危机
international financial crisis / global financial crisis = 国际金融危机; asian financial crisis = 亚洲金融危机
# -- agriculture and rural areas
grain output / grain production / grain yield / grain harvest / total grain output / grain harvests = 粮食产量|粮食总产量|粮食
grain-growing / grain growers / grain farmers = 种粮|种粮农民; kilograms / kilogram / kg = 公斤|千克; jin = 斤
farmers' income / farmer income / farmers income / income of farmers / rural income / rural incomes = 农民收入|农民人均纯收入|纯收入
net income / per capita net income / net per capita income = 纯收入|人均纯收入
agriculture rural areas and farmers / three rural issues / agriculture, rural areas and farmers = 三农|农业农村农民
rural area / rural areas / countryside = 农村|乡村; rural residents / rural population / rural people / rural dwellers = 农村居民|农民|农村人口
farmer / peasant / peasants = 农民; urban residents / urban population / city residents / urban dwellers = 城镇居民|城镇人口
urban and rural / urban-rural / both urban and rural = 城乡; urban = 城镇|城市
direct subsidies / direct subsidy / direct subsidies to grain farmers / grain subsidies / direct grain subsidies = 粮食直补|直接补贴
subsidies for purchasing agricultural machinery / machinery purchase subsidies / farm machinery subsidies / subsidies for purchasing farm machinery = 农机具购置补贴|购置补贴
improved seed subsidies / seed subsidies / subsidies for improved crop varieties = 良种补贴
general subsidies / comprehensive subsidies / general subsidy for agricultural supplies = 农资综合补贴|综合补贴
subsidize / subsidized / subsidizing / subsidy = 补贴|补助; allowance / allowances = 补助|补贴|津贴
minimum purchase price / minimum purchase prices / minimum procurement price = 最低收购价
irrigation / irrigated / irrigate / water-saving irrigation / water saving irrigation = 灌溉|节水灌溉|农田水利
water conservancy / water conservation / water projects / water resources / irrigation and water conservancy = 水利|水资源|农田水利
reservoir / reservoirs / dangerous reservoirs / reinforcement of reservoirs = 水库|病险水库
drinking water / safe drinking water / drinking water safety = 饮水安全|饮水; south-to-north water diversion / south to north water diversion = 南水北调
arable land / cultivated land / cropland = 耕地; basic farmland = 基本农田; high-standard farmland / high standard farmland = 高标准农田
returning farmland to forests / grain for green / converting farmland to forests / reforestation = 退耕还林; grassland / grasslands = 草原
forest / forestry / woodland = 森林|林业|林; forest coverage / forest cover / forest coverage rate = 森林覆盖率
afforestation / tree planting / plant trees / trees planted = 造林|植树造林; hectares / hectare = 公顷; mu = 亩
seeds / seed / crop varieties = 种子|良种; fertilizer / fertilizers / chemical fertilizers = 化肥
new countryside / new socialist countryside / building a new countryside = 新农村|社会主义新农村
rural revitalization / rural vitalization / rural revitalisation = 乡村振兴; rural reform = 农村改革
migrant workers / rural migrant workers / migrant worker = 农民工; wage arrears / unpaid wages / back wages / wages owed = 拖欠工资|欠薪|拖欠
rural roads / rural road = 农村公路; power grid / electricity grid / rural power grid = 电网|农网; biogas = 沼气
animal husbandry = 畜牧业|畜牧; fisheries / fishery = 渔业; aquatic products = 水产品; cotton = 棉花|棉; oilseeds / edible oil = 油料|食用油
# -- industry and energy
steel / iron and steel = 钢铁|钢; crude steel = 粗钢|钢; iron / pig iron / ironmaking = 铁|炼铁; steelmaking = 炼钢
cement = 水泥; small coal mines / small coal pits / small collieries = 小煤矿; coal mine / coal mines / coal pits / collieries / coal mining = 煤矿; coal industry = 煤炭|煤炭行业
flat glass / plate glass = 平板玻璃; aluminum / aluminium / electrolytic aluminum = 电解铝|铝; ferroalloy / ferroalloys = 铁合金
coke = 焦炭; paper mills / papermaking / paper making = 造纸
thermal power / thermal power units / thermal power plants / coal-fired power / coal fired power = 火电|火电机组|燃煤发电
small thermal power units / small thermal power plants / small coal-fired power plants = 小火电|小火电机组
power plant / power plants / power station / power stations = 电厂|电站|发电厂; generating units / generator units = 机组|发电机组
generating capacity / installed capacity / power-generating capacity / power generating capacity = 装机容量|装机|发电装机
power generation / electricity generation / electricity output = 发电|发电量; electricity / electric power = 电力|电
nuclear power / nuclear = 核电|核; hydropower / hydroelectric / hydroelectricity = 水电; wind power / wind energy = 风电|风能
solar / solar energy / solar power / photovoltaic / photovoltaics = 太阳能|光伏; natural gas / gas = 天然气|燃气
oil / crude oil / petroleum = 石油|原油|成品油; refined oil / refined oil products = 成品油; renewable energy / renewables = 可再生能源
clean energy = 清洁能源; non-fossil energy / non-fossil fuels = 非化石能源
capacity / production capacity / productive capacity / capacities = 产能|能力|生产能力
overcapacity / excess capacity / surplus capacity / excess production capacity / overcapacity reduction = 过剩产能|产能过剩|化解过剩产能|去产能
backward production capacity / backward capacity / outdated capacity / outdated production capacity / obsolete capacity / obsolete production capacity / outmoded capacity = 落后产能|落后生产能力|淘汰落后
eliminate / eliminated / eliminating / elimination / phase out / phased out / phasing out = 淘汰
shut down / shutdown / shuts down / shutting down / closed / close / closing / close down / closed down / closure = 关闭|关停
kilowatt / kilowatts / kw = 千瓦|万千瓦; megawatts / mw = 兆瓦|万千瓦; gigawatts / gw = 万千瓦|千瓦
kilowatt-hour / kilowatt-hours / kwh / kilowatt hours = 千瓦时|度
energy consumption per unit of gdp / energy consumption per unit of gross domestic product / energy intensity / energy use per unit of gdp / energy consumption per unit gdp / energy consumption per 10,000 yuan of gdp = 单位国内生产总值能耗|能耗
energy consumption / energy use = 能耗|能源消耗|能源消费; energy conservation / energy saving / energy-saving / save energy = 节能
emission reduction / emissions reduction / reduce emissions / emission cuts / reducing emissions = 减排|节能减排
energy conservation and emission reduction / energy saving and emission reduction = 节能减排
emission / emit / discharge / discharges = 排放; major pollutants / main pollutants = 主要污染物; pollutants / pollutant = 污染物
chemical oxygen demand / cod = 化学需氧量; sulfur dioxide / sulphur dioxide / so2 = 二氧化硫; nitrogen oxides / nox = 氮氧化物
ammonia nitrogen = 氨氮; carbon dioxide / co2 = 二氧化碳; carbon = 碳|二氧化碳
carbon emissions / carbon emission / carbon dioxide emissions / co2 emissions = 碳排放|二氧化碳排放
carbon intensity / carbon dioxide emissions per unit of gdp / co2 emissions per unit of gdp / carbon emissions per unit of gdp = 单位国内生产总值二氧化碳排放|碳排放强度
carbon peak / peak carbon / carbon peaking / peak carbon emissions = 碳达峰; carbon neutrality / carbon neutral = 碳中和
pm2.5 / fine particulate matter / fine particulates = 细颗粒物|PM2.5; air pollution = 大气污染|空气污染; smog / haze = 雾霾
water pollution = 水污染; sewage / wastewater / waste water / sewage treatment = 污水|污水处理
ecology / ecological / ecosystem / ecosystems / ecological environment = 生态|生态环境
environmental protection / protect the environment / environmental conservation = 环境保护|环保
mergers and acquisitions / merger / mergers / reorganization = 兼并重组|兼并|重组
technological upgrading / technical transformation / technological transformation / technical upgrading = 技术改造
made in china 2025 = 中国制造2025; strategic emerging industries = 战略性新兴产业; emerging industries = 新兴产业
equipment manufacturing = 装备制造|装备制造业; automobile / automobiles / cars / car / autos / motor vehicles = 汽车
shipbuilding / ships = 船舶; textile / textiles = 纺织; petrochemical / chemical industry = 石化|化工
industrial output / industrial production / value added of industry / industrial value added = 工业增加值|工业生产
above designated size / above a designated size / large-scale industrial enterprises = 规模以上
# -- infrastructure, transport, housing, cities
railway / railways / railroad / railroads / rail / rail lines = 铁路; new railway lines / new rail lines = 新建铁路|铁路
high-speed rail / high-speed railway / high-speed railways / high speed rail / bullet train / high-speed trains = 高速铁路|高铁
passenger dedicated lines / passenger lines = 客运专线; operating mileage / mileage = 营业里程|里程
highway / highways / road / motorway / motorways = 公路|高速公路|道路
expressway / expressways / freeway / freeways / express highways = 高速公路
airport / airports = 机场; civil aviation / aviation = 民航|航空; port / ports / harbor / harbors = 港口; berth / berths = 泊位
waterways / inland waterways / shipping = 航道|水运; subway / metro / urban rail / urban rail transit = 地铁|城市轨道交通|轨道交通
pipeline / pipelines / oil and gas pipelines = 管道|管线; infrastructure = 基础设施; construction = 建设|建筑|施工
western development / development of the western region / western region development / go west = 西部大开发|西部
northeast / revitalization of northeast china / revitalizing the northeast / old industrial bases = 东北|振兴东北|东北地区等老工业基地|老工业基地
rise of central china / central region / central regions = 中部崛起|中部; eastern region = 东部; western region = 西部
coordinated regional development = 区域协调发展; regional = 区域|地区
housing / housing units / homes / house / houses / dwellings / apartments / flats = 住房|套|住宅
affordable housing / government-subsidized housing / government subsidized housing / subsidized housing / low-income housing / indemnificatory housing = 保障性住房|保障性安居工程|经济适用住房|廉租住房
housing projects for low-income families / housing for low-income urban families = 保障性安居工程|廉租住房
public rental housing / public rental = 公共租赁住房|公租房; low-rent housing / low rent housing = 廉租住房|廉租房
economically affordable housing / economical housing = 经济适用住房|经济适用房
shantytown / shantytowns / shanty town / shanty towns / slum / slums / run-down areas / rundown areas / run-down urban areas = 棚户区|棚户区改造|棚改
renovate / renovated / renovation / renovations / rebuild / rebuilt / rebuilding / upgrade / upgraded / upgrading = 改造|重建|改建
dilapidated houses / dilapidated housing / dilapidated rural houses / rural dilapidated houses = 危房|农村危房|危房改造
house prices / housing prices / home prices / property prices = 房价|房地产价格; real estate / property market / property sector = 房地产|房地产市场
housing provident fund = 住房公积金; square meters / square metres / square meter / sq m / sqm = 平方米|万平方米
urbanization / urbanize / urbanized = 城镇化|城市化; urbanization rate / urbanization level / level of urbanization = 城镇化率|城镇化
city / cities = 城市|市; broadband = 宽带; telecommunications / telecom = 通信|电信; postal / postal services = 邮政
# -- employment, social security and welfare
jobs / new jobs / urban jobs / new urban jobs / jobs created / new jobs created / job creation / create jobs = 新增就业|城镇新增就业|就业|岗位
employment / employed = 就业; job / positions = 岗位|就业; job seekers = 求职|就业
re-employment / reemployment / re-employed / reemployed = 再就业; laid-off workers / laid off / laid-off / layoffs = 下岗职工|下岗|下岗失业人员
unemployment / unemployed = 失业; unemployment rate / jobless rate = 失业率|登记失业率|调查失业率
registered unemployment rate / urban registered unemployment rate = 城镇登记失业率|登记失业率; surveyed unemployment rate / surveyed urban unemployment rate = 调查失业率
pension / pensions / basic pension / basic pensions / retirement pay / retirement benefits = 养老金|基本养老金|退休金
retirees / retired / retirement = 退休人员|退休|离退休
pension insurance / old-age insurance / basic old-age insurance / endowment insurance / basic pension insurance / old-age pension = 养老保险|基本养老保险
social security / social insurance / social safety net = 社会保障|社会保险|社保
medical insurance / health insurance / basic medical insurance / medicare = 医疗保险|基本医疗保险|医保
new rural cooperative medical care / rural cooperative medical care / new rural cooperative medical care system / new cooperative medical care / new rural cooperative medical scheme / rural cooperative medical scheme / cooperative medical care = 新型农村合作医疗|新农合|合作医疗
serious illness insurance / critical illness insurance / major illness insurance = 大病保险|大病; unemployment insurance = 失业保险
work-related injury insurance / work injury insurance / workers' compensation / occupational injury insurance = 工伤保险; maternity insurance = 生育保险
minimum living allowance / minimum living allowances / subsistence allowance / subsistence allowances / minimum living standard / minimum living standard guarantee / dibao / minimum cost of living = 最低生活保障|低保
minimum wage / minimum wages = 最低工资; wage / wages / salary / salaries / payroll = 工资|薪酬|收入
poverty / poor / impoverished = 贫困|扶贫; poverty alleviation / poverty reduction / relieve poverty / fight against poverty = 扶贫|脱贫|扶贫开发
lifted out of poverty / lift out of poverty / escaped poverty / rose out of poverty / shake off poverty = 脱贫|摆脱贫困
rural poor / poor people / poor population / people living in poverty / people in poverty / impoverished people / impoverished population = 贫困人口|农村贫困人口
targeted poverty alleviation / targeted poverty reduction = 精准扶贫|精准脱贫; poor counties / impoverished counties / poverty-stricken counties = 贫困县
relocation / relocated / relocate / poverty relief relocation = 搬迁|易地扶贫搬迁
poverty line / poverty threshold / poverty standard / poverty benchmark = 扶贫标准|贫困标准|贫困线
emergency / emergencies = 应急|突发事件|突发公共事件; emergency response plan / emergency plan / contingency plan = 应急预案|预案
emergency response / emergency management / emergency handling = 应急|应急管理|应急处置; public emergencies = 突发公共事件
desertification / desert / sandstorm = 荒漠化|沙漠|沙化|风沙
specialised / specialized / special-purpose = 专项; departmental = 部门; formulated / drawn up / drew up / worked out = 制定|编制
per capita / per-capita / per person / per head / per participant / per enrollee = 人均
per capita income / income per capita / average income = 人均收入|人均可支配收入|人均纯收入
disposable income / per capita disposable income / disposable personal income = 可支配收入|人均可支配收入
household income / personal income / income of residents / resident income / residents' income = 居民收入|收入
life expectancy / average life expectancy / expected lifespan = 人均预期寿命|预期寿命
maternal mortality / maternal mortality rate = 孕产妇死亡率; infant mortality / infant mortality rate = 婴儿死亡率
health care / healthcare / medical care / medical services / medical and health = 医疗|医疗卫生|卫生
public hospitals / public hospital = 公立医院; essential medicines / essential drugs / basic drugs / basic medicines = 基本药物
drug / drugs / medicine / medicines / pharmaceutical / pharmaceuticals = 药品|药物|医药
sars = 非典|非典型肺炎; aids / hiv = 艾滋病; epidemic / epidemics / outbreak = 疫情|传染病; public health = 公共卫生
doctor / doctors / physicians = 医生|医师|医务人员; community health / community health services = 社区卫生|社区卫生服务; clinics = 卫生室|诊所
family planning = 计划生育; elderly / aged / old people / senior citizens / seniors / older people = 老年人|老年|老龄
aging / ageing / population aging = 老龄化|老龄; elderly care / care for the elderly / old-age care = 养老|养老服务
disabled / disability / disabilities / persons with disabilities / people with disabilities = 残疾人|残疾
children / child = 儿童; left-behind children = 留守儿童; women = 妇女; youth / young people = 青年|青少年
food safety / food security = 食品安全|粮食安全; workplace safety / work safety / production safety / safety in production = 安全生产
accident / accidents / deaths / fatalities = 事故|死亡; income distribution / distribution of income = 收入分配
disaster / disasters / natural disasters = 灾害|自然灾害|灾; earthquake / quake / wenchuan = 地震|汶川|抗震
flood / floods / flooding / flood control = 洪涝|洪水|防汛|抗洪; drought / droughts = 干旱|抗旱
dike / dikes / levee / levees / embankment / embankments = 堤|堤防|干堤|大堤; reinforce / reinforced / reinforcing / reinforcement = 加固
yangtze / yangtze river = 长江; yellow river = 黄河; village committee / village committees / villagers' committee / villagers committee = 村委会|村民委员会; election / elections / elected = 选举
reconstruction / post-disaster reconstruction / post-quake reconstruction = 重建|灾后重建|恢复重建
survivors / survivor / rescued / rescue / saved from = 救出|营救|生还|幸存|搜救; rubble / ruins = 废墟; relief / disaster relief = 救灾|救助; social assistance = 社会救助; charity = 慈善; veterans = 退役军人|优抚
# -- education
compulsory education / nine-year compulsory education / free compulsory education = 义务教育|九年义务教育
tuition / tuition fees / tuition fee / tuition and fees / tuition and miscellaneous fees / miscellaneous fees / school fees = 学杂费|学费
textbooks / textbook / free textbooks = 教科书|课本|免费教科书
boarding students / boarders / living allowances for boarding students / living expenses = 寄宿生|生活费|生活补助
scholarship / scholarships / financial aid / student aid / stipend / stipends / bursaries = 奖学金|助学金|资助
student loans / student loan / government-subsidized student loans / government student loans = 助学贷款|国家助学贷款
enroll / enrol / enrolling / admission / admissions / student intake = 招生|入学|在校生
# (people enrolled in an insurance scheme are its 参保/参合 members)
enrollment / enrolment / enrolled = 招生|入学|在校生|参保|参合
enrollment rate / enrolment rate / gross enrollment rate / gross enrolment rate / enrollment ratio = 入学率|毛入学率
graduate / graduates / college graduates / university graduates / graduating = 毕业生|高校毕业生
vocational / vocational education / vocational schools / vocational training / vocational skills = 职业教育|职业|职业技能|职业培训
higher education / tertiary education = 高等教育|高校; preschool / preschool education / pre-school education / early childhood education = 学前教育|幼儿园
secondary vocational education / secondary vocational schools = 中等职业教育|中等职业学校; high school / senior high school / senior secondary = 高中
primary and secondary schools / primary school / primary schools / secondary schools / middle schools = 中小学|小学|中学
junior middle school / junior middle schools / junior high school / junior high schools / junior secondary school = 初中|初中学校
teacher / teachers / rural teachers = 教师|乡村教师; illiteracy / literacy = 扫盲|文盲
education funding / education spending / educational expenditure / education expenditure / spending on education = 教育经费|财政性教育经费|教育投入
school / schoolchildren / pupils = 学校|学生
teaching site / teaching sites / teaching points = 教学点; distance education / distance-education / distance learning / remote education = 远程教育
returned overseas students / overseas returnees / returnees / returned students / studied abroad / study abroad / studying abroad = 留学回国|留学人员|留学
# -- science, culture and sports
r&d spending / r&d expenditure / r&d investment / r&d intensity / research and development expenditure / r&d funding / spending on research and development = 研究与试验发展经费|研发投入|研发|研究与试验发展
basic research = 基础研究; scientists / scientific researchers = 科学家|科技人员|科研人员
aircraft carrier / aircraft carriers / carrier = 航空母舰|航母; three-network convergence / network convergence / convergence of networks = 三网融合
manned spaceflight / manned space / space program / spaceflight / shenzhou = 载人航天|航天|神舟; space = 航天|太空
lunar exploration / lunar probe / moon / chang'e = 探月|嫦娥; satellite / satellites = 卫星; beidou / beidou navigation = 北斗
supercomputer / supercomputers = 超级计算机; artificial intelligence / ai = 人工智能; big data = 大数据; cloud computing = 云计算
athlete / athletes / sportsmen / sportswomen / sportspeople / olympians = 运动员|体育健儿|健儿
championship / championships / world championships / champion / champions / world champions = 冠军|世界冠军|锦标赛
world record / world records / records = 世界纪录|纪录; medal / medals / gold medal / gold medals = 金牌|奖牌; olympics / olympic games / olympic / beijing olympics = 奥运会|北京奥运会|奥林匹克
paralympics / paralympic games / paralympic = 残奥会; asian games = 亚运会; world expo / expo / shanghai world expo = 世博会|上海世博会
sports / sport = 体育; fitness / physical fitness / national fitness / fitness for all = 全民健身|健身
winter olympics / winter olympic games = 冬奥会; games = 运动会|奥运会
youth olympic games / youth olympics = 青奥会|青年奥林匹克运动会|青年奥运会; summit / summits = 峰会; host / hosted / hosting / held = 举办|主办|承办|召开
cultural heritage / cultural relics / heritage = 文化遗产|文物; library / libraries = 图书馆; museum / museums = 博物馆
radio and television / radio and tv / broadcasting = 广播电视; press and publication / publishing = 新闻出版|出版; cultural industry / cultural industries = 文化产业
# -- hong kong, macao, taiwan and foreign affairs
hong kong / hksar / hong kong special administrative region = 香港|香港特别行政区; macao / macau / macao special administrative region = 澳门|澳门特别行政区
special administrative region / special administrative regions = 特别行政区; taiwan = 台湾
cross-strait / cross strait / across the taiwan straits / across the strait / both sides of the strait / both sides of the taiwan straits = 两岸|海峡两岸
compatriots = 同胞; one country two systems / one country, two systems = 一国两制; mainland = 内地|大陆
cepa / closer economic partnership arrangement = 更紧密经贸关系安排|CEPA; reunification / reunify = 统一|祖国统一
wto / world trade organization / world trade organisation = 世界贸易组织|世贸组织|WTO; accession to the wto / joining the wto = 加入世贸组织
belt and road / belt and road initiative / one belt one road / silk road economic belt / silk road = 一带一路|丝绸之路
free trade zone / free trade zones / free trade area / free trade areas / pilot free trade zone / pilot free trade zones / ftz / ftzs / free trade port = 自由贸易试验区|自贸试验区|自贸区|自由贸易区|自由贸易港
free trade agreement / free trade agreements / fta / ftas = 自由贸易协定|自贸区|自由贸易区
pilot zone / pilot zones / experimental zone / experimental zones / comprehensive reform pilot zone = 试验区|试点
special economic zone / special economic zones / sez / sezs = 经济特区; diplomacy / diplomatic / foreign policy / foreign affairs = 外交
asean = 东盟; united nations / un = 联合国; g20 / group of 20 = 二十国集团; apec = 亚太经合组织|APEC
brics = 金砖国家; sco / shanghai cooperation organization = 上海合作组织; united states / u.s / usa / america / american = 美国
european union / eu / europe = 欧盟|欧洲; russia = 俄罗斯; japan = 日本; africa / african = 非洲
developing countries / developing country = 发展中国家; neighboring countries / neighbouring countries / neighbors = 周边|邻国
international / internationally = 国际; world / global / globally = 世界|全球; foreign / overseas / abroad = 国外|境外|对外
china / chinese / china's = 我国|中国; country / countries / nation / nations = 国家|全国
# -- time words
previous year / last year / the year before / a year earlier / prior year / over the previous year = 上年|去年
this year / the current year / current year = 今年|本年; next year / coming year = 明年; past year / the past year = 过去一年|一年来
five years / past five years / last five years / the past five years / five-year = 五年|过去五年|五年来
ten years / past decade / decade / the past decade = 十年|十年来
five-year plan / five year plan / five-year plans / five-year programme = 五年规划|五年计划|规划|计划
tenth five-year plan / 10th five-year plan = 十五计划|十五; tenth / 10th = 十五|十届
eleventh five-year plan / 11th five-year plan = 十一五; eleventh / 11th = 十一五|十一届
twelfth five-year plan / 12th five-year plan = 十二五; twelfth / 12th = 十二五|十二届
thirteenth five-year plan / 13th five-year plan = 十三五; thirteenth / 13th = 十三五|十三届
fourteenth five-year plan / 14th five-year plan = 十四五; fourteenth / 14th = 十四五|十四届
ninth five-year plan / 9th five-year plan = 九五; period = 期间|时期; quarter / quarters = 季度
first half / first half of the year = 上半年; second half = 下半年; end of the year / year-end / end of / by the end of = 年末|年底|末
month / months = 月; week = 周; day / days = 天|日; since = 以来
# -- quantities and units
percent / per cent / percentage / percentages / % = %; percentage point / percentage points = 百分点|个百分点
rate / rates = 率|%; ratio / share / proportion = 比重|比例|占; times / fold = 倍|次; doubled / double / doubling = 翻番|翻一番|翻了一番|倍
quadruple / quadrupled = 翻两番; billion = 亿|十亿; trillion = 万亿; million = 万|百万; ten thousand = 万; hundred million / 100 million = 亿
billion yuan / billions of yuan = 亿元; trillion yuan / trillions of yuan = 万亿元; million yuan / millions of yuan = 万元|百万元; 100 million yuan = 亿元
ton / tons / tonne / tonnes / metric tons = 吨|万吨|亿吨; million tons / million tonnes / millions of tons = 万吨; billion tons / billion tonnes = 亿吨
million kilowatts = 万千瓦; billion kilowatt-hours / billion kwh = 亿千瓦时
people / persons / person / individuals / population / residents = 人|人口|居民
million people / millions of people = 万人; person-times / person times / visits = 人次; household / households / families = 户|家庭|农户
kilometer / kilometers / kilometre / kilometres / km / kms = 公里|千米; mile / miles = 英里
number / numbers = 数量; total / totaled / totalled / totaling / amounted / amount to / in total = 总|总额|共|合计|达到
approximately / roughly / nearly / almost = 约|左右|近; exceeding / exceeded / surpassed = 超过|以上
at least = 至少|以上; less than / fewer than = 以下|低于|不到
# -- verbs and qualifiers common in questions
newly added / newly increased / newly created / newly built / additional / added = 新增|新建
create / created / creating = 新增|创造; complete / completed / completion / fulfilled / fulfil / fulfill / accomplished = 完成|建成|竣工
construct / constructed / constructing / built / build / building = 建设|建成|新建; opened to traffic / open to traffic / put into operation = 通车|开通|投入运营|投产; open / opened / opening = 开放|开通
opening up / opening-up / open up / reform and opening up / reform and opening-up = 对外开放|改革开放|开放
allocate / allocated / allocating / appropriate / appropriated / earmarked / set aside = 安排|拨付|投入
raise / raised / raising = 提高; improve / improved / improving / improvement = 提高|改善; strengthen / strengthened = 加强
expand / expanded / expanding / expansion = 扩大; promote / promoted / promoting = 推进|促进; deepen / deepened = 深化
implement / implemented / implementing / implementation = 实施|落实; launch / launching = 启动|实施|开展
provide / provided / providing = 提供; cover / covering = 覆盖; benefit / benefits / benefiting = 惠及|受益
control / controlled / curb / curbed = 控制; keep / kept / maintain / maintained = 保持|控制在; within = 以内|以下
projected / projection / expected target / target for / anticipated = 预期|预期目标|预计; forecast = 预计|预测
main targets / major targets / main goals / main objectives = 主要预期目标|主要目标; objective / objectives = 目标
coverage / coverage rate = 覆盖|覆盖率; safety / security = 安全; national security = 国家安全
recent years / in recent years = 近年来|近年; the past few years / past few years = 近年来|几年来
actual / actually = 实际; overall = 总体|总
fixed-line / fixed line / landline = 固定电话; mobile phone / cell phone / mobile = 移动电话|手机
subscriber / user = 用户; dam = 大坝|水库|水利枢纽; land = 土地; region = 地区|区域
small business / small businesses / small enterprise / small and medium-sized enterprise = 中小企业|小微企业|小型企业
air conditioner / air conditioners / air-conditioners / air conditioning = 空调; energy-saving products / energy-efficient products / energy-saving appliances = 节能产品
revenue above budget / exceeded the budget / exceed the budget / over budget / above budget / above-budget revenue / excess revenue = 超收
minimum grain purchase price / minimum grain purchase prices / minimum purchase prices = 最低收购价; price increase / price increases / price rise / price hike = 提价|涨价
stamp duty = 印花税; hukou = 户籍|户口; rent / rental = 租金|租赁; mortgage = 抵押|按揭
insured = 参保|参加保险; registered = 登记|注册; resettle / resettled / relocate / relocated = 搬迁|安置; hire / hired = 招聘|录用
# -- more report vocabulary (words English questions use that the lines above lacked)
central / central government = 中央; state-owned = 国有; public ownership = 公有制; ownership = 所有制
form of public ownership / main form / principal form = 主要实现形式|实现形式|主要形式; form = 形式
new round / a new round = 新一轮; round = 轮; multilateral = 多边; asian = 亚洲
asian infrastructure investment bank / aiib = 亚洲基础设施投资银行|亚投行; silk road fund = 丝路基金
public fiscal revenue / public finance revenue = 公共财政收入|财政收入; fiscal deficit ratio / budget deficit ratio / deficit-to-gdp ratio = 赤字率; in real terms / real terms / real = 实际
disease / diseases = 疾病|病; infectious disease / infectious diseases = 传染病; immunization / vaccination = 免疫|接种
vaccine / vaccines = 疫苗; hepatitis = 肝炎; treatment = 治疗|救治; prevention = 防治|预防
threshold / personal income tax threshold = 起征点|门槛; draft = 草案; outline = 纲要; administrative = 行政
special / special-purpose = 专项|特别; minimum = 最低; red line = 红线
western region / western regions / west = 西部; eastern region / eastern regions / east = 东部; central region / central regions = 中部
lake / lakes = 湖|湖泊; desertified / desertification = 沙漠化|沙化|荒漠化; rocky desertified / rocky desertification = 石漠化; soil erosion = 水土流失; river basin / river basins = 流域
budgetary / within the budget = 预算内; regular = 经常性; issuance / issue bonds = 发行; cumulative / cumulatively = 累计
comprehensive = 综合|全面; purchase / purchased / procurement = 收购|购买|采购|购置; vehicle purchase tax / purchase tax = 车辆购置税|购置税; levied / levy = 征收
phase / stage = 阶段|期; municipality / municipalities = 直辖市; autonomous region / autonomous regions = 自治区
capital adequacy ratio = 资本充足率; tariff / tariffs = 关税; benchmark lending rate / benchmark interest rate = 基准利率
passenger / passengers = 旅客|客运; bankruptcy / bankrupt = 破产; dilapidated = 危房|危旧; renovate / renovating / renovation = 改造
utility tunnel / utility tunnels / underground utility tunnel = 综合管廊|地下综合管廊; strategic = 战略|战略性
personnel / staff = 人员|人才; worker / workers = 职工|工人; free of charge / free = 免费; wheat = 小麦
border / border areas = 边境|边疆; legislature / national people's congress / npc = 人大|全国人大
standing committee = 常委会|常务委员会; boarding = 寄宿; livelihood / livelihoods / people's wellbeing = 民生
modernization = 现代化; informatization = 信息化; three gorges = 三峡; export tax rebate / rebate = 出口退税|退税
young and middle-aged / young and middle aged = 青壮年; farming / farmland tax = 种田|种地|农业
central and western regions / central and western areas / central and western region / central and western = 中西部|中西部地区
west coast of the taiwan strait / west side of the taiwan strait / western taiwan strait = 海峡西岸; taiwan strait = 台湾海峡|海峡
which area / what area / which areas / what areas = 地区|区域; preparing to establish / prepare to establish / preparation for = 筹建
promulgate / promulgated / enact / enacted = 颁布|制定; urban household / urban households = 城镇居民|城镇|城市
rural household / rural households = 农村居民|农户; the following year / following year = 明年; coal consumption = 煤炭消费|煤炭
troop / troops / servicemen = 军队|部队|员额; headcount / staff size / staffing level = 员额|编制
public opinion / public comment / public consultation / solicit opinions = 征求意见|意见; carry-over effect / carryover effect / carry-over = 翘尾|翘尾因素
"""
