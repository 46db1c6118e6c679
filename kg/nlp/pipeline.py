"""Build kg's spaCy pipeline from ``config.cfg``.

The component modules are imported here so that their factories are registered before the
config is resolved.
"""

from __future__ import annotations

from importlib import resources

import spacy
from spacy.language import Language
from thinc.api import Config

from kg.nlp import abbreviations, anaphora, names, persons, places, relations  # noqa: F401  (factories)
from kg.nlp.mentions import register_extensions
from kg.nlp.segmenter_model import ensure_model
from kg.nlp.segmenter_store import load_segmenter

SEGMENTERS = ("pkuseg", "char")


def load_config(segmenter: str = "pkuseg") -> Config:
    if segmenter not in SEGMENTERS:
        raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {segmenter!r}")
    text = resources.files("kg.nlp").joinpath("config.cfg").read_text(encoding="utf-8")
    config = Config().from_str(text)
    config["nlp"]["tokenizer"]["segmenter"] = segmenter
    return config


def build_nlp(segmenter: str = "pkuseg") -> Language:
    """The pipeline, with the pkuseg model fetched on first need. The segmenter is read from
    kg's model store rather than by ``tokenizer.initialize(pkuseg_model=…)``, which builds the
    same segmenter from spacy-pkuseg's msgpack form in twice the time."""
    register_extensions()
    nlp = spacy.util.load_model_from_config(load_config(segmenter), auto_fill=True)
    if segmenter == "pkuseg":
        nlp.tokenizer.pkuseg_seg = load_segmenter(ensure_model())
    return nlp
