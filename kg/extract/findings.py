"""From candidate spans to a doc's findings: overlap resolution, acronym links, proposals, results.

Plain functions over character offsets; :class:`kg.extract.components.EntityFinder` calls them in order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import rules
from kg.extract.rules import Candidate
from kg.models import Result
from kg.vocab import EntityType as T

Span = tuple[int, int]


@dataclass
class DocFindings:
    """What ``kg_entities`` found in one doc (character offsets into the doc's text)."""

    entities: list[Candidate] = field(default_factory=list)
    aliases: dict[int, tuple[str, ...]] = field(default_factory=dict)  # entity index -> acronyms
    canonical: dict[int, str] = field(default_factory=dict)  # entity index -> canonical name
    proposed: list[str] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    urls: list[tuple[str, int, int]] = field(default_factory=list)

    def name(self, text: str, i: int) -> str:
        """The name entity ``i`` stands for: its long form or lexicon name, else the text."""
        c = self.entities[i]
        return self.canonical.get(i) or c.canonical or text[c.start:c.end]


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: higher priority first, then longer, then earlier.

    >>> a, b = Candidate(0, 9, T.METHOD, 50, "name"), Candidate(0, 5, T.METHOD, 60, "lexicon")
    >>> [c.rule for c in resolve([a, b])]
    ['lexicon']
    """
    kept: list[Candidate] = []
    if not cands:
        return kept
    taken = bytearray(max(c.end for c in cands) + 1)
    for c in sorted(cands, key=_resolve_order):
        s, e = c.start, c.end
        if e > s and taken.find(1, s, e) < 0:
            taken[s:e] = b"\x01" * (e - s)
            kept.append(c)
    kept.sort(key=_start)
    return kept


def _resolve_order(c: Candidate) -> tuple[int, int, int]:
    return -c.priority, c.start - c.end, c.start


def _start(c: Candidate) -> int:
    return c.start


_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*")


def retype_list_members(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Bare names (rule "name", typed Method by default) in a list whose other members all have one other
    type take that type: in "on Cityscapes, ADE20K, LIP and COCO-Stuff" LIP becomes a Dataset. A list is
    three or more entities joined by commas and "and"/"or".

    >>> t = "on Cityscapes, LIP, and COCO"
    >>> k = [Candidate(3, 13, T.DATASET, 60, "lexicon"), Candidate(15, 18, T.METHOD, 50, "name"),
    ...      Candidate(24, 28, T.DATASET, 60, "lexicon")]
    >>> [c.type.value for c in retype_list_members(t, k)]
    ['Dataset', 'Dataset', 'Dataset']
    """
    out = list(kept)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _LIST_GLUE.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        if j - i >= 2:  # three or more members
            others = {c.type for c in out[i:j + 1] if c.rule != "name"}
            if len(others) == 1:
                etype = others.pop()
                for k in range(i, j + 1):
                    c = out[k]
                    if c.rule == "name" and c.type is not etype:
                        out[k] = c._replace(type=etype)
        i = j + 1
    return out


def link_acronyms(text: str, kept: list[Candidate], acronyms: dict[str, Span], found: DocFindings) -> list[Candidate]:
    """Record each defined acronym as an alias of its long form, and retype bare uses of the acronym
    ("DBRN", "DBRNs") as references to the long form (same type, canonical = long form)."""
    long_index = {(c.start, c.end): i for i, c in enumerate(kept) if c.rule == "acronym"}
    by_surface: dict[str, list[int]] = {}
    for j, c in enumerate(kept):
        by_surface.setdefault(text[c.start:c.end], []).append(j)
    out = list(kept)
    for short, span in acronyms.items():
        i = long_index.get(span)
        if i is None:
            continue
        found.aliases[i] = found.aliases.get(i, ()) + (short,)
        for j in by_surface.get(short, []) + by_surface.get(short + "s", []):
            if j != i:
                c = out[j]
                out[j] = Candidate(c.start, c.end, out[i].type, c.priority, "acronym-ref", None)
                found.canonical[j] = out[i].canonical or text[span[0]:span[1]]
    return out


def proposed(text: str, found: DocFindings, title_end: int, windows: list[tuple[int, int, int]]) -> list[str]:
    """Names the paper introduces: the first new name in a "we propose ..." window, names after
    "named/called/dubbed", a "Name: subtitle" title and acronyms defined in the title.

    Names the lexicon knows are not proposals (the paper uses them); a window whose name the title
    already gave (as long form or acronym) adds nothing.
    """
    ents = found.entities
    out: list[str] = []

    def add(i: int) -> None:
        n = found.name(text, i)
        if n not in out:
            out.append(n)

    title_names = set()
    for i, c in enumerate(ents):
        in_title = 0 < title_end and c.end <= title_end
        if (c.rule in ("title-name", "named") or (c.rule == "acronym" and in_title and not c.canonical)) \
                and c.type in (T.METHOD, T.DATASET):
            add(i)
            if c.rule == "title-name":
                title_names.add(text[c.start:c.end].lower())
    for ws, we, strength in windows:
        best = None
        for i, c in enumerate(ents):
            if c.start < ws or c.start >= we or c.type not in (T.METHOD, T.DATASET):
                continue
            if strength == 2 and c.start - ws > 3:
                break
            if c.rule.startswith("lexicon") or (c.rule == "acronym" and c.canonical):
                continue
            if c.rule in ("name", "acronym", "dataset-context", "named", "object") \
                    or (strength == 2 and c.rule != "head"):
                best = i
                break
        if best is None:
            continue
        n = found.name(text, best)
        al = found.aliases.get(best, ())
        if title_names and (n.lower() in title_names or any(a.lower() in title_names for a in al)):
            continue
        add(best)
    return out


_METRIC_GAP = re.compile(r"\s*(?:score\s+)?(?:of|by|at|:|=|is|was|reaches|reached|to|from|improves? to|drops? to)?\s*"
                         r"(?:up to\s+|about\s+|~)?$")
_VALUE_GAP = re.compile(r"[^,;.()\d]{0,40}$")
_WE_OURS = re.compile(r"\b(?:our|we|proposed|it)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _metric_for(text: str, vs: int, ve: int, metrics: list[tuple[int, Candidate]]) -> int | None:
    """The metric a value measures: one right after it ("80.4% mIoU", "3.1x the total memory usage"), else
    one right before it ("mIoU of 80.4", "SUC score from 0.70 to 0.74")."""
    after = [(c.start - ve, i) for i, c in metrics if 0 <= c.start - ve <= 40 and _VALUE_GAP.match(text, ve, c.start)]
    if after:
        return min(after)[1]
    before = [(vs - c.end, i) for i, c in metrics if 0 <= vs - c.end <= 30 and _METRIC_GAP.match(text, c.end, vs)]
    return min(before)[1] if before else None


def _nearest_dataset(text: str, vs: int, ve: int, datasets: list[tuple[int, Candidate]]) -> int | None:
    """The dataset a value is on: the first one after it in the same clause ("80.4% mIoU on Cityscapes"),
    else the sentence's first ("On Cityscapes and ADE20K, it reaches 80.4% mIoU")."""
    after = [i for i, c in datasets if c.start >= ve and c.start - ve <= 80 and not re.search(r"[;]", text[ve:c.start])]
    if after:
        return after[0]
    return datasets[0][0] if datasets else None


def results(text: str, found: DocFindings, sents: list[Span]) -> list[Result]:
    """(method, dataset, metric, value) for each number beside a metric mention ("80.4% mIoU",
    "mIoU of 80.4", "20x-200x fewer parameters"). The method is the nearest one before the value in the same
    clause, else the paper's own proposal when the sentence names it or says "our"/"we", else the
    sentence's first method; the dataset is the first after the value in its clause, else the sentence's first."""
    ents = found.entities
    out: list[Result] = []
    metrics = [(i, c) for i, c in enumerate(ents) if c.type is T.METRIC]
    if not metrics:
        return out
    proposed = {p.lower() for p in found.proposed}
    spans = [(s0, s1) for s0, s1 in sents if any(s0 <= c.start < s1 for _, c in metrics)]
    for s0, s1 in spans:
        in_sent = [(i, c) for i, c in enumerate(ents) if s0 <= c.start < s1]
        for vs, ve, value in rules.numbers(text, s0, s1):
            if any(c.start <= vs < c.end for _, c in in_sent):
                continue  # a digit inside a name ("ResNet-50")
            # a value whose unit is itself a metric ("102 FPS") measures that metric
            inside = [i for i, c in in_sent if c.type is T.METRIC and vs < c.start and c.end <= ve]
            metric = inside[0] if inside else _metric_for(text, vs, ve, [(i, c) for i, c in in_sent if c.type is T.METRIC])
            if metric is None:
                continue
            methods = [i for i, c in in_sent if c.type is T.METHOD]
            near = [i for i in methods if ents[i].end <= vs and not _CLAUSE_BREAK.search(text, ents[i].end, vs)]
            own = next((i for i in methods if found.name(text, i).lower() in proposed), None)
            if near:
                meth_name = found.name(text, near[-1])
            elif own is not None:
                meth_name = found.name(text, own)
            elif found.proposed and _WE_OURS.search(text, s0, s1):
                meth_name = found.proposed[0]
            elif methods:
                meth_name = found.name(text, methods[0])
            else:
                meth_name = None
            dataset = _nearest_dataset(text, vs, ve, [(i, c) for i, c in in_sent if c.type is T.DATASET])
            out.append(Result(value=value, method=meth_name,
                              dataset=found.name(text, dataset) if dataset is not None else None,
                              metric=found.name(text, metric), start=vs, end=ve))
    return out
