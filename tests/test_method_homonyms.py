"""Issue 18: Method nodes that joined another paper's thing through a variant's mark, a dash before a coined long form
or the case of a coined name's letters (texts written for these tests)."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.extract.abbreviations import find_abbreviations
from kg.link import link
from kg.link.normalize import compact_key
from kg.vocab import EntityType as T
from tests.test_link import ids, paper
from tests.test_link_merges import _big_filler

M = T.METHOD


# -- a variant's mark: a minus sign after the name, a lost Greek letter before it (kg.link.normalize) -----------
def test_a_minus_sign_or_a_lost_greek_letter_makes_a_variant_key():
    assert compact_key("QUOKS-") != compact_key("QUOKS")
    assert compact_key("?-QUOKS") != compact_key("QUOKS")
    assert compact_key("?-QUOKS") != compact_key("QUOKS-")
    assert compact_key("QUOKS+") != compact_key("QUOKS-")
    # a hyphen inside a name or a dash spaced off after it is no minus sign
    assert compact_key("QUOKS - ") == compact_key("QUOKS") and compact_key("Quok-Net") == compact_key("QuokNet")


def test_variants_marked_by_a_minus_sign_or_a_lost_letter_are_not_the_base_method():
    base = paper("a", "Wombat search (QUOKS) finds cells fast.", (M, "QUOKS"))
    minus = paper("b", "QUOKS suffers from collapse. We call this approach QUOKS-.", (M, "QUOKS"), (M, "QUOKS-"))
    lost = paper("c", "?-QUOKS: decay regularization for QUOKS.", (M, "?-QUOKS"), (M, "QUOKS"))
    lk = link([base, minus, lost])
    assert ids(lk, "b")[0] == ids(lk, "c")[1] == ids(lk, "a")[0]
    assert len({ids(lk, "a")[0], ids(lk, "b")[1], ids(lk, "c")[0]}) == 3
    # the base keeps its id whatever the variants' keys sort before it
    assert (ids(lk, "a")[0], ids(lk, "b")[1], ids(lk, "c")[0]) == ("method:quoks", "method:quoks-minus",
                                                                   "method:qmark-quoks")


# -- a dash glued to a coined long form (kg.extract.abbreviations) ------------------------------------------
def test_a_dash_glued_before_a_long_form_is_punctuation_and_the_acronym_is_defined():
    t = "In this work we present a plain recipe -WombatFit (WF) to sharpen features."
    assert [(t[a:b], t[c:d]) for a, b, c, d in find_abbreviations(t)] == [("WombatFit", "WF")]
    t = "We train a Bi -Wombat Gated Unit (WGU) on text."
    assert [(t[a:b], t[c:d]) for a, b, c, d in find_abbreviations(t)] == [("Wombat Gated Unit", "WGU")]


# -- a coined name and another thing cased otherwise (kg.link.case_homonyms) --------------------------------
def _coins_zap(pid="a"):
    ex = paper(pid, "We propose ZAPNet, a pyramid of dilated convolutions for street scene segmentation on "
                    "cityscapes. ZAPNet runs on embedded boards.", (M, "ZAPNet", {"rule": "named"}), (M, "ZAPNet"),
               proposed=("ZAPNet",))
    return replace(ex, paper=replace(ex.paper, title="ZAPNet: dilated pyramids for street scene segmentation"))


def test_a_coined_name_another_field_writes_with_other_inner_capitals_is_another_thing():
    coiner = _coins_zap()
    user = paper("b", "Our wombat pyramid beats ZAPNet on street scene segmentation.", (M, "ZAPNet"))
    speech = paper("c", "Speech recognisers for whispered utterances; recipes ship in ZAPnet.", (M, "ZAPnet"))
    caps = paper("d", "A toolkit for whispered utterances decodes faster than ZAPNET.", (M, "ZAPNET"))
    lk = link([coiner, user, speech, caps] + _big_filler())
    assert ids(lk, "b") == ids(lk, "a")[:1]
    other = ids(lk, "c")[0]
    assert other != ids(lk, "a")[0] and lk.entities[other].name == "ZAPnet"
    assert ids(lk, "d") == (other,)  # capitals go with the papers whose topic they share
    assert "ZAPnet" not in lk.entities[ids(lk, "a")[0]].aliases


def test_another_casing_on_the_coiners_topic_or_of_no_coined_name_stays_one_thing():
    coiner = _coins_zap()
    same_field = paper("b", "We prune ZAPnet for street scene segmentation on cityscapes.", (M, "ZAPnet"))
    lk = link([coiner, same_field] + _big_filler())
    assert ids(lk, "b") == ids(lk, "a")[:1]
    # nobody coins the name: nothing says which casing is whose
    seg = paper("a", "We prune ZAPNet for street scene segmentation.", (M, "ZAPNet"))
    speech = paper("c", "Speech recognisers for whispered utterances; recipes ship in ZAPnet.", (M, "ZAPnet"))
    lk = link([seg, speech] + _big_filler())
    assert ids(lk, "c") == ids(lk, "a")
    # an acronym's plural is its capitals, and other letters are no other casing ("ZAPnets", "ZAPs")
    coiner = _coins_zap()
    for name in ("ZAPNETs", "ZAPnets"):
        speech = paper("c", f"Speech recognisers for whispered utterances; recipes ship in {name}.", (M, name))
        lk = link([coiner, speech] + _big_filler())
        assert ids(lk, "c") == ids(lk, "a")[:1]



def test_a_coiner_writing_only_capitals_or_a_small_corpus_splits_no_casing():
    coiner = paper("a", "We propose ZAPNET for street scene segmentation on cityscapes.", (M, "ZAPNET", {"rule": "named"}),
                   proposed=("ZAPNET",))
    speech = paper("c", "Speech recognisers for whispered utterances; recipes ship in ZAPnet.", (M, "ZAPnet"))
    lk = link([coiner, speech] + _big_filler())
    assert ids(lk, "c") == ids(lk, "a")
    speech = paper("c", "Speech recognisers for whispered utterances; recipes ship in ZAPnet.", (M, "ZAPnet"))
    lk = link([_coins_zap(), speech])  # two papers: no word is rare
    assert ids(lk, "c") == ids(lk, "a")[:1]


def _coins_qenet():
    ex = paper("a", "We propose QeNet, recurrent sweeps over wombat photographs in four directions. QeNet runs fast.",
               (M, "QeNet", {"rule": "named"}), (M, "QeNet"), proposed=("QeNet",))
    return replace(ex, paper=replace(ex.paper, title="QeNet: recurrent sweeps over wombat photographs"))


def test_letters_cased_otherwise_with_a_long_form_of_their_own_name_another_thing_despite_a_shared_word():
    user = paper("b", "Our wombat counter stacks QeNet layers over photographs.", (M, "QeNet"))
    # one rare word shared with the coiner ("wombat"), but a long form the coiner never writes
    other = paper("c", "Our Quokka Embedding Network (QENet) attends to wombat pairs in few-shot episodes. "
                       "QENet learns quickly.", (M, "Quokka Embedding Network", {"aliases": ("QENet",), "rule": "acronym"}),
                  (M, "QENet", {"rule": "acronym-ref"}), (M, "QENet", {"rule": "acronym-ref"}))
    lk = link([_coins_qenet(), user, other] + _big_filler())
    coined = ids(lk, "a")[0]
    assert ids(lk, "b") == (coined,) and lk.entities[coined].name == "QeNet"
    mine = ids(lk, "c")[0]
    assert mine != coined and ids(lk, "c") == (mine, mine, mine)
    assert lk.entities[mine].name == "Quokka Embedding Network"
    assert "QeNet" not in lk.entities[mine].aliases and "QENet" not in lk.entities[coined].aliases


def _qenet_long_form(pid="c"):
    """A paper defining "QENet" with a long form the coiner of "QeNet" never writes (one rare word shared)."""
    return paper(pid, "Our Quokka Embedding Network (QENet) attends to wombat pairs in few-shot episodes. "
                      "QENet learns quickly.", (M, "Quokka Embedding Network", {"aliases": ("QENet",), "rule": "acronym"}),
                 (M, "QENet", {"rule": "acronym-ref"}), (M, "QENet", {"rule": "acronym-ref"}))


def test_a_long_form_taking_the_entity_over_keeps_another_casings_split():
    user = paper("b", "Our wombat counter stacks QeNet layers over photographs.", (M, "QeNet"))
    # with and without the long form handed the entity, its casing split before or after the other ("QENEt")
    for extra, word in [([], "QEnet"), ([_qenet_long_form()], "QEnet"), ([_qenet_long_form()], "QENEt")]:
        speech = paper("d", f"A speech toolkit: {word} transcribes violin concertos for orchestras.", (M, word))
        lk = link([_coins_qenet(), user, speech, *extra] + _big_filler())
        coined, mine = ids(lk, "a")[0], ids(lk, "d")[0]
        assert ids(lk, "b") == (coined,) and lk.entities[coined].name == "QeNet"
        assert mine != coined and lk.entities[mine].name == word
        if extra:
            assert len({coined, mine, ids(lk, "c")[0]}) == 3
            assert lk.entities[ids(lk, "c")[0]].name == "Quokka Embedding Network"


def test_letters_cased_otherwise_with_the_coiners_long_form_stay_the_coinage():
    coiner = paper("a", "We propose the Quokka Embedding Network (QeNet) for wombat photographs. QeNet runs fast.",
                   (M, "Quokka Embedding Network", {"aliases": ("QeNet",), "rule": "acronym"}),
                   (M, "QeNet", {"rule": "acronym-ref"}), proposed=("Quokka Embedding Network",))
    coiner = replace(coiner, paper=replace(coiner.paper, title="QeNet: embedding wombat photographs"))
    other = paper("c", "We prune the Quokka Embedding Network (QENet) for wombat pairs. QENet learns fast.",
                  (M, "Quokka Embedding Network", {"aliases": ("QENet",), "rule": "acronym"}),
                  (M, "QENet", {"rule": "acronym-ref"}))
    lk = link([coiner, other] + _big_filler())
    assert set(ids(lk, "c")) == {ids(lk, "a")[0]}


# -- a paper's own component given letters of its own (kg.link.components) ----------------------------------
def _component(pid, long, acro, head="module"):
    """A paper that builds ``long`` ("... a LONG (ACRO) ... ACRO ...") as one part of its own detector."""
    t = f"Our wombat detector has two parts: a {long} (ACRO) and a counting head. The ACRO picks cues."
    t = t.replace("ACRO", acro)
    return paper(pid, t, (M, long, {"aliases": [acro], "rule": "acronym"}),
                 (M, acro, {"canonical": long, "rule": "acronym-ref"}),
                 (M, acro, {"canonical": long, "rule": "acronym-ref"}))


def _technique(pid, name="burrow selection"):
    return paper(pid, f"We study {name} for sparse sensor data; {name} keeps few inputs.",
                 (M, name, {"rule": "head"}), (M, name, {"rule": "head"}))


def test_a_component_the_paper_gives_letters_is_not_the_technique_its_words_name():
    lk = link([_component("a", "burrow selection module", "BSM"), _technique("b"), _technique("c")])
    own, generic = ids(lk, "a")[0], ids(lk, "b")[0]
    assert ids(lk, "a") == (own, own, own) and own != generic and ids(lk, "c")[0] == generic
    assert lk.entities[own].name == "burrow selection module" and "BSM" in lk.entities[own].aliases
    assert "BSM" not in lk.entities[generic].aliases and "burrow selection module" not in lk.entities[generic].aliases
    # a layer or a mechanism so named is a component too; plural letters as well
    for long, acro in (("burrow selection layers", "BSLs"), ("burrow selection mechanism", "BSM")):
        lk = link([_component("a", long, acro), _technique("b")])
        assert ids(lk, "a")[0] != ids(lk, "b")[0]


def test_papers_giving_one_component_the_same_letters_share_it():
    # (papers about one thing: the same rare topic words, in a corpus large enough to tell)
    lk = link([_component("a", "burrow selection module", "BSM"), _component("d", "Burrow Selection Module", "BSM"),
               _technique("b")] + _big_filler())
    assert ids(lk, "a")[0] == ids(lk, "d")[0] != ids(lk, "b")[0]


def test_letters_of_the_technique_alone_or_of_a_model_define_the_technique():
    # "burrow selection (BS)": the paper names the technique, whatever it calls the part
    t = "We perform burrow selection (BS) on sparse sensor data; BS keeps few inputs."
    ex = paper("a", t, (M, "burrow selection", {"aliases": ["BS"], "rule": "acronym"}),
               (M, "BS", {"canonical": "burrow selection", "rule": "acronym-ref"}))
    lk = link([ex, _technique("b")])
    assert ids(lk, "a")[0] == ids(lk, "b")[0]
    # a model's letters: "Quokka Mixture Model (QMM)" is the technique the other papers write as "quokka mixture"
    lk = link([_component("a", "quokka mixture model", "QMM"), _technique("b", "quokka mixture model")])
    assert ids(lk, "a")[0] == ids(lk, "b")[0]
    # letters that leave the component word out ("burrow selection module (BS)") name the technique
    lk = link([_component("a", "burrow selection module", "BS"), _technique("b")])
    assert ids(lk, "a")[0] == ids(lk, "b")[0]


def _cbam_paper():
    """A second paper writing the lexicon's CBAM with its own lower-case long form."""
    t = "We use the convolutional block attention module (CBAM) in the wombat detector; CBAM helps."
    return paper("b", t, (M, "convolutional block attention module",
                          {"aliases": ["CBAM"], "rule": "acronym", "canonical": "CBAM"}),
                 (M, "CBAM", {"rule": "acronym-ref", "canonical": "CBAM"}))


