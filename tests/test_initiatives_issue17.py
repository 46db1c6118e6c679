"""Programmes and events on news kg was not written for (issue 17, round 3): sentences
written for these tests, with made-up names and places."""

from __future__ import annotations

import pytest
from conftest import facts, names_of


@pytest.mark.parametrize(("text", "event"), [
    ("5月8日上午，龙泉市第一人民医院对口帮扶青溪县中医院座谈会在青溪县卫生健康局召开。",
     "龙泉市第一人民医院对口帮扶青溪县中医院座谈会"),
    ("6月2日，江北大学附属医院与白沙县人民医院医疗联合体暨儿科专科联盟签约仪式在白沙县人民医院举行。",
     "江北大学附属医院与白沙县人民医院医疗联合体暨儿科专科联盟签约仪式"),
    ("近日，江北大学附属医院—白沙县人民医院专科联盟签约揭牌仪式在白沙县举行。",
     "江北大学附属医院—白沙县人民医院专科联盟签约揭牌仪式"),
])
def test_an_event_named_for_the_bodies_that_meet_opens_with_both(nlp, text, event):
    assert names_of(nlp, text, "Event") == {event}


def test_a_body_that_holds_an_event_it_is_not_named_for_stays_out_of_its_name(nlp):
    assert names_of(nlp, "上午，龙泉市第一人民医院召开青溪县中医院座谈会。", "Event") == {"青溪县中医院座谈会"}


@pytest.mark.parametrize(("text", "event"), [
    ("3月2日上午，东湖区家庭医生签约服务推进现场会暨青山社区卫生服务站揭牌仪式在青山社区举行。",
     "东湖区家庭医生签约服务推进现场会暨青山社区卫生服务站揭牌仪式"),
    ("5月6日，北岸区卫生健康系统作风建设推进会暨警示教育大会召开。", "北岸区卫生健康系统作风建设推进会暨警示教育大会"),
    ("4月9日，西岭县乡村医生队伍建设推进大会召开。", "西岭县乡村医生队伍建设推进大会"),
])
def test_the_verb_that_opens_an_event_suffix_stays_in_the_name(nlp, text, event):
    assert event in names_of(nlp, text, "Event")


@pytest.mark.parametrize(("text", "program"), [
    ("为落实《合肥市人民政府关于印发推进健康合肥行动实施方案的通知》要求，全区推进工作。", "健康合肥行动"),
    ("市卫健委印发《落实宁波市全民健身行动实施方案》。", "宁波市全民健身行动"),
    ("区政府印发《深入推进健康绍兴行动工作方案》。", "健康绍兴行动"),
])
def test_a_programme_inside_a_title_starts_after_the_verb_before_its_place(nlp, text, program):
    assert program in names_of(nlp, text, "Program")


def test_a_title_that_opens_with_a_verb_before_common_words_keeps_it(nlp):
    text = "国家卫生健康委印发《加强儿童近视防控工作提升视力健康工程方案》。"
    assert "加强儿童近视防控工作提升视力健康工程" in names_of(nlp, text, "Program")


@pytest.mark.parametrize(("text", "program"), [
    ("全市要高水平建设健康浙江先行示范区，加快发展。", "健康浙江先行示范区"),
    ("要迭代升级“5510”健康行动，全面提升能力。", "5510健康行动"),
    ("持续深化“369”健康工程，全面提升能力。", "369健康工程"),
    ("要大力推动安徽省基层中医药服务能力提升工程。", "安徽省基层中医药服务能力提升工程"),
])
def test_a_programme_starts_after_the_verb_phrase_before_its_proper_start(nlp, text, program):
    assert names_of(nlp, text, "Program") == {program}


@pytest.mark.parametrize("text", [
    "全省深入实施健康江苏行动，成效明显。",
    "提出要按照要求改善医疗服务行动计划。",
])
def test_a_verb_before_common_words_or_a_campaign_stays_out_of_the_cut(nlp, text):
    programs = names_of(nlp, text, "Program")
    assert programs & {"健康江苏行动", "改善医疗服务行动计划"}


@pytest.mark.parametrize("text", [
    "新院区（当地人称\"东院\"）已经启用。为响应部署，\"三进行动\"随即展开。",
    "病区推出\"一站式\"服务！随后，该院\"暖心工程\"也已启动。",
    "他说：\"要坚持\"；此后各地推出\"护佑母婴活动\"。",
])
def test_a_quoted_name_never_spans_the_end_of_a_sentence(nlp, text):
    programs = names_of(nlp, text, "Program")
    assert not any(set(p) & set("。！？；") for p in programs)


