"""One figure asked among parallel ones: "甲、乙、丙分别X、Y和Z" or "甲…X，乙…Y" — the asked item's figure.

Reports pack parallel figures into one clause ("早籼稻、中晚籼稻、粳稻每50公斤分别提高3元、5元和10元",
"二氧化硫、氮氧化物排放要分别减少3%左右和5%左右"). The ranker sees every figure of such a clause next to the
same words, so it cannot tell which belongs to the item asked; the order can. The items are the parts joined by
、/和/与/及 before 分别 in its clause, the figures those after it in the same clause; when both counts agree and
exactly one item's own words (those no other item shares) are in the question, its figure is the answer.
Without 分别, each figure follows its own subject ("城镇居民人均可支配收入…13786元，农村居民人均纯收入…4140元"):
of the figures in one sentence with the same unit and a close score, the one whose own clause names clearly
more of the question's words is the answer.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import numpy as np

from qa.answer.features import Scored, coverage, norm
from qa.answer.question import QuestionInfo
from qa.answer.spans import QTY_RE, tokens
from qa.retrieve.glossary import english_to_chinese_terms

_RESPECTIVELY = re.compile(r"分别")
_JOIN = re.compile(r"以及|和|与|及|、|同")
_BETWEEN_FIGURES = re.compile(r"^\s*(?:、|和|与|及|以及|,|，)?\s*$")
_LEAD = re.compile(r"^(?:其中|今年|去年|全年|全国|当年|同期|(?:19|20)\d{2}年)+")  # words (and a year) that open a clause,
# not an item ("2007年中、高等职业教育…分别": 中 and 高等…)
MAX_ITEMS = 8
ITEMS_BACK = 2  # clauses before a 分别 clause without items in which they may stand
SUBJECT_MARGIN, SUBJECT_GAIN = 0.1, 0.25  # a rival figure's score within this; its subject's extra coverage
GOES_ON_MAX = 6  # characters before a figure in a clause that goes on with the sentence's subject ("新开工建设")
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PAIRED = re.compile(r"城乡")  # one word for both groups, in their order: "城乡X分别…A和B" is 城镇 A, 农村 B
_PAIRED_HALVES = ("城镇", "农村")
_UNIT_NOISE = re.compile(r"[\d.,\s]|[万亿千百十]|多|余|左右|以上|以下|以内|约|近|超过")


def _figures_after(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The run of figures after 分别: consecutive, separated only by 、/和/与/及 (the verb may come first)."""
    figs: list[tuple[int, int]] = []
    for m in QTY_RE.finditer(text, start, end):
        if figs and not _BETWEEN_FIGURES.match(text[figs[-1][1]:m.start()]):
            break
        figs.append((m.start(), m.end()))
    return figs


def _own_words(items: list[str]) -> list[set[str]]:
    """Each item's character bigrams that no other item has, from the part of it that names the item: the
    first item may carry the clause's subject before it ("中央财政用于科技、教育…") and the last the shared
    predicate after it ("小麦、稻谷最低收购价…"), so those two are cut to the middle items' length (to the
    shortest item's when there are two)."""
    items = [_LEAD.sub("", it) or it for it in items]
    for i in range(len(items) - 2, -1, -1):  # an item cut short by ellipsis ("中、高等职业教育": 中等职业教育)
        if len(items[i]) == 1 and len(items[i + 1]) >= 2:
            items[i] += items[i + 1][1:]
    width = max(map(len, items[1:-1])) if len(items) > 2 else min(map(len, items))
    named = [items[0][-width:]] + items[1:-1] + [items[-1][:width]]
    # (no bigram with a digit: "粳稻每50公斤" keeps the shared "每5" of a rate's base, which names no item)
    grams = [{it[i:i + 2] for i in range(len(it) - 1) if not _DIGIT.search(it[i:i + 2])} for it in named]
    return [g - set().union(*(o for j, o in enumerate(grams) if j != i)) for i, g in enumerate(grams)]


