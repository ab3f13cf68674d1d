"""The gap a question word leaves when the text names the thing instead of writing the noun asked ("哪个工厂在此建立…"
← "某某总厂在此建造…"): the question's words after that noun anchor the gap's right side (session 47); where the
text words the noun's modifiers otherwise, its last word does ("哪一轮多边贸易谈判" ← "东山回合谈判", session 48).
Pure text logic on invented sentences."""
from __future__ import annotations

from qa.answer.boundaries import question_gap
from qa.answer.spans import after_head, aligned_spans, head_word, passage_spans


def _gaps(question: str, sentence: str) -> list[str]:
    left, right = question_gap(question)
    return [sentence[a:b].strip("，,。 ") for a, b, _ in aligned_spans(sentence, left, right)]


def test_the_words_after_the_asked_noun_anchor_the_gap() -> None:
    assert after_head("工厂在此建立原油码头") == "在此建立原油码头"
    assert after_head("支球队取得了联赛亚军") == "取得了联赛亚军"  # a measure word before the noun is the noun's
    assert after_head("公司发售的游戏") == "发售的游戏"
    # nothing after the noun, or no noun opening the words: no anchor
    assert after_head("一公园") == "" and after_head("两个俱乐部") == ""
    assert after_head("被加授散骑常侍") == "" and after_head("构成的") == ""
    # a verb modifying the noun after it goes on with the noun phrase: not the words after the noun asked
    assert after_head("全省统一考核制度") == ""
    assert after_head("种新能源发电") == ""  # one word after the noun may end the noun phrase ("新能源发电")


def test_a_name_the_text_gives_for_the_noun_asked_fills_the_gap() -> None:
    sentence = "1970年代以后，青石化工总厂在此建造成品油码头。"
    assert _gaps("1970年代以后哪个工厂在此建造成品油码头？", sentence) == ["青石化工总厂"]
    assert _gaps("《远山》由哪个公司发行到海外？", "《远山》由北辰软件发行到海外，共十二集。") == ["北辰软件"]
    # two characters of those words found may be chance ("在此建立…" ← "在此兴建…"): three anchor the gap
    assert "某某总厂" not in _gaps("1970年代以后哪个工厂在此建立原油码头？", "1970年代以后，某某总厂在此兴建成品油码头。")
    spans = passage_spans(sentence, *question_gap("1970年代以后哪个工厂在此建造成品油码头？"))
    assert any(s.kind == "aligned" and s.anchors == 2 and sentence[s.start:s.end] == "青石化工总厂" for s in spans)


def test_the_asked_noun_is_not_skipped_where_the_text_writes_it() -> None:
    # the noun is written in the text: the gap ends before it, as before
    assert _gaps("北山大学毗邻哪一公园？", "北山大学毗邻松林湖湿地公园。") == ["松林湖湿地公园"]
    # the words after the question word are found as written: no skipping
    assert _gaps("该校位于哪个城市的东郊？", "该校位于临川市的东郊，占地两千亩。") == ["临川市"]


def test_the_asked_nouns_last_word_ends_the_gap_where_the_text_words_the_rest_otherwise() -> None:
    # "哪一轮多边贸易谈判" ← "东山回合谈判": the noun's other words are not written, its last word is
    assert "东山回合" in _gaps("该报告提出要继续推动哪一轮多边贸易谈判？", "继续推动东山回合谈判，反对各种形式的保护主义。")
    assert "南港通" in _gaps("今年要适时启动哪个股市互联互通试点？", "今年要适时启动南港通试点，扩大资本市场开放。")
    assert "排污费、污水处理费和垃圾处理费" in _gaps("今年要提高哪几项收费标准？", "今年要提高排污费、污水处理费和垃圾处理费标准。")
    assert head_word("一轮多边贸易谈判", "继续推动东山回合谈判") == "谈判"


def test_a_left_side_ending_in_de_is_found_where_the_text_joins_the_words() -> None:
    # (session 48) "边远山区的什么改造任务" ← "边远山区溜索改桥任务": the text writes no 的 before the name
    assert "溜索改桥" in _gaps("今年要全面完成西部边远山区的什么改造任务？", "全面完成西部边远山区溜索改桥任务。")
    # not on two characters found ("实行"), nor where a second question word asks the answer's other half
    assert "积极的财政" not in _gaps("这一年实行的什么政策有成效？", "继续实行积极的财政政策和稳健的货币政策。")
    assert _gaps("要培育众多的什么、打造更多享誉世界的什么？", "要培育众多“东方工匠”，打造更多享誉世界的“东方品牌”。") == []


def test_the_last_word_does_not_end_the_gap_where_the_phrase_goes_on() -> None:
    # another word of the question's phrase is written: the gap does not stop at the last word
    assert head_word("飞机飞上了蓝天", "自主研制的支线客机飞上蓝天") == ""
    assert "支线客机飞上" not in _gaps("该厂自主研制的哪种飞机飞上了蓝天？", "该厂自主研制的支线客机飞上蓝天。")
    assert head_word("税的使用方向", "调整耕地占用税使用方向") == ""
    assert head_word("跨海大桥建设", "加快推动东湾大桥建设") == ""
    # no other word to be worded otherwise ("哪一|公园"), or a single word: nothing
    assert head_word("一公园", "毗邻松林湖湿地公园") == "" and head_word("预算", "编制国有资本经营预算") == ""
    assert _gaps("北山大学毗邻哪一公园？", "北山大学毗邻松林湖湿地公园。") == ["松林湖湿地公园"]
    assert head_word("两个俱乐部", "效力于东城足球俱乐部和西城足球俱乐部") == ""  # a numeral is not worded otherwise
    # two characters of the left side found ("获得") may be chance: the last word does not end a gap after them
    assert "14个世界" not in _gaps("她在那届运动会上获得了什么项目的冠军？", "她共获得14个世界冠军。")
    assert "14个世界" in _gaps("她在那届运动会上共获得了什么项目的冠军？", "她共获得14个世界冠军。")
