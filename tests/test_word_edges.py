"""An answer's edges fall between words (qa.answer.word_edges), on synthetic sentences."""
import pytest

from qa.answer.boundaries import answer_edges, asked_head
from qa.answer.question import analyze
from qa.answer.word_edges import coordinated, name_tail, snap_to_words


def _edges(fn, question: str, text: str, answer: str) -> str:
    s = text.index(answer)
    s, e = fn(analyze(question), text, s, s + len(answer))
    return text[s:e]


@pytest.mark.parametrize("fn,question,text,answer,expected", [
    (snap_to_words, "首次有什么队参赛？", "这届首次有南洋球队参赛，分别是", "南洋球", "南洋球队"),
    (snap_to_words, "南湖鱼的鳍呈什么颜色？", "背鳍末端呈漆黑色。", "黑色", "漆黑色"),
    (snap_to_words, "谁主持了会议？", "张三主持了会议，", "张三", "张三"),  # already whole
    (name_tail, "临风阁主人的本名叫什么？", "是一位作家，本名南野泰道，幼名为南野直树", "南野泰", "南野泰道"),
    (name_tail, "南湖雀鲷的俗名叫什么？", "为雀鲷属的鱼类，俗名南洋雀鲷。", "南洋", "南洋雀鲷"),
    (name_tail, "临风阁在哪里？", "位于南湖区北岸东部。", "南湖区北岸", "南湖区北岸东部"),
    (name_tail, "这部小说的作者是谁？", "作者为临川鸣，", "临川", "临川鸣"),  # one character the tagger calls a verb
    (name_tail, "谁主持会议？", "会议由张三主持。", "张三", "张三"),  # a verb of the question is no rest of the name
    (name_tail, "张三是谁的弟子？", "张三是李四的弟子，", "李四", "李四"),
    (name_tail, "南湖区去年增长多少？", "南湖区增长8.5%左右，", "8.5%", "8.5%"),  # figures end where their figure ends
    (coordinated, "他毕业于哪所大学？", "他毕业于南湖大学与临风大学。", "南湖大学", "南湖大学与临风大学"),
    (coordinated, "发出什么信号时停航？", "当发出一号戒备信号或三号强风信号时，", "一号戒备信号", "一号戒备信号或三号强风信号"),
    (coordinated, "比赛什么时候举行？", "比赛于2030年5月15日及5月16日举行。", "2030年5月15日", "2030年5月15日及5月16日"),
    (coordinated, "南湖区的主导产业是什么？", "主导产业为电子信息和生物医药，", "电子信息", "电子信息"),  # another kind: kept
    (coordinated, "他毕业于哪所大学？", "他毕业于南湖大学和在临风读过的大学。", "南湖大学", "南湖大学"),  # a function word
])
def test_edges(fn, question, text, answer, expected):
    assert _edges(fn, question, text, answer) == expected


def test_head_noun_before_de_is_asked():
    assert asked_head(analyze("临风城是什么王国的首都？")) == "王国"
    assert asked_head(analyze("南湖鱼体侧有多少条白色的条纹？")) != "白色"  # a count asks for the last noun
    text = "临风城为南湖王国的首都，"
    s = text.index("南湖")
    s, e = answer_edges(analyze("临风城是什么王国的首都？"), text, 0, len(text) - 1, s, s + 2)
    assert text[s:e] == "南湖王国"


@pytest.mark.parametrize("text,answer,expected", [
    ("南湖公园占地约22平方公里。", "22平方公里", "约22平方公里"),
    ("全区共有超过300所学校，", "300所", "超过300所"),
    ("全区共有300所学校，", "300所", "300所"),
])
def test_approximate_figure_keeps_its_qualifier(text, answer, expected):
    from qa.answer.boundaries import figure_whole
    assert _edges(figure_whole, "南湖区有多少？", text, answer) == expected


def test_a_qualifier_the_question_says_is_not_repeated():
    from qa.answer.boundaries import figure_whole
    assert _edges(figure_whole, "南湖区学校超过了多少所？", "全区共有超过300所学校，", "300所") == "300所"


@pytest.mark.parametrize("question,answer,missing", [
    ("南湖大桥是在哪一天合龙的？", "2030年", True),
    ("南湖大桥是在哪一天合龙的？", "2030年5月12日", False),
    ("青年创新论坛将在哪个城市举办？", "高质量办好青年创新论坛", True),
    ("南湖论坛将在哪个城市举办？", "临风市", False),
    ("南湖论坛将在哪个城市举办？", "杭州", False),  # a place the tagger knows
    ("南湖大桥是哪一年建成的？", "2030年", False),  # a year asked: a year is enough
    ("10月9日被定为什么日子？", "南湖节", False),
    ("据2030年报告，南湖大桥预计在哪一年建成？", "2030年", True),  # only the question's own year
    ("据2030年报告，南湖大桥预计在哪一年建成？", "2032年", False),
])
def test_detail_missing(question, answer, missing):
    from qa.answer.kind_rules import detail_missing
    assert bool(detail_missing(analyze(question), answer)) is missing


def test_an_ordinal_does_not_count():
    from qa.answer.kind_rules import ordinal_for_count
    from tests.test_widen import _cands
    text = "南湖代表团在第12届运动会上获得38枚金牌。"
    cands, _ = _cands(text, "南湖代表团获得多少枚金牌?")
    out = ordinal_for_count(analyze("南湖代表团获得多少枚金牌?"), cands)
    ruled = {c.text for c, r in zip(cands, out) if r}
    assert "第12届" in ruled and not any("38枚" in t for t in ruled)
    assert not ordinal_for_count(analyze("南湖运动会是第几届?"), cands).any()


def test_a_figure_the_question_states_is_not_its_answer():
    from qa.answer.figure_rules import figure_named, question_numbers
    from tests.test_widen import _cands
    text = "南湖大桥原定5年建成，实际用3年就建成了，投资12亿元。"
    question = "南湖大桥原定5年建成，实际用了几年?"
    cands, _ = _cands(text, question)
    ruled = {c.text for c, r in zip(cands, figure_named(analyze(question), cands)) if r}
    assert "5年" in ruled and not any("3年" in t or "12亿元" in t for t in ruled)
    english = "The bridge was planned to take five years. In how many years was it finished?"
    assert question_numbers(analyze(english)) == {5.0}
    assert any("5年" in c.text for c, r in zip(cands, figure_named(analyze(english), cands)) if r)
    # years are not figures the question gives, and a question that states none rules nothing out
    assert question_numbers(analyze("2019年南湖大桥比2018年多投资了多少?")) == set()
    assert not figure_named(analyze("南湖大桥投资了多少?"), cands).any()
    assert not figure_named(analyze("南湖大桥原定5年建成，是哪一年建成的?"), cands).any()  # not a 多少 question
