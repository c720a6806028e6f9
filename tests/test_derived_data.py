"""A name said to be a version, subset or split of a dataset the paper names is a Dataset (sentences written for these
tests)."""

from kg.extract import build_nlp, extract_one
from kg.models import Paper


def found(title, text):
    return {(m.type.value, m.text) for m in extract_one(Paper("p", title, text), nlp=build_nlp()).mentions}


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


def test_a_variant_of_a_model_a_dataset_name_modifies_stays_a_method():
    """The dataset must head the phrase after "a variant of": "ImageNet-pretrained ResNet-50" is a model."""
    for text, name in (
            ("We propose GlyphNet, a variant of ImageNet-pretrained ResNet-50 with a shelf head.", "GlyphNet"),
            ("We propose GlyphNet, a lightweight extension of the COCO detection pipeline for shelves.", "GlyphNet"),
            ("We propose QuokkaDA, an adaptation of ImageNet-pretrained models to shelf scans.", "QuokkaDA"),
            ("We propose GlyphMix, an augmentation of CIFAR-10 images that blends two glyphs.", "GlyphMix")):
        got = found("Shelf models", text)
        assert ("Method", name) in got and ("Dataset", name) not in got, text


def test_a_version_of_a_dataset_that_ends_its_phrase_is_still_a_dataset():
    got = found("Shelf data", "We release Quokka-Shelf, an extension of the COCO dataset with shelf labels.")
    assert ("Dataset", "Quokka-Shelf") in got


def test_a_subset_followed_by_a_participle_or_a_citation_is_a_dataset():
    for text in ("We build QuokkaSet, a subset of ImageNet containing 200 rare classes, for tests.",
                 "We build QuokkaSet, a subset of ImageNet (Smith and Jones, 2009), for tests.",
                 "We build QuokkaSet, a subset of ImageNet where each class is rare."):
        got = found("Rare data", text)
        assert ("Dataset", "QuokkaSet") in got and ("Method", "QuokkaSet") not in got, text
