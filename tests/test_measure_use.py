"""Metric and Task entity-hood (issue 18): a Metric is a measure something is scored with, a Task is a
problem researchers work on. The abstracts are sentences written for these tests."""

import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper

from helpers import pruned_graph


def found(text, title="A Title", kind="Metric"):
    ex = extract_one(Paper("p", title, text), nlp=build_nlp())
    return {m.text.lower() for m in ex.mentions if m.type.value == kind}


# --- Metric mentions: used as a measure where they stand ---------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    # "of 3D" is a dimension, not a value: no "measured" quantity before it
    ("Sadly, the computational complexity of 3D convolutions grows quickly with the grid.", "computational complexity"),
    ("Depth is hard to recover because of the loss of 3D structure in a photograph.", "loss"),
    # "at training time" is a phase of the work, not a measure
    ("Our tagger needs no labelled sentence at training time, yet it beats earlier taggers by 3 points.",
     "training time"),
    ("The ranker sees only the query at inference time and still improves recall by 4%.", "inference time"),
    # a generated lexicon phrase far from any measuring word, in a long sentence
    ("Blurry edges come from the bilinear interpolation error near object borders, which fades away "
     "as the grid resolution increases.", "interpolation error"),
    # what a method minimises or maximises, or a loss named after a measure, is a training objective
    ("The embedder is trained by minimizing the Euclidean distance between paired sketches, which improves "
     "recall by 3%.", "euclidean distance"),
    ("We minimize the mean squared error of the depth maps and report 20% better accuracy.", "mean squared error"),
    ("The solver estimates the rotation by minimizing the reprojection error over all views.", "reprojection error"),
    ("The encoder is trained to maximize code sparsity on the tiles.", "code sparsity"),
    # ... also with modifiers between ("the exact joint"), as "maximization of", or before a training noun
    ("The parser is fitted by minimizing the associated negative log-likelihood of the trees.",
     "negative log-likelihood"),
    ("Our flow is trained by maximizing the exact joint log-likelihood over both streams.", "log-likelihood"),
    ("The gain comes from the maximization of a Bernoulli log-likelihood over the masks.", "log-likelihood"),
    ("Plain log-likelihood training leaves the sampler blind to its own mistakes.", "log-likelihood"),
    ("A decoder tuned with a log-likelihood objective copes with rare words.", "log-likelihood"),
    # a bare quality word names no particular measure, even with a figure
    ("Our pruning improves the efficiency of the box detector by 6.0x on the test split.", "efficiency"),
    ("The two fused branches improve the segmentation quality by 4.0% in total.", "segmentation quality"),
    # nor does a cost that says what costs, not how it is measured (the measure would be FLOPs, latency ...)
    ("Our filter reduces the computational cost of 2 layers by 40%.", "computational cost"),
])
def test_phrases_not_used_as_measures_are_no_metrics(text, phrase):
    assert phrase not in found(text)


@pytest.mark.parametrize("text, phrase", [
    ("Our filter reduces the memory footprint of 2 layers by 40%.", "memory footprint"),
    ("The training time of our tagger is 3 hours on one card, half that of earlier taggers.", "training time"),
    ("It improves the angular error by 12% over the best earlier estimator.", "angular error"),
    ("Our pruning gives a 30% lower reprojection error than bundle adjustment.", "reprojection error"),
    ("We reach a scaling efficiency of 0.94 on 64 cards.", "scaling efficiency"),
    ("Our flow reaches a better log-likelihood than the earlier flows on the two image sets.", "log-likelihood"),
    ("Tuning the sampler improves the negative log-likelihood to 3.41 bits per pixel.", "negative log-likelihood"),
    ("We optimize the trade-off between accuracy and latency and reach 81% accuracy.", "accuracy"),
])
def test_measures_in_use_stay_metrics(text, phrase):
    assert phrase in found(text)


# --- Metric nodes: a guess from role or capitals needs measure use somewhere --------------------------------------

METRIC_PAPERS = [
    Paper("m1", "Road Markings", "We add a Curve IoU loss that regresses each road marking as a whole."),
    Paper("m2", "Retina Masks", "We segment vessels and report a Mean Dice of 0.81 on our scans."),
    Paper("m3", "Rooftop Counting", "Our counter keeps a low count drift while the drones fly over the town."),
    Paper("m4", "Grain Counting", "Our counter brings the count drift down to 2.1 grains per image."),
]


