"""What the map's side panel shows of a node: its papers (with links and code), its repositories, its
papers' years and, for a dataset, its leaderboard from the stated results.

Everything here reads the graph while it is in memory and returns plain lists and dicts (JSON for the
page), so the graph can be freed before the page is written.
"""
from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from typing import Any, Iterable

import networkx as nx

from kg.arxiv import arxiv_id

#: Papers listed per node in the panel (the most telling first); the panel says how many there are.
PANEL_PAPERS = 25
#: Repositories listed per node, leaderboard rows per dataset, characters of a title.
PANEL_REPOS = 12
BOARD_ROWS = 40
BOARD_PER_METRIC = 10
TITLE_CHARS = 150

_WEB = re.compile(r"^https?://", re.I)
_DOI = re.compile(r"(?:doi:|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", re.I)


def _raw_id(pid: str) -> str:
    return pid.split(":", 1)[1] if pid.startswith("paper:") else pid


def paper_link(pid: str, d: dict[str, Any]) -> str:
    """A web link for a paper: its input URL when it is one, else from an arXiv id or a DOI found in
    its id or its source; "" when there is none.

    >>> paper_link("paper:1704.03549v4", {"url": ""})
    'https://arxiv.org/abs/1704.03549v4'
    >>> paper_link("paper:x", {"url": "", "source": "doi:10.1000/xyz.1"})
    'https://doi.org/10.1000/xyz.1'
    """
    url = str(d.get("url") or "").strip()
    if _WEB.match(url):
        return url
    for text in (_raw_id(pid), str(d.get("source") or ""), url):
        if not text:
            continue
        ax = arxiv_id(text)
        if ax:
            return f"https://arxiv.org/abs/{ax[0]}"
        m = _DOI.fullmatch(text.strip())
        if m:
            return f"https://doi.org/{m.group(1)}"
    return ""


def paper_year(pid: str, d: dict[str, Any]) -> int | None:
    """The paper's year: its own, else the one an arXiv id in its id tells (``1704.03549`` is 2017)."""
    y = d.get("year")
    if isinstance(y, int) and 1000 < y < 3000:
        return y
    ax = arxiv_id(_raw_id(pid))
    return ax[1] if ax else None


