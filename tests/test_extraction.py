"""The rule components on sentences written for these tests (not taken from the seeds)."""

from __future__ import annotations

import pytest
from conftest import facts


def names_of(mentions, type_=None):
    return {m.name for m in mentions if type_ is None or m.type == type_}


def heads_of(rels, rel, tail):
    return {h for h, r, t, _ in rels if r == rel and t == tail}


def tails_of(rels, head, rel):
    return {t for h, r, t, _ in rels if r == rel and h == head}


def test_places_with_short_names_resolve_to_official_names(nlp):
    named, _, _ = facts(nlp, "近日，山西太原与新疆博尔塔拉蒙古自治州签约。")
    assert {"山西省", "太原市", "新疆维吾尔自治区", "博尔塔拉蒙古自治州"} <= names_of(named)


@pytest.mark.parametrize(("text", "county"), [
    ("沛县召开卫生健康工作会议。", "沛县"),
    ("近日，滑县人民医院与郑州大学签约。", "滑县"),
    ("会议在睢县举行，县委书记出席。", "睢县"),
])
def test_a_two_character_county_that_is_a_word_of_its_own_is_a_place(nlp, text, county):
    assert county in names_of(facts(nlp, text)[0], "County")


@pytest.mark.parametrize("text", ["他知道县里的情况。", "城区医院开展义诊。", "郊区的卫生院正在改建。"])
def test_two_characters_of_a_county_name_inside_words_or_common_words_are_no_place(nlp, text):
    assert not names_of(facts(nlp, text)[0], "County")


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


def test_passive_organizers_each_get_an_edge_and_the_event_its_place(nlp):
    _, rels, _ = facts(nlp, "由广西壮族自治区卫生健康委、广西日报社主办的健康科普大赛在南宁举行。")
    assert heads_of(rels, "organizes", "健康科普大赛") == {"广西壮族自治区卫生健康委", "广西日报社"}
    assert ("健康科普大赛", "locatedIn", "南宁市", None) in rels


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
    assert tails_of(rels, "浙江省人民医院", "cooperatesWith") == {"成都市", "遵义市"}


def test_paired_assistance_stated_with_yu(nlp):
    _, rels, _ = facts(nlp, "近年来，福建省厦门市与甘肃省临夏回族自治州建立对口帮扶关系。")
    assert ("厦门市", "assists", "临夏回族自治州", None) in rels


def test_a_quoted_part_stays_inside_an_event_name(nlp):
    named, _, _ = facts(nlp, "近日，2024年度“最美医生”评选活动在杭州启动。")
    assert "2024年度最美医生评选活动" in names_of(named, "Event")


def test_a_speech_verb_right_after_a_two_character_name_is_not_part_of_it(nlp):
    named, _, _ = facts(nlp, "心内科主任曾勇说，手术很成功。")
    assert names_of(named, "Person") == {"曾勇"}


def test_a_level_word_stands_for_the_place_named_before(nlp):
    named, rels, _ = facts(nlp, "杭州市卫生健康委联合市医保局、市财政局印发通知。")
    assert {"杭州市医保局", "杭州市财政局"} <= names_of(named, "GovernmentAgency")
    assert ("杭州市医保局", "locatedIn", "杭州市", None) in rels
    assert "杭州市卫生健康委联合市医保局" not in names_of(named)


def test_party_committee_and_government_of_one_county_are_two_bodies(nlp):
    named, _, _ = facts(nlp, "会宁县委县政府高度重视此项工作。")
    assert {"会宁县委", "会宁县政府"} <= names_of(named, "GovernmentAgency")


def test_a_sub_unit_needs_its_parent_and_is_part_of_it(nlp):
    _, rels2, _ = facts(nlp, "甘肃省卫生健康委医政处处长李红梅出席，该处负责审批。")
    assert ("甘肃省卫生健康委医政处", "partOf", "甘肃省卫生健康委", None) in rels2
    assert ("李红梅", "holdsPosition", "甘肃省卫生健康委医政处", "处长") in rels2
    lone, _, _ = facts(nlp, "他在办事处工作。")
    assert not names_of(lone, "GovernmentAgency"), "处 alone names nothing"


