"""From candidate spans to a doc's findings: overlap resolution, acronym links, proposals, results.

Plain functions over character offsets; :class:`kg.extract.components.EntityFinder` calls them in order.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter

from kg.extract import proposals, rules
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
    # Candidates are read as tuples (c[0] = start, c[1] = end): faster than the field names. Sorted by start,
    # they fall into runs that overlap nothing outside the run; a run of one (most candidates) is kept
    # as it is, and each longer run is resolved on its own, which is what resolving them all together does.
    live = [c for c in cands if c[1] > c[0]]  # an empty span is never kept
    live.sort(key=_START)
    kept: list[Candidate] = []
    n = len(live)
    i = 0
    while i < n:
        c = live[i]
        end = c[1]
        j = i + 1
        while j < n and live[j][0] < end:
            if live[j][1] > end:
                end = live[j][1]
            j += 1
        if j == i + 1:
            kept.append(c)
        elif j == i + 2:
            # two that overlap (often one span found by two rules): the one first in _resolve_order, which
            # for b starting no earlier than c is b only if b has a higher priority, or the same and is longer
            b = live[i + 1]
            kept.append(b if b[3] > c[3] or (b[3] == c[3] and b[1] - b[0] > c[1] - c[0]) else c)
        else:
            kept.extend(_resolve_run(live[i:j]))
        i = j
    return kept


def _resolve_run(run: list[Candidate]) -> list[Candidate]:
    """:func:`resolve` for a few candidates (in input order where they start together), by start."""
    kept: list[Candidate] = []
    for c in sorted(run, key=_resolve_order):
        s, e = c[0], c[1]
        for k in kept:
            if k[0] < e and s < k[1]:
                break
        else:
            kept.append(c)
    kept.sort(key=_START)
    return kept


def _resolve_order(c: Candidate) -> tuple[int, int, int]:
    return -c.priority, c.start - c.end, c.start


_START = itemgetter(0)  # Candidate.start


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
    n = len(out)
    glue = _LIST_GLUE.fullmatch
    # gap k lies between out[k] and out[k + 1]; a list needs two glued gaps in a row, and of any two in a
    # row one is odd: with no odd gap glued (most docs) there is no list, for half the regex calls
    for k in range(1, n - 1, 2):
        if glue(text, out[k][1], out[k + 1][0]):  # end, start
            break
    else:
        return out
    i = 0
    while i < n:
        j = i
        while j + 1 < n and glue(text, out[j].end, out[j + 1].start):
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
    if not acronyms:
        return list(kept)
    # one pass: the long forms by span, and by text the entities that may be uses (as long as an acronym
    # or one character longer); candidates read as tuples: c[0] = start, c[1] = end, c[4] = rule
    lengths = {len(short) for short in acronyms}
    lengths.update([n + 1 for n in lengths])
    long_index: dict[Span, int] = {}
    by_surface: dict[str, list[int]] = {}
    for j, c in enumerate(kept):
        s, e = c[0], c[1]
        if c[4] == "acronym":
            long_index[(s, e)] = j
        if e - s in lengths:
            by_surface.setdefault(text[s:e], []).append(j)
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
    """Names the paper introduces, in text order (``[0]`` is its main proposal): see :mod:`kg.extract.proposals`."""
    return proposals.proposed(text, found, title_end, windows)


_METRIC_GAP = re.compile(r"\s*(?:score\s+)?(?:of|by|at|:|=|is|was|reaches|reached|to|from|improves? to|drops? to)?\s*"
                         r"(?:up to\s+|about\s+|~)?$")
_VALUE_GAP = re.compile(r"[^,;.()\d]{0,40}$")
_WE_OURS = re.compile(r"\b(?:our|we|proposed|it)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _metric_for(text: str, vs: int, ve: int, metrics: list[tuple[int, Candidate]]) -> int | None:
    """The metric a value measures: one right after it ("80.4% mIoU", "3.1x the total memory usage"), else
    one right before it ("mIoU of 80.4", "SUC score from 0.70 to 0.74")."""
    # the nearest, the first of equally near ones (metrics come in index order); a gap is only matched for
    # a metric nearer than the best so far
    # (c[0] = start, c[1] = end: faster than the field names)
    best = -1
    dist = 41
    for i, c in metrics:
        d = c[0] - ve
        if 0 <= d < dist and _VALUE_GAP.match(text, ve, c[0]):
            best, dist = i, d
    if best >= 0:
        return best
    dist = 31
    for i, c in metrics:
        d = vs - c[1]
        if 0 <= d < dist and _METRIC_GAP.match(text, c[1], vs):
            best, dist = i, d
    return best if best >= 0 else None


def _nearest_dataset(text: str, vs: int, ve: int, datasets: list[tuple[int, Candidate]]) -> int | None:
    """The dataset a value is on: the first one after it in the same clause ("80.4% mIoU on Cityscapes"),
    else the sentence's first ("On Cityscapes and ADE20K, it reaches 80.4% mIoU")."""
    for i, c in datasets:
        if c.start >= ve and c.start - ve <= 80 and text.find(";", ve, c.start) < 0:
            return i
    return datasets[0][0] if datasets else None