def _short(s: Any, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def entity_papers(g: nx.MultiDiGraph, n: str) -> list[str]:
    """The papers of an entity node: its ``papers`` list, else the papers pointing at it."""
    papers = g.nodes[n].get("papers")
    if papers:
        nodes = g._node  # the plain dict: this runs for every paper of every entity of the map
        return [p for p in papers if p in nodes]
    return sorted(p for p in g.predecessors(n) if g.nodes[p].get("type") == "Paper")


def paper_repos(g: nx.MultiDiGraph, p: str, cache: dict[str, list[str]] | None = None) -> list[str]:
    """The repository nodes a paper links (``HAS_CODE``), in id order (kept in ``cache`` when given)."""
    if cache is not None and p in cache:
        return cache[p]
    repos = sorted(r for r, keys in g._adj[p].items() if "HAS_CODE" in keys)
    if cache is not None:
        cache[p] = repos
    return repos


def paper_record(g: nx.MultiDiGraph, p: str, shown: set[str], code: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """A paper as the panel shows it: title, link, year, its repositories (every one, as urls) and the
    entities of the page it mentions."""
    d = g.nodes[p]
    rec: dict[str, Any] = {"t": _short(d.get("title") or d.get("name") or _raw_id(p), TITLE_CHARS),
                           "u": paper_link(p, d), "y": paper_year(p, d)}
    repos = [str(g.nodes[r].get("url") or g.nodes[r].get("name") or r) for r in paper_repos(g, p, code)]
    if repos:
        rec["r"] = repos
    ents = sorted(m for m in g.adj[p] if m in shown and g.nodes[m].get("type") not in ("Paper", "Result"))
    if ents:
        rec["e"] = ents
    return rec


def _paper_order(g: nx.MultiDiGraph, n: str, papers: list[str], years: dict[str, int | None],
                 repos: dict[str, list[str]]) -> list[str]:
    """An entity's first :data:`PANEL_PAPERS` papers, the most telling first: those proposing it, then
    those with code, then the others; the newest first in each group."""
    def newest(ps: Iterable[str]) -> list[str]:
        return heapq.nsmallest(PANEL_PAPERS, ps, key=lambda p: (-(years.get(p) or 0), p))

    pred = g._pred[n]  # the plain dict of the papers pointing at n (this runs for every paper of the map)
    proposers = {p for p, keys in pred.items() if "PROPOSES" in keys}
    out = newest(p for p in papers if p in proposers)
    if len(out) < PANEL_PAPERS:
        out += newest(p for p in papers if repos[p] and p not in proposers)
    if len(out) < PANEL_PAPERS:
        out += newest(p for p in papers if not repos[p] and p not in proposers)
    return out[:PANEL_PAPERS]


def node_panel(g: nx.MultiDiGraph, n: str, years: dict[str, int | None],
               code: dict[str, list[str]]) -> tuple[dict[str, Any], list[str]]:
    """Panel fields of one entity node (``kgPaperIds``, ``kgYears``, ``kgRepos``) and the papers it lists
    (``years`` and ``code``: per paper, filled as papers are seen, shared between nodes)."""
    papers = entity_papers(g, n)
    nodes = g._node
    for p in papers:
        if p not in years:
            years[p] = paper_year(p, nodes[p])
            paper_repos(g, p, code)
    listed = _paper_order(g, n, papers, years, code)
    hist = Counter(years[p] for p in papers if years[p] is not None)
    repos: Counter[str] = Counter()
    if g.nodes[n].get("type") != "Repository":
        for p in papers:
            if code[p]:
                repos.update(code[p])
    fields: dict[str, Any] = {
        "kgPaperIds": listed,
        "kgYears": [[y, c] for y, c in sorted(hist.items())],
        "kgRepos": [[str(g.nodes[r].get("url") or r), c] for r, c in
                    sorted(repos.items(), key=lambda rc: (-rc[1], rc[0]))[:PANEL_REPOS]],
    }
    return fields, listed


def _result_row(g: nx.MultiDiGraph, r: str) -> dict[str, Any] | None:
    """A leaderboard row of a Result node, or None when it is not a score (a delta, a ratio)."""
    d = g.nodes[r]
    kind = d.get("kind")
    if kind not in (None, "", "score"):
        return None
    number = d.get("number")
    if not isinstance(number, (int, float)) or isinstance(number, bool) or not math.isfinite(number):
        number = None
    return {"m": str(d.get("method") or ""), "k": str(d.get("metric") or ""), "s": str(d.get("split") or ""),
            "v": str(d.get("value") or ""), "n": number, "p": str(d.get("paper") or ""), "h": d.get("higher_is_better")}


def leaderboards(g: nx.MultiDiGraph, datasets: set[str]) -> dict[str, list[dict[str, Any]]]:
    """The stated results on each of ``datasets`` (scores only), per metric and named split (``s``: a figure on
    "test-other" is not ranked with one on "test-clean") the best first: by ``higher_is_better`` when the result
    says, else the highest first. At most :data:`BOARD_ROWS` each."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for r, d in g.nodes(data=True):
        if d.get("type") != "Result":
            continue
        on = [t for _, t, k in g.out_edges(r, keys=True) if k == "ON_DATASET" and t in datasets]
        if not on:
            continue
        row = _result_row(g, r)
        if row is not None:
            rows.setdefault(on[0], []).append(row)

    def key(row: dict[str, Any]) -> tuple[int, float, str]:
        n = row["n"]
        sign = 1.0 if row["h"] is False else -1.0
        return (0 if n is not None else 1, sign * n if n is not None else 0.0, row["m"])

    out: dict[str, list[dict[str, Any]]] = {}
    for ds, rs in rows.items():
        by_board: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in rs:
            by_board.setdefault((row["k"].lower(), row["s"]), []).append(row)
        # the (metric, split) boards with most results first, each sorted best first, at most BOARD_PER_METRIC rows each
        groups = sorted(by_board.values(), key=lambda g_: (-len(g_), g_[0]["k"].lower(), g_[0]["s"]))
        out[ds] = [row for grp in groups for row in sorted(grp, key=key)[:BOARD_PER_METRIC]][:BOARD_ROWS]
    return out