def test_a_party_group_post_stays_with_its_body(nlp):
    _, rels, _ = facts(nlp, "甘肃省卫生健康委党组书记、主任郭玉芬出席。")
    assert ("郭玉芬", "holdsPosition", "甘肃省卫生健康委", "党组书记、主任") in rels


def test_an_organisation_name_starts_at_its_place_not_at_the_verb_or_person_before(nlp):
    named, _, _ = facts(nlp, "兰州市第一人民医院张丽和兰州市第二人民医院李强获奖，并为甘肃省肿瘤康复协会减免会费。")
    assert {"兰州市第二人民医院"} <= names_of(named, "Hospital")
    assert "甘肃省肿瘤康复协会" in names_of(named, "Organization")
    assert not any("张丽" in n or "减免" in n for n in names_of(named))


def test_a_year_before_an_organisation_dates_the_sentence(nlp):
    named, _, _ = facts(nlp, "2019年爱德基金会捐赠了设备。")
    assert "爱德基金会" in names_of(named, "Organization")


def test_plural_and_generic_hospitals_are_not_names(nlp):
    named, _, _ = facts(nlp, "定西市三所受援医院与标杆医院结对，患者请求医院救治。")
    assert not names_of(named, "Hospital")


def test_a_hospital_after_affiliated_is_also_called_by_its_own_name(nlp):
    named, _, _ = facts(nlp, "兰州大学附属甘肃省人民医院的专家说，甘肃省人民医院将扩建。")
    hosp = [m for m in named if m.type == "Hospital"]
    assert any("甘肃省人民医院" in m.aliases for m in hosp)


def test_a_short_citation_of_a_policy_refers_to_the_full_title(nlp):
    named, _, refs = facts(nlp, "市卫生健康委印发《兰州市基层卫生服务能力提升实施方案》。《实施方案》提出三项任务。")
    assert names_of(named, "Policy") == {"兰州市基层卫生服务能力提升实施方案"}
    assert any(m.text == "实施方案" and target.name.startswith("兰州市") for m, target in refs)


def test_common_words_are_not_persons_but_listed_doctors_are(nlp):
    named, _, _ = facts(nlp, "专家权利与义务明确。援疆专家连续站了10台手术。医院派出心内科张明教授、王晓红医生前往。")
    assert names_of(named, "Person") == {"张明", "王晓红"}


def test_a_foreign_name_after_a_title_and_before_speech(nlp):
    named, _, _ = facts(nlp, "卡萨布兰卡大学医院院长阿米娜·本吉说：“合作很成功。”")
    assert "阿米娜·本吉" in names_of(named, "Person")


def test_speech_after_a_two_character_name_is_not_part_of_it(nlp):
    named, _, _ = facts(nlp, "“效果很好。”兰州市第一人民医院心内科主任周敏说。")
    assert "周敏" in names_of(named, "Person")


def test_every_member_of_a_list_issues_and_the_first_cooperates_with_the_rest(nlp):
    _, rels, _ = facts(nlp, "兰州市卫生健康委、市医保局和市财政局联合印发《兰州市医共体建设方案》。")
    assert heads_of(rels, "issues", "兰州市医共体建设方案") == {"兰州市卫生健康委", "兰州市医保局", "兰州市财政局"}
    assert {("兰州市卫生健康委", "cooperatesWith", x, None) for x in ("兰州市医保局", "兰州市财政局")} <= rels
    assert not any(r == "locatedIn" and h == "兰州市医共体建设方案" for h, r, _, _ in rels), "a policy has no place"


def test_a_subject_with_a_list_of_partners_cooperates_with_each(nlp):
    _, rels, _ = facts(nlp, "甘肃省人民医院与定西市、天水市和白银市开展合作。")
    assert tails_of(rels, "甘肃省人民医院", "cooperatesWith") == {"定西市", "天水市", "白银市"}
    assert not tails_of(rels, "定西市", "cooperatesWith")


def test_an_occupation_after_a_generic_hospital_vouches_for_no_name(nlp):
    named, _, _ = facts(nlp, "引导二级及以上医院全科医生作为家庭医生。卫生健康委相关负责人介绍。")
    assert not names_of(named, "Person")


def test_observance_days_weeks_and_festivals_are_events(nlp):
    named, _, _ = facts(nlp, "5月31日是世界无烟日。9月20日是第36个全国爱牙日，8月19日是中国医师节。")
    assert {"世界无烟日", "第36个全国爱牙日", "中国医师节"} <= names_of(named, "Event")


