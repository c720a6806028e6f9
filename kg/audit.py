"""``kg audit DIR``: what a reader of a build should distrust, found by the same signals the linker uses.

Four lists, each with the numbers a user can track from build to build:

- **shared names**: normalised names (:func:`~kg.link.normalize.norm_name`) held by entity nodes of two
  or more types (a Dataset and a Method both called "WebVision");
- **junk-looking nodes**, each with its reasons: spans cut out of a longer word ("Scenes" from
  "nuScenes": read from the evidence spans and the paper text), text seen only in headlines
  (most of its evidence sentences are set in capitals: journal headers, PDF titles, "IEEE TRANSACTIONS",
  "INTRODUCTION"), a name
  that begins or ends with a function word (fragments: "categories including"), an evaluative modifier
  ("significant gain"), a single letter, and Datasets named as ordinary English (in lower case, or one
  capitalised word, made of words the corpus writes in lower case: "large scale", "Another");
- **probable duplicates** among the most used nodes of each type: names equal once case, spacing,
  hyphens, plurals, "Net"/"Network", "Maximal"/"Maximum" and an acronym written inside the name are set
  aside (``normalised``); a name beside the same name with a generic modifier before it or its type's
  head after it (``head``: "parameters" / "Trainable Parameters", "top-1" / "top-1 accuracy"); near-identical
  names (``spelling``: rapidfuzz token-sort ratio >= :data:`FUZZY_RATIO`, the same numbers, and one word
  spelt differently, :func:`~kg.link.normalize.spelling_variants`, or the same words in another order; never two coined names:
  "ResNet"/"ResNeXt"); an acronym beside the one name whose initials it is (``acronym``: "GAN",
  "generative adversarial network"; "mAP", "Mean AP"; hyphenated words counted either way);
- **bad repositories**: bare hosts (``https://github.com``), owner-only code URLs and URLs that end
  in a hyphen, dot or underscore (cut where the text broke them).

The signals are corpus statistics and syntax (closed-class words), not lists of bad names.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from kg.extract.glued_tails import glued_tail_at
from kg.extract.name_bounds import compound_prefix
from kg.link.normalize import FUNCTION_WORDS, is_proper_name, norm_name, spelling_variants

NAME_TYPES = ("Method", "Dataset", "Metric", "Task")
#: Near-identical names from this rapidfuzz ratio (0-100) are probable duplicates.
FUZZY_RATIO = 85.0
#: Share of a node's evidence spans that must touch a letter of the text for "inside a word".
INSIDE_SHARE = 0.5
#: A word is ordinary English in a corpus when it is written in lower case at least this often ...
ORDINARY_SHARE = 0.8
#: ... and seen at least this many times.
ORDINARY_MIN = 5

#: Evaluative modifiers: a phrase that begins with one judges something rather than names it.
EVALUATIVE = frozenset(
    "significant considerable substantial remarkable impressive healthy notable superior competitive "
    "promising state-of-the-art excellent great large-margin strong".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*")
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org")
#: Hosts that are no repository or page without a path (a project site such as ``x.github.io`` is one).
_BARE_HOSTS = (*_CODE_HOSTS, "huggingface.co", "aka.ms", "bit.ly", "goo.gl", "tinyurl.com")


def word_case_stats(g: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """For every word of the papers' titles and abstracts (lower-cased): (times written in lower case,
    times seen). Words right after a sentence end are not counted (they are capitalised anyway)."""
    low: Counter = Counter()
    seen: Counter = Counter()
    for _, d in g.nodes(data=True):
        if d.get("type") != "Paper":
            continue
        text = d.get("abstract") or ""
        for m in _WORD.finditer(text):
            w = m.group(0)
            before = text[max(0, m.start() - 2):m.start()].strip()
            if m.start() == 0 or before.endswith((".", "!", "?", ":")):
                continue
            k = w.lower()
            seen[k] += 1
            if w.islower():
                low[k] += 1
    return {w: (low[w], n) for w, n in seen.items()}


def _ordinary(word: str, stats: dict[str, tuple[int, int]]) -> bool:
    low, n = stats.get(word.lower(), (0, 0))
    return n >= ORDINARY_MIN and low >= ORDINARY_SHARE * n


def shared_names(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Normalised names held by nodes of two or more types, most used first."""
    by: dict[str, dict[str, list]] = defaultdict(dict)
    for nid, d in g.nodes(data=True):
        if d.get("type") in NAME_TYPES:
            by[norm_name(d.get("name") or "")].setdefault(d["type"], []).append((nid, d.get("paper_count", 0)))
    out = [{"name": k, "types": {t: sum(p for _, p in v) for t, v in sorted(ts.items())},
            "ids": sorted(i for v in ts.values() for i, _ in v)}
           for k, ts in by.items() if len(ts) > 1]
    return sorted(out, key=lambda r: (-sum(r["types"].values()), r["name"]))


