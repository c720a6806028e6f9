"""The ``kg`` command line: parse arguments, call one library function, turn KGError into a clean message."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

import kg
from kg.errors import InputError, KGError

DEFAULT_OUT = "kg-out"


def _progress_factory(enabled: bool) -> Callable[[str, int | None], Any]:
    """A ``progress(label, total)`` that returns a tqdm bar's ``update`` (or None when disabled)."""

    bars: list[Any] = []

    def make(label: str, total: int | None):
        if not enabled:
            return None
        from tqdm import tqdm  # noqa: PLC0415

        bar = tqdm(total=total, desc=label, unit=" papers", file=sys.stderr, dynamic_ncols=True, leave=False,
                   disable=None, mininterval=0.5)
        bars.append(bar)
        return bar.update

    make.bars = bars  # type: ignore[attr-defined]
    return make


def _close_bars(factory) -> None:
    for bar in getattr(factory, "bars", []):
        bar.close()


def handle_errors(fn):
    """Run a command; a KGError becomes ``Error: message`` on stderr and its exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted: nothing half-written was left in place; re-run to complete.", err=True)
            sys.exit(130)
        except BrokenPipeError:  # `kg query ... | head`
            sys.exit(0)

    return wrapper


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
@neo4j_options(required=False, uri_from_env=False)
@input_options
@handle_errors
def build(inputs, out_dir, append, no_html, no_store, max_nodes, strict, engine, scheduler, partition_size,
          uri, user, password, database, limit, categories, workers, batch_size, quiet):
    """Read, extract, link and write the graph of INPUTS (papers-page .txt, .jsonl, .json, .csv; .gz ok).

    With no INPUTS, builds the bundled example corpus.

    \b
    Example:
      kg build ../shared/seeds/*.txt --out /tmp/seeds
      kg build more.jsonl --out /tmp/seeds --append
      kg build arxiv.jsonl --filter-category cs.CV --limit 10000 --workers 2 --out cv
      kg build arxiv.jsonl --engine dask --scheduler tcp://head:8786 --out /shared/arxiv
    """
    from kg.pipeline import build as run_build  # noqa: PLC0415

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
            html_max_nodes=max_nodes, neo4j=neo, progress=prog, dask=dask,
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
                             categories=categories, progress=prog("extract", None))
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
    prog = _progress_factory(not quiet)
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
@click.option("--json", "as_json", is_flag=True, help="Print JSON rows.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")
@handle_errors
def query(cypher, db, uri, user, password, database, saved, list_saved, params, as_json, as_csv):
    """Run CYPHER (or a saved query) on the embedded store, or on Neo4j with --uri.

    \b
    Example:
      kg query --db /tmp/seeds "MATCH (p:Paper) RETURN count(p)"
      kg query --db /tmp/seeds --saved top-datasets-per-task
      kg query --list
    """
    from kg import query as q  # noqa: PLC0415

    if list_saved:
        for name, desc, pnames in q.list_saved():
            extra = f"  (params: {', '.join(pnames)})" if pnames else ""
            click.echo(f"{name:32s} {desc}{extra}")
        return
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
    cols, rows = q.run_query(cypher, db=None if uri else db, uri=uri, user=user, password=password,
                             database=database, params=pvals)
    if as_json:
        click.echo(q.to_json(cols, rows))
    elif as_csv:
        click.echo(q.to_csv(cols, rows), nl=False)
    else:
        click.echo(q.format_table(cols, rows))


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
