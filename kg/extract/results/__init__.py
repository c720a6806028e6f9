"""Stated results: each number an abstract reports, bound to its metric, dataset and method, with its kind.

Plain functions over character offsets; :func:`results` (here) is what the entity finder calls. Per sentence:

1. values (:mod:`.values`): the numbers (:func:`kg.extract.text_spans.number_spans`, units such as "mm", "times",
   "-fold" added), not inside a name, not a citation ("[44]") or a year;
2. lists (:mod:`.binding`): values joined by "/", ",", ";", "and", "or" (with only datasets and prepositions
   between them) share what one member finds ("58.7/58.9 box AP", "94.4% on A and 97.8% on B");
3. kind (:mod:`.values`): ``ratio`` ("2.5x", "3 times"), ``delta`` ("by 2.6%", "+2.7", "7.7 points", "50%
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
   sentence leaves open comes from the paper (:func:`paper_dataset`), never for a cost figure
   (:func:`_borrowed_cost`);
6. method (:mod:`.method`): the nearest before in the clause (not one the value is compared with; the subject
   of "X outperforms Y by V"; the first name of an opening "Using X, we ..."), else the paper's own method
   (:func:`own.paper_method`, once per paper) when the sentence says "our"/"we" or names it, else the
   sentence's first method.

Counts, shares, budgets, thresholds, cited figures and footnote marks are not scores
(:func:`kg.extract.results.values._not_a_score`); nor is the point a comparison is made at ("at 80% accuracy,
FooNet is 5x faster", "at the same 76.1% accuracy": :func:`.operating_point.operating_point`). Metric words and "On D, ..." names that no entity covers
are read as extra candidates (:mod:`.metric_names`, :mod:`.value_data`, :mod:`.called_data`, :mod:`.name_lists`,
:mod:`.data_names`).

A value needs a metric, or (when it is a percentage or a decimal) a dataset right beside it (:func:`_keep`,
here, with what a sentence leaves open filled from the paper: :func:`_from_paper`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from kg.metrics import MetricKnowledge
from kg.models import Result
from kg.vocab import EntityType as T
from kg.extract.results.values import Value, delta_lists, kinds, values
from kg.extract.results.binding import CLAUSE, bind_asides, number_lists, past_aside
from kg.extract.results.metric_binding import (averaged_metrics, bind_metrics, parallel_metrics, slashed_pairs,
                                               spelled_speeds, top_k_metrics, unnamed_metrics)
from kg.extract.results.data_binding import (DATASET_THEN_VALUE, ON_DATASET, OWN_ON, bind_datasets, distinct_names,
                                             named_again)
from kg.extract.results.background import background
from kg.extract.results.title import verb_words
from kg.extract.words import verbish
from kg.extract.boundaries import named_split, without_split
from kg.extract.results.method import method_of
from kg.extract.results.comparison import others_figure
from kg.extract.results.operating_point import operating_point
from kg.extract.results.neighbour_figures import conjoined, family_variant, listed_methods
from kg.extract.results.own import Own, paper_method
from kg.extract.results.method_name import title_phrase, unshouted
from kg.extract.results.data_proposals import not_a_method
from kg.extract.results.called_data import (acronym_split_data, broken_word, called_datasets, lexicon_datasets,
                                            means_role, noun_named_data)
from kg.extract.results.data_names import (arrow_datasets, dataset_name, name_versions, pair_lists, versioned,
                                           versioned_tasks)
from kg.extract.results.metric_names import (metric_word, metric_words, miscased, named_scores, shared_heads,
                                             summary_scores, top_k_lists)
from kg.extract.results.name_lists import CITED, figure_list_members, list_members, paired_members, version_lists
from kg.extract.results.splits import listed_splits, SPLIT_AFTER, split_after_value, splits_after_figure
from kg.extract.results.task_names import concept_acronyms, task_dataset, task_datasets, whole_word_at
from kg.extract.results.value_data import after_value_datasets, on_datasets, parallel_datasets

#: what callers and tests import from here (``title_phrase`` lives in :mod:`.method_name`)
__all__ = ["Own", "metric_words", "on_datasets", "paper_dataset", "paper_method", "results", "values", "title_phrase"]


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


def _written(text: str, ents: list, i: int | None) -> str | None:
    """An entity as the sentence writes it ("f-score", "SQuAD v1.1"): the linker maps it to its node. A
    dataset keeps the year or version its name goes on with ("ICDAR 2015": :func:`.data_names.dataset_name`)."""
    if i is None:
        return None
    if (ents[i][4] in ("version", "shared-head", "lexicon-break", "acronym-split", "top-k-list",
                       "top-k-read")
            and not _listed_top_k(text, ents[i])) or (
            ents[i][5] and broken_word(text[ents[i][0]:ents[i][1]])):  # a lexicon name a line break split
        # "2017" of "DAVIS 2016/2017": DAVIS 2017; "box" of "box/mask AP": box AP; "Lib-riSpeech test-other"
        return _broken_split(text, ents[i]) or ents[i][5]
    return dataset_name(text, ents[i], ents) if ents[i][2] is T.DATASET else _metric_name(text, ents, i)


def _broken_split(text: str, c) -> str | None:
    """A dataset's name a line break split, read as the lexicon's, with the split written right after it
    ("Lib-riSpeech test-other": LibriSpeech test-other), as :func:`.data_names.dataset_name` keeps it after a whole name."""
    if c[2] is not T.DATASET or not broken_word(text[c[0]:c[1]]):
        return None
    split = SPLIT_AFTER.match(text, c[1])
    return f"{c[5]} {split.group(1)}" if split is not None else None


def _listed_top_k(text: str, c) -> bool:
    """Whether a top-k is the first of a list of values' top-k settings ("23.9% top-1 and 7.1% top-5 test error"):
    named whole by :func:`_metric_name` ("top-1 test error"), not by the head its mention shares."""
    return bool(_SHARED_HEAD.match(text, c[1]) and _TOP_K.search(text, c[0], c[1]))


#: the head of a "top-k" metric (group 1): "accuracy", "test error", "validation error rate"
_TOP_K_HEAD = r"((?:(?:test|val|validation) )?(?:error|accuracy)(?: rates?)?)"
#: the head a list of "top-k" metrics shares: "23.9% top-1 and 7.1% top-5 test error" (both are errors)
_SHARED_HEAD = re.compile(r"\s*(?:and|,)\s*\d[\d.]*%?\s+(?:top|rank)-?\d+\s+" + _TOP_K_HEAD + r"\b", re.I)


#: the head a "top-k" metric goes on to, past a few words of its setting or the data's name: "4.9% top-5
#: validation error", "76.0% top-1 linear evaluation accuracy", "86.2% top-1 ImageNet accuracy" (group 1: a split
#: word, then the head; the setting words, "linear evaluation", name no other metric)
_OWN_HEAD = re.compile(r"(?:\s+(?!(?:and|or|on|in|of|with|for|at|by|to)\b)[A-Za-z][\w-]*){0,2}?\s+"
                       + _TOP_K_HEAD + r"\b", re.I)


#: a top-k that opens a longer metric mention, the setting words and head after it, and the canonical name
#: such a mention has (:func:`kg.extract.metric_bounds.complete_metric_heads`): "top-1" of "top-1 linear evaluation
#: accuracy", top-1 accuracy
_TOP_K_FIRST = re.compile(r"(?:top|rank)-?\d+(?= \S+ )", re.I)
_TOP_K_NAME = re.compile(r"(?:top|rank)[- ]?\d+ (?:accuracy|error)", re.I)


#: a token right before a metric's name that names its variant: a capital or a digit after its first letter ("Q8
#: accuracy", "ADD(-S) accuracy", "3D PCK", "F1-all error"; not a word, "Our accuracy", "Smatch", nor a count, "3M
#: parameters"); :func:`_variant_start` keeps it only when no other entity is in it
_VARIANT = re.compile(r"(?<!\S)(?:[A-Z]|\d(?![KMBGT]\b)(?=[A-Z]))[\w()+-]*?[A-Z\d][\w()+-]*(?<!-) $")
#: an abbreviation that grades a metric, naming no variant of it: "SOTA accuracy"
_NOT_VARIANT = frozenset(("sota",))
#: the pieces of a token an acronym's mention starts inside, up to the hyphen before it: "kept-token-based-" of
#: "kept-token-based-F1"
_TOKEN_HEAD = re.compile(r"(?<!\S)[\w()+]+(?:-[\w()+]+)*-$")
#: the statistic a lower-case measure word (or a variant's) is averaged by, right before it: "3.9% mean error" (not
#: "error"), "mean ADD(-S) accuracy"; group 1, its words, past an aside in a parenthesis that splits the name: "mean
#: average (over classes) precision" is the mean average precision
_STATISTIC = re.compile(r"(?<![\w-])((?:mean|average|median)(?: average)?) (?:\([^()\d]{1,30}\) )?$", re.I)


def _metric_name(text: str, ents: list, i: int) -> str:
    """A metric as the text names it, whole: "top-5 test error" where two metric names meet ("top-5" and
    "test error"), and a "top-k" whose head the next member of its list gives ("23.9% top-1 and 7.1% top-5
    test error": "top-1 test error") or that it goes on to ("top-5 validation error"); a variant named before it
    ("Q8 accuracy")."""
    s, e = ents[i][0], ents[i][1]
    if ents[i][5] and _TOP_K_NAME.fullmatch(ents[i][5]) and (k := _TOP_K_FIRST.match(text, s, e)) is not None:
        e = k.end()  # "top-1 linear evaluation accuracy", top-1 accuracy: named from its top-k as below
    if (own := _specific_before(text, ents, ents[i])) is not None:
        return text[own[0]:own[1]]  # "mIoU accuracy 85.4%": the mIoU's figure
    while (nxt := next((c for c in ents if c[0] == e + 1 and c[2] is T.METRIC and text[e] == " "), None)) is not None:
        e = nxt[1]
    name = _qualified(text, ents, i, s, e)
    if re.search(r"(?:top|rank)-?\d+$", name, re.I) and (m := _SHARED_HEAD.match(text, e) or _OWN_HEAD.match(text, e)):
        name = f"{name} {m.group(1)}"
    elif _TOP_K.fullmatch(name) and (head := _top_k_head_before(text, ents, s)) is not None:
        name = f"{name} {head}"  # "86.1% top-1 accuracy (top-5: 97.9%)": the top-5 accuracy
    elif name.endswith("AP") and (m := re.match(r" ?(50|75|S|M|L)(?![\w.%])", text[e:e + 4])):
        name += m.group(1)  # "67.4 AP 50": AP50 (its subscript run into the text)
    own = _OF_ACCURACY.fullmatch(name)
    return own.group(1) if own and _specific(own.group(1)) else name  # "85.4% mIoU accuracy", "71.6% IOU accuracy"


def _qualified(text: str, ents: list, i: int, s: int, e: int) -> str:
    """The metric ``text[s:e]`` with the words that qualify it right before its mention: the variant the value
    measures ("Q8 accuracy" beside "Q3 accuracy", "ADD(-S) accuracy"), the token the mention starts inside
    ("kept-token-based-F1"), then the statistic its figures are averaged by ("3.92% mean error": the mean of the
    errors, not one error; "mean average (over classes) precision": the mean average precision)."""
    start = _variant_start(text, ents, i, s)
    if (start < s or text[s:s + 1].islower()) and (m := _STATISTIC.search(text, max(0, start - 40), start)) is not None:
        return f"{m.group(1)} {text[start:e]}"
    return text[start:e]


def _variant_start(text: str, ents: list, i: int, s: int) -> int:
    """Where a metric's name starts with its variant's token (:data:`_VARIANT`) or the pieces of the token its mention
    starts inside (:data:`_TOKEN_HEAD`), when no other entity but a metric inside that token sits there ("ImageNet
    accuracy", "NER F1" name data and tasks); else ``s``."""
    if text[s - 1:s] == "-":  # (not a lower-case word's: "full-precision", "high-accuracy" only grade what they go on)
        m = _TOKEN_HEAD.search(text, max(0, s - 40), s) if not text[s:s + 1].islower() else None
    else:
        m = _VARIANT.search(text, max(0, s - 24), s)
    if m is None or m.group().strip().lower() in _NOT_VARIANT:
        return s
    a, b = m.start(), m.end() - (text[m.end() - 1] == " ")
    if any(j != i and c[0] < b and a < c[1] and (c[2] is not T.METRIC or (c[0], c[1]) == (a, b)) for j, c in enumerate(ents)):
        return s  # ("F1" of "F1-all error" is a metric's mention inside the variant's token)
    return a


#: a top-k metric with its head: "top-1 accuracy", "top-1 test error" (group 1: the head)
_TOP_K_HEADED = re.compile(r"(?:top|rank)[- ]?\d+ " + _TOP_K_HEAD, re.I)


def _top_k_head_before(text: str, ents: list, s: int) -> str | None:
    """The head of the top-k metric named last before a bare top-k at ``s`` in its sentence, within a few words
    ("86.1% top-1 accuracy (top-5: 97.9%)": accuracy), else None."""
    before = [c for c in ents if c[2] is T.METRIC and c[1] <= s and s - c[1] <= 40 and ". " not in text[c[1]:s]]
    last = max(before, key=lambda c: c[1], default=None)
    m = _TOP_K_HEADED.fullmatch(text, last[0], last[1]) if last is not None else None
    return m.group(1) if m is not None else None


#: a bare word of accuracy a specific metric's name may go on with ("mIoU accuracy", "EM accuracy"): the specific one's
_BARE_ACCURACY = re.compile(r"accurac(?:y|ies)", re.I)
#: a name that is a setting of accuracy ("top-1", "rank-1"): with "accuracy" one name
_TOP_K = re.compile(r"(?:top|rank)[- ]?\d+$", re.I)


#: a metric's name that goes on with a bare word of accuracy: "mIoU accuracy" (group 1: "mIoU")
_OF_ACCURACY = re.compile(r"(.+?)\s+accurac(?:y|ies)", re.I)


def _specific(name: str) -> bool:
    """A higher-better metric kg's curated table knows of its own kind, no accuracy and no top-k setting of one:
    the name "mIoU accuracy" or "EM accuracy" gives ("top-1 accuracy", "pixel accuracy" are accuracies; "real
    time accuracy" names no latency)."""
    fam = None if _TOP_K.search(name) else MetricKnowledge.load().family(name)
    return fam is not None and fam.higher_is_better and fam.name != "accuracy"


def _specific_before(text: str, ents: list, c) -> tuple | None:
    """The metric named right before ``c`` when ``c`` is a bare "accuracy" and that metric is :func:`_specific`
    ("mIoU accuracy 85.4%": the mIoU's figure), else None."""
    if not _BARE_ACCURACY.fullmatch(text, c[0], c[1]) or c[0] < 2 or text[c[0] - 1] != " ":
        return None
    prev = next((d for d in ents if d[1] == c[0] - 1 and d[2] is T.METRIC), None)
    return prev if prev is not None and _specific(text[prev[0]:prev[1]]) else None


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
    _shares(text, vals, names)
    _data_shares(text, vals, datasets)


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
    sole = (_sole(text, metric_ents), _sole(text, [(i, c) for i, c in enumerate(ents) if i in data]),
            _sole(text, [(i, c) for i, c in metric_ents if not _cost(names[i])]))
    before: int | None = None  # the one dataset the last sentence naming datasets names
    listed: list[int] = []  # the datasets the last sentence naming datasets names, each once, in order
    pw = _PaperWide(found, ents, names, sole, paper_method(text, found, {text[c[0]:c[1]].lower() for c in called}),
                    _data_only(text, found.entities), concept_acronyms(text, ents), _proposed_data(text, ents, data, proposed),
                    task_datasets(text, ents, data), name_versions(text))
    intro = background(text, sents, proposed)  # the field's figures before the paper speaks of itself
    for s0, s1 in sents:
        in_sent = sorted([(i, c) for i, c in enumerate(ents) if s0 <= c[0] < s1], key=lambda ic: ic[1][0])
        metrics = [(i, c) for i, c in in_sent if (c[2] is T.METRIC and not miscased(names[i]))
                   or (c[2] is T.METHOD and metric_word(text, c))]
        datasets = [(i, c) for i, c in in_sent if i in data]
        last, before = before, (_sole(text, datasets) if datasets else before)
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
            dataset = _listed_split(text, v, vals, ents, _value_dataset(text, v, pw, (s0, s1, metrics, last)))
            method = method_of(text, v, found, methods, s0, own, first[v.group], dataset, pw.paper)
            method = _method_after(text, out, (s0, first[v.group]), method, pw)
            placed.setdefault(v.group, []).append(len(out))
            out.append(Result(value=v.text, method=unshouted(text, method), dataset=dataset, metric=_written(text, ents, v.metric) or _unknown_metric(v),
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
        or operating_point(text, v, metric, metric is not None and _cost(names[v.metric]), sent)


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


class _PaperWide(NamedTuple):
    """What :func:`results` reads once per abstract and each figure consults."""
    found: object
    ents: list
    names: list[str]
    sole: tuple
    paper: object  # the paper's own method (:func:`.own.paper_method`)
    data_only: set  # names of data the paper builds, never a figure's method
    concepts: set  # "a static BP dataset" of "arterial blood pressure (BP)": no name
    own_data: object
    tasks: object
    versions: object


def _value_dataset(text: str, v: Value, pw: _PaperWide, sent: tuple) -> str | None:
    """The dataset a figure is on: its task's data, else the sentence's or the paper's (:func:`_from_paper`, which
    also fills a missing metric), versioned and with its split; none for a concept's acronym."""
    s0, s1, metrics, last = sent
    ents, names = pw.ents, pw.names
    had = v.dataset = _task_data(text, v, (pw.tasks, ents, s0))
    cands = (None, None, pw.own_data) if v.ours else (last, pw.sole[1], pw.own_data)  # "on our dataset": none named before
    lent = cands[0] if cands[0] is not None or v.ours else _sole_here(text, v, pw, (s0, s1))
    _from_paper(v, _sole(text, metrics), (_sole_metric(text, v, pw.sole), paper_dataset(text, s1, cands, names)), names, lent)
    if had is None and OWN_ON.match(text, v.end) and not _on_metric(text, v, ents) \
            or _borrowed_cost(text, v, names, ents, (s0, s1)):
        v.dataset = None  # "F1 = 83.4 on the CoNLL-2005 set": on a name kg did not type, not the paper's dataset
    dataset = _versioned(text, ents, v.dataset, pw.versions)
    dataset = None if (dataset or "").lower() in pw.concepts else dataset  # "a static BP dataset": unnamed data
    return split_after_value(text, v.end, dataset)  # "On Foo, 6.8% WER on test-other": Foo test-other


def _sole_here(text: str, v: Value, pw: _PaperWide, sent: tuple[int, int]) -> int | None:
    """The abstract's one dataset when the sentence ``sent`` names it, for a gain in a quality metric the binders
    left without a dataset ("It reaches 80.1 mAP on Foo using 4M images, 2.3 mAP more than BarNet"), as it takes
    the last sentence's; a cost's change ("20% of the training time", "3.7M parameters") is on no dataset."""
    sole = pw.sole[1]
    if sole is None or v.kind != "delta" or v.metric is None or _cost(pw.names[v.metric]):
        return None
    at = whole_word_at(text.lower(), pw.names[sole].lower(), sent[0])
    return sole if 0 <= at < sent[1] else None


#: between two figures of a slashed tuple: "2.0%/4.2%"
_SLASHED = re.compile(r"\s*%?\s*/\s*$")


def _listed_split(text: str, v: Value, vals: list[Value], ents: list, dataset: str | None) -> str | None:
    """A figure's dataset with the split a list of splits after the dataset's name gives it by position, when the
    figures of its list, or of its slashed tuple, are as many ("2.0% and 4.2% on Foo test-clean and test-other,
    respectively", "2.0%/4.2% on Foo test-clean/other"): "Foo test-other" for the second; else the split a list
    right after the figures gives it (:func:`_split_after_figures`)."""
    if dataset is None:
        return dataset
    if v.dataset is None or ents[v.dataset][0] < v.end or not text.startswith(dataset, ents[v.dataset][0]) \
            or not (splits := listed_splits(text, ents[v.dataset][0] + len(dataset))):
        return _split_after_figures(text, v, vals, dataset)
    members = [u for u in vals if u.group == v.group and u.dataset == v.dataset]  # (not "..., and 5.5 on Bar")
    if len(members) != len(splits):  # "58.7/58.9 box AP and 50.9/51.3 mask AP on Foo minival/test-dev": by tuple
        members = _slashed_tuple(text, v, members)
    return _with_split(dataset, splits[members.index(v)]) if len(members) == len(splits) else dataset


def _split_after_figures(text: str, v: Value, vals: list[Value], dataset: str) -> str:
    """A figure's dataset (named before it, or the paper's) with the split a list of splits right after its slashed
    tuple gives it by position ("On Foo, 22.8%/21.9% mAP on the val/test sets": "Foo val" for the first), unless
    the dataset names its own split ("On Foo test-dev, ... on the val/test sets" is the text's muddle, not a
    split kg may override)."""
    if named_split(dataset):
        return dataset
    group = [u for u in vals if u.group == v.group]
    members = _slashed_tuple(text, v, group)
    if len(members) == 1:  # "4.1% and 2.2% on the test-other and test-clean sets of Foo": the list's figures
        members = [u for u in group if u.dataset == v.dataset]
    splits = splits_after_figure(text, members[-1].end) if len(members) > 1 else []
    return _with_split(without_split(dataset), splits[members.index(v)]) if len(members) == len(splits) else dataset


def _with_split(dataset: str, split: str) -> str:
    """A dataset with a split of a list; "test" or "dev" alone, a place in a slashed list ("test/test-other"), is
    no split a dataset's name takes (its plain name is its test set's)."""
    return dataset if split in ("test", "dev") else f"{dataset} {split}"


def _slashed_tuple(text: str, v: Value, members: list[Value]) -> list[Value]:
    """The figures of ``members`` (``v``'s list, in order) that slashes join to ``v`` ("58.7/58.9")."""
    lo = hi = members.index(v)
    while lo > 0 and _SLASHED.match(text, members[lo - 1].end, members[lo].start):
        lo -= 1
    while hi + 1 < len(members) and _SLASHED.match(text, members[hi].end, members[hi + 1].start):
        hi += 1
    return members[lo:hi + 1]


def _method_after(text: str, out: list[Result], at: tuple[int, int], method: str | None, pw: _PaperWide) -> str | None:
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


def _versioned(text: str, ents: list, i: int | None, versions: dict[str, str]) -> str | None:
    """A dataset as the sentence writes it, with the one version the paper gives its name elsewhere ("SQuAD" of
    a paper on "SQuAD 2.0"), unless the name goes on with a task of its own ("the SQuAD question generation
    BLEU-4", while "SQuAD 2.0" was named for question answering)."""
    name = _written(text, ents, i)
    if i is None or any(c[2] is T.TASK and c[0] == ents[i][1] + 1 for c in ents):
        return name
    return versioned(name, versions)


def _task_data(text: str, v: Value, where: tuple[dict, list, int]) -> int | None:
    """The dataset of a value that names its task after it ("91.2% F1 for NER") when the paper pairs one
    dataset with that task (:func:`.task_names.task_datasets`), over none or one an earlier sentence gave it; else
    the value's own."""
    tasks, ents, s0 = where
    if v.dataset is not None and ents[v.dataset][0] >= s0:
        return v.dataset
    found = task_dataset(text, v.end, tasks)
    return found if found is not None else v.dataset


def paper_dataset(text: str, s1: int, cands: tuple, names: list[str]) -> int | None:
    """The dataset a value the sentence binds none takes from the paper: the last sentence's, else the
    abstract's one if the abstract has named it by the end of the value's sentence (not "... (9.71% miss
    rate). It also generalises to the FDDB benchmark": a dataset named only in a later sentence is another
    experiment's), else the one the paper introduces."""
    last, sole, own = cands
    if sole is not None and not 0 <= whole_word_at(text.lower(), names[sole].lower()) < s1:
        sole = None
    return next((d for d in (last, sole, own) if d is not None), None)


def _proposed_data(text: str, ents: list, data: set[int], proposed: set[str]) -> int | None:
    """The one dataset the paper introduces ("We introduce the CODAH dataset"), by its first mention: a dataset
    paper's figures are on its own data when a sentence names none and the abstract names others too."""
    own = [i for i in sorted(data, key=lambda i: ents[i][0]) if text[ents[i][0]:ents[i][1]].lower() in proposed]
    return own[0] if len({text[ents[i][0]:ents[i][1]].lower() for i in own}) == 1 else None


def _data_only(text: str, ents: list) -> set[str]:
    """The names (lower case) the paper types Dataset and never Method: no result's method, whichever way a
    method was found for it (the title's "SQuAD: ...", a name of data a sentence opens on)."""
    typed: dict[str, set] = {}
    for c in ents:
        typed.setdefault(text[c[0]:c[1]].lower(), set()).add(c[2])
    return {n for n, ts in typed.items() if T.DATASET in ts and T.METHOD not in ts}


def _on_metric(text: str, v: Value, ents: list) -> bool:
    """ "0.297 on METEOR": the name after "on" is the value's own metric, not data the paper's dataset is not."""
    m = OWN_ON.match(text, v.end)
    return v.metric is not None and m is not None and ents[v.metric][0] == m.end() - 1


def _unknown_metric(v: Value) -> str | None:
    """The name of a metric kg does not know, as the slot of the value writes it ("Coverage (FFHQ: 0.80)"), for a
    decimal, a percentage or a speed ("Track 2", "Celebrity-1000" are names with a number, no figures)."""
    return v.unnamed if v.metric is None and v.unnamed and v.unnamed != "?" and (
        re.search(r"[.%]|\d\s*fps$", v.text, re.I) or v.unnamed == "FPS") else None  # ("345 frames per second")


#: a training or search budget written as the value's unit: "200 GPU hours"
_BUDGET_UNIT = re.compile(r"\bGPU[ -](?:hours|days)$", re.I)
#: what a budget is an adjunct of: "with only 200 GPU hours", "requiring 3 GPU days"
_BUDGET_BEFORE = re.compile(r"\b(?:with|using|within|in|under|requir\w*|tak\w*|costs?|spend\w*)\s+"
                            r"(?:only\s+|just\s+|merely\s+|about\s+|around\s+|less than\s+|~\s*)?$", re.I)


#: curated metric families that measure a model's size or compute: results of kind "size", never scores
_SIZES = frozenset(("parameters", "FLOPs"))
#: what running a model costs (kg's curated families): a figure of the hardware and the model, not of data
_COSTS = frozenset(("latency", "parameters", "memory", "FLOPs", "FPS", "speedup"))


def _borrowed_cost(text: str, v: Value, names: list[str], ents: list, sent: tuple[int, int]) -> bool:
    """A speed, latency, size or compute figure whose dataset another sentence names ("We evaluate on A and B.
    It runs at 112 and 9 FPS on a GPU and an edge device, respectively"): the cost of running the model is
    measured on hardware, not on the data the paper evaluates on, so it borrows no dataset."""
    s0, s1 = sent
    if v.dataset is None:
        return False
    name = names[v.metric] if v.metric is not None else v.unnamed  # (a unit's "FPS": "345 frames per second")
    info = MetricKnowledge.load().family(name) if name else None
    if not (v.kind == "size" or (info is not None and info.name in _COSTS)):
        return False
    if s0 <= ents[v.dataset][0] < s1:
        data = [c for c in ents if c[2] is T.DATASET and s0 <= c[0] < s1]
        return _other_clause(text, v, ents[v.dataset], (s0, s1, data))
    # (not when the sentence names it again: "... 55 FPS ... on the test set of PASCAL VOC")
    return whole_word_at(text[s0:s1].lower(), names[v.dataset].lower()) < 0


#: a new clause: "on A; it runs at", "on A while running at"
_NEW_CLAUSE = re.compile(r";|\b(?:while|whereas|but)\b")
#: a word after "and" or a comma that may open a verb phrase: "on A and runs at", "on A, running at"
_AND_WORD = re.compile(r"(?:,|\band\b)\s*(?:and\s+)?([a-z]+)\b")


def _other_clause(text: str, v: Value, c, sent: tuple[int, int, list]) -> bool:
    """The dataset a cost figure took from the sentence belongs to the figure of another clause before it: "X
    reaches 78.3% mIoU on A and runs at 42 FPS on a GPU", "on A (78.3% mIoU) while running at 42 FPS" (A is
    where the accuracy was measured, the speed names no data of its own); "78.3% mIoU on A at 42 FPS" and "on
    A with 9M parameters and 42 FPS" keep A. Nor is one member of a list of data before the figure its data
    ("strong on A and B, and runs at 42 FPS"), unless the figures are paired with the list by position."""
    s0, _, data = sent
    if c[1] > v.start:
        return False
    if not v.listed and _in_data_list(text, c, data):
        return True
    if not (_FIGURE_ON.search(text, max(s0, c[0] - 60), c[0]) or _PAREN_FIGURE.match(text, c[1])):
        return False
    return _NEW_CLAUSE.search(text, c[1], v.start) is not None or any(
        verbish(m.group(1), verb_words()) and m.group(1) != "respectively" for m in _AND_WORD.finditer(text, c[1], v.start))


#: a figure of the dataset's own in a parenthesis right after its name: "A (78.3% mIoU)"
_PAREN_FIGURE = re.compile(r"\s*\(\s*\d")
#: what joins two members of a list of names: "A, B", "A and B", "A, and B", "A or B", past a member's citation and
#: a word in lower case that ends its name ("A birds [4], and B")
_LIST_JOIN = re.compile(rf"{CITED}\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)", re.I)


def _in_data_list(text: str, c, data: list) -> bool:
    """A dataset joined to another of the sentence's by a comma, "and" or "or" ("on A, B and C"): a member of a
    list of data, of which no one member is the data of a figure after the list."""
    name = text[c[0]:c[1]].lower()
    return any(text[d[0]:d[1]].lower() != name
               and (_LIST_JOIN.fullmatch(text, c[1], d[0]) or _LIST_JOIN.fullmatch(text, d[1], c[0])) for d in data)


#: a figure in the text before a dataset's name: "78.3% mIoU on"
_FIGURE_ON = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?\s?%?\s+(?:[\w@-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?$")
#: a value written in a unit of storage ("176.3 MB", "4.7MB", "2 GiB"): a model's or an index's size
_STORAGE_UNIT = re.compile(r"\d\s*(?:[KMGT]i?B|[kmg]b|bytes?|(?:kilo|mega|giga)bytes?)$")


def _shares(text: str, vals: list[Value], names: list[str]) -> None:
    """A percentage of a quantity that is no proportion ("requiring only 11.9% FLOPs", "the computational cost
    to 57%"; a cost or a lower-better measure, not "a CIDEr of 132.0%") is a share of some baseline's quantity: a ratio, never a score (kg's curated metric table
    tells proportions from quantities). A model's parameters or FLOPs are its size (kind "size"). A budget in an adjunct ("with only 200 GPU hours") is what a
    search cost, not a result ("we reduce the training time ... to 10.8 GPU hours" is one)."""
    known = MetricKnowledge.load()
    for v in vals:
        if v.kind == "score" and _BUDGET_UNIT.search(v.text) and _BUDGET_BEFORE.search(text, max(0, v.start - 30), v.start):
            v.dropped = True
        if v.kind == "score" and v.metric is not None and (info := known.family(names[v.metric])) is not None:
            if "%" in v.text and not info.proportion and (info.name in _COSTS or not info.higher_is_better):
                v.kind = "ratio"  # (a quality score some write in percent, "CIDEr of 132.0%", stays a score)
            elif info.name in _SIZES:
                v.kind = "size"  # "a test error of 2.82% with only 2.5M parameters": the model's size, no score
        if v.kind == "score" and _STORAGE_UNIT.search(v.text):
            v.kind = "size"  # "U-Foo (176.3 MB, 30 FPS)": the model's size, whatever metric is near


#: a share "of" what follows: "with access to only 10% of ImageNet", "on 1% and 10% of the COCO"
_SHARE_OF = re.compile(r"\s*%?\s*(?:(?:or|and|,|/)\s*\d+(?:\.\d+)?\s*%\s*)*of\s+(?:the\s+)?")


def _data_shares(text: str, vals: list[Value], datasets: list) -> None:
    """A percentage of a named dataset ("77.9% top-1 with access to only 10% of ImageNet") is how much of the
    data a model saw, a setting: a ratio, never a score (a percentage "of" a word is :func:`_shares`)."""
    starts = {c[0] for _, c in datasets}
    for v in vals:
        if v.kind == "score" and "%" in text[v.start:v.end + 1] and (m := _SHARE_OF.match(text, v.end)) and m.end() in starts:
            v.kind = "ratio"


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


def _sole(text: str, cands: list) -> int | None:
    """The one thing ``cands`` name (by written name in any case; a name again in a parenthesis, "Medical
    Information Mart for Intensive Care III (MIMIC-III)", is the same), or ``None`` for none or several."""
    again = named_again(text, cands)
    names = {text[c[0]:c[1]].lower() for i, c in cands if i not in again}
    return cands[0][0] if len(names) == 1 else None


#: a bare figure in a parenthesis, no measure named in its slot: "HMDB51 (71.0%)", "performance (99.75%)"
_BARE_PAREN = re.compile(r"\(\s*$")


def _sole_metric(text: str, v: Value, sole: tuple) -> int | None:
    """The abstract's one metric for a value the sentence gives none: the one it names, else, for a bare
    figure in a parenthesis, the one quality metric it names beside costs (:func:`_cost`)."""
    if sole[0] is not None or not _BARE_PAREN.search(text, max(0, v.start - 3), v.start):
        return sole[0]
    return sole[2]


def _cost(name: str) -> bool:
    """A metric of what running a model costs ("FPS", "latency"): no rival of the one quality metric an abstract
    names, whose figures a sentence with none of its own reports ("HMDB51 (71.0%) ... accuracy ... at 340 FPS")."""
    info = MetricKnowledge.load().family(name)
    return info is not None and info.name in _COSTS


def _may_be_percent(name: str) -> bool:
    """A metric whose values may be percentages: a proportion, or one kg knows nothing of."""
    info = MetricKnowledge.load().info(name)
    return info is None or info.proportion or (info.higher_is_better and MetricKnowledge.load().family(name) is None)


def _from_paper(v: Value, sent_metric: int | None, sole: tuple[int | None, int | None], names: list[str],
                last: int | None = None) -> None:
    """What the sentence leaves open, from a sentence or an abstract that names one thing only: the
    metric of a score set beside its dataset ("BLEU scores of 30.5 for A and 38.6 for B on IWSLT"), the
    dataset of a score with a metric ("On ImageNet ... . It reaches 80.1% top-1 accuracy"): the one the
    last sentence naming datasets names, else the abstract's one. A change with a metric takes only ``last``:
    the last sentence's ("... on TREC-DL. Evaluated on NDCG@10, we outperform BM25 by 44%"), else the abstract's
    one when its own sentence names it (:func:`_sole_here`)."""
    if v.over:
        v.metric = sent_metric if v.metric is None else v.metric
        return  # "79.3% on several datasets, namely A, B and C": no one dataset is the figure's
    if v.kind != "score":
        if v.metric is not None and v.dataset is None:
            v.dataset = last
        return
    if v.metric is None and v.unnamed:
        if v.dataset is None and v.unnamed != "?":
            v.dataset = sole[1]  # "an exact match ratio of 82.1 on the test set": on the paper's data all the same
        return  # "in terms of Density (LSUN Bedroom: 1.51)": a metric kg does not know, not the sentence's "FID"
    if v.metric is None:
        v.metric = sent_metric if sent_metric is not None else sole[0]
        if v.metric is not None and "%" in v.text and not _may_be_percent(names[v.metric]):
            v.metric = None  # "84.3%" is not the paper's one metric "memory consumption"
    elif v.dataset is None:
        v.dataset = sole[1]
