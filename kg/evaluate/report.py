"""Scores as text or JSON: first what the referee score.py prints, in its layout and with its
keys, so that figures can be compared line by line; then the scores per document."""

from __future__ import annotations

from kg.evaluate.documents import DocScore
from kg.evaluate.scoring import PRF, Scores


def _prf(s: PRF) -> dict:
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
            "tp": s.tp, "pred": s.pred, "gold": s.gold}


def _accuracy(s: Scores) -> float:
    return s.titles_right / s.titles_n if s.titles_n else 0.0


def as_dict(s: Scores, documents: list[DocScore] | None = None) -> dict:
    """score.py's JSON (entities_typed, entities_coarse, relations) with the misses, the
    extras and, when given, the documents' scores as listed."""
    relations = _prf(s.relations)
    del relations["tp"]  # pred-side and gold-side hits differ along the hierarchy; score.py gives neither
    out = {
        "entities_typed": {"all": _prf(s.typed), **{t: _prf(v) for t, v in s.per_type.items()}},
        "entities_coarse": _prf(s.coarse),
        "relations": {"all": relations,
                      "titles": {"accuracy": round(_accuracy(s), 4),
                                 "n": s.titles_n},
                      **{r: _prf(v) for r, v in s.per_rel.items()}},
        "missed_entities": s.missed_entities, "extra_entities": s.extra_entities,
        "missed_relations": s.missed_relations, "extra_relations": s.extra_relations,
    }
    if documents is not None:
        out["documents"] = [{"doc": d.doc, "entities_typed": _prf(d.entities), "relations": _prf(d.relations)}
                            for d in documents]
    return out


def _fixed(s: PRF) -> str:
    """P, R and F1 rounded to four places first, as in the JSON, then printed to three."""
    return f"P {round(s.precision, 4):.3f} R {round(s.recall, 4):.3f} F1 {round(s.f1, 4):.3f}"


def as_text(s: Scores, details: int = 0, documents: list[DocScore] | None = None) -> str:
    """score.py's text, then, when ``documents`` are given, one line per document as listed
    (``per_document`` lists them worst first; none when the graph cannot tell them)."""
    return "\n".join([_referee_text(s, details), *_documents_text(documents)])


def _documents_text(documents: list[DocScore] | None) -> list[str]:
    if documents is None:
        return []
    if not documents:
        return ["per document: the graph does not say which document its nodes were read from"]
    width = max((len(d.doc) for d in documents), default=0)
    lines = [f"per document ({len(documents)}), worst first by the mean of entity (typed) and relation F1:"]
    for d in documents:
        e, r = d.entities, d.relations
        lines.append(f"  {d.doc:{width}s}  entities F1 {round(e.f1, 4):.3f} ({e.tp}/{e.gold} gold, {e.pred} pred)"
                     f"  relations F1 {round(r.f1, 4):.3f} ({r.tp} right, {r.gold} gold, {r.pred} pred)")
    return lines


def _referee_text(s: Scores, details: int) -> str:
    t, c, r = s.typed, s.coarse, s.relations
    accuracy = round(_accuracy(s), 4)
    lines = [
        f"entities typed   {_fixed(t)}  (pred {t.pred}, gold {t.gold})",
        f"entities coarse  {_fixed(c)}",
        f"relations        {_fixed(r)}  (pred {r.pred}, gold {r.gold}); "
        f"titles {accuracy:.3f} of {s.titles_n}",
    ]
    lines += [f"  {k:20s} {_fixed(v)}  ({v.tp}/{v.gold} gold, {v.pred} pred)"
              for k, v in s.per_type.items()]
    lines += [f"  {k:20s} {_fixed(v)}  "
              f"({v.tp} right, {v.gold} gold, {v.pred} pred)" for k, v in s.per_rel.items()]
    if details:
        for label, items in (("missed entities", s.missed_entities), ("extra entities", s.extra_entities),
                             ("missed relations", s.missed_relations), ("extra relations", s.extra_relations)):
            lines.append(f"{label} ({len(items)}):")
            lines += [f"    {x}" for x in items[:details]]
    return "\n".join(lines)