def test_an_observance_used_as_a_modifier_is_not_an_event(nlp):
    named, _, _ = facts(nlp, "市中医院开展世界无烟日宣传义诊活动。全国近日开展检查。")
    assert not names_of(named, "Event")


def test_the_ceremony_of_a_named_event_is_that_event(nlp):
    named, rels, _ = facts(nlp, "由江苏省卫生健康委主办的2024年度“江苏好医生”评选活动颁奖仪式在南京举行。")
    assert names_of(named, "Event") == {"2024年度江苏好医生评选活动"}
    assert ("江苏省卫生健康委", "organizes", "2024年度江苏好医生评选活动", None) in rels


def test_a_founding_ceremony_of_an_alliance_is_an_event_holding_the_alliance(nlp):
    named, _, _ = facts(nlp, "日前，安徽省芜湖市儿科医疗联盟成立仪式举行。")
    assert "芜湖市儿科医疗联盟成立仪式" in names_of(named, "Event")


def test_events_joined_by_ji_are_one_event_and_each_part_is_named(nlp):
    named, _, _ = facts(nlp, "3月1日，健康南宁行动暨第20个全国爱耳日主题宣传活动在南宁市举行。")
    assert "健康南宁行动暨第20个全国爱耳日主题宣传活动" in names_of(named, "Event")
    assert "第20个全国爱耳日" in names_of(named, "Event")


def test_a_nominal_verb_belongs_to_a_programme_name(nlp):
    named, _, _ = facts(nlp, "湖北省武汉市“12320”卫生援助热线开通。医院开展对口帮扶项目。")
    assert names_of(named, "Program") == {"武汉市12320卫生援助热线"}


def test_a_long_programme_name_keeps_its_coordinated_parts(nlp):
    named, _, _ = facts(nlp, "该院实施了2023-2024年度老年健康服务及社区护理能力提升项目。")
    assert "2023-2024年度老年健康服务及社区护理能力提升项目" in names_of(named, "Program")


def test_short_generic_activities_are_not_named(nlp):
    named, _, _ = facts(nlp, "卫生院积极开展接种宣传活动，设立心理援助热线。")
    assert not names_of(named, "Event") and not names_of(named, "Program")


def test_unbracketed_documents_are_policies_where_the_text_marks_them_as_documents(nlp):
    named, rels, _ = facts(nlp, "近日，浙江省卫生健康委发布了县域医共体建设典型经验、县域医共体典型案例，"
                                "推出就医便民惠民服务10条措施，研究制定考核办法。")
    listed = {"县域医共体建设典型经验", "县域医共体典型案例"}
    assert listed | {"就医便民惠民服务10条措施"} <= names_of(named, "Policy")
    assert "考核办法" not in names_of(named, "Policy")
    assert tails_of(rels, "浙江省卫生健康委", "issues") == listed


def test_a_programme_cited_by_the_end_of_its_name_is_the_same_programme(nlp):
    named, _, refs = facts(nlp, "2023年，广州市启动儿童口腔健康促进项目。截至目前，口腔健康促进项目覆盖全市。")
    assert names_of(named, "Program") == {"儿童口腔健康促进项目"}
    assert ("口腔健康促进项目", "儿童口腔健康促进项目") in {(m.text, to.name) for m, to in refs}


def test_an_aid_programme_serves_the_country_it_aids(nlp):
    named, rels, _ = facts(nlp, "四川省卫生健康委实施援几内亚妇幼健康促进项目。")
    assert "妇幼健康促进项目" in names_of(named, "Program")
    assert ("妇幼健康促进项目", "servesIn", "几内亚", None) in rels
    assert not tails_of(rels, "妇幼健康促进项目", "locatedIn")


def test_each_post_in_a_chain_belongs_to_its_own_organisation(nlp):
    _, rels, _ = facts(nlp, "中华医学会副会长、四川省医师协会会长、四川省人民医院(电子科技大学附属医院)院长王平介绍。")
    assert {(t, title) for h, r, t, title in rels if h == "王平" and r == "holdsPosition"} == {
        ("中华医学会", "副会长"), ("四川省医师协会", "会长"), ("四川省人民医院", "院长")}