def test_letters_the_lexicon_knows_for_a_component_of_those_words_name_the_known_component():
    # "CBAM" is a lexicon name whose long form ends in "module": a paper spelling it otherwise names it, not its own
    t = "We compare our gate with the Convolution Block Attention Module (CBAM) on faces; CBAM is slower."
    ex = paper("a", t, (M, "Convolution Block Attention Module", {"aliases": ["CBAM"], "rule": "acronym"}),
               (M, "CBAM", {"canonical": "Convolution Block Attention Module", "rule": "acronym-ref"}))
    lk = link([ex, _cbam_paper()])
    assert ids(lk, "a")[0] == ids(lk, "b")[0]


def test_unrelated_papers_giving_their_parts_the_same_words_and_letters_keep_their_own():
    t = ("Our saliency detector for shallow reef photographs stacks a burrow selection module (BSM) on the coral "
         "pyramid; the BSM sharpens reef edges.")
    reef = paper("a", t, (M, "burrow selection module", {"aliases": ["BSM"], "rule": "acronym"}),
                 (M, "BSM", {"canonical": "burrow selection module", "rule": "acronym-ref"}))
    t = ("For lidar point clouds of vineyards we build a burrow selection module (BSM) over trellis voxels; the BSM "
         "keeps grape clusters.")
    vine = paper("b", t, (M, "burrow selection module", {"aliases": ["BSM"], "rule": "acronym"}),
                 (M, "BSM", {"canonical": "burrow selection module", "rule": "acronym-ref"}))
    lk = link([reef, vine] + _big_filler())
    assert ids(lk, "a")[0] == ids(lk, "a")[1] != ids(lk, "b")[0] == ids(lk, "b")[1]
    # one paper's two records (the same title) give one part
    again = replace(reef, paper=replace(reef.paper, id="c"))
    lk = link([reef, again] + _big_filler())
    assert ids(lk, "a")[0] == ids(lk, "c")[0]


