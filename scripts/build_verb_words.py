"""Build ``kg/data/lexicons/verb_words.txt``: words that abstracts mostly use as verbs.

A word is verb-like when, of its lower-case uses in a corpus of abstracts, at least ``--ratio`` stand
right after a subject or "to" ("we design", "to predict", "which utilizes", "and evaluate"). A plural noun
is a subject too ("methods include", "tasks involve": English compounds take their modifiers in the
singular, so a plural is seldom a modifier), but a word counted so must also inflect as a verb (its "-s",
"-ed" and "-ing" forms each occur), since an adjective or noun after a plural ("images per", "regions
cardiovascular") is not one. A phrase
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
#: A plural noun ("methods", "tasks"; not "analysis", "class", "previous", "series").
_PLURAL = re.compile(r"(?![a-z]*(?:ss|us|is|ics|ies|ews|ous|sis|xis)$)[a-z]{3,}s")


def count(path: Path) -> tuple[Counter, Counter, Counter]:
    """(uses, uses after a subject word, uses after a plural noun) of each lower-case word in the abstracts
    of a JSONL(.gz) file."""
    total, after, after_plural = Counter(), Counter(), Counter()
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
                    elif _PLURAL.fullmatch(prev):
                        after_plural[w] += 1
                prev = w.lower()
    return total, after, after_plural


def inflects(word: str, total: Counter, least: int = 3) -> bool:
    """Whether ``word``'s "-s", "-ed" and "-ing" forms each occur ``least`` times in ``total``.

    >>> inflects("include", Counter(includes=3, included=4, including=9)), inflects("finger", Counter(fingers=5))
    (True, False)
    """
    stem = word[:-1] if word.endswith("e") else word
    forms = ([word + "s", word + "es", word[:-1] + "ies"], [word + "d", word + "ed", stem + "ed", word[:-1] + "ied"],
             [stem + "ing", word + "ing"])
    return all(any(total[f] >= least for f in group) for group in forms)


def verb_like(word: str, n: int, total: Counter, after: Counter, after_plural: Counter, ratio: float) -> bool:
    """Whether ``word`` (``n`` lower-case uses) mostly stands after a subject, or after a subject or a
    plural noun and inflects as a verb."""
    if after[word] / n >= ratio:
        return True
    return (after[word] + after_plural[word]) / n >= ratio and inflects(word, total)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="JSONL(.gz) of papers with an 'abstract' field")
    ap.add_argument("--ratio", type=float, default=0.4)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    total, after, after_plural = count(args.corpus)
    words = sorted(w for w, n in total.items() if n >= args.min_count and w not in _SUBJECT
                   and verb_like(w, n, total, after, after_plural, args.ratio))
    header = (f"# Words abstracts mostly use as verbs (>= {args.ratio:.0%} of >= {args.min_count} lower-case uses "
              "right after a subject or 'to', or after a plural noun\n# when the word inflects as a verb), "
              "counted by scripts/build_verb_words.py; see kg/data/NOTICE.md.\n")
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
