"""pkuseg's model in a form that loads in about a second: write it once, load it at each start.

Why not spacy-pkuseg's own loader: it reads ``features.msgpack``, a map of 2.6 million feature
strings, which takes 2.1–2.4 s on the reference machine, and ``weights.npz``, which is read
whole and copied (0.5 s). Here the feature strings lie in one UTF-8 file in index order, so
loading them is one decode, one split and one ``dict(zip(...))`` (about 1.1 s); the weights are
a ``.npy`` array mapped from disk, so loading them costs nothing and processes forked by
``--jobs`` share the pages. The segmenter built from the store is the same object spacy-pkuseg
builds (same features, weights and post-processing dictionary), so it cuts text identically.

Files of a store (all written by :func:`write_store`):

- ``feature_keys.txt``: feature strings joined by newlines, line *i* the feature of index *i*;
- ``unigram.txt`` and ``bigram.txt``: the word lists, one per line (bigrams only serve
  training and saving, so they are read on first use);
- ``model.json``: tag indices and the sizes that the other files must agree with;
- ``weights.npy``: the CRF weights, float64.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import spacy_pkuseg
from spacy_pkuseg.feature_extractor import FeatureExtractor
from spacy_pkuseg.inference import decodeViterbi_fast

from kg.errors import ModelUnavailable
from kg.nlp.segmenter_features import NodeFeatures

T = TypeVar("T")

STORE_FILES = ("feature_keys.txt", "unigram.txt", "bigram.txt", "model.json", "weights.npy")


def write_store(features: dict[str, Any], weights: np.ndarray, sizes: np.ndarray, out: Path) -> None:
    """Write the store of a model given as spacy-pkuseg's feature data and weight arrays into
    ``out``, a staging folder that the caller moves into place once it is complete.

    Refuses data the store cannot hold faithfully: feature indices that are not exactly
    0…n−1, or strings with a line break."""
    index = features["feature_to_idx"]
    keys: list[str | None] = [None] * len(index)
    for key, i in index.items():
        if not (isinstance(i, int) and 0 <= i < len(keys)) or keys[i] is not None:
            raise ModelUnavailable(f"feature {key!r} has index {i!r}: indices are not 0…{len(keys) - 1}")
        keys[i] = key
    n_tag, n_feature = int(sizes[0]), int(sizes[1])
    if n_feature != len(keys) or weights.shape != (n_tag * (n_feature + n_tag),):
        raise ModelUnavailable(f"{len(keys)} features and {weights.shape} weights do not fit "
                               f"the sizes {n_tag} tags × {n_feature} features")
    for name, words in (("feature_keys.txt", keys), ("unigram.txt", sorted(features["unigram"])),
                        ("bigram.txt", sorted(features["bigram"]))):
        if any("\n" in w for w in words):
            raise ModelUnavailable(f"a string of {name} holds a line break")
        (out / name).write_bytes("\n".join(words).encode("utf-8"))
    meta = {"n_tag": n_tag, "n_feature": n_feature, "tag_to_idx": features["tag_to_idx"]}
    (out / "model.json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    np.save(out / "weights.npy", np.ascontiguousarray(weights, dtype=np.float64), allow_pickle=False)


def load_segmenter(folder: Path, whole_texts: bool = True) -> Any:
    """A ``spacy_pkuseg.pkuseg`` segmenter (default dictionary, no user dictionary, no POS
    tags: what spaCy's ``initialize(pkuseg_model=…)`` builds) read from a store. With
    ``whole_texts``, it reads each text's features at once (:mod:`kg.nlp.segmenter_features`),
    cutting as spacy-pkuseg does in about half the time; without, it is spacy-pkuseg's own
    (``kg bench`` times it as the reference)."""
    meta = _read(folder / "model.json", lambda p: json.loads(p.read_text(encoding="utf-8")))
    try:
        n_tag, n_feature, tag_to_idx = int(meta["n_tag"]), int(meta["n_feature"]), dict(meta["tag_to_idx"])
    except (KeyError, TypeError, ValueError) as err:
        raise _damaged(folder / "model.json", f"no valid {err}") from err
    features = _StoredFeatures.read(folder, n_feature)
    features.tag_to_idx = tag_to_idx
    weights = _read(folder / "weights.npy", lambda p: np.load(p, mmap_mode="r", allow_pickle=False))
    if weights.shape != (n_tag * (n_feature + n_tag),) or weights.dtype != np.float64:
        raise _damaged(folder / "weights.npy", f"{weights.dtype} array of shape {weights.shape}")
    model = spacy_pkuseg.Model.__new__(spacy_pkuseg.Model)
    model.n_tag, model.n_feature, model.w = n_tag, n_feature, weights
    model.n_transition_feature = weights.shape[0]

    seg = _WholeTextSegmenter.__new__(_WholeTextSegmenter) if whole_texts else \
        spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    if whole_texts:
        seg.node_features = NodeFeatures(features.feature_to_idx, features.unigram)
    seg.postag = False
    seg.preprocesser = spacy_pkuseg.Preprocesser(None)
    default_dict = Path(spacy_pkuseg.__file__).parent / "dicts" / "default.pkl"
    seg.postprocesser = spacy_pkuseg.Postprocesser(None, [str(default_dict)])
    seg.feature_extractor, seg.model = features, model
    seg.idx_to_tag = {i: tag for tag, i in tag_to_idx.items()}
    seg.n_feature, seg.n_tag = n_feature, n_tag
    return seg


def _read(path: Path, how: Callable[[Path], T]) -> T:
    """``how(path)``, with a missing, truncated or garbled file reported as damage."""
    try:
        return how(path)
    except (OSError, ValueError) as err:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise _damaged(path, str(err)) from err


def _damaged(path: Path, what: str) -> ModelUnavailable:
    return ModelUnavailable(f"{path} is damaged ({what}); delete {path.parent} and run again to "
                            "rebuild it from the package registry")


def _lines(path: Path) -> list[str]:
    text = _read(path, lambda p: p.read_bytes().decode("utf-8"))
    return text.split("\n") if text else []


class _StoredFeatures(FeatureExtractor):
    """spacy-pkuseg's FeatureExtractor with its tables read from a store."""

    folder: Path

    @classmethod
    def read(cls, folder: Path, n_feature: int) -> _StoredFeatures:
        features = cls.__new__(cls)
        features.folder = folder
        keys = _lines(folder / "feature_keys.txt")
        if len(keys) != n_feature:
            raise _damaged(folder / "feature_keys.txt", f"{len(keys)} features, expected {n_feature}")
        features.feature_to_idx = dict(zip(keys, range(n_feature), strict=True))
        features.unigram = set(_lines(folder / "unigram.txt"))
        return features

    @cached_property
    def bigram(self) -> set[str]:
        """Only training and ``save`` read the bigrams, so segmenting never loads them."""
        return set(_lines(self.folder / "bigram.txt"))


def spacy_pkuseg_twin(seg: Any) -> spacy_pkuseg.pkuseg:
    """spacy-pkuseg's own segmenter over the tables ``seg`` has loaded (nothing read twice):
    the reference ``kg bench`` times kg's cutting against."""
    twin = spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    twin.__dict__.update({k: v for k, v in vars(seg).items() if k != "node_features"})
    return twin


class _WholeTextSegmenter(spacy_pkuseg.pkuseg):
    """spacy-pkuseg's segmenter with the features of a text read at once; the rest of its
    ``_cut`` (the CRF's Viterbi decoding, then a word at each tag that begins one) as there."""

    node_features: NodeFeatures

    def _cut(self, text: str) -> list[str]:
        nodes = list(self.feature_extractor.normalize_text(text))
        _, tags = decodeViterbi_fast(self.node_features(nodes), self.model)
        words: list[str] = []
        for k, (tag, char) in enumerate(zip(tags, text, strict=True)):
            if k == 0 or "B" in self.idx_to_tag[tag]:
                words.append(char)
            else:
                words[-1] += char
        return words


def dictionary_words(folder: Path) -> frozenset[str]:
    """The segmenter's dictionary words of the store in ``folder`` (``unigram.txt``), the set
    the segmenter loaded from that store holds: rules ask whether a reading is a word of the
    language without reaching into spacy-pkuseg's objects."""
    return frozenset(_lines(folder / "unigram.txt"))
