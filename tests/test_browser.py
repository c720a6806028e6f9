"""The page in headless Chromium: it renders the expected number of nodes; a screenshot is saved."""
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from kg.graph import build_graph
from kg.sinks.html import write_html

from helpers import small_linking

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def _chromium(args, tmp_path, timeout=60):
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    profile = tmp_path / f"profile-{time.monotonic_ns()}"
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def test_map_renders_all_nodes(tmp_path):
    g = build_graph(small_linking())
    page = tmp_path / "map.html"
    write_html(g, page)
    t0 = time.perf_counter()
    out = _chromium(["--virtual-time-budget=5000", "--dump-dom", page.as_uri()], tmp_path)
    elapsed = time.perf_counter() - t0
    m = re.search(r'<body[^>]*data-rendered="(\d+)"', out.stdout)
    assert m, out.stderr[-2000:]
    assert int(m.group(1)) == g.number_of_nodes()
    assert elapsed < 30
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "map-test.png"
    _chromium(["--window-size=1200,800", "--virtual-time-budget=4000", f"--screenshot={shot}", page.as_uri()], tmp_path)
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_seed_map_renders_within_10s(tmp_path, seed_files):
    from kg.pipeline import build

    out = tmp_path / "seeds"
    build(seed_files, out, store=False)
    page = out / "graph.html"
    t0 = time.perf_counter()
    res = _chromium(["--virtual-time-budget=8000", "--dump-dom", page.as_uri()], tmp_path)
    elapsed = time.perf_counter() - t0
    m = re.search(r'<body[^>]*data-rendered="(\d+)"', res.stdout)
    assert m and int(m.group(1)) >= 1000
    assert elapsed < 10, f"render took {elapsed:.1f}s"
