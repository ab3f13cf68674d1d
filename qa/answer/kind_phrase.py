"""The phrase a "什么样的X" question asks ("实施什么样的货币政策" ← "适度宽松的货币政策"): the modifier with its noun, inside
the clause chosen. Pure text logic, apart from the rest of an answer's extent (``qa.answer.boundaries``)."""
from __future__ import annotations

import re

from qa.answer.features import norm
from qa.answer.spans import tokens

_ASKS_KIND_OF = re.compile(r"(?:什么样|怎样|怎么样|何种)的?([\u4e00-\u9fff]{2,12})")
# what comes before a modifier: a verb ("实施适度宽松的货币政策") or another modified noun and a conjunction
# ("积极的财政政策和稳健的货币政策"); a list of modifiers ("权责一致、分工合理的") stays whole, an item of it opening on
# a verb too ("…、执行顺畅、监督有力的"; not "统筹发展、加快构建便捷、安全的")
_BEFORE_MODIFIER = re.compile(r".*?(?<!、)(?:实施|实行|执行|采取|坚持|继续|保持|推行|采用|形成|建立|建设|构建|转向|转为|改为|是)了?")
_OTHER_MODIFIED = re.compile(r".*的[^的]*?(?:和|与|及|、|同)")
# the noun a "什么X" question ends its clause with ("实行了什么审计？", "什么样的审计", "哪种补贴办法"); not a
# verb or preposition after 什么 ("以什么为主线", "把什么作为…", "靠什么来实现", "什么的一部分"), nor after a
# preposition: its object is no kind of the noun that follows ("因什么而著名", "由什么引爆", "用什么泡封敌人")
_ASKS_WHAT_NOUN = re.compile(r"(?<![用以因由随着为把被对向在从靠凭按据将])(?:什么样的?|什么|何种|哪种|哪类|哪一类|哪项|哪一项|"
                             r"怎样的|怎么样的)"
                             r"((?![的而为作是来用以把被将对向在于给让使到从由与和及仍也都还就又再才要会能可应靠之])"
                             r"[\u4e00-\u9fff]{2,8})(?:[？?，,。；;！!]|$)")
_CLAUSE_END = "，,。；;：:？?！!、）)"


def kind_asked(question: str, text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where a Chinese question asks what kind of thing it is ("什么样的货币政策"), the phrase "M的货币政策" inside
    the answer ``s:e`` ("适度宽松的货币政策"), not the clause that holds it; an M the question names itself ("由积极的
    财政政策转向什么样的") is not the answer. None when the answer holds no such phrase."""
    m = _ASKS_KIND_OF.search(question)
    if not m:
        return None
    noun, q = m.group(1), norm(question)
    for n in range(len(noun), 1, -1):
        head, i = "的" + noun[:n], text.find("的" + noun[:n], s, e)
        found = False
        while i >= 0:
            found = True
            a = max((j + 1 for j in range(s, i) if text[j] in "，,。；;：:！!？?（(“"), default=s)
            lead = _BEFORE_MODIFIER.match(text, a, i)
            a = lead.end() if lead else a
            other = _OTHER_MODIFIED.match(text, a, i)
            a = other.end() if other else a
            if 0 < i - a <= 30 and norm(text[a:i]) not in q:
                return a, i + len(head)  # with its noun: "适度宽松的货币政策" answers whether M or "M的N" is expected
            i = text.find(head, i + 1, e)
        if found:
            return None
    return None


def noun_after(question: str, text: str, e: int) -> int | None:
    """Where a Chinese question asks what kind of X ("实行了什么审计") and the answer ending at ``e`` is followed by
    that X in the text ("实行了经济责任|审计"), the end after it: the kind is named with its noun ("经济责任审计",
    "全面审计"), as a reader would say it. None otherwise."""
    m = _ASKS_WHAT_NOUN.search(question)
    if not m:
        return None
    noun = m.group(1)
    if text.startswith(noun, e):
        return e + len(noun)
    # the answer already ends with the noun's first word and the text goes on with its last, a noun ("带薪年休假" +
    # "制度" for "哪项休假制度"; not a verb or phrase: "哪种疫情蔓延", "什么样的国家为目标")
    for n in range(len(noun) - 1, 1, -1):
        if text.endswith(noun[:n], 0, e) and text.startswith(noun[n:], e):
            tail = tokens(noun[n:])
            return e + len(noun) - n if len(tail) == 1 and tail[0][2].startswith("n") else None
    # a part of it only where the text's clause ends there ("进行全面审计，" for "什么样的审计工作？")
    return next((e + n for n in range(len(noun) - 1, 1, -1)
                 if text.startswith(noun[:n], e) and (e + n == len(text) or text[e + n] in _CLAUSE_END)), None)
