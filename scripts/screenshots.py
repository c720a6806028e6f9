"""Regenerate the map screenshots in docs/: the seed and arXiv overviews, a side panel, a focus map.

    python scripts/screenshots.py                      # builds what is missing under /tmp/kg-shots
    python scripts/screenshots.py --seeds /tmp/seeds --arxiv /tmp/arxiv --out docs

The builds are made with ``kg build --no-store --no-html`` from ../shared (KG_SHARED) when the folders
hold no graph yet; the pages with :func:`kg.sinks.html.write_html` (what ``kg viz`` writes); the
screenshots in headless Chromium with the test suite's driver (tests/conftest_browser.py).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest_browser import Chromium  # noqa: E402

from kg.pipeline import build, graph_of  # noqa: E402
from kg.sinks.html import write_html  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED") or ROOT.parent / "shared")
WIDTH, HEIGHT = 1400, 860


def ensure_build(out: Path, inputs: list[Path]) -> Path:
    """``out``, built from ``inputs`` first unless it already holds a graph."""
    if not (out / "graph.json").is_file():
        print(f"building {out} ...", file=sys.stderr)
        build([str(p) for p in inputs], out, store=False, html=False)
    return out


def shoot(browser: Chromium, page: Path, png: Path, *steps: str) -> None:
    """Open ``page``, run the JavaScript ``steps`` (each may be an expression to wait for, prefixed "wait:"),
    and save a screenshot to ``png``."""
    p = browser.open("about:blank", WIDTH, HEIGHT)
    p.navigate(page.resolve().as_uri())
    p.wait_for("document.body.dataset.rendered", timeout=60)
    for step in steps:
        if step.startswith("wait:"):
            p.wait_for(step[5:], timeout=20)
        else:
            p.eval(step)
        time.sleep(0.4)
    time.sleep(0.5)
    if p.console_errors():
        raise SystemExit(f"{page}: {p.console_errors()}")
    p.screenshot(png)
    print(f"wrote {png}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=Path("/tmp/kg-shots/seeds"), help="seed build folder")
    ap.add_argument("--arxiv", type=Path, default=Path("/tmp/kg-shots/arxiv"), help="arXiv build folder")
    ap.add_argument("--out", type=Path, default=ROOT / "docs", help="where the PNGs go")
    args = ap.parse_args(argv)
    seeds = ensure_build(args.seeds, [SHARED / "seeds"])
    arxiv = ensure_build(args.arxiv, [SHARED / "data" / "sota_nfdi4ds" / "papers.jsonl.gz"])
    pages = args.seeds / "shots"
    pages.mkdir(parents=True, exist_ok=True)
    g = graph_of(seeds)
    write_html(g, pages / "seeds.html")
    write_html(g, pages / "focus.html", focus="Cityscapes", hops=2)
    g = graph_of(arxiv)
    write_html(g, pages / "arxiv.html")
    del g
    args.out.mkdir(parents=True, exist_ok=True)
    with Chromium() as browser:
        shoot(browser, pages / "seeds.html", args.out / "map.png")
        shoot(browser, pages / "arxiv.html", args.out / "map-arxiv.png")
        shoot(browser, pages / "arxiv.html", args.out / "map-panel.png", "kg.search('COCO')",
              "wait:!document.getElementById('panel').hidden")
        shoot(browser, pages / "focus.html", args.out / "map-focus.png", "kg.select(kg.network.getSelectedNodes()[0])")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