@pytest.mark.parametrize(("text", "whole", "first"), [
    ("1月10日，汉台区社区卫生服务机构建设推进现场会暨北关社区卫生服务中心新址揭牌仪式举行。",
     "汉台区社区卫生服务机构建设推进现场会暨北关社区卫生服务中心新址揭牌仪式", "汉台区社区卫生服务机构建设推进现场会"),
    ("宝鸡市医学会急诊医学专业委员会成立大会暨首次学术会议召开。",
     "宝鸡市医学会急诊医学专业委员会成立大会暨首次学术会议", "宝鸡市医学会急诊医学专业委员会成立大会"),
    ("岳西县卫生健康工作会议暨党风廉政建设工作会议召开。",
     "岳西县卫生健康工作会议暨党风廉政建设工作会议", "岳西县卫生健康工作会议"),
])
def test_the_first_part_of_a_joint_meeting_names_the_same_meeting(nlp, text, whole, first):
    named, _, _ = facts(nlp, text)
    events = [m for m in named if m.type == "Event"]
    assert [m.name for m in events] == [whole] and first in events[0].aliases


@pytest.mark.parametrize(("text", "body", "programme"), [
    ("提出要按照国家卫生计生委改善医疗服务行动计划的要求推进工作。", "国家卫生计生委", "改善医疗服务行动计划"),
    ("全面落实陕西省卫生健康委基层卫生人才培养计划。", "陕西省卫生健康委", "基层卫生人才培养计划"),
    ("该院承担了宝鸡市卫生健康委中医药服务能力提升行动的宣传任务。", "宝鸡市卫生健康委", "中医药服务能力提升行动"),
])
def test_a_government_body_before_a_programmes_name_runs_it_and_is_no_part_of_the_name(nlp, text, body, programme):
    named, rels, _ = facts(nlp, text)
    assert programme in {m.name for m in named if m.type == "Program"}
    assert (body, "organizes", programme, None) in rels


def test_a_hospital_before_its_project_stays_in_the_projects_name(nlp):
    name = "北岭大学第一医院远程会诊中心建设项目"
    assert name in names_of(nlp, f"启动{name}。", "Program")


@pytest.mark.parametrize(("text", "programme"), [
    ("为落实区委区政府“六新行动”部署，宝鸡市卫生健康局召开会议。", "六新行动"),
    ("岳西县人民医院对标“千县工程”要求，提升服务能力。", "千县工程"),
    ("全市上下认真落实“健康守护行动计划”各项任务。", "健康守护行动计划"),
])
def test_a_quoted_name_ending_with_a_programmes_suffix_is_a_programme_whatever_follows(nlp, text, programme):
    assert programme in names_of(nlp, text, "Program")



@pytest.mark.parametrize(("text", "event"), [
    ("12月10日上午，江西省援外医疗队出征欢送会在南昌举行。", "江西省援外医疗队出征欢送会"),
    ("全市卫生健康系统先进集体表彰会召开。", "全市卫生健康系统先进集体表彰会"),
    ("宝鸡市创建国家卫生城市动员会召开。", "宝鸡市创建国家卫生城市动员会"),
    ("岳西县举办胸痛救治培训会。", "胸痛救治培训会"),
])
def test_send_offs_commendations_mobilisations_and_trainings_are_events(nlp, text, event):
    assert event in names_of(nlp, text, "Event")


def test_a_bare_meeting_word_names_no_event(nlp):
    assert names_of(nlp, "他在欢送会上讲话，并出席了表彰会。", "Event") == set()


@pytest.mark.parametrize(("text", "campaign"), [
    ("天水市召开会议。让健康天水建设成果更多惠及百姓。", "健康天水"),
    ("汉中市总结健康汉中建设经验，部署下一步工作。", "健康汉中"),
    ("宝鸡市召开会议，通报健康宝鸡建设进展情况。", "健康宝鸡"),
])
def test_a_places_campaign_written_with_its_work_is_named_whatever_noun_follows(nlp, text, campaign):
    assert campaign in names_of(nlp, text, "Program")


