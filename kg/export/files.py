"""Writing one export file so that a failure never leaves half of it.

Why: a reader (a browser, Gephi, a SPARQL store) given a truncated file fails in confusing ways;
the text goes to a temporary file beside the target, which replaces the target by rename only
once it is complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from kg.errors import KgError


def write_text_atomic(path: Path, text: str) -> None:
    path = Path(path)
    if path.is_dir():
        raise KgError(f"{path}: is a folder; give a file name to write")
    if not path.parent.is_dir():
        raise KgError(f"{path.parent}: no such folder to write {path.name} into")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
