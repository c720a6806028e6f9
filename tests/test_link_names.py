"""Entity names on linking: a headline set in capitals gives way to the body text's spelling, and a word
that lost its line-break hyphen takes the hyphen the corpus writes."""
from __future__ import annotations

from kg.link import link
from kg.models import Extraction, Mention, Paper
from kg.vocab import EntityType as T

M, D = T.METHOD, T.DATASET


def bare(pid, *spans):
    """A paper whose text is its mentions ``(type, surface)`` separated by "; "."""
    text, mentions = "", []
    for t, surface in spans:
        if text:
            text += "; "
        i = len(text)
        text += surface
        mentions.append(Mention(t, surface, i, i + len(surface), "abstract", None, (), "name"))
    return Extraction(Paper(pid, f"Paper {pid}", text), tuple(mentions), (), (), ())


def test_a_name_set_in_capitals_takes_the_body_text_spelling():
    exs = [bare("a", (D, "SPEAKLINGO212")), bare("b", (D, "SpeakLingo212"))]
    assert {e.name for e in link(exs).entities.values()} == {"SpeakLingo212"}
    exs = [bare("a", (M, "ORTHOGONAL PATCH MIXING")), bare("b", (M, "orthogonal patch mixing"))]
    assert {e.name for e in link(exs).entities.values()} == {"orthogonal patch mixing"}


def test_acronyms_and_capitalised_names_stay_in_capitals():
    exs = [bare("a", (M, "ZORBERT")), bare("b", (M, "Zorbert")),
           bare("c", (D, "QUAKE VOC 2009")), bare("d", (D, "Quake VOC 2009"))]
    assert {e.name for e in link(exs).entities.values()} == {"ZORBERT", "QUAKE VOC 2009"}
    # a spelling the corpus rarely writes does not win over a frequent one
    exs = [bare("a", (M, "ZORBERT")), bare("b", (M, "ZORBERT")), bare("c", (M, "ZORBERT")), bare("d", (M, "ZorBERT"))]
    assert {e.name for e in link(exs).entities.values()} == {"ZORBERT"}


def test_a_word_that_lost_its_hyphen_takes_the_corpus_spelling():
    exs = [bare("a", (M, "class-balanced selftraining")),
           bare("b", (M, "self-training")), bare("c", (M, "noisy self-training")), bare("d", (M, "self-training")),
           bare("e", (M, "Supersampling network")),
           bare("f", (M, "Sideview Fork")), bare("g", (M, "side-view")), bare("h", (M, "side-view synthesis")),
           bare("i", (M, "side-view")), bare("j", (M, "Visionand-Language")), bare("k", (T.TASK, "vision-and-language")),
           bare("l", (T.TASK, "vision-and-language navigation")), bare("m", (T.TASK, "vision-and-language"))]
    got = {e.name for e in link(exs).entities.values()}
    assert "class-balanced self-training" in got
    assert "Supersampling network" in got  # no corpus evidence of a hyphen: the word stays
    assert "Sideview Fork" in got  # a capitalised word may be the author's coinage
    assert "Vision-and-Language" in got  # but no coinage glues a function word on


def test_a_word_written_joined_as_often_keeps_its_spelling():
    exs = [bare("a", (M, "finetuning schedule")), bare("b", (M, "fine-tuning")), bare("c", (M, "finetuning")),
           bare("d", (M, "fine-tuning"))]
    assert "finetuning schedule" in {e.name for e in link(exs).entities.values()}


