"""Names of events and policies on news kg was not written for (issue 17): sentences written
for these tests, with made-up names and places."""

from __future__ import annotations

import pytest
from conftest import names_of


@pytest.mark.parametrize(("text", "event"), [
    ("3月2日，青川市口腔专科联盟成立大会在青川市第一人民医院召开。", "青川市口腔专科联盟成立大会"),
    ("昨天上午，澜江县人民医院白石分院签约揭牌仪式在白石镇举行。", "澜江县人民医院白石分院签约揭牌仪式"),
    ("南坪市创建全国文明城市总结表彰大会于5月8日召开，会议回顾了创建历程。", "南坪市创建全国文明城市总结表彰大会"),
    ("东岭县胸痛中心联盟授牌仪式举行。", "东岭县胸痛中心联盟授牌仪式"),
])
def test_the_act_an_event_celebrates_stays_in_its_name(nlp, text, event):
    assert event in names_of(nlp, text, "Event")


@pytest.mark.parametrize(("text", "event"), [
    ("中山大学、南方医科大学赴林芝市对口支援工作座谈会召开。", "林芝市对口支援工作座谈会"),
    ("浙江省对口帮扶工作推进会在杭州召开。", "浙江省对口帮扶工作推进会"),
    ("江苏省对口支援工作会议召开。", "江苏省对口支援工作会议"),
])
def test_a_work_word_that_opens_with_a_boundary_word_stays_in_the_events_name(nlp, text, event):
    assert any(n.endswith(event) for n in names_of(nlp, text, "Event"))


@pytest.mark.parametrize(("text", "event"), [
    ("8月17日，华东儿科发展联盟成立大会预备会在杭州召开。", "华东儿科发展联盟成立大会预备会"),
    ("杭州马拉松设置了二十个医疗保障点。", "杭州马拉松"),
    ("长三角医院协会筹备会在上海举行。", "长三角医院协会筹备会"),
])
def test_preparatory_meetings_and_marathons_are_events(nlp, text, event):
    assert event in names_of(nlp, text, "Event")


@pytest.mark.parametrize(("text", "event"), [
    ("兰州市举办活动。区卫生健康局借助兰州国际马拉松赛开展宣传。", "兰州国际马拉松赛"),
    ("南京市召开会议。市疾控中心借助南京马拉松普及急救知识。", "南京马拉松"),
    ("他出席了江苏省卫生健康工作会议。", "江苏省卫生健康工作会议"),
])
def test_a_verb_before_the_place_an_events_name_opens_with_is_no_part_of_it(nlp, text, event):
    assert event in names_of(nlp, text, "Event")
