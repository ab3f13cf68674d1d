"""Everyday Chinese → the written vocabulary of reports: a lexical bridge for paraphrased questions.

People ask "南湖区城里有多少人找到了工作" where a report writes "城镇新增就业"; no word of the question occurs
in the answer's sentence, so keyword search and the reader's word overlap both miss it. A colloquial word is
replaced by its written form only when the indexed corpus hardly uses the colloquial word and does use the
written one (so an article that says "钱" keeps it, and a report's own "看病难" stays as it is). The table is
vocabulary, not any document's facts.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from qa.ingest.dating import plan_first_year
from qa.retrieve.glossary import english_to_chinese_terms
from qa.retrieve.years import report_year
from qa.text import _get_jieba, tokenize

# colloquial forms separated by "/", then "=", then written forms by "|" (the first one the corpus knows is used)
TABLE = """
老百姓/平民百姓 = 居民|群众
城里/城市里/城里头/城镇里 = 城镇
乡下/村里/乡村里 = 农村
找到工作/找着工作/有了工作/新上岗/上岗/新找到工作 = 新增就业|就业
丢了工作/没了工作/没有工作/丢掉饭碗 = 失业
工钱/薪水/薪酬 = 工资
花的钱/花了多少钱/花钱/开销/开支 = 支出
少掏/少交/少缴/少花 = 减轻
涨到 = 提高到
降到 = 降低到|下降到
活到/能活/平均寿命/寿命 = 预期寿命
研发 = 研究与试验发展
高铁 = 高速铁路
经济总量/经济规模 = 国内生产总值
经济增长率/经济增速/经济增长速度/经济增幅 = 国内生产总值增长
物价 = 居民消费价格
房子 = 住房
穷人/穷困人口/贫困户/穷苦人 = 贫困人口
打工的/打工者/进城打工的 = 农民工
外出打工/出去打工 = 外出务工|外出
种粮食 = 粮食
医保 = 医疗保险
社保 = 社会保险
低保 = 最低生活保障
养老钱/退休金/退休工资 = 养老金
喝上干净水/喝上干净的水/喝上干净放心的水/喝水 = 饮水|安全饮水
外贸 = 进出口
个税 = 个人所得税
门槛 = 起征点
学费 = 学杂费
财政缺口/入不敷出 = 财政赤字|赤字
比年度预算多收/比预算多收/比预算多收入 = 超收
投资盘子 = 投资规模
3G手机用户/3G用户 = 第三代移动通信用户
3G手机/3G网络 = 第三代移动通信|3G
4G手机用户/4G用户 = 第四代移动通信用户
4G手机/4G网络 = 第四代移动通信|4G
5G手机用户/5G用户 = 第五代移动通信用户
5G手机/5G网络 = 第五代移动通信|5G
CPI/cpi = 居民消费价格
GDP/gdp/Gdp = 国内生产总值
"""
PHRASE = 4  # characters of a colloquial phrase rewritten into a written form the corpus uses at all
RARE = 3  # a colloquial form in at most this many passages is rewritten ...
COMMON = 5  # ... into a written form in at least this many (the rarest of its words) ...
COMMON_PER_PASSAGES = 150  # ... or, in a smaller corpus, in one passage of this many (at least 2): a single report
# of ~120 passages writes 国内生产总值 in 8, and "GDP" asked of it would stay unread


def _load(table: str) -> list[tuple[str, tuple[str, ...]]]:
    out: list[tuple[str, tuple[str, ...]]] = []
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        left, right = (p.strip() for p in line.split("=", 1))
        written = tuple(w.strip() for w in right.split("|") if w.strip())
        out.extend((c.strip(), written) for c in left.split("/") if c.strip())
    return sorted(out, key=lambda cw: -len(cw[0]))  # longest first: "花了多少钱" before "钱"


_ENTRIES = _load(TABLE)
_TABLE_WORDS = {c.lower() for c, _ in _ENTRIES}


def _count(phrase: str, df: Mapping[str, int]) -> int:
    """Passages that use ``phrase``: the document frequency of its rarest word (0 for a word never indexed)."""
    words = tokenize(phrase) or [phrase]
    return min(df.get(w, 0) for w in words)


def _overlap(done: str, form: str) -> int:
    """How many of ``form``'s first characters the question already says just before it (fewer than all)."""
    return next((k for k in range(len(form) - 1, 0, -1) if done.endswith(form[:k])), 0)


# a year written with its century left out and a leading zero ("04年", "07年"): never a count of years
_SHORT_YEAR = re.compile(r"(?<![\d.．])0(\d)\s*年")


def full_years(question: str) -> str:
    """"04年粮食产量" → "2004年粮食产量": reports write years in full. Only a leading zero says a year is
    shortened ("10年" may be ten years)."""
    return _SHORT_YEAR.sub(r"200\1年", question)


