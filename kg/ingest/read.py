"""Find input files and read them, or say why a file is skipped.

Why a separate step: everything downstream works on text whose every character maps back to
an offset in the original file, so decoding is the one place that sees bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest.decode import NotText, decode


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
    replaced: int = 0  # damaged UTF-8 sequences read as U+FFFD


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


DEFAULT_MAX_BYTES = 20_000_000


class Skipped(InputError):
    """A file kg does not process, with the reason the manifest records: unreadable, empty,
    too-large, binary, undecodable or duplicate."""

    def __init__(self, path: Path, reason: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.reason = reason
        self.detail = detail


def read_source(path: Path, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Decode one file (``decode.decode``), reading at most ``max_bytes`` + 1 bytes of it, so
    that memory stays bounded whatever lies in the input folder."""
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as err:
        raise Skipped(path, "unreadable", f"cannot read ({err.strerror or err})") from err
    if len(data) > max_bytes:
        size = max(len(data), _size(path))
        raise Skipped(path, "too-large", f"{size} bytes, more than --max-bytes {max_bytes}")
    try:
        decoded = decode(data)
    except NotText as err:
        raise Skipped(path, err.reason, err.detail) from err
    if not decoded.text.strip():
        raise Skipped(path, "empty", "empty" if not data else "holds only white space")
    return Source(name=name, path=path, text=decoded.text, sha256=hashlib.sha256(data).hexdigest(),
                  encoding=decoded.encoding, size=len(data), replaced=decoded.replaced)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
