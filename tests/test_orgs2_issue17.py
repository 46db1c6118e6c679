"""Organisation names, round 2 (issue 17): media named by credits, sub-units of a parent written
with an elided place, alliances and aid teams, events. Sentences and pages written for these
tests, with made-up names."""

from __future__ import annotations

import pytest
from conftest import facts, names_of, outer_names, relations_of

from kg.extract import extract
from kg.ingest.articles import split_articles

BODY = "某地开展义诊活动，群众纷纷点赞。"


def _media(page: str) -> list[tuple[str, str]]:
    """(name, text as written at its offsets) of the media the credits of ``page`` name."""
    return [(m.name, page[m.start:m.end]) for a in split_articles("t.txt", page) for m in a.media]


@pytest.mark.parametrize(("line", "medium"), [
    ("2031-02-03 10:20　来源：青川新闻网", "青川新闻网"),
    ("来源：东岭日报　　作者：钱一　　发布时间：2031-02-03", "东岭日报"),
    ("2031-02-03 08:00 来源:南坪在线西城频道", "南坪在线"),
])
def test_the_source_of_a_page_names_its_medium(line, medium):
    assert [n for n, _ in _media(f"标题\n\n{line}\n\n{BODY}\n")] == [medium]


@pytest.mark.parametrize(("para", "medium"), [
    (f"青川网讯（记者 王立新 通讯员 李华）{BODY}", "青川网"),
    (f"甲乙社丽江5月1日电（记者 赵小明）{BODY}", "甲乙社"),
    (f"北辰网6月2日讯（记者 钱多）{BODY}", "北辰网"),
    (f"东山新闻网讯（记者 赵小明）{BODY}", "东山新闻网"),
])
def test_a_dateline_names_its_medium_not_the_place_or_the_date(para, medium):
    assert [n for n, _ in _media(f"标题\n\n{para}\n")] == [medium]


@pytest.mark.parametrize(("para", "medium", "written"), [
    (f"{BODY}\n\n（甲乙都市报西城版记者 陈小东）", "甲乙都市报", "甲乙都市报西城版"),
    (f"{BODY}图为会场。丙丁新闻记者 钱一 摄", "丙丁新闻", "丙丁新闻"),
    (f"南坪日报记者：\n\n请问下一步如何做？\n\n{BODY}", "南坪日报", "南坪日报"),
    (f"（《青川周刊》记者　杨小平）{BODY}", "青川周刊", "《青川周刊》"),
])
def test_a_medium_before_a_reporter_is_named_without_its_section(para, medium, written):
    assert _media(f"标题\n\n{para}\n") == [(medium, written)]


@pytest.mark.parametrize("para", [
    f"本报讯（记者 钱多）{BODY}",
    f"本网讯（记者 钱多）{BODY}",
    f"（本报记者 赵小明）{BODY}",
])
def test_the_pages_own_medium_is_no_name(para):
    assert _media(f"标题\n\n{para}\n") == []


def test_a_medium_becomes_an_organisation_with_its_sentence(nlp):
    page = f"标题\n\n青川网讯（记者 王立新）{BODY}\n"
    (res,) = extract(nlp, split_articles("t.txt", page), page)
    (medium,) = [m for m in res.mentions if m.role == "medium"]
    assert (medium.type, medium.name, page[medium.start:medium.end]) == ("Organization", "青川网", "青川网")
    assert medium.sentence.startswith("青川网讯")


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("浙江省卫生健康委召开会议。省卫生健康委人事处处长李华主持。", "浙江省卫生健康委人事处", "浙江省卫生健康委"),
    ("温州市卫生健康委主任李华说，市卫健委社区处将牵头。", "温州市卫健委社区处", "温州市卫健委"),
    ("丽水市卫生健康委召开会议，市卫生健康委医政医管处处长王立新出席。", "丽水市卫生健康委医政医管处",
     "丽水市卫生健康委"),
])
def test_a_sub_unit_of_a_parent_named_by_its_level_is_that_places_and_part_of_it(nlp, text, unit, parent):
    assert unit in outer_names(nlp, text, "GovernmentAgency")
    assert (unit, parent) in relations_of(nlp, text, "partOf")


@pytest.mark.parametrize(("text", "units", "parent"), [
    ("国家中医药管理局近日印发通知。局机关设政策法规司、科技与国际合作司和机关党委（人事教育司）等内设机构。",
     {"国家中医药管理局政策法规司", "国家中医药管理局科技与国际合作司", "国家中医药管理局机关党委"},
     "国家中医药管理局"),
    ("浙江省民政厅内设社会救助处、养老服务处。", {"浙江省民政厅社会救助处", "浙江省民政厅养老服务处"}, "浙江省民政厅"),
    ("国家疾病预防控制局划入后，国家疾控局内设综合司和应急处置司。",
     {"国家疾病预防控制局综合司", "国家疾病预防控制局应急处置司"}, "国家疾控局"),
])
def test_units_a_body_sets_up_are_its_own_named_with_its_fullest_name(nlp, text, units, parent):
    assert units <= outer_names(nlp, text, "GovernmentAgency")
    assert {(u, parent) for u in units} <= relations_of(nlp, text, "partOf")


