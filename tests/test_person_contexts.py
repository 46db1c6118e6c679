"""Contexts that vouch for a person's name beyond a title or a verb of speech beside it, on
sentences written for these tests (places real, people and hospitals made up)."""

from __future__ import annotations

import pytest
from conftest import facts


def persons(nlp, text):
    named, rels, _ = facts(nlp, text)
    return {m.name for m in named if m.type == "Person"}, rels


@pytest.mark.parametrize(("text", "names"), [
    ("出席会议的领导有王一鸣、陈思远、周立新等。", {"王一鸣", "陈思远", "周立新"}),
    ("返回的队员中有李建国、赵小川、孙明等副主任医师。", {"李建国", "赵小川", "孙明"}),
    ("副局长彭海、吴立军出席。", {"彭海", "吴立军"}),
])
def test_names_listed_with_a_vouched_one_or_three_together_are_persons(nlp, text, names):
    assert names <= persons(nlp, text)[0]


@pytest.mark.parametrize("text", [
    "会议提出强体系、强服务、强机构、强队伍的要求。",
    "医院开设了普外科、泌尿外科、妇科等科室。",
    "活动覆盖黄冈、孝感、咸宁等地。",
])
def test_lists_of_words_are_not_persons(nlp, text):
    assert not persons(nlp, text)[0]


@pytest.mark.parametrize(("text", "name"), [
    ("那曲市藏医院院长次仁旺堆说，医院将扩建。", "次仁旺堆"),
    ("多米尼克卫生部常务秘书怀克出席仪式。", "怀克"),
    ("自治区卫生健康委主任格桑卓玛表示，将加强培训。", "格桑卓玛"),
])
def test_a_name_without_a_han_surname_after_a_post_is_a_person(nlp, text, name):
    assert name in persons(nlp, text)[0]


@pytest.mark.parametrize("text", [
    "院长表示，医院将加强管理。",
    "牛某某副教授则说：“很好。”",
    "大理州人民医院长期以来支持县里。",
])
def test_words_after_a_title_are_not_names(nlp, text):
    found = persons(nlp, text)[0]
    assert not found & {"表示", "则说", "期以", "长期"}


@pytest.mark.parametrize(("text", "names"), [
    ("蕲春县第一人民医院张晓明、蕲春县中医院赵雪梅入选。", {"张晓明", "赵雪梅"}),
    ("蕲春县人民医院周文斌、刘海燕等5人参加培训。", {"周文斌"}),
    ("此次派出的是岳西县人民医院孙立强，以及太湖县人民医院钱小红。", {"孙立强"}),
])
def test_a_name_right_after_its_organisation_in_a_roster_is_a_person(nlp, text, names):
    assert names <= persons(nlp, text)[0]


@pytest.mark.parametrize(("text", "person", "post"), [
    ("吕海涛任蕲春县人民医院党委书记", "吕海涛", ("蕲春县人民医院", "党委书记")),
    ("会议宣布：周立华兼任岳西县中医院院长。", "周立华", ("岳西县中医院", "院长")),
    ("经研究，孙文博担任太湖县卫生健康局局长。", "孙文博", ("太湖县卫生健康局", "局长")),
])
def test_an_appointment_verb_gives_the_post_after_it(nlp, text, person, post):
    found, rels = persons(nlp, text)
    assert person in found
    assert (person, "holdsPosition", post[0], post[1]) in rels


def test_a_title_ending_in_the_verb_is_no_appointment(nlp):
    found, _ = persons(nlp, "医院党委副书记王明，党办主任许文，宣传中心副主任许丽等到场。")
    assert "党办主" not in found and {"王明", "许文", "许丽"} <= found


@pytest.mark.parametrize(("text", "person", "post"), [
    ("主持人：刘晓明　安徽省卫生健康委员会宣传处处长", "刘晓明", ("安徽省卫生健康委员会宣传处", "处长")),
    ("发布人：周立强　安徽省卫生健康委员会党委书记、主任", "周立强", ("安徽省卫生健康委员会", "党委书记、主任")),
    ("出席发布会的有：\n　　孙美芳　安徽省教育厅党组成员、副厅长\n　　钱志远　安徽省医疗保障局副局长",
     "钱志远", ("安徽省医疗保障局", "副局长")),
])
def test_a_transcript_line_gives_a_name_and_the_posts_after_it(nlp, text, person, post):
    found, rels = persons(nlp, text)
    assert person in found
    assert (person, "holdsPosition", post[0], post[1]) in rels


def test_an_indented_line_is_a_paragraph_of_its_own():
    from kg.ingest.clean import paragraphs

    text = "会议听取了汇报，并部署了下一阶段工作\n\u3000\u3000孙美芳　安徽省教育厅副厅长\n"
    assert [p.text for p in paragraphs(text)][-1].startswith("孙美芳")


@pytest.mark.parametrize("text", [
    "岳西县人民医院召开大会。太湖县人民医院专家到会。我院院长周红表示，将加强合作。",
    "我院副院长周红介绍，岳西县人民医院与太湖县人民医院签约。",
    "岳西县人民医院消息：太湖县人民医院来访，本院院长周红接待。",
])
def test_we_the_hospital_is_the_articles_first_hospital(nlp, text):
    _, rels = persons(nlp, text)
    assert {t for h, r, t, _ in rels if h == "周红" and r == "holdsPosition"} == {"岳西县人民医院"}


@pytest.mark.parametrize(("text", "person", "post"), [
    ("岳西县人民医院李秋院长介绍了情况。", "李秋", ("岳西县人民医院", "院长")),
    ("太湖县卫生健康委何延政主任强调，要抓好落实。", "何延政", ("太湖县卫生健康委", "主任")),
    ("蕲春县中医院孙立华副院长在会上发言。", "孙立华", ("蕲春县中医院", "副院长")),
])
def test_an_organisation_a_name_and_a_title_give_a_post(nlp, text, person, post):
    found, rels = persons(nlp, text)
    assert person in found
    assert (person, "holdsPosition", post[0], post[1]) in rels


@pytest.mark.parametrize(("text", "name"), [
    ("会上，张宗益校长在致辞中谈了思路。", "张宗益"),
    ("随后，王立新主任与专家交流。", "王立新"),
    ("据钱文博局长等介绍，项目进展顺利。", "钱文博"),
])
def test_a_title_after_a_name_then_a_boundary_word_vouches_for_it(nlp, text, name):
    assert name in persons(nlp, text)[0]


@pytest.mark.parametrize("text", [
    "在专业顾问和推进专员的指导下，工作有序开展。",
    "岳西县卫生健康委主任强调，要抓好落实。",
    "会议由院长主持，副院长和发展部主任参加。",
])
def test_a_verb_is_no_given_name(nlp, text):
    assert not persons(nlp, text)[0] & {"和推进", "强调", "和发展"}
