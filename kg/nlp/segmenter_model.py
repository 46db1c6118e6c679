"""Fetch, verify, convert and cache the pkuseg ``default`` segmentation model.

Why this exists: no model hub is reachable, but the source distribution of ``pkuseg==0.0.25``
on PyPI carries the model (``pkuseg/models/default/``: ``weights.npz`` and ``features.pkl``).
We fetch that archive with pip, check it against a pinned sha256, extract only the model
folder, and convert it once into the store of :mod:`kg.nlp.segmenter_store`, which loads in
about a second and unpickles nothing at run time. The pickle is read once, by an unpickler
that refuses every global, so even a tampered file could only yield plain data. A cache left
by earlier kg versions (``features.msgpack`` and ``weights.npz``) is converted in place of a
fetch, so an offline machine that had the model keeps it.

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

import numpy as np
import srsly

from kg.cache import cache_dir
from kg.errors import ModelUnavailable
from kg.nlp.segmenter_store import STORE_FILES, write_store
from kg.util.files import folder_atomically

PKUSEG_VERSION = "0.0.25"
PKUSEG_SDIST_SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
_MEMBER_PREFIX = f"pkuseg-{PKUSEG_VERSION}/pkuseg/models/default/"
LEGACY_FILES = ("features.msgpack", "weights.npz")


def model_dir() -> Path:
    """Where the converted model lives: one folder per pkuseg release and store format."""
    return cache_dir() / f"pkuseg-default-{PKUSEG_VERSION}-store1"


def legacy_dir() -> Path:
    """Where kg versions before the store kept the model (msgpack features, npz weights)."""
    return cache_dir() / f"pkuseg-default-{PKUSEG_VERSION}"


def is_cached() -> bool:
    return _complete(model_dir(), STORE_FILES)


def _complete(folder: Path, names: tuple[str, ...]) -> bool:
    return all((folder / name).is_file() for name in names)


def ensure_model() -> Path:
    """Return the model folder, converting an earlier cache or fetching on first need."""
    if is_cached():
        return model_dir()
    with tempfile.TemporaryDirectory(prefix="kg-pkuseg-") as tmp:
        staging = Path(tmp) / "model"
        staging.mkdir()
        converted = _from_legacy(staging)
        if not converted:
            if is_cached():  # a concurrent run converted the earlier cache meanwhile
                return model_dir()
            archive = _download(Path(tmp))
            _verify(archive)
            _extract_and_convert(archive, staging)
        _install(staging)
    if converted:
        shutil.rmtree(legacy_dir(), ignore_errors=True)
    return model_dir()


def _from_legacy(staging: Path) -> bool:
    """Write the store from the cache of earlier kg versions into ``staging``; False where
    there is none, it is damaged (then the model is fetched again), or a concurrent run
    removed it while this one read it."""
    legacy = legacy_dir()
    if not _complete(legacy, LEGACY_FILES):
        return False
    try:
        features = srsly.read_msgpack(legacy / "features.msgpack")
        write_store(features, *_weights(legacy / "weights.npz", legacy.name), staging)
    except (OSError, ValueError, KeyError, TypeError, ModelUnavailable):
        return False
    return True


def _install(staging: Path) -> None:
    """Move a complete store into place as a whole, replacing an incomplete one (a file
    deleted by hand) or an identical one that a concurrent run installed first."""
    with folder_atomically(model_dir()) as out:
        for name in STORE_FILES:
            shutil.move(str(staging / name), out / name)


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
    """Take only the model folder from the archive and write its store into ``out``."""
    members = {}
    with tarfile.open(archive, "r:gz") as tar:
        for name in ("weights.npz", "features.pkl"):
            member = tar.getmember(_MEMBER_PREFIX + name)
            if not member.isfile():
                raise ModelUnavailable(f"{archive.name}: {member.name} is not a regular file")
            src = tar.extractfile(member)
            assert src is not None
            members[name] = src.read()
    features = _PlainDataUnpickler(io.BytesIO(members["features.pkl"])).load()
    write_store(features, *_weights(io.BytesIO(members["weights.npz"]), archive.name), out)


def _weights(source: Path | io.BytesIO, origin: str) -> tuple[np.ndarray, np.ndarray]:
    """The weight vector and the sizes (tags, features) of a ``weights.npz``."""
    try:
        with np.load(source, allow_pickle=False) as npz:
            return npz["w"], npz["sizes"]
    except Exception as err:  # numpy reports a bad archive as ValueError, KeyError, BadZipFile…
        raise ModelUnavailable(f"{origin}: weights.npz is unreadable ({err})") from err


class _PlainDataUnpickler(pickle.Unpickler):
    """Loads only built-in containers and scalars: any global reference is refused."""

    def find_class(self, module: str, name: str) -> type:
        raise ModelUnavailable(f"features.pkl refers to {module}.{name}; refusing to load it")
