"""Stated results: lists, "respectively", the paper's own method named in its title, and what is no
score (kg/extract/results/). Sentences written for these tests; figures on real abstracts come from
scripts/eval_results.py."""
import pytest

from kg.extract import build_nlp, extract_papers
from kg.extract.rules import sentences
from kg.models import Paper


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def results_of(nlp, abstract, title="A study"):
    (ex,) = extract_papers([Paper("t", title, abstract)], nlp=nlp)
    return [(r.value, r.metric, r.dataset, r.method, r.kind, r.baseline) for r in ex.results]


def test_a_sentence_goes_on_after_vs_and_eg():
    text = "Our parser wins (88.6% vs. 60.9%) on the test set. It helps e.g. tagging. Done."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Our parser wins (88.6% vs. 60.9%) on the test set.", "It helps e.g. tagging.", "Done."]
