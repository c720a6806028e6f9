"""Method names padded with a generic head or cut before the part they name (issue 18): a Title Case name before a
lower-case "algorithm"/"module"/"method" is the name without it, however long; a lower-case task phrase defined
before a part's noun names that part. The sentences are written for these tests."""
import pytest

from kg.extract import build_nlp, extract_papers
from kg.extract.abbreviations import find_abbreviations
from kg.extract.head_phrases import head_phrases
from kg.models import Paper


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _found(nlp, abstract):
    (ex,) = list(extract_papers([Paper("t1", "Sorting Shelf Glyphs", abstract)], nlp=nlp))
    return {(m.text, m.type.value) for m in ex.mentions}, ex


def test_a_title_case_name_is_not_padded_with_a_lower_case_generic_head():
    t = "We adapt the Spectral Quokka Glyph Shelf Strategies algorithm and a Shelf Tidy Injection module to the glyphs."
    got = {t[c.start:c.end] for c in head_phrases(t)}
    assert "Spectral Quokka Glyph Shelf Strategies" in got  # read back past the three modifiers the head rule takes
    assert "Shelf Tidy Injection" in got
    assert not any(g.endswith(("algorithm", "module")) for g in got)


def test_one_capitalised_word_keeps_its_head_and_lower_case_phrases_are_left_alone():
    t = "We run the Quokka algorithm, then a glyph shelf Tidy module; The Glyph Shelf algorithm ends it."
    got = {t[c.start:c.end] for c in head_phrases(t)}
    assert not any(g in ("Quokka", "glyph shelf Tidy") for g in got)
    assert "The Glyph Shelf" not in got  # an article opens no name
    assert "Glyph Shelf" in got


def test_the_padded_name_is_the_extracted_method(nlp):
    found, _ = _found(nlp, "We adapt the Spectral Quokka Glyph Shelf Strategies algorithm to shop shelves. It converges.")
    assert ("Spectral Quokka Glyph Shelf Strategies", "Method") in found
    assert not any(t.endswith("algorithm") for t, _ in found)


def test_a_lower_case_kind_noun_after_a_title_case_long_form_with_a_preposition_is_padding():
    t = "We formulate a new Quokka for Shelf Sorting method (Quokka-Sort) as an optimizer."
    assert [(t[a:b], t[c:d]) for a, b, c, d in find_abbreviations(t)] == [("Quokka for Shelf Sorting", "Quokka-Sort")]
    t = "We have formulated novel QUOK for Glyph Tracking method (QUOK-Track) as an optimizer."
    assert [t[a:b] for a, b, _, _ in find_abbreviations(t)] == ["QUOK for Glyph Tracking"]  # a task head before it
    t = "We follow an approach to shelf sorting methods (ASS) here."
    assert [t[a:b] for a, b, _, _ in find_abbreviations(t)] == ["approach to shelf sorting methods"]


def test_a_task_phrase_defined_before_a_part_noun_names_the_part(nlp):
    found, ex = _found(nlp, "The counter has a shelf gap detection (SGD) branch and a glyph position prediction (GPP) "
                            "network. The GPP network is small.")
    names = {t for t, _ in found}
    assert "glyph position prediction" not in names and "shelf gap detection" not in names
    assert {("glyph position prediction (GPP) network", "Method"), ("shelf gap detection (SGD) branch", "Method")} <= found
    assert {"GPP", "GPP network"} <= {a for m in ex.mentions for a in m.aliases}


def test_a_task_phrase_before_a_task_word_or_a_title_case_one_stays_as_it_was(nlp):
    found, _ = _found(nlp, "We study shelf gap detection (SGD) tasks with the Glyph Position Prediction (GPP) network. "
                           "We add the adversarially learned glyph inference (ALGI) model.")
    names = {t for t, _ in found}
    assert "adversarially learned glyph inference" in names  # a head that names a technique keeps its own name
    assert "shelf gap detection branch" not in names
    assert not any("(GPP) network" in n for n in names)


@pytest.mark.parametrize("text, name, known", [
    ("We stack an LSTM Quokka Glyph Shelf module on the encoder.", "Quokka Glyph Shelf", "LSTM"),
    ("We add a CNN Cross Glyph Shelf module to the decoder.", "Cross Glyph Shelf", "CNN"),
    ("The BERT Quokka Glyph Shelf module outputs are pooled before the classifier.", "Quokka Glyph Shelf", "BERT"),
])
def test_a_padded_name_run_in_after_a_known_name_keeps_both(nlp, text, name, known):
    """The read-back stops at a name written in capitals before the coined one; it is not grown over it either."""
    found, _ = _found(nlp, text)
    names = {t for t, _ in found}
    assert name in names and known in names
    assert not any(known in n and n != known for n in names)


def test_a_padded_name_still_grows_over_a_hyphened_title_case_word(nlp):
    found, _ = _found(nlp, "We design the light Glyph-Shelf Quokka Tidy Injection module to fuse the shelf features.")
    assert "Glyph-Shelf Quokka Tidy Injection" in {t for t, _ in found}


