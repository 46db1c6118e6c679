"""Fetch, verify, convert and cache the pkuseg ``default`` segmentation model.

Why this exists: no model hub is reachable, but the source distribution of ``pkuseg==0.0.25``
on PyPI carries the model (``pkuseg/models/default/``: ``weights.npz`` and ``features.pkl``).
We fetch that archive with pip, check it against a pinned sha256, extract only the model
folder, and convert ``features.pkl`` once into the ``features.msgpack`` form that spacy-pkuseg
loads first, so nothing is unpickled at run time. The pickle is read once, by an unpickler
that refuses every global, so even a tampered file could only yield plain data.

The cache lives in ``$KG_CACHE_DIR`` or else ``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import srsly

from kg.cache import cache_dir
from kg.errors import ModelUnavailable

PKUSEG_VERSION = "0.0.25"
PKUSEG_SDIST_SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
_MEMBER_PREFIX = f"pkuseg-{PKUSEG_VERSION}/pkuseg/models/default/"
MODEL_FILES = ("features.msgpack", "weights.npz")


def model_dir() -> Path:
    """Where the converted model lives: one folder per pkuseg release."""
    return cache_dir() / f"pkuseg-default-{PKUSEG_VERSION}"


def is_cached() -> bool:
    return all((model_dir() / name).is_file() for name in MODEL_FILES)


def ensure_model() -> Path:
    """Return the model folder, fetching and converting it on first need."""
    if is_cached():
        return model_dir()
    with tempfile.TemporaryDirectory(prefix="kg-pkuseg-") as tmp:
        archive = _download(Path(tmp))
        _verify(archive)
        staging = Path(tmp) / "model"
        staging.mkdir()
        _extract_and_convert(archive, staging)
        target = model_dir()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=".partial-", dir=target.parent))
        for name in MODEL_FILES:
            shutil.move(str(staging / name), partial / name)
        if target.exists():  # a concurrent fetch finished first; keep its result
            shutil.rmtree(partial)
        else:
            partial.rename(target)
    return target


def _download(dest: Path) -> Path:
    """``pip download`` the sdist; pip reads its metadata, which needs numpy and setuptools."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
           "--no-build-isolation", "--disable-pip-version-check", "-q",
           f"pkuseg=={PKUSEG_VERSION}", "-d", str(dest)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise ModelUnavailable(_unavailable(f"pip could not run: {err}")) from err
    archives = sorted(dest.glob(f"pkuseg-{PKUSEG_VERSION}.tar.gz"))
    if proc.returncode != 0 or not archives:
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no archive"]
        raise ModelUnavailable(_unavailable(f"pip download failed: {detail[0]}"))
    return archives[0]


def _unavailable(why: str) -> str:
    return (f"the pkuseg segmentation model is not in {model_dir()} and could not be fetched "
            f"from the package registry ({why}). Connect to PyPI and run again, set "
            "KG_CACHE_DIR to a folder that holds the model, or pass --segmenter char to "
            "build without pkuseg.")


def _verify(archive: Path) -> None:
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != PKUSEG_SDIST_SHA256:
        raise ModelUnavailable(
            f"{archive.name} has sha256 {digest}, expected {PKUSEG_SDIST_SHA256}: "
            "refusing a model that is not the pinned release.")


def _extract_and_convert(archive: Path, out: Path) -> None:
    """Take only the model folder from the archive; write weights and msgpack features."""
    with tarfile.open(archive, "r:gz") as tar:
        for name in ("weights.npz", "features.pkl"):
            member = tar.getmember(_MEMBER_PREFIX + name)
            if not member.isfile():
                raise ModelUnavailable(f"{archive.name}: {member.name} is not a regular file")
            src = tar.extractfile(member)
            assert src is not None
            if name == "weights.npz":
                with open(out / name, "wb") as dst:
                    shutil.copyfileobj(src, dst)
            else:
                features = _PlainDataUnpickler(io.BytesIO(src.read())).load()
                srsly.write_msgpack(out / "features.msgpack", features)


class _PlainDataUnpickler(pickle.Unpickler):
    """Loads only built-in containers and scalars: any global reference is refused."""

    def find_class(self, module: str, name: str) -> type:
        raise ModelUnavailable(f"features.pkl refers to {module}.{name}; refusing to load it")
