"""A name typed by its shape that the paper always writes with a year keeps the year (issue 18; sentences written
for these tests): editions of a challenge or benchmark stay apart."""

from kg.extract import build_nlp, extract_one
from kg.models import Paper


def _names(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    return {m.text for m in ex.mentions}


def test_a_name_always_written_with_a_year_keeps_it():
    names = _names("We enter two lung nodule challenges, QuoKSeg 2019 and LuNoDet 2021, and win both of them.")
    assert {"QuoKSeg 2019", "LuNoDet 2021"} <= names
    assert not {"QuoKSeg", "LuNoDet"} & names


def test_two_editions_of_one_name_stay_apart():
    names = _names("Our segmenter leads on QuoKSeg 2019 for the whole organ; on QuoKSeg 2021 it is second.")
    assert {"QuoKSeg 2019", "QuoKSeg 2021"} <= names


def test_a_name_also_written_without_a_year_stays_bare():
    names = _names("We train QuoKNet on the 2019 scans. QuoKNet 2019 and later runs used one GPU.")
    assert "QuoKNet 2019" not in names


def test_an_acronym_with_a_year_after_its_long_form_stays_the_long_forms():
    names = _names("Our team entered the shared task on Quokka Glyph Segmentation (QGS 2021), where it was ranked "
                   "second of nine teams.")
    assert "QGS 2021" not in names


def test_names_cited_after_by_keep_no_year():
    names = _names("As shown by DeVrees 2017 and LeKun 1998, deep quokka nets learn slowly on small data.")
    assert not {"DeVrees 2017", "LeKun 1998"} & names


def test_a_range_of_years_is_not_cut_after_its_first_year():
    names = _names("Our segmenter leads on QuoKSeg 2017-2019 for the whole organ and wins.")
    assert "QuoKSeg 2017" not in names


def test_a_list_of_editions_after_a_slash_keeps_its_first_year():
    names = _names("We test our tracker on QuoKTrack 2015/2016/2017 and on nothing else.")
    assert "QuoKTrack 2015" in names


def test_an_edition_written_with_an_apostrophe_belongs_to_the_name():
    names = _names("Our recogniser lowers the word error rate to 9.1% on the Wombat5'00 test set and to 8.7% on "
                   "QuokCall\u201917.")
    assert {"Wombat5'00", "QuokCall\u201917"} <= names
    assert not {"Wombat5", "QuokCall"} & names


def test_a_four_digit_edition_after_an_apostrophe_belongs_to_the_name():
    names = _names("Our recogniser lowers the word error rate to 9.1% on the Wombat5'2000 test set.")
    assert "Wombat5'2000" in names and "Wombat5" not in names
