#!/usr/bin/env python3
"""Regenerate ``kg/data/metrics_ito.tsv`` (metric name -> higher or lower is better) from ITO.

usage: python scripts/build_metrics.py [--shared DIR]

Source: ``shared/data/ito/metric_polarities.csv`` (Intelligence Task Ontology, Blagec et al. 2022,
CC BY-SA 3.0 AT; ``pos`` = higher is better, ``neg`` = lower is better). The output is adapted
material under CC BY-SA (see kg/data/NOTICE.md); ``kg/data/metrics_curated.tsv`` wins over it.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "kg/data/metrics_ito.tsv"
HEADER = (
    "# kg metric polarities: written by scripts/build_metrics.py from ITO's metric_polarities.csv; do not edit by hand.\n"
    "# Derived from the Intelligence Task Ontology (Blagec et al. 2022), CC BY-SA 3.0 AT: THIS FILE IS LICENSED CC BY-SA.\n"
    "# Sources, licences and attribution: kg/data/NOTICE.md. columns: name<TAB>higher_is_better (1 / 0)\n"
)


def polarities(path: Path) -> dict[str, int]:
    """Name -> 1 (higher is better) or 0, from ITO's ``metric;polarity`` file; names given both ways are left out."""
    seen: dict[str, set[int]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            name = " ".join((row.get("metric") or "").split())
            pol = (row.get("polarity") or "").strip()
            if name and pol in ("pos", "neg") and "\t" not in name:
                seen.setdefault(name, set()).add(1 if pol == "pos" else 0)
    return {n: v.pop() for n, v in sorted(seen.items(), key=lambda kv: kv[0].lower()) if len(v) == 1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.environ.get("KG_SHARED", str(REPO.parent / "shared")))
    args = ap.parse_args(argv)
    src = Path(args.shared) / "data/ito/metric_polarities.csv"
    if not src.is_file():
        print(f"error: {src} not found", file=sys.stderr)
        return 2
    table = polarities(src)
    OUT.write_text(HEADER + "".join(f"{n}\t{v}\n" for n, v in table.items()), encoding="utf-8")
    print(f"wrote {len(table)} metrics to {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