def test_a_numbered_models_plural_joins_it_under_the_singular_name():
    from tests.test_link import ids, paper  # noqa: PLC0415
    exs = [paper("a", "We search WombatNetV2 for phones.", (T.METHOD, "WombatNetV2")),
           paper("b", "The searched WombatNetV2s run fast.", (T.METHOD, "WombatNetV2s"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")
    assert lk.entities[ids(lk, "a")[0]].name == "WombatNetV2"


def _worded(pid, title, *spans):
    """:func:`bare` with a title of other words the corpus counts."""
    ex = bare(pid, *spans)
    return Extraction(Paper(pid, title, ex.paper.abstract), ex.mentions, (), (), ())


def test_a_noun_glued_to_a_participle_the_corpus_writes_after_hyphens_takes_the_hyphen():
    # "-augmented" after five different words: a compound's tail; "queue" is a word the corpus writes alone
    tails = [_worded(c, f"A queue for {w}-augmented ranking", (M, f"{w}-augmented ranker"))
             for c, w in zip("abcde", ["memory", "retrieval", "noise", "label", "graph"])]
    exs = tails + [_worded("f", "Queue models", (M, "Queueaugmented Ranker")),
                   _worded("g", "Super queue", (M, "Superaugmented Ranker"), (M, "Plumaugmented Ranker"))]
    got = {e.name for e in link(exs).entities.values()}
    assert "Queue-augmented Ranker" in got and "Queueaugmented Ranker" not in got
    assert "Superaugmented Ranker" in got  # a bound prefix: the writer's choice
    assert "Plumaugmented Ranker" in got  # "plum" is no word the corpus writes


def test_a_capital_inside_a_word_after_a_hyphen_between_two_words_is_an_acronym_letter():
    exs = [bare("a", (M, "Edge-aTtention Ranker")), bare("b", (M, "Zeb-raNet"))]
    lk = link(exs)
    got = {e.name for e in lk.entities.values()}
    assert "Edge-aTtention Ranker" in got and "ZebraNet" in got


def test_an_alias_keeps_no_line_break_hyphen():
    exs = [bare("a", (M, "neu-ral ranker")), bare("b", (M, "neural ranker")), bare("c", (M, "Neural ranker"))]
    ents = list(link(exs).entities.values())
    assert len(ents) == 1 and ents[0].name.lower() == "neural ranker"
    assert "neu-ral ranker" not in ents[0].aliases and "neural ranker" in ents[0].aliases | {ents[0].name}


def test_a_coined_name_drops_a_kind_word_its_other_mentions_or_acronym_leave_out():
    from tests.test_link import paper  # noqa: PLC0415
    exs = [paper("a", "We build the Quokka Pooling Architecture (QP) for maps. QP is light.",
                 (M, "Quokka Pooling Architecture", {"aliases": ["QP"]})),
           paper("b", "A Wombat Relay Module (WRM) links frames.", (M, "Wombat Relay Module", {"aliases": ["WRM"]})),
           bare("c", (M, "Numbat algorithm")), bare("d", (M, "Numbat")), bare("e", (M, "Numbat algorithm")),
           bare("f", (M, "Dingo algorithm")), bare("g", (M, "Dingo algorithm")),
           bare("h", (M, "fusion module")), bare("i", (M, "fusion module")), bare("j", (M, "fusion")),
           bare("k", (M, "Wobbly Contrastive framework")), bare("l", (M, "Wobbly Contrastive framework")),
           bare("m", (M, "Wobbly Contrastive"))]
    got = {e.name for e in link(exs).entities.values()}
    assert "Quokka Pooling" in got  # its acronym does not spell the kind word
    assert "Wombat Relay Module" in got  # "WRM" spells it: part of the name
    assert "Numbat" in got  # another mention writes the name alone
    assert "Dingo algorithm" in got  # no mention leaves it out
    assert "fusion module" in got  # one generic word is no coined name
    assert "Wobbly Contrastive framework" in got  # the rest ends in an adjective: the kind word is its noun


def test_a_name_that_lost_a_letter_joins_the_name_spelt_with_it():
    """A "?" inside a word is a letter outside ASCII that the text lost: the name joins the name of its type
    with such a letter in that place, and the entity is named and aliased with the letter, not the "?"."""
    exs = [bare("a", (T.METRIC, "Gödelmann Contour Distance")), bare("b", (T.METRIC, "Gödelmann Contour Distance")),
           bare("c", (T.METRIC, "G?delmann Contour Distance"))]
    ents = list(link(exs).entities.values())
    assert [e.name for e in ents] == ["Gödelmann Contour Distance"]
    assert not [a for a in ents[0].aliases if "?" in a]
    # alone, the name keeps its text; a "?" before a capital (a lost arrow) or after a space is no letter
    exs = [bare("a", (M, "Br?ckner Flow")), bare("b", (M, "Brückner Flow")),
           bare("c", (T.TASK, "Latvian?Basque translation")), bare("d", (T.TASK, "Latvianö Basque translation"))]
    names = sorted(e.name for e in link(exs).entities.values())
    assert names == ["Brückner Flow", "Latvian?Basque translation", "Latvianö Basque translation"]
    exs = [bare("a", (M, "Br?ckner Flow")), bare("b", (M, "Brackner Flow"))]  # an ASCII letter is no lost one
    assert sorted(e.name for e in link(exs).entities.values()) == ["Br?ckner Flow", "Brackner Flow"]
