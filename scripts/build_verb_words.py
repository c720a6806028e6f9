"""Build ``kg/data/lexicons/verb_words.txt``: words that abstracts mostly use as verbs.

A word is verb-like when, of its lower-case uses in a corpus of abstracts, at least ``--ratio`` stand
right after a subject or "to" ("we design", "to predict", "which utilizes", "and evaluate"). A phrase
rule reads such a word at the start of a lower-case phrase as the verb before it, not as a modifier of
its head ("we design networks", "to predict parsing"). Only the word list is shipped: the abstracts
(SOTA? shared task, NFDI4DS, CC BY-SA 4.0) are read at build time to count, nothing of them is kept.

Usage::

    python scripts/build_verb_words.py ../shared/data/sota_nfdi4ds/papers.jsonl.gz
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "lexicons" / "verb_words.txt"
_SUBJECT = {"we", "to", "which", "that", "it", "also", "they", "can", "will", "could", "would", "may", "must",
            "should", "further", "first", "then", "thus", "i"}
_WORD = re.compile(r"[A-Za-z][a-z\-]*")


def count(path: Path) -> tuple[Counter, Counter]:
    """(uses, uses after a subject word) of each lower-case word in the abstracts of a JSONL(.gz) file."""
    total, after = Counter(), Counter()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("abstract") or ""
            prev = ""
            for w in _WORD.findall(text):
                if w.islower():
                    total[w] += 1
                    if prev in _SUBJECT:
                        after[w] += 1
                prev = w.lower()
    return total, after


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="JSONL(.gz) of papers with an 'abstract' field")
    ap.add_argument("--ratio", type=float, default=0.4)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    total, after = count(args.corpus)
    words = sorted(w for w, n in total.items()
                   if n >= args.min_count and after[w] / n >= args.ratio and w not in _SUBJECT)
    header = (f"# Words abstracts mostly use as verbs (>= {args.ratio:.0%} of >= {args.min_count} lower-case uses "
              "right after a subject or 'to'),\n# counted by scripts/build_verb_words.py; see kg/data/NOTICE.md.\n")
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
