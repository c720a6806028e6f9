"""Metric nodes: one node per measure however its report is written, no node for a cost that names no measure,
and no Metric node from mentions that use the name as part of a method (sentences written for these tests)."""
import doctest

import pytest

from kg.extract import build_nlp, extract_one
from kg.graph.prune import WeakEvidence, prune, retyped_measure
from kg.graph import build_graph
from kg.link import link, measures
from kg.models import Extraction, Mention, Paper
from kg.vocab import EntityType

MET, M = EntityType.METRIC, EntityType.METHOD


def metric_texts(text):
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    return {m.text for m in ex.mentions if m.type is MET}


def paper(pid, text, *names, etype=MET, rule="lexicon"):
    ms = []
    for n in names:
        i = text.index(n)
        ms.append(Mention(etype, n, i, i + len(n), rule=rule))
    return Extraction(Paper(pid, "", text), tuple(ms))


def metric_nodes(exs):
    return {e.name: set(e.aliases) for e in link(exs).entities.values() if e.type is MET}


def test_docstring_examples():
    assert doctest.testmod(measures).failed == 0


def test_an_averaged_or_split_report_joins_the_measure():
    exs = [paper("a", "We reach 30.1 dB average PSNR and a mean test error of 2%.", "average PSNR", "mean test error"),
           paper("b", "It gets 31 dB PSNR, a test error of 3% and a top-1 test error of 9%.", "PSNR", "test error",
                 "top-1 test error"),
           paper("c", "It gets a top-1 error of 3% and a test set error of 4%.", "top-1 error", "test set error")]
    nodes = metric_nodes(exs)
    assert set(nodes) == {"PSNR", "test error", "top-1 error"}
    assert {"average PSNR"} < nodes["PSNR"] and {"mean test error", "test set error"} < nodes["test error"]
    assert "top-1 test error" in nodes["top-1 error"]


@pytest.mark.parametrize("name, base", [("mean IoU", "IoU"), ("average precision", "precision"),
                                        ("mean average precision", "average precision"),
                                        ("Average Recall", "recall"), ("mean accuracy", "accuracy")])
def test_an_average_that_is_a_measure_of_its_own_stays(name, base):
    exs = [paper("a", f"We reach 50.2 {name} on the set.", name), paper("b", f"It gets 40.1 {base} there.", base)]
    assert len(metric_nodes(exs)) == 2


@pytest.mark.parametrize("text, kept, dropped", [
    ("Our result is achieved at a test-time speed of 170 ms per image.", {"speed"}, {"test-time speed"}),
    ("The sampler reaches a sampling speed of 58x faster than real time.", {"speed"}, {"sampling speed"}),
    ("The gate can reduce the computation cost by 46.5% with no loss.", set(), {"computation cost"}),
    ("It can lower the measurement costs by 20% on the panel.", set(), {"measurement costs"}),
    ("We decrease the computational complexity by 68x.", set(), {"computational complexity"}),
    ("Cleaned data can improve semantic correctness by up to 97%.", set(), {"semantic correctness"}),
    ("Both changes increase the training speed of the parser.", set(), {"training speed"}),
])
def test_a_cost_or_speed_phrase_names_no_measure_of_its_own(text, kept, dropped):
    got = metric_texts(text)
    assert kept <= got and not dropped & got


def test_a_method_mention_the_lexicon_makes_a_metric_is_evidence_only_as_a_measure():
    t = "We take the Kullback-Leibler Divergence (KLD) between the two boxes as the regression loss."
    km = Mention(M, "Kullback-Leibler Divergence", 12, 39, rule="acronym", aliases=("KLD",))
    assert retyped_measure(km, t)
    t2 = "Edit operations (ADD, DELETE and KEEP) are learnt. The ADD score rises to 61% on the test set."
    assert retyped_measure(Mention(M, "ADD", 17, 20, rule="name"), t2)
    assert not retyped_measure(Mention(M, "ADD", t2.rindex("ADD"), t2.rindex("ADD") + 3, rule="name"), t2)
    t3 = "The tagger can match the best XPOS, Feats, (and above all) UAS, and LAS scores with no recurrence."
    assert not retyped_measure(Mention(M, "XPOS", t3.index("XPOS"), t3.index("XPOS") + 4, rule="name"), t3)
    t4 = "Other losses are the integral probability metrics (IPMs) [36]. IPMs are defined in terms of a critic."
    assert all(retyped_measure(Mention(M, w, i, i + len(w), rule="acronym"), t4)
               for w, i in (("integral probability metrics", t4.index("integral")), ("IPMs", t4.rindex("IPMs"))))
    ex = Extraction(Paper("a", "", t), (km, Mention(M, "KLD", t.index("KLD)"), t.index("KLD)") + 3,
                                                   rule="acronym-ref", canonical="Kullback-Leibler Divergence")))
    lk = link([ex, paper("b", "The GIoU drops by 3.1 points on the set.", "GIoU")])
    weak = WeakEvidence()
    for p in lk.papers:
        weak.add(p)
    g = build_graph(lk)
    prune(g, weak.weak_ids())
    assert {d["name"] for _, d in g.nodes(data=True) if d.get("type") in ("Metric", "Method")} == {"GIoU"}


