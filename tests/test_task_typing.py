"""Task phrases that are modifiers or the paper's own method are not Tasks (sentences written for these tests)."""

from kg.extract import build_nlp, context, extract_one, head_phrases
from kg.models import Paper


def found(title, text):
    return {(m.type.value, m.text) for m in extract_one(Paper("p", title, text), nlp=build_nlp()).mentions}


def test_a_task_head_before_a_thing_noun_is_its_modifier():
    t = "We add a light glyph segmentation layer and a novel span tagging framework. It tops five tracking benchmarks."
    assert [t[c.start:c.end] for c in head_phrases.head_phrases(t) if c.type.value == "Task"] == []
    t2 = "We study glyph segmentation on scanned pages."
    assert [t2[c.start:c.end] for c in head_phrases.head_phrases(t2)] == ["glyph segmentation"]


def test_a_title_phrase_before_for_a_task_is_the_method():
    t = "Glyph Relation Reasoning for Few-Shot Character Recognition"
    assert context.title_task_np(t, len(t)) is None
    t = "GRL: Glyph Relation Learning with Few Labels"
    assert context.title_task_np(t, len(t)) is None
    t = "Unsupervised Glyph Segmentation for Historical Scripts"
    c = context.title_task_np(t, len(t))
    assert c is not None and t[c.start:c.end] == "Unsupervised Glyph Segmentation"


def test_a_title_phrase_spelt_out_by_its_acronym_or_serving_a_later_for_task_is_the_method():
    # the acronym takes one letter per hyphenated word ("Score-based" gives "S")
    t = "GAMSL: Glyph Agnostic Meta Score-based Learning"
    assert context.title_task_np(t, len(t)) is None
    # "X via <means> for <task>": X serves the task after the means clause
    t = "GlyphNet: Hierarchical Stroke Learning via Temporal Glyph Pyramids for Script Recognition"
    assert context.title_task_np(t, len(t)) is None
    # a means clause with no "for <task>" after it leaves the task alone
    t = "Unsupervised Glyph Segmentation via Stroke Grouping"
    c = context.title_task_np(t, len(t))
    assert c is not None and t[c.start:c.end] == "Unsupervised Glyph Segmentation"


def test_a_coined_long_form_is_a_method():
    got = found("A title", "We propose a ranking formulation called Weighted Glyph Component Analysis (WGCA). "
                           "WGCA is fast.")
    assert ("Method", "Weighted Glyph Component Analysis") in got
    assert ("Task", "Weighted Glyph Component Analysis") not in got


def test_words_of_a_title_set_in_capitals_are_no_names_by_their_shape():
    got = found("GLYPH-AWARE MATCHING: FACILITATING MULTI-SCRIPT RECOGNITION",
                "We match glyphs across scripts with a new matcher.")
    assert not any(t in ("MULTI-SCRIPT", "GLYPH-AWARE") for _, t in got)


def test_a_long_form_headed_by_a_slip_of_a_task_head_is_a_task():
    """A task head written with a letter or two left out or two letters swapped still heads a task."""
    got = found("Glyph Study", "Coarse glyph classication (CGC) is harder than plain glyph sorting.")
    assert ("Task", "Coarse glyph classication") in got and ("Task", "CGC") in got
    got = found("Glyph Study", "Historical glyph segmetnation (HGS) needs clean scans.")
    assert ("Task", "Historical glyph segmetnation") in got


def test_a_word_of_its_own_near_a_task_head_is_no_slip():
    """"compaction" is no "completion", "detector" no "detection": other words, not slips of the hand."""
    assert head_phrases.type_of_long_form("Quokka Memory Compaction").value == "Method"
    assert head_phrases.type_of_long_form("Quokka Glyph Detector").value == "Method"
    assert head_phrases.type_of_long_form("Quokka Glyph Classication").value == "Task"


def test_a_slip_of_a_task_head_that_names_techniques_types_as_its_spelt_form():
    """A slip of a head typed Method when spelt right ("retrieval", "compression", "generation") stays a Method."""
    for spelt, slip in (("Quokka Image Compression", "Quokka Image Compresion"),
                        ("Dense Glyph Retrieval", "Dense Glyph Retreival"),
                        ("Quokka Shelf Generation", "Quokka Shelf Generaion")):
        assert head_phrases.type_of_long_form(spelt).value == "Method"
        assert head_phrases.type_of_long_form(slip).value == "Method"


def test_a_plural_slip_of_a_task_head_is_a_task():
    assert head_phrases.type_of_long_form("fine-grained glyph classications").value == "Task"
    from kg.extract.misspelt_heads import misspelt_task_head
    assert misspelt_task_head("segmetnations") and not misspelt_task_head("detections")
