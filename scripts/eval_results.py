#!/usr/bin/env python3
"""Score kg's stated results on Papers-with-Code leaderboard labels and on the dev gold.

usage: python scripts/eval_results.py [--shared DIR] [--limit N] [--show N] [--json]
       python scripts/eval_results.py --sample BUILD_DIR [-n 40] [--seed 999]

1. sota_nfdi4ds (``shared/data/sota_nfdi4ds/papers.jsonl.gz``, CC BY-SA 4.0): each paper carries
   ``tdms`` labels (task, dataset, metric, score). Only labels whose score appears verbatim in the
   title or abstract (as a whole number, not inside a longer one) are scored. A label is

   - *value right* when kg gives a result of that paper with the same number, and
   - *fully right* when one such result also names the label's metric and dataset: the names agree
     after normalisation (case, hyphens, punctuation; a leaderboard split such as " - Test" or
     "(val)" dropped; a plural in "-ies" read as "-y") when one contains the other as whole words, when
     the result's name is an alias of the entity the label names in the same abstract, or when kg's
     shipped dataset lexicon lists both names in one row ("COCO", "MSCOCO"). Metrics also agree by
     family of kg's curated metric table ("Mean IoU" = "mIoU"; a word or character error rate is an
     "error rate"/"Percentage error"), unless they name a different k ("top-1" vs "top-5"; "3-fold" is
     no k).

   The labels are weak gold (leaderboard names, not spans) and never feed kg's lexicons of results.
2. The dev gold (``shared/eval/dev_gold.jsonl``): ``shared/eval/score.py``'s results figures.

3. ``--sample BUILD_DIR``: a seeded random draw of the scores in a build's ``graph.json``, each with its
   paper title and sentence, for judging by reading (the hand-judged figures in the README).

Honours ``KG_SHARED``; the default is ``../shared`` beside the repository.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.evaluate import normalise  # noqa: E402
from kg.extract import build_nlp, extract_papers  # noqa: E402
from kg.metrics import MetricKnowledge  # noqa: E402
from kg.models import Paper  # noqa: E402

KNOWLEDGE = MetricKnowledge.load()

_SPLIT = re.compile(r"\s+-\s+.*$|\s*\([^)]*\)\s*$|[\s_-]+(?:val|test|dev|validation|test-dev|test-std|test-clean|test-other|"
                    r"minival|val2017|test2017|full|1-shot|5-shot)$", re.I)
_PAREN = re.compile(r"\(([^)]*)\)")
#: a version however written: "v5", "5.0", "v5.0" are all "5"
_VERSION = re.compile(r"\bv?(\d+)(?:\.0)?\b")
#: the year or version a predicted name ends on ("MS-COCO 2014"): a label naming no version may name the series
_TRAILING_VERSION = re.compile(r"\s+(?:(?:19|20)\d\d|v?\d+(?:\.\d+)?)$")
_YEAR = re.compile(r"(?<=[a-z])\s?(?:19|20)(\d\d)\b")


def verbatim(score: str, text: str) -> bool:
    """``score`` occurs in ``text`` as a whole number ("15.8" in "15.8%", not in "115.8" or "15.86")."""
    s = score.strip()
    if not re.fullmatch(r"[-+]?\d+(?:\.\d+)?", s):
        return False
    return re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d]|\.\d)", text) is not None


def first_number(v: str | None) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", v or "")
    return float(m.group(0)) if m else None


def _words_in(a: str, b: str) -> bool:
    return re.search(r"(^|\s)" + re.escape(b) + r"($|\s)", a) is not None


def name_forms(label: str) -> set[str]:
    """A name's normalised forms: as given, with a leaderboard split or a parenthesis dropped, the
    parenthesis itself ("Bit per Character (BPC)" -> "bpc"), "WMT2014" as "wmt14", digits apart from letters."""
    raw = {label, _SPLIT.sub("", label), _SPLIT.sub("", _SPLIT.sub("", label)), _PAREN.sub("", label)}
    raw.update(_PAREN.findall(label))
    out = set()
    for r in raw:
        n = normalise(r)
        out.update({n, _YEAR.sub(r"\1", n), re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", n),
                    re.sub(r"s\b", "", n), re.sub(r"ies\b", "y", n), _VERSION.sub(r"\1", n)})
    out.discard("")
    return out


def _same(g: str, p: str) -> bool:
    if g == p or g.replace(" ", "") == p.replace(" ", ""):
        return True
    return len(p) >= 2 and len(g) >= 2 and (_words_in(g, p) or _words_in(p, g))


def agrees(label: str, pred: str | None, aliases: dict[str, set[str]], metric: bool = False) -> bool:
    """A predicted name agrees with a label (see the module docstring)."""
    if not pred:
        return False
    pn = set()
    norm = normalise(pred)
    preds = {norm, normalise(_SPLIT.sub("", pred))}  # (the split dropped as from the label's name, before
    # the lexicon's rows are looked up: "COCO test-dev" for "MSCOCO")
    if not re.search(r"\d", label):  # "COCO Captions" for "MS-COCO 2014": the label names the series
        preds.add(_TRAILING_VERSION.sub("", norm))
    lexicon = {} if metric else dataset_lexicon()
    for n in {x for p in preds for x in {p} | aliases.get(p, set()) | lexicon.get(p, set())}:
        pn |= name_forms(n)
    if any(_same(g, p) for g in name_forms(label) for p in pn):
        return True
    if metric:  # one family of kg's curated metric table ("Mean IoU" = "mIoU", "box AP" = "mAP")
        a, b = KNOWLEDGE.family(_PAREN.sub("", label)), KNOWLEDGE.family(pred)
        da, db = set(_RANK_K.findall(_PAREN.sub("", label))), set(_RANK_K.findall(pred))
        kinds = a is b or (a is not None and b is not None and a.name == "error rate" and b.name.endswith(" error rate"))
        return a is not None and kinds and (not da or not db or da == db)  # not top-1 for top-5
    return False


#: the k of a top-k or rank-k metric ("top-5", "Rank-1", "R@10", "Hits@1"): not "3-fold" or "F1"
_RANK_K = re.compile(r"(?:top|rank|@)\s*-?\s*(\d+)", re.I)


@lru_cache(maxsize=1)
def dataset_lexicon() -> dict[str, set[str]]:
    """Normalised name -> every normalised name of its row in kg's shipped dataset lexicons ("COCO" ->
    "ms coco", "mscoco", ...): names kg itself links as one dataset."""
    out: dict[str, set[str]] = {}
    for path in (REPO / "kg/data/lexicons/curated_dataset.tsv", REPO / "kg/data/lexicons/dataset.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 2:
                continue
            names = {normalise(n) for n in [cols[0], *cols[1].split("|")] if n.strip()}
            names.discard("")
            if len(names) > 1:
                for n in names:
                    out.setdefault(n, set()).update(names)
    return out


def alias_index(rec: dict) -> dict[str, set[str]]:
    """Normalised name -> every normalised name of the same entity (text, canonical, aliases)."""
    out: dict[str, set[str]] = {}
    for e in rec.get("entities", []):
        names = {normalise(x) for x in [e.get("text"), e.get("canonical"), *(e.get("aliases") or [])] if x}
        names.discard("")
        for n in names:
            out.setdefault(n, set()).update(names)
    return out


def load_labelled(shared: Path, limit: int | None) -> list[tuple[Paper, list[tuple[str, str, str, str]]]]:
    """Papers with at least one label whose score is verbatim in the text, with those labels."""
    out = []
    with gzip.open(shared / "data/sota_nfdi4ds/papers.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            title, abstract = d.get("title") or "", d.get("abstract") or ""
            if not abstract:
                continue
            text = f"{title}\n{abstract}"
            labels = sorted({tuple(t) for t in d.get("tdms") or [] if len(t) == 4 and verbatim(t[3], text)})
            if labels:
                out.append((Paper(id=d["paper_id"], title=title, abstract=abstract), labels))
            if limit and len(out) >= limit:
                break
    return out


def score_labels(labelled, show: int = 0, seed: int = 0) -> tuple[dict, list]:
    """Value-right and fully-right rates over the labels; a seeded sample of misses when ``show``."""
    n = value_ok = full_ok = metric_ok = dataset_ok = 0
    misses = []
    nlp = build_nlp()
    for (paper, labels), ex in zip(labelled, extract_papers((p for p, _ in labelled), nlp=nlp)):
        rec = ex.to_json()
        al = alias_index(rec)
        for task, dataset, metric, score in labels:
            n += 1
            num = float(score)
            hits = [r for r in rec["results"] if first_number(r.get("value")) == num]
            value_ok += bool(hits)
            m = any(agrees(metric, r.get("metric"), al, metric=True) for r in hits)
            d = any(agrees(dataset, r.get("dataset"), al) for r in hits)
            full = any(agrees(metric, r.get("metric"), al, metric=True) and agrees(dataset, r.get("dataset"), al) for r in hits)
            metric_ok += m
            dataset_ok += d
            full_ok += full
            if not full:
                misses.append({"paper": paper.id, "label": [dataset, metric, score],
                               "found": [[r.get("dataset"), r.get("metric"), r.get("value")] for r in hits]})
    rate = (lambda k: round(k / n, 3) if n else 0.0)
    out = {"labels": n, "papers": len(labelled), "value": rate(value_ok), "value+metric": rate(metric_ok),
           "value+dataset": rate(dataset_ok), "value+metric+dataset": rate(full_ok)}
    random.Random(seed).shuffle(misses)
    return out, misses[:show]


def score_dev(shared: Path) -> dict:
    """``score.py --json`` on a fresh ``kg extract`` of the dev papers: its results figures."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "dev.jsonl"
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        subprocess.run([sys.executable, "-m", "kg", "extract", str(shared / "eval/dev_papers.jsonl"), "-o", str(pred)],
                       check=True, env=env, capture_output=True)
        res = subprocess.run([sys.executable, str(shared / "eval/score.py"), str(shared / "eval/dev_gold.jsonl"),
                              str(pred), "--json"], check=True, capture_output=True, text=True)
    return json.loads(res.stdout)["results"]