def test_posts_without_their_own_organisation_share_the_one_before(nlp):
    _, rels, _ = facts(nlp, "武汉协和医院党委委员、骨科中心主任兼创伤外科主任李明说，手术很成功。")
    assert ("李明", "holdsPosition", "武汉协和医院", "党委委员、骨科中心主任、创伤外科主任") in rels


def test_a_head_of_government_holds_the_post_in_the_place(nlp):
    _, rels, _ = facts(nlp, "宝鸡市委常委、副市长张华出席活动。")
    assert ("张华", "holdsPosition", "宝鸡市", "副市长") in rels
    assert ("张华", "holdsPosition", "宝鸡市委", "常委") in rels


def test_bare_bodies_listed_after_a_placed_body_share_its_place(nlp):
    named, rels, _ = facts(nlp, "日前，江苏省苏州市卫生健康委、财政局、医保局等部门联合印发通知。")
    assert {"苏州市卫生健康委", "苏州市财政局", "苏州市医保局"} <= names_of(named, "GovernmentAgency")
    assert tails_of(rels, "苏州市卫生健康委", "cooperatesWith") == {"苏州市财政局", "苏州市医保局"}
    assert ("苏州市医保局", "locatedIn", "苏州市", None) in rels


def test_a_numbered_hospital_abbreviation_is_that_hospital(nlp):
    _, rels, refs = facts(nlp, "西安交通大学第一附属医院开展新技术。患者转到西交一附院后，"
                               "西交一附院心内科主任王华介绍，到大医院看病不再难。")
    assert ("西交一附院", "西安交通大学第一附属医院") in {(m.text, to.name) for m, to in refs}
    assert ("王华", "holdsPosition", "西安交通大学第一附属医院", "心内科主任") in rels
    assert not [m for m, _ in refs if m.text == "大医院"]


def test_under_the_paired_assistance_of_a_province_the_subject_is_assisted(nlp):
    _, rels, _ = facts(nlp, "在江苏省对口支援下，新疆伊犁州奎屯市人民医院实现了快速发展。")
    assert tails_of(rels, "江苏省", "assists") == {"奎屯市人民医院"}


def test_a_co_built_hospital_named_after_its_university_is_also_called_by_its_own_name(nlp):
    named, _, _ = facts(nlp, "新疆生产建设兵团第七师医院与石河子大学附属第七师医院挂牌。")
    hospitals = [m for m in named if m.type == "Hospital"]
    assert all("第七师医院" in [m.name, *m.aliases] for m in hospitals)


def test_a_work_with_no_place_of_its_own_happens_where_its_organiser_is(nlp):
    _, rels, _ = facts(nlp, "近日，成都市卫生健康委召开基层慢病管理经验交流会。"
                            "国家卫生健康委召开全国基层卫生健康工作会议。")
    assert ("基层慢病管理经验交流会", "locatedIn", "成都市", None) in rels
    assert not tails_of(rels, "全国基层卫生健康工作会议", "locatedIn")


def test_a_name_that_starts_with_a_country_is_located_in_it(nlp):
    _, rels, _ = facts(nlp, "中国医师协会与第20批援马里中国医疗队座谈。")
    assert ("中国医师协会", "locatedIn", "中国", None) in rels
    assert not tails_of(rels, "第20批援马里中国医疗队", "locatedIn")


@pytest.mark.parametrize(("text", "body", "place"), [
    ("中国驻冈比亚大使馆参赞王明出席。", "中国驻冈比亚大使馆", "冈比亚"),
    ("中国驻摩洛哥大使馆临时代办李华表示感谢。", "中国驻摩洛哥大使馆", "摩洛哥"),
    ("青海省驻西宁办事处与驻马店市中心医院签约。", "驻马店市中心医院", "驻马店市"),
])
def test_a_body_resident_somewhere_is_located_where_it_resides(nlp, text, body, place):
    _, rels, _ = facts(nlp, text)
    assert tails_of(rels, body, "locatedIn") == {place}


def test_a_body_resident_in_a_place_kg_does_not_know_is_not_located_in_its_sending_country(nlp):
    _, rels, _ = facts(nlp, "中国驻大阪总领事馆副领事陈晨介绍情况。")
    assert not tails_of(rels, "中国驻大阪总领事馆", "locatedIn")
    assert ("陈晨", "holdsPosition", "中国驻大阪总领事馆", "副领事") in rels


