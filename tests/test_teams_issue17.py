"""Foreign cities and where aid teams serve, on sentences written for these tests."""

from __future__ import annotations

import networkx as nx
import pytest
from conftest import facts, outer_names, relations_of

from kg.graph import _city_countries


@pytest.mark.parametrize(("text", "city"), [
    ("中国援马里医疗队队员在巴马科的医院坚守岗位。", "巴马科"),
    ("代表团一行访问了内罗毕。", "内罗毕"),
    ("会议在卢萨卡举行，多国卫生部长出席。", "卢萨卡"),
])
def test_a_foreign_city_of_cldr_is_a_city(nlp, text, city):
    assert city in {m.name for m in facts(nlp, text)[0] if m.type == "City"}


def test_a_foreign_city_is_part_of_its_country_in_the_graph():
    g = nx.MultiDiGraph()
    g.add_node("City/达喀尔", type="City", name="达喀尔")
    _city_countries(g)
    assert g.has_edge("City/达喀尔", "country:SN", key="partOf")
    assert g.nodes["country:SN"]["inferred"]


@pytest.mark.parametrize(("text", "team", "places"), [
    ("浙江省第三人民医院赵明编入中国援马里医疗队，将赴马里首都巴马科开展为期一年的工作。",
     "中国援马里医疗队", {"马里", "巴马科"}),
    ("湖北省人民医院孙丽加入中国援莫桑比克医疗队，随队前往莫桑比克首都马普托工作。",
     "中国援莫桑比克医疗队", {"莫桑比克", "马普托"}),
    ("中国援乌干达医疗队日前奔赴乌干达首都坎帕拉。", "中国援乌干达医疗队", {"乌干达", "坎帕拉"}),
])
def test_a_team_going_to_a_country_and_its_capital_serves_in_both(nlp, text, team, places):
    assert places <= {t for h, t in relations_of(nlp, text, "servesIn") if h == team}


@pytest.mark.parametrize(("text", "team", "site"), [
    ("湖南省派出第20批援塞拉利昂医疗队。13个月里，队员们在弗里敦的中塞友好医院坚守岗位。", "第20批援塞拉利昂医疗队",
     "中塞友好医院"),
    ("吉林省派出第九批援萨摩亚医疗队。全体队员在阿皮亚的国家医院工作。", "第九批援萨摩亚医疗队", "国家医院"),
    ("宁波市派出第五批援疆医疗队。医疗队员们深入库车市各乡镇开展义诊。", "第五批援疆医疗队", "库车市"),
])
def test_the_members_of_a_team_named_before_serve_where_they_work(nlp, text, team, site):
    assert (team, site) in relations_of(nlp, text, "servesIn")


@pytest.mark.parametrize("text", ["医生们深入库车市各乡镇开展义诊。", "库车市所辖街道都设有服务站。",
                                  "阜宁县全镇动员。"])
def test_a_determiner_before_the_word_for_townships_names_no_township(nlp, text):
    named, _, _ = facts(nlp, text)
    assert not [m for m in named if m.type == "Township"]


@pytest.mark.parametrize(("text", "team", "sender", "place"), [
    ("中国政府赴埃塞俄比亚抗疫医疗专家组27日抵达亚的斯亚贝巴。", "中国政府赴埃塞俄比亚抗疫医疗专家组", "中国政府",
     "埃塞俄比亚"),
    ("江苏省赴武汉医疗队平安归来。", "江苏省赴武汉医疗队", "江苏省", "武汉市"),
    ("浙江省第三批赴湖北医疗队今日出发。", "浙江省第三批赴湖北医疗队", "浙江省", "湖北省"),
])
def test_a_team_named_for_its_trip_is_sent_by_its_opening_and_serves_where_it_goes(nlp, text, team, sender, place):
    assert team in outer_names(nlp, text, "AidTeam")
    assert (sender, team) in relations_of(nlp, text, "dispatches")
    assert (team, place) in relations_of(nlp, text, "servesIn")


def test_a_team_named_for_its_trip_alone_is_a_name_without_a_sender(nlp):
    text = "医院派出赴武汉医疗队。"
    assert "赴武汉医疗队" in outer_names(nlp, text, "AidTeam")
    assert not relations_of(nlp, text, "dispatches")
