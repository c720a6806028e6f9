"""Binding values to metrics and datasets (steps 2, 4 and 5 of :mod:`kg.extract.results`).

:func:`number_lists` numbers the lists values form ("58.7/58.9", "94.4% on A and 97.8% on B");
:func:`bind_metrics` gives each value its metric (unit, right after, right before, a metric list by
position, the list's); :func:`bind_datasets` its dataset ("V on D", the nearest before, lists and
"respectively" by position, the clause's first after, the nearest before); :func:`bind_asides` gives a
change in a parenthesis its score's dataset. Works on entity indices; the clause and "has a value" regexes
(``CLAUSE``, ``HAS_VALUE``) are shared with :mod:`.method`.
"""
from __future__ import annotations

import math
import re

from kg.extract.boundaries import ADAPTS_TO
from kg.metrics import MetricKnowledge
from kg.vocab import EntityType as T
from kg.extract.results.value_data import SPEED
from kg.extract.results.values import FROM, OTHERS, OTHERS_NEXT, Value


_LIST_GAP = re.compile(r"^(?:\s|[,;/:()=]|%|\band\b|\bor\b|\bon\b|\bin\b|\bfor\b|\bthe\b|\brespectively\b|\bD\b|\bM\b|"
                       r"\b(?:dev|test|val|validation|minival)(?:-\w+)?\b|\b(?:sets?|splits?|subsets?)\b|"
                       r"(?-i:[A-Z][\w-]*)(?=\s*:))*$", re.I)
_METRIC_AFTER = re.compile(r"(?:\s|%|\)|\bin terms of\b|\bthe\b|\bin\b|\bof\b|\bscore\b|\bon average\b)*"
                           r"(?:(?!and\b|or\b|but\b|while\b|whereas\b|at\b|with\b)(?-i:[a-z][a-z0-9-]{0,9}|[A-Z]\d{1,2})\s+(?:in\s+|of\s+)?){0,2}",
                           re.I)  # (a capital and a digit name a variant of the metric: "72% Q8 accuracy")
_METRIC_BEFORE = re.compile(r"\)?\s*(?:(?:scores?|performances?|values?|results?)\s+)?(?:\(\s*)?(?:of|by|at|:|=|is|was|are|were|reaches|reached|to|from|"
                            r"(?:improves?|increases?|decreases?|drops?|rises?|goes|went|falls?) (?:from|to)|"
                            r"(?:is|are|was|were|has been|have been) (?:\w+ly )?(?:improved|increased|reduced|decreased|"
                            r"boosted|raised|lowered|pushed) (?:from|to)|"
                            r"achieves?|gets?|equal to|equals?|[-–—])?\s*(?:an average of|averaged|average)?\s*(?:up to\s+|about\s+|around\s+|~|\(\s*)?$", re.I)
#: a metric's dataset between it and its value, "on D" or "of D" ("the F1 score of FooQA 2.0 to 92.2")
_ON_D = re.compile(r"\s*(?:on|in|for|of)\s+(?:the\s+)?D(?:\s*(?:,|and|/|,\s*and)\s*D)*\s*(?:datasets?\s+|benchmarks?\s+)?(?=\S)",
                  re.I)
#: the same, with a word or two of the task done on D: "the F1 score on SQuAD v1.1 question answering to 93.2"
_ON_D_TASK = re.compile(_ON_D.pattern + r"(?:(?!(?:to|from|of|by|at|is|was|are|were|and|or|while|with|we|our|it|its|which|"
                        r"that)\b)(?-i:[a-z][\w-]*)\s+){1,2}(?=(?:to|from|of|is|was|reaches|reached)\b|[:=])", re.I)