def test_a_technique_the_lexicon_knows_by_the_long_forms_words_is_that_technique():
    # the words before "layer"/"module"/"mechanism" are a lexicon technique: the part is that technique
    from kg.link.components import component_coinage
    assert not component_coinage("BNL", "batch normalization layer")
    assert not component_coinage("SEM", "Squeeze-and-Excitation module")
    assert not component_coinage("MHAM", "multi-head attention mechanism")
    assert component_coinage("BSM", "burrow selection module")
    lk = link([_component("a", "batch normalization layer", "BNL"),
               _technique("b", "batch normalization"), _technique("c", "batch normalization")])
    assert ids(lk, "a")[0] == ids(lk, "b")[0] == ids(lk, "c")[0]


def test_the_plural_of_letters_the_lexicon_knows_for_a_component_names_the_known_component():
    from kg.link.components import _known_component
    assert _known_component("CBAMs", "Modules") and not _known_component("QZBMs", "Modules")
    t = "Our gate replaces the Convolution Block Attention Modules (CBAMs) of faces; CBAMs are slower."
    ex = paper("a", t, (M, "Convolution Block Attention Modules", {"aliases": ["CBAMs"], "rule": "acronym"}),
               (M, "CBAMs", {"canonical": "Convolution Block Attention Modules", "rule": "acronym-ref"}))
    lk = link([ex, _cbam_paper()])
    assert ids(lk, "a")[0] == ids(lk, "b")[0]


