"""Stated results: each number an abstract reports, bound to its metric, dataset and method, with its kind.

Plain functions over character offsets; :func:`results` (here) is what the entity finder calls. Per sentence:

1. values (:mod:`.values`): the numbers (:func:`kg.extract.text_spans.number_spans`, units such as "mm", "times",
   "-fold" added), not inside a name, not a citation ("[44]") or a year;
2. lists (:mod:`.binding`): values joined by "/", ",", ";", "and", "or" (with only datasets and prepositions
   between them) share what one member finds ("58.7/58.9 box AP", "94.4% on A and 97.8% on B");
3. kind (:mod:`.value_kinds`): ``ratio`` ("2.5x", "3 times"), ``delta`` ("by 2.6%", "+2.7", "7.7 points", "50%
   fewer"), else ``score``; "from A to B" is the score B with baseline A; values after "compared to", "versus",
   "than" are other methods' figures: the baseline of the value before them, never results of their own;
4. metric (:mod:`.metric_binding`): a unit that is a metric ("101 FPS"), else the nearest one right after ("80.4%
   mIoU"), else right before ("mIoU of 80.4", "FID (A: 3.6; B: 4.1)"), else the list's; the measure a value says
   it is in ("accuracy (37.5 in terms of BLEU)") wins over a word for quality before it; a list of metrics
   ("rank1/mAP 91.0%/83.3%", "41.2 and 37.0 for box and mask AP") pairs with a list of as many values by
   position; a summary score in the value's slot ("an overall score of 81.2") is its metric; a value in the slot of a
   capitalised name kg does not know as a metric ("and Distance of Fréchet 8.77", "Density (A: 1.51)") takes
   no other list's metric nor the sentence's (:func:`.metric_binding.unnamed_metrics`); a bare "error" keeps the
   noun that names it ("cosine error");
5. dataset (:mod:`.data_binding`): "V on D" right after, else the nearest before in the value's own stretch ("D: V",
   "D accuracy to V"), else the list's, else n values paired with the sentence's n datasets
   ("on A and B ... 63.6% and 64.0%"), else the first after in the clause, else the nearest before; what the
   sentence leaves open comes from the paper (:mod:`.from_paper`), never for a cost figure
   (:func:`.cost_figures.borrowed_cost`); a list of splits gives each figure its split (:mod:`.figure_splits`);
6. method (:mod:`.method`): the nearest before in the clause (not one the value is compared with; the subject
   of "X outperforms Y by V"; the first name of an opening "Using X, we ..."), else the paper's own method
   (:func:`own.paper_method`, once per paper) when the sentence says "our"/"we" or names it, else the
   sentence's first method.

Counts, shares, budgets, thresholds, cited figures and footnote marks are not scores
(:func:`.not_scores.not_a_score`); nor is the point a comparison is made at ("at 80% accuracy,
FooNet is 5x faster", "at the same 76.1% accuracy": :func:`.operating_point.operating_point`). Metric words and "On D, ..." names that no entity covers
are read as extra candidates (:mod:`.metric_names`, :mod:`.value_data`, :mod:`.called_data`, :mod:`.name_lists`,
:mod:`.data_names`).

A value needs a metric, or (when it is a percentage or a decimal) a dataset right beside it (:func:`_keep`,
here, with what a sentence leaves open filled from the paper: :func:`.from_paper._from_paper`). A result's metric and
dataset are written as the sentence names them (:mod:`.written_names`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.models import Result
from kg.vocab import EntityType as T
from kg.extract.results.values import Value, values
from kg.extract.results.value_kinds import kinds
from kg.extract.results.delta_lists import delta_lists
from kg.extract.results.binding import CLAUSE, bind_asides, number_lists, past_aside
from kg.extract.results.metric_binding import (averaged_metrics, bind_metrics, parallel_metrics, slashed_pairs,
                                               spelled_speeds, top_k_metrics, unnamed_metrics)
from kg.extract.results.data_binding import DATASET_THEN_VALUE, ON_DATASET, bind_datasets, distinct_names
from kg.extract.results.background import background
from kg.extract.results.method import method_of
from kg.extract.results.comparison import others_figure
from kg.extract.results.operating_point import operating_point
from kg.extract.results.neighbour_figures import conjoined, family_variant, listed_methods
from kg.extract.results.own import Own, paper_method
from kg.extract.results.method_name import title_phrase, unshouted
from kg.extract.results.data_proposals import not_a_method
from kg.extract.results.called_data import (acronym_split_data, called_datasets, lexicon_datasets, means_role,
                                            noun_named_data)
from kg.extract.results.data_names import arrow_datasets, name_versions, pair_lists, versioned_tasks
from kg.extract.results.metric_names import (metric_word, metric_words, miscased, named_scores, shared_heads,
                                             summary_scores, top_k_lists)
from kg.extract.results.name_lists import figure_list_members, list_members, paired_members, version_lists
from kg.extract.results.task_names import concept_acronyms, task_datasets
from kg.extract.results.value_data import after_value_datasets, on_datasets, parallel_datasets
from kg.extract.results.written_names import written
from kg.extract.bare_errors import result_metric
from kg.extract.results.cost_figures import cost_metric, data_shares, shares
from kg.extract.results.figure_splits import listed_split, slashed_part
from kg.extract.results.from_paper import PaperWide, data_only, proposed_data, sole_named, value_dataset

#: what callers and tests import from here (``title_phrase`` lives in :mod:`.method_name`)
__all__ = ["Own", "metric_words", "on_datasets", "paper_method", "results", "values", "title_phrase"]


#: a change to a setting, not a score: "we reduce the annotation demands to 50% on D"
_CHANGE_TO = re.compile(r"\b(?:reduc|cut|lower|decreas|increas|rais|limit)\w*\s+(?:[\w-]+\s+){0,4}?to\s*$", re.I)


def _keep(text: str, v: Value, ents: list) -> bool:
    """A value with no metric stays only as a percentage or decimal with a dataset right beside it (a
    metric kg does not know, named in the value's slot, is a metric)."""
    if v.metric is not None or _unknown_metric(v):
        return True
    if v.kind != "score" and re.search(r"[%x×.]|times|fold|points?|pp", v.text):
        return True  # "outperform ... by up to 5%": an improvement, whatever it measures
    if v.dataset is None or not ("%" in v.text or "." in v.text) or _CHANGE_TO.search(text, max(0, v.start - 60), v.start):
        return False  # "we reduce the annotation demands to 50% on D": a setting
    if v.listed:
        return True  # "from 83.7% to 88.4% and from 38.2% to 55.7% on two datasets, A and B, respectively"
    c = ents[v.dataset]
    if c[0] >= v.end:
        return ON_DATASET.match(text[past_aside(text, v.end):c[0]]) is not None
    start = v.base.start if v.base is not None else v.start  # "DocVQA (0.72 -> 0.86)"
    return DATASET_THEN_VALUE.fullmatch(text, c[1], start) is not None


def _entities(text: str, found) -> tuple[list, list]:
    """The doc's entities (``found.entities`` first, their indices unchanged) plus the metric words and dataset
    names only a result's slot shows, and the datasets the text calls so."""
    extra = metric_words(text, found.entities)
    extra += named_scores(text, found.entities + extra)
    extra += summary_scores(text, found.entities + extra)
    called = called_datasets(text, found.entities, found.aliases)
    ents = found.entities + extra + on_datasets(text, found.entities + extra) \
        + [c for c in called if c[4] == "called-data"]
    ents = ents + lexicon_datasets(text, ents, {p.lower() for p in found.proposed})
    ents = ents + list_members(text, ents)
    ents = ents + figure_list_members(text, ents)
    ents = ents + after_value_datasets(text, ents)
    ents = ents + parallel_datasets(text, ents)
    ents = ents + version_lists(text, ents) + pair_lists(text, ents)
    ents = ents + paired_members(text, ents)
    ents = ents + noun_named_data(text, ents) + acronym_split_data(text, ents) + arrow_datasets(text, ents)
    ents = ents + versioned_tasks(text, ents)
    return ents + shared_heads(text, ents) + top_k_lists(text, ents), called


def _bind(text: str, vals: list, found_in: tuple, sent: tuple[int, int], prev: list[int], names: list[str]) -> None:
    """Bind one sentence's values to its metrics and datasets, in place; ``found_in`` is (metrics, datasets,
    the sentence's entities, the doc's entities)."""
    metrics, datasets, sent_ents, ents = found_in
    delta_lists(text, vals)
    number_lists(text, vals, sent_ents, tuple((c[0], c[1]) for _, c in metrics))
    bind_metrics(text, vals, metrics, sent_ents)
    unnamed_metrics(text, vals, metrics, sent_ents)
    parallel_metrics(text, vals, metrics, sent_ents)
    top_k_metrics(text, vals, metrics)
    spelled_speeds(text, vals, metrics)
    slashed_pairs(text, vals, metrics)  # (after every binder: "A/B of 0.95 on X and 31.4 on Y")
    averaged_metrics(text, vals, metrics, sent_ents)
    bind_datasets(text, vals, datasets, ents, *sent, prev)
    bind_asides(text, vals)
    shares(text, vals, names)
    data_shares(text, vals, datasets)


def results(text: str, found, sents: list[tuple[int, int]]) -> list[Result]:
    """(method, dataset, metric, value, kind, baseline) for each result the sentences state."""
    out: list[Result] = []
    if not any(c[2] is T.METRIC or c[2] is T.DATASET or (c[2] is T.METHOD and metric_word(text, c))
               for c in found.entities) and not versioned_tasks(text, found.entities):
        return out  # (a metric typed Method, "MAE of 57.6", is one; so is a task's name with a version, "VQA v2.0")
    ents, called = _entities(text, found)
    data_spans = {(c[0], c[1]) for c in called}
    proposed = {p.lower() for p in found.proposed}
    names = [text[c[0]:c[1]] for c in ents]
    not_methods = {n.lower() for n, c in zip(names, ents)  # (typed so anywhere; a proposal only by a lexicon)
                   if not_a_method(c) and (n.lower() not in proposed or c[4].startswith("lexicon"))}
    data = {i for i, c in enumerate(ents) if c[2] is T.DATASET and not means_role(text, c)}  # ("pre-trained on D": no)
    metric_ents = [(i, c) for i, c in enumerate(ents) if c[2] is T.METRIC and not miscased(names[i])]
    sole = (sole_named(text, metric_ents), sole_named(text, [(i, c) for i, c in enumerate(ents) if i in data]),
            sole_named(text, [(i, c) for i, c in metric_ents if not cost_metric(names[i])]))
    before: int | None = None  # the one dataset the last sentence naming datasets names
    listed: list[int] = []  # the datasets the last sentence naming datasets names, each once, in order
    pw = PaperWide(found, ents, names, sole, paper_method(text, found, {text[c[0]:c[1]].lower() for c in called}),
                    data_only(text, found.entities), concept_acronyms(text, ents), proposed_data(text, ents, data, proposed),
                    task_datasets(text, ents, data), name_versions(text))
    intro = background(text, sents, proposed)  # the field's figures before the paper speaks of itself
    for s0, s1 in sents:
        in_sent = sorted([(i, c) for i, c in enumerate(ents) if s0 <= c[0] < s1], key=lambda ic: ic[1][0])
        metrics = [(i, c) for i, c in in_sent if (c[2] is T.METRIC and not miscased(names[i]))
                   or (c[2] is T.METHOD and metric_word(text, c))]
        datasets = [(i, c) for i, c in in_sent if i in data]
        last, before = before, (sole_named(text, datasets) if datasets else before)
        prev, listed = listed, (distinct_names(text, datasets) if datasets else listed)
        if not metrics and not datasets or s0 in intro:
            continue
        vals = values(text, s0, s1, [(c[0], c[1]) for _, c in in_sent])
        if not vals or _figure_text(text, s0, s1, len(vals)):
            continue
        sent_ents = [c for _, c in in_sent]
        kinds(text, vals, s0, [(c[0], c[1]) for _, c in in_sent])
        vals = [v for v in vals if not v.size]  # "ImageNet 32×32" ends no stretch of text
        _bind(text, vals, (metrics, datasets, sent_ents, ents), (s0, s1), prev, names)
        _cut_off(text, vals, ents)
        on_names = {(c[0], c[1]) for _, c in datasets if c[4] in ("on-name", "on-item")} | data_spans
        methods = [i for i, c in in_sent if c[2] is T.METHOD and not metric_word(text, c) and (c[0], c[1]) not in on_names
                   and names[i].lower() not in not_methods and found.name(text, i).lower() not in not_methods]
        own = next((i for i in methods if found.name(text, i).lower() in proposed), None)
        first, kept, placed = {}, set(), {}
        for v in vals:
            first.setdefault(v.group, v.start)
            if v.dropped or not (_keep(text, v, ents) or v.group in kept) \
                    or _not_a_result(text, v, (ents, names), (s0, s1), first[v.group]):
                continue
            kept.add(v.group)  # a list goes on as it began ("from A to B on X and from C to D on Y")
            dataset = listed_split(text, v, vals, ents, value_dataset(text, v, pw, (s0, s1, metrics, last)))
            dataset = slashed_part(dataset, v)
            method = method_of(text, v, found, methods, s0, own, first[v.group], dataset, pw.paper)
            method = _method_after(text, out, (s0, first[v.group]), method, pw)
            placed.setdefault(v.group, []).append(len(out))
            out.append(Result(value=v.text, method=unshouted(text, method), dataset=dataset, metric=result_metric(written(text, ents, v.metric), text, v.text, v.end)
                              or _unknown_metric(v),
                              start=v.start, end=v.end, kind=v.kind, baseline=v.baseline))
        _methods_by_place(text, found, methods, out, placed, first)
    return out


def _not_a_result(text: str, v: Value, named: tuple[list, list[str]], sent: tuple[int, int], start: int) -> bool:
    """Whether the figure ``v`` (its list begun at ``start``; ``named`` is the doc's entities and their names)
    states no result of its own: a threshold (:func:`_threshold`), a figure of others' (:func:`.others_figure`)
    or the point a comparison is made at (:func:`.operating_point.operating_point`)."""
    ents, names = named
    metric = ents[v.metric] if v.metric is not None else None
    return (metric is not None and _threshold(text, v, metric)) or others_figure(text, sent[0], start) \
        or operating_point(text, v, metric, metric is not None and cost_metric(names[v.metric]), sent)


def _cut_off(text: str, vals: list[Value], ents: list) -> None:
    """A figure that ends a text cut off mid-sentence (nothing after it: "... a mean IoU of 83.0% on A and 88.4%"
    are the data's last words) lost the words that said its own metric and dataset ("88.4% mIoU on B"): the metric
    an earlier figure of its sentence was given, or the dataset named after that figure, is no evidence of its,
    so it is dropped. It keeps the words before it ("On A, we reach 2.1 on test-clean and a WER of 3.47") and
    datasets paired by position ("on A and B, we reach 10.1 and 6.5"). Only a figure lent both is dropped: a complete
    text may end without a period, and a figure with a dataset of its own ("80.1 F1 on A, and on B it reaches 75.2")
    or a margin ("outperforming BarNet by 2.3%", kind ``delta``) takes what comes before it; a last figure with no
    metric (none lent either) keeps a dataset lent to it: a lent dataset alone is no sign of lost words."""
    last = vals[-1] if vals else None
    if last is None or text[last.end:].strip() or last.listed or last.kind == "delta":
        return
    earlier = vals[:-1]
    metric_lent = last.metric is not None and any(last.metric == u.metric for u in earlier)
    if metric_lent and last.dataset is not None \
            and any(last.dataset == u.dataset and ents[u.dataset][0] > u.start for u in earlier):
        last.dropped = True


def _method_after(text: str, out: list[Result], at: tuple[int, int], method: str | None, pw: PaperWide) -> str | None:
    """A figure's method as the sentence's last result bears on it: the same system's conjoined clause keeps it,
    a family's variant stated before keeps the variant; data the paper builds is no method."""
    s0, first = at
    if out and out[-1].start >= s0 and out[-1].method and conjoined(text, out[-1].end, first):
        method = out[-1].method  # "RF-DARTS obtains 94.4% on A, and achieves 24.0% on B"
    elif out and out[-1].start >= s0 and family_variant(text, pw.found, out[-1].method, method, pw.paper) \
            and not CLAUSE.search(text, out[-1].end, first):
        method = out[-1].method  # "FooNet-18-tiny gets 75.1% mIoU at 120 FPS": the variant's, not the family's
    if method and method.lower() in pw.data_only:
        method = None  # "ZQuAD: 50,000 Questions ...": the data the paper builds, whose figures are models' scores
    return method


def _methods_by_place(text: str, found, methods: list[int], out: list[Result], placed: dict, first: dict) -> None:
    """A list of figures whose method closes a list of as many names takes the names by position: "FooNet and
    BarNet reach 0.84 and 0.85" (:func:`.neighbour_figures.listed_methods`), unless the figures are of different data
    (then the list of data is what the figures are paired with: "A and B reach 80% and 82% on X and Y"), nor
    for ratios, which are stated against the names ("as good as A and B with 8x and 17x fewer weights")."""
    for group, rows in placed.items():
        got = [out[k] for k in rows]
        if len(got) < 2 or got[0].method is None or got[0].kind == "ratio" or any(
                r.method != got[0].method or r.dataset != got[0].dataset for r in got):
            continue
        names = listed_methods(text, found, methods, got[0].method, first[group], got[-1].end)
        if len(names) == len(got) and len(set(names)) == len(names):
            for k, name in zip(rows, names):
                out[k] = replace(out[k], method=unshouted(text, name))


def _unknown_metric(v: Value) -> str | None:
    """The name of a metric kg does not know, as the slot of the value writes it ("Coverage (FFHQ: 0.80)"), for a
    decimal, a percentage or a speed ("Track 2", "Celebrity-1000" are names with a number, no figures)."""
    return v.unnamed if v.metric is None and v.unnamed and v.unnamed != "?" and (
        re.search(r"[.%]|\d\s*fps$", v.text, re.I) or v.unnamed == "FPS") else None  # ("345 frames per second")


def _figure_text(text: str, s0: int, s1: int, n_values: int) -> bool:
    """A "sentence" that is a figure's axis or a table run into the text ("45 50 55 60 65 70 Recall@1(%)"):
    eight or more numbers making up over a third of its words, a run of six bare numbers, or mostly
    single characters (an encoded figure)."""
    words = text[s0:s1].split()
    if len(words) >= 20 and sum(len(w) == 1 for w in words) * 2 > len(words):
        return True  # "K 3 v 2 6 k a r 7 f k ...": an encoded figure or formula run into the text
    return (n_values >= 8 and n_values * 3 > len(words)) or _AXIS.search(text, s0, s1) is not None


#: a run of six bare numbers: a figure's axis run into the text ("60 65 70 75 80 85 AP")
_AXIS = re.compile(r"(?<![\w.])(?:\d+(?:\.\d+)?\s+){5,}\d+(?:\.\d+)?(?![\w.%])")


#: a figure (a percentage or a decimal, not a count: "10,000 instances at a precision of 67.6%"), then "at" a
#: measure: "a verification rate of 87.65% at FAR of 0.1%" (the operating point the figure is read at)
_AT_AFTER_FIGURE = re.compile(r"\d(?:\s?%|\.\d+)\s+(?:[\w@-]+\s+){0,2}?(?:at|@)\s+(?:an?\s+|the\s+)?$", re.I)


def _threshold(text: str, v: Value, c) -> bool:
    """ "mAP at IoU=0.5", "at standard IoU of 0.5": an IoU threshold, not a score; nor is an operating point
    set right after a figure ("87.65% at FAR of 0.1%", "61.7% at FPIR of 1%")."""
    if _AT_AFTER_FIGURE.search(text, max(0, c[0] - 40), c[0]) and c[1] <= v.start \
            and re.fullmatch(r"\s*(?:of|=|:|@)?\s*", text[c[1]:v.start]):
        return True
    return re.search(r"iou", text[c[0]:c[1]], re.I) is not None and "%" not in v.text \
        and re.search(r"(?:\bat|@|\bthreshold|>)\s*(?:\w+\s+){0,2}$", text[max(0, c[0] - 25):c[0]], re.I) is not None


