"""The rule components on sentences written for these tests (not taken from the seeds)."""

from __future__ import annotations

from conftest import facts


def names_of(mentions, type_=None):
    return {m.name for m in mentions if type_ is None or m.type == type_}


def test_places_with_short_names_resolve_to_official_names(nlp):
    named, _, _ = facts(nlp, "近日，山西太原与新疆博尔塔拉蒙古自治州签约。")
    assert {"山西省", "太原市", "新疆维吾尔自治区", "博尔塔拉蒙古自治州"} <= names_of(named)


def test_a_shared_county_name_is_resolved_by_its_parent(nlp):
    named, _, _ = facts(nlp, "江苏省南通市通州区人民医院与北京市通州区卫生健康委合作。")
    codes = {m.key for m in named if m.name == "通州区"}
    assert codes == {"place:320612", "place:110112"}


def test_a_township_after_its_county_is_a_township_even_if_the_gazetteer_lacks_it(nlp):
    named, _, _ = facts(nlp, "家住赣州市于都县铁山镇的老人来看病。")
    assert any(m.type == "Township" and m.name == "铁山镇" for m in named)


def test_hospital_name_stops_at_the_preposition_before_it(nlp):
    named, _, _ = facts(nlp, "患者王某在南京市第一医院接受治疗。")
    assert names_of(named, "Hospital") == {"南京市第一医院"}


def test_locator_places_are_stripped_from_the_canonical_name(nlp):
    named, _, _ = facts(nlp, "近日，广东省佛山市顺德区人民医院开展义诊。")
    hosp = [m for m in named if m.type == "Hospital"]
    assert [m.name for m in hosp] == ["顺德区人民医院"]
    assert "广东省佛山市顺德区人民医院" in hosp[0].aliases


def test_generic_facilities_are_not_entities(nlp):
    named, _, _ = facts(nlp, "全省乡镇卫生院和三级医院、县医院都要提升能力。")
    assert not names_of(named) - {"乡镇", "全省"}
    assert not [m for m in named if m.type in ("Hospital", "PrimaryCareFacility")]


def test_university_affiliated_hospital_nests_its_university(nlp):
    named, rels, _ = facts(nlp, "四川大学华西医院与中山大学附属第三医院签订协议。")
    assert {"中山大学附属第三医院", "中山大学"} <= names_of(named)
    assert ("中山大学附属第三医院", "affiliatedWith", "中山大学", None) in rels


def test_bracketed_renaming_becomes_an_alias_of_the_same_entity(nlp):
    _, _, pairs = facts(nlp, "湖南省人民医院（湖南师范大学附属第一医院）启动项目。")
    names = {m.text: target.name for m, target in pairs}
    assert names["湖南师范大学附属第一医院"] == "湖南省人民医院"


def test_policy_in_book_title_marks_and_issuer(nlp):
    _, rels, _ = facts(nlp, "近日，甘肃省卫生健康委印发《甘肃省基层医疗卫生机构能力提升实施方案》。")
    assert ("甘肃省卫生健康委", "issues", "甘肃省基层医疗卫生机构能力提升实施方案", None) in rels


def test_event_organizer_and_place(nlp):
    _, rels, _ = facts(nlp, "3月5日，2025年湖北省卫生健康工作会议在武汉市召开。")
    assert ("2025年湖北省卫生健康工作会议", "locatedIn", "武汉市", None) in rels


def test_passive_organizers_each_get_an_edge(nlp):
    _, rels, _ = facts(nlp, "由广西壮族自治区卫生健康委、广西日报社主办的健康科普大赛在南宁举行。")
    organizers = {h for h, r, t, _ in rels if r == "organizes" and t == "健康科普大赛"}
    assert organizers == {"广西壮族自治区卫生健康委", "广西日报社"}


def test_aid_team_serves_where_its_name_says_and_is_dispatched(nlp):
    _, rels, _ = facts(nlp, "第25批援马里中国医疗队由重庆市派遣，已抵达马里。")
    assert ("第25批援马里中国医疗队", "servesIn", "马里", None) in rels
    assert ("重庆市", "dispatches", "第25批援马里中国医疗队", None) in rels


def test_title_before_name_with_department_and_anaphor(nlp):
    text = "福州市第二医院开通热线。该院骨科主任陈建华介绍，热线全天开放。"
    named, rels, _ = facts(nlp, text)
    assert "陈建华" in names_of(named, "Person")
    assert ("陈建华", "holdsPosition", "福州市第二医院", "骨科主任") in rels


def test_several_titles_joined_by_enumeration_comma(nlp):
    _, rels, _ = facts(nlp, "昆明医科大学第一附属医院院长、心内科学科带头人赵海涛表示，将加强合作。")
    assert ("赵海涛", "holdsPosition", "昆明医科大学第一附属医院", "院长、心内科学科带头人") in rels


def test_partial_names_and_patients_are_not_persons(nlp):
    named, _, _ = facts(nlp, "患者李先生说，王女士也来了。张国强表示满意。")
    assert names_of(named, "Person") == {"张国强"}


def test_character_segmenter_runs_the_same_components(nlp_char):
    named, rels, _ = facts(nlp_char, "近日，甘肃省卫生健康委印发《甘肃省基层卫生服务实施方案》。")
    assert "甘肃省卫生健康委" in names_of(named)
    assert rels


def test_cooperation_with_an_enumerated_list_of_partners(nlp):
    _, rels, _ = facts(nlp, "浙江省人民医院先后与四川省成都市、贵州省遵义市签订合作协议。")
    partners = {t for h, r, t, _ in rels if r == "cooperatesWith" and h == "浙江省人民医院"}
    assert partners == {"成都市", "遵义市"}


def test_paired_assistance_stated_with_yu(nlp):
    _, rels, _ = facts(nlp, "近年来，福建省厦门市与甘肃省临夏回族自治州建立对口帮扶关系。")
    assert ("厦门市", "assists", "临夏回族自治州", None) in rels


def test_a_quoted_part_stays_inside_an_event_name(nlp):
    named, _, _ = facts(nlp, "近日，2024年度“最美医生”评选活动颁奖仪式在杭州举行。")
    assert "2024年度最美医生评选活动颁奖仪式" in names_of(named, "Event")


def test_a_speech_verb_right_after_a_two_character_name_is_not_part_of_it(nlp):
    named, _, _ = facts(nlp, "心内科主任曾勇说，手术很成功。")
    assert names_of(named, "Person") == {"曾勇"}
