"""Build ``kg/data/lexicons/common_english.txt``: the ordinary English words kg treats as everyday words.

The table is derived from the word frequencies of the ``wordfreq`` package (Robyn Speer; data under
CC BY-SA 4.0, code Apache-2.0): every lower-case alphabetic word whose Zipf frequency in English is at
least ``--zipf`` (4.5: about once in 30,000 words, some 3,000 words). Only the word list is shipped, no
frequencies; kg reads it at run time and never downloads anything. Attribution is in kg/data/NOTICE.md.

Usage::

    pip install wordfreq
    python scripts/build_common_words.py            # writes kg/data/lexicons/common_english.txt
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "lexicons" / "common_english.txt"


def common_words(zipf: float, pool: int = 50000) -> list[str]:
    """Lower-case alphabetic English words with a Zipf frequency of at least ``zipf``, sorted."""
    from wordfreq import top_n_list, zipf_frequency  # noqa: PLC0415  (a build-time dependency only)

    return sorted({w for w in top_n_list("en", pool) if re.fullmatch(r"[a-z]+", w) and zipf_frequency(w, "en") >= zipf})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--zipf", type=float, default=4.5)
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    words = common_words(args.zipf)
    header = (f"# Ordinary English words (Zipf frequency >= {args.zipf}), derived from wordfreq data (CC BY-SA 4.0)\n"
              "# by scripts/build_common_words.py; see kg/data/NOTICE.md. One lower-case word a line.\n")
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.out}")


if __name__ == "__main__":
    main()
