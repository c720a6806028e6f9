"""Check a build's (or a ``kg extract`` file's) mentions for names cut out of a longer word.

A mention whose start or end falls inside a run of letters and digits of its field ("Scenes" of
"nuScenes", "DPW" of "3DPW") names a piece of a word. Prints the count by rule and up to ``-n``
examples; exits 1 when there is any.

Usage::

    python scripts/check_boundaries.py /tmp/my-build/extractions.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.extract.entityhood import inside_word  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("extractions", type=Path, help="extractions.jsonl of a build, or kg extract output")
    ap.add_argument("-n", type=int, default=20, help="examples to print")
    args = ap.parse_args(argv)
    by_rule: Counter = Counter()
    total = 0
    examples = []
    with open(args.extractions, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for e in rec.get("entities", []):
                total += 1
                text = rec.get(e.get("field", "abstract")) or ""
                if inside_word(text, e["start"], e["end"]):
                    by_rule[e.get("rule", "?")] += 1
                    if len(examples) < args.n:
                        around = text[max(0, e["start"] - 15):e["end"] + 15]
                        examples.append(f"{rec.get('id')}: {e['text']!r} in {around!r}")
    bad = sum(by_rule.values())
    print(f"{bad} of {total} mentions start or end inside a word" + (f": {dict(by_rule)}" if bad else ""))
    for x in examples:
        print("  " + x)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
