"""A task cut short of the word before it, where the two together are a Task name of the lexicon (issue 18:
names cut short, kg.extract.task_bounds.lexicon_lead_tasks); sentences written for these tests."""
from __future__ import annotations

import functools

from kg.extract import build_nlp, extract_one
from kg.extract.rules import Candidate
from kg.extract.task_bounds import lexicon_lead_tasks
from kg.models import Paper
from kg.vocab import EntityType as T


@functools.lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type.value) for m in extract_one(Paper("p", "A Study", text), nlp=_nlp()).mentions}


def test_a_lower_case_lead_word_of_a_lexicon_task_is_part_of_it():
    got = mentions("A new loss helps RGB-D salient object detection in cluttered rooms.")
    assert ("RGB-D salient object detection", "Task") in got, got
    got = mentions("A small recurrent model is enough for multi-modal machine translation with pictures.")
    assert ("multi-modal machine translation", "Task") in got, got
    got = mentions("We train a network for weakly-supervised object detection with image labels.")
    assert ("weakly-supervised object detection", "Task") in got and ("object detection", "Task") not in got, got


def test_an_acronym_long_form_keeps_the_span_its_letters_spell():
    got = mentions("We present a lightweight network for image super-resolution (SR) on mobile phones.")
    assert ("super-resolution", "Task") in got and ("SR", "Task") in got, got


def test_a_word_with_a_name_of_its_own_does_not_lead_the_task():
    t = "We report scores on the Spoken Natural language inference set."
    task = t.index("language")
    c = [Candidate(t.index("Spoken"), task - 1, T.DATASET, 60, "lexicon"),
         Candidate(task, t.index(" set"), T.TASK, 60, "head")]
    assert [t[x.start:x.end] for x in lexicon_lead_tasks(t, c)] == ["Spoken Natural", "language inference"]
    # the same words with no name over the lead word: the task takes it
    assert [t[x.start:x.end] for x in lexicon_lead_tasks(t, c[1:])] == ["Natural language inference"]


def test_a_word_before_a_task_that_makes_no_lexicon_name_is_not_taken():
    got = mentions("Our accurate salient object detection model runs fast.")
    assert ("accurate salient object detection", "Task") not in got, got
    # a word that only describes the lexicon's own entry ("single-image super-resolution" is super-resolution)
    # and a setting word other rules take off stay out
    got = mentions("Their features help person ReID across many cameras.")
    assert ("ReID", "Task") in got, got
    got = mentions("The sampler brings real-time semantic segmentation to small drones.")
    assert ("semantic segmentation", "Task") in got, got
    got = mentions("We study the machine translation of short notes.")
    assert ("the machine translation", "Task") not in got, got
