"""Resolution of organisations' names across one article and across articles (issue 17):
variants of a name ending, short forms later in an article, homonyms in different places.
Names and places are made up."""

from __future__ import annotations

import pytest

from kg.extract import ArticleInfo, ArticleResult, FoundMention
from kg.resolve import resolve


def article(n: int, *mentions: tuple[str, str]) -> ArticleResult:
    info = ArticleInfo(f"a{n}", "x.txt", n, "t", (0, 100))
    found = [FoundMention(f"a{n}", type_, name, name, 2 * i, 2 * i + 1) for i, (type_, name) in enumerate(mentions)]
    return ArticleResult(info, found)


def entities(*articles: ArticleResult) -> dict[str, list[str]]:
    ents, _ = resolve(list(articles))
    return {e.name: e.aliases for e in ents}


@pytest.mark.parametrize("full, short", [
    ("南岭大学青禾医院", "青禾医院"),
    ("北川市松涛医院", "松涛医院"),
    ("东平医学院第一附属医院", "第一附属医院"),
    ("西川医科大学附属石桥医院", "石桥医院"),
])
def test_a_short_form_later_in_the_article_is_the_full_name(full, short):
    got = entities(article(1, ("Hospital", full), ("Person", "甲某"), ("Hospital", short)))
    assert set(got) == {full, "甲某"}
    assert short in got[full]


def test_a_place_written_for_short_inside_a_name_is_the_same_place():
    got = entities(article(1, ("Hospital", "恩施土家族苗族自治州中心医院"), ("Hospital", "恩施州中心医院")))
    assert got == {"恩施土家族苗族自治州中心医院": ["恩施州中心医院"]}


def test_a_short_form_shared_by_two_full_names_joins_neither():
    got = entities(article(1, ("Hospital", "南岭大学第一附属医院"), ("Hospital", "北岭学院第一附属医院"),
                           ("Hospital", "第一附属医院")))
    assert "第一附属医院" in got and len(got) == 3


def test_a_short_form_joins_only_within_its_article():
    got = entities(article(1, ("Hospital", "南岭大学第一附属医院"), ("Hospital", "第一附属医院")),
                   article(2, ("Hospital", "北岭学院第一附属医院"), ("Hospital", "第一附属医院")))
    assert set(got) == {"南岭大学第一附属医院", "北岭学院第一附属医院"}


@pytest.mark.parametrize("full, short", [
    ("此次出征得到江北省卫生健康委", "江北省卫生健康委"),
    ("青石医院互联网医院北川市藏医院", "北川市藏医院"),
])
def test_a_name_after_a_clause_or_after_another_body_is_not_its_short_form(full, short):
    assert set(entities(article(1, ("Hospital", full), ("Hospital", short)))) == {full, short}


def test_two_places_homonymous_bodies_stay_apart():
    got = entities(article(1, ("Hospital", "甲县人民医院"), ("Hospital", "乙县人民医院"), ("Hospital", "人民医院")),
                   article(2, ("Hospital", "甲县人民医院")), article(3, ("Hospital", "乙县人民医院")))
    assert {"甲县人民医院", "乙县人民医院"} <= set(got)
    assert got["甲县人民医院"] == [] and got["乙县人民医院"] == []


@pytest.mark.parametrize("names, canonical", [
    (["石门县医共体", "石门县紧密型县域医共体", "石门县紧密型县域医疗卫生共同体"], "石门县紧密型县域医疗卫生共同体"),
    (["北川市卫计委", "北川市卫生计生委", "北川市卫生和计划生育委员会"], "北川市卫生计生委"),
    (["江北省疾控局", "江北省疾病预防控制局"], "江北省疾病预防控制局"),
])
def test_variant_endings_are_one_body_with_the_others_as_aliases(names, canonical):
    got = entities(*(article(i, ("GovernmentAgency", n)) for i, n in enumerate(names)))
    assert list(got) == [canonical]
    assert set(got[canonical]) == set(names) - {canonical}


def test_a_short_written_variant_is_named_in_its_official_short_form():
    assert list(entities(article(1, ("GovernmentAgency", "北川市卫计委")))) == ["北川市卫生计生委"]


@pytest.mark.parametrize("type_, full, short", [
    # contractions: the heads of words kept, characters dropped in two places at least
    ("GovernmentAgency", "成都市医院管理局", "成都市医管局"),
    ("Hospital", "南京市妇幼保健院", "南京市妇保院"),
    ("Hospital", "东岭医科大学附属青禾医院", "东医大附属青禾医院"),
    ("Hospital", "南岭大学中日友好医院", "南大中日友好医院"),
    # the place inside the name without its level word
    ("PrimaryCareFacility", "青禾镇卫生院", "青禾卫生院"),
    ("PrimaryCareFacility", "松涛乡中心卫生院", "松涛中心卫生院"),
    ("Hospital", "石桥镇人民医院", "石桥人民医院"),
])
def test_a_name_written_for_short_another_way_later_in_the_article_is_the_full_name(type_, full, short):
    got = entities(article(1, (type_, full), ("Person", "甲某"), (type_, short)))
    assert set(got) == {full, "甲某"}
    assert short in got[full]