def test_a_listed_unit_is_no_key_of_its_own(nlp):
    named, _, _ = facts(nlp, "浙江省民政厅内设社会救助处、养老服务处。")
    unit = next(m for m in named if m.name == "浙江省民政厅养老服务处")
    assert (unit.text, unit.aliases) == ("浙江省民政厅养老服务处", [])


@pytest.mark.parametrize(("text", "alliance", "leader"), [
    ("永嘉县人民医院召开大会。县人民医院医疗健康集团揭牌。", "永嘉县人民医院医疗健康集团", "永嘉县人民医院"),
    ("永嘉县中医院召开大会，县中医院医共体同时成立。", "永嘉县中医院医共体", "永嘉县中医院"),
    ("瑞安市人民医院牵头，市人民医院医疗集团由此组建。", "瑞安市人民医院医疗集团", "瑞安市人民医院"),
])
def test_an_alliance_named_for_a_body_named_by_its_level_is_that_places_and_led_by_it(nlp, text, alliance, leader):
    assert alliance in outer_names(nlp, text, "MedicalAlliance")
    assert (leader, alliance) in relations_of(nlp, text, "leads")


@pytest.mark.parametrize("text", [
    "我院院长兼联盟理事长李华颁奖。",
    "该院党委书记兼医共体总院长王立新讲话。",
    "他是医院副院长兼专科联盟秘书长。",
])
def test_posts_joined_by_jian_name_no_alliance(nlp, text):
    assert not {n for n in outer_names(nlp, text, "MedicalAlliance") if "兼" in n}


@pytest.mark.parametrize(("text", "alliance", "leader", "member"), [
    ("常州市中医院—溧阳市人民医院专科联盟今日成立。", "常州市中医院—溧阳市人民医院专科联盟", "常州市中医院",
     "溧阳市人民医院"),
    ("绍兴市人民医院与新昌县人民医院医联体正式揭牌。", "绍兴市人民医院与新昌县人民医院医联体", "绍兴市人民医院",
     "新昌县人民医院"),
    ("南京鼓楼医院与句容市人民医院医联体签约仪式在句容市举行。", "南京鼓楼医院与句容市人民医院医联体", "南京鼓楼医院",
     "句容市人民医院"),
])
def test_an_alliance_named_for_a_pair_is_named_for_both_led_by_the_first(nlp, text, alliance, leader, member):
    assert alliance in names_of(nlp, text, "MedicalAlliance")
    assert (leader, alliance) in relations_of(nlp, text, "leads")
    assert (member, alliance) in relations_of(nlp, text, "memberOf")


@pytest.mark.parametrize(("text", "alliance", "leader", "member"), [
    ("临汾医科大学第一附属医院（以下简称临医一附院）与洪洞县人民医院合作多年。临医一附院—洪洞县人民医院专科联盟昨日成立。",
     "临医一附院—洪洞县人民医院专科联盟", "临汾医科大学第一附属医院", "洪洞县人民医院"),
    ("黔东南州人民医院（简称“州医院”）牵头帮扶。州医院与锦屏县人民医院医联体正式揭牌。",
     "州医院与锦屏县人民医院医联体", "黔东南州人民医院", "锦屏县人民医院"),
    ("宜宾市第二人民医院（宜宾市康复医院，以下简称宜宾二院）派出专家。宜宾二院与屏山县中医医院医联体签约。",
     "宜宾二院与屏山县中医医院医联体", "宜宾市第二人民医院", "屏山县中医医院"),
])
def test_an_alliance_named_for_a_pair_may_open_with_a_short_form_the_text_introduced(nlp, text, alliance, leader,
                                                                                     member):
    assert alliance in names_of(nlp, text, "MedicalAlliance")
    assert (leader, alliance) in relations_of(nlp, text, "leads")
    assert (member, alliance) in relations_of(nlp, text, "memberOf")


@pytest.mark.parametrize(("text", "person", "hospital"), [
    ("黔东南州人民医院（简称“州医院”）与锦屏县人民医院签约。州医院院长王方出席。", "王方", "黔东南州人民医院"),
    ("临汾市中心医院（以下简称“临中医”）举行义诊。临中医副院长李海讲话。", "李海", "临汾市中心医院"),
    ("宜宾市康复医院（宜宾市第五人民医院，下称宜康院）开展帮扶，宜康院党委书记赵平带队。", "赵平", "宜宾市康复医院"),
])
def test_a_short_form_the_text_introduced_names_the_body_wherever_it_is_written_after(nlp, text, person, hospital):
    assert (person, hospital) in relations_of(nlp, text, "holdsPosition")


