"""The lexicons as the rules use them: the gazetteer, countries, suffixes, word lists.

Why typed views over ``loader``: each file is parsed and validated once by the loader; what
the rules need of it (a gazetteer with its indexes, a suffix table) is built here, once per
process, so no rule parses a file or splits a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from kg.lexicons.loader import LexiconError, load

LEVEL_TYPE = {1: "Province", 2: "City", 3: "County", 4: "Township"}


@dataclass(frozen=True)
class Division:
    """One administrative division: GB/T 2260 code, level 1-4, parent code, names."""

    code: str
    level: int
    parent: str
    name: str
    short: tuple[str, ...]

    @property
    def type(self) -> str:
        return LEVEL_TYPE[self.level]


@dataclass(frozen=True)
class Gazetteer:
    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]  # official names
    by_short: dict[str, tuple[Division, ...]]  # short names (provinces, prefectures, counties)

    def ancestors(self, code: str) -> list[Division]:
        """Parents from the nearest up to the province."""
        out: list[Division] = []
        div = self.by_code.get(code)
        while div is not None and div.parent:
            div = self.by_code.get(div.parent)
            if div is not None:
                out.append(div)
        return out

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(d.code == ancestor for d in self.ancestors(code))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    by_code: dict[str, Division] = {}
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for row in load("divisions.tsv").entries:
        code, name = row["code"], row["name"]
        div = Division(code, int(row["level"]), row["parent"], name, tuple(s for s in row["short"].split("|") if s))
        by_code[code] = div
        by_name.setdefault(name, []).append(div)
        for s in div.short:
            by_short.setdefault(s, []).append(div)
    for div in by_code.values():  # 阿坝州, 伊犁州: an autonomous prefecture's usual name
        if div.name.endswith("自治州"):
            for s in div.short:
                if s + "州" not in by_name:
                    by_name[s + "州"] = [div]
    return Gazetteer(by_code, {k: tuple(v) for k, v in by_name.items()},
                     {k: tuple(v) for k, v in by_short.items()})


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """Every Chinese name or alias of a country -> (ISO alpha-2, canonical name)."""
    out: dict[str, tuple[str, str]] = {}
    for row in load("countries.tsv").entries:
        code, name = row["alpha2"], row["name"]
        for n in [name, *[a for a in row["aliases"].split("|") if a]]:
            out.setdefault(n, (code, name))
    return out


@lru_cache(maxsize=1)
def foreign_cities() -> dict[str, str]:
    """The Chinese name of a foreign city -> the ISO alpha-2 code of its country."""
    return {row["name"]: row["alpha2"] for row in load("foreign_cities.tsv").entries}


@lru_cache(maxsize=1)
def org_suffixes() -> dict[str, str]:
    """Name-final words and the entity type they give."""
    return {row["suffix"]: row["type"] for row in load("org_suffixes.tsv").entries}


@lru_cache(maxsize=1)
def longest_suffix_length() -> int:
    """The length of the longest suffix of ``org_suffixes.tsv``."""
    return max(map(len, org_suffixes()))


def suffix_of(name: str) -> str | None:
    """The longest suffix of ``org_suffixes.tsv`` that ``name`` ends with, if any: one lookup
    per length, not a scan of the table."""
    suffixes = org_suffixes()
    lengths = range(min(longest_suffix_length(), len(name)), 0, -1)
    return next((name[-n:] for n in lengths if name[-n:] in suffixes), None)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, str]]:
    """Official short forms of national bodies and the names of central organs that stand
    alone: short form or name → (full name, type)."""
    return {row["short"]: (row["full"], row["type"]) for row in load("abbreviations.tsv").entries}


@lru_cache(maxsize=1)
def name_variants() -> tuple[tuple[str, str, str], ...]:
    """(long, short, canonical: "long", "short" or "") spellings of one name ending, from
    ``name_variants.tsv``."""
    return tuple((row["long"], row["short"], row["canonical"]) for row in load("name_variants.tsv").entries)


def short_ending(name: str) -> str:
    """``name`` with its ending in the short spelling of ``name_variants.tsv`` (某某疾控局 for
    某某疾病预防控制局): the form in which two spellings of one name compare equal."""
    for long, short, _ in name_variants():
        if name.endswith(long):
            return name[: -len(long)] + short
    return name


@lru_cache(maxsize=1)
def subunit_suffixes() -> dict[str, str]:
    """Suffixes that name a unit only right after the name of its parent (基层司 after
    国家卫生健康委): suffix → the parent's type (third column of org_suffixes.tsv)."""
    return {row["suffix"]: row["parent_type"] for row in load("org_suffixes.tsv").entries if row["parent_type"]}


@cache
def word_set(name: str) -> frozenset[str]:
    """A word list (stopwords, generic modifiers, titles, departments) as a set."""
    return frozenset(load(name).words)


def words(name: str) -> tuple[str, ...]:
    """A word list in its file's order: the order in which a rule tries its entries."""
    return load(name).words


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    names = load("surnames.txt").words
    return frozenset(w for w in names if len(w) == 1), frozenset(w for w in names if len(w) > 1)


@lru_cache(maxsize=1)
def _roles() -> dict[str, tuple[str, ...]]:
    """The words of each role of ``function_words.tsv``, in file order; a row's roles must be
    among those its ``@roles`` directive declares."""
    lex = load("function_words.tsv")
    declared = lex.directives.get("roles", "").split()
    out: dict[str, list[str]] = {role: [] for role in declared}
    for k, row in enumerate(lex.entries):
        for role in row["roles"].split(","):
            if role not in out:
                raise lex.fail(k, f"role {role!r} is not declared in the file's @roles line")
            out[role].append(row["word"])
    return {role: tuple(ws) for role, ws in out.items()}


def function_words(role: str) -> tuple[str, ...]:
    """The function words that play ``role`` in the name grammar (``function_words.tsv``)."""
    try:
        return _roles()[role]
    except KeyError as err:
        raise LexiconError(f"kg/lexicons/function_words.tsv: no role {role!r}") from err


@lru_cache(maxsize=1)
def level_chars() -> str:
    """市医保局 after 郑州市: the level words that stand for the place named before."""
    return "".join(function_words("elided_level"))


@lru_cache(maxsize=1)
def name_folds() -> tuple[tuple[str, str], ...]:
    """(variant, canonical) spellings that compare as one (``name_folds.tsv``), in file order."""
    return tuple((row["variant"], row["canonical"]) for row in load("name_folds.tsv").entries)