def organizers(nlp, text: str) -> set[tuple[str, str]]:
    _, rels, _ = facts(nlp, text)
    return {(head, tail) for head, rel, tail, _ in rels if rel == "organizes"}


@pytest.mark.parametrize(("text", "place", "meeting"), [
    ("2月28日，临汾市2025年卫生健康工作会议召开。", "临汾市", "临汾市2025年卫生健康工作会议"),
    ("6月2日，宜城市创建国家卫生城市推进大会召开。", "宜城市", "宜城市创建国家卫生城市推进大会"),
    ("日前，江西省赣州市卫生健康系统作风建设动员会在赣州召开。", "赣州市", "赣州市卫生健康系统作风建设动员会"),
])
def test_a_place_convenes_the_work_meeting_named_for_it(nlp, text, place, meeting):
    assert (place, meeting) in organizers(nlp, text)


@pytest.mark.parametrize("text", [
    "昨天，浙江省人均预期寿命新闻发布会在杭州召开。",
    "昨天，杭州市胸痛中心联盟揭牌仪式举行。",
    "日前，柳州市基层卫生论坛开幕。",
])
def test_a_ceremony_or_forum_named_for_a_place_is_not_convened_by_it(nlp, text):
    assert not {head for head, _ in organizers(nlp, text)} & {"浙江省", "杭州市", "柳州市"}


@pytest.mark.parametrize(("text", "events"), [
    ("某院在门诊综合楼会议中心召开干部大会。", set()),
    ("会议在康复大楼会议中心举行。", set()),
    ("在科教楼会议中心召开干部大会。", set()),
    ("工作推进会在行政楼三楼会议室举行。", set()),
])
def test_an_event_suffix_inside_a_venue_ends_no_event(nlp, text, events):
    assert names_of(nlp, text, "Event") == events


@pytest.mark.parametrize(("text", "events"), [
    ("会议传达了全国、全省和临汾市卫生健康工作会议精神。", {"临汾市卫生健康工作会议"}),
    ("大家学习了全省和赣州市卫生健康工作会议精神。", {"赣州市卫生健康工作会议"}),
    ("会议要求贯彻全国和全省卫生健康工作会议精神。", set()),
])
def test_a_meeting_listed_after_a_whole_scope_and_conjunction_starts_after_them(nlp, text, events):
    assert names_of(nlp, text, "Event") == events


@pytest.mark.parametrize(("text", "runners", "programme"), [
    ("为落实南山区委区政府“六新行动”部署，区卫生健康局开展工作。", {"南山区委", "南山区政府"}, "六新行动"),
    ("为落实南山区政府“健康南山行动”部署，区卫生健康局开展工作。", {"南山区政府"}, "健康南山行动"),
    ("按照岳西县委县政府“健康岳西行动”安排，县卫生健康委部署工作。", {"岳西县委", "岳西县政府"}, "健康岳西行动"),
])
def test_government_bodies_written_together_right_before_a_quoted_programme_run_it(nlp, text, runners, programme):
    assert {head for head, tail in organizers(nlp, text) if tail == programme} == runners


@pytest.mark.parametrize(("text", "body"), [
    ("岳西县总医院今日运行。10月20日，岳西县总医院成立暨挂牌仪式举行。", "岳西县总医院"),
    ("太湖县人民医院新院区竣工。太湖县人民医院揭牌仪式昨日举行。", "太湖县人民医院"),
    ("岳西县中医院迁入新址。岳西县中医院正式启用仪式举行。", "岳西县中医院"),
])
def test_a_body_founded_or_opened_at_an_event_named_for_it_does_not_organise_it(nlp, text, body):
    assert body not in {head for head, _ in organizers(nlp, text)}


def test_a_body_that_names_its_own_meeting_organises_it(nlp):
    text = "太湖县人民医院召开会议。太湖县人民医院第二届协作医院交流会召开。"
    assert ("太湖县人民医院", "太湖县人民医院第二届协作医院交流会") in organizers(nlp, text)


@pytest.mark.parametrize(("text", "programmes"), [
    ("要加快健康临汾行动建设步伐。", {"健康临汾行动"}),
    ("全市要抓好健康临汾行动落实。", {"健康临汾行动"}),
    ("要加快在建项目进度，不折不扣抓好集中整治。", set()),
])
def test_a_verb_that_introduces_a_work_starts_no_programme_name(nlp, text, programmes):
    assert names_of(nlp, text, "Program") == programmes
