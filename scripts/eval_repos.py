#!/usr/bin/env python3
"""Code links found in abstracts, checked against the papers' own code links (a held-out set).

usage: python scripts/eval_repos.py [PAPERS.jsonl.gz] [--show N] [--json]

Reads the SOTA? shared-task papers (``../shared/data/sota_nfdi4ds/papers.jsonl.gz`` by default, or
``$KG_SHARED/data/...``): each has ``title``, ``abstract`` and ``code_links`` (Papers with Code's links,
mostly taken from the full text). Runs kg's link finder (:func:`kg.extract.urls.find_urls`, on the same
text the extractor sees) and prints:

- ``found``: links found, and how many are a bare code host (``https://github.com``) or a code host with an
  owner only (``https://github.com/owner``), as kg's linker names them (:func:`kg.link.normalize.clean_url`);
- ``precision``: among papers that have code links, the share of found links whose repository
  (:func:`kg.link.normalize.url_key`) is one of the paper's code links;
- ``recall in text``: of the code links whose repository is written in the abstract (spaces taken out,
  case ignored: the broken forms count), the share found; ``recall all``: of every code link.

``--show N`` lists up to N bare, owner-only and missed links with their text.
"""
from __future__ import annotations

import argparse
import ast
import gzip
import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.extract import SEPARATOR  # noqa: E402
from kg.extract.urls import CODE_HOSTS, find_urls  # noqa: E402
from kg.link.normalize import _url_parts, url_key  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
DEFAULT = SHARED / "data" / "sota_nfdi4ds" / "papers.jsonl.gz"
_SPACES = re.compile(r"\s+")


def _links(value) -> list[str]:
    """The ``code_links`` field: a list, or its Python repr as the conversion stored it."""
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return []
    return [str(v) for v in value or []]


def shape(url: str) -> str:
    """"bare" (a code host alone), "owner" (a code host and one path part) or "ok"."""
    host, parts = _url_parts(url)
    if host in CODE_HOSTS and not parts:
        return "bare"
    if host in CODE_HOSTS and len(parts) == 1 and host != "huggingface.co":
        return "owner"
    return "ok"


def evaluate(path: Path, show: int = 0) -> dict:
    """The figures of the module docstring for the papers in ``path``."""
    c = dict(papers=0, found=0, bare=0, owner=0, gold_papers=0, pred_in_gold_papers=0, correct=0,
             gold=0, gold_in_text=0, hit=0, hit_in_text=0)
    examples: dict[str, list] = {"bare": [], "owner": [], "missed": []}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            text = (d.get("title") or "") + SEPARATOR + (d.get("abstract") or "")
            found = find_urls(text)
            c["papers"] += 1
            c["found"] += len(found)
            for url, s, e in found:
                kind = shape(url)
                if kind != "ok":
                    c[kind] += 1
                    examples[kind].append(text[max(0, s - 20):e + 50])
            gold = {url_key(u) for u in _links(d.get("code_links"))}
            if not gold:
                continue
            keys = {url_key(u) for u, _, _ in found}
            flat = _SPACES.sub("", text).lower()
            c["gold_papers"] += 1
            c["pred_in_gold_papers"] += len(keys)
            c["correct"] += len(keys & gold)
            c["gold"] += len(gold)
            c["hit"] += len(keys & gold)
            in_text = {g for g in gold if g in flat}
            c["gold_in_text"] += len(in_text)
            c["hit_in_text"] += len(keys & in_text)
            for g in in_text - keys:
                i = flat.find(g)
                examples["missed"].append((g, flat[max(0, i - 30):i + len(g) + 20]))
    c["precision"] = round(c["correct"] / c["pred_in_gold_papers"], 3) if c["pred_in_gold_papers"] else None
    c["recall_in_text"] = round(c["hit_in_text"] / c["gold_in_text"], 3) if c["gold_in_text"] else None
    c["recall_all"] = round(c["hit"] / c["gold"], 3) if c["gold"] else None
    if show:
        c["examples"] = {k: v[:show] for k, v in examples.items()}
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("papers", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=0, help="list up to N bare, owner-only and missed links")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if not a.papers.exists():
        print(f"no such file: {a.papers}", file=sys.stderr)
        return 2
    r = evaluate(a.papers, a.show)
    if a.json:
        print(json.dumps(r, indent=1))
        return 0
    print(f"papers {r['papers']}: found {r['found']} links, {r['bare']} bare code host, {r['owner']} owner only")
    print(f"papers with code links {r['gold_papers']}: precision {r['precision']} ({r['correct']}/"
          f"{r['pred_in_gold_papers']}), recall in text {r['recall_in_text']} ({r['hit_in_text']}/"
          f"{r['gold_in_text']}), recall all {r['recall_all']} ({r['hit']}/{r['gold']})")
    for kind, rows in r.get("examples", {}).items():
        for row in rows:
            print(f"  {kind}: {row!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
