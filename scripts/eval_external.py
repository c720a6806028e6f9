#!/usr/bin/env python3
"""Score kg's extractor on external corpora (evaluation only; their annotation rules differ from ours).

usage: python scripts/eval_external.py [--data ../shared/data] [--json]

- SciERC test (100 abstracts): Method->Method, Task->Task, Metric->Metric, Material->Dataset. SciERC
  spans are long ("statistical machine translation system") and include generic terms, so relaxed
  matching is the fairer view and precision against it is pessimistic (its Material also covers
  non-dataset materials such as "English" or "images").
- TDMSci test (~500 sentences from NLP papers): Task, Dataset, Metric (no Method labels: Method is left
  out of the table). Each sentence is scored as one "paper".

Each unit becomes a gold record in our format and is scored with kg.evaluate.score (the same rules as
../shared/eval/score.py). "ALL" is over the types shown; extracted entities of other types are dropped
before scoring (TDMSci has no Method labels, so Methods found there are not counted against us).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import score  # noqa: E402
from kg.extract import build_nlp, extract_papers  # noqa: E402
from kg.models import Paper  # noqa: E402

SCIERC_MAP = {"Method": "Method", "Task": "Task", "Metric": "Metric", "Material": "Dataset"}
TDMSCI_MAP = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}


def scierc(path: Path) -> tuple[list[Paper], list[dict]]:
    papers, gold = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        tokens = [t for s in d["sentences"] for t in s]
        text = " ".join(tokens)
        ents = []
        for sent in d["ner"]:
            for s, e, label in sent:
                if label in SCIERC_MAP:
                    ents.append({"type": SCIERC_MAP[label], "text": " ".join(tokens[s : e + 1])})
        pid = d["doc_key"]
        papers.append(Paper(pid, "", text))
        gold.append({"id": pid, "title": "", "entities": ents, "repos": [], "proposed": []})
    return papers, gold


def tdmsci(path: Path) -> tuple[list[Paper], list[dict]]:
    papers, gold = [], []
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    for n, block in enumerate(blocks):
        rows = [r.split("\t") for r in block.splitlines() if r.strip()]
        if not rows:
            continue
        tokens = [r[0] for r in rows]
        ents, cur, cur_t = [], [], None
        for r in rows:
            tag = r[2] if len(r) > 2 else "O"
            if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and cur_t != tag[2:]):
                if cur:
                    ents.append({"type": TDMSCI_MAP[cur_t], "text": " ".join(cur)})
                cur, cur_t = [], None
            if tag.startswith(("B-", "I-")) and tag[2:] in TDMSCI_MAP:
                if not cur:
                    cur_t = tag[2:]
                cur.append(r[0])
        if cur:
            ents.append({"type": TDMSCI_MAP[cur_t], "text": " ".join(cur)})
        pid = f"tdmsci-{n}"
        papers.append(Paper(pid, "", " ".join(tokens)))
        gold.append({"id": pid, "title": "", "entities": ents, "repos": [], "proposed": []})
    return papers, gold


def run(name: str, papers: list[Paper], gold: list[dict], nlp, types: tuple[str, ...]) -> dict:
    keep = set(types)
    pred = []
    for ex in extract_papers(papers, nlp=nlp):
        d = ex.to_json()
        d["entities"] = [e for e in d["entities"] if e["type"] in keep]
        pred.append(d)
    result, _ = score(gold, pred)
    print(f"== {name} ({len(papers)} units)")
    print(f"{'':8s} " + " ".join(f"{t:>22s}" for t in (*types, "ALL")))
    for mode in ("strict", "relaxed"):
        cells = []
        for t in (*types, "ALL"):
            v = result[mode][t]
            cells.append(f"P {v['p']:.2f} R {v['r']:.2f} F1 {v['f1']:.2f}")
        print(f"{mode:8s} " + " ".join(f"{c:>22s}" for c in cells))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    nlp = build_nlp()
    out = {}
    p = args.data / "scierc" / "test.json"
    if p.is_file():
        out["scierc_test"] = run("SciERC test", *scierc(p), nlp, ("Method", "Task", "Metric", "Dataset"))
    p = args.data / "tdmsci" / "test_500_v2.conll"
    if p.is_file():
        out["tdmsci_test"] = run("TDMSci test", *tdmsci(p), nlp, ("Task", "Dataset", "Metric"))
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
