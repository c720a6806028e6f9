"""What a paper proposes (issue 18, item 6): syntax decides, and a name the lexicon knows can be proposed.

Every text here is written for the test. The names are real method names that kg's lexicon knows
(Transformer, YOLO, U-Net, Faster R-CNN), because that is what used to hide their proposals.
"""
import gzip
import json

import pytest
from conftest import SHARED

from kg.extract import build_nlp, extract_one
from kg.extract.candidates import Candidate
from kg.extract.findings import DocFindings
from kg.extract.proposals import main_method
from kg.models import Paper
from kg.vocab import EntityType as T


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def proposed(nlp, abstract: str, title: str = "A study of parsing") -> tuple[str, ...]:
    return extract_one(Paper("p", title, abstract), nlp).proposed


@pytest.mark.parametrize(
    "abstract, name",
    [
        # apposition to the indefinite object of "we propose", even for a name the lexicon knows
        ("Parsers use recurrence. We propose a compact new parser design, the Transformer, that relies on "
         "attention alone.", "Transformer"),
        ("Here we develop a new encoder family, BERT, which reads in both directions.", "BERT"),
        ("We present a detector for small, crowded objects, namely YOLO.", "YOLO"),
        # the object standing alone, set off by ", a ...", ", which", ":" or the sentence's end
        ("We present YOLO, a fresh take on finding objects in one look.", "YOLO"),
        ("In this work, we introduce Faster R-CNN: a detector that shares its features.", "Faster R-CNN"),
        ("We propose Sparse Graph Mixing, a fine-tuning approach for graphs.", "Sparse Graph Mixing"),
        ("We thereby propose Caption Fusion, using a cheap engine for captions.", "Caption Fusion"),
        ("We present Bonsai-Net 1 , an efficient search method.", "Bonsai-Net"),
    ],
)
def test_we_propose_names_its_object(nlp, abstract, name):
    assert name in proposed(nlp, abstract)


@pytest.mark.parametrize(
    "abstract, name",
    [
        ("We extend graph attention to introduce Sparse Graph Mixing, a fine-tuning approach.", "Sparse Graph Mixing"),
        ("To study it, we have built a new benchmark, TinyQA, which holds short questions.", "TinyQA"),
        ("Then, a novel span ranking algorithm is proposed to prune the candidates.", "span ranking"),
        ("The parser works in one pass. We call it U-Net.", "U-Net"),
        ("We name the resulting augmented network TreeMask.", "TreeMask"),
        ("We propose and study an approach, called U-Net, that segments cells.", "U-Net"),
        ("Our method, dubbed Faster R-CNN, shares convolutional features.", "Faster R-CNN"),
        ("The newly developed TreeBERT reaches 90% accuracy.", "TreeBERT"),
        # apposition after ":" or a dash, and after a name that is part of the indefinite phrase
        ("We propose a detector: Faster R-CNN, which shares features.", "Faster R-CNN"),
        ("We designed a novel architecture -- U-Net, as a successor of older nets.", "U-Net"),
        ("We propose a BiLSTM tagging architecture, namely YOLO, which is fast.", "YOLO"),
        # the paper's own kind of thing
        ("Our model, TreeNets, learns shapes.", "TreeNets"),
        ("Our best performing model TreeBERT reaches the state of the art.", "TreeBERT"),
        # called new wherever it is, even a known name
        ("Parsing is slow. Reptile, a new meta-learning algorithm, parses fast.", "Reptile"),
    ],
)
def test_other_ways_of_proposing(nlp, abstract, name):
    assert name in proposed(nlp, abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "We propose a parser for trees that relies on a layer called bilinear quokka pooling [12].",
        "We propose a parser for trees that uses what is termed bilinear quokka pooling in prior work.",
        "We propose a tree parser built on a technique commonly called bilinear quokka pooling.",
        "A new parser is proposed, which builds on a layer that is termed bilinear quokka pooling by Smith et al.",
    ],
)
def test_a_lower_case_name_another_work_gave_is_no_proposal_in_a_proposing_sentence(nlp, abstract):
    # the naming verb sits in a proposing sentence, but what it names is used (a citation, "in prior work",
    # "commonly called", a verb of use between the proposal and the name): another work's thing
    assert "bilinear quokka pooling" not in proposed(nlp, abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "We propose a pooling layer for parsing, which we call bilinear quokka pooling, and test it on trees.",
        "A pooling across tree levels is proposed in this work, which is termed bilinear quokka pooling.",
        "Parsing needs pooling. Here, a new pooling layer is presented, which we term bilinear quokka pooling.",
    ],
)
def test_a_lower_case_name_the_paper_gives_its_own_thing_is_proposed(nlp, abstract):
    # "which we call X", a naming verb in a "we propose" sentence or after the subject of "a new X is proposed"
    assert "bilinear quokka pooling" in proposed(nlp, abstract)


