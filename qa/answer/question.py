"""What a question asks for: a quantity, a list, a date, a name, or a fact — in Chinese or English.

Extraction uses the type to pick the clause that answers (a number with its unit for 多少, the whole
enumeration for 哪些, a date for 什么时候…) instead of returning a whole passage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answer.spans import UNITS
from qa.retrieve.years import named_years
from qa.text import cjk_ratio

QTYPES = ("number", "list", "date", "who", "fact")

_DATE = re.compile(
    r"什么时候|(?<!任)何时|哪天|哪一天|几月|几号|哪个月|日期|发布时间|哪年|哪一年|什么时间|"
    r"\bwhen\b|what date|what day|which day|what year|which year|what time",
    re.IGNORECASE,
)
# "what did the report make the most important target": what a thing was made, a fact ("把…作为…目标")
_EN_MADE_WHAT = re.compile(r"^\W*what (?:did|does|do|will|would|should)\b[^?]*\b(?:make|take|treat|regard)\b", re.I)
_EN_QUANTITY = re.compile(r"\bhow (?:many|much)\b|\bper\s*cent|%|\bpercentage\b|\bnumber of\b|\bamount\b", re.I)
_EN_QUANTITY_FIRST = re.compile(r"\W*(?:by )?how (?:many|much)\b", re.I)  # "how many … when …": a figure, not a date
# "which disease did it single out when it talked about…": another question word first, "when" only a clause's
_EN_WHEN_CLAUSE = re.compile(r"^(?:(?!\bwhen\b)[^?])*?\b(?:which|what|who|whom|whose|how)\b(?!\s+(?:date|day|year|time|month)\b)"
                             r"[^?]*\bwhen (?:it|they|the|talking|discussing|speaking|referring)\b", re.I)
_LIST = re.compile(
    r"哪些|哪几|哪[两二三四五六七八九十\d]+[项个类种大条点方家位名所座部份件]|分别|有什么|有哪|包括什么|包括哪|包含哪|主要内容|都有|列举|"
    # "重点抓好的三件事是什么": things counted, then asked what they are
    r"[两二三四五六七八九十]\s*(?:项|个方面|方面|大|条|点|类|件事|件)[\u4e00-\u9fff]{0,8}?(?:是什么|指什么|是啥)|"
    r"\bwhich (?:areas|fields|measures|tasks|ones|projects|mechanisms|sectors|industries)\b|"
    r"\bwhat (?:are|were) the\b|\blist\b|\bname the\b",
    re.IGNORECASE,
)
# "几条体会分别是什么", "几场灾害分别发生在哪里": the items, not how many
_WHAT_EACH = re.compile(r"分别(?:是|为|指)(?:什么|哪)|"
                        r"分别(?:发生|位于|来自|出现|在)(?:在|于)?(?:哪里|哪儿|何处|什么地方|哪些地方)")
COUNTERS = "个家所座条辆艘架名位批台套种件户项部只头处"  # measure words that count things ("多少个X", "几家X")
# verbs that set or adjust a figure ("目标略微调低，定成了多少"): they name neither the thing nor the indicator asked
ADJUST_WORDS = ("调低", "调高", "下调", "上调", "调整", "略微", "稍微", "定成", "定为", "定在")
_NUMBER = re.compile(
    rf"多少|几[{COUNTERS}次回年期人场万亿元倍天月枚颗根张块粒层级轮局对组队届本篇首集章节]|几成(?!功|本|果|绩|就|员|为|立|交|熟|长)|第几(?=\s*[？?。，,！!]|\s*$)|多大|多高|多长|多重|多久|多快|数量|金额|总额|"
    r"规模(?=\s*(?:是|为|有|达|多|几|怎))|比例|百分之|"
    r"\bhow (?:many|much|long|large|big|fast|high)\b|\bas an? (?:share|percentage|proportion|ratio) of\b|\blife expectancy\b|"
    r"\bwhat (?:percentage|share|amount|number|total|value|capacity|volume|output|level|average|size|scale|figure|sum|"
    r"budget|deficit|growth|proportion|rate|increase|decrease|reduction|decline|price|income|revenue|expenditure|"
    r"spending|investment|wage|pension|ceiling|cap|limit)\b|\bpoverty (?:line|threshold)\b|\bby how\b|\bto what (?:level|extent)\b|\bper\s+cent\b|\bhow (?:far|low|old)\b|\bwhat age\b|"
    r"\bwhat (?:is|was|were|are) the (?:total|average|annual|overall|combined)\b|"
    # "what did the central government pay out for X": a sum (not "what did it invest in?": the thing)
    r"^\W*what (?:did|does|will|would)\b[^?]*\b(?:pay(?: out)?|spend|allocate|earmark|set aside)\b(?![^?]*\b(?:in|on|for|to)\s*\?)|"
    r"\bwhat (?:is|was|were|are) the (?:[a-z-]+ ){0,2}"
    r"(?:amount|turnover|volume|value|number|size|capacity|length) of\b|"
    r"\bwhat (?:is|was|were|are) (?:[a-z'’-]+ ){0,4}(?:spending|expenditures?|outlays?|funding) (?:on|for)\b"
    r"(?![^?]*\b(?:used|focus(?:ed)?|spent|directed|aimed|mainly)\b)|"  # a sum (not what it went to)
    r"\bwhat (?:is|was|were|are) (?:[a-z'’-]+ ){0,4}(?:revenues?|output|income|expenditures?|spending|gdp|deficit|"
    r"investment|budget|reserves|production|volume|surplus|capacity|length|mileage|population|"
    r"(?:sown|planted|planting|floor|forest|cultivated|total) area)"
    r"(?: (?:in|of|for|at the end of) (?:\d{4}|[a-z]+))?"
    r"(?:,? in (?:us )?(?:dollars|yuan|rmb))?\s*\?*\s*$|"  # "what was X revenue in 2012"
    r"\bwhat (?:is|was|were|are) the (?:[a-z-]+ ){0,3}(?:increase|growth|rise|decline|decrease|reduction)\b|\bcumulative\b|\bby what (?:percentage|margin|amount)\b|"
    r"\b(?:tons?|tonnes?|kilowatts?|kwh|hectares?|million|billion|trillion)\b|(?:\bin (?:us )?|\d\s*)(?:yuan|rmb)\b|"
    r"\bthe (?:total )?(?:number|amount|total|value|size|sum) of\b|\btarget\b|\bceiling\b|\brate\b(?!\s+(?:regimes?|systems?|mechanisms?|polic(?:y|ies)|reforms?|formation))|\bpercent|\bratio\b|"
    r"\b(?:subsid(?:y|ies)|allowances?|grants?|stipends?) (?:of |paid |given )?per\b|\bper[- ]capita\b",  # "per farmer": money
    re.IGNORECASE,
)
_WHO = re.compile(
    r"谁|哪家|哪个|哪位|哪座|哪条|哪一个|哪一家|哪一座|哪一条|哪所|哪个城市|哪里|什么(?:机构|部门|单位|名称|报纸|媒体|方案|办法|"
    r"城市|地方|平台|计划|品牌|条例|称号|奖)|叫什么|名称是|"
    r"\bwho\b|\bwhich (?:city|newspaper|organization|organisation|department|agency|paper|media|outlet|plan|district)\b|"
    r"\bwhat (?:is|was) the name\b|\bwhere\b",
    re.IGNORECASE,
)
# About the document itself: answered from its parsed header (title, date, source).
_ABOUT_DOC = re.compile(
    r"(这篇|本篇|该篇|这份|本份|本文|该文|文章|报告|稿件|网页|页面).{0,8}(哪天|何时|什么时候|日期|时间|来源|出处|哪里|标题|题目|发布|刊登|哪个部门|哪家)|"
    r"(发布|刊登|发表)(日期|时间|于|在)|(哪天|何时|什么时候)(发布|发表|刊登)的?(这篇|本篇|该篇|这份|本文|该文)|来源是|出处|"
    r"\b(title|date|source|headline) of (this|the) (article|report|document|page|text)\b|"
    r"\b(this|the) (article|report|document|page|text)\b.{0,40}\b(published|released|posted|date|source|from|title)\b|"
    r"\b(published|released|posted)\b.{0,30}\b(article|report|document|page)\b|\bsource of\b",
    re.IGNORECASE,
)
_HEADER_FIELD = (
    ("date", re.compile(r"哪天|何时|什么时候|日期|时间|哪年|when|date|day|year", re.IGNORECASE)),
    ("origin", re.compile(r"来源|出处|哪里|哪个部门|哪家|谁|source|from|who|which (?:agency|department|ministry)", re.IGNORECASE)),
    ("title", re.compile(r"标题|题目|叫什么|title|headline|called", re.IGNORECASE)),
)
# (a magnitude before a unit: "多少亿亩" asks 亩, "多少亿立方米" 立方米)
_UNIT_ASKED = re.compile(r"(?:多少|几)\s*(?:[万亿](?=亩|公顷|千瓦|户|套|辆|公里|立方米|平方米|平方公里))?"
                         r"(平方公里|平方米|立方米|公里|千瓦时|千瓦|公顷|公斤|人次|亿元|万元|万吨|亿|万|元|吨|岁|亩|户|座|条|辆|艘|架|米|"
                         r"小时|分钟|周|篇|部|届|[个项次回家名年期件所位人种批台套场倍天枚例处块起]|成(?!功|本|果|绩|就|员|为|立|交|熟|长))|"
                         r"(百分之)(?:多少|几)")  # "有几成": tenths, a share the text writes in %
# "多少个村", "几个项目": the noun counted right after 个 says the unit, not a noun before ("资金支持多少个村")
_COUNTED_NOUN = re.compile(r"(?![百千万亿点月])[\u4e00-\u9fff]")
_QWORD_NUM = re.compile(r"多少|几(?![乎]|十|百|千|万)")
# A noun next to 多少 implies the unit of the answer: 资金 → 元, 人数 → 人, 比例 → %. The one nearest the
# question word decides ("进出口总额的增长目标是多少" asks for a growth rate, not an amount).
_IMPLIED_UNIT = (
    # (not 总值 per unit: "单位国内生产总值能耗" is an energy intensity)
    (re.compile(r"外汇储备(?:余额)?|利用外资(?:总额)?|外商直接投资(?:总额)?"), "美元"),  # written in 美元
    (re.compile(r"资金|钱|金额|经费|投入|投资|产值|(?<!单位国内生产)(?<!单位地区生产)总值|收入|销售额|交易额|增加值|余额|税(?!率)|支出|开支|"
                r"融资|利税|利润(?!率)|基金|总额|补助|补贴|拨款|贷款|赤字|额(?=是|为|达|有|约|多少|几)|负担|减负|"
                r"养老金|退休金|抚恤金|救助金|助学金|奖学金|工资|薪酬|津贴"), "元"),  # (a burden is lifted in 元)
    (re.compile(r"[税利汇费]率|比例|比重|百分之|个点|增长率|增速|增幅|涨幅|降幅|占比|(?:增长|发展)速度|率(?![先领])|"
                r"(?:增长|上涨|下降|降低)的?(?:预期|调控)?目标"), "%"),
    (re.compile(r"人数|多少人|人员|专家|人才|特派员|(?<=多少)(?:名|位)?(?:职工|工人|员工|农民工|学生|毕业生|居民|农民|群众|"
                r"干部|教师|医生|患者|游客|旅客|劳动力)"), "人"),  # "涉及多少职工": people counted
    (re.compile(r"所(?:高校|大学|学校|院校)|高校|大学|院校"), "所"),
    (re.compile(r"(?<!人)(?:数量|个数|数目|家数)(?![^，,。？?]{0,4}?(?:[涨降升增减砍削]|提高|下降|[上下]调|压缩))"), "个"),  # "技改项目数量是多少": a count of things, not the money
    (re.compile(r"辆|汽车|车辆"), "辆"),
    (re.compile(r"装机|机组|发电能力|(?<![库水])容量"), "千瓦"),
    (re.compile(r"粮食|钢铁?|煤炭?|水泥|化肥|棉花|油料"), "吨|斤"),  # a weight, as "grain output"/"steel" in English
)
# by how much a thing rose or fell ("投资比上年涨了多少"): a rate as often as an amount, whatever the thing
_CHANGED_BY = re.compile(r"(?:[涨降升增减]|提高|下降|减少|[上下]调|调[高低])了?\s*(?:多少|几)(?!\s*(?:钱|[万亿]*元|[次回轮]))")


def changed_by(info: QuestionInfo) -> bool:
    """A Chinese question asking by how much a thing rose or fell ("总额比上年涨了多少"): a rate answers it as
    well as an amount in the unit its noun implies."""
    return not info.english and info.unit_soft and bool(_CHANGED_BY.search(info.text))


_IMPLIED_WINDOW = 12  # characters before the question word (and 6 after) in which a noun implies the unit
_GROWTH_ASKED = re.compile(r"(?:增长|上涨|下降|降低)(?:的?(?:预期)?目标|幅度)?(?:了|是|为|达到|在)?\s*(?:多少|几)")  # a rate, not an amount
# a planned figure the question states, then the actual one asked ("原定降3%左右，实际降了多少")
_PLANNED_GIVEN = re.compile(r"(?:原定|原计划|计划|预期|预定|目标|要求)[^，,。？?\d]{0,8}[\d.．]+\s*(%|％|[万亿]*[元吨人辆所户套])")
_ACTUAL_ASKED = re.compile(r"(?:实际|最终|结果|最后)[^，,。]{0,8}(?:多少|几)")
_DURATION = re.compile(r"多长的?(?:时间|期限|时期)|多少时间|多久|多少年|几年")
_RANK_ASKED = re.compile(r"第几")
_HOW_MUCH = re.compile(r"\bhow much\b", re.I)
_HOW_MEASURE = re.compile(r"\bhow (?:long|far|large|big|high|fast)\b", re.I)
_EN_MONEY = re.compile(r"\binvest|\bspen[dt]|\bfund|\bbudget|\bcost|\bmoney\b|\ballocat|\bearmark", re.I)
_MEASURED = {"公里", "吨", "千瓦", "户", "套"}  # what a thing measures: "how much" money spent on it is not it
_HOW_MANY = re.compile(r"\bhow many\s+((?:[a-z-]+\s+){0,8}[a-z-]+)", re.I)  # the counted noun and its modifiers
# where the counted noun phrase ends: a verb or a preposition ("how many college graduates were expected")
_NP_END = re.compile(r"\s(?:are|were|is|was|did|do|does|have|has|had|will|would|can|could|should|in|of|for|to|by|"
                     r"on|at|from|with|that|which|who|received|got|gained|obtained|enjoyed|benefited|won|set|"
                     r"joined|attended|took|moved|went|came)\b.*|(?<=s)\s[a-z]+ed\b.*", re.I)  # "departments disclosed"
# else a noun counts nothing ("the cut in farmers' burdens")
_EN_COUNTING = re.compile(r"\bhow many\b|\bnumber of\b", re.I)
_COUNT_UNITS = {"人", "名|人", "所", "辆", "家", "件|个", "项|个", "个", "套", "户", "次", "台", "期", "项"}
_EN_UNIT = (
    (re.compile(r"per ?cent|\d\s*%|percentage points?|\b(?:what|which|how (?:large|big|high) an?) (?:share|proportion|fraction)\b|"
                r"\bgrowth (?:target|rate)\b|\b(?:target|goal) (?:for|of) (?:[a-z-]+ ){0,3}growth\b|\bhow fast\b|consumer prices?|\binflation\b|\bcpi\b|"
                r"\breal[- ]terms? (?:increase|growth|rise)\b|\bin real terms\b|\breal (?:growth|increase|rise)\b", re.I), "%"),
    (re.compile(r"\b(?:for|over|within|in|after) how long\b|\bhow long (?:had|has|have|did|does|do|will|would)\b|"
                r"\bhow long\s*\?\s*$|"
                r"\b(?:length|duration|years) of (?:schooling|education|study)\b", re.I), "年"),  # a duration
    # an amount per person (a subsidy, an income, a poverty line) is money, not a count of the persons
    (re.compile(r"\bburdens?\b|"  # (a burden is lifted in money)
                r"\bwhat amount\b(?! of (?:[a-z-]+ ){0,5}capacity)|\bamount per\b|poverty (?:line|threshold|standard)|\bwhat (?:total )?sum\b|\bsum of money\b|"
                r"\bhow much (?:[a-z-]+ ){0,2}(?:fund(?:s|ing)|money)\b|"  # "how much funding … coal mines": money
                r"\b(?:average|monthly|annual|minimum)\s+(?:[a-z]+\s+){0,2}(?:pensions?|wages?|salar(?:y|ies)|"
                r"allowances?|subsid(?:y|ies))\b|"
                r"\bper[- ](?:person|capita|head)\b(?=.*\b(?:subsid|income|wage|pension|allowance|spending))|"
                r"\b(?:subsid(?:y|ies)|allowances?|grants?|stipends?) (?:of |paid |given )?per\b", re.I), "元"),
    (re.compile(r"\bdollars?\b|\busd\b|foreign exchange reserves|foreign direct investment|\bfdi\b", re.I), "美元"),
    (re.compile(r"\bkilowatts?\b|\bkw\b|megawatts?|installed capacity|generating capacity|power units?", re.I), "千瓦"),
    (re.compile(r"\btons?\b|\btonnes?\b|grain output|\bsteel\b|\bcoal\b|\bcement\b", re.I), "吨"),
    (re.compile(r"\bhouseholds?\b|\bfamilies\b", re.I), "户"),
    (re.compile(r"housing units?|\bhomes\b|\bapartments\b|\bdwellings\b|\bunits? of (?:[a-z-]+ ){0,3}(?:housing|flats)\b",
                re.I), "套"),
    (re.compile(r"life expectancy|\bwhat age\b|\bhow old\b", re.I), "岁"),
    (re.compile(r"\b(?:housing|floor|living|residential) (?:area|space)\b", re.I), "平方米"),
    (re.compile(r"^(?:more |fewer )?years\b", re.I), "年"),  # "how many years": a duration (the counted noun only)
    (re.compile(r"approval items?", re.I), "项|个"),
    (re.compile(r"\brailways?\b|\bhighways?\b|\bexpressways?\b", re.I), "公里"),
    (re.compile(r"\bstudents?\b|\bgraduates?\b|\bworkers?\b|\bresidents?\b|\bfarmers?\b|\bathletes?\b|\bteachers?\b|"
                r"\bjobs\b|\bunemployed\b|\bretirees?\b|\bpopulation\b|beneficiar", re.I), "人"),
    (re.compile(r"\b(?:rate|percent|percentage|share|proportion|ratio)\b", re.I), "%"),
    (re.compile(r"\buniversit|\bcolleges?\b|\bschools?\b", re.I), "所"),
    (re.compile(r"\bvehicles?\b|\bcars?\b", re.I), "辆"),
    (re.compile(r"\bmoney|fund|yuan|rmb|budget|invest|financ|cost|revenue|sales|income|value|turnover|amount\b|"
                r"\bspen[dt]|spending|expenditure|deficit|subsid|\bpa(?:y|id) out\b", re.I), "元"),
    (re.compile(r"\btimes\b|\bsessions?\b|\boccasions?\b|\bvisits?\b|\bviews?\b|\bclicks?\b|\bcoverage\b|\bcovered\b", re.I), "次"),
    (re.compile(r"\bpeople|persons?|staff|talents?|experts?|specialists?|trainees?|participants?|commissioners?\b|\bsurvivors?\b|\bvictims?\b|\bpatients?\b", re.I), "名|人"),
    (re.compile(r"\bcompan|enterprise|firms?\b|\binstitutions?\b|\blabs?\b|laborator|\bbusinesses\b|\bbanks\b", re.I), "家"),
    (re.compile(r"\bpatents?\b|\bapplications?\b|\bgoods\b|\bitems?\b|\bcases?\b", re.I), "件|个"),
    (re.compile(r"\bprojects?\b|\bmeasures?\b|\bmechanisms?\b", re.I), "项|个"),
    (re.compile(r"\bvillages?\b|\btowns?\b|\bdistricts?\b|\bcounties\b|\bzones?\b|\bparks?\b|\bsites?\b", re.I), "个"),
    (re.compile(r"\binstruments?\b|\bequipment\b|\bdevices?\b|\bmachines?\b", re.I), "台"),
    (re.compile(r"\btraining sessions?\b|\bbatches\b|\brounds?\b", re.I), "期"),
    (re.compile(r"\bkilomet|\bkm\b", re.I), "公里"),
    (re.compile(r"\bmu\b", re.I), "亩"),  # the Chinese land measure, written in English as such
    (re.compile(r"\bhectares?\b", re.I), "公顷"),
)


@dataclass(frozen=True)
class QuestionInfo:
    text: str
    qtype: str
    english: bool
    about_document: bool = False
    header_field: str = ""
    unit: str = ""
    count: int = 0
    focus: tuple[str, ...] = ()  # the words right next to the question word: what is asked about
    years: tuple[str, ...] = ()  # years named in the question ("2015年" / "in 2015")
    person: bool = False  # asks for a person (谁/局长/who is the director)
    # implied by a growth word, a duration or a noun whose change is asked: a hint for the ranker, never a reason
    # to abstain
    unit_soft: bool = False
    unit_explicit: bool = False  # the unit is written after 多少/几 ("多少所"), not implied by a noun  # "三项重点工作" → 3, so a structural list answer can be checked against it


CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_COUNT = re.compile(r"([一二两三四五六七八九十]|\d{1,2})\s*(?:项|个方面|大|条|点|类|方面|个重点|件事|个[“\"][是要][”\"])")  # "五个“要”"
# "哪三种创新能力" (not "两个确保"): how many, and the thing counted (group 2, for the list that names it)
WHICH_COUNT = re.compile(r"哪\s*([二两三四五六七八九十]|\d)\s*[种个件项类条]([\u4e00-\u9fff]{2,8})?")
MARKED = re.compile(r"一[是要来则][^？?。]{0,6}?([二三四五六七八九十])[是要来则]")  # "（一是……四是）": four items
_EN_COUNT = re.compile(r"\b(two|three|four|five|six)\b", re.I)
_EN_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_QWORD = re.compile(r"多少|几|哪些|哪几|哪个|哪家|哪项|哪类|哪种|哪[两一二三四五六七八九十]|什么|怎样|如何|谁|何时|哪天")
_FOCUS_STOP = set("的了是在有和与及对为将把被也都就其这那个一共总共累计一年全年去年大概大约共能要会")
_PERSON = re.compile(r"谁|局长|市长|主任|书记|负责人|\bwho\b|\bdirector\b|\bmayor\b|\bhead of\b", re.I)


# a comparison right before the question word ("比上年多了", "较2004年增长了")
_COMPARED = re.compile(r"(?<![占评攀类无好])(?:比|较)(?![重例率值赛如])[^，,。？?！!比较]{1,10}$")  # not 评比, 比如


def asked_before(q: str) -> str | None:
    """The question's words before its question word, a comparison cut off ("财政收入比2004年多了多少" → "财政收入":
    what is compared, not the year it is compared with); None without a question word."""
    m = _QWORD.search(q)
    if not m:
        return None
    before = q[: m.start()]
    compared = _COMPARED.search(before)
    return before[: compared.start()] if compared and compared.start() > 0 else before


def _focus(q: str) -> tuple[str, ...]:
    """Content words next to the question word ("利税能超过多少" → 利税): what exactly is asked about."""
    before = asked_before(q)
    if before is None:
        return ()
    from qa.text import tokenize  # local: jieba loads lazily

    m = _QWORD.search(q)
    left = tokenize(before[-8:])
    right = tokenize(q[m.end() : m.end() + 8])
    words = [w for w in left[-3:] + right[:3] if len(w) >= 2 and not set(w) <= _FOCUS_STOP]
    return tuple(dict.fromkeys(words))


_COUNTER_THEN_NOUN = re.compile(r"[次个项家所件台辆套种条座块批](?=[\u4e00-\u9fff]{2})(?!百分点|人次|万|亿)")


def asked_noun(q: str) -> str:
    """The word right after the question word, when it names what is counted or measured ("削减了多少赤字" →
    赤字; "" for "多少钱", "多少?")."""
    m = _QWORD.search(q)
    if not m:
        return ""
    from qa.text import tokenize  # local: jieba loads lazily

    at = m.end()
    if _COUNTER_THEN_NOUN.match(q, at):  # "多少次世界纪录", "几项制度": the counted noun after its counter
        at += 1
    right = tokenize(q[at : at + 6])
    word = right[0] if right else ""
    return word if len(word) >= 2 and q.startswith(word, at) and re.fullmatch(r"[\u4e00-\u9fff]+", word) \
        and not set(word) <= _FOCUS_STOP and not re.match(UNITS, q[at:]) else ""  # "多少平方米": a unit


def _last(pat: re.Pattern[str], text: str) -> re.Match[str] | None:
    found = None
    for found in pat.finditer(text):
        pass
    return found


def _implied_unit(q: str) -> tuple[str, bool]:
    """The unit the words nearest the question word imply ("补助标准提高到每人每年多少钱" → 元); a duration
    (多长时间/多久) is counted in 年; "" when no noun near it says. The flag: only a soft hint (a growth can
    be an amount too, a duration be in months, "投资涨了多少" a rate as well as an amount)."""
    if _DURATION.search(q):
        return "年", True
    if _GROWTH_ASKED.search(q):
        return "%", True
    given = _PLANNED_GIVEN.search(q)
    if given and _ACTUAL_ASKED.search(q, given.end()):  # "原定降3%左右，实际降了多少": a figure of the same kind
        return ("%" if given.group(1) in "%％" else given.group(1).lstrip("万亿")), True
    m = re.search(r"多少|几|多[大高长重快]", q)
    pos, end = (m.start(), m.end()) if m else (len(q), len(q))
    best, best_d, before = "", _IMPLIED_WINDOW + 1, False
    for pat, u in _IMPLIED_UNIT:
        for hit in pat.finditer(q):
            # after the question word: weaker, but the noun right after it names the answer ("多少税率")
            d = pos - hit.end() if hit.end() <= pos else max(0, hit.start() - end) * 2
            if 0 <= d < best_d:
                best, best_d = u, d
                before = hit.end() <= pos and bool(re.search(r"[，,；;]", q[hit.end():pos]))
    # a noun of an earlier clause sets the scene ("农业税降税率，农民能少交多少"): only a hint of the unit
    return best, bool(best) and (bool(_CHANGED_BY.search(q)) or before)


# a year named only as the base of a comparison ("比2000年增长几倍", "than in 2002"): the answer's passage need not
# be about it, nor its report be of that year
_BASE_YEAR = re.compile(r"(?:比|较)\s*((?:19|20)\d{2})\s*年(?:底|末|初|时)?(?!\s*[-–—~至到])|"
                        r"(?:与|同|和|跟)\s*((?:19|20)\d{2})\s*年(?:底|末|初|时)?\s*(?:相比|比较|比)|"
                        r"\b(?:than|compared (?:with|to)|over) (?:in |that of )?((?:19|20)\d{2})\b(?!\s*[-–—~])", re.I)


def asked_not_base(q: str) -> tuple[str, ...]:
    """The years a question names (:func:`named_years`) but those named only as the base of a comparison."""
    years = named_years(q)
    base = [next(g for g in m.groups() if g) for m in _BASE_YEAR.finditer(q)]
    return tuple(y for y in years if base.count(y) < len(re.findall(rf"(?<!\d){y}(?!\d)", q)))


_THOSE_YEARS = re.compile(r"(?<=[那这近前头])几(?=年)")  # "那几年，先从哪个行业下手": a time, no question word


def analyze(question: str) -> QuestionInfo:
    """Classify a question. Order matters: 哪天 is a date, 哪几 a list, 哪家 a name, 几次 a number."""
    q = question.strip()
    english = cjk_ratio(q) < 0.2
    about_doc = bool(_ABOUT_DOC.search(q))
    field = ""
    if about_doc:
        field = next((name for name, pat in _HEADER_FIELD if pat.search(q)), "")
        if not field:
            about_doc = False
    if _DATE.search(q) and not re.search(r"几年|多少年", q) and not _EN_QUANTITY_FIRST.match(q) \
            and not _EN_WHEN_CLAUSE.match(q):
        qtype = "date"
    elif _LIST.search(q) and (_WHAT_EACH.search(q)
                              or not (re.search(r"分别|各", q) and _NUMBER.search(re.sub(r"[哪那]几", "", q)))):
        qtype = "list"  # "分别投入了多少资金" asks for quantities: a number question, checked as one
    elif _NUMBER.search(_THOSE_YEARS.sub("些", q)) and not (_EN_MADE_WHAT.search(q) and not _EN_QUANTITY.search(q)):
        qtype = "number"
    elif _WHO.search(q):
        qtype = "who"
    else:
        qtype = "fact"
    unit, soft = "", False
    m = m_unit = _last(_UNIT_ASKED, _THOSE_YEARS.sub("些", q))  # "那几年…有多少平方米": the last question word's unit
    if m and any(not _UNIT_ASKED.match(q, w.start()) for w in _QWORD_NUM.finditer(q, m.end())):
        m = m_unit = None  # "几项补贴一共安排多少": the unit of the last question word, which names none
    if m and (m.group(2) or m.group(1) == "成"):  # "百分之多少", "几成"
        unit = "%"
    elif m and m.group(1) not in ("个",):
        unit = "次" if m.group(1) == "回" else m.group(1)  # "涨了几回": times, which the text writes 次
        if unit == "块" and q[m.end():m.end() + 1] == "钱":  # "提高了几块钱": yuan
            unit = "元"
    elif english and qtype == "number":
        much = bool(_HOW_MUCH.search(q) or _HOW_MEASURE.search(q))  # "how much … farmers" asks for money, not people;
        # "how long is the … project" a length, not projects
        counted = _HOW_MANY.search(q)  # "how many villages have commissioners": the phrase up to its verb
        # "how many units of housing": the measure and what it measures, not "units" alone
        phrase = _NP_END.sub("", re.sub(r"^(units?) of ", r"\1-of-", counted.group(1), flags=re.I)) if counted else ""
        phrase = phrase.replace("-of-", " of ")
        # the head noun is the phrase's last ("college graduates" counts graduates, not colleges)
        named = [(-h.end(), h.start(), i, u) for i, (pat, u) in enumerate(_EN_UNIT)
                 if phrase and (h := _last(pat, phrase))]
        # a counted phrase whose head noun implies no unit counts things ("how many departments … expenditures")
        unit = min(named)[3] if named else "" if phrase else \
            next((u for pat, u in _EN_UNIT if pat.search(q) and not ((much or not _EN_COUNTING.search(q))
                                                                      and u in _COUNT_UNITS)), "")
        if much and unit in _MEASURED and _EN_MONEY.search(q):  # "how much was invested in railways": money
            unit = "元"
    counted = bool(m) and m.group(1) == "个" and _COUNTED_NOUN.match(q, m.end()) is not None
    if qtype == "number" and not english and unit in ("", "个", "万", "亿") and not counted:
        implied, soft = _implied_unit(_THOSE_YEARS.sub("些", q))
        unit = implied or unit or (m.group(1) if m else "")
    elif counted and qtype == "number" and not english:
        unit = "个"
    if qtype == "number" and not english and not m_unit and _RANK_ASKED.search(q):
        unit = "位"  # "排第几": a rank ("第三位"), not the amount ranked
    count = 0
    m = _COUNT.search(q) or WHICH_COUNT.search(q) or MARKED.search(q)
    if m:
        tok = m.group(1)
        count = int(tok) if tok.isdigit() else CN_DIGITS.get(tok, 0)
    else:
        m = _EN_COUNT.search(q)
        if m and qtype == "list":
            count = _EN_NUM[m.group(1).lower()]
    years = asked_not_base(q)
    person = bool(_PERSON.search(q)) and qtype in ("who", "fact")
    explicit = bool(m_unit) and (unit == m_unit.group(1) or (unit == "%" and bool(m_unit.group(2))))
    return QuestionInfo(q, qtype, english, about_doc, field, unit, count, _focus(q) if not english else (), years, person,
                        soft, explicit)