def _span_inside(text: str, s: int, t: int, etype: str | None) -> bool:
    """Whether a span starts or ends inside a word of ``text``, or (no metric) starts after a name-like piece
    and a hyphen ("U-Net" of "Wave-U-Net", see :func:`~kg.extract.name_bounds.compound_prefix`). A name that
    ends where a lost hyphen glued an adjective to it ("PointNetbased": :func:`~kg.extract.glued_tails.glued_tail_at`)
    ends at a word's edge, as the extractor reads it."""
    return bool((s > 0 and text[s - 1:s].isalnum() and text[s:s + 1].isalnum())
                or (t < len(text) and text[t:t + 1].isalnum() and text[t - 1:t].isalnum()
                    and not glued_tail_at(text, t))
                or (etype != "Metric" and compound_prefix(text, s) is not None))


def _inside_spans(d: dict, texts: dict[str, dict]) -> tuple[int, int]:
    """(evidence spans of a node cut inside a word, evidence spans)."""
    ev = [e for e in d.get("evidence") or () if isinstance(e, dict)]
    inside = 0
    for e in ev:
        text = (texts.get(e.get("paper")) or {}).get(e.get("field") or "abstract") or ""
        inside += _span_inside(text, int(e.get("start", 0)), int(e.get("end", 0)), d.get("type"))
    return inside, len(ev)


def _inside_word(d: dict, texts: dict[str, dict]) -> bool:
    """Whether most of a node's evidence spans are cut inside a word (:func:`_span_inside`)."""
    inside, n = _inside_spans(d, texts)
    return n > 0 and inside >= INSIDE_SHARE * n


def inside_word_spans(g: nx.MultiDiGraph) -> int:
    """How many evidence spans kept on entity nodes are cut inside a word of their paper's text."""
    texts = {nid: d for nid, d in g.nodes(data=True) if d.get("type") == "Paper"}
    return sum(_inside_spans(d, texts)[0] for _, d in g.nodes(data=True) if d.get("type") in NAME_TYPES)


def _headline(d: dict) -> bool:
    """Whether most of a node's evidence sentences are set in capitals (journal headers, PDF titles)."""
    sents = [e.get("sentence") or "" for e in d.get("evidence") or () if isinstance(e, dict)]
    caps = 0
    for s in sents:
        letters = [c for c in s if c.isalpha()]
        if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.6 * len(letters):
            caps += 1
    return bool(sents) and caps > len(sents) / 2


def _ordinary_name(name: str, stats: dict[str, tuple[int, int]]) -> bool:
    """A name written as ordinary English: all in lower case, or one capitalised word, each word one the
    corpus writes in lower case ("large scale", "Scenes", "Another"; not "Natural Questions", "DROP")."""
    words = _WORD.findall(name)
    if not words or any(c.isdigit() for c in name):
        return False
    plain = name.islower() or (len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower())
    return plain and all(_ordinary(w, stats) for w in words)


def junk_reasons(d: dict, stats: dict[str, tuple[int, int]], texts: dict[str, dict]) -> list[str]:
    """Why a node looks like junk (empty when it does not)."""
    name = (d.get("name") or "").strip()
    words = name.split()
    low = [w.lower() for w in words]
    reasons = []
    if _inside_word(d, texts):
        reasons.append("inside-word")
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 1 and not any(c.isdigit() for c in name) and d.get("type") != "Metric":
        reasons.append("single-letter")
    if _headline(d):
        reasons.append("headline")
    if low and (low[0] in FUNCTION_WORDS or low[-1] in FUNCTION_WORDS):
        reasons.append("function-word-edge")
    if low and low[0] in EVALUATIVE:
        reasons.append("evaluative")
    if d.get("type") == "Dataset" and _ordinary_name(name, stats):
        reasons.append("ordinary-english")
    return reasons


def junk_nodes(g: nx.MultiDiGraph, stats: dict[str, tuple[int, int]] | None = None) -> list[dict[str, Any]]:
    """Entity nodes that look like junk, with their reasons, most used first."""
    stats = word_case_stats(g) if stats is None else stats
    texts = {nid: d for nid, d in g.nodes(data=True) if d.get("type") == "Paper"}
    out = []
    for nid, d in g.nodes(data=True):
        if d.get("type") in NAME_TYPES:
            reasons = junk_reasons(d, stats, texts)
            if reasons:
                out.append({"id": nid, "type": d["type"], "name": d.get("name"), "papers": d.get("paper_count", 0),
                            "reasons": reasons})
    return sorted(out, key=lambda r: (-r["papers"], r["id"]))