#: (the words must lead on to the value: "top-1 accuracy in D between 0.5% and 2.7%", "... on D using only 1%
#: labels" are no such words)
_COMPARATIVE = re.compile(r"\s*(?:faster|slower|smaller|larger|fewer|less|more|higher|lower|cheaper)\b", re.I)
ON_DATASET = re.compile(r"^\s*%?\)?\s*(?:\S+\s+){0,5}?(?:on|in|for|over|at|of|from|across)\s+(?:the\s+)?[\"“]?$", re.I)
_DECIMAL = re.compile(r"\d[.,]\d")
DATASET_THEN_VALUE = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:[:=(]|of|to|is|was|reaches|reached)\s*(?:\(\s*)?", re.I)
#: between two datasets of one list: glue, a name's tail ("CIFAR-100/20, STL10", "DAVIS 2016/2017"), and names
#: kg did not type ("MS MARCO, TREC-DL and FooQA"), a subset's word ("CUHK03 labeled, CUHK03 detected")
_DLIST_GAP = re.compile(r"(?:[-/][\w.]+|\s+v?\d+(?:\.\d+)?|\s+(?!(?:data)?sets?\b|datasets?\b|benchmarks?\b|corpus\b|corpora\b|tasks?\b)[a-z]+(?=,))?[\s,/&]*(?:(?:and|or)\s+)?(?:[A-Z][\w.-]*[\s,]+(?:(?:and|or)\s+)?)*")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
#: "to 51.1 and 44.3 respectively, and ... on A and B": the values' datasets came before them
_RESP_AFTER = re.compile(r"[^,;.()]{0,25}?\brespectively\b", re.I)
_ON_NEXT = re.compile(r",?\s*(?:on|in|for)\b", re.I)  # "99.9% and 99.8% respectively, on A and B"
CLAUSE = re.compile(r"[;]|,\s*(?:while|whereas|but|which)\b")
HAS_VALUE = re.compile(r"\d(?:[.,]\d+)?\s?(?:%|x\b|×|points?\b)")


def number_lists(text: str, vals: list[Value], ents: list, metrics: tuple) -> None:
    """Number the lists values form (``group``): runs of one kind whose gaps hold only list glue, datasets
    and metrics ("87.5% top-1 accuracy on A, 99.4% on B"). "respectively" closes a list: the value after it
    starts the next ("84.6% and 80.2% on A and B, respectively, and 70.1% on C")."""
    g = 0
    for k, v in enumerate(vals):
        u, a, b = _list_prev(text, vals, k)
        if k and v.start - u.end <= 90 and b >= a and _LIST_GAP.match(_masked(text, a, b, ents, metrics)) \
                and not _RESPECTIVELY.search(text, a, b) \
                and u.dropped == v.dropped and u.kind == v.kind \
                and (("%" in u.text) == ("%" in v.text) or (text[u.end:v.start] == "/" and "%" in v.text)):  # "72.3/75.3%"
            v.group = u.group
        else:
            g += 1
            v.group = g


def bind_asides(text: str, vals: list[Value]) -> None:
    """A change in a parenthesis right after a score is about that score's dataset: "93.7% (4.1% gain) on A"."""
    for u, v in zip(vals, vals[1:]):
        if v.kind != "score" and u.kind == "score" and u.end < v.start < past_aside(text, u.end):
            v.dataset = u.dataset if u.dataset is not None else v.dataset


def _list_prev(text: str, vals: list[Value], k: int) -> tuple[Value, int, int]:
    """The value a list would go on from before ``vals[k]``, and the gap between them: the one before,
    else past the baseline of "from A to B on X and from C to D" or an aside "49.4 (+1.0), 60.2 (+0.6)"."""
    v, u = vals[k], vals[k - 1]
    if k > 1 and v.base is u:  # B and D
        m = FROM.search(text, vals[k - 2].end, u.start)
        return vals[k - 2], vals[k - 2].end, m.start() if m else u.start
    if k > 1 and (vals[k - 2].kind != u.kind or _ASIDE_OPEN.fullmatch(text, vals[k - 2].end, u.start)) \
            and u.end <= past_aside(text, vals[k - 2].end) <= v.start:  # (or "94.6% (95.6% for ensemble) and 77.0%")
        return vals[k - 2], past_aside(text, vals[k - 2].end), v.start
    return u, u.end, v.start


def _masked(text: str, a: int, b: int, ents: list, metrics: tuple = ()) -> str:
    """``text[a:b]`` with each dataset written as "D" and each of ``metrics`` (spans) as "M" (other
    entities stay, so they break a list)."""
    out, pos = [], a
    marks = sorted([(c[0], c[1], " D ") for c in ents if c[2] is T.DATASET] + [(x, y, " M ") for x, y in metrics])
    for x, y, mark in marks:
        if x >= a and y <= b and x >= pos:
            out.append(text[pos:x])
            out.append(mark)
            pos = y
    out.append(text[pos:b])
    return "".join(out)


def bind_metrics(text: str, vals: list[Value], metrics: list, ents: list) -> None:
    """Each value's metric (entity index), in place: unit, right after, right before, metric lists, the list's."""
    for v in vals:
        v.metric = _own_metric(text, v, metrics, ents)
        if v.metric is None and v.base is not None:
            v.metric = v.base.metric  # "mIoU from 73.8% to 82.3%"
    for v in vals:
        if v.metric is None and v.base is not None:
            v.metric = v.base.metric = _subject_metric(text, v.base, metrics)
    for v in vals:
        if v.metric is None and v.other is not None and v.other.metric is not None \
                and OTHERS.search(text, v.end, v.other.start) and OTHERS_NEXT.match(text, v.end):
            v.metric = v.other.metric  # "10.8 compared to SOTA perplexity of 15.8"
    for v in vals:
        if v.metric is None and v.kind != "score":  # "Evaluated on NDCG@10, we outperform BM25 by 44%"
            ic = next(((i, c) for i, c in reversed(metrics) if c[1] <= v.start and ";" not in text[c[1]:v.start]), None)
            if ic is not None and not (_COMPARATIVE.match(text, v.end) and _a_score(text[ic[1][0]:ic[1][1]])):
                v.metric = ic[0]  # (but "2.5x faster" does not measure accuracy, nor "3 times faster" a final score)
    for members in _by_group(vals).values():
        if len(members) < 2:
            continue
        chain = _metric_chain(text, members[0], metrics)
        if len(chain) != len(members):
            chain = _metric_chain_after(text, members[-1], metrics)
        if len(chain) == len(members):  # "rank1/mAP/mINP 91.0%/83.3%/68.8%"
            for v, i in zip(members, chain):
                v.metric = i
            continue
        _metrics_by_item(text, members)
        for v in members:
            if v.metric is None and not _OWN_PAREN.match(text, v.end):  # (not "45.31% (mean AP r)")
                if (name := _own_slot(text, v, ents)) is not None:
                    v.unnamed = name  # "82.2% accuracy and 58.6% robustness on A": its own measure, not accuracy
                    continue
                aside = [u for u in members if _aside_metric(text, v, u, metrics)]
                near = min((u for u in members if u.metric is not None and all(u is not a for a in aside)),
                           default=None, key=lambda u: abs(u.start - v.start))
                v.metric = _compound_metric(text, v, metrics, near.metric if near else None)
                if v.metric is None and aside:
                    v.unnamed = "?"  # "85.4% (97.6% top-5)": a measure of its own, unwritten, not the sentence's
    measured_by(text, vals, metrics, ents)
    _unit_mismatch(text, vals, metrics)


def _aside_metric(text: str, v: Value, u: Value, metrics: list) -> bool:
    """Whether ``u`` stands in a parenthesis opened right after ``v`` with its metric written in that parenthesis
    ("85.4% (97.6% top-5)", "85.4% (top-5: 97.6%)"): the parenthesis's metric is ``u``'s own, never ``v``'s."""
    m = _ASIDE_OPEN.match(text, v.end)
    close = text.find(")", m.end()) if m else -1
    c = dict(metrics).get(u.metric)
    return close > u.start and c is not None and m.end() <= c[0] and c[1] <= close and "(" not in text[m.end():close]


#: a value's unit of speed or time and the curated metric families it can be a figure of
_UNIT_FAMILIES = ((re.compile(r"\d\s*fps$", re.I), frozenset(("FPS",)), "FPS"),
                  (re.compile(r"\d\s*(?:ms|s)$"), frozenset(("latency", "FPS")), None))  # ("a speed of 0.4s per image")
#: a unit of speed written out after a bare figure: "345 frames per second", "60 frames/s"
_FPS_AFTER = re.compile(r"\s*(?:fps|frames?\s*(?:per\s+|/\s*)(?:second|sec|s))\b", re.I)


def _unit_mismatch(text: str, vals: list[Value], metrics: list) -> None:
    """A value written in a unit of speed or time ("33.5 fps", "12 ms") measured by a metric of another
    family is none of that metric's figures ("29.8 mAP on COCO at 33.5 fps" is no mAP): it is measured by its
    unit ("FPS"), or by no metric ("12 ms").
    (A metric kg's curated table does not know is kept: "inference speed".)"""
    known = MetricKnowledge.load()
    where = dict(metrics)
    for v in vals:
        if v.metric is None or v.metric not in where:
            continue
        families, unit = next(((f, u) for pat, f, u in _UNIT_FAMILIES if pat.search(v.text)), (None, None))
        c = where[v.metric]
        info = known.family(text[c[0]:c[1]]) if families else None
        if info is not None and info.name not in families:
            v.metric, v.unnamed = None, unit


#: what joins the two metrics of a pair that share a list of figures: "bpc/perplexity"
_PAIR_SLASH = re.compile(r"\s*/\s*")


def slashed_pairs(text: str, vals: list[Value], metrics: list) -> None:
    """Scores bound to one metric of a slashed pair ("A/B of 0.99 on X and 18.3 on Y") are each a figure of
    one of the two: each goes to the one whose range (curated table) alone admits it, and a figure both
    admit to the metric of the figure nearest it in magnitude, when the list has figures of both."""
    known = MetricKnowledge.load()
    pairs: dict[int, tuple[int, int]] = {}
    for (i, a), (j, b) in zip(metrics, metrics[1:]):  # (``metrics`` is in text order)
        if _PAIR_SLASH.fullmatch(text, a[1], b[0]):
            pairs[i] = pairs[j] = (i, j)
    by_pair: dict[tuple[int, int], list[Value]] = {}
    for v in vals:
        if v.kind == "score" and v.metric in pairs:
            by_pair.setdefault(pairs[v.metric], []).append(v)
    where = dict(metrics)
    for pair, members in by_pair.items():
        infos = [known.family(text[where[i][0]:where[i][1]]) for i in pair]
        if None not in infos and infos[0].name != infos[1].name:
            _split_pair(pair, infos, members, known)


def _split_pair(pair: tuple[int, int], infos: list, members: list[Value], known: MetricKnowledge) -> None:
    """:func:`slashed_pairs` for the scores ``members`` bound to ``pair`` (``infos``: its two metrics')."""
    xs = [x if x is not None and x > 0 else None for x in (known.number(v.text, None) for v in members)]
    only: list[int | None] = []  # the one metric of the pair each figure can be, if only one
    for x in xs:
        fits = [i for i, info in zip(pair, infos) if x is not None and info.admits(x)]
        only.append(fits[0] if len(fits) == 1 else None)
    decided = [(math.log(x), i) for x, i in zip(xs, only) if i is not None]
    both = len({i for _, i in decided}) == 2
    for v, x, i in zip(members, xs, only):
        if i is None and both and x is not None:
            lx = math.log(x)
            i = min(decided, key=lambda d: abs(d[0] - lx))[1]  # ("1.08" next to "0.99", not "18.3")
        if i is not None:
            v.metric = i


#: "average of" right after a figure, before a list of the metrics it averages: "33.3 average of A, B and C"
_AVERAGE_OF_AFTER = re.compile(r"\s*%?\s+(?:(?:mean|average)\s+of|averaged\s+over)\s+(?:the\s+)?", re.I)
#: the same, before the list, when the figure comes after it: "an average of A, B and C of 33.3"
_AVERAGE_OF_BEFORE = re.compile(r"\b(?:mean|average)\s+of\s+(?:the\s+)?$", re.I)
#: what joins the items of a list: "A, B and C", "A, B, and C" (also the glue of top-k settings, :data:`_TOP_K_GLUE`)
_LIST_GLUE = r"\s*,\s*(?:and\s+)?|\s+and\s+"
#: what joins the metrics of a list: "A, B and C", "A, B, and C", "A/B"
_AVERAGED_GLUE = re.compile(_LIST_GLUE + r"|\s*/\s*")


def averaged_metrics(text: str, vals: list[Value], metrics: list, ents: list) -> None:
    """A figure that is the average of a list of metrics ("an average of A, B and C of 33.3", "33.3 average of A, B
    and C") is a figure of that average, no one member's: its metric is the average as the text names it
    (``Value.unnamed``), in place; the other figures of its list, which took the metrics it averages by position,
    keep only their own ("the mean of A and B of 30.5 on X, and 41.2 A on Y": A)."""
    for v in vals:
        if v.kind != "score":
            continue
        if (m := _AVERAGE_OF_AFTER.match(text, v.end)) is not None:
            chain, start = _joined_from(text, m.end(), metrics), m.start() + len(m.group()) - len(m.group().lstrip(" %"))
        else:
            chain, start = _joined_before(text, v.start, metrics)
        if len(chain) < 2:
            continue
        v.metric, v.unnamed = None, text[start:chain[-1][1]]
        averaged = {i for i, c in metrics if c in chain}
        for u in vals:
            if u is not v and u.group == v.group and u.metric in averaged:
                u.metric = _own_metric(text, u, metrics, ents)


def _joined_from(text: str, pos: int, metrics: list) -> list:
    """The metrics (spans) of a list that starts at ``pos``, in text order."""
    chain: list = []
    for _, c in metrics:
        if c[0] == pos or (chain and c[0] > pos and _AVERAGED_GLUE.fullmatch(text, pos, c[0])):
            chain.append(c)
            pos = c[1]
        elif c[0] > pos:
            break
    return chain


def _joined_before(text: str, end: int, metrics: list) -> tuple[list, int]:
    """The metrics (spans) of a list averaged right before a figure at ``end`` ("average of A, B and C of"), in text
    order, and where its "average" starts; ([], end) when there is none."""
    chain: list = []
    for _, c in reversed(metrics):
        if c[1] > end:
            continue
        if not (_AVERAGED_GLUE.fullmatch(text, c[1], chain[0][0]) if chain else _METRIC_BEFORE.fullmatch(text, c[1], end)):
            break
        chain.insert(0, c)
    m = _AVERAGE_OF_BEFORE.search(text, max(0, chain[0][0] - 30), chain[0][0]) if chain else None
    return (chain, m.start()) if m is not None else ([], end)


#: what leads from a list of figures to the metric that measures them: "51.8% on the test set using the"
_MEASURED_BY_GAP = re.compile(r"\s*%?[^.;\d]{0,60}?\b(?:using|in terms of|under|measured (?:by|with))\s+(?:the\s+)?", re.I)
#: what closes that metric's name: "(MOTA) metric", "measure"
_MEASURED_BY_END = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:metric|measure|criterion)\b", re.I)