def test_a_suffix_inside_a_longer_suffix_does_not_hide_it(nlp):
    named, _, _ = facts(nlp, "3月5日，南宁市2025年卫生健康重点工作部署会议召开。")
    assert "南宁市2025年卫生健康重点工作部署会议" in names_of(named, "Event")


def test_campaigns_and_programme_offices_are_named_by_their_suffix(nlp):
    named, _, _ = facts(nlp, "市卫生健康委开展医疗领域不正之风集中整治，成都市慢性病防治项目办公室负责实施。")
    assert "医疗领域不正之风集中整治" in names_of(named, "Program")
    assert "成都市慢性病防治项目办公室" in names_of(named, "PublicHealthAgency")


def test_a_reform_is_named_only_after_its_place(nlp):
    named, _, _ = facts(nlp, "各地学习推广三明医改经验，推进援疆和医改工作。")
    assert names_of(named, "Program") == {"三明医改"}


def test_official_short_forms_of_national_bodies_name_the_bodies(nlp):
    named, rels, _ = facts(nlp, "近日，中办、国办印发《关于加强基层医疗卫生服务的意见》。")
    assert {"中共中央办公厅", "国务院办公厅"} <= names_of(named, "GovernmentAgency")
    assert heads_of(rels, "issues", "关于加强基层医疗卫生服务的意见") == {"中共中央办公厅", "国务院办公厅"}


def test_places_listed_before_a_place_and_suffix_share_the_suffix(nlp):
    named, rels, _ = facts(nlp, "拉萨市、堆龙德庆区疾控中心的医务人员参与接种。北京、上海等地医院开展工作。")
    assert names_of(named, "PublicHealthAgency") == {"拉萨市疾控中心", "堆龙德庆区疾控中心"}
    assert ("拉萨市疾控中心", "locatedIn", "拉萨市", None) in rels
    assert not names_of(named, "Hospital")


def test_a_hospital_that_builds_an_alliance_leads_it(nlp):
    _, rels, _ = facts(nlp, "近年来，贵阳市第一人民医院建立了贵州儿科专科联盟。")
    assert tails_of(rels, "贵阳市第一人民医院", "leads") == {"贵州儿科专科联盟"}


def test_an_expert_team_named_for_its_mission_is_an_aid_team(nlp):
    named, _, _ = facts(nlp, "省卫生健康委主任慰问了“健康快车”专家组。医院成立了专家组。")
    assert names_of(named, "AidTeam") == {"健康快车专家组"}


def test_an_aid_team_serves_only_the_place_right_after_yuan(nlp):
    _, rels, _ = facts(nlp, "援几内亚中国医疗队伍开展义诊。")
    assert tails_of(rels, "援几内亚中国医疗队伍", "servesIn") == {"几内亚"}


def test_plural_and_distributive_phrases_name_nothing(nlp):
    named, _, _ = facts(nlp, "本报关注各地卫生健康工作会议。中泰两国政府签署协议，俱乐部举办各类患者康复培训班。")
    assert not names_of(named, "Event") and not names_of(named, "GovernmentAgency")


def test_a_word_before_an_occupation_after_a_department_is_not_a_name(nlp):
    named, _, _ = facts(nlp, "广州市卫生健康委医政处相关负责人介绍了情况。")
    assert not names_of(named, "Person")


def test_a_branch_named_after_its_association_is_part_of_it(nlp):
    named, rels, _ = facts(nlp, "据悉，四川省医师协会心血管内科医师分会组织专家开展义诊。")
    assert "四川省医师协会心血管内科医师分会" in names_of(named, "Organization")
    assert ("四川省医师协会心血管内科医师分会", "partOf", "四川省医师协会", None) in rels


def test_a_document_titled_after_a_programme_names_the_programme(nlp):
    named, rels, _ = facts(nlp, "日前，苏州市卫生健康委印发《2025年苏州市老年健康促进项目实施方案》。")
    assert "2025年苏州市老年健康促进项目实施方案" in names_of(named, "Policy")
    assert ("2025年苏州市老年健康促进项目", "locatedIn", "苏州市", None) in rels


