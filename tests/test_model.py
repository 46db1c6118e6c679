"""The segmentation model: pinned archive, safe conversion, the store it is cached in, and a
segmenter loaded from the store that cuts exactly as spacy-pkuseg's own loader does."""

from __future__ import annotations

import io
import itertools
import pickle
import tarfile
from pathlib import Path

import numpy as np
import pytest
import spacy_pkuseg
import srsly
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ModelUnavailable
from kg.nlp import segmenter_model as sm
from kg.nlp.segmenter_store import STORE_FILES, load_segmenter, write_store

ALPHABET = "中国医院卫生健康委员会县1A，。"
TAGS = {"B": 0, "B_single": 1, "I": 2, "I_end": 3, "I_first": 4}


def tiny_model() -> tuple[dict, np.ndarray, np.ndarray]:
    """A model over a few characters with every kind of feature the extractor looks up
    (characters, neighbours, pairs, words before and after) and random weights: any wiring
    mistake in a loader changes how it cuts."""
    chars = [*"中国医院卫生健康委员会县，。", "**Num", "**Letter"]
    keys = ["$$"]
    for a in chars:
        keys += [f"c.{a}", f"c-1.{a}", f"c1.{a}", f"c-2.{a}", f"c2.{a}"]
    for a, b in itertools.product(chars, repeat=2):
        keys += [f"c-1c.{a}.{b}", f"cc1.{a}.{b}", f"c-2c-1.{a}.{b}"]
    words = ["中国", "医院", "卫生", "健康", "委员会", "卫生健康", "县医院"]
    for w in words:
        keys += [f"w-1.{w}", f"w1.{w}"]
    for a, b in itertools.product([*words, "**noWord"], repeat=2):
        keys += [f"ww.l.{a}*{b}", f"ww.r.{a}*{b}"]
    rng = np.random.default_rng(7)
    weights = rng.normal(size=len(TAGS) * (len(keys) + len(TAGS)))
    features = {"feature_to_idx": {k: i for i, k in enumerate(keys)}, "tag_to_idx": TAGS,
                "unigram": words, "bigram": ["中国*医院"]}
    return features, weights, np.array([len(TAGS), len(keys)])


@pytest.fixture(scope="module")
def tiny_pair(tmp_path_factory):
    """The tiny model loaded twice: by spacy-pkuseg from its msgpack and npz form, and by kg
    from its store."""
    features, weights, sizes = tiny_model()
    theirs = tmp_path_factory.mktemp("msgpack")
    srsly.write_msgpack(theirs / "features.msgpack", features)
    np.savez(theirs / "weights.npz", w=weights, sizes=sizes)
    ours = tmp_path_factory.mktemp("store")
    write_store(features, weights, sizes, ours)
    return spacy_pkuseg.pkuseg(str(theirs)), load_segmenter(ours)


def test_the_cached_model_is_the_store_without_a_pickle():
    folder = sm.ensure_model()
    assert sorted(p.name for p in folder.iterdir()) == sorted(STORE_FILES)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET + " 2b", max_size=40))
def test_a_segmenter_from_the_store_cuts_as_spacy_pkuseg_loads_it(tiny_pair, text):
    theirs, ours = tiny_pair
    assert ours.cut(text) == theirs.cut(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="中国医院卫生健康委员会县市省人民第一二三附属大学科研究所与和、，。1２AＢ.-*:/ ", max_size=80))
def test_the_features_of_a_whole_text_are_those_spacy_pkuseg_reads_character_by_character(nlp, text):
    """On the real model: the same feature indices in the same order (the CRF sums them in it)."""
    seg = nlp.tokenizer.pkuseg_seg
    nodes = list(seg.feature_extractor.normalize_text(text))
    theirs = [seg.feature_extractor.get_node_features_idx(i, nodes) for i in range(len(nodes))]
    assert seg.node_features(nodes) == theirs
    assert seg.node_features(nodes) == theirs  # and again, from what it keeps between texts


def test_the_store_keeps_every_table_of_the_model(tiny_pair):
    theirs, ours = tiny_pair
    a, b = theirs.feature_extractor, ours.feature_extractor
    assert (b.feature_to_idx, b.unigram, b.tag_to_idx) == (a.feature_to_idx, a.unigram, a.tag_to_idx)
    assert np.array_equal(ours.model.w, theirs.model.w)
    assert (ours.n_feature, ours.n_tag, ours.idx_to_tag) == (theirs.n_feature, theirs.n_tag, theirs.idx_to_tag)
    assert b.bigram == a.bigram


def test_segmenting_never_reads_the_bigrams(tmp_path):
    write_store(*tiny_model(), tmp_path)
    seg = load_segmenter(tmp_path)
    seg.cut("卫生健康委员会县医院")
    assert "bigram" not in vars(seg.feature_extractor)
    assert seg.feature_extractor.bigram == {"中国*医院"}


