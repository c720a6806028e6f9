#!/usr/bin/env python3
"""Benchmark kg's stages on one synthetic corpus, in one run, and report ratios.

The corpus is made by recombining sentences of the seed abstracts (../shared/seeds) with a fixed random
seed, so every N gives the same texts. Measured on that corpus, in this order:

- ``tokenize_docs_per_s``: spaCy tokenizer only (``nlp.make_doc``), the floor any spaCy pipeline pays
- ``extract_docs_per_s``: kg's full extraction (``extract_papers``), and ``extract_vs_tokenize`` the ratio
- ``link_mentions_per_s``: the linker
- ``graph_s``, ``json_s``, ``store_s``, ``html_s``: graph assembly and each sink
- ``neo4j_rows_per_s`` (with ``--bolt``): Neo4j/Bolt load, nodes+relationships per second
- ``build_s`` and ``peak_rss_mb``: ``kg build`` end to end on the same corpus (a JSON-lines file) in a
  child process (extract with ``--workers``, link, graph.json, page, embedded store), and that process's
  peak resident memory: what a user's run needs. Measured first, before any other child process.
- ``bench_rss_mb``: this benchmark process's own peak, which keeps every stage's output in memory to
  time the stages one by one (so it is larger than a build's)

usage: python scripts/bench.py [--n N] [--workers W] [--json] [--scales 1000,10000,100000] [--bolt]

``--scales`` runs each N in a fresh process and prints how each stage's time grows with N.
Absolute seconds on a shared machine are noise; compare the ratios printed in one run.
"""
from __future__ import annotations

import argparse
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

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.models import Paper  # noqa: E402

SEEDS = Path(os.environ.get("KG_SHARED", REPO.parent / "shared")) / "seeds"
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def make_corpus(n: int, seed: int = 13) -> list[Paper]:
    """``n`` abstracts recombined from the seed sentences (titles recombined from seed titles)."""
    from kg.read import read_papers  # noqa: PLC0415

    papers = read_papers(sorted(SEEDS.glob("*.txt")))
    if not papers:
        raise SystemExit(f"no seed abstracts under {SEEDS}")
    sentences = [s for p in papers for s in _SPLIT.split(p.abstract) if len(s) > 30]
    titles = [p.title for p in papers]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        k = rng.randint(5, 10)
        abstract = " ".join(rng.choice(sentences) for _ in range(k))
        title = f"{rng.choice(titles)} ({i})"
        out.append(Paper(id=f"bench-{i:07d}", title=title, abstract=abstract))
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run(n: int, workers: int = 1, bolt: bool = False, html: bool = True) -> dict:
    import spacy  # noqa: PLC0415

    from kg.extract import build_nlp, extract_papers  # noqa: PLC0415
    from kg.graph import build_graph, save_graph  # noqa: PLC0415
    from kg.link import link  # noqa: PLC0415
    from kg.sinks.embedded import write_store  # noqa: PLC0415

    corpus = make_corpus(n)
    texts = [p.abstract for p in corpus]
    res: dict = {"n": n, "workers": workers}
    res.update(_bench_build(corpus, workers, html))

    tok = spacy.blank("en")
    t = time.perf_counter()
    for doc in tok.pipe(texts, batch_size=256):
        pass
    dt = time.perf_counter() - t
    res["tokenize_s"] = dt
    res["tokenize_docs_per_s"] = n / dt

    nlp = build_nlp()
    t = time.perf_counter()
    extractions = list(extract_papers(corpus, nlp=nlp, batch_size=64, n_process=workers))
    dt = time.perf_counter() - t
    res["extract_s"] = dt
    res["extract_docs_per_s"] = n / dt
    res["extract_vs_tokenize"] = res["extract_docs_per_s"] / res["tokenize_docs_per_s"]
    # the same ratio on the real seed abstracts (recombined sentences make the tokenizer's cache
    # unrealistically warm, so the synthetic ratio is the pessimistic one)
    from kg.extract import doc_text  # noqa: PLC0415
    from kg.read import read_papers  # noqa: PLC0415

    seeds = read_papers(sorted(SEEDS.glob("*.txt")))
    fresh = spacy.blank("en")
    t = time.perf_counter()
    for doc in fresh.pipe([doc_text(p) for p in seeds], batch_size=256):
        pass
    seed_tok = time.perf_counter() - t
    t = time.perf_counter()
    for _ in extract_papers(seeds, nlp=nlp, batch_size=64):
        pass
    seed_ext = time.perf_counter() - t
    res["seed_tokenize_docs_per_s"] = len(seeds) / seed_tok
    res["seed_extract_docs_per_s"] = len(seeds) / seed_ext
    res["seed_extract_vs_tokenize"] = seed_tok / seed_ext
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


