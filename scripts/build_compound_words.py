"""Build ``kg/data/lexicons/compound_words.txt``: two-word compounds whose second word abstracts seldom write alone.

A pair of lower-case words "L F" is a compound when, of the papers whose title or abstract writes ``F`` in lower
case, at least ``--ratio`` write it right after ``L`` ("bounding box", "point cloud"), in at least ``--min-papers``
papers. Both are content words (no function word, :data:`kg.link.normalize.FUNCTION_WORDS`), and ``L`` is no
word abstracts mostly use as a verb (``verb_words.txt``) and three letters at least, ``F`` no finite form of one
("paper proposes"). A phrase rule that found a
name opening on ``F`` right after ``L`` cut the compound in two ("box detection" of "bounding box detection").
Only the pairs are shipped: the abstracts (SOTA? shared task, NFDI4DS, CC BY-SA 4.0) are read at build time to
count, nothing of them is kept.

Usage::

    python scripts/build_compound_words.py ../shared/data/sota_nfdi4ds/papers.jsonl.gz
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from kg.extract.ordinary_words import load_words
from kg.link.normalize import FUNCTION_WORDS

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "lexicons" / "compound_words.txt"
#: A lower-case word, hyphens inside ("short-term"), and the space after it when one follows.
_WORD = re.compile(r"(?<![\w\-])([a-z][a-z\-]*[a-z])(?![\w\-])( ?)")


def paper_pairs(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The lower-case words of ``text`` and the pairs of them written one space apart.

    >>> words, pairs = paper_pairs("the bounding box, a Box and point cloud")
    >>> sorted(words)
    ['and', 'bounding', 'box', 'cloud', 'point', 'the']
    >>> sorted(pairs)
    [('and', 'point'), ('bounding', 'box'), ('point', 'cloud'), ('the', 'bounding')]
    """
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    prev, prev_end = "", -1
    for m in _WORD.finditer(text):
        w = m.group(1)
        words.add(w)
        if prev and m.start() == prev_end:
            pairs.add((prev, w))
        prev, prev_end = (w, m.end()) if m.group(2) else ("", -1)
    return words, pairs


def count(path: Path) -> tuple[Counter, Counter]:
    """(papers writing each lower-case word, papers writing each pair) of a JSONL(.gz) file of papers."""
    words, pairs = Counter(), Counter()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            w, p = paper_pairs(f"{rec.get('title') or ''}\n{rec.get('abstract') or ''}")
            words.update(w)
            pairs.update(p)
    return words, pairs


def finite_verb(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is a verb of ``verbs`` or its finite form in -s, -es or -ed (a silent e restored: "described",
    but not after an e, "seed" is no "see" + d). A form in -ing is no finite verb: after a noun it names an activity
    ("slot filling", "message passing").

    >>> [finite_verb(w, frozenset({"propose", "fill", "pass", "see"})) for w in ("proposes", "proposed", "passes",
    ...                                                                      "filling", "seed")]
    [True, True, True, False, False]
    """
    stems = {word} | {word[:-len(s)] for s in ("s", "es", "ed") if word.endswith(s)}
    silent_e = word.endswith("ed") and not word[:-2].endswith("e")
    return bool((stems | ({word[:-1]} if silent_e else set())) & verbs)


def compounds(words: Counter, pairs: Counter, ratio: float, least: int, verbs: frozenset[str]) -> list[str]:
    """The pairs "L F" written in ``least`` papers or more that are ``ratio`` or more of the papers writing ``F``,
    both content words, ``L`` no verb and ``F`` no finite verb (:func:`finite_verb`: "paper proposes" is a clause).

    >>> compounds(Counter(box=10, cloud=10, paper=9, proposes=9), Counter({("bounding", "box"): 8,
    ...           ("point", "cloud"): 5, ("this", "paper"): 9, ("paper", "proposes"): 9}),
    ...           0.6, 5, frozenset({"propose"}))
    ['bounding box']
    """
    return sorted(f"{a} {b}" for (a, b), n in pairs.items()
                  if n >= least and n >= ratio * words[b] and len(a) >= 3 and a not in FUNCTION_WORDS and a not in verbs
                  and b not in FUNCTION_WORDS and not finite_verb(b, verbs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="JSONL(.gz) of papers with 'title' and 'abstract' fields")
    ap.add_argument("--ratio", type=float, default=0.6)
    ap.add_argument("--min-papers", type=int, default=10)
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    words, pairs = count(args.corpus)
    found = compounds(words, pairs, args.ratio, args.min_papers, load_words("verb_words.txt"))
    header = (f"# Two-word compounds: the second word is written right after the first in >= {args.ratio:.0%} of the "
              f"papers writing it\n# in lower case (>= {args.min_papers} papers), counted by "
              "scripts/build_compound_words.py; see kg/data/NOTICE.md.\n")
    args.out.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} compounds -> {args.out}")


if __name__ == "__main__":
    main()
