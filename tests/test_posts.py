"""Posts and name edges on sentences written for these tests (places are real, people and
hospitals made up): title prefixes, heads of government, guest lists, party bodies named by
their level, and name bodies that end at a verb or a person's post."""

from __future__ import annotations

import pytest
from conftest import facts

from kg.lexicons.catalog import word_set


def posts_of(rels, person):
    return {(t, title) for h, r, t, title in rels if r == "holdsPosition" and h == person}


@pytest.mark.parametrize(("text", "person", "post"), [
    ("岳西县召开会议，代县长周立新出席。", "周立新", ("岳西县", "代县长")),
    ("会上，蕲春县常务副县长吴振华作报告。", "吴振华", ("蕲春县", "常务副县长")),
    ("太湖县人民医院挂职副院长郑思远介绍了情况。", "郑思远", ("太湖县人民医院", "挂职副院长")),
])
def test_a_title_with_a_prefix_is_one_post(nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize(("text", "person", "place"), [
    ("岳西县卫生健康委召开大会，副县长钱芳主持会议。", "钱芳", "岳西县"),
    ("蕲春县人民医院揭牌，县长孙立华讲话。", "孙立华", "蕲春县"),
    ("太湖县举行仪式。县委书记吴明出席，常务副县长郑强主持。", "郑强", "太湖县"),
])
def test_a_head_of_government_without_a_body_holds_the_post_in_the_place_named_before(nlp, text, person, place):
    _, rels, _ = facts(nlp, text)
    assert {t for t, _ in posts_of(rels, person)} == {place}


@pytest.mark.parametrize(("text", "person", "post"), [
    ("宝鸡市召开卫生工作会议。会议传达了在兰州召开的全省会议精神。副市长李华出席。",
     "李华", ("宝鸡市", "副市长")),
    ("近日，汉中市卫生健康委与西安市一家医院签约。市人大常委会副主任赵明、副市长孙涛出席。",
     "赵明", ("汉中市人大常委会", "副主任")),
    ("本报讯 延安市举办健康讲座，邀请咸阳市专家授课。县级医院代表参加，市政协副主席钱进讲话。",
     "钱进", ("延安市政协", "副主席")),
])
def test_a_level_word_without_its_place_stands_for_the_articles_own_place_not_one_named_in_passing(
        nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


def test_a_level_word_stands_for_the_place_the_article_names_most_often(nlp):
    text = "西安市一家医院派出专家。汉中市卫生健康委介绍，汉中市将推广经验。副市长周平出席。"
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, "周平") == {("汉中市", "副市长")}


def test_a_head_of_government_holds_the_post_in_the_place_of_the_party_body_named_with_it(nlp):
    _, rels, _ = facts(nlp, "岳西县委副书记、代县长李明华讲话。")
    assert posts_of(rels, "李明华") == {("岳西县委", "副书记"), ("岳西县", "代县长")}


@pytest.mark.parametrize("text", [
    "东江市人民医院党委书记王海涛，院长助理孙丽，护理部主任钱敏等陪同考察。",
    "陪同的有东江市人民医院党委书记王海涛；院长助理孙丽；护理部主任钱敏。",
    "东江市人民医院党委书记王海涛、院长助理孙丽、护理部主任钱敏出席。",
])
def test_in_a_guest_list_a_post_without_a_body_is_held_where_the_guest_before_holds_one(nlp, text):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, "孙丽") == {("东江市人民医院", "院长助理")}
    assert posts_of(rels, "钱敏") == {("东江市人民医院", "护理部主任")}


@pytest.mark.parametrize(("text", "person", "title"), [
    ("东江市人民医院院长王海涛，党办主任孙丽出席。", "孙丽", "党办主任"),
    ("东江市人民医院院长王海涛、院办副主任钱敏陪同。", "钱敏", "院办副主任"),
    ("东江市人民医院党委书记王海涛，医务办主任赵静介绍情况。", "赵静", "医务办主任"),
])
def test_an_office_named_for_short_with_ban_is_a_department_before_a_title(nlp, text, person, title):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, person) == {("东江市人民医院", title)}


@pytest.mark.parametrize("text", [
    "东江市人民医院第三批援藏医疗队返回。医院党委副书记孙丽到机场迎接。",
    "东江市人民医院胸痛中心联盟成立。医院党委副书记孙丽主持仪式。",
    "东江市人民医院2024年学术年会召开。医院党委副书记孙丽致辞。",
])
def test_an_anaphor_refers_to_a_body_named_inside_a_team_alliance_or_event(nlp, text):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, "孙丽") == {("东江市人民医院", "党委副书记")}


