"""manifest.json: every input file with its sha256, encoding and counts, and kg's mark
(``generator``: its name and version), by which a later build knows the folder is kg's."""

from __future__ import annotations

import json
from pathlib import Path

from kg.export.mark import GENERATOR


def write(entries: list[dict], path: Path) -> None:
    data = {"files": sorted(entries, key=lambda e: e["file"]), "generator": GENERATOR}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                    encoding="utf-8")