_VARIANT_WORDS = {"net": "network", "nets": "network", "networks": "network", "maximal": "maximum",
                  "minimal": "minimum", "nn": "neuralnetwork"}


def variant_key(name: str) -> str:
    """A name with case, spacing, hyphens, a plural and the "Net"/"Network", "Maximal"/"Maximum"
    spellings set aside.

    >>> variant_key("Generative Adversarial Nets") == variant_key("generative adversarial network")
    True
    >>> variant_key("Non-Maximal Suppression") == variant_key("non-maximum suppression")
    True
    >>> variant_key("click-through rate (CTR) prediction") == variant_key("click-through rate prediction")
    True
    """
    words = norm_name(name).split()
    # an acronym written inside the name after its long form: "click-through rate (CTR) prediction"
    kept = [w for i, w in enumerate(words)
            if not (i >= 2 and len(w) >= 2 and w == "".join(x[0] for x in words[i - len(w):i]))]
    return "".join(_VARIANT_WORDS.get(w, w) for w in kept)


#: Words that make a name more or less specific without naming another thing: a name with one of them
#: before it, or with its type's head after it, is a probable duplicate of the name without
#: ("Trainable Parameters" / "parameters", "top-1" / "top-1 accuracy", "self-supervised" / "self-supervised learning").
MODIFIERS = frozenset("mean average avg overall total final trainable learnable global test".split())
HEADS = {"Method": frozenset("learning model models method methods algorithm mechanism".split()),
         "Dataset": frozenset("dataset datasets benchmark corpus data set".split()),
         "Metric": frozenset("accuracy error rate score scores measure metric value".split()),
         "Task": frozenset("task tasks problem".split())}


def bare_form(name: str, etype: str) -> str:
    """A name without the generic modifiers before it and its type's head words after it (a variant key).

    >>> bare_form("Trainable Parameters", "Metric") == bare_form("parameters", "Metric")
    True
    >>> bare_form("top-1 accuracy", "Metric") == variant_key("top-1")
    True
    """
    words = norm_name(name).split()
    while len(words) > 1 and words[0] in MODIFIERS:
        words = words[1:]
    while len(words) > 1 and words[-1] in HEADS.get(etype, ()):
        words = words[:-1]
    return variant_key(" ".join(words))


def duplicates(g: nx.MultiDiGraph, top: int = 500) -> list[dict[str, Any]]:
    """Probable duplicates among the ``top`` most used nodes of each type (see the module docstring)."""
    out: list[dict[str, Any]] = []
    for etype in NAME_TYPES:
        nodes = sorted(((d.get("paper_count", 0), nid, d.get("name") or "") for nid, d in g.nodes(data=True)
                        if d.get("type") == etype), key=lambda x: (-x[0], x[1]))[:top]
        seen: set[frozenset] = set()

        def add(how: str, ids) -> None:
            key = frozenset(ids)
            if len(key) > 1 and key not in seen:
                seen.add(key)
                out.append({"type": etype, "how": how, "ids": sorted(key)})

        groups: dict[str, list] = defaultdict(list)
        for p, nid, name in nodes:
            groups[variant_key(name)].append(nid)
        for ids in groups.values():
            add("normalised", ids)
        # a bare name beside the same name with a modifier or its type's head ("top-1", "top-1 accuracy")
        for _, nid, name in nodes:
            for other in groups.get(bare_form(name, etype), ()):
                add("head", (nid, other))
        _fuzzy_pairs(nodes, add)
        for pair in _acronym_pairs(etype, nodes):
            add("acronym", pair)
    return out


def _fuzzy_pairs(nodes: list[tuple[int, str, str]], add) -> None:
    """Near-identical names (rapidfuzz token-sort ratio >= :data:`FUZZY_RATIO`) with the same numbers,
    not two coined names: one word spelt differently, or the same words in another order."""
    names = [norm_name(n) for _, _, n in nodes]
    m = process.cdist(names, names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_RATIO, workers=1)
    for x, y in zip(*m.nonzero()):
        if x >= y or re.findall(r"\d+", names[x]) != re.findall(r"\d+", names[y]):
            continue
        a, b = nodes[x][2], nodes[y][2]
        if is_proper_name(a) and is_proper_name(b):
            continue  # "ResNet" / "ResNeXt": one letter makes another model
        if sorted(names[x].split()) == sorted(names[y].split()) or \
                spelling_variants(tuple(names[x].split()), tuple(names[y].split())):
            add("spelling", (nodes[x][1], nodes[y][1]))


