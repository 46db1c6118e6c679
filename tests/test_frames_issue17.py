"""Relations of aid teams and alliances on news the rules were not written on (issue 17):
senders and leaders read from names, 向 X as a destination, members listed as 成员单位 and
senders listed after 队员来自. Sentences are made up."""

from __future__ import annotations

import pytest
from conftest import names_of, relations_of


@pytest.mark.parametrize(("text", "sender", "team"), [
    ("广元市第三批援藏医疗队近日出发。", "广元市", "广元市第三批援藏医疗队"),
    ("日前，绵阳市中心医院第二批援疆医疗队圆满完成任务返回。", "绵阳市中心医院", "绵阳市中心医院第二批援疆医疗队"),
    ("5月1日，中国（辽宁）第七批援冈比亚医疗队出发仪式在沈阳举行。", "辽宁省", "中国（辽宁）第七批援冈比亚医疗队"),
])
def test_a_team_is_dispatched_by_the_place_or_body_its_name_opens_with(nlp, text, sender, team):
    assert (sender, team) in relations_of(nlp, text, "dispatches")


def test_the_country_opening_a_national_team_is_no_sender(nlp):
    assert not relations_of(nlp, "中国援乍得医疗队在恩贾梅纳开展义诊。", "dispatches")


@pytest.mark.parametrize("text", [
    "甘肃省已先后向老挝派出六批医疗队。",
    "今年，江西省向乍得派遣了中国援乍得医疗队。",
    "据介绍，该省自2010年起向马里选派医疗队。",
])
def test_the_place_after_xiang_is_where_a_team_goes_not_its_sender(nlp, text):
    heads = {h for h, _ in relations_of(nlp, text, "dispatches")}
    assert not heads & {"老挝", "乍得", "马里"}


def test_a_team_sent_by_a_place_toward_another_has_the_first_as_sender(nlp):
    sent = relations_of(nlp, "今年，江西省向乍得派遣了中国援乍得医疗队。", "dispatches")
    assert ("江西省", "中国援乍得医疗队") in sent


@pytest.mark.parametrize(("text", "leader", "alliance"), [
    ("会上，长垣市人民医院卒中联盟正式成立。", "长垣市人民医院", "长垣市人民医院卒中联盟"),
    ("新乡市中心医院胸痛联盟揭牌仪式日前举行。", "新乡市中心医院", "新乡市中心医院胸痛联盟"),
    ("由许昌市中心医院创伤联盟牵头的培训班开班。", "许昌市中心医院", "许昌市中心医院创伤联盟"),
])
def test_an_alliance_named_for_a_body_is_led_by_it(nlp, text, leader, alliance):
    assert (leader, alliance) in relations_of(nlp, text, "leads")


@pytest.mark.parametrize(("text", "members"), [
    ("长垣市人民医院卒中联盟成立，向封丘县人民医院、延津县人民医院等12家成员单位授牌。",
     {"封丘县人民医院", "延津县人民医院"}),
    ("长垣市人民医院卒中联盟近日成立。封丘县人民医院和延津县人民医院等首批签约单位参加了会议。",
     {"封丘县人民医院", "延津县人民医院"}),
    ("长垣市人民医院卒中联盟成立后，原阳县人民医院、获嘉县人民医院、延津县人民医院等联盟单位将共享资源。",
     {"原阳县人民医院", "获嘉县人民医院", "延津县人民医院"}),
])
def test_bodies_listed_as_member_units_are_members_of_the_alliance_named_before(nlp, text, members):
    found = relations_of(nlp, text, "memberOf")
    assert {(m, "长垣市人民医院卒中联盟") for m in members} <= found
    assert ("长垣市人民医院", "长垣市人民医院卒中联盟") not in found  # its leader is no member


