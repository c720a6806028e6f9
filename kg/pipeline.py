"""Calls the stages in order: read -> extract -> link -> graph -> sinks. Nothing else lives here."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from kg.errors import InputError, KGError
from kg.graph import GRAPH_FILE, build_graph, graph_stats, load_graph, save_graph
from kg.models import Entity, Evidence, Extraction, Paper, paper_id_from_title
from kg.read import ReadStats, iter_papers
from kg.vocab import EntityType

EXTRACTIONS_FILE = "extractions.jsonl"
#: Extraction checkpoint of a build in progress (``--append`` resumes from it after an interruption).
PARTIAL_FILE = ".extractions.partial.jsonl"
HTML_FILE = "graph.html"
REPORT_FILE = "build_report.json"
_OUTPUT_NAMES = {EXTRACTIONS_FILE: "extractions", GRAPH_FILE: "graph", "store.lbug": "store", HTML_FILE: "html"}

#: A progress callback: called with the number of items just done (tqdm's ``update`` fits).
Progress = Callable[[int], Any]


def example_corpus() -> Path:
    """The bundled example abstracts (written for kg), used by ``kg build`` with no input."""
    return Path(str(resources.files("kg") / "data" / "examples" / "abstracts.jsonl"))


@dataclass
class BuildReport:
    """What a build did, for the CLI's summary and ``DIR/build_report.json``."""

    out_dir: Path
    read: ReadStats
    papers_total: int = 0
    papers_new: int = 0
    papers_already: int = 0
    extract_errors: int = 0
    graph: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    neo4j: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "out_dir": str(self.out_dir),
            "read": self.read.to_json(),
            "papers_total": self.papers_total,
            "papers_new": self.papers_new,
            "papers_already_in_build": self.papers_already,
            "extract_errors": self.extract_errors,
            "graph": self.graph,
            "outputs": self.outputs,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "neo4j": self.neo4j,
        }