def test_weights_are_mapped_from_disk_read_only(tmp_path):
    write_store(*tiny_model(), tmp_path)
    w = load_segmenter(tmp_path).model.w
    assert isinstance(w, np.memmap) and not w.flags.writeable


@pytest.mark.parametrize(("name", "damage", "message"), [
    ("feature_keys.txt", lambda p: p.write_bytes(p.read_bytes()[:200]), "features, expected"),
    ("weights.npy", lambda p: p.write_bytes(p.read_bytes()[:300]), "weights.npy"),
])
def test_a_damaged_store_names_the_file_and_what_to_do(tmp_path, name, damage, message):
    write_store(*tiny_model(), tmp_path)
    damage(tmp_path / name)
    with pytest.raises(ModelUnavailable, match=message):
        load_segmenter(tmp_path)


def test_indices_that_are_not_0_to_n_are_refused(tmp_path):
    features, weights, sizes = tiny_model()
    features["feature_to_idx"]["$$"] = 10**6
    with pytest.raises(ModelUnavailable, match="indices are not"):
        write_store(features, weights, sizes, tmp_path)


def test_a_cache_of_earlier_versions_is_converted_without_fetching(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    features, weights, sizes = tiny_model()
    legacy = sm.legacy_dir()
    legacy.mkdir(parents=True)
    srsly.write_msgpack(legacy / "features.msgpack", features)
    np.savez(legacy / "weights.npz", w=weights, sizes=sizes)
    monkeypatch.setattr(sm, "_download", lambda dest: pytest.fail("fetched although a cache was there"))
    folder = sm.ensure_model()
    assert sorted(p.name for p in folder.iterdir()) == sorted(STORE_FILES)
    assert not legacy.exists()
    assert load_segmenter(folder).feature_extractor.feature_to_idx == features["feature_to_idx"]


def test_an_incomplete_store_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    staging = tmp_path / "staging"
    staging.mkdir()
    write_store(*tiny_model(), staging)
    sm.model_dir().mkdir(parents=True)
    (sm.model_dir() / "model.json").write_text("{}")
    sm._install(staging)
    assert sm.is_cached()
    assert load_segmenter(sm.model_dir()).n_tag == 5


def test_an_archive_with_another_hash_is_refused(tmp_path):
    fake = tmp_path / "pkuseg-0.0.25.tar.gz"
    fake.write_bytes(b"not the release")
    with pytest.raises(ModelUnavailable, match="expected " + sm.PKUSEG_SDIST_SHA256):
        sm._verify(fake)


def test_the_feature_unpickler_refuses_any_global():
    evil = pickle.dumps({"unigram": [print]})
    with pytest.raises(ModelUnavailable, match="refusing"):
        sm._PlainDataUnpickler(io.BytesIO(evil)).load()


def _archive(path: Path, features: dict, npz: bytes) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in (("features.pkl", pickle.dumps(features)), ("weights.npz", npz)):
            info = tarfile.TarInfo(sm._MEMBER_PREFIX + name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_conversion_writes_the_store_of_the_archived_model(tmp_path):
    features, weights, sizes = tiny_model()
    npz = io.BytesIO()
    np.savez(npz, w=weights, sizes=sizes)
    out = tmp_path / "model"
    out.mkdir()
    sm._extract_and_convert(_archive(tmp_path / "a.tar.gz", features, npz.getvalue()), out)
    seg = load_segmenter(out)
    assert seg.feature_extractor.feature_to_idx == features["feature_to_idx"]
    assert np.array_equal(seg.model.w, weights)


def test_an_archive_with_unreadable_weights_is_a_clear_error(tmp_path):
    out = tmp_path / "model"
    out.mkdir()
    with pytest.raises(ModelUnavailable, match=r"a\.tar\.gz: weights\.npz is unreadable"):
        sm._extract_and_convert(_archive(tmp_path / "a.tar.gz", tiny_model()[0], b"npz"), out)


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


def test_a_damaged_cache_of_earlier_versions_is_fetched_again_not_trusted(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    legacy = sm.legacy_dir()
    legacy.mkdir(parents=True)
    (legacy / "features.msgpack").write_bytes(b"\xc1 not msgpack")
    (legacy / "weights.npz").write_bytes(b"not a zip")

    def download(dest):
        raise ModelUnavailable("fetching")

    monkeypatch.setattr(sm, "_download", download)
    with pytest.raises(ModelUnavailable, match="fetching"):
        sm.ensure_model()


def test_the_reference_segmenter_is_spacy_pkusegs_own_over_the_same_tables(nlp):
    from kg.nlp.segmenter_store import spacy_pkuseg_twin

    ours = nlp.tokenizer.pkuseg_seg
    twin = spacy_pkuseg_twin(ours)
    assert type(twin) is spacy_pkuseg.pkuseg and twin.feature_extractor is ours.feature_extractor
    text = "临汾医科大学第一附属医院与洪洞县人民医院签约，２０２４年ＡＢ医联体成立。"
    assert twin.cut(text) == ours.cut(text)