def test_the_technique_written_with_another_type_word_beside_the_papers_component_is_the_technique():
    t = ("Unlike earlier burrow selection methods, our burrow selection module (BSM) reads sensor gaps; "
         "the BSM is cheap.")
    ex = paper("a", t, (M, "burrow selection methods", {"rule": "head"}),
               (M, "burrow selection module", {"aliases": ["BSM"], "rule": "acronym"}),
               (M, "BSM", {"canonical": "burrow selection module", "rule": "acronym-ref"}))
    lk = link([ex, _technique("b"), _technique("c")])
    generic, own = ids(lk, "b")[0], ids(lk, "a")[1]
    assert ids(lk, "a")[0] == generic != own == ids(lk, "a")[2]


def test_grouping_unrelated_coiners_asks_only_pairs_sharing_a_rare_word(monkeypatch):
    # thousands of unrelated papers each naming a part "feature fusion module (FFM)" cost no pairwise comparison
    from kg.link import coinages
    from kg.models import Paper
    from kg.models import Extraction
    calls = []
    real = coinages.shared_topic
    monkeypatch.setattr(coinages, "shared_topic", lambda *a: calls.append(1) or real(*a))
    syll = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "tu"]
    words = [a + b + c for a in syll for b in syll for c in syll]
    coiners = {f"p{i}": coinages.coiner(Extraction(Paper(f"p{i}", f"{words[2 * i]} {words[2 * i + 1]}", "")),
                                        ("feature fusion module", "FFM")) for i in range(200)}
    df = Counter(w for c in coiners.values() for w in c.topics)
    groups = coinages.coinage_groups(coiners, "feature fusion module", df, 5000)
    assert len(groups) == 200 and len(calls) < 200


