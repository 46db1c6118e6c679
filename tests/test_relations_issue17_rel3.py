"""Relations read in more wordings, round three of issue 17: a document's issuer named at the
opening of its name (某委关于印发…的通知) or right before its title after the verb, and the
document a notice prints issued by the notice's issuer. Sentences are made up."""

from __future__ import annotations

import pytest
from conftest import facts, relations_of


@pytest.mark.parametrize(("text", "issuer", "notice", "printed"), [
    ("嘉兴市卫生健康委关于印发2025年全市卫生健康工作要点的通知",
     "嘉兴市卫生健康委", "嘉兴市卫生健康委关于印发2025年全市卫生健康工作要点的通知", "2025年全市卫生健康工作要点"),
    ("近日，绍兴市人民政府关于印发《健康绍兴行动实施方案》的通知正式发布。",
     "绍兴市人民政府", "绍兴市人民政府关于印发健康绍兴行动实施方案的通知", "健康绍兴行动实施方案"),
    ("会上，金华市卫生健康委《关于印发金华市创建健康城市实施方案的通知》下发各县。",
     "金华市卫生健康委", "关于印发金华市创建健康城市实施方案的通知", "金华市创建健康城市实施方案"),
])
def test_the_issuer_of_a_notice_issues_the_document_it_prints(nlp, text, issuer, notice, printed):
    issued = relations_of(nlp, text, "issues")
    assert (issuer, printed) in issued
    assert any(h == issuer and t.replace("《", "").replace("》", "") == notice for h, t in issued)


def test_a_body_opening_a_document_name_without_about_does_not_issue_it(nlp):
    text = "嘉兴市疾病预防控制局职能配置、内设机构和人员编制规定已经印发。"
    assert ("嘉兴市疾病预防控制局", "嘉兴市疾病预防控制局职能配置、内设机构和人员编制规定") \
        not in relations_of(nlp, text, "issues")


@pytest.mark.parametrize(("text", "issuer", "other"), [
    ("嘉兴市卫生健康局负责人作工作报告，会上还印发了嘉兴市卫生健康委《关于印发嘉兴市创建健康城市实施方案的通知》。",
     "嘉兴市卫生健康委", "嘉兴市卫生健康局"),
    ("余杭区召开工作会议，会上印发了余杭区卫生健康局的《余杭区健康促进行动方案》。", "余杭区卫生健康局", "余杭区"),
    ("会议由丽水市卫生健康委主持，会上传达并印发了浙江省卫生健康委《浙江省健康乡村建设方案》。",
     "浙江省卫生健康委", "丽水市卫生健康委"),
])
def test_a_body_right_before_a_title_after_the_verb_issued_it_not_the_subject(nlp, text, issuer, other):
    heads = {h for h, _ in relations_of(nlp, text, "issues")}
    assert issuer in heads
    assert other not in heads


@pytest.mark.parametrize(("text", "senders", "team"), [
    ("嘉兴市第一医院（以下简称市一院）张明、嘉兴市第二医院王芳、嘉兴市中医院李强3人编入中国援马里医疗队，将前往巴马科工作。",
     {"嘉兴市第一医院", "嘉兴市第二医院", "嘉兴市中医院"}, "中国援马里医疗队"),
    ("绍兴市人民医院2名医护人员入选浙江省第五批援疆医疗队。", {"绍兴市人民医院"}, "浙江省第五批援疆医疗队"),
    ("今年，金华市中心医院、金华市人民医院等4名医生加入浙江省第六批援疆医疗队，赴阿克苏地区工作。",
     {"金华市中心医院", "金华市人民医院"}, "浙江省第六批援疆医疗队"),
])
def test_the_bodies_of_the_people_a_team_takes_in_send_it(nlp, text, senders, team):
    sent = {h for h, t in relations_of(nlp, text, "dispatches") if t == team}
    assert senders <= sent


def test_a_body_in_a_clause_of_no_people_does_not_send_the_team(nlp):
    text = "嘉兴市第一医院举行欢送会，为加入中国援马里医疗队的队员送行。"
    assert ("嘉兴市第一医院", "中国援马里医疗队") not in relations_of(nlp, text, "dispatches")


