"""A choice between the options a question names ("扩大消费需求和增加投资需求哪一个更要紧", "增产与节约，两者之中
把哪一个放在优先位置"): the answer is one of the options, as the text around the best span decides — the one a
comparison puts first ("这比增加投资需求更重要": not the option after 比), else the only one its sentence names.
Pure text logic."""
from __future__ import annotations

import re

from qa.answer.question import QuestionInfo

_CHOICE = re.compile(r"([\u4e00-\u9fff]{2,12})(?:和|与|还是|同|跟)([\u4e00-\u9fff]{2,12}?)[，,]?"
                     r"(?:两者之中|二者之中|两者中|两者|二者)?(?:把|将|要|应|该|更)?哪(?:一个|个|一项|一方面|样)")
# what makes "A和B…哪一个" a choice between A and B, not a question about a thing of theirs ("…和国有企业搞哪项改革")
_COMPARED = re.compile(r"两者|二者|还是|更|最|优先|首位|首要|为先|要紧|重要")


def _choice(info: QuestionInfo) -> re.Match[str] | None:
    m = None if info.english else _CHOICE.search(info.text)
    return m if m and _COMPARED.search(info.text, m.start(2)) else None


def options(info: QuestionInfo) -> tuple[str, str] | None:
    """The two options a Chinese question asks to choose between, or None."""
    m = _choice(info)
    return (m.group(1), m.group(2)) if m else None


def _written(option: str, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where ``text[lo:hi]`` writes the option, or its longest ending of two or more characters (the question may
    open it with a verb or a modifier the text has not): the last such place."""
    for k in range(len(option) - 1):
        at = text.rfind(option[k:], lo, hi)
        if at >= 0:
            return at, at + len(option) - k
    return None


def chosen_option(info: QuestionInfo, text: str, sent_start: int, sent_end: int) -> tuple[int, int] | None:
    """The place in ``text`` of the option the best span's sentence (``text[sent_start:sent_end]``, read with the
    sentence before) chooses, or None when the question offers no choice or the text does not decide."""
    m = _choice(info)
    if m is None:
        return None
    pair = (m.group(1), m.group(2))
    before = max(text.rfind(mark, 0, max(sent_start - 1, 0)) for mark in "。！？!?\n") + 1
    for k, option in enumerate(pair):  # "这比增加投资需求更重要": the option after 比 is the one not chosen
        at = _written(option, text, sent_start, sent_end)
        if at and text[max(sent_start, at[0] - 1):at[0]] == "比":
            other = pair[1 - k]
            return _written(other, text, sent_start, at[0]) or _written(other, text, before, sent_start)
    named = [p for p in (_written(o, text, sent_start, sent_end) for o in pair) if p]
    if len(named) == 2:  # both named ("增产与节约并举，把节约放在优先位置"): the one of the clause saying what is asked
        said = re.sub(r"[？?。！!\s]+$", "", info.text[m.end():])
        clause = next((c for c in re.finditer(r"[^，,；;。]+", text[sent_start:sent_end])
                       if len(said) >= 2 and said in c.group(0)), None)
        if clause:
            lo, hi = sent_start + clause.start(), sent_start + clause.end()
            named = [p for p in (_written(o, text, lo, hi) for o in pair) if p]
    return named[0] if len(named) == 1 else None
