"""Metric candidates results read beyond the paper's entities, and what tells a metric word from a plain one.

Metric names of kg's curated table that no entity covers (:func:`metric_words`, rule "metric-word"), a name's score
("the FEVER score of 67%": :func:`named_scores`), a summary score in a value's slot ("an overall score of 81.2":
:func:`summary_scores`, rule "summary-score"), two metric words sharing one head ("box/mask AP": :func:`shared_heads`)
and lists of top-k settings ("top-1, top-5 and top-10 accuracies": :func:`top_k_lists`). Method-typed names that are
metrics kg knows (:func:`metric_word`) and lower-case words kg's table knows only in capitals (:func:`miscased`).
They serve results only: they are not entities of the paper. :func:`known_metric` (a word of the curated table,
singular or plural) also tells counts from scores in :mod:`.value_kinds`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.boundaries import singular_head
from kg.extract.candidates import Candidate
from kg.metrics import MetricKnowledge, norm_metric
from kg.vocab import EntityType as T


def known_metric(word: str) -> bool:
    """A word kg's curated metric table knows, singular or plural ("bits", "parameters")."""
    curated = MetricKnowledge.load().curated
    return norm_metric(word) in curated or (word.endswith("s") and norm_metric(word[:-1]) in curated)


@lru_cache(maxsize=1)
def _cased_metrics() -> dict[str, set[str]]:
    """Curated metric names written with capitals inside, by their lower case: "maps" -> {"mAPs"} (not a
    name that only opens on a capital, "Dice coefficient")."""
    out: dict[str, set[str]] = {}
    for n in MetricKnowledge.load().names:
        out.setdefault(n.lower(), set()).add(n)
    return {k: v for k, v in out.items() if all(any(ch.isupper() for ch in n[1:]) for n in v)}


def miscased(name: str) -> bool:
    """A word in lower case that kg's metric table knows only in capitals ("maps" of "attention maps" is no
    "mAPs"): no metric for results.

    >>> [miscased(n) for n in ("maps", "mAPs", "accuracy")]
    [True, False, False]
    """
    return name.islower() and name in _cased_metrics()


def metric_word(text: str, c) -> bool:
    """A name typed Method that is a metric kg knows ("mAPs"), also written with its words run together after a
    digit ("F1score"): a metric for results, never a result's method."""
    name = text[c[0]:c[1]]
    return known_metric(name) or known_metric(_GLUED_AFTER_DIGIT.sub(" ", name))


#: where words run together after a digit: "F1|score", "F1|measure"
_GLUED_AFTER_DIGIT = re.compile(r"(?<=\d)(?=[a-z]{4,}$)")


def metric_words(text: str, ents: list) -> list[Candidate]:
    """Metric names of kg's curated table that no entity covers ("accuracies", "error rate"), as Metric
    candidates for results only (rule "metric-word"; they are not entities of the paper).

    >>> [text[c.start:c.end] for text in ["Accuracies of 90% and error rates of 5%."] for c in metric_words(text, [])]
    ['Accuracies', 'error rates']
    """
    out = []
    for m in _metric_regex().finditer(text):
        s, e = m.start(), m.end()
        over = [c for c in ents if c[0] < e and s < c[1]]
        if over and all(c[2] is T.METRIC and s < c[0] for c in over):
            e = max(c[1] for c in over)  # "J &F score", where the finder typed "F score": the whole name
        elif over:
            continue
        if (mod := _ERROR_MODIFIER.search(text, max(0, s - 30), s)) is not None and re.fullmatch(r"errors?", text[s:e], re.I) \
                and mod.group(1).lower() not in _NOT_MODIFIERS:
            s = mod.start(1)  # "cosine error of 0.11": the error it measures, not a bare "error"
        out.append(Candidate(s, e, T.METRIC, 0, "metric-word", None))
    return out


#: "score" right after a name: "the FEVER score of 67%" (group 1: the name's end)
_NAME_SCORE = re.compile(r"(?<=[\w+)])( scores?)(?![\w-])")


def named_scores(text: str, ents: list) -> list[Candidate]:
    """A benchmark's own score, "<Dataset> score" ("a GLUE score of 80.5", "the FEVER score"): a Metric candidate
    over the name and "score" for results only, when no metric covers either (the name stays the dataset).

    >>> from kg.extract.candidates import Candidate as C
    >>> t = "We reach a FOOBench score of 71.3%."
    >>> [t[c.start:c.end] for c in named_scores(t, [C(11, 19, T.DATASET, 0, "name", None)])]
    ['FOOBench score']
    """
    out = []
    for m in _NAME_SCORE.finditer(text):
        s, e = m.span(1)
        name = next((c for c in ents if c[1] == s), None)
        if name is None or name[2] not in (T.DATASET, T.TASK) or not text[name[0]:name[0] + 1].isupper() \
                or any(c[0] < e and s < c[1] and c[2] is T.METRIC for c in ents):
            continue
        out.append(Candidate(name[0], e, T.METRIC, 0, "named-score", None))
    return out


