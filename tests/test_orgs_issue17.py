"""Kinds of organisations, policies and programmes missed on news kg was not written for
(issue 17): sentences written for these tests, with made-up names and places."""

from __future__ import annotations

import pytest
from conftest import facts, outer_names


@pytest.mark.parametrize(("text", "policy"), [
    ("会上印发了《2025年青川县卫生健康工作要点》。", "2025年青川县卫生健康工作要点"),
    ("两院院长签署《眼科专科联盟合作协议书》。", "眼科专科联盟合作协议书"),
    ("双方签署了《关于派遣医疗队赴甲国工作的议定书》。", "关于派遣医疗队赴甲国工作的议定书"),
    ("会议审议了《东部康复联盟章程》。", "东部康复联盟章程"),
    ("两国卫生部签署《卫生合作2026年度执行计划》。", "卫生合作2026年度执行计划"),
])
def test_a_work_plan_an_agreement_a_charter_and_an_implementation_plan_are_documents(nlp, text, policy):
    assert policy in outer_names(nlp, text, "Policy")


@pytest.mark.parametrize(("text", "honour"), [
    ("去年，全国爱卫会命名青川市为国家卫生城市。", "国家卫生城市"),
    ("南坪市创建国家卫生城市工作取得成效。", "国家卫生城市"),
    ("甲医院援疆医疗队全国民族团结进步模范集体称号由院长领取。", "全国民族团结进步模范集体"),
    ("他被授予全国卫生系统模范个人称号。", "全国卫生系统模范个人"),
    ("该市于2019年通过国家健康促进市验收。", "国家健康促进市"),
])
def test_a_designation_starts_at_its_scope_not_at_who_earns_it(nlp, text, honour):
    assert honour in outer_names(nlp, text, "Program")


@pytest.mark.parametrize(("text", "award"), [
    ("全县有300多人次获得全国无偿献血奉献奖金奖、银奖、铜奖。", "全国无偿献血奉献奖"),
    ("马拉维副总统为医疗队员颁发“马拉维共和国政府卫生贡献奖”。", "马拉维共和国政府卫生贡献奖"),
    ("他荣获全国优秀乡村医生奖一等奖。", "全国优秀乡村医生奖"),
])
def test_an_award_is_named_from_its_scope_without_its_grade(nlp, text, award):
    assert award in outer_names(nlp, text, "Program")


@pytest.mark.parametrize("text", [
    "该院在竞赛中获得优秀组织奖。",
    "会上颁发了最佳创意奖和最佳人气奖。",
    "他还获得了二等奖。",
])
def test_an_award_without_a_place_or_national_scope_is_no_name(nlp, text):
    assert not outer_names(nlp, text, "Program")


@pytest.mark.parametrize(("text", "law"), [
    ("自《中华人民共和国基本医疗卫生与健康促进法》实施以来，全县群众受益。", "中华人民共和国基本医疗卫生与健康促进法"),
    ("要继续宣传普及《献血法》。", "献血法"),
    ("会议学习了新修订的《甲省中医药发展法》。", "甲省中医药发展法"),
])
def test_a_title_in_book_marks_that_ends_in_fa_is_a_law(nlp, text, law):
    assert law in outer_names(nlp, text, "Policy")


@pytest.mark.parametrize(("text", "notice", "issued"), [
    ("青川市卫生健康委关于印发2026年全市卫生健康工作要点的通知",
     "青川市卫生健康委关于印发2026年全市卫生健康工作要点的通知", "2026年全市卫生健康工作要点"),
    ("会上印发了《关于印发东岭县创建健康县区实施方案的通知》。",
     "关于印发东岭县创建健康县区实施方案的通知", "东岭县创建健康县区实施方案"),
    ("宁安市人民政府关于印发《宁安市护理事业发展规划》的通知",
     "宁安市人民政府关于印发《宁安市护理事业发展规划》的通知", "宁安市护理事业发展规划"),
])
def test_a_notice_that_issues_a_document_names_both(nlp, text, notice, issued):
    named = facts(nlp, text)[0]
    policies = {m.name for m in named if m.type == "Policy"}
    assert {notice, issued} <= policies | {a for m in named if m.type == "Policy" for a in m.aliases}
    assert issued in policies


@pytest.mark.parametrize(("text", "designation"), [
    ("东岭县创建全国基层中医药工作示范县推进会召开。", "全国基层中医药工作示范县"),
    ("要举全县之力争创全国健康促进示范县。", "全国健康促进示范县"),
    ("南坪市获评全国无障碍环境示范市。", "全国无障碍环境示范市"),
])
def test_a_model_county_is_named_from_its_scope(nlp, text, designation):
    named = facts(nlp, text)[0]
    assert designation in {m.name for m in named if m.type == "Program"}


@pytest.mark.parametrize(("text", "body"), [
    ("会上，党中央、国务院授予东岭县人民医院模范集体称号。", "国务院"),
    ("民政部发言人李某在例行记者会上介绍了情况。", "民政部"),
    ("健康县区建设由全国爱卫办统筹推进。", "全国爱国卫生运动委员会办公室"),
    ("科技部、工信部联合印发通知。", "科学技术部"),
])
def test_a_central_organ_named_alone_is_the_national_body(nlp, text, body):
    assert body in outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize(("text", "not_national"), [
    ("两国外交部共同发表声明。", "外交部"),
    ("马拉维外交部发言人表示感谢。", "外交部"),
    ("两国财政部签署了备忘录。", "财政部"),
])
def test_a_ministry_after_a_country_or_a_count_is_not_chinas(nlp, text, not_national):
    assert not_national not in outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize(("text", "body"), [
    ("江苏省生态环境厅副厅长王明出席。", "江苏省生态环境厅"),
    ("会议由常州市住房和城乡建设局承办。", "常州市住房和城乡建设局"),
    ("溧阳市退役军人事务局、溧阳市应急管理局参加。", "溧阳市退役军人事务局"),
])
def test_a_government_department_of_the_standard_list_is_a_body(nlp, text, body):
    assert body in outer_names(nlp, text, "GovernmentAgency")


@pytest.mark.parametrize("text", ["我院将认真履行医联体主体医院职责。", "它是医联体成员医院。",
                                  "县人民医院是医共体牵头医院。"])
def test_a_hospital_named_by_its_role_in_an_alliance_is_no_name(nlp, text):
    assert not outer_names(nlp, text, "Hospital")


@pytest.mark.parametrize("text", ["北京市属医院改革推进。", "成都市召开会议。市属三级医院开展义诊。",
                                  "成都市召开会议。市属医院参加。"])
def test_a_places_own_bodies_as_a_class_are_no_name(nlp, text):
    assert not outer_names(nlp, text, "Hospital")
