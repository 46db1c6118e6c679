"""Find input files and decode them, with errors that name the file.

Why a separate step: everything downstream works on text whose every character maps back to
an offset in the original file, so decoding is the one place that sees bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError


@dataclass(frozen=True)
class Source:
    """One decoded input file.

    ``name`` is the path relative to the input argument it was found under (POSIX form), so
    exports carry no absolute paths. ``text`` is the decoded original, BOM removed: offsets in
    the graph are offsets into this string.
    """

    name: str
    path: Path
    text: str
    sha256: str
    encoding: str
    size: int


def discover(inputs: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """Expand files and folders (recursively, ``*.txt``) into (path, display name) pairs."""
    found: dict[Path, str] = {}
    for arg in inputs:
        root = Path(arg)
        if root.is_dir():
            for path in sorted(root.rglob("*.txt")):
                if path.is_file():
                    found.setdefault(path.resolve(), path.relative_to(root).as_posix())
        elif root.is_file():
            found.setdefault(root.resolve(), root.name)
        else:
            raise InputError(f"{arg}: no such file or folder")
    return sorted(((p, n) for p, n in found.items()), key=lambda pn: (pn[1], str(pn[0])))


def read_source(path: Path, name: str) -> Source:
    """Decode one file as UTF-8 (with or without BOM)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {err.start}: {data[err.start:err.start + 1]!r}); "
            "save it as UTF-8") from err
    return Source(name=name, path=path, text=text, sha256=hashlib.sha256(data).hexdigest(),
                  encoding=encoding, size=len(data))
