"""Where an organisation's body starts (issue 17, round 2): time words, nouns acting as verbs,
one-character verbs and adverbs, and bodies made of a clause only. Sentences written for these
tests, with made-up names and places."""

from __future__ import annotations

import pytest
from conftest import outer_names


@pytest.mark.parametrize("text, name", [
    ("她说，近年来松阳县委高度重视基层医疗。", "松阳县委"),
    ("此前临朐县人民医院已派出专家。", "临朐县人民医院"),
    ("他表示，今后岳西县中医院将派驻专家。", "岳西县中医院"),
])
def test_a_time_word_before_a_place_is_no_part_of_the_name(nlp, text, name):
    """Before a place only: the dictionary's time tags are less sure (中日联谊医院)."""
    assert name in outer_names(nlp, text)


@pytest.mark.parametrize("text", [
    "她表示，今后医院将常态化派驻专家。",
    "会上宣布医院主要负责同志调整决定。",
    "他要求认真履行医联体职责。",
])
def test_a_clause_before_a_bare_suffix_names_nothing(nlp, text):
    assert outer_names(nlp, text) == set()


@pytest.mark.parametrize("text, name", [
    ("甲某在讲话中代表浦阳县卫生健康局向队员表示感谢。", "浦阳县卫生健康局"),
    ("乙主任代表青石市卫生健康委汇报了工作。", "青石市卫生健康委"),
    ("丙某代表东岭大学致辞。", "东岭大学"),
])
def test_a_noun_acting_as_a_verb_ends_the_body(nlp, text, name):
    assert name in outer_names(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("会上，庆元县卫生局负责人就县人民医院的情况作了介绍。", "庆元县人民医院"),
    ("某通讯社发外交部消息称，双方签署协议。", "外交部"),
    ("据悉，记者发外交部声明称。", "外交部"),
    ("还将新建供华西医院专家居住的周转房。", "华西医院"),
])
def test_a_one_character_verb_or_adverb_of_its_own_ends_the_body(nlp, text, name):
    assert name in outer_names(nlp, text)


@pytest.mark.parametrize("text", [
    "要求加快进度，确保总医院尽早投用。",
    "专家详细了解大医院专科医生的工作。",
    "甲主任还就卫生院院区规划提出了建议。",
])
def test_a_verb_or_adverb_before_one_modifier_or_the_suffix_names_nothing(nlp, text):
    assert outer_names(nlp, text, "Hospital") | outer_names(nlp, text, "PrimaryCareFacility") == set()


@pytest.mark.parametrize("text, name", [
    ("以新的成绩回应市委市政府的托付。", "市委"),
    ("要把会议精神和区委的部署落到实处。", "区委"),
    ("队员协助TQ综合医院完善科室设置。", "TQ综合医院"),
])
def test_the_body_starts_at_a_level_word_or_latin_letters_after_a_verb(nlp, text, name):
    found = outer_names(nlp, text)
    assert not any(f.endswith(name) and f != name for f in found)


@pytest.mark.parametrize("text, name", [
    ("北京安贞医院与首都医科大学签署协议。", "首都医科大学"),
    ("青石市潞水医院建起影像医联体。", "影像医联体"),
    ("玉泉区老年病医院揭牌。", "玉泉区老年病医院"),
    ("中国驻马拉维大使馆参赞出席仪式。", "中国驻马拉维大使馆"),
])
def test_names_that_hold_dictionary_verbs_or_time_words_stay_whole(nlp, text, name):
    assert name in outer_names(nlp, text)


def test_a_level_word_opening_a_generic_word_stands_for_no_place(nlp):
    found = outer_names(nlp, "青石市大学主动找市内高水平医院谈合作。")
    assert not any(f.endswith("医院") for f in found)