def test_a_guest_after_a_sentence_end_does_not_inherit_a_body(nlp):
    _, rels, _ = facts(nlp, "东江市人民医院院长王海涛致辞。护理部主任钱敏随后发言。")
    assert not posts_of(rels, "钱敏")


@pytest.mark.parametrize(("text", "person", "post"), [
    ("会上，岳西县人大常委会副主任程伟讲话。", "程伟", ("岳西县人大常委会", "副主任")),
    ("蕲春县人民医院揭牌，县委常委、县纪委书记方志远出席。", "方志远", ("蕲春县纪委", "书记")),
    ("太湖县政协副主席储文出席。", "储文", ("太湖县政协", "副主席")),
])
def test_party_and_consultative_bodies_hold_posts(nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize(("text", "hospital"), [
    ("记者走访瑞金医院时看到，病房整洁。", "瑞金医院"),
    ("患者随后转诊至华山医院。", "华山医院"),
    ("专家组昨日调研瑞金医院。", "瑞金医院"),
])
def test_a_verb_before_a_proper_name_is_not_part_of_the_hospital(nlp, text, hospital):
    assert {"瑞金", "华山"} <= word_set("proper_words.txt")  # the premise: the dictionary knows them
    named, _, _ = facts(nlp, text)
    assert {m.name for m in named if m.type == "Hospital"} == {hospital}


@pytest.mark.parametrize("text", [
    "岳西县召开大会，副县长钱芳主持会议。",
    "蕲春县卫生健康局局长王磊主持会议。",
    "会上，院长赵明宣布会议开始。",
])
def test_an_event_name_does_not_run_back_over_a_post_and_a_name(nlp, text):
    named, _, _ = facts(nlp, text)
    assert not [m.name for m in named if m.type == "Event" and any(n in m.name for n in ("钱芳", "王磊", "赵明"))]


@pytest.mark.parametrize(("text", "campaign"), [
    ("会议要求，以实际行动助力健康黄冈、健康湖北建设。", "健康黄冈"),
    ("全省上下共同推进健康安徽建设。", "健康安徽"),
    ("这是建设健康中国的重要一步。", "健康中国"),
])
def test_health_and_a_place_name_that_places_campaign(nlp, text, campaign):
    named, _, _ = facts(nlp, text)
    assert campaign in {m.name for m in named if m.type == "Program"}


@pytest.mark.parametrize("text", [
    "市民可在微信搜索“健康黄冈”小程序预约。",
    "关注健康黄冈官微获取信息。",
    "打造健康中国省域样板区。",
])
def test_health_and_a_place_inside_another_name_is_no_campaign(nlp, text):
    named, _, _ = facts(nlp, text)
    assert not {m.name for m in named if m.type == "Program"} & {"健康黄冈", "健康中国"}


@pytest.mark.parametrize(("text", "person", "held"), [
    ("会上，岳西县卫生健康委党组书记、主任，岳西县疾病预防控制局局长周明远讲话。", "周明远",
     {("岳西县卫生健康委", "党组书记、主任"), ("岳西县疾病预防控制局", "局长")}),
    ("东江市人民医院副院长,东江市中医院院长孙志强出席。", "孙志强",
     {("东江市人民医院", "副院长"), ("东江市中医院", "院长")}),
    ("蕲春县人民医院党委书记，蕲春县卫生健康局副局长吴海波主持会议。", "吴海波",
     {("蕲春县人民医院", "党委书记"), ("蕲春县卫生健康局", "副局长")}),
])
def test_posts_with_their_own_bodies_joined_by_a_comma_belong_to_the_name_after_them(nlp, text, person, held):
    _, rels, _ = facts(nlp, text)
    assert held <= posts_of(rels, person)


def test_a_name_before_the_comma_makes_a_list_of_guests_not_a_chain_of_posts(nlp):
    _, rels, _ = facts(nlp, "东江市人民医院院长王海涛，东江市中医院院长孙志强出席。")
    assert posts_of(rels, "孙志强") == {("东江市中医院", "院长")}
    assert posts_of(rels, "王海涛") == {("东江市人民医院", "院长")}


@pytest.mark.parametrize("text", [
    "我院与岳西县中医院签约\n\n东江市人民医院与岳西县中医院签约。我院院长王立出席。",
    "我院携手岳西县中医院组建医联体。东江市人民医院与岳西县中医院签约，我院院长王立出席。",
    "我院 和 岳西县中医院共建联盟\n\n日前，东江市人民医院举行仪式，我院院长王立讲话。",
])
def test_the_partner_named_after_we_and_is_not_the_writers_own_hospital(nlp, text):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, "王立") == {("东江市人民医院", "院长")}


