"""Issue 18 items 1 and 4: one node per real thing. Acronyms join only when their long forms agree;
a name with a prefix, a suffix or a version is never its head's node (texts written for these tests)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.link import link
from kg.models import Extraction, Mention, Paper
from kg.vocab import EntityType as T
from tests.test_link import ids, paper

M, D, MET, TASK = T.METHOD, T.DATASET, T.METRIC, T.TASK


def _defines(pid, long, acro, t):
    return paper(pid, f"We study {long} ({acro}) here.", (t, long, {"rule": "acronym", "aliases": [acro]}))


def test_an_acronym_most_papers_define_as_a_name_of_another_type_joins_no_method():
    # "QHI" is defined as a Method "quick hopper inference" once, and twice by papers that write
    # "quokka-hopper interaction (QHI)" typed Method by its shape, a name the corpus reads as a Task
    exs = [_defines("a", "quick hopper inference", "QHI", M),
           _defines("b", "quokka-hopper interaction", "QHI", M),
           _defines("c", "quokka-hopper interaction", "QHI", M)]
    exs += [paper(p, "We address quokka-hopper interaction detection.", (TASK, "quokka-hopper interaction"))
            for p in "hijk"]
    exs += [paper(p, "The QHI model works.", (M, "QHI")) for p in "defg"]
    lk = link(exs)
    assert ids(lk, "b")[0] == ids(lk, "h")[0] == "task:quokka-hopper-interaction"
    assert ids(lk, "a")[0] == "method:quick-hopper-inference"
    assert {ids(lk, p)[0] for p in "defg"} == {"method:qhi"}


def test_an_acronym_of_one_definition_in_its_type_still_joins_it():
    exs = [_defines("a", "quick hopper inference", "QHI", M), paper("d", "The QHI model works.", (M, "QHI"))]
    lk = link(exs)
    assert ids(lk, "d") == ids(lk, "a") == ("method:quick-hopper-inference",)


def test_a_numbered_acronym_is_not_abbreviated_by_a_prefix_of_it():
    # "QXRR-18" is an acronym already: "QX18" is another name with the same number, not its abbreviation
    exs = [paper("a", "Results on QX18 are good.", (D, "QX18")),
           paper("b", "Results on QXRR-18 are good.", (D, "QXRR-18")),
           paper("c", "Results on Quokka3.6M and Q3.6M agree.", (D, "Quokka3.6M"), (D, "Q3.6M")),
           paper("d", "Our QXT-1 and QXTs-1 models.", (M, "QXT-1"), (M, "QXTs-1"))]
    lk = link(exs)
    assert ids(lk, "a") != ids(lk, "b")
    assert len(set(ids(lk, "d"))) == 1  # a plural is the name
    assert len(set(ids(lk, "c"))) == 1  # a word's initial with a telling number still abbreviates it


def test_one_letter_and_a_size_letter_do_not_abbreviate_a_sized_name():
    # "QL2" is one letter of "QuokkaNet-L2" and its size letter: a paper's own ensemble, not the large network;
    # "QNDv2" spells two words of "Quokka Nest Dataset v2" besides its version letter
    exs = [paper("a", "The ensembles QL1 and QL2 vote.", (M, "QL1"), (M, "QL2")),
           paper("b", "We compare with QuokkaNet-L2 on QNDv2.", (M, "QuokkaNet-L2"), (D, "QNDv2")),
           paper("c", "Results on Quokka Nest Dataset v2.", (D, "Quokka Nest Dataset v2"))]
    lk = link(exs)
    assert ids(lk, "a")[1] != ids(lk, "b")[0]
    assert ids(lk, "b")[1] == ids(lk, "c")[0]


def test_a_measure_named_after_a_network_does_not_take_the_bare_network():
    # "Quokkanet Score" is a Metric; the bare "Quokkanet" only names the network it is computed with
    exs = [paper(p, "Our samples reach a higher Quokkanet Score.", (MET, "Quokkanet Score")) for p in "abc"]
    exs.append(paper("d", "Backbones such as VGG-16 and Quokkanet are used.", (M, "VGG-16"), (M, "Quokkanet")))
    lk = link(exs)
    assert ids(lk, "a")[0].startswith("metric:")
    assert ids(lk, "d")[1] == "method:quokkanet"
    assert "Quokkanet" not in lk.entities[ids(lk, "a")[0]].aliases


def test_a_score_still_folds_into_its_bare_measure():
    exs = [paper("a", "It gains 2 QLEU score.", (MET, "QLEU score")), paper("b", "It gains 2 QLEU.", (MET, "QLEU"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") == ("metric:qleu",)


def _entities_of(*texts, titles=()):
    from kg.extract import build_nlp, extract_papers
    from kg.models import Paper
    papers = [Paper(f"p{i}", "A study", t) for i, t in enumerate(texts)]
    papers += [Paper(f"t{i}", t, "We study it.") for i, t in enumerate(titles)]
    lk = link(list(extract_papers(papers, build_nlp())))
    return {m.text: eid for p in lk.papers for m, eid in zip(p.extraction.mentions, p.mention_ids)}


def test_lexicon_keeps_roc_auc_language_pairs_and_residual_connections_apart():
    # a leaderboard lists AUROC and a tracker's success-plot AUC as two measures, WMT14 English-German
    # apart from the WMT14 campaign, and a residual connection is one kind of skip connection
    got = _entities_of(
        "Our detector reaches an AUROC of 91.2% on the Quokka anomaly benchmark, and 0.61 AUC on the success plot.",
        "We report 27.1 BLEU on WMT14 English-German, and use the WMT 2014 news data for pretraining.",
        "The encoder uses residual connections, while the decoder adds skip connections to the encoder.")
    assert got["AUROC"] != got["AUC"]
    assert got["WMT14 English-German"] != got["WMT 2014"]
    assert got["residual connections"] != got["skip connections"]


def test_lexicon_joins_spellings_of_one_measure():
    got = _entities_of(
        "Our re-identification model reaches 91.0% rank-1 accuracy on Quokka-ReID.",
        "Another model has a Rank-1 of 88.2% on Wombat-ReID.",
        "The reader improves exact match accuracy by 2 points, to 71.3 EM.",
        "The detector gains 1.2 mean AP over the baseline, for 40.1 mAP in total.")
    assert got["rank-1 accuracy"] == got["Rank-1"]
    assert got["exact match accuracy"] == got["EM"]
    assert got["mean AP"] == got["mAP"]


def test_negative_log_likelihood_is_not_log_likelihood():
    # one is lower-is-better, the other higher-is-better: a leaderboard must never mix them
    got = _entities_of("The model lowers the negative log-likelihood to 1.02 nats.",
                       "The model raises the test log-likelihood to -88.1 nats.")
    assert got["negative log-likelihood"] != got["log-likelihood"]


def test_a_longer_name_around_a_lexicon_head_is_not_the_head():
    got = _entities_of("We train a Transformer on the aligned faces.",
                       titles=["Quokka Alignment with Spatial Transformer Networks"])
    assert "Transformer" in got and got["Transformer"] == "method:transformer"
    assert got.get("Spatial Transformer Networks", "method:transformer") != "method:transformer"


def _titled(pid, title, text, *spans):
    from kg.models import Extraction, Mention, Paper
    mentions = [Mention(M, title[:title.index(":")], 0, title.index(":"), "title", None, (), "title-name")]
    ex = paper(pid, text, *spans)
    return Extraction(Paper(pid, title, text), tuple(mentions) + ex.mentions)


def test_a_title_that_spells_its_acronym_defines_it_in_its_paper():
    exs = [_defines("a", "CUrve Relabelling Layers", "CURL", M),
           _titled("b", "CURL: Contrastive Unsupervised Representations for Reinforcement Learning",
                   "CURL learns fast.", (M, "CURL")),
           _titled("c", "QEGAN: Quokka Equilibrium Generative Adversarial Networks", "QEGAN is stable.", (M, "QEGAN")),
           _defines("d", "Quokka Equilibrium Generative Adversarial Network", "QEGAN", M),
           _titled("e", "FiLQ: Visual Reasoning with a General Layer", "FiLQ helps.", (M, "FiLQ")),
           _defines("f", "Feature-wise Linear Quokka", "FiLQ", M)]
    lk = link(exs)
    assert set(ids(lk, "b")) == {"method:contrastive-unsupervised-representations-for-reinforcement-learning"}
    assert ids(lk, "a")[0] == "method:curve-relabelling-layers"
    assert set(ids(lk, "c")) == {ids(lk, "d")[0]}  # the same long form: one entity
    assert set(ids(lk, "e")) == {ids(lk, "f")[0]}  # a title that does not spell its name defines nothing


def test_a_capital_part_inside_a_word_that_reads_as_a_function_word_is_a_letter():
    from kg.link.titles import initials_of, spelt_long_form
    # "ARchitecture" marks the A and the R of QARR: its "A" is no article "a"; "OnLine" marks the O
    assert spelt_long_form("QARR", "Quokka ARchitecture Reader for Shelves") == "Quokka ARchitecture Reader"
    assert initials_of("QARR", "Quokka ARchitecture Reader") and initials_of("OLQ", "OnLine Quokka")
    # a function word written as a word or hyphen part, or in lower case inside one, still gives no letter
    assert initials_of("QR", "Quokka-to-Reader") and initials_of("QT", "Quokka aTtention")
    assert spelt_long_form("QAR", "Quokka A Reader") is None


def test_an_acronym_one_paper_defines_does_not_retype_other_papers_datasets():
    # one paper coins "Parallel Quokka Edit (PQE)" and writes PQE three times; another lists PQE among its
    # datasets: two things, and the dataset keeps its type (the PIE case of the arXiv build)
    ref = {"rule": "acronym-ref"}
    exs = [paper("a", "Our Parallel Quokka Edit (PQE) model. PQE is fast. PQE wins. PQE again.",
                 (M, "Parallel Quokka Edit", {"rule": "acronym", "aliases": ["PQE"]}),
                 (M, "PQE", ref), (M, "PQE", ref), (M, "PQE", ref)),
           paper("b", "We evaluate on three traffic datasets (HOPV, JQD, and PQE).",
                 (D, "HOPV", {"rule": "list"}), (D, "JQD", {"rule": "list"}), (D, "PQE", {"rule": "list"}))]
    lk = link(exs)
    assert set(ids(lk, "a")) == {"method:parallel-quokka-edit"}
    assert ids(lk, "b")[2] == "dataset:pqe"
    # a bare use that only its shape typed still follows the definition
    lk = link(exs[:1] + [paper("c", "PQE is used here.", (D, "PQE"))])
    assert ids(lk, "c") == ("method:parallel-quokka-edit",)


def test_a_coined_spelling_with_an_inner_capital_is_not_the_measure_its_letters_fold_to():
    # "QuIP" (a unit, a Method) and the Metric "Quip" fold to one key; the case says two names (the DiCE case)
    exs = [paper(p, "We report the Quip score.", (MET, "Quip", {"rule": "measured"})) for p in "abc"]
    exs += [paper("d", "The QuIP unit is light. QuIP stacks well.", (M, "QuIP"), (M, "QuIP"))]
    lk = link(exs)
    assert ids(lk, "a")[0].startswith("metric:")
    assert set(ids(lk, "d")) == {"method:quip"}
    assert "QuIP" not in lk.entities[ids(lk, "a")[0]].aliases
    # one spelling shared by both types is one name: the winner takes it
    exs[-1] = paper("d", "Quip is used here.", (M, "Quip"))
    lk = link(exs)
    assert ids(lk, "d") == ids(lk, "a")


def _filler(n, common=""):
    """``n`` papers on topics of their own (made-up words), so that the corpus tells rare words from common
    ones; ``common`` is written in every tenth of them."""
    import itertools
    syll = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "tu", "vo", "ze"]
    words = ["".join(p) for p in itertools.product(syll, repeat=3)]
    return [paper(f"f{i}", f"We present results on {words[3 * i]} {words[3 * i + 1]} {words[3 * i + 2]}"
                           + (f" {common}." if i % 10 == 0 else "."))
            for i in range(n)]


def test_an_acronym_one_paper_defines_joins_only_bare_uses_on_its_topic():
    # "GRUX" is defined once, in a paper on aspect term extraction from product reviews; a graph contrastive
    # learning paper that writes "GRUX" bare means another thing, a review-mining paper that does means it
    # (the decision is per acronym: the mean similarity of all the papers using it bare)
    a = paper("a", "Aspect term extraction from product reviews: we propose a gradient harmonized labeling model "
                   "(GRUX) for aspect term extraction.",
              (M, "gradient harmonized labeling model", {"rule": "acronym", "aliases": ["GRUX"]}))
    b = paper("b", "Graph contrastive learning corrupts node features and edges of two graph views; GRUX maximises "
                   "agreement between node embeddings.", (M, "GRUX"))
    c = paper("c", "Opinion mining of product reviews: the GRUX tagger finds aspect term spans.", (M, "GRUX"))
    lk = link([a, b] + _filler(120))
    assert ids(lk, "a") == ("method:gradient-harmonized-labeling-model",)
    assert ids(lk, "b") == ("method:grux",)
    assert link([a, c] + _filler(120)).papers[1].mention_ids == ids(lk, "a")
    # a corpus too small to tell topics apart joins every bare use, as before
    assert link([a, b]).papers[1].mention_ids == ids(lk, "a")


def test_a_paper_defining_the_letters_as_another_type_does_not_vouch_for_a_coinage_bare_uses_join():
    # "GRUX" is coined once as a Method, in a paper on aspect term extraction, and defined once as a Metric,
    # "gain ratio of useful crossings", in a speech paper; a graph contrastive learning paper writes "GRUX" bare
    # (typed Method by its shape): two papers define the letters, but only one as that Method, so its bare use
    # must still be on the coining paper's topic to join it; a review-mining paper's bare use still joins, one on
    # the speech paper's topic does not
    a = paper("a", "Aspect term extraction from product reviews: we propose a gradient harmonized labeling model "
                   "(GRUX) for aspect term extraction.",
              (M, "gradient harmonized labeling model", {"rule": "acronym", "aliases": ["GRUX"]}))
    m = paper("m", "Whispered speech enhancement: we report the gain ratio of useful crossings (GRUX) of denoisers.",
              (MET, "gain ratio of useful crossings", {"rule": "acronym", "aliases": ["GRUX"]}))
    b = paper("b", "Graph contrastive learning corrupts node features and edges of two graph views; GRUX maximises "
                   "agreement between node embeddings.", (M, "GRUX"))
    c = paper("c", "Opinion mining of product reviews: the GRUX tagger finds aspect term spans.", (M, "GRUX"))
    lk = link([a, m, b] + _filler(120))
    assert ids(lk, "a") == ("method:gradient-harmonized-labeling-model",)
    assert ids(lk, "m") == ("metric:gain-ratio-of-useful-crossings",)
    assert ids(lk, "b") == ("method:grux",)
    assert link([a, m, c] + _filler(120)).papers[2].mention_ids == ids(lk, "a")
    # a bare use on the Metric definer's topic stays apart too: neither that paper's long form nor its topic
    # words count for the Method coinage
    s = paper("s", "Whispered speech enhancement: denoisers of whispered speech are ranked by their GRUX.",
              (M, "GRUX"))
    lk = link([a, m, s] + _filler(120))
    assert ids(lk, "s") == ("method:grux",)


def test_a_method_acronym_one_paper_defines_joins_no_bare_uses_that_name_a_kind_of_data():
    # "QWR" is defined by one paper, as a Method "quokka weight regularization"; three write "QWR" bare before a
    # word of data ("QWR scans", "QWR images"): a kind of data, which no regularization is; bare uses that name a
    # method ("QWR lowers the loss") still join it
    a = paper("a", "We add quokka weight regularization (QWR) to the loss.",
              (M, "quokka weight regularization", {"rule": "acronym", "aliases": ["QWR"]}))
    data = [paper(p, f"We denoise QWR {w} of the knee with a small network.", (M, "QWR"))
            for p, w in zip("bcd", ("scans", "images", "scans"))]
    lk = link([a] + data)
    assert ids(lk, "a") == ("method:quokka-weight-regularization",)
    assert {ids(lk, p) for p in "bcd"} == {("method:qwr",)}
    used = [paper(p, "With QWR the loss drops faster.", (M, "QWR")) for p in "efg"]
    lk = link([a] + used)
    assert {ids(lk, p) for p in "efg"} == {ids(lk, "a")}
    # one bare use before a word of data among many that name the method: it joins, as before
    lk = link([a, data[0]] + used)
    assert ids(lk, "b") == ids(lk, "a")
    # two papers define it: their long form is what the letters name, data or not ("QWR scans" join it, as before)
    a2 = paper("a2", "Scans denoised by quokka weight regularization (QWR) look sharp.",
               (M, "quokka weight regularization", {"rule": "acronym", "aliases": ["QWR"]}))
    lk = link([a, a2] + data)
    assert {ids(lk, p) for p in "bcd"} == {ids(lk, "a")}


def test_a_rare_misspelling_of_a_well_supported_name_joins_it():
    common = [paper(f"q{i}", "Results on QuokkasenseQA: we train the PixelQuokka model.", (D, "QuokkasenseQA"),
                    (M, "PixelQuokka")) for i in range(10)]
    exs = common + [
        paper("a", "Results on QuokkesenseQA are good.", (D, "QuokkesenseQA")),  # one letter typed wrong
        paper("b", "The PixelQuokkaRNN model.", (M, "PixelQuokkaRNN")),  # capitals differ: another model
        paper("c", "We train PixelQoukka.", (M, "PixelQoukka")),  # two letters swapped
        paper("d", "We train PixelQuokka on Quokkasense.", (M, "PixelQuokka"), (D, "Quokkasense"))]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "q0")[:1] == ("dataset:quokkasenseqa",)
    assert ids(lk, "c") == ids(lk, "q0")[1:]
    assert ids(lk, "b") == ("method:pixelquokkarnn",)
    assert ids(lk, "d")[1] == "dataset:quokkasense"  # a word less is no slip


def test_a_slip_needs_support_a_long_word_and_one_candidate():
    exs = [paper(f"q{i}", "We report macro-F1 and Line Detection.", (MET, "macro-F1"), (TASK, "Line Detection"))
           for i in range(10)]
    exs += [paper("a", "We report micro-F1 and Lane Detection.", (MET, "micro-F1"), (TASK, "Lane Detection"))]
    exs += [paper(f"r{i}", "We use QuokkaNet and QuakkaNet.", (M, "QuokkaNet"), (M, "QuakkaNet")) for i in range(10)]
    exs += [paper("b", "We use QuikkaNet.", (M, "QuikkaNet"))]  # one slip from two frequent names: neither
    exs += [paper(f"s{i}", "We use ZebrafishNet.", (M, "ZebrafishNet")) for i in range(4)]
    exs += [paper("c", "We use ZebrafushNet.", (M, "ZebrafushNet"))]  # the other has 4 mentions only
    lk = link(exs)
    assert ids(lk, "a") == ("metric:micro-f1", "task:lane-detection")
    assert ids(lk, "b") == ("method:quikkanet",)
    assert ids(lk, "c") == ("method:zebrafushnet",)


def test_a_lexicon_name_at_the_tail_of_a_title_long_form_is_a_piece_of_that_name():
    from kg.models import Extraction, Mention

    def titled_with(pid, title, inner):
        ex = _titled(pid, title, "It works.")
        i = title.index(inner)
        m = Mention(M, inner, i, i + len(inner), "title", None, (), "lexicon")
        return Extraction(ex.paper, ex.mentions + (m,))

    exs = [titled_with("a", "QGAN: Quokka Graph Attention Network for Recommendation", "Graph Attention Network"),
           titled_with("b", "MSG-QAN: Multi-Scale Gradients for Graph Attention Network", "Graph Attention Network"),
           paper("c", "We use a graph attention network.", (M, "graph attention network", {"rule": "lexicon"}))]
    lk = link(exs)
    (qgan,) = set(ids(lk, "a"))  # the acronym and the tail of its long form: one entity, QGAN's
    assert qgan != "method:graph-attention-network"
    assert "Graph Attention Network" not in lk.entities[qgan].aliases  # a piece of the name is no name of it
    assert ids(lk, "b")[1] == ids(lk, "c")[0] == "method:graph-attention-network"  # what the gradients are for


def test_a_bare_acronym_whose_papers_write_its_long_form_joins_it_on_any_topic():
    # "fully quokka (FQ)" defined once, in a paper on face recognition; a paper on token mixing writes
    # "fully-quokka layers, FQ for short", which the extractor took for no definition: the same FQ, though
    # the two share no rare word ("fully" and "quokka" are in a tenth of the papers)
    a = paper("a", "Face recognition at scale: the fully quokka (FQ) layer of identities is costly.",
              (M, "fully quokka", {"rule": "acronym", "aliases": ["FQ"]}))
    b = paper("b", "Token mixing blocks built of fully-quokka layers, FQ for short, re-parameterize convolutions.",
              (M, "FQ"))
    lk = link([a, b] + _filler(120, "fully quokka"))
    assert ids(lk, "b") == ids(lk, "a") == ("method:fully-quokka",)


def test_a_version_written_with_or_without_its_v_is_one_version():
    exs = [paper("a", "Results on QuokkaNet v1.2 and QuokkaNet v1.3.", (D, "QuokkaNet v1.2"), (D, "QuokkaNet v1.3")),
           paper("b", "Results on QuokkaNet-1.2.", (D, "QuokkaNet-1.2")),
           paper("c", "Results on QuokkaDial1.0 and QuokkaDial v2.0.", (D, "QuokkaDial1.0"), (D, "QuokkaDial v2.0"))]
    lk = link(exs)
    assert ids(lk, "b")[0] == ids(lk, "a")[0] != ids(lk, "a")[1]  # 1.2 is 1.2, never 1.3
    assert len(set(ids(lk, "c"))) == 2


def test_a_dataset_acronym_one_paper_defines_joins_bare_uses_that_type_it_so_on_any_topic():
    # "QSG" is defined once, as a corpus, in a speech paper; three parsing papers evaluate on "QSG" bare and
    # their own context types it a Dataset: the same corpus, though their topic is not the speech paper's.
    # A Method acronym one paper defines gets no such pass: papers that type "QGG" a Method bare may each
    # mean a method of their own
    a = paper("a", "Speech recognition of read news: acoustic models trained on the Quokka Street Gazette (QSG) "
                   "transcripts and the Quokka Graph Gadget (QGG) decoder lower phoneme errors.",
              (D, "Quokka Street Gazette", {"rule": "acronym", "aliases": ["QSG"]}),
              (M, "Quokka Graph Gadget", {"rule": "acronym", "aliases": ["QGG"]}))
    bare = [paper(p, "Constituency parsing with span scores: our treebank parser is evaluated on the QSG corpus, "
                     "where QGG prunes constituents.", (D, "QSG", {"rule": "dataset-context"}),
                  (M, "QGG", {"rule": "method-context"}))
            for p in "bcd"]
    lk = link([a] + bare + _filler(120))
    assert ids(lk, "a") == ("dataset:quokka-street-gazette", "method:quokka-graph-gadget")
    assert {ids(lk, p) for p in "bcd"} == {("dataset:quokka-street-gazette", "method:qgg")}
    # typed a Dataset by one paper besides the defining one only: its topic decides, as before
    lk = link([a, bare[0]] + _filler(120))
    assert ids(lk, "b") == ("dataset:qsg", "method:qgg")


def _dated(ex, pid, year=None):
    """``ex`` as the paper ``pid`` (an arXiv id gives its month) of ``year``."""
    return replace(ex, paper=replace(ex.paper, id=pid, title=f"Paper {pid}", year=year))


def test_bare_uses_written_before_a_paper_coined_the_acronym_do_not_join_its_coinage():
    # one paper proposes "Twin Quokka Architecture (TQA)" in June 2022; papers of 2012 and 2019 on the same
    # topic words write "TQA" bare: they cannot mean a name nobody had coined yet (the letters named another
    # thing before); written after the coinage, they join it, as before
    text = "Policy optimization for walking robots: we propose the Twin Quokka Architecture (TQA) for the critic."
    a = _dated(paper("a", text, (M, "Twin Quokka Architecture", {"rule": "acronym", "aliases": ["TQA"]}),
                     proposed=("Twin Quokka Architecture",)), "2206.01234v1", 2022)
    use = "Policy optimization for walking robots: the TQA critic steadies learning."
    early = [_dated(paper("b", use, (M, "TQA")), "1203.01005v3", 2012),
             _dated(paper("c", use, (M, "TQA")), "P19-1010", 2019)]
    lk = link([a] + early + _filler(120))
    assert ids(lk, "2206.01234v1") == ("method:twin-quokka-architecture",)
    assert ids(lk, "1203.01005v3") == ids(lk, "P19-1010") == ("method:tqa",)
    late = [_dated(paper("b", use, (M, "TQA")), pid, 2023) for pid in ("2301.00002v1", "2302.00003v2")]
    lk = link([a] + late + _filler(120))
    assert ids(lk, "2301.00002v1") == ids(lk, "2302.00003v2") == ids(lk, "2206.01234v1")
    # one paper of three written before: most were written after, the coinage keeps them all
    lk = link([a, early[0]] + late + _filler(120))
    assert ids(lk, "1203.01005v3") == ids(lk, "2206.01234v1")
    # a paper of the same month, or a record with no date, is not written before
    same = [_dated(paper("b", use, (M, "TQA")), "2206.05678v1", 2022), paper("nodate", use, (M, "TQA"))]
    lk = link([a] + same + _filler(120))
    assert ids(lk, "2206.05678v1") == ids(lk, "nodate") == ids(lk, "2206.01234v1")


def test_bare_uses_before_a_paper_that_only_defines_an_acronym_still_join_it():
    # the one paper defining "TQA" proposes nothing: it uses a name that may be older than it ("the widely
    # used TQA"), so earlier bare uses on its topic join its long form, as before
    text = "Policy optimization for walking robots: we adopt the Twin Quokka Architecture (TQA) for the critic."
    a = _dated(paper("a", text, (M, "Twin Quokka Architecture", {"rule": "acronym", "aliases": ["TQA"]})),
               "2206.01234v1", 2022)
    use = "Policy optimization for walking robots: the TQA critic steadies learning."
    early = [_dated(paper("b", use, (M, "TQA")), pid, 2019) for pid in ("1905.01234v1", "1906.04321v2")]
    lk = link([a] + early + _filler(120))
    assert ids(lk, "1905.01234v1") == ids(lk, "1906.04321v2") == ids(lk, "2206.01234v1") \
        == ("method:twin-quokka-architecture",)


# -- one name coined by two papers (kg.link.coinages) ---------------------------------------------------
def _coins(pid, topic, title=None, year=None):
    """A paper that proposes the "Wombat Fusion Network (WFN)" for ``topic``."""
    text = f"We propose the Wombat Fusion Network (WFN) for {topic}. WFN is fast."
    ex = paper(pid, text, (M, "Wombat Fusion Network", {"aliases": ["WFN"]}), (M, "WFN"),
               proposed=("Wombat Fusion Network",))
    return replace(ex, paper=replace(ex.paper, title=title or ex.paper.title, year=year))


def test_a_name_two_unrelated_papers_coin_is_two_entities():
    exs = [_coins("a", "counting marsupials in drone footage", year=2019),
           _coins("b", "transcribing whispered speech", year=2021),
           paper("c", "WFN is a strong baseline.", (M, "WFN"))]
    lk = link(exs)
    first, second = ids(lk, "a")[0], ids(lk, "b")[0]
    assert first != second and len(set(ids(lk, "a"))) == len(set(ids(lk, "b"))) == 1
    assert lk.entities[first].name == lk.entities[second].name == "Wombat Fusion Network"
    assert ids(lk, "c")[0] == first  # a paper only using the name stays with the earliest coinage
    assert lk.papers[1].proposed_ids == (second,)


def _calls(pid, topic, year, rule="named", cite=""):
    """A paper that proposes a framework it calls "QuokkaNet" for ``topic`` (no title, no acronym); ``cite``: a
    citation written after the name."""
    text = f"We propose a framework called QuokkaNet{cite} for {topic}. QuokkaNet is fast."
    ex = paper(pid, text, (M, "QuokkaNet", {"rule": rule}), (M, "QuokkaNet"), proposed=("QuokkaNet",))
    return replace(ex, paper=replace(ex.paper, year=year))


def test_a_name_two_unrelated_papers_call_their_own_is_two_entities():
    # "a framework called QuokkaNet" names the paper's own thing as its title or an acronym would: two papers on
    # unrelated topics that each call their framework so coin two things; a paper only using it stays with the first
    exs = [_calls("a", "counting marsupials in drone footage", 2019),
           _calls("b", "transcribing whispered speech", 2021),
           paper("c", "QuokkaNet is a strong baseline.", (M, "QuokkaNet"))]
    lk = link(exs)
    assert ids(lk, "a")[0] != ids(lk, "b")[0]
    assert ids(lk, "c")[0] == ids(lk, "a")[0]
    # the name found by its shape alone (no naming verb) coins nothing: one entity, as before
    exs = [_calls("a", "counting marsupials in drone footage", 2019, "name"),
           _calls("b", "transcribing whispered speech", 2021, "name")]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")
    # nor does a name written with a citation: "called QuokkaNet (Wombat and Lee, 2017)" is another work's name
    for cite in (" (Wombat and Lee, 2017)", " [12]"):
        exs = [_calls("a", "counting marsupials in drone footage", 2019),
               _calls("b", "transcribing whispered speech", 2021, cite=cite)]
        lk = link(exs)
        assert ids(lk, "a") == ids(lk, "b")


def test_a_lower_case_name_a_paper_terms_its_own_is_its_coinage_and_no_spelling_of_another():
    # one paper coins "Pyramidal Quokka Pooling (PQP)"; another, on an unrelated topic, terms its own operator
    # "pyramid quokka pooling" (found as a head phrase, proposed): two coinages, not one name spelt two ways
    a = paper("a", "We propose Pyramidal Quokka Pooling (PQP) for counting marsupials in drone footage. PQP is fast.",
              (M, "Pyramidal Quokka Pooling", {"aliases": ["PQP"], "rule": "acronym"}), (M, "PQP"),
              proposed=("Pyramidal Quokka Pooling",))
    text = ("A pooling across the levels of whispered speech is proposed in this study, which is termed "
            "pyramid quokka pooling. The pyramid quokka pooling transcribes speech.")
    b = paper("b", text, (M, "pyramid quokka pooling", {"rule": "head"}), (M, "pyramid quokka pooling", {"rule": "head"}),
              proposed=("pyramid quokka pooling",))
    a, b = replace(a, paper=replace(a.paper, year=2019)), replace(b, paper=replace(b.paper, year=2021))
    lk = link([a, b])
    assert ids(lk, "a")[0] != ids(lk, "b")[0] and len(set(ids(lk, "b"))) == 1
    # a paper only writing the other spelling, with no naming verb before it, coins nothing: one entity, as before
    b = replace(b, paper=replace(b.paper, abstract=text.replace("which is termed", "and we use")))
    lk = link([a, b])
    assert ids(lk, "a")[0] == ids(lk, "b")[0]


def test_the_words_of_another_spelling_of_a_coinage_are_no_topic_its_coiners_share():
    # both papers write "pyramid" because it is in the name as the second one spells it: that is no sign that
    # they are about one thing; the rest they share ("scales", "levels") is too little
    a = paper("a", "We propose Pyramidal Quokka Pooling (PQP), a pyramid over scales and levels, for counting "
                   "marsupials in drone footage.",
              (M, "Pyramidal Quokka Pooling", {"aliases": ["PQP"], "rule": "acronym"}),
              proposed=("Pyramidal Quokka Pooling",))
    b = paper("b", "A pooling over the scales and levels of a pyramid is proposed here, which is termed pyramid "
                   "quokka pooling, for transcribing whispered speech.",
              (M, "pyramid quokka pooling", {"rule": "head"}), proposed=("pyramid quokka pooling",))
    lk = link([a, b] + _filler(200))
    assert ids(lk, "a")[0] != ids(lk, "b")[0]
    # a third rare word shared besides the name's: one thing, as before
    b = replace(b, paper=replace(b.paper, abstract=b.paper.abstract.replace("whispered speech", "marsupials")))
    lk = link([a, b] + _filler(200))
    assert ids(lk, "a")[0] == ids(lk, "b")[0]


def _named_by(pid, topic, year, sentence):
    """A paper on ``topic`` whose ``sentence`` names "QuokkaNet" (rule "named"), which it lists as proposed."""
    text = f"{sentence} for {topic}. QuokkaNet is fast."
    ex = paper(pid, text, (M, "QuokkaNet", {"rule": "named"}), (M, "QuokkaNet"), proposed=("QuokkaNet",))
    return replace(ex, paper=replace(ex.paper, year=year))


@pytest.mark.parametrize("sentence", ["We adopt a lightweight backbone called QuokkaNet",
                                      "We use an augmentation known as QuokkaNet",
                                      "Recently, a network called QuokkaNet was proposed [3]",
                                      "We rely on what is commonly called QuokkaNet"])
def test_a_name_another_work_gave_coins_nothing(sentence):
    # a naming verb after a verb of use, "known as", "commonly called" or "was proposed [3]" names another work's
    # thing: two unrelated papers using it stay with one entity
    exs = [_named_by("a", "counting marsupials in drone footage", 2019, sentence),
           _named_by("b", "transcribing whispered speech", 2021, sentence)]
    assert ids(link(exs), "a") == ids(link(exs), "b")
    # the paper's own (a proposed thing it builds upon, or a plain "called") still coins
    exs = [_named_by("a", "counting marsupials in drone footage", 2019, "We build upon a proposed net called QuokkaNet"),
           _named_by("b", "transcribing whispered speech", 2021, "This paper presents a net referred to as QuokkaNet")]
    assert ids(link(exs), "a") != ids(link(exs), "b")


def test_two_records_of_one_paper_coin_one_name():
    exs = [_coins("2101.00001v1", "counting marsupials"), _coins("2101.00001v2", "counting marsupials again"),
           _coins("x", "counting marsupials", title="Wombats"), _coins("y", "counting marsupials", title="Wombats")]
    lk = link(exs)
    assert ids(lk, "2101.00001v1") == ids(lk, "2101.00001v2")  # one arXiv id, two versions
    assert ids(lk, "x") == ids(lk, "y")  # one title


def test_papers_without_a_title_are_not_one_record():
    # an empty title (or one of no letters or digits) tells nothing: two such papers coin two things
    exs = [_coins("a", "counting marsupials in drone footage", year=2019),
           _coins("b", "transcribing whispered speech", year=2021)]
    exs = [replace(exs[0], paper=replace(exs[0].paper, title="")),
           replace(exs[1], paper=replace(exs[1].paper, title="--"))]
    lk = link(exs)
    assert ids(lk, "a") != ids(lk, "b")


def test_a_follow_up_about_the_same_things_keeps_the_name():
    # a journal version with a new title, about the same rare things, is the same coinage
    topic = "counting marsupials with burrowing heatmaps and pouch occlusion priors"
    exs = [_coins("a", topic), _coins("b", topic + " in dusk footage")]
    exs += [paper(f"f{i}", f"Filler number {i} about something common.") for i in range(60)]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")


def _coins_as(pid, acro, topic):
    """A paper that proposes the "Wombat Fusion Network" for ``topic`` and defines the acronym ``acro`` with it."""
    text = f"We propose the Wombat Fusion Network ({acro}) for {topic}. {acro} is fast."
    return paper(pid, text, (M, "Wombat Fusion Network", {"aliases": [acro]}), (M, acro),
                 proposed=("Wombat Fusion Network",))


def test_two_papers_defining_one_long_form_with_other_letters_coin_two_things():
    # two papers about the same rare things coin one long form, each with its own acronym: two systems
    topic = "counting marsupials with burrowing heatmaps and pouch occlusion priors"
    filler = [paper(f"f{i}", f"Filler number {i} about something common.") for i in range(60)]
    lk = link([_coins_as("a", "WFN", topic), _coins_as("b", "WF-Net", topic + " in dusk footage"),
               paper("c", "WFN is a strong baseline.", (M, "WFN"))] + filler)
    assert ids(lk, "a")[0] != ids(lk, "b")[0]
    assert len(set(ids(lk, "a"))) == len(set(ids(lk, "b"))) == 1
    assert ids(lk, "c")[0] == ids(lk, "a")[0]
    assert "WF-Net" not in lk.entities[ids(lk, "a")[0]].aliases
    # the letters written another way (case, hyphen, plural) are one name: one entity, as before
    for acro in ("WFN", "W-FN", "WFNs"):
        lk = link([_coins_as("a", "WFN", topic), _coins_as("b", acro, topic + " in dusk footage")] + filler)
        assert ids(lk, "a") == ids(lk, "b"), acro


def test_a_later_coinage_is_named_as_its_paper_writes_it():
    # the acronym "QAN" joins the first paper's long form; a later paper titled "QAN: ..." coins the letters
    # for another thing: its entity is named "QAN", not after the other paper's long form
    a = paper("a", "We propose the Quokka Alignment Network (QAN) for speech. QAN is fast.",
              (M, "Quokka Alignment Network", {"aliases": ["QAN"]}), (M, "QAN"), proposed=("Quokka Alignment Network",))
    a = replace(a, paper=replace(a.paper, year=2019))
    title = "QAN: counting wombats at dusk"
    b = Extraction(Paper("b", title, "It counts wombats.", year=2022),
                   (Mention(M, "QAN", 0, 3, "title", None, (), "title-name"),), proposed=("QAN",))
    lk = link([a, b, paper("c", "QAN is a baseline.", (M, "QAN"))])
    assert lk.entities[ids(lk, "a")[0]].name == "Quokka Alignment Network"
    assert lk.entities[ids(lk, "b")[0]].name == "QAN"
    assert ids(lk, "c")[0] == ids(lk, "a")[0]


def _proposes_in_title(pid, name, rest, year, rule="title-name"):
    """A paper whose title starts with the name it proposes: "NAME for REST"."""
    title = f"{name} for {rest}"
    return Extraction(Paper(pid, title, f"We study {rest}.", year=year),
                      (Mention(M, name, 0, len(name), "title", None, (), rule),), proposed=(name,))


def test_a_phrase_of_common_words_or_a_lexicon_name_is_not_coined_twice():
    # "hopping attention" is words, not a coinage; a name the lexicon matched ("ResNet") is the lexicon's thing
    t = _proposes_in_title
    exs = [t("a", "hopping attention", "wombat counting", 2019), t("b", "hopping attention", "speech", 2021),
           t("c", "ResNet", "wombat counting", 2019, "lexicon"), t("d", "ResNet", "speech", 2021, "lexicon"),
           t("e", "QuokkaNet", "wombat counting", 2019), t("f", "QuokkaNet", "speech", 2021)]
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b")
    assert ids(lk, "c") == ids(lk, "d")
    assert ids(lk, "e") != ids(lk, "f")  # a coined shape in two unrelated titles: two things


def _proposing(pid, title, name, text, *spans):
    """A paper proposing ``name``, written in its title, whose abstract is ``text``."""
    ex = paper(pid, text, *spans)
    i = title.index(name)
    head = Mention(M, name, i, i + len(name), "title", None, (), "title-name")
    return Extraction(Paper(pid, title, text), (head,) + ex.mentions, proposed=(name,))


def test_a_bare_acronym_that_spells_the_name_a_paper_proposes_in_its_title_is_that_name():
    # three papers define PQD as "parallel quadratic descent"; a fourth names its own "Probabilistic Quokka
    # Depth" in its title and writes PQD bare: its PQD is its own method, not the others' descent
    exs = [_defines(p, "parallel quadratic descent", "PQD", M) for p in "abc"]
    exs.append(_proposing("d", "Probabilistic Quokka Depth: Seeing Objects from Afar", "Probabilistic Quokka Depth",
                          "Our method, PQD, sees far. PQD is fast.", (M, "PQD"), (M, "PQD")))
    exs.append(paper("e", "We compare with PQD.", (M, "PQD")))
    lk = link(exs)
    assert set(ids(lk, "d")) == {"method:probabilistic-quokka-depth"}
    assert ids(lk, "e") == (ids(lk, "a")[0],) == ("method:parallel-quadratic-descent",)
    assert "PQD" in lk.entities["method:probabilistic-quokka-depth"].aliases


def test_an_acronym_that_skips_or_adds_a_word_of_the_proposed_name_is_not_it():
    # "QRN" skips "Gated" and "SPQ-net" adds a word no name gives: neither is the paper's name
    lex = {"rule": "lexicon", "canonical": "quokka recurrent network"}
    lex2 = {"rule": "lexicon", "canonical": "SPQ-net"}
    exs = [_proposing("a", "Quokka Gated Recurrent Networks for Speech", "Quokka Gated Recurrent Networks",
                      "Unlike QRN, it gates.", (M, "QRN", lex)),
           _proposing("b", "Spatial Pyramid Quokka in Deep Networks", "Spatial Pyramid Quokka",
                      "The SPQ-net is fast.", (M, "SPQ-net", lex2))]
    lk = link(exs)
    assert ids(lk, "a") == ("method:quokka-gated-recurrent-networks", "method:quokka-recurrent-network")
    assert ids(lk, "b") == ("method:spatial-pyramid-quokka", "method:spq-net")


# -- a paper whose own words spell an acronym (kg.link.own_letters) ------------------------------------------
def _titled_paper(pid, title, text, *spans):
    """``paper`` with a title of its own."""
    ex = paper(pid, text, *spans)
    return Extraction(Paper(pid, title, text), ex.mentions)


def test_a_bare_acronym_its_paper_spells_with_words_of_its_own_does_not_join_another_papers_long_form():
    # "QH-Net" is defined once as "Quokka Hopping Network"; a paper on wombat burrows writes it bare beside its
    # title's "Quiet Harmonics" (a network of its own)
    a = _defines("a", "Quokka Hopping Network", "QH-Net", M)
    b = _titled_paper("b", "Quiet Harmonics for Wombat Burrows", "The QH-Net listens to burrows.", (M, "QH-Net"))
    d = paper("d", "We propose a Zesty Quokka Rater or ZQR, which rates quokkas.", (M, "ZQR"))
    e = _defines("e", "zero query retrieval", "ZQR", M)
    lk = link([a, b, d, e])
    assert ids(lk, "a") == ("method:quokka-hopping-network",)
    assert ids(lk, "b") != ids(lk, "a") and lk.entities[ids(lk, "b")[0]].name == "QH-Net"
    assert ids(lk, "d") != ids(lk, "e")  # "Zesty Quokka Rater or ZQR": a definition the extractor did not read
    assert lk.entities[ids(lk, "d")[0]].name == "ZQR" and lk.entities[ids(lk, "e")[0]].name == "zero query retrieval"
    again = link([a, b, d, e], existing=lk.entities)  # a build appended to this one keeps the split
    assert [ids(again, p) for p in "abde"] == [ids(lk, p) for p in "abde"]
    # the paper writing its letters as a Method and a Dataset ("QH-Net corpora") is still its own user of them
    b2 = _titled_paper("b", "Quiet Harmonics for Wombat Burrows", "The QH-Net listens to QH-Net corpora.",
                       (M, "QH-Net"), (D, "QH-Net"))
    assert ids(lk, "a")[0] not in ids(link([a, b2]), "b")
    # a paper using the letters bare with nothing of its own: the letters' uses stay one (an appended build
    # would give them all to the paper's entity named by them)
    c = paper("c", "We compare with QH-Net on hopping.", (M, "QH-Net"))
    lk = link([a, b, c])
    assert ids(lk, "c") == ids(lk, "b") == ids(lk, "a")


def test_words_that_respell_the_long_form_or_a_title_in_capitals_or_another_name_of_it_keep_the_join():
    a = _defines("a", "Quokka Hopping Network", "QHN", M)
    # "Quokka-aligned Hopping Network" is still a quokka hopping network; a title in capitals spells anything;
    # a function word in capitals is no initial ("Query Using Hops"); a paper writing the long form uses it
    b = _titled_paper("b", "Quokka-aligned Hopping Network", "We improve QHN.", (M, "QHN"))
    c = _titled_paper("c", "QUIET HARMONIC NOISE FOR BURROWS", "The QHN listens.", (M, "QHN"))
    d = _titled_paper("d", "Query Using Hops and Nests", "The QHN queries.", (M, "QHN"))
    e = _titled_paper("e", "Quiet Harmonic Nets", "Unlike Quokka Hopping Network, QHN hears.",
                      (M, "Quokka Hopping Network"), (M, "QHN"))
    lk = link([a, b, c, d, e])
    for p in "bcd":
        assert ids(lk, p) == ids(lk, "a"), p
    assert set(ids(lk, "e")) == set(ids(lk, "a"))


def test_letters_a_later_paper_coins_in_a_form_of_its_own_do_not_join_an_earlier_papers_long_form():
    # 2016: "Quokka Hopping Networks (qHNs)"; 2021: "a burrow planner called Q-HN", never writing the long form
    a = paper("1611.00001v1", "Quokka Hopping Networks (qHNs) hop far; qHNs are fast.",
              (M, "Quokka Hopping Networks", {"aliases": ["qHNs"]}), (M, "qHNs"))
    b = paper("2106.00002v1", "We present a burrow planner called Q-HN to route wombats.",
              (M, "Q-HN", {"rule": "named"}), proposed=("Q-HN",))
    lk = link([a, b])
    assert ids(lk, "2106.00002v1") != ids(lk, "1611.00001v1")[:1]
    assert lk.entities[ids(lk, "2106.00002v1")[0]].name == "Q-HN"
    assert "Q-HN" not in lk.entities[ids(lk, "1611.00001v1")[0]].aliases
    again = link([a, b], existing=lk.entities)  # a build appended to this one keeps the split
    assert [ids(again, p) for p in ("1611.00001v1", "2106.00002v1")] == \
        [ids(lk, p) for p in ("1611.00001v1", "2106.00002v1")]


def test_letters_two_later_papers_coin_each_leave_the_earlier_papers_long_form():
    # 2016: "Quokka Hopping Networks (qHNs)"; 2021, twice: "... called Q-HN", each paper a thing of its own (the
    # later coinage split off first, kg.link.coinages): neither stays in "Quokka Hopping Networks"
    a = paper("1611.00001v1", "Quokka Hopping Networks (qHNs) hop far; qHNs are fast.",
              (M, "Quokka Hopping Networks", {"aliases": ["qHNs"]}), (M, "qHNs"))
    b = paper("2106.00002v1", "We present a burrow planner called Q-HN to route wombats.",
              (M, "Q-HN", {"rule": "named"}), proposed=("Q-HN",))
    b3 = paper("2109.00003v1", "We build a pond sampler called Q-HN to sample lakes.",
               (M, "Q-HN", {"rule": "named"}), proposed=("Q-HN",))
    lk = link([a, b, b3])
    long_form = ids(lk, "1611.00001v1")[0]
    assert lk.entities[long_form].name == "Quokka Hopping Networks"
    for pid in ("2106.00002v1", "2109.00003v1"):
        assert ids(lk, pid) != (long_form,) and lk.entities[ids(lk, pid)[0]].name == "Q-HN", pid


def test_letters_a_paper_coins_in_a_build_appended_to_the_definers_do_not_join_its_long_form():
    # the definer linked first, the coiner appended: the old entity's "qHNs" stands for its definers' form
    a = paper("1611.00001v1", "Quokka Hopping Networks (qHNs) hop far; qHNs are fast.",
              (M, "Quokka Hopping Networks", {"aliases": ["qHNs"]}), (M, "qHNs"))
    b = paper("2106.00002v1", "We present a burrow planner called Q-HN to route wombats.",
              (M, "Q-HN", {"rule": "named"}), proposed=("Q-HN",))
    old = link([a])
    lk = link([b], existing=old.entities)
    assert ids(lk, "2106.00002v1") != ids(old, "1611.00001v1")[:1]
    assert lk.entities[ids(lk, "2106.00002v1")[0]].name == "Q-HN"
    # the letters written alike ("QHN" up to case) keep the join in an appended build as in one build
    same = paper("2106.00002v1", "We present a burrow planner called QHN to route wombats.",
                 (M, "QHN", {"rule": "named"}), proposed=("QHN",))
    assert ids(link([same], existing=old.entities), "2106.00002v1") == ids(old, "1611.00001v1")[:1]


def test_a_coined_name_keeps_the_join_when_written_alike_coined_first_or_spelt_out():
    a = paper("1611.00001v1", "Quokka Hopping Networks (qHNs) hop far; qHNs are fast.",
              (M, "Quokka Hopping Networks", {"aliases": ["qHNs"]}), (M, "qHNs"))
    later = "We present a burrow planner called {} to route wombats."
    # the same letters up to case; the coinage older than the definition (a later paper spells the coined name out
    # its own way); a coining paper that writes the long form too
    same_case = paper("2106.00002v1", later.format("QHN"), (M, "QHN", {"rule": "named"}), proposed=("QHN",))
    older = paper("1505.00002v1", later.format("Q-HN"), (M, "Q-HN", {"rule": "named"}), proposed=("Q-HN",))
    spelt = paper("2106.00003v1", "Beyond Quokka Hopping Networks, we present a planner called Q-HN.",
                  (M, "Quokka Hopping Networks"), (M, "Q-HN", {"rule": "named"}), proposed=("Q-HN",))
    for b in (same_case, older, spelt):
        lk = link([a, b])
        assert ids(lk, b.paper.id)[-1] == ids(lk, "1611.00001v1")[0], b.paper.id
    # a paper that only uses the letters (no naming cue) keeps the join as well
    user = paper("2106.00004v1", "We compare with Q-HN on hopping.", (M, "Q-HN"))
    lk = link([a, user])
    assert ids(lk, "2106.00004v1") == ids(lk, "1611.00001v1")[:1]


# -- one short acronym no paper defines, several things (kg.link.bare) -----------------------------------
def _big_filler(n=1000):
    """``n`` papers on topics of their own (made-up words of four syllables): a corpus large enough to split in."""
    import itertools
    syll = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "tu", "vo", "ze"]
    words = ["".join(p) for p in itertools.product(syll, repeat=4)]
    return [paper(f"g{i}", f"We present results on {words[3 * i]} {words[3 * i + 1]} {words[3 * i + 2]}.")
            for i in range(n)]


def test_a_short_undefined_acronym_is_one_entity_only_among_papers_on_related_things():
    # "QZV" is a corpus in two lip-reading papers and a network in a paper on parcel routing; none spells it out
    a = paper("a", "We read lips from silent videos: the QZV corpus of speakers reading sentences.", (D, "QZV"))
    b = paper("b", "Visual speech recognition reads lips frame by frame; on QZV we lower the word error.", (D, "QZV"))
    c = paper("c", "Parcel routing for couriers with a QZV that plans detours around traffic.", (D, "QZV"))
    lk = link([a, b, c] + _big_filler())
    assert ids(lk, "a") == ids(lk, "b")
    assert ids(lk, "c") != ids(lk, "a")
    assert lk.entities[ids(lk, "c")[0]].name == lk.entities[ids(lk, "a")[0]].name == "QZV"
    # a corpus of a few hundred papers keeps one entity, as before
    small = link([a, b, c] + _filler(120))
    assert ids(small, "c") == ids(small, "a")


def test_a_longer_or_mixed_case_undefined_name_stays_one_entity_across_topics():
    # "QZVKX" or "QzvNet" is one coined thing wherever it is used: only short capitals name several
    for name in ("QZVKX", "QzvNet"):
        a = paper("a", f"We read lips from silent videos with {name} trained on speakers.", (M, name))
        c = paper("c", f"Parcel routing for couriers with {name} that plans detours around traffic.", (M, name))
        lk = link([a, c] + _big_filler())
        assert ids(lk, "a") == ids(lk, "c")


def test_papers_that_list_a_short_acronym_beside_the_same_rare_name_keep_one_entity():
    # two papers on unrelated topics that both list "QZV" with "WUB" (a name too short to be a topic word)
    # name one collection
    a = paper("a", "Parcel routing for couriers; results on QZV and WUB.", (D, "QZV"), (D, "WUB"))
    c = paper("c", "We read lips from silent videos; results on WUB and QZV.", (D, "WUB"), (D, "QZV"))
    lk = link([a, c] + _big_filler())
    assert ids(lk, "a")[0] == ids(lk, "c")[1]
    # without the shared name they are two things
    b = paper("b", "We read lips from silent videos; results on QZV.", (D, "QZV"))
    lk = link([a, b] + _big_filler())
    assert ids(lk, "a")[0] != ids(lk, "b")[0]


def test_a_one_word_task_after_its_modifier_joins_the_longer_task_the_corpus_names():
    # paper "b"'s extraction left out the modifier it writes before "tracking"; other papers name the task whole.
    # A bare "tracking" with no longer task before it, or after a list's comma, stays the bare task.
    exs = [paper("a", "We study burrow entrance tracking in the wild.", (TASK, "burrow entrance tracking")),
           paper("g", "Burrow entrance tracking is hard.", (TASK, "Burrow entrance tracking")),
           paper("b", "A model for burrow entrance tracking at night.", (TASK, "tracking")),
           paper("c", "A model for hopper tracking at night.", (TASK, "tracking")),
           paper("d", "It does sorting, tracking and counting.",
                 (TASK, "sorting"), (TASK, "tracking"), (TASK, "counting")),
           paper("e", "We handle tracking of hoppers.", (TASK, "tracking"))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "a") == ids(lk, "g")
    assert ids(lk, "c")[0] == ids(lk, "d")[1] == ids(lk, "e")[0] != ids(lk, "a")[0]
    ent = lk.entities[ids(lk, "a")[0]]
    assert "tracking" not in {a.lower() for a in ent.aliases}  # the bare word is no name of the longer task


def test_a_task_led_by_a_word_the_corpus_grades_joins_the_task_named_by_the_rest():
    # "sturdy" is graded ("more sturdy than") in the papers that write it: "Sturdy hopper tracking" is hopper
    # tracking done well. "nocturnal", never graded, names a task of its own; a rest that names no task stays whole.
    graded = [paper(p, "Our tracker is more sturdy than past ones.") for p in "xyz"]
    exs = [paper("a", "We study hopper tracking in the wild.", (TASK, "hopper tracking")),
           paper("b", "Sturdy hopper tracking is our goal.", (TASK, "Sturdy hopper tracking")),
           paper("c", "Nocturnal hopper tracking is studied.", (TASK, "Nocturnal hopper tracking")),
           paper("d", "Sturdy burrow mapping matters.", (TASK, "Sturdy burrow mapping"))]
    lk = link(exs + graded)
    assert ids(lk, "b") == ids(lk, "a")
    assert ids(lk, "c") != ids(lk, "a") and ids(lk, "d") != ids(lk, "a")
    assert "sturdy hopper tracking" not in {a.lower() for a in lk.entities[ids(lk, "a")[0]].aliases}
    lk = link(exs)  # no paper grades "sturdy": it may name a kind of tracking
    assert ids(lk, "b") != ids(lk, "a")


def test_a_graded_first_word_stays_in_a_lexicon_task_and_before_a_one_word_task():
    # the corpus grades "robust", but the lexicon names "Robust Speech Recognition" whole, a lexicon canonical
    # names its mention, and "Robust regression" is a problem of its own, not regression done well
    graded = [paper(p, "Our tracker is more robust than past ones.") for p in "xyz"]
    exs = [paper("a", "We study speech recognition of calls.", (TASK, "speech recognition")),
           paper("b", "Robust Speech Recognition of calls.", (TASK, "Robust Speech Recognition")),
           paper("c", "We study regression of prices.", (TASK, "regression")),
           paper("d", "Robust regression of prices.", (TASK, "Robust regression")),
           paper("e", "We study hopper tracking at night.", (TASK, "hopper tracking")),
           paper("f", "Robust hopper tracking at night.", (TASK, "Robust hopper tracking",
                                                            {"rule": "lexicon", "canonical": "Robust hopper tracking"})),
           paper("g", "Robust hopper tracking in the wild.", (TASK, "Robust hopper tracking"))]
    lk = link(exs + graded)
    assert ids(lk, "b") != ids(lk, "a") and ids(lk, "d") != ids(lk, "c") and ids(lk, "f") != ids(lk, "e")
    assert ids(lk, "g") == ids(lk, "e")  # no lexicon name, a rest of two words: hopper tracking done well


def test_a_mention_after_a_capitalised_word_inside_a_sentence_joins_the_longer_name_the_corpus_knows():
    # "Swift Q-Net" and the "Burrowmark hopper counting" benchmark are names other papers write whole; paper "b"'s
    # extraction kept only their last words. A capital at a sentence's start says nothing ("c"), and a name the corpus
    # writes in lower case ("deep hopper network") is led by a describing word, even when capitalised ("e").
    exs = [paper("a", "We propose Swift Q-Net, a detector of hoppers.", (M, "Swift Q-Net")),
           paper("g", "It runs Swift Q-Net on dunes.", (M, "Swift Q-Net")),
           paper("h", "The Q-Net detector finds hoppers.", (M, "Q-Net")),
           paper("i", "We address hopper counting in dunes.", (TASK, "hopper counting")),
           paper("j", "Results on Burrowmark hopper counting are new.", (D, "Burrowmark hopper counting")),
           paper("k", "A deep hopper network counts hoppers.", (M, "deep hopper network")),
           paper("l", "We train a deep hopper network on dunes.", (M, "deep hopper network")),
           paper("m", "The hopper network is small.", (M, "hopper network")),
           paper("b", "Our tracker builds on Swift Q-Net; tests on the Burrowmark hopper counting benchmark.",
                 (M, "Q-Net"), (TASK, "hopper counting")),
           paper("c", "We count hoppers. Swift Q-Net is an option.", (M, "Q-Net")),
           paper("n", "We propose SQ-Net for dunes.", (M, "SQ-Net")),
           paper("o", "It fuses the S Q-Net branch with another.", (M, "Q-Net")),
           paper("e", "It uses Deep Hopper Network (DHN) layers.", (M, "Hopper Network"))]
    lk = link(exs)
    assert ids(lk, "b") == (ids(lk, "a")[0], ids(lk, "j")[0])
    assert ids(lk, "b")[0] != ids(lk, "h")[0] and ids(lk, "b")[1] != ids(lk, "i")[0]
    assert ids(lk, "c") == ids(lk, "o") == ids(lk, "h")  # a letter alone is a label: "S Q-Net" is no "SQ-Net"
    assert ids(lk, "e") == ids(lk, "m") != ids(lk, "k")
    assert "Q-Net" not in lk.entities[ids(lk, "a")[0]].aliases  # the piece is no name of the longer one


def test_a_mention_the_next_words_make_a_longer_name_the_corpus_knows_joins_that_name():
    # "hopper attention flow" and the "Bilby Depth" data set are names two papers each write whole; paper "b"'s
    # extraction kept only their first words, one of them typed as a Method. A name only one paper writes ("wombat
    # sampler") or one that adds only a word of kind ("Quokka networks": the Quokka itself) is no longer name.
    exs = [paper("a", "We train hopper attention flows on dunes.", (M, "hopper attention flows")),
           paper("g", "A hopper attention flow counts hoppers.", (M, "hopper attention flow")),
           paper("h", "Each hopper attention mixes the neighbours.", (M, "hopper attention")),
           paper("i", "One hopper attention is cheap.", (M, "hopper attention")),
           paper("j", "Results on Bilby Depth are new.", (D, "Bilby Depth")),
           paper("k", "It is tested on Bilby Depth again.", (D, "Bilby Depth")),
           paper("b", "We stack hopper attention flows, then test on Bilby Depth.",
                 (M, "hopper attention"), (M, "Bilby")),
           paper("l", "The Quokka network is fast.", (M, "Quokka network")),
           paper("m", "A Quokka network counts hoppers.", (M, "Quokka network")),
           paper("n", "We run the Quokka on dunes.", (M, "Quokka")),
           paper("o", "Our wombat sampler draws hoppers.", (M, "wombat sampler")),
           paper("p", "The wombat draws hoppers.", (M, "wombat")),
           paper("e", "We run Quokka networks with a wombat sampler.", (M, "Quokka"), (M, "wombat"))]
    lk = link(exs)
    assert ids(lk, "b") == (ids(lk, "a")[0], ids(lk, "j")[0])
    assert ids(lk, "b")[0] != ids(lk, "h")[0]
    assert ids(lk, "e") == (ids(lk, "n")[0], ids(lk, "p")[0])
    assert ids(lk, "e")[0] != ids(lk, "l")[0] and ids(lk, "e")[1] != ids(lk, "o")[0]
    assert "hopper attention" not in lk.entities[ids(lk, "a")[0]].aliases  # the piece is no name of the longer one


def test_a_mention_before_a_part_noun_joins_no_longer_name_two_papers_write():
    # "Quokka generator", "Quokka discriminator" and "Quokka head" are the Quokka's parts in every paper that writes them:
    # a bare "Quokka" before one is the Quokka itself, as before a word of kind
    exs = [paper("n", "We run the Quokka on dunes.", (M, "Quokka"))]
    for part in ("generator", "discriminator", "head"):
        exs += [paper(f"{part}-a", f"The Quokka {part} is fast.", (M, f"Quokka {part}")),
                paper(f"{part}-b", f"A Quokka {part} counts hoppers.", (M, f"Quokka {part}")),
                paper(f"{part}-e", f"We train the Quokka {part} on dunes.", (M, "Quokka"))]
    # a technique word is no part: "self-supervised" before "pre-training" is the longer name cut short
    exs += [paper("s-a", "We use self-supervised pre-training on dunes.", (M, "self-supervised pre-training")),
            paper("s-b", "Self-supervised pre-training helps.", (M, "Self-supervised pre-training")),
            paper("s-e", "Our self-supervised pre-training counts hoppers.", (M, "self-supervised"))]
    lk = link(exs)
    for part in ("generator", "discriminator", "head"):
        assert ids(lk, f"{part}-e") == ids(lk, "n") != ids(lk, f"{part}-a")
    assert ids(lk, "s-e") == ids(lk, "s-a")


def test_a_mention_joins_a_longer_name_of_another_type_only_where_its_words_end_the_phrase():
    # two papers write the Task "Bilby games"; "Bilby" (a Dataset) before "games" is that task cut short, as before
    # "games online", but before "game suite" it is the data set: the phrase goes on to a data set's word of kind
    exs = [paper("a", "We study Bilby games with agents.", (TASK, "Bilby games")),
           paper("b", "Agents learn Bilby games fast.", (TASK, "Bilby games")),
           paper("c", "Scores on the Bilby suite are new.", (D, "Bilby")),
           paper("d", "Our agent is scored on the Bilby game suite.", (D, "Bilby")),
           paper("e", "Our agent learns Bilby games.", (D, "Bilby")),
           paper("f", "Our agent learns Bilby games online.", (D, "Bilby"))]
    lk = link(exs)
    assert ids(lk, "d") == ids(lk, "c") != ids(lk, "a")
    assert ids(lk, "e") == ids(lk, "f") == ids(lk, "a")


def test_a_mention_joins_no_longer_name_of_another_type_when_a_third_word_goes_on_to_a_word_of_kind():
    # two papers write the Task "Bilby depth estimation"; a Dataset "Bilby" before "depth estimation benchmark" is
    # the data set (the two words of the longer name, then a data set's word of kind), before "depth estimation
    # well" the task cut short
    exs = [paper("a", "We study Bilby depth estimation with agents.", (TASK, "Bilby depth estimation")),
           paper("b", "Agents learn Bilby depth estimation fast.", (TASK, "Bilby depth estimation")),
           paper("c", "Scores on the Bilby suite are new.", (D, "Bilby")),
           paper("d", "Our net is scored on the Bilby depth estimation benchmark.", (D, "Bilby")),
           paper("e", "Our net does Bilby depth estimation well.", (D, "Bilby"))]
    lk = link(exs)
    assert ids(lk, "d") == ids(lk, "c") != ids(lk, "a")
    assert ids(lk, "e") == ids(lk, "a")


def test_a_singular_word_of_kind_whose_plural_is_irregular_ends_a_name_of_another_type():
    # "corpus" is a data set's word of kind as "corpora" is: "Bilby games corpus" is the data set, no task
    exs = [paper("a", "We study Bilby games with agents.", (TASK, "Bilby games")),
           paper("b", "Agents learn Bilby games fast.", (TASK, "Bilby games")),
           paper("c", "Scores on the Bilby suite are new.", (D, "Bilby")),
           paper("d", "Our agent is scored on the Bilby game corpus.", (D, "Bilby")),
           paper("e", "Our agent is scored on the Bilby game corpora.", (D, "Bilby"))]
    lk = link(exs)
    assert ids(lk, "d") == ids(lk, "e") == ids(lk, "c") != ids(lk, "a")


def test_a_letter_alone_or_the_mention_again_after_it_makes_no_longer_name():
    # two papers write "Wombat Q" and "Wombat Wombat" whole; after a mention "Wombat", "Q" is a label ("AP r") and
    # a second "Wombat" a list or a figure's labels ("CNN CNN"), no rest of a longer name
    exs = [paper("n", "We run the Wombat on dunes.", (M, "Wombat")),
           paper("a", "The Wombat Q is fast.", (M, "Wombat Q")),
           paper("b", "A Wombat Q counts hoppers.", (M, "Wombat Q")),
           paper("c", "The Wombat Wombat is fast.", (M, "Wombat Wombat")),
           paper("d", "A Wombat Wombat counts hoppers.", (M, "Wombat Wombat")),
           paper("e", "Rows read Wombat Q here.", (M, "Wombat")),
           paper("f", "Rows read Wombat Wombat here.", (M, "Wombat"))]
    lk = link(exs)
    assert ids(lk, "e") == ids(lk, "f") == ids(lk, "n") != ids(lk, "a")
    assert ids(lk, "n") != ids(lk, "c")


def test_words_after_a_mention_that_make_a_shorter_key_join_no_other_name():
    # "Bilby test" before "set": the words make "Bilby test set", whose key is the data set's ("bilby|data", as
    # "the Bilby dataset" is): no longer name the mention begins (its key does not begin so), so no way to "Bilby"
    exs = [paper("a", "Results on Bilby are new.", (D, "Bilby")),
           paper("b", "We test on the Bilby data.", (D, "Bilby")),
           paper("c", "Results on the Bilby dataset are new.", (D, "Bilby dataset")),
           paper("e", "Scores on the Bilby test set are new.", (D, "Bilby test"))]
    lk = link(exs)
    assert ids(lk, "e") != ids(lk, "a")


def test_a_mention_joins_a_longer_name_of_its_own_type_before_one_of_another():
    # the corpus knows "Bilby Depth" as a Method (two papers) and as a Dataset (two papers); a Dataset mention
    # "Bilby" before "Depth" is the data set's name cut short, whatever order the types are tried in
    exs = [paper("a", "We train Bilby Depth, a depth network.", (M, "Bilby Depth")),
           paper("b", "Our Bilby Depth network is fast.", (M, "Bilby Depth")),
           paper("c", "Results on the Bilby Depth dataset are new.", (D, "Bilby Depth")),
           paper("d", "We test on the Bilby Depth benchmark.", (D, "Bilby Depth")),
           paper("n", "Scores on the Bilby suite are new.", (D, "Bilby")),
           paper("e", "Our tracker is scored on Bilby Depth.", (D, "Bilby"))]
    lk = link(exs)
    assert ids(lk, "a") != ids(lk, "c")
    assert ids(lk, "e") == ids(lk, "c")


def test_a_mention_before_a_word_of_kind_joins_a_lexicon_name_one_paper_writes_whole():
    # one paper writes "graph convolution network", the lexicon's graph convolutional network; "graph convolution"
    # before "networks" is that network cut short, though "networks" is a word of kind
    exs = [paper("c", "Graph convolutional networks label atoms.",
                 (M, "Graph convolutional networks", {"rule": "lexicon", "canonical": "graph convolutional network"})),
           paper("a", "A graph convolution network labels the atoms.", (M, "graph convolution network")),
           paper("h", "Each graph convolution mixes the neighbours.", (M, "graph convolution")),
           paper("b", "We stack graph convolution networks on molecules.", (M, "graph convolution")),
           # a word of kind alone makes no longer name of a lexicon's either: "EM framework" is the measure EM's
           # "EM" with a word of kind, not the EM algorithm
           paper("d", "We fit mixtures by expectation maximization (EM).",
                 (M, "expectation maximization", {"rule": "acronym", "aliases": ["EM"]})),
           paper("g", "The EM algorithm fits the mixture.",
                 (M, "EM algorithm", {"rule": "lexicon", "canonical": "expectation-maximization"})),
           paper("e", "Answers are scored by EM here.", (MET, "EM", {"rule": "lexicon", "canonical": "exact match"})),
           paper("f", "Both parts learn in one EM framework.", (MET, "EM", {"rule": "lexicon", "canonical": "exact match"}))]
    lk = link(exs)
    assert ids(lk, "b") == ids(lk, "a") == ids(lk, "c") != ids(lk, "h")
    assert ids(lk, "f") == ids(lk, "e") != ids(lk, "g")


def test_capitalised_words_before_a_mention_join_no_longer_name_when_they_are_no_part_of_it():
    TITLE, ROWS = "Counting Hoppers With Swift Q-Net", "The rows read Tora Tora in each table."
    # the corpus knows "Swift Q-Net" (a Method), "Tora Tora" (a Method) and "Burrowmark hopper counting" (a Dataset)
    exs = [paper("a", "We propose Swift Q-Net, a detector of hoppers.", (M, "Swift Q-Net")),
           paper("h", "The Q-Net detector finds hoppers.", (M, "Q-Net")),
           paper("t", "We propose Tora Tora for dunes.", (M, "Tora Tora")),
           paper("u", "The Tora model is old.", (M, "Tora")),
           paper("i", "We address hopper counting in dunes.", (TASK, "hopper counting")),
           paper("j", "Results on Burrowmark hopper counting are new.", (D, "Burrowmark hopper counting")),
           paper("w", "Results on Burrowmark are new.", (D, "Burrowmark")),
           # the words before are a mention of the paper: a dataset, then the task on it
           paper("b", "We test on Burrowmark hopper counting data.", (D, "Burrowmark"), (TASK, "hopper counting")),
           # ... but a mention of the same type is a piece of the name the extraction split
           paper("s", "We run Swift Q-Net on dunes.", (M, "Swift"), (M, "Q-Net")),
           # a sentence ends at a stop closed by a quote or a bracket; an abbreviation's stop ends none
           paper("c", 'We call it "Fast." Swift Q-Net then runs.', (M, "Q-Net")),
           paper("d", "It is shown (see below.) Swift Q-Net then runs.", (M, "Q-Net")),
           paper("e", "Detectors, e.g. Swift Q-Net, find hoppers.", (M, "Q-Net")),
           # the mention's own text written before it is a list or a table's row, not a longer name
           Extraction(Paper("f", "", ROWS),
                      (Mention(M, "Tora", ROWS.rindex("Tora"), ROWS.rindex(" in"), "abstract", None, (), "name"),)),
           # every word of a title is capitalised: a capital there marks no name
           Extraction(Paper("g", TITLE, "We count hoppers."),
                      (Mention(M, "Q-Net", TITLE.index("Q-Net"), len(TITLE), "title", None, (), "name"),))]
    lk = link(exs)
    assert ids(lk, "b") == (ids(lk, "w")[0], ids(lk, "i")[0])
    assert ids(lk, "s")[1] == ids(lk, "a")[0]
    assert ids(lk, "c") == ids(lk, "d") == ids(lk, "h") != ids(lk, "a")
    assert ids(lk, "e") == ids(lk, "a")
    assert ids(lk, "f") == ids(lk, "u") != ids(lk, "t")
    assert ids(lk, "g") == ids(lk, "h")


def test_capitalised_words_before_a_mention_of_the_same_extracted_type_are_a_piece_of_its_name():
    # the extraction typed "Swift" and "Q-Net" Dataset in one paper, the corpus types "Q-Net" a Method (three papers):
    # the two mentions are of one type as extracted, pieces of one name, "Swift Q-Net", whatever type the corpus
    # gives "Q-Net"
    exs = [paper("a", "We propose Swift Q-Net, a detector of hoppers.", (M, "Swift Q-Net")),
           paper("b", "The Swift Q-Net detector finds hoppers.", (M, "Swift Q-Net")),
           paper("h", "The Q-Net detector finds hoppers.", (M, "Q-Net")),
           paper("i", "We train the Q-Net on dunes.", (M, "Q-Net")),
           paper("j", "A Q-Net counts hoppers.", (M, "Q-Net")),
           paper("s", "We run Swift Q-Net on dunes.", (D, "Swift"), (D, "Q-Net"))]
    lk = link(exs)
    assert lk.entities[ids(lk, "h")[0]].type is M
    assert ids(lk, "s")[1] == ids(lk, "a")[0]


def test_capitalised_words_before_a_mention_whose_entity_the_corpus_types_as_them_are_a_piece_of_its_name():
    # "Dune Counting" is a Task mention in paper "s", a Dataset in three papers: "Bilby" (a Dataset) before it is a
    # piece of the data set "Bilby Dune Counting" the extraction split, not a data set the task is done on
    exs = [paper("a", "Results on the Bilby Dune Counting benchmark are new.", (D, "Bilby Dune Counting")),
           paper("b", "We test on Bilby Dune Counting too.", (D, "Bilby Dune Counting")),
           paper("h", "Results on the Dune Counting dataset are new.", (D, "Dune Counting")),
           paper("i", "We test on Dune Counting too.", (D, "Dune Counting")),
           paper("j", "Scores on Dune Counting are new.", (D, "Dune Counting")),
           paper("s", "We test on Bilby Dune Counting and more.", (D, "Bilby"), (TASK, "Dune Counting"))]
    lk = link(exs)
    assert lk.entities[ids(lk, "h")[0]].type is D
    assert ids(lk, "s")[1] == ids(lk, "a")[0]


def test_words_before_a_task_stop_at_a_function_word_or_a_coordinated_half():
    from kg.link.apply import words_before
    text = "Both the image-and burrow entrance tracking"
    assert words_before(text, text.index("tracking")) == ["burrow", "entrance"]
    assert words_before(text, text.index("burrow")) == []
    assert words_before("We do sorting, tracking", 15) == []


def test_a_paper_that_coins_an_acronym_after_words_no_mention_holds_is_no_bare_user_of_it():
    # paper b spells out "WPU" itself, in words the extractor recorded as no mention: it defines its own WPU and
    # does not join the long form paper a gives the same letters; its later "WPU" means its own name too
    a = paper("a", "We propose a wombat pooling unit (WPU) for point clouds.",
              (M, "wombat pooling unit", {"rule": "acronym", "aliases": ["WPU"]}))
    b = paper("b", "The tracker has two parts: the Walker Path-Unifier (WPU) module and a head. The WPU links tracks.",
              (M, "WPU"), (M, "WPU"))
    lk = link([a, b])
    assert ids(lk, "a") == ("method:wombat-pooling-unit",)
    assert ids(lk, "b") == ("method:walker-path-unifier",) * 2
    assert "WPU" in lk.entities["method:walker-path-unifier"].aliases


def test_words_before_an_acronym_that_do_not_spell_it_leave_it_a_bare_use():
    a = paper("a", "We propose a wombat pooling unit (WPU) for point clouds.",
              (M, "wombat pooling unit", {"rule": "acronym", "aliases": ["WPU"]}))
    for text in ("The tracker has a fast path module (WPU) and a head.",  # the initials are not W, P, U
                 "The tracker has a Walker, Path Unifier (WPU) and a head."):  # a sign cuts the phrase
        b = paper("b", text, (M, "WPU"))
        assert link([a, b]).papers[1].mention_ids == ("method:wombat-pooling-unit",)


def test_a_hyphenated_word_may_give_one_initial_of_a_long_form_the_extractor_recorded():
    # "Quick Two-step Cleaner" is a mention before "(QTC)": its hyphenated word gives one capital, T; the paper
    # defines its own QTC and is no bare user of paper a's
    a = paper("a", "We propose a quokka tensor classifier (QTC) for tables.",
              (M, "quokka tensor classifier", {"rule": "acronym", "aliases": ["QTC"]}))
    b = paper("b", "It has the Quick Two-step Cleaner (QTC) module. The QTC drops noisy labels.",
              (M, "Quick Two-step Cleaner", {"rule": "head", "canonical": "Quick Two-step Cleaner"}), (M, "QTC"), (M, "QTC"))
    lk = link([a, b])
    assert ids(lk, "a") == ("method:quokka-tensor-classifier",)
    assert set(ids(lk, "b")) == {"method:quick-two-step-cleaner"}


def test_the_words_around_an_acronym_a_paper_coins_type_the_long_form_it_stands_for():
    # paper b spells out "WPB" in words no mention holds and the extractor typed the acronym a Method by its shape;
    # the paper's own "(WPB) dataset" and "on WPB" say what the long form names: a data set, not a method
    a = paper("a", "We propose a wombat pooling block (WPB) for point clouds.",
              (M, "wombat pooling block", {"rule": "acronym", "aliases": ["WPB"]}))
    text = "We evaluate on the Walker Photo Bank (WPB) dataset and report the accuracy on WPB."
    b = paper("b", text, (M, "WPB"), (M, "WPB"))
    lk = link([a, b])
    assert ids(lk, "b") == ("dataset:walker-photo-bank",) * 2
    assert ids(lk, "a") == ("method:wombat-pooling-block",)  # the other paper's WPB keeps its own type


def test_an_acronym_a_paper_coins_without_words_of_another_type_keeps_its_type():
    text = "The tracker has two parts: the Walker Path-Unifier (WPU) module and a head."
    b = paper("b", text, (M, "WPU"))
    assert ids(link([b]), "b") == ("method:walker-path-unifier",)


def _lex(t, surface, canonical):
    return (t, surface, {"rule": "lexicon", "canonical": canonical})


def test_a_lexicon_acronym_a_paper_spells_out_as_another_thing_is_the_papers_own_name():
    # the lexicon knows "SST" as the Stanford Sentiment Treebank; paper b writes the letters after words that
    # spell them as its own tokenizer (recorded as a Method name), paper d after words no mention holds: their
    # mentions of the letters are their own things; paper a, using the letters bare, keeps the lexicon's sense
    a = paper("a", "We report accuracy on SST and on other sets.", _lex(D, "SST", "SST"))
    b = paper("b", "We propose the Sliding Stripe Tokenizer (SST) for point clouds. The SST tokenizer is fast.",
              (M, "Sliding Stripe Tokenizer", {"rule": "titlecase"}), _lex(D, "SST", "SST"), _lex(D, "SST", "SST"))
    d = paper("d", "Spiking nets are costly, so we train sparse neural networks (SNNs) instead. Our SNNs are small.",
              _lex(M, "SNNs", "spiking neural network"), _lex(M, "SNNs", "spiking neural network"))
    lk = link([a, b, d])
    assert ids(lk, "a") == ("dataset:sst",)
    assert ids(lk, "b") == ("method:sliding-stripe-tokenizer",) * 3
    assert ids(lk, "d") == ("method:sparse-neural-networks",) * 2
    assert "Stanford Sentiment Treebank" not in lk.entities["method:sliding-stripe-tokenizer"].aliases


def test_a_lexicon_acronym_spelt_out_as_its_long_form_shortened_stays_the_lexicon_entity():
    # "convolutional network" is the lexicon's "convolutional neural network" with a word left out; "AVA" has no
    # long form in the lexicon, so the words before it say nothing against it
    b = paper("b", "We train a deep convolutional network (CNN) on photos. The CNN is small.",
              _lex(M, "CNN", "convolutional neural network"), _lex(M, "CNN", "convolutional neural network"))
    c = paper("c", "We evaluate on the Aesthetic Visual Analysis (AVA) set.", _lex(D, "AVA", "AVA"))
    lk = link([b, c])
    assert ids(lk, "b") == ("method:convolutional-neural-network",) * 2
    assert ids(lk, "c") == ("dataset:ava",)


# -- letters in capitals and the everyday word they spell (kg.link.cased) ------------------------------------------
def _star_acronym(pid="a"):
    """A paper that defines STAR as its own router and uses it again in capitals."""
    return paper(pid, "We propose the Sparse Token Attention Router (STAR) for documents. STAR routes tokens.",
                 (M, "Sparse Token Attention Router", {"rule": "acronym", "aliases": ["STAR"]}),
                 (M, "STAR", {"rule": "acronym-ref", "canonical": "Sparse Token Attention Router"}))


def test_an_everyday_word_in_ordinary_case_is_not_the_acronym_its_letters_spell_in_another_paper():
    # "star" is an everyday word: the "Star algorithm" and a "star module" of other papers are not paper a's STAR;
    # a paper writing the capitals bare uses the acronym, and one writing both ties them
    exs = [_star_acronym(),
           paper("b", "Star algorithm: it ranks the nodes of a graph.", (M, "Star algorithm", {"rule": "head"})),
           paper("c", "Our net adds a star module to the decoder.", (M, "star module", {"rule": "head"})),
           paper("d", "We compare with STAR on long documents.", (M, "STAR")),
           paper("e", "A star module, as in STAR, routes tokens.", (M, "star module", {"rule": "head"}), (M, "STAR")),
           paper("f", "We compare with the Star Router on documents.", (M, "Star", {"rule": "name"}))]
    lk = link(exs)
    router = ids(lk, "a")[0]
    assert ids(lk, "d") == (router,) and ids(lk, "e") == (router, router)
    assert ids(lk, "f") == (router,)  # a capital inside a sentence marks a name: maybe the one in capitals
    assert ids(lk, "b") == ids(lk, "c") and ids(lk, "b")[0] != router
    assert "Star algorithm" not in lk.entities[router].aliases  # ("star module": paper e ties it to STAR)
    assert lk.entities[ids(lk, "b")[0]].name.lower() in {"star algorithm", "star module"}


def test_a_word_the_corpus_writes_in_lower_case_is_everyday_and_a_coined_word_is_not():
    # "quokka" is no shipped everyday word: while no paper writes it in lower case, "Quokka" in paper b may be the
    # coined QUOKKA of paper a; once three papers write "quokka" in running text it is a word, not the name
    a = paper("a", "We propose QUOKKA, a tokenizer for code.", (M, "QUOKKA"))
    b = paper("b", "Quokka algorithm: it tokenizes code.", (M, "Quokka algorithm", {"rule": "head"}))
    assert ids(link([a, b]), "a") == ids(link([a, b]), "b")
    lower = [paper(f"w{i}", f"We saw a quokka near the lab, day {i}.") for i in range(3)]
    lk = link([a, b, *lower])
    assert ids(lk, "a") != ids(lk, "b")


def test_the_papers_writing_the_word_keep_an_entity_named_by_it_and_capitals_in_a_capital_title_say_nothing():
    # the entity is named "fusion module" by the papers writing the word: they keep it, paper c's FUSION network
    # gets its own; a title set in capitals ("FUSION MODULE FOR ...") writes the word, not a name
    exs = [paper("a", "A fusion module merges the streams.", (M, "fusion module", {"rule": "head"})),
           paper("b", "Then the fusion module merges two maps.", (M, "fusion module", {"rule": "head"})),
           paper("c", "We propose a modular network (FUSION) for skeletons.", (M, "FUSION")),
           paper("g", "Late fusion of the scores helps.")]  # (a third paper writing "fusion" in lower case)
    lk = link(exs)
    assert ids(lk, "a") == ids(lk, "b") and lk.entities[ids(lk, "a")[0]].name == "fusion module"
    assert ids(lk, "c") != ids(lk, "a") and lk.entities[ids(lk, "c")[0]].name == "FUSION"
    from kg.models import Extraction, Mention, Paper
    title = "FUSION MODULE FOR DEPTH MAPS"
    d = Extraction(Paper("d", title, "We merge depth maps."), (Mention(M, "FUSION", 0, 6, "title", None, (), "name"),))
    lk = link([*exs[:2], exs[3], d])
    assert ids(lk, "d") == ids(lk, "a")


def _leads(pid, title, abstract, year, proposed=True):
    """A paper whose title leads with the lexicon's "U-Net" before a colon (proposed, unless ``proposed`` is False)."""
    lex = {"canonical": "U-Net", "rule": "lexicon"}
    ex = paper(pid, abstract, (M, "U-Net", lex), proposed=("U-Net",) if proposed else ())
    title_m = Mention(M, "U-Net", 0, 5, "title", "U-Net", (), "lexicon")
    return replace(ex, paper=replace(ex.paper, title=title, year=year), mentions=(title_m, *ex.mentions))


