"""kg's user cache folder, and the extraction cache in it: rebuilding an archive after one file
changed re-extracts that file only.

Why here and not in the output folder: exports must be byte-identical whatever was cached, and
an output folder is replaced whole on each build.

An entry is keyed by the pipeline's fingerprint (a hash of every file of the kg package —
code, lexicons, pipeline config — and the segmenter), the file's name and the sha256 of its
bytes, so that a change to any of them misses. An entry is ``MAGIC``, the sha256 of the
payload, then the payload; one that is truncated or altered fails the check, is removed and
recomputed, never used. Entries are written atomically, so a killed build leaves none half
written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from contextlib import suppress
from functools import cache
from pathlib import Path

from kg.errors import KgError
from kg.util.files import write_atomic

MAGIC = b"KGX1"


def cache_dir() -> Path:
    """The user cache folder of kg: ``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else
    ``~/.cache/kg`` (created on demand by the callers that write to it)."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kg"


def extraction_dir() -> Path:
    return cache_dir() / "extract"


@cache
def _package_hash() -> str:
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    kinds = {".py", ".tsv", ".txt", ".json", ".jsonl", ".cfg"}
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in kinds):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def fingerprint(segmenter: str) -> str:
    """What extraction results depend on besides the file: kg's code and data, the segmenter."""
    return hashlib.sha256(f"{_package_hash()}|{segmenter}".encode()).hexdigest()


class ExtractionCache:
    """Extraction results of files, by pipeline fingerprint, file name and content hash."""

    def __init__(self, segmenter: str, folder: Path | None = None) -> None:
        self.folder = folder or extraction_dir()
        self.print = fingerprint(segmenter)
        self.hits = self.misses = self.damaged = 0

    def _path(self, name: str, sha256: str) -> Path:
        key = hashlib.sha256(f"{self.print}\0{name}\0{sha256}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.bin"

    def get(self, name: str, sha256: str):
        """The cached results, or None (missing, or damaged and now removed)."""
        path = self._path(name, sha256)
        try:
            blob = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        payload = blob[len(MAGIC) + 32:]
        if blob[:len(MAGIC)] != MAGIC or blob[len(MAGIC):len(MAGIC) + 32] != hashlib.sha256(payload).digest():
            self.damaged += 1
            self.misses += 1
            path.unlink(missing_ok=True)
            return None
        self.hits += 1
        return pickle.loads(payload)  # our own entry, its checksum verified

    def put(self, name: str, sha256: str, results) -> None:
        path = self._path(name, sha256)
        payload = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
        with suppress(OSError, KgError):  # a read-only or full cache folder costs speed, never the build
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, MAGIC + hashlib.sha256(payload).digest() + payload)


def clear() -> int:
    """Remove the extraction cache; the number of entries removed."""
    folder = extraction_dir()
    count = sum(1 for _ in folder.rglob("*.bin")) if folder.is_dir() else 0
    shutil.rmtree(folder, ignore_errors=True)
    return count
