#!/usr/bin/env python3
"""Does kg find what a paper proposes from its abstract alone? A held-out check on titles "Name: subtitle".

usage: python scripts/eval_proposals.py [PAPERS.jsonl.gz] [--limit N] [--show N] [--json] [--dump FILE]

A paper titled "FooNet: Fast Parsing with Trees" usually proposes FooNet. For every paper of the input
(``../shared/data/sota_nfdi4ds/papers.jsonl.gz`` by default, or under ``$KG_SHARED``; one per distinct
title) whose title starts with such a name (one to three words, a capital or a digit after the first
letter, not "Survey"/"Towards"...) and whose abstract writes the name, the paper is extracted with the
title cut to its subtitle, so that the answer can only come from the abstract. Printed:

- ``recall``: the share of these papers whose ``proposed`` holds the name (its text, or an acronym
  alias, equal up to case, hyphens and spaces, or one containing the other as whole words);
- ``first``: the share whose ``proposed[0]`` (the paper's main proposal) is the name;
- ``per paper``: proposals per paper over all papers of the input (a check on over-proposing);
- with ``--show N``: up to N missed names with the abstract's sentence, and N proposals of papers that
  have no title name (to read for precision).

``--dump FILE`` writes ``{id, title, proposed}`` per paper, so two runs can be compared.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.extract import build_nlp, extract_papers  # noqa: E402
from kg.models import Paper  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
DEFAULT = SHARED / "data" / "sota_nfdi4ds" / "papers.jsonl.gz"
_HEAD = re.compile(r"([A-Za-z0-9][\w\-+.]*(?: [\w\-+.]+){0,2}):\s+(\S.*)")
_NOT_NAME = re.compile(r"^(?:a|an|the|survey|review|towards?|beyond|on|rethinking|revisiting|why|how|what|when|"
                       r"do|does|is|are|can|learning|deep|from|position|case)\b", re.I)


def norm(s: str) -> str:
    return re.sub(r"[\s\-_]+", " ", s.lower()).strip()


def title_name(title: str) -> tuple[str, str] | None:
    """``(name, subtitle)`` for a title "Name: subtitle" whose head looks like a name, else None."""
    m = _HEAD.match(title.strip())
    if not m or _NOT_NAME.match(m.group(1)) or not re.search(r"[A-Z0-9]", m.group(1)[1:]):
        return None
    return m.group(1), m.group(2)


def same(name: str, got: str) -> bool:
    a, b = norm(name), norm(got)
    return a == b or any(re.search(rf"\b{re.escape(x)}\b", y) is not None for x, y in ((a, b), (b, a)))


def read(path: Path, limit: int | None) -> list[dict]:
    rows, seen = [], set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t, a = (d.get("title") or "").strip(), (d.get("abstract") or "").strip()
            if not t or not a or t.lower() in seen:
                continue
            seen.add(t.lower())
            rows.append({"id": str(d.get("paper_id") or len(rows)), "title": t, "abstract": a})
            if limit and len(rows) >= limit:
                break
    return rows


def evaluate(path: Path, limit: int | None = None, show: int = 0, dump: Path | None = None) -> dict:
    rows = read(path, limit)
    papers, names = [], {}
    for r in rows:
        tn = title_name(r["title"])
        if tn and re.search(rf"(?<![\w-]){re.escape(tn[0])}(?![\w-])", r["abstract"]):
            names[r["id"]] = tn[0]
            papers.append(Paper(r["id"], tn[1], r["abstract"]))
        else:
            papers.append(Paper(r["id"], r["title"], r["abstract"]))
    nlp = build_nlp()
    hit = first = total = 0
    missed, others, out = [], [], []
    for ex in extract_papers(papers, nlp=nlp):
        pid = ex.paper.id
        total += len(ex.proposed)
        out.append({"id": pid, "title": ex.paper.title, "proposed": list(ex.proposed)})
        name = names.get(pid)
        if name is None:
            others.extend((p, ex.paper.title) for p in ex.proposed)
            continue
        aliases = {p: [a for m in ex.mentions if p.lower() in (m.text.lower(), (m.canonical or "").lower())
                       for a in (m.text, *m.aliases)] for p in ex.proposed}
        got = [p for p in ex.proposed if same(name, p) or any(same(name, a) for a in aliases[p])]
        hit += bool(got)
        first += bool(ex.proposed) and ex.proposed[0] in got
        if not got:
            i = ex.paper.abstract.find(name)
            s = ex.paper.abstract.rfind(". ", 0, i) + 1
            missed.append((name, list(ex.proposed), ex.paper.abstract[s:s + 220].strip()))
    n = len(names)
    res = {"papers": len(papers), "with_title_name": n, "recall": round(hit / n, 3) if n else None,
           "first": round(first / n, 3) if n else None, "per_paper": round(total / len(papers), 3)}
    if show:
        rnd = random.Random(0)
        res["missed"] = rnd.sample(missed, min(show, len(missed)))
        res["others"] = rnd.sample(others, min(show, len(others)))
    if dump:
        dump.write_text("".join(json.dumps(o) + "\n" for o in out), encoding="utf-8")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("papers", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None, help="read only the first N distinct papers")
    ap.add_argument("--show", type=int, default=0, help="list N misses and N proposals to read")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--dump", type=Path, default=None, help="write each paper's proposals here (JSONL)")
    a = ap.parse_args(argv)
    if not a.papers.exists():
        print(f"no such file: {a.papers}", file=sys.stderr)
        return 2
    r = evaluate(a.papers, a.limit, a.show, a.dump)
    if a.json:
        print(json.dumps(r, indent=1))
        return 0
    print(f"papers {r['papers']}, with a title name written in the abstract {r['with_title_name']}: "
          f"recall {r['recall']}, first {r['first']}; proposals per paper {r['per_paper']}")
    for name, got, sent in r.get("missed", []):
        print(f"  missed {name!r} (got {got}): {sent}")
    for p, title in r.get("others", []):
        print(f"  proposed {p!r}  <- {title[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
