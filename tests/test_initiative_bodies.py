"""An initiative's body holds verbs of its own (提升行动, 推进会) but not the clause around it:
it starts after an adverb, a modal word or a preposition (and the verb an adverb modifies).
Sentences written for these tests, with made-up names and places."""

from __future__ import annotations

import pytest
from conftest import facts, outer_names


@pytest.mark.parametrize("text", [
    "调研组逐一察看在建设施项目，听取汇报。",
    "会上，王处长还就项目进度提出要求。",
    "广大党员用实际行动践行承诺。",
    "县里要认真总结试点经验，逐项核对惠民工程。",
])
def test_a_clause_before_a_kind_of_work_names_nothing(nlp, text):
    assert not outer_names(nlp, text, "Program", "Event", "Policy")


@pytest.mark.parametrize("text, work", [
    ("今年，青禾县将实施乡村医生能力提升行动。", "乡村医生能力提升行动"),
    ("我们正在推进“暖心助老”服务行动，效果明显。", "暖心助老服务行动"),
    ("此次白杨市紧密型医联体签约仪式在县医院举行。", "白杨市紧密型医联体签约仪式"),
])
def test_an_adverb_or_pronoun_before_a_named_work_is_cut_off(nlp, text, work):
    assert work in outer_names(nlp, text, "Program", "Event", "Policy")


@pytest.mark.parametrize("text", [
    "全国民族团结进步表彰大会在京召开。",
    "定期举办各类患者康复培训班。",
])
def test_words_the_dictionary_mistags_or_plurals_do_not_cut(nlp, text):
    assert "团结进步表彰大会" not in outer_names(nlp, text, "Program", "Event", "Policy")
    assert "患者康复培训班" not in outer_names(nlp, text, "Program", "Event", "Policy")


@pytest.mark.parametrize("text, team", [
    ("我院第三批援北岭医疗队昨日出发。", "第三批援北岭医疗队"),
    ("本院援南湖医疗队圆满完成任务。", "援南湖医疗队"),
])
def test_the_writers_own_body_starts_no_team_name(nlp, text, team):
    named, _, _ = facts(nlp, text)
    assert team in {m.name for m in named if m.type == "AidTeam"}
