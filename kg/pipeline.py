"""Calls the stages in order: read -> extract -> link -> graph -> sinks.

``build`` is a loop over the chosen sinks (``kg.sinks.base``: stage each while the graph exists, free
the graph, commit each); what the output folder already holds is :class:`kg.build_state.BuildState`'s
business, the lock, the generations and the atomic switch are :class:`kg.outdir.OutDir`'s.
"""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import networkx as nx

from kg.build_state import EXTRACTIONS_FILE, PARTIAL_FILE, BuildState, existing_entities
from kg.errors import InputError, KGError, env_number
from kg.extractions import is_extractions_file, iter_extractions_file, write_extractions
from kg.graph import GRAPH_FILE, graph_stats, load_graph
from kg.fileio import atomic_write_text
from kg.graph.records import GraphRecords
from kg.memory import preload_sinks, release_memory
from kg.models import Evidence, Extraction, Paper
from kg.outdir import OutDir
from kg.read import ReadStats, iter_papers
from kg.sinks.base import Sink, Staged

HTML_FILE = "graph.html"
STORE_FILE = "store.lbug"
REPORT_FILE = "build_report.json"
#: The report's name of each output file.
_OUTPUT_NAMES = {EXTRACTIONS_FILE: "extractions", GRAPH_FILE: "graph", STORE_FILE: "store", HTML_FILE: "html",
                 REPORT_FILE: "report"}
#: The output file of each local sink (the others, Neo4j, write elsewhere).
_SINK_FILES = {"json": GRAPH_FILE, "html": HTML_FILE, "store": STORE_FILE}

#: A progress callback: called with the number of items just done (tqdm's ``update`` fits).
Progress = Callable[[int], Any]
#: ``progress(label, total)`` returns a :data:`Progress` for one stage (or None).
ProgressFactory = Callable[[str, "int | None"], "Progress | None"]


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
    engine: dict[str, Any] | None = None
    exports: dict[str, list[str]] = field(default_factory=dict)
    store: dict[str, Any] | None = None

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
            **({"engine": self.engine} if self.engine else {}),
            **({"exports": self.exports} if self.exports else {}),
            **({"store": self.store} if self.store else {}),
        }


def extract_stream(
    papers: Iterable[Paper],
    *,
    workers: int = 1,
    batch_size: int = 64,
) -> Iterator[Extraction]:
    """Extraction of a paper stream (imported lazily: spaCy is only loaded when needed)."""
    from kg.extract import extract_papers  # noqa: PLC0415

    yield from extract_papers(papers, batch_size=batch_size, n_process=max(1, workers))


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
    progress: ProgressFactory | None = None,
    dask: dict[str, Any] | None = None,
    exports: list[tuple[str, str | os.PathLike]] | None = None,
) -> BuildReport:
    """``kg build``: every stage, writing ``graph.json``, the embedded store and ``graph.html`` to ``out_dir``.

    Parameters
    ----------
    inputs : input files or folders; ``None`` or empty builds the bundled example corpus
    append : keep the papers of an existing build in ``out_dir`` and add the new ones (already
        present papers are not extracted again; linking is redone over all, so ids stay stable)
    strict : a skipped record or file is an error instead of a counted warning
    neo4j : ``{"uri", "user", "password", "database"}`` to load the build into a Bolt server too
    progress : ``progress(label, total)`` returns a callback advanced per item, for each stage:
        extract, link, graph, json, html, store, neo4j (the CLI passes tqdm bars)
    dask : extract on Dask (:mod:`kg.engine_dask`): ``{"scheduler": address or None for a local
        cluster, "workers": N, "partition_size": papers per task}``; an interrupted run resumes
        from its finished shards
    exports : ``(format, path)`` pairs (:func:`kg.sinks.exports.export_sink`) written from the build's
        records, committed with the local outputs (the way to get neo4j-admin CSVs or Parquet of a Dask
        build too big for graph.json)
    """
    tick = progress or _no_progress
    sources, extracted = _split_inputs(inputs)  # a missing input fails here, before anything is written
    neo = _neo4j_sink(neo4j)
    _check_scheduler(dask)
    preload_sinks(html=html, store=store)
    t0 = time.perf_counter()
    with OutDir.locked(out_dir) as out, _dask_client(dask) as client:
        dask = None if dask is None else {**dask, "client": client}
        report = BuildReport(out_dir=out.path, read=ReadStats())
        state = BuildState(out.path, append=append)
        with _timed(report, "read+extract"):
            _extract_new(state, sources, extracted, report, tick("extract", None), workers=workers,
                         batch_size=batch_size, limit=limit, categories=categories, dask=dask)
        _check_read(state, report, strict)
        if dask is not None:
            state.forget_papers()
        sinks = partial(_sinks, html=html, store=store, max_nodes=html_max_nodes, neo=neo, exports=exports or [])
        remote = _write_generation(out, state, sinks, report, tick, [*sources, *map(str, extracted)], t0, dask)
        state.finish()
        if dask is not None:
            _discard_dask_files(out.path)
        _commit_remote(remote, out, report, t0)
    return report