@pytest.mark.parametrize("text", [
    "浙江省援老挝抗疫医疗专家组抵达万象。专家组由国家卫生健康委员会组建，云南省卫生健康委员会负责选派。",
    "浙江省援老挝抗疫医疗专家组抵达万象。据介绍，专家组由国家卫生健康委员会组建，由云南省卫生健康委员会选派。",
    "由国家卫生健康委员会组建、云南省卫生健康委员会选派的浙江省援老挝抗疫医疗专家组抵达万象。",
])
def test_a_team_formed_by_one_body_and_staffed_by_another_is_sent_by_both(nlp, text):
    sent = {h for h, t in relations_of(nlp, text, "dispatches") if t == "浙江省援老挝抗疫医疗专家组"}
    assert {"国家卫生健康委员会", "云南省卫生健康委员会"} <= sent


@pytest.mark.parametrize("credit", ["绍兴市人民医院", "绍兴市人民医院宣传科", "绍兴市人民医院\n宣传科"])
def test_we_are_the_body_that_signs_the_article_at_its_end(nlp, credit):
    text = ("专家赴阿克苏地区第一人民医院义诊\n5月4日，专家在阿克苏地区第一人民医院开展义诊。"
            f"我院将继续选派骨干医师赴疆工作。\n{credit}")
    own = {target.name for m, target in facts(nlp, text)[2] if m.text == "我院"}
    assert "绍兴市人民医院" in own
    assert "阿克苏地区第一人民医院" not in own


@pytest.mark.parametrize("text", [
    "我院按照丽水市对口支援景宁县的部署，持续对该县人民医院开展帮扶，已累计派出五批医疗队。",
    "金华市中心医院根据浙江省的安排，持续对乙县人民医院开展援助，已派出第三批援藏医疗队。",
    "金华市中心医院依照浙江省卫生健康委的要求，对和田县人民医院开展帮扶，先后派出第三批援疆医疗队。",
])
def test_neither_the_planner_nor_the_body_helped_sends_the_team(nlp, text):
    heads = {h for h, _ in relations_of(nlp, text, "dispatches")}
    assert not heads & {"丽水市", "景宁县", "浙江省", "浙江省卫生健康委", "和田县人民医院", "乙县人民医院"}



@pytest.mark.parametrize(("text", "helper", "helped"), [
    # a short name in brackets after the helper names no partner
    ("近日，宝鸡市第一人民医院（以下简称宝鸡一院）与岳西县人民医院（以下简称岳西县医院）在宝鸡签署对口帮扶协议。",
     "宝鸡市第一人民医院", "岳西县人民医院"),
    ("宝鸡市中心医院（简称宝鸡中心）与岳西县人民医院建立对口帮扶关系。", "宝鸡市中心医院", "岳西县人民医院"),
    ("汉中市人民医院（汉中市第一医院）和岳西县中医院签订对口支援协议。", "汉中市人民医院", "岳西县中医院"),
    # pairing one body with another (结对) is assistance
    ("宝鸡市疾病预防控制中心与岳西县疾病预防控制中心建立结对关系，帮助当地完善检测能力。",
     "宝鸡市疾病预防控制中心", "岳西县疾病预防控制中心"),
    ("宝鸡市中心医院与岳西县人民医院结对，派出专家坐诊。", "宝鸡市中心医院", "岳西县人民医院"),
    ("今年，汉中市人民医院结对岳西县中医院。", "汉中市人民医院", "岳西县中医院"),
])
def test_assistance_is_read_past_a_bracketed_short_name_and_from_pairing(nlp, text, helper, helped):
    assert relations_of(nlp, text, "assists") == {(helper, helped)}


@pytest.mark.parametrize(("text", "pairs"), [
    ("北岭大学第一医院派出专家。", {("北岭大学第一医院", "北岭大学")}),
    ("南岭医科大学总医院召开大会。", {("南岭医科大学总医院", "南岭医科大学")}),
    ("东川大学附属中山医院开展义诊。", {("东川大学附属中山医院", "东川大学")}),
    ("北岭大学第一医院太原医院揭牌。", {("北岭大学第一医院", "北岭大学")}),  # a branch: not the university's own
])
def test_a_hospital_named_for_a_university_is_affiliated_with_it_and_its_branch_is_not(nlp, text, pairs):
    assert relations_of(nlp, text, "affiliatedWith") == pairs