@pytest.mark.parametrize("one, other", [
    ("成都市中西医结合医院", "成都市中医院"),  # one run dropped: another hospital
    ("成都市中医医院", "成都市中医院"),
    ("中山大学附属第一医院", "中国科学院"),  # not the characters of the full name in order
    ("北岭大学第一医院", "北岭市第一医院"),  # the same place is not named before both
])
def test_a_name_that_is_not_a_contraction_of_another_stays_apart(one, other):
    assert set(entities(article(1, ("Hospital", one), ("Hospital", other)))) == {one, other}



@pytest.mark.parametrize("type_, full, short", [
    ("AidTeam", "中国援马达加斯加医疗队", "援马医疗队"),  # the destination by its first character
    ("AidTeam", "中国援马达加斯加医疗队", "中国援马医疗队"),
    ("AidTeam", "中国（江西）第八批援突尼斯医疗队", "第八批援突尼斯医疗队"),  # no sender
    ("AidTeam", "中国（江西）第八批援突尼斯医疗队", "中国第八批援突尼斯医疗队"),  # the country without its province
    ("AidTeam", "泉州市第六批第二期援藏医疗队", "泉州援藏医疗队"),  # the city without its level, no batch
    ("AidTeam", "北岭大学附属第三医院第四批援青医疗队", "第四批援青医疗队"),
    ("AidTeam", "北岭大学附属第三医院国家援青医疗队", "国家援青医疗队"),  # the end of the sender
    ("AidTeam", "中国政府赴老挝抗疫医疗专家组", "赴老挝抗疫医疗专家组"),
    ("MedicalAlliance", "南岭市中心医院创伤救治联盟", "创伤救治联盟"),  # an alliance by its ending
])
def test_a_team_or_alliance_written_for_short_later_in_the_article_is_the_full_name(type_, full, short):
    got = entities(article(1, (type_, full), ("Person", "甲某"), (type_, short)))
    assert set(got) == {full, "甲某"}
    assert short in got[full]


@pytest.mark.parametrize("fulls, short", [
    (("第七批援突尼斯医疗队", "第八批援突尼斯医疗队"), "援突尼斯医疗队"),  # two batches: either
    (("第七批援突尼斯医疗队",), "第十七批援突尼斯医疗队"),  # another batch, not a shorter one
    (("第十一批援藏医疗队",), "第十批援藏医疗队"),  # 第十批 is no part of 第十一批
    (("中国援马达加斯加医疗队",), "援马里医疗队"),  # another destination
    (("泉州市援藏医疗队",), "漳州援藏医疗队"),  # another sender
    (("中国援马达加斯加医疗队",), "中国援马拉维专家组"),  # another kind of team
])
def test_a_team_name_that_fits_two_teams_or_differs_stays_apart(fulls, short):
    got = entities(article(1, *(("AidTeam", f) for f in fulls), ("AidTeam", short)))
    assert set(got) == {*fulls, short}


def test_an_alliance_and_a_team_are_never_short_forms_of_each_other():
    got = entities(article(1, ("MedicalAlliance", "南岭市中心医院医疗队联盟"), ("AidTeam", "南岭市中心医院医疗队")))
    assert set(got) == {"南岭市中心医院医疗队联盟", "南岭市中心医院医疗队"}


@pytest.mark.parametrize("short", ["中国援突尼斯医疗队", "援突尼斯医疗队"])
def test_the_standing_mission_is_not_the_batch_named_in_the_same_article(short):
    got = entities(article(1, ("AidTeam", "中国（江西）第八批援突尼斯医疗队"), ("AidTeam", short)))
    assert set(got) == {"中国（江西）第八批援突尼斯医疗队", short}


def test_a_short_form_that_fits_a_name_and_its_own_short_form_is_that_one_name():
    full, middle, short = "中国援马达加斯加医疗队", "中国援马医疗队", "援马医疗队"
    got = entities(article(1, ("AidTeam", full), ("AidTeam", middle), ("AidTeam", short)))
    assert set(got) == {full} and set(got[full]) == {middle, short}


@pytest.mark.parametrize(("full", "short"), [
    ("宝鸡市第二人民医院", "宝鸡市二医院"),
    ("汉中市第三人民医院", "汉中市三医院"),
    ("岳西县第一人民医院", "岳西县一院"),
])
def test_a_numbered_hospital_written_by_its_number_after_its_place_is_that_hospital(full, short):
    got = entities(article(1, ("Hospital", full), ("Person", "甲某"), ("Hospital", short)))
    assert set(got) == {full, "甲某"} and short in got[full]


def test_another_number_is_another_hospital():
    got = entities(article(1, ("Hospital", "宝鸡市第二人民医院"), ("Hospital", "宝鸡市三医院")))
    assert set(got) == {"宝鸡市第二人民医院", "宝鸡市三医院"}