def _discard_dask_files(out: Path) -> None:
    """The shards and per-partition graph files of a Dask build, once its generation is in place."""
    from kg.engine_dask import discard_graph, discard_shards  # noqa: PLC0415

    discard_shards(out)
    discard_graph(out)


def _commit_remote(remote: list, out: OutDir, report: BuildReport, t0: float) -> None:
    """Commit the remote sinks (Neo4j) once the local outputs are in place, the report updated after each."""
    for st in remote:
        with _timed(report, "neo4j"):
            report.neo4j = st.commit()
        report.seconds["total"] = time.perf_counter() - t0
        _write_report(out.current(), report, out.path)


@contextmanager
def _dask_client(dask: dict[str, Any] | None) -> Iterator[Any]:
    """The build's Dask client (one cluster for extraction, linking and the graph), or None."""
    if dask is None:
        yield None
        return
    from kg.engine_dask import LazyClient  # noqa: PLC0415

    with LazyClient(dask.get("scheduler"), dask.get("workers", 2), dask.get("timeout", "20s")) as client:
        yield client


def _no_progress(label: str, total: int | None) -> None:
    return None


@contextmanager
def _timed(report: BuildReport, key: str) -> Iterator[None]:
    t = time.perf_counter()
    try:
        yield
    finally:
        report.seconds[key] = report.seconds.get(key, 0.0) + time.perf_counter() - t


def _split_inputs(inputs: list[str | os.PathLike] | None) -> tuple[list[str], list[Path]]:
    """Files to read and files that are ``kg extract`` outputs already (taken as they are)."""
    from kg.read.base import expand_inputs  # noqa: PLC0415

    files = expand_inputs([str(p) for p in inputs] if inputs else [str(example_corpus())])
    extracted = [f for f in files if is_extractions_file(f)]
    return [str(f) for f in files if f not in extracted], extracted


def _neo4j_sink(neo4j: dict[str, Any] | None) -> Sink | None:
    """The Neo4j sink, its server checked before any work (a wrong URI fails in a second, not after the build)."""
    if not neo4j:
        return None
    from kg.sinks.neo4j import Neo4jSink  # noqa: PLC0415

    sink = Neo4jSink(**neo4j)
    sink.check()
    return sink


def _check_scheduler(dask: dict[str, Any] | None) -> None:
    """A Dask scheduler given by address is reached once before anything is written (a wrong address
    fails with a one-line message and leaves the output folder untouched)."""
    if dask and dask.get("scheduler"):
        from kg.engine_dask import connect  # noqa: PLC0415

        with connect(dask["scheduler"], 0, dask.get("timeout", "20s")):
            pass


