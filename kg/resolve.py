"""One entity per real thing, across articles and pages.

Rules:
- places and countries are one entity per gazetteer code (黑龙江 and 黑龙江省 alike);
- persons are one entity per name within one input file (a page); the same name on another
  page is the same person only where both hold a post in the same organisation, since
  different people share names and a wrong merge is worse than a missed one;
- other mentions of the same coarse kind (organisation, initiative, policy) that share a
  normalised name or alias are one entity, reading the spellings of ``name_variants.tsv``
  (疾病预防控制中心, 疾控中心) as one; a mention linked to another (该院, or a bracketed
  renaming) joins that one's entity, the renaming as an alias, the anaphor as nothing;
- a short form of an organisation's name later in the same article (``kg.short_forms``) joins
  the full name's entity as an alias;
- the canonical name is the longest name a member mention gives as its own (not a renaming),
  ties broken by code point, so the result is stable; the type is the most frequent among
  the members.
Names are compared after NFKC, removing spaces, quotes and 《》, and folding 卫生健康委员会 and
卫健委 into 卫生健康委 (the newspaper's form).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from networkx.utils import UnionFind

from kg.extract import ArticleResult, FoundMention
from kg.lexicons.catalog import level_chars, name_variants, org_suffixes, short_ending
from kg.schema import COARSE
from kg.short_forms import short_form_targets
from kg.util.keys import named_key
from kg.util.text import normalise


@dataclass
class Entity:
    id: str
    type: str
    name: str
    aliases: list[str]
    mentions: list[tuple[str, int, int, str]]  # article, start, end, sentence
    key: str | None = None
    roles: list[str] = field(default_factory=list)


def resolve(results: list[ArticleResult]) -> tuple[list[Entity], dict[tuple[int, int], str]]:
    """Entities, and for each (article position, mention index) the id of its entity."""
    uf: UnionFind = UnionFind()
    first_by_key: dict[tuple[str, str], tuple[int, int]] = {}
    for a, res in enumerate(results):
        shorts = short_form_targets(res.mentions, short_ending)
        for i, m in enumerate(res.mentions):
            me = (a, i)
            if m.ref is not None:
                uf.union(me, (a, m.ref))
            if i in shorts:  # 湘雅医院 after 某某大学湘雅医院: that one, and no key across articles
                uf.union(me, (a, shorts[i]))
                continue
            for k in _keys(m, res.article.source):
                if k in first_by_key:
                    uf.union(me, first_by_key[k])
                else:
                    first_by_key[k] = me
    _same_person_across_pages(results, uf)
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for a, res in enumerate(results):
        for i in range(len(res.mentions)):
            groups.setdefault(uf[(a, i)], []).append((a, i))
    entities: list[Entity] = []
    index: dict[tuple[int, int], str] = {}
    used: set[str] = set()
    for members in groups.values():
        ent = _entity([results[a].mentions[i] for a, i in members])
        while ent.id in used:  # same name, different kinds: keep both, apart
            ent.id += "'"
        used.add(ent.id)
        entities.append(ent)
        for me in members:
            index[me] = ent.id
    entities.sort(key=lambda e: e.id)
    return entities, index


def _same_person_across_pages(results: list[ArticleResult], uf: UnionFind) -> None:
    """Persons of one name on different pages are one where they hold a post in the same
    organisation (its entity, as resolved by name)."""
    first: dict[tuple[str, object], tuple[int, int]] = {}
    for a, res in enumerate(results):
        for r in res.relations:
            person = res.mentions[r.head]
            if r.rel != "holdsPosition" or person.type != "Person":
                continue
            key = (normalise(person.name), uf[(a, r.tail)])
            if key in first:
                uf.union((a, r.head), first[key])
            else:
                first[key] = (a, r.head)


def _keys(m: FoundMention, source: str) -> list[tuple[str, str]]:
    if m.role == "anaphor":
        return []
    if m.key:
        return [("key", m.key)]
    if m.type == "Person":
        return [("Person", f"{source}\0{normalise(m.name)}")]
    coarse = COARSE[m.type]
    names = {m.name, m.text, *m.aliases}
    return [(coarse, short_ending(normalise(n))) for n in sorted(names) if _self_contained(n)]


def _self_contained(name: str) -> bool:
    """市医保局 and a listed 医保局 name a body only beside the place they stand for: as keys
    they would join every city's 医保局, so they are neither keys nor aliases."""
    return bool(name) and name[0] not in level_chars() and name not in org_suffixes()


def _canonical_ending(name: str) -> str:
    """定日县疾控中心 → 定日县疾病预防控制中心, 某市卫计委 → 某市卫生计生委, where
    ``name_variants.tsv`` makes one ending canonical."""
    for long, short, canonical in name_variants():
        if canonical == "long" and name.endswith(short):
            return name[: -len(short)] + long
        if canonical == "short" and name.endswith(long):
            return name[: -len(long)] + short
    return name


def _entity(members: list[FoundMention]) -> Entity:
    named = [m for m in members if m.role != "anaphor"]
    own = [m for m in named if m.ref is None] or named or members
    type_ = Counter(m.type for m in own).most_common(1)[0][0] if own else members[0].type
    typed = [m for m in own if m.type == type_] or own
    name = sorted((m.name for m in typed), key=lambda n: (-len(normalise(n)), n))[0]
    if typed[0].key:
        name = typed[0].name
    name = _canonical_ending(name)
    aliases = {x for m in named for x in (m.name, m.text, *m.aliases) if _self_contained(x)} - {name}
    key = next((m.key for m in members if m.key), None)
    ent_id = key if key else named_key(type_, name)
    return Entity(
        id=ent_id, type=type_, name=name,
        aliases=sorted(a for a in aliases if normalise(a) != normalise(name)),
        mentions=sorted({(m.article, m.start, m.end, m.sentence) for m in members}),
        key=key, roles=sorted({m.role for m in members if m.role and m.role != "anaphor"}))
