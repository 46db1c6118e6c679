"""Entity names on news kg was not written for (issue 17): sentences written for these tests,
with made-up names and places."""

from __future__ import annotations

import pytest
from conftest import facts, outer_names


@pytest.mark.parametrize("text", [
    "江南省已先后派出六批医疗队，共计80人次。",
    "两批援外医疗队圆满完成任务。",
    "在前四批医疗队工作的基础上，继续开展带教。",
    "早在去年，省卫生健康委就完成了本批医疗队的组建。",
])
def test_a_count_of_batches_names_no_team(nlp, text):
    assert outer_names(nlp, text, "AidTeam") == set()


@pytest.mark.parametrize("text", [
    "浦阳县各附属医院要选派骨干。",
    "来自市、区两级医院的专家参加义诊。",
    "此次州县两级医院签订协议。",
    "红山大学迎来了第二所直属附属医院。",
    "这是全省第一家精神专科医院。",
    "公布了21家市属医院的考核结果。",
    "两家医院结为姐妹医院，联盟医院共享数据。",
    "我县两大医疗健康集团揭牌。",
])
def test_plural_shared_and_kind_words_name_no_body(nlp, text):
    assert outer_names(nlp, text) - {"浦阳县", "红山大学"} == set()


def test_an_ordinal_hospital_and_a_listed_one_stay_names(nlp):
    found = outer_names(nlp, "东岭大学附属第三医院与北岭市第一人民医院合作。", "Hospital")
    assert found == {"东岭大学附属第三医院", "北岭市第一人民医院"}


@pytest.mark.parametrize("text", [
    "专家组将走访定点医院和实验室。",
    "队员还协助当地综合医院开展手术。",
    "患者被转诊至上级医院。",
])
def test_a_verb_before_generic_words_ends_the_body_and_names_nothing(nlp, text):
    assert outer_names(nlp, text, "Hospital") == set()


@pytest.mark.parametrize("text, embassy", [
    ("中国驻马拉维大使馆参赞出席仪式。", "中国驻马拉维大使馆"),
    ("活动得到了中国驻秘鲁大使馆的支持。", "中国驻秘鲁大使馆"),
    ("据中国驻文莱大使馆消息，双方签署协议。", "中国驻文莱大使馆"),
])
def test_an_embassy_runs_over_its_host_country(nlp, text, embassy):
    assert embassy in outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize("text, ministry", [
    ("医疗队向秘鲁卫生部移交设备。", "秘鲁卫生部"),
    ("马拉维卫生部官员出席了仪式。", "马拉维卫生部"),
    ("双方与文莱卫生部举行会谈。", "文莱卫生部"),
])
def test_a_foreign_ministry_keeps_its_country(nlp, text, ministry):
    assert ministry in outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize("text, team", [
    ("中国（江南）第七批援马拉维医疗队抵达。", "中国（江南）第七批援马拉维医疗队"),
    ("目前，中国(北岭)第3批援秘鲁医疗队已接过接力棒。", "中国(北岭)第3批援秘鲁医疗队"),
    ("欢迎中国（西川）第十批援文莱医疗队凯旋。", "中国（西川）第十批援文莱医疗队"),
])
def test_the_sending_province_in_brackets_is_part_of_a_team_name(nlp, text, team):
    assert team in outer_names(nlp, text, "AidTeam")


@pytest.mark.parametrize("text, medium", [
    ("来源：江川日报　　发布时间：2024-01-02", "江川日报"),
    ("白石县融媒体中心 供稿", "白石县融媒体中心"),
    ("据东海广播电视总台报道，活动顺利举行。", "东海广播电视总台"),
    ("（北江都市报记者 李华）", "北江都市报"),
])
def test_media_are_organizations(nlp, text, medium):
    assert medium in outer_names(nlp, text, "Organization")


@pytest.mark.parametrize("text, group", [
    ("白石县人民医院医疗健康集团揭牌成立。", "白石县人民医院医疗健康集团"),
    ("随着东岭县中医院医疗健康集团、东岭县人民医院医疗健康集团两块牌子揭开。", "东岭县中医院医疗健康集团"),
])
def test_a_medical_health_group_is_an_alliance(nlp, text, group):
    assert group in outer_names(nlp, text, "MedicalAlliance")


