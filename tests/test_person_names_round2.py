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
