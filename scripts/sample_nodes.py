"""Sample entity nodes of a build with their evidence, for judging precision by reading.

Draws N nodes per type from ``<build>/graph.json``, either uniformly (``--by random``), with a
probability proportional to their paper count (``--by papers``: what a user meets most often), or the
N most used (``--by top``). Each node is printed with its paper count, aliases and up to K evidence
sentences, the mention marked with [[...]]. The draw is seeded, so a sample can be redrawn and judged
again after a change.

Usage::

    python scripts/sample_nodes.py /tmp/my-build -n 40 --by random --seed 18
    python scripts/sample_nodes.py /tmp/my-build -n 40 --by papers --types Method Task --json > sample.json
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

TYPES = ("Method", "Dataset", "Metric", "Task")


def load_nodes(build: Path) -> dict[str, list[dict]]:
    """The build's entity nodes by type (graph.json, node-link form)."""
    graph = json.loads((build / "graph.json").read_text(encoding="utf-8"))
    by_type: dict[str, list[dict]] = {}
    for node in graph["nodes"]:
        by_type.setdefault(node.get("type", ""), []).append(node)
    for nodes in by_type.values():
        nodes.sort(key=lambda n: n["id"])  # a draw must not depend on the file's order
    return by_type


def draw(nodes: list[dict], n: int, by: str, rng: random.Random) -> list[dict]:
    """``n`` nodes: uniformly, weighted by paper count (without replacement), or the most used."""
    if by == "top":
        return sorted(nodes, key=lambda x: (-x.get("paper_count", 0), x["id"]))[:n]
    if by == "random":
        return rng.sample(nodes, min(n, len(nodes)))
    # weighted without replacement: key = u ** (1 / w), the n largest (Efraimidis and Spirakis)
    keyed = [(rng.random() ** (1.0 / max(1, x.get("paper_count", 1))), x) for x in nodes]
    keyed.sort(key=lambda kx: -kx[0])
    return [x for _, x in keyed[:n]]


def _whole(sent: str, text: str) -> int:
    """Where ``text`` stands in ``sent`` as whole words (a mention never starts or ends inside a word), else its
    first occurrence: "LRP" in "aLRP and LRP" is the second one.

    >>> _whole("aLRP loss and LRP", "LRP"), _whole("xLRP", "LRP"), _whole("none", "LRP")
    (14, 1, -1)
    """
    for m in re.finditer(re.escape(text), sent):
        before = sent[m.start() - 1] if m.start() else " "
        after = sent[m.end()] if m.end() < len(sent) else " "
        if not (before.isalnum() or after.isalnum()):
            return m.start()
    return sent.find(text)


def load_texts(build: Path) -> dict[str, dict]:
    """The papers' fields by paper node id, from ``<build>/extractions.jsonl`` (empty without it): where each
    evidence sentence stands in its paper, so the mark falls on the mention itself, not on an earlier copy of its
    words ("local-group discrimination supervision" before "group discrimination supervision")."""
    path = build / "extractions.jsonl"
    if not path.is_file():
        return {}
    texts = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            texts["paper:" + str(rec.get("id"))] = {"title": rec.get("title") or "", "abstract": rec.get("abstract") or ""}
    return texts


def _at(ev: dict, texts: dict[str, dict]) -> int:
    """Where the evidence's span starts in its sentence, from the paper's text (-1 when unknown)."""
    from kg.graph.build import sentence_at  # noqa: PLC0415

    field = (texts.get(ev.get("paper") or "") or {}).get(ev.get("field") or "")
    sent, text, start = ev.get("sentence") or "", ev.get("text") or "", ev.get("start")
    if not field or not isinstance(start, int) or start < 0 or field[start:start + len(text)] != text:
        return -1
    own, i = sentence_at(field, start, start + len(text))
    return i if own == sent and 0 <= i and sent[i:i + len(text)] == text else -1


def marked(ev: dict, width: int, texts: dict[str, dict] | None = None) -> str:
    """The evidence sentence with the mention marked, cut to about ``width`` characters around it; with the
    papers' ``texts`` (:func:`load_texts`) the mark stands at the span's own place."""
    sent, text = ev.get("sentence") or "", ev.get("text") or ""
    i = _at(ev, texts) if texts else -1
    if i < 0:
        i = _whole(sent, text) if text else -1
    if i < 0:
        return sent[:width]
    s = sent[:i] + "[[" + text + "]]" + sent[i + len(text):]
    lo = max(0, i - width // 2)
    return ("..." if lo else "") + s[lo:lo + width] + ("..." if lo + width < len(s) else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path, help="a build directory holding graph.json")
    ap.add_argument("-n", type=int, default=40, help="nodes per type (default 40)")
    ap.add_argument("--by", choices=("random", "papers", "top"), default="random")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--types", nargs="+", default=list(TYPES))
    ap.add_argument("--evidence", type=int, default=2, help="evidence sentences per node (default 2)")
    ap.add_argument("--width", type=int, default=220, help="characters of each sentence shown")
    ap.add_argument("--json", action="store_true", help="one JSON object per node instead of text")
    args = ap.parse_args(argv)
    if not (args.build / "graph.json").is_file():
        print(f"error: no graph.json in {args.build}", file=sys.stderr)
        return 2
    by_type = load_nodes(args.build)
    texts = load_texts(args.build)
    for etype in args.types:
        rng = random.Random(f"{args.seed}:{etype}")  # each type's draw independent of the others asked for
        nodes = draw(by_type.get(etype, []), args.n, args.by, rng)
        if not args.json:
            print(f"== {etype}: {len(nodes)} of {len(by_type.get(etype, []))} nodes, by {args.by}, seed {args.seed}")
        for k, node in enumerate(nodes, 1):
            evs = node.get("evidence", [])[:args.evidence]
            if args.json:
                print(json.dumps({"type": etype, "id": node["id"], "name": node.get("name"),
                                  "paper_count": node.get("paper_count"), "aliases": node.get("aliases", []),
                                  "evidence": [marked(e, args.width, texts) for e in evs]}, ensure_ascii=False))
                continue
            aliases = ", ".join(node.get("aliases", [])[:5])
            head = f"{k:3d}. {node.get('name')!r}  papers={node.get('paper_count')}"
            print(head + (f"  aka {aliases}" if aliases else ""))
            for e in evs:
                print(f"       - {marked(e, args.width, texts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