def asked_figure(asked: str, text: str, clause: tuple[int, int], start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the figure of the item ``asked`` names (the question, or its Chinese terms for an English
    one) when ``clause`` (offsets, as ``qa.text.clause_spans`` cuts them) is a 分别 clause whose figures include the
    span ``text[start:end]`` (it may be that span itself); None when it is not, the clause does not pair items with
    figures, or the question names no single item."""
    s, e = clause
    low_q = norm(asked)
    marks = [(m, s) for m in _RESPECTIVELY.finditer(text, s, e)]
    if not marks and (prev := _clause_before(text, s)) is not None:  # "由上年分别增长X和Y，减为增长P和Q": P, Q too
        marks = [(m, prev[0]) for m in _RESPECTIVELY.finditer(text, *prev)]
        figs = _figures_after(text, s, e)
        marks = [(m, p) for m, p in marks if len(_figures_after(text, m.end(), prev[1])) == len(figs)]
    for m, items_from in marks:
        figs = _figures_after(text, m.end() if m.start() >= s else s, e)
        if not any(fs <= start < fe or start <= fs < end for fs, fe in figs):
            continue
        items, back = _items(text, items_from, m.start()), items_from
        if len(items) == 1 and len(figs) == 2 and _PAIRED.search(items[0]):  # "城乡低保标准分别提高X和Y"
            items = [_PAIRED.sub(half, items[0]) for half in _PAIRED_HALVES]
        for _ in range(ITEMS_BACK):  # "甲和乙，(扣除价格因素，)分别增长X和Y": the items are a clause before
            if len(items) >= 2 or (prev := _clause_before(text, back)) is None:
                break
            items, back = _items(text, *prev), prev[0]
        if len(items) < 2:  # "城镇居民收入9422元，农村居民收入2936元，扣除价格因素，分别增长X和Y": one clause an item
            items = _figure_clauses(text, items_from, len(figs))
        if not 2 <= len(items) <= MAX_ITEMS or len(items) != len(figs):
            return None
        return _named(low_q, items, figs)
    if not marks:  # "城镇居民收入和农村居民收入实际增长8.4%和11.4%": items and figures paired without 分别
        figs = _figures_after(text, s, e)
        if len(figs) >= 2 and any(fs <= start < fe or start <= fs < end for fs, fe in figs):
            items = _items(text, s, figs[0][0])
            if 2 <= len(items) <= MAX_ITEMS and len(items) == len(figs):
                return _named(low_q, items, figs)
    return None


def _named(low_q: str, items: list[str], figs: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The figure of the one item whose own words the question names most, or None (a tie, or none named)."""
    scores = [sum(g in low_q for g in own) for own in _own_words(items)]
    top = max(scores)
    return figs[scores.index(top)] if top and scores.count(top) == 1 else None


def _items(text: str, start: int, end: int) -> list[str]:
    """The parts of ``text[start:end]`` joined by 、/和/与/及, but for the words that open a clause."""
    return [p for p in (norm(x) for x in _JOIN.split(_LEAD.sub("", text[start:end]))) if p]


def _figure_clauses(text: str, start: int, k: int) -> list[str]:
    """The ``k`` clauses with a figure right before ``start`` (past at most one without), in order, or []."""
    out: list[str] = []
    skipped = 0
    while len(out) < k and (prev := _clause_before(text, start)) is not None:
        clause = text[prev[0]:prev[1]]
        if QTY_RE.search(clause):
            out.insert(0, norm(_LEAD.sub("", clause)))
        elif out or skipped:
            return []
        else:
            skipped += 1
        start = prev[0]
    return out if len(out) == k else []


ALIGNED_MIN = 2  # characters the question writes right before its question word as the text before a figure


def _aligned(question: str, c: Scored) -> int:
    """How many characters right before a Chinese question's 多少/几 are also right before the figure ``c``."""
    m = re.search(r"多少|几", question)
    if m is None:
        return 0
    q, t = norm(question[:m.start()]), norm(c.chunk.text[max(0, c.span.start - 12):c.span.start])
    k = 0
    while k < min(len(q), len(t)) and q[-1 - k] == t[-1 - k] and _CJK.match(q[-1 - k]):
        k += 1
    return k


def _clause_before(text: str, start: int) -> tuple[int, int] | None:
    """The offsets of the clause that a comma ends right before ``start``, in the same sentence."""
    if start < 1 or text[start - 1] not in "，,":
        return None
    begin = max(text.rfind(mark, 0, start - 1) for mark in "，,；;。！？!?\n") + 1
    return (begin, start - 1) if begin < start - 1 else None


def respective_figure(asked: str, text: str, clause: tuple[int, int], start: int, end: int) -> tuple[int, int] | None:
    """:func:`asked_figure` when it is another figure than the span's, else None."""
    fig = asked_figure(asked, text, clause, start, end)
    return None if fig is None or fig[0] <= start < fig[1] else fig


def _unit(figure: str) -> str:
    """A figure's unit without its magnitude or qualifiers ("2．53亿人" → "人", "13786元" → "元")."""
    return _UNIT_NOISE.sub("", unicodedata.normalize("NFKC", figure))


# a clause that names no subject before its figure, only the change ("，比上年增加4442亿元")
BARE_CHANGE = re.compile(r"^(?:比上年|比去年|同比|比\d{4}年)?(?:增加|增长|减少|下降|提高|降低|新增|增收|减收|上升|多|少)?了?(?:约|近)?$")


def _period(c: Scored) -> int:
    """Where a figure's sentence starts, counting items joined by semicolons as one sentence ("财政收入X，增加Y；
    工业企业利润增长Z，增加W。": parallel figures)."""
    text = c.chunk.text
    return max(text.rfind(mark, 0, c.span.start) for mark in "。！？!?\n") + 1


def _subject(c: Scored) -> str:
    """What a figure's clause says before it, back to an enumeration mark: its subject
    ("农村居民人均纯收入由2476元增加到"; nothing for "第28届奥运会、第12届…"); for a clause that only says the
    change, the clause before it in the sentence too ("利润增长31%，增加4442亿元")."""
    text, sp = c.chunk.text, c.span
    start = max(sp.clause_start, text.rfind("、", sp.clause_start, sp.start) + 1)
    nxt = QTY_RE.search(text, sp.end, sp.clause_end)
    rest = text[sp.end:nxt.start() if nxt else sp.clause_end]
    if sp.start == sp.clause_start and len(_CJK.findall(rest)) >= 2:  # a figure opening its clause ("1334万人参保，
        return norm(rest)  # 641万人领取养老金"): what follows says what it counts, not the clause before
    if BARE_CHANGE.match(norm(text[start:sp.start])) and sp.clause_start > sp.sent_start:
        start = max([sp.sent_start] + [text.rfind(mark, sp.sent_start, sp.clause_start - 1) + 1 for mark in "，,；;"])
    after = text[sp.end:sp.clause_end] if text.startswith("的", sp.end) else ""  # "长达X的长江干堤": what X is of
    return norm(text[start:sp.start] + after)


AFTER_MARGIN = 0.3  # a figure of the same clause followed by what it is may be scored this far below the best


def _after_pick(terms: list[tuple[str, float]], cands: list[Scored], scores: np.ndarray, best: int) -> int | None:
    """Where the best figure and others of its clause (same unit, within ``AFTER_MARGIN``) are each followed by
    what they are ("1410个县级和250个省、市级疾病预防控制中心"), the one whose words the question names clearly
    most (``best`` itself when that is it); None when they are not written so or none stands out."""
    b = cands[best]
    own = _named_after(b)
    if not own:
        return None
    named = [(t, w) for t, w in terms if not _DIGIT.search(t) and len(t) >= 2]
    ranked = sorted(((coverage(named, after), i) for i, c in enumerate(cands) if c.span.kind == "qty" and i != best
                     and c.chunk.chunk_id == b.chunk.chunk_id and c.span.clause_start == b.span.clause_start
                     and scores[i] >= scores[best] - AFTER_MARGIN and _unit(c.text) == _unit(b.text)
                     and (after := _named_after(c))), reverse=True)
    if not ranked:
        return None
    mine = coverage(named, own)
    if ranked[0][0] >= mine + SUBJECT_GAIN:
        return ranked[0][1]
    return best if mine >= ranked[0][0] + SUBJECT_GAIN else None


def _named_after(c: Scored) -> str:
    """The words a figure is followed by up to the next figure of its clause ("384亿元" + "救灾款和"), without the
    word joining them to the next item; "" unless the figure goes straight on into words that end on that word."""
    text, sp = c.chunk.text, c.span
    nxt = QTY_RE.search(text, sp.end, sp.clause_end)
    after = text[sp.end:nxt.start() if nxt else sp.clause_end]
    if nxt and not _JOINED.search(after):  # "220个来自115个国家的…": no item of a list
        return ""
    after = _JOINED.sub("", after.strip())
    verb = next((a for a, _, flag in tokens(after) if flag[:1] in ("d", "p")), None)
    after = after[:verb] if verb else after  # "2300个县（市）已初步建立…": what it is, not what it did
    return norm(after) if len(after) >= 2 and "\u4e00" <= after[0] <= "\u9fff" else ""


_JOINED = re.compile(r"(?:和|与|及|以及|、|，|,)\s*$")  # the word joining an item to the next


def _item_subjects(b: Scored, rivals: list[Scored]) -> tuple[list[str], bool]:
    """The subjects of ``b`` and its rivals; where they are items of one enumeration ("淘汰落后的水泥产能X、炼铁产能Y、
    焦炭产能Z"), a subject that carries the clause's shared words ("淘汰落后的") is cut to the items' length, so
    that only the item's own words tell the figures apart; and whether they are such items."""
    subjects = [_subject(c) for c in [b] + rivals]
    text = b.chunk.text
    listed = [len(sub) for c, sub in zip([b] + rivals, subjects) if c.span.clause_start == b.span.clause_start
              and text.rfind("、", c.span.clause_start, c.span.start) >= 0]
    if listed:
        width = max(listed)
        return [sub[-width:] if c.span.clause_start == b.span.clause_start else sub
                for c, sub in zip([b] + rivals, subjects)], True
    # clauses that go on with the first's subject ("城镇保障性住房基本建成X，新开工建设Y"): the verbs tell them apart
    later = [len(sub) for c, sub in zip(rivals, subjects[1:]) if c.span.clause_start > b.span.clause_start
             and 0 < len(sub) <= GOES_ON_MAX and len(subjects[0]) > len(sub)]
    if not later:
        return _shared_measure_cut(subjects)
    width = max(later)
    return [subjects[0][-width:]] + subjects[1:], True


SHARED_MIN = 2  # characters of a measure parallel clauses end on ("高校资助面超过X，中职学校资助面超过Y")


def _shared_measure_cut(subjects: list[str]) -> tuple[list[str], bool]:
    """Parallel clauses that end on the same measure before their figures ("高校资助面超过20%，中等职业学校资助面超过
    90%"): each subject cut to what is its own (高校, 中等职业学校), the items the question tells apart by."""
    if len(subjects) < 2 or any(not sub for sub in subjects):
        return subjects, False
    k = 0
    while k < min(map(len, subjects)) - 2 and len({sub[len(sub) - 1 - k] for sub in subjects}) == 1:
        k += 1  # (each keeps two characters of its own: "高校" and "中等职业学校" share the 校)
    cut = [sub[:len(sub) - k] for sub in subjects]
    if k < SHARED_MIN or len(set(cut)) < len(cut):  # the same words before the measure: nothing tells them apart
        return subjects, False
    return cut, True


def parallel_figure(info: QuestionInfo, terms: list[tuple[str, float]], cands: list[Scored], scores: np.ndarray,
                    best: int, misses: Callable[[QuestionInfo, Scored], str] | None = None) -> int:
    """The candidate that answers one figure asked when the best one sits among parallel figures: the asked
    item's place in a 分别 clause, or else the figure of the same unit in the same sentence, scored within
    ``SUBJECT_MARGIN``, whose own clause names clearly more of the question ("城镇居民…13786元，农村居民…4140元"
    asked about 农村). ``scores`` is updated so that the chosen candidate is the best; ``best`` when none, or when
    ``misses`` says why the chosen one cannot answer and not why the best cannot."""
    b = cands[best]
    if b.span.kind != "qty":  # the gap of the question filled by a figure alone ("３元"): that figure's span
        same = next((i for i, c in enumerate(cands) if c.span.kind == "qty" and c.chunk.chunk_id == b.chunk.chunk_id
                     and (c.span.start, c.span.end) == (b.span.start, b.span.end)), None)
        if same is None:
            return best
        moved = scores.copy()
        moved[same], moved[best] = scores[best], -np.inf
        pick = parallel_figure(info, terms, cands, moved, same, misses)
        if pick == same:
            return best
        clause = (cands[pick].chunk.chunk_id, cands[pick].span.clause_start)
        for i, c in enumerate(cands):  # the other items' figures beside it are not widened over either
            if c.span.kind == "qty" and (c.chunk.chunk_id, c.span.clause_start) == clause:
                scores[i] = -np.inf
        scores[pick], scores[best] = moved[pick], -np.inf
        return pick
    asked = " ".join(english_to_chinese_terms(info.text)) if info.english else info.text
    stated = unicodedata.normalize("NFKC", info.text)

    def at(fig: tuple[int, int] | None) -> int | None:
        # (not a figure the question states: "从上年的5.6%回落到多少" is not answered by its 5.6%)
        return None if fig is None else next((i for i, c in enumerate(cands) if c.span.kind == "qty" and (
            c.span.start, c.span.end) == fig and c.chunk.chunk_id == b.chunk.chunk_id
            and unicodedata.normalize("NFKC", c.text) not in stated), None)

    sentence = _period(b)
    rivals = [i for i, c in enumerate(cands) if c.span.kind == "qty" and i != best
              and c.chunk.chunk_id == b.chunk.chunk_id and _period(c) == sentence
              and scores[i] >= scores[best] - SUBJECT_MARGIN and _unit(c.text) == _unit(b.text)
              and not (c.span.start < b.span.end and b.span.start < c.span.end)]
    text = b.chunk.text
    pick = None

    def figure_of(c: Scored) -> tuple[int, int] | None:
        return asked_figure(asked, text, (c.span.clause_start, c.span.clause_end), c.span.start, c.span.end)

    after = _after_pick(terms, cands, scores, best)
    if after is not None:  # "384亿元救灾款和740亿元恢复重建资金": each figure followed by what it is
        pick = after
    elif figure_of(b) is not None:
        pick = at(respective_figure(asked, text, (b.span.clause_start, b.span.clause_end), b.span.start, b.span.end))
    else:  # the best is in no such clause: a rival is, the asked item's own ("甲X，乙、丙分别Y和Z" asked 丙), unless
        # the best's own subject names the question better ("二氧化碳…降低3.1%，二氧化硫、氮氧化物分别减少3%和5%")
        mine = coverage(terms, _subject(b))
        pick = next((j for i in rivals if (j := at(figure_of(cands[i]))) is not None
                     and coverage(terms, norm(text[cands[i].span.clause_start:cands[i].span.start])) >= mine), None)
    by_subject = pick is None  # (not a 分别 clause's items, paired by their order)
    if pick is None:
        named = [(t, w) for t, w in terms if not _DIGIT.search(t)]
        subjects, items = _item_subjects(b, [cands[i] for i in rivals])
        if items:  # an item's own words, not a character of the shared subject ("房" of 保障房) cut to its length
            named = [(t, w) for t, w in named if len(t) >= 2] or named
        own = coverage(named, subjects[0])
        ranked = sorted(((coverage(named, sub), i) for sub, i in zip(subjects[1:], rivals)), reverse=True)
        top = ranked[0] if ranked else (0.0, None)
        if top[0] >= own + SUBJECT_GAIN or (items and top[0] > own and (len(ranked) == 1 or top[0] > ranked[1][0])):
            pick = top[1]  # (an enumeration's items: the one item the question names, by its own words)
    if pick is None or pick == best:
        return best
    if by_subject and _aligned(info.text, b) > max(ALIGNED_MIN - 1, _aligned(info.text, cands[pick])):
        return best  # ("再开工多少个…项目" ← "已开工的57个项目…，今年再开工27个项目": the words right before it)
    if misses is not None and misses(info, cands[pick]) and not misses(info, b):
        return best  # ("发电装机里，核电有多少": not the whole's figure, whose subject names more of the question)
    scores[pick], scores[best] = scores[best], -np.inf  # (not widened back over the other figure)
    return pick
