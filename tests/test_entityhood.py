"""Entity-hood: what the text around a span says about it being an entity (sentences written for these tests)."""
import doctest
import functools

import pytest

from kg.extract import build_nlp, entityhood, extract_one
from kg.models import Paper


@functools.lru_cache(maxsize=1)
def _nlp():
    return build_nlp()


def names(text, title="A Title"):
    return {(m.type.value, m.text) for m in extract_one(Paper("p", title, text), nlp=_nlp()).mentions}


def test_docstring_examples():
    assert doctest.testmod(entityhood).failed == 0


@pytest.mark.parametrize("text, whole, piece", [
    ("Our tracker ranks first on the nuScenes benchmark.", "nuScenes", "Scenes"),
    ("Few-shot results on the miniImageNet dataset improve.", "miniImageNet", "ImageNet"),
    ("We report errors on the 300W benchmark.", "300W", "W"),
    ("Pose errors drop on the 3DPW dataset.", "3DPW", "DPW"),
    ("Lane detection works on the tuSimple dataset.", "tuSimple", "Simple"),
])
def test_a_name_is_never_cut_out_of_a_word(text, whole, piece):
    found = {t for _, t in names(text)}
    assert piece not in found
    assert whole in found


def test_no_mention_starts_or_ends_inside_a_word():
    text = ("We evaluate on the iNaturalist2018 dataset, the arXiv and PubMed datasets, the 1K test set "
            "and bioNER benchmarks, with named entity recognition (NER) as the task.")
    ex = extract_one(Paper("p", "A Title", text), nlp=_nlp())
    for m in ex.mentions:
        field = ex.paper.abstract if m.field == "abstract" else ex.paper.title
        assert not entityhood.inside_word(field, m.start, m.end), m
    assert "Xiv" not in {m.text for m in ex.mentions}
