"""Leaderboards end to end: abstracts written for this test -> extract -> link -> graph -> the
``leaderboard`` / ``sota-timeline`` saved queries on the embedded store and on a Bolt server, and
``kg leaderboard``."""
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract import build_nlp, extract_papers
from kg.extract.boundaries import named_split
from kg.graph import build_graph
from kg.leaderboard import leaderboard, ranked
from kg.link import link
from kg.models import Paper
from kg.sinks.embedded import write_store

#: three made-up papers on ImageNet: scores as percentages and as a fraction, a delta, a ratio, a "from A to B"
PAPERS = [
    Paper("l1", "AlphaNet: compact networks for image classification",
          "We propose AlphaNet, a compact network for image classification. AlphaNet achieves 78.2% top-1 "
          "accuracy and 6.1% top-5 error on ImageNet. A wider AlphaNet-L reaches 80.5% top-1 accuracy on ImageNet.",
          year=2019),
    Paper("l2", "BetaNet: routing for image classification",
          "We introduce BetaNet for image classification. On ImageNet, BetaNet obtains a top-1 accuracy of 0.823 "
          "and a top-5 error of 4.9%, outperforming AlphaNet by 1.8% top-1 accuracy while being 2.5x faster.",
          year=2021),
    Paper("l3", "GammaNet: smoother training for image classification",
          "We present GammaNet for image classification. GammaNet improves the top-1 accuracy on ImageNet from "
          "76.0% to 79.0% and lowers the top-5 error to 5.5%.", year=2020),
]


@pytest.fixture(scope="module")
def board_graph():
    exs = list(extract_papers(PAPERS, nlp=build_nlp()))
    return build_graph(link(exs)), exs


@pytest.fixture(scope="module")
def board_store(board_graph, tmp_path_factory):
    d = tmp_path_factory.mktemp("board")
    write_store(board_graph[0], d)
    return d


def _rows(store, metric):
    cols, rows = leaderboard("imagenet", metric=metric, db=store)
    at = {c: i for i, c in enumerate(cols)}
    return [(r[at["method"]], r[at["value"]], r[at["number"]], r[at["lower_is_better"]]) for r in rows]


def test_results_carry_kind_baseline_and_one_scale(board_graph):
    g, exs = board_graph
    res = {r.value: r for ex in exs for r in ex.results}
    assert res["1.8%"].kind == "delta" and res["2.5x"].kind == "ratio" and res["0.823"].kind == "score"
    assert res["79.0%"].baseline == "76.0%" and "76.0%" not in res  # "from A to B": B, with A as its baseline
    nodes = {d["value"]: d for _, d in g.nodes(data=True) if d["type"] == "Result"}
    assert nodes["0.823"]["number"] == pytest.approx(82.3)  # a fraction of a proportion metric, in percent
    assert nodes["1.8%"]["number"] == pytest.approx(1.8)
    assert nodes["4.9%"]["higher_is_better"] is False and nodes["0.823"]["higher_is_better"] is True
    assert "top-5 error of 4.9%" in nodes["4.9%"]["sentence"]


def test_leaderboard_sorts_by_the_metric_direction_and_keeps_scores_only(board_store):
    top1 = _rows(board_store, "top-1 accuracy")
    assert [(m, v) for m, v, _, _ in top1] == [("BetaNet", "0.823"), ("AlphaNet-L", "80.5%"),
                                               ("GammaNet", "79.0%"), ("AlphaNet", "78.2%")]
    top5 = _rows(board_store, "top-5 error")
    assert [(m, v, low) for m, v, _, low in top5] == [("BetaNet", "4.9%", True), ("GammaNet", "5.5%", True),
                                                      ("AlphaNet", "6.1%", True)]
    everything = _rows(board_store, None)
    assert all(v not in ("1.8%", "2.5x", "76.0%") for _, v, _, _ in everything)  # no delta, ratio or baseline
    assert len(everything) == len(top1) + len(top5)


def test_leaderboard_filters_by_task_and_unknown_names_give_nothing(board_store):
    assert len(leaderboard("ImageNet", metric="top-1 accuracy", task="image classification", db=board_store)[1]) == 4
    assert leaderboard("ImageNet", task="machine translation", db=board_store)[1] == []
    assert leaderboard("no such dataset", db=board_store)[1] == []


