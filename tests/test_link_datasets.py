"""Datasets and challenges the corpus type vote gave to Method (issue 18): a name a paper gives itself is
a Method by default only, a dataset word before a list of names, a hyphenated "data-set", an edition year
after a name. The texts are sentences written for these tests."""
from __future__ import annotations

from kg.link import link
from kg.link.cues import text_cue_kind
from kg.link.types import rule_kind
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M, D = T.METHOD, T.DATASET


def _cue(s: str, w: str):
    i = s.index(w)
    return text_cue_kind(s, i, i + len(w))


def test_a_name_the_paper_gives_itself_is_a_method_by_default_only():
    assert rule_kind("named", False, M) == "default" and rule_kind("title-name", False, M) == "default"
    assert rule_kind("named", False, D) == "context"  # a dataset word said so
    s = "We built WombatQA, the largest public dataset for counting wombats."
    exs = [paper("a", s, (M, "WombatQA", {"rule": "named"})),
           paper("b", "WombatQA: Counting Marsupials. It wins on WombatQA here.", (M, "WombatQA", {"rule": "title-name"}),
                 (M, "WombatQA"))]
    lk = link(exs)
    assert ids(lk, "a") == ("dataset:wombatqa",) and set(ids(lk, "b")) == {"dataset:wombatqa"}


def test_a_dataset_word_before_a_list_of_names():
    s = "Tests on benchmark data sets QK15k and WB15k show gains; the datasets: Emu-A, Emu-B and Dingo."
    assert _cue(s, "WB15k") == (D, "head") and _cue(s, "QK15k") == (D, "head")
    assert _cue(s, "Dingo") == (D, "head")
    assert _cue("Here we benchmark QuokkaNet and WombatNet on speed.", "WombatNet") is None  # a verb
    assert _cue("We study dataset distillation.", "distillation") is None


def test_a_hyphenated_data_set_word_is_a_head():
    assert _cue("We set a new record on the recently released QB-19 data-set, with 3.2 perplexity.", "QB-19") == (D, "head")


