"""The streaming XML writer of graph.graphml and graph.gexf: the bytes ElementTree wrote, every
value read back as it went in, and characters XML cannot hold replaced rather than written."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.export.xmltext import XmlText

ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# any text but lone surrogates, which no XML document can carry in any form
values = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
names = st.sampled_from(["a", "b", "data", "y:Shape"])


def readable(value: str) -> str:
    """What a reader gets back: illegal characters as U+FFFD, and a carriage return that XML's
    line-end normalisation keeps only when escaped (text is read after that normalisation)."""
    return ILLEGAL.sub("\ufffd", value)


@given(st.lists(st.tuples(values, values), min_size=1, max_size=6))
def test_text_and_attributes_read_back_as_written(pairs):
    x = XmlText()
    x.start("root")
    for i, (attr_value, content) in enumerate(pairs):
        x.leaf("item", (("n", str(i)), ("v", attr_value)), content)
    x.end()
    root = ET.fromstring(x.bytes())
    items = list(root)
    assert [el.get("v") for el in items] == [readable(a) for a, _ in pairs]
    # character data: a lone CR is read as LF (XML line-end normalisation), as ElementTree's own output was
    assert [el.text or "" for el in items] == [readable(c).replace("\r\n", "\n").replace("\r", "\n")
                                               for _, c in pairs]


def tree_of(x: XmlText, el: ET.Element, spec: list) -> None:
    """Write the same nested spec into the streaming writer and into an ElementTree."""
    for tag, attrs, content, children in spec:
        sub = ET.SubElement(el, tag, dict(attrs))
        if children:
            x.start(tag, attrs)
            tree_of(x, sub, children)
            x.end()
        else:
            sub.text = content
            x.leaf(tag, attrs, content)


safe = st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r&<>\"'"), max_size=12)
attr_lists = st.lists(st.tuples(st.sampled_from(["id", "key", "x", "for"]), safe), max_size=3,
                      unique_by=lambda kv: kv[0])
specs = st.recursive(st.lists(st.tuples(names, attr_lists, safe | st.none(), st.just([])), max_size=3),
                     lambda inner: st.lists(st.tuples(names, attr_lists, st.none(), inner), min_size=1, max_size=3),
                     max_leaves=12)


@given(specs)
def test_bytes_equal_elementtree_indented_output(spec):
    x, root = XmlText(), ET.Element("root")
    x.start("root")
    tree_of(x, root, spec)
    x.end()
    ET.indent(root)
    assert x.bytes() == ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def test_empty_element_and_empty_text_close_in_their_start_tag():
    x = XmlText()
    x.start("g", (("id", "kg"),))
    x.leaf("default", (), "")
    x.start("node")
    x.end()
    x.end()
    assert x.bytes().decode() == ("<?xml version='1.0' encoding='utf-8'?>\n"
                                  '<g id="kg">\n  <default />\n  <node />\n</g>\n')


def test_comment_keeps_markup_and_refuses_a_double_hyphen():
    x = XmlText()
    x.start("r")
    x.comment(" a < b & c ")
    x.end()
    assert b"<!-- a < b & c -->" in x.bytes()
    with pytest.raises(ValueError, match="'--'"):
        XmlText().comment("a -- b")


def test_unclosed_element_is_an_error_not_a_truncated_file():
    x = XmlText()
    x.start("graphml")
    x.start("graph")
    x.end()
    with pytest.raises(ValueError, match="<graphml> is not closed"):
        x.bytes()
