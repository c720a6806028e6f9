"""Two datasets joined by "to" (any case) name a transfer setting (issue 18; sentences written for these tests):
the mention is the two datasets, not one glued node, even where the lexicon lists the pair as a dataset."""
import functools

from kg.extract import build_nlp, extract_one
from kg.models import Paper
from kg.vocab import EntityType as T


@functools.lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


def _found(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=_nlp())
    return {(m.text, m.type) for m in ex.mentions}


def test_a_transfer_setting_is_its_two_datasets():
    found = _found("Our aligner gains 3.1% accuracy on MNIST-to-USPS and 2.4% on SVHN to MNIST adaptation.")
    assert {("MNIST", T.DATASET), ("USPS", T.DATASET), ("SVHN", T.DATASET)} <= found
    assert not {t for t, _ in found} & {"MNIST-to-USPS", "SVHN to MNIST", "SVHN-to-MNIST"}


def test_a_name_made_of_words_joined_by_to_stays_whole():
    found = _found("Agents follow instructions on the Room-to-Room benchmark with a 61% success rate.")
    assert ("Room-to-Room", T.DATASET) in found


def test_a_capital_to_joins_a_transfer_setting_too():
    found = _found("Our aligner gains 3.1% accuracy on USPS-To-MNIST adaptation.")
    assert {("MNIST", T.DATASET), ("USPS", T.DATASET)} <= found
    assert "USPS-To-MNIST" not in {t for t, _ in found}