def test_a_lexicon_name_two_unrelated_papers_lead_their_titles_with_is_two_entities():
    # the lexicon's "U-Net" is coined by a paper whose title leads with it; a later paper leading its title with
    # the same name for an unrelated thing coins a homonym: its own entity; a paper only using the name stays
    seg = _leads("a", "U-Net: Convolutional Layers for Segmenting Wombat Burrows",
                 "The U-Net segments wombat burrows in drone footage.", 2015)
    qa = _leads("b", "U-Net: Answering Quokka Trivia Questions Nobody Can Answer",
                "The U-Net answers trivia questions about quokkas, or abstains.", 2018)
    use = paper("c", "We segment burrows with a U-Net.", (M, "U-Net", {"canonical": "U-Net", "rule": "lexicon"}))
    lk = link([seg, qa, use] + _filler(200))
    assert ids(lk, "a")[0] != ids(lk, "b")[0]
    assert ids(lk, "c")[0] == ids(lk, "a")[0] == "method:u-net"  # the earliest keeps the lexicon's entity
    assert lk.entities[ids(lk, "b")[0]].name == "U-Net"
    # two papers about the same thing (one work and its follow-up), or a title that does not propose the name
    # ("U-Net: a Study"), are one entity, as before
    again = _leads("b", "U-Net: Convolutional Layers for Segmenting Wombat Burrows at Dusk",
                   "The U-Net segments wombat burrows in drone footage at dusk.", 2018)
    assert ids(link([seg, again, use] + _filler(200)), "b") == ids(link([seg, again, use] + _filler(200)), "a")
    study = replace(qa, proposed=())
    assert ids(link([seg, study, use] + _filler(200)), "b")[0] == "method:u-net"


