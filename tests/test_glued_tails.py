"""A name glued to the adjective a lost hyphen made of it ("QuokkaNetbased" for "QuokkaNet-based") is the name
(kg/extract/glued_tails.py; sentences written for these tests)."""
from __future__ import annotations


from kg.extract import build_nlp, extract_one
from kg.link.tokens import whole_span
from kg.models import Paper


def _names(text):
    return {m.text: m.type.value for m in extract_one(Paper("p", "Sparse Scans", text), nlp=build_nlp()).mentions}


def test_a_known_name_glued_to_based_is_the_name():
    names = _names("Earlier detectors such as PointNetbased methods lose thin parts of sparse scans.")
    assert names.get("PointNet") == "Method"
    assert "PointNetbased" not in names


def test_a_name_the_paper_writes_apart_glued_to_style_is_the_name():
    names = _names("We train a QZNet on sparse scans. Unlike QZNetstyle models, ours keeps thin parts.")
    assert "QZNetstyle" not in names
    assert names.get("QZNet") == "Method"


def test_an_unknown_stem_never_written_apart_is_no_name_of_its_own():
    names = _names("Earlier detectors such as ZQRDbased methods lose thin parts of sparse scans.")
    assert "ZQRD" not in names


def test_the_linker_does_not_grow_the_stem_back_over_the_tail():
    t = "such as PointNetbased methods"
    assert whole_span(t, 8, 16) is None
    assert whole_span("such as PointNetwork methods", 8, 16) == (8, 20)


def test_a_glued_stem_the_lexicon_knows_keeps_the_lexicons_type():
    """"on the ResNet50based search space" describes a search space: no data set called ResNet-50."""
    names = _names("For runs on the ResNet50based search space, our search finds smaller nets.")
    assert names.get("ResNet50") == "Method"


def test_a_name_with_a_hyphen_or_plus_glued_to_based_is_the_name():
    """The stem of a glued tail may hold the signs of a name: "R-CNN", "PointNet++"."""
    names = _names("Unlike Faster R-CNNbased detectors and PointNet++based encoders, ours keeps thin parts.")
    assert names.get("Faster R-CNN") == "Method" and names.get("PointNet++") == "Method"
    assert "PointNet+" not in names


def test_a_capitalised_tail_glued_to_a_name_is_cut_off():
    names = _names("Unlike PointNetBased encoders, ours keeps thin parts of sparse scans.")
    assert names.get("PointNet") == "Method" and "PointNetBased" not in names
