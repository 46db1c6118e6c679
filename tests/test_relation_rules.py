"""The relation rules read their grammar from data: verb frames validated at load, and the
handler and verbs a frame names in ``verb_frames.jsonl`` are what the component applies."""

from __future__ import annotations

import pytest
from conftest import facts

from kg.lexicons.loader import Lexicon, LexiconError, load
from kg.nlp.frame_relations import HANDLERS
from kg.nlp.frames import frame_of

SENTENCE = "江苏省人民医院与南京市第一医院、苏州市立医院{}。"
GOOD = {"id": "x.y", "rel": "assists", "verbs": "帮扶", "head": ["Org"], "tail": ["Place"],
        "handler": "directed", "flags": ["with"]}


def frames_with(change: dict, frame_id: str = "cooperatesWith.sign"):
    """The frames of the file, with the fields of one frame changed."""
    lex = load("verb_frames.jsonl")
    entries = tuple({**e, **change} if e["id"] == frame_id else e for e in lex.entries)
    edited = Lexicon(lex.name, entries, lex.lines)
    return tuple(frame_of(edited, k, HANDLERS) for k in range(len(entries)))


def cooperations(nlp, verb: str) -> set:
    _, rels, _ = facts(nlp, SENTENCE.format(verb))
    return {(h, t) for h, r, t, _ in rels if r == "cooperatesWith"}


@pytest.mark.parametrize(("change", "message"), [
    ({"rel": "helps"}, "rel 'helps' is not a relation of the schema"),
    ({"head": ["Org", "Hospitals"]}, "head group 'Hospitals' is not one of"),
    ({"handler": "passive"}, "handler 'passive' is not one of"),
    ({"flags": ["with", "loud"]}, "flag 'loud' is not one of"),
    ({"verbs": "帮扶|(支援"}, "verbs '帮扶|(支援' do not compile"),
    ({"note": "?"}, "unknown field 'note'"),
])
def test_a_malformed_frame_fails_naming_its_line(change, message):
    lex = Lexicon("verb_frames.jsonl", ({**GOOD, **change},), (31,))
    with pytest.raises(LexiconError, match=r"^kg/lexicons/verb_frames\.jsonl:31: ") as err:
        frame_of(lex, 0, HANDLERS)
    assert message in str(err.value)
    assert frame_of(Lexicon("verb_frames.jsonl", (GOOD,), (31,)), 0, HANDLERS).rel == "assists"


def test_a_verb_added_to_a_frame_states_its_relation(nlp, monkeypatch):
    assert not cooperations(nlp, "配合")
    frame = next(f for f in load("verb_frames.jsonl").entries if f["id"] == "cooperatesWith.sign")
    monkeypatch.setattr(nlp.get_pipe("kg_relations"), "frames", frames_with({"verbs": frame["verbs"] + "|配合"}))
    assert cooperations(nlp, "配合") == {("江苏省人民医院", "南京市第一医院"), ("江苏省人民医院", "苏州市立医院")}


def test_the_handler_named_in_the_data_reads_the_clause(nlp, monkeypatch):
    assert cooperations(nlp, "合作")
    # read as directed, the heads before 合作 have no tail after it
    monkeypatch.setattr(nlp.get_pipe("kg_relations"), "frames", frames_with({"handler": "directed"}))
    assert not cooperations(nlp, "合作")
