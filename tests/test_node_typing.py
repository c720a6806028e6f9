"""Node typing and short acronyms on real-paper shapes (issue 18): a type word past citations,
parentheticals and lists, a naming verb after a type word, one paper's short acronym, bare acronyms and
symbols of mathematics. The texts are sentences written for these tests."""
from __future__ import annotations

from kg.graph import build_graph
from kg.graph.prune import WeakEvidence, bare_acronym, prune
from kg.link import link
from kg.link.cues import text_cue_kind
from kg.models import Mention
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M, D, MET, TASK = T.METHOD, T.DATASET, T.METRIC, T.TASK


def _cue(s: str, w: str):
    i = s.index(w)
    return text_cue_kind(s, i, i + len(w))


def test_a_type_word_past_citations_footnotes_and_parentheticals():
    assert _cue("On the Quokka Drive [54] dataset, the drop is large.", "Quokka Drive") == (D, "head")
    assert _cue("We test on the English Wombat 1 2019 dataset and another one.", "Wombat") == (D, "head")
    assert _cue("We add a Pouch-aware Pyramid Feature Extraction (PPFE) module here.",
                "Pouch-aware Pyramid Feature Extraction") == (M, "cue")


def test_a_name_in_a_list_that_a_plural_type_word_ends():
    s = "Experiments on Dingo [4], KoalaSet [5] and Emu-2 [1] datasets show gains."
    assert _cue(s, "KoalaSet") == (D, "head") and _cue(s, "Dingo") == (D, "head")
    s = "We beat all methods on QPH (Quokka Person Hunting), WPH v2.0 (Wombat Person Hunting) and Emu-COCO datasets."
    assert _cue(s, "Quokka Person Hunting") == (D, "head")
    assert _cue("We compare Dingo and the best other systems.", "Dingo") is None  # no type word ends the list


def test_a_naming_verb_after_the_phrase_type_word():
    assert _cue("We collect a new dataset for judging wombat shape, called WSW, with scans.", "WSW") == (D, "head")
    assert _cue("We propose a metric learning based method named Quokka Compare Net, which helps.",
                "Quokka Compare Net") == (M, "head")
    # the phrase's head is "representation": the tasks it is for say nothing of the name
    assert _cue("We introduce a generic representation for visual tasks, called Wombat-BERT here.", "Wombat-BERT") is None
    assert _cue("a deep multi-task learning framework, named as QuokkaParse, to segment", "QuokkaParse") == (M, "head")


def test_a_task_named_after_a_device_word_is_a_method():
    """Issue 18: a naming verb after a pretext, pre-training or self-supervised task names what a model is trained
    with ("a novel pretext task, dubbed as X"), a Method by its use; a plain task named so is still a Task."""
    s = "To learn from clips, we devise a novel pretext task, dubbed as Wombat Shelf Sorting (WSS), where a model orders."
    assert _cue(s, "Wombat Shelf Sorting") == (M, "head")
    assert _cue("Thus we add a new self-supervised task called Quokka Cube Swaps to train the encoder.",
                "Quokka Cube Swaps") == (M, "head")
    assert _cue("The pre-training task, named Emu Span Filling, masks spans.", "Emu Span Filling") == (M, "head")
    assert _cue("We study a new task called Quokka Cube Counting on photos.", "Quokka Cube Counting") == (TASK, "head")
    s = "We devise a novel pretext task, dubbed as Wombat Shelf Sorting, where a video model orders shelves."
    exs = [paper("a", s, (M, "Wombat Shelf Sorting", {"rule": "named"}))]
    assert ids(link(exs), "a") == ("method:wombat-shelf-sorting",)


def test_a_type_word_inside_a_clause_of_the_apposition_is_no_head():
    s = "We propose Quokka Filtering (QF), a novel procedure that builds a de-biased dataset by filtering."
    assert _cue(s, "Quokka Filtering") is None


def test_one_papers_type_word_retypes_a_name_found_by_its_shape_or_a_naming_rule():
    exs = [paper("a", "Extensive results on Dingo [42], KoalaView [44] and Emu [1] datasets show it.", (M, "KoalaView")),
           paper("b", "Thus we collect a new dataset for judging wombat shape, called WSW, with scans.",
                 (M, "WSW", {"rule": "named"}))]
    lk = link(exs)
    assert ids(lk, "a") == ("dataset:koalaview",)
    assert ids(lk, "b") == ("dataset:wsw",)


def test_a_task_before_datasets_stays_a_task():
    exs = [paper("a", "We test on three wombat parsing (WP) datasets.", (TASK, "wombat parsing", {"rule": "acronym"}))]
    assert ids(link(exs), "a") == ("task:wombat-parsing",)


def test_a_bare_short_acronym_and_a_math_symbol_are_no_evidence():
    t = "We rotate in SO(3) with the QW solver and report results on TAC and the KWX dataset."
    got = {w: bare_acronym(Mention(M, w, t.index(w), t.index(w) + len(w), rule="name"), t)
           for w in ("SO", "QW", "TAC", "KWX")}
    assert got == {"SO": True, "QW": True, "TAC": False, "KWX": False}
    # defined or matched by a rule other than its shape: evidence
    assert not bare_acronym(Mention(M, "QW", t.index("QW"), t.index("QW") + 2, rule="name", aliases=("x",)), t)
    assert not bare_acronym(Mention(D, "QW", t.index("QW"), t.index("QW") + 2, rule="name"), t)  # typed a Dataset
    exs = [paper(f"p{i}", "We rotate in SO(3) with the QW solver and the RotaNet model.",
                 (M, "SO"), (M, "QW"), (M, "RotaNet")) for i in range(3)]
    # the proposal finder read "a new framework to recover pose in SO(3)" as proposing SO: no evidence either
    exs.append(paper("p9", "We present a new framework to recover pose in SO(3) from images.", (M, "SO"), proposed=("SO",)))
    lk = link(exs)
    weak = WeakEvidence()
    for p in lk.papers:
        weak.add(p)
    g = build_graph(lk)
    prune(g, weak.weak_ids())
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Method"}
    assert names == {"RotaNet"}


