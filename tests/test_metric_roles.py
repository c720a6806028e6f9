"""Metrics named without a number, decided by the sentence's role (sentences written for these tests)."""
import doctest
import functools

import pytest

from kg.extract import build_nlp, extract_one, metric_roles
from kg.models import Paper


@functools.lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


def metrics(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=_nlp())
    return {(m.text, m.canonical) for m in ex.mentions if m.type.value == "Metric"}


def metric_texts(text):
    return {t for t, _ in metrics(text)}


def test_docstring_examples():
    assert doctest.testmod(metric_roles).failed == 0


@pytest.mark.parametrize("text, metric", [
    ("Our two changes improve the speed, memory usage, and accuracy of these encoders.", "speed"),
    ("The tagger beats earlier taggers in tagging accuracy and diversity.", "diversity"),
    ("Rewiring gives a reduced training error on all graphs.", "training error"),
    ("This protocol results in moderate inter-annotator agreement.", "inter-annotator agreement"),
    ("Pruning the gates lets the language model reach higher activation sparsity.", "activation sparsity"),
    ("The new decoder runs with low latency on phones.", "latency"),
])
def test_a_measure_in_a_comparison_is_a_metric_without_a_number(text, metric):
    assert metric in metric_texts(text)


@pytest.mark.parametrize("text, word", [
    ("The measured shapes are in strong agreement with the simulations.", "agreement"),
    ("Headings improve the speed of completing a reading task.", "speed"),
    ("The sensor allows high fidelity segmentation of the retina.", "fidelity"),
    ("A high speed camera records the falling drops.", "speed"),
    ("Speed is a word and errors happen.", "errors"),
])
def test_a_measure_word_outside_an_evaluation_is_not_a_metric(text, word):
    assert word not in {t.lower() for t in metric_texts(text)}


def test_a_bare_measure_stands_for_the_longer_phrase_the_paper_names():
    found = metrics("Gating reaches higher activation sparsity. We obtain high sparsity on both models.")
    assert ("sparsity", "activation sparsity") in found
