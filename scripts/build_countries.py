#!/usr/bin/env python3
"""Derive kg's lexicon of the world's countries in Chinese from a pinned PyPI package.

Why a committed script: the shipped data file (``kg/lexicons/countries.tsv``) must be
reproducible from a public, versioned source rather than typed by hand.

Source: ``pycountry==26.2.16`` (LGPL-2.1; its notice is in THIRD_PARTY_NOTICES), whose
``zh_CN`` translations of ISO 3166-1 come from Debian's iso-codes project.

Canonical name: the common name where ISO gives one (韩国, 伊朗), else the short name
(吉布提, 中非共和国). Aliases: the other ISO names, and the common or short name less a trailing
共和国 / 王国 / 联邦 when that leaves two or more characters (中非). Hong Kong, Macao and Taiwan are
left out: they are divisions of China and live in the gazetteer.

Usage::

    python scripts/build_countries.py kg/lexicons/countries.tsv
"""

from __future__ import annotations

import gettext
import re
import sys
from importlib.metadata import version
from pathlib import Path

PINNED = "26.2.16"
NOT_COUNTRIES = {"HK", "MO", "TW"}
_FORM = re.compile(r"(共和国|王国|联邦|公国|大公国|酋长国|合众国|联合共和国|民主共和国)$")


def _chinese(zh: gettext.NullTranslations, country: object, attrs: tuple[str, ...]) -> list[str]:
    names = [zh.gettext(getattr(country, a)) for a in attrs if getattr(country, a, None)]
    return [n for n in names if re.search(r"[\u4e00-\u9fff]", n)]


def main(out: str) -> int:
    import pycountry

    if version("pycountry") != PINNED:
        raise SystemExit(f"pycountry=={version('pycountry')} is installed; pinned to {PINNED}")
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    lines = ["alpha2\tname\taliases"]
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in NOT_COUNTRIES:
            continue
        short_names = _chinese(zh, c, ("common_name", "name"))
        if not short_names:
            continue
        canonical = short_names[0]
        aliases = set(short_names[1:] + _chinese(zh, c, ("official_name",)))
        for n in short_names:  # short forms of the ISO names, not of the official long form
            short = _FORM.sub("", n)
            if len(short) >= 2 and short != n:
                aliases.add(short)
        aliases.discard(canonical)
        lines.append(f"{c.alpha_2}\t{canonical}\t{'|'.join(sorted(aliases))}")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} countries to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "kg/lexicons/countries.tsv"))
