"""A dash set off as punctuation before a name ("a parser -FlorbNet that") is a token of its own, and the name
after it is found; a dash after a lone digit or letter ("V 3 -Net", "k -GNN") stays glued to the name
(kg/extract/dash_tokens.py, issue 18; sentences written for these tests)."""

import pytest

from kg.extract import build_nlp, extract_one
from kg.models import Paper


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def mentions(nlp, text):
    ex = extract_one(Paper("p", "A Title", text), nlp=nlp)
    for m in ex.mentions:
        assert m.text == (text if m.field == "abstract" else "A Title")[m.start:m.end]
    return {(m.type.value, m.text) for m in ex.mentions}


def test_a_lexicon_name_after_a_punctuation_dash_is_found(nlp):
    found = mentions(nlp, "Our detector is trained on two small benchmarks -CIFAR-10 and SVHN, and beats prior models.")
    assert ("Dataset", "CIFAR-10") in found


def test_a_name_shaped_word_after_a_punctuation_dash_is_found(nlp):
    found = mentions(nlp, "We build a light table parser -FlorbNet that reads scanned invoices quickly.")
    assert ("Method", "FlorbNet") in found


def test_a_name_closed_by_a_dash_of_its_own_is_found(nlp):
    found = mentions(nlp, "Our new sampler -QuilNet- mixes chains faster than Gibbs sampling.")
    assert ("Method", "QuilNet") in found


def test_a_hyphenated_name_after_a_punctuation_dash_keeps_its_hyphen(nlp):
    found = mentions(nlp, "We name the resulting detector -GlimNet-3D. It runs on point clouds.")
    assert ("Method", "GlimNet-3D") in found


@pytest.mark.parametrize("text, token", [
    ("We propose V 3 -Net, a nested network for matting.", "-Net"),
    ("The lower-dimensional k -GNN passes messages between sets.", "-GNN"),
    ("Errors fall by 12% -30% in every run.", "-30"),
])
def test_a_dash_after_a_lone_digit_or_letter_or_before_a_number_stays_glued(nlp, text, token):
    assert token in [t.text for t in nlp.make_doc(text)]


def test_the_split_doc_spells_its_text(nlp):
    text = "We build a light table parser -FlorbNet. It reads\nscanned invoices -Fast-Scan- and -GlimNet-3D."
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert [t.text for t in doc][6:9] == ["-", "FlorbNet", "."]


def test_a_dash_in_the_title_sets_a_subtitle_apart(nlp):
    ex = extract_one(Paper("p", "FlorbNet -A Light Parser for Scanned Invoices",
                           "We show that FlorbNet reads scanned invoices faster than earlier parsers."), nlp=nlp)
    assert ("Method", "FlorbNet") in {(m.type.value, m.text) for m in ex.mentions}
    assert [t.text for t in nlp.make_doc("FlorbNet -A Light Parser\n\nIt reads.")][:2] == ["FlorbNet", "-A"]


def test_a_name_ends_at_the_punctuation_dash_after_it(nlp):
    found = mentions(nlp, "The new pooling layer (called Sparse Window Pooler -SWiPo) speeds up every detector.")
    assert ("Method", "Sparse Window Pooler") in found
    assert not any("-" in text for _, text in found)