def _metric_nodes(papers):
    g, _, _ = pruned_graph(papers)
    return {d.get("name", "").lower() for _, d in g.nodes(data=True) if d.get("type") == "Metric"}


def test_a_single_paper_metric_guess_without_measure_use_is_no_node():
    names = _metric_nodes(METRIC_PAPERS)
    assert "curve iou" not in names  # capitals of a loss's name, no measure
    assert "mean dice" in names  # capitals, and a number beside it


# --- Tasks: a problem, not a quantity, a goal or the modifier of a system's name --------------------------------------

@pytest.mark.parametrize("title, text, phrase", [
    ("Scene Parsing Networks", "We present a network that labels each pixel of a street photo.", "scene parsing"),
    ("Training Recurrent Answering Units with Shared Memory", "We train units that answer questions.",
     "training recurrent answering"),
    ("A Study of Filters", "We tackle the problems of computational complexity and over-fitting in filters.",
     "computational complexity"),
    ("SlimConv: Shared Kernels for Efficient Inference", "We share kernels across the layers of a network.",
     "efficient inference"),
])
def test_non_tasks_are_no_tasks(title, text, phrase):
    assert phrase not in found(text, title, kind="Task")


@pytest.mark.parametrize("title, text, phrase", [
    ("Shared Kernels for Crowd Counting", "We share kernels across the layers of a network.", "crowd counting"),
    ("A Study of Filters", "We study the problem of document layout analysis with filters.",
     "document layout analysis"),
])
def test_tasks_stay_tasks(title, text, phrase):
    assert phrase in found(text, title, kind="Task")


@pytest.mark.parametrize("text, phrase", [
    ("Our tracker achieves a 20% decrease in angular error over earlier trackers.", "angular error"),
    ("It brings an absolute improvement in relation F1 over the joint baselines.", "relation f1"),
])
def test_generated_metric_phrases_beside_a_measuring_word_stay(text, phrase):
    assert phrase in found(text)


def test_a_long_form_before_its_acronym_and_a_system_head_names_a_method():
    text = ("We propose a boundary-aware co-saliency detection (BCSD) method that groups salient objects, and a "
            "Context Mixing Enhancement (CME) block for small faces.")
    assert not found(text, kind="Task") & {"boundary-aware co-saliency detection", "context mixing enhancement"}
    assert "boundary-aware co-saliency detection" in found(text, kind="Method")


# --- issue 18: a distance is a Metric node only where some paper scores with it -------------------------------------

DISTANCE_PAPERS = [
    Paper("d1", "Hard Samples", "We question a single global Euclidean distance metric for finding hard samples."),
    Paper("d2", "Sparse Rewards", "A denser reward, such as the Euclidean distance to the goal, can be deceptive."),
    Paper("d3", "Re-identification", "Generic matching metrics such as the L2 distance ignore the body parts."),
    Paper("d6", "Critics", "Other losses are the integral probability metrics (IPMs) [36], which are smooth."),
    Paper("d4", "Point Clouds", "Our decoder lowers the Chamfer distance by 20% against the best earlier decoder."),
    Paper("d5", "Point Clouds Again", "We study the Chamfer distance between two sparse clouds."),
]


def test_a_distance_nowhere_scored_with_is_no_metric_node():
    names = _metric_nodes(DISTANCE_PAPERS)
    assert not names & {"euclidean distance", "l2", "l2 distance", "integral probability metric", "ipm"}
    assert "chamfer distance" in names  # one paper scores with it


def test_a_measure_named_a_loss_in_apposition_is_no_metric():
    text = "We propose average Localisation-Recall-Precision (aLRP), a bounded and ranking-based loss function."
    assert not found(text) & {"average localisation-recall-precision", "alrp"}


def test_a_measure_before_a_training_noun_is_no_entity_of_any_type():
    text = "Upscalers that target PSNR maximization give blurred faces; we report 31.2 dB PSNR."
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    first = text.index("PSNR")
    assert not [m for m in ex.mentions if m.start == first]
    assert [m for m in ex.mentions if m.start == text.rindex("PSNR") and m.type.value == "Metric"]
