"""Append, resume, the output folder's lock and its atomic switch, on hand-made extraction records (no
extractor needed: ``kg build`` takes ``kg extract`` output as it is)."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from kg.build_state import PARTIAL_FILE, BuildState, repair_checkpoint
from kg.cli import main
from kg.errors import InputError
from kg.graph import load_graph
from kg.models import Extraction, Mention, Paper
from kg.outdir import META_DIR, OutDir
from kg.pipeline import build
from kg.vocab import EntityType as T

NAMES = ["Cityscapes", "ImageNet", "COCO", "ADE20K"]


def paper_record(i: int) -> Extraction:
    """Paper ``i``: proposes Net<i>, evaluates on one of four datasets, reports mIoU (sentences written here)."""
    data = NAMES[i % len(NAMES)]
    abstract = f"We propose Net{i}, a small network. Net{i} is evaluated on {data} and reaches a good mIoU."
    mentions = []
    for text, typ in ((f"Net{i}", T.METHOD), (data, T.DATASET), ("mIoU", T.METRIC)):
        s = abstract.index(text)
        mentions.append(Mention(typ, text, s, s + len(text), "abstract"))
    return Extraction(Paper(f"p{i}", f"A study number {i} of small networks", abstract), tuple(mentions),
                      proposed=(f"Net{i}",))


def write_records(path, ids, newline_at_end=True):
    text = "\n".join(json.dumps(paper_record(i).to_json()) for i in ids)
    path.write_text(text + ("\n" if newline_at_end else ""))
    return path


def papers_of(out):
    return sorted(n for n, d in load_graph(out).nodes(data=True) if d["type"] == "Paper")


def test_append_on_hand_made_records(tmp_path):
    a = write_records(tmp_path / "a.jsonl", range(0, 6))
    b = write_records(tmp_path / "b.jsonl", range(4, 10))
    out = tmp_path / "o"
    r1 = build([a], out, html=False, store=False)
    ids1 = set(load_graph(out).nodes)
    assert (r1.papers_new, r1.papers_total) == (6, 6)
    build([a], out, html=False, store=False)  # the same build again: the same nodes, nothing duplicated
    assert set(load_graph(out).nodes) == ids1
    r2 = build([b], out, append=True, html=False, store=False)
    assert (r2.papers_already, r2.papers_new, r2.papers_total) == (2, 4, 10)
    g = load_graph(out)
    assert ids1 <= set(g) and papers_of(out) == sorted(f"paper:p{i}" for i in range(10))
    full = build([a, b], tmp_path / "full", html=False, store=False)
    assert set(load_graph(tmp_path / "full")) == set(g) and full.papers_total == 10
    lines = (out / "extractions.jsonl").read_text().splitlines()
    assert sorted(json.loads(x)["id"] for x in lines) == sorted(f"p{i}" for i in range(10))
    # nothing new: the outputs stay as they are (same bytes), in a new generation
    before = (out / "graph.json").read_bytes()
    r3 = build([a, b], out, append=True, html=False, store=False)
    assert (r3.papers_new, r3.papers_already, r3.papers_total) == (0, 12, 10)  # p4, p5 are in both files
    assert (out / "graph.json").read_bytes() == before


def test_a_rejected_strict_append_leaves_no_records_behind(tmp_path):
    """Issue 17 item 5: records of a failed --append --strict run must not come back in the next append."""
    out = tmp_path / "o"
    build([write_records(tmp_path / "a.jsonl", [0, 1])], out, html=False, store=False)
    bad = write_records(tmp_path / "bad.jsonl", [2, 3])
    bad.write_text(bad.read_text() + "{broken\n")
    raw = tmp_path / "raw.jsonl"  # a reader-level skip (a malformed line) in a plain papers file
    raw.write_text('{"id": "p9", "title": "A plain paper", "abstract": "We use Net0 on COCO."}\n{broken\n')
    with pytest.raises(InputError, match="--strict"):
        build([raw], out, append=True, strict=True, html=False, store=False)
    assert not (out / PARTIAL_FILE).exists() or (out / PARTIAL_FILE).read_text() == ""
    r = build([write_records(tmp_path / "c.jsonl", [5])], out, append=True, html=False, store=False)
    assert r.papers_total == 3
    assert papers_of(out) == ["paper:p0", "paper:p1", "paper:p5"]


def test_a_checkpoint_cut_after_a_whole_record_keeps_that_paper(tmp_path):
    """Issue 17 item 5: killed after a record's `}` but before its newline: the paper is neither lost
    nor extracted twice on resume."""
    out = tmp_path / "o"
    build([write_records(tmp_path / "a.jsonl", [0])], out, html=False, store=False)
    write_records(out / PARTIAL_FILE, [1, 2], newline_at_end=False)
    inputs = write_records(tmp_path / "all.jsonl", range(0, 5))
    r = build([inputs], out, append=True, html=False, store=False)
    assert (r.papers_already, r.papers_new, r.papers_total) == (3, 2, 5)
    assert papers_of(out) == [f"paper:p{i}" for i in range(5)]
    assert not (out / PARTIAL_FILE).exists()


def test_repair_checkpoint(tmp_path):
    f = tmp_path / "c.jsonl"
    whole = json.dumps(paper_record(1).to_json())
    f.write_text(whole + "\n" + whole[:-1])  # cut inside the record: dropped
    repair_checkpoint(f)
    assert f.read_text() == whole + "\n"
    f.write_text(whole + "\n" + whole)  # whole record, newline missing: kept
    repair_checkpoint(f)
    assert f.read_text() == whole + "\n" + whole + "\n"
    f.write_text(whole + "\n" + whole.encode()[:-3].decode() + "\u00e9")  # cut: dropped
    repair_checkpoint(f)
    assert f.read_text() == whole + "\n"


def test_rollback_keeps_what_an_earlier_run_left(tmp_path):
    write_records(tmp_path / PARTIAL_FILE, [1])
    kept = (tmp_path / PARTIAL_FILE).read_text()
    state = BuildState(tmp_path, append=True)
    assert state.n_previous == 1
    with state:
        state.add(paper_record(2))
    state.rollback()
    assert (tmp_path / PARTIAL_FILE).read_text() == kept


def version_record(pid: str, title: str) -> Extraction:
    """A hand-made record of one arXiv version (sentences written here)."""
    abstract = "We propose TideNet for ranking widgets. TideNet is evaluated on COCO."
    return Extraction(Paper(pid, title, abstract), (Mention(T.METHOD, "TideNet", 11, 18, "abstract"),),
                      proposed=("TideNet",))


def write_versions(path, *records):
    path.write_text("".join(json.dumps(r.to_json()) + "\n" for r in records))
    return path


def paper_nodes(out):
    return {n: d for n, d in load_graph(out).nodes(data=True) if d["type"] == "Paper"}


def test_a_later_arxiv_version_replaces_the_one_the_build_holds(tmp_path):
    v1 = write_versions(tmp_path / "v1.jsonl", version_record("2204.01234v1", "Ranking Widgets"),
                        paper_record(0))
    v4 = write_versions(tmp_path / "v4.jsonl", version_record("2204.01234v4", "Widget Ranking with TideNet"))
    out = tmp_path / "o"
    build([v1], out, html=False, store=False)
    r = build([v4], out, append=True, html=False, store=False)
    assert (r.papers_already, r.papers_new, r.papers_total, r.read.versions) == (0, 1, 2, 1)
    papers = paper_nodes(out)
    assert sorted(papers) == ["paper:2204.01234v4", "paper:p0"]
    assert papers["paper:2204.01234v4"]["aliases"] == ["2204.01234v1"]
    ids = [json.loads(x)["id"] for x in (out / "extractions.jsonl").read_text().splitlines()]
    assert sorted(ids) == ["2204.01234v4", "p0"]
    before = (out / "graph.json").read_bytes()
    r = build([v1, v4], out, append=True, html=False, store=False)  # a re-run adds nothing, in either order
    assert (r.papers_new, r.papers_already, r.papers_total) == (0, 3, 2)
    r = build([v4, v1], out, append=True, html=False, store=False)
    assert (r.papers_new, r.papers_already, r.papers_total) == (0, 3, 2)
    assert (out / "graph.json").read_bytes() == before


def test_an_earlier_arxiv_version_is_already_in_the_build(tmp_path):
    v4 = write_versions(tmp_path / "v4.jsonl", version_record("2204.01234v4", "Widget Ranking with TideNet"))
    v1 = write_versions(tmp_path / "v1.jsonl", version_record("2204.01234v1", "Ranking Widgets"))
    out = tmp_path / "o"
    build([v4], out, html=False, store=False)
    r = build([v1], out, append=True, html=False, store=False)
    assert (r.papers_already, r.papers_new, r.papers_total, r.read.versions) == (1, 0, 1, 0)
    assert list(paper_nodes(out)) == ["paper:2204.01234v4"]
    both = build([v1, v4], tmp_path / "both", html=False, store=False)  # one run over both files
    assert both.papers_total == 1 and both.read.versions == 1
    assert list(paper_nodes(tmp_path / "both")) == ["paper:2204.01234v4"]


@pytest.mark.parametrize("stored", [("v4", "v1"), ("v1", "v4")])
def test_stored_versions_give_one_record_whichever_file_holds_the_later(tmp_path, stored):
    """The earlier build and the checkpoint of an interrupted run may hold two versions of a paper."""
    titles = {"v1": "Ranking Widgets", "v4": "Widget Ranking with TideNet"}
    previous, partial = (version_record(f"2204.01234{v}", titles[v]) for v in stored)
    write_versions(tmp_path / "extractions.jsonl", previous, paper_record(0))
    write_versions(tmp_path / PARTIAL_FILE, partial)
    state = BuildState(tmp_path, append=True)
    assert state.n_previous == state.total == 2
    assert [ex.paper.id for ex in state.records()] in (["2204.01234v4", "p0"], ["p0", "2204.01234v4"])
    assert state.already(Paper("2204.01234v2", "Another Title", "")) and not state.already(Paper("2204.01234v5", "x", ""))
    assert state.superseded == {"2204.01234v1"}


def test_dask_records_leave_out_superseded_versions(tmp_path):
    from kg.engine_dask import write_records as dask_records

    f = write_versions(tmp_path / "r.jsonl", version_record("2204.01234v1", "Ranking Widgets"), paper_record(0),
                       version_record("2204.01234v4", "Widget Ranking with TideNet"))
    assert dask_records([f], tmp_path / "out.jsonl", 10, skip={"2204.01234v1"}) == [(0, 2)]
    ids = [json.loads(x)["id"] for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert ids == ["p0", "2204.01234v4"]


# --------------------------------------------------------------------------- the output folder


def _leftovers(out):
    meta = out / META_DIR
    gens = [p.name for p in meta.iterdir() if p.name.startswith("gen-")]
    other = [p.name for p in meta.iterdir() if p.name not in ("lock", "current") and not p.name.startswith("gen-")]
    stray = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name not in (META_DIR, PARTIAL_FILE)]
    return gens, other, stray


def test_outputs_switch_together_and_leftovers_go(tmp_path):
    out = tmp_path / "o"
    build([write_records(tmp_path / "a.jsonl", range(3))], out)
    for name in ("graph.json", "store.lbug", "graph.html", "extractions.jsonl", "build_report.json"):
        assert (out / name).is_symlink() and (out / name).is_file(), name
    cur = (out / META_DIR / "current").resolve()
    assert {os.path.dirname(os.path.realpath(out / n)) for n in ("graph.json", "store.lbug")} == {str(cur)}
    # what a killed build leaves: a generation, staging folders, temporary files
    (out / META_DIR / "gen-killed").mkdir()
    (out / META_DIR / "gen-killed" / "graph.json").write_text("{}")
    (out / ".kg-staging-x").mkdir()
    (out / ".graph.json.abc.tmp").write_text("x")
    (cur / ".kg-store-y").mkdir()
    build([write_records(tmp_path / "b.jsonl", range(3, 5))], out, append=True)
    gens, other, stray = _leftovers(out)
    assert len(gens) == 1 and other == [] and stray == []
    assert not list((out / META_DIR / "current").resolve().glob(".kg-store-*"))
    assert len(papers_of(out)) == 5
    # readers take DIR as before
    res = CliRunner().invoke(main, ["viz", str(out), "-o", str(tmp_path / "map.html")])
    assert res.exit_code == 0 and "kg map" in (tmp_path / "map.html").read_text()[:3000]
    res = CliRunner().invoke(main, ["query", "--db", str(out), "MATCH (p:Paper) RETURN count(p) AS n", "--json"])
    assert json.loads(res.stdout) == [{"n": 5}]
    # a build without the page drops the old page too: no output of another build stays beside it
    build([write_records(tmp_path / "c.jsonl", range(2))], out, html=False)
    assert not (out / "graph.html").exists() and not (out / "graph.html").is_symlink()


def test_a_folder_of_an_older_kg_is_adopted(tmp_path):
    out = tmp_path / "o"
    build([write_records(tmp_path / "a.jsonl", range(3))], out, html=False)
    plain = {}
    for name in ("graph.json", "store.lbug", "extractions.jsonl", "build_report.json"):
        data = (out / name).read_bytes()
        (out / name).unlink()
        (out / name).write_bytes(data)
        plain[name] = data
    import shutil

    shutil.rmtree(out / META_DIR)
    with OutDir.locked(out) as od:
        assert od.current() is not None
    for name, data in plain.items():
        assert (out / name).is_symlink() and (out / name).read_bytes() == data
    r = build([write_records(tmp_path / "b.jsonl", [7])], out, append=True, html=False)
    assert r.papers_total == 4


def test_a_second_build_into_the_same_folder_fails_at_once(tmp_path):
    out = tmp_path / "o"
    a = write_records(tmp_path / "a.jsonl", range(2))
    with OutDir.locked(out):
        t = time.perf_counter()
        with pytest.raises(InputError, match=r"another kg build \(pid \d+\) is writing here"):
            build([a], out, html=False, store=False)
        res = CliRunner().invoke(main, ["build", str(a), "--out", str(out), "-q"])
        assert time.perf_counter() - t < 10
    assert res.exit_code != 0 and res.output.count("\n") == 1 and "another kg build" in res.output
    build([a], out, html=False, store=False)  # free again


def test_the_lock_of_a_killed_build_is_taken_over(tmp_path):
    out = tmp_path / "o"
    code = ("import sys, time\nfrom kg.outdir import OutDir\nwith OutDir.locked(sys.argv[1]):\n"
            "    print('locked', flush=True)\n    time.sleep(60)\n")
    env = {**os.environ, "PYTHONPATH": os.getcwd() + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-c", code, str(out)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(InputError, match=f"pid {proc.pid}"):
            build([write_records(tmp_path / "a.jsonl", range(2))], out, html=False, store=False)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    r = build([tmp_path / "a.jsonl"], out, html=False, store=False)
    assert r.papers_total == 2


def test_a_checkpoint_overlapping_the_build_counts_each_paper_once(tmp_path):
    """A rebuild killed during extraction leaves a checkpoint holding papers the build already has; the
    next append counts each paper once (found by the kill test: the report said 180 papers for 120)."""
    out = tmp_path / "o"
    a = write_records(tmp_path / "a.jsonl", range(4))
    build([a], out, html=False, store=False)
    write_records(out / PARTIAL_FILE, range(6))
    r = build([a], out, append=True, html=False, store=False)
    assert r.papers_total == 6 == len(papers_of(out)) == len((out / "extractions.jsonl").read_text().splitlines())


def test_progress_is_reported_for_every_stage(tmp_path):
    calls = {}

    def factory(label, total):
        calls[label] = [total, 0]

        def advance(n):
            calls[label][1] += n
        return advance

    r = build([write_records(tmp_path / "a.jsonl", range(5))], tmp_path / "o", progress=factory)
    assert set(calls) == {"extract", "link", "graph", "json", "html", "store"}
    rows = r.graph["nodes"] + r.graph["edges"]
    assert calls["link"] == calls["graph"] == [5, 5]
    assert calls["json"] == calls["store"] == [rows, rows] and calls["html"] == [1, 1]
