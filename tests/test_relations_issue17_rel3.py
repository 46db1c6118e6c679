"""Relations read in more wordings, round three of issue 17: a document's issuer named at the
opening of its name (某委关于印发…的通知) or right before its title after the verb, and the
document a notice prints issued by the notice's issuer. Sentences are made up."""

from __future__ import annotations

import pytest
from conftest import relations_of


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