@pytest.mark.parametrize("text", [
    "广元市第三批援藏医疗队出发。队员分别来自广元市中心医院、广元市中医医院等单位。",
    "广元市第三批援藏医疗队已抵达。医疗队员来自广元市中心医院和广元市中医医院。",
    "广元市第三批援藏医疗队共10人，成员均来自广元市中心医院、广元市中医医院。",
])
def test_the_bodies_a_teams_members_come_from_dispatch_it(nlp, text):
    found = relations_of(nlp, text, "dispatches")
    assert {("广元市中心医院", "广元市第三批援藏医疗队"), ("广元市中医医院", "广元市第三批援藏医疗队")} <= found


def test_members_from_bodies_without_a_team_named_before_state_nothing(nlp):
    assert not relations_of(nlp, "队员分别来自广元市中心医院、广元市中医医院。", "dispatches")


@pytest.mark.parametrize(("text", "members"), [
    ("长垣市人民医院卒中联盟正式成立，首批成员单位包括封丘县人民医院、延津县人民医院和原阳县中医院。",
     {"封丘县人民医院", "延津县人民医院", "原阳县中医院"}),
    ("长垣市人民医院卒中联盟日前成立。联盟成员单位有封丘县人民医院、延津县人民医院等。",
     {"封丘县人民医院", "延津县人民医院"}),
    ("新乡市中心医院胸痛联盟揭牌。首批签约单位分布在新乡市和焦作市等地，包括获嘉县人民医院、辉县市人民医院等。",
     {"获嘉县人民医院", "辉县市人民医院"}),
])
def test_bodies_listed_after_member_units_include_are_members_of_the_alliance_named_before(nlp, text, members):
    found = relations_of(nlp, text, "memberOf")
    alliance = next(iter(found))[1] if found else None
    assert {(m, alliance) for m in members} <= found
    assert alliance in ("长垣市人民医院卒中联盟", "新乡市中心医院胸痛联盟")


@pytest.mark.parametrize(("text", "members", "alliance"), [
    ("其中，陈堡镇卫生院、孙庄镇卫生院等乡镇卫生院划入盱眙县人民医院医疗健康集团。",
     {"陈堡镇卫生院", "孙庄镇卫生院"}, "盱眙县人民医院医疗健康集团"),
    ("长垣市人民医院卒中联盟成立。随后，新乡市中心医院、辉县市人民医院等加入联盟并担任副理事长单位。",
     {"新乡市中心医院", "辉县市人民医院"}, "长垣市人民医院卒中联盟"),
    ("盱眙县医共体挂牌。年底前，马坝镇卫生院并入该医共体统一管理。",
     {"马坝镇卫生院"}, "盱眙县医共体"),
])
def test_bodies_put_into_an_alliance_are_its_members(nlp, text, members, alliance):
    assert {(m, alliance) for m in members} <= relations_of(nlp, text, "memberOf")


def test_joining_something_that_is_no_alliance_makes_no_member(nlp):
    text = "长垣市人民医院卒中联盟成立。辉县市人民医院加入省级胸痛中心建设行列。"
    assert not relations_of(nlp, text, "memberOf")


@pytest.mark.parametrize(("text", "body", "work", "rel"), [
    ("淄博市中心医院第三届县域协作医院交流会在淄博召开。淄博市中心医院院长致辞。",
     "淄博市中心医院", "淄博市中心医院第三届县域协作医院交流会", "organizes"),
    ("潍坊市医学会心血管病专业委员会成立大会暨首次学术会议举行。潍坊市医学会会长出席。",
     "潍坊市医学会", "潍坊市医学会心血管病专业委员会成立大会暨首次学术会议", "organizes"),
    ("邹平市人民医院远程心电诊断中心建设项目启动。邹平市人民医院表示，将加快建设。",
     "邹平市人民医院", "邹平市人民医院远程心电诊断中心建设项目", "leads"),
])
def test_an_event_or_programme_named_for_a_body_the_text_names_is_that_bodys(nlp, text, body, work, rel):
    assert (body, work) in relations_of(nlp, text, rel)


