"""The verb frames of ``kg/lexicons/verb_frames.jsonl``, validated when loaded.

Why validate here: a frame names a relation, groups of entity types, a handler (the reading
of the clause, a function of ``frame_relations``) and flags. A typo in any of them would
otherwise lose relations silently, or fail on the day some text meets the frame; it fails at
load instead, naming the file and the line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from kg.lexicons.loader import Lexicon, load
from kg.schema import INITIATIVES, ORGANIZATIONS, PLACES, RELATIONS

# The groups of entity types a frame's head and tail name.
GROUPS = {"Place": PLACES, "Org": ORGANIZATIONS, "Initiative": INITIATIVES, "Policy": frozenset({"Policy"}),
          "Event": frozenset({"Event"}), "Program": frozenset({"Program"}),
          "AidTeam": frozenset({"AidTeam"}), "MedicalAlliance": frozenset({"MedicalAlliance"})}
# passive: also read 由 HEAD … verb … TAIL; located: 在 X verb places the event at X; with: with
# no tail after the verb, read HEAD 与 TAIL … verb; toward: 向 X verb TAIL sends the tail to X;
# earlier: with no tail in the clause, the tail is the last one named before in the text;
# clause: the head is named in the verb's own clause (甲委会同乙局…), never earlier in the sentence;
# next: the tail is named right after the verb (给予某医院支持; not 支持服务事务的某处); trip: with
# no tail after the verb, the tails are named after 赴/到 before it (甲省派专家赴乙州开展帮扶).
# recipient: with no tail after the verb, the tails are named after 向/为 before it (甲院向乙院捐赠设备).
FLAGS = frozenset({"passive", "located", "with", "toward", "earlier", "clause", "next", "trip", "recipient"})
FIELDS = ("id", "rel", "verbs", "head", "tail", "handler", "flags")


@dataclass(frozen=True)
class Frame:
    """One verb frame: its verbs, the relation they state, the types allowed on each side."""

    id: str
    rel: str
    verbs: re.Pattern
    heads: frozenset[str]
    tails: frozenset[str]
    handler: str
    flags: frozenset[str]


def load_frames(handlers: Collection[str]) -> tuple[Frame, ...]:
    """The frames of ``verb_frames.jsonl`` in file order (the order they are applied in), each
    checked to name a handler of ``handlers``."""
    lex = load("verb_frames.jsonl")
    return tuple(frame_of(lex, k, handlers) for k in range(len(lex.entries)))


def frame_of(lex: Lexicon, k: int, handlers: Collection[str]) -> Frame:
    """Entry ``k`` of ``lex`` as a frame; a ``LexiconError`` naming its line if it is malformed."""
    entry = lex.entries[k]
    missing = [f for f in FIELDS if f not in entry]
    if missing:
        raise lex.fail(k, f"frame without {', '.join(missing)}")
    if set(entry) - set(FIELDS):
        raise lex.fail(k, f"unknown field {sorted(set(entry) - set(FIELDS))[0]!r}")
    if entry["rel"] not in RELATIONS:
        raise lex.fail(k, f"rel {entry['rel']!r} is not a relation of the schema")
    for side in ("head", "tail"):
        if not isinstance(entry[side], list) or not entry[side]:
            raise lex.fail(k, f"{side} must be a non-empty list of groups")
        for group in entry[side]:
            if group not in GROUPS:
                raise lex.fail(k, f"{side} group {group!r} is not one of {', '.join(GROUPS)}")
    if entry["handler"] not in handlers:
        raise lex.fail(k, f"handler {entry['handler']!r} is not one of {', '.join(handlers)}")
    if not isinstance(entry["flags"], list):
        raise lex.fail(k, "flags must be a list")
    for flag in entry["flags"]:
        if flag not in FLAGS:
            raise lex.fail(k, f"flag {flag!r} is not one of {', '.join(sorted(FLAGS))}")
    try:
        verbs = re.compile(entry["verbs"])
    except (re.error, TypeError) as err:
        raise lex.fail(k, f"verbs {entry['verbs']!r} do not compile ({err})") from err
    return Frame(str(entry["id"]), entry["rel"], verbs, _types(entry["head"]), _types(entry["tail"]),
                 entry["handler"], frozenset(entry["flags"]))


def _types(groups: list[str]) -> frozenset[str]:
    return frozenset().union(*(GROUPS[g] for g in groups))
