"""A dataset name does not take the acronym of a task its paper defines (issue 18; sentences written for these
tests): "the Quokka RTQA benchmark" after "rare-term question answering (RTQA)" names the data set Quokka."""
from helpers import found_mentions as _found


def test_a_task_acronym_after_a_dataset_name_is_not_part_of_it():
    found = _found("We study rare-term question answering (RTQA) with retrieval. Our reader sets a new best score "
                   "on the Quokka7 RTQA dataset.")
    datasets = {t for k, t in found if k == "Dataset"}
    assert "Quokka7 RTQA" not in datasets
    assert "Quokka7" in datasets


def test_an_acronym_defined_for_no_task_stays_in_the_name():
    found = _found("We build a wide glyph bank (WGB) from scans. Our reader is tested on the Quokka7 WGB dataset.")
    assert ("Dataset", "Quokka7 WGB") in found


def test_a_name_before_a_task_acronym_in_a_list_of_datasets_stays_a_dataset():
    found = _found("We study glyph entity tagging (GET) with a tagger. It is tested on the Quokka GET and WBT GET "
                   "datasets.")
    assert ("Dataset", "WBT") in found
    assert ("Method", "WBT") not in found
    assert ("Dataset", "Quokka") in found


def test_a_task_acronym_inside_a_longer_title_case_name_stays():
    found = _found("We study glyph entity tagging (GET) with a tagger. It wins the Quokka Wombat Numbat GET Challenge "
                   "held this year.")
    assert ("Dataset", "Quokka Wombat Numbat") not in found
