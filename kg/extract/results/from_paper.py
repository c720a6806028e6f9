"""What a figure's sentence leaves open, taken from the paper (:func:`value_dataset`): the dataset of the figure's task,
the last sentence's or the abstract's one dataset (:func:`paper_dataset`, :func:`_from_paper`), the one dataset the
paper introduces, the abstract's one metric; and what :func:`kg.extract.results.results` reads once per abstract for
it (:class:`PaperWide`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.results.cost_figures import borrowed_cost, cost_metric
from kg.extract.results.data_binding import OWN_ON, named_again
from kg.extract.results.splits import split_after_value
from kg.extract.results.task_names import task_dataset, whole_word_at
from kg.extract.results.values import Value
from kg.extract.results.written_names import versioned_dataset
from kg.metrics import MetricKnowledge
from kg.vocab import EntityType as T


class PaperWide(NamedTuple):
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


def value_dataset(text: str, v: Value, pw: PaperWide, sent: tuple) -> str | None:
    """The dataset a figure is on: its task's data, else the sentence's or the paper's (:func:`_from_paper`, which
    also fills a missing metric), versioned and with its split; none for a concept's acronym."""
    s0, s1, metrics, last = sent
    ents, names = pw.ents, pw.names
    had = v.dataset = _task_data(text, v, (pw.tasks, ents, s0))
    cands = (None, None, pw.own_data) if v.ours else (last, pw.sole[1], pw.own_data)  # "on our dataset": none named before
    lent = cands[0] if cands[0] is not None or v.ours else _sole_here(text, v, pw, (s0, s1))
    _from_paper(v, sole_named(text, metrics), (_sole_metric(text, v, pw.sole), paper_dataset(text, s1, cands, names)), names, lent)
    if had is None and OWN_ON.match(text, v.end) and not _on_metric(text, v, ents) \
            or borrowed_cost(text, v, names, ents, (s0, s1)):
        v.dataset = None  # "F1 = 83.4 on the CoNLL-2005 set": on a name kg did not type, not the paper's dataset
    dataset = versioned_dataset(text, ents, v.dataset, pw.versions)
    dataset = None if (dataset or "").lower() in pw.concepts else dataset  # "a static BP dataset": unnamed data
    return split_after_value(text, v.end, dataset)  # "On Foo, 6.8% WER on test-other": Foo test-other


def _sole_here(text: str, v: Value, pw: PaperWide, sent: tuple[int, int]) -> int | None:
    """The abstract's one dataset when the sentence ``sent`` names it, for a gain in a quality metric the binders
    left without a dataset ("It reaches 80.1 mAP on Foo using 4M images, 2.3 mAP more than BarNet"), as it takes
    the last sentence's; a cost's change ("20% of the training time", "3.7M parameters") is on no dataset."""
    sole = pw.sole[1]
    if sole is None or v.kind != "delta" or v.metric is None or cost_metric(pw.names[v.metric]):
        return None
    at = whole_word_at(text.lower(), pw.names[sole].lower(), sent[0])
    return sole if 0 <= at < sent[1] else None


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


def proposed_data(text: str, ents: list, data: set[int], proposed: set[str]) -> int | None:
    """The one dataset the paper introduces ("We introduce the CODAH dataset"), by its first mention: a dataset
    paper's figures are on its own data when a sentence names none and the abstract names others too."""
    own = [i for i in sorted(data, key=lambda i: ents[i][0]) if text[ents[i][0]:ents[i][1]].lower() in proposed]
    return own[0] if len({text[ents[i][0]:ents[i][1]].lower() for i in own}) == 1 else None


def data_only(text: str, ents: list) -> set[str]:
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


def sole_named(text: str, cands: list) -> int | None:
    """The one thing ``cands`` name (by written name in any case; a name again in a parenthesis, "Medical
    Information Mart for Intensive Care III (MIMIC-III)", is the same), or ``None`` for none or several."""
    again = named_again(text, cands)
    names = {text[c[0]:c[1]].lower() for i, c in cands if i not in again}
    return cands[0][0] if len(names) == 1 else None


#: a bare figure in a parenthesis, no measure named in its slot: "HMDB51 (71.0%)", "performance (99.75%)"
_BARE_PAREN = re.compile(r"\(\s*$")


def _sole_metric(text: str, v: Value, sole: tuple) -> int | None:
    """The abstract's one metric for a value the sentence gives none: the one it names, else, for a bare
    figure in a parenthesis, the one quality metric it names beside costs (:func:`cost_metric`)."""
    if sole[0] is not None or not _BARE_PAREN.search(text, max(0, v.start - 3), v.start):
        return sole[0]
    return sole[2]


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
