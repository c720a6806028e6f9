#!/usr/bin/env python3
"""Build kg's shipped lexicons from the permissively licensed name lists in ../shared/data.

usage: python scripts/build_lexicons.py [--data ../shared/data] [--out kg/data/lexicons]

Writes ``derived.tsv`` (type, canonical, aliases, case, source) next to the hand-written
``curated.tsv``. Only Apache-2.0 and CC BY-SA sources feed it (see kg/data/NOTICE.md):

- pwc_tasks (CC BY-SA 4.0): task names; top datasets and metrics per task
- sota_nfdi4ds lexicons (CC BY-SA 4.0): task, dataset and metric names
- ito (CC BY-SA 3.0 AT): metric names and alternative namings
- sota_extractor (CC BY-SA 4.0): task, dataset, metric and model names
- nlp_tdms (Apache-2.0): task, dataset and metric knowledge-base names

GPL and unlicensed corpora (SciER, SciERC, SciNLP, GSAP-NER, CS-NER) are evaluation-only and never read here.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# leaderboard split suffixes and qualifiers that are not part of a name
_SPLIT = re.compile(
    r"\s*(?:\((?:[^()]*)\)|\b(?:test-dev|test-std|test-challenge|minival|val|valid|validation|dev|test|train|"
    r"test set|dev set|val set|full|clean|other|mini|unseen|seen|leaderboard)\b)\s*$",
    re.I,
)
_YEAR = re.compile(r"\s*\(?(?:19|20)\d\d\)?\s*$")
_JUNK = re.compile(r"[{}\[\]<>|=;\\]|https?:|\.\.\.")
# over-broad names that would match ordinary prose
GENERIC = {
    "ai", "deep learning", "machine learning", "learning", "images", "image", "video", "videos", "text", "data",
    "time", "news", "set", "general", "other", "others", "model", "models", "score", "average", "mean", "total",
    "overall", "all", "loss", "value", "error", "rate", "quality", "performance", "results", "result", "speed",
    "size", "count", "number", "level", "one", "two", "three", "test", "train", "dev", "val", "baseline",
    "language", "english", "vision", "audio", "graphs", "graph", "music", "speech", "medical", "robotics",
    "reasoning", "retrieval", "classification", "detection", "segmentation", "generation", "recognition",
    "prediction", "translation", "parsing", "tracking", "estimation", "search", "planning", "control",
    "optimization", "regression", "ranking", "matching", "alignment", "compression", "inference", "training",
    "attention", "memory", "knowledge", "style", "question", "answer", "questions", "dialogue", "summary",
    "scene", "object", "objects", "face", "faces", "human", "humans", "people", "person", "action", "actions",
    "events", "event", "games", "game", "map", "maps", "web", "code", "math", "science", "chemistry", "physics",
    "biology", "art", "fashion", "food", "cars", "birds", "flowers", "places", "sports", "voice", "sound",
    "weather", "traffic", "energy", "health", "finance", "law", "education", "social", "story", "stories",
    "sentence", "sentences", "words", "word", "documents", "document", "tables", "table", "charts", "chart",
    "precision", "recall", "accuracy", "f1", "auc", "time series", "pretraining", "fine-tuning",
}


def clean_name(name: str) -> str | None:
    """A usable surface name, or None for leaderboard noise."""
    n = re.sub(r"\s+", " ", (name or "").replace("_", " ")).strip(" \"'.,;:")
    if not n or _JUNK.search(n):
        return None
    for _ in range(3):
        m = _SPLIT.search(n)
        if not m or m.start() == 0:
            break
        n = n[: m.start()].strip(" -,:")
    n = _YEAR.sub("", n).strip(" -,:")
    low = n.lower()
    if len(n) < 2 or low in GENERIC or re.fullmatch(r"[\d.,%\s-]+", n):
        return None
    if len(n.split()) > 7 or len(n) > 60:
        return None
    return n


def case_rule(name: str) -> int:
    """1 = match the written case only (acronyms, short or mixed-case single names), 0 = any case."""
    words = name.split()
    if len(words) == 1:
        if len(name) <= 5 or any(c.isupper() for c in name[1:]) or any(c.isdigit() for c in name):
            return 1
        return 1 if name[0].isupper() else 0
    return 0


def _read_csv(path: Path, **kw):
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        yield from csv.DictReader(fh, **kw)


def collect(data: Path) -> dict[str, dict[str, Counter]]:
    """type -> canonical name -> Counter(source)"""
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))

    def add(t: str, name: str, source: str, min_len: int = 2) -> None:
        n = clean_name(name)
        if n and len(n) >= min_len:
            out[t][n][source] += 1

    # pwc_tasks: task names and per-task top datasets / metrics (CC BY-SA 4.0)
    for f in sorted((data / "pwc_tasks").glob("*_tasks_detailed.csv")):
        for row in _read_csv(f):
            add("Task", row.get("Task Name", ""), "pwc_tasks")
            for d in (row.get("Common Datasets (Top 10)") or "").split(";"):
                add("Dataset", d, "pwc_tasks")
            for m in (row.get("SOTA Metrics") or "").split(";"):
                add("Metric", m, "pwc_tasks")
    # sota_nfdi4ds lexicons (CC BY-SA 4.0): keep names used at least twice
    for t, fname in (("Task", "lexicon_tasks.tsv"), ("Dataset", "lexicon_datasets.tsv"), ("Metric", "lexicon_metrics.tsv")):
        for row in _read_csv(data / "sota_nfdi4ds" / fname, delimiter="\t"):
            if int(row.get("count") or 0) >= 2:
                add(t, row["name"], "sota_nfdi4ds")
    # ito (CC BY-SA 3.0 AT): metric names
    for row in _read_csv(data / "ito" / "number_of_benchmark_datasets_per_submetric.csv"):
        if int(row.get("benchmark_count") or 0) >= 2:
            add("Metric", row["performance_measure_label"], "ito")
    # sota_extractor (CC BY-SA 4.0): structured leaderboards
    for f in sorted((data / "sota_extractor").glob("*.json")):
        try:
            tasks = json.loads(f.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        stack = list(tasks)
        while stack:
            task = stack.pop()
            add("Task", task.get("task", ""), "sota_extractor")
            stack.extend(task.get("subtasks") or [])
            for ds in task.get("datasets") or []:
                add("Dataset", ds.get("dataset", ""), "sota_extractor")
                sota = ds.get("sota") or {}
                for m in sota.get("metrics") or []:
                    add("Metric", m, "sota_extractor")
                for row in sota.get("rows") or []:
                    name = (row.get("model_name") or "").strip()
                    # model names with a capital inside or a digit look like real names ("BiDAF", "ELMo")
                    if re.fullmatch(r"[A-Za-z][A-Za-z0-9.+-]{2,24}", name) and (
                        re.search(r"[A-Z].*[A-Z]|\d", name[1:]) is not None
                    ):
                        add("Method", name, "sota_extractor")
    # nlp_tdms KB (Apache-2.0)
    for line in (data / "nlp_tdms" / "kb" / "taskKB.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            add("Task", parts[1], "nlp_tdms")
    for line in (data / "nlp_tdms" / "kb" / "datasetKB.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            add("Dataset", parts[1], "nlp_tdms")
    for line in (data / "nlp_tdms" / "kb" / "evaMatrixKB.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            add("Metric", parts[1], "nlp_tdms")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "kg" / "data" / "lexicons")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data folder at {args.data}", file=sys.stderr)
        return 2
    names = collect(args.data)
    # a name claimed by several types goes to the type most sources give it
    owner: dict[str, tuple[int, str]] = {}
    for t, table in names.items():
        for n, src in table.items():
            k = n.lower()
            score = sum(src.values())
            if k not in owner or score > owner[k][0]:
                owner[k] = (score, t)
    rows = []
    for t, table in sorted(names.items()):
        for n, src in sorted(table.items()):
            if owner[n.lower()][1] != t:
                continue
            case = case_rule(n)
            if t == "Dataset" and " " not in n and n.isalpha() and n[:1].isupper() and n[1:].islower():
                continue  # "Supervised", "Places": a capitalised word is too often just a word
            if t == "Dataset":
                case = 1  # dataset names are proper names: "Experimental Results" must not match prose
            if t == "Metric" and " " not in n and not re.search(r"[\d@\-/^%]", n):
                continue  # single words ("length", "TC", "IR") are too vague as metrics; curated.tsv has the real ones
            if t == "Metric" and " " not in n and n[:1].isupper() and n[1:].islower():
                continue  # "Network", "Time": title-cased words, not metric names
            rows.append((t, n, "", str(case), "+".join(sorted(src))))
    args.out.mkdir(parents=True, exist_ok=True)
    dest = args.out / "derived.tsv"
    with open(dest, "w", encoding="utf-8", newline="") as fh:
        fh.write("# kg derived lexicon: generated by scripts/build_lexicons.py from CC BY-SA / Apache-2.0 name lists;\n")
        fh.write("# this file is CC BY-SA 4.0 (see ../NOTICE.md for sources and attribution).\n")
        fh.write("# columns: type\tcanonical\taliases\tcase\tsource\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerows(rows)
    by_type = Counter(r[0] for r in rows)
    print(f"wrote {dest}: {len(rows)} names " + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