def test_a_paper_leading_its_title_with_a_lexicon_name_and_coining_it_otherwise_still_splits_it():
    # the QA paper also coins the name with an acronym it defines: it still leads its title with the name, so it
    # is still a later coinage of the lexicon's "U-Net" (the acronym's coining month is its own)
    seg = _leads("a", "U-Net: Convolutional Layers for Segmenting Wombat Burrows",
                 "The U-Net segments wombat burrows in drone footage.", 2015)
    text = "The U-Net answers trivia questions about quokkas, or abstains. We call it Unanswerable Net (U-Net)."
    qa = paper("b", text, (M, "U-Net", {"canonical": "U-Net", "rule": "lexicon"}),
               (M, "Unanswerable Net", {"rule": "acronym", "aliases": ["U-Net"]}),
               proposed=("U-Net", "Unanswerable Net"))
    title_m = Mention(M, "U-Net", 0, 5, "title", "U-Net", (), "lexicon")
    title = "U-Net: Answering Quokka Trivia Questions Nobody Can Answer"
    qa = replace(qa, paper=replace(qa.paper, title=title, year=2018), mentions=(title_m, *qa.mentions))
    use = paper("c", "We segment burrows with a U-Net.", (M, "U-Net", {"canonical": "U-Net", "rule": "lexicon"}))
    lk = link([seg, qa, use] + _filler(200))
    assert ids(lk, "c")[0] == ids(lk, "a")[0] == "method:u-net"
    assert ids(lk, "b")[0] != "method:u-net"


