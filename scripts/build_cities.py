#!/usr/bin/env python3
"""Derive kg's lexicon of foreign cities in Chinese from a pinned PyPI package.

Why: news of aid teams names the capitals and cities abroad where teams serve (赴某国首都某市);
kg knows countries but no foreign city, and a list typed by hand from our pages would only
know the cities of our pages.

Source: ``Babel==2.18.0`` (BSD-3-Clause; its notice and CLDR's are in THIRD_PARTY_NOTICES):
the Chinese exemplar cities of CLDR's time zones (Africa/Freetown → 弗里敦) with the territory
CLDR maps each zone to (SL). Most capitals and large cities have a zone of their own.

Left out: zones of China, Hong Kong, Macao and Taiwan (their cities are in the gazetteer);
Antarctica's research stations (named for people: 戴维斯); exemplars that are a country's
name or alias in ``countries.tsv`` or in CLDR (Atlantic/Cape_Verde → 佛得角,
America/Guatemala → 危地马拉: news means the country); names of one character. A name shared
by two territories keeps the first by code, so the output is stable.

Only this script needs Babel; kg reads the committed tsv.

Usage::

    python scripts/build_cities.py kg/lexicons/foreign_cities.tsv
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

from kg.lexicons.catalog import countries as country_names

PINNED = "2.18.0"
NOT_CITIES = {"CN", "HK", "MO", "TW", "AQ"}


def main(out: str) -> int:
    from babel import Locale
    from babel.core import get_global

    if version("babel") != PINNED:
        raise SystemExit(f"babel=={version('babel')} is installed; pinned to {PINNED}")
    territories = get_global("zone_territories")
    zh = Locale.parse("zh")
    countries = set(country_names()) | set(zh.territories.values())  # every name and alias
    cities: dict[str, str] = {}
    for zone, data in zh.time_zones.items():
        name, code = data.get("city"), territories.get(zone)
        if not name or not code or code in NOT_CITIES or code == "001":
            continue
        if len(name) < 2 or name in countries or not re.fullmatch(r"[\u4e00-\u9fff·]+", name):
            continue
        if name not in cities or code < cities[name]:
            cities[name] = code
    lines = [f"# Foreign cities and their country (ISO alpha-2): CLDR's exemplar cities in Babel=={PINNED}.",
             "# Made by scripts/build_cities.py: do not edit by hand.",
             "name\talpha2"] + [f"{n}\t{c}" for n, c in sorted(cities.items())]
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 3} foreign cities to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "kg/lexicons/foreign_cities.tsv"))