@pytest.mark.parametrize(("text", "person", "post"), [
    ("经研究，任命孙立华同志为东江市人民医院院长。", "孙立华", ("东江市人民医院", "院长")),
    ("东江市卫生健康委任命钱芳为东江市中心医院副院长。", "钱芳", ("东江市中心医院", "副院长")),
    ("大会选举周明为东江市医学会会长。", "周明", ("东江市医学会", "会长")),
    ("周明当选东江市医师协会副会长。", "周明", ("东江市医师协会", "副会长")),
])
def test_a_verb_that_appoints_or_elects_a_person_to_a_post_vouches_for_the_name_and_gives_the_post(
        nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, person) == {post}


@pytest.mark.parametrize("text", [
    "江门市人民政府决定免去吴振华的江门市卫生健康委主任职务。",
    "免去吴振华同志江门市卫生健康委主任职务。",
    "会议宣布，免去吴振华同志的江门市卫生健康委主任职务。",
])
def test_a_removal_names_the_post_the_person_held(nlp, text):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, "吴振华") == {("江门市卫生健康委", "主任")}


def test_names_listed_before_fenbie_hold_the_posts_listed_after_it_one_each(nlp):
    _, rels, _ = facts(nlp, "会议选举王刚、陈志、刘洋分别担任东江市医学会会长、副会长、秘书长。")
    assert posts_of(rels, "王刚") == {("东江市医学会", "会长")}
    assert posts_of(rels, "陈志") == {("东江市医学会", "副会长")}
    assert posts_of(rels, "刘洋") == {("东江市医学会", "秘书长")}


def test_names_and_posts_of_different_counts_pair_nothing(nlp):
    _, rels, _ = facts(nlp, "东江市医学会换届，王刚、陈志分别当选东江市医学会会长、副会长、秘书长。")
    assert not posts_of(rels, "王刚") and not posts_of(rels, "陈志")



@pytest.mark.parametrize(("text", "person", "body"), [
    ("蕲春县人民政府副县长吴振华出席签约仪式。", "吴振华", "蕲春县人民政府"),
    ("会上，宝鸡市政府常务副市长李华讲话。", "李华", "宝鸡市政府"),
    ("岳西县人民医院揭牌，岳西县政府县长孙立华致辞。", "孙立华", "岳西县政府"),
])
def test_a_head_of_government_holds_the_post_in_the_government_when_the_text_names_it(nlp, text, person, body):
    _, rels, _ = facts(nlp, text)
    assert {t for t, _ in posts_of(rels, person)} == {body}


@pytest.mark.parametrize(("text", "person", "posts"), [
    ("北岭大学附属医院党委副书记、副院长，北岭大学医学院院长，第十一届民盟中央常委王明被授予称号。", "王明",
     {("北岭大学附属医院", "党委副书记、副院长"), ("北岭大学医学院", "院长"), ("中国民主同盟中央委员会", "常委")}),
    ("汉中市委副书记、常务副市长，陕西省援藏工作队领队王振华等参加会议。", "王振华",
     {("汉中市委", "副书记"), ("汉中市", "常务副市长"), ("陕西省援藏工作队", "领队")}),
    ("南岭市人民医院急诊科主任、主任医师，南岭医学院教授、硕士研究生导师王建国出席。", "王建国",
     {("南岭市人民医院", "急诊科主任、主任医师"), ("南岭医学院", "教授、硕士研究生导师")}),
])
def test_posts_at_several_bodies_joined_by_commas_are_all_the_persons(nlp, text, person, posts):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, person) == posts