def measured_by(text: str, vals: list[Value], metrics: list, ents: list = ()) -> None:
    """A list of figures followed by the metric that measures them takes it over a metric named before: "an
    accuracy of 55.2% on A and 51.8% on B using the Multi-Object Tracking Accuracy (MOTA) metric" is MOTA.
    (A figure with no metric gets none here: "scores of 82.02% for the winning teams, in terms of the
    accuracy metric" is no score of the paper's, and a figure kg binds to nothing was not read as one.)"""
    for members in _by_group(vals).values():
        last = members[-1]
        for i, c in metrics:
            if c[0] >= last.end and _MEASURED_BY_GAP.fullmatch(_named(text, last.end, c[0], ents)) \
                    and _MEASURED_BY_END.match(text, c[1]):  # (a name between written "N": "on the MOT17 test set")
                for v in members:
                    v.metric = i if v.kind == "score" and v.metric is not None else v.metric
                break


#: a word that cannot open (or be) the name of a measure right after a figure
_NOT_A_MEASURE = (r"(?:on|in|for|and|or|with|at|of|to|by|from|the|a|an|over|than|which|while|whereas|as|respectively|"
                  r"compared|when|using|after|under|without|vs|versus|is|are|was|were|be|absolute|relative|improvements?|"
                  r"gains?|lower|higher|better|worse|points?|only|even|more|less|fewer|faster|slower|each|per|all|both|"
                  r"across|among|reduction|increase|drop|margin|[a-z]+ing|[a-z]+ed|[a-z]+ly)")
#: words right after a figure that fill its measure's slot, up to a preposition or the end of the item: "58.6%
#: robustness on ImageNet", "78.7% Success on TrackingNet", "63.8 AMOTA for a single model"
_OWN_SLOT = re.compile(r"\s*%?\s+(?P<name>(?!" + _NOT_A_MEASURE + r"\b)[A-Za-z][\w@.-]*[\w@]"
                       r"(?:\s+(?!" + _NOT_A_MEASURE + r"\b)[A-Za-z][\w@.-]*[\w@]){0,2})"
                       r"(?=\s*(?:(?:on|for|at|in|across|with)\b|[,;)]|\.(?:\s|$)|$))", re.I)


#: a name after a figure that is no measure: one ending in a plural (things counted, "10% labels") or a word of
#: data ("the 0.643 test-standard set"), or opening on a split ("test-dev", "val")
_NOT_A_MEASURE_NAME = re.compile(r"(?:[^s]s|\b(?:set|split|subset|data|dataset|benchmark|corpus))$|^(?:test|val|dev|train)",
                                 re.I)


def _own_slot(text: str, v: Value, ents: list) -> str | None:
    """The name of a measure kg does not know, written right after a list member with no metric of its own
    (:data:`_OWN_SLOT`; no entity inside it), else None."""
    m = _OWN_SLOT.match(_named(text, v.end, min(len(text), v.end + 60), ents))
    if m is None or "N" in re.split(r"[^A-Za-z]+", name := m.group("name")) or _NOT_A_MEASURE_NAME.search(name):
        return None  # (an entity inside: "TAR@FAR1e-6" with "TAR" typed; data or things counted: "test-standard sets", "labels")
    return name


#: a capitalised name no entity covers, in a list or a measure's slot, right before a value: "and Distance of
#: Fréchet 8.77", "in terms of Density (LSUN Bedroom: 1.51" (entities are written "N"; group 1: a dataset in a
#: parenthesis after the name, which makes the name outside a measure)
_UNNAMED_SLOT = re.compile(r"(?:\band|\bor|,|\bterms of|\()\s+(?P<name>(?-i:[A-Z][a-z][\w\u00c0-\u024f-]*)"
                           r"(?:\s+(?:of\s+)?(?-i:[A-Z][\w\u00c0-\u024f-]*)){0,2})(?<!-)\s*(\(\s*N\s*[:=]\s*)?$")


def unnamed_metrics(text: str, vals: list[Value], metrics: list, ents: list) -> None:
    """Mark the lists of values with no metric whose first member sits in the slot of a metric kg does not
    know, in place: "in terms of Density (A: 1.51; B: 1.12)", or "Name V" after a list item written the same
    way with a metric ("(MS-SSIM 0.19 and Distance of Fréchet 8.77)"; not "CIFAR-100 (91.7%), Flowers
    (98.8%)", where the name is a dataset). No other list's metric, nor the sentence's, is theirs: their
    metric is the name as written (``Value.unnamed``; "?" when an entity sits inside it)."""
    spans = dict(metrics)
    prev = None
    for members in _by_group(vals).values():
        first, before, prev = members[0], prev, members[-1]
        if any(v.metric is not None for v in members):
            continue
        m = _UNNAMED_SLOT.search(_named(text, max(0, first.start - 60), first.start, ents))
        if m is None or not (m.group(1) or (before is not None and before.metric in spans
                                            and re.fullmatch(r"\s*", text[spans[before.metric][1]:before.start]))):
            continue
        name = m.group("name")  # (an entity inside is written "N": then no name of its own to give)
        for v in members:
            v.unnamed = name if "N" not in name.split() else "?"
    _named_after_figure(text, vals, ents)
    for v in vals:
        if v.metric is None and not v.unnamed and v.kind == "score" and (m := _NAMED_METRIC_AFTER.match(text, v.end)) \
                and re.search(r"[A-Z]", m.group("name")):
            v.unnamed = m.group("name")  # "93.3% using the ADD-S AUC metric": the metric the text names after it
        elif v.metric is None and not v.unnamed and v.kind == "score":
            v.unnamed = _measure_before(text, v)  # "reduces mean flip rate from 27.8 to 12.2"
        if v.kind == "score" and (v.metric is None or spans[v.metric][1] <= v.start) \
                and (m := _MEASURE_AFTER.match(text, v.end)):
            v.metric, v.unnamed = None, m.group("name")  # "3.92% mean error with 0.39% failure rate": its own


#: a measure kg does not know, named by its head noun right before a value or its "from A to B": "mean flip
#: rate from 27.8 to 12.2", "exact match ratio of 82.1" (words in lower case: "ImageNet-P" is no part of it)
_MEASURE_BEFORE = re.compile(r"(?:^|[\s,(])(?P<name>(?:(?!(?:the|a|an|our|its|their|this|of|on|in|and|or|with|by|to|"
                             r"from|at|for|is|was|[a-z]+ing|[a-z]+ly|[a-z]+ive|[a-z]+able|high|low|new|good|best|higher|lower|better)\b)"
                             r"(?-i:[a-z][\w-]*)\s+){0,2}(?-i:rate|ratio|distance|"
                             r"divergence|deviation|similarity|overlap|discrepancy))\s+(?:from|of|is|was|=|:)\s*"
                             r"(?:about\s+|around\s+|~\s*)?$")


#: that measure written right after the value ("0.39% failure rate"), not a phrase going on to its own
#: figure ("a 2% drop rate of 0.5"); a ratio after a value is mostly a setting ("an 80% noise ratio")
_MEASURE_AFTER = re.compile(r"\s*%?\s+(?P<name>(?:(?!" + _NOT_A_MEASURE + r"\b)(?-i:[a-z][\w-]*)\s+){0,2}(?-i:rate|"
                            r"distance|divergence|deviation|similarity|discrepancy))\b(?!\s*(?:of|from|=|:)\s)")


def _measure_before(text: str, v: Value) -> str | None:
    """The name of a measure kg does not know in the slot right before a value (:data:`_MEASURE_BEFORE`), or
    None: the value's own measure, which no other value's metric may fill (a metric's name inside it is part
    of it: "accuracy rate")."""
    start = v.base.start if v.base is not None else v.start
    m = _MEASURE_BEFORE.search(text, max(0, start - 60), start)
    return m.group("name") if m else None


#: the next item of a list of measures, named by a name kg does not know: "(MSE of 0.167) and Cross Correlation of"
_UNNAMED_ITEM = re.compile(r"\s*(?:%|dB|[A-Za-z]{1,3}\b)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:a|an|the)\s+)?(?P<name>(?-i:[A-Z][a-z]"
                           r"[\w\u00c0-\u024f-]*)(?:\s+(?-i:[A-Z][\w\u00c0-\u024f-]*)){0,2})\s+(?:of|=|:)\s*")


