"""The ``kg`` command line: parse arguments, call one library function, turn KGError into a clean message."""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

import kg
from kg.errors import InputError, KGError, describe_os_error

DEFAULT_OUT = "kg-out"


def _progress_factory(enabled: bool, unit: str = "papers"):
    """The ``progress(label, total)`` callback of :mod:`kg.progress` on stderr, or a silent one."""
    from kg.progress import Progress  # noqa: PLC0415

    if not enabled:
        return _Silent()
    return Progress(unit=unit)


class _Silent:
    """``progress(label, total)`` that shows nothing (``--quiet``)."""

    def __call__(self, label: str, total: int | None):
        return None

    def close(self) -> None:
        pass


def _close_bars(prog) -> None:
    prog.close()


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def handle_errors(fn):
    """Run a command and translate every failure a user can meet into ``Error: one line`` on stderr and a
    non-zero exit: a KGError (its own exit code), a filesystem fault (disk full, read-only, permission,
    a file in the way, a file size limit: exit 1), memory exhausted, Ctrl-C (exit 130)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as exc:
            _fail(_one_line(exc), exc.exit_code)
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):  # `kg query ... | head`: stop quietly
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                sys.exit(0)
            _fail(describe_os_error(exc), 1)
        except MemoryError:
            _fail("out of memory (try a smaller --batch-size, fewer --workers, or --limit)", 1)
        except KeyboardInterrupt:
            writes = fn.__name__ in ("build", "extract")
            _fail("interrupted" + (": nothing half-written was left in place; re-run to complete" if writes else ""),
                  130)

    return wrapper


def _fail(message: str, code: int) -> None:
    try:
        click.echo(f"Error: {message}", err=True)
    except OSError:
        pass
    sys.exit(code)


def input_options(fn):
    """Options shared by the commands that read papers."""
    fn = click.option("--limit", type=click.IntRange(min=1), help="Stop after this many papers.")(fn)
    fn = click.option(
        "--filter-category", "categories", multiple=True, metavar="CAT",
        help="Keep only papers with this arXiv category (cs.CV) or prefix (cs.); repeatable.",
    )(fn)
    fn = click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
                      help="Extraction processes.")(fn)
    fn = click.option("--batch-size", type=click.IntRange(min=1), default=64, show_default=True,
                      help="Abstracts per spaCy batch.")(fn)
    fn = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")(fn)
    return fn


def neo4j_options(required: bool, uri_from_env: bool = True):
    """--uri/--user/--password/--database, also read from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.

    ``uri_from_env=False`` (``kg build``): an exported NEO4J_URI must not turn every build into a load.
    """

    def deco(fn):
        fn = click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Neo4j database name [env NEO4J_DATABASE].")(fn)
        fn = click.option("--password", envvar="NEO4J_PASSWORD", default=None, help="Password [env NEO4J_PASSWORD].")(fn)
        fn = click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="User [env NEO4J_USER].")(fn)
        fn = click.option(
            "--uri", "--neo4j-uri", "uri", envvar="NEO4J_URI" if uri_from_env else None, required=required,
            default=None,
            help="Bolt URI, e.g. bolt://localhost:7687" + (" [env NEO4J_URI]." if uri_from_env else " (also load into Neo4j)."),
        )(fn)
        return fn

    return deco


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(kg.__version__, prog_name="kg")
def main() -> None:
    """kg: build a typed knowledge graph of methods, datasets, metrics, tasks and code from ML paper abstracts.

    \b
    Example:
      kg build                                  # the bundled example corpus -> ./kg-out
      kg build papers/*.txt --out out
      kg query --db out "MATCH (d:Dataset) RETURN d.name, d.paper_count ORDER BY d.paper_count DESC LIMIT 10"
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Output folder: graph.json, store.lbug, graph.html, extractions.jsonl.")
@click.option("--append", is_flag=True, help="Add the inputs to the build already in --out (no duplicates).")
@click.option("--no-html", is_flag=True, help="Skip the HTML page.")
@click.option("--no-store", is_flag=True, help="Skip the embedded store.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=1500, show_default=True,
              help="Most nodes shown on the HTML page.")
@click.option("--strict", is_flag=True, help="Fail when any record or file is skipped.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: this process (--workers processes) or a Dask cluster (pip install 'kg[dask]').")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Dask scheduler to run on (tcp://host:8786); without it --engine dask starts a local cluster "
                   "of --workers processes.")
@click.option("--partition-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Papers per Dask task (one resumable shard each).")
@click.option("--export", "exports", multiple=True, metavar="FORMAT=PATH",
              help="Also write an export (neo4j-admin, parquet, csv, graphml, json) from the build's records, "
                   "e.g. --export neo4j-admin=import/ (repeatable).")
@neo4j_options(required=False, uri_from_env=False)
@input_options
@handle_errors
def build(inputs, out_dir, append, no_html, no_store, max_nodes, strict, engine, scheduler, partition_size, exports,
          uri, user, password, database, limit, categories, workers, batch_size, quiet):
    """Read, extract, link and write the graph of INPUTS (papers-page .txt, .jsonl, .json, .csv; .gz ok).

    With no INPUTS, builds the bundled example corpus.

    \b
    Example:
      kg build ../shared/seeds/*.txt --out /tmp/seeds
      kg build more.jsonl --out /tmp/seeds --append
      kg build arxiv.jsonl --filter-category cs.CV --limit 10000 --workers 2 --out cv
      kg build arxiv.jsonl --engine dask --scheduler tcp://head:8786 --out /shared/arxiv
      kg build arxiv.jsonl --engine dask --out big --export neo4j-admin=big-import/
    """
    from kg.pipeline import build as run_build  # noqa: PLC0415
    from kg.sinks.exports import FORMATS  # noqa: PLC0415

    wanted = []
    for spec in exports:
        fmt, sep, path = spec.partition("=")
        if not sep or not path or fmt not in FORMATS:
            raise InputError(f"--export {spec!r}: expected FORMAT=PATH with FORMAT one of {', '.join(FORMATS)}")
        wanted.append((fmt, Path(path)))

    neo = None
    if uri:
        neo = {"uri": uri, "user": user, "password": password, "database": database}
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    dask = {"scheduler": scheduler, "workers": workers, "partition_size": partition_size} if engine == "dask" else None
    prog = _progress_factory(not quiet)
    try:
        report = run_build(
            list(inputs), out_dir, append=append, html=not no_html, store=not no_store, workers=workers,
            batch_size=batch_size, limit=limit, categories=categories, strict=strict,
            html_max_nodes=max_nodes, neo4j=neo, progress=prog, dask=dask, exports=wanted,
        )
    finally:
        _close_bars(prog)
    if not quiet:
        click.echo(report.read.summary(), err=True)
        if report.papers_already:
            click.echo(f"{report.papers_already} paper(s) already in the build were kept as they were", err=True)
        g = report.graph
        kinds = ", ".join(f"{n} {t}" for t, n in g["nodes_by_type"].items())
        click.echo(f"graph: {g['nodes']} nodes ({kinds}), {g['edges']} relationships", err=True)
        for name, path in report.outputs.items():
            click.echo(f"  {name:12s} {path}", err=True)
        if report.neo4j:
            click.echo(f"  neo4j        {json.dumps(report.neo4j.get('summary', report.neo4j))}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="JSON-lines file to write (one paper per line).")
@input_options
@handle_errors
def extract(inputs, out, limit, categories, workers, batch_size, quiet):
    """Extract entities, repos, proposals and results of INPUTS to JSON lines (no linking).

    The format is the one ../shared/eval/score.py reads.

    \b
    Example:
      kg extract ../shared/eval/dev_papers.jsonl -o /tmp/dev.jsonl
    """
    from kg.pipeline import extract_to_jsonl  # noqa: PLC0415
    from kg.read import ReadStats  # noqa: PLC0415

    stats = ReadStats()
    prog = _progress_factory(not quiet)
    try:
        n = extract_to_jsonl(inputs, out, stats=stats, workers=workers, batch_size=batch_size, limit=limit,
                             categories=categories, progress=prog("extract", limit))
    finally:
        _close_bars(prog)
    if not quiet:
        click.echo(stats.summary(), err=True)
        click.echo(f"wrote {n} record(s) to {out}", err=True)


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path))
@neo4j_options(required=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Rows per transaction (default: measured best).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors
def load(build_dir, uri, user, password, database, batch_size, quiet):
    """Load the graph of BUILD_DIR into Neo4j (idempotent: loading twice changes nothing).

    \b
    Example:
      docker compose up -d
      kg load /tmp/seeds --uri bolt://localhost:7687 --user neo4j --password kgpassword
    """
    from kg.pipeline import graph_of  # noqa: PLC0415
    from kg.sinks.neo4j import load_graph_to_neo4j  # noqa: PLC0415

    g = graph_of(build_dir)
    kwargs: dict[str, Any] = {"uri": uri, "user": user, "password": password, "database": database}
    if batch_size:
        kwargs["batch_size"] = batch_size
    prog = _progress_factory(not quiet, unit="rows")
    try:
        summary = load_graph_to_neo4j(g, progress=prog("load", g.number_of_nodes() + g.number_of_edges()), **kwargs)
    finally:
        _close_bars(prog)
    click.echo(json.dumps(summary, indent=1, default=str))


@main.command()
@click.argument("cypher", required=False)
@click.option("--db", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Build folder whose embedded store to query (ignored with --uri).")
@neo4j_options(required=False)
@click.option("--saved", metavar="NAME", help="Run a saved query (see --list).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter; repeatable.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Print at most this many rows [default: 1000; the output says when rows were cut].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Stop the query after this many seconds.")
@click.option("--write", is_flag=True, help="Neo4j only: run in a write session (the default is read-only).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON rows.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@handle_errors
def query(cypher, db, uri, user, password, database, saved, list_saved, params, limit, timeout, write,
          as_json, as_csv):
    """Run CYPHER (or a saved query) on the embedded store, or on Neo4j with --uri.

    The embedded store is opened read-only; Neo4j gets a read session unless --write. Ctrl-C stops a
    query.

    \b
    Example:
      kg query --db /tmp/seeds "MATCH (p:Paper) RETURN count(p) AS papers"
      kg query --db /tmp/seeds --saved top-datasets-per-task --limit 20
      kg query --list
    """
    from kg import query as q  # noqa: PLC0415

    if list_saved:
        for name, desc, pnames in q.list_saved():
            extra = f"  (params: {', '.join(pnames)})" if pnames else ""
            click.echo(f"{name:32s} {desc}{extra}")
        return
    if write and not uri:
        raise InputError("--write applies to Neo4j (--uri) only: the embedded store is rebuilt by kg build")
    cypher, pvals = _query_and_params(q, cypher, saved, params)
    ans = q.ask(cypher, db=None if uri else db, uri=uri, user=user, password=password, database=database,
                params=pvals, limit=limit or q.DEFAULT_LIMIT, timeout=timeout, write=write)
    if as_json:
        click.echo(q.to_json(ans.columns, ans.rows))
    elif as_csv:
        click.echo(q.to_csv(ans.columns, ans.rows), nl=False)
    else:
        click.echo(q.format_table(ans.columns, ans.rows))
    for note in _query_notes(q, ans, saved, limit):
        click.echo(note, err=True)


def _query_and_params(q, cypher: str | None, saved: str | None, params: tuple[str, ...]) -> tuple[str, dict]:
    """The Cypher to run (given or saved) and its parameters (``-p k=v``: JSON values, else text)."""
    if saved:
        cypher = q.saved_query(saved)
    if not cypher:
        raise InputError("give a Cypher query, --saved NAME or --list")
    pvals: dict[str, Any] = {}
    for item in params:
        if "=" not in item:
            raise InputError(f"--param needs KEY=VALUE, got {item!r}")
        k, v = item.split("=", 1)
        try:
            pvals[k] = json.loads(v)
        except json.JSONDecodeError:
            pvals[k] = v
    if saved:
        pvals = q.saved_params(saved, pvals)
    return cypher, pvals


def _query_notes(q, ans, saved: str | None, limit: int | None) -> list[str]:
    """Lines for stderr when rows were cut: by --limit (or its default), or by a saved query's own LIMIT."""
    notes = []
    if ans.cut:
        how = f"--limit {limit}" if limit else f"the default --limit of {q.DEFAULT_LIMIT}"
        notes.append(f"note: showing the first {ans.limit} rows ({how}); the query has more")
    if saved:
        own = q.saved_info(saved).limit
        if own is not None and len(ans.rows) == own:
            notes.append(f"note: the saved query {saved!r} stops at {own} rows (LIMIT {own}); there may be more")
    return notes


@main.command()
@click.argument("dataset")
@click.option("--metric", "-m", default=None, help="Only this metric (name or alias, any case).")
@click.option("--task", "-t", default=None, help="Only papers addressing this task (name or alias).")
@click.option("--split", "-s", default=None,
              help="Only results on this named split of the dataset (test-dev, test-other, minival ...).")
@click.option("--timeline", is_flag=True, help="The best score per year instead (papers with a year).")
@click.option("--db", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Build folder whose embedded store to read (ignored with --uri).")
@neo4j_options(required=False)
@click.option("--json", "as_json", is_flag=True, help="Print JSON rows.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@handle_errors
def leaderboard(dataset, metric, task, split, timeline, db, uri, user, password, database, as_json, as_csv):
    """Print the leaderboard of DATASET: each method's best stated score per paper, best first in the
    metric's direction (lower first for error, perplexity, FID ...); improvements and ratios never count.
    Each named split the abstracts give a figure ("test-clean", "test-other", "minival") is ranked apart.

    \b
    Example:
      kg leaderboard Cityscapes --db /tmp/seeds --metric mIoU
      kg leaderboard ImageNet --db /tmp/arxiv --metric "top-1 accuracy" --json
      kg leaderboard CIFAR-10 --db /tmp/arxiv --timeline
      kg leaderboard LibriSpeech --db /tmp/arxiv --split test-other
    """
    from kg import leaderboard as lb  # noqa: PLC0415
    from kg import query as q  # noqa: PLC0415

    cols, rows = lb.leaderboard(dataset, metric=metric, task=task, split=split, timeline=timeline,
                                db=None if uri else db,
                                uri=uri, user=user, password=password, database=database)
    if as_json:
        click.echo(q.to_json(cols, rows))
    elif as_csv:
        click.echo(q.to_csv(cols, rows), nl=False)
    else:
        click.echo(q.format_table(cols, rows) if timeline else lb.leaderboard_table(cols, rows))


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path))
@click.option("--output", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), default=Path("map.html"),
              show_default=True, help="HTML file to write.")
@click.option("--focus", metavar="NAME", help="Only the neighbourhood of this entity (name, alias or id).")
@click.option("--hops", type=click.IntRange(min=1), default=1, show_default=True, help="Neighbourhood radius for --focus.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=1500, show_default=True,
              help="Keep at most this many nodes: the most used entities (overview) or the most connected part.")
@click.option("--min-papers", type=click.IntRange(min=1), default=None,
              help="Leave out entities seen in fewer papers; the page's filter starts there "
                   "[default: 2 on the overview of a big graph, else 1].")
@click.option("--papers", "papers_view", is_flag=True,
              help="Papers and results as nodes too (the default overview shows entities, papers in the side panel).")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              type=click.Choice(["Method", "Dataset", "Metric", "Task", "Repository"], case_sensitive=False),
              help="Only these entity types (repeat the option for several).")
@handle_errors
def viz(build_dir, out, focus, hops, max_nodes, min_papers, papers_view, types):
    """Write the interactive map (one offline HTML file) of BUILD_DIR.

    By default an overview of the field: the most used methods, datasets, metrics, tasks and
    repositories, joined when papers use them together; click one for its papers, code and results.
    With --focus, the neighbourhood of one entity, papers included.

    \b
    Example:
      kg viz /tmp/seeds -o map.html
      kg viz /tmp/seeds -o cityscapes.html --focus Cityscapes --hops 2
      kg viz /tmp/seeds -o datasets.html --type Dataset --type Task --min-papers 5
    """
    from kg.pipeline import graph_of  # noqa: PLC0415
    from kg.sinks.html import write_html  # noqa: PLC0415

    g = graph_of(build_dir)
    canon = {t.lower(): t for t in ("Method", "Dataset", "Metric", "Task", "Repository")}
    stats = write_html(g, out, max_nodes=max_nodes, focus=focus, hops=hops, min_papers=min_papers,
                       view="graph" if papers_view else None, types=tuple(canon[t.lower()] for t in types) or None)
    left = f", {stats['left_out']:,} left out" if stats.get("left_out") else ""
    click.echo(f"wrote {out} ({stats.get('nodes', '?')} nodes, {stats.get('edges', '?')} edges{left})", err=True)


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--show-errors", type=click.IntRange(min=0), default=0, help="List this many per-paper errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@handle_errors
def eval_cmd(gold, inputs, show_errors, as_json):
    """Extract INPUTS and score them against GOLD (the annotation guidelines' scorer).

    \b
    Example:
      kg eval ../shared/eval/dev_gold.jsonl ../shared/eval/dev_papers.jsonl --show-errors 20
    """
    from kg.evaluate import run_eval  # noqa: PLC0415

    table, figures = run_eval(gold, list(inputs), show_errors=show_errors)
    click.echo(json.dumps(figures, indent=1) if as_json else table)


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path))
@click.option("--top", type=click.IntRange(min=2), default=500, show_default=True,
              help="Look for duplicates among this many most used nodes per type.")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="Items shown per list.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole audit as JSON.")
@handle_errors
def audit(build_dir, top, limit, as_json):
    """Audit the graph of BUILD_DIR: names shared across types, junk-looking nodes, probable
    duplicates among the most used nodes, bare or truncated repository URLs.

    \b
    Example:
      kg audit /tmp/seeds
      kg audit /tmp/seeds --json > audit.json
    """
    from kg.audit import audit as run_audit, format_audit  # noqa: PLC0415
    from kg.pipeline import graph_of  # noqa: PLC0415

    report = run_audit(graph_of(build_dir), top=top)
    click.echo(json.dumps(report, indent=1, ensure_ascii=False) if as_json else format_audit(report, limit))


@main.command()
@click.argument("build_dir", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "csv", "neo4j-admin", "parquet"]), required=True)
@click.option("--output", "-o", "out", type=click.Path(path_type=Path), required=True,
              help="File (json, graphml) or folder (csv, neo4j-admin, parquet).")
@handle_errors
def export(build_dir, fmt, out):
    """Export the graph of BUILD_DIR as JSON, GraphML, CSV or neo4j-admin import CSVs.

    \b
    Example:
      kg export /tmp/seeds --format graphml -o seeds.graphml
      kg export /tmp/seeds --format neo4j-admin -o import/
    """
    from kg.pipeline import graph_of  # noqa: PLC0415
    from kg.sinks.exports import export_graph  # noqa: PLC0415

    g = graph_of(build_dir)
    for p in export_graph(g, fmt, out):
        click.echo(f"wrote {p}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