@pytest.mark.parametrize(("text", "person", "post"), [
    ("九三学社中央副主席张华出席。", "张华", ("九三学社中央委员会", "副主席")),
    ("致公党中央常委刘平在会上发言。", "刘平", ("中国致公党中央委员会", "常委")),
    ("北岭医科大学博士生导师陈立介绍了成果。", "陈立", ("北岭医科大学", "博士生导师")),
])
def test_central_bodies_of_the_democratic_parties_and_academic_supervisors_hold_posts(nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize(("text", "person", "post"), [
    ("北京市医院管理局召开年度工作会议。副局长王建明作绩效考核报告。", "王建明", ("北京市医院管理局", "副局长")),
    ("中国（江西）第八批援突尼斯医疗队启程。副队长、江西省人民医院主治医师陈平表示，将全力以赴。",
     "陈平", ("中国（江西）第八批援突尼斯医疗队", "副队长")),
    ("岳西县人民医院与宝鸡市第一人民医院签约。宝鸡市第一人民医院派出专家，宝鸡市第一人民医院副院长张建华带队。"
     "常务副院长李志强介绍了情况。", "李志强", ("宝鸡市第一人民医院", "常务副院长")),
])
def test_a_title_without_a_body_is_held_in_the_body_of_its_kind_the_article_names_most(nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize("text", [
    "宝鸡市第一人民医院召开会议。会上，主任王建明讲话。",  # 主任: bodies of many kinds
    "宝鸡市卫生健康委召开会议。院长王建明讲话。",  # no hospital named before
])
def test_a_title_without_a_body_of_its_kind_named_before_holds_no_post(nlp, text):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, "王建明") == set()


@pytest.mark.parametrize(("text", "person", "unit", "committee"), [
    ("岳西县召开推进会。县委常委、统战部部长谌良福出席。", "谌良福", "岳西县委统战部", "岳西县委"),
    ("宝鸡市召开会议。宝鸡市委常委、宣传部部长童壁主持。", "童壁", "宝鸡市委宣传部", "宝鸡市委"),
    ("汉中市委常委、组织部部长赵立新讲话。", "赵立新", "汉中市委组织部", "汉中市委"),
])
def test_a_unit_named_bare_after_a_post_in_a_party_committee_is_that_committees_unit(
        nlp, text, person, unit, committee):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, person) == {(committee, "常委"), (unit, "部长")}
    assert (unit, "partOf", committee, None) in rels


def test_a_contracted_head_of_a_party_department_is_a_title(nlp):
    _, rels, _ = facts(nlp, "岳西县召开推进会。县委常委、组织部长陈建国出席会议并讲话。")
    assert posts_of(rels, "陈建国") == {("岳西县委", "常委、组织部长")}


@pytest.mark.parametrize(("text", "person", "posts"), [
    ("驻马达加斯加大使王建国出席仪式。王建国代表中国驻马达加斯加大使馆致辞。", "王建国",
     {("中国驻马达加斯加大使馆", "大使")}),
    ("中国驻老挝大使馆举行招待会，中国驻老挝大使李华致辞。", "李华", {("中国驻老挝大使馆", "大使")}),
    ("中国驻老挝大使李华出席。", "李华", set()),  # no mission named: the post is in no country
])
def test_a_post_named_after_zhu_and_a_country_is_held_in_the_mission_there(nlp, text, person, posts):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, person) == posts