def results(text: str, found: DocFindings, sents: list[Span]) -> list[Result]:
    """(method, dataset, metric, value) for each number beside a metric mention ("80.4% mIoU",
    "mIoU of 80.4", "20x-200x fewer parameters"). The method is the nearest one before the value in the same
    clause, else the paper's own proposal when the sentence names it or says "our"/"we", else the
    sentence's first method; the dataset is the first after the value in its clause, else the sentence's first."""
    ents = found.entities
    out: list[Result] = []
    METRIC, METHOD, DATASET = T.METRIC, T.METHOD, T.DATASET  # locals: read in every loop below
    metric_starts = sorted([c[0] for c in ents if c[2] is METRIC])  # c[0] = start, c[1] = end, c[2] = type
    if not metric_starts:
        return out
    proposed = {p.lower() for p in found.proposed}
    for s0, s1 in sents:
        k = bisect_left(metric_starts, s0)
        if k == len(metric_starts) or metric_starts[k] >= s1:
            continue  # no metric starts in the sentence
        in_sent = [(i, c) for i, c in enumerate(ents) if s0 <= c[0] < s1]
        # what does not depend on the value, once per sentence (own and "our/we" when first needed)
        metrics = [(i, c) for i, c in in_sent if c[2] is METRIC]
        methods = [i for i, c in in_sent if c[2] is METHOD]
        datasets = [(i, c) for i, c in in_sent if c[2] is DATASET]
        own = -1 if proposed else None  # -1: not looked for yet
        we_ours = None
        for vs, ve, value in rules.numbers(text, s0, s1):
            inside = False  # a digit inside a name ("ResNet-50")
            for _, c in in_sent:
                if c[0] <= vs < c[1]:
                    inside = True
                    break
            if inside:
                continue
            # a value whose unit is itself a metric ("102 FPS") measures that metric
            metric = None
            for i, c in metrics:
                if vs < c[0] and c[1] <= ve:
                    metric = i
                    break
            if metric is None:
                metric = _metric_for(text, vs, ve, metrics)
                if metric is None:
                    continue
            near = None  # the last method before the value with no clause break between
            for i in reversed(methods):
                e = ents[i].end
                if e <= vs and not _CLAUSE_BREAK.search(text, e, vs):
                    near = i
                    break
            if near is None and own == -1:
                own = next((i for i in methods if found.name(text, i).lower() in proposed), None)
            if near is None and own is None and we_ours is None:
                we_ours = bool(found.proposed) and _WE_OURS.search(text, s0, s1) is not None
            if near is not None:
                meth_name = found.name(text, near)
            elif own is not None:
                meth_name = found.name(text, own)
            elif we_ours:
                meth_name = found.proposed[0]
            elif methods:
                meth_name = found.name(text, methods[0])
            else:
                meth_name = None
            dataset = _nearest_dataset(text, vs, ve, datasets)
            out.append(Result(value=value, method=meth_name,
                              dataset=found.name(text, dataset) if dataset is not None else None,
                              metric=found.name(text, metric), start=vs, end=ve))
    return out
