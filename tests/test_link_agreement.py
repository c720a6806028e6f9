"""Merges need agreement: type words of two kinds, broader lexicon aliases (texts written for these tests)."""
from __future__ import annotations

from kg.link import link
from kg.link.normalize import broader_alias, trailing_kind
from kg.link.tokens import whole_mentions
from kg.models import Mention
from kg.vocab import EntityType as T
from tests.test_link import bare, ids, paper

M, D, MET, TASK = T.METHOD, T.DATASET, T.METRIC, T.TASK


def test_trailing_kind_of_a_name():
    assert [trailing_kind(n) for n in ("Gleam Score", "Gleam architecture", "Gleam benchmark", "Gleam")] == \
        ["measure", "model", "data", None]


def test_a_score_and_a_model_of_one_name_stay_apart():
    exs = [
        bare("a", (MET, "Gleam Score")), bare("b", (MET, "Gleam score")),
        bare("c", (M, "Gleam architecture")), bare("d", (M, "Gleam Architecture")),
    ]
    lk = link(exs)
    score, model = ids(lk, "a")[0], ids(lk, "c")[0]
    assert score != model
    assert ids(lk, "b") == (score,) and ids(lk, "d") == (model,)
    assert score.startswith("metric:") and model.startswith("method:")


def test_a_type_word_of_one_kind_still_joins_the_bare_name():
    exs = [bare("a", (MET, "QUUX score")), bare("b", (MET, "QUUX")),
           bare("c", (D, "Frobnic dataset")), bare("d", (D, "Frobnic"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")
    assert ids(lk, "c") == ids(lk, "d")


def test_broader_alias_rule():
    assert broader_alias("summarization", "text summarization", "Task")
    assert broader_alias("top-5", "top-5 accuracy", "Metric")
    assert not broader_alias("Swin", "Swin Transformer", "Method")  # a coined name: its short form
    assert not broader_alias("VOC2012", "PASCAL VOC 2012", "Dataset")
    assert not broader_alias("top-5 acc", "top-5 accuracy", "Metric")


def test_broader_lexicon_alias_does_not_merge_into_the_specific_entity():
    rr = {"canonical": "passage re-ranking", "rule": "lexicon"}
    t1 = {"canonical": "top-1 accuracy", "rule": "lexicon"}
    exs = [
        bare("a", (TASK, "passage re-ranking", rr)),
        paper("b", "Detections are improved by re-ranking of boxes.", (TASK, "re-ranking", rr)),
        paper("c", "It reaches 80% top-1 accuracy.", (MET, "top-1 accuracy", t1)),
        paper("d", "It gets 20% top-1 and 5% top-5 error.", (MET, "top-1", t1)),
    ]
    lk = link(exs)
    assert ids(lk, "a") != ids(lk, "b")
    assert ids(lk, "c") == ("metric:top-1-accuracy",)
    assert ids(lk, "d") != ids(lk, "c")


def test_a_next_type_word_of_another_kind_does_not_grow_a_lexicon_match():
    text = "Rethinking the Inception architecture for vision."
    i = text.index("Inception")
    m = Mention(MET, "Inception", i, i + 9, "abstract", "Inception Score", (), "lexicon")
    ex = paper("a", text)
    ex = ex.__class__(ex.paper, (m,), (), (), ())
    assert whole_mentions(ex)[0].text == "Inception"


def test_with_two_kinds_only_the_kind_of_the_bare_names_type_joins_it():
    exs = [bare("a", (MET, "Gleam Score")), bare("b", (MET, "Gleam")), bare("c", (M, "Gleam architecture"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")
    assert ids(lk, "c") != ids(lk, "a") and ids(lk, "c")[0].startswith("method:")


def test_a_name_split_at_a_hyphen_is_linked_whole():
    t = "We test on FOO-BAR VOC and on FOOBAR VOC."
    ex = paper("a", t, (D, "FOO", {"rule": "lexicon-gen", "canonical": "FOO"}), (D, "FOOBAR VOC"))
    lk = link([ex, bare("b", (D, "FOO"))])
    a = ids(lk, "a")
    assert a[0] != ids(lk, "b")[0]  # "FOO" of "FOO-BAR" is no FOO
    assert next(m.text for m in whole_mentions(ex)) == "FOO-BAR"


def test_a_measure_alias_that_drops_only_a_number_still_merges():
    f1 = {"canonical": "F1", "rule": "lexicon"}
    lk = link([bare("a", (MET, "F1", f1)), bare("b", (MET, "F-score", f1))])
    assert ids(lk, "a") == ids(lk, "b")


def test_a_name_before_an_adjective_tail_is_not_grown_over_it():
    t = "We build a new GRU-Like counter from GRU cells."
    ex = paper("a", t, (M, "GRU", {"rule": "lexicon", "canonical": "gated recurrent unit"}))
    assert next(m.text for m in whole_mentions(ex)) == "GRU"
    lk = link([ex, bare("b", (M, "GRU", {"rule": "lexicon", "canonical": "gated recurrent unit"}))])
    assert ids(lk, "a")[0] == ids(lk, "b")[0]


def test_lower_case_sizes_a_paper_contrasts_stay_in_the_method_name():
    t = "We shrink WombatNet-tiny and WombatNet-xxlarge below KoalaFormer-xxlarge, unlike WombatNet-based counters."
    lex = {"rule": "lexicon", "canonical": "WombatNet"}
    ex = paper("a", t, (M, "WombatNet", lex), (M, "WombatNet", lex), (M, "KoalaFormer"), (M, "WombatNet", lex))
    assert [m.text for m in whole_mentions(ex)] == ["WombatNet-tiny", "WombatNet-xxlarge", "KoalaFormer-xxlarge",
                                                    "WombatNet"]
    assert whole_mentions(ex)[0].canonical is None
    lk = link([ex, bare("b", (M, "WombatNet", lex))])
    a = ids(lk, "a")
    assert len(set(a[:3])) == 3 and a[3] == ids(lk, "b")[0] not in a[:3]


def test_an_everyday_noun_after_two_names_is_no_size():
    # "-student", "-teacher" and "-features" follow two names, but they are everyday nouns, not sizes
    t = "A WombatNet-teacher guides a WombatNet-student; KoalaFormer-teacher and KoalaFormer-features help."
    ex = paper("a", t, (M, "WombatNet"), (M, "WombatNet"), (M, "KoalaFormer"), (M, "KoalaFormer"))
    assert [m.text for m in whole_mentions(ex)] == ["WombatNet", "WombatNet", "KoalaFormer", "KoalaFormer"]


def test_a_lower_case_word_after_one_name_only_or_a_modifier_word_is_not_grown_over():
    t = ("A WombatNet-mini counter, a KoalaFormer-guided and KoalaFormer-pretrained decoder, "
         "a GRU-encoder and GRU-decoder.")
    ex = paper("a", t, (M, "WombatNet"), (M, "KoalaFormer"), (M, "KoalaFormer"), (M, "GRU"), (M, "GRU"))
    assert [m.text for m in whole_mentions(ex)] == ["WombatNet", "KoalaFormer", "KoalaFormer", "GRU", "GRU"]


def test_a_verb_before_a_lexicon_method_is_no_modifier_of_its_name():
    t = "The counter employs transformer blocks to read shelves."
    ex = paper("a", t, (M, "transformer", {"rule": "lexicon", "canonical": "Transformer"}))
    assert next(m.text for m in whole_mentions(ex)) == "transformer"


def test_a_score_named_after_a_lexicon_task_is_no_alias_of_the_task():
    # "pose estimation" is a Task of the lexicon; a score named after it is no name of the task
    exs = [bare(f"t{i}", (TASK, "pose estimation", {"rule": "lexicon", "canonical": "pose estimation"}))
           for i in range(6)]
    exs.append(paper("s", "We fit shelves with Pose Estimation Score Fitting.",
                     (MET, "Pose Estimation Score", {"rule": "titlecase"})))
    lk = link(exs)
    task = ids(lk, "t0")[0]
    assert ids(lk, "s")[0] != task
    assert "Pose Estimation Score" not in lk.entities[task].aliases


# -- coined acronyms: capitals marked inside the long form's words ----------------------------------------
def _coin(pid, text, long, acro, *more):
    """A paper that coins ``acro`` from ``long`` ("... LONG (ACRO) ... ACRO ...") plus ``more`` spans."""
    return paper(pid, text, (M, long, {"aliases": [acro], "rule": "acronym"}),
                 (M, acro, {"canonical": long, "rule": "acronym-ref"}), *more)


def test_a_coined_acronym_is_not_the_generic_term_its_letters_come_from():
    exs = [
        _coin("a", "Our final FUzzy-disTillEd (FUTE) model, a FUTE of great size, wins.", "FUzzy-disTillEd", "FUTE"),
        bare("b", (M, "fuzzy-distilled")), bare("c", (M, "fuzzy-distilled learning")),
    ]
    lk = link(exs)
    fute = ids(lk, "a")
    assert fute[0] == fute[1] and fute[0] not in ids(lk, "b") + ids(lk, "c")
    assert ids(lk, "b") == ids(lk, "c")  # the generic terms still join each other
    ent = lk.entities[fute[0]]
    assert ent.name == "FUzzy-disTillEd" and "FUTE" in ent.aliases
    assert "FUzzy-disTillEd" not in lk.entities[ids(lk, "b")[0]].aliases


def test_two_papers_coining_one_acronym_differently_stay_apart():
    exs = [_coin("a", "We build the MOrph-gRAted Layers (MORAL) for this.", "MOrph-gRAted Layers", "MORAL"),
           _coin("b", "We learn MOdular RAnked Logits (MORAL) here.", "MOdular RAnked Logits", "MORAL")]
    lk = link(exs)
    assert ids(lk, "a")[0] != ids(lk, "b")[0]


def test_a_coined_long_form_joins_the_same_words_other_papers_define_as_its_acronym():
    plain = [paper(p, "We search with gradual quokka routing (GRAQUR) on graphs.",
                   (M, "gradual quokka routing", {"aliases": ["GRAQUR"], "rule": "acronym"}))
             for p in ("b", "c", "d")]
    exs = [_coin("a", "The GRAdual QUokka Routing (GRAQUR) base, as GRAQUR runs.", "GRAdual QUokka Routing", "GRAQUR"),
           *plain, bare("e", (M, "GRAQUR"))]
    lk = link(exs)
    assert ids(lk, "a")[0] == ids(lk, "b")[0] == ids(lk, "e")[0]


def test_a_title_in_the_words_of_a_coined_long_form_names_the_coined_entity():
    ex = paper("a", "Stare at Gaps: a study\nWe propose STare-at-GAps (STGA), and STGA wins.",
               (M, "Stare at Gaps"), (M, "STare-at-GAps", {"aliases": ["STGA"], "rule": "acronym"}),
               (M, "STGA", {"canonical": "STare-at-GAps", "rule": "acronym-ref"}))
    lk = link([ex, bare("b", (M, "stare at gaps"))])
    assert len(set(ids(lk, "a"))) == 1 and ids(lk, "b")[0] not in ids(lk, "a")


def test_a_mention_one_word_short_of_a_name_of_its_paper_is_linked_as_that_name():
    t = "Bamboo walk parsing is hard. We study Bamboo Walk Parsing with quokka sampling; Quokka trees help."
    ex = paper("a", t, (TASK, "Bamboo walk parsing"), (TASK, "Walk Parsing", {"rule": "lexicon-gen", "canonical": "Walk Parsing"}),
               (M, "quokka", {"rule": "list"}), (M, "Quokka"))
    texts = [m.text for m in whole_mentions(ex)]
    assert texts == ["Bamboo walk parsing", "Bamboo Walk Parsing", "quokka", "Quokka"]  # no longer "quokka ..." name
    lk = link([ex, bare("b", (TASK, "Walk Parsing"))])
    a = ids(lk, "a")
    assert a[0] == a[1] != ids(lk, "b")[0]  # the paper's "Bamboo Walk Parsing", not the shorter task


def test_a_word_after_a_mention_completes_a_name_the_paper_writes():
    t = "We propose quokka sampling. Unlike greedy picks, Quokka sampling explores."
    ex = paper("a", t, (M, "quokka sampling"), (M, "Quokka", {"rule": "list"}))
    assert [m.text for m in whole_mentions(ex)] == ["quokka sampling", "Quokka sampling"]
    assert whole_mentions(ex)[1].rule == "whole-token"


def test_a_grade_or_setting_word_before_a_mention_starts_no_longer_name():
    t = "A real-time bamboo parsing tool; we study bamboo parsing in real time and real-time bamboo parsing."
    ex = paper("a", t, (TASK, "bamboo parsing"), (TASK, "bamboo parsing"), (TASK, "real-time bamboo parsing"))
    assert [m.text for m in whole_mentions(ex)][:2] == ["bamboo parsing", "bamboo parsing"]



def test_a_module_or_a_dataset_named_after_a_task_is_no_task():
    # a thing named by the task it is made for is a thing of its own type, not the task
    h = {"rule": "head"}
    exs = [bare(f"t{n}", (TASK, "glimmer ranking", h), (TASK, "frob counting", h)) for n in range(3)]
    exs += [bare("m", (M, "glimmer ranking module", h)), bare("d", (D, "frob counting dataset", h))]
    lk = link(exs)
    ranking, counting = ids(lk, "t0")
    assert ranking.startswith("task:") and counting.startswith("task:")
    assert ids(lk, "m")[0].startswith("method:") and ids(lk, "d")[0].startswith("dataset:")


def test_a_type_word_still_joins_a_bare_name_that_is_sometimes_taken_for_a_task():
    # one stray Task mention of a dataset's name does not keep "X dataset" from the dataset
    h = {"rule": "head"}
    exs = [bare(f"d{n}", (D, "Wibblecorp", h)) for n in range(3)]
    exs += [bare("t", (TASK, "Wibblecorp", h)), bare("e", (D, "Wibblecorp dataset", h))]
    lk = link(exs)
    assert ids(lk, "e") == ids(lk, "d0") and ids(lk, "d0")[0].startswith("dataset:")


def test_a_task_named_by_the_systems_serving_it_is_the_task_it_serves():
    # "X systems" written as a Task is the task X when the corpus writes X alone as a Task; the node keeps X's name
    h = {"rule": "head"}
    exs = [bare(f"s{n}", (TASK, "Glimmer Plotting Systems", h)) for n in range(3)]
    exs += [bare("t", (TASK, "glimmer plotting", h)), bare("u", (TASK, "frob haggling systems", h))]
    lk = link(exs)
    assert ids(lk, "s0") == ids(lk, "t") and ids(lk, "s0")[0].startswith("task:")
    assert lk.entities[ids(lk, "t")[0]].name == "glimmer plotting"
    assert ids(lk, "u")[0] != ids(lk, "t")[0]  # no shorter Task written: it stays as it is


def test_an_input_size_written_with_a_times_sign_stays_in_the_name():
    # "512×512" is one token, as "512x512" is: the size is not cut after its first side
    t = "Bottom-up ZapNet-W32-512×512 gains 2.1 AP over ZapNet-W32-640x640 and ZapNet at 3 × 4 tiles."
    ex = paper("a", t, (M, "ZapNet", {"rule": "lexicon", "canonical": "ZapNet"}),
               (M, "ZapNet", {"rule": "lexicon", "canonical": "ZapNet"}),
               (M, "ZapNet", {"rule": "lexicon", "canonical": "ZapNet"}))
    assert [m.text for m in whole_mentions(ex)] == ["ZapNet-W32-512×512", "ZapNet-W32-640x640", "ZapNet"]


def test_a_times_sign_after_a_hyphen_s_digits_stays_in_the_name():
    # "ZapNet-50×2" is one name as "ZapNet-50x2" is: the width after the size is not cut off
    t = "A wide ZapNet-50×2 beats ZapNet-50x2 here."
    ex = paper("a", t, (M, "ZapNet-50", {"rule": "lexicon", "canonical": "ZapNet-50"}),
               (M, "ZapNet-50", {"rule": "lexicon", "canonical": "ZapNet-50"}))
    assert [m.text for m in whole_mentions(ex)] == ["ZapNet-50×2", "ZapNet-50x2"]
