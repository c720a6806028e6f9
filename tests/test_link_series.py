"""A bare name the corpus writes mostly as the first part of longer dataset names is a series prefix (issue 18;
sentences written for these tests): in a paper naming exactly one dataset of the series, the bare mentions are
that dataset; elsewhere the bare name stays its own node and no edition takes it as an alias."""
from __future__ import annotations

from kg.link import link
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

D = T.DATASET
#: five datasets of the "Quokeval" series, each written by two papers
_EDITIONS = ("Quokeval-2015", "Quokeval 2017 Task 4", "Quokeval Twitter", "Quokeval-Glyph", "Quokeval'19")


def _corpus(*extra):
    exs = [paper(f"s{i}{j}", f"We report F1 on {name} here.", (D, name))
           for i, name in enumerate(_EDITIONS) for j in range(2)]
    return link(exs + list(extra))


def test_a_bare_series_name_is_the_one_dataset_of_the_series_its_paper_names():
    lk = _corpus(paper("one", "We test on Quokeval Twitter. On Quokeval our tagger wins.", (D, "Quokeval Twitter"),
                       (D, "Quokeval")),
                 paper("two", "On Quokeval we win.", (D, "Quokeval")),
                 paper("three", "Scores on Quokeval, Quokeval-2015 and Quokeval-Glyph.", (D, "Quokeval"),
                       (D, "Quokeval-2015"), (D, "Quokeval-Glyph")))
    twitter = ids(lk, "one")[0]
    assert ids(lk, "one") == (twitter, twitter)
    bare = ids(lk, "two")[0]
    assert bare != twitter and ids(lk, "three")[0] == bare  # two datasets of the series: the bare name stays
    assert "Quokeval" not in lk.entities[twitter].aliases
    assert lk.entities[bare].name == "Quokeval"


def test_a_name_used_bare_in_its_own_right_is_no_series():
    own = [paper(f"w{i}", "We train on Quokeval.", (D, "Quokeval")) for i in range(5)]
    lk = _corpus(paper("one", "We test on Quokeval Twitter. On Quokeval our tagger wins.", (D, "Quokeval Twitter"),
                       (D, "Quokeval")), *own)
    a, b = ids(lk, "one")
    assert a != b and b == ids(lk, "w0")[0]


def test_a_count_before_a_bare_use_names_the_series_in_that_paper():
    lk = _corpus(paper("one", "We tag Quokeval Twitter. Our tagger wins on three Quokeval languages.",
                       (D, "Quokeval Twitter"), (D, "Quokeval")))
    a, b = ids(lk, "one")
    assert a != b and lk.entities[b].name == "Quokeval"


def test_a_sentence_naming_both_names_two_datasets():
    lk = _corpus(paper("one", "We win on Quokeval and on Quokeval-Glyph for glyph tagging.", (D, "Quokeval"),
                       (D, "Quokeval-Glyph")))
    a, b = ids(lk, "one")
    assert a != b and lk.entities[a].name == "Quokeval"


def test_a_bare_name_beside_its_own_variant_stays_the_base_dataset():
    """'Quokeval-C' (a letter variant: corrupted, adversarial copies) is made from Quokeval: the bare name is the base."""
    lk = _corpus(*[paper(f"c{i}", "We report F1 on Quokeval-C here.", (D, "Quokeval-C")) for i in range(2)],
                 paper("one", "We train on Quokeval. We test robustness on Quokeval-C corruptions.", (D, "Quokeval"),
                       (D, "Quokeval-C")))
    a, b = ids(lk, "one")
    assert a != b and lk.entities[a].name == "Quokeval" and lk.entities[b].name == "Quokeval-C"


def test_a_year_before_a_bare_name_is_no_count():
    lk = _corpus(paper("one", "In 2015 Quokeval was run. We use Quokeval Twitter.", (D, "Quokeval"),
                       (D, "Quokeval Twitter")))
    a, b = ids(lk, "one")
    assert a == b and lk.entities[a].name == "Quokeval Twitter"
