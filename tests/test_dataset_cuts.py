"""Dataset names neither cut nor padded (issue 18; sentences written for these tests): a quoted long form with
function words inside is whole, a year or a numbered word after a name is the name's, a task after a name is not, nor
a word that sets the data noun against it; a name in plain words before a task's head is what the task works on."""
import pytest

from kg.extract import build_nlp, extract_one
from kg.link.tokens import whole_mentions
from kg.models import Paper

from helpers import found_mentions as _found


def _datasets(abstract: str, title: str = "A Title") -> set[str]:
    return {t for k, t in _found(abstract, title) if k == "Dataset"}


def test_a_quoted_long_form_with_function_words_is_whole():
    found = _datasets('We release a new benchmark named "Quokka under Wombat Trees (QWT)" that holds '
                      '40,000 annotated scenes.')
    assert "Quokka under Wombat Trees" in found
    assert "Quokka" not in found


def test_a_year_after_a_name_with_a_digit_stays_with_it():
    found = _found("Our recogniser reaches 7.1% word error rate on the Quox7 2004 evaluation set, and 9.2% "
                   "on the Quox7 2004 evaluation.")
    assert not any(t == "Quox7" for _, t in found)
    assert any(t == "Quox7 2004" for _, t in found)


def test_a_numbered_word_after_a_shape_name_is_part_of_it():
    found = _datasets("Our widened network beats the best accuracies known on CIFAR-10 and QBX Seeds-120.")
    assert "QBX Seeds-120" in found
    assert "QBX" not in found


def test_a_numbered_network_or_experiment_part_is_not_part_of_a_shape_name():
    # a network's depth ("Conv-4", "ResNet-12": stems opening Method lexicon names) and a part of an experiment
    found = _datasets("We train on QBX Conv-4 and on QBX ResNet-12 backbones for ten epochs.")
    assert not any(t.startswith("QBX ") for t in found), found
    found = _datasets("Scores rise on QBX Phase-2 and on QBX Fold-3 of the protocol.")
    assert not any(t.startswith("QBX ") for t in found), found


def test_a_task_after_a_dataset_run_is_not_part_of_its_name():
    found = _found("We evaluate on three benchmarks such as Synscapes Pose Estimation and Synscapes Pose Tracking, "
                   "and report gains.")
    assert ("Dataset", "Synscapes Pose") not in found
    assert ("Dataset", "Synscapes") in found


def test_a_word_setting_the_data_noun_apart_is_not_part_of_the_name():
    found = _datasets("We compare QuokSet3D with the Wombat Existing Datasets in a table.",
                      title="QuokSet3D: a Set of Shapes Our Set: QuokSet3D Existing Datasets")
    assert not any(t.endswith("Existing") for t in found)


def test_a_lexicon_dataset_does_not_grow_over_a_task_after_it():
    ex = extract_one(Paper("p", "A Title", "Our gait model lowers the error by 3.1% on OUMVLP pose estimation."),
                     nlp=build_nlp())
    names = {(m.type.value, m.text) for m in whole_mentions(ex)}
    assert ("Dataset", "OUMVLP") in names
    assert ("Dataset", "OUMVLP pose") not in names


def test_a_lexicon_dataset_still_grows_over_a_plain_word():
    ex = extract_one(Paper("p", "A Title", "We report accuracy on the OUMVLP pose labels."), nlp=build_nlp())
    assert ("Dataset", "OUMVLP pose") in {(m.type.value, m.text) for m in whole_mentions(ex)}


def test_plain_capitalised_words_before_a_task_head_are_no_result_dataset():
    ex = extract_one(Paper("p", "A Title", "We show a 6.3 mAP improvement on Hand-Object Contact recognition, and "
                                           "a 4.1 mAP gain on QuokSet segmentation."), nlp=build_nlp())
    data = {r.dataset for r in ex.results}
    assert "Hand-Object Contact" not in data


def _result_data(abstract: str) -> dict[str, str | None]:
    ex = extract_one(Paper("p", "A Title", abstract), nlp=build_nlp())
    return {r.value: r.dataset for r in ex.results}


def test_a_coined_name_before_a_task_head_stays_the_result_dataset():
    # words no task is named by ("Quokka", "Else") or a lexicon Dataset: a data set's name before the task
    got = _result_data("We obtain 80.3% accuracy on Quokka-Ego recognition and 51.2% on Something-Else recognition.")
    assert got.get("51.2%") == "Something-Else", got
    got = _result_data("Our model reaches 71.4% accuracy on Quokka-Wombat Contact recognition.")
    assert got.get("71.4%") == "Quokka-Wombat Contact", got
    got = _result_data("Our model reaches 91.4% accuracy on Stanford Cars classification.")
    assert got.get("91.4%") == "Stanford Cars", got


