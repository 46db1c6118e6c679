"""Read and validate the data files of ``kg/lexicons/``: word lists, tables, patterns, JSONL.

Why one loader: the grammar's vocabulary is data that linguists edit. A mistake in it (a
mistyped entity type, a regular expression that does not compile, a word listed twice, a word
in two lists that exclude each other) must fail when kg starts, naming the file and the line,
not as a KeyError on the day some text meets that entry.

The formats (``kg/lexicons/README.md`` says the same for editors):

- ``*.txt``: a word list, one entry per line, in the order the rules try them; with the
  directive ``# @format: spaced`` several entries per line, separated by spaces.
- ``*.tsv``: a table; its first line that is not a comment names the columns. Rows may leave
  trailing columns empty. The first column is the key and must be unique. Columns are checked
  by name: ``type`` and ``parent_type`` must be an entity type of the schema (the latter may also be
  ``Place`` or ``Scope``), ``rel`` a relation, ``pattern`` a regular expression.
- ``*.jsonl``: one JSON object a line; the file's consumer validates the fields (see
  ``kg.nlp.frames``); an ``id`` field must be unique.

Lines starting with ``#`` are comments. Directives are comments of the form ``# @name: value``:
``@disjoint: other.txt …`` declares lists that may share no entry with this one, and
``@format: spaced`` is described above.

Patterns (``patterns_*.tsv``, one file per part of the grammar, with the columns ``name``,
``pattern`` and ``note``; a name is unique across the files) may use others by name: ``<<name>>`` stands for the named
pattern's text, wrapped in a non-capturing group, and ``<<list:file.txt>>`` for an alternation
of a word list's entries, longest first. References are expanded before compiling, so each
piece of a pattern is written once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from kg.errors import KgError
from kg.schema import COARSE, RELATIONS

DIRECTIVE = re.compile(r"#\s*@(\w+):\s*(.*)")
REFERENCE = re.compile(r"<<(list:)?([\w.]+)>>")
TYPE_COLUMNS = {"type": frozenset(COARSE), "parent_type": frozenset(COARSE) | {"Place", "Scope"}}


class LexiconError(KgError):
    """A lexicon file is malformed: the message names the file and the line."""


@dataclass(frozen=True)
class Lexicon:
    """One data file, parsed: ``entries`` in file order (words, or rows as dicts), the line of
    each entry, and the file's directives."""

    name: str
    entries: tuple = ()
    lines: tuple[int, ...] = ()
    directives: dict[str, str] = field(default_factory=dict)

    @property
    def words(self) -> tuple[str, ...]:
        """The entries of a word list, or the key column of a table, in file order."""
        if self.name.endswith(".txt"):
            return self.entries
        return tuple(e if isinstance(e, str) else next(iter(e.values())) for e in self.entries)

    def fail(self, index: int, what: str) -> LexiconError:
        return LexiconError(f"kg/lexicons/{self.name}:{self.lines[index]}: {what}")


def read_text(name: str) -> str:
    try:
        return resources.files("kg.lexicons").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise LexiconError(f"kg/lexicons/{name}: no such lexicon") from err
    except UnicodeDecodeError as err:
        raise LexiconError(f"kg/lexicons/{name}: not UTF-8 ({err})") from err


def lexicon_names() -> list[str]:
    """Every data file of ``kg/lexicons/`` (what ``check_all`` validates)."""
    files = resources.files("kg.lexicons").iterdir()
    return sorted(f.name for f in files if f.name.endswith((".txt", ".tsv", ".jsonl")))


@cache
def load(name: str) -> Lexicon:
    """The parsed, validated file ``kg/lexicons/<name>``."""
    return parse(name, read_text(name))


def parse(name: str, text: str) -> Lexicon:
    """Parse and validate ``text`` as the lexicon file ``name`` (its extension gives its kind)."""
    directives: dict[str, str] = {}
    numbered: list[tuple[int, str]] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line.startswith("#"):
            if line:
                numbered.append((n, line))
        elif (d := DIRECTIVE.match(line)) is not None:
            directives[d.group(1)] = d.group(2).strip()
    if name.endswith(".txt"):
        lex = _words(name, numbered, directives)
    elif name.endswith(".tsv"):
        lex = _table(name, numbered, directives)
    elif name.endswith(".jsonl"):
        lex = _jsonl(name, numbered, directives)
    else:
        raise LexiconError(f"kg/lexicons/{name}: unknown kind of lexicon (.txt, .tsv or .jsonl)")
    _unique(lex)
    for other in directives.get("disjoint", "").split():
        shared = set(lex.words) & set(load(other).words)
        if shared:
            first = min(shared, key=lex.words.index)
            raise lex.fail(lex.words.index(first), f"{first!r} is also in {other}, which this list excludes")
    return lex


