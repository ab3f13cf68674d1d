"""Where an answer starts and ends once its span is chosen: the question's words around its question word,
a noun's cut-off tail, the head noun asked, a name's dot-joined parts, the rest of a date or a figure, brackets
opened and not closed or closed and not opened (pure text logic, no model)."""
from __future__ import annotations

import re

from qa.answer.features import norm
from qa.answer.question import COUNTERS, QuestionInfo
from qa.answer.spans import UNITS, Span, tokens
from qa.answer.word_edges import bound_start, coordinated, name_tail, snap_to_words, through_last_noun

_QWORD = re.compile(r"(?:是)?(?:多少|几[个项次家名年期件所位人种批台套场万亿元倍天月号]?|哪些|哪几|哪一?[个家项类种年天位座所条部]|哪里|哪儿|哪|"
                    r"什么时候|什么样的?|什么|怎样的?|如何|谁|何时|何地|何种|为何|为什么)")
_WHICH_NOUN = re.compile(r"哪一?[个家项类种所条部]")  # a determiner: a noun follows
NOUN_TAIL_MAX = 4  # characters a noun's cut-off tail may add ("长河" → "长河客运公司"; 4 and 6 measured alike)
_SERIAL = re.compile(r"[一二三四五六七八九十\d]{1,3}号(?![楼院线文令])")
_NOUN_FLAGS = frozenset(("n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "eng", "nl", "ng", "j"))
_NAME_ASKED = re.compile(r"(?:叫|称|名)(?:作|做|为)?什么|什么名")
_PREDICATE = re.compile(r"作为|成为|列为|当作|看作|属于|叫做|称为|被|使|让|给|把|向|对|从|在|有|是")  # "什么作为…": a predicate
_NAMED_TAIL = re.compile(r"(?:的?(?:俗名|别名|名字|名称|本名|原名|简称))?(?:又|还|也)?(?:可以|可)?(?:叫|称|名|是)?(?:作|做|为)?$")
_HEAD_SKIP = frozenset(("a", "ad", "an", "uj", "ul", "d", "m", "mq", "q", "b", "z"))  # "什么著名的战役": modifiers
# what the question word asks about, not a noun the answer is written with ("叫什么名字", "什么地方")
_META_HEADS = frozenset(("名字", "名称", "地方", "地点", "位置", "原因", "职业", "方法", "方式", "作用", "意思", "特点",
                         "用途", "内容", "类型", "种类", "东西", "工作", "身份", "关系", "职务", "称号", "角色", "时间",
                         "目的", "事情", "情况", "结果", "问题", "样子", "颜色", "形状", "语言", "国籍", "性别"))
# a place is asked; its name goes on over locality words and name pieces the tagger splits off ("南湖" + "道",
# "北湖城" + "附近", "临水" + "内西坂")
PLACE_ASKED = re.compile(r"哪里|哪儿|在哪|何处|何地|什么(?:地方|位置|地区|地点)|地址|位置|地点")
_PLACE_PARTS = frozenset(("f", "s", "q", "zg", "ng"))
_CLOSERS = {"”": "“", "」": "「", "』": "『", "》": "《", "\"": "\"", "’": "‘"}


def asked_head(info: QuestionInfo) -> str:
    """The noun the question word asks for: "什么联盟加入了…" → "联盟", "什么著名的战役" → "战役", "多少个座位" →
    "座位"; "" when a verb or nothing nounish follows the question word."""
    if info.english or info.qtype in ("date", "list"):
        return ""
    m = _QWORD.search(info.text)
    if not m or not re.search(r"什么|哪|多少|几", m.group(0)) or re.search(r"谁|哪里|哪儿|什么时候", m.group(0)):
        return ""
    if m.start() and info.text[m.start() - 1] in "由被用以靠凭":  # "由什么规定": the thing asked acts, no head noun
        return ""
    skipped, toks = 0, [t for t in tokens(info.text) if t[1] > m.end()]  # "哪一条例": the word the counter begins

    def nounish(i: int) -> bool:  # ... or a verb right after the question word that a noun follows ("什么补助政策")
        return toks[i][2] in _NOUN_FLAGS or (i == 0 and toks[0][2] == "v" and toks[0][0] == m.end() and len(toks) > 1
                                             and toks[1][2] in _NOUN_FLAGS and not _PREDICATE.match(info.text, m.end()))

    if toks and toks[0][2] == "vn" and toks[0][1] - toks[0][0] >= 2 and toks[0][0] == m.end() \
            and (len(toks) == 1 or toks[1][2][:1] in ("v", "p", "x")):  # "什么研究表明…", "什么监管？": a verbal noun names the thing
        head = info.text[toks[0][0]:toks[0][1]]
        return "" if head in _META_HEADS else head

    for i, (a, b, flag) in enumerate(toks):
        if b - a >= 2 and nounish(i):
            j = i
            while j + 1 < len(toks) and nounish(j + 1):  # the whole compound ("科技企业")
                j += 1
            head = info.text[a:toks[j][1]]
            after = toks[j + 1][2] if j + 1 < len(toks) else ""
            of = after in ("uj", "ul") and re.search(r"什么|哪", m.group(0)) is not None  # "什么王国的首都": 王国 is asked
            if not of and (after in _HEAD_SKIP or after == "vn"):  # "领导人非正式会议", "多少条白色的条纹": it goes on
                return ""
            if after == "v" and j + 2 < len(toks) and toks[j + 2][2] in _NOUN_FLAGS \
                    and toks[j + 2][0] == toks[j + 1][1] == toks[j + 1][0] + 2:  # "多少行政审批事项": 行政 modifies
                return ""
            return "" if head in _META_HEADS else head
        rest = info.text[max(a, m.end()):b]  # a word the question word ends inside: its remaining part
        if (flag not in _HEAD_SKIP and not (len(rest) == 1 and rest in COUNTERS)) or skipped >= 3:
            return ""
        skipped += 1
    return ""


def add_head(info: QuestionInfo, text: str, s: int, e: int) -> tuple[int, int]:
    """The answer with the noun the question asks for when the text writes it right after the answer ("北方" +
    "联盟" for "什么联盟", "3,200个" + "座位" for "多少个座位"); across a closing quote when the answer is quoted
    (“外星人来袭”事件)."""
    head = asked_head(info)
    if not head or (info.qtype == "number" and text[e - 1:e] == "户"):  # "240万户" + 林区: the households are counted
        return s, e
    if norm(text[e:e + len(head)]) == norm(head):
        return s, e + len(head)
    closer = text[e:e + 1]
    if closer in _CLOSERS and s > 0 and text[s - 1] == _CLOSERS[closer] \
            and norm(text[e + 1:e + 1 + len(head)]) == norm(head):
        return s - 1, e + 1 + len(head)
    return s, e


# "…的文件被简称为什么": the naming words and the class of the thing named, which the text need not repeat
_NAMING_ASKED = re.compile(r"(?:叫|称|名)(?:作|做|为|是)?什么|什么(?:名|简称|称呼)|简称")
_NAMING_TAIL = re.compile(r"(?:通常|一般|又|也|还)?被?(?:简称|称为|称作|叫做|叫作|名为|叫|称)(?:为|作|做)?$")
_THING_CLASS = re.compile(r"的(?:那|这)?[份部个项条]?[\u4e00-\u9fff]{0,3}?(?:文件|战略|纲要|规划|政策|法律|法规|制度|工程|计划|"
                          r"板块|方案|意见|条例|草案|名称|名字)")


def named_thing(question: str, left: str) -> str:
    """Where a Chinese question asks what a thing is called, the words that describe the thing — before "的(那份)
    文件" or the naming verb — which its name follows in the text ("落实扶持小微企业新10条"); else ``left``."""
    if not _NAMING_ASKED.search(question):
        return left
    q = _QWORD.search(question)
    classes = [m for m in _THING_CLASS.finditer(question, 0, q.start() if q else len(question)) if m.start() >= 4]
    return question[:classes[-1].start()] if classes else (_NAMING_TAIL.sub("", left) or left)


def question_gap(question: str) -> tuple[str, str]:
    """The question's words left and right of its question word ("X的职业是什么" → ("X的职业", ""))."""
    q = question.strip().rstrip("？?！!。. ")
    m = _QWORD.search(q)
    if not m:
        return "", ""
    left = q[: m.start()].strip(" ，,")
    left = re.sub(r"(?<=..)一[个种些项批套条家]$", "", left)  # "建设一个怎样的政府": the text drops the measure word
    right = q[m.end():].strip(" ，,")
    right = re.sub(rf"^[{COUNTERS}]", "", right) if m.group(0).endswith("多少") else right  # "多少户|林区": 户 answers
    right = re.sub(r"^(?:类型|种类|形式|性质)的|[呢吗吧啊]$", "", right)  # "什么类型的社会": the text writes "X型社会"
    if m.group(0) == "谁" and re.match(r"来[\u4e00-\u9fff]{2}", right):  # "由谁来决定" ← "由集体讨论决定"
        right = right[1:]
    return left, right


def complete_noun(info: QuestionInfo, text: str, clause_start: int, clause_end: int, e: int,
                  max_add: int = NOUN_TAIL_MAX) -> int:
    """The answer's end, moved over the rest of the noun it stops inside or before ("长河医科" → "长河医科大学",
    "南湖路" → "南湖路小学"). A word the question also uses is taken only as the head noun right after the
    question word ("哪所小学"), never as its context ("谁的弟子" keeps "张三", not "张三弟子"; "谁饰演的X"
    keeps the actor). Not for figures, dates, lists or English questions, whose spans have their own ends."""
    # "哪个协定": the word after 哪个 is its noun, whatever the tagger says ("协定" as a verb); asked as 'who' too
    # (an organisation's question: "信息技术" + "协定"; not "谁的弟子")
    m = _QWORD.search(info.text)
    which = m is not None and _WHICH_NOUN.fullmatch(m.group(0).removeprefix("是")) is not None  # ("是哪个自贸区")
    if (info.qtype in ("list", "fact") or (which and info.qtype == "who")) and not info.english:
        right = re.sub(r"^的", "", question_gap(info.text)[1])  # "怎样的监控" → 监控, not "为目标"/"作为…"
        toks = tokens(right)  # ("先从哪些学生开始" ← "农村家庭经济困难" + "学生")
        k = next((i for i, (_, _, f) in enumerate(toks) if i >= which and f not in _NOUN_FLAGS | {"vn"}), len(toks))
        head = right[:toks[k - 1][1]] if k else ""
        n = next((i for i, (a, b) in enumerate(zip(head, text[e:clause_end])) if a != b), min(len(head), clause_end - e))
        noun = n >= 2 and not re.match(r"[一二两三四五六七八九十几\d]", right)  # not "两个" of "哪两个"
        # the head noun the text goes on with (not after items "A、B"); for a "who" asked 是哪个X, X a noun alone
        # ("首脑级会议" is no "首脑" of "首脑会议": the noun's own end is found below)
        if noun and "、" not in text[clause_start:e] and (head == right or info.qtype != "who"
                                                           or not m.group(0).startswith("是")):
            return e + n
        if info.qtype == "list":
            return e
    if info.qtype in ("number", "date", "list") or info.english:
        return e
    clause = text[clause_start:clause_end]
    end, toks = e - clause_start, tokens(clause)
    serial = _SERIAL.match(clause, end)
    if serial and end and "\u4e00" <= clause[end - 1] <= "\u9fff":  # a name's serial number: "长风" + "三号"
        return clause_start + serial.end()
    nounish = _NOUN_FLAGS | {"vn"} | (_PLACE_PARTS if PLACE_ASKED.search(info.text) else frozenset())
    for a, b, flag in toks:  # inside a word: to its end
        if a < end < b and b - end <= max_add and flag in nounish:
            end = b
    if not any(b == end and flag in nounish for _, b, flag in toks):
        return clause_start + end
    q, head = norm(_QWORD.sub(" ", info.text)), norm(question_gap(info.text)[1])  # "哪里" does not own "里"
    if (m := _QWORD.search(info.text)) and re.search(r"谁|哪里|哪儿", m.group(0)):  # "谁饰演的X": a predicate follows
        head = ""
    # "X中学叫什么名字": the name asked is a name of an X, so it may end with the question's X ("南湖中学", not "南湖")
    named = norm(_NAMED_TAIL.sub("", question_gap(info.text)[0])) if _NAME_ASKED.search(info.text) else ""
    added, start = "", end
    for a, b, flag in toks:
        if a < start:
            continue
        word = norm(clause[a:b])
        if a != end or len(added) + len(word) > max_add:
            break
        if word in q and not (flag in _NOUN_FLAGS and (head.startswith(added + word) or named.endswith(word))):
            break
        if word not in q and flag not in nounish:
            break
        added, end = added + word, b
    return clause_start + end


PLACE_HEAD_MAX = 6  # characters of larger places a place answer's start may move back over


def place_start(info: QuestionInfo, text: str, clause_start: int, s: int) -> int:
    """Where a place answer starts: back over the larger places and locality words written right before it
    ("南湖区" → "江南省北湖市南湖区", "巴黎" → "法国巴黎"), when a place is asked."""
    if info.english or not PLACE_ASKED.search(info.text) or s <= clause_start:
        return s
    start = s
    for a, _, flag in reversed(tokens(text[max(clause_start, s - PLACE_HEAD_MAX):s])):
        if flag not in ("ns", "f", "s"):
            break
        start = max(clause_start, s - PLACE_HEAD_MAX) + a
    # a token cut by the window, or a lone locality word ("在东…"), is not a place before the answer; a direction
    # written onto a place name is part of it ("分布于西|太平洋区")
    if start < s:
        before = tokens(text[start:s])
        if before[0][2] == "ns":
            return start
        after = tokens(text[s:s + 8])
        if len(before) == 1 and text[start:s] in _DIRECTIONS and after and after[0][2] == "ns" \
                and _after_verb_or_start(text, clause_start, start):
            return start
    return s


_DIRECTIONS = frozenset(("东", "西", "南", "北", "东北", "西北", "东南", "西南"))


def _after_verb_or_start(text: str, clause_start: int, k: int) -> bool:
    """Whether ``k`` starts its clause or follows a preposition or verb ("分布于|西…", "位于|东…")."""
    if k <= clause_start:
        return True
    last = tokens(text[max(clause_start, k - 6):k])
    return bool(last) and last[-1][2][:1] in ("p", "v")


_NAME_DOT = "·•・‧"
_NAME_PART = frozenset(("nr", "nrt", "nrfg", "nz", "ns", "eng", "n", "ng", "j"))


def join_name_parts(info: QuestionInfo, text: str, s: int, e: int) -> tuple[int, int]:
    """A transliterated name is whole: parts joined by a name dot ("约翰" + "·史密斯") are taken with the
    answer, on both sides, for 谁/什么 questions."""
    if info.qtype not in ("who", "fact") or info.english:
        return s, e
    while e + 1 < len(text) and text[e] in _NAME_DOT:
        toks = tokens(text[e + 1:e + 13])
        if not toks or toks[0][2] not in _NAME_PART:
            break
        e += 1 + toks[0][1]
    while s > 1 and text[s - 1] in _NAME_DOT:
        toks = tokens(text[max(0, s - 13):s - 1])
        if not toks or toks[-1][2] not in _NAME_PART:
            break
        s -= 1 + toks[-1][1] - toks[-1][0]
    if any(ch in _NAME_DOT for ch in text[s:e]) and s > 1:  # "是沙" + "尔顿·…": a first character split off
        toks = tokens(text[max(0, s - 8):s])
        if len(toks) >= 2 and toks[-1][1] - toks[-1][0] == 1 and toks[-1][2] in _NAME_PART \
                and toks[-2][2][:1] in ("v", "p", "x") and "\u4e00" <= text[s - 1] <= "\u9fff":
            s -= 1
    return s, e


_RANGE_ASKED = re.compile(r"(?:哪里?|何处|何地|什么地方)(?:到|至)(?:哪里?|何处|何地|什么地方)")
_RANGE_MARK = frozenset(("至", "到", "－", "—", "-", "~", "～"))


def range_start(info: QuestionInfo, text: str, clause_start: int, s: int) -> int:
    """"从哪里到哪里" asks both ends: an answer that is the range's end takes its start too ("南湖至" + "北湖")."""
    if info.english or not _RANGE_ASKED.search(info.text):
        return s
    base = max(clause_start, s - 10)
    toks = tokens(text[base:s])
    if len(toks) >= 2 and text[base + toks[-1][0]:s] in _RANGE_MARK and toks[-2][2] in _NAME_PART:
        return base + toks[-2][0]
    return s


# what a date goes on with: a later part of the period ("年底", "年代以后", "年间", "春季")
_DATE_TAIL = frozenset(("间", "前后", "初", "底", "末", "中叶", "中期", "后期", "前期", "早期", "晚期", "初期", "末期",
                        "上旬", "中旬", "下旬", "春季", "夏季", "秋季", "冬季", "春天", "夏天", "秋天", "冬天", "以后",
                        "之后", "以来", "年代"))
_NUM = r"(?:\d{1,4}|[一二三四五六七八九十〇零]{1,4})"
_MONTH_DAY = re.compile(rf"\s*{_NUM}\s*月(?:\s*{_NUM}\s*[日号])?")
_RANGE_END = re.compile(rf"\s*[-－—–~～至到]\s*{_NUM}\s*年")
_RANGE_START = re.compile(rf"{_NUM}\s*年(?:\s*{_NUM}\s*月)?(?:\s*{_NUM}\s*[日号])?\s*[-－—–~～至到]\s*$")
_TIME_OF_DAY = re.compile(r"\s*(?:凌晨|早上|上午|中午|下午|傍晚|晚上|深夜)?\s*\d{1,2}\s*(?:[时点:：]\s*\d{1,2}分?|[时点])")
_BC = re.compile(r"(?:公元前|(?:^|(?<=[于在至到从自，,（(、\s]))前)$")
DATE_TAIL_MAX = 12  # characters a date's continuation may add
PERIOD_ASKED = re.compile(r"(?:什么|哪个|哪一?)(?:时期|时代|年代|朝代|世纪|阶段)")


def date_tail(info: QuestionInfo, text: str, s: int, e: int) -> tuple[int, int]:
    """A date answer runs over the whole date the text writes: the month and day after a year ("二〇二一年"
    + "三月五日"), the hour after a day, a range's end ("2019年" + "－2021年间") or start, the part of the period
    ("2021年" + "春季", "19世纪中" + "叶"), 前 of a year before Christ: the time asked, not only a part of it.
    Date questions, and questions asking a period ("什么时期": "明代" + "晚期")."""
    if info.english or not (info.qtype == "date" or PERIOD_ASKED.search(info.text)):
        return s, e
    end = e
    if text[end - 1:end] == "年":
        m = _RANGE_END.match(text, end) or _MONTH_DAY.match(text, end)
        end = m.end() if m else end
    elif text[end - 1:end] in "日号":  # the hour of a day ("2021年4月2日" + "早上11时")
        m = _TIME_OF_DAY.match(text, end)
        end = m.end() if m else end
    if text[s:s + 1].isdigit():  # the start of a range it ends ("2019年9月至" + "2021年7月"), a year before Christ
        m = _RANGE_START.search(text, max(0, s - 16), s) or _BC.search(text, max(0, s - 3), s)
        s = m.start() if m else s
    near = text[max(s, end - 2):end + 4]
    base = max(s, end - 2)
    for a, b, flag in tokens(near):
        rest = text[end:base + b]
        if a < end - base < b and flag in ("t", "f") and len(rest) <= 2 \
                and (text[end - 1] not in "年月日号" or rest in _DATE_TAIL):  # "年才" is no time word
            end = base + b
        elif a == end - base and near[a:b] in _DATE_TAIL:
            end = base + b
        if base + a >= end:
            break
    return (s, end) if end - e <= DATE_TAIL_MAX else (s, e)


BRACKETS = ("（）", "()", "《》", "“”", "「」", "【】", "[]")


def closing_bracket(text: str, s: int, e: int) -> int:
    """The answer's end, moved past the bracket right after it that closes one it opened ("《城市规划条例" →
    "《城市规划条例》", "20度（华氏68度" → "20度（华氏68度）"): a quote is not cut off before its last character."""
    ans = text[s:e]
    if e < len(text) and any(text[e] == c and ans.count(o) > ans.count(c) for o, c in BRACKETS):
        return e + 1
    return e


_HIGHER_PART = re.compile(r"\d+(?:[.．]\d+)?\s*(?:万亿|亿)$")  # "3亿" before "2000万元": one figure
_UNIT_AFTER = re.compile(UNITS)
_ORDINAL_ASKED = re.compile(r"第\s*(?:几|多少)")
_ORDINAL = re.compile(r"第\s*$")  # "第几届" is answered "第26届", not "26届"
_APPROX = re.compile(r"(?:大约|约|将近|接近|(?<![最附])近|超过|不足|不到|逾|多达)$")  # part of the figure: "约2万人", not "2万人"
_SUBUNIT = re.compile(r"\d{1,3}(?![\d.．])")  # "9秒" + "58": the rest of a time or length written in parts
_MEASURED_AS = re.compile(r"标准煤|标煤|油当量")  # "8000万吨" + "标准煤": what the tonnes are counted in


def figure_whole(info: QuestionInfo, text: str, s: int, e: int) -> tuple[int, int]:
    """A figure answer is the whole figure the text writes: its higher part ("3亿" + "2000万元"), the unit
    after an approximate count ("56万多" + "人"), the word that makes it approximate or a bound ("约" + "2万人",
    "超过" + "300所"), the rest of a figure written in parts ("9秒" + "58"), 第 of an ordinal asked ("第几届"), what
    tonnes are counted in ("8000万吨" + "标准煤")."""
    if info.qtype != "number" or info.english or s >= e:
        return s, e
    if text[s].isdigit():
        m = _HIGHER_PART.search(text, max(0, s - 12), s) or (_ORDINAL_ASKED.search(info.text)
                                                            and _ORDINAL.search(text, max(0, s - 3), s))
        if m:
            s = m.start()
    m = _APPROX.search(text, max(0, s - 4), s)
    if m and m.group(0) not in info.text:  # "超过多少": the question says it already
        s = m.start()
    if text[e - 1] in "多余":
        m = _UNIT_AFTER.match(text, e)
        if m:
            e = m.end()
    elif text[e - 1] in "秒米" and e - 2 >= s and text[e - 2].isdigit():
        m = _SUBUNIT.match(text, e)
        if m:
            e = m.end()
    elif text[e - 1] == "吨":
        m = _MEASURED_AS.match(text, e)
        if m:
            e = m.end()
    return s, e


# A term and its gloss in brackets are one answer: an old place name and its modern one ("X郡Y（今Z市）"), a
# reign year and its common-era year ("某某三年（1370年）"). Annotators and readers take both.
_MODERN_GLOSS = re.compile(r"[（(](?:今|即|现|现为|今属)[^（()）\n，。；]{1,20}[）)]")
_YEAR_GLOSS = re.compile(r"[（(]\s*(?:公元)?前?\d{1,4}\s*年\s*[）)]")
# another name for what the answer names, written right after it: an alias, an original, a conversion
# ("东日本旅客铁道（JR东日本）", "28℃（82°F）"); not a clause in brackets, an empty one or a reference ("见下文")
_ALIAS = re.compile(r"[（(](?!见|参见|详见|下同|注)[^（()）\n，。；;、！？!?]{1,20}[）)]")
ALIAS_ANSWER_MAX = 25  # characters: a name or figure carries its alias; a longer answer says enough already
_ERA_YEAR = re.compile(r"(?:[\u4e00-\u9fff][宗帝祖])?[\u4e00-\u9fff]{2}(?:元|初|\d{1,3}|[一二三四五六七八九十]{1,3})年$")
_TERM_STOP = ("v", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "x", "m", "t", "f", "q", "vn")
GLOSS_TERM_MAX = 12  # characters the glossed term before a bracket may take


def _term_before(text: str, k: int) -> int:
    """Where the noun phrase that ends at ``k`` starts: back over nouns and names to the verb, preposition or
    mark before them ("到封地临水" → "封地临水"); ``k`` when there is none."""
    lo = max(0, k - GLOSS_TERM_MAX)
    for p in _CLAUSE_END + "（()）":
        lo = max(lo, text.rfind(p, lo, k) + 1)
    start = k
    for a, _, flag in reversed(tokens(text[lo:k])):
        if flag in _TERM_STOP:
            break
        start = lo + a
    return start


def glossed(text: str, s: int, e: int) -> tuple[int, int]:
    """An answer with its gloss: the bracket after it that names the same place or year in other words
    ("南郡临水" → "南郡临水（今某省某市）", "永和七年" → "永和七年（1621年）") or gives another name for a short
    answer ("东日本旅客铁道（JR东日本）"), and the term before it when the answer
    is the gloss itself ("1621年" → "永和七年（1621年）")."""
    if s >= e:
        return s, e
    m = _MODERN_GLOSS.match(text, e) or (_ERA_YEAR.search(text, max(0, e - 10), e) and _YEAR_GLOSS.match(text, e)) \
        or (e - s <= ALIAS_ANSWER_MAX and _ALIAS.match(text, e))
    if m:
        return s, m.end()
    o = s - 1
    if o >= 1 and text[o] in "今即":
        o -= 1
    if o < 1 or text[o] not in "（(" or text[e:e + 1] not in "）)":
        return s, e
    if _YEAR_GLOSS.fullmatch(text, o, e + 1):
        era = _ERA_YEAR.search(text, max(0, o - 10), o)
        return (era.start(), e + 1) if era else (s, e)
    if o < s - 1:  # "（今Y）": the older name before it
        t = _term_before(text, o)
        return (t, e + 1) if t < o else (s, e)
    return s, e


OPENING_REACH = 30  # characters back an answer's start may move to the bracket it closes


def opening_bracket(text: str, s: int, e: int) -> int:
    """The answer's start, moved back to the bracket or quote it closes but does not open ("湖风物志》、《X》"
    → "《南湖风物志》、《X》") when that is near; past a closing mark it starts with ("」次月…" → "次月…")."""
    while s < e and any(text[s] == c for o, c in BRACKETS if o != c):
        s += 1
    ans = text[s:e]
    for o, c in BRACKETS:
        i = ans.find(c)
        if o == c or i < 0 or 0 <= ans.find(o) < i:
            continue
        k = text.rfind(o, max(0, s - OPENING_REACH), s)
        if k >= 0 and c not in text[k:s]:
            s = k
    return s


def close_open_brackets(text: str, s: int, e: int, keep: int) -> tuple[int, int]:
    """Cut a widened answer before a bracket it opens but does not close ("李某（字子" → "李某"), as long
    as the cut keeps everything up to ``keep`` (the end of the best span)."""
    for opening, closing in BRACKETS:
        depth, cut = 0, None
        for i in range(s, e):
            if text[i] == opening:
                depth, cut = depth + 1, (i if depth == 0 else cut)
            elif text[i] == closing and depth:
                depth -= 1
                cut = None if depth == 0 else cut
        if depth and cut is not None and cut >= keep:
            e = cut
            while e > s and text[e - 1] in "，,、；;：: ":
                e -= 1
    return s, e


# A reason is asked (not "改为什么"); a reason, a description, a how or a definition is answered with a statement,
# so the sentence that makes it, not a phrase ("有什么功能", "目的是什么", "是怎么产生的", "什么是X", "X是什么" with
# no attribute named; not "怎样的方案", "X的地址是什么")
_WHY_ASKED = r"(?<![改成作称列定分视认选评转变划名])为(?:什么|何)|原因"
_ASPECTS = r"(?:功能|机制|定义|意思|含义|意义|用途|目的|主张)"
WHY = re.compile(_WHY_ASKED)
DESCRIBE = re.compile(_WHY_ASKED + r"|特点|特征|特色|作用|影响|由来|不同|区别"
                      rf"|(?:什么|何种)(?:样的)?{_ASPECTS}|{_ASPECTS}(?:是|为)(?:什么|何)|(?:怎么|如何|怎样)(?!的)"
                      r"|^\s*(?:什么是|何谓)|^[^的，,]{2,14}(?:是|指)(?:什么|何物)\s*[？?]?\s*$")
_CONSEQUENCE = re.compile(r"(?:因此|所以|因而|于是|从而|故而|以致|致使)")
_CLAUSE_END = "，,；;。！？!?\n"


def reason_before(text: str, s: int, e: int, max_len: int) -> tuple[int, int]:
    """For a why-question answered with a consequence ("因此被称为X", "…，所以X"), the reason the text gives
    before the marker, with the consequence when both fit in ``max_len`` characters: what is asked is why."""
    cs = max(text.rfind(p, 0, s) for p in _CLAUSE_END) + 1  # the start of the clause the answer starts in
    m = _CONSEQUENCE.match(text, cs) or _CONSEQUENCE.match(text, s)
    if not m:
        return s, e
    j = m.start()
    while j > 0 and text[j - 1] in _CLAUSE_END + " ":
        j -= 1
    rs = max(text.rfind(p, 0, j) for p in "。！？!?\n") + 1  # the reason: its sentence up to the marker
    if j - rs < 2:
        return s, e
    if e - rs <= max_len:
        return rs, e
    return (rs, j) if j - rs <= max_len else (s, e)


def whole_sentence(text: str, sp: Span, s: int, e: int, max_len: int) -> tuple[int, int]:
    """The answer grown to the sentence it lies in (without the sentence's end mark), if that is ``max_len``
    characters or fewer."""
    ss, se = sp.sent_start, sp.sent_end
    while se > ss and text[se - 1] in "。！？!?；;，,、 \n":
        se -= 1
    if se - ss > max_len or ss > s or se < e:
        return s, e
    return ss, se


def answer_edges(info: QuestionInfo, text: str, clause_start: int, clause_end: int, s: int, e: int) -> tuple[int, int]:
    """Where the chosen (and widened) answer starts and ends: not inside a word, over its noun's tail, its
    larger places, its name's parts, the head noun asked, the rest of its date or figure, the item joined to
    it, its gloss, and the brackets it opens or closes."""
    s, e = snap_to_words(info, text, s, e)
    e = complete_noun(info, text, clause_start, clause_end, e)
    s = place_start(info, text, clause_start, s)
    s = range_start(info, text, clause_start, s)
    s = bound_start(info, text, clause_start, s)
    s, e = join_name_parts(info, text, s, e)
    s, e = add_head(info, text, s, e)
    e = through_last_noun(info, text, e)
    s, e = name_tail(info, text, s, e)
    s, e = date_tail(info, text, s, e)
    s, e = figure_whole(info, text, s, e)
    s, e = name_tail(info, text, *coordinated(info, text, s, e))  # "甲区和乙区" + "交界处"
    if not info.english:
        s, e = glossed(text, s, e)
    s = opening_bracket(text, s, e)
    return s, closing_bracket(text, s, e)
