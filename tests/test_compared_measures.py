"""Measures a method computes to compare two things are no Metric mentions (sentences written for these tests):
members of a list a comparison's class noun opens, a distance or overlap computed "between" two things, and the
object of a verb of computing, where nothing scores them."""
import doctest

import pytest

from kg.extract import build_nlp, extract_one
from kg.extract.context import compared
from kg.models import Paper


def typed(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    return {(m.text, m.type.value) for m in ex.mentions}


def test_docstring_examples():
    assert doctest.testmod(compared).failed == 0


def test_members_of_a_distance_measures_list_are_no_metrics():
    text = ("We watch a sensor's inputs using statistical distance measures including the Quokka-Numbat, "
            "Wombat and Glyph-Potoroo measures.")
    assert not {t for t, k in typed(text) if k == "Metric"}


def test_a_similarity_measure_defined_in_such_a_list_is_a_method():
    text = ("Note similarity measures built from word vectors, such as the shelf quokka measure (SQM) and the "
            "Glyph Mover's Distance (GMD), work well. The SQM sorts the notes faster than the GMD.")
    got = typed(text)
    assert ("shelf quokka measure", "Method") in got
    assert not {t for t, k in got if k == "Metric"}


def test_a_list_of_evaluation_metrics_keeps_its_members():
    text = "We evaluate with standard metrics such as BLEU, METEOR and ROUGE, and reach 31.2 BLEU."
    assert {"BLEU", "METEOR"} <= {t for t, k in typed(text) if k == "Metric"}


@pytest.mark.parametrize("text", [
    "Our network learns to predict the IoU between each detected box and the matched ground truth.",
    "The new prior is inspired by the Chamfer distance between particles.",
])
def test_a_measure_computed_between_two_things_is_no_metric(text):
    assert not {t for t, k in typed(text) if k == "Metric"}


@pytest.mark.parametrize("text", [
    "A wombat predictor that predicts the BLEU of candidate translations guides the quokka search.",
    "Our network learns to regress the mask IoU of each instance.",
    "Most earlier tools only predict the mean opinion score of each photo.",
])
def test_a_measure_a_verb_of_computing_yields_is_no_metric(text):
    assert not {t for t, k in typed(text) if k == "Metric"}


@pytest.mark.parametrize("text, metric", [
    ("We compute the accuracy of each tagger on the wombat test set and reach 91.2%.", "accuracy"),
    ("We show how we calculate the number of parameters for various quokka networks.", "parameters"),
    ("Our method cuts the Chamfer distance between the predicted and true clouds by 20%.", "Chamfer distance"),
    ("The model reaches an IoU of 71.2 on the test set.", "IoU"),
])
def test_a_scored_measure_stays_a_metric(text, metric):
    assert (metric, "Metric") in typed(text)


def test_a_level_a_verb_of_computing_yields_keeps_its_acronym_no_name():
    text = ("Our network directly predicts high frame rate (HFR) quokka frames from low frame rate (LFR) ones. "
            "It runs 3 times faster than the wombat baseline.")
    assert not {t for t, k in typed(text) if t in ("HFR", "LFR")}


@pytest.mark.parametrize("text, metric", [
    ("We compute the FID of each quokka generator on the wombat faces.", "FID"),
    ("We estimate the mAP of each quokka detector on the wombat validation set.", "mAP"),
    ("We compute top-1 accuracy on the wombat images for all the pruned quokka nets.", "top-1 accuracy"),
    ("Computing the mean average precision of all quokka detectors shows our gains.", "mean average precision"),
    ("We calculate the FLOPs of each pruned quokka network.", "FLOPs"),
])
def test_a_measure_the_authors_compute_stays_a_metric(text, metric):
    # "we compute", a clause opening with the gerund: the paper's evaluation, not what its method computes
    assert (metric, "Metric") in typed(text)


@pytest.mark.parametrize("text, metric", [
    ("We use the Frechet Inception Distance between generated and real faces to assess the quokka generators.",
     "Frechet Inception Distance"),
    ("Following prior work, we compute the Kernel Inception Distance between real and generated faces.",
     "Kernel Inception Distance"),
    ("We report the average IoU between the predicted and true masks of the wombat scenes.", "IoU"),
    ("The mean IoU between predicted and true masks improves greatly with our quokka head.", "mean IoU"),
])
def test_a_measure_between_two_things_the_paper_scores_with_stays_a_metric(text, metric):
    # the authors report it, or a measuring word follows the "between" phrase
    assert (metric, "Metric") in typed(text)


def test_the_comparing_verb_of_the_list_itself_does_not_score_it():
    text = "To compare two notes, our quokka ranker uses text similarity measures, such as the Wombat Cosine Measure (WCM)."
    assert not {t for t, k in typed(text) if k == "Metric"}


@pytest.mark.parametrize("text", [
    "Text similarity metrics such as the Wombat Overlap Score (WOS) and the Glyph Ratio are used to evaluate our "
    "summaries.",
    "We evaluate the generated summaries of all our quokka systems against human judgements with text similarity "
    "metrics such as the Wombat Overlap Score (WOS).",
])
def test_a_comparison_list_the_sentence_scores_with_keeps_its_metrics(text):
    # the cue after the list, or farther before its class noun
    got = typed(text)
    assert ("Wombat Overlap Score", "Metric") in got and not {t for t, k in got if k == "Method"}


def test_a_figure_in_words_scores_a_measure_between_two_things():
    text = "The quokka head cuts the Chamfer distance between the predicted and true clouds by twelve percent."
    assert ("Chamfer distance", "Metric") in typed(text)
    text = "The wombat prior is built on the geodesic distance between two points on the quokka surface."
    assert not {t for t, k in typed(text) if k == "Metric"}


def test_evaluate_with_an_object_of_its_own_does_not_score_a_measure_between_two_things():
    text = ("Most quokka detectors rely on the Intersection over Union (IoU) between anchor boxes and true boxes to "
            "evaluate the matching quality.")
    assert ("Intersection over Union", "Metric") not in typed(text)


@pytest.mark.parametrize("text", [
    "We use the IoU between the predicted and true wombat boxes as the matching cost of our quokka assigner.",
    "We compute the Chamfer distance between the two quokka clouds to align them with the wombat scan.",
])
def test_a_measure_the_method_itself_uses_between_two_things_is_no_metric(text):
    # "we use/adopt" is no reporting verb, and "we compute ... to align them" is the method's own step
    assert not {t for t, k in typed(text) if k == "Metric"}


def test_a_scoring_cue_of_a_later_clause_does_not_score_the_list():
    text = ("To match two glyphs, the quokka ranker uses similarity measures such as the Wombat Overlap Score, and "
            "we evaluate it on the Numbat notes.")
    assert not {t for t, k in typed(text) if k == "Metric"}