def _words(name: str, numbered: list[tuple[int, str]], directives: dict[str, str]) -> Lexicon:
    if directives.get("format") != "spaced":
        return Lexicon(name, tuple(line for _, line in numbered), tuple(n for n, _ in numbered), directives)
    entries, lines = [], []
    for n, line in numbered:
        for word in line.split():
            entries.append(word)
            lines.append(n)
    return Lexicon(name, tuple(entries), tuple(lines), directives)


def _table(name: str, numbered: list[tuple[int, str]], directives: dict[str, str]) -> Lexicon:
    if not numbered:
        raise LexiconError(f"kg/lexicons/{name}: no header line naming the columns")
    (_, header), rows = numbered[0], numbered[1:]
    columns = [c.strip() for c in header.split("\t")]
    lex = Lexicon(name, (), tuple(n for n, _ in rows), directives)
    entries = []
    for k, (_, line) in enumerate(rows):
        cells = line.split("\t")
        if len(cells) > len(columns):
            raise lex.fail(k, f"{len(cells)} columns, the header names {len(columns)}")
        row = dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True))
        if not row[columns[0]]:
            raise lex.fail(k, f"empty {columns[0]}")
        for column, allowed in TYPE_COLUMNS.items():
            if row.get(column) and row[column] not in allowed:
                raise lex.fail(k, f"{column} {row[column]!r} is not an entity type of the schema")
        if row.get("rel") and row["rel"] not in RELATIONS:
            raise lex.fail(k, f"rel {row['rel']!r} is not a relation of the schema")
        entries.append(row)
    return Lexicon(name, tuple(entries), lex.lines, directives)


def _jsonl(name: str, numbered: list[tuple[int, str]], directives: dict[str, str]) -> Lexicon:
    lex = Lexicon(name, (), tuple(n for n, _ in numbered), directives)
    entries = []
    for k, (_, line) in enumerate(numbered):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as err:
            raise lex.fail(k, f"not JSON ({err.msg})") from err
        if not isinstance(entry, dict):
            raise lex.fail(k, "not a JSON object")
        entries.append(entry)
    lex = Lexicon(name, tuple(entries), lex.lines, directives)
    if entries and all("id" in e for e in entries):
        ids = [str(e["id"]) for e in entries]
        for k, i in enumerate(ids):
            if ids.index(i) != k:
                raise lex.fail(k, f"id {i!r} is used twice")
    return lex


def _unique(lex: Lexicon) -> None:
    words = lex.words
    if lex.name.endswith(".jsonl") or len(set(words)) == len(words):
        return  # one set for the usual case; the scan below only finds the line of a duplicate
    seen: dict[str, int] = {}
    for k, word in enumerate(words):
        if word in seen:
            raise lex.fail(k, f"{word!r} is listed twice (also line {lex.lines[seen[word]]})")
        seen[word] = k


@cache
def patterns() -> dict[str, str]:
    """The pattern texts of every ``patterns_*.tsv``, references expanded, each checked to
    compile."""
    files = [n for n in lexicon_names() if n.startswith("patterns_") and n.endswith(".tsv")]
    return expand_patterns([load(n) for n in files])


def expand_patterns(files: list[Lexicon]) -> dict[str, str]:
    """Name → pattern text of the pattern tables ``files``, references expanded."""
    raw: dict[str, str] = {}
    where: dict[str, tuple[Lexicon, int]] = {}
    for lex in files:
        for k, row in enumerate(lex.entries):
            if row["name"] in where:
                other, j = where[row["name"]]
                raise lex.fail(k, f"pattern {row['name']!r} is also defined in {other.name}:{other.lines[j]}")
            raw[row["name"]], where[row["name"]] = row["pattern"], (lex, k)
    out: dict[str, str] = {}

    def expand(name: str, seen: tuple[str, ...]) -> str:
        lex, k = where[name]
        if name in out:
            return out[name]
        if name in seen:
            raise lex.fail(k, f"pattern {name!r} refers to itself")

        def ref(m: re.Match) -> str:
            if m.group(1):
                return "|".join(map(re.escape, sorted(load(m.group(2)).words, key=len, reverse=True)))
            if m.group(2) not in raw:
                raise lex.fail(k, f"<<{m.group(2)}>>: no such pattern")
            return f"(?:{expand(m.group(2), (*seen, name))})"

        text = REFERENCE.sub(ref, raw[name])
        try:
            re.compile(text)
        except re.error as err:
            raise lex.fail(k, f"pattern {name!r} does not compile ({err})") from err
        out[name] = text
        return text

    for name in raw:
        expand(name, ())
    return out


@cache
def pattern(name: str) -> re.Pattern:
    """The compiled pattern ``name`` of the ``patterns_*.tsv`` files."""
    try:
        return re.compile(patterns()[name])
    except KeyError as err:
        raise LexiconError(f"kg/lexicons: no pattern named {name!r} in patterns_*.tsv") from err


def check_all() -> int:
    """Load and validate every lexicon (``kg lexicons check``); the number of entries read."""
    total = sum(len(load(name).entries) for name in lexicon_names())
    patterns()
    return total
