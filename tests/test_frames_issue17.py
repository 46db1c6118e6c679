"""Relations of aid teams and alliances on news the rules were not written on (issue 17):
senders and leaders read from names, 向 X as a destination, members listed as 成员单位 and
senders listed after 队员来自. Sentences are made up."""

from __future__ import annotations

import pytest
from conftest import relations_of


@pytest.mark.parametrize(("text", "sender", "team"), [
    ("广元市第三批援藏医疗队近日出发。", "广元市", "广元市第三批援藏医疗队"),
    ("日前，绵阳市中心医院第二批援疆医疗队圆满完成任务返回。", "绵阳市中心医院", "绵阳市中心医院第二批援疆医疗队"),
    ("5月1日，中国（辽宁）第七批援冈比亚医疗队出发仪式在沈阳举行。", "辽宁省", "中国（辽宁）第七批援冈比亚医疗队"),
])
def test_a_team_is_dispatched_by_the_place_or_body_its_name_opens_with(nlp, text, sender, team):
    assert (sender, team) in relations_of(nlp, text, "dispatches")


def test_the_country_opening_a_national_team_is_no_sender(nlp):
    assert not relations_of(nlp, "中国援乍得医疗队在恩贾梅纳开展义诊。", "dispatches")


@pytest.mark.parametrize("text", [
    "甘肃省已先后向老挝派出六批医疗队。",
    "今年，江西省向乍得派遣了中国援乍得医疗队。",
    "据介绍，该省自2010年起向马里选派医疗队。",
])
def test_the_place_after_xiang_is_where_a_team_goes_not_its_sender(nlp, text):
    heads = {h for h, _ in relations_of(nlp, text, "dispatches")}
    assert not heads & {"老挝", "乍得", "马里"}


def test_a_team_sent_by_a_place_toward_another_has_the_first_as_sender(nlp):
    sent = relations_of(nlp, "今年，江西省向乍得派遣了中国援乍得医疗队。", "dispatches")
    assert ("江西省", "中国援乍得医疗队") in sent


@pytest.mark.parametrize(("text", "leader", "alliance"), [
    ("会上，长垣市人民医院卒中联盟正式成立。", "长垣市人民医院", "长垣市人民医院卒中联盟"),
    ("新乡市中心医院胸痛联盟揭牌仪式日前举行。", "新乡市中心医院", "新乡市中心医院胸痛联盟"),
    ("由许昌市中心医院创伤联盟牵头的培训班开班。", "许昌市中心医院", "许昌市中心医院创伤联盟"),
])
def test_an_alliance_named_for_a_body_is_led_by_it(nlp, text, leader, alliance):
    assert (leader, alliance) in relations_of(nlp, text, "leads")


@pytest.mark.parametrize(("text", "members"), [
    ("长垣市人民医院卒中联盟成立，向封丘县人民医院、延津县人民医院等12家成员单位授牌。",
     {"封丘县人民医院", "延津县人民医院"}),
    ("长垣市人民医院卒中联盟近日成立。封丘县人民医院和延津县人民医院等首批签约单位参加了会议。",
     {"封丘县人民医院", "延津县人民医院"}),
    ("长垣市人民医院卒中联盟成立后，原阳县人民医院、获嘉县人民医院、延津县人民医院等联盟单位将共享资源。",
     {"原阳县人民医院", "获嘉县人民医院", "延津县人民医院"}),
])
def test_bodies_listed_as_member_units_are_members_of_the_alliance_named_before(nlp, text, members):
    found = relations_of(nlp, text, "memberOf")
    assert {(m, "长垣市人民医院卒中联盟") for m in members} <= found
    assert ("长垣市人民医院", "长垣市人民医院卒中联盟") not in found  # its leader is no member


@pytest.mark.parametrize("text", [
    "广元市第三批援藏医疗队出发。队员分别来自广元市中心医院、广元市中医医院等单位。",
    "广元市第三批援藏医疗队已抵达。医疗队员来自广元市中心医院和广元市中医医院。",
    "广元市第三批援藏医疗队共10人，成员均来自广元市中心医院、广元市中医医院。",
])
def test_the_bodies_a_teams_members_come_from_dispatch_it(nlp, text):
    found = relations_of(nlp, text, "dispatches")
    assert {("广元市中心医院", "广元市第三批援藏医疗队"), ("广元市中医医院", "广元市第三批援藏医疗队")} <= found


def test_members_from_bodies_without_a_team_named_before_state_nothing(nlp):
    assert not relations_of(nlp, "队员分别来自广元市中心医院、广元市中医医院。", "dispatches")