def test_a_lower_case_name_others_gave_is_no_proposal(nlp):
    # no one proposing in the sentence: the name may be anybody's ("a layer called X" is known, not new)
    assert proposed(nlp, "Recently, a layer called bilinear quokka pooling became popular for parsing.") == ()


@pytest.mark.parametrize(
    "abstract",
    [
        "We propose to use YOLO, a popular detector, for counting cells.",
        "We use the Transformer, a strong baseline, for parsing.",
        "Many detectors were proposed before, such as YOLO and Faster R-CNN.",
        "They rely on a network called U-Net for cells.",
        "We reuse the encoder to build Tree Bank, which is then pruned.",
        "Recently, a strong detector was proposed by others.",
        "Parsing is slow. BERT, a pre-trained encoder, parses well.",
        "We propose a method that uses BERT, which reads text.",
    ],
)
def test_using_a_known_name_is_no_proposal(nlp, abstract):
    assert proposed(nlp, abstract) == ()


def test_a_title_head_the_lexicon_knows_is_proposed(nlp):
    got = proposed(nlp, "We segment cells with a contracting and an expanding path.",
                   title="U-Net: Convolutional Networks for Cell Images")
    assert got[:1] == ("U-Net",)
    got = proposed(nlp, "Region proposals are shared with the detector.",
                   title="Faster R-CNN: Real-Time Detection with Shared Proposals")
    assert got[:1] == ("Faster R-CNN",)


def test_a_proposed_dataset_is_typed_dataset(nlp):
    ex = extract_one(Paper("p", "Questions", "We introduce TinyQA, the first benchmark of tiny questions."), nlp)
    assert ex.proposed == ("TinyQA",)
    assert [m.type for m in ex.mentions if m.text == "TinyQA"] == [T.DATASET]


def test_proposals_are_in_text_order_so_the_first_is_the_main_one(nlp):
    # the module named later must not come before the method the paper proposes first
    got = proposed(nlp, "We propose FooParse, a new parser. It includes a pruning module called BarBlock.")
    assert got == ("FooParse", "BarBlock")


def test_main_method_skips_a_proposed_dataset():
    text = "We release TinyQA, a new dataset, and propose FooParse, a parser."
    a, b = text.index("TinyQA"), text.index("FooParse")
    found = DocFindings(entities=[Candidate(a, a + 6, T.DATASET, 75, "named"),
                                  Candidate(b, b + 8, T.METHOD, 75, "named")])
    assert main_method(text, found, ["TinyQA", "FooParse"]) == "FooParse"
    assert main_method(text, found, ["TinyQA"]) is None


LANDMARKS = {  # arXiv id in ../shared/data/sota_nfdi4ds -> the name the paper introduces
    "1706.03762v5": "Transformer",
    "1506.02640v5": "YOLO",
    "1505.04597v1": "U-Net",
    "1506.01497v3": "Faster R-CNN",
    "2010.11929v1": "Vision Transformer",  # no "we propose": "Vision Transformer (ViT) attains excellent results"
}


def test_landmark_papers_propose_their_method(nlp):
    path = SHARED / "data" / "sota_nfdi4ds" / "papers.jsonl.gz"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    papers = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["paper_id"] in LANDMARKS:
                papers[d["paper_id"]] = Paper(d["paper_id"], d["title"], d["abstract"])
    assert set(papers) == set(LANDMARKS)
    for pid, name in LANDMARKS.items():
        got = extract_one(papers[pid], nlp).proposed
        assert got and got[0].lower() == name.lower(), (pid, got)


def test_a_name_defined_and_claimed_is_the_proposal_when_nothing_else_is(nlp):
    # no "we propose": the name defined with its acronym and claimed for is what the paper introduces
    text = ("Attention works well for text. We show that a plain encoder on image patches works. "
            "Trained on much data, Patch Transformer (PaT) attains excellent results compared to CNNs.")
    assert proposed(nlp, text) == ("Patch Transformer",)
    # the first sentence speaks of the field: a claim there is not the paper's
    text = "Convolutional Neural Networks (CNNs) achieve strong results in vision. We study their errors."
    assert proposed(nlp, text) == ()


def test_a_proposal_is_listed_once(nlp):
    got = proposed(nlp, "We propose the Gated Unit (GU), a new activation. Our Gated Units are smooth.",
                   title="Gated Units: Smooth Activations")
    assert got == ("Gated Units",)


