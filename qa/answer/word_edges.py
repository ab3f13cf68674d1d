"""An answer's edges fall between words: not inside a word the tagger wrote whole, not before the last
character or two of a name that runs on to the punctuation, not between two items the text joins as one
("A大学与B大学"); a name runs on to the noun the question ends on, a figure keeps the bound before it. Pure text
logic on jieba tokens, for answers that are names, places, other nouns and figures."""
from __future__ import annotations

import re

from qa.answer.features import norm
from qa.answer.question import QuestionInfo
from qa.answer.spans import tokens

_WINDOW = 10  # characters of context tokenized on each side of an edge
WORD_EDGE_MAX = 3  # characters an edge may move to reach the end of the word it cuts
NAME_TAIL_MAX = 3  # characters a name's cut-off rest may add before the punctuation that ends it
_STOP = re.compile(r"[\s，,。；;：:！!？?、（）()《》“”\"「」『』【】\[\]…—·•]")
# characters that begin or are function words and verbs, so a tail holding one is not the rest of a name
_FUNCTION = frozenset("的了是在和与及或为于也都就被把将有着过等说去来向从对以而并但则又再还要会能可让使给到得地之其此该这那各每")
_TAIL_FLAGS = frozenset(("n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng", "g", "j", "q", "f", "s", "eng", "nl", "m"))
_NAMEISH = frozenset(("nr", "nrfg", "nrt", "ns", "nz", "nt", "eng", "j"))
_JOIN = "和与及或、"
COORD_MAX = 12  # characters the second of two joined items may take


def _applies(info: QuestionInfo) -> bool:
    return not info.english and info.qtype not in ("number", "date")


def _window(text: str, k: int) -> tuple[int, list[tuple[int, int, str]]]:
    base = max(0, k - _WINDOW)
    return base, tokens(text[base:k + _WINDOW])


def snap_to_words(info: QuestionInfo, text: str, s: int, e: int) -> tuple[int, int]:
    """An answer that starts or ends inside a word takes the whole word ("南洋球" of "南洋球队" → "南洋球队",
    "黑色" of "漆黑色" → "漆黑色"), when that adds at most a few characters and no punctuation."""
    if not _applies(info) or s >= e:
        return s, e
    base, toks = _window(text, s)
    for a, b, _ in toks:
        if base + a < s < base + b and s - (base + a) <= WORD_EDGE_MAX and not _STOP.search(text[base + a:s]):
            s = base + a
            break
    base, toks = _window(text, e)
    for a, b, _ in toks:
        if base + a < e < base + b and base + b - e <= WORD_EDGE_MAX and not _STOP.search(text[e:base + b]):
            e = base + b
            break
    return s, e


def name_tail(info: QuestionInfo, text: str, s: int, e: int) -> tuple[int, int]:
    """A name that the tagger cut before its last characters ("南野泰" + "道", "临川" + "鸣", "南湖岛" + "东部")
    runs on to the punctuation right after it: a rest of at most ``NAME_TAIL_MAX`` characters, no function
    word, not a word of the question (except the end of the name asked about: "X雀鲷的俗名" keeps "…雀鲷")."""
    if not _applies(info) or s >= e:
        return s, e
    m = _STOP.search(text, e, e + NAME_TAIL_MAX + 1)
    stop = m.start() if m else (len(text) if len(text) - e <= NAME_TAIL_MAX else -1)
    if stop <= e:
        return s, e
    rest = text[e:stop]
    if any(ch in _FUNCTION for ch in rest) or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", rest):
        return s, e
    q = norm(info.text)
    if rest in q:
        subject = norm(re.split(r"的|叫|是|又|有", info.text)[0])
        if not subject.endswith(rest):
            return s, e
    base, toks = _window(text, e)
    last = [f for a, b, f in toks if base + a < e <= base + b]
    tail = [f for a, b, f in toks if e <= base + a < stop]
    name_before = bool(last) and last[0] in _NAMEISH
    if all(f in _TAIL_FLAGS for f in tail) or (name_before and len(rest) == 1):
        return s, stop
    return s, e


def coordinated(info: QuestionInfo, text: str, s: int, e: int) -> tuple[int, int]:
    """Two items the text joins ("甲大学与乙大学", "一号信号或三号信号", "20世纪和21世纪") are answered together
    when the one after the conjunction ends with the answer's last character and holds no function word: both
    are things of the asked kind."""
    if info.english or info.qtype == "number" or s >= e:
        return s, e
    answer = text[s:e]
    if len(answer) < 2 or not re.search(r"[\u4e00-\u9fff]$", answer):
        return s, e
    end, last = e, answer[-1]
    while end < len(text) and text[end] in _JOIN:
        m = _STOP.search(text, end + 1, end + 2 + COORD_MAX)
        window = text[end + 1:m.start() if m else end + 1 + COORD_MAX]
        ends = [k for k in range(len(window), 1, -1) if window[k - 1] == last
                and not any(ch in _FUNCTION for ch in window[:k])]
        if not ends:
            break
        end += 1 + ends[0]
    return s, end


_LAST_NOUN_REACH = 10  # characters after an answer in which the question's last noun may close its name
_NAME_CLASS = re.compile(r"(?:计划|工程|方案|规划|战略|政策|制度|条例|法|纲要|行动|体系|机制|项目|任务|试点|改革|区)$")
_KIND_WORDS = re.compile(r"什么样|怎样|怎么样|何种")
_PUNCT = frozenset("，,。；;：:！!？?、（()）“”\"《》\n")


def through_last_noun(info: QuestionInfo, text: str, e: int) -> int:
    """A name answered up to the noun the question ends on ("哪项…行动计划" → "土壤污染" + "防治行动计划", "什么…工程"
    → "…地区" + "扶贫开发攻坚工程"), when that noun is the class a policy's or plan's name ends on and the text writes
    it right after the answer, before any punctuation or 的 (not "哪个漫画家的作品" ← "峰仓" + "和也的漫画作品")."""
    if info.english or info.qtype not in ("fact", "who") or _KIND_WORDS.search(info.text):  # "怎样的X": a modifier
        return e
    toks = [t for t in tokens(info.text) if t[2] not in ("x", "w", "y", "ul", "uj")]
    if not toks or not toks[-1][2].startswith("n") or toks[-1][1] - toks[-1][0] < 2:
        return e
    noun = info.text[toks[-1][0]:toks[-1][1]]
    if not _NAME_CLASS.search(noun):  # the class a policy's or plan's name ends on, not any noun ("作品")
        return e
    stop = next((k for k in range(e, min(len(text), e + _LAST_NOUN_REACH)) if text[k] in _PUNCT or text[k] == "的"),
                None)
    at = text.find(noun, e, stop if stop is not None else e + _LAST_NOUN_REACH)
    return at + len(noun) if at > e else e


_BOUND_BEFORE = re.compile(r"(?:超过|不低于|不少于|不超过|不高于|低于|高于|多于|少于)$")


def bound_start(info: QuestionInfo, text: str, clause_start: int, s: int) -> int:
    """A figure answered with the bound written before it ("年均实际增长超过7%" → "超过7%"): without it the answer says
    another figure (a floor is not the figure itself)."""
    if info.qtype != "number" or not text[s:s + 1].isdigit():
        return s
    m = _BOUND_BEFORE.search(text, max(clause_start, s - 3), s)
    return m.start() if m else s
