"""A title's first noun phrase followed by "for <task>" is the means, not the paper's task ("X for Y": Y is
the task), also in a title set in capitals, for a task that opens on a digit ("for 6D ..."), a pair of
tasks ("for Body Pose and Shape Estimation") or a task followed by "at ..." (issue 18). Titles written for
these tests."""

import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper


def _title_tasks(title):
    ex = extract_one(Paper("p", title, "We study it."), nlp=build_nlp())
    return {m.text for m in ex.mentions if m.type.value == "Task" and m.field == "title"}


@pytest.mark.parametrize("title, means", [
    ("GLINT: STROKE ORDER PREDICTION FOR HANDWRITTEN GLYPH SEGMENTATION", "STROKE ORDER PREDICTION"),
    ("Glyph Skeleton Prediction for 6D Glyph Detection", "Glyph Skeleton Prediction"),
    ("Stroke Order Prediction for Glyph Pose and Ink Estimation", "Stroke Order Prediction"),
    ("Cross-Page Stroke Tracking for Glyph Pose Estimation at over 90 FPS", "Cross-Page Stroke Tracking"),
    ("Late Stroke Modeling in Deep Glyph Networks with Priors for Seal Script Recognition", "Late Stroke Modeling"),
])
def test_a_means_before_for_a_task_is_no_task(title, means):
    assert means not in _title_tasks(title)


def test_a_task_for_a_setting_stays_a_task():
    assert "Handwritten Glyph Segmentation" in _title_tasks("Handwritten Glyph Segmentation for Old Ledgers")
