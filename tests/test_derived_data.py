"""A name said to be a version, subset or split of a dataset the paper names is a Dataset (sentences written for these
tests)."""
import functools

from kg.extract import build_nlp, extract_one
from kg.models import Paper


@functools.lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


def found(title, text):
    return {(m.type.value, m.text) for m in extract_one(Paper("p", title, text), nlp=_nlp()).mentions}


def test_a_version_of_a_known_dataset_the_paper_introduces_is_a_dataset():
    got = found("Caption data", "Beyond our results, we also introduce Quokka-Captions, a version of ImageNet with "
                                "captions written by hand, to enable further study.")
    assert ("Dataset", "Quokka-Captions") in got and ("Method", "Quokka-Captions") not in got


def test_a_subset_of_a_dataset_named_after_it_is_a_dataset():
    got = found("Small data", "We present Quokka-Small, a small subset of the COCO dataset for quick tests.")
    assert ("Dataset", "Quokka-Small") in got and ("Method", "Quokka-Small") not in got


def test_a_variant_of_a_method_stays_a_method():
    got = found("Optimisers", "We propose QuokkaProp, a variant of Adam that rescales each step.")
    assert ("Method", "QuokkaProp") in got and ("Dataset", "QuokkaProp") not in got