def _named_after_figure(text: str, vals: list[Value], ents: list) -> None:
    """ "MSE of 0.167 and Cross Correlation of 0.476": a value right after a figure of a list of measures,
    in the slot of a capitalised name no entity covers, is that name's, not the list's metric."""
    for u, v in zip(vals, vals[1:]):
        if u.metric is not None and (m := _UNNAMED_ITEM.fullmatch(_named(text, u.end, v.start, ents))) \
                and "N" not in m.group("name").split():
            v.metric, v.unnamed = None, m.group("name")


def _metrics_by_item(text: str, members: list[Value]) -> None:
    """Items of a list of as many values each give a value with no metric the metric of its place in the
    first item ("85.1% mAP / 87.2% rank1 and 82.4%/84.9%": mAP and rank1)."""
    items = _tuples(text, members)
    if len(items) < 2 or len({len(t) for t in items}) != 1 or len(items[0]) < 2 \
            or any(v.metric is None for v in items[0]) or len({v.metric for v in items[0]}) < len(items[0]):
        return
    for item in items[1:]:
        for v, u in zip(item, items[0]):
            v.metric = u.metric if v.metric is None else v.metric


#: words that make the next figure someone else's: "56% accuracy, well below human performance, which is 89%"
_OTHERS_GAP = re.compile(r"\b(?:than|surpass\w*|outperform\w*|compared|below|above|earlier|previous(?:ly)?|prior|human|"
                         r"baselines?|state[- ]of[- ]the[- ]art|SOTA|vs\.?|versus|existing|others?)\b", re.I)
#: a list that names its own metric after it, in words kg did not type: "93.3% using the ADD-S AUC metric"
_NAMED_METRIC_AFTER = re.compile(r"\s*%?\s*(?:using|in terms of|under|with|by)\s+(?:the\s+)?(?P<name>[\w()-]+(?:\s+[\w()-]+)?)"
                                 r"\s+(?:metric|measure|criterion|score)\b", re.I)


def parallel_metrics(text: str, vals: list[Value], metrics: list, ents: list = ()) -> None:
    """A list of values with no metric, set after one with a metric like it, takes that list's metrics by
    position: "WER of 2.1%/4.3% without a language model and 1.9%/3.9% with one" (nothing but words
    between them: no other value, metric or clause; the earlier list's own metric may sit there, "5.5% WER
    on A, and 5.4% and 14.7% on B and C"); "from A to B" then takes the metric its B took."""
    groups = list(_by_group(vals).values())
    for prev, group in zip(groups, groups[1:]):
        if any(v.metric is not None or v.kind != "score" or v.unnamed for v in group) or prev[-1].kind != "score" \
                or prev[0].metric is None or ("%" in prev[0].text) != ("%" in group[0].text) \
                or ("." in prev[0].text and not re.search(r"[.%]", group[0].text)):
            continue  # (not "BLEU scores of 30.45 ... which exceeds all published numbers 12 .": a footnote mark)
        if _NAMED_METRIC_AFTER.match(text, group[-1].end):
            continue  # "97.3% using the ADD metric on A and 93.3% using the ADD-S AUC metric on B"
        gap = _named(text, prev[-1].end, group[0].start, ents)  # (digits of names are no figures: "IWSLT'14")
        own = {u.metric for u in prev}
        if len(gap) > 70 or re.search(r"[\d;]", gap) or not re.search(r"\b(?:and|while|whereas)\b|,", gap) or _OTHERS_GAP.search(gap) \
                or any(prev[-1].end < c[1] <= group[0].start for i, c in metrics if i not in own):
            continue
        for k, v in enumerate(group):
            v.metric = _compound_metric(text, v, metrics, prev[k].metric if len(prev) == len(group) else prev[0].metric)
    for v in vals:
        if v.metric is None and v.base is not None:
            v.metric = v.base.metric  # "..., and from 73.8% to 82.3% for B": the list went on at 73.8%


def top_k_metrics(text: str, vals: list[Value], metrics: list) -> None:
    """A list of values that all took one metric, the head of a list of top-k settings ("the top-1, top-20, and
    top-50 accuracies ... to 26%, 64%, and 75%": "accuracies"; "top-1 and top-5 accuracies of 81.5% and 95.2%":
    "top-5 accuracies"), takes the settings by position when the two lists are as long."""
    for members in _by_group(vals).values():
        head = members[0].metric
        if len(members) >= 2 and head is not None and all(v.metric == head for v in members):
            items = _top_k_items(text, metrics, head)
            if len(items) == len(members):
                for v, i in zip(members, items):
                    v.metric = i


#: the glue of a list of top-k settings: "top-1, top-20, and top-50"
_TOP_K_GLUE = re.compile(_LIST_GLUE)
_TOP_K_NAME = re.compile(r"(?:top|rank)[- ]?\d+(?:\s+\w+)?", re.I)


def _top_k_items(text: str, metrics: list, head: int) -> list[int]:
    """The metrics of a list of top-k settings that ends on (or right before) the metric ``head``, in text order:
    ``head`` itself when it names a setting ("top-5 accuracies"), none when the list holds one setting."""
    where = dict(metrics)
    c = where[head]
    items = [head] if _TOP_K_NAME.fullmatch(text, c[0], c[1]) else []
    pos = c[0]
    for i, d in sorted(metrics, key=lambda ic: (-ic[1][0], ic[1][4] != "top-k-list")):  # ("top-1": its list's name first)
        if d[1] > pos or i == head:
            continue
        gap = text[d[1]:pos]
        if not _TOP_K_NAME.fullmatch(text, d[0], d[1]) or not (_TOP_K_GLUE.fullmatch(gap) if items else gap == " "):
            break
        items.insert(0, i)
        pos = d[0]
    return items if len(items) > 1 else []


def spelled_speeds(text: str, vals: list[Value], metrics: list) -> None:
    """A bare figure the text goes on to call frames per second ("2.9 ms latency (345 frames per second)"),
    bound to a metric of another family (here by the list it closes), is measured in FPS, in place."""
    known, where = MetricKnowledge.load(), dict(metrics)
    for v in vals:
        if v.metric in where and _FPS_AFTER.match(text, v.end):
            c = where[v.metric]
            info = known.family(text[c[0]:c[1]])
            if info is not None and info.name != "FPS":
                v.metric, v.unnamed = None, "FPS"


def _named(text: str, a: int, b: int, ents: list) -> str:
    """``text[a:b]`` with each entity inside written as "N"."""
    out, pos = [], a
    for c in sorted(c for c in ents if a <= c[0] and c[1] <= b):
        if c[0] >= pos:
            out.append(text[pos:c[0]] + "N")
            pos = c[1]
    return "".join(out) + text[pos:b]


def _proportion(name: str) -> bool:
    info = MetricKnowledge.load().info(name)
    return bool(info and info.proportion)


#: a metric's name that ends on "score": a grade of quality, whatever it grades ("final score")
_SCORE_HEAD = re.compile(r".*\bscores?", re.I)


def _a_score(name: str) -> bool:
    """A proportion ("accuracy") or a name headed by "score" ("final score"): a measure of quality, which no
    comparative of speed or size ("3 times faster") measures."""
    return _proportion(name) or _SCORE_HEAD.fullmatch(name) is not None


def _data_between(text: str, a: int, b: int, ents: list) -> bool:
    """Whether ``text[a:b]`` is one dataset's name and spaces: "78.9% ImageNet top-1 accuracy"."""
    return any(c[2] is T.DATASET and a <= c[0] and c[1] <= b and not text[a:c[0]].strip() and not text[c[1]:b].strip()
               for c in ents)


def _own_metric(text: str, v: Value, metrics: list, ents: list) -> int | None:
    for i, c in metrics:
        if v.start < c[0] and c[1] <= v.end:
            return i  # "101 FPS"
    said = _IN_TERMS_OF.match(text, v.end)  # "accuracy (37.5 in terms of BLEU)": the measure the value says it is in,
    for i, c in metrics:  # over a word for quality before it
        if said is not None and c[0] == said.end():
            return i
    for i, c in metrics:  # "accuracy (74.1%)", "mAP=0.56", "F1: 80.2" (not "43.5% AP (65.7% AP 50)"); "39.81 (BLEU 1 score)"
        if (c[1] <= v.start and re.fullmatch(r"\s*(?:\(|=|:)\s*", text[c[1]:v.start])
                and not re.search(r"\d\s*%?\s*$", text[max(0, c[0] - 8):c[0]])) \
                or (v.end <= c[0] and _METRIC_PAREN.fullmatch(text, v.end, c[0]) and _METRIC_PAREN_END.match(text, c[1])):
            return i
    best, dist = None, 41
    end = past_aside(text, v.end)  # "82.4% (+5.1% over the previous best) top-1 accuracy"
    end = m.end() if (m := _VERSUS.match(text, end)) else end  # "87.4% vs. 84.5% for F1 score": the pair's metric
    for i, c in metrics:
        d = c[0] - end
        if 0 <= d < dist and (_METRIC_AFTER.fullmatch(text, end, c[0]) or _data_between(text, end, c[0], ents)) \
                and not re.search(r"(?<![A-Z])\d", text[end:c[0]]):  # (no other figure; "Q8" names a variant)
            best, dist = i, d
    if best is not None:
        return best
    dist = 31
    for i, c in metrics:
        d = v.start - c[1]
        if v.text[-1:].isalpha() and re.fullmatch(r"\s*at\s*", text[c[1]:v.start]):
            continue  # "34.4% AP at 30ms": a time, not the AP
        masked = _masked(text, c[1], v.start, ents) if 0 <= d < 60 else ""
        on = _ON_D_TASK.match(masked) or _ON_D.match(masked)  # "top-1 accuracy on ImageNet from 76.0%"
        if 0 <= d < (60 if on else dist) and (_METRIC_BEFORE.fullmatch(text, c[1], v.start)
                                             or (on and _METRIC_BEFORE.fullmatch(masked, on.end()))
                                             or re.fullmatch(r"\s*\(\s*D\s*[:=]?\s*", masked)):
            best, dist = i, d
    return best


