"""Metrics named without a number, decided by the sentence's role (sentences written for these tests)."""
import doctest

import pytest

from kg.extract import build_nlp, extract_one, metric_roles
from kg.models import Paper


def metrics(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    return {(m.text, m.canonical) for m in ex.mentions if m.type.value == "Metric"}


def metric_texts(text):
    return {t for t, _ in metrics(text)}


def test_docstring_examples():
    assert doctest.testmod(metric_roles).failed == 0


@pytest.mark.parametrize("text, metric", [
    ("Our two changes improve the speed, memory usage, and accuracy of these encoders.", "speed"),
    ("The tagger beats earlier taggers in tagging accuracy and diversity.", "diversity"),
    ("Rewiring gives a reduced training error on all graphs.", "training error"),
    ("This protocol results in moderate inter-annotator agreement.", "inter-annotator agreement"),
    ("Pruning the gates lets the language model reach higher activation sparsity.", "activation sparsity"),
    ("The new decoder runs with low latency on phones.", "latency"),
])
def test_a_measure_in_a_comparison_is_a_metric_without_a_number(text, metric):
    assert metric in metric_texts(text)


@pytest.mark.parametrize("text, word", [
    ("The measured shapes are in strong agreement with the simulations.", "agreement"),
    ("Headings improve the speed of completing a reading task.", "speed"),
    ("The sensor allows high fidelity segmentation of the retina.", "fidelity"),
    ("A high speed camera records the falling drops.", "speed"),
    ("Speed is a word and errors happen.", "errors"),
])
def test_a_measure_word_outside_an_evaluation_is_not_a_metric(text, word):
    assert word not in {t.lower() for t in metric_texts(text)}


def test_a_bare_measure_stands_for_the_longer_phrase_the_paper_names():
    found = metrics("Gating reaches higher activation sparsity. We obtain high sparsity on both models.")
    assert ("sparsity", "activation sparsity") in found


# --- issue 18, judged samples: quality words, levels and parts of a method are no metrics ------------------------

@pytest.mark.parametrize("text, word", [
    # a quality of what a model makes, after a plain role word or as "the diversity of <thing>"
    ("Colour rebalancing at training time helps to increase the diversity of colours in each output.", "diversity"),
    ("The decoder can generate very high fidelity large scale samples of faces.", "fidelity"),
    ("A small trick for improving diversity without a loss of sharpness.", "diversity"),
    # a level reached, not a measure: the measure is the number's unit
    ("The light head lets the face finder achieve real-time speed on a laptop CPU.", "real-time speed"),
    ("The finder runs at a real-time speed of 31 FPS on a laptop.", "real-time speed"),
])
def test_quality_words_and_levels_outside_an_evaluation_are_no_metrics(text, word):
    assert word not in {t.lower() for t in metric_texts(text)}


@pytest.mark.parametrize("text, word", [
    ("Our sampler improves the diversity and accuracy of the generated molecules.", "diversity"),
    ("The editor outperforms the older editors in terms of fidelity and fluency.", "fidelity"),
    ("The finder runs at a real-time speed of 31 FPS on a laptop.", "FPS"),
])
def test_quality_words_in_an_explicit_evaluation_stay_metrics(text, word):
    assert word in metric_texts(text)


@pytest.mark.parametrize("text", [
    "We add an IoU-aware score head to the box detector.",
    "The tracker links boxes with an IoU-based matching step.",
    "The box head learns objectness and IoU prediction together.",
    "We apply the Intersection over Union (IoU) loss function to the box regressor.",
    "Most pose models employ the Euclidean distance (i.e., an L2 loss) to fit the joints.",
])
def test_a_measure_named_as_a_part_of_a_method_is_no_entity(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    names = {m.text.lower() for m in ex.mentions}
    assert not names & {"iou", "intersection over union", "euclidean distance"}


def test_a_measure_beside_its_score_stays_a_metric():
    assert {"mIoU", "IoU"} <= metric_texts("The detector gains 2.1 mIoU points and reaches 40.2 IoU on the test split.")


@pytest.mark.parametrize("text, word", [
    # the metric's letters begin a longer name
    ("A recurrent residual U-Net (R2-UNet) segments the vessels.", "R2"),
    ("Our FPS-Net tagger is small.", "FPS"),
    # the letters name what a process works on
    ("We split the joint task into two subtasks, namely HE extraction and TER extraction.", "TER"),
])
def test_metric_letters_inside_a_longer_name_or_before_a_process_are_no_metric(text, word):
    assert word not in metric_texts(text)


def test_a_hyphenated_metric_name_stays():
    assert {"F1-Score", "BLEU-4"} <= metric_texts("We report the F1-Score and a BLEU-4 of 30.1 on the test split.")


@pytest.mark.parametrize("text, words", [
    ("We take the SSIM between the two rendered views as the reconstruction loss.", {"SSIM"}),
    ("The expected angular error is then used as a measure of the uncertainty of each gaze.", {"angular error"}),
    ("We predict high frame rate (HFR) clips from the matching low frame rate (LFR) clips.",
     {"high frame rate", "HFR", "low frame rate", "LFR"}),
    ("The R2-D2 reader ranks twice.", {"R2"}),
    ("The flow model allows exact log-likelihood computation and fast sampling.", {"log-likelihood"}),
])
def test_a_measure_serving_the_method_or_describing_the_data_is_no_metric(text, words):
    assert not metric_texts(text) & words


def test_a_measure_used_as_the_evaluation_stays():
    text = "We report the angular error as the main measure and reach 4.1 degrees of angular error."
    assert "angular error" in metric_texts(text)


# --- issue 18: a bare "error" names no measure unless a percentage is given as the error ------------------------

@pytest.mark.parametrize("text", [
    "Our tagger reduces the error by 20% on three treebanks.",
    "The simplest way to reduce the error on unseen dialogues is to vote among many taggers.",
    "The new sampler lowers the error and keeps the speed of the old one.",
    "Gating lets a classifier obtain lower error than the dense baseline.",
    "Our router can decrease errors on unseen maps.",
])
def test_a_bare_error_that_names_no_measure_is_no_metric(text):
    assert not {t for t in metric_texts(text) if t.lower() in ("error", "errors")}


@pytest.mark.parametrize("text", [
    "The best cell reaches an error of 2.67% on the digit images.",
    "With tiny batches the grouped layer has 10.6% lower error than its batch twin.",
])
def test_a_percentage_given_as_a_bare_error_is_the_error_rate(text):
    assert ("error", "error rate") in metrics(text)


def test_a_named_error_measure_keeps_its_name_beside_a_bare_error_rate():
    got = metrics("Our aligner obtains a mean error of 3.1% on the face images and an error of 2.6% on the sketches.")
    assert {("mean error", None), ("error", "error rate")} <= got


@pytest.mark.parametrize("text", [
    "Our tagger reduces the error from 4.2% to 3.1% on three treebanks.",
    "The best cell reaches an error of 2.6 ± 0.1% on the digit images.",
    "The best cell reaches an error of 2.6 percent on the digit images.",
])
def test_a_percentage_in_the_bare_errors_slot_is_the_error_rate(text):
    assert ("error", "error rate") in metrics(text)
