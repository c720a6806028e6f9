"""Entity types decided at corpus level (kg.link.types): texts written for these tests."""
from __future__ import annotations

import pytest
from kg.graph import build_graph
from kg.link import link
from kg.link.cues import text_cue, text_cue_kind
from kg.link.types import TypeVotes
from kg.models import Entity, Result
from kg.vocab import EntityType as T
from tests.test_link import bare, ids, paper

M, D, MET, TASK = T.METHOD, T.DATASET, T.METRIC, T.TASK
CTX = {"rule": "dataset-context"}


def test_a_name_gets_one_type_from_all_its_mentions():
    exs = [
        paper("a", "Results on the Quokka-Dialog dataset are strong.", (D, "Quokka-Dialog", CTX)),
        paper("b", "We evaluate on Quokka-Dialog and on Wombat.", (D, "Quokka-Dialog", CTX), (D, "Wombat", CTX)),
        # the extractor saw only a coined word here, and typed it a Method by default
        paper("c", "Quokka-Dialog is hard for every system.", (M, "Quokka-Dialog")),
    ]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "c") == ("dataset:quokka-dialog",)
    votes = lk.entities["dataset:quokka-dialog"].type_votes
    assert votes["Method"] == {"shape": 1} and votes["Dataset"]["context"] == 2 and votes["Dataset"]["cue"] >= 1
    assert votes["Dataset"]["head"] >= 1  # "the Quokka-Dialog dataset": the type word names it