@pytest.mark.parametrize("text", [
    "中山大学附属第九医院派出专家。",
    "来自中山医院的团队，与中山大学 合作。",
    "上海市瑞金医院、华山医院联合义诊",
])
def test_a_name_part_named_for_a_person_or_road_is_no_place(nlp, text):
    assert outer_names(nlp, text, "City") == set()


@pytest.mark.parametrize("text", ["中山市人民医院派出专家。", "他来自中山市。"])
def test_the_place_written_with_its_level_word_is_still_the_place(nlp, text):
    named, _, _ = facts(nlp, text)
    assert "中山市" in {m.name for m in named if m.type == "City"}


@pytest.mark.parametrize(("text", "alliance"), [
    ("北岭大学第一医院加入全国罕见病诊疗协作网。", "全国罕见病诊疗协作网"),
    ("南岭省儿童肿瘤诊疗协作网正式运行。", "南岭省儿童肿瘤诊疗协作网"),
    ("宝鸡市中心医院牵头组建宝鸡市卒中救治协作网。", "宝鸡市卒中救治协作网"),
])
def test_a_collaboration_network_is_a_medical_alliance(nlp, text, alliance):
    assert alliance in outer_names(nlp, text, "MedicalAlliance")


@pytest.mark.parametrize("text", [
    "这是宝鸡市第一个县级医共体。",
    "该联盟是岳西县第一个专科联盟。",
    "汉中市成立全省第一个区级胸痛中心联盟。",
])
def test_the_first_of_a_kind_names_no_alliance(nlp, text):
    assert outer_names(nlp, text, "MedicalAlliance") == set()


def test_an_ordinal_count_of_a_yearly_event_is_still_its_name(nlp):
    assert "第35个爱国卫生月" in outer_names(nlp, "宝鸡市启动第35个爱国卫生月活动。", "Event")


@pytest.mark.parametrize("text", [
    "岳西县卫生健康委要求县急救中心与联盟单位共享数据。",
    "会上，市疾控中心与联盟成员签订协议。宝鸡市卫生健康委出席。",
])
def test_a_bare_alliance_word_after_a_body_of_the_place_is_no_body_of_that_place(nlp, text):
    assert not {n for n in outer_names(nlp, text) if n.endswith("联盟")}


@pytest.mark.parametrize(("text", "body"), [
    ("代表学校向和田地委、行署表示感谢。", "和田地委"),
    ("代表学校向和田地委、行署表示感谢。", "和田地区行署"),
    ("信息来源：岳西县人民政府办公室", "岳西县人民政府办公室"),
    ("出席的有汉台区政府办副主任刘云飞。", "汉台区政府办"),
    ("参加调研的还有陕西省委编办有关负责同志。", "陕西省委编办"),
    ("岳西县医共体管理委员会要发挥统筹作用。", "岳西县医共体管理委员会"),
    ("深圳市南山区召开会议。区委卫生工委书记刘春晓介绍。", "南山区委卫生工委"),
])
def test_party_committees_offices_and_management_committees_are_government_bodies(nlp, text, body):
    assert body in outer_names(nlp, text, "GovernmentAgency")


def test_an_office_word_inside_another_word_ends_no_name(nlp):
    assert outer_names(nlp, "他在政府办事大厅办理业务。", "GovernmentAgency") == set()


@pytest.mark.parametrize(("text", "short", "full"), [
    ("成都举行仪式。宝鸡市第一人民医院（以下简称市一医院）派出专家。宝鸡市卫生健康委表示，市一医院将继续派员。",
     "市一医院", "宝鸡市第一人民医院"),
    ("岳西县人民医院（下称“县医院”）与宝鸡市中心医院签约。县医院院长张建华致辞。", "县医院", "岳西县人民医院"),
    ("汉中市中心医院（简称市中心医院）牵头组建联盟。此前，市中心医院已派出专家。", "市中心医院", "汉中市中心医院"),
])
def test_a_name_given_in_brackets_is_that_body_wherever_the_article_writes_it_again(nlp, text, short, full):
    _, _, pairs = facts(nlp, text)
    later = [target.name for m, target in pairs if text[m.start:m.end] == short and m.start > text.index("）")]
    assert later and set(later) == {full}