def test_plain_words_before_a_task_phrase_or_a_hyphenated_head_are_no_result_dataset():
    got = _result_data("Our model reaches 71.4% accuracy on Hand-Object Contact action recognition.")
    assert got.get("71.4%") is None, got
    got = _result_data("Our model reaches 31.3 dB PSNR on Urban Scenes super-resolution.")
    assert got.get("31.3 dB") is None, got


def test_a_lexicon_dataset_acronym_is_not_taken_by_a_task_named_like_its_long_form():
    found = _found("We release a new database Damaged Tissue Detection (DTD) of 3,000 scans. DTD holds many labels.")
    assert ("Dataset", "DTD") in found
    assert ("Dataset", "Damaged Tissue Detection") not in found


def test_a_long_form_after_a_data_noun_is_a_dataset_only_where_it_is_named():
    # "On this benchmark, X (Y) improves ...": the subject of the sentence, no data set's name
    found = _found("On this benchmark, Quokka Wombat Mixing (QWM) improves accuracy by 3.1%.")
    assert ("Dataset", "QWM") not in found and ("Dataset", "Quokka Wombat Mixing") not in found, found
    found = _found("We build a new benchmark, Quokka Wombat Mixing (QWM), with 3,000 clips.")
    assert ("Dataset", "Quokka Wombat Mixing") in found, found


def test_a_single_quote_opens_a_named_long_form_as_a_double_one_does():
    found = _found("We present a dataset named 'Quokka under Wombat Trees (QWT)' with 40,000 scenes.")
    assert ("Dataset", "Quokka under Wombat Trees") in found, found
    assert ("Dataset", "Quokka") not in found and ("Method", "QWT") not in found, found


def test_a_lexicon_dataset_acronym_before_a_data_noun_is_not_taken_by_its_task_long_form():
    ex = extract_one(Paper("p", "A Title", "We test our parser on the Multi-Human Parsing (MHP) dataset. MHP is "
                                           "hard for parsers."), nlp=build_nlp())
    shorts = {(m.type.value, m.canonical) for m in ex.mentions if m.text == "MHP"}
    assert shorts and all(t == "Dataset" for t, _ in shorts), shorts


def test_a_whole_word_opening_method_names_is_no_network_stem():
    """"Vision" opens "vision transformer" as a whole word: "QBX Vision-100" is numbered data, "QBX Conv-4" a depth."""
    from kg.extract.numbered_parts import network_stem
    assert not network_stem("vision")
    assert network_stem("conv")


def test_a_new_dataset_with_a_capitalised_or_numbered_adjective_names_its_long_form():
    ex = extract_one(Paper("p", "A Title", "We collect a new large-scale 3D dataset, Quokka Wombat Glyphs (QWG), "
                                           "with 10k scans."), nlp=build_nlp())
    types = {m.text: m.type.value for m in whole_mentions(ex)}
    assert types.get("Quokka Wombat Glyphs") == "Dataset", types


def test_a_new_dataset_with_an_of_phrase_before_the_comma_names_its_long_form():
    # the apposition follows the data noun's "of" phrase: the long form names the data set, not a task
    found = _datasets("We test on a new dataset of street crossings, Quokka Quay Detection (QQD), and on another.")
    assert {"Quokka Quay Detection", "QQD"} <= found
    # without the comma no apposition: "a dataset of the Quokka Quay Detection (QQD) challenge" names no data set
    assert "Quokka Quay Detection" not in _datasets("We test on a dataset of the Quokka Quay Detection (QQD) task.")


@pytest.mark.parametrize(
    "text, name",
    [
        # a fronted phrase with a data noun and its "of" phrase: the long form after its comma is the clause's
        # subject, with a verb of its own, no data set's name
        ("On a benchmark of six languages, Glyph Entity Tagging (GET) improves by 3 points.", "Glyph Entity Tagging"),
        ("Using a new corpus of news articles, Quokka Stance Tagging (QST) improves F1 by 3 points.",
         "Quokka Stance Tagging"),
    ],
)
def test_a_fronted_data_phrase_of_x_names_no_data_set_after_its_comma(text, name):
    assert name not in _datasets(text)


@pytest.mark.parametrize(
    "text",
    [
        # the apposition after a colon, after a five-word "of" phrase, after a plural data noun
        "We test on a new dataset of street crossings: Quokka Quay Detection (QQD), and on another.",
        "We test on a new dataset of busy street crossings at night, Quokka Quay Detection (QQD), and on another.",
        "We release new datasets of street crossings, Quokka Quay Detection (QQD) and Wombat Walk Tracking (WWT).",
    ],
)
def test_a_data_noun_of_phrase_apposition_after_a_colon_a_longer_phrase_or_a_plural(text):
    assert "Quokka Quay Detection" in _datasets(text)
