"""The signals that tell a paper's own method named like a dataset from the dataset (kg.extract.method_nouns;
sentences written for these tests)."""
from __future__ import annotations

import pytest

from kg.extract.method_nouns import as_data, described


def _at(text: str, name: str) -> tuple[str, int, int]:
    i = text.index(name)
    return text, i, i + len(name)


@pytest.mark.parametrize("text", [
    "We introduce QuokGraph, a large citation network of two million papers.",
    "We release QuokGraph, a large-scale 3D model repository for shape retrieval.",
    "We share QuokGraph, a model zoo of 500 checkpoints.",
    "We build QuokGraph, a model library for quick reuse.",
    "We collect a dataset of 3D CAD models named QuokGraph.",
    "We assemble a large collection of road networks called QuokGraph.",
])
def test_a_store_of_data_named_with_a_method_noun_inside_is_no_method(text):
    assert not described(*_at(text, "QuokGraph"))


@pytest.mark.parametrize("text", [
    "We introduce QuokGraph, a graph network of stacked attention layers.",
    "We design a sparse encoder network named QuokGraph.",
    "We present QuokGraph, a data-driven model that scores clips.",
])
def test_a_method_noun_heading_the_description_still_describes_a_method(text):
    assert described(*_at(text, "QuokGraph"))


@pytest.mark.parametrize("text", [
    "The method relies heavily on QuokGraph for its features.",
    "Our design is building on QuokGraph and its blocks.",
    "A scorer based\non QuokGraph is proposed.",
    "Instead, we focused on QuokGraph to cut the cost.",
])
def test_a_method_built_on_a_name_does_not_use_it_as_data(text):
    assert not as_data(*_at(text, "QuokGraph"))


@pytest.mark.parametrize("text", [
    "We report results on WomG and QuokGraph.",
    "Accuracy rises on WomG, PouchSet and QuokGraph.",
])
def test_a_name_coordinated_after_on_is_used_as_data(text):
    assert as_data(*_at(text, "QuokGraph"))