#: a word glued by a hyphen to the metric right after a value, the metric's own variant: "64.5% Hit-Recall@1 on B"
_COMPOUND_LEAD = re.compile(r"\s*%?\s*[A-Za-z][A-Za-z0-9]*-")
#: the end of that measure's slot: a preposition or the end of the item ("architecture-accuracy pairs" goes on)
_SLOT_END = re.compile(r"\s*(?:(?:on|for|at|in|across|with|and)\b|[,;)]|\.(?:\s|$)|$)")


def _compound_metric(text: str, v: Value, metrics: list, other: int | None) -> int | None:
    """The metric a list member takes from its neighbour (``other``), unless a metric of its own is written right
    after it, led by a word glued on with a hyphen: "81.2% Rank-1 accuracy on A and 64.5% Hit-Recall@1 on B"."""
    for i, c in metrics:
        if c[0] > v.end and _COMPOUND_LEAD.fullmatch(text, v.end, c[0]) and _SLOT_END.match(text, c[1]):
            return i
    return other


#: what says which measure a value is in, right after it: "37.5 in terms of BLEU", "0.92 as measured by the F1"
_IN_TERMS_OF = re.compile(r"\s*%?\s*(?:in terms of|(?:as )?measured (?:by|in|with))\s+(?:the\s+)?", re.I)
#: the figure a value is set against, right after it: "87.4% v.s. 84.5%", "(49.1% versus 42.8%)"
_VERSUS = re.compile(r"\s*%?\s*(?:vs\.?|v\.s\.|versus)\s*\d+(?:\.\d+)?\s*%?", re.I)
_OWN_PAREN = re.compile(r"\s*%?\s*\((?=[^()]*[A-Za-z])[^()\d]{1,30}\)")  # a value's own words in a parenthesis
_METRIC_PAREN = re.compile(r"\s*%?\s*\(\s*")
_METRIC_PAREN_END = re.compile(r"(?:\s*\d+)?(?:\s+scores?)?\s*\)")
_ASIDE = re.compile(r"\s*\((?=[^()]*\d)[^()]{0,60}\)")


def past_aside(text: str, end: int) -> int:
    """Where the text after a value goes on, past a parenthesis with a figure of its own ("(+5.1% increase)")."""
    m = _ASIDE.match(text, end)
    return m.end() if m else end


def _metric_chain(text: str, first: Value, metrics: list) -> list[int]:
    """Metrics joined by "/" (or commas) that end right before ``first``, in text order."""
    chain: list[int] = []
    pos = first.start
    for i, c in reversed(metrics):
        if c[1] > pos:
            continue
        gap = text[c[1]:pos]
        if (not chain and _METRIC_BEFORE.fullmatch(gap)) or (chain and re.fullmatch(r"\s*(?:/|,|and|&)\s*", gap)):
            chain.insert(0, i)
            pos = c[0]
        else:
            break
    return chain


#: a metric named as a threshold ("mAP of IoU thresholds from 0.1 to 0.5"): no metric of the figures
_THRESHOLD_AFTER = re.compile(r"\s*(?:thresholds?|>|≥|=|@|at)", re.I)


def _subject_metric(text: str, base: Value, metrics: list) -> int | None:
    """The one metric (by name) named before "from A to B" in its clause, thresholds aside: "the average
    mAP of IoU thresholds from 0.1 to 0.5 on the X dataset is improved from 47.0% to 52.1%"."""
    floor = max((m.end() for m in re.finditer(r"[;:]|\.\s", text[:base.start])), default=0)
    cands = [(i, c) for i, c in metrics if floor <= c[0] and c[1] <= base.start and not _THRESHOLD_AFTER.match(text, c[1])]
    names = {text[c[0]:c[1]].lower() for _, c in cands}
    return cands[-1][0] if len(names) == 1 else None


#: what joins the metrics of a chain after its values: "AP/AR", "box and mask AP", "top-1, top-5 and top-10"
_CHAIN_GLUE = re.compile(r"\s*/\s*|\s+(?:and|&)\s+|\s*,\s*(?:and\s+)?")


def _metric_chain_after(text: str, last: Value, metrics: list) -> list[int]:
    """Metrics joined by "/" (or "and") that begin right after ``last``, in text order: "72.3/75.3% average AP/AR",
    "1.8% and 2.2% for box and mask AP"."""
    chain: list[int] = []
    pos = last.end
    for i, c in metrics:
        if c[0] < pos:
            continue
        gap = text[pos:c[0]]
        if (not chain and _METRIC_AFTER.fullmatch(gap) and _CHAIN_GLUE.match(text, c[1])) \
                or (chain and _CHAIN_GLUE.fullmatch(gap)):
            chain.append(i)
            pos = c[1]
        else:
            break
    return chain


def _by_group(vals: list[Value]) -> dict[int, list[Value]]:
    out: dict[int, list[Value]] = {}
    for v in vals:
        out.setdefault(v.group, []).append(v)
    return out


#: a parenthesis that holds only a dataset's name, or an adaptation's pair, right after a value: "4.1% (Foo → Bar)":
#: its opening (up to the name) and its closing (after the name)
_DATA_PAREN_OPEN = re.compile(r"\s*\(\s*")
_DATA_PAREN_CLOSE = re.compile(rf"(?:{ADAPTS_TO}[A-Z][\w+-]*)?\s*\)")


def _right_dataset(text: str, v: Value, datasets: list, ents: list, limit: int) -> int | None:
    """ "V on D" (a few words such as a metric may sit between), "V (D)": the dataset, if any."""
    if (i := _paren_dataset(text, v, datasets)) is not None:
        return i
    end = past_aside(text, v.end)
    for i, c in datasets:
        if c[0] >= end and c[0] - end <= 60 and c[0] <= limit:
            gap = text[end:c[0]]  # "0.82% gains on 4 datasets from D": a count may sit there, not a value
            if ")" in gap and text.rfind("(", 0, v.start) > text.rfind(")", 0, v.start) and end == v.end:
                return None  # "CIFAR-10 (with error rate 2.93%) and on PTB": the value is inside the parenthesis
            if not HAS_VALUE.search(gap) and not _DECIMAL.search(gap) and ON_DATASET.match(gap) and not _NEXT_ITEM.match(gap) \
                    and not _next_metric(text, end, c[0], ents):
                return i
            return None
    return None


def _paren_dataset(text: str, v: Value, datasets: list) -> int | None:
    """The dataset a parenthesis right after ``v`` names alone ("a gain of 3.1% (Foo→Bar) and of 2.8% (Bar→Foo)"):
    the value's, before any after the parenthesis (:func:`past_aside` skips one with a digit in it)."""
    if (m := _DATA_PAREN_OPEN.match(text, v.end)) is None:
        return None
    return next((i for i, c in datasets if c[0] == m.end() and _DATA_PAREN_CLOSE.match(text, c[1])), None)


def _next_metric(text: str, a: int, b: int, ents: list) -> bool:
    """A comma, then a metric of its own, between a value and the dataset after it: the next item's ("to 88.0,
    the F1 score on SQuAD v1.1 to 92.0")."""
    comma = text.find(",", a, b)
    return comma >= 0 and any(c[2] is T.METRIC and comma < c[0] and c[1] <= b for c in ents)


def _left_dataset(text: str, v: Value, datasets: list, floor: int) -> int | None:
    """The nearest dataset before ``v`` after ``floor`` (the previous value, a ";" or the sentence start);
    when it ends a list of datasets ("On A, B and C, X reaches 39.2"), the list's first."""
    before = [(i, c) for i, c in datasets if floor <= c[0] and c[1] <= v.start and not _closed_aside(text, c, v.start)]
    if not before:
        return None
    k = len(before) - 1
    while k and _DLIST_GAP.fullmatch(text, before[k - 1][1][1], before[k][1][0]):
        k -= 1
    return before[k][0]


def _closed_aside(text: str, c, pos: int) -> bool:
    """A dataset in a parenthesis with a figure of its own that closes before ``pos`` ("(86.4 top-1 accuracy
    on ImageNet-1K) and ... (58.7 box AP ...": a result of its own, no dataset of what follows it; not
    "Wikipedia articles (WikiText-103) ... 29.2", a name in a parenthesis)."""
    opened = text.rfind("(", 0, c[0])
    return text.find(")", c[1], pos) >= 0 and opened > text.rfind(")", 0, c[0]) \
        and re.search(r"\d", text[opened:c[0]]) is not None