def _extract_new(state: BuildState, sources: list[str], extracted: list[Path], report: BuildReport,
                 progress: Progress | None, *, workers: int, batch_size: int, limit: int | None,
                 categories: Iterable[str] | None, dask: dict[str, Any] | None = None) -> None:
    """Checkpoint every paper the build does not hold yet: records of ``kg extract`` outputs as they
    are, other inputs read and extracted (streamed: memory stays bounded). A later arXiv version of a
    paper the build holds replaces it, counted with the versions the reader merged."""
    stats = report.read

    def new_papers() -> Iterator[Paper]:
        for p in iter_papers(sources, stats, limit=limit, categories=categories):
            if state.already(p):
                report.papers_already += 1
                continue
            p, replaced = state.claim(p)
            if replaced is not None:
                stats.versions += 1
            yield p

    with state:
        for f in extracted:
            _take_extracted(state, f, report)
        if not sources:  # only `kg extract` outputs: no pipeline to build
            return
        if dask is not None:
            from kg.engine_dask import extract_on_dask  # noqa: PLC0415

            report.engine = extract_on_dask(state, new_papers(), state.checkpoint.parent, batch_size=batch_size,
                                            progress=progress, **dask)
            return
        for ex in extract_stream(new_papers(), workers=workers, batch_size=batch_size):
            state.add(ex)
            if progress:
                progress(1)


def _take_extracted(state: BuildState, path: Path, report: BuildReport) -> None:
    """Checkpoint the records of a ``kg extract`` output the build does not hold yet, as they are (but
    for the arXiv versions a record replaces, named in its paper)."""
    stats = report.read
    stats.files += 1
    for ex in iter_extractions_file(path):
        stats.records += 1
        if state.already(ex.paper):
            report.papers_already += 1
            continue
        paper, replaced = state.remember(ex.paper)
        if replaced is not None:
            stats.versions += 1
            ex = replace(ex, paper=paper)
        stats.papers += 1
        state.add(ex)


def _check_read(state: BuildState, report: BuildReport, strict: bool) -> None:
    """Refuse a build with skips under ``--strict`` (taking its records back out of the checkpoint)
    or with no paper at all."""
    if strict and report.read.skipped_total:
        state.rollback()
        raise InputError(f"--strict: {report.read.summary()}")
    report.papers_new, report.papers_total = state.n_new, state.total
    if state.total == 0:
        state.rollback()
        raise InputError(f"no usable paper in the input ({report.read.summary()})")


def _write_generation(out: OutDir, state: BuildState, sinks: Callable[[Path], list[Sink]], report: BuildReport,
                      tick: ProgressFactory, inputs: list[str], t0: float,
                      dask: dict[str, Any] | None = None) -> list[Staged]:
    """Every local output into a new generation, which then becomes the current one in one step.
    Returns what remains to commit elsewhere (Neo4j)."""
    gen = out.new_generation()
    staged: list[tuple[str, Staged]] = []
    try:
        staged = _graph_and_stage(out, gen, state, sinks(gen), report, tick, inputs, dask)
        release_memory()  # the graph is gone: the map is laid out and the store loaded without it
        for name, st in staged:
            if name in _SINK_FILES or name.startswith("export "):
                with _timed(report, name):
                    done = st.commit()
                if name.startswith("export "):
                    report.exports[name[7:]] = done["files"]
                elif name == "store":
                    report.store = {k: v for k, v in done.items() if k != "files"}
        report.seconds["total"] = time.perf_counter() - t0
        _write_report(gen, report, out.path)
        out.switch(gen)
    except BaseException:
        for _, st in staged:
            st.abort()
        out.discard(gen)
        raise
    return [st for name, st in staged if name not in _SINK_FILES and not name.startswith("export ")]


