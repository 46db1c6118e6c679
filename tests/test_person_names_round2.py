"""Persons on news kg was not written for (issue 17, round 2): sentences written for these
tests, with made-up names."""

from __future__ import annotations

import pytest
from conftest import outer_names


@pytest.mark.parametrize("text, name", [
    ("科里的年轻医生洛桑曲扎还一再叮嘱我们。", "洛桑曲扎"),
    ("某市人民医院内科医生巴桑卓嘎说，新技术让患者受益。", "巴桑卓嘎"),
    ("护士央金拉措表示，培训很有收获。", "央金拉措"),
])
def test_a_four_character_name_without_surname_after_an_occupation(nlp, text, name):
    assert name in outer_names(nlp, text, "Person")


@pytest.mark.parametrize("text", [
    "医生团队成员还一起来到现场。",
    "医生耐心细致地讲解。",
    "护士人员配备还不足。",
])
def test_an_occupation_before_a_phrase_vouches_for_no_name(nlp, text):
    assert outer_names(nlp, text, "Person") == set()


@pytest.mark.parametrize("text, name", [
    ("主管护师甲晓云介绍了护理经验。", "甲晓云"),
    ("药师丁雨凡为患者讲解用药。", "丁雨凡"),
    ("技师方明远表示，设备运行良好。", "方明远"),
])
def test_health_professional_grades_vouch_for_a_name(nlp, text, name):
    assert name in outer_names(nlp, text, "Person")


@pytest.mark.parametrize("text, name", [
    ("全县要把学习林明远书记关于基层卫生工作的讲话放在首位。", "林明远"),
    ("会议传达了何立平主任关于做好疫苗接种的要求。", "何立平"),
    ("大家认真学习了习文博院长关于学科建设的讲话。", "习文博"),
])
def test_a_title_then_a_preposition_vouches_for_the_name_before_it(nlp, text, name):
    """某某书记关于…: the title's phrase goes on with a preposition; 习 is a surname too."""
    assert name in outer_names(nlp, text, "Person")


@pytest.mark.parametrize("text", [
    "部分市、区人大代表也参加了仪式。",
    "县、区人大代表参加视察。",
    "部分省、区人大代表出席会议。",
])
def test_a_speech_verb_inside_a_word_vouches_for_no_name(nlp, text):
    """区 + 人大代表: 代表 ends the word 人大代表 (a deputy), and 区人大 is nobody."""
    assert outer_names(nlp, text, "Person") == set()


@pytest.mark.parametrize("text, org", [
    ("甲市卫健局党组书记、局长乙某出席。", "卫健局"),
    ("周村区卫健局党组书记、局长李某到场见证。", "周村区卫健局"),
    ("松阳县卫健局局长何某介绍了情况。", "松阳县卫健局"),
])
def test_the_short_form_of_a_health_bureau_is_no_person(nlp, text, org):
    assert not any("卫健局" in p for p in outer_names(nlp, text, "Person"))
    assert org == "卫健局" or org in outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize("text, name", [
    ("院长王立带队前往。", "王立"),
    ("局长何清带队检查。", "何清"),
    ("副院长宋平带队出征。", "宋平"),
    ("处长黄飞带队督导。", "黄飞"),
])
def test_a_name_the_segmenter_glues_to_the_word_after_it_ends_where_that_word_starts(nlp, text, name):
    assert outer_names(nlp, text, "Person") == {name}
