"""manifest.json: every input file with its sha256, encoding and counts."""

from __future__ import annotations

import json
from pathlib import Path


def write(entries: list[dict], path: Path) -> None:
    data = {"files": sorted(entries, key=lambda e: e["file"])}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                    encoding="utf-8")
