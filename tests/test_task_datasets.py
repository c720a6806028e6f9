"""A Task phrase led by a data set's name is that Dataset and the task after it (issue 18: Task nodes mixing a
Dataset and a task, kg.extract.task_datasets); sentences written for these tests."""
from __future__ import annotations


from kg.extract import build_nlp, extract_one
from kg.extract.candidates import Candidate
from kg.extract.task_datasets import dataset_led_tasks
from kg.models import Paper
from kg.vocab import EntityType as T


def mentions(text: str, title: str = "A Study") -> set[tuple[str, str]]:
    return {(m.text, m.type.value) for m in extract_one(Paper("p", title, text), nlp=build_nlp()).mentions}


def test_a_data_set_written_in_another_case_before_a_bare_head_is_the_dataset():
    got = mentions("The new layer beats batch statistics on Imagenet classification with small batches.")
    assert ("Imagenet", "Dataset") in got and not any(t == "Task" and "Imagenet" in w for w, t in got), got
    got = mentions("Pretraining this way also helps Pascal detection by two points.")
    assert ("Pascal", "Dataset") in got and ("Pascal detection", "Task") not in got, got


def test_the_rest_stays_a_task_when_it_names_one():
    got = mentions("Our model doubles the score on the hard Cityscapes Instance Level Segmentation task.")
    assert ("Cityscapes", "Dataset") in got and ("Instance Level Segmentation", "Task") in got, got
    assert ("Cityscapes Instance Level Segmentation", "Task") not in got, got
    got = mentions("We try the pipeline on KITTI and Cityscapes Panoptic Segmentation with good results.")
    assert ("Cityscapes", "Dataset") in got and ("Panoptic Segmentation", "Task") in got, got


def test_an_ordinary_word_opening_a_sentence_or_a_title_is_no_data_set():
    # "RACE" and "GraSP" are data sets of the lexicon; "Race" opening a sentence and a title's "Grasp" are words
    got = mentions("Race recognition from face crops raises fairness questions.")
    assert ("Race", "Dataset") not in got, got
    got = mentions("We learn from few examples.", title="Grasp Detection with Few Examples")
    assert ("Grasp", "Dataset") not in got, got


def test_a_lexicon_task_named_after_its_data_keeps_its_words():
    t = "Parsers are compared on UCCA Parsing across languages."
    c = [Candidate(t.index("UCCA"), t.index(" across"), T.TASK, 55, "titlecase")]
    keys = {"ucca": (T.DATASET, "UCCA", True)}
    assert dataset_led_tasks(t, c, keys) == c


def test_a_lexicon_or_acronym_task_is_left_as_it_is():
    t = "We study Quokka parsing here."
    c = [Candidate(t.index("Quokka"), t.index(" here"), T.TASK, 60, "acronym")]
    keys = {"quokka": (T.DATASET, "Quokka", True)}
    assert dataset_led_tasks(t, c, keys) == c
    # the same span guessed by its head word: the Dataset, and no task ("parsing" alone names none)
    got = dataset_led_tasks(t, [c[0]._replace(rule="head")], keys)
    assert [(x.type, t[x.start:x.end]) for x in got] == [(T.DATASET, "Quokka")]


def test_a_phrase_a_data_noun_follows_is_the_data_sets_whole_name():
    t = "Recall improves on the Quokka Shoe Retrieval dataset."
    c = [Candidate(t.index("Quokka"), t.index(" dataset"), T.TASK, 55, "titlecase")]
    keys = {"quokka": (T.DATASET, "Quokka", True)}
    assert dataset_led_tasks(t, c, keys) == c
    assert [t[x.start:x.end] for x in dataset_led_tasks(t.replace(" dataset", " task"), c, keys)] == [
        "Quokka", "Shoe Retrieval"]