def test_the_node_of_the_words_keeps_its_id_beside_one_papers_component_of_that_name():
    t = "Our quokka tracker has two parts: wombat gating layers (WGLs) and a counting head. The WGLs pick cues."
    own = paper("a", t, (M, "wombat gating layers", {"aliases": ["WGLs"], "rule": "acronym"}),
                (M, "WGLs", {"canonical": "wombat gating layers", "rule": "acronym-ref"}))
    lk = link([own] + [_technique(f"b{i}", "wombat gating layers") for i in range(3)])
    assert ids(lk, "b0")[0] == ids(lk, "b2")[0] == "method:wombat-gating-layers"
    assert ids(lk, "a")[0] == "method:wombat-gating-layers-2"
    assert lk.entities["method:wombat-gating-layers-2"].name == "wombat gating layers"


def test_free_ids_of_one_name_are_not_each_counted_up_from_two():
    from kg.graph.ids import free_id
    taken, tried = {"method:quokka"}, {}
    got = [free_id("method:quokka", taken, tried) for _ in range(3)]
    assert got == ["method:quokka-2", "method:quokka-3", "method:quokka-4"] and tried["method:quokka"] == 5
    assert free_id("method:quokka", {"method:quokka", "method:quokka-2"}) == "method:quokka-3"


def test_a_component_coinage_needs_two_words_and_letters_for_the_component_word():
    from kg.link.components import component_coinage
    # a hyphened word is one word, as a word alone is: the field's word for such a part
    assert not component_coinage("QBL", "quokka-burrow layer") and not component_coinage("QL", "quokka layer")
    assert component_coinage("QBSL", "quokka-burrow selection layer")


def test_spaces_around_a_component_long_form_change_nothing():
    from kg.link.components import component_coinage
    assert component_coinage("QZM", "  quo zo module") and component_coinage("QZM", "quo zo module ")


def test_letters_spelling_the_words_before_the_component_word_are_no_component_coinage():
    from kg.link.components import component_coinage
    # letters spelling the words before the component word alone name those words, whatever the last one is
    assert not component_coinage("WSM", "wombat short-term memory module")
    assert not component_coinage("QMM", "quokka mixture model module")


def test_papers_giving_a_part_the_same_words_and_letters_share_it_in_a_corpus_too_small_to_tell_topics():
    # (two records of one text under other ids and titles: no word is rare among a handful of papers)
    a = _component("a", "burrow selection module", "BSM")
    b = replace(a, paper=replace(a.paper, id="b", title="Another record"))
    lk = link([a, b, _technique("c")])
    assert ids(lk, "a")[0] == ids(lk, "b")[0] != ids(lk, "c")[0]


# -- a paper's own name cased otherwise than a lexicon name (kg.link.lexicon_casings) --------------------------
def _uses_bigbird(pid="a"):
    """A paper using the lexicon's BigBird (a case-sensitive name with a capital inside the word)."""
    return paper(pid, "We fine-tune BigBird on long contracts.", (M, "BigBird", {"rule": "lexicon"}))