def test_training_classes_are_events(nlp):
    named, _, _ = facts(nlp, "医院举办通州区超声诊断技术提高班。")
    assert "通州区超声诊断技术提高班" in names_of(named, "Event")


def test_a_national_designation_is_a_programme(nlp):
    named, _, _ = facts(nlp, "今年1月，该县被国家卫生健康委确定为全国紧密型县域医共体建设示范县。")
    assert "全国紧密型县域医共体建设示范县" in names_of(named, "Program")


def test_a_clause_initial_bare_hospital_refers_to_the_hospital_named_before(nlp):
    _, _, refs = facts(nlp, "南京鼓楼医院启用新院区。医院还开通了夜间门诊，患者到医院就诊更方便。")
    bare = [(m.start, to.name) for m, to in refs if m.text == "医院"]
    assert bare == [(12, "南京鼓楼医院")]


@pytest.mark.parametrize(("text", "university"), [
    ("中山大学举行移交仪式。仪式后，学校在南校园召开全国优秀教师座谈会。", "中山大学"),
    ("复旦大学召开大会，复旦大学上海医学院参加。会后，学校举行附属医院院长座谈会。", "复旦大学"),
    ("浙江大学发布年报，学校去年新增三家附属医院。", "浙江大学"),
])
def test_a_clause_initial_bare_school_refers_to_the_university_named_before(nlp, text, university):
    _, _, refs = facts(nlp, text)
    assert [to.name for m, to in refs if m.text == "学校"] == [university]


def test_a_school_inside_a_clause_refers_to_nothing(nlp):
    _, _, refs = facts(nlp, "浙江大学举行仪式。全市学校、医院等场所开展消毒。")
    assert not [m for m, _ in refs if m.text == "学校"]


def test_a_clause_opening_with_yu_takes_the_sentence_topic_as_subject(nlp):
    _, rels, _ = facts(nlp, "四川大学华西医院积极推进分级诊疗，先后与雅安市、眉山市签订合作协议。")
    assert tails_of(rels, "四川大学华西医院", "cooperatesWith") == {"雅安市", "眉山市"}


def test_an_autonomous_prefecture_is_named_by_its_short_name_and_zhou(nlp):
    named, _, _ = facts(nlp, "医院先后与甘孜州、延边州签订协议。")
    assert {"甘孜藏族自治州", "延边朝鲜族自治州"} <= names_of(named, "City")


def test_a_level_word_with_ji_names_every_body_of_that_level(nlp):
    named, _, _ = facts(nlp, "湖南省卫生健康委要求，省级卫生健康委会同有关部门落实方案。")
    assert names_of(named, "GovernmentAgency") == {"湖南省卫生健康委"}


def test_founders_listed_with_yu_are_members_and_the_leading_body_leads(nlp):
    named, rels, _ = facts(nlp, "去年，安吉县人民医院牵头，与安吉县中医院和安吉县妇幼保健院"
                                "组建了紧密型医共体——安吉县总医院。")
    assert "安吉县总医院" in names_of(named, "MedicalAlliance")
    assert heads_of(rels, "memberOf", "安吉县总医院") == {"安吉县中医院", "安吉县妇幼保健院"}
    assert heads_of(rels, "leads", "安吉县总医院") == {"安吉县人民医院"}


def test_an_alliance_named_by_apposition_keeps_its_type_elsewhere_in_the_article(nlp):
    named, _, _ = facts(nlp, "该县组建了紧密型医共体——安吉县总医院。安吉县总医院下设12个分院。")
    assert {m.type for m in named if m.name == "安吉县总医院"} == {"MedicalAlliance"}


def test_bodies_signing_an_alliances_agreement_are_its_members(nlp):
    _, rels, _ = facts(nlp, "日前，绵阳市儿科医疗集团成立。绵阳市中心医院、绵阳市妇幼保健院"
                            "共同签订了《绵阳市儿科医疗集团合作协议》。")
    assert heads_of(rels, "memberOf", "绵阳市儿科医疗集团") == {"绵阳市中心医院", "绵阳市妇幼保健院"}


def test_a_corps_division_is_a_body_within_the_corps(nlp):
    named, rels, _ = facts(nlp, "援疆专家走入新疆生产建设兵团第八师,并在新疆生产建设兵团第八师石河子市人民医院坐诊。")
    assert "新疆生产建设兵团第八师" in names_of(named, "GovernmentAgency")
    assert ("新疆生产建设兵团第八师", "partOf", "新疆生产建设兵团", None) in rels


