"""Scores as text (the layout of score.py, so figures can be compared line by line) or JSON."""

from __future__ import annotations

from kg.evaluate.scoring import PRF, Scores


def _prf(s: PRF) -> dict:
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
            "tp": s.tp, "pred": s.pred, "gold": s.gold}


def _accuracy(s: Scores) -> float:
    return s.titles_right / s.titles_n if s.titles_n else 0.0


def as_dict(s: Scores) -> dict:
    return {
        "entities_typed": {"all": _prf(s.typed), **{t: _prf(v) for t, v in s.per_type.items()}},
        "entities_coarse": _prf(s.coarse),
        "relations": {"all": _prf(s.relations),
                      "titles": {"accuracy": round(_accuracy(s), 4),
                                 "n": s.titles_n},
                      **{r: _prf(v) for r, v in s.per_rel.items()}},
        "missed_entities": s.missed_entities, "extra_entities": s.extra_entities,
        "missed_relations": s.missed_relations, "extra_relations": s.extra_relations,
    }


def _fixed(s: PRF) -> str:
    """P, R and F1 rounded to four places first, as in the JSON, then printed to three."""
    return f"P {round(s.precision, 4):.3f} R {round(s.recall, 4):.3f} F1 {round(s.f1, 4):.3f}"


def as_text(s: Scores, details: int = 0) -> str:
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
