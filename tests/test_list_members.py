"""List members are typed by their list: a bare name among datasets is a Dataset, with its year
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from kg.extract import build_nlp, extract_papers
from kg.models import Paper


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _types(nlp, abstract):
    (ex,) = list(extract_papers([Paper("t", "Counting Birds", abstract)], nlp=nlp))
    return {m.text: m.type.value for m in ex.mentions}


def test_a_bare_name_with_its_year_in_a_list_of_datasets_is_a_dataset_with_the_year(nlp):
    types = _types(nlp, "We count birds on three benchmarks: QUOKKA 2016, CIFAR-10 and MNIST.")
    assert types.get("QUOKKA 2016") == "Dataset"
    assert "QUOKKA" not in types


def test_a_year_beside_a_pair_keeps_the_pair(nlp):
    types = _types(nlp, "Counting tests on the WOMBATS 2019 and CIFAR-10 show gains over BERT.")
    assert types.get("WOMBATS 2019") == "Dataset"
    assert types["BERT"] == "Method"


def test_a_cited_member_stays_in_its_list(nlp):
    types = _types(nlp, "We count birds on CIFAR-10 [4], KOALANET [7] and MNIST [9] with a small network.")
    assert types.get("KOALANET") == "Dataset"


def test_a_list_of_methods_keeps_its_bare_names_methods(nlp):
    types = _types(nlp, "We compare with BERT (2018), KOALANET and ResNet on CIFAR-10.")
    assert types.get("KOALANET") == "Method"


def test_a_bare_name_with_a_year_before_a_data_noun_is_a_dataset_edition(nlp):
    types = _types(nlp, "We report F1 on the WALLABY 2012 dataset and on the EMUCOUNT 2019 bird counting "
                        "benchmark, where KOALANET 2020 runs fast.")
    assert types.get("WALLABY 2012") == "Dataset"
    assert types.get("EMUCOUNT 2019") == "Dataset"
    assert types.get("KOALANET") == "Method"


def test_a_bare_name_paired_with_a_dataset_in_parentheses_is_a_dataset(nlp):
    types = _types(nlp, "It helps question answering (KOALAQA, Natural Questions), and it beats BERT, KOALANET.")
    assert types.get("KOALAQA") == "Dataset"
    assert types.get("KOALANET") == "Method"


def test_a_name_after_a_bare_comma_and_before_a_verb_is_the_clause_subject_not_a_member(nlp):
    # the list after "corpora, such as" ends at the comma: the next name is what "can still help"
    types = _types(nlp, "Even for nets pre-trained on huge bird corpora, such as BERT, QUOKKAFIT can still help "
                        "counting. We also tested birds on corpora such as WOMBATS and KOALASET are hard.")
    assert types.get("QUOKKAFIT") != "Dataset"
    assert types.get("KOALASET") == "Dataset"  # a list closed by "and" keeps its last member



def test_a_name_glossed_as_a_technique_keeps_its_type_beside_a_dataset(nlp):
    # a parenthesis after a name that ends in a kind of technique says what the name is: its Dataset neighbour
    # (a lexicon name, glossed as a network itself here) does not make it a Dataset
    got = _types(nlp, "The pipeline consists of ShapeNet (a shape encoding network) and QRFN (a query ranking "
                      "fusion network).")
    assert got.get("QRFN") == "Method"


def test_a_name_glossed_as_a_technique_keeps_its_type_in_a_list_of_datasets(nlp):
    got = _types(nlp, "We compare on KITTI, Cityscapes and QRFN (a query ranking fusion network).")
    assert got.get("QRFN") == "Method"
    # a bare name without a gloss still joins its Dataset neighbours
    got = _types(nlp, "We compare on KITTI, Cityscapes and QRFN.")
    assert got.get("QRFN") == "Dataset"


def test_bare_names_with_figures_in_brackets_before_a_data_noun_are_datasets(nlp):
    types = _types(nlp, "Our counter gets good scores on the KOALACD (F1: 0.812, IoU: 0.733) and the EMU (F1: 0.901) "
                        "datasets, and on QUOKKA (0.91) and WOMBAT (0.88), where KOALANET (0.85) runs fast.")
    assert types.get("EMU") == "Dataset"
    assert types.get("KOALACD") == "Dataset"
    assert types.get("KOALANET") == "Method"