def test_a_paper_proposing_a_lexicon_name_cased_otherwise_names_its_own_thing():
    birds = paper("b", "We collect BigBIRD, a dataset of large bird photographs. BigBIRD has 9k images.",
                  (T.DATASET, "BigBIRD", {"rule": "dataset-context"}), (T.DATASET, "BigBIRD"), proposed=("BigBIRD",))
    lk = link([_uses_bigbird(), birds])
    mine = ids(lk, "b")[0]
    assert mine != ids(lk, "a")[0] and ids(lk, "b") == (mine, mine)
    assert lk.entities[mine].name == "BigBIRD" and lk.entities[mine].type is T.DATASET
    assert "BigBIRD" not in lk.entities[ids(lk, "a")[0]].aliases


def test_a_lexicon_name_cased_otherwise_without_a_proposal_or_beside_the_lexicon_spelling_stays_the_known_thing():
    used = paper("b", "Our bird counter beats BigBIRD on long contracts.", (M, "BigBIRD"))
    both = paper("c", "We present BigBIRD, a faster BigBird for long contracts.", (M, "BigBIRD"),
                 (M, "BigBird", {"rule": "lexicon"}), proposed=("BigBIRD",))
    caps = paper("d", "We present BIGBIRD, a set of bird photographs.", (T.DATASET, "BIGBIRD"), proposed=("BIGBIRD",))
    word = paper("e", "We present Bigbird, a set of bird photographs.", (T.DATASET, "Bigbird"), proposed=("Bigbird",))
    lk = link([_uses_bigbird(), used, both, caps, word])
    known = ids(lk, "a")[0]
    assert ids(lk, "b") == (known,) and ids(lk, "c") == (known, known)
    assert ids(lk, "d") == (known,) and ids(lk, "e") == (known,)


def test_long_forms_compare_by_their_letters_accents_too():
    from kg.link.case_homonyms import _words

    assert _words("Réseau-Quokka Network") == "réseau quokka network" != _words("R seau Quokka Network")


def test_a_paper_proposing_a_casing_the_lexicon_lists_stays_the_known_thing():
    # the row "fastText | FastText" lists both casings: the lexicon matched the proposer's own
    used = paper("a", "We train fastText vectors on shop reviews.", (M, "fastText", {"rule": "lexicon"}))
    mine = paper("b", "We release FastText, a library for quick review tagging. FastText runs on phones.",
                 (M, "FastText", {"rule": "named"}), (M, "FastText", {"rule": "lexicon", "canonical": "fastText"}),
                 proposed=("FastText",))
    lk = link([used, mine])
    assert set(ids(lk, "b")) == {ids(lk, "a")[0]}


def test_a_title_in_capitals_or_a_plural_first_mention_is_no_other_casing_of_the_proposal():
    titled = paper("b", "BIGBIRD. We collect BigBIRD, a dataset of large bird photographs.",
                   (T.DATASET, "BIGBIRD"), (T.DATASET, "BigBIRD", {"rule": "dataset-context"}), proposed=("BigBIRD",))
    plural = paper("c", "Two BigBIRDs of photographs are ours. We collect BigBIRD, a dataset of bird photographs.",
                   (T.DATASET, "BigBIRDs"), (T.DATASET, "BigBIRD", {"rule": "dataset-context"}), proposed=("BigBIRD",))
    for p in (titled, plural):
        lk = link([_uses_bigbird(), p])
        mine = ids(lk, p.paper.id)[0]
        assert mine != ids(lk, "a")[0] and set(ids(lk, p.paper.id)) == {mine}
        assert lk.entities[mine].name == "BigBIRD" and lk.entities[mine].type is T.DATASET


def test_papers_proposing_one_casing_as_two_types_get_the_type_most_give_it():
    def proposes(pid, kind, what):
        return paper(pid, f"We present BigBIRD, a {what} for bird photographs.", (kind, "BigBIRD"), proposed=("BigBIRD",))
    lk = link([_uses_bigbird(), proposes("b", M, "model"), proposes("c", M, "network"),
               proposes("d", T.DATASET, "dataset")])
    mine = ids(lk, "b")[0]
    assert mine != ids(lk, "a")[0] and ids(lk, "c")[0] == ids(lk, "d")[0] == mine
    assert lk.entities[mine].type is M