def test_a_title_leads_with_a_lexicon_name_before_a_spaced_or_full_width_colon():
    from kg.link.coinages import lexicon_title_keys
    for title, keys in (("U-Net : Answering Quokka Trivia", {0}), ("U-Net\uff1aAnswering Quokka Trivia", {0}),
                        ("U-Net for Answering Quokka Trivia", set()), ("U-Net - Answering Quokka Trivia", set())):
        ms = (Mention(M, "U-Net", 0, 5, "title", "U-Net", (), "lexicon"),)
        ex = Extraction(Paper("p", title, ""), ms, proposed=("U-Net",))
        assert lexicon_title_keys(ex, ms, str.lower) == keys, title


def test_a_version_with_decimals_before_a_citation_is_made_whole_with_its_decimals():
    """A lexicon name the text goes on with a hyphen and a decimal version ("MobileNetV2-1.3[4]") is made whole
    over the decimal point, the citation glued to it or not; a point before a space still ends the sentence."""
    lk = link([paper("p1", "Ours is 1.5x faster than MobileNetV2-1.3[4] and MobileNetV2-0.75 at par with MobileNetV2-1.",
                     (T.METHOD, "MobileNetV2", {"rule": "lexicon"}), (T.METHOD, "MobileNetV2", {"rule": "lexicon"}),
                     (T.METHOD, "MobileNetV2", {"rule": "lexicon"}))])
    assert ids(lk, "p1") == ("method:mobilenetv2-1.3", "method:mobilenetv2-0.75", "method:mobilenetv2-1")


