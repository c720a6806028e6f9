"""Shared fixtures. Real abstracts are read from the shared data folder, never copied into tests.

The shared data folder is ``../shared`` beside the repository (the seed papers pages, the dev gold
set and its scorer, the arXiv abstracts of ``data/sota_nfdi4ds``), or wherever ``KG_SHARED`` points.
Tests that need it skip without it, and the skip reason (shown by ``-ra``, on by default) says what is
missing and how to point at it.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

import kg.extract

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))

# --- one spaCy pipeline per test process --------------------------------------------------------------
# Building the pipeline costs seconds (the lexicon matcher tokenizes some 24k patterns), and the suite builds
# it in about a hundred places (every build(), extract_papers() without nlp, every module's fixture). A kg
# process builds it once and runs every doc through it, so one pipeline per test process, per set of
# options, is what kg does anyway. It is installed here, before any test module imports ``build_nlp``.
_build_nlp = kg.extract.build_nlp


@functools.cache
def _pipeline(lexicon: bool, sentencizer: bool, spans: bool):
    return _build_nlp(lexicon=lexicon, sentencizer=sentencizer, spans=spans)


@functools.wraps(_build_nlp)
def build_nlp(*, lexicon: bool = True, sentencizer: bool = False, spans: bool = False):
    """kg.extract.build_nlp, built once per test process and set of options (the tests never change a
    pipeline they are given)."""
    return _pipeline(bool(lexicon), bool(sentencizer), bool(spans))


kg.extract.build_nlp = build_nlp


def needs_shared(path: Path) -> str:
    """The skip reason for a test that needs ``path`` from the shared data folder."""
    return (f"needs {path} from the shared data folder (../shared beside the repository; "
            f"set KG_SHARED=/path/to/shared to use another copy)")


def shared_file(*parts: str) -> Path:
    """A path in the shared data folder; the calling test skips (with the reason) when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(needs_shared(p))
    return p


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    if not SEEDS:
        pytest.skip(needs_shared(SHARED / "seeds" / "*.txt"))
    return SEEDS


@pytest.fixture(scope="session")
def dev_papers() -> Path:
    return shared_file("eval", "dev_papers.jsonl")


# --- work shared by the whole run --------------------------------------------------------------------
def shared_once(tmp_path_factory, name: str, make) -> Path:
    """A folder made once per test run by ``make(path)`` and then only read: the xdist workers share it
    (the first one to ask makes it under a file lock, the others wait and read it)."""
    import fcntl  # noqa: PLC0415
    import shutil  # noqa: PLC0415

    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above the workers' own
    path, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(path, ignore_errors=True)
            make(path)
            done.touch()
    return path


@pytest.fixture(scope="session")
def seed_build(seed_files, tmp_path_factory) -> Path:
    """One single-process ``kg build`` of the 517 seed papers (graph, store and map), made once per run and
    read by every test that compares against it (the Dask builds, append, the seed map). Read only."""
    from kg.pipeline import build  # noqa: PLC0415

    return shared_once(tmp_path_factory, "seed-build", lambda out: build(seed_files, out, html=True, store=True))


@pytest.fixture(scope="session")
def seed_extractions(seed_build) -> list:
    """The seed papers' extractions, in input order, as ``kg build`` wrote them (``extract_papers`` of the
    papers read from the seed files gives the same records: tests/test_dask.py checks the bytes)."""
    from kg.extractions import iter_extractions_file  # noqa: PLC0415

    return list(iter_extractions_file(seed_build / "extractions.jsonl"))


@pytest.fixture(scope="module")
def dask_cluster():
    """One local Dask cluster (2 worker processes, 1 thread each) per test module, reached by address like
    a remote one (``--scheduler``); stopped after the module (its workers hold the pipeline and partitions)."""
    pytest.importorskip("distributed", reason="--engine dask needs dask[distributed] (pip install 'kg[dask]')")
    from distributed import LocalCluster  # noqa: PLC0415

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c.scheduler_address


@pytest.fixture(scope="session")
def bolt_srv():
    """One Bolt server per test process: ArcadeDB started by tests/bolt_server.py (or the Neo4j named by
    NEO4J_URI). Every test that loads into it wipes kg's labels first."""
    try:
        from bolt_server import bolt_server  # noqa: PLC0415

        cm = bolt_server()
        srv = cm.__enter__()
    except ImportError as exc:  # neo4j or arcadedb-embedded not installed
        pytest.skip(f"no Bolt server: {exc}")
    try:
        yield srv
    finally:
        cm.__exit__(None, None, None)


# --- the longest modules first -----------------------------------------------------------------------
# ``-n auto --dist loadfile`` hands whole modules to the workers; with ``--no-loadscope-reorder`` (pyproject)
# in collection order, else by number of tests, which sent the long modules of few tests (Dask, kill) last,
# when the other worker had nothing left. The longest first, then the others in their usual order.
LONGEST_FIRST = ("test_dask", "test_kill", "test_browser", "test_read_faults", "test_neo4j", "test_pipeline",
                 "test_build_state", "test_link_properties", "test_fs_faults", "test_partition", "test_streaming",
                 "test_results", "test_store_loader", "test_lexicons", "test_extract", "test_query_safety")


def pytest_collection_modifyitems(items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    module = lambda item: getattr(getattr(item, "module", None), "__name__", "")  # noqa: E731
    items.sort(key=lambda item: rank.get(module(item), len(rank)))


# --- modules that share a worker -----------------------------------------------------------------------
# A session resource is made once per worker process: the modules that start the Bolt server (a JVM, some
# seconds) run on one worker, so it is started once. ``--dist loadfile`` otherwise sends each module
# wherever a worker is free.
SAME_WORKER = {"test_neo4j": "bolt", "test_leaderboard": "bolt", "test_query_bolt": "bolt"}


def pytest_xdist_make_scheduler(config, log):
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling  # noqa: PLC0415

    class GroupedFiles(LoadFileScheduling):
        """``--dist loadfile``, with the modules of one :data:`SAME_WORKER` group as one unit of work."""

        def _split_scope(self, nodeid: str) -> str:
            path = super()._split_scope(nodeid)
            return SAME_WORKER.get(Path(path).stem, path)

    return GroupedFiles(config, log)