def test_a_name_the_proposal_uses_is_not_proposed(nlp):
    # the object comes first; "which uses X" names a part it is built from
    got = proposed(nlp, "We propose the weight-dropped LSTM which uses DropConnect on recurrent weights. "
                        "Further, we introduce NT-ASGD, a variant of averaged SGD.")
    assert "DropConnect" not in got and "NT-ASGD" in got


def test_our_tracker_names_its_proposal(nlp):
    assert "TrackNet" in proposed(nlp, "We present a simple tracking algorithm. Our tracker, TrackNet, applies a "
                                       "detection model to pairs of frames.")


def test_a_capitalised_naming_word_inside_a_sentence_or_title_is_no_naming_cue(nlp):
    ex = extract_one(Paper("p", "Finding Named Entities in Shop Receipts",
                           "Our reader marks the Named Entity tags of receipts. We call it ReceiptTagger."), nlp)
    names = {m.text for m in ex.mentions}
    assert not names & {"Entities", "Entity", "Entity tags"}
    assert "ReceiptTagger" in names and "ReceiptTagger" in ex.proposed


@pytest.mark.parametrize("abstract, name, known", [
    ("We present Meta Soft Pseudo Labels, a semi-supervised method that reaches 81.0% top-1 accuracy on ImageNet.",
     "Meta Soft Pseudo Labels", "Pseudo Labels"),
    ("We introduce Lantern R-CNN, a detector that balances its sampling. It improves box AP on COCO.",
     "Lantern R-CNN", "R-CNN"),
])
def test_a_proposed_name_holding_a_known_name_is_the_whole_name(nlp, abstract, name, known):
    e = extract_one(Paper(id="p", title="A study of learning", abstract=abstract), nlp)
    assert name in e.proposed
    texts = {m.text for m in e.mentions}
    assert name in texts and known not in texts


def test_a_proposed_name_over_a_line_break_or_a_joining_word_keeps_the_known_name(nlp):
    abstract = "We present Ember R-CNN for 3D, a detector. It reaches 40.1 AP on COCO."
    e = extract_one(Paper(id="p", title="A study of detection", abstract=abstract), nlp)
    assert "Ember R-CNN for 3D" not in e.proposed


def test_a_clause_after_propose_that_is_a_claim_not_a_proposal(nlp):
    # (issue 13) "propose that" opens a clause the paper argues for; the names in it are not its proposals
    assert proposed(nlp, "We propose that a GridNav agent trained with extra losses explores better.") == ()
    assert proposed(nlp, "We propose GridNav, a new agent that explores rooms.") == ("GridNav",)


def test_and_thus_propose_is_a_proposal(nlp):
    abstract = ("We find that trackers ignore the background, and thus propose Joint Foreground Background "
                "Matching (JFBM) approach to track objects.")
    assert "Joint Foreground Background Matching" in proposed(nlp, abstract)


@pytest.mark.parametrize("abstract, name", [
    ("This work presents a novel segmentation framework, SliceNet 1 , to model local structures.", "SliceNet"),
    ("We propose a novel tracker called PairTrack 1 . It combines two branches.", "PairTrack"),
    ("We present Kernel Dot Convolution 1 (KDConv), a new design of point convolution.", "Kernel Dot Convolution"),
])
def test_a_footnote_mark_after_a_proposed_name_is_not_part_of_it(nlp, abstract, name):
    assert proposed(nlp, abstract)[0] == name


def test_a_version_number_stays_in_a_proposed_name(nlp):
    assert proposed(nlp, "In this paper, we propose FastParse 2, which trains faster.") == ("FastParse 2",)


def test_a_number_the_name_keeps_is_no_footnote_mark(nlp):
    # a dotted version, a digit the acronym repeats, a digit written again with the name later
    assert proposed(nlp, "In this paper, we propose ParseNet 2.0, a parser of trees.") == ("ParseNet 2.0",)
    from kg.extract.dataset_bounds import footnote_marks
    text = "a framework (i.e., BDet 2 ) for scenes. We show that the proposed BDet 2 can do better."
    at = text.index("BDet 2")
    assert footnote_marks(text, [Candidate(at, at + 6, T.METHOD, 50, "name")])[0].end == at + 6
    text = text.replace("the proposed BDet 2", "it")
    assert footnote_marks(text, [Candidate(at, at + 6, T.METHOD, 50, "name")])[0].end == at + 4


