"""A large store is loaded in a child process (kg.sinks.store_loader): the same store as loading it in
the building process, its errors reach the parent as one line, and it never outlives its parent."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.errors import SinkError
from kg.graph import build_graph
from kg.sinks.embedded import stage_store, store_path
from kg.sinks.store_loader import load_in_child

from helpers import small_linking, store_dump

ROOT = Path(__file__).resolve().parent.parent


def test_a_store_loaded_in_a_child_is_the_store_loaded_here(tmp_path):
    g = build_graph(small_linking())
    stage_store(g, tmp_path / "here").load()
    staged = stage_store(g, tmp_path / "child")
    ticks = []
    staged.progress = ticks.append
    counts = load_in_child(staged)
    assert counts["nodes"] == g.number_of_nodes() and counts["relationships"] == g.number_of_edges()
    assert 20 < counts["loader_peak_rss_mb"] < 2048
    assert sum(ticks) == g.number_of_nodes() + g.number_of_edges()  # every bulk file's rows reached the parent
    assert store_dump(tmp_path / "child") == store_dump(tmp_path / "here")
    assert not list((tmp_path / "child").glob(".kg-store-*"))  # the bulk files are gone


def test_the_childs_error_is_one_line_here_and_no_store_is_left(tmp_path):
    staged = stage_store(build_graph(small_linking()), tmp_path)
    bulk = staged.nodes["Paper"].files[0]
    with bulk.open("a", encoding="utf-8") as fh:
        fh.write("only one field\n")  # a row the engine refuses
    with pytest.raises(SinkError, match="^embedded store: ") as err:
        load_in_child(staged)
    assert "\n" not in str(err.value).strip()
    assert not store_path(tmp_path).exists() and not list(tmp_path.glob(".kg-store-*"))


def test_a_child_killed_while_loading_is_a_sink_error(tmp_path):
    import multiprocessing
    import threading

    staged = stage_store(build_graph(small_linking()), tmp_path)

    def kill_the_child():
        for _ in range(12000):  # up to a minute: a loaded machine starts the child late
            kids = multiprocessing.active_children()
            if kids:
                os.kill(kids[0].pid, signal.SIGKILL)
                return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_the_child)
    killer.start()
    with pytest.raises(SinkError, match="loading process ended with code -9"):
        load_in_child(staged)
    killer.join()
    assert not store_path(tmp_path).exists()


_PARENT = """
import multiprocessing, sys, threading, time
sys.path.insert(0, sys.argv[2])
from helpers import small_linking
from kg.graph import build_graph
from kg.sinks.embedded import stage_store
from kg.sinks.store_loader import load_in_child

def tell():
    while not multiprocessing.active_children():
        time.sleep(0.001)
    print(multiprocessing.active_children()[0].pid, flush=True)
    time.sleep(60)

staged = stage_store(build_graph(small_linking()), sys.argv[1])
threading.Thread(target=tell, daemon=True).start()
load_in_child(staged)  # in the main thread: the child's parent-death signal follows this thread
time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_the_loader_dies_with_a_killed_parent(tmp_path):
    out = tmp_path / "out"
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, str(out), str(ROOT / "tests")],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    child = int(parent.stdout.readline())
    parent.kill()  # at once, while the child is still starting or loading
    parent.wait()
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)
    time.sleep(0.5)
    assert not store_path(out).exists()  # nothing was written behind the dead build


def test_a_chain_of_children_each_loading_one_file_makes_the_same_store(tmp_path):
    full = build_graph(small_linking())  # papers, methods and datasets: six files (nodes and relationships)
    g = full.subgraph(n for n, d in full.nodes(data=True) if d["type"] in ("Paper", "Method", "Dataset")).copy()
    stage_store(g, tmp_path / "here").load()
    staged = stage_store(g, tmp_path / "chain")
    files = len(staged.copies())
    counts = load_in_child(staged, stop_above_mb=0)  # every child hands over after one COPY
    assert counts["loader_processes"] == files > 3
    assert counts["nodes"] == g.number_of_nodes() and counts["relationships"] == g.number_of_edges()
    assert store_dump(tmp_path / "chain") == store_dump(tmp_path / "here")
