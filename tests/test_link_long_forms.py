"""Wrong merges through one paper's long form (issue 18 item 4): an acronym that names an entity of the
shipped lexicon keeps that entity when the papers defining it write it another way than the lexicon
("Unet" for U-Net, "PCA-Net" for PCANet): their own name. The texts are sentences written for these tests."""
from __future__ import annotations

from kg.link import link
from kg.link.resolver import Resolver
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M = T.METHOD
LEX = {"canonical": "U-Net", "rule": "lexicon"}


def test_one_papers_other_long_form_does_not_take_a_lexicon_acronym():
    exs = [paper("a", "We stack a wombat network (Wnet) and a universality network (Unet) here. The Unet helps.",
                 (M, "universality network", {"aliases": ["Unet"], "rule": "acronym"}), (M, "Unet")),
           paper("b", "U-Net segments cells well.", (M, "U-Net", LEX)),
           paper("c", "We adapt U-Net to roads.", (M, "U-Net", LEX))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "c") == ("method:u-net",)
    assert ids(lk, "a") == ("method:universality-network", "method:universality-network")  # the paper's own
    unet = lk.entities["method:u-net"]
    assert "universality network" not in unet.aliases


def test_the_lexicon_entitys_own_long_form_still_joins_it():
    # "Vision Transformer" is the lexicon's entry that "ViT" names: one paper's definition joins them
    exs = [paper("a", "A Vision Transformer (ViT) is used.", (M, "Vision Transformer", {"aliases": ["ViT"]})),
           paper("b", "ViT wins.", (M, "ViT"))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "a")


def test_papers_that_respell_a_lexicon_acronym_name_their_own_thing():
    pca = {"canonical": "PCANet", "rule": "lexicon"}
    exs = [paper(f"a{i}", "We propose a quokka co-attention network (PCA-Net) here.",
                 (M, "quokka co-attention network", {"aliases": ["PCA-Net"]})) for i in range(2)]
    exs += [paper("b", "PCANet is a simple baseline.", (M, "PCANet", pca)), paper("c", "We beat PCANet.", (M, "PCANet", pca))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "c") == ("method:pcanet",)
    assert "quokka co-attention network" not in lk.entities["method:pcanet"].aliases


def test_papers_that_write_a_lexicon_acronym_as_the_lexicon_does_join_it():
    glue = {"canonical": "GLUE", "rule": "lexicon"}
    exs = [paper("a", "On General Language Understanding Evaluation (GLUE) we win.",
                 (T.DATASET, "General Language Understanding Evaluation", {"aliases": ["GLUE"]})),
           paper("b", "GLUE scores rise.", (T.DATASET, "GLUE", glue)), paper("c", "Tests on GLUE.", (T.DATASET, "GLUE", glue))]
    lk = link(exs)
    assert "General Language Understanding Evaluation" in lk.entities[ids(lk, "b")[0]].aliases


# -- an acronym's rare long form that respells its dominant one (issue 18: names not joined) ----------------------
ME = T.METRIC


def _defining(pid: str, long: str, acro: str, etype=ME):
    return paper(pid, f"We report the {long} ({acro}) of each run; the {acro} rises.",
                 (etype, long, {"aliases": [acro], "rule": "acronym"}), (etype, acro))


def test_a_rare_respelt_long_form_joins_the_acronyms_dominant_one():
    exs = [_defining(f"a{i}", "quokka smoothness index", "QSI") for i in range(3)]
    exs.append(_defining("b", "quokka smoothing index", "QSI"))  # one paper writes the name another way
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "a0")
    ent = lk.entities[ids(lk, "a0")[0]]
    assert ent.name == "quokka smoothness index" and "quokka smoothing index" in ent.aliases


def test_a_typo_in_a_long_word_of_a_long_form_joins_too():
    exs = [_defining(f"a{i}", "wombat isomorphism score", "WIS") for i in range(3)]
    exs.append(_defining("b", "wombat isomoprhism score", "WIS"))
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "a0")
    assert lk.entities[ids(lk, "a0")[0]].name == "wombat isomorphism score"