def sample_scores(build: Path, n: int, seed: int, abstract: bool = False) -> list[str]:
    """``n`` scores drawn at random (seeded) from ``build/graph.json``, one judging block each; with
    ``abstract`` each block ends with the paper's abstract (the same draw), so a judge sees where a dataset or
    method named outside the result's sentence comes from."""
    graph = json.loads((build / "graph.json").read_text(encoding="utf-8"))
    titles = {d["id"]: d.get("title", "") for d in graph["nodes"] if d.get("type") == "Paper"}
    abstracts = {d["id"]: d.get("abstract", "") for d in graph["nodes"] if abstract and d.get("type") == "Paper"}
    scores = sorted((d for d in graph["nodes"] if d.get("type") == "Result" and d.get("kind", "score") == "score"),
                    key=lambda d: d["id"])
    out = []
    for k, d in enumerate(random.Random(seed).sample(scores, min(n, len(scores))), 1):
        fields = " ".join(f"{f}={d.get(f) or ''!r}" for f in ("value", "metric", "dataset", "method"))
        out.append(f"{k}. {fields} baseline={d.get('baseline')!r} higher_is_better={d.get('higher_is_better')}\n"
                   f"   paper: {titles.get(d.get('paper'), '')}\n   sentence: {d.get('sentence', '')}\n"
                   + (f"   abstract: {abstracts.get(d.get('paper'), '')}\n" if abstract else ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.environ.get("KG_SHARED", str(REPO.parent / "shared")))
    ap.add_argument("--limit", type=int, default=None, help="only the first N labelled papers")
    ap.add_argument("--show", type=int, default=0, help="print N labels kg misses (seeded sample)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--sample", metavar="BUILD_DIR", help="print a seeded sample of a build's scores and stop")
    ap.add_argument("-n", type=int, default=40, help="how many scores --sample draws")
    ap.add_argument("--seed", type=int, default=999)
    ap.add_argument("--abstract", action="store_true", help="--sample: end each block with the paper's abstract")
    args = ap.parse_args(argv)
    if args.sample:
        if not (Path(args.sample) / "graph.json").is_file():
            print(f"error: no graph.json in {args.sample}", file=sys.stderr)
            return 2
        print("\n".join(sample_scores(Path(args.sample), args.n, args.seed, args.abstract)))
        return 0
    shared = Path(args.shared)
    if not (shared / "data/sota_nfdi4ds/papers.jsonl.gz").is_file():
        print(f"error: no sota_nfdi4ds data under {shared}", file=sys.stderr)
        return 2
    labels, misses = score_labels(load_labelled(shared, args.limit), args.show)
    dev = score_dev(shared) if (shared / "eval/dev_gold.jsonl").is_file() else None
    if args.json:
        print(json.dumps({"sota_nfdi4ds": labels, "dev": dev}, indent=1))
        return 0
    print("sota_nfdi4ds labels with a verbatim score: " + "  ".join(f"{k} {v}" for k, v in labels.items()))
    if dev:
        print(f"dev gold results: P {dev['p']:.2f} R {dev['r']:.2f} F1 {dev['f1']:.2f}  "
              + "  ".join(f"{k} {v}" for k, v in dev.items() if k not in ("p", "r", "f1")))
    for m in misses:
        print(json.dumps(m, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