def test_a_title_long_form_cut_inside_its_capitalised_run_takes_the_whole_run():
    # the acronym's letters end on "Graph", but "Inference" goes on with the name: the whole run, one word skipped
    exs = [_titled("a", "QAG: Quokka-Aware Graph Inference for Shelf Dialog", "QAG helps.", (M, "QAG"))]
    lk = link(exs)
    (eid,) = set(ids(lk, "a"))
    assert lk.entities[eid].aliases == {"QAG", "Quokka-Aware Graph Inference"}


def test_a_title_long_form_cut_inside_a_prepositional_phrase_names_nothing():
    # "... for Online" stops inside "Online Glyph Reading", which the letters cannot spell: QCO keeps its own name
    exs = [_titled("a", "QCO: Quick Convolutional Network for Online Glyph Reading", "QCO reads fast.", (M, "QCO"))]
    lk = link(exs)
    assert set(ids(lk, "a")) == {"method:qco"}
    assert not any(a.endswith("for Online") for e in lk.entities.values() for a in e.aliases | {e.name})


def test_a_title_long_form_before_a_kind_noun_or_a_new_phrase_stays():
    from kg.link.titles import whole_long_form
    assert whole_long_form("QN", "Quokka Net Model for Shelves") == "Quokka Net"  # the kind noun says what it is
    assert whole_long_form("STR", "Shelf-Taught Reader Bootstrapping Glyph Reading") == "Shelf-Taught Reader"
    assert whole_long_form("QAF", "Quokka Anchor-Free Module for Shelves") == "Quokka Anchor-Free Module"