@pytest.mark.parametrize(("text", "bodies"), [
    ("奉节县召开会议。县卫生局和县人民医院负责人参加。", {"奉节县卫生局", "奉节县人民医院"}),
    ("岳西县召开会议。县疾控中心和县中医院负责人参加。", {"岳西县疾控中心", "岳西县中医院"}),
    ("宝鸡市召开会议。市卫生健康委与县人民医院签约。", {"宝鸡市卫生健康委"}),
])
def test_a_conjunction_after_a_complete_name_is_no_county_of_that_name(nlp, text, bodies):
    assert "和县" not in outer_names(nlp, text, "County") and "与县" not in outer_names(nlp, text)
    assert bodies <= outer_names(nlp, text)


def test_the_county_named_he_is_still_a_place_where_no_name_ends_before_it(nlp):
    named, _, _ = facts(nlp, "安徽省马鞍山市和县人民医院开展义诊。")
    assert ("和县", "County") in {(m.name, m.type) for m in named}


@pytest.mark.parametrize(("text", "bodies"), [
    ("深圳市南山区召开会议。为落实区委区政府部署，区卫生健康局实施计划。", {"南山区委", "南山区政府"}),
    ("宝鸡市召开会议，回应市委市政府的托付。", {"宝鸡市委", "宝鸡市政府"}),
    ("岳西县召开大会。县委县政府高度重视卫生健康工作。", {"岳西县委", "岳西县政府"}),
])
def test_a_party_committee_and_a_government_written_together_are_two_bodies(nlp, text, bodies):
    assert bodies <= outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize(("text", "zones", "bodies"), [
    ("请各县市区卫生健康局及北渚新区党工委、管委会认真落实。", {"北渚新区"},
     {"北渚新区党工委", "北渚新区管委会"}),
    ("常乐新区、金水新城管委会负责人到会指导。", {"常乐新区", "金水新城"}, {"常乐新区管委会", "金水新城管委会"}),
    ("仪式在汉江新区举行。出席的有汉江新区党工委委员、北湖新城党委书记、管委会主任王建国。",
     {"汉江新区", "北湖新城"}, {"汉江新区党工委", "北湖新城党委", "北湖新城管委会"}),
])
def test_a_development_zone_vouched_for_by_its_committee_is_a_county_level_place(nlp, text, zones, bodies):
    named, _, _ = facts(nlp, text)
    assert zones <= {m.name for m in named if m.type == "County"}
    assert bodies <= outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize("text", ["推进新区建设，打造城市新区。", "推动老城与滨江新城协调发展。", "该院新区分院开诊。"])
def test_a_new_area_without_its_committee_is_no_place(nlp, text):
    named, _, _ = facts(nlp, text)
    assert not [m for m in named if m.type == "County"]


def test_a_place_party_committee_is_a_body_but_a_hospitals_own_is_not(nlp):
    assert "西藏自治区党委" in outer_names(nlp, "西藏自治区党委书记王明出席。", "GovernmentAgency")
    _, rels, _ = facts(nlp, "丽水市中心医院党委书记王明出席。")
    assert {(t, title) for h, r, t, title in rels if r == "holdsPosition"} == {("丽水市中心医院", "党委书记")}


def test_a_development_zone_named_for_a_county_is_the_zone_not_the_county(nlp):
    text = "汉中市汉台区召开会议。北关新区、汉台新区管委会负责人参加。汉台区卫生健康局主持。"
    named, _, _ = facts(nlp, text)
    assert {"北关新区", "汉台新区"} <= {m.name for m in named if m.type == "County"}
    assert {"北关新区管委会", "汉台新区管委会"} <= outer_names(nlp, text, "GovernmentAgency")
