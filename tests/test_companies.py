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
