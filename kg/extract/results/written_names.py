"""A result's metric and dataset as the sentence writes them (:func:`written`; the linker maps the name to its node):
a metric whole where two names meet or a list's member gives its head ("23.9% top-1 and 7.1% top-5 test error": top-1
test error), with the variant, the token or the statistic before it ("Q8 accuracy", "mean error"), the specific
metric a bare "accuracy" goes on from ("mIoU accuracy"); a dataset with its year or version
(:func:`.data_names.dataset_name`), the one version the paper gives it elsewhere (:func:`versioned_dataset`), and a
name a line break split read as the lexicon's.
"""
from __future__ import annotations

import re

from kg.extract.results.called_data import broken_word
from kg.extract.results.data_names import dataset_name, versioned
from kg.extract.results.splits import SPLIT_AFTER
from kg.metrics import MetricKnowledge
from kg.vocab import EntityType as T


def written(text: str, ents: list, i: int | None) -> str | None:
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
    if ents[i][2] is T.DATASET:
        return dataset_name(text, ents[i], ents)
    return _metric_name(text, ents, i)


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


def versioned_dataset(text: str, ents: list, i: int | None, versions: dict[str, str]) -> str | None:
    """A dataset as the sentence writes it, with the one version the paper gives its name elsewhere ("SQuAD" of
    a paper on "SQuAD 2.0"), unless the name goes on with a task of its own ("the SQuAD question generation
    BLEU-4", while "SQuAD 2.0" was named for question answering)."""
    name = written(text, ents, i)
    if i is None or any(c[2] is T.TASK and c[0] == ents[i][1] + 1 for c in ents):
        return name
    return versioned(name, versions)