def test_sota_timeline_gives_the_best_score_per_year(board_store):
    cols, rows = leaderboard("ImageNet", metric="top-5 error", timeline=True, db=board_store)
    at = {c: i for i, c in enumerate(cols)}
    assert [(r[at["year"]], r[at["value"]], r[at["method"]]) for r in rows] == [
        (2019, "6.1%", "AlphaNet"), (2020, "5.5%", "GammaNet"), (2021, "4.9%", "BetaNet")]


def test_ranked_shares_ranks_on_ties():
    cols = ["metric", "split", "method", "value", "number", "lower_is_better", "paper", "year", "sentence"]
    rows = [["acc", "", "A", "80%", 80.0, False, "P", 2020, "s"], ["acc", "", "B", "80%", 80.0, False, "Q", 2020, "s"],
            ["acc", "", "C", "70%", 70.0, False, "R", 2020, "s"],
            ["acc", "val-x", "C", "60%", 60.0, False, "R", 2020, "s"],
            ["err", "", "D", "5%", 5.0, True, "S", 2020, "s"]]
    assert [(r[0], r[3]) for r in ranked(cols, rows)] == [(1, "higher"), (1, "higher"), (3, "higher"), (1, "higher"),
                                                          (1, "lower")]


def test_kg_leaderboard_prints_a_table(board_store):
    res = CliRunner().invoke(main, ["leaderboard", "ImageNet", "--metric", "top-5 error", "--db", str(board_store)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split()[:5] == ["rank", "metric", "split", "better", "value"]
    assert [ln.split()[5] for ln in lines[2:5]] == ["4.9%", "5.5%", "6.1%"]  # ("top-5 error" is two words)
    assert "(3 rows)" in res.output
    missing = CliRunner().invoke(main, ["leaderboard", "ImageNet", "--db", str(board_store.parent / "nowhere")])
    assert missing.exit_code != 0 and "no embedded store" in missing.output


@pytest.mark.bolt
def test_leaderboards_are_the_same_on_bolt(board_graph, board_store, bolt_srv):
    pytest.importorskip("neo4j")
    from test_neo4j import _load, _q, _wipe

    from kg.query import saved_params, saved_query

    srv = bolt_srv
    _wipe(srv)
    _load(srv, board_graph[0])
    for name, given in [("leaderboard", {"dataset": "ImageNet"}),
                        ("leaderboard", {"dataset": "imagenet", "metric": "top-5 error"}),
                        ("leaderboard", {"dataset": "ImageNet", "task": "image classification"}),
                        ("sota-timeline", {"dataset": "ImageNet"})]:
        p = saved_params(name, given)
        emb = leaderboard(p["dataset"], metric=p["metric"] or None, task=p.get("task") or None,
                          timeline=name == "sota-timeline", db=board_store)
        bolt = _q(srv, saved_query(name), **p)
        assert emb[1] and bolt[1] == emb[1], (name, given)
    _wipe(srv)


def test_a_shared_head_gives_each_result_its_metric_direction():
    """"top-1 and top-5 errors of A and B": A is measured by top-1 error (the node the leaderboard groups
    by), so it is lower-better like B, although the text writes only "top-1" before the shared head."""
    paper = Paper("l9", "DeltaNet: searching mobile networks",
                  "We search mobile networks with DeltaNet. For ImageNet in the mobile setting, our best model "
                  "achieved top-1 and top-5 errors of 27.5% and 9.1%, respectively.", year=2020)
    g = build_graph(link(list(extract_papers([paper], nlp=build_nlp()))))
    measured = {g.nodes[r]["value"]: (m, g.nodes[r]["higher_is_better"])
                for r, m, k in g.edges(keys=True) if k == "MEASURED_BY"}
    assert sorted(measured) == ["27.5%", "9.1%"]
    assert measured["27.5%"][0].startswith("metric:top-1-error") and measured["9.1%"][0].startswith("metric:top-5-error")
    assert measured["27.5%"][1] is False and measured["9.1%"][1] is False


def test_a_leaderboard_names_a_method_by_its_shorter_name(tmp_path):
    # the Method node keeps the long form the paper defines; the row shows what the result wrote, its acronym
    papers = [Paper("s1", "Flow alignment for scene parsing",
                    "We propose the Flow Alignment Network (FANet) for scene parsing. FANet reaches 80.1% mIoU on "
                    "Cityscapes.", year=2020)]
    exs = list(extract_papers(papers, nlp=build_nlp()))
    g = build_graph(link(exs))
    names = {d["name"] for _, d in g.nodes(data=True) if d["type"] == "Method"}
    assert "Flow Alignment Network" in names and "FANet" not in names  # (the premise: the node is named long)
    write_store(g, tmp_path)
    for timeline in (False, True):
        cols, rows = leaderboard("Cityscapes", metric="mIoU", timeline=timeline, db=tmp_path)
        assert [r[cols.index("method")] for r in rows] == ["FANet"]


def test_a_score_with_no_known_metric_takes_the_direction_its_sentence_claims():
    """No metric, but the sentence claims a new state of the art for the figures: higher is better."""
    paper = Paper("l10", "OmegaNet for glyph recognition",
                  "We propose OmegaNet for glyph recognition. OmegaNet sets a new state of the art on the Quill and "
                  "Inkwell benchmarks (88.3% and 91.6%).", year=2022)
    g = build_graph(link(list(extract_papers([paper], nlp=build_nlp()))))
    nodes = {d["value"]: d for _, d in g.nodes(data=True) if d["type"] == "Result"}
    assert sorted(nodes) == ["88.3%", "91.6%"] and not nodes["88.3%"]["metric"]
    assert nodes["88.3%"]["higher_is_better"] is True and nodes["91.6%"]["higher_is_better"] is True


@pytest.mark.parametrize("before, after, metric, value, baseline, better", [
    ("Our tagger sets a new record on the Quux corpus (", ").", None, "91.4%", None, True),
    ("It outperforms prior parsers, reaching a bracket covering of ", " on Quux.", "bracket covering", "0.72", None, True),
    # a gain claimed with a baseline: the figure's change says which way is better
    ("It improves the mean wobble from 41.0 to ", " on Quux.", "mean wobble", "18.5", "41.0", False),
    ("It improves the mean wobble from 18.5 to ", " on Quux.", "mean wobble", "41.0", "18.5", True),
    ("The new schedule lowers the median hop count to ", " on Quux.", "median hop count", "3.2", None, False),
    ("We report the glitch count (lower is better): ", " on Quux.", "glitch count", "7", None, False),
    # a gain claimed for a metric whose own words name an unwanted outcome: no sign
    ("It reaches a state-of-the-art wobble failures figure of ", ".", "wobble failures", "4%", None, None),
    ("We obtain ", " on the Quux split.", None, "71.2%", None, None),  # no word of a gain
])
def test_the_direction_a_sentence_states(before, after, metric, value, baseline, better):
    from kg.metrics import stated_direction
    assert stated_direction(before, after, metric, value, baseline) is better


#: made-up speech papers with figures on two named splits of one dataset, and one with no split named
SPLIT_PAPERS = [
    Paper("w1", "EtaNet: streaming speech recognition",
          "We propose EtaNet for speech recognition. On LibriSpeech, EtaNet reaches a WER of 2.1% on test-clean "
          "and 4.6% on test-other.", year=2020),
    Paper("w2", "ThetaNet: conformers for speech recognition",
          "We introduce ThetaNet for speech recognition. ThetaNet obtains a WER of 1.9% on the LibriSpeech test-clean "
          "set and lowers the WER on LibriSpeech test-other to 5.0%.", year=2021),
    Paper("w3", "IotaNet: speech recognition without labels",
          "We present IotaNet for speech recognition. IotaNet achieves 2.4% WER on LibriSpeech.", year=2022),
    Paper("w4", "KappaDet: anchor-free detection",
          "We propose KappaDet for object detection. KappaDet reaches 41.2 AP on COCO mini-val.", year=2021),
]


@pytest.fixture(scope="module")
def split_graph():
    return build_graph(link(list(extract_papers(SPLIT_PAPERS, nlp=build_nlp()))))


@pytest.fixture(scope="module")
def split_store(split_graph, tmp_path_factory):
    d = tmp_path_factory.mktemp("splits")
    write_store(split_graph, d)
    return d


def _split_rows(store, **given):
    cols, rows = leaderboard("LibriSpeech", db=store, **given)
    at = {c: i for i, c in enumerate(cols)}
    return [(r[at["split"]], r[at["method"]], r[at["value"]]) for r in rows]


def test_a_result_carries_its_split_in_one_spelling(split_graph):
    nodes = {d["value"]: d for _, d in split_graph.nodes(data=True) if d["type"] == "Result"}
    assert {v: nodes[v]["split"] for v in ("2.1%", "4.6%", "1.9%", "5.0%", "2.4%", "41.2")} == {
        "2.1%": "test-clean", "4.6%": "test-other", "1.9%": "test-clean", "5.0%": "test-other", "2.4%": "",
        "41.2": "minival"}  # "mini-val" written as minival
    on = {split_graph.nodes[r]["value"]: t for r, t, k in split_graph.edges(keys=True) if k == "ON_DATASET"}
    assert on["4.6%"] == on["2.4%"] == "dataset:librispeech"  # the split is the Result's, the node the dataset's


def test_a_leaderboard_ranks_each_split_apart(split_store):
    # a paper's test-other figure is a row of its own, not hidden behind its (better) test-clean one
    assert _split_rows(split_store) == [("", "IotaNet", "2.4%"), ("test-clean", "ThetaNet", "1.9%"),
                                        ("test-clean", "EtaNet", "2.1%"), ("test-other", "EtaNet", "4.6%"),
                                        ("test-other", "ThetaNet", "5.0%")]
    assert _split_rows(split_store, split="Test-Other") == [("test-other", "EtaNet", "4.6%"),
                                                            ("test-other", "ThetaNet", "5.0%")]
    assert _split_rows(split_store, split="test-dev") == []
    cols, rows = leaderboard("LibriSpeech", split="test-other", timeline=True, db=split_store)
    assert [(r[cols.index("split")], r[cols.index("year")], r[cols.index("value")]) for r in rows] == [
        ("test-other", 2020, "4.6%"), ("test-other", 2021, "5.0%")]
    cols, rows = leaderboard("COCO", split="Mini-Val", db=split_store)
    assert [(r[cols.index("split")], r[cols.index("value")]) for r in rows] == [("minival", "41.2")]


def test_kg_leaderboard_shows_the_split_and_ranks_within_it(split_store):
    res = CliRunner().invoke(main, ["leaderboard", "LibriSpeech", "--db", str(split_store)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split()[:4] == ["rank", "metric", "split", "better"]
    # (rank, split) of each row: "word error rate" is three words, the split the fifth; a rank per split
    assert [(ln.split()[0], ln.split()[4]) for ln in lines[2:7]] == [
        ("1", "-"), ("1", "test-clean"), ("2", "test-clean"), ("1", "test-other"), ("2", "test-other")]
    only = CliRunner().invoke(main, ["leaderboard", "LibriSpeech", "--split", "test-other", "--db", str(split_store)])
    assert only.exit_code == 0 and "(2 rows)" in only.output
    assert [ln.split()[4] for ln in only.output.splitlines()[2:4]] == ["test-other", "test-other"]



def test_the_saved_query_takes_a_split_in_any_spelling(split_store):
    # `kg query --saved leaderboard -p split=...` respells the split as kg leaderboard does ("Mini-Val": minival)
    from kg.query import run_query, saved_params, saved_query
    params = saved_params("leaderboard", {"dataset": "COCO", "split": "Mini-Val"})
    assert params["split"] == "minival"
    cols, rows = run_query(saved_query("leaderboard"), params=params, db=split_store)
    assert [(r[cols.index("split")], r[cols.index("value")]) for r in rows] == [("minival", "41.2")]
    assert named_split("Foo test-standard") == named_split("Foo teststd") == "test-std"  # one split, two spellings

@pytest.mark.bolt
def test_split_leaderboards_are_the_same_on_bolt(split_graph, split_store, bolt_srv):
    pytest.importorskip("neo4j")
    from test_neo4j import _load, _q, _wipe

    from kg.query import saved_params, saved_query

    srv = bolt_srv
    _wipe(srv)
    _load(srv, split_graph)
    for name, given in [("leaderboard", {"dataset": "LibriSpeech"}),
                        ("leaderboard", {"dataset": "librispeech", "split": "test-other"}),
                        ("leaderboard", {"dataset": "COCO", "split": "minival"}),
                        ("sota-timeline", {"dataset": "LibriSpeech"}),
                        ("sota-timeline", {"dataset": "LibriSpeech", "split": "test-clean"})]:
        p = saved_params(name, given)
        emb = leaderboard(p["dataset"], metric=p["metric"] or None, task=p.get("task") or None,
                          split=p["split"] or None, timeline=name == "sota-timeline", db=split_store)
        bolt = _q(srv, saved_query(name), **p)
        assert emb[1] and bolt[1] == emb[1], (name, given)
    _wipe(srv)