def test_lexicon_type_is_a_strong_prior():
    # "Human3.6M" is a Dataset of the shipped lexicon; a spaced spelling the lexicon did not match was typed
    # by its shape only: it joins the lexicon's entity
    exs = [paper("a", "We test on Human 3.6M today.", (M, "Human 3.6M")),
           paper("b", "Human3.6M is big.", (D, "Human3.6M", {"rule": "lexicon"}))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("dataset:human3.6m",)
    assert lk.entities["dataset:human3.6m"].type_votes["Dataset"]["prior"] == 1


def test_two_different_things_keep_two_types():
    named, score = {"rule": "head"}, {"rule": "measured"}
    exs = [
        paper("a", "The Zebrafuse architecture is deep.", (M, "Zebrafuse", named)),
        paper("b", "We stack the Zebrafuse architecture.", (M, "Zebrafuse", named)),
        paper("c", "It reaches a Zebrafuse score of 9.1.", (MET, "Zebrafuse", score)),
        paper("d", "A higher Zebrafuse score is better.", (MET, "Zebrafuse", score)),
        paper("e", "Zebrafuse again.", (MET, "Zebrafuse")),
    ]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("method:zebrafuse",)
    assert ids(lk, "c") == ids(lk, "d") == ids(lk, "e") == ("metric:zebrafuse",)


def test_an_acronym_defined_in_two_types_is_two_things():
    exs = [paper("a", "mean squared blur (MSB) drops", (MET, "mean squared blur", {"aliases": ["MSB"]}), (MET, "MSB")),
           paper("b", "a Multi-Scale Blender (MSB) helps", (M, "Multi-Scale Blender", {"aliases": ["MSB"]}), (M, "MSB")),
           paper("c", "a Multi-Scale Blender (MSB) again", (M, "Multi-Scale Blender", {"aliases": ["MSB"]}), (M, "MSB"))]
    lk = link(exs)
    assert ids(lk, "a") == ("metric:mean-squared-blur",) * 2
    assert ids(lk, "b") == ids(lk, "c") == ("method:multi-scale-blender",) * 2


def test_a_dataset_named_with_its_type_word_stays_apart_from_the_task():
    task = {"rule": "task-context"}
    exs = [paper(f"t{i}", "We study hedgehog spotting, a hard task.", (TASK, "hedgehog spotting", task)) for i in range(4)]
    exs.append(paper("d", "the Hedgehog Spotting Challenge is new", (D, "Hedgehog Spotting Challenge")))
    lk = link(exs)
    assert ids(lk, "t0") == ("task:hedgehog-spotting",)
    assert ids(lk, "d") == ("dataset:hedgehog-spotting-challenge",)


def test_results_roles_and_text_cues_vote():
    # no mention is typed by context; the words around the name and the results' roles decide
    exs = [paper(f"p{i}", "Our model gets 71.0 on Marmot-7 and beats all.", (M, "Marmot-7"),
                 results=[Result("71.0", dataset="Marmot-7")]) for i in range(2)]
    exs.append(bare("q", (M, "Marmot-7")))
    lk = link(exs)
    assert {ids(lk, p)[0] for p in ("p0", "p1", "q")} == {"dataset:marmot-7"}
    assert lk.papers[0].result_ids == ((None, "dataset:marmot-7", None),)


def test_text_cues():
    s = ("Gains on OtterSet hold. Based on OtterNet we build. The OtterFuse backbone helps. In terms of OtterAcc "
         "it wins. We present OtterBench, a new, publicly released benchmark. The OtterTrack task is open. "
         "SemEval-2010 Task 8 is used.")
    cue = {w: text_cue(s, s.index(w), s.index(w) + len(w))
           for w in ("OtterSet", "OtterFuse", "OtterAcc", "OtterBench", "OtterTrack", "SemEval-2010")}
    # "Task 8" is no task word; the edition year makes SemEval-2010 a dataset (a challenge's data)
    assert cue == {"OtterSet": D, "OtterFuse": M, "OtterAcc": MET, "OtterBench": D, "OtterTrack": TASK,
                   "SemEval-2010": D}
    assert text_cue(s, s.index("OtterNet"), s.index("OtterNet") + 8) is None  # "based on X" is no dataset


def test_a_word_of_data_before_a_systems_head_word_is_no_data_cue():
    # "OtterLab image parser": the data word modifies the parser as the name does; the name is no kind of data
    from kg.link.cues import data_after
    s = ("The OtterLab image parser labels pixels. OtterCam images are dark. OtterSeg video models and OtterScan "
         "data encoders help, and OtterNet point clouds are sparse.")
    after = {w: data_after(s, s.index(w) + len(w)) for w in ("OtterLab", "OtterCam", "OtterSeg", "OtterScan",
                                                             "OtterNet")}
    assert after == {"OtterLab": False, "OtterCam": True, "OtterSeg": False, "OtterScan": False, "OtterNet": True}


def test_an_earlier_builds_type_is_kept():
    old = {"method:quokka-dialog": Entity("method:quokka-dialog", M, "Quokka-Dialog", {"Quokka-Dialog"})}
    exs = [paper(f"p{i}", "Results on the Quokka-Dialog dataset.", (D, "Quokka-Dialog", CTX)) for i in range(2)]
    exs.append(bare("c", (M, "Quokka-Dialog")))
    lk = link(exs, existing=old)
    assert ids(lk, "c") == ("method:quokka-dialog",)  # the old id (and so its type) stays
    assert ids(lk, "p0") == ("dataset:quokka-dialog",)  # the context evidence keeps a Dataset of its own


def test_votes_are_on_the_graph_node():
    exs = [paper("a", "Results on the Quokka-Dialog dataset.", (D, "Quokka-Dialog", CTX)),
           bare("c", (M, "Quokka-Dialog"))]
    g = build_graph(link(exs))
    assert g.nodes["dataset:quokka-dialog"]["type_votes"] == {"Dataset": {"context": 1, "head": 1},
                                                                "Method": {"shape": 1}}


def test_a_shape_typed_name_before_a_lower_case_noun_votes_modifier():
    """"QUOX strings" and "QUOX codes" vote ``modifier``; "QUOX outperforms", "with QUOX." and "the QUOX model" (a
    verb, a punctuation mark, a method's head word after the name) do not."""
    text = "We read QUOX strings and QUOX codes. QUOX outperforms rivals with QUOX. The QUOX model is small."
    exs = [paper("a", text, *[(M, "QUOX")] * 5)]
    g = build_graph(link(exs))
    votes = g.nodes["method:quox"]["type_votes"]["Method"]
    assert (votes["shape"], votes["modifier"]) == (5, 2)


def test_decide_alone():
    v = TypeVotes()
    seen: set = set()
    for kind in ("shape", "shape", "shape"):
        v.add("k", M, kind, seen)
    v.add("k", D, "context", seen)
    assert v.decide("k", {M, D}) == {M: D, D: D}  # one context vote outweighs three shapes
    assert v.decide("k", {M, D}, fixed=M) == {M: M, D: M}


# -- aliases across the corpus (issue 18 item 4) ------------------------------------------------------
def test_a_name_cut_from_a_longer_token_links_as_the_whole_token():
    exs = [paper("a", "Results on nuScenes and the 300W benchmark.", (D, "Scenes", CTX), (D, "W", CTX)),
           paper("b", "Outdoor Scenes are hard.", (D, "Scenes", CTX))]
    lk = link(exs)
    a = ids(lk, "a")
    assert a == ("dataset:nuscenes", "dataset:300w") and ids(lk, "b") == ("dataset:scenes",)
    ev = lk.entities["dataset:nuscenes"].evidence[0]
    assert exs[0].paper.abstract[ev.start:ev.end] == ev.text == "nuScenes"


def test_prefixed_variants_stay_apart():
    lex = {"rule": "lexicon"}
    exs = [paper("a", "We train Info-GAN and a GAN; the A-Softmax loss beats softmax.",
                 (M, "GAN", lex), (M, "GAN", lex), (M, "Softmax", {"rule": "lexicon", "canonical": "softmax"}),
                 (M, "softmax", lex)),
           paper("b", "self-attention helps", (M, "attention", lex))]
    lk = link(exs)
    a = ids(lk, "a")
    assert a[0] == "method:info-gan" and a[1] != a[0] and a[2] == "method:a-softmax" and a[3] == "method:softmax"
    assert ids(lk, "b") == ("method:attention",)  # a lower-case compound is left alone


def test_a_prefix_that_is_no_word_keeps_its_capitalised_name():
    lex = {"rule": "lexicon"}
    exs = [paper("a", "We pretrain x4q-BERT, fit the Mévrik-Softmax loss and a BERT with softmax.",
                 (M, "BERT", lex), (M, "Softmax", {"rule": "lexicon", "canonical": "softmax"}),
                 (M, "BERT", lex), (M, "softmax", lex)),
           paper("b", "Our x4q-based BERT and top5-Softmax are fast.", (M, "BERT", lex), (M, "Softmax", lex))]
    lk = link(exs)
    a, b = ids(lk, "a"), ids(lk, "b")
    assert a[0] == "method:x4q-bert" and a[1] == "method:mevrik-softmax"
    assert a[2] == b[0] != a[0] and a[3] == b[1] != a[1]  # a word-like prefix ("top5") leaves the name alone


def test_spelling_variants_of_words_join():
    exs = [bare("a", (M, "Generative Adversarial Net"), (M, "Non-Maximal Suppression")),
           bare("b", (M, "generative adversarial networks"), (M, "non-maximum suppression")),
           bare("c", (MET, "peak signal noise ratio"), (MET, "peak signal-to-noise ratio"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")
    c = ids(lk, "c")
    assert c[0] == c[1]


def test_a_lexicon_spelling_no_mention_matched_joins_the_entry():
    # "NYU-v2" is listed as an alias of NYU Depth V2 in the shipped lexicon; the extractor found it by context
    exs = [paper("a", "Results on NYU-v2 are good.", (D, "NYU-v2", CTX)),
           paper("b", "NYU Depth V2 is indoor.", (D, "NYU Depth V2", {"rule": "lexicon"}))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")


def test_numbered_abbreviations_join_their_one_long_form():
    exs = [bare("a", (D, "H3.6M"), (D, "NYUDv2"), (M, "R-50")),
           bare("b", (D, "Human3.6M"), (D, "NYU Depth V2"), (M, "ResNet-50"), (M, "RegNet-50")),
           bare("c", (D, "Human3.6M"), (D, "Human 2.4M"), (M, "convolutional network"), (M, "convolutional neural networks"))]
    lk = link(exs)
    a, b, c = ids(lk, "a"), ids(lk, "b"), ids(lk, "c")
    assert a[0] == b[0] == c[0] and a[1] == b[1]
    assert a[2] not in (b[2], b[3])  # "R-50" abbreviates two names: left apart
    assert c[1] != c[0] and c[2] == c[3]


def test_one_letter_with_a_plain_number_is_a_name_of_its_own():
    lk = link([bare("a", (D, "C4"), (D, "CHiME-4")), paper("b", "a non-CNN model and a CNN", (M, "CNN"), (M, "CNN"))])
    a, b = ids(lk, "a"), ids(lk, "b")
    assert a[0] != a[1] and b[0] == b[1]


def test_top_5_error_is_not_top_5_accuracy():
    acc = {"rule": "lexicon", "canonical": "top-5 accuracy"}
    exs = [paper("a", "It reaches top-5 errors of 3.1% on ImageNet.", (MET, "top-5", acc)),
           paper("b", "The top-5 validation error drops.", (MET, "top-5", acc)),
           paper("c", "The top-5 accuracy is 97%.", (MET, "top-5 accuracy", {"rule": "lexicon"})),
           paper("d", "We report top-5 and top-1.", (MET, "top-5", acc))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("metric:top-5-error",)
    assert ids(lk, "c") == ("metric:top-5-accuracy",)
    # a bare "top-5" names no measured quantity (accuracy or error): its own entity, merged into neither
    assert ids(lk, "d") not in (ids(lk, "a"), ids(lk, "c"))


def test_a_number_and_its_letter_are_one_word():
    lk = link([bare("a", (D, "300-W"), (D, "300W"), (D, "300-VW"))])
    a = ids(lk, "a")
    assert a[0] == a[1] != a[2]


def test_an_acronym_written_inside_a_name_is_the_name_without_it():
    lk = link([bare("a", (TASK, "click-through rate (CTR) prediction"), (TASK, "click-through rate prediction"),
                    (TASK, "part-of-speech (POS) tagging"), (TASK, "part-of-speech tagging"))])
    a = ids(lk, "a")
    assert a[0] == a[1] != a[2] == a[3]


def test_a_paper_s_own_words_outvote_a_generated_lexicon_prior():
    # "ReCO" is a Dataset of the generated lexicon only: a paper presenting its own framework of that name,
    # in words ("a contrastive learning framework"), keeps it a Method
    own = paper("a", "We present ReCo, a contrastive learning framework for parsing. ReCo is simple.",
                (M, "ReCo", {"rule": "named"}), (M, "ReCo"))
    assert ids(link([own]), "a") == ("method:reco", "method:reco")
    # with shape votes only the generated prior still types the name ("MFNet" is written like any coined word)
    shape = paper("b", "Scores of MFNet are listed.", (M, "MFNet"))
    assert ids(link([shape]), "b") == ("dataset:mfnet",)
    # a paper that does not name it itself (a list typed it Method) does not outvote the prior
    listed = paper("d", "Methods such as ReCo, Foo and Bar do well.", (M, "ReCo", {"rule": "list"}))
    assert ids(link([listed]), "d") == ("dataset:reco",)
    # a curated entry is stronger: "Habitat" stays the curated Dataset over one paper's cue
    cur = paper("c", "We use Habitat, a simulation framework for agents. Habitat is fast.",
                (M, "Habitat", {"rule": "named"}), (M, "Habitat"))
    assert ids(link([cur]), "c") == ("dataset:habitat", "dataset:habitat")


def test_a_task_acronym_used_as_a_modifier_is_the_task():
    """"QR" is a Task's acronym in five papers; three others write "QR models" (typed Method by its shape, and a
    Method cue), one defines the letters as a Method of its own: the bare uses are the Task's, and that paper's own
    uses go to its long form."""
    task = {"rule": "acronym", "aliases": ["QR"]}
    exs = [paper(f"t{i}", "We study quokka ranking (QR), a hard problem.", (TASK, "quokka ranking", task),
                 (TASK, "QR", {"rule": "acronym-ref"})) for i in range(5)]
    exs += [paper(f"m{i}", "Strong QR models are rare.", (M, "QR")) for i in range(3)]
    exs.append(paper("d", "A quaternion regressor (QR) helps; QR is fast.",
                     (M, "quaternion regressor", {"rule": "acronym", "aliases": ["QR"]}), (M, "QR", {"rule": "acronym-ref"})))
    lk = link(exs)
    task_id = ids(lk, "t0")[0]
    assert task_id.startswith("task:") and {ids(lk, f"m{i}")[0] for i in range(3)} == {task_id}
    assert ids(lk, "d") == ("method:quaternion-regressor",) * 2


def test_a_dataset_word_before_a_comma_list_or_a_parenthesis_types_the_names_in_it():
    # the extractor saw only coined words here (Methods by their shape); the dataset word before them names them
    s1 = "We collect two new counting datasets, QuokkaCount and WombatCount, which are larger."
    s2 = "We also release a plant counting dataset (FernSet) for the task."
    s3 = "On both datasets, OtterNet wins by a margin."
    exs = [paper("a", s1, (M, "QuokkaCount"), (M, "WombatCount")), paper("b", s2, (M, "FernSet")),
           paper("c", s3, (M, "OtterNet"))]
    lk = link(exs)
    assert ids(lk, "a") == ("dataset:quokkacount", "dataset:wombatcount")
    assert ids(lk, "b") == ("dataset:fernset",)
    assert ids(lk, "c") == ("method:otternet",)  # "On both datasets, X wins": no list of datasets


def test_a_coined_name_listed_among_datasets_is_a_dataset():
    # the extractor typed the coined words by their shape (Method) or by the list's noun (Task); the list they are
    # in holds two datasets a dataset word names, and names of one list are things of one kind
    lex = {"rule": "dataset-context"}
    s1 = "Our parser is tested on FooBank [4], QuokkaText (12k pages), WombatDocs and the BarCorpus."
    s2 = "It is strong on several tasks, including OtterForms, FooBank and BarCorpus, by wide margins."
    s3 = "On FooBank and BarCorpus, PossumNet wins. On FooBank, NumbatNet wins too."
    exs = [paper("a", s1, (D, "FooBank", lex), (M, "QuokkaText"), (M, "WombatDocs"), (D, "BarCorpus", lex)),
           paper("b", s2, (TASK, "OtterForms", {"rule": "list"}), (D, "FooBank", lex), (D, "BarCorpus", lex)),
           paper("c", s3, (D, "FooBank", lex), (D, "BarCorpus", lex), (M, "PossumNet"), (D, "FooBank", lex),
                 (M, "NumbatNet"))]
    lk = link(exs)
    assert ids(lk, "a") == ("dataset:foobank", "dataset:quokkatext", "dataset:wombatdocs", "dataset:barcorpus")
    assert ids(lk, "b")[0] == "dataset:otterforms"
    # a list ends after the member "and" joins, and "On X, Y wins" is no list: these stay Methods
    assert ids(lk, "c")[2] == "method:possumnet" and ids(lk, "c")[4] == "method:numbatnet"


def test_a_name_used_as_a_means_is_a_method():
    """"wombat divergence estimation" is typed a Task by its head word wherever a paper defines its acronym; three
    papers train or fit a model with it, or name its loss: a means, not a goal, so one Method."""
    task = {"rule": "acronym", "aliases": ["WDE"]}
    exs = [paper(f"d{i}", "We revisit wombat divergence estimation (WDE) in depth.", (TASK, "wombat divergence estimation", task))
           for i in range(4)]
    exs += [paper("u1", "Our parser is trained with wombat divergence estimation on text.", (TASK, "wombat divergence estimation")),
            paper("u2", "The weights are fitted via the wombat divergence estimation instead.", (TASK, "wombat divergence estimation")),
            paper("u3", "A wombat divergence estimation loss keeps the decoder calm.", (TASK, "wombat divergence estimation"))]
    lk = link(exs)
    got = {ids(lk, p)[0] for p in ("d0", "d3", "u1", "u2", "u3")}
    assert got == {"method:wombat-divergence-estimation"}
    assert lk.entities["method:wombat-divergence-estimation"].type_votes["Method"]["means"] == 3


def test_a_task_phrase_a_paper_applies_is_a_method():
    """"Quokka Surface Reconstruction" is a Task by its head word only (a title-case phrase, no lexicon's); the paper
    uses it to do something ("we use X to mesh ..."), as a Method's mention is read: a means, so a Method. The same
    phrase worked for ("a model for X") stays a Task."""
    tc = {"rule": "titlecase"}
    name = (TASK, "Quokka Surface Reconstruction", tc)
    use = paper("u", "Then we use Quokka Surface Reconstruction to mesh each scan.", name)
    assert ids(link([use]), "u")[0] == "method:quokka-surface-reconstruction"
    goal = paper("g", "We present a model for Quokka Surface Reconstruction at scale.", name)
    assert ids(link([goal]), "g")[0] == "task:quokka-surface-reconstruction"


def test_an_acronym_a_paper_uses_as_a_means_makes_its_long_form_a_method():
    """One paper defines "wombat lattice translation (WLT)", a Task by its head word, and refines its parser "with WLT
    as a prior" (or names "a WLT objective"): the letters stand for the long form there, so the use is the long form's,
    and the name a Method. A paper that relates its data to the letters ("associated with WLT") uses nothing."""
    text = "We revisit wombat lattice translation (WLT) for old texts. Our parser is refined with WLT as a prior."
    ref = (TASK, "WLT", {"rule": "acronym-ref", "canonical": "wombat lattice translation"})
    long_form = (TASK, "wombat lattice translation", {"rule": "acronym", "aliases": ["WLT"]})
    assert set(ids(link([paper("a", text, long_form, ref, ref)]), "a")) == {"method:wombat-lattice-translation"}
    objective = text.replace("Our parser is refined with WLT as a prior.", "A WLT objective steadies the parser.")
    assert set(ids(link([paper("a", objective, long_form, ref, ref)]), "a")) == {"method:wombat-lattice-translation"}
    related = text.replace("Our parser is refined with", "Most errors are associated with")
    assert set(ids(link([paper("a", related, long_form, ref, ref)]), "a")) == {"task:wombat-lattice-translation"}


def test_with_after_a_word_of_relation_or_company_is_no_use():
    """kg.link.means.use_kind: "refined with X," uses X; "associated with X" names a relation; read as a Task's
    mention is (``verb_with``), "with X" after no verb is no use either: "along with X", "together with X", "problems
    with X", "experiments with X", "consistent with X"."""
    from kg.link.means import use_kind
    for before, want in (("refined with", "means"), ("fine-tuning with", "means"), ("associated with", None),
                         ("along with", None), ("together with", None), ("open problems with", None),
                         ("experiments with", None), ("consistent with", None), ("along  with", None)):
        t = f"Scores {before} glyph pooling, as shown."
        assert use_kind(t, t.index("glyph"), t.index(","), verb_with=True) == want, before
    t = "Script Translation with glyph pooling as Regularization"  # "with X as Y": X is the means
    assert use_kind(t, t.index("glyph"), t.index(" as"), verb_with=True) == "means"


def test_a_task_a_paper_has_problems_with_stays_a_task():
    """One paper lists open problems "with" a Task phrase and runs experiments "with" an acronym's long form: no verb
    before "with", no use: both stay Tasks."""
    name = (TASK, "Quokka Surface Reconstruction", {"rule": "titlecase"})
    text = "We list open problems with Quokka Surface Reconstruction, then fix them."
    assert ids(link([paper("p", text, name)]), "p")[0] == "task:quokka-surface-reconstruction"
    text = "We revisit wombat lattice translation (WLT) for old texts. We run experiments with WLT, as before."
    ref = (TASK, "WLT", {"rule": "acronym-ref", "canonical": "wombat lattice translation"})
    long_form = (TASK, "wombat lattice translation", {"rule": "acronym", "aliases": ["WLT"]})
    assert set(ids(link([paper("a", text, long_form, ref, ref)]), "a")) == {"task:wombat-lattice-translation"}


def test_a_name_used_as_a_goal_as_often_as_a_means_stays_a_task():
    """Two papers work "for" the name, and two use it as a means: its goals keep it a Task."""
    exs = [paper("g1", "A new parser for wombat divergence estimation is shown.", (TASK, "wombat divergence estimation")),
           paper("g2", "Priors for wombat divergence estimation help.", (TASK, "wombat divergence estimation")),
           paper("u1", "Our parser is trained with wombat divergence estimation on text.", (TASK, "wombat divergence estimation")),
           paper("u2", "The wombat divergence estimation objective is smooth.", (TASK, "wombat divergence estimation"))]
    lk = link(exs)
    assert {ids(lk, p)[0] for p in ("g1", "g2", "u1", "u2")} == {"task:wombat-divergence-estimation"}


def test_a_generated_lexicon_task_that_papers_only_use_is_a_method():
    """"feature correlation" is a Task of a generated lexicon only; papers use it ("we apply feature correlation to
    ...", "refined with feature correlation.") and none works for it: a means, so a Method. A curated Task
    ("semantic segmentation") keeps its type, and one paper's goal ("for feature correlation") keeps the Task."""
    lex = {"rule": "lexicon", "canonical": "Feature Correlation"}
    use = [paper("u1", "We apply feature correlation to align the two views.", (TASK, "feature correlation", lex)),
           paper("u2", "Each match is refined with feature correlation, which is cheap.", (TASK, "feature correlation", lex)),
           paper("u3", "Our tracker uses feature correlation and runs fast.", (TASK, "feature correlation", lex))]
    lk = link(use)
    assert {ids(lk, p)[0] for p in ("u1", "u2", "u3")} == {"method:feature-correlation"}
    assert lk.entities["method:feature-correlation"].type_votes["Method"]["means"] == 3
    goal = paper("g1", "A new model for feature correlation is shown.", (TASK, "feature correlation", lex))
    assert ids(link([*use, goal]), "g1")[0] == "task:feature-correlation"
    seg = {"rule": "lexicon", "canonical": "semantic segmentation"}
    cur = [paper(f"s{i}", "We apply semantic segmentation to each frame.", (TASK, "semantic segmentation", seg)) for i in range(3)]
    assert ids(link(cur), "s0")[0] == "task:semantic-segmentation"


def test_a_generated_lexicon_task_that_modifies_a_noun_is_no_use():
    """"using feature correlation layers" uses the layers: the name modifies a noun, and is not used itself."""
    lex = {"rule": "lexicon", "canonical": "Feature Correlation"}
    exs = [paper(f"u{i}", "A tracker using feature correlation layers runs fast.", (TASK, "feature correlation", lex))
           for i in range(3)]
    assert ids(link(exs), "u0")[0] == "task:feature-correlation"


def test_a_generated_lexicon_task_its_clauses_name_as_their_means_is_a_method():
    """A verb of use or proposal and modifiers before a generated lexicon's Task name, which ends its noun phrase ("we
    leverage dense X and ...", "the proposed adaptive X is ...", "a network that exploits coarse X, then ..."): each paper
    names X as its means, none works for it, so X is a Method. Proposing "an X network" proposes the network: no use."""
    lex = {"rule": "lexicon", "canonical": "Motion Compensation"}
    use = [paper("u1", "We leverage dense motion compensation and a light decoder.", (TASK, "motion compensation", lex)),
           paper("u2", "The proposed adaptive motion compensation is cheap to run.", (TASK, "motion compensation", lex)),
           paper("u3", "Frames are aligned by a net that exploits coarse motion compensation, then fused.",
                 (TASK, "motion compensation", lex))]
    lk = link(use)
    assert {ids(lk, p)[0] for p in ("u1", "u2", "u3")} == {"method:motion-compensation"}
    assert lk.entities["method:motion-compensation"].type_votes["Method"]["means"] == 3
    net = [paper(f"n{i}", "We propose a motion compensation network that aligns frames.", (TASK, "motion compensation", lex))
           for i in range(3)]
    assert ids(link(net), "n0")[0] == "task:motion-compensation"


def test_a_generated_lexicon_task_papers_perform_for_another_end_is_a_method():
    """Papers that perform a generated lexicon's Task name in the passive for another end ("then X is performed using
    the flows to align the frames", "X is carried out in each round so as to steady the clip") do it as a step of
    their method: a Method. Performed with no purpose ("X is performed on each frame") it is the job: a Task."""
    lex = {"rule": "lexicon", "canonical": "Motion Compensation"}
    use = [paper("u1", "Then motion compensation is performed using the flows to align the frames.",
                 (TASK, "motion compensation", lex)),
           paper("u2", "In each round, motion compensation is carried out so as to steady the clip.",
                 (TASK, "motion compensation", lex))]
    lk = link(use)
    assert {ids(lk, p)[0] for p in ("u1", "u2")} == {"method:motion-compensation"}
    job = [paper(f"j{i}", "Here motion compensation is performed on each frame of the clip.", (TASK, "motion compensation", lex))
           for i in range(2)]
    assert ids(link(job), "j0")[0] == "task:motion-compensation"


def test_a_generated_lexicon_task_papers_build_on_is_a_method():
    """Papers that only make a generated lexicon's Task name what their method is built on ("X-based alignment", "a
    decoder built on X", "our aligner relies on X") use it as a technique: a Method. One paper working for it ("a
    model for X") keeps the Task, and a curated Task ("semantic segmentation") keeps its type."""
    lex = {"rule": "lexicon", "canonical": "Motion Compensation"}
    use = [paper("u1", "Our aligner relies on motion compensation to steady the clip.", (TASK, "motion compensation", lex)),
           paper("u2", "Frames pass through motion compensation-based alignment first.", (TASK, "motion compensation", lex)),
           paper("u3", "The decoder is built on motion compensation and warps frames.", (TASK, "motion compensation", lex))]
    lk = link(use)
    assert {ids(lk, p)[0] for p in ("u1", "u2", "u3")} == {"method:motion-compensation"}
    assert lk.entities["method:motion-compensation"].type_votes["Method"]["means"] == 3
    goal = paper("g1", "A light model for motion compensation is shown.", (TASK, "motion compensation", lex))
    assert ids(link([*use, goal]), "g1")[0] == "task:motion-compensation"
    seg = {"rule": "lexicon", "canonical": "semantic segmentation"}
    cur = [paper(f"s{i}", "Our parser is built on semantic segmentation of the page.", (TASK, "semantic segmentation", seg))
           for i in range(3)]
    assert ids(link(cur), "s0")[0] == "task:semantic-segmentation"


def test_a_generated_dataset_coinage_a_paper_uses_as_a_means_is_a_method():
    """"ShipSpotting" is a Dataset of a generated lexicon only, a coined word; a paper that trains "with" it and says
    nothing of data makes it a technique. Without the use, or with a dataset word, the lexicon's type stands."""
    used = paper("u", "We fine-tune the detector with ShipSpotting.", (M, "ShipSpotting"))
    assert ids(link([used]), "u")[0] == "method:shipspotting"
    assert ids(link([paper("b", "ShipSpotting is hard for every detector.", (M, "ShipSpotting"))]), "b")[0] == "dataset:shipspotting"
    # "With X, we release ...": what the paper brings, not what it uses
    brings = paper("w", "With ShipSpotting, we release a hard test bed.", (M, "ShipSpotting"))
    assert ids(link([brings]), "w")[0] == "dataset:shipspotting"
    data = paper("d", "Results on the ShipSpotting dataset are shown.", (D, "ShipSpotting", CTX))
    assert ids(link([used, data]), "u")[0] == "dataset:shipspotting"


def test_a_node_of_a_split_name_records_its_own_types_votes():
    """"WNE" is a Method in three papers ("the WNE model") and one paper's acronym of a Task: the name is two
    nodes, and the Task's node records the Task's votes of the name, not the Method's (those decided the other
    node), so its record agrees with its type."""
    task = {"rule": "acronym", "aliases": ["WNE"]}
    exs = [paper("d", "We study wombat noise estimation (WNE) on small farms.", (TASK, "wombat noise estimation", task)),
           *(paper(f"m{i}", "The WNE model is fast on every farm we tried.", (M, "WNE")) for i in range(3))]
    lk = link(exs)
    task_id, method_id = ids(lk, "d")[0], ids(lk, "m0")[0]
    assert task_id.startswith("task:") and method_id == "method:wne"
    assert set(lk.entities[task_id].type_votes) == {"Task"}
    assert "Method" in lk.entities[method_id].type_votes


def test_a_name_before_the_word_task_is_a_task():
    """"the QuokkaNav task": the singular task word right after a coined name names a task the paper works on (before,
    one such cue was a hint too weak to retype a name typed Method by its shape)."""
    lk = link([paper("a", "We study the QuokkaNav task in houses never seen before.", (M, "QuokkaNav"))])
    assert ids(lk, "a") == ("task:quokkanav",)
    # ("goal": the task word says the paper works on it, kg.link.means.worked_on)
    assert lk.entities["task:quokkanav"].type_votes["Task"] == {"goal": 1, "goal-papers": 1, "task": 1}


def test_a_task_that_trains_a_model_is_no_task_the_paper_names():
    """A pretext, auxiliary or proxy task, or one a paper devises ("a X task to pre-train"), is a device to train a
    model with: the name stays a Method."""
    exs = [paper("a", "We add the auxiliary WombatSort task to the loss of the parser.", (M, "WombatSort")),
           paper("b", "The encoder learns from the glyph jigsaw pretext task first.", (M, "glyph jigsaw pretext")),
           paper("c", "We devise a PossumSpin task to pre-train the detector.", (M, "PossumSpin"))]
    lk = link(exs)
    assert ids(lk, "a") == ("method:wombatsort",)
    assert ids(lk, "b")[0].startswith("method:") and ids(lk, "c") == ("method:possumspin",)


def test_a_name_with_dataset_evidence_before_the_word_task_is_no_task():
    """"the WombatBank dataset" is evidence of a dataset: "the WombatBank task" is then the benchmark's name, and the
    task word stays a hint only (without that guard two such papers made the name a Task)."""
    exs = [paper("a", "Our results on the WombatBank dataset improve a lot.", (M, "WombatBank")),
           paper("b", "We enter the WombatBank task this year.", (M, "WombatBank")),
           paper("c", "Teams of the WombatBank task meet in June.", (M, "WombatBank"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ids(lk, "c") == ("dataset:wombatbank",)


def test_a_tasks_uses_as_a_field_or_an_application_area_are_counted():
    """A name written as the setting of other tasks ("a key step in X", "the X literature", "applications such as X",
    "critical for X") gets a ``field`` vote per such mention, beside the votes of its rule; a use as a goal or as the
    problem itself ("the problem of X", "techniques for X", "critical for improving X") gets none."""
    lex = {"rule": "lexicon"}
    exs = [paper("a", "Glyph sorting is a key step in quokka farming.", (TASK, "quokka farming", lex)),
           paper("b", "The quokka farming literature is vast.", (TASK, "quokka farming", lex)),
           paper("c", "It has applications such as mail routing and quokka farming.", (TASK, "quokka farming", lex)),
           paper("d", "Burrow maps are critical for 3D quokka farming.", (TASK, "quokka farming", lex)),
           paper("e", "We study the problem of quokka farming.", (TASK, "quokka farming", lex)),
           paper("f", "We review techniques for quokka farming.", (TASK, "quokka farming", lex)),
           paper("g", "Burrow maps are critical for improving quokka farming.", (TASK, "quokka farming", lex))]
    lk = link(exs)
    votes = lk.entities["task:quokka-farming"].type_votes["Task"]
    assert votes["field"] == 4 and votes["lexicon"] == 7


def test_a_tasks_uses_as_an_ability_of_a_model_are_counted():
    """A name written as what a model can do or needs ("the X ability", "X skills", "puzzles that require X") gets an
    ``ability`` vote per such mention, beside the votes of its rule; a goal ("a model for X") or a field use ("a key
    step in X", counted as a field) gets none."""
    head = {"rule": "head"}
    exs = [paper("a", "We boost the quill reasoning ability of the net.", (TASK, "quill reasoning", head)),
           paper("b", "Quill reasoning skills are rare.", (TASK, "Quill reasoning", head)),
           paper("c", "Puzzles that require deep quill reasoning stay hard.", (TASK, "quill reasoning", head)),
           paper("d", "We propose a model for quill reasoning.", (TASK, "quill reasoning", head)),
           paper("e", "Ink maps are a key step in quill reasoning.", (TASK, "quill reasoning", head))]
    lk = link(exs)
    votes = lk.entities["task:quill-reasoning"].type_votes["Task"]
    assert votes["ability"] == 3 and votes["field"] == 1 and votes["context"] == 5, votes


def test_a_language_s_task_before_a_dataset_word_is_the_task():
    # "Korean NER datasets" are data for Korean NER: the words before the dataset word name the task, as "X model" a
    # model for X; an acronym the lexicon knows as data ("Korean PTB"), a name no language opens, or one that opens
    # with a lexicon's dataset ("Caltech Pedestrian ...": a word that only ends like a language) keeps the dataset word
    s = ("Our tagger wins on two Korean NER datasets. It also helps Russian QA benchmarks and the Korean word "
         "segmentation corpus. On the Korean PTB dataset, the Quokka NER dataset and the Caltech Pedestrian Detection "
         "benchmark it is fine.")
    cue = {w: text_cue(s, s.index(w), s.index(w) + len(w))
           for w in ("Korean NER", "Russian QA", "Korean word segmentation", "Korean PTB", "Quokka NER",
                     "Caltech Pedestrian Detection")}
    assert cue == {"Korean NER": TASK, "Russian QA": TASK, "Korean word segmentation": TASK, "Korean PTB": D,
                   "Quokka NER": D, "Caltech Pedestrian Detection": D}
    lk = link([paper("p", s, (TASK, "Russian QA", {"rule": "titlecase"}))])
    assert ids(lk, "p") == ("task:russian-qa",)


def test_a_task_phrase_led_by_a_corpus_dataset_with_dataset_evidence_is_the_dataset():
    """"WomBench Burrow Detection (WBD)" ends in a task word, but a corpus Dataset's name written as a name leads it
    and the paper reads it "on X" twice: the benchmark's full name, and its acronym with it."""
    exs = [paper("a", "We test on the WomBench dataset.", (D, "WomBench", CTX)),
           paper("b", "Our model wins on WomBench Burrow Detection (WBD) and Foo. It also wins on WBD.",
                 (TASK, "WomBench Burrow Detection", {"aliases": ["WBD"]}), (TASK, "WBD"), (TASK, "WBD"))]
    lk = link(exs)
    assert ids(lk, "b") == ("dataset:wombench-burrow-detection",) * 3
    assert ids(lk, "a") == ("dataset:wombench",)


def test_a_task_phrase_led_by_a_dataset_without_dataset_evidence_stays_a_task():
    exs = [paper("a", "We test on the WomBench dataset.", (D, "WomBench", CTX)),
           paper("b", "We improve WomBench burrow detection greatly.", (TASK, "WomBench burrow detection")),
           paper("c", "Results on the Wombank dataset are good.", (D, "Wombank", CTX)),
           paper("d", "Scores on Wombank burrow detection rise.", (TASK, "Wombank burrow detection"))]
    lk = link(exs)
    assert ids(lk, "b") == ("task:wombench-burrow-detection",)
    assert ids(lk, "d") == ("task:wombank-burrow-detection",)


def test_a_method_word_after_a_task_headed_phrase_is_no_method_evidence():
    """"we present a glyph comprehension model": a model *for* glyph comprehension; the object the proposal rule read
    before the method word is the task the title names, not a Method (kg.link.task_systems)."""
    obj, title = {"rule": "object"}, {"rule": "title-task"}
    exs = [paper("a", "Glyph comprehension for guessing what comes next. We present a glyph comprehension model that "
                 "reads three cues.", (TASK, "Glyph comprehension", title), (M, "glyph comprehension", obj)),
           paper("b", "We study burrow recognition. Earlier burrow recognition models fail at night.",
                 (TASK, "burrow recognition", {"rule": "task-context"}), (TASK, "burrow recognition", {"rule": "head"}))]
    lk = link(exs)
    assert ids(lk, "a") == ("task:glyph-comprehension",) * 2
    assert ids(lk, "b") == ("task:burrow-recognition",) * 2
    assert "Method" not in lk.entities["task:burrow-recognition"].type_votes  # no cue from "models"


def test_a_method_word_after_a_phrase_of_no_task_or_a_name_s_shape_is_still_method_evidence():
    obj, title = {"rule": "object"}, {"rule": "title-task"}
    exs = [paper("a", "Glyph attention for guessing what comes next. We present a glyph attention model that reads "
                 "three cues.", (TASK, "Glyph attention", title), (M, "glyph attention", obj)),
           paper("b", "Burrow-based detection at night. We propose a burrow-based detection framework for dens.",
                 (TASK, "Burrow-based detection", title), (M, "burrow-based detection", obj))]
    lk = link(exs)
    assert ids(lk, "a") == ("method:glyph-attention",) * 2
    assert ids(lk, "b") == ("method:burrow-based-detection",) * 2


def test_task_system_reads_the_phrase_and_the_word_after_it():
    from kg.link.task_systems import task_system

    def system(text, span):
        i = text.index(span)
        return task_system(text, i, i + len(span))

    assert system("we present a burrow counting model here", "burrow counting") is False  # (no task head word)
    assert system("a new burrow recognition system [3] for dens", "burrow recognition")
    assert system("prior burrow recognition approaches fail", "burrow recognition")
    assert not system("the BurrowNet recognition model", "BurrowNet recognition")  # an inner capital
    assert not system("the DBR recognition model", "DBR recognition")  # an acronym
    assert not system("a Near-Online Burrow Tracking algorithm", "Near-Online Burrow Tracking")  # a given name
    assert not system("the near-online burrow tracking (NOBT) algorithm", "near-online burrow tracking")  # its letters
    assert not system("burrow recognition is hard", "burrow recognition")  # no method word after it


def _cue_kind(s: str, w: str):
    i = s.index(w)
    return text_cue_kind(s, i, i + len(w))


def test_a_name_listed_after_a_plural_metric_word_is_a_metric():
    """"two quantitative metrics, QD and QDGap, to measure ...": a name of a list that a plural metric word leads in,
    past list punctuation, "i.e.", "e.g.", "such as", "including", "namely" and a number word only, is a Metric head;
    it beats a Method by the name's shape, not a lexicon's Method."""
    s = "We define two quantitative metrics, QD and QDGap, to measure how far the node features drift."
    assert _cue_kind(s, "QDGap") == (MET, "head") and _cue_kind(s, "QD") == (MET, "head")
    s2 = "It is scored by the measures, namely Quokka Overlap (QO) and Wombat-R, of the suite."
    assert _cue_kind(s2, "QO") == (MET, "head") and _cue_kind(s2, "Wombat-R") == (MET, "head")
    assert _cue_kind("The evaluation criteria: QRate, QSpan and QCount.", "QSpan") == (MET, "head")
    assert _cue_kind("We also report the scores, e.g. QMatch and QSpan.", "QMatch") == (MET, "head")
    exs = [paper("a", s, (M, "QD"), (M, "QDGap")), paper("b", s2, (M, "QO", {"rule": "acronym-ref"}), (M, "Wombat-R"))]
    lk = link(exs)
    assert ids(lk, "a") == ("metric:qd", "metric:qdgap") and ids(lk, "b")[1] == "metric:wombat-r"


def test_a_name_after_a_metric_word_that_leads_no_list_of_it_is_no_metric():
    """A name after "On all metrics," opens the main clause; a name its own head word makes a Method ("Quokka
    Discrepancy loss") is one; "scores" with no list punctuation after it is a verb; a lexicon Method stays."""
    assert _cue_kind("On all three metrics, QuokkaNet beats the baselines.", "QuokkaNet") is None
    s = "We use two training criteria (i.e. Quokka Discrepancy loss) to align domains."
    assert _cue_kind(s, "Quokka Discrepancy loss") is None
    assert _cue_kind("Our critic scores QuokkaNet and WombatNet alike.", "WombatNet") is None
    s2 = "We rank the pairs by two similarity scores, i.e. QuokkaSim and GloVe, and keep the best."
    assert _cue_kind(s2, "GloVe") == (MET, "head")
    lk = link([paper("a", s2, (M, "QuokkaSim"), (M, "GloVe"))])
    assert ids(lk, "a") == ("metric:quokkasim", "method:glove")  # the lexicon's Method (a prior) stays


@pytest.mark.parametrize("sentence,name", [
    ("On all three metrics, QuokkaNet, our new model, beats the baselines.", "QuokkaNet"),
    ("On both metrics, QuokkaNet, WombatNet and KoalaNet beat the baselines.", "WombatNet"),
    ("We improve all metrics, e.g. QuokkaNet beats BarNet by two points.", "QuokkaNet"),
])
def test_a_name_after_a_comma_that_closes_an_opening_phrase_or_starts_a_clause_is_no_metric(sentence, name):
    """A comma after "On both metrics" closes a phrase that opens the sentence, and "e.g." after a comma can open a
    clause of its own: the names that follow are the clause's subject, not a list of metrics."""
    assert _cue_kind(sentence, name) is None
    lk = link([paper("a", sentence, (M, name))])
    assert ids(lk, "a") == ("method:" + name.lower(),)


@pytest.mark.parametrize("sentence", [
    "We use two metrics, namely QD and QDGap in all tests.",
    "We track the drift with metrics, such as QD and QDGap in all tests.",
    "We report several metrics, including QD and QDGap for all runs.",
    "We need two metrics, i.e., QD and QDGap to measure it.",
    "We also report the scores, namely two QDGap variants.",
])
def test_a_list_after_a_comma_and_namely_such_as_including_or_ie_may_run_on_past_its_names(sentence):
    """After a comma and "namely", "such as", "including" or "i.e." the names are a list however the clause goes
    on ("in all tests", "to measure it", "variants"); only a list after a bare comma or "e.g." must close it."""
    assert _cue_kind(sentence, "QDGap") == (MET, "head")
    if "QD " in sentence:
        assert _cue_kind(sentence, "QD") == (MET, "head")


@pytest.mark.parametrize("sentence,name", [
    ("For evaluation we adopt three metrics, QD, QR and QS.", "QR"),
    ("In experiments we report two metrics, QD and QDGap, which help.", "QDGap"),
    ("In all experiments adopt two metrics, QD and QDGap, which help.", "QDGap"),
])
def test_a_preposition_that_opens_a_clause_with_a_subject_or_a_verb_opens_no_phrase_before_a_metric_list(sentence,
                                                                                                         name):
    """"For evaluation we adopt three metrics, QD, ...": a subject pronoun or a verb after the opening preposition
    makes the words a clause whose object the metric word heads, not a phrase a comma closes: the list is metrics."""
    assert _cue_kind(sentence, name) == (MET, "head")


def test_a_name_more_papers_work_on_than_use_is_the_task_however_often_one_paper_uses_it():
    """kg.link.means.worked_on counts papers on both sides: two papers working on "quokka regression" outweigh one
    paper that uses it as a means three times (before, its three mentions did)."""
    head = {"rule": "head"}
    exs = [paper("a", "We give a fast solver for quokka regression on farms.", (M, "quokka regression", head)),
           paper("b", "A new method for quokka regression on small farms.", (M, "quokka regression", head)),
           paper("c", "We train the net with quokka regression. It is refined with quokka regression and tuned "
                      "with quokka regression.", *[(M, "quokka regression", head)] * 3)]
    lk = link(exs)
    assert ids(lk, "a") == ("task:quokka-regression",)


@pytest.mark.parametrize("verb", ["focused", "relied", "building", "conditioning", "worked"])
def test_on_after_a_verb_that_builds_on_a_thing_is_no_dataset_cue_in_any_inflection(verb):
    """"based on X" was no evaluation in some inflections only: "focused on X", "conditioning on X" gave X a Dataset
    cue, and the graph's slot of data (kg.graph.support.data_slot) took them as one too."""
    from kg.graph.support import data_slot  # noqa: PLC0415

    s = f"Our earlier model {verb} on QuokkaNet for the shelf task."
    assert _cue_kind(s, "QuokkaNet") is None
    assert not data_slot(s, s.index("QuokkaNet"))
    s2 = "Our model is better than the state of the art on QuokkaSet."
    assert _cue_kind(s2, "QuokkaSet") is not None and data_slot(s2, s2.index("QuokkaSet"))


def test_every_vote_kind_is_declared_once_with_its_classes():
    """The kinds' weights and classes come from one table (kg.link.kinds.KINDS) and are what the readings used before
    the table (written out here): each paper-counted kind has its ``-papers`` row, every weak kind weighs less than a
    context vote."""
    from kg.link import means, types
    from kg.link.kinds import KINDS

    counts = {"data", "means", "goal", "field", "form", "ability", "output", "unit", "modifier", "family", "unread", "thing",
              "object", "kind", "modifier-papers", "goal-papers", "means-papers", "apparatus", "apparatus-papers"}
    assert types.KIND_WEIGHT == {"prior": 4.0, "lexicon": 3.0, "titled": 1.0, "defined": 1.0, "context": 1.0,
                                 "acronym": 1.0, "cue": 1.0, "head": 2.0, "task": 2.0, "result": 1.0, "default": 0.5,
                                 "shape": 0.25, **{k: 0.0 for k in counts}}
    assert types.WEAK_KINDS == {"shape", "default"} | counts
    assert means._WORDS_ONLY_KINDS == {"context", "cue", "shape", "default"} | counts - {"ability"}
    assert means._DEFINING_KINDS == {"acronym", "defined", "shape", "default", "data", "ability"}
    assert {f"{k}-papers" for k in types.PAPER_COUNTED_KINDS} <= KINDS.keys()
    assert all(KINDS[k].weight < KINDS["context"].weight for k in types.WEAK_KINDS)


# -- an acronym's votes follow its long form's type (issue 18) -----------------------------------------------
def test_an_acronyms_votes_follow_the_type_the_corpus_gave_its_long_form():
    v = TypeVotes()
    one: set = set()
    v.add_refs([("qgt", "quokkaglyphtransfer", TASK)] * 3, one)  # a paper's "QGT" typed by its long form only
    two: set = set()
    v.add("qgt", M, "cue", two)  # another paper: "QGT model" says Method by itself
    v.add_refs([("qgt", "quokkaglyphtransfer", TASK)], two)
    three: set = set()
    v.add_refs([("qgt", "quickgazetracking", TASK)], three)  # a Task the corpus keeps
    assert v.votes["qgt"] == {(TASK, "acronym"): 5, (M, "cue"): 1} and v.papers["qgt"] == {TASK: 3, M: 1}
    v.follow("qgt", lambda k, t: M if k == "quokkaglyphtransfer" else t)
    assert v.votes["qgt"] == {(TASK, "acronym"): 1, (M, "cue"): 1, (M, "acronym"): 4}
    assert v.papers["qgt"] == {TASK: 1, M: 2}  # the second paper was a Method paper already


def test_a_papers_strong_count_follows_all_its_long_forms_of_an_acronym():
    """A paper that spells "QGT" out two ways, both typed Task, is one Task paper of QGT; when the corpus retypes one
    long form only, the paper stays a Task paper and becomes a paper of the other type too, whichever it wrote
    first; when both move, it moves once."""
    def paper_counts(moved):
        v = TypeVotes()
        v.add_refs([("qgt", "quokkaglyphtransfer", TASK), ("qgt", "quickgazetracking", TASK)], set())
        assert v.papers["qgt"] == {TASK: 1}
        v.follow("qgt", lambda k, t: M if k in moved else t)
        return {t: n for t, n in v.papers["qgt"].items() if n}

    assert paper_counts({"quokkaglyphtransfer"}) == {TASK: 1, M: 1}
    assert paper_counts({"quickgazetracking"}) == {TASK: 1, M: 1}
    assert paper_counts({"quokkaglyphtransfer", "quickgazetracking"}) == {M: 1}


def test_acronym_votes_by_long_form_merge_across_summaries():
    from kg.link.summary import LinkSummary

    a, b = LinkSummary(), LinkSummary()
    a.votes.add_refs([("qgt", "quokkaglyphtransfer", TASK)], set())
    b.votes.add_refs([("qgt", "quokkaglyphtransfer", TASK)] * 2, set())
    got = LinkSummary.merge([a, b]).votes
    assert got.refs["qgt"] == {("quokkaglyphtransfer", TASK, frozenset(), frozenset({"quokkaglyphtransfer"})): [3, 2]}
    assert got.votes["qgt"] == {(TASK, "acronym"): 3} and got.papers["qgt"] == {TASK: 2}


def test_an_acronyms_definitions_go_to_its_node_of_the_long_forms_type():
    from collections import Counter

    from kg.link.resolver import Resolver
    from kg.link.run import LinkRun
    from kg.link.tables import RunTables

    r = LinkRun(Resolver())
    task_qgt, method_qgt, method_foo, data_foo = (r._node(t, n) for t, n in ((TASK, "QGT"), (M, "QGT"), (M, "FOO"),
                                                                              (D, "FOO")))
    glyph, gaze = r._node(M, "quokka glyph transfer"), r._node(TASK, "quick gaze tracking")
    edition, words = r._node(D, "FOO 2005"), r._node(D, "fern onion oat")
    tb = RunTables()
    tb.defs[task_qgt].update({glyph: 3, gaze: 1})  # the papers typed "QGT" by its long forms' words: both Tasks
    tb.defs[method_foo].update({edition: 1, words: 2})
    r._defs_follow(tb)
    # each long form's letters go to the acronym's node of its type; "FOO 2005 (FOO)" spells nothing out
    assert tb.defs == {task_qgt: Counter({gaze: 1}), method_qgt: Counter({glyph: 3}),
                       method_foo: Counter({edition: 1}), data_foo: Counter({words: 2})}


def test_the_data_after_pattern_is_the_same_under_any_hash_seed():
    """kg.link.cues._DATA_AFTER alternates OWN_HEADS, a set: its text is sorted by length, then by word."""
    import os
    import subprocess
    import sys
    code = "import kg.link.cues as c; print(c._DATA_AFTER.pattern)"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1
