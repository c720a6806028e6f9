"""Lexicon dataset names written otherwise than the lexicon spells them (issue 18): a name ending in a letter
joined by a plus or a hyphen at the end of a sentence, a plus between letters written as a hyphen or left out
(sentences written for these tests)."""

import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper


def datasets(text):
    """(text as written, canonical) of every Dataset mention extracted from an abstract."""
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    return {(m.text, m.canonical or m.text) for m in ex.mentions if m.type.value == "Dataset"}


def test_a_name_ending_in_a_joined_letter_at_the_end_of_a_sentence_is_the_whole_name():
    found = datasets("We test our skeleton model on three benchmarks, among them the large NTU RGB+D. It wins.")
    assert ("NTU RGB+D", "NTU RGB+D") in found
    assert not any(t == "NTU" for t, _ in found)


@pytest.mark.parametrize("written", ["NTU RGB-D", "NTU-RGBD", "NTU RGBD"])
def test_a_plus_between_capitals_may_be_written_as_a_hyphen_or_left_out(written):
    assert (written, "NTU RGB+D") in datasets(f"Our skeleton model reaches the best accuracy on {written} today.")


def test_a_plus_before_a_word_keeps_its_word_apart():
    found = datasets("We train on CelebA masks drawn by hand and report results on CelebA.")
    assert not any(c == "CelebA+masks" for _, c in found)
