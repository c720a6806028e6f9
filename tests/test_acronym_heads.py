"""An acronym's long form that only describes the noun after its parenthesis, and long forms that run into a
naming verb (issue 18). The sentences are written for these tests."""
import pytest

from kg.extract import build_nlp, extract_papers
from kg.models import Paper


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _found(nlp, abstract):
    (ex,) = list(extract_papers([Paper("t1", "Reading Shelves", abstract)], nlp=nlp))
    return {(m.text, m.type.value) for m in ex.mentions}, ex


def test_an_adjective_long_form_names_the_noun_after_its_acronym(nlp):
    found, ex = _found(nlp, "We build a Shelf-guided Deep Convolutional (SDC) model for shop shelves. "
                            "The SDC model counts boxes.")
    names = {t for t, _ in found}
    assert ("Shelf-guided Deep Convolutional (SDC) model", "Method") in found
    assert "Shelf-guided Deep Convolutional" not in names
    canon = {m.canonical for m in ex.mentions if m.text.startswith("Shelf")}
    assert canon == {"Shelf-guided Deep Convolutional model"} or all("(" not in c for c in canon if c)


def test_an_adjective_long_form_before_a_kind_of_data_is_no_entity(nlp):
    found, _ = _found(nlp, "We pool multi-scale spatially averaged (MSSA) features of the shelf photos. "
                           "MSSA features feed a regressor.")
    names = {t for t, _ in found}
    assert not any("spatially averaged" in n for n in names)
    assert "MSSA" not in names


def test_a_noun_long_form_keeps_its_own_name(nlp):
    found, _ = _found(nlp, "We add Shelf Box Normalization (SBN) layers to the counter.")
    assert ("Shelf Box Normalization", "Method") in found


def test_a_long_form_that_runs_into_a_naming_verb_is_no_definition(nlp):
    found, _ = _found(nlp, "We design a compact shelf network, called (CSNet), to count boxes.")
    names = {t for t, _ in found}
    assert not any("called" in n for n in names)
    assert "CSNet" in names


def test_named_as_an_adjective_is_no_naming_verb(nlp):
    found, _ = _found(nlp, "We study named entity recognition (NER) on shelf labels. NER finds brands.")
    assert ("named entity recognition", "Task") in found
