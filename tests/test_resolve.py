"""Resolution across articles, on pages written for these tests."""

from __future__ import annotations

from kg.build import build_graph_from


def test_bodies_named_by_an_elided_place_stay_apart_across_cities(tmp_path):
    (tmp_path / "a.txt").write_text("南京医保新规\n\n南京市卫生健康委与市医保局联合发文，规范医保结算。\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("无锡医保新规\n\n无锡市卫生健康委、医保局等部门联合发文，优化医保服务。\n",
                                    encoding="utf-8")
    g = build_graph_from([tmp_path]).graph
    agencies = {d["name"]: d["aliases"] for _, d in g.nodes(data=True) if d.get("type") == "GovernmentAgency"}
    assert {"南京市医保局", "无锡市医保局"} <= set(agencies)
    assert not any(a in ("市医保局", "医保局") for aliases in agencies.values() for a in aliases)


def test_a_short_ending_takes_the_long_canonical_form_and_keeps_the_written_one(tmp_path):
    (tmp_path / "a.txt").write_text("拉萨接种\n\n拉萨市、堆龙德庆区疾控中心的医务人员参与接种工作。\n",
                                    encoding="utf-8")
    g = build_graph_from([tmp_path]).graph
    names = {d["name"]: d["aliases"] for _, d in g.nodes(data=True) if d.get("type") == "PublicHealthAgency"}
    assert names == {"拉萨市疾病预防控制中心": ["拉萨市疾控中心"], "堆龙德庆区疾病预防控制中心": ["堆龙德庆区疾控中心"]}


def test_broadcasting_groups_written_short_and_long_are_one(tmp_path):
    (tmp_path / "a.txt").write_text("颁奖\n\n由江苏广播电视集团主办的评选活动在江苏广电集团举行。\n", encoding="utf-8")
    g = build_graph_from([tmp_path]).graph
    groups = [d["name"] for _, d in g.nodes(data=True) if d.get("type") == "Organization"]
    assert groups == ["江苏广播电视集团"]


def _persons(g, name):
    return [n for n, d in g.nodes(data=True) if d.get("type") == "Person" and d["name"] == name]


def _posts(g, person):
    return {g.nodes[t]["name"] for _, t, k in g.out_edges(person, keys=True) if k == "holdsPosition"}


def test_people_of_one_name_at_unlinked_organisations_on_different_pages_stay_apart(tmp_path):
    for page, hospital in (("a", "岳西县人民医院"), ("b", "太湖县人民医院"), ("c", "蕲春县人民医院")):
        text = f"医院动态\n\n{hospital}院长李红表示，将加强学科建设。\n"
        (tmp_path / f"{page}.txt").write_text(text, encoding="utf-8")
    g = build_graph_from([tmp_path]).graph
    people = _persons(g, "李红")
    assert len(people) == 3
    held = sorted(p for person in people for p in _posts(g, person))
    assert held == ["太湖县人民医院", "岳西县人民医院", "蕲春县人民医院"]


def test_one_name_holding_a_post_in_one_organisation_on_two_pages_is_one_person(tmp_path):
    (tmp_path / "a.txt").write_text("医院动态\n\n岳西县人民医院院长李红表示，将加强学科建设。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("义诊活动\n\n岳西县人民医院院长李红带队下乡义诊。\n", encoding="utf-8")
    g = build_graph_from([tmp_path]).graph
    assert len(_persons(g, "李红")) == 1


def test_one_name_twice_on_one_page_is_one_person(tmp_path):
    (tmp_path / "a.txt").write_text("医院动态\n\n岳西县人民医院院长李红表示，将加强学科建设。\n\n"
                                    "义诊活动\n\n李红介绍，义诊将持续一周。\n", encoding="utf-8")
    g = build_graph_from([tmp_path]).graph
    assert len(_persons(g, "李红")) == 1