def test_a_name_in_apposition_to_an_indefinite_dataset_phrase_is_a_dataset():
    """Issue 18: "a new dataset, X, ..." names the dataset the paper builds; a definite phrase or one a preposition
    governs before the comma is the scene of the clause, not the name's head."""
    s = "Our labelling leads to a first dataset, Wombat-3D, with dense masks. We show that Wombat-3D can grow."
    assert _cue(s, "Wombat-3D") == (D, "head")
    assert _cue("We also build a small noisy speech benchmark, QuokkaTalk.", "QuokkaTalk") == (D, "head")
    assert _cue("We release a large, clean evaluation dataset, Emu Walks in Town (EWT), with tracks.",
                "Emu Walks in Town") == (D, "head")
    assert _cue("Hence a new corpus, KoalaChat (Koala Chat), is released.", "KoalaChat") == (D, "head")
    assert _cue("As an example, on the Emu dataset, DingoNet, a small model, wins.", "DingoNet") == (M, "cue")
    assert _cue("On a held-out dataset, DingoNet wins by far.", "DingoNet") is None  # the clause goes on: no apposition
    assert _cue("As a result, the new dataset, Emu-5, is harder.", "Emu-5") is None
    exs = [paper("a", "This leads to an initial dataset, Wombat-3D, with dense masks.", (M, "Wombat-3D"))]
    assert ids(link(exs), "a") == ("dataset:wombat-3d",)


def test_the_database_collection_treebank_and_suite_words_head_a_dataset_name():
    """Issue 18: the linker reads the extractor's dataset words (``DATASET_HEADS``) after a name too, not only "dataset",
    "benchmark" and "corpus": "the X collection" is a document collection, not a technique."""
    assert _cue("We label a subset of the Wombat-CDIP collection for this.", "Wombat-CDIP") == (D, "head")
    assert _cue("BM25 is beaten on the Emu and the QuokkaWeb collections here.", "QuokkaWeb") == (D, "head")
    assert _cue("We test on the Emu, Dingo and Koala-7 databases.", "Dingo") == (D, "head")
    assert _cue("Tests on the KoalaFace [7] database show gains.", "KoalaFace") == (D, "head")
    assert _cue("We parse 40 Dingo Dependencies treebanks at once.", "Dingo Dependencies") == (D, "head")
    assert _cue("We play games of the Quokka suite.", "Quokka") == (D, "head")
    assert _cue("We build KoalaLoc, a collection of 9k street images.", "KoalaLoc") == (D, "head")
    exs = [paper("a", "We label a subset of the Wombat-CDIP collection for this.", (M, "Wombat-CDIP"))]
    assert ids(link(exs), "a") == ("dataset:wombat-cdip",)


def test_an_acronyms_dataset_words_type_a_long_form_that_is_a_method_by_default_only():
    """Issue 18: a long form the acronym rule typed Method only because no head word said otherwise ("modified Wombat
    Grove (mWG)") takes the dataset words its acronym has in the paper ("mWG and Emu-5 datasets"); a long form with a
    method's head word keeps its type, and a plural dataset word right after the acronym ("six KGV datasets": data made
    for the task) says nothing of it."""
    s = ("We beat rivals on the modified Wombat Grove (mWG) set. Tests on Emu-5, mWG and Koala-2 datasets agree. "
         "We propose a Dingo Glyph Network (DGN). Tests on Emu-5, DGN and Koala-2 datasets agree. "
         "Koala Glyph Variety (KGV) is hard; we win on six KGV datasets.")
    spans = [(M, "modified Wombat Grove", {"rule": "acronym", "aliases": ["mWG"]}),
             (M, "mWG", {"rule": "acronym-ref", "canonical": "modified Wombat Grove"}), (D, "Emu-5"),
             (M, "mWG", {"rule": "acronym-ref", "canonical": "modified Wombat Grove"}), (D, "Koala-2"),
             (M, "Dingo Glyph Network", {"rule": "acronym", "aliases": ["DGN"]}),
             (M, "DGN", {"rule": "acronym-ref", "canonical": "Dingo Glyph Network"}), (D, "Emu-5"),
             (M, "DGN", {"rule": "acronym-ref", "canonical": "Dingo Glyph Network"}), (D, "Koala-2"),
             (M, "Koala Glyph Variety", {"rule": "acronym", "aliases": ["KGV"]}),
             (M, "KGV", {"rule": "acronym-ref", "canonical": "Koala Glyph Variety"}),
             (M, "KGV", {"rule": "acronym-ref", "canonical": "Koala Glyph Variety"})]
    got = set(ids(link([paper("a", s, *spans)]), "a"))
    assert {"dataset:modified-wombat-grove", "method:dingo-glyph-network", "method:koala-glyph-variety"} <= got
    assert "method:modified-wombat-grove" not in got