def test_a_kind_noun_after_capitals_with_a_preposition_and_a_digit_word_is_padding():
    t = "We formulate a Quokka for 3D Shelf Tracking method (QST) for the robot."
    assert [t[a:b] for a, b, _, _ in find_abbreviations(t)] == ["Quokka for 3D Shelf Tracking"]


def test_a_sentence_initial_process_still_names_the_part_and_a_plural_is_the_tasks(nlp):
    found, _ = _found(nlp, "Shelf-gap detection (SGD) branch is small. The goal of glyph position prediction (GPP) "
                           "models is to place glyphs.")
    names = {t for t, _ in found}
    assert "Shelf-gap detection (SGD) branch" in names and "Shelf-gap detection" not in names
    assert "glyph position prediction" in names  # "GPP models": models of the task, no part of this paper's


def test_no_long_form_is_no_process_before_a_part():
    from kg.extract.part_long_forms import process_before_part  # noqa: PLC0415
    assert process_before_part("", "network") is False


def test_a_title_name_drops_a_first_word_the_abstract_writes_in_lower_case_before_it():
    from tests.helpers import found_mentions
    abstract = "We propose a novel end-to-end Quokka-Aware Shelf Network (QASN) that sorts glyphs. QASN is fast."
    found = found_mentions(abstract, title="End-to-end Quokka-Aware Shelf Networks for Glyph Sorting")
    assert ("Method", "Quokka-Aware Shelf Networks") in found
    assert not any(text.lower().startswith("end-to-end") for _, text in found)
    # a first word the abstract capitalises too is the name's
    found = found_mentions("We propose the Deep Quokka-Aware Shelf Network (DQASN) that sorts glyphs.",
                           title="Deep Quokka-Aware Shelf Networks for Glyph Sorting")
    assert ("Method", "Deep Quokka-Aware Shelf Networks") in found


def test_a_results_own_name_takes_no_title_word_the_abstract_writes_in_lower_case():
    from kg.extract.results.title import title_variant
    from tests.helpers import results_of
    body = "We propose a novel end-to-end Quokka-Aware Shelf Network (QASN) that sorts glyphs."
    title = "End-to-end Quokka-Aware Shelf Networks for Glyph Sorting"
    assert title_variant(title, "Quokka-Aware Shelf Networks", body) is None
    assert title_variant("Light-Weight QuokkaNet for Sorting", "QuokkaNet", body) == "Light-Weight QuokkaNet"
    nlp = build_nlp()
    found = results_of(nlp, body + " Our model gives a 10% relative improvement over ShelfNet on the GlyphBank "
                       "dataset.", title=title)
    assert [r[3] for r in found] == ["Quokka-Aware Shelf Networks"]  # not "End-to-end Quokka-Aware Shelf Networks"


def test_a_lower_case_lead_is_lowered_whole_and_the_name_ends_at_a_word_boundary():
    from kg.extract.padded_heads import lower_lead
    # a title capitalises after the hyphen too
    assert lower_lead(["End-to-End", "Quokka-Aware", "Shelf", "Networks"],
                      "a novel end-to-end Quokka-Aware Shelf Network (QASN)")
    # the name's last word is whole: "Networks" is no "Networkslike", "Analysis" no "Analysing"
    assert not lower_lead(["Deep", "Quokka", "Shelf", "Networks"], "a deep Quokka Shelf Networkslike model")
    assert not lower_lead(["Deep", "Quokka", "Shelf", "Analysis"], "a deep Quokka Shelf Analysing step")
    # the abstract writes the capitalised lead with the name as well: the lead is the name's
    assert not lower_lead(["Deep", "Quokka", "Shelf", "Networks"],
                          "We propose Deep Quokka Shelf Networks (DQSN). Our deep Quokka Shelf Networks are fast.")


def test_a_lower_case_lead_matches_the_name_in_either_number():
    from kg.extract.padded_heads import lower_lead
    # a singular title, a plural abstract ("Network" / "Networks"), and the -es plural of a word in -ch
    assert lower_lead(["End-to-End", "Wombat", "Glyph", "Network"], "we train two end-to-end Wombat Glyph Networks")
    assert lower_lead(["End-to-End", "Wombat", "Glyph", "Patch"], "we sort end-to-end Wombat Glyph Patches here")
    assert not lower_lead(["End-to-End", "Wombat", "Glyph", "Patch"], "we sort end-to-end Wombat Glyph Patchwork")


def test_a_results_title_variant_checks_a_one_word_name_and_a_two_word_lead():
    from kg.extract.results.title import title_variant
    body = "We propose an end-to-end QuokkaNet for glyph sorting."
    assert title_variant("End-to-end QuokkaNet for Glyph Sorting", "QuokkaNet", body) is None
    body = "We propose a very light-weight QuokkaNet for glyph sorting."
    assert title_variant("Very Light-Weight QuokkaNet for Glyph Sorting", "QuokkaNet", body) is None
    assert title_variant("Very Light-Weight QuokkaNet for Glyph Sorting", "QuokkaNet") == "Very Light-Weight QuokkaNet"
    # one word of letters is no coined name: the lead says which kind it is
    body = "We train self-supervised GANs on glyphs."
    assert title_variant("Self-Supervised GANs for Glyph Sorting", "GANs", body) == "Self-Supervised GANs"