@pytest.mark.parametrize("title, abstract, expected", [
    ("Multi-task Deep Reinforcement Learning with PopArt", "We learn many games at once with one agent.", ("PopArt",)),
    ("Object Contour Detection with RefineContourNet", "We detect contours with a refined network.",
     ("RefineContourNet",)),
    # a name kg knows is the model the paper uses, not one it proposes
    ("Speech Denoising with U-Net", "We train a model on noisy speech.", ()),
])
def test_a_title_ending_with_a_new_name_proposes_it(nlp, title, abstract, expected):
    assert proposed(nlp, abstract, title) == expected


def _mentions(nlp, abstract: str) -> set[tuple[str, str]]:
    return {(m.text, m.type.value) for m in extract_one(Paper("p", "Counting shelves", abstract), nlp).mentions}


@pytest.mark.parametrize("abstract", [
    "We introduce a held-out shelf set, which we annotate by hand.",
    "We present a 500-photo validation set to check the counter.",
    "We introduce new shelf photo data, which covers ten shops.",
])
def test_a_proposed_data_description_is_no_method(nlp, abstract):
    found = _mentions(nlp, abstract)
    assert not any(t == "Method" and ("set" in n or "data" in n) for n, t in found), found


def test_a_proposed_named_data_is_a_dataset(nlp):
    found = _mentions(nlp, "To test the counter, we create a new ShelfPix9 data with ten shops.")
    assert ("ShelfPix9", "Dataset") in found, found
    assert not any(t == "Method" and "ShelfPix9" in n for n, t in found), found


def test_proposed_data_in_a_language_names_no_dataset(nlp):
    found = _mentions(nlp, "We introduce new Welsh data, which covers ten shops.")
    assert not any(n.startswith("Welsh") for n, _ in found), found


@pytest.mark.parametrize("abstract", [
    "We present a new bottom-up approach that groups the pixels of a scan.",
    "In our work, a layered top-down model is built to rank the answers.",
])
def test_a_direction_compound_before_a_kind_noun_is_a_manner_not_a_method(nlp, abstract):
    found = {m.text.lower() for m in extract_one(Paper("p", "A study of parsing", abstract), nlp=nlp).mentions}
    assert not {"bottom-up", "layered top-down", "top-down"} & found


@pytest.mark.parametrize("abstract, name", [
    ("We study grasping from depth images. Our proposed GQ-Net reaches 91% success on household objects.", "GQ-Net"),
    ("We study grasping from depth images. Our GraspNet2 runs in real time on a robot arm.", "GraspNet2"),
])
def test_our_coined_name_is_a_proposal(nlp, abstract, name):
    assert name in proposed(nlp, abstract)


def test_our_known_name_or_kind_acronym_is_no_proposal(nlp):
    got = proposed(nlp, "We train a convolutional neural network (CNN) on scans. Our CNN and our BERT baseline "
                        "reach 80% accuracy.")
    assert got == ()


def test_a_proposal_object_ends_before_a_particle(nlp):
    got = proposed(nlp, "We introduce sparse anchors back to the detector head, which speeds up training.")
    assert "sparse anchors back" not in got and "sparse anchors" in got


def test_an_acronym_modifying_a_noun_is_no_proposal(nlp):
    assert "QXR" not in proposed(nlp, "We contribute the first QXR annotation manual for forum posts.")
    assert "QXR" in proposed(nlp, "We contribute the QXR model, which parses forum posts.")


def test_a_title_name_in_capitals_replaced_by_a_name_taken_is_listed_once():
    from kg.extract.proposals import proposed as proposed_names
    text = "FOONET: GRAPHS\n\nWe propose the Foo network (FooNet), a parser. FooNet is fast."
    s1, s2 = text.index("Foo network"), text.index("FooNet")

    class Found:
        entities = [Candidate(0, 6, T.METHOD, 90, "title-name"), Candidate(s1, s1 + 11, T.METHOD, 90, "named"),
                    Candidate(s2, s2 + 6, T.METHOD, 90, "named")]
        aliases: dict = {}

        def name(self, text, i):
            return "FOONET" if i == 0 else "Foo network"

    assert proposed_names(text, Found(), 14, []) == ["Foo network"]


@pytest.mark.parametrize("abstract, kept", [
    # a name a "we design" window compares its proposal with, or gives as an example of others, is not proposed
    ("In this work we design a new parser that is 3x faster than QuuxTrees on FooSet.", ()),
    ("In this work we design a new tagger that clearly outperforms ZorbNet on FooSet.", ()),
    # past a new phrase after the examples, the window's own name is still the proposal
    ("We present experiments with encoders such as BERT, ELMo, and GPT-2, showing the proposed GlimmerNet is best.",
     ("GlimmerNet",)),
])
def test_a_name_the_window_compares_with_is_not_proposed(nlp, abstract, kept):
    assert proposed(nlp, abstract) == kept
