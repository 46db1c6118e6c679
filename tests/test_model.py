"""The segmentation model: pinned archive, safe conversion, cached msgpack form."""

from __future__ import annotations

import io
import pickle
import tarfile

import pytest

from kg.errors import ModelUnavailable
from kg.nlp import segmenter_model as sm


def test_the_cached_model_is_the_converted_form_without_a_pickle():
    folder = sm.ensure_model()
    assert sorted(p.name for p in folder.iterdir()) == ["features.msgpack", "weights.npz"]


def test_an_archive_with_another_hash_is_refused(tmp_path):
    fake = tmp_path / "pkuseg-0.0.25.tar.gz"
    fake.write_bytes(b"not the release")
    with pytest.raises(ModelUnavailable, match="expected " + sm.PKUSEG_SDIST_SHA256):
        sm._verify(fake)


def test_the_feature_unpickler_refuses_any_global():
    evil = pickle.dumps({"unigram": [print]})
    with pytest.raises(ModelUnavailable, match="refusing"):
        sm._PlainDataUnpickler(io.BytesIO(evil)).load()


def test_conversion_writes_msgpack_features_and_keeps_the_weights(tmp_path):
    import srsly

    archive = tmp_path / "a.tar.gz"
    features = {"unigram": ["中"], "bigram": ["中国"], "feature_to_idx": {"x": 0}, "tag_to_idx": {"B": 0}}
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in (("features.pkl", pickle.dumps(features)), ("weights.npz", b"npz")):
            info = tarfile.TarInfo(sm._MEMBER_PREFIX + name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    out = tmp_path / "model"
    out.mkdir()
    sm._extract_and_convert(archive, out)
    assert srsly.read_msgpack(out / "features.msgpack") == features
    assert (out / "weights.npz").read_bytes() == b"npz"


def test_no_registry_gives_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")
    monkeypatch.setenv("PIP_EXTRA_INDEX_URL", "")
    monkeypatch.setenv("PIP_FIND_LINKS", "")
    monkeypatch.setenv("PIP_NO_INDEX", "")
    monkeypatch.setenv("PIP_RETRIES", "0")
    monkeypatch.setenv("PIP_TIMEOUT", "2")
    monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")
    with pytest.raises(ModelUnavailable, match="--segmenter char"):
        sm.ensure_model()