def test_an_edition_year_after_a_name_is_a_dataset_or_a_challenge():
    assert _cue("We describe our entry to WombatW 2019, which fuses audio.", "WombatW") == (D, "head")
    assert _cue("Results on QOT2018 and more.", "QOT2018") == (D, "head")
    assert _cue("As Peters 2018 showed, it works.", "Peters") is None  # a cited author
    assert _cue("As Zhang 2017 showed, it works.", "Zhang 2017") is None
    assert _cue("IEEE TRANSACTIONS ON WOMBATS, MARCH 2020 1 Deep Wombats", "MARCH") is None  # a date
    assert _cue("We train QuokkaNet-50 and GPT-2 in 2019.", "QuokkaNet-50") is None  # a size
    exs = [paper("a", "We describe our entry to WombatW 2019, which fuses audio.", (M, "WombatW")),
           paper("b", "Our system ranks first in WombatW here.", (M, "WombatW"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("dataset:wombatw",)


def test_a_name_given_by_a_naming_rule_keeps_its_method_when_the_words_agree():
    # "a model named X": the words confirm the rule's Method, which stays stronger than a dataset lexicon's prior
    # (TransPose is a dataset name in the shipped lexicon too)
    s = "We construct an explainable model named TransPose, based on blocks. TransPose finds keypoints."
    lk = link([paper("a", s, (M, "TransPose", {"rule": "named"}), (M, "TransPose"))])
    assert set(ids(lk, "a")) == {"method:transpose"}
    # a naming rule's Method by default still outweighs a mention typed Dataset by its shape only
    exs = [paper("b", "We develop a feature extractor named QW-G3D based on graphs.", (M, "QW-G3D", {"rule": "named"})),
           paper("c", "Others: FooNet QW-G3D BarNet.", (D, "QW-G3D"))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "c") == ("method:qw-g3d",)


def test_a_sentence_final_edition_year_a_that_is_list_and_a_benchmark_parenthesis_name_datasets():
    """"X 2017." at the end of a sentence is an edition as much as "X 2017,"; "a dataset, i.e. X" and "two datasets
    (i.e. X and Y)" name the datasets; "a benchmark (X)" is no verb: X is the benchmark."""
    assert _cue("The same rule holds in QuuxEval 2017.", "QuuxEval") == (D, "head")
    assert _cue("Its release QuuxTool 2019.5 runs.", "QuuxTool") is None  # a version number
    assert _cue("We test on a large driving dataset, i.e. QuuxRoad. It works.", "QuuxRoad") == (D, "head")
    assert _cue("Tests on two datasets (i.e. QuuxA and QuuxB) follow.", "QuuxB") == (D, "head")
    assert _cue("Tests on two datasets, e.g. QuuxNet trained on them.", "QuuxNet") is None  # a model on the data
    assert _cue("It wins on a hard counting benchmark (QuuxBench), narrowing the gap.", "QuuxBench") == (D, "head")
    assert _cue("We benchmark QuuxNet (a tiny net) today.", "QuuxNet") is None
    lk = link([paper("a", "We test on a large driving dataset, i.e. QuuxRoad. It works.", (M, "QuuxRoad"))])
    assert ids(lk, "a") == ("dataset:quuxroad",)


def test_a_benchmark_noun_before_a_name_and_a_slash_list_before_datasets_name_datasets():
    """"a new benchmark X" (an article opens the noun phrase) and "on X/Y/Z datasets" name datasets; the verb "to
    benchmark X" and "we benchmark X" do not, nor does a name after "the X benchmark," that starts a clause."""
    assert _cue("To help, we introduce a new benchmark QuuxShop, containing boxes.", "QuuxShop") == (D, "head")
    assert _cue("It wins on the semantic parsing benchmark QUUXQUESTIONS, while fast.", "QUUXQUESTIONS") == (D, "head")
    assert _cue("This is the first to benchmark QuuxNet on tables.", "QuuxNet") is None
    assert _cue("In this paper we benchmark QuuxNet on tables.", "QuuxNet") is None
    assert _cue("On the QuuxRoad benchmark, QuuxDet wins.", "QuuxDet") is None
    s = "It beats the best method on QSD/QTH-UCY/QBA datasets."
    assert _cue(s, "QSD") == _cue(s, "QTH-UCY") == (D, "head")
    assert _cue("We train QuuxNet/QuuxRes models.", "QuuxNet")[1] == "cue"  # a method word: a hint only
    lk = link([paper("a", "To help, we introduce a new benchmark QuuxShop, containing boxes.", (M, "QuuxShop"))])
    assert ids(lk, "a") == ("dataset:quuxshop",)


def test_the_short_form_in_parentheses_after_a_listed_name_is_a_dataset():
    """"the datasets, i.e. Quokka Faces Extended (QFX) and Wombat Expression Data": "QFX" stands for a listed name, a
    dataset as much, though its letters do not spell the long form; the parenthesis must close right after it, the
    dataset word must be a common noun and no word of the name may end a sentence."""
    s = "The standard datasets, i.e. Quokka Faces Extended (QFX) and Wombat Expression Data are used."
    assert _cue(s, "QFX") == (D, "head") and _cue(s, "Wombat") == (D, "head")
    assert _cue("We use two datasets: Quokka Sleep Data (QSD-2), with labels.", "QSD-2") == (D, "head")
    assert _cue("Two datasets, i.e. QuokkaSet (QuokkaNet: 95%) and Foo, are hard.", "QuokkaNet") is None  # no short form
    assert _cue("We reach an Optimal Dataset Scale (ODS) of 0.75 there.", "ODS") is None  # the word is part of a name
    assert _cue("It wins on the dataset QK51. Index Terms-Quokka Mapping (QM), action.", "QM") is None  # a new sentence
    cross = "We report cross-datasets, i.e. Quokka Faces (QF) and Foo."
    assert _cue(cross, "QF") is None  # "Dataset" glued to a word by a hyphen is part of a name ...
    assert _cue("Quokkas hop. " * 20 + cross, "QF") is None  # ... however far into the text it stands
    text = s + " On the QFX set our net reaches 99.1% accuracy. Our net reaches 99.4% for QFX."
    lk = link([paper("a", text, (M, "QFX"))])
    assert ids(lk, "a") == ("dataset:qfx",)


def test_a_variant_read_from_a_slashed_list_links_to_the_name_its_rule_wrote():
    # "QSJ1-2/3mix": the "3mix" piece is QSJ1-3mix, though its numbers are not all written in the piece
    s = "We separate speakers on the QSJ1-2/3mix sets and on QSJ1-3mix alone."
    lk = link([paper("a", s, (D, "QSJ1-2", {"rule": "version", "canonical": "QSJ1-2mix"}),
                     (D, "3mix", {"rule": "version", "canonical": "QSJ1-3mix"}), (D, "QSJ1-3mix", {"rule": "lexicon-gen"}))])
    got = ids(lk, "a")
    assert got[1] == got[2] and got[0] != got[1], got


def test_an_apposition_whose_modifiers_and_joins_still_names_what_the_name_is():
    """"X, the largest and most challenging ... dataset": two modifiers joined by "and" (or "yet", "but") stay inside
    the apposition, whose head says what X is; an "and" that opens a second phrase or a clause does not."""
    s = "This led us to build QK4D-W, the largest and most challenging 3D wombat pose dataset so far."
    assert _cue(s, "QK4D-W") == (D, "head")
    assert _cue("We present QuuxNet, a simple yet effective network for glyph sorting.", "QuuxNet") == (M, "cue")
    assert _cue("We release QuuxEval, a small but hard benchmark of glyphs.", "QuuxEval") == (D, "head")
    assert _cue("We use Quux, the best and we also release a new dataset.", "Quux") is None  # a clause after "and"
    assert _cue("We use Quux, a tool and the dataset it reads.", "Quux") is None  # a second phrase after "and"
    # after a copula the joined modifiers do not count: its subject is as often a problem said to be tackled some way
    assert _cue("Glyph reasoning is an effective and explainable method for sorting runes.", "Glyph reasoning") is None
    lk = link([paper("a", s + " We train a pose model and evaluate it on the newly introduced QK4D-W.",
                     (M, "QK4D-W"), (M, "QK4D-W"))])
    assert set(ids(lk, "a")) == {"dataset:qk4d-w"}


def test_an_and_after_a_comma_or_before_a_number_or_quantifier_opens_a_second_phrase():
    """Only two modifiers are joined inside an apposition: ", and" ends an item of a list, and a number or a
    quantifier after "and" opens a noun phrase of its own, whose type word says nothing of the name."""
    assert _cue("We present Quux, a toolkit and two new datasets for glyphs.", "Quux") is None
    assert _cue("We present Quux, a toolkit and another dataset.", "Quux") is None
    assert _cue("We present Quux, a toolkit, and several benchmarks.", "Quux") is None
    assert _cue("We present Quux, a solver and every benchmark.", "Quux") is None
    assert _cue("We present Quux, a toolkit and 3 corpora.", "Quux") is None
    assert _cue("We release Quux, a fair and hard glyph benchmark.", "Quux") == (D, "head")
