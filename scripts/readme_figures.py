"""Print (or write into README.md) the figures of a seed build, so that the README never goes stale.

    python scripts/readme_figures.py                      # build ../shared/seeds in a temporary folder
    python scripts/readme_figures.py --build /tmp/seeds   # read a build you already have
    python scripts/readme_figures.py --write README.md    # replace the block between the markers

The block lies between ``<!-- figures:start -->`` and ``<!-- figures:end -->`` in README.md. It gives the
papers read, the nodes by type, the relationships by type, and what the map keeps (at ``kg build``'s
default ``--max-nodes``). The shared data folder is ``../shared`` beside the repository, or ``KG_SHARED``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
MAP_MAX_NODES = 1500


def seed_inputs() -> list[Path]:
    shared = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
    seeds = sorted((shared / "seeds").glob("*.txt"))
    if not seeds:
        raise SystemExit(f"no seed pages under {shared / 'seeds'} (set KG_SHARED, or give --build DIR)")
    return seeds


def figures(build_dir: Path) -> dict:
    """Counts of a build folder: papers, nodes and relationships by type, the map's nodes and edges."""
    from kg.graph import graph_stats  # noqa: PLC0415
    from kg.pipeline import graph_of  # noqa: PLC0415
    from kg.sinks.html import write_html  # noqa: PLC0415

    g = graph_of(build_dir)
    stats = graph_stats(g)
    with tempfile.TemporaryDirectory() as tmp:
        page = write_html(g, Path(tmp) / "map.html", max_nodes=MAP_MAX_NODES)
    return {"papers": stats["nodes_by_type"].get("Paper", 0), "nodes": stats["nodes"], "edges": stats["edges"],
            "nodes_by_type": stats["nodes_by_type"], "edges_by_type": stats["edges_by_type"],
            "map_nodes": page.get("nodes"), "map_edges": page.get("edges")}


def markdown(f: dict, source: str) -> str:
    """The README block for the figures ``f`` of a build of ``source``."""
    kinds = ", ".join(f"{n:,} {t}" for t, n in sorted(f["nodes_by_type"].items(), key=lambda kv: -kv[1]))
    rels = ", ".join(f"{n:,} {t}" for t, n in sorted(f["edges_by_type"].items(), key=lambda kv: -kv[1]))
    return "\n".join([
        START,
        f"The seed build ({source}; `python scripts/readme_figures.py`, {date.today().isoformat()}): "
        f"{f['papers']:,} papers, **{f['nodes']:,} nodes** ({kinds}) and **{f['edges']:,} relationships** "
        f"({rels}). Its map (the entity overview) shows {f['map_nodes']:,} entities joined by "
        f"{f['map_edges']:,} co-use links (`--max-nodes {MAP_MAX_NODES}`).",
        END,
    ])


def replace_block(text: str, block: str) -> str:
    """``text`` with the block between the markers replaced (ValueError when the markers are missing)."""
    i, j = text.find(START), text.find(END)
    if i < 0 or j < i:
        raise ValueError(f"no {START} ... {END} block")
    return text[:i] + block + text[j + len(END):]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--build", type=Path, help="a build folder to read (default: build the seeds now)")
    ap.add_argument("--write", type=Path, help="replace the figures block of this Markdown file")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    if args.build:
        f, source = figures(args.build), str(args.build)
    else:
        from kg.pipeline import build  # noqa: PLC0415

        inputs = seed_inputs()
        with tempfile.TemporaryDirectory() as tmp:
            build(inputs, Path(tmp), html=False, store=False)
            f = figures(Path(tmp))
        source = f"{len(inputs)} papers pages of `../shared/seeds`"
    block = markdown(f, source)
    if args.write:
        args.write.write_text(replace_block(args.write.read_text(encoding="utf-8"), block), encoding="utf-8")
    print(json.dumps(f, indent=1) if args.json else block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