def test_another_word_with_the_same_acronym_stays_apart():
    exs = [_defining(f"a{i}", "quokka recurrent network", "QRN", T.METHOD) for i in range(3)]
    exs.append(_defining("b", "quokka recursive network", "QRN", T.METHOD))  # a stem this short is another word
    exs += [_defining(f"c{i}", "wombat context gate", "WCG", T.METHOD) for i in range(3)]
    exs.append(_defining("d", "wombat contrast gate", "WCG", T.METHOD))
    lk = link(exs)
    assert ids(lk, "b")[0] != ids(lk, "a0")[0]
    assert ids(lk, "d")[0] != ids(lk, "c0")[0]


def test_a_respelling_many_papers_use_is_no_slip():
    exs = [_defining(f"a{i}", "quokka smoothness index", "QSI") for i in range(6)]
    exs += [_defining(f"b{i}", "quokka smoothing index", "QSI") for i in range(3)]  # more than RESPELT_RARE papers
    lk = link(exs)
    assert ids(lk, "b0")[0] != ids(lk, "a0")[0]


def test_a_respelt_long_form_of_a_lexicon_acronym_joins_the_lexicon_entity():
    # one paper each defines QSI, the lexicon's way and another: neither dominates, the lexicon entity is the name
    qsi = {"canonical": "QSI", "rule": "lexicon"}
    exs = [paper("a", "We report the quokka smoothness index (QSI) of each run.",
                 (ME, "quokka smoothness index", {**qsi, "aliases": ["QSI"]})),
           paper("c", "QSI rises.", (ME, "QSI", qsi)), _defining("b", "quokka smoothing index", "QSI")]
    lk = link(exs)
    assert ids(lk, "b")[0] == ids(lk, "a")[0] == ids(lk, "c")[0]


def test_a_respelt_long_form_joins_a_lexicon_entity_its_name_is_only_written_in():
    # no paper defines the lexicon's long form as QSI: the entity's names are enough
    qsi = {"canonical": "QSI", "rule": "lexicon"}
    exs = [paper(f"a{i}", "We report the quokka smoothness index of each run.", (ME, "quokka smoothness index", qsi))
           for i in range(2)]
    exs += [paper("c", "QSI rises.", (ME, "QSI", qsi)), _defining("b", "quokka smoothing index", "QSI")]
    lk = link(exs)
    assert ids(lk, "b")[0] == ids(lk, "a0")[0] == ids(lk, "c")[0]


def test_a_mention_cut_from_the_long_form_its_paper_defines_is_that_name():
    # "Route Guide Network" where the text writes "Quokka Route Guide Network" out is the paper's name cut
    # short, not the generic network another paper names; it is no alias of the paper's name either
    a = paper("a", "We propose a Quokka Route Guide Network (QRGN). Tests of our Quokka Route Guide Network.",
              (M, "Quokka Route Guide Network", {"rule": "acronym", "aliases": ["QRGN"]}),
              (M, "Route Guide Network", {"rule": "head"}))
    b = paper("b", "A Route Guide Network is a common block.", (M, "Route Guide Network", {"rule": "head"}))
    lk = link([a, b])
    assert ids(lk, "a") == ("method:quokka-route-guide-network",) * 2
    assert ids(lk, "b") == ("method:route-guide-network",)
    assert "Route Guide Network" not in lk.entities["method:quokka-route-guide-network"].aliases


def test_a_piece_after_a_function_word_of_the_long_form_is_named_on_its_own():
    # "link search and node ranking (LSNR)" names two tasks: its "node ranking" is the task itself
    a = paper("a", "We study link search and node ranking (LSNR). Results on link search and node ranking.",
              (T.TASK, "link search and node ranking", {"rule": "acronym", "aliases": ["LSNR"]}),
              (T.TASK, "node ranking", {"rule": "head"}))
    lk = link([a])
    assert ids(lk, "a") == ("task:link-search-and-node-ranking", "task:node-ranking")


def test_a_lexicon_name_inside_the_long_form_stays_the_lexicon_entity():
    # the paper's "Quokka Transformer" is a kind of Transformer: the lexicon match after the long form's other words
    # written in lower case links as it always did; after them capitalised inside a sentence, it is the name the
    # corpus knows cut short (kg.link.apply.Apply._capital_lead)
    def quokka(pid, tail):
        return paper(pid, f"We propose a Quokka Transformer (QT). Tests of our {tail}.",
                     (M, "Quokka Transformer", {"rule": "acronym", "aliases": ["QT"]}),
                     (M, tail.split()[1], {"rule": "lexicon", "canonical": "Transformer"}))
    lk = link([quokka("a", "quokka transformer"), quokka("b", "Quokka Transformer")])
    assert ids(lk, "a") == ("method:quokka-transformer", "method:transformer")
    assert ids(lk, "b") == ("method:quokka-transformer",) * 2


