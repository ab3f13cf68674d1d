"""Near misses by subject, for a question asked of a named report ("2017年政府工作报告中，2016年国防支出预算增长多少"):
the nouns of its asking clause, in the report's own terms, name what the figure is of, so a figure whose sentence
(and the one before) names none of them belongs to a neighbouring indicator ("对地方一般性转移支付规模增长9.5%").
Asked in a reader's own words ("物价", "经济" for what the text calls 居民消费价格, 国内生产总值), the nouns say
little: measured on the tune sets, +11 −10 for every question, so only where the report is named. Pure text logic."""
from __future__ import annotations

import re

from qa.answer.features import Scored, norm
from qa.answer.focus_rules import focus_words, names
from qa.answer.place_rules import SCOPE_ALIKE
from qa.answer.question import QuestionInfo
from qa.answer.spans import tokens
from qa.retrieve.years import report_year

_NOUN_TAGS = ("n", "nz", "nt", "ns", "vn", "j", "nl", "ng")
# nouns that set the scene of any figure rather than name what it measures
GENERIC = frozenset(("全国", "我国", "中国", "国家", "中央", "地方", "政府", "报告", "工作", "全年", "当年", "年底", "年末",
                     "总额", "总量", "规模", "数量", "人数", "水平", "比例", "比重", "幅度", "速度", "标准", "情况", "方面",
                     "目标", "计划", "预期", "任务", "资金", "投入", "经费", "增长", "增加", "具体", "时间"))
_CLAUSES = re.compile(r"[，,；;：:]")
_ASK = re.compile(r"多少|几")
_SOURCE = re.compile(r"报告|讲话")


def asked_nouns(question: str, df: dict[str, int]) -> list[str]:
    """The nouns of the question's asking clause before its question word that the corpus uses."""
    parts = [p for p in _CLAUSES.split(question) if _ASK.search(p)]
    if not parts:
        return []
    clause = parts[-1][:_ASK.search(parts[-1]).start()]
    clause = clause[_SOURCE.search(clause).end():] if _SOURCE.search(clause) else clause  # "2008年报告安排的…"
    return list(dict.fromkeys(clause[s:e] for s, e, flag in tokens(clause)
                              if e - s >= 2 and flag in _NOUN_TAGS and clause[s:e] not in GENERIC
                              and df.get(clause[s:e], 0) >= 1 and not any(ch.isdigit() for ch in clause[s:e])))


def subject_absent(info: QuestionInfo, around: str, df: dict[str, int]) -> str:
    """A figure asked of a named report whose sentence (and the one before) names none of the nouns asked."""
    if info.qtype != "number" or info.english or not report_year(info.text):
        return ""
    nouns = asked_nouns(info.text, df)
    text = norm(around)
    if nouns and not any(norm(a) in text for w in nouns for a in SCOPE_ALIKE.get(w, (w,))):  # 城乡 names 农村 too
        return "the figure's sentence names none of the nouns asked"
    return ""


SUBJECT_MIN = 4  # characters before a figure in its clause that name an indicator of its own ("货物进出口总额")
_OPENERS = re.compile(r"^(?:其中|全年|去年|今年|当年|同期|全国|我国|比上年|比去年|同比|累计|共|约|达到|达|为|是|超过|突破|\s)+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_POINTS_BACK = re.compile(r"这些|上述|这方面|这几项|以上")


def focus_elsewhere(info: QuestionInfo, c: Scored, df: dict[str, int]) -> str:
    """A figure asked of a named report whose own clause opens on an indicator (``SUBJECT_MIN``+ characters before
    it) naming none of the question's focus words, though its sentence may ("全年货物进出口总额3.64万亿美元，…贸易
    顺差进一步下降" asked 贸易顺差; for every question, +1 −10 on the tune sets)."""
    if info.qtype != "number" or info.english or not report_year(info.text):
        return ""
    strong = focus_words(info, df)
    text, sp = c.chunk.text, c.span
    subject = _OPENERS.sub("", norm(text[sp.clause_start:sp.start]))
    # (a clause that points back, "用于这些方面的支出987亿元", is about what its sentence named before it)
    start = sp.sent_start if _POINTS_BACK.search(subject) else sp.clause_start
    if not strong or len(_CJK.findall(subject)) < SUBJECT_MIN \
            or any(names(w, norm(text[start:sp.clause_end])) for w in strong):
        return ""
    return "the figure's clause is about another indicator"