def _bench_bolt(g) -> dict:
    """Load into a Bolt server: NEO4J_URI when set, else an in-process ArcadeDB (needs arcadedb-embedded)."""
    try:
        from kg.sinks.neo4j import bench_load  # noqa: PLC0415
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
    keys = ["n", "tokenize_docs_per_s", "extract_docs_per_s", "extract_vs_tokenize", "seed_tokenize_docs_per_s",
            "seed_extract_docs_per_s", "seed_extract_vs_tokenize", "mentions", "link_mentions_per_s",
            "entities", "graph_s", "json_s", "store_s", "store_rows_per_s", "html_s", "nodes", "edges",
            "build_s", "build_docs_per_s", "peak_rss_mb", "bench_rss_mb"]
    lines = []
    for k in keys:
        if k in res:
            v = res[k]
            lines.append(f"{k:22s} {v:,.3f}" if isinstance(v, float) else f"{k:22s} {v}")
    if "neo4j" in res:
        lines.append(f"{'neo4j':22s} {json.dumps(res['neo4j'])}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000, help="abstracts in the synthetic corpus")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes")
    ap.add_argument("--json", action="store_true", help="end with one JSON object on the last line")
    ap.add_argument("--scales", help="comma-separated Ns, each run in a fresh process; prints growth")
    ap.add_argument("--bolt", action="store_true", help="also time a Neo4j/Bolt load")
    ap.add_argument("--no-html", action="store_true", help="skip the HTML page")
    args = ap.parse_args(argv)
    if args.scales:
        rows = []
        for n in [int(x) for x in args.scales.split(",")]:
            cmd = [sys.executable, __file__, "--n", str(n), "--workers", str(args.workers), "--json"]
            if args.no_html:
                cmd.append("--no-html")
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            rows.append(json.loads(out))
            print(f"N={n}: extract {rows[-1]['extract_docs_per_s']:.0f} docs/s, "
                  f"ratio {rows[-1]['extract_vs_tokenize']:.2f}, peak {rows[-1]['peak_rss_mb']:.0f} MB", file=sys.stderr)
        base = rows[0]
        stages = ["tokenize_s", "extract_s", "link_s", "graph_s", "json_s", "store_s", "html_s", "build_s"]
        print(f"{'stage':12s}" + "".join(f"{'N=' + str(r['n']):>14s}" for r in rows) + "   growth per 10x N")
        for s in stages:
            if s not in base:
                continue
            cells = "".join(f"{r.get(s, float('nan')):14.2f}" for r in rows)
            growth = [rows[i + 1][s] / rows[i][s] * (rows[i]["n"] * 10 / rows[i + 1]["n"]) if rows[i][s] else float("nan")
                      for i in range(len(rows) - 1)]
            print(f"{s:12s}{cells}   " + " ".join(f"{x:.1f}x" for x in growth))
        print(f"{'peak_rss_mb':12s}" + "".join(f"{r['peak_rss_mb']:14.0f}" for r in rows) + "   (kg build)")
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