def _initials(name: str) -> set[str]:
    """The acronyms a name may have: the first letters of its words (function words left out or not),
    hyphenated parts counted as words or not, a word in capitals kept whole ("Mean AP" -> map)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    out = set()
    for keep_fn in (False, True):
        for split_hyphens in (False, True):
            parts = [p for w in words for p in (w.split("-") if split_hyphens else [w]) if p]
            parts = [p for p in parts if keep_fn or p.lower() not in FUNCTION_WORDS]
            if len(parts) >= 2:
                out.add("".join(p.lower() if (p.isupper() and len(p) > 1) else p[0].lower() for p in parts))
    return out


def _acronym_pairs(etype: str, nodes: list[tuple[int, str, str]]) -> list[tuple[str, str]]:
    """Nodes named by an acronym (2-6 letters, capitals inside: "GAN", "mIoU") beside the one node whose
    name's initials it is ("generative adversarial network"; "CL" beside five names whose initials are
    CL is ambiguous)."""
    initials: dict[str, set[str]] = defaultdict(set)
    for _, nid, name in nodes:
        for key in _initials(name):
            initials[key].add(nid)
    out = []
    for _, nid, name in nodes:
        short = re.sub(r"s$", "", name)
        if 2 <= len(short) <= 6 and short.isalpha() and sum(c.isupper() for c in short) >= 2:
            longs = initials.get(short.lower(), set()) - {nid}
            if len(longs) == 1:  # an acronym of several names here is ambiguous, not a duplicate
                out.append((nid, next(iter(longs))))
    return out


def bad_repositories(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Repository nodes that are a bare host, an owner without a repository, or cut short."""
    out = []
    for nid, d in g.nodes(data=True):
        if d.get("type") != "Repository":
            continue
        url = d.get("url") or d.get("name") or ""
        host = (d.get("host") or re.sub(r"^https?://(www\.)?", "", url).split("/", 1)[0]).lower()
        path = [p for p in re.sub(r"^[a-z]+://[^/]+", "", url).split("/") if p]
        why = ("bare-host" if not path and host in _BARE_HOSTS else None if not path else "owner-only" if host in _CODE_HOSTS and len(path) < 2
               else "cut-short" if url.endswith(("-", ".", "_")) else None)
        if why:
            out.append({"id": nid, "url": url, "why": why, "papers": g.in_degree(nid)})
    return sorted(out, key=lambda r: (-r["papers"], r["id"]))


def audit(g: nx.MultiDiGraph, top: int = 500) -> dict[str, Any]:
    """The four lists of the module docstring, with their counts."""
    shared = shared_names(g)
    junk = junk_nodes(g)
    dups = duplicates(g, top)
    repos = bad_repositories(g)
    by_reason = Counter(r for j in junk for r in j["reasons"])
    return {"entities": sum(1 for _, d in g.nodes(data=True) if d.get("type") in NAME_TYPES),
            "shared_names": len(shared), "junk_nodes": len(junk), "inside_word_spans": inside_word_spans(g), "junk_by_reason": dict(sorted(by_reason.items())),
            "duplicates": len(dups), "bad_repositories": len(repos),
            "bad_repository_papers": sum(r["papers"] for r in repos),
            "lists": {"shared_names": shared, "junk_nodes": junk, "duplicates": dups, "bad_repositories": repos}}


def format_audit(report: dict[str, Any], limit: int = 20) -> str:
    """The audit as text: the counts, then the first ``limit`` items of each list."""
    lists = report["lists"]
    lines = [f"{report['entities']} entity nodes",
             f"names shared across types: {report['shared_names']}"]
    lines += [f"  {r['name']!r}: " + ", ".join(f"{t} {n}" for t, n in r["types"].items())
              for r in lists["shared_names"][:limit]]
    lines.append(f"junk-looking nodes: {report['junk_nodes']} "
                 f"({', '.join(f'{k} {v}' for k, v in report['junk_by_reason'].items())})")
    lines += [f"  {r['type']:8s} {r['name']!r} ({r['papers']} papers): {', '.join(r['reasons'])}"
              for r in lists["junk_nodes"][:limit]]
    lines.append(f"evidence spans cut inside a word: {report.get('inside_word_spans', 0)}")
    lines.append(f"probable duplicates among the most used nodes: {report['duplicates']}")
    lines += [f"  {r['type']:8s} {r['how']:10s} {' = '.join(r['ids'])}" for r in lists["duplicates"][:limit]]
    lines.append(f"bare or truncated repository URLs: {report['bad_repositories']} "
                 f"({report['bad_repository_papers']} papers point to them)")
    lines += [f"  {r['url']} ({r['why']}, {r['papers']} papers)" for r in lists["bad_repositories"][:limit]]
    return "\n".join(lines)
