#!/usr/bin/env python3
"""Benchmark kg's stages on one synthetic corpus, in one run, and report ratios.

The corpus is made by recombining sentences of the seed abstracts (../shared/seeds) with a fixed random
seed, so every N gives the same texts. Measured on that corpus, in this order:

- ``tokenize_docs_per_s``: spaCy tokenizer only (``spacy.blank("en")``), the floor any spaCy pipeline pays
- ``extract_docs_per_s``: kg's full extraction (``extract_papers``), and ``extract_vs_tokenize`` the ratio;
  both read the same strings (title, blank line, abstract), each with a fresh pipeline, and neither keeps
  its output (``kg build`` writes each extraction to disk as it comes)
- ``extract_kept_s``: the extraction once more, keeping every result in memory for the stages below; with
  100k results held, the garbage collector's full passes over them make it slower per doc
- ``seed_*`` and ``arxiv_*``: the same two rates and their ratio on real abstracts: the seed papers, and
  the 7.4k arXiv abstracts of ../shared/data/sota_nfdi4ds when that folder is present. The recombined
  corpus repeats each seed sentence many times, which keeps the tokenizer in its cache; on real text it
  keeps meeting new words. Both ratios are printed so neither flatters the other.
- ``link_mentions_per_s``: the linker
- ``graph_s``, ``json_s``, ``store_s``, ``html_s``: graph assembly and each sink
- ``neo4j_rows_per_s`` (with ``--bolt``): Neo4j/Bolt load, nodes+relationships per second
- ``build_s`` and ``peak_rss_mb``: ``kg build`` end to end on the same corpus (a JSON-lines file) in a
  child process (extract with ``--workers``, link, graph.json, page, embedded store), and that process's
  peak resident memory: what a user's run needs. Measured first, before any other child process.
- ``bench_rss_mb``: this benchmark process's own peak, which keeps every stage's output in memory to
  time the stages one by one (so it is larger than a build's)

usage: python scripts/bench.py [--n N] [--workers W] [--json] [--scales 1000,10000,100000] [--bolt]
       python scripts/bench.py --engine dask [--n N] [--workers W] [--scheduler ADDRESS] [--json]

``--engine dask`` (:func:`run_dask`) builds the synthetic corpus twice, each ``kg build`` in a child process:
single-process (``--workers 1``) and ``--engine dask`` with W workers (a LocalCluster, or the cluster at
``--scheduler``). It reports each build's wall time and docs/s, the extraction rate of each and their
ratio to the single-process rate times W (``dask_extract_scaling``), the peak RSS of every process (the
driver, each Dask worker, the scheduler: in the driver's process for a LocalCluster; the
store loader, a child of the driver, when the store is large enough to be loaded in one), whether the two
graphs are identical (``same_graph``, scripts/compare_graphs.py), and the machine's load average.

``--scales`` runs each N in a fresh process and prints how each stage's time grows with N.
Absolute seconds on a shared machine are noise; compare the ratios printed in one run.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.models import Paper  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "seeds"
ARXIV = SHARED / "data" / "sota_nfdi4ds" / "papers.jsonl.gz"
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def make_corpus(n: int, seed: int = 13) -> list[Paper]:
    """``n`` abstracts recombined from the seed sentences (titles recombined from seed titles)."""
    return list(iter_corpus(n, seed))


def iter_corpus(n: int, seed: int = 13) -> Iterator[Paper]:
    """:func:`make_corpus` as a stream (a million papers are never a list in memory)."""
    from kg.read import read_papers  # noqa: PLC0415

    papers = read_papers(sorted(SEEDS.glob("*.txt")))
    if not papers:
        raise SystemExit(f"no seed abstracts under {SEEDS}")
    sentences = [s for p in papers for s in _SPLIT.split(p.abstract) if len(s) > 30]
    titles = [p.title for p in papers]
    rng = random.Random(seed)
    for i in range(n):
        k = rng.randint(5, 10)
        abstract = " ".join(rng.choice(sentences) for _ in range(k))
        title = f"{rng.choice(titles)} ({i})"
        yield Paper(id=f"bench-{i:07d}", title=title, abstract=abstract)


def arxiv_abstracts() -> list[Paper]:
    """The real arXiv ML abstracts of ../shared/data/sota_nfdi4ds (CC BY-SA 4.0), for the real-text ratio;
    empty when that folder is absent."""
    src = ARXIV
    if not src.is_file():
        return []
    out = []
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("title") and r.get("abstract"):
                out.append(Paper(id=str(r.get("paper_id")), title=r["title"], abstract=r["abstract"]))
    return out


def _tokenize_and_extract(papers: list[Paper], workers: int, keep: bool = False, tokenize: bool = True):
    """Seconds for the bare tokenizer, then kg's extraction, on the same texts, each pipeline fresh;
    with ``keep`` the extractions are kept (and returned), else dropped as they come, like the docs."""
    import spacy  # noqa: PLC0415

    from kg.extract import build_nlp, doc_text, extract_papers  # noqa: PLC0415

    tok_s = 0.0
    if tokenize:
        texts = [doc_text(p) for p in papers]
        tok = spacy.blank("en")
        t = time.perf_counter()
        for _ in tok.pipe(texts, batch_size=256):
            pass
        tok_s = time.perf_counter() - t
        del texts, tok
    nlp = build_nlp()
    t = time.perf_counter()
    out = []
    for ex in extract_papers(papers, nlp=nlp, batch_size=64, n_process=workers):
        if keep:
            out.append(ex)
    return tok_s, out, time.perf_counter() - t


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run(n: int, workers: int = 1, bolt: bool = False, html: bool = True) -> dict:
    from kg.graph import build_graph, save_graph  # noqa: PLC0415
    from kg.link import link  # noqa: PLC0415
    from kg.sinks.embedded import write_store  # noqa: PLC0415

    corpus = make_corpus(n)
    res: dict = {"n": n, "workers": workers}
    res.update(_bench_build(corpus, workers, html))

    # the tokenizer and the extractor read the same strings: title, separator, abstract; neither keeps its
    # output (kg build writes each extraction out as it comes)
    tok_s, _, ext_s = _tokenize_and_extract(corpus, workers)
    res["tokenize_s"] = tok_s
    res["tokenize_docs_per_s"] = n / tok_s
    res["extract_s"] = ext_s
    res["extract_docs_per_s"] = n / ext_s
    res["extract_vs_tokenize"] = tok_s / ext_s
    # The same ratio on real abstracts, each a fresh pipeline: the seed papers, and the arXiv abstracts
    # of ../shared/data/sota_nfdi4ds when present. A recombined corpus repeats every seed sentence (about
    # 17 times at 10k, 165 times at 100k), so the tokenizer runs from its cache there while kg's rules
    # still do their work per doc; real text keeps bringing new words.
    from kg.read import read_papers  # noqa: PLC0415

    for key, real in (("seed", read_papers(sorted(SEEDS.glob("*.txt")))), ("arxiv", arxiv_abstracts())):
        if not real:
            continue
        r_tok, _, r_ext = _tokenize_and_extract(real, 1)
        res[f"{key}_n"] = len(real)
        res[f"{key}_tokenize_docs_per_s"] = len(real) / r_tok
        res[f"{key}_extract_docs_per_s"] = len(real) / r_ext
        res[f"{key}_extract_vs_tokenize"] = r_tok / r_ext
    # the later stages need every extraction in memory: the extraction once more, keeping them all (with
    # 100k results held, the garbage collector's full passes over them add time per doc: reported apart)
    _, extractions, res["extract_kept_s"] = _tokenize_and_extract(corpus, workers, keep=True, tokenize=False)
    mentions = sum(len(e.mentions) for e in extractions)
    res["mentions"] = mentions

    t = time.perf_counter()
    linking = link(extractions)
    dt = time.perf_counter() - t
    res["link_s"] = dt
    res["link_mentions_per_s"] = mentions / dt if dt else float("inf")
    res["entities"] = len(linking.entities)

    t = time.perf_counter()
    g = build_graph(linking)
    res["graph_s"] = time.perf_counter() - t
    res["nodes"], res["edges"] = g.number_of_nodes(), g.number_of_edges()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        t = time.perf_counter()
        save_graph(g, Path(tmp) / "graph.json")
        res["json_s"] = time.perf_counter() - t
        t = time.perf_counter()
        write_store(g, tmp)
        res["store_s"] = time.perf_counter() - t
        res["store_rows_per_s"] = (res["nodes"] + res["edges"]) / res["store_s"]
        if html:
            from kg.sinks.html import write_html  # noqa: PLC0415

            t = time.perf_counter()
            write_html(g, Path(tmp) / "graph.html")
            res["html_s"] = time.perf_counter() - t
    if bolt:
        res.update(_bench_bolt(g))
    res["bench_rss_mb"] = peak_rss_mb()
    return res


def _bench_build(corpus: list[Paper], workers: int, html: bool) -> dict:
    """``kg build`` of the corpus in a child process: its time and peak resident memory."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
        src = Path(tmp) / "corpus.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for p in corpus:
                fh.write(json.dumps(p.to_json()) + "\n")
        cmd = [sys.executable, "-c", "from kg.cli import main; main()", "build", str(src), "--out",
               str(Path(tmp) / "out"), "--quiet", "--workers", str(workers)]
        if not html:
            cmd.append("--no-html")
        t = time.perf_counter()
        subprocess.run(cmd, check=True)
        dt = time.perf_counter() - t
    return {"build_s": dt, "build_docs_per_s": len(corpus) / dt,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0}