# the first or last year of a Five-Year Plan ("“十一五”开局之年"): reports write the year itself
_PLAN_END_YEAR = re.compile(r"(?<![第\d一二三四五六七八九十])[“\"「]?(十)?([一二三四六七八九])?五[”\"」]?(?:规划|时期|计划)?的?\s*"
                            r"(开局之年|开局年|起步之年|第一年|首年|收官之年|收官年|最后一年|末年)")


def plan_years(question: str) -> str:
    """"“十一五”开局之年…" → "2006年“十一五”开局之年…": the year a plan's first or last year is, written before
    the words that name it."""
    def year(m: re.Match[str]) -> str:
        start = plan_first_year(m.group(1), m.group(2))
        if not start:
            return m.group(0)
        first = m.group(3) in ("开局之年", "开局年", "起步之年", "第一年", "首年")
        return f"{start if first else start + 4}年{m.group(0)}"
    return _PLAN_END_YEAR.sub(year, question)


# "去年" in a question naming a report ("据2004年报告，去年…"): the year before the report's, not a comparison ("比去年")
_LAST_YEAR = re.compile(r"(?<![比较同与和跟])(?:去年|上一年)(?!同期)")


def relative_years(question: str) -> str:
    """"据2004年报告，去年…有多少" → "据2004年报告，2003年…": the report's last year, as its review and the next
    report write it, where a figure is asked (a report year's own "今年" is that year, already named)."""
    named = report_year(question) if "多少" in question else 0  # (a figure asked: its year decides which one)
    return _LAST_YEAR.sub(f"{named - 1}年", question) if named else question


# an acronym in a Chinese question ("WTO", "APEC", "G20"; not a name in Latin letters, "eye Taiwan"): a report
# writes the Chinese name
_LATIN = re.compile(r"(?<![A-Za-z0-9.])[A-Z][A-Z0-9.]*[A-Z0-9](?![A-Za-z0-9])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def latin_terms(question: str, df: Mapping[str, int]) -> str:
    """A Chinese question's Latin acronyms the corpus hardly uses, as the glossary's first Chinese name the
    corpus uses more ("中国何时成为WTO成员" → "…世界贸易组织成员"): a translation, not a paraphrase, so no
    minimum use is asked of it."""
    if not _CJK.search(question):
        return question

    def chinese(m: re.Match[str]) -> str:
        word = m.group(0)
        own = _count(word, df)
        if own > RARE or word.lower() in _TABLE_WORDS:  # the table's forms have its own rule ("GDP")
            return word
        # the glossary's first name is the full one, which a report's statements use ("世界贸易组织")
        return next((t for t in english_to_chinese_terms(word) if _CJK.search(t) and _count(t, df) > own), word)
    return _LATIN.sub(chinese, question)


def common_count(passages: int | None) -> int:
    """Passages a written form must be used in to replace a colloquial one, in a corpus of ``passages``."""
    return COMMON if passages is None else max(2, min(COMMON, round(passages / COMMON_PER_PASSAGES)))


# an aside naming what the figure asked leaves out ("县医院（不算县中医院和县妇幼保健院）有多少所"): its words are
# not what is asked, and would pull the reading towards the figures of the things left out
_EXCLUDED_ASIDE = re.compile(r"[（(]\s*(?:不算|不包括|不含|不计|不计入|不包含)[^（）()]{1,40}[）)]")


def written_form(question: str, df: Mapping[str, int], passages: int | None = None) -> str:
    """``question`` with the colloquial words the corpus does not use replaced by the written words it uses,
    its Latin acronyms by their Chinese names, its shortened years written in full, a plan's first or last
    year named and an aside naming what is left out dropped. ``passages``: the corpus's size (None: a large one)."""
    question = relative_years(plan_years(full_years(_EXCLUDED_ASIDE.sub("", question))))
    common = common_count(passages)
    cuts = {0}
    for word in _get_jieba().cut(question):  # a colloquial form must be whole words ("涨", not the 涨 of "涨幅")
        cuts.add(max(cuts) + len(word))
    out, i = [], 0
    while i < len(question):
        hit = next(((c, w) for c, w in _ENTRIES if question.startswith(c, i) and i in cuts and i + len(c) in cuts),
                   None)
        if hit is None:
            out.append(question[i])
            i += 1
            continue
        colloquial, written = hit
        own = _count(colloquial, df)
        form = next((w for w in written if _count(w, df) >= common), "") if own <= RARE else ""
        if not form and own == 0 and len(colloquial) >= PHRASE:  # a phrase the corpus never writes ("比预算多收"):
            form = next((w for w in written if _count(w, df) > 0), "")  # any written form it writes is closer
        form = form[_overlap("".join(out), form):] if form else ""  # "财政" + "入不敷出" → "财政赤字", not "财政财政赤字"
        if form and "多少" in colloquial and "多少" not in form:  # "花了多少钱" → "支出多少": still a question of a figure
            form += "多少"
        out.append(form or colloquial)  # a colloquial form the corpus uses stays as it is
        i += len(colloquial)
    return latin_terms("".join(out), df)