def _sinks(gen: Path, *, html: bool, store: bool, max_nodes: int | None, neo: Sink | None,
           exports: list[tuple[str, Any]] = ()) -> list[Sink]:
    """The chosen sinks: graph.json, the page and the store into the generation ``gen``, the exports, then Neo4j."""
    from kg.sinks.embedded import EmbeddedStore  # noqa: PLC0415
    from kg.sinks.exports import JsonExport, export_sink  # noqa: PLC0415
    from kg.sinks.page import HtmlMap  # noqa: PLC0415

    sinks: list[Sink] = [JsonExport(gen / GRAPH_FILE, indent=None)]
    if html:
        sinks.append(HtmlMap(gen / HTML_FILE, max_nodes=max_nodes))
    if store:
        sinks.append(EmbeddedStore(gen))
    sinks += [_Export(export_sink(fmt, path)) for fmt, path in exports]
    return sinks + ([neo] if neo else [])


class _Export:
    """An export asked of ``kg build`` (``--export FORMAT=PATH``): committed with the local outputs."""

    def __init__(self, sink: Any) -> None:
        self.sink, self.name = sink, f"export {sink.name}"

    def stage(self, records: Any, progress: Progress | None = None) -> Staged:
        return self.sink.stage(records, progress)


def _graph_and_stage(out: OutDir, gen: Path, state: BuildState, sinks: list[Sink], report: BuildReport,
                     tick: ProgressFactory, inputs: list[str],
                     dask: dict[str, Any] | None = None) -> list[tuple[str, Staged]]:
    """The graph (linked anew, or the current one when an append brought nothing new: its outputs
    are kept and only missing ones written), staged into every sink. The graph is freed on return."""
    has_graph = (out.path / GRAPH_FILE).is_file()
    records: Any
    if state.unchanged and has_graph:
        kept = out.inherit(gen, [EXTRACTIONS_FILE, *_SINK_FILES.values()])
        sinks = [s for s in sinks if _SINK_FILES.get(s.name) not in kept]
        g = load_graph(gen / GRAPH_FILE)
        report.graph = graph_stats(g)
        records = GraphRecords(g)
    elif dask is not None:
        previous = load_graph(out.path) if state.append and has_graph else None
        records = _dask_graph(out, gen, state, previous, report, tick, inputs, dask)
        sinks = _fitting(sinks, records, report, dask)
    else:
        previous = load_graph(out.path) if state.append and has_graph else None
        records = GraphRecords(_link_and_graph(state, gen, previous, report, tick, inputs))
    staged: list[tuple[str, Staged]] = []
    try:
        for sink in sinks:
            cb = tick(sink.name, 1 if sink.name == "html" else len(records))
            with _timed(report, sink.name):
                staged.append((sink.name, sink.stage(records, cb)))
    except BaseException:
        for _, st in staged:
            st.abort()
        raise
    return staged


def _link_and_graph(state: BuildState, gen: Path, previous: nx.MultiDiGraph | None, report: BuildReport,
                    tick: ProgressFactory, inputs: list[str]) -> nx.MultiDiGraph:
    """Link in two passes over the records (the first keeps one node number per mention), then build
    the graph paper by paper while the merged records are written to ``gen/extractions.jsonl``."""
    from kg.graph import build_graph_stream  # noqa: PLC0415
    from kg.graph.common_proposals import demote_common_proposals  # noqa: PLC0415
    from kg.graph.not_entities import not_entity_ids  # noqa: PLC0415
    from kg.graph.prune import prune  # noqa: PLC0415
    from kg.graph.weak_evidence import WeakEvidence  # noqa: PLC0415
    from kg.link import Resolver  # noqa: PLC0415

    with _timed(report, "link"):
        existing = existing_entities(previous) if previous is not None else None
        del previous
        plan = Resolver().plan(_counted(state.records(), tick("link", state.total)), existing=existing)
        del existing
    with _timed(report, "graph"), open(gen / EXTRACTIONS_FILE, "w", encoding="utf-8") as fh:
        weak = WeakEvidence(plan.entities)  # nodes whose only evidence in the corpus is a weak guess
        # (kg.graph.weak_evidence), and the papers with no evidence of a node that other papers keep

        def linked():
            for lk in plan.linked(state.records()):
                fh.write(json.dumps(lk.extraction.to_json(), ensure_ascii=False) + "\n")
                weak.add(lk)
                yield lk

        g = build_graph_stream(plan.entities, _counted(linked(), tick("graph", state.total)), inputs=inputs,
                               unlinked=weak.unlinked)  # no edge from a paper with no evidence of the node
        pruned = prune(g, weak.weak_ids() | not_entity_ids(plan.entities))  # and names of no thing of their type
        common = demote_common_proposals(g)  # lower-case proposals of phrases many other papers use
    report.graph = graph_stats(g)
    report.graph["weak_nodes_dropped"] = pruned
    report.graph["common_proposals_demoted"] = common
    return g


