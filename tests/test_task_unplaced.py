"""A Task phrase that stands nowhere a task stands (issue 18; kg.graph.task_guesses.unplaced_task): guessed from its
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
         "We group fronds by pose after spore region detection.")
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
    from kg.graph.task_guesses import unplaced_task

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


def test_a_phrase_where_its_sentence_names_a_means_in_one_paper_is_no_task_node():
    a = Paper("a", "Moss Grading", "Earlier graders rely on manual spore detection, which is slow. "
                                   "We study moss stage recognition in bog images.")
    names = task_node_names([a])
    assert "manual spore detection" not in names  # what older systems rely on: a step, not this paper's task
    assert "moss stage recognition" in names
    b = Paper("b", "Spores", "We address manual spore detection in bog images.")
    assert "manual spore detection" in task_node_names([a, b])  # a second paper that works on it keeps it


def test_a_title_phrase_after_by_is_the_means_not_the_task():
    names = task_node_names([Paper("a", "Moss Stage Recognition by Efficient Spore Count Estimation", "We count spores.")])
    assert "spore count estimation" not in names
    assert "moss stage recognition" in names


def test_a_lexicon_task_name_used_as_a_means_in_one_paper_is_no_task_node():
    means = Paper("a", "Moss Photos", "Older deblurring pipelines rely on defocus estimation and hand-made priors. "
                                      "We address motion deblurring in moss photos.")
    assert "defocus estimation" in {t.lower() for t in tasks("Moss Photos", means.abstract)}
    assert "defocus estimation" not in task_node_names([means])
    goal = Paper("b", "Moss Photos", "We address defocus estimation in moss photos.")
    assert "defocus estimation" in task_node_names([goal])


def test_where_a_means_stands():
    from kg.extract.task_roles import means_role

    def means(text, s, title=False):
        i = text.index(s)
        return means_role(text, i, i + len(s), title=title)

    s = "leaf tilt estimation"
    assert means(f"It relies on {s}.", s) and means(f"It is based on A, B, or {s}.", s)
    assert means(f"They fail due to noisy {s}.", s) and means(f"A tracker with explicit {s} works.", s)
    assert means(f"Frond Tracking via Stem Detection and {s.title()}", s.title(), title=True)
    assert means(f"The result is highly dependent on the {s}.", s)  # what the result depends on
    assert means(f"Embeddings are trained to maximize {s} and spread.", s)  # a quantity optimised, no task
    assert not means(f"It relies on A for {s}.", s)  # a goal word between
    assert not means(f"We deal with {s}.", s)  # a problem dealt with
    assert not means(f"It is based on the insight that cues help {s}.", s)  # a clause with its own verb between
    assert not means(f"It relies on {s} tasks.", s)  # a task noun after it
    assert not means(f"With {s}, we see more.", s)  # a sentence's "With X": what the paper brings
    assert not means(f"We use A, including {s}.", s)  # a list opener between


def test_a_listed_name_of_a_pair_a_data_set_or_a_label_is_no_task_node_in_one_paper():
    a = Paper("a", "Glyphs", "It improves two translation tasks (Frisian-Manx and Frisian-Welsh). It also helps reading "
                             "tasks such as GlyphQA, a glyph reading set, and tasks such as glyph parsing and GQR.")
    listed = {t.lower() for t in tasks("Glyphs", a.abstract)}
    assert {"frisian-manx", "glyphqa", "glyph parsing", "gqr"} <= listed
    names = task_node_names([a])
    assert not names & {"frisian-manx", "frisian-welsh", "glyphqa"}  # a language pair, a data set: no task
    assert {"glyph parsing", "gqr"} <= names  # a process, and a task's acronym, stay
    b = Paper("b", "Glyphs", "Our model faces two problems: (Q1) labels are sparse; and (Q2) glyphs vary.")
    assert "q1" in {t.lower() for t in tasks("Glyphs", b.abstract)} and "q1" not in task_node_names([b])


def test_a_listed_name_that_links_to_a_data_set_keeps_its_node():
    from tests.helpers import pruned_graph

    a = Paper("a", "Glyphs", "It beats a baseline on a wide range of tasks including GLUE, SQuAD, and GlyphQA.")
    g, _, _ = pruned_graph([a])
    assert "GlyphQA" in {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "Dataset"}