# -- a lexicon name coined again by a paper's main proposal (kg.link.main_proposals) ----------------------------
_LEX = {"canonical": "U-Net", "rule": "lexicon"}


def _proposes(pid, text, year, *spans, title="Counting Quokkas From Orbit"):
    """A paper about counting quokkas whose first proposal is the lexicon's "U-Net", written as ``spans`` say."""
    ex = paper(pid, text, *spans, proposed=("U-Net",))
    return replace(ex, paper=replace(ex.paper, title=title, year=year))


def test_a_paper_whose_main_proposal_is_a_lexicon_name_another_paper_leads_its_title_with_coins_a_homonym():
    # the title-led "U-Net" segments wombat burrows; a later paper about quokka counting makes "U-Net" its main
    # proposal ("Our ... approach, U-Net, ..."): another thing by the same name, its own entity
    seg = _leads("a", "U-Net: Convolutional Layers for Segmenting Wombat Burrows",
                 "The U-Net segments wombat burrows in drone footage.", 2015)
    count = _proposes("b", "Our satellite tallying approach, U-Net, counts quokkas on islands. U-Net is fast.", 2019,
                      (M, "U-Net", _LEX), (M, "U-Net", _LEX))
    use = paper("c", "We segment burrows with a U-Net.", (M, "U-Net", _LEX))
    lk = link([seg, count, use] + _filler(200))
    assert ids(lk, "c")[0] == ids(lk, "a")[0] == "method:u-net"
    assert ids(lk, "b")[0] == ids(lk, "b")[1] != "method:u-net"
    assert lk.entities[ids(lk, "b")[0]].name == "U-Net"


