#!/usr/bin/env python3
"""How much linking merges, the largest clusters for review, and the linker's targets checked.

usage: python scripts/link_report.py INPUT... [--top 20] [--json]

Prints the number of nodes before linking (distinct (type, surface text)) and after, the largest merged
clusters, and two checks:
- duplicates: pairs of nodes of one type whose names differ only by case, hyphenation/spacing, a plural
  or a defined acronym (target: none; acronyms defined two ways are reported separately, they stay split);
- version merges: clusters whose surface forms carry different numbers ("ResNet-50" with "ResNet-101")
  (target: none).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.extract import extract_papers  # noqa: E402
from kg.link import link  # noqa: E402
from kg.link.normalize import norm_name  # noqa: E402
from kg.read import iter_papers  # noqa: E402
from kg.vocab import EntityType  # noqa: E402


def _loose(name: str) -> str:
    """Case, hyphens, spacing and a plural removed (the duplicate test of the linker's target)."""
    return norm_name(name).replace(" ", "")


def _numbers(name: str) -> frozenset[str]:
    """Version/size numbers of a name; "2.0" and "2" are the same version."""
    return frozenset(re.sub(r"\.0+$", "", n) for n in re.findall(r"\d+(?:\.\d+)?", name))


def report(inputs: list[str], top: int = 20) -> dict:
    exs = list(extract_papers(iter_papers(inputs)))
    surface = {(m.type, m.text) for ex in exs for m in ex.mentions}
    lk = link(exs)
    ents = [e for e in lk.entities.values() if e.type is not EntityType.REPOSITORY]
    merged = sorted(ents, key=lambda e: (-len(e.aliases), e.id))
    clusters = [{"id": e.id, "type": e.type.value, "name": e.name, "papers": len(e.papers),
                 "aliases": sorted(e.aliases)} for e in merged[:top]]
    # duplicates left after linking
    by_key: dict[tuple, list[str]] = defaultdict(list)
    for e in ents:
        keys = {_loose(e.name)} | {_loose(a) for a in e.aliases}
        for k in keys:
            by_key[(e.type, k)].append(e.id)
    dups = sorted({tuple(sorted(set(v))) for v in by_key.values() if len(set(v)) > 1})
    version_merges = []
    for e in ents:
        nums = {_numbers(a) for a in e.aliases | {e.name} if _numbers(a)}
        if len(nums) > 1:
            version_merges.append({"id": e.id, "forms": sorted(e.aliases | {e.name})})
    return {
        "papers": len(exs),
        "mentions": sum(len(ex.mentions) for ex in exs),
        "nodes_before": len(surface),
        "nodes_after": len(ents),
        "largest_clusters": clusters,
        "duplicate_groups": [list(d) for d in dups],
        "version_merges": version_merges,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = report(args.inputs, args.top)
    if args.json:
        print(json.dumps(r, indent=1))
        return 0
    print(f"{r['papers']} papers, {r['mentions']} mentions")
    print(f"nodes before linking (distinct type+text): {r['nodes_before']}; after: {r['nodes_after']} "
          f"({100 * (1 - r['nodes_after'] / max(r['nodes_before'], 1)):.0f}% fewer)")
    print(f"\n{args.top} largest merged clusters:")
    for c in r["largest_clusters"]:
        shown = ", ".join(c["aliases"][:8]) + (" …" if len(c["aliases"]) > 8 else "")
        print(f"  {c['type']:8s} {c['name']!r:40s} {c['papers']:4d} papers  [{shown}]")
    print(f"\nduplicate groups left (same type, names equal up to case/hyphen/plural/acronym): {len(r['duplicate_groups'])}")
    for d in r["duplicate_groups"][:20]:
        print("  ", d)
    print(f"clusters merging different version numbers: {len(r['version_merges'])}")
    for v in r["version_merges"][:20]:
        print("  ", v["id"], v["forms"][:8])
    return 0


if __name__ == "__main__":
    sys.exit(main())