def test_a_method_mention_listed_after_a_plural_metric_word_is_the_metric_s_evidence():
    """"two quantitative metrics, QD and QDGap, to measure ...": the names (Methods by their shape) are Metrics, and
    the list is a use as a measure, so the Metric nodes stay; a parenthesis right after the word holds the short form
    of its phrase ("the quokka metrics (QMs)"), no use as a measure."""
    t = "We define two quantitative metrics, QD and QDGap, to measure how far the node features drift."
    assert not retyped_measure(Mention(M, "QDGap", t.index("QDGap"), t.index("QDGap") + 5, rule="name"), t)
    t2 = "Other losses are the quokka metrics (QMs) [3], which we train with."
    assert retyped_measure(Mention(M, "QMs", t2.index("QMs"), t2.index("QMs") + 3, rule="acronym-ref"), t2)
    lk = link([paper("a", t, "QD", "QDGap", etype=M, rule="name")])
    weak = WeakEvidence()
    for p in lk.papers:
        weak.add(p)
    g = build_graph(lk)
    prune(g, weak.weak_ids())
    assert {(d["name"], d["type"]) for _, d in g.nodes(data=True) if d.get("type") in ("Metric", "Method")} == {
        ("QD", "Metric"), ("QDGap", "Metric")}


def test_a_letter_and_digit_beside_its_series_is_no_lexicon_alias():
    assert "R2" not in metric_texts("Our summariser pushes the R1 & R2 state of the art further on the notes.")
    assert "R2" in metric_texts("The regressor reaches an R2 of 0.91 on the held-out wells.")


def test_a_lower_case_letter_after_an_acronym_is_no_acronym_entry_of_other_capitals():
    t = "The model reaches 44.0% AP m on the set."
    ex = Extraction(Paper("a", "", t), (Mention(MET, "AP", t.index("AP"), t.index("AP") + 2, rule="lexicon"),))
    names = metric_nodes([ex])
    assert "APM" not in names and "AP" in names
    t = "It is best on small objects (AP S 31.4)."  # written in the entry's capitals: the entry
    ex = Extraction(Paper("b", "", t), (Mention(MET, "AP", t.index("AP"), t.index("AP") + 2, rule="lexicon"),))
    assert "APS" in metric_nodes([ex])
    assert "F1" in metric_texts("The parser gains 1.37/1.26 Ign F1/F1 on the treebank.")


def test_a_bare_top_k_completed_by_its_head_is_that_measure():
    t = "The network reaches 82.9% top-1 classification accuracy on the set."
    ex = Extraction(Paper("a", "", t), (Mention(MET, "top-1", t.index("top-1"), t.index("top-1") + 5, rule="lexicon",
                                                canonical="top-1 accuracy"),))
    assert "top-1 accuracy" in metric_nodes([ex])
    t = "The network reaches 82.9% top-1 ImageNet accuracy."  # a name between: not grown over it
    ex = Extraction(Paper("a", "", t), (Mention(MET, "top-1", t.index("top-1"), t.index("top-1") + 5, rule="lexicon",
                                                canonical="top-1 accuracy"),))
    assert "top-1 ImageNet accuracy" not in {a for al in metric_nodes([ex]).values() for a in al}


def _top_k_node(text):
    """The node a paper's bare "top-1" joins, by extraction and linking."""
    ex = extract_one(Paper("p", "A Title", text), nlp=build_nlp())
    nodes = link([ex]).entities.values()
    return {e.name for e in nodes if e.type is MET and any("top-1" in n.lower() for n in (e.name, *e.aliases))}


@pytest.mark.parametrize("text,node", [
    # the sentence says accuracy, or error
    ("Our QuokkaNet reaches 81.3% top-1 on the validation images, a higher accuracy than earlier nets.",
     "top-1 accuracy"),
    ("The QuokkaNet gets 19.7% top-1 and 4.8% top-5 on the validation images, the lowest error so far.",
     "top-1 error"),
    # the sentence says neither; the paper says one
    ("We train a compact QuokkaNet. It reaches 79.0% top-1 on the test images. Its accuracy holds under noise.",
     "top-1 accuracy"),
    # neither, or both: either is possible, so the top-k stays as written
    ("The QuokkaNet beats the baseline by 2.0% top-1 on the test images.", "top-1"),
    ("The QuokkaNet lowers the error and reaches 80.2% top-1, a better accuracy than before.", "top-1"),
])
def test_a_bare_top_k_is_the_measure_its_sentence_or_paper_names(text, node):
    assert _top_k_node(text) == {node}


def test_speed_up_as_a_verb_is_no_metric_but_the_measure_stays():
    from kg.extract import build_nlp, extract_papers
    from kg.models import Paper
    text = ("Our pruning scheme can speed up the training of small graph nets on one GPU. "
            "On the ZetaGraph benchmark it gets a 12x speed up over dense training.")
    (ex,) = list(extract_papers([Paper("t", "Pruned Graph Nets", text)], nlp=build_nlp()))
    spans = {(m.start, m.text) for m in ex.mentions if m.type.value == "Metric"}
    first, second = text.index("speed up"), text.rindex("speed up")
    assert (first, "speed up") not in spans
    assert (second, "speed up") in spans


@pytest.mark.parametrize("name", ["mean error", "average error", "mean errors"])
def test_an_average_of_a_bare_error_is_a_measure_of_its_own(name):
    """issue 18: a bare "error" names no measure; "mean error" is not a way to report it."""
    exs = [paper("a", f"The aligner gets a {name} of 3.1 on the faces.", name),
           paper("b", "It reaches an error of 4 there.", "error")]
    assert len(metric_nodes(exs)) == 2