#: a summary score in a value's slot, "an overall score of 81.2", "(final score: 0.61)", "72.3% overall score"
#: (group 1: the score's name; a grade word that sums up the parts, then "score"; the value right after, or
#: right before it)
_SUMMARY_SCORE = re.compile(r"(?<![\w-])((?:overall|final|total|average|mean|aggregate|combined|composite)\s+scores?)"
                            r"(?![\w-])", re.I)
#: what follows a summary score's name in its value's slot: "of 81.2", "= 0.61", ": 0.61", "(0.61)", "of about 80"
_SCORE_SLOT = re.compile(r"\s*(?:of|=|:|\(|is|was|reaches|reached)\s*(?:about |around |approximately |nearly |over |~|∼)?\d")
#: a value right before a summary score's name: "72.3% overall score"
_VALUE_BEFORE = re.compile(r"\d%?\s?$")


def summary_scores(text: str, ents: list) -> list[Candidate]:
    """A challenge's or benchmark's summary score in its value's slot ("an overall score of 81.2", "final score
    (0.61)", "72.3% overall score"): a Metric candidate for results only, when no entity covers it. It names the
    measure the figure is; without it the figure has none.

    >>> t = "We reach an overall score of 81.2, and the overall score matters."
    >>> [t[c.start:c.end] for c in summary_scores(t, [])]
    ['overall score']
    """
    out = []
    for m in _SUMMARY_SCORE.finditer(text):
        s, e = m.span(1)
        if any(c[0] < e and s < c[1] for c in ents):
            continue
        if _SCORE_SLOT.match(text, e) or _VALUE_BEFORE.search(text, max(0, s - 12), s):
            out.append(Candidate(s, e, T.METRIC, 0, "summary-score", None))
    return out


#: the one noun that says which error a bare "error" is, after a determiner or list glue: "and cosine error of 0.11"
_ERROR_MODIFIER = re.compile(r"(?:\b(?:of|and|or|a|an|the|with|achiev\w*|obtain\w*|reach\w*)|,)\s+([a-z]{4,})\s$")
#: words before "error" that rank or size it, not name it
_NOT_MODIFIERS = frozenset(("lower", "higher", "smaller", "larger", "large", "small", "best", "better", "worse", "same",
                            "lowest", "highest", "total", "overall", "final", "minimum", "maximum", "much", "less", "more"))


#: curated aliases too common as plain words or letters to be read as metrics on their own ("5 times", "IS")
_NOT_METRIC_WORDS = frozenset(("time", "speed", "success", "runtime", "run time", "IS", "SR", "MR", "CD", "R1", "EM",
                               "CMC", "PQ", "acc", "J"))


@lru_cache(maxsize=1)
def _metric_regex() -> re.Pattern:
    """One regex for every curated metric name and alias: plurals allowed; names of three characters or
    fewer only as written ("AP", not "ap")."""
    long, short = set(), set()
    for n in MetricKnowledge.load().names:
        if n not in _NOT_METRIC_WORDS:
            (short if len(n) <= 3 else long).add(n)
    def alt(names, flags):
        parts = [re.escape(n).replace("\\ ", r"[\s-]").replace("\\&", r"\s*&\s*") + ("(?:s|es)?" if not n.endswith("y") else "")
                 for n in sorted(names, key=len, reverse=True)]
        parts = [p[:-1] + "(?:y|ies)" if p.endswith("y") else p for p in parts]
        return f"(?{flags}:" + "|".join(parts) + ")"
    short_cased = {n for n in short if any(ch.isupper() for ch in n)}
    common = {n for n in _NOT_METRIC_WORDS if n[0].isupper() and norm_metric(n) in MetricKnowledge.load().curated}
    # a common word is a metric only right before its value or the word "score": "IS=8.81", "J of 88.7", "8.6 IS score"
    short_lower = short - short_cased - {"acc"}  # "17.1 ppl", "0.97 bpc": only as a value's unit
    # a short name in capitals may also run into its value: "54.3AP"
    return re.compile(r"(?:(?<![\w-])(?:" + alt(long, "i") + "|" + alt(short_cased, "-i") + r"|(?:(?<=\d)|(?<=\d\s))"
                      + alt(short_lower, "-i") + r"|(?-i:"
                      + "|".join(re.escape(n) for n in sorted(common)) + r")(?=\s*(?:[=:]|of)\s*\d|\s+scores?\b))"
                      + r"|(?<=\d)" + alt(short_cased, "-i") + r")(?![\w-])")


