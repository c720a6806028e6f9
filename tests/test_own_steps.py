"""Method nodes that describe a layout or a paper's own unnamed step are no nodes (issue 18; kg.graph.own_steps).

A compound adjective of shape or style before a kind of thing ("a W-shaped decoder") says how a paper's network looks;
a phrase written only as what a paper's new algorithm does ("a novel ledger cleansing algorithm") names a step of its
own. Neither is a technique one could look up. The titles and abstracts are sentences written for these tests.
"""
import doctest

from kg.graph import own_steps
from kg.models import Mention, Paper
from kg.vocab import EntityType

from helpers import pruned_graph


def _methods(papers):
    g, _, _ = pruned_graph(papers)
    return {d.get("name", "").lower() for _, d in g.nodes(data=True) if d.get("type") == "Method"}


def test_docstring_examples():
    assert doctest.testmod(own_steps).failed == 0


def _step(phrase, text, rule="object"):
    i = text.index(phrase)
    return own_steps.own_step(Mention(EntityType.METHOD, phrase, i, i + len(phrase), rule=rule), text)


def test_a_shape_before_a_kind_of_thing_is_no_node_in_any_number_of_papers():
    papers = [Paper("s1", "Counting Moss", "Moss counters built on a W-shaped architecture and skip links are common."),
              Paper("s2", "Counting Ferns", "We count ferns with a W-shaped architecture of four stages."),
              Paper("s3", "Reading Ledgers", "We encode rows with a tallow-style textual encoder and BERT.")]
    names = _methods(papers)
    assert "w-shaped architecture" not in names
    assert "tallow-style textual encoder" not in names
    assert "bert" in names


def test_a_shape_in_a_name_s_capitals_or_with_an_acronym_stays():
    m = Mention(EntityType.METHOD, "W-Shaped Moss Network", 0, 21, rule="head")
    assert not own_steps.shape_description(m)
    m = Mention(EntityType.METHOD, "W-shaped network", 0, 16, rule="head", aliases=("WSN",))
    assert not own_steps.shape_description(m)
    m = Mention(EntityType.METHOD, "W-shaped network", 0, 16, rule="lexicon")
    assert not own_steps.shape_description(m)


def test_a_step_every_paper_writes_as_its_own_new_algorithm_is_no_node():
    papers = [Paper("p1", "Cleaning Ledgers", "We propose a novel ledger sampling algorithm to enable fast audits."),
              Paper("p2", "Auditing Books", "To help auditors, we propose a new ledger sampling method for old books.")]
    assert "ledger sampling" not in _methods(papers)


def test_a_step_another_paper_uses_bare_stays():
    papers = [Paper("p1", "Cleaning Ledgers", "We propose a novel ledger sampling algorithm to enable fast audits."),
              Paper("p3", "Auditing Books", "Older tools rely on ledger sampling and BERT to audit books.")]
    assert "ledger sampling" in _methods(papers)


def test_an_own_step_needs_a_word_of_novelty_or_our_and_the_kind_closing_the_phrase():
    t = "We propose a novel ledger cleansing algorithm to audit."
    assert _step("ledger cleansing", t)
    assert _step("ledger cleansing", "Our ledger cleansing approach is fast.")
    assert not _step("ledger cleansing", "We use a ledger cleansing method to audit.")
    assert not _step("ledger cleansing", "We propose a novel ledger cleansing algorithm family.")
    assert not _step("ledger cleansing", "We propose a novel ledger cleansing.")
    assert not _step("Ledger Cleansing", "We propose a novel Ledger Cleansing algorithm.")


def test_a_hyphened_describing_word_before_an_own_step_is_read_past():
    """"a novel end-to-end ledger cleansing algorithm": a compound adjective stands where "novel" does."""
    assert _step("ledger cleansing", "We propose a novel end-to-end ledger cleansing algorithm to audit.")
    assert _step("ledger cleansing", "We propose a new two-stage coarse-to-fine ledger cleansing method for books.")
    assert not _step("ledger cleansing", "We use an end-to-end ledger cleansing method to audit.")


def _shape(text):
    return own_steps.shape_description(Mention(EntityType.METHOD, text, 0, len(text), rule="head"))


def test_only_a_letter_s_shape_or_a_hyphened_shape_word_is_a_shape():
    """A lower-case letter glued to "shape" is no letter's outline ("xshape"), nor "multi-shape", "one-shape": they
    describe no layout; "W-shape", "Wshape", "W-shaped", "tallow-style" do."""
    assert not _shape("xshape module")
    assert not _shape("multi-shape model")
    assert not _shape("one-shape model")
    assert _shape("W-shape network") and _shape("Wshape module") and _shape("ring-shaped module")
