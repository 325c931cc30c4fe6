"""The tuple-tree XML writer gives exactly ElementTree's indented output."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from zhkg.graph.xmlwrite import to_string

NAMES = st.sampled_from(["a", "data", "viz:color", "node", "b.c", "x-y"])
VALUES = st.text(alphabet=st.sampled_from(list("ab 政协&<>\"'\n\r\t ;]")), max_size=8)


def _tree(depth: int):
    attrs = st.dictionaries(NAMES, VALUES, max_size=3)
    if depth == 0:
        return st.tuples(NAMES, attrs, st.one_of(st.none(), VALUES))
    return st.tuples(NAMES, attrs, st.one_of(st.none(), VALUES, st.lists(_tree(depth - 1), max_size=3)))


def _element_tree(element):
    if isinstance(element, str):  # a leaf() written already
        return ET.fromstring(element)
    tag, attrs, body = element
    el = ET.Element(tag, attrs)
    if isinstance(body, list):
        el.extend(_element_tree(child) for child in body)
    else:
        el.text = body
    return el


def _reference(element) -> str:
    root = _element_tree(element)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode")


@settings(max_examples=300, deadline=None)
@given(_tree(3))
def test_same_text_as_elementtree(tree):
    assert to_string(tree) == _reference(tree)


def test_exports_match_elementtree_on_the_sample_graph(sample_run):
    from zhkg.graph.export_gexf import gexf_tree
    from zhkg.graph.export_graphml import graphml_tree
    from zhkg.graph.flatten import flatten_graph
    from zhkg.graph.layout import with_layout

    flat = flatten_graph(with_layout(sample_run.graph))
    for tree in (graphml_tree(flat), gexf_tree(flat)):
        text = to_string(tree)
        assert text.count("<node ") > 100
        assert text == _reference(tree)