def test_a_body_named_only_inside_an_events_name_organises_nothing(nlp):
    found = relations_of(nlp, "淄博市中心医院第三届县域协作医院交流会在淄博召开。", "organizes")
    assert not {h for h, _ in found} - {"淄博市中心医院"}


@pytest.mark.parametrize(("text", "issuer", "policy"), [
    ("会上还印发了宁阳县人民政府《关于印发宁阳县创建示范县实施方案的通知》。",
     "宁阳县人民政府", "关于印发宁阳县创建示范县实施方案的通知"),
    ("按照泰安市卫生健康委的《泰安市基层医疗机构管理办法》，各地开展检查。",
     "泰安市卫生健康委", "泰安市基层医疗机构管理办法"),
    ("泰安市卫生健康委员会《2024年泰安市健康促进实施方案》明确，各县要加强宣传。",
     "泰安市卫生健康委员会", "2024年泰安市健康促进实施方案"),
])
def test_a_body_named_right_before_a_documents_title_issued_it(nlp, text, issuer, policy):
    assert (issuer, policy) in relations_of(nlp, text, "issues")


@pytest.mark.parametrize(("text", "signed"), [
    ("泰山北麓的20家医疗机构共同签署《泰山北麓医疗联合体合作协议》，由泰安市中心医院牵头的泰山北麓医疗联合体宣告成立。"
     "首批成员单位包括肥城市人民医院、宁阳县人民医院等。", True),
    ("泰山北麓医疗联合体成立，以泰安市中心医院为龙头，将肥城市人民医院、宁阳县人民医院纳入统一管理。"
     "会上，各方签订了《泰山北麓医疗联合体合作协议》。", True),
    ("由泰安市中心医院牵头组建的泰山北麓医疗联合体日前成立，肥城市人民医院、宁阳县人民医院等成员单位参加。"
     "会议审议了《泰山北麓医疗联合体管理办法》。", False),
])
def test_an_alliances_own_document_is_issued_by_its_leader_and_members(nlp, text, signed):
    doc = next(p for h, p in relations_of(nlp, text, "issues"))
    issuers = {h for h, p in relations_of(nlp, text, "issues") if p == doc}
    assert issuers == {"泰安市中心医院", "肥城市人民医院", "宁阳县人民医院"}
    partners = relations_of(nlp, text, "cooperatesWith")
    pairs = {("泰安市中心医院", "肥城市人民医院"), ("泰安市中心医院", "宁阳县人民医院")}
    assert (pairs <= partners) if signed else not partners & pairs


@pytest.mark.parametrize(("text", "pair"), [
    ("宁阳县疾病预防控制中心联合肥城市人民医院，为学校提供心理咨询。", ("宁阳县疾病预防控制中心", "肥城市人民医院")),
    ("泰安市卫生局会同市发改委等部门，推进改革。", ("泰安市卫生局", "泰安市发改委")),
    ("泰安市卫生健康委联合泰安市医保局开展专项检查。", ("泰安市卫生健康委", "泰安市医保局")),
])
def test_a_body_working_together_with_another_cooperates_with_it(nlp, text, pair):
    assert pair in relations_of(nlp, text, "cooperatesWith")


def test_together_with_a_body_reads_no_partner_from_an_earlier_clause(nlp):
    text = "推动泰安市疾病预防控制中心迁建项目开工；会同市医保局推进支付改革。"
    assert not relations_of(nlp, text, "cooperatesWith")


@pytest.mark.parametrize(("text", "body"), [
    ("援赞比亚医疗队由广东省卫生健康委组派。", "广东省卫生健康委"),
    ("这支由河北省卫生健康委承派的医疗队将飞赴赞比亚。", "河北省卫生健康委"),
    ("山西省卫生健康委组派的医疗队昨日出发。", "山西省卫生健康委"),
    ("医疗队由湖北省卫生健康委承派，队员来自多家医院。", "湖北省卫生健康委"),
])
def test_a_body_named_right_before_a_verb_the_segmenter_joins_to_it_is_found(nlp, text, body):
    assert body in names_of(nlp, text)


