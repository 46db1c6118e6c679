"""Relations of aid teams and alliances read in more wordings (issue 17): where a team goes
(赴, 前往, 深入 a place or a hospital), a place chain in a list of tails counts as its last
place, and an alliance's leader named by its role (以甲医院为龙头; 是…的牵头单位; 作为…牵头医院)
with the bodies taken in after 将…纳入 as its members. Sentences are made up."""

from __future__ import annotations

import pytest
from conftest import relations_of


@pytest.mark.parametrize(("text", "team", "place"), [
    ("绵阳市第四批援藏医疗队日前前往昌都市开展为期一年的医疗帮扶。", "绵阳市第四批援藏医疗队", "昌都市"),
    ("8月2日，德阳市第三批援疆医疗队赴喀什地区疏附县，开始为期半年的工作。", "德阳市第三批援疆医疗队", "疏附县"),
    ("本月，泸州市第二批援藏医疗队深入西藏自治区那曲市及比如县、嘉黎县等地巡诊。", "泸州市第二批援藏医疗队", "嘉黎县"),
])
def test_a_team_serves_where_it_goes(nlp, text, team, place):
    assert (team, place) in relations_of(nlp, text, "servesIn")


def test_a_place_chain_after_the_verb_counts_as_its_last_place(nlp):
    text = "泸州市第二批援藏医疗队深入西藏自治区那曲市及比如县、嘉黎县等地。"
    served = {t for _, t in relations_of(nlp, text, "servesIn")}
    assert {"那曲市", "比如县", "嘉黎县"} <= served
    assert "西藏自治区" not in served


def test_a_team_coming_home_does_not_serve_at_home(nlp):
    text = "结束援外任务的泸州市第二批援藏医疗队平安抵达成都市。"
    assert not relations_of(nlp, text, "servesIn")


@pytest.mark.parametrize(("text", "leader", "alliance"), [
    ("按照规划，平昌县医共体以平昌县人民医院为龙头，将平昌县中医院、驷马镇卫生院纳入统一管理。",
     "平昌县人民医院", "平昌县医共体"),
    ("南江县人民医院是南江县医共体的牵头单位。", "南江县人民医院", "南江县医共体"),
    ("目前，通江县人民医院作为通江县医共体牵头医院，已将铁佛镇卫生院等基层机构纳入统一管理。",
     "通江县人民医院", "通江县医共体"),
])
def test_the_body_named_in_the_role_of_leader_leads_the_alliance(nlp, text, leader, alliance):
    assert (leader, alliance) in relations_of(nlp, text, "leads")


@pytest.mark.parametrize(("text", "members", "alliance"), [
    ("按照规划，平昌县医共体以平昌县人民医院为龙头，将平昌县中医院、驷马镇卫生院纳入统一管理。",
     {"平昌县中医院", "驷马镇卫生院"}, "平昌县医共体"),
    ("目前，通江县人民医院作为通江县医共体牵头医院，已将铁佛镇卫生院等基层机构纳入统一管理。",
     {"铁佛镇卫生院"}, "通江县医共体"),
])
def test_the_bodies_taken_in_by_the_leader_are_members(nlp, text, members, alliance):
    found = relations_of(nlp, text, "memberOf")
    assert {(m, alliance) for m in members} <= found
    assert not any(h.endswith("人民医院") for h, _ in found)


def test_a_leader_role_without_an_alliance_states_nothing(nlp):
    assert not relations_of(nlp, "巴中市以巴中市中心医院为龙头，推进分级诊疗。", "leads")


@pytest.mark.parametrize(("text", "host"), [
    ("目前在当地工作的第六批援汤加医疗队由汤加政府派遣的联络员协助安排工作。", "汤加政府"),
    ("应瓦努阿图请求，瓦努阿图派出人员迎接中国援瓦努阿图医疗队。", "瓦努阿图"),
    ("第三批援斐济医疗队由斐济卫生部选派的护士配合开展义诊。", "斐济卫生部"),
])
def test_the_place_a_team_serves_never_sends_it(nlp, text, host):
    assert host not in {h for h, _ in relations_of(nlp, text, "dispatches")}


@pytest.mark.parametrize("text", [
    "5月8日，达州市中心医院与南江县人民医院签约。",
    "达州市中心医院与南江县人民医院“云端”牵手",
    "去年，达州市中心医院与南江县人民医院正式结亲，共建远程会诊中心。",
])
def test_bodies_that_sign_or_join_hands_cooperate(nlp, text):
    assert ("达州市中心医院", "南江县人民医院") in relations_of(nlp, text, "cooperatesWith")


@pytest.mark.parametrize("text", [
    "近日，泸州市人民医院（以下简称泸州市医院）与南江县人民医院在成都签署合作协议。",
    "新年伊始，达州市中心医院（达州市第一人民医院，以下简称达州中心医院）与巴中市南江县人民医院的合作再上台阶。",
    "广元市中心医院(以下简称广元市医院)和旺苍县人民医院签订协议。",
])
def test_a_short_name_in_brackets_does_not_cut_a_with_phrase(nlp, text):
    assert any(t == "南江县人民医院" or t == "旺苍县人民医院" for _, t in relations_of(nlp, text, "cooperatesWith"))


@pytest.mark.parametrize(("text", "senders"), [
    ("5月3日，中国（四川）第九批援佛得角医疗队从成都出发。12名队员来自8家省级医院，其中四川省人民医院和"
     "成都市第三人民医院承担了主要派员任务。", {"四川省人民医院", "成都市第三人民医院"}),
    ("绵阳市第四批援藏医疗队近日出发。本批队员中，绵阳市中心医院承担全部派员任务。", {"绵阳市中心医院"}),
    ("德阳市第三批援疆医疗队抵达喀什。据悉，德阳市人民医院承担起大部分派员任务。", {"德阳市人民医院"}),
])
def test_a_body_taking_on_the_sending_of_staff_dispatches_the_team_named_before(nlp, text, senders):
    assert senders <= {h for h, _ in relations_of(nlp, text, "dispatches")}


def test_a_sending_task_in_a_clause_without_its_body_states_nothing(nlp):
    text = "绵阳市第四批援藏医疗队近日出发。按照四川省卫生健康委的统一部署，我市此次承担派员任务的均为三级医院。"
    assert "四川省卫生健康委" not in {h for h, _ in relations_of(nlp, text, "dispatches")}


@pytest.mark.parametrize(("text", "site"), [
    ("绵阳市第四批援藏医疗队已抵达，队员们在昌都市人民医院坚守一年。", "昌都市人民医院"),
    ("德阳市第三批援疆医疗队出发后，全体队员在疏附县开展巡诊。", "疏附县"),
    ("泸州市第二批援藏医疗队于3月启程，队员在西藏自治区那曲市比如县人民医院工作了半年。", "比如县人民医院"),
])
def test_a_team_serves_where_its_members_work(nlp, text, site):
    assert any(t == site for _, t in relations_of(nlp, text, "servesIn"))


def test_where_a_team_trains_before_leaving_is_not_where_it_serves(nlp):
    text = "绵阳市第四批援藏医疗队出发前，队员在成都市接受了为期两周的培训。"
    assert "成都市" not in {t for _, t in relations_of(nlp, text, "servesIn")}