def _wombat_papers():
    """Three papers writing "wombat hashing" as a term, and one coining "wHash" for its own wombat hashing."""
    exs = [paper(f"t{i}", "Existing wombat hashing methods are slow on large burrows.", (M, "wombat hashing"))
           for i in range(3)]
    exs.append(paper("own", "We propose a novel wombat hashing (wHash) operation. The wHash layer keeps burrows.",
                     (M, "wombat hashing", {"aliases": ["wHash"], "rule": "acronym"}),
                     (M, "wHash", {"canonical": "wombat hashing", "rule": "acronym-ref"}),
                     (M, "wHash", {"canonical": "wombat hashing", "rule": "acronym-ref"}),
                     proposed=("wombat hashing",)))
    return exs


def test_a_papers_acronym_for_its_instance_of_a_term_is_its_own_entity():
    lk = link(_wombat_papers())
    term = ids(lk, "t0")[0]
    assert ids(lk, "t1") == ids(lk, "t2") == (term,)
    own = set(ids(lk, "own"))
    assert len(own) == 1 and term not in own  # the paper's phrase and acronym: its own entity
    ent = lk.entities[own.pop()]
    assert ent.name == "wHash" and "wombat hashing" in ent.aliases
    assert "wHash" not in lk.entities[term].aliases


def test_a_term_whose_acronym_other_papers_write_keeps_the_coinage():
    exs = _wombat_papers() + [paper("uses", "The wHash layer hashes burrows.", (M, "wHash"))]
    lk = link(exs)
    assert set(ids(lk, "own")) == {ids(lk, "t0")[0]} == {ids(lk, "uses")[0]}


def test_a_coined_phrase_few_papers_write_keeps_its_acronym():
    lk = link(_wombat_papers()[2:])  # one other paper writes the phrase: no term of the field
    assert set(ids(lk, "own")) == {ids(lk, "t2")[0]}


def test_two_rare_spellings_of_a_lexicon_acronyms_long_form_join_it():
    # one paper each writes QSI's long form, two ways, and the lexicon entity has no long name: one thing
    qsi = {"canonical": "QSI", "rule": "lexicon"}
    exs = [_defining("a", "quokka smoothness index", "QSI"), _defining("b", "quokka smoothing index", "QSI"),
           paper("c", "QSI rises.", (ME, "QSI", qsi))]
    lk = link(exs)
    assert ids(lk, "a")[0] == ids(lk, "b")[0] == ids(lk, "c")[0]


def test_two_papers_coining_near_names_for_one_acronym_stay_apart():
    # each paper proposes its own name for QPT: neither is the other's slip, though neither is dominant
    def coining(pid, long):
        return paper(pid, f"We propose a novel {long} (QPT) for depth; the QPT runs fast.",
                     (M, long, {"aliases": ["QPT"], "rule": "acronym"}), (M, "QPT"), proposed=(long,))
    exs = [coining("a", "quokka prediction transformer"), coining("b", "quokka predictive transformer")]
    res = Resolver().plan(exs)
    assert res.stats.respelt_merges == 0  # not joined as one name's two spellings (a later split is no excuse)
    lk = res.linking(exs)
    assert ids(lk, "a")[0] != ids(lk, "b")[0]


def test_an_acronym_whose_glued_digit_is_a_power_joins_its_long_form():
    # D2GN: two d's, "double decoder"; the digit is no number of the long form's and no "to"
    exs = [paper("a", "We propose double decoder generative nets (D2GN) to sort glyphs. D2GN is fast.",
                 (M, "double decoder generative nets", {"aliases": ["D2GN"], "rule": "acronym"}),
                 (M, "D2GN", {"canonical": "double decoder generative nets", "rule": "acronym-ref"}),
                 (M, "D2GN", {"canonical": "double decoder generative nets", "rule": "acronym-ref"}))]
    lk = link(exs)
    assert len(set(ids(lk, "a"))) == 1