def test_a_team_dispatched_by_a_body_before_a_joined_verb_has_that_sender(nlp):
    sent = relations_of(nlp, "援赞比亚医疗队由广东省卫生健康委组派。", "dispatches")
    assert ("广东省卫生健康委", "援赞比亚医疗队") in sent


@pytest.mark.parametrize(("text", "pair"), [
    ("按照协议，太原市中心医院将在学科建设等方面给予岳西县人民医院持续支持。", ("太原市中心医院", "岳西县人民医院")),
    ("太原市中心医院帮助岳西县人民医院建成胸痛中心。", ("太原市中心医院", "岳西县人民医院")),
    ("今后，太原市中心医院将全力支持岳西县人民医院提升专科能力。", ("太原市中心医院", "岳西县人民医院")),
])
def test_a_body_that_supports_the_body_named_right_after_the_verb_assists_it(nlp, text, pair):
    assert pair in relations_of(nlp, text, "assists")


@pytest.mark.parametrize("text", [
    "科威特卫生部负责医疗支持服务事务的官员在科威特国际机场迎接专家组。",
    "会议要求落实太原市卫生健康委的部署，支持岳西县人民医院提升能力。",
    "岳西县委表示将全力支持岳西县卫生健康事业发展。",
])
def test_support_of_a_thing_an_earlier_clauses_body_or_ones_own_place_is_no_aid(nlp, text):
    assert not relations_of(nlp, text, "assists")


@pytest.mark.parametrize("text", [
    "近日，西部口腔专科联盟在重庆成立。西安市口腔医院、乌鲁木齐市口腔医院（乌鲁木齐市第二人民医院）、昆明市口腔医院等加入联盟。",
    "近日，西部口腔专科联盟在重庆成立。西安市口腔医院（西安市第三医院）、乌鲁木齐市口腔医院、昆明市口腔医院等加入联盟。",
    "近日，西部口腔专科联盟在重庆成立。西安市口腔医院、乌鲁木齐市口腔医院、昆明市口腔医院（昆明市第二人民医院）等加入联盟。",
])
def test_a_list_of_members_runs_over_another_name_in_brackets(nlp, text):
    members = {h for h, t in relations_of(nlp, text, "memberOf") if t == "西部口腔专科联盟"}
    assert {"西安市口腔医院", "乌鲁木齐市口腔医院", "昆明市口腔医院"} <= members


@pytest.mark.parametrize("text", [
    "昨天，东部眼科专科联盟成立大会在杭州召开。西安市眼科医院、昆明市眼科医院等加入联盟。",
    "东部眼科专科联盟签约仪式举行。会上，昆明市眼科医院正式加入联盟。",
    "东部眼科专科联盟揭牌仪式在杭州举行，昆明市眼科医院当天加入联盟。",
])
def test_joining_an_alliance_named_only_inside_an_earlier_name_makes_a_member(nlp, text):
    assert ("昆明市眼科医院", "东部眼科专科联盟") in relations_of(nlp, text, "memberOf")


@pytest.mark.parametrize(("text", "hospital"), [
    ("海南省妇女儿童医学中心、上海儿童医学中心等参加。", "海南省妇女儿童医学中心"),
    ("山东省公共卫生临床中心党委书记张延平主持会议。", "山东省公共卫生临床中心"),
    ("会上，上海市公共卫生临床中心介绍了经验。", "上海市公共卫生临床中心"),
])
def test_medical_and_clinical_centres_are_hospitals(nlp, text, hospital):
    assert hospital in names_of(nlp, text, "Hospital")


