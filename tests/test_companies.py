"""A dataset named after a company is no dataset where the text writes the company (issue 18; sentences written for
these tests): "as in the case of X", "companies such as X", "X's recommendation engine"."""
import functools

from kg.extract import build_nlp, extract_one
from kg.models import Paper


@functools.lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


def _datasets(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=_nlp())
    return [m.text for m in ex.mentions if m.type.value == "Dataset"]


def test_a_company_context_makes_no_dataset_mention():
    assert _datasets("Many shops have short sessions only, not long histories (as in the case of Netflix).") == []
    assert _datasets("Streaming firms such as Netflix rank films for each user.") == []
    assert _datasets("Netflix's recommendation engine ranks films for each user.") == []


def test_the_same_name_evaluated_on_stays_a_dataset():
    assert _datasets("Our ranker beats all baselines on MovieLens-1M and Netflix.") == ["MovieLens-1M", "Netflix"]


def _found(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=_nlp())
    return [(m.text, m.type.value) for m in ex.mentions]


def test_as_in_the_case_of_alone_names_no_company():
    """'as in the case of' takes any name: without a word of firms, users or services around, the dataset stays."""
    assert ("MNIST", "Dataset") in _found("Digits are centred and size-normalised, as in the case of MNIST.")
    assert ("MovieLens", "Dataset") in _found("MovieLens's users rate films on a five-star scale.")


def test_a_dropped_company_name_leaves_no_other_mention():
    """The company's name is no mention at all: no rule reads it as a Method instead."""
    found = _found("Unlike the website of a small shop, as in the case of MovieLens, our sessions are short.")
    assert [t for t, _ in found if t == "MovieLens"] == []
    assert [t for t, _ in _found("MovieLens's customers rate films each week.") if t == "MovieLens"] == []


def test_company_words_in_any_case():
    assert _datasets("Companies such as Netflix rank films for each user.") == []
    assert _datasets("Firms like Netflix, Spotify, and Amazon rank items for each user.") == []
    assert _datasets("Netflix's apps rank films for each user.") == []
