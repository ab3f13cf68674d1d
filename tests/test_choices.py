"""A choice between the options a question names: the one a comparison puts first, the only one the sentence names,
or the one of the clause saying what is asked (thirty-fifth pass)."""
from __future__ import annotations

from qa.answer.choices import chosen_option, options
from qa.answer.question import analyze


def _chosen(question: str, text: str, sentence: str) -> str | None:
    lo = text.index(sentence)
    got = chosen_option(analyze(question), text, lo, lo + len(sentence))
    return text[got[0]:got[1]] if got else None


def test_the_options_are_read_from_the_question() -> None:
    assert options(analyze("扩大内需和稳定外需哪一个更要紧？")) == ("扩大内需", "稳定外需")
    assert options(analyze("报告说增产与节约两者之中把哪一个放在优先位置？"))[1] == "节约"
    assert options(analyze("2041年哪一个项目最先完工？")) is None
    assert options(analyze("2041年要在部分城市和国有企业搞哪项改革试点？")) is None  # no choice compared
    assert options(analyze("Which matters more, saving or spending?")) is None


def test_the_option_a_comparison_puts_first_is_chosen() -> None:
    text = "首先要努力扩大内需。在目前情况下，这比稳定外需更重要。"
    assert _chosen("扩大内需和稳定外需哪一个更要紧？", text, "在目前情况下，这比稳定外需更重要") == "扩大内需"
    text = "当前，扩大内需比稳定外需更重要。"
    assert _chosen("扩大内需和稳定外需哪一个更要紧？", text, "当前，扩大内需比稳定外需更重要") == "扩大内需"


def test_the_only_option_named_or_the_one_of_the_clause_asked_about_is_chosen() -> None:
    text = "要坚持增产与节约并举，把节约放在优先位置。"
    sentence = "要坚持增产与节约并举，把节约放在优先位置"
    assert _chosen("增产与节约两者之中把哪一个放在优先位置？", text, sentence) == "节约"
    assert _chosen("增产与节约哪一个更要紧？", text, sentence) is None  # both named, nothing decides
    assert _chosen("节水和节电哪一个更要紧？", "要把节水放在首位。", "要把节水放在首位") == "节水"
