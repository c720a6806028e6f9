"""Names coordinated by "and"/"&" (issue 18): a first conjunct with no head of its own shares the head after "and"
and stays in the name; two conjuncts that each end on a head word are two names. The sentences are written for
these tests."""
import pytest

from kg.extract import build_nlp, extract_papers
from kg.extract.coordinated import headed_name
from kg.extract.title_case import shares_head
from kg.models import Paper

_ABSTRACT = "We count fruit in orchards from aerial images."


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _names(nlp, title, abstract=_ABSTRACT):
    (ex,) = list(extract_papers([Paper("t1", title, abstract)], nlp=nlp))
    return {m.text for m in ex.mentions}


@pytest.mark.parametrize("title, whole, cut", [
    # a bare noun before "and", after Title Case words of the name: it modifies the head, as "Fruit" does
    ("Shade Aware Leaf and Fruit Attention for Orchard Counting", "Shade Aware Leaf and Fruit Attention",
     "Fruit Attention"),
    ("Joint Glyph and Stroke Regression for Font Recovery", "Joint Glyph and Stroke Regression", "Stroke Regression"),
    ("Improved Wide & Lattice Network and Lessons for Orchard Counting", "Wide & Lattice Network", "Lattice Network"),
    # a "-based" adjective before the conjunct is no word of the name
    ("Orchard Mapping through BERT-based Leaf & Fruit Embeddings", "Leaf & Fruit Embeddings", "Fruit Embeddings"),
])
def test_a_title_conjunct_without_a_head_of_its_own_stays_in_the_name(nlp, title, whole, cut):
    names = _names(nlp, title)
    assert whole in names
    assert cut not in names


@pytest.mark.parametrize("title, name, glued", [
    # a plural, a process noun or a verb before "and" is a phrase of its own: the name after "and" stands alone
    ("Shallow Cues and Lattice Networks for Orchards", "Lattice Networks", "Shallow Cues and Lattice Networks"),
    ("Adaptive Pruning and Lattice Attention for Orchards", "Lattice Attention", "Pruning and Lattice Attention"),
])
def test_a_title_conjunct_with_a_head_of_its_own_stays_out_of_the_name(nlp, title, name, glued):
    names = _names(nlp, title)
    assert name in names
    assert not any(glued in n for n in names)


def test_two_named_modules_each_ending_on_a_head_word_are_two_names(nlp):
    names = _names(nlp, "Orchard Counting", "We propose two light modules called Serial Aggregation and Cascaded "
                                             "Aggregation to be placed on top of the counting encoder.")
    assert {"Serial Aggregation", "Cascaded Aggregation"} <= names
    assert "Serial Aggregation and Cascaded Aggregation" not in names


def test_a_named_span_whose_last_conjunct_is_one_word_stays_whole(nlp):
    names = _names(nlp, "Orchard Counting", "We propose a module called Lattice Attention and Pooling for the "
                                             "counting encoder.")
    assert "Lattice Attention and Pooling" in names


def test_the_shape_tests_behind_the_two_readings():
    assert [shares_head(w) for w in ("Leaf", "Glyph", "Cues", "Pruning", "Segmentation", "Gated")] \
        == [True, True, False, False, False, False]
    assert [headed_name(w.split()) for w in ("Serial Aggregation", "Aggregation", "Lattice Pooling", "Quokka Fast")] \
        == [True, False, True, False]


def test_a_title_name_coordinating_a_coined_name_and_a_known_one_is_two_names(nlp):
    # "Mixup" has no name's shape, but the curated lexicon knows it: each conjunct is a name of its own
    names = _names(nlp, "QuokkaAug & Mixup: Augmentations for Fruit Counting")
    assert {"QuokkaAug", "Mixup"} <= names
    assert "QuokkaAug & Mixup" not in names


@pytest.mark.parametrize("abstract, whole, cut", [
    ("We add a block, named Shelf Extraction and Fusion Module, that reads the orchard in one pass.",
     "Shelf Extraction and Fusion Module", "Fusion Module"),
    ("We present a network called Joint Detection and Embedding Network for fruit in orchards.",
     "Joint Detection and Embedding Network", "Embedding Network"),
    ("We present a model called Fruit Detection and Leaf Segmentation Network for orchards.",
     "Fruit Detection and Leaf Segmentation Network", "Leaf Segmentation Network"),
])
def test_a_process_noun_before_and_shares_the_head_of_the_last_conjunct(nlp, abstract, whole, cut):
    """"Extraction" before "and Fusion Module" modifies "Module": one module, not "Shelf Extraction" and a module."""
    names = _names(nlp, "Orchard Counting", abstract)
    assert whole in names
    assert cut not in names


@pytest.mark.parametrize("title, name, glued", [
    # a dataset's, a part's or a kind's head word before "and" ends a phrase of its own
    ("A Driving Video Corpus and Lane Attention for Orchard Counting", "Lane Attention", "Corpus and Lane"),
    ("A New Orchard Benchmark and Temporal Fruit Attention", "Temporal Fruit Attention", "Benchmark and"),
    ("ResNet Backbone and Patch Attention for Orchard Counting", "Patch Attention", "Backbone and"),
    ("Shallow Counting Head and Leaf Attention for Orchards", "Leaf Attention", "Head and"),
])
def test_a_conjunct_ending_on_a_head_of_its_own_kind_stays_out_of_the_name(nlp, title, name, glued):
    names = _names(nlp, title)
    assert name in names
    assert not any(glued in n for n in names)


def test_nouns_with_a_head_of_their_own_are_no_bare_modifiers():
    assert not any(shares_head(w) for w in ("Corpus", "Benchmark", "Dataset", "Backbone", "Baseline", "Layer",
                                            "Block", "Head"))
    assert shares_head("Leaf") and shares_head("User")


def test_a_phrasal_verb_before_a_title_name_stays_out_of_it_without_a_verb_list():
    """"Scaling Up" is a verb and its particle: the name grows to "Image and Text Matching", not over them."""
    from kg.extract.candidates import Candidate
    from kg.extract.title_case import whole_title_case
    from kg.vocab import EntityType as T
    t = "Scaling Up Image and Fruit Matching"
    s = t.index("Fruit Matching")
    (c,) = whole_title_case(t, [Candidate(s, len(t), T.METHOD, 30, "head")], len(t))
    assert t[c.start:c.end] == "Image and Fruit Matching"
