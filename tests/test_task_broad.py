"""A Task phrase that is one adjective of manner or domain before a wide head ("Contextual Classification",
"Cognitive Understanding"), guessed from its head, not a lexicon name (issue 18; kg.graph.namehood.broad_task):
a wide ability or area, a guess that a second paper must confirm. Sentences written for these tests."""
from __future__ import annotations

from kg.models import Paper
from tests.helpers import task_node_names
from tests.test_task_steps import tasks

PLAIN = "We evaluate on two benchmarks and report gains over prior work."


def test_the_title_rule_reads_these_phrases_as_tasks():
    assert "Contextual Classification" in tasks("A Lattice Model for Contextual Classification", PLAIN)
    assert "Spore Classification" in tasks("A Lattice Model for Spore Classification", PLAIN)


def test_one_paper_naming_an_adjective_and_a_wide_head_makes_no_task_node():
    for title, name in (("A Lattice Model for Contextual Classification", "contextual classification"),
                        ("Fern Graphs for Cognitive Understanding", "cognitive understanding")):
        names = task_node_names([Paper("a", title, PLAIN)])
        assert name not in names, (title, names)


def test_a_noun_before_the_head_names_the_problem_and_stays():
    names = task_node_names([Paper("a", "A Lattice Model for Spore Classification", PLAIN)])
    assert "spore classification" in names, names


def test_a_second_paper_keeps_the_broad_task():
    other = Paper("b", "Fern Graphs for Contextual Classification", PLAIN)
    names = task_node_names([Paper("a", "A Lattice Model for Contextual Classification", PLAIN), other])
    assert "contextual classification" in names, names


# --- only describing words before the task word (kg.graph.namehood.described_task) ---------------------------

def test_the_title_rule_reads_a_described_task():
    assert "Structured Layout-Aware Parsing" in tasks("A Lattice Model for Structured Layout-Aware Parsing", PLAIN)


def test_only_describing_words_before_a_title_task_make_no_task_node():
    for title, name in (("A Lattice Model for Structured Layout-Aware Parsing", "structured layout-aware parsing"),
                        ("Fern Graphs for Semi-Supervised Recognition", "semi-supervised recognition")):
        names = task_node_names([Paper("a", title, PLAIN)])
        assert name not in names, (title, names)


def test_a_described_task_the_abstract_repeats_or_a_second_paper_names_stays():
    said = "We study structured layout-aware parsing on two benchmarks."
    names = task_node_names([Paper("a", "A Lattice Model for Structured Layout-Aware Parsing", said)])
    assert "structured layout-aware parsing" in names, names
    other = Paper("b", "Fern Graphs for Structured Layout-Aware Parsing", PLAIN)
    names = task_node_names([Paper("a", "A Lattice Model for Structured Layout-Aware Parsing", PLAIN), other])
    assert "structured layout-aware parsing" in names, names


def test_a_name_models_run_into_or_work_around_is_a_phenomenon_use():
    """"suffer from X", "mitigate the problem of X", "avoiding X", "robust to X": X is a phenomenon a model runs into,
    no problem the paper works on (a ``field`` vote, kg.link.fields); "for X", "errors in X" and "X tasks" are not."""
    from kg.link.fields import field_use, phenomenon_use

    t = ("Older parsers suffer badly from glyph drift. We mitigate the problem of rune smearing by avoiding ink "
         "bleeding, and the model is robust to stroke jitter. We avoid errors in glyph parsing and train for rune "
         "tagging; quill sorting tasks stay hard.")
    def at(w):
        return t.index(w), t.index(w) + len(w)
    assert [phenomenon_use(t, at(w)[0]) for w in ("glyph drift", "rune smearing", "ink bleeding", "stroke jitter")] \
        == [True, True, True, True]
    assert [field_use(t, *at(w)) for w in ("glyph parsing", "rune tagging", "quill sorting")] == [False, False, False]
    assert field_use(t, *at("glyph drift"))