def _dask_graph(out: OutDir, gen: Path, state: BuildState, previous: nx.MultiDiGraph | None, report: BuildReport,
                tick: ProgressFactory, inputs: list[str], dask: dict[str, Any]) -> Any:
    """Link and build on the Dask cluster (:func:`kg.engine_dask.graph_on_dask`): the graph stays in
    per-partition files, read by the sinks as records."""
    import kg  # noqa: PLC0415
    from kg.engine_dask import PARTITION_SIZE, cluster_peaks, graph_on_dask  # noqa: PLC0415

    existing = existing_entities(previous) if previous is not None else None
    del previous
    meta = {"kg_version": kg.__version__, "papers": 0,
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "inputs": list(inputs)}
    client = dask["client"].get()
    with _timed(report, "link+graph"):
        records, _stats, info = graph_on_dask(client, state.record_files(), gen, out.path, existing=existing,
                                              partition_size=dask.get("partition_size") or PARTITION_SIZE,
                                              meta=meta, progress=tick, skip=state.superseded)
    engine = report.engine or {"engine": "dask", "scheduler": dask.get("scheduler") or "local"}  # none: built from records
    report.engine = {**engine, **info, "peak_rss_mb": cluster_peaks(client)}
    report.graph = records.stats()
    return records


def _fitting(sinks: list[Sink], records: Any, report: BuildReport, dask: dict[str, Any]) -> list[Sink]:
    """The sinks a Dask build can feed: graph.json and the map need the whole graph in this process,
    so above ``graph_max`` papers (``$KG_DASK_GRAPH_MAX``, else 50,000) they are left out, and the
    report says so."""
    from kg.engine_dask import GRAPH_JSON_MAX  # noqa: PLC0415

    limit = dask.get("graph_max")
    if limit is None:
        limit = env_number("KG_DASK_GRAPH_MAX", GRAPH_JSON_MAX, what="a whole number of papers")
    n = records.meta["papers"]
    if n <= limit:
        return sinks
    whole = ("json", "html", "export json", "export graphml")  # these hold the graph in one process
    left = [s.name for s in sinks if s.name in whole]
    report.graph["skipped"] = (f"{', '.join(left)} not written: {n} papers is more than {limit} for one process "
                               "(the store and the streamed exports hold the whole graph)")
    return [s for s in sinks if s.name not in whole]


def _counted(items: Iterable[Any], progress: Progress | None) -> Iterator[Any]:
    for item in items:
        yield item
        if progress:
            progress(1)


def _write_report(gen: Path, report: BuildReport, out: Path) -> None:
    """``build_report.json`` into the generation, naming the outputs as readers see them (``DIR/<name>``)."""
    report.outputs = {_OUTPUT_NAMES.get(f.name, f.name): str(out / f.name)
                      for f in sorted(gen.iterdir()) if f.name != REPORT_FILE}
    atomic_write_text(gen / REPORT_FILE, json.dumps(report.to_json(), indent=1))


def graph_of(path: str | os.PathLike) -> nx.MultiDiGraph:
    """The graph of a build directory or graph.json (for ``kg viz``, ``kg load``, ``kg export``)."""
    return load_graph(path)


__all__ = [
    "BuildReport", "KGError", "build", "example_corpus", "extract_to_jsonl", "graph_of",
    "iter_extractions_file", "write_extractions", "Evidence", "Extraction", "EXTRACTIONS_FILE", "PARTIAL_FILE",
]