def _write_corpus(n: int, path: Path, head: tuple[int, Path] | None = None) -> None:
    """The corpus of ``n`` papers as JSON lines, streamed; ``head`` = (m, path2) also writes its first m papers to path2."""
    m, path2 = head or (0, None)
    with open(path, "w", encoding="utf-8") as fh, open(path2 or os.devnull, "w", encoding="utf-8") as fh2:
        for i, p in enumerate(iter_corpus(n)):
            line = json.dumps(p.to_json()) + "\n"
            fh.write(line)
            if i < m:
                fh2.write(line)


#: Runs ``kg build`` and writes the process's own peak RSS (MB) to $KG_BENCH_RSS at exit.
_CHILD = ("import atexit, os, resource\n"
          "atexit.register(lambda: open(os.environ['KG_BENCH_RSS'], 'w').write("
          "str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))\n"
          "from kg.cli import main; main()")


def _child_build(src: Path, out: Path, extra: list[str], env: dict[str, str] | None = None) -> dict:
    """One ``kg build`` in a child process: wall time, its own peak RSS and its build report."""
    rss = out.parent / f"{out.name}.rss"
    cmd = [sys.executable, "-c", _CHILD, "build", str(src), "--out", str(out), "--quiet", "--no-html", *extra]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env={**os.environ, "KG_BENCH_RSS": str(rss), **(env or {})})
    dt = time.perf_counter() - t
    report = json.loads((out / "build_report.json").read_text())
    return {"wall_s": round(dt, 2), "driver_peak_rss_mb": round(float(rss.read_text()), 1),
            "extract_s": report["seconds"].get("read+extract"), "seconds": report["seconds"],
            "engine": report.get("engine"), "store": report.get("store"), "papers": report["papers_total"]}


