"""Dataset and Metric precision on real papers (issue 18): where a name is cut, mistyped or no measure at
all, fixed at the rule that made it (sentences written for these tests)."""
import functools

import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper


@functools.lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


def found(text, title="A Title"):
    """(text, type) of every mention extracted from a paper with this abstract and title."""
    ex = extract_one(Paper("p", title, text), nlp=_nlp())
    return {(m.text, m.type.value) for m in ex.mentions}


@pytest.mark.parametrize("title, fragment", [
    ("Training Detectors on Multiple Heterogeneous Datasets for Street Scenes", "Multiple Heterogeneous"),
    ("Learning Imbalanced Datasets with a Margin Loss", "Learning Imbalanced"),
    ("Quokka: Synthetic Datasets for Rule Learning", "Synthetic"),
])
def test_title_words_before_a_plural_data_noun_describe_data(title, fragment):
    assert (fragment, "Dataset") not in found("We study label noise in detail.", title)


def test_a_named_dataset_before_a_plural_data_noun_stays():
    assert ("Quokka-3D", "Dataset") in found("We report results on the Quokka-3D and Zorb Datasets.")


@pytest.mark.parametrize("text, phrase", [
    ("Our model gives a relative error reduction of 31% over the baseline.", "relative error reduction"),
    ("This brings an error reduction of 12% on the test set.", "error reduction"),
])
def test_a_change_of_a_measure_is_no_metric_even_from_the_generated_lexicon(text, phrase):
    assert (phrase, "Metric") not in found(text)


@pytest.mark.parametrize("text, name, piece", [
    ("Our tracker wins the Zorb 2019 Unsupervised Video Object Segmentation Challenge.",
     "Zorb 2019 Unsupervised Video Object Segmentation Challenge", "Unsupervised Video Object Segmentation Challenge"),
    ("Results of the Quokka Large Scale Visual Recognition Challenge follow.",
     "Quokka Large Scale Visual Recognition Challenge", "Scale Visual Recognition Challenge"),
    ("We won the ZORB2017 Image Super-Resolution Challenge [4].",
     "ZORB2017 Image Super-Resolution Challenge", "Image Super-Resolution Challenge"),
])
def test_a_contest_keeps_its_edition_and_scale_words(text, name, piece):
    got = found(text)
    assert (name, "Dataset") in got
    assert (piece, "Dataset") not in got


def test_a_long_contest_name_before_its_data_noun_is_not_cut_at_five_words():
    got = found("An accuracy of 75.3% was reached in the Large Scale 3D Quokka Activity Analysis Challenge.")
    assert ("Large Scale 3D Quokka Activity Analysis", "Dataset") in got
    assert ("Scale 3D Quokka Activity Analysis", "Dataset") not in got


@pytest.mark.parametrize("text, kind", [
    ("We evaluate on eight English NER datasets and improve the best results.", "English NER"),
    ("The model is strong on several person ReID benchmarks.", "ReID"),
    ("Few-shot segmentation (FSS) is hard. The network is tested on standard FSS datasets.", "FSS"),
])
def test_a_tasks_datasets_are_no_dataset_named_by_the_task(text, kind):
    assert (kind, "Dataset") not in found(text)


def test_named_datasets_before_a_plural_noun_stay():
    got = found("We test on the KITTI and Quokka datasets.")
    assert {("KITTI", "Dataset"), ("Quokka", "Dataset")} <= got