def test_a_paper_naming_a_lexicon_name_as_its_own_beside_a_title_led_one_coins_a_homonym():
    # the quokka paper names it by a naming verb (rule "named"): a strong sign of its own coinage
    seg = _leads("a", "U-Net: Convolutional Layers for Segmenting Wombat Burrows",
                 "The U-Net segments wombat burrows in drone footage.", 2015)
    count = _proposes("b", "We count quokkas on islands from orbit; we call the proposed tally U-Net.", 2019,
                      (M, "U-Net", {"rule": "named"}))
    lk = link([seg, count] + _filler(200))
    assert ids(lk, "b")[0] != ids(lk, "a")[0] == "method:u-net"


def test_a_main_proposal_of_a_lexicon_name_the_paper_uses_or_cites_or_no_title_leads_with_is_the_known_thing():
    # "using U-Net" or a citation: the extractor misread a use as a proposal; and with no paper leading its title
    # with the name, one paper's proposal of a known name proves nothing: one entity, as before
    seg = _leads("a", "U-Net: Convolutional Layers for Segmenting Wombat Burrows",
                 "The U-Net segments wombat burrows in drone footage.", 2015)
    for text in ("Our tallying approach, U-Net, counts quokkas on islands, using U-Net as in burrows.",
                 "Our tallying approach counts quokkas on islands; U-Net (Smith et al., 2015) helps."):
        count = _proposes("b", text, 2019, *[(M, "U-Net", _LEX)] * text.count("U-Net"))
        lk = link([seg, count] + _filler(200))
        assert set(ids(lk, "b")) == {"method:u-net"}, text
    plain = paper("a", "The U-Net segments wombat burrows in drone footage.", (M, "U-Net", _LEX), proposed=("U-Net",))
    count = _proposes("b", "Our satellite tallying approach, U-Net, counts quokkas on islands.", 2019,
                      (M, "U-Net", _LEX))
    lk = link([plain, count] + _filler(200))
    assert ids(lk, "b") == ids(lk, "a") == ("method:u-net",)