@pytest.mark.parametrize(("text", "short"), [
    ("临汾市中心医院与洪洞县人民医院（以下简称“两院”）签约。两院院长出席。", "两院"),
    ("临汾市中心医院、洪洞县人民医院（以下简称双方）签约。双方将加强合作。", "双方"),
    ("宜宾市卫生健康委和屏山县卫生健康局（下称两委局）联合发文。两委局负责人讲话。", "两委局"),
])
def test_a_short_form_introduced_after_bodies_listed_together_names_none_of_them(nlp, text, short):
    assert short not in {m.text for m in nlp(text)._.mentions}


def test_a_government_body_joined_to_a_hospitals_alliance_is_no_partner_of_it(nlp):
    text = "镇江市卫生健康委与句容市人民医院医联体签约。"
    assert "句容市人民医院医联体" in names_of(nlp, text, "MedicalAlliance")


@pytest.mark.parametrize("text", [
    "两院同时签署骨科专科联盟协议。",
    "全市组建心血管内科专科联盟、儿科联盟等。",
    "苏州大学附属第一医院与太仓市中医医院医疗联合体暨眼科专科联盟签约仪式举行。",
])
def test_an_alliance_named_only_by_a_specialty_is_a_kind_not_a_name(nlp, text):
    assert not {n for n in names_of(nlp, text, "MedicalAlliance") if n.endswith(("科专科联盟", "科联盟"))}


@pytest.mark.parametrize(("text", "alliance"), [
    ("南京鼓楼医院骨科专科联盟成立。", "南京鼓楼医院骨科专科联盟"),
    ("江苏省儿科专科联盟成立。", "江苏省儿科专科联盟"),
    ("杭州市眼科联盟年会召开。", "杭州市眼科联盟"),
    ("西部骨科专科联盟年会召开。", "西部骨科专科联盟"),
])
def test_a_specialty_alliance_opened_by_a_place_or_body_is_a_name(nlp, text, alliance):
    assert alliance in names_of(nlp, text, "MedicalAlliance")


@pytest.mark.parametrize(("text", "leader", "work"), [
    ("新疆医科大学第五附属医院院长李明出席。木垒县总医院正式加入新医大五附院医联体。", "新疆医科大学第五附属医院",
     "新医大五附院医联体"),
    ("浙江大学医学院附属第二医院专家到场。浙大二院远程会诊中心项目启动。", "浙江大学医学院附属第二医院",
     "浙大二院远程会诊中心项目"),
])
def test_a_work_opened_by_a_hospitals_short_form_is_led_by_that_hospital(nlp, text, leader, work):
    assert (leader, work) in relations_of(nlp, text, "leads")


def test_an_event_opened_by_a_hospitals_short_form_is_organised_by_it(nlp):
    text = "重庆医科大学附属第二医院召开会议。重医附二院第三届学术年会开幕。"
    assert ("重庆医科大学附属第二医院", "重医附二院第三届学术年会") in relations_of(nlp, text, "organizes")


@pytest.mark.parametrize(("text", "alliance"), [
    ("继溧阳片区医共体建设之后，全县又组建了两个医共体。", "溧阳片区医共体"),
    ("继宜兴市医疗集团成立以来，改革不断深化。", "宜兴市医疗集团"),
    ("继城东片区医共体试点之后，各地纷纷跟进。", "城东片区医共体"),
])
def test_following_opens_no_alliance_name(nlp, text, alliance):
    assert alliance in outer_names(nlp, text, "MedicalAlliance")


@pytest.mark.parametrize(("text", "alliance"), [
    ("福田区医疗集团总部今日揭牌。", "福田区医疗集团总部"),
    ("记者走访了罗湖区医疗集团总部。", "罗湖区医疗集团总部"),
    ("宝安区医疗健康集团总部设在区人民医院。", "宝安区医疗健康集团总部"),
])
def test_the_headquarters_of_a_group_is_named_as_the_group(nlp, text, alliance):
    assert alliance in outer_names(nlp, text, "MedicalAlliance")


@pytest.mark.parametrize("text", ["我院与溧阳市人民医院专科联盟正式揭牌。", "本院与句容市中医院医联体签约。",
                                  "我院和金坛区人民医院专科联盟今天成立。"])
def test_an_alliance_of_the_writers_body_and_a_partner_is_not_the_partners(nlp, text):
    assert not names_of(nlp, text, "MedicalAlliance")
