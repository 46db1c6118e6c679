"""An organisation's short form, later in the same article, is that organisation.

A news article names a body in full once and then for short: 某某大学甲乙医院 … 甲乙医院,
某市丙丁医院 … 丙丁医院, 某某土家族苗族自治州中心医院 … 某某州中心医院 (the place for short),
某学院第一附属医院 … 第一附属医院. The short form is read as the full name's mention only

- in the same article (the same short form in another article may be another body's: two
  universities each have a 第一附属医院), so a short form that is resolved here is no key
  across articles;
- where exactly one longer name of the same coarse kind in the article ends with it, or
  ends the same way after a name of the same place (so two counties' 人民医院 stay apart), or
  contracts to it after the same place (某市医院管理局 … 某市医管局, 某某医科大学附属某院 …
  某医大附属某院: the heads of its words kept, characters dropped in two places at least, and
  某市第二人民医院 … 某市二医院, 市二院: the place's hospital by its number), or
  is it without the level word of its place (甲乙镇卫生院 … 甲乙卫生院);
- where what the full name has before the short form locates it: a place (某市), or a
  university, with 附属 or without (某某大学, 某医学院附属); a clause glued before a name
  (此次得到 + 某委) or another body's name (某医院互联网医院 + 某市藏医院) is no such part;
- where the short form is a name of its own: not a bare name ending (人民医院, 卫生健康委 of
  ``org_suffixes.tsv``) and not opening with a level word (市卫健委: the coreference
  component reads those beside their place).

Aid teams and alliances have short forms of their own kind: an alliance by its ending (某医院
胸痛联盟 … 胸痛联盟), a team by its mission and batch, its destination cut to its first
characters and its sender to part of it (中国援某某国医疗队 … 援某医疗队; 中国（某省）第九批援某国
医疗队 … 中国第九批援某国医疗队, 第九批援某国医疗队; 某市第十批第一期援疆医疗队 … 某援疆医疗队).
A short form that fits two teams (援某国医疗队 in an article of its eighth and ninth batches)
stays apart.
"""

from __future__ import annotations

from kg.extract import FoundMention
from kg.lexicons.catalog import countries, function_words, gazetteer, level_chars, org_suffixes, suffix_of
from kg.lexicons.loader import pattern
from kg.schema import COARSE
from kg.util.text import in_order, normalise

_INITIATIVES = frozenset({"AidTeam", "MedicalAlliance"})  # compared within their own type
ROUND, MISSION = pattern("team_round"), pattern("team_mission")
ORDINAL_HOSPITAL = pattern("abbreviation_ordinal")  # 第二人民医院: the ordinal is group 1


def short_form_targets(mentions: list[FoundMention], key_of) -> dict[int, int]:
    """For each mention (index) that is a short form of a longer name in the same article, the
    index of one mention of that longer name. ``key_of`` gives a name's comparison form."""
    longs: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        if _kind(m):
            longs.setdefault((_kind(m), key_of(normalise(m.name))), i)
    out: dict[int, int] = {}
    # longest first, so that a longer short form is resolved before the shorter ones it may
    # also fit: 援某医疗队 fits 中国援某某国医疗队 and its own short form 中国援某医疗队, one team
    for i in sorted(range(len(mentions)), key=lambda i: -len(mentions[i].name)):
        m, kind = mentions[i], _kind(mentions[i])
        if not kind or m.ref is not None:
            continue
        short = key_of(normalise(m.name))
        if len(short) < 3 or short[0] in level_chars() or short in org_suffixes():
            continue
        found = {_root(out, j) for (k, name), j in longs.items()
                 if k == kind and len(name) > len(short)
                 and (_shortens(short, name) if kind == "Organization" else _initiative_shortens(short, name, kind))}
        if len(found) == 1:
            out[i] = found.pop()
    return out


def _root(out: dict[int, int], i: int) -> int:
    """The mention a short form's chain of short forms ends at (itself if it is no short form)."""
    while i in out:
        i = out[i]
    return i


def _kind(m: FoundMention) -> str | None:
    """What a mention's short forms are compared within: organisations of any type (a hospital
    read as a health agency is still that hospital), each initiative type on its own; None
    for mentions that have no short form here."""
    if m.role == "anaphor" or m.key:
        return None
    if m.type in _INITIATIVES:
        return m.type
    return "Organization" if COARSE.get(m.type) == "Organization" else None


def _initiative_shortens(short: str, full: str, kind: str) -> bool:
    """胸痛联盟 of 某医院胸痛联盟; for a team also 援某医疗队 of 中国援某某国医疗队 (``_team_contracts``)."""
    suffix = suffix_of(short)
    if suffix is None or not full.endswith(suffix):
        return False
    if kind == "AidTeam":
        return _team_contracts(short[: -len(suffix)], full[: -len(suffix)])
    return full.endswith(short)


