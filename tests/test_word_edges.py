"""An answer's edges fall between words (qa.answer.word_edges), on synthetic sentences."""
import pytest

from qa.answer.boundaries import answer_edges, asked_head
from qa.answer.question import analyze
from qa.answer.word_edges import coordinated, name_tail, snap_to_words


def _edges(fn, question: str, text: str, answer: str) -> str:
    s = text.index(answer)
    s, e = fn(analyze(question), text, s, s + len(answer))
    return text[s:e]


@pytest.mark.parametrize("question,text,answer,expected", [
    ("首次有什么队参赛？", "这届首次有澳洲球队参赛，分别是", "澳洲球", "澳洲球队"),
    ("南湖鱼的鳍呈什么颜色？", "背鳍末端呈漆黑色。", "黑色", "漆黑色"),
    ("谁主持了会议？", "张三主持了会议，", "张三", "张三"),  # already whole
])
def test_snap_to_words(question, text, answer, expected):
    assert _edges(snap_to_words, question, text, answer) == expected


@pytest.mark.parametrize("question,text,answer,expected", [
    ("临风阁主人的本名叫什么？", "是一位作家，本名杉山泰道，幼名为杉山直树", "杉山泰", "杉山泰道"),
    ("南湖雀鲷的俗名叫什么？", "为雀鲷属的鱼类，俗名南洋雀鲷。", "南洋", "南洋雀鲷"),
    ("临风阁在哪里？", "位于南湖区北岸东部。", "南湖区北岸", "南湖区北岸东部"),
    ("谁主持会议？", "会议由张三主持。", "张三", "张三"),  # a verb of the question is no rest of the name
    ("张三是谁的弟子？", "张三是李四的弟子，", "李四", "李四"),
    ("南湖区去年增长多少？", "南湖区增长8.5%左右，", "8.5%", "8.5%"),  # figures end where their figure ends
])
def test_name_tail(question, text, answer, expected):
    assert _edges(name_tail, question, text, answer) == expected


@pytest.mark.parametrize("question,text,answer,expected", [
    ("他毕业于哪所大学？", "他毕业于南湖大学与临风大学。", "南湖大学", "南湖大学与临风大学"),
    ("发出什么信号时停航？", "当发出一号戒备信号或三号强风信号时，", "一号戒备信号", "一号戒备信号或三号强风信号"),
    ("比赛什么时候举行？", "比赛于2030年5月15日及5月16日举行。", "2030年5月15日", "2030年5月15日及5月16日"),
    ("南湖区的主导产业是什么？", "主导产业为电子信息和生物医药，", "电子信息", "电子信息"),  # another kind: kept
    ("他毕业于哪所大学？", "他毕业于南湖大学和在临风读过的大学。", "南湖大学", "南湖大学"),  # a function word
])
def test_coordinated(question, text, answer, expected):
    assert _edges(coordinated, question, text, answer) == expected


def test_head_noun_before_de_is_asked():
    assert asked_head(analyze("临风城是什么王国的首都？")) == "王国"
    assert asked_head(analyze("南湖鱼体侧有多少条白色的条纹？")) != "白色"  # a count asks for the last noun
    text = "临风城为南湖王国的首都，"
    s = text.index("南湖")
    s, e = answer_edges(analyze("临风城是什么王国的首都？"), text, 0, len(text) - 1, s, s + 2)
    assert text[s:e] == "南湖王国"
