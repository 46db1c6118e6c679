"""Writing an export file or folder so that a failure never leaves half of it.

Why: a reader (a browser, Gephi, a SPARQL store) given a truncated file fails in confusing ways;
the data goes to a temporary file or folder beside the target, which replaces the target by
rename only once it is complete.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg.errors import KgError


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    with open_atomic(path) as out:
        out.write(data)


@contextlib.contextmanager
def open_atomic(path: Path) -> Iterator[IO[bytes]]:
    """A binary file to write ``path`` through, streaming: it becomes ``path`` only when the
    block ends normally (a large export never has to be one string in memory)."""
    path = Path(path)
    if path.is_dir():
        raise KgError(f"{path}: is a folder; give a file name to write")
    if not path.parent.is_dir():
        raise KgError(f"{path.parent}: no such folder to write {path.name} into")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def folder_atomically(out: Path) -> Iterator[Path]:
    """A temporary sibling folder to fill; when the block ends normally it replaces ``out`` as a
    whole, and when it fails it is removed and ``out`` is left as it was. A process killed
    outright (SIGKILL) cannot clean up: its temporary folder is removed, or its set-aside old
    output restored, by the next build into the same place."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    _clean_after_dead_builds(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))
    try:
        yield tmp
        os.chmod(tmp, 0o755)
        _replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _replace(new: Path, out: Path) -> None:
    """``new`` takes the place of ``out``: by one atomic exchange where the system has one
    (Linux renameat2), else by two renames, between which ``out`` is briefly missing (a build
    killed there leaves the old folder set aside, and the next build restores it)."""
    if not out.exists():
        new.rename(out)
        return
    if _exchange(new, out):
        shutil.rmtree(new, ignore_errors=True)  # it now holds the previous output
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
    old.rmdir()
    out.rename(old)
    new.rename(out)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (renameat2 with RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _clean_after_dead_builds(out: Path) -> None:
    for leftover in sorted(out.parent.glob(f".{glob.escape(out.name)}.*-*-*")):
        kind, _, rest = leftover.name[len(out.name) + 2:].partition("-")
        pid = rest.split("-", 1)[0]
        if kind not in ("tmp", "old") or not pid.isdigit() or _alive(int(pid)):
            continue
        if kind == "old" and not out.exists():
            leftover.rename(out)  # killed between the two renames: the previous output comes back
        else:
            shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