def _team_contracts(short: str, full: str) -> bool:
    """Two team names without their ending: the same mission verb, the short destination the
    first characters of the full one (援多 of 援多米尼克), every batch of the short name in the
    full one, and what else the short name opens with (a sender) the end of the full name's
    opening (国家 of 某医院国家) or read in it in order from its first character (中国 of
    中国（某省）, 某 of 某市). A name without a batch is no short form of a batch's name unless it
    keeps a sender below the country: 中国援某国医疗队 and 援某国医疗队 name the standing mission
    that sends every batch, 某市援疆医疗队 the city's team."""
    s_at, f_at = _last_mission(short), _last_mission(full)
    if s_at is None or f_at is None or short[s_at] != full[f_at]:
        return False
    s_dest, f_dest = short[s_at + 1:], full[f_at + 1:]
    if not s_dest or not f_dest.startswith(s_dest):
        return False
    s_pre, f_pre = short[:s_at], full[:f_at]
    s_rounds, f_rounds = set(ROUND.findall(s_pre)), set(ROUND.findall(f_pre))
    s_sender, f_sender = ROUND.sub("", s_pre), ROUND.sub("", f_pre)
    if not s_rounds <= f_rounds or (f_rounds and not s_rounds and (not s_sender or s_sender in countries())):
        return False
    return (not s_sender or f_sender.endswith(s_sender)
            or (f_sender.startswith(s_sender[0]) and in_order(s_sender, f_sender)))


def _last_mission(head: str) -> int | None:
    """Where the mission verb of a team's name stands: its last one (援某县…援建 has one)."""
    found = list(MISSION.finditer(head))
    return found[-1].start() if found else None


def _shortens(short: str, full: str) -> bool:
    """甲乙医院 of 某某大学甲乙医院; 某某州中心医院 of 某某土家族苗族自治州中心医院."""
    if full.endswith(short):
        return _locates(full[: -len(short)])
    if _drops_level(short, full):
        return True
    s_place, s_codes = _leading_place(short)
    f_place, f_codes = _leading_place(full)
    if s_place and not s_codes & f_codes:
        return False
    s_rest, f_rest = short[len(s_place):], full[len(f_place):]
    if s_rest == f_rest != "":
        return True
    numbered = ORDINAL_HOSPITAL.fullmatch(f_rest)
    if s_place and numbered and s_rest in (numbered.group(1) + "医院", numbered.group(1) + "院"):
        return True  # 某市二医院 of 某市第二人民医院: the place's hospital by its number
    # the same place before both, or none before the short form (安医大 of 安徽医科大学)
    return _contracts(s_rest, f_rest) if s_place else _contracts(short, full)


def _drops_level(short: str, full: str) -> bool:
    """甲乙卫生院 of 甲乙镇卫生院: the place inside the name written without its level word, as a
    township the gazetteer does not list is (a county's short name is read from the gazetteer)."""
    k = next((i for i, (a, b) in enumerate(zip(short, full, strict=False)) if a != b), len(short))
    return (len(full) == len(short) + 1 and k >= 2 and full[k] in function_words("level_character")
            and short[k:] == full[k + 1:] != "")


def _contracts(short: str, full: str) -> bool:
    """医管局 of 医院管理局, 妇保院 of 妇幼保健院, 吉大某院 of 吉林大学某院: after the ending both
    share, a contraction keeps the first character and, in order, at most half of the
    characters, dropping them in two places at least. One dropped run is no contraction but
    another name (中医院 is not 中西医结合医院, nor always 中医医院)."""
    n = next((k for k in range(min(len(short), len(full))) if short[-1 - k] != full[-1 - k]),
             min(len(short), len(full)))  # the length of the ending both share
    s, f = short[:len(short) - n], full[:len(full) - n]
    if not n or not s or 2 * len(s) > len(f) or s[0] != f[0]:
        return False
    return 2 <= _fewest_dropped_runs(s, f) < len(f)


def _fewest_dropped_runs(short: str, full: str) -> int:
    """The fewest runs of characters to drop from ``full`` to leave ``short``, both first
    characters kept, or more runs than ``full`` has characters when ``short`` is no such
    subsequence."""
    none = len(full) + 1
    # best[i][j]: fewest runs dropped before full[j], with short[:i + 1] matched and short[i] at full[j]
    best = [[none] * len(full) for _ in short]
    best[0][0] = 0
    for i in range(1, len(short)):
        for j in range(i, len(full)):
            if short[i] == full[j]:
                best[i][j] = min([best[i - 1][k] + (k != j - 1) for k in range(i - 1, j)
                                  if best[i - 1][k] < none], default=none)
    return min([runs + (j != len(full) - 1) for j, runs in enumerate(best[-1]) if runs < none], default=none)


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
