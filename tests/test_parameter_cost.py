""""Parameters" is a Metric only as a cost (sentences written for these tests): "trainable", "learnable" and
"tunable" make it one only after a figure or a word of amount; alone they say what a part of the method has."""

import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper


def metric_texts(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    return {m.text for m in ex.mentions if m.type.value == "Metric"}


@pytest.mark.parametrize("text", [
    "We design a new pooling layer that contains learnable parameters to adjust to each graph.",
    "We add gated skip connections with per-channel learnable parameters to control the flow.",
    "The quokka tracker meta-learns the fusion with trainable wombat temperature parameters.",
])
def test_parameters_a_part_of_the_method_has_are_no_cost(text):
    assert "parameters" not in metric_texts(text)


@pytest.mark.parametrize("text", [
    "Our lightest model uses 0.04M trainable parameters and reaches 71.2% accuracy.",
    "The quokka layer adds no trainable parameters and is fully differentiable.",
    "The wombat tagger has very few tunable parameters and trains in an hour.",
    "Our model is small in terms of trainable parameters yet beats larger taggers.",
    "We obtain a family of quokka baselines with high accuracies and small amounts of trainable parameters.",
])
def test_parameters_counted_as_a_cost_stay_a_metric(text):
    assert "parameters" in metric_texts(text)


@pytest.mark.parametrize("text", [
    "The quokka tagger has 1.2 million trainable parameters.",
    "The quokka tagger uses only 1.2 M trainable parameters.",
    "Such wombat models have billions of trainable parameters.",
    "The quokka tagger needs many trainable parameters.",
    "The quokka adapter introduces trainable parameters amounting to only 0.1% of the model.",
])
def test_parameters_with_a_spaced_or_worded_amount_stay_a_metric(text):
    assert "parameters" in metric_texts(text)