def test_a_quoted_body_a_campaign_builds_is_a_designation(nlp):
    named, _, _ = facts(nlp, "近日，贵州省全面打造“平安医院”，遵义市第一人民医院获评先进。")
    assert "平安医院" in names_of(named, "Program")
    assert names_of(named, "Hospital") == {"遵义市第一人民医院"}


def test_a_programme_inside_a_programme_name_is_not_a_second_programme(nlp):
    named, _, _ = facts(nlp, "落实农村订单定向专项招聘计划。")
    assert names_of(named, "Program") == {"农村订单定向专项招聘计划"}


def test_a_quoted_name_before_a_described_activity_is_the_programme(nlp):
    named, _, _ = facts(nlp, "专家组在当地开展了为期两周的“健康快车”白内障义诊活动。")
    programs = [m for m in named if m.type == "Program"]
    assert [(m.name, m.aliases) for m in programs] == [("健康快车", ["健康快车白内障义诊活动"])]


def test_a_brand_named_childcare_centre_is_named_only_after_its_place(nlp):
    named, rels, _ = facts(nlp, "她选择了西湖区小橘灯托育园。女儿非常适应托育园的生活，家门口就有托育园。")
    assert names_of(named, "Organization") == {"西湖区小橘灯托育园"}
    assert ("西湖区小橘灯托育园", "locatedIn", "西湖区", None) in rels


def test_a_programme_covering_a_place_serves_it_and_its_host_leads_it(nlp):
    _, rels, _ = facts(nlp, "北京朝阳医院心内科主持推动朝阳区心血管病防治项目。2024年，该项目覆盖朝阳区所有社区。")
    assert ("北京朝阳医院", "leads", "朝阳区心血管病防治项目", None) in rels  # 北京 is part of the name
    assert ("朝阳区心血管病防治项目", "servesIn", "朝阳区", None) in rels


def test_places_listed_as_sites_of_a_programme_kind_are_served_by_it(nlp):
    _, rels, _ = facts(nlp, "国家卫生健康委确定了全国医养结合示范县。报告梳理了江苏省苏州市吴江区、"
                            "四川省成都市郫都区等部分示范县的经验。")
    assert tails_of(rels, "全国医养结合示范县", "servesIn") == {"吴江区", "郫都区"}


def test_a_body_whose_aid_workers_go_to_listed_places_assists_each(nlp):
    _, rels, _ = facts(nlp, "江苏省卫生健康委持续推进援疆工作。该省援疆专家走入新疆伊犁哈萨克自治州直属单位，"
                            "霍城县、察布查尔锡伯自治县2县，以及新疆生产建设兵团第四师，填补技术空白。")
    assert tails_of(rels, "江苏省", "assists") == {"伊犁哈萨克自治州", "霍城县", "察布查尔锡伯自治县",
                                                 "新疆生产建设兵团第四师"}


def test_a_programme_run_at_a_site_serves_the_site_and_is_located_there(nlp):
    _, rels, _ = facts(nlp, "上海市卫生健康委在喀什地区莎车县人民医院开展“白衣天使”进修项目。")
    assert ("白衣天使进修项目", "servesIn", "莎车县人民医院", None) in rels
    assert ("白衣天使进修项目", "locatedIn", "莎车县", None) in rels
    assert heads_of(rels, "organizes", "白衣天使进修项目") == {"上海市卫生健康委"}


def test_support_work_done_at_listed_places_assists_them(nlp):
    _, rels, _ = facts(nlp, "四川大学华西医院院长介绍，该院通过远程会诊等形式，在甘孜藏族自治州理塘县、"
                            "凉山彝族自治州昭觉县等地，开展了远程医疗支持工作。")
    assert tails_of(rels, "四川大学华西医院", "assists") == {"理塘县", "昭觉县"}


def test_a_place_carrying_out_a_national_programme_is_served_and_its_own_is_located_there(nlp):
    _, rels, _ = facts(nlp, "近年来，宁波市高质量推进全国婴幼儿照护服务示范项目。浙江省推进“健康细胞”工程建设。")
    assert ("全国婴幼儿照护服务示范项目", "servesIn", "宁波市", None) in rels
    assert ("健康细胞", "locatedIn", "浙江省", None) in rels


