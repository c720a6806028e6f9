"""kill -9 at random moments of ``kg build``, ``kg build --append`` and a store load into a build
folder: the folder holds the old outputs or the new ones, complete, never a mix, and the next run
leaves no staging behind (issue 17 item 6)."""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.graph import load_graph
from kg.outdir import META_DIR, OUTPUT_NAMES
from kg.pipeline import build
from kg.sinks.embedded import run_cypher

from test_build_state import write_records

REPO = Path(__file__).resolve().parent.parent
OLD, NEW = 60, 120
KILLS, MAX_RUNS = 8, 24  # runs until 8 were killed mid-way (a kill may land after a fast run ended)
LOAD = ("import sys\nfrom kg.graph import load_graph\nfrom kg.sinks.embedded import write_store\n"
        "write_store(load_graph(sys.argv[1]), sys.argv[1])\n")


def _commands(tmp: Path, out: Path) -> dict[str, list[str]]:
    kg = [sys.executable, "-m", "kg", "build", "-q", "--out", str(out)]
    return {
        "build": kg + [str(tmp / "all.jsonl")],
        "append": kg + ["--append", str(tmp / "new.jsonl")],
        "load": [sys.executable, "-c", LOAD, str(out)],
    }


def _state(out: Path) -> int:
    """The number of papers of the build in ``out``, after checking that every output is there, that
    all come from one generation and that they agree with each other."""
    cur = os.path.realpath(out / META_DIR / "current")
    for name in OUTPUT_NAMES:
        assert os.path.dirname(os.path.realpath(out / name)) == cur, name
    g = load_graph(out)
    papers = sum(1 for _, d in g.nodes(data=True) if d["type"] == "Paper")
    report = json.loads((out / "build_report.json").read_text())
    lines = (out / "extractions.jsonl").read_text().splitlines()
    _, rows = run_cypher(out, "MATCH (p:Paper) RETURN count(p)")
    assert report["papers_total"] == papers == len(lines) == rows[0][0]
    assert report["graph"]["nodes"] == g.number_of_nodes()
    assert "kg map" in (out / "graph.html").read_text()[:2000]
    return papers


def _no_leftovers(out: Path) -> None:
    meta = out / META_DIR
    assert sorted(p.name for p in meta.iterdir() if not p.name.startswith("gen-")) == ["current", "lock"]
    assert len([p for p in meta.iterdir() if p.name.startswith("gen-")]) == 1
    assert [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != META_DIR] == []
    assert not [p for p in Path(os.path.realpath(meta / "current")).iterdir() if p.name.startswith(".")]


@pytest.mark.slow
def test_kill_at_random_moments_leaves_old_or_new_outputs(tmp_path):
    write_records(tmp_path / "old.jsonl", range(OLD))
    write_records(tmp_path / "new.jsonl", range(OLD, NEW))
    write_records(tmp_path / "all.jsonl", range(NEW))
    template = tmp_path / "template"
    build([tmp_path / "old.jsonl"], template)
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    rng = random.Random(17)
    durations: dict[str, float] = {}
    seen = set()
    outcomes = []
    for i in range(MAX_RUNS):
        if sum(rc == -signal.SIGKILL for _, rc, _ in outcomes) >= KILLS:
            break
        mode = ["build", "append", "load"][i] if i < 3 else rng.choice(["build", "append", "load"])
        out = tmp_path / f"run{i}"
        shutil.copytree(template, out, symlinks=True)
        proc = subprocess.Popen(_commands(tmp_path, out)[mode], env=env, cwd=REPO,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        t = time.perf_counter()
        if mode not in durations:  # the first run of each mode is timed, not killed
            assert proc.wait(timeout=120) == 0, proc.stderr.read()
        else:
            time.sleep(rng.uniform(0.05, 0.8 * durations[mode]))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        if proc.returncode == 0:  # a run that finished (timed, or faster than the kill) sets the pace
            durations[mode] = min(durations.get(mode, float("inf")), time.perf_counter() - t)
        proc.stderr.close()
        n = _state(out)
        assert n in ((OLD, NEW) if mode != "load" else (OLD,)), (mode, n)
        seen.add((mode, n))
        outcomes.append((mode, proc.returncode, n))
        # the next run (an append of papers already there) completes and leaves no staging behind
        build([tmp_path / "old.jsonl"], out, append=True)
        assert _state(out) >= OLD
        _no_leftovers(out)
        shutil.rmtree(out)
    assert ("build", NEW) in seen and ("append", NEW) in seen
    print(outcomes)
    assert sum(rc == -signal.SIGKILL for _, rc, _ in outcomes) >= KILLS  # runs killed mid-way, not after the end