def _dataset_list(text: str, datasets: list, a: int, b: int, lead: bool = False) -> list[int]:
    """The datasets in ``text[a:b]`` when they form one list ("A, B and C", "A/B"), else []; with ``lead``,
    the list the stretch opens with ("on A and B val sets (and on A ...)": A and B)."""
    again = named_again(text, datasets)
    inside = [(i, c) for i, c in datasets if a <= c[0] and c[1] <= b and i not in again]
    targets = [c for i, c in datasets if a <= c[0] and c[1] <= b and i in again]
    for k, ((_, x), (_, y)) in enumerate(zip(inside, inside[1:])):
        if not _DLIST_GAP.fullmatch(_PAREN_NAME.sub("", _past_targets(text, x[1], y[0], targets))):
            return [i for i, _ in inside[:k + 1]] if lead else []
    return [i for i, _ in inside]


_PAREN_NAME = re.compile(r"\s*\([^()\d]{1,30}\)")


def _past_targets(text: str, a: int, b: int, again: list) -> str:
    """``text[a:b]`` with no target of an adaptation an arrow leads to ("A → B, C → D": the gap from A to C is
    ", "); a name again in a parenthesis stays (:data:`_PAREN_NAME` takes it)."""
    for c in again:
        if a <= c[0] and c[1] <= b and _ADAPTS_TO.fullmatch(text, a, c[0]):
            a = c[1]
    return text[a:b]


def named_again(text: str, datasets: list) -> set[int]:
    """The datasets written in a parenthesis right after another ("Penn Treebank (PTB)"): the same
    dataset again, no member of a list of their own; nor is the target an arrow leads to from another ("A → B":
    one adaptation, named by its source, :func:`.data_names.adaptation_pair`)."""
    return {j for (_, x), (j, y) in zip(datasets, datasets[1:])
            if re.fullmatch(r"\s*\(\s*", text[x[1]:y[0]]) and re.match(r"\s*\)", text[y[1]:y[1] + 3])
            or _ADAPTS_TO.fullmatch(text, x[1], y[0])}


_ADAPTS_TO = re.compile(ADAPTS_TO)


def bind_datasets(text: str, vals: list[Value], datasets: list, ents: list, s0: int, s1: int,
                  prev: list[int] = ()) -> None:
    """Each value's dataset (entity index), in place, in the order the module docstring gives; ``prev`` are
    the datasets of the last sentence that named some, which a list of values "respectively" with none
    of its own pairs with ("... on Switchboard and CallHome. We reach 5.8% and 11.0%, respectively")."""
    # a dataset right after a value ("V on D") is that value's: never a later value's "nearest before"
    taken = {_right_dataset(text, v, datasets, ents, _clause_end(text, v.end, s1)) for v in vals}
    free = [(i, c) for i, c in datasets if i not in taken]
    for members in _by_group(vals).values():
        main, asides = _split_asides(text, members)
        if not _parallel_asides(text, main, asides, datasets, ents):
            _bind_group(text, main, vals, datasets, ents, (s0, s1), prev, taken)
        for v, u in asides:  # "94.6% (95.6% for ensemble) and 77.0%": the aside is on its value's dataset
            if v.dataset is None:
                v.dataset, v.listed = u.dataset, u.listed
        _unmatched_back_reference(text, main, prev, (ents, s1))
    _on_own_data(text, vals, ents)
    _on_part(text, vals)
    for v in vals:
        if v.dataset is None and not v.over and not v.ours:
            v.dataset = _fallback_dataset(text, v, datasets, free, s1)
    _shared_after(text, vals, ents, s1)
    _parallel_clauses(text, vals, datasets, s0)
    _trained_only(text, vals, datasets, ents, s0)


#: a figure on the paper's own data, unnamed: "0.485 on our dataset", "61.2% on the newly collected benchmark" (no
#: name after the noun: "our dataset FooSet", "our new dataset (FooSet)" name it)
_ON_OWN_DATA = re.compile(r"\s*%?\s*(?:(?!(?:on|in|for|and|or)\b)[\w@-]+\s+){0,3}?(?:on|in|for)\s+(?:our|the\s+(?:newly\s+)?"
                          r"(?:proposed|introduced|collected|new))\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}?"
                          r"(?:datasets?|data\s?sets?|benchmarks?|corpus|corpora)\b(?!\s*(?:\(|(?-i:[A-Z])|,?\s*(?:called|named)\b))", re.I)


#: a figure on a part of the data: "for the category S", "for class 3", "on 4 of the 15 classes", "on 3 out of 5 tasks"
_ON_PART = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?(?:for|on|in)\s+(?:the\s+)?(?:(?:category|class|subcategory)\s+"
                      r"(?-i:[A-Z\d])[\w-]*(?![\w-])|\d+\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?\d+\s+(?:classes|categories|"
                      r"subcategories|subsets|tasks|games|datasets|languages)\b)", re.I)


def _on_part(text: str, vals: list[Value]) -> None:
    """A figure for one category of the data or a few of its classes ("100% AUROC on 4 of the 15 classes", "a
    sensitivity of 99% for the category V") is no figure of the whole benchmark: no dataset is its (``over``)."""
    for v in vals:
        if _ON_PART.match(text, v.end):
            v.dataset, v.over = None, True


def _on_own_data(text: str, vals: list[Value], ents: list) -> None:
    """A figure on the paper's own data, unnamed ("0.537 on A and 0.485 on our new dataset"), is on no dataset
    named before it, nor on the last sentence's: on the one the paper introduces, if any (``Value.ours``)."""
    for v in vals:
        if (v.dataset is None or ents[v.dataset][0] < v.start) and _ON_OWN_DATA.match(text, v.end):
            v.dataset, v.ours = None, True


def _count(text: str, names: list[int], ents: list) -> int:
    """How many datasets ``names`` name: a name of two joined by "/" counts two ("CIFAR-10/100")."""
    return sum(text.count("/", ents[i][0], ents[i][1]) + 1 for i in names)


def _unmatched_back_reference(text: str, members: list[Value], prev: list[int], where: tuple[list, int]) -> None:
    """A list of figures "on these two datasets" ("both", "the same datasets") that the sentence binds none,
    when the last sentence naming datasets names another number of them than the list has figures ("... on
    A. It reaches 72.4% and 75.8% on these two datasets"): no one of them is each figure's (``Value.over``)."""
    (ents, s1), last = where, members[-1]
    if all(v.dataset is None for v in members) and _count(text, prev, ents) != len(members) \
            and _ON_THESE.match(text, past_aside(text, last.end), _clause_end(text, last.end, s1)):
        for v in members:
            v.over = True


#: right before the data a model learns from: "trained on D", "fine-tuned only on the D", "learned on D"
_TRAINED_ON = re.compile(r"\b(?:trained|fine-?tuned|learn(?:ed|t))\s+(?:only\s+)?(?:on|with)\s+(?:the\s+)?$", re.I)
#: right after it: "D training data", "the D corpus for training", "D train split"
_TRAINING_AFTER = re.compile(r"\s*(?:(?:corpus|corpora|datasets?|data\s?sets?|data)\s+)?(?:(?:training|train)\s+(?:data|sets?|"
                             r"splits?|corpus|corpora)\b|(?:for|as)\s+(?:the\s+)?training\b)", re.I)