def run_dask(n: int, workers: int, scheduler: str | None = None, ref_n: int | None = None) -> dict:
    """The single-process ``kg build`` of the first ``ref_n`` papers (all when n <= 20,000) and the Dask
    ``kg build`` of all ``n`` papers of the synthetic corpus (see the module doc). The extraction rates are
    per doc, so the reference may be smaller; the graphs are compared when both builds hold the same papers."""
    sys.path.insert(0, str(REPO / "scripts"))
    from compare_graphs import differences  # noqa: PLC0415

    from kg.graph import load_graph  # noqa: PLC0415

    ref_n = min(n, ref_n or 20_000)
    res: dict = {"n": n, "reference_n": ref_n, "workers": workers, "scheduler": scheduler or "LocalCluster",
                 "loadavg_before": os.getloadavg(), "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="kg-bench-dask-") as tmp:
        src, ref = Path(tmp) / "corpus.jsonl", Path(tmp) / "reference.jsonl"
        _write_corpus(n, src, (ref_n, ref) if ref_n < n else None)
        # the whole corpus file when the reference is all of it (a paper's `source` names its file)
        single = _child_build(ref if ref_n < n else src, Path(tmp) / "single", ["--workers", "1"])
        extra = ["--engine", "dask", "--workers", str(workers)] + (["--scheduler", scheduler] if scheduler else [])
        # larger than the reference: no graph.json at any n, so peaks at two sizes compare like with like
        dask = _child_build(src, Path(tmp) / "dask", extra, {"KG_DASK_GRAPH_MAX": "0"} if ref_n < n else None)
        both = ref_n == n and (Path(tmp) / "dask" / "graph.json").exists()
        res["same_graph"] = (not differences(load_graph(Path(tmp) / "single"), load_graph(Path(tmp) / "dask"))
                             if both else None)
    for name, r, m in (("single", single, ref_n), ("dask", dask, n)):
        r["docs_per_s"] = round(m / r["wall_s"], 1)
        r["extract_docs_per_s"] = round(m / r["extract_s"], 1)
        res[name] = r
    # the cluster's own extraction time (after it is up; it includes building each worker's pipeline)
    dask["cluster_extract_docs_per_s"] = round(n / dask["engine"]["extract_seconds"], 1)
    # the rate of one worker while busy: below the single-process rate when the workers share cores
    dask["per_worker_docs_per_s"] = round(n / dask["engine"]["worker_seconds"], 1)
    res["dask_extract_scaling"] = round(dask["cluster_extract_docs_per_s"] / (single["extract_docs_per_s"] * workers), 3)
    peaks = {"driver": dask["driver_peak_rss_mb"], **(dask["engine"] or {}).get("peak_rss_mb", {})}
    if "loader_peak_rss_mb" in (dask["store"] or {}):  # a large store is loaded in a child process
        peaks["store loader"] = dask["store"]["loader_peak_rss_mb"]
    res["dask_peak_rss_mb"] = peaks
    res["max_process_rss_mb"] = max(peaks.values())
    res["loadavg_after"] = os.getloadavg()
    return res


def _bench_bolt(g) -> dict:
    """Load into a Bolt server: NEO4J_URI when set, else an in-process ArcadeDB (needs arcadedb-embedded)."""
    try:
        from kg.bench import bench_load  # noqa: PLC0415
    except ImportError as exc:
        return {"neo4j_error": str(exc)}
    uri = os.environ.get("NEO4J_URI")
    if uri:
        out = bench_load(g, uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    else:
        sys.path.insert(0, str(REPO / "tests"))
        try:
            from bolt_server import bolt_server  # noqa: PLC0415
        except ImportError as exc:
            return {"neo4j_error": f"no Bolt server available ({exc})"}
        with bolt_server() as srv:
            out = bench_load(g, srv.uri, srv.user, srv.password)
    return {"neo4j": out}


def _fmt(res: dict) -> str:
    keys = ["n", "tokenize_docs_per_s", "extract_docs_per_s", "extract_vs_tokenize", "seed_n", "seed_tokenize_docs_per_s",
            "seed_extract_docs_per_s", "seed_extract_vs_tokenize", "arxiv_n", "arxiv_tokenize_docs_per_s",
            "arxiv_extract_docs_per_s", "arxiv_extract_vs_tokenize", "extract_kept_s", "mentions", "link_mentions_per_s",
            "entities", "graph_s", "json_s", "store_s", "store_rows_per_s", "html_s", "nodes", "edges",
            "build_s", "build_docs_per_s", "peak_rss_mb", "bench_rss_mb"]
    lines = []
    for k in keys:
        if k in res:
            v = res[k]
            lines.append(f"{k:26s} {v:,.3f}" if isinstance(v, float) else f"{k:26s} {v}")
    if "neo4j" in res:
        lines.append(f"{'neo4j':26s} {json.dumps(res['neo4j'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="abstracts in the synthetic corpus")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes")
    ap.add_argument("--json", action="store_true", help="end with one JSON object on the last line")
    ap.add_argument("--scales", help="comma-separated Ns, each run in a fresh process; prints growth")
    ap.add_argument("--bolt", action="store_true", help="also time a Neo4j/Bolt load")
    ap.add_argument("--no-html", action="store_true", help="skip the HTML page")
    ap.add_argument("--engine", choices=["local", "dask"], default="local",
                    help="dask: compare `kg build --engine dask` with the single-process build")
    ap.add_argument("--scheduler", help="with --engine dask: the Dask scheduler (default: a LocalCluster)")
    ap.add_argument("--reference-n", type=int, default=None,
                    help="with --engine dask: papers of the single-process reference build (default: min(N, 20000))")
    args = ap.parse_args(argv)
    if args.engine == "dask":
        res = run_dask(args.n, max(1, args.workers), args.scheduler, args.reference_n)
        print(json.dumps(res, indent=None if args.json else 1))
        return 0
    if args.scales:
        rows = []
        for n in [int(x) for x in args.scales.split(",")]:
            cmd = [sys.executable, __file__, "--n", str(n), "--workers", str(args.workers), "--json"]
            if args.no_html:
                cmd.append("--no-html")
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            rows.append(json.loads(out))
            print(f"N={n}: extract {rows[-1]['extract_docs_per_s']:.0f} docs/s, "
                  f"ratio {rows[-1]['extract_vs_tokenize']:.2f} (arXiv text {rows[-1].get('arxiv_extract_vs_tokenize', float('nan')):.2f}), "
                  f"peak {rows[-1]['peak_rss_mb']:.0f} MB", file=sys.stderr)
        base = rows[0]
        stages = ["tokenize_s", "extract_s", "extract_kept_s", "link_s", "graph_s", "json_s", "store_s", "html_s", "build_s"]
        print(f"{'stage':14s}" + "".join(f"{'N=' + str(r['n']):>14s}" for r in rows) + "   growth per 10x N")
        for s in stages:
            if s not in base:
                continue
            cells = "".join(f"{r.get(s, float('nan')):14.2f}" for r in rows)
            growth = [rows[i + 1][s] / rows[i][s] * (rows[i]["n"] * 10 / rows[i + 1]["n"]) if rows[i][s] else float("nan")
                      for i in range(len(rows) - 1)]
            print(f"{s:14s}{cells}   " + " ".join(f"{x:.1f}x" for x in growth))
        print(f"{'peak_rss_mb':14s}" + "".join(f"{r['peak_rss_mb']:14.0f}" for r in rows) + "   (kg build)")
        for r in rows:
            if r.get("extract_kept_s"):
                r["kept_vs_tokenize"] = r["tokenize_s"] / r["extract_kept_s"]
        for key, label in (("extract_vs_tokenize", "ratio"), ("kept_vs_tokenize", "ratio, kept"),
                           ("arxiv_extract_vs_tokenize", "ratio arXiv")):
            if key in base:
                print(f"{label:14s}" + "".join(f"{r.get(key, float('nan')):14.2f}" for r in rows)
                      + "   extraction / tokenizer-only docs/s")
        if args.json:
            print(json.dumps({"scales": rows}))
        return 0
    res = run(args.n, workers=args.workers, bolt=args.bolt, html=not args.no_html)
    print(_fmt(res))
    if args.json:
        print(json.dumps(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