def iter_extractions_file(path: str | os.PathLike, tolerate_truncated: bool = False) -> Iterator[Extraction]:
    """Stream the extraction records of a ``kg extract`` output (or a build's extractions.jsonl).

    ``tolerate_truncated`` skips a cut-off last line (a checkpoint written when the process was killed).
    """
    p = Path(path)
    try:
        fh = open(p, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    with fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = Extraction.from_json(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                if tolerate_truncated and not line.endswith("\n"):
                    return
                raise InputError(f"{p}:{no}: not an extraction record ({exc})") from exc
            yield rec


def is_extractions_file(path: Path) -> bool:
    """True for a JSON-lines file written by ``kg extract`` (its records carry ``entities``)."""
    if not path.name.lower().endswith((".jsonl", ".ndjson")):
        return False
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    return isinstance(rec, dict) and "entities" in rec and "abstract" in rec
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def extract_stream(
    papers: Iterable[Paper],
    *,
    workers: int = 1,
    batch_size: int = 64,
) -> Iterator[Extraction]:
    """Extraction of a paper stream (imported lazily: spaCy is only loaded when needed)."""
    from kg.extract import extract_papers  # noqa: PLC0415

    yield from extract_papers(papers, batch_size=batch_size, n_process=max(1, workers))


def write_extractions(extractions: Iterable[Extraction], out: str | os.PathLike, progress: Progress | None = None) -> int:
    """Write extraction records as JSON lines through a temporary file; returns how many."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    n = 0
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            for ex in extractions:
                fh.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
                n += 1
                if progress:
                    progress(1)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def extract_to_jsonl(
    inputs: Iterable[str | os.PathLike],
    out: str | os.PathLike,
    *,
    stats: ReadStats | None = None,
    workers: int = 1,
    batch_size: int = 64,
    limit: int | None = None,
    categories: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> int:
    """``kg extract``: read, extract and stream JSON lines to ``out``. Returns the number of papers."""
    stats = stats if stats is not None else ReadStats()
    papers = iter_papers(inputs, stats, limit=limit, categories=categories)
    n = write_extractions(extract_stream(papers, workers=workers, batch_size=batch_size), out, progress)
    if n == 0:
        Path(out).unlink(missing_ok=True)
        raise InputError(f"no usable paper in the input ({stats.summary()})")
    return n


def _drop_cut_line(path: Path) -> None:
    """Truncate a checkpoint to its last complete line (the process may have been killed mid-write)."""
    with open(path, "rb+") as fh:
        data = fh.read()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):
            fh.truncate(keep)


def _existing_entities(g: nx.MultiDiGraph) -> dict[str, Entity]:
    """The entity table of an earlier build, so appended papers link to the same nodes."""
    out: dict[str, Entity] = {}
    for nid, d in g.nodes(data=True):
        t = d.get("type")
        if t in (None, EntityType.PAPER.value, EntityType.RESULT.value):
            continue
        try:
            etype = EntityType(t)
        except ValueError:
            continue
        out[nid] = Entity(id=nid, type=etype, name=d.get("name", ""), aliases=set(d.get("aliases") or ()))
    return out


def build(
    inputs: list[str | os.PathLike] | None,
    out_dir: str | os.PathLike,
    *,
    append: bool = False,
    html: bool = True,
    store: bool = True,
    workers: int = 1,
    batch_size: int = 64,
    limit: int | None = None,
    categories: Iterable[str] | None = None,
    strict: bool = False,
    html_max_nodes: int | None = 1500,
    neo4j: dict[str, Any] | None = None,
    progress: Callable[[str, int | None], Progress] | None = None,
) -> BuildReport:
    """``kg build``: every stage, writing ``graph.json``, the embedded store and ``graph.html`` to ``out_dir``.

    Parameters
    ----------
    inputs : input files or folders; ``None`` or empty builds the bundled example corpus
    append : keep the papers of an existing build in ``out_dir`` and add the new ones (already
        present papers are not extracted again; linking is redone over all, so ids stay stable)
    strict : a skipped record or file is an error instead of a counted warning
    progress : ``progress(label, total)`` returns a callback advanced per item (the CLI passes tqdm)
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a directory")
    sources = [str(p) for p in inputs] if inputs else [str(example_corpus())]
    from kg.read.base import expand_inputs  # noqa: PLC0415

    files = expand_inputs(sources)  # a missing input fails here, before anything is written
    pre_extracted = [f for f in files if is_extractions_file(f)]
    sources = [str(f) for f in files if f not in pre_extracted]
    out.mkdir(parents=True, exist_ok=True)
    _preload_sinks(html=html, store=store)
    stats = ReadStats()
    report = BuildReport(out_dir=out, read=stats)
    t0 = time.perf_counter()
    tick = progress or (lambda label, total: None)

    # 1. papers already in the build (--append): the finished build's records, plus the checkpoint an
    #    interrupted run left behind, so an append after an interruption completes the work.
    ext_path = out / EXTRACTIONS_FILE
    partial = out / PARTIAL_FILE
    previous_files = [f for f in (ext_path, partial) if append and f.is_file()]
    # a paper is already there if its id or its title is (as within one input: iter_papers merges both)
    known: set[str] = set()
    known_titles: set[str] = set()
    n_previous = 0
    for f in previous_files:
        for ex in iter_extractions_file(f, tolerate_truncated=f is partial):
            if ex.paper.id not in known:
                known.add(ex.paper.id)
                known_titles.add(paper_id_from_title(ex.paper.title))
                n_previous += 1

    def already(p: Paper) -> bool:
        return p.id in known or paper_id_from_title(p.title) in known_titles
    if not append and partial.exists():
        partial.unlink()
    elif partial.exists():
        _drop_cut_line(partial)

    # 2. read + extract the new papers, streaming to the checkpoint file (memory stays bounded)
    def new_papers() -> Iterator[Paper]:
        if not sources:
            return
        for p in iter_papers(sources, stats, limit=limit, categories=categories):
            if already(p):
                report.papers_already += 1
                continue
            yield p

    cb = tick("extract", None)
    n_fresh = 0
    with open(partial, "a", encoding="utf-8") as fh:
        # records of `kg extract` outputs given as input are taken as they are, not extracted again
        for f in pre_extracted:
            stats.files += 1
            for ex in iter_extractions_file(f):
                stats.records += 1
                if already(ex.paper):
                    report.papers_already += 1
                    continue
                known.add(ex.paper.id)
                known_titles.add(paper_id_from_title(ex.paper.title))
                stats.papers += 1
                fh.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
                n_fresh += 1
        for ex in extract_stream(new_papers(), workers=workers, batch_size=batch_size):
            fh.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
            n_fresh += 1
            if n_fresh % batch_size == 0:
                fh.flush()
            if cb:
                cb(1)
    report.seconds["read+extract"] = time.perf_counter() - t0
    if strict and stats.skipped_total:
        raise InputError(f"--strict: {stats.summary()}")
    report.papers_new = n_fresh
    report.papers_total = n_previous + n_fresh
    if report.papers_total == 0:
        partial.unlink(missing_ok=True)
        if not any(out.iterdir()):
            out.rmdir()
        raise InputError(f"no usable paper in the input ({stats.summary()})")

    if append and n_fresh == 0 and (out / GRAPH_FILE).is_file() and ext_path.is_file() and not partial.stat().st_size:
        # nothing new: the build stays exactly as it is (missing store or page are written again)
        partial.unlink(missing_ok=True)
        g = load_graph(out)
        report.graph = graph_stats(g)
        report.outputs.update(extractions=str(ext_path), graph=str(out / GRAPH_FILE))
        if store:
            from kg.sinks.embedded import store_path, write_store  # noqa: PLC0415

            if not store_path(out).is_file():
                write_store(g, out)
            report.outputs["store"] = str(store_path(out))
        if html:
            if not (out / HTML_FILE).is_file():
                from kg.sinks.html import write_html  # noqa: PLC0415

                write_html(g, out / HTML_FILE, max_nodes=html_max_nodes)
            report.outputs["html"] = str(out / HTML_FILE)
        report.seconds["total"] = time.perf_counter() - t0
        return report

    def all_extractions() -> Iterator[Extraction]:
        seen: set[str] = set()
        files = previous_files if partial in previous_files else [*previous_files, partial]
        for f in files:
            for ex in iter_extractions_file(f, tolerate_truncated=f is partial):
                if ex.paper.id not in seen:
                    seen.add(ex.paper.id)
                    yield ex

    # 3. link: a first pass over the records finds every entity (only each mention's node is kept) ...
    from kg.graph import build_graph_stream  # noqa: PLC0415
    from kg.link import Resolver  # noqa: PLC0415

    t = time.perf_counter()
    existing = None
    if append and (out / GRAPH_FILE).is_file():
        existing = _existing_entities(load_graph(out))
    plan = Resolver().plan(all_extractions(), existing=existing)
    del existing
    report.seconds["link"] = time.perf_counter() - t

    # 4. graph: ... and a second pass links each paper and adds it to the graph, one at a time, while the
    #    merged records are written out (memory holds the graph, never the whole corpus of records).
    # 5. sinks, written into a staging folder and moved into place together at the end, so an
    #    interrupted build never leaves a half-written graph.json, store or page behind.
    staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=out))
    try:
        t = time.perf_counter()
        with open(staging / EXTRACTIONS_FILE, "w", encoding="utf-8") as ext_fh:
            def linked_papers():
                for lk in plan.linked(all_extractions()):
                    ext_fh.write(json.dumps(lk.extraction.to_json(), ensure_ascii=False) + "\n")
                    yield lk

            g = build_graph_stream(plan.entities, linked_papers(), inputs=[*sources, *map(str, pre_extracted)])
        del plan
        report.seconds["graph"] = time.perf_counter() - t
        report.graph = graph_stats(g)
        t = time.perf_counter()
        save_graph(g, staging / GRAPH_FILE)
        report.seconds["write_json"] = time.perf_counter() - t
        # the page's part of the graph and the store's bulk files come from the graph; then, unless
        # Neo4j still needs it, the graph is freed before the page is laid out and the store loaded
        # (a big graph and the store engine's memory are never held together)
        if html:
            from kg.sinks.html import prepare_map, write_map  # noqa: PLC0415

            t = time.perf_counter()
            # kept as one pickled block: objects shared with the graph would pin its memory
            page = pickle.dumps(prepare_map(g, max_nodes=html_max_nodes))
            report.seconds["html"] = time.perf_counter() - t
        if store:
            from kg.sinks.embedded import stage_store  # noqa: PLC0415

            t = time.perf_counter()
            staged = stage_store(g, staging)
            report.seconds["store"] = time.perf_counter() - t
        if not neo4j:
            del g
            _release_memory()
        if html:
            t = time.perf_counter()
            write_map(pickle.loads(page), staging / HTML_FILE)
            del page
            report.seconds["html"] += time.perf_counter() - t
        if store:
            t = time.perf_counter()
            staged.load()
            report.seconds["store"] += time.perf_counter() - t
        for f in sorted(staging.iterdir()):
            os.replace(f, out / f.name)
            report.outputs[_OUTPUT_NAMES.get(f.name, f.name)] = str(out / f.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    partial.unlink(missing_ok=True)
    if neo4j:
        from kg.sinks.neo4j import load_graph_to_neo4j  # noqa: PLC0415

        t = time.perf_counter()
        report.neo4j = load_graph_to_neo4j(g, **neo4j)  # g is kept when neo4j is set
        report.seconds["neo4j"] = time.perf_counter() - t
    report.seconds["total"] = time.perf_counter() - t0
    from kg.graph.io import atomic_write_text  # noqa: PLC0415

    atomic_write_text(out / REPORT_FILE, json.dumps(report.to_json(), indent=1))
    return report


def _preload_sinks(*, html: bool, store: bool) -> None:
    """Import the sinks before the graph is built (see :func:`kg.sinks.html.preload`)."""
    if html:
        from kg.sinks.html import preload  # noqa: PLC0415

        preload()
    if store:
        from kg.sinks.embedded import preload  # noqa: PLC0415

        preload()


def _release_memory() -> None:
    """Collect garbage and hand freed heap back to the system (glibc keeps it otherwise), so the
    embedded store's engine does not add its memory on top of a graph that is gone."""
    import gc  # noqa: PLC0415

    gc.collect()
    try:
        import ctypes  # noqa: PLC0415

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def graph_of(path: str | os.PathLike) -> nx.MultiDiGraph:
    """The graph of a build directory or graph.json (for ``kg viz``, ``kg load``, ``kg export``)."""
    return load_graph(path)


__all__ = [
    "BuildReport", "KGError", "build", "example_corpus", "extract_to_jsonl", "graph_of",
    "iter_extractions_file", "write_extractions", "Evidence",
]
