"""A title's Title Case phrase after a preposition of means, headed by a process noun, says how the work proceeds and
is no node unless something else names it (issue 18; kg.graph.means_titles). The titles and abstracts are sentences
written for these tests."""
import doctest

from kg.graph import means_titles
from kg.graph.means_titles import means_title_phrase
from kg.models import Mention, Paper
from kg.vocab import EntityType

from helpers import pruned_graph


def _methods(papers):
    g, _, _ = pruned_graph(papers)
    return {d.get("name", "").lower() for _, d in g.nodes(data=True) if d.get("type") == "Method"}


def _at(title, phrase, rule="head"):
    s = title.index(phrase)
    return Mention(EntityType.METHOD, phrase, s, s + len(phrase), field="title", rule=rule)


def test_docstring_examples():
    assert doctest.testmod(means_titles).failed == 0


def test_a_process_phrase_after_a_means_preposition_is_no_node():
    names = _methods([
        Paper("p1", "Bill Sorting by Stacked Order Regularization",
              "Shop bills arrive out of order. We sort them by their totals and dates, and beat two baselines."),
        Paper("p2", "Ticket Reading via Sparse Order Clustering",
              "Tickets are hard to read. We group their lines before reading them, which helps a lot."),
    ])
    assert not {"stacked order regularization", "sparse order clustering"} & names


def test_a_means_phrase_stays_when_two_papers_name_it_or_a_layer_or_a_thing():
    names = _methods([
        # two papers name it so
        Paper("k1", "Bill Sorting by Stacked Order Regularization", "We sort shop bills by their totals and beat a baseline."),
        Paper("k4", "Menu Reading by Stacked Order Regularization", "We read menus line by line and beat a baseline."),
        # a layer's operation is a part the network is built of
        Paper("k2", "Ticket Reading with Sparse Order Convolution", "We read tickets line by line and beat a baseline."),
        # a noun heads it: a thing, not a step
        Paper("k3", "Ticket Reading with Stacked Order Networks", "We read tickets line by line and beat a baseline."),
    ])
    assert {"stacked order regularization", "sparse order convolution", "stacked order networks"} <= names


def test_the_place_and_the_words_the_rule_reads():
    t = "Bill Sorting by Layered Order Modeling"
    assert means_title_phrase(_at(t, "Layered Order Modeling"), t, "We sort bills.")
    assert not means_title_phrase(_at(t, "Layered Order Modeling"), t, "We sort bills by layered order modeling.")
    assert not means_title_phrase(_at(t, "Layered Order Modeling"), t, "We sort bills. Our LOM is fast.")  # spelt
    t2 = "Bill Sorting for Layered Order Modeling"  # no preposition of means before it
    assert not means_title_phrase(_at(t2, "Layered Order Modeling"), t2, "We sort bills.")
    t3 = "Bill Sorting by Quokka Order Modeling"  # a coined word
    assert not means_title_phrase(_at(t3, "Quokka Order Modeling"), t3, "We sort bills.")
    t4 = "Bill Sorting by Layered Modeling"  # one word before the head, others read that
    assert means_title_phrase(_at(t4, "Layered Modeling"), t4, "We sort bills.")
    assert not means_title_phrase(_at(t, "Layered Order Modeling", rule="lexicon"), t, "We sort bills.")
    assert not means_title_phrase(_at(t.upper(), "LAYERED ORDER MODELING"), t.upper(), "We sort bills.")

