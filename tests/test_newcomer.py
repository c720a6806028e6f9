"""A newcomer's path: what ../shared is, the Bolt server without Docker, README figures from a script
(issue 17, items 11, 12 and 14)."""
import importlib.util
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.graph import build_graph, save_graph

from conftest import needs_shared
from helpers import small_linking

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _script(name):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_readme_says_what_shared_is_and_how_to_point_at_it():
    assert "KG_SHARED" in README and "export KG_SHARED=" in README
    for part in ("seeds/", "eval/", "data/"):
        assert part in README
    assert "KG_SHARED" in needs_shared(Path("/x/seeds"))


@pytest.mark.slow
def test_tests_that_need_shared_say_why_they_skip(tmp_path):
    res = subprocess.run([sys.executable, "-m", "pytest", "tests/test_evaluate.py", "tests/test_read.py", "-q",
                          "-k", "shared_scorer or seed_corpus", "-p", "no:cacheprovider", "-n", "0"], cwd=REPO,
                         env={**os.environ, "KG_SHARED": str(tmp_path / "nowhere"), "PYTHONPATH": str(REPO)},
                         capture_output=True, text=True, timeout=300)
    skipped = [x for x in res.stdout.splitlines() if x.startswith("SKIPPED")]
    assert len(skipped) == 2, res.stdout
    assert all("shared data folder" in x and "KG_SHARED" in x for x in skipped)


def test_readme_documents_bolt_without_docker():
    assert "python tests/bolt_server.py serve" in README
    assert "--user root" in README and "--database kg" in README and "at least 8 characters" in README


def test_short_arcadedb_password_is_one_line():
    res = subprocess.run([sys.executable, str(REPO / "tests" / "bolt_server.py"), "serve", "--password", "short"],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode == 2 and res.stdout == ""
    assert res.stderr == "Error: ArcadeDB needs a root password of at least 8 characters (this one has 5)\n"


def test_readme_kg_lines_use_real_options():
    shown = 0
    in_code = False
    for line in README.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if not in_code or not line.startswith("kg "):
            continue
        words = shlex.split(line.split(" #")[0])
        cmd = main.commands[words[1]]
        opts = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}
        for w in words[2:]:
            if w.startswith("-") and w != "-":
                assert w.split("=")[0] in opts, f"{line}: kg {words[1]} has no option {w}"
                shown += 1
    assert shown >= 20


def test_readme_figures_come_from_the_script(tmp_path):
    mod = _script("readme_figures")
    save_graph(build_graph(small_linking()), tmp_path / "graph.json")
    f = mod.figures(tmp_path)
    assert f["papers"] == 2 and f["nodes"] == sum(f["nodes_by_type"].values()) 
    # the map's overview shows the entities (papers and results appear in its side panel)
    by_type = f["nodes_by_type"]
    assert f["map_nodes"] == f["nodes"] - by_type.get("Paper", 0) - by_type.get("Result", 0)
    block = mod.markdown(f, "test")
    assert block.startswith(mod.START) and block.endswith(mod.END) and f"**{f['nodes']:,} nodes**" in block
    text = f"a\n{mod.START}\nold figures\n{mod.END}\nb\n"
    assert mod.replace_block(text, block) == f"a\n{block}\nb\n"
    readme_block = README[README.index(mod.START):README.index(mod.END) + len(mod.END)]
    assert "nodes**" in readme_block and "`python scripts/readme_figures.py`" in readme_block
    out = tmp_path / "R.md"
    out.write_text(text)
    assert mod.main(["--build", str(tmp_path), "--write", str(out), "--json"]) == 0
    assert json.loads(json.dumps(f)) == f and f"**{f['nodes']:,} nodes**" in out.read_text()
