"""Relations inferred across clauses, after the verb frames: where a work happens, who joins
an alliance by signing its agreement, the sites a programme serves, and paired assistance
stated through aid workers' visits or support work at listed places.

Each pass reads the text, the mentions and the relations found so far, and adds through the
extractor's ``add`` (which resolves anaphora and drops duplicates).
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from kg.lexicons.loader import pattern
from kg.nlp.clauses import coordinated, find_clause_start, last_of, marker, outer_mentions, place_chains
from kg.nlp.mentions import Mention, Relation, resolved, sentence_bounds
from kg.schema import ORGANIZATIONS, PLACES

if TYPE_CHECKING:
    from kg.nlp.relations import RelationAdder

SITES = pattern("listed_sites")
AID_VISIT = pattern("aid_visit")
VISIT_GAP = pattern("visit_gap")  # 阿勒泰地区直单位，福海县
AID_WORK = pattern("aid_work")
ISSUER_TITLE = pattern("issuer_title")  # 甲委《…》
ISSUING_NOTICE = pattern("issuing_notice")  # 关于印发《…》的通知
SIGNING = pattern("signing")
RUNNER_GAP = pattern("runner_gap")  # 某区政府“某某行动”
SITE_GAP = pattern("site_of_body")  # 在甲国首都乙市的某医院
AT, POSSESSIVE = marker("at"), marker("possessive")
AID = marker("aid")


def infer(text: str, mentions: list[Mention], out: list[Relation], add: RelationAdder) -> None:
    """Run every pass, in an order where each may use what the ones before added."""
    _place_of_organised(mentions, out, add)
    _signatories_join(mentions, out, add)
    _listed_sites(text, mentions, add)
    _aid_visits(text, mentions, add)
    _aid_work(text, mentions, add)
    _body_before_work(text, mentions, add)
    _issued_with_notice(text, mentions, out, add)
    _body_at_place(text, mentions, add)


def _body_before_work(text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """A body named right before a work, whatever verb the sentence has: before a document's
    title in 《》 (甲县人民政府办公室《关于…的通知》, 会上印发了…, 按照…) it issued the document; a
    government body right before a programme's name (国家某委改善医疗服务行动计划, whose name runs
    back over no government body; 某区政府“某某行动”, quoted) runs the programme, and so does
    each government body written together with it (某区委区政府“某某行动”: both)."""
    outer = outer_mentions(mentions)
    for k, (body, i) in enumerate(pairwise(outer)):
        kinds = mentions[resolved(mentions, body)].type, mentions[resolved(mentions, i)].type
        if kinds[0] in ORGANIZATIONS and kinds[1] == "Policy" \
                and ISSUER_TITLE.fullmatch(text, mentions[body].end, mentions[i].start):
            add(body, "issues", i, mentions[i].start)
        elif kinds == ("GovernmentAgency", "Program") \
                and RUNNER_GAP.fullmatch(text, mentions[body].end, mentions[i].start):
            add(body, "organizes", i, mentions[i].start)
            while k > 0 and mentions[outer[k - 1]].end == mentions[outer[k]].start \
                    and mentions[resolved(mentions, outer[k - 1])].type == "GovernmentAgency":
                k -= 1
                add(outer[k], "organizes", i, mentions[i].start)


def _body_at_place(text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """在弗里敦的某医院, 在甲国首都乙市的某医院: a body named right after 在, a place (or a chain
    of places, by its last) and 的 is in that place, unless its own name holds a place."""
    outer = outer_mentions(mentions)
    for k, (place, body) in enumerate(pairwise(outer)):
        if mentions[place].type not in PLACES or mentions[resolved(mentions, body)].type not in ORGANIZATIONS \
                or text[mentions[place].end:mentions[body].start] != POSSESSIVE:
            continue
        first = k
        while first > 0 and mentions[outer[first - 1]].type in PLACES \
                and SITE_GAP.fullmatch(text, mentions[outer[first - 1]].end, mentions[outer[first]].start):
            first -= 1
        named_place = any(mentions[body].start <= m.start and m.end <= mentions[body].end and m.type in PLACES
                          for m in mentions)
        if text.endswith(AT, 0, mentions[outer[first]].start) and not named_place:
            add(body, "locatedIn", place, mentions[body].start)


def _issued_with_notice(text: str, mentions: list[Mention], out: list[Relation], add: RelationAdder) -> None:
    """甲委关于印发《乙方案》的通知: the body that issues a notice issuing a document issues
    that document too (the documents named inside the notice's name)."""
    for r in list(out):
        notice = mentions[r.tail]
        if r.rel != "issues" or notice.type != "Policy" or not ISSUING_NOTICE.search(text, notice.start, notice.end):
            continue
        for j, m in enumerate(mentions):
            if m.type == "Policy" and notice.start <= m.start and m.end <= notice.end and j != r.tail:
                add(r.head, "issues", j, notice.start)


def _aid_work(text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """该院…在A、B等地，开展了…远程医疗支持工作: the body that does support work at the
    places listed assists each of them."""
    outer = outer_mentions(mentions)
    for work in AID_WORK.finditer(text):
        sent_start, _ = sentence_bounds(text, work.start())
        places = [i for i in outer if work.start() < mentions[i].start and mentions[i].end <= work.start(1)
                  and mentions[i].type in PLACES]
        before = [i for i in outer if sent_start <= mentions[i].start and mentions[i].end <= work.start()]
        helper = last_of(before, mentions, ORGANIZATIONS)
        if helper is None:
            continue
        for _, place in place_chains(places, mentions):
            add(helper, "assists", place, work.start())


def _aid_visits(text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """该省援疆专家走入A、B，以及C: the body whose aid workers go to places assists each
    place listed after the verb, through commas as long as the list goes on."""
    outer = outer_mentions(mentions)
    for v in AID_VISIT.finditer(text):
        sent_start, sent_end = sentence_bounds(text, v.start())
        clause_start = find_clause_start(text, v.start(), sent_start)
        aid = text.rfind(AID, clause_start, v.start())
        helper = last_of([i for i in outer if clause_start <= mentions[i].start and mentions[i].end <= aid],
                            mentions, ORGANIZATIONS | PLACES) if aid >= 0 else None
        if helper is None:
            continue
        previous = v.end()
        rest = [i for i in outer if v.end() <= mentions[i].start < sent_end]
        for first, last in place_chains(rest, mentions):  # 新疆阿勒泰地区: the chain's last place
            if not VISIT_GAP.fullmatch(text[previous:mentions[first].start]):
                break
            if mentions[resolved(mentions, last)].type in ORGANIZATIONS | PLACES:
                add(helper, "assists", last, v.start())
            previous = mentions[last].end


def _listed_sites(text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """海盐县、濉溪县等部分试验区: places listed as sites of a programme of that kind named
    in the article (国家基层卫生健康综合试验区) are served by it."""
    places = sorted((i for i, m in enumerate(mentions) if m.type in PLACES and not m.inner),
                    key=lambda i: mentions[i].start)
    for site in SITES.finditer(text):
        programme = next((i for i, m in enumerate(mentions) if m.type == "Program" and m.ref is None
                          and m.name.endswith(site.group(1))), None)
        last = next((i for i in places if mentions[i].end == site.start()), None)
        if programme is None or last is None:
            continue
        for _, member in coordinated(text, places, last, mentions, PLACES):
            add(programme, "servesIn", member, site.start())


def _signatories_join(mentions: list[Mention], out: list[Relation], add: RelationAdder) -> None:
    """Bodies that sign an alliance's own agreement (《自贡市老年医疗集团合作协议》) are its
    members."""
    alliances = {m.name: i for i, m in enumerate(mentions) if m.type == "MedicalAlliance" and m.ref is None}
    for r in list(out):
        title = mentions[r.tail].name
        if r.rel != "issues" or mentions[r.tail].type != "Policy":
            continue
        for name, i in sorted(alliances.items()):
            if title.startswith(name) and title != name:
                add(r.head, "memberOf", i, r.start)


def _place_of_organised(mentions: list[Mention], out: list[Relation], add: RelationAdder) -> None:
    """An event or programme whose text gives it no place happens where the body it
    serves is (在和田县人民医院开展…项目: in 和田县), else where the body that organises or
    leads it is (重庆市卫生健康委召开…交流会: in 重庆市). Names compare mentions, so a place
    stated with any mention of the work wins over this guess."""
    located: dict[str, int] = {}
    for r in out:
        if r.rel == "locatedIn":
            located.setdefault(mentions[r.head].name, r.tail)
    # (work, body, evidence): the bodies it serves first, then those that organise or lead it
    pairs = [(r.head, r.tail, r.start) for r in out if r.rel == "servesIn" and mentions[r.tail].type not in PLACES]
    pairs += [(r.tail, r.head, r.start) for r in out if r.rel in ("organizes", "leads")]
    for work_at, body_at, at in pairs:
        work, body = mentions[work_at], mentions[body_at]
        if work.type not in ("Event", "Program") or work.name in located:
            continue
        place = body_at if body.type in PLACES else located.get(body.name)
        if place is not None and mentions[place].type != "Country":
            add(work_at, "locatedIn", place, at)
            located[work.name] = place

# -- names ---------------------------------------------------------------------------------


def alliance_documents(text: str, mentions: list[Mention], out: list[Relation], add: RelationAdder) -> None:
    """An alliance's own document (《某联盟合作协议》, 《某联盟章程》) is issued by its leader and
    its members; where the sentence signs it (共同签署), the leader is a partner of each member.
    Run after the members and leaders are known (the lists come last)."""
    leaders: dict[int, list[int]] = {}
    members: dict[int, list[int]] = {}
    for r in out:
        if r.rel in ("leads", "memberOf") and mentions[r.tail].type == "MedicalAlliance":
            (leaders if r.rel == "leads" else members).setdefault(r.tail, []).append(r.head)
    by_name: dict[str, list[int]] = {}
    for a in sorted(set(leaders) | set(members)):
        by_name.setdefault(mentions[a].name, []).append(a)
    for i, m in enumerate(mentions):
        names = [n for n in by_name if m.name.startswith(n) and m.name != n]
        if m.type != "Policy" or m.ref is not None or not names:
            continue
        alliances = by_name[max(names, key=len)]
        heads = sorted({h for a in alliances for h in leaders.get(a, [])})
        parts = sorted({h for a in alliances for h in members.get(a, [])} - set(heads))
        for body in heads + parts:
            add(body, "issues", i, m.start)
        sent_start, _ = sentence_bounds(text, m.start)
        for lead in heads if SIGNING.search(text, sent_start, m.start) else []:
            for part in parts:
                add(lead, "cooperatesWith", part, m.start)