@pytest.mark.parametrize(("text", "body", "place"), [
    ("队员们在弗里敦的中塞友好医院坚守岗位。", "中塞友好医院", "弗里敦"),
    ("队员们在萨摩亚首都阿皮亚的TTM综合医院已坚守近一年。", "TTM综合医院", "阿皮亚"),
    ("医疗队在几内亚首都科纳克里的中几友好医院工作。", "中几友好医院", "科纳克里"),
])
def test_a_body_named_after_zai_a_place_and_de_is_in_that_place(nlp, text, body, place):
    assert (body, place) in relations_of(nlp, text, "locatedIn")


def test_a_body_whose_own_name_holds_a_place_is_not_moved_by_zai(nlp):
    located = relations_of(nlp, "专家在北京的山西省人民医院会诊。", "locatedIn")
    assert located == {("山西省人民医院", "山西省")}


@pytest.mark.parametrize(("text", "unit", "place"), [
    ("明溪县召开会议。县委常委、统战部部长谌某出席。", "明溪县委统战部", "明溪县"),
    ("岳西县召开大会。县委常委、组织部部长王某讲话。", "岳西县委组织部", "岳西县"),
    ("太湖县举行仪式。县委常委、宣传部部长李某主持。", "太湖县委宣传部", "太湖县"),
])
def test_a_unit_named_bare_in_a_party_committee_is_in_the_committees_place(nlp, text, unit, place):
    assert (unit, place) in relations_of(nlp, text, "locatedIn")


@pytest.mark.parametrize(("text", "rel"), [
    ("太原市中心医院、大同市第一人民医院等12家三甲医院与岳西县人民医院、太湖县人民医院建立了结对帮扶关系。", "assists"),
    ("太原市中心医院、大同市第一人民医院等5家医院与岳西县人民医院、太湖县人民医院签订合作协议。", "cooperatesWith"),
    ("太原市中心医院、大同市第一人民医院等省级医院同岳西县人民医院、太湖县人民医院结对。", "cooperatesWith"),
])
def test_each_body_of_a_list_closed_by_deng_pairs_with_each_partner_after_yu(nlp, text, rel):
    pairs = relations_of(nlp, text, rel)
    expected = {(a, b) for a in ("太原市中心医院", "大同市第一人民医院") for b in ("岳西县人民医院", "太湖县人民医院")}
    assert expected <= pairs
    assert ("岳西县人民医院", "太湖县人民医院") not in pairs


@pytest.mark.parametrize(("text", "pairs"), [
    ("根据协议，上海市将继续选派医疗骨干赴果洛藏族自治州开展医疗帮扶。", {("上海市", "果洛藏族自治州")}),
    ("太原市中心医院专家到岳西县人民医院开展帮扶。", {("太原市中心医院", "岳西县人民医院")}),
    ("近年来，山西省多次派出专家深入岳西县、太湖县开展医疗援助。", {("山西省", "岳西县"), ("山西省", "太湖县")}),
])
def test_a_body_that_sends_help_to_a_place_named_after_fu_or_dao_assists_it(nlp, text, pairs):
    assert relations_of(nlp, text, "assists") == pairs


def test_a_trip_with_no_sender_named_gives_no_assistance(nlp):
    assert not relations_of(nlp, "医疗队到达岳西县后开展帮扶工作。", "assists")


@pytest.mark.parametrize(("text", "giver", "receiver"), [
    ("广东省人民医院向梅州市人民医院捐赠一批医疗设备。", "广东省人民医院", "梅州市人民医院"),
    ("浙江省为阿克苏地区第一人民医院捐建远程会诊中心。", "浙江省", "阿克苏地区第一人民医院"),
    ("苏州市立医院向阜宁县人民医院移交救护车两辆。", "苏州市立医院", "阜宁县人民医院"),
])
def test_a_body_that_gives_to_another_assists_it(nlp, text, giver, receiver):
    assert (giver, receiver) in relations_of(nlp, text, "assists")


def test_a_gift_to_people_assists_no_body(nlp):
    assert not relations_of(nlp, "广东省人民医院向困难患者捐赠药品。", "assists")
