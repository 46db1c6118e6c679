"""Where kg may write its output, decided before anything is read or written.

Why: the writers replace their target as a whole (``files.folder_atomically``,
``files.open_atomic``), which is right for kg's own earlier output and destroys anything else:
an input folder, a folder of documents, the current folder. So a target is replaced only when
it is absent, empty, or kg's own output, told by what kg writes there (``kg.export.mark``):
- a build folder: only kg's export names (``graph.json`` …, ``neo4j/`` with kg's CSV files and
  ``import.cypher``, ``manifest.json``), with a ``manifest.json`` that carries kg's mark or,
  from kg versions before the mark, has exactly the manifest's one key, ``files``;
- a ``neo4j`` folder: only kg's CSV files and an ``import.cypher`` with kg's mark;
- a file: one that carries kg's mark for its format.
``force`` replaces a folder or file of other things anyway; never an input (the target is an
input, lies in an input folder, which would then hold exports among its texts, or holds an
input), nor the current folder or a folder above it. Paths are compared resolved (symlinks, ``..``).

Writing errors (a read-only file system, a full disk, no permission) become ``OutputError``
naming the target: the atomic writers have left the previous output as it was.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from kg.errors import KgError
from kg.export.formats import FILES
from kg.export.mark import written_by_kg

BUILD = "build"  # the kind of ``kg build``'s folder; the other kinds are ``kg export``'s formats
FOLDER_FORMATS = ("neo4j",)  # formats written as a folder
MANIFEST = "manifest.json"
NEO4J_FILE = re.compile(r"(?:nodes|rels)_\w+\.csv|import\.cypher")
SHOWN = 3  # entries named in a refusal


class UnsafeTarget(KgError):
    """A target kg will not replace; nothing was read or written."""


class OutputError(KgError):
    """The output could not be written; what was at the target before is unchanged."""


def checked(out: Path, kind: str, inputs: Sequence[str | Path] = (), force: bool = False) -> Path:
    """``out`` resolved, once replacing it loses nothing of the user's; else ``UnsafeTarget``
    naming it and what is there. ``kind`` is ``BUILD`` or a ``kg export`` format."""
    path = _resolved(out)
    for given in inputs:
        _apart_from_input(out, path, given)
    cwd = Path.cwd().resolve()
    if path == cwd or path in cwd.parents:
        where = "the current folder" if path == cwd else f"a folder above the current one ({cwd})"
        raise UnsafeTarget(f"{out}: is {where}, which kg would replace as a whole; "
                           f"give the output a folder of its own (-o exports)")
    if not path.exists():
        above = next(p for p in Path(out).parents if p.exists())  # as the user wrote it
        if not above.is_dir():
            raise KgError(f"{out}: {above} is a file, so nothing can be written inside it")
        return path
    thing = "folder" if kind == BUILD or kind in FOLDER_FORMATS else "file"
    if path.is_dir() != (thing == "folder") or not (path.is_dir() or path.is_file()):
        what = "folder" if path.is_dir() else "file" if path.is_file() else "device, pipe or socket"
        raise UnsafeTarget(f"{out}: is a {what}; kg writes a {thing} there")
    if thing == "folder":
        foreign = _foreign(path, kind)
    else:
        foreign = None if path.stat().st_size == 0 or written_by_kg(path, kind) else "is a file kg did not write"
    if foreign and not force:
        raise UnsafeTarget(f"{out}: {foreign}; kg replaces only an empty {thing} or its own output: "
                           f"choose another {thing}, or add --force to replace it")
    return path


@contextlib.contextmanager
def writing(out: Path) -> Iterator[None]:
    """Writing errors of the block (read-only file system, full disk …) as ``OutputError``."""
    try:
        yield
    except OSError as err:
        raise OutputError(f"{out}: cannot write the output ({err.strerror or err}); "
                          f"what was there before is unchanged") from err


def _resolved(path: str | Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError) as err:  # a symlink loop
        raise UnsafeTarget(f"{path}: cannot resolve the path ({err})") from err


def _apart_from_input(out: Path, path: Path, given: str | Path) -> None:
    source = _resolved(given)
    if path == source:
        raise UnsafeTarget(f"{out}: is {'an input' if str(given) == str(out) else f'the input {given}'}; "
                           f"write the output somewhere else")
    if source.is_dir() and source in path.parents:
        raise UnsafeTarget(f"{out}: lies inside the input folder {given}, which would then hold kg's exports "
                           f"among its texts; write the output somewhere else")
    if path in source.parents:
        raise UnsafeTarget(f"{out}: holds the input {given}; write the output somewhere else")


def _foreign(folder: Path, kind: str) -> str | None:
    """What in ``folder`` shows it is not kg's output of ``kind``; None for an empty folder or kg's."""
    if not any(folder.iterdir()):
        return None
    if kind == BUILD:
        strays = [e.name for e in folder.iterdir() if not _build_entry(e)]
        if (folder / "neo4j").is_dir():
            strays += _neo4j_strays(folder / "neo4j", "neo4j/")
        unmarked = None if _kg_manifest(folder / MANIFEST) else MANIFEST
    else:
        strays = _neo4j_strays(folder, "")
        unmarked = None if written_by_kg(folder / "import.cypher", "cypher") else "import.cypher"
    if strays:
        return f"holds files that are not {'a kg build' if kind == BUILD else 'a kg neo4j export'} " \
               f"({_names(sorted(strays))})"
    return f"holds kg's file names but no {unmarked} that kg wrote" if unmarked else None


def _build_entry(entry: Path) -> bool:
    """A name ``kg build`` writes, of the kind it writes: ``neo4j/`` a folder, the others files."""
    if entry.name == "neo4j":
        return entry.is_dir()
    return entry.is_file() and (entry.name in FILES.values() or entry.name == MANIFEST)


def _neo4j_strays(folder: Path, prefix: str) -> list[str]:
    return [prefix + e.name for e in folder.iterdir() if not (e.is_file() and NEO4J_FILE.fullmatch(e.name))]


def _kg_manifest(path: Path) -> bool:
    """kg's manifest.json: with kg's mark, or from before the mark (only its list of files)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    if not isinstance(data, dict):
        return False
    generator = data.get("generator")
    return (isinstance(generator, dict) and generator.get("name") == "kg") or \
        (data.keys() == {"files"} and isinstance(data["files"], list))


def _names(names: list[str]) -> str:
    more = f" and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
    return ", ".join(names[:SHOWN]) + more
