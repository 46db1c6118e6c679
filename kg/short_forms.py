"""An organisation's short form, later in the same article, is that organisation.

A news article names a body in full once and then for short: 某某大学甲乙医院 … 甲乙医院,
某市丙丁医院 … 丙丁医院, 某某土家族苗族自治州中心医院 … 某某州中心医院 (the place for short),
某学院第一附属医院 … 第一附属医院. The short form is read as the full name's mention only

- in the same article (the same short form in another article may be another body's: two
  universities each have a 第一附属医院), so a short form that is resolved here is no key
  across articles;
- where exactly one longer name of the same coarse kind in the article ends with it, or
  ends the same way after a name of the same place (so two counties' 人民医院 stay apart);
- where what the full name has before the short form locates it: a place (某市), or a
  university, with 附属 or without (某某大学, 某医学院附属); a clause glued before a name
  (此次得到 + 某委) or another body's name (某医院互联网医院 + 某市藏医院) is no such part;
- where the short form is a name of its own: not a bare name ending (人民医院, 卫生健康委 of
  ``org_suffixes.tsv``) and not opening with a level word (市卫健委: the coreference
  component reads those beside their place).
"""

from __future__ import annotations

from kg.extract import FoundMention
from kg.lexicons.catalog import countries, function_words, gazetteer, level_chars, org_suffixes, suffix_of
from kg.schema import COARSE
from kg.util.text import normalise

_KINDS = frozenset({"Organization"})


def short_form_targets(mentions: list[FoundMention], key_of) -> dict[int, int]:
    """For each mention (index) that is a short form of a longer name in the same article, the
    index of one mention of that longer name. ``key_of`` gives a name's comparison form."""
    longs: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        if _eligible(m):
            longs.setdefault((COARSE[m.type], key_of(normalise(m.name))), i)
    out: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if not _eligible(m) or m.ref is not None:
            continue
        short = key_of(normalise(m.name))
        if len(short) < 3 or short[0] in level_chars() or short in org_suffixes():
            continue
        coarse = COARSE[m.type]
        found = {name: j for (kind, name), j in longs.items()
                 if kind == coarse and len(name) > len(short) and _shortens(short, name)}
        if len(found) == 1:
            out[i] = next(iter(found.values()))
    return out


def _eligible(m: FoundMention) -> bool:
    return COARSE.get(m.type) in _KINDS and m.role != "anaphor" and not m.key


def _shortens(short: str, full: str) -> bool:
    """甲乙医院 of 某某大学甲乙医院; 某某州中心医院 of 某某土家族苗族自治州中心医院."""
    if full.endswith(short):
        return _locates(full[: -len(short)])
    s_place, s_codes = _leading_place(short)
    f_place, f_codes = _leading_place(full)
    return bool(s_codes & f_codes) and short[len(s_place):] == full[len(f_place):] != ""


def _locates(prefix: str) -> bool:
    """某市 or 某某大学附属: a place the name opens with, or a university the prefix names."""
    if _leading_place(prefix)[0] or prefix in countries():
        return True
    for link in function_words("affiliation"):
        if prefix.endswith(link):
            prefix = prefix[: -len(link)]
            break
    suffix = suffix_of(prefix)
    return suffix is not None and org_suffixes()[suffix] == "University"


def _leading_place(name: str) -> tuple[str, frozenset[str]]:
    """The longest gazetteer name (official or short) the name opens with, and its codes."""
    gaz = gazetteer()
    for k in range(len(name), 1, -1):
        divs = gaz.by_name.get(name[:k], ()) + gaz.by_short.get(name[:k], ())
        if divs:
            return name[:k], frozenset(d.code for d in divs)
    return "", frozenset()