#: the first of two metric words sharing one head: "box/" of "box/mask AP", "top-1/" of "top-1/top-5 accuracy",
#: "box and " of "box and mask AP"
_SHARED_FIRST = re.compile(r"([\w@-]+)(?:\s*/\s*|\s+(?:and|or|&)\s+)$")


def shared_heads(text: str, ents: list) -> list[Candidate]:
    """The first metric of "box/mask AP" or "box and mask AP" ("box AP": a metric of kg's curated table whose words
    are the word before the "/" or "and" and the head of the metric after it), as a Metric candidate for results only
    (rule "shared-head", canonical the whole name): a list of values "46.8/38.6 box/mask AP" pairs with both.

    >>> text = "It obtains 46.8/38.6 box/mask AP on COCO."
    >>> [(text[c.start:c.end], c.canonical) for c in shared_heads(text, [Candidate(25, 32, T.METRIC, 0, "x")])]
    [('box', 'box AP')]
    """
    out = []
    for c in ents:
        if c[2] is not T.METRIC or " " not in text[c[0]:c[1]]:
            continue
        m = _SHARED_FIRST.search(text, max(0, c[0] - 20), c[0])
        head = text[c[0]:c[1]].split(" ", 1)[1]
        if m and known_metric(f"{m.group(1)} {head}") and not any(d[0] < m.end(1) and m.start(1) < d[1] for d in ents):
            out.append(Candidate(m.start(1), m.end(1), T.METRIC, 0, "shared-head", f"{m.group(1)} {head}"))
    return out


#: a list of top-k / rank-k settings sharing one head: "top-1, top-20, and top-50 accuracies" (group "head")
_TOP_K_LIST = re.compile(r"\b(?:top|rank)[- ]?\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:top|rank)[- ]?\d+)+\s+"
                         r"(?P<head>accurac(?:y|ies)|error rates?|errors?)\b", re.I)
_TOP_K_MEMBER = re.compile(r"(?:top|rank)[- ]?\d+", re.I)
#: a list of top-k settings with no head after it: "in terms of top-1, top-5 and top-10"
_TOP_K_BARE = re.compile(r"\b(?:top|rank)[- ]?\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:top|rank)[- ]?\d+)+"
                         r"(?=\s*(?:[,.;)]|$))", re.I)


def top_k_lists(text: str, ents: list) -> list[Candidate]:
    """Each member of a list of top-k settings that share the head after the last ("top-1, top-20, and top-50
    accuracies"), as a Metric candidate for results only (rule "top-k-list", canonical the member with the head
    in the singular: "top-20 accuracy"; also where a bare metric word covers it, "top-1");
    :func:`.metric_binding.top_k_metrics` pairs them with a list of values.

    >>> text = "pushing the top-1, top-20, and top-50 accuracies to 26%, 64%, and 75%"
    >>> [(text[c.start:c.end], c.canonical) for c in top_k_lists(text, [])]
    [('top-1', 'top-1 accuracy'), ('top-20', 'top-20 accuracy'), ('top-50', 'top-50 accuracy')]
    """
    out = []
    for m in _TOP_K_LIST.finditer(text):
        head = singular_head(m.group("head").lower())
        for k in _TOP_K_MEMBER.finditer(text, m.start(), m.start("head")):
            if not any(c[0] < k.end() and k.start() < c[1] and c[4] != "metric-word" for c in ents):
                out.append(Candidate(k.start(), k.end(), T.METRIC, 0, "top-k-list", f"{k.group(0)} {head}"))
    return out + _bare_top_k(text, ents)


def _bare_top_k(text: str, ents: list) -> list[Candidate]:
    """The members of a list of top-k settings with no head that the text did not type, when it typed another
    member a Metric ("in terms of top-1, top-5 and top-10", where only the first two are known): the list's
    members are one kind, and a member left out would shift the values paired with the list by position."""
    out = []
    for m in _TOP_K_BARE.finditer(text):
        members = list(_TOP_K_MEMBER.finditer(text, m.start(), m.end()))
        typed = [any(c[0] == k.start() and c[1] == k.end() and c[2] is T.METRIC for c in ents) for k in members]
        if not any(typed):
            continue
        out += [Candidate(k.start(), k.end(), T.METRIC, 0, "top-k-list", k.group(0)) for k, t in zip(members, typed)
                if not t and not any(c[0] < k.end() and k.start() < c[1] for c in ents)]
    return out