def test_quoted_names_a_programme_verb_takes_are_programmes(nlp):
    named, _, _ = facts(nlp, "全市着力打造“长三角健康圈”，继续开展“名医进社区”“健康知识竞答”等活动，"
                             "推动“三医”协同发展，10家医院成立“全市儿科专科联盟”。")
    assert names_of(named, "Program") == {"长三角健康圈", "名医进社区", "健康知识竞答"}
    assert "全市儿科专科联盟" in names_of(named, "MedicalAlliance")


@pytest.mark.parametrize(("text", "programme"), [
    ("两院持续开展“百名专家下基层”帮扶。", "百名专家下基层"),
    ("县里启动“家医签约”试点工作，进展顺利。", "家医签约"),
    ("市里推进“送医进村”义诊，群众欢迎。", "送医进村"),
])
def test_a_quoted_object_before_its_kind_of_work_is_a_programme(nlp, text, programme):
    named, _, _ = facts(nlp, text)
    assert names_of(named, "Program") == {programme}


@pytest.mark.parametrize("text", ["两院开展“组团式”帮扶。", "医院推行“一站式”服务。", "双方开展“保姆式”帮带。"])
def test_a_quoted_manner_before_a_kind_of_work_is_no_programme(nlp, text):
    named, _, _ = facts(nlp, text)
    assert not names_of(named, "Program")


def test_a_body_that_sets_up_a_programme_organises_it(nlp):
    _, rels, _ = facts(nlp, "去年，天津市卫生健康委成立“津门名医工作室”。")
    assert ("天津市卫生健康委", "organizes", "津门名医工作室", None) in rels
    assert not tails_of(rels, "天津市卫生健康委", "leads")


def test_a_bracketed_qualifier_stays_inside_a_programme_name(nlp):
    named, _, _ = facts(nlp, "努力推动国家区域医疗中心(儿科)建设项目落地。")
    assert "国家区域医疗中心(儿科)建设项目" in names_of(named, "Program")


def test_a_yearly_selection_is_a_programme(nlp):
    named, _, _ = facts(nlp, "据悉，“江苏骄傲”年度人物评选已连续举办10年。")
    assert "江苏骄傲年度人物评选" in names_of(named, "Program")


def test_counted_and_described_kinds_of_work_are_not_names(nlp):
    named, _, _ = facts(nlp, "推动胸痛、卒中“五大中心”建设。据了解，家庭医生签约是一种面向居民的健康管理服务项目。")
    assert not names_of(named, "Program")


def test_a_year_and_verb_before_an_award_are_not_part_of_it(nlp):
    named, _, _ = facts(nlp, "她参加过多次国际救援，2023年获南丁格尔奖章。")
    assert names_of(named, "Program") == {"南丁格尔奖章"}


def test_a_programme_named_after_a_township_keeps_its_county(nlp):
    named, _, _ = facts(nlp, "平台是“万州区龙驹镇中医特色帮扶及卫生院服务能力提升”项目的具体举措之一。")
    assert names_of(named, "Program") == {"万州区龙驹镇中医特色帮扶及卫生院服务能力提升项目"}
    assert not names_of(named, "PrimaryCareFacility")


def test_a_programme_cited_with_a_middle_part_left_out_is_the_same_programme(nlp):
    named, _, _ = facts(nlp, "温州市“96111”心理援助热线开通。温州市心理援助热线已接听来电5000余次。")
    assert names_of(named, "Program") == {"温州市96111心理援助热线"}


def test_an_organisations_training_is_not_a_named_programme(nlp):
    named, _, _ = facts(nlp, "2024年，宁波市引进中华护理学会培训项目，启动为期3年的护理人员规范化培训行动。")
    assert names_of(named, "Program") == {"护理人员规范化培训行动"}


def test_two_works_joined_by_he_after_a_building_phrase_stay_apart(nlp):
    named, _, _ = facts(nlp, "推动健康中国建设和全民健身运动，推进无偿献血运动。")
    # 健康中国 is the country's campaign (健康 + a place), as the gold annotates 健康某省
    assert names_of(named, "Program") == {"健康中国", "全民健身运动", "无偿献血运动"}
