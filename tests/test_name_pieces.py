"""A capitalised Task phrase directly followed by a token that continues a longer name is a piece of that
name (a Method), not a mention of the task; its own acronym in parentheses keeps it a Task."""
import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper
from kg.vocab import EntityType as T


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _entities(nlp, abstract):
    ex = extract_one(Paper("p1", "A short note on naming", abstract), nlp)
    return {(m.type, m.text) for m in ex.mentions}


@pytest.mark.parametrize("name", ["Bipartite Graph Reasoning GAN", "Gaussian Dynamic Time Warping Pooling Net",
                                  "Medical Image Segmentation tranSFormer"])
def test_a_task_piece_of_a_model_name_gives_way_to_the_model(nlp, name):
    got = _entities(nlp, f"We build a compact {name} for our experiments on two benchmarks.")
    assert (T.METHOD, name) in got
    assert not any(t is T.TASK and text in name for t, text in got)


def test_a_task_before_its_own_acronym_or_a_function_word_stays_a_task(nlp):
    got = _entities(nlp, "Closed-Loop Control (CLC) of robots is hard. We study Speech Emotion Recognition "
                         "for call centres.")
    assert (T.TASK, "Closed-Loop Control") in got
    assert (T.TASK, "CLC") in got
    assert (T.TASK, "Speech Emotion Recognition") in got


def test_the_runs_own_plural_acronym_is_no_continuation():
    """"DTWs" after "Dynamic Time Warping" is the run's own acronym in the plural, not the next piece of a
    longer name; "GANs" after "Bipartite Graph Reasoning" is."""
    from kg.extract.context.fragments import continuation

    t = "Dynamic Time Warping DTWs here and Bipartite Graph Reasoning GANs there"
    assert continuation(t, 0, len("Dynamic Time Warping")) is None
    s = t.index("Bipartite")
    assert continuation(t, s, s + len("Bipartite Graph Reasoning")) is not None


# --- hyphenated names whose last part is a plain word (issue 18) ---------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("We present WombatNet-a compact encoder for sound events.", "WombatNet"),
    ("Our toolkit, namely KoalaNLP-a fast tagging pipeline for Thai, is free.", "KoalaNLP"),
    ("We introduce EchoNet and GlideNet-new recurrent architectures for radar.", "GlideNet"),
])
def test_a_grammar_word_after_the_hyphen_is_a_lost_dash(nlp, sentence, name):
    got = {text for _, text in _entities(nlp, sentence)}
    assert name in got
    assert not any(text.startswith(name + "-") for text in got)


@pytest.mark.parametrize("sentence, piece", [
    ("We also merged several XYZ-to-graph links with a gated decoder.", "XYZ-to-graph"),
    ("The model runs at 20 FPS on one core for HDR-resolution photos.", "HDR-resolution"),
])
def test_a_hyphenated_modifier_of_a_plain_noun_is_no_name(nlp, sentence, piece):
    assert not any(piece in text for _, text in _entities(nlp, sentence))


def test_a_called_modifier_is_widened_to_its_thing_noun(nlp):
    got = _entities(nlp, "We add a decoder, called Q-link fusion module, to capture the links between frames.")
    assert (T.METHOD, "Q-link fusion module") in got
    assert (T.METHOD, "Q-link") not in got


@pytest.mark.parametrize("sentence, name", [
    ("We use ZBPE-dropout during training to get better subwords.", "ZBPE-dropout"),
    ("The proposed HQ-net outperforms all baselines on two sets.", "HQ-net"),
    ("We add a UVW-bone layer to fuse the two streams.", "UVW-bone"),
    ("We add a global XY-divergence penalty on the predicted labels.", "XY-divergence"),
    ("We cluster single-cell ATAC-sequencing (scATAC-seq) profiles. We test image and scATAC-seq data sets.",
     "scATAC-seq"),
    ("Graphs that the Lemming-Walrus test (LW-test) cannot split exist; the LW-test cannot split them.", "LW-test"),
])
def test_a_hyphenated_name_before_a_verb_a_thing_or_defined_stays(nlp, sentence, name):
    got = [text for _, text in _entities(nlp, sentence)]
    assert name in got
    if sentence.count(name) > 1:
        ex = extract_one(Paper("p1", "A short note on naming", sentence), nlp)
        assert sum(m.text == name for m in ex.mentions) == sentence.count(name)


@pytest.mark.parametrize("sentence, name, canonical", [
    ("Our detector keeps the two-stage design of Faster RCNN but adds a quokka head.", "Faster RCNN", "Faster R-CNN"),
    ("We swap the box head of Cascade RCNN for a lighter one in every run.", "Cascade RCNN", "Cascade R-CNN"),
])
def test_a_capitalised_word_leading_a_lexicon_name_stays_in_the_shape_found_name(nlp, sentence, name, canonical):
    ex = extract_one(Paper("p1", "A short note on naming", sentence), nlp)
    got = {(m.type, m.text, m.canonical) for m in ex.mentions}
    assert (T.METHOD, name, canonical) in got
    assert not any(m.text == "RCNN" for m in ex.mentions)


def test_a_lexicon_dataset_led_by_a_place_word_is_that_dataset(nlp):
    got = _entities(nlp, "The wombat model transfers from one city to the Oxford RobotCar images at night.")
    assert (T.DATASET, "Oxford RobotCar") in got
    assert not any(text == "RobotCar" for _, text in got)


@pytest.mark.parametrize("sentence, name", [
    ("We compare with the Novel QuokkaNet on three tasks.", "QuokkaNet"),
    ("We find that Our QuokkaNet beats the wombat tagger on two tasks.", "QuokkaNet"),
    ("We tag frames by Using RCNN features and a wombat tagger.", "RCNN"),
    ("The wombat tagger is also tested on The LRS2 split.", "LRS2"),
    ("We pull relation triples from the wombat corpus with Open IE tools.", "IE"),
])
def test_a_word_the_lexicon_does_not_join_to_the_name_stays_out(nlp, sentence, name):
    got = {text for _, text in _entities(nlp, sentence)}
    assert name in got
