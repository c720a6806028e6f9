"""A Task phrase that stands nowhere a task stands (issue 18; kg.graph.namehood.unplaced_task): guessed from its
task word, with no goal word before it, no task noun or verb after it, not at a sentence's start and not listed
with other tasks, it is a step or a description of the paper's own model; one paper is no evidence of a task.
Sentences written for these tests."""
from __future__ import annotations

from kg.models import Mention, Paper
from kg.vocab import EntityType
from tests.helpers import task_node_names
from tests.test_task_steps import tasks

STEPS = ("Our model predicts fern outlines through frond center classification and learns offsets. "
         "The features are fed into per-pixel leaf id classification, which splits touching leaves. "
         "We group fronds by pose rather than spore region detection.")
GOALS = ("We study moss stage recognition in bog images. "
         "Results on leaf vein segmentation, spore cluster detection and moss lobe estimation improve. "
         "Fern frond tracking remains hard in windy scenes.")



def test_the_extractor_reads_these_phrases_as_tasks():
    got = {t.lower() for t in tasks("Moss Scans", STEPS + " " + GOALS)}
    want = {"frond center classification", "per-pixel leaf id classification", "spore region detection",
            "moss stage recognition", "spore cluster detection", "moss lobe estimation", "fern frond tracking"}
    assert want <= got, want - got


def test_a_step_of_the_model_in_one_paper_is_no_task_node():
    names = task_node_names([Paper("a", "Moss Scans", STEPS + " " + GOALS)])
    assert not names & {"frond center classification", "per-pixel leaf id classification", "spore region detection"}
    assert {"moss stage recognition", "spore cluster detection", "moss lobe estimation", "fern frond tracking"} <= names


def test_a_second_paper_keeps_the_phrase():
    other = Paper("b", "Ferns", "We address frond center classification in windy scenes.")
    assert "frond center classification" in task_node_names([Paper("a", "Moss Scans", STEPS), other])


def test_a_phrase_no_paper_places_as_a_task_is_no_node_in_any_number_of_papers():
    a = Paper("a", "Ferns", "The model handles gusts through leaf tilt estimation over time.")
    b = Paper("b", "Mosses", "Our tracker adds leaf tilt estimation and keeps the frame rate.")
    c = Paper("c", "Bogs", "We study leaf tilt estimation in windy scenes.")
    assert "leaf tilt estimation" in {t.lower() for t in tasks("Ferns", a.abstract)}
    assert "leaf tilt estimation" not in task_node_names([a, b])
    assert "leaf tilt estimation" in task_node_names([a, b, c])  # a third paper names it as what it studies


def test_where_a_task_stands():
    from kg.graph.namehood import unplaced_task

    def placed(text, s, field="abstract"):
        i = text.index(s)
        return not unplaced_task(Mention(EntityType.TASK, s, i, i + len(s), field=field, rule="head"), text)

    s = "moss lobe counting"
    assert not placed(f"It learns through {s} and more.", s)
    assert placed(f"It learns for {s} and more.", s)  # a goal preposition
    assert not placed(f"It learns subtle cues for its {s} and more.", s)  # a property of the model's, no goal
    assert placed(f"It learns through {s} tasks.", s)  # a task noun after it
    assert placed(f"It learns through {s} and spore cluster detection.", s)  # listed with a process
    assert placed(f"Yes. {s.capitalize()} is hard.", s.capitalize())  # a sentence's subject
    assert placed(f"Fast {s}", s, field="title")  # a title names what the paper is about
    assert placed(f"Interpolation as well as {s} work.", s)  # "as well as" lists it too
