"""Binding values to metrics (step 4 of :mod:`kg.extract.results`).

:func:`bind_metrics` gives each value its metric (unit, right after, right before, a metric list by
position, the list's); the passes that name a value's metric in other ways: :func:`slashed_pairs`,
:func:`averaged_metrics`, :func:`measured_by`, :func:`unnamed_metrics`, :func:`parallel_metrics`,
:func:`top_k_metrics`, :func:`spelled_speeds`. Works on entity indices; list numbering and the helpers
shared with dataset binding are in :mod:`.binding`.
"""
from __future__ import annotations

import math
import re

from kg.metrics import MetricKnowledge
from kg.vocab import EntityType as T
from kg.extract.results.binding import ASIDE_OPEN, ON_D, by_group, masked, tuples, past_aside
from kg.extract.results.respective_metrics import chain_before, respective_chain
from kg.extract.results.changes import OTHERS_NEXT
from kg.extract.results.others_figures import OTHERS
from kg.extract.results.value_kinds import SETTING
from kg.extract.results.values import Value


_METRIC_AFTER = re.compile(r"(?:\s|%|\)|\bin terms of\b|\bthe\b|\bin\b|\bof\b|\bscore\b|\bon average\b)*"
                           r"(?:(?!and\b|or\b|but\b|while\b|whereas\b|at\b|with\b)(?-i:[a-z][a-z0-9-]{0,9}|[A-Z]\d{1,2})\s+(?:in\s+|of\s+)?){0,2}",
                           re.I)  # (a capital and a digit name a variant of the metric: "72% Q8 accuracy")
_METRIC_BEFORE = re.compile(r"\)?\s*(?:(?:scores?|performances?|values?|results?)\s+)?(?:\(\s*)?(?:of|by|at|:|=|is|was|are|were|reaches|reached|to|from|"
                            r"(?:improves?|increases?|decreases?|drops?|rises?|goes|went|falls?) (?:from|to)|"
                            r"(?:is|are|was|were|has been|have been) (?:\w+ly )?(?:improved|increased|reduced|decreased|"
                            r"boosted|raised|lowered|pushed) (?:from|to)|"
                            r"achieves?|gets?|equal to|equals?|[-–—])?\s*(?:an average of|averaged|average)?\s*(?:up to\s+|about\s+|around\s+|~|\(\s*)?$", re.I)
#: the same, with a word or two of the task done on D: "the F1 score on SQuAD v1.1 question answering to 93.2"
_ON_D_TASK = re.compile(ON_D.pattern + r"(?:(?!(?:to|from|of|by|at|is|was|are|were|and|or|while|with|we|our|it|its|which|"
                        r"that)\b)(?-i:[a-z][\w-]*)\s+){1,2}(?=(?:to|from|of|is|was|reaches|reached)\b|[:=])", re.I)
#: (the words must lead on to the value: "top-1 accuracy in D between 0.5% and 2.7%", "... on D using only 1%
#: labels" are no such words)
_COMPARATIVE = re.compile(r"\s*(?:faster|slower|smaller|larger|fewer|less|more|higher|lower|cheaper)\b", re.I)


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
    for members in by_group(vals).values():
        if len(members) < 2:
            continue
        chain = _metric_chain(text, members[0], metrics)
        if len(chain) != len(members):
            chain = _metric_chain_after(text, members[-1], metrics)
        if len(chain) != len(members):
            chain = respective_chain(text, members, metrics)
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
    m = ASIDE_OPEN.match(text, v.end)
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
    for members in by_group(vals).values():
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
    for members in by_group(vals).values():
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
    items = tuples(text, members)
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
    groups = list(by_group(vals).values())
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
    for members in by_group(vals).values():
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
        gap = masked(text, c[1], v.start, ents) if 0 <= d < 60 else ""
        on = _ON_D_TASK.match(gap) or ON_D.match(gap)  # "top-1 accuracy on ImageNet from 76.0%"
        setting = SETTING.match(text, c[1], v.start)  # "an mAP@IoU=0.5 of 61.2%": the mAP read at that threshold
        if 0 <= d < (60 if on else dist) and (_METRIC_BEFORE.fullmatch(text, setting.end() if setting else c[1], v.start)
                                             or (on and _METRIC_BEFORE.fullmatch(gap, on.end()))
                                             or re.fullmatch(r"\s*\(\s*D\s*[:=]?\s*", gap)):
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
def _metric_chain(text: str, first: Value, metrics: list) -> list[int]:
    """Metrics joined by "/" (or commas, "and") that end right before ``first``, in text order."""
    return chain_before(text, first.start, metrics, _METRIC_BEFORE)


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