#: then where it is tested: "and tested on an unseen dataset", "evaluated on the organisers' test set"
_TESTED_ON = re.compile(r"\b(?:tested|evaluated)\s+(?:on|in)\s+(?:an?|the|[\w']+)\s", re.I)
#: a test on a name of its own anywhere before the figure: "we test the models on the Foo'00 benchmark (using D
#: training data), reaching" (the name: a capital at the match's end)
_TESTED_ON_NAME = re.compile(r"\b(?:test(?:s|ed|ing)?|evaluat(?:e|es|ed|ing))\s+(?:(?!on\b|in\b)[\w-]+\s+){0,5}?(?:on|in)\s+"
                             r"(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
#: a figure's own place right after it: "9.9% WER on the Foo'00 test set" (the name: a capital at the match's end)
_PLACE_AFTER = re.compile(r"\s*%?\s*(?:(?!on\b|in\b)[\w@-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)


def _trained_only(text: str, vals: list[Value], datasets: list, ents: list, s0: int) -> None:
    """A figure whose dataset before it is the data its model was trained on ("trained on A", "A training data",
    "A for training"), or that has none while its sentence names such data before it, when the sentence names a
    test on other data (after A: "and tested on an unseen dataset"; a test on a name anywhere before the figure;
    "on" a name right after the figure): the figure is on that test data, not on A: on the dataset the test names,
    else on none (nor does the paper's dataset fill it)."""
    training = {i: _training(text, d) for i, d in datasets}
    for v in vals:
        if v.over or v.ours:
            continue
        if v.dataset is not None:
            c = ents[v.dataset] if ents[v.dataset][1] <= v.start and (training[v.dataset] if v.dataset in training
                                                                      else _training(text, ents[v.dataset])) else None
        else:
            c = next((d for i, d in reversed(datasets) if d[1] <= v.start and training[i]), None)
        test = _test_place(text, c, v, s0) if c is not None else None
        if test is not None:
            v.dataset = next((i for i, d in datasets if d[0] == test and not training[i]), None)
            v.over = v.dataset is None


def _training(text: str, c) -> bool:
    """A dataset named as the data a model learns from: "trained on D", "D training data", "D for training"."""
    return _TRAINED_ON.search(text, max(0, c[0] - 30), c[0]) is not None or _TRAINING_AFTER.match(text, c[1]) is not None


def _test_place(text: str, c, v: Value, s0: int) -> int | None:
    """Where the sentence of ``v`` names the data a model trained on ``c`` is tested on, other than ``c``'s name: after
    ``c`` and before ``v`` ("and tested on an unseen dataset": -1, no name), "tested on" a name before ``v``, or "on" a
    name right after ``v`` (not the hardware of a speed: "5 ms on a V100"); else None."""
    if _TESTED_ON.search(text, c[1], v.start):
        return -1
    name = text[c[0]:c[1]].lower()
    places = [m.end() for m in _TESTED_ON_NAME.finditer(text, s0, v.start)]
    if (m := _PLACE_AFTER.match(text, v.end)) is not None and not SPEED.search(text, v.end, m.end()):
        places.append(m.end())
    return next((p for p in places if text[p:p + len(name)].lower() != name), None)


#: between two values, what gives the first its own place or closes an aside it sits in
_OWN_PLACE = re.compile(r"\b(?:on|in|for|over|across)\b|[();]", re.I)


def _shared_after(text: str, vals: list[Value], ents: list, s1: int) -> None:
    """ "V1 AP with setup X and V2 AP with setup Y on D": a score with no dataset, followed in its clause by a
    score of the same metric whose dataset comes after it in the clause, is on that dataset too, when no "on" / "in"
    of its own (nor a parenthesis) stands between the two."""
    for v, w in zip(vals, vals[1:]):
        if v.dataset is not None or v.over or v.ours or w.dataset is None or v.metric is None or w.metric is None \
                or v.kind != "score" or w.kind != "score":
            continue
        d = ents[w.dataset]
        if d[0] < w.end or _clause_end(text, v.end, s1) < d[0] or _OWN_PLACE.search(text, v.end, w.start) \
                or _name(text, ents[v.metric]).lower() != _name(text, ents[w.metric]).lower():
            continue
        v.dataset = w.dataset


#: a conjunction between a figure and the dataset after it: "V1, and strong results on B", "V1 and attained ... on B"
_CONJUNCTION = re.compile(r",|\band\b")


def _parallel_clauses(text: str, vals: list[Value], datasets: list, s0: int) -> None:
    """ "on A with an accuracy of V1, and fair results on B with an accuracy of V2": two clauses joined by "and",
    each naming its dataset before its figure. The dataset between two figures that both took it is the second's
    when a conjunction parts it from the first and the first has a dataset of its own before it (A)."""
    for v, w in zip(vals, vals[1:]):
        if v.dataset is None or v.dataset != w.dataset or v.listed or w.listed or v.group == w.group \
                or v.kind != "score" or w.kind != "score":
            continue
        c = next((c for i, c in datasets if i == v.dataset), None)
        if c is None or not v.end <= c[0] < w.start or not _CONJUNCTION.search(text, v.end, c[0]):
            continue
        left = _left_dataset(text, v, datasets, _floor(text, vals, v, s0))
        if left is not None and left != v.dataset:
            v.dataset = left


def _runs_with_lists(text: str, members: list[Value], datasets: list, ents: list, after: list[int]) -> bool:
    """A list of values made of runs, each followed by a list of datasets as long as it: "5.1 and 12.7 mAP on A and
    B, and 2.2 and 3.8 mAP on C and D" pairs by position within each run; ``after`` is the last run's list.
    Whether it paired them."""
    runs, run = [], [members[0]]
    for u, v in zip(members, members[1:]):
        between = _dataset_list(text, datasets, u.end, v.start, lead=True)
        if between:
            runs.append((run, between))
            run = []
        run.append(v)
    runs.append((run, after))
    if len(runs) < 2 or all(len(r) < 2 for r, _ in runs) \
            or any(len(r) != len(ds) or not _ON_LIST.match(text[r[-1].end:ents[ds[0]][0]]) for r, ds in runs):
        return False
    for r, ds in runs:
        for v, i in zip(r, ds):
            v.dataset = i
    return True


def _name(text: str, c) -> str:
    return text[c[0]:c[1]]


#: what leads from a list of values to the list of datasets they pair with: "52.6% and 48.0% mAP on the
#: challenging PASCAL VOC 2007 and 2012 datasets" (:data:`ON_DATASET`, a word or two of praise after "the")
_ON_LIST = re.compile(r"^\s*%?\)?\s*(?:\S+\s+){0,5}?(?:on|in|for|over|at|of|from|across)\s+(?:the\s+)?"
                      r"(?:(?-i:[a-z][\w-]*)\s+){0,2}$", re.I)


def _bind_group(text: str, members: list[Value], vals: list[Value], datasets: list, ents: list, sent: tuple[int, int],
                prev: list[int], taken: set) -> None:
    """The datasets of one list of values (:func:`bind_datasets`); ``taken``: the datasets right after a value."""
    s0, s1 = sent
    last, first = members[-1], members[0]
    clause_end = _clause_end(text, last.end, s1)
    resp_here = _RESP_AFTER.match(text, last.end)
    after_end = resp_here.end() if resp_here and not _ON_NEXT.match(text, resp_here.end()) else clause_end
    after = _dataset_list(text, datasets, last.end, after_end, lead=True)
    resp = _RESPECTIVELY.search(text, first.start, clause_end) is not None
    if len(members) == 1 and len(after) > 1 and not resp and _over_list(text, first, ents[after[0]][0]):
        first.over = True  # "79.3% on several datasets, namely A, B and C": a figure over them all, no one dataset's
        return
    if len(members) > 1 and len(after) != len(members) and resp:  # "on three datasets, namely A, B and C, respectively"
        upto = m.end() if (m := _RESPECTIVELY.search(text, last.end, after_end)) else after_end  # (not the next result's)
        after = [i for i in _distinct_before(text, datasets, last.end, upto)]
        items = _on_items(text, datasets, last.end, upto) if len(after) != len(members) else after
        after = items if len(items) == len(members) else after
    if len(members) > 1 and len(after) == len(members) and (resp or _ON_LIST.match(text[last.end:ents[after[0]][0]])):
        for v, i in zip(members, after):
            v.dataset, v.listed = i, resp
        return
    if resp and _by_tuples(text, members, after):
        return
    if not resp and _runs_with_lists(text, members, datasets, ents, after):
        return
    for v in members:
        v.dataset = _right_dataset(text, v, datasets, ents, after_end)
    if len(members) > 1 and all(v.dataset is None for v in members):
        floor = _floor(text, vals, first, s0)
        before = _dataset_list(text, datasets, floor, first.start)
        if resp and _by_tuples(text, members, before):
            return
        if len(before) != len(members) and resp:
            before = _distinct_before(text, datasets, floor, first.start)  # "on A ... and on B ..., respectively"
        if not before and not after and len(prev) == len(members) > 1 \
                and (resp and not _OWN_ITEMS.match(text, past_aside(text, last.end), clause_end)
                     or _ON_THESE.match(text, past_aside(text, last.end), clause_end)):
            before = list(prev)
        if len(before) == len(members):
            for v, i in zip(members, before):
                v.dataset, v.listed = i, True
            return
    rights = {v.dataset for v in members if v.dataset is not None}
    if resp and len(rights) == 1:  # "5.4% and 14.7% on A test-clean and test-other, respectively": both on A
        for v in members:
            v.dataset = next(iter(rights)) if v.dataset is None else v.dataset
        return
    for v in members:
        if v.dataset is None and (v is first or not OWN_ON.match(text, v.end)):
            v.dataset = _left_dataset(text, v, datasets, _floor(text, vals, v, s0))
            if v.dataset is not None and v.dataset in taken and v.kind == "score" and not _RANGE_ON.match(text, v.end) \
                    and re.search(r",|\band\b", text[ents[v.dataset][1]:v.start]):
                # "38.6 for B on A, and 31.3 for B and 34.9 for C on D": A is the earlier value's, and the
                later = _first_after(text, v, datasets, s1)  # list goes on: the value's own is the one after it
                v.dataset = next(iter(rights)) if len(rights) == 1 else later if later is not None else v.dataset
    if len({v.dataset for v in members if v.dataset is not None}) == 1:  # "58.7/58.9 box AP on COCO"
        for v in members:  # (not a figure the next item follows: "on A to 71.2%, and on B to 65.0%")
            if v.dataset is None and not OWN_ON.match(text, v.end) and not _NEXT_ITEM.match(text, past_aside(text, v.end)):
                v.dataset = next(u.dataset for u in members if u.dataset is not None)


#: between a figure and a list of datasets it is over: "79.3% on several datasets, namely", "85.1% averaged across"
_OVER_GAP = re.compile(r"\s*%?\s*(?:[\w-]+\s+){0,3}?(?:(?:across|over)\s+(?:the\s+|all\s+)?|(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}"
                       r"(?:datasets|benchmarks|data\s?sets|corpora)\s*(?:,\s*)?(?:namely|including|i\.e\.,?|:)\s+(?:the\s+)?)$", re.I)
#: an average named before the figure: "an average accuracy of 85.2%"
_AVERAGE_BEFORE = re.compile(r"\b(?:average[ds]?|averaging)\s+(?!precision|recall|overlap)(?:[\w@-]+\s+){0,3}?(?:of|is|was|=|:)?\s*$",
                             re.I)  # (not "mean average precision of": a metric's name)


def _over_list(text: str, v: Value, list_start: int) -> bool:
    """A single figure set before a list of datasets it is over, not on the first of them: "from 73.7% to
    79.3% on several standard datasets, namely A, B and C", "an average accuracy of 71.2% on A, B and C"."""
    return _OVER_GAP.fullmatch(text, v.end, list_start) is not None \
        or (_AVERAGE_BEFORE.search(text, max(0, v.start - 40), v.start) is not None
            and ON_DATASET.match(text[v.end:list_start]) is not None)


#: a value in a parenthesis right after another: "94.6% (95.6% for ensemble)", "0.705 (0.431)"
_ASIDE_OPEN = re.compile(r"\s*%?\s*\(\s*")


def _split_asides(text: str, members: list[Value]) -> tuple[list[Value], list[tuple[Value, Value]]]:
    """A list's members apart from the values in a parenthesis right after a member, and those asides
    with the member each follows: an aside takes no place of its own in a list paired by position."""
    main, asides = [members[0]], []
    for v in members[1:]:
        if _ASIDE_OPEN.fullmatch(text, main[-1].end, v.start):
            asides.append((v, main[-1]))
        else:
            main.append(v)
    return main, asides


def _parallel_asides(text: str, main: list[Value], asides: list, datasets: list, ents: list) -> bool:
    """ "0.705 (0.431) on CIFAR-10 (CIFAR-100)": a value and its aside on a dataset and the one in a
    parenthesis right after it, each on its own."""
    if len(main) != 1 or len(asides) != 1:
        return False
    d1 = _right_dataset(text, main[0], datasets, ents, len(text))
    if d1 is None:
        return False
    m = _ASIDE_OPEN.match(text, ents[d1][1])
    d2 = next((i for i, c in datasets if m and c[0] == m.end() and re.match(r"\s*\)", text[c[1]:])), None)
    if d2 is None:
        return False
    main[0].dataset, asides[0][0].dataset = d1, d2
    return True


def _tuples(text: str, members: list[Value]) -> list[list[Value]]:
    """A list's members in its items: a "/" joins the values of one item, anything else starts the next
    ("85.1% mAP / 87.2% rank1, 82.4% mAP / 84.9% rank1": two items of two values)."""
    out = [[members[0]]]
    for u, v in zip(members, members[1:]):
        if "/" in text[u.end:v.start]:
            out[-1].append(v)
        else:
            out.append([v])
    return out


def _by_tuples(text: str, members: list[Value], names: list[int]) -> bool:
    """Pair a list of items of as many values each with as many datasets, item by item ("on A, B and C
    with 85.1% mAP / 87.2% rank1, 82.4% mAP / 84.9% rank1, and 91.5% mAP / 96.3% rank1, respectively")."""
    items = _tuples(text, members)
    if not 1 < len(items) == len(names) < len(members) or len({len(t) for t in items}) != 1:
        return False
    for item, i in zip(items, names):
        for v in item:
            v.dataset, v.listed = i, True
    return True


#: a list's next item begins: "from 56 to 66, and on SBU, from 19 to 28" (SBU is the next item's)
#: a list of the sentence's own, untyped, that "respectively" pairs values with: "95.4% and 93% on household and
#: adversarial objects, respectively", "112 and 9 FPS on a GPU and an edge device, respectively"
_OWN_ITEMS = re.compile(r"\s*%?\s*(?:[A-Za-z][\w/-]*\s+){0,3}?(?:on|for|in|at|under)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+"
                        r"(?:\s*,\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)*\s*,?\s*and\s+(?:(?:the|a|an)\s+)?"
                        r"(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s*respectively\b", re.I)
#: a list of values "on these datasets": the datasets the last sentence naming some listed ("55.6 on A and 63.5 on
#: B. ... 53.8 and 60.5 on these datasets")
_ON_THESE = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,3}?(?:on|in|for|across|over)\s+(?:these|those|both|the\s+(?:two|three|four|"
                       r"same|above|aforementioned))\s+(?:(?:two|three|four)\s+)?(?:[\w-]+\s+)?"
                       r"(?:datasets|benchmarks|data\s?sets|corpora)\b", re.I)
_NEXT_ITEM = re.compile(r"\s*%?\s*,\s*and\s+(?:on|in|for)\b", re.I)


#: a value followed by what it is on, typed or not ("... and from 8.73 to 6.66 on ImageNet-2012")
OWN_ON = re.compile(r"\s*%?\s*(?:on|in)\s+(?:the\s+)?[A-Z]")


def distinct_names(text: str, datasets: list) -> list[int]:
    """The datasets of ``datasets`` (index, candidate), each name once, in text order."""
    return _distinct_before(text, datasets, 0, len(text))


def _distinct_before(text: str, datasets: list, a: int, b: int) -> list[int]:
    """The datasets named in ``text[a:b]``, each name once, in order."""
    out, seen, again = [], set(), named_again(text, datasets)
    for i, c in datasets:
        name = text[c[0]:c[1]].lower()
        if a <= c[0] and c[1] <= b and name not in seen and i not in again:
            seen.add(name)
            out.append(i)
    return out


def _floor(text: str, vals: list[Value], v: Value, s0: int) -> int:
    """Where the stretch of text before ``v`` that may name its dataset begins."""
    floor = s0
    for u in vals:
        if u.end <= v.start and u.group != v.group and u is not v.base:
            floor = max(floor, u.end)  # (not "from A": "on CIFAR-10, X goes from A to B")
    semi = text.rfind(";", floor, v.start)
    return semi + 1 if semi >= 0 else floor


#: a relative clause that says more of the result before it: ", which is the best reported result on D"
_ABOUT_IT = re.compile(r",\s*which\s+(?:is|was|are|were|sets?|ranks?|establish\w*|represents?)\b", re.I)


def _on_items(text: str, datasets: list, a: int, b: int) -> list[int]:
    """The first dataset of each "on ..." phrase in ``text[a:b]``: "on the X space with A and on the Y space
    with B and C, respectively" gives A and B ([] when a phrase names none); not past "respectively"."""
    resp = _RESPECTIVELY.search(text, a, b)
    b = resp.end() if resp else b
    starts = [m.start() for m in re.finditer(r"\bon\s", text[a:b])]
    out = []
    for x, y in zip(starts, starts[1:] + [b - a]):
        first = next((i for i, c in datasets if a + x <= c[0] and c[1] <= a + y), None)
        if first is None:
            return []
        out.append(first)
    return out


def _clause_end(text: str, pos: int, s1: int) -> int:
    m = CLAUSE.search(text, pos, s1)
    return m.start() if m else s1


_RANGE_ON = re.compile(r"\s*%?\s*(?:∼|~|-|–|to)\s*\d")  # "1.0∼2.0% AP gain": one end of a range


def _first_after(text: str, v: Value, datasets: list, s1: int) -> int | None:
    """The first dataset after ``v`` in its clause, within 80 characters."""
    end = _clause_end(text, v.end, s1)
    return next((i for i, c in datasets if v.end <= c[0] < end and c[0] - v.end <= 80), None)


def _fallback_dataset(text: str, v: Value, datasets: list, free: list, s1: int) -> int | None:
    """The first dataset after the value in its clause (a relative clause about the result goes on with it:
    "85.5%, which is the best reported result on SNLI"), else the nearest before it in the sentence; none when
    the next item of a list starts right after the value ("on A to 71.2%, and on B to 65.0%": B is the next
    figure's, and the names before are the earlier items', so the value's own is a name kg did not type)."""
    if _NEXT_ITEM.match(text, past_aside(text, v.end)):
        return None
    end = _clause_end(text, v.end, s1)
    if _ABOUT_IT.match(text, end):
        nxt = _clause_end(text, end + 2, s1)
        if not HAS_VALUE.search(text, end, nxt):
            end = nxt
    close = re.compile(r"\)\s*(?:and|,|;)").search(text, v.end, end)
    if close and text.rfind("(", 0, v.start) > text.rfind(")", 0, v.start) and ")" not in text[v.end:close.start()]:
        end = close.start()  # "(from 38% to 11%) and by a factor of 2 on B": B is not the aside's
    for i, c in datasets:
        if v.end <= c[0] < end and c[0] - v.end <= 80:
            own = OWN_ON.match(text, v.end)  # "83.4 on the CoNLL-2005 set and 82.7 on the CoNLL-2012 set"
            return None if own and own.end() - 1 != c[0] else i
    before = [i for i, c in free if c[1] <= v.start]
    return before[-1] if before else None
