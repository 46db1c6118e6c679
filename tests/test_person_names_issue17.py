"""The grammar of a person's name at its edges (issue 17), on sentences written for these tests
(places real, people made up): dotted foreign and minority names are whole, a title is no given
name, a function word is no surname, and a minority name after a post keeps its fourth character."""

from __future__ import annotations

import pytest
from conftest import facts


def persons(nlp, text: str) -> set[str]:
    return {m.name for m in facts(nlp, text)[0] if m.type == "Person"}


@pytest.mark.parametrize(("text", "name"), [
    ("该院儿科副主任阿依古丽·买提热依木带领团队下乡义诊。", "阿依古丽·买提热依木"),
    ("卫生部部长阿卜杜拉·哈米德·汗接见了专家组。", "阿卜杜拉·哈米德·汗"),
    ("县医院内科医生艾合买提江·吐尔地说，专家教会了他新技术。", "艾合买提江·吐尔地"),
])
def test_a_dotted_name_is_every_part_the_dots_join(nlp, text, name):
    found = persons(nlp, text)
    assert name in found
    assert not {n for n in found if n != name and (n in name or name in n)}


@pytest.mark.parametrize(("text", "name"), [
    ("带队的卫生部副部长萨米尔·哈达德在医院表示，双方合作顺利。", "萨米尔·哈达德"),
    ("前来就诊的喀什市民努尔兰·卡德尔说，看病方便多了。", "努尔兰·卡德尔"),
    ("卫生部助理部长卡里姆·纳赛尔在会上致辞。", "卡里姆·纳赛尔"),
    ("外交部长哈桑·纳吉布考察了医院。", "哈桑·纳吉布"),
    ("地区行署专员热依汗·阿布都热合曼，县委书记出席。", "热依汗·阿布都热合曼"),
])
def test_a_dotted_name_ends_before_a_phrase_and_starts_after_a_word_that_rules_a_name_out(nlp, text, name):
    found = persons(nlp, text)
    assert name in found
    assert not {n for n in found if n != name and name in n}


@pytest.mark.parametrize("text", [
    "王院长表示，医院将扩建门诊楼。",
    "会上，刘局长和陈主任分别讲话。",
    "赵县长说，全县将新建三个卫生院。",
])
def test_a_surname_and_a_title_name_nobody(nlp, text):
    assert not {n for n in persons(nlp, text) if len(n) >= 3 and n[1:] in {"院长", "局长", "主任", "县长"}}
    assert not persons(nlp, text) & {"王院长", "刘局长", "陈主任", "赵县长"}


@pytest.mark.parametrize(("text", "wrong"), [
    ("吴院长和周主任一同查看了病房。", {"和周"}),
    ("座谈会由郑明远主持。", {"由郑明"}),
    ("专家和医护人员深入交流，各县区医院代表参加。", {"和医护", "区医院"}),
])
def test_a_conjunction_a_preposition_or_a_level_word_mid_clause_is_no_surname(nlp, text, wrong):
    assert not persons(nlp, text) & wrong


def test_a_clause_surname_still_starts_a_name_at_a_clause_start(nlp):
    assert "和春生" in persons(nlp, "和春生表示，将继续支持基层。")


@pytest.mark.parametrize(("text", "name"), [
    ("自治区卫生健康委副主任洛桑多吉，自治区人民医院院长出席。", "洛桑多吉"),
    ("卫生部副部长穆萨伊尔（Musa）会见了医疗队。", "穆萨伊尔"),
    ("地区卫生健康委党组书记米玛次仁，行署副专员参加。", "米玛次仁"),
])
def test_four_characters_between_a_post_and_a_mark_are_one_minority_name(nlp, text, name):
    assert name in persons(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("副局长吕一平作工作报告。", "吕一平"),
    ("副院长孙一鸣作经验介绍。", "孙一鸣"),
    ("主任医师钱一凡作学术讲座。", "钱一凡"),
])
def test_a_segmenter_boundary_inside_a_three_character_name_needs_a_word_after_it(nlp, text, name):
    assert name in persons(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("县委书记王建国同志，县长出席。", "王建国"),
    ("院长张明华本人，多次下乡。", "张明华"),
    ("书记李晓东一行，来到医院。", "李晓东"),
    ("院长周建华于5月赴京汇报。", "周建华"),
])
def test_a_common_word_or_a_preposition_after_a_name_is_no_fourth_character(nlp, text, name):
    assert name in persons(nlp, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("孙立新任中心主任；钱国华任中心副主任。", "任中心"),
    ("林海峰任医院院长；黄志刚任医院副院长。", "任医院"),
    ("张卫民兼任学会会长；高志远任学会秘书长。", "任学会"),
])
def test_no_name_starts_at_the_verb_of_an_appointment(nlp, text, wrong):
    assert wrong not in persons(nlp, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("这是该国总统本周签署的法令。", "本周签署"),
    ("王某处长讲话时指出，要抓好落实。", "讲话时"),
    ("某县卫生健康局副局长兼党办主任出席。", "兼党办"),
])
def test_a_run_after_a_title_holding_a_verb_or_a_joiner_of_posts_is_no_name(nlp, text, wrong):
    assert wrong not in persons(nlp, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("全县各乡镇卫生院院长参加会议。", "卫生院"),
    ("各县区医院代表发言。", "区医院"),
    ("常常主任说，要多下乡。", "常常"),
])
def test_an_organisation_word_or_a_reduplicated_word_is_no_name(nlp, text, wrong):
    assert wrong not in persons(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("该项目此次获得国家卫生健康委批准。", "国家卫生健康委"),
    ("工作队受国家中医药管理局委托开展调研。", "国家中医药管理局"),
    ("此前中共某某省委印发了通知。", "中共某某省委"),
])
def test_a_national_bodys_name_starts_at_its_anchor_after_a_clause(nlp, text, name):
    named = {m.name for m in facts(nlp, text)[0] if not m.inner}
    assert name in named
    assert not {n for n in named if n != name and n.endswith(name)}


@pytest.mark.parametrize(("text", "name"), [
    ("中华人民共和国国家卫生健康委员会发布通知。", "中华人民共和国国家卫生健康委员会"),
    ("该院加入了中国医师协会。", "中国医师协会"),
    ("记者从中国疾病预防控制中心获悉。", "中国疾病预防控制中心"),
])
def test_a_name_holding_a_national_anchor_after_a_place_stays_whole(nlp, text, name):
    assert name in {m.name for m in facts(nlp, text)[0] if not m.inner}


@pytest.mark.parametrize(("text", "name"), [
    ("欢送会上，省卫生健康委主任何建国讲话。", "何建国"),
    ("会议由副主任何平主持。", "何平"),
    ("县医院党委书记任何方出席。", "任何方"),
])
def test_a_name_right_after_a_title_starts_there_even_where_the_segmenter_joined_them(nlp, text, name):
    assert name in {m.name for m in facts(nlp, text)[0] if m.type == "Person"}


def test_a_word_that_holds_a_title_ending_and_a_surname_is_no_name(nlp):
    assert not [m for m in facts(nlp, "他没有任何意见，也不担任何职务。")[0] if m.type == "Person"]