def test_main_keys_reads_every_mention_of_the_main_proposal():
    from kg.link.main_proposals import main_keys
    text = "Our tallying approach, U-Net, counts quokkas. We leverage U-Net for burrows."
    ex = paper("p", text, (M, "U-Net", _LEX), (M, "U-Net", _LEX), proposed=("U-Net",))
    assert main_keys(ex, ex.mentions, str.lower) == set()  # "leverage U-Net": a use
    ex = paper("p", text.replace("We leverage", "Then"), (M, "U-Net", _LEX), (M, "U-Net", _LEX), proposed=("U-Net",))
    assert main_keys(ex, ex.mentions, str.lower) == {0, 1}
    assert main_keys(replace(ex, proposed=("Quokka Tally", "U-Net")), ex.mentions, str.lower) == set()


def test_a_title_led_by_a_lexicon_name_its_own_name_rule_found_is_a_coinage_of_it():
    # the title's name rule, not the lexicon, found "U-Net" leading the burrow paper's title: it still leads its
    # title with the name, and a quokka paper proposing "U-Net" first is another coinage of it
    seg = _leads("a", "U-Net: Convolutional Layers for Segmenting Wombat Burrows",
                 "The U-Net segments wombat burrows in drone footage.", 2015)
    seg = replace(seg, mentions=(seg.mentions[0]._replace(rule="title-name", canonical=None), *seg.mentions[1:]))
    count = _proposes("b", "Our satellite tallying approach, U-Net, counts quokkas on islands.", 2019,
                      (M, "U-Net", _LEX))
    lk = link([seg, count] + _filler(200))
    assert ids(lk, "b")[0] != ids(lk, "a")[0] == "method:u-net"


def test_a_name_one_paper_coins_and_another_unrelated_paper_proposes_first_is_two_entities():
    # no lexicon: "QuokNet" coined by a title ("QuokNet: ..."); a paper on whispered speech proposes a "QuokNet" of
    # its own first ("a new deep network, QuokNet, ...": no naming verb): two things; the same paper using it
    # ("we adopt QuokNet") or on the coiner's topic stays with the coinage
    a = paper("a", "The QuokNet counts quokkas on islands from drone footage.", (M, "QuokNet"), proposed=("QuokNet",))
    title = "QuokNet: Counting Quokkas From Drone Footage"
    a = replace(a, paper=replace(a.paper, title=title, year=2017),
                mentions=(Mention(M, "QuokNet", 0, 7, "title", None, (), "title-name"), *a.mentions))
    text = "We transcribe whispered speech with a new deep network, QuokNet, trained on murmurs."
    b = paper("b", text, (M, "QuokNet"), proposed=("QuokNet",))
    b = replace(b, paper=replace(b.paper, year=2020))
    lk = link([a, b] + _filler(200))
    assert ids(lk, "b")[0] != ids(lk, "a")[0]
    used = text.replace("with a new deep network, QuokNet,", "and we adopt QuokNet,")
    at = used.index("QuokNet")
    b = replace(b, paper=replace(b.paper, abstract=used), mentions=(b.mentions[0]._replace(start=at, end=at + 7),))
    assert ids(link([a, b] + _filler(200)), "b")[0] == ids(link([a, b] + _filler(200)), "a")[0]


def test_the_coinage_a_paper_names_by_a_strong_sign_keeps_the_entity_over_an_earlier_main_proposal():
    # the earlier paper only proposes "QuokNet" first; the later one leads its title with it: the later, surer
    # coinage keeps the entity (and the papers citing the name), the earlier main proposal gets its own
    a = paper("a", "The QuokNet counts quokkas on islands from drone footage.", (M, "QuokNet"), proposed=("QuokNet",))
    a = replace(a, paper=replace(a.paper, title="QuokNet: Counting Quokkas From Drone Footage", year=2020),
                mentions=(Mention(M, "QuokNet", 0, 7, "title", None, (), "title-name"), *a.mentions))
    b = paper("b", "We transcribe whispered speech with a new deep network, QuokNet, trained on murmurs.",
              (M, "QuokNet"), proposed=("QuokNet",))
    b = replace(b, paper=replace(b.paper, year=2016))
    cite = paper("c", "QuokNet [4] counts quokkas on islands.", (M, "QuokNet"))
    lk = link([a, b, cite] + _filler(200))
    assert ids(lk, "a")[0] == ids(lk, "c")[0] != ids(lk, "b")[0]


def test_a_main_proposal_a_verb_of_use_before_it_in_its_sentence_governs_is_a_use():
    from kg.link.main_proposals import used_here
    t = "We propose to use the margin objective, namely QuokNet loss, and a new net, BarNet, using our BazNet."
    assert [used_here(t, t.index(w), t.index(w) + len(w)) for w in ("QuokNet", "BarNet", "BazNet")] \
        == [True, False, False]


def test_a_verb_of_use_before_a_comma_or_another_clause_or_the_papers_own_verb_does_not_make_a_use():
    # the verb of use governs another object ("using these cues, we construct ..."; "experiments using drone images
    # show X"): the paper's own coinage, as proposal_cues.names_another reads it
    from kg.link.main_proposals import used_here
    for t in ("Based on this insight, we create QuokNet, a burrow network.",
              "Using these cues, we construct a burrow network, QuokNet, for wombats.",
              "Leveraging unlabeled footage, we devise a burrow network, QuokNet, for wombats.",
              "Leveraging unlabeled footage, we formulate QuokNet, a burrow network.",
              "Experiments using drone images show QuokNet is fast."):
        assert not used_here(t, t.index("QuokNet"), t.index("QuokNet") + 7), t
    for t in ("We count wombats using QuokNet.", "We build on the pretrained burrow network QuokNet.",
              "Experiments using drone images and QuokNet are run."):
        assert used_here(t, t.index("QuokNet"), t.index("QuokNet") + 7), t


def test_a_main_proposal_is_split_off_though_a_later_sentence_uses_a_verb_of_use_on_something_else():
    seg = _leads("a", "U-Net: Convolutional Layers for Segmenting Wombat Burrows",
                 "The U-Net segments wombat burrows in drone footage.", 2015)
    text = "Our satellite tallying approach, U-Net, counts quokkas on islands. Experiments using drone images show " \
           "U-Net is fast."
    count = _proposes("b", text, 2019, (M, "U-Net", _LEX), (M, "U-Net", _LEX))
    lk = link([seg, count] + _filler(200))
    assert ids(lk, "b")[0] == ids(lk, "b")[1] != ids(lk, "a")[0] == "method:u-net"


def test_a_title_long_form_stops_before_the_titles_verb():
    # a word of the title's run shaped as a verb ("Meets", "Helps", "Revisited") ends the run: the long form is
    # the words before it, not cut inside a prepositional phrase
    from kg.link.titles import whole_long_form
    assert whole_long_form("QMoE", " Quokka Mixture of Experts Meets Glyph Tuning") == "Quokka Mixture of Experts"
    assert whole_long_form("CoG", " Chain of Glyphs Prompting Improves Wombats") == "Chain of Glyphs Prompting"
    assert whole_long_form("PoW", " Product of Wombats Meets Diffusion Models") == "Product of Wombats"
    assert whole_long_form("QSN", " Quokka Supervised Nets Revisited") == "Quokka Supervised Nets"
    assert whole_long_form("QAM", " Quokka-Aware Minimization Helps") == "Quokka-Aware Minimization"
    assert whole_long_form("MGM", " Masked Glyph Modeling Matches Wombats") == "Masked Glyph Modeling"
    assert whole_long_form("QSSA", " Quokka Segmentation of Scenes by Adding Objects") \
        == "Quokka Segmentation of Scenes by Adding Objects"  # a plural noun ends the run
    assert whole_long_form("QCO", " Quick Convolutional Network for Online Glyph Reading") is None  # still
    assert whole_long_form("QNG", " Quokka-driveN Glyph Prediction") == "Quokka-driveN Glyph Prediction"  # still


def test_a_phrase_guess_leading_a_title_is_no_title_coinage_but_any_name_rule_is():
    from kg.link.coinages import lexicon_title_keys
    t = "Quokka Tally: Counting Wombats From Orbit"

    def keys(rule):
        ms = (Mention(M, "Quokka Tally", 0, 12, "title", None, (), rule),)
        return lexicon_title_keys(Extraction(Paper("p", t, ""), ms, proposed=("Quokka Tally",)), ms, str.lower)

    assert [keys(r) for r in ("lexicon", "title-name", "head", "list", "object")] == [{0}, {0}, set(), set(), set()]