@pytest.mark.parametrize(("text", "person", "post"), [
    ("会上宣布：宝鸡市疾病预防控制中心召开大会。王建国兼任中心党委书记、副主任；李华任中心副主任。",
     "王建国", ("宝鸡市疾病预防控制中心", "党委书记、副主任")),
    ("会上宣布：宝鸡市疾病预防控制中心召开大会。王建国兼任中心党委书记、副主任；李华任中心副主任。",
     "李华", ("宝鸡市疾病预防控制中心", "副主任")),
    ("汉台区社区卫生服务中心新址启用，中心护士长杜丽带领医护人员为居民测量血压。",
     "杜丽", ("汉台区社区卫生服务中心", "护士长")),
    ("宝鸡市急救中心召开会议。会上宣布，王建国任中心副主任。", "王建国", ("宝鸡市急救中心", "副主任")),
])
def test_the_centre_or_the_hospital_after_an_appointment_or_at_a_clauses_start_is_the_one_named_before(
        nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize(("text", "person", "post"), [
    ("岳西县人民医院召开大会。组建联盟的构想最早由张明华院长提出。", "张明华", ("岳西县人民医院", "院长")),
    ("安庆师范大学举行典礼。王建国校长在致辞中谈了办学思路。", "王建国", ("安庆师范大学", "校长")),
    ("太湖县人民医院召开会议，刘建军副院长主持会议。", "刘建军", ("太湖县人民医院", "副院长")),
])
def test_a_title_right_after_a_name_and_before_a_verb_is_held_in_the_body_of_its_kind(nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize("text", [
    "太湖县人民医院副院长李建国出席。岳西县中医院、岳西县中医院分院的专家参加。会后，李建国副院长带领专家查房。",
    "太湖县人民医院副院长李建国出席。岳西县中医院举行仪式，岳西县中医院党委书记讲话，李建国副院长致辞。",
    "太湖县人民医院副院长李建国出席。次日，岳西县中医院专家与岳西县中医院护士在一起，李建国副院长主持了会诊。",
])
def test_a_title_repeated_after_a_name_adds_no_post_in_another_body(nlp, text):
    _, rels, _ = facts(nlp, text)
    assert posts_of(rels, "李建国") == {("太湖县人民医院", "副院长")}


@pytest.mark.parametrize(("text", "person", "post"), [
    ("李明会见了文莱卫生部部长苏约伊。", "苏约伊", ("文莱卫生部", "部长")),
    ("张华会见了泰国卫生部副部长颂猜。", "颂猜", ("泰国卫生部", "副部长")),
    ("记者采访了岳西县人民医院护理部主任王丽华。", "王丽华", ("岳西县人民医院", "护理部主任")),
    ("一起工作的太湖县人民医院麻醉科医生陈晓东说，技术提升很快。", "陈晓东", ("太湖县人民医院", "麻醉科医生")),
])
def test_a_post_phrase_after_a_verb_is_held_in_the_body_named_inside_it(nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize(("text", "body"), [
    ("调研组到奉节县调研，察看了县精神保健医院建设工程现场。", "奉节县精神保健医院"),
    ("调研组到奉节县调研，又走访了县卫生计生执法监察大队。", "奉节县卫生计生执法监察大队"),
    ("岳西县召开会议，县妇幼保健计划生育服务中心作交流发言。", "岳西县妇幼保健计划生育服务中心"),
])
def test_a_proper_body_named_by_the_level_of_a_place_is_that_places(nlp, text, body):
    named, _, _ = facts(nlp, text)
    assert body in {m.name for m in named}


@pytest.mark.parametrize("text", [
    "太原市召开会议，市内医院和县域医共体参加。",
    "大理州召开会议，州县两级医院参加。",
    "北京市召开会议，市医院管理局党委书记方某讲话。",
])
def test_a_level_word_or_a_units_suffix_makes_no_body_of_the_place(nlp, text):
    named, _, _ = facts(nlp, text)
    assert not [m.name for m in named if m.name.endswith(("市内医院", "县域医共体", "两级医院", "管理局党委"))]


@pytest.mark.parametrize(("text", "person", "post"), [
    ("张明宣读了决定：刘建国同志任湖北省人民医院党委书记。", "刘建国", ("湖北省人民医院", "党委书记")),
    ("据了解，刘建国此前任武汉大学中南医院副院长。", "刘建国", ("武汉大学中南医院", "副院长")),
    ("会议宣布，聘任李芳为湖北省人民医院总会计师。", "李芳", ("湖北省人民医院", "总会计师")),
    ("陈立新曾任太湖县人民医院院长。", "陈立新", ("太湖县人民医院", "院长")),
])
def test_an_appointment_with_tongzhi_or_an_adverb_of_time_before_the_verb_is_read(nlp, text, person, post):
    _, rels, _ = facts(nlp, text)
    assert post in posts_of(rels, person)


@pytest.mark.parametrize("text", [
    "经过医院的努力，病人满意度提升。",
    "通过医院的努力，病人满意度提升。",
    "按照学校的要求，大家积极参与。",
])
def test_a_preposition_of_two_characters_before_a_bare_suffix_names_no_organisation(nlp, text):
    named, _, _ = facts(nlp, text)
    assert not [m.name for m in named if m.type in ("Hospital", "University")]


@pytest.mark.parametrize(("text", "people", "post"), [
    ("江苏省卫生健康委副主任王明、李强出席会议。", ["王明", "李强"], ("江苏省卫生健康委", "副主任")),
    ("会上，湖北省疾控局副局长张伟、高翔，省疾控中心主任李军出席。", ["张伟", "高翔"], ("湖北省疾控局", "副局长")),
    ("常州市第一人民医院副院长陈刚、赵敏、钱军，护理部主任孙丽参加。", ["陈刚", "赵敏", "钱军"],
     ("常州市第一人民医院", "副院长")),
])
def test_names_listed_after_a_post_share_it(nlp, text, people, post):
    _, rels, _ = facts(nlp, text)
    for person in people:
        assert post in posts_of(rels, person)


@pytest.mark.parametrize("text", ["常州市第一人民医院院长陈刚、患者家属赵敏参加。",
                                  "常州市第一人民医院院长陈刚与赵敏握手。"])
def test_a_name_joined_otherwise_to_a_titled_name_holds_no_post(nlp, text):
    _, rels, _ = facts(nlp, text)
    assert not posts_of(rels, "赵敏")
