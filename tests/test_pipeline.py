"""kg build end to end: the seed corpus, the bundled example, re-runs and --append."""
import json

from click.testing import CliRunner

from kg.cli import main
from kg.graph import load_graph
from kg.pipeline import PARTIAL_FILE, build
from kg.sinks.embedded import run_cypher


def test_example_build_via_cli(tmp_path):
    out = tmp_path / "ex"
    res = CliRunner().invoke(main, ["build", "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    for f in ("graph.json", "store.lbug", "graph.html", "extractions.jsonl", "build_report.json"):
        assert (out / f).is_file(), f
    g = load_graph(out)
    papers = [n for n, d in g.nodes(data=True) if d["type"] == "Paper"]
    assert len(papers) == 30
    res = CliRunner().invoke(main, ["query", "--db", str(out), "MATCH (p:Paper) RETURN count(p) AS n", "--json"])
    assert json.loads(res.output) == [{"n": 30}]
    # the example exercises the whole schema
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert types == {"Paper", "Method", "Dataset", "Metric", "Task", "Repository", "Result"}
    rels = {k for *_, k in g.edges(keys=True)}
    assert {"PROPOSES", "USES", "EVALUATES_ON", "REPORTS", "ADDRESSES", "HAS_CODE", "HAS_RESULT"} <= rels


def test_seed_build_rebuild_and_append(tmp_path, seed_files, seed_build):
    """A build of two seed files, then the others appended, against the whole seed corpus built at once.
    The inputs are the shared seed build's extraction records (the papers of the first two files, then
    the rest), so no paper is extracted again; appending papers that need extracting: the tests below."""
    from kg.read import read_papers

    first = {p.id for p in read_papers(seed_files[:2])}
    lines = (seed_build / "extractions.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    a, b = tmp_path / "first.jsonl", tmp_path / "rest.jsonl"
    a.write_text("".join(x for x in lines if json.loads(x)["id"] in first), encoding="utf-8")
    b.write_text("".join(x for x in lines if json.loads(x)["id"] not in first), encoding="utf-8")
    out = tmp_path / "seeds"
    r1 = build([a], out, html=False)  # (the map of an appended build: tests/test_kill.py)
    assert 0 < r1.papers_total < len(lines)
    n1 = r1.graph["nodes"]
    ids1 = set(load_graph(out).nodes)
    assert run_cypher(out, "MATCH (n) RETURN count(n)")[1] == [[n1]]
    # (a rebuild giving the same ids and appending what is there already: tests/test_build_state.py)
    # append the other files: previous nodes keep their ids, papers are not duplicated
    r3 = build([b], out, append=True, html=False)
    g3 = load_graph(out)
    assert ids1 <= set(g3.nodes)
    full = seed_build  # the whole seed corpus built at once (shared, read only)
    assert r3.papers_total == json.loads((full / "build_report.json").read_text())["papers_total"]
    gf = load_graph(full)
    # same papers and results; entity clusters agree up to the canonical name a bigger corpus may prefer
    # (an appended build keeps the ids it already had), and appending never adds duplicates
    kinds = lambda g, t: sum(1 for _, d in g.nodes(data=True) if d["type"] == t)  # noqa: E731
    for t in ("Paper", "Result", "Repository"):
        assert kinds(g3, t) == kinds(gf, t), t
    for t in ("Method", "Dataset", "Metric", "Task"):  # an acronym may resolve differently with fewer papers
        assert abs(kinds(g3, t) - kinds(gf, t)) <= max(2, kinds(gf, t) * 0.01), t
    assert len(set(g3.nodes) & set(gf.nodes)) >= 0.97 * gf.number_of_nodes()


def test_append_resumes_an_interrupted_extraction(tmp_path, seed_files):
    out = tmp_path / "b"
    build(seed_files[:1], out, html=False, store=False)
    full_lines = (out / "extractions.jsonl").read_text().splitlines()
    # simulate a run killed mid-extraction: a checkpoint with some records and a cut-off last line
    (out / "extractions.jsonl").unlink()
    (out / "graph.json").unlink()
    (out / PARTIAL_FILE).write_text("\n".join(full_lines[:10]) + "\n" + full_lines[10][:50])
    r = build(seed_files[:1], out, append=True, html=False, store=False)
    assert r.papers_total == len(full_lines)
    assert r.papers_already == 10 and r.papers_new == len(full_lines) - 10
    assert not (out / PARTIAL_FILE).exists()
    ids = [json.loads(l)["id"] for l in (out / "extractions.jsonl").read_text().splitlines()]
    assert len(ids) == len(set(ids)) == len(full_lines)


def test_strict_turns_skips_into_failure(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"title": "Fine", "abstract": "We use BERT on GLUE."}\n{broken\n')
    res = CliRunner().invoke(main, ["build", str(f), "--out", str(tmp_path / "o"), "--strict", "-q"])
    assert res.exit_code != 0 and "malformed JSON line" in res.output
    res = CliRunner().invoke(main, ["build", str(f), "--out", str(tmp_path / "o2")])
    assert res.exit_code == 0 and "skipped 1: 1 malformed JSON line" in res.output


def test_build_from_kg_extract_output(tmp_path, seed_files):
    ext = tmp_path / "ex.jsonl"
    assert CliRunner().invoke(main, ["extract", str(seed_files[0]), "-o", str(ext), "-q"]).exit_code == 0
    a = build([ext], tmp_path / "a", html=False, store=False)
    b = build(seed_files[:1], tmp_path / "b", html=False, store=False)
    assert a.papers_total == b.papers_total
    assert set(load_graph(tmp_path / "a").nodes) == set(load_graph(tmp_path / "b").nodes)


def test_append_merges_a_paper_seen_again_under_another_id(tmp_path):
    # as within one input, a paper is the same if its id or its title is; a later arXiv version
    # (2101.00001v2 after v1) replaces the one the build holds
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "2101.00001v1", "title": "Sparse Routers for Video Matching",
                             "abstract": "We propose GlideNet and test it on DAVIS."}) + "\n")
    b.write_text(json.dumps({"id": "2101.00001v2", "title": "Sparse routers for video matching.",
                             "abstract": "We propose GlideNet and test it on DAVIS and YouTube-VOS."}) + "\n"
                 + json.dumps({"id": "2101.00002v1", "title": "A Second Paper on Matching",
                               "abstract": "We study matching with GlideNet on DAVIS."}) + "\n")
    out = tmp_path / "o"
    build([a], out, html=False)
    r = build([b], out, append=True, html=False)
    assert (r.papers_already, r.papers_new, r.papers_total, r.read.versions) == (0, 2, 2, 1)
    papers = {n: d for n, d in load_graph(out).nodes(data=True) if d["type"] == "Paper"}
    assert sorted(papers) == ["paper:2101.00001v2", "paper:2101.00002v1"]
    assert papers["paper:2101.00001v2"]["aliases"] == ["2101.00001v1"]
    assert run_cypher(out, "MATCH (p:Paper) RETURN count(p)")[1] == [[2]]


def test_arxiv_versions_read_in_either_order_give_the_latest_and_a_rerun_adds_nothing(tmp_path):
    rows = [{"id": "2102.00003v2", "title": "Sparse Routers for Video Matching",
             "abstract": "We propose GlideNet and test it on DAVIS and YouTube-VOS."},
            {"id": "2102.00003v1", "title": "Routers for Matching Videos",
             "abstract": "We propose GlideNet and test it on DAVIS."}]
    for order in (rows, rows[::-1]):
        f = tmp_path / "in.jsonl"
        f.write_text("".join(json.dumps(r) + "\n" for r in order))
        out = tmp_path / f"o{order[0]['id']}"
        r = build([f], out, html=False, store=False)
        assert (r.papers_total, r.read.versions) == (1, 1)
        assert "1 earlier arXiv version(s) merged into the latest" in r.read.summary()
        node = load_graph(out).nodes["paper:2102.00003v2"]
        assert (node["title"], node["aliases"]) == ("Sparse Routers for Video Matching", ["2102.00003v1"])
        r = build([f], out, append=True, html=False, store=False)
        assert (r.papers_new, r.papers_already, r.papers_total) == (0, 1, 1)
