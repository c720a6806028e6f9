"""Where a name starts and ends, beyond the rule that found it.

A rule or lexicon entry matches what it knows; the text often goes on. These functions move a candidate's
edges to the name the text gives:

- a metric takes the measure noun written right after it ("Collision rate", "Spearman's correlation",
  "top-1 and top-5 errors": a shared head counts for both);
- a dataset keeps the year or version the text gives ("ICDAR 2015", "PRID 2011"), so a series name does
  not stand for its editions;
- a dataset the text goes on writing with no space takes the whole token ("CIFAR100-LT", "CLEVR-Ref+"), a
  method its "+" ("DeepID2+"): the shorter name is another data set or model;
- a task loses the qualifiers that grade or describe how it is solved ("Efficient Person Search",
  "Learned Raw Denoising", "end-to-end semantic human matting"): the rest is the task; a task that is only
  a qualifier and a bare process word ("precise localization") names no task;
- a task that is a means, not a problem: a title's "with/via/using X" and the object of "we propose a X"
  ("we propose a multi-scale pooling segmentation (MSP-Seg)") name a technique; so do "T for U" inside a
  phrase, an acronym written before "objectives" or "losses", a pre-training task, and a technique's lexicon
  name a task phrase opens on ("LSTM CCG Parsing" -> "CCG Parsing");
- a one-word lexicon task takes the modifier the text writes before it ("pose forecasting", not "forecasting");
- a "Joint X" task cut before its "and Y" takes the whole ("Joint Detection and Segmentation").

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`.
"""
from __future__ import annotations

import re

from kg.extract.lexicon_data import name_key
from kg.extract.rules import DATASET_CUES, Candidate, _modifies_a_thing, counted, task_modifiers_start
from kg.extract.words import EVALUATIVE, FIELD_WORDS, KIND_HEADS, METRIC_WORDS, PRAISE, TASK_HEADS
from kg.vocab import EntityType as T

# --- metrics: the measure noun after the name ------------------------------------------------------------------

#: Measure nouns that complete a metric's name written right before them.
_HEAD_NOUNS = r"rates?|correlations?|coefficients?|statistics?|accuracy|accuracies|errors?|distances?"
_HEAD_AFTER = re.compile(r"('s?|’s?)? (?:" + _HEAD_NOUNS + r")\b(?![\-'])", re.I)
_COORD = re.compile(r"\s*(?:and|or|/)\s*(?:\d[\d.]*\s*%?\s*)?")  # "top-1 and (5.6%) top-5 error"
_LAST_WORD = re.compile(r"[\w\-]+$")
TOP_K = re.compile(r"top[\- ]?\d+", re.I)


def complete_metric_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Metric candidates with the measure noun the text writes after them ("Collision rate", "Spearman's
    correlation", "top-5 errors"), and a shared head given to the name coordinated before it ("top-1 and
    top-5 errors": "top-1" stands for "top-1 error", its canonical, read for this mention only: rule
    ``shared-head``, so the linker does not join every bare "top-1" to it). Only a name that is no measure on its
    own takes the noun: an ordinary word ("Collision"), a top-k, or a possessive ("Spearman's"); "mIoU
    accuracy" and "L2 distance" stay "mIoU" and "L2".

    >>> t = "metrics (ADE, Collision rate) and top-1 and top-5 errors and Spearman's correlation, mIoU accuracy"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METRIC, 60, "lexicon")
    >>> c = [at("ADE"), at("Collision"), at("top-1"), at("top-5"), at("Spearman"), at("mIoU")]
    >>> [(t[x.start:x.end], x.canonical) for x in complete_metric_heads(t, c)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('ADE', None), ('Collision rate', None), ('top-1', 'top-1 error'), ('top-5 errors', None),
     ("Spearman's correlation", 'Spearman correlation'), ('mIoU', None)]
    """
    out = list(cands)
    spans = {(c.start, c.end) for c in cands if c.type is T.METRIC}
    grown: dict[int, str] = {}  # the new span's start -> its head noun
    for i, c in enumerate(out):
        m = _HEAD_AFTER.match(text, c.end) if c.type is T.METRIC else None
        if m and (c.start, m.end()) not in spans and (m.group(1) or _bare(text, c)):
            head = m.group(0).split()[-1]
            canonical = f"{text[c.start:c.end]} {head}" if m.group(1) else None  # "Spearman correlation"
            out[i] = c._replace(end=m.end(), canonical=canonical, rule=_grown_rule(c.rule))
            grown[c.start] = head.lower()
    for i, c in enumerate(out):  # "top-1 and top-5 errors": the head is shared
        if grown and c.type is T.METRIC and c.start not in grown and _bare(text, c):
            m = _COORD.match(text, c.end)
            if m and m.end() in grown:
                head = grown[m.end()]
                head = _singular_head(head)
                out[i] = c._replace(canonical=f"{text[c.start:c.end]} {head}", rule="shared-head")
    return out


def _singular_head(head: str) -> str:
    """The singular of a measure noun shared by a coordination ("errors" -> "error", "accuracies" -> "accuracy").

    >>> [_singular_head(w) for w in ("errors", "accuracies", "rates", "loss", "accuracy")]
    ['error', 'accuracy', 'rate', 'loss', 'accuracy']
    """
    if head.endswith("ies"):
        return head[:-3] + "y"
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


_SHARED_HEAD = re.compile(_COORD.pattern + TOP_K.pattern + " (?:" + _HEAD_NOUNS + r")\b", re.I)


def shares_head(text: str, end: int) -> bool:
    """Whether a top-k ending at ``end`` shares the measure noun of the top-k coordinated after it ("top-1
    and top-5 errors of 21% and 6%"): it is used as a measure as much as that one.

    >>> shares_head("top-1 and top-5 errors", 5), shares_head("top-1 cluster and more", 5)
    (True, False)
    """
    return bool(_SHARED_HEAD.match(text, end))


def _grown_rule(rule: str) -> str:
    """The rule of a candidate grown past its lexicon entry: no longer that entry (the linker must not join
    "top-5 errors" or "ICDAR 2015" to the entry's name corpus-wide); other rules keep theirs."""
    return "grown" if rule.startswith("lexicon") else rule


def _bare(text: str, c: Candidate) -> bool:
    """Whether a metric's name needs a measure noun: a top-k, or a last word that is no measure word and no
    acronym ("Collision", "Kolmogorov-Smirnov"; not "Dice", "mIoU", "L2", "AbsRel")."""
    m = _LAST_WORD.search(text, c.start, c.end)
    if m is None or m.end() != c.end:
        return False
    word = m.group(0)
    if TOP_K.fullmatch(text[c.start:c.end]) or TOP_K.fullmatch(word):
        return True
    parts = word.split("-")
    return word.lower() not in METRIC_WORDS and all(p[:1].isalpha() and p[1:].islower() for p in parts)


#: Metric rules that read a phrase off its role in a sentence: the phrase may open with a grade.
_METRIC_PHRASE_RULES = frozenset({"metric-role", "measured", "list"})


#: "a metric learning formulation called X": a name given to a technique, whatever "metric" before it says.
_KIND_NAMED_BEFORE = re.compile(r"\b(?:formulation|method|approach|model|algorithm|framework|technique|network|"
                                r"architecture|module)s?\s*,?\s*(?:called|named|dubbed|termed)\s+(?:the\s+)?$", re.I)


def kind_named_metrics(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Metric candidates named right after a technique's kind noun and a naming verb are Methods ("a metric
    learning formulation called Weighted Approximate Rank Component Analysis (WARCA)").

    >>> t = "We propose a metric learning formulation called Weighted Rank Analysis (WRA)."
    >>> [c.type.value for c in kind_named_metrics(t, [Candidate(48, 70, T.METRIC, 70, "named")])]
    ['Method']
    """
    return [c._replace(type=T.METHOD) if c.type is T.METRIC and not c.rule.startswith("lexicon")
            and _KIND_NAMED_BEFORE.search(text, max(0, c.start - 40), c.start) else c for c in cands]


def ungraded_metrics(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Metric phrases without the grade in front of them ("wellknown fidelity" of "in terms of wellknown
    fidelity metrics", a line-break glitch of "well-known", is "fidelity"): words are compared without
    their hyphens, so a glitch is still the word.

    >>> t = "better in terms of wellknown fidelity metrics"
    >>> [t[c.start:c.end] for c in ungraded_metrics(t, [Candidate(19, 37, T.METRIC, 40, "metric-role")])]
    ['fidelity']
    """
    out = []
    for c in cands:
        if c.type is T.METRIC and c.rule in _METRIC_PHRASE_RULES:
            words = list(_WORD.finditer(text, c.start, c.end))
            first = 0
            while first < len(words) - 1 and words[first].group(0).lower().replace("-", "") in _GRADE_KEYS:
                first += 1
            if first:
                c = c._replace(start=words[first].start(), canonical=None)
        out.append(c)
    return out


#: Heads of a measure between two things: a distance may be what a method computes, not what it is scored by.
_BETWEEN_HEADS = ("distance", "distances", "divergence", "discrepancy")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Za-z][\w\-]{0,11})\)")


def computed_distances(text: str, cands: list[Candidate], sents: list[tuple[int, int]]) -> list[Candidate]:
    """A distance a paper defines ("Relaxed Word Mover's Distance (RWMD)", "a new distance ... called Fused
    Gromov-Wasserstein (FGW)") is a Metric only where the paper scores with it: the long form or its acronym
    has a number beside it, "in terms of" before it or "score" after it somewhere in the text
    (:func:`kg.extract.context.metrics.metric_evident`), or it is a lexicon metric ("FID"). Otherwise it is
    a technique the paper computes: a Method.

    >>> t = "RWMD is fast. We use Relaxed Word Mover's Distance (RWMD). Chamfer Distance (CD) drops: CD is 0.31."
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METRIC, 70, "acronym")
    >>> [x.type.value for x in computed_distances(t, [at("Relaxed Word Mover's Distance"), at("Chamfer Distance")], [])]
    ['Method', 'Metric']
    """
    from kg.extract.context.metrics import metric_evident  # noqa: PLC0415 (the context rules import this module)

    known = {text[c.start:c.end].lower() for c in cands if c.type is T.METRIC and c.rule.startswith("lexicon")}
    out = []
    for c in cands:
        name = text[c.start:c.end]
        if c.type is T.METRIC and c.rule == "acronym" and name.lower().endswith(_BETWEEN_HEADS):
            a = _ACRONYM_AFTER.match(text, c.end)
            forms = {name} | ({a.group(1)} if a else set())
            if not ({f.lower() for f in forms} & known) and not any(
                    metric_evident(text, m.start(), m.end(), sents)
                    for f in forms for m in re.finditer(r"(?<![\w\-])" + re.escape(f) + r"(?![\w\-])", text)):
                c = c._replace(type=T.METHOD)  # (a lexicon metric, "Frechet Inception Distance (FID)", stays)
        out.append(c)
    return out


#: Before a generated metric name, a word that makes it part of a longer name: joined by a hyphen
#: ("closed-set accuracy"), or the split a name opening on "set" belongs to ("test set accuracy").
_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
_SPLIT_BEFORE = re.compile(r"\b(?:test|training|train|validation|dev|held-out|evaluation)\s$", re.I)


def generated_fragments(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop generated lexicon metrics matched as the tail of a longer name ("set accuracy" of "test set
    accuracy" and "closed-set accuracy"): the leaderboard column the entry came from is not what is named.

    >>> t = "it reaches a test set accuracy of 88% and a better closed-set accuracy"
    >>> at = lambda i: Candidate(t.index("set accuracy", i), t.index("set accuracy", i) + 12, T.METRIC, 60, "lexicon-gen")
    >>> generated_fragments(t, [at(0), at(30)])
    []
    """
    return [c for c in cands if not (c.type is T.METRIC and c.rule == "lexicon-gen" and (
        _HYPHEN_BEFORE.search(text, max(0, c.start - 2), c.start)
        or (text[c.start:c.start + 4].lower() == "set " and _SPLIT_BEFORE.search(text, max(0, c.start - 12), c.start))))]


# --- datasets: the edition the text gives ---------------------------------------------------------------------


#: A year or version right after a dataset's name ("ICDAR 2015", "DOTA-v1.5", "SemEval 2010", "Hub5'00"), not a figure.
#: A bare number is an edition only where the name ends (a list, a data noun: "NTU RGB+D 120 and", "ChestX-Ray 14
#: benchmark", "Challenge 2 data"); a lone "1" or a digit before ")" is a footnote mark ("Wikidata5M 1 ,", "Atari 3 )").
_EDITION = re.compile(r"[ \-](?:(?:19|20)\d\d|v\d+(?:\.\d+)?)(?![\w%]|\.\d)|['’]\d\d(?![\w%]|\.\d)"
                      r"| (?:\d\.\d|[1-9]\d{1,2}|[2-9](?!\s*\)))(?=\s*[,;)]|\.(?!\d)|\s+(?:and|or|datasets?|benchmarks?|corpus|test|dev|"
                      r"sets?|splits?|challenge|data)\b)")


#: Data a paper describes as its own and unpublished: "an internal generalized VA dataset" names no dataset.
_UNPUBLISHED_BEFORE = re.compile(r"\b(?:internal|in-house|proprietary|private|confidential)\s+(?:[\w\-]+\s+){0,2}$",
                                 re.I)


_DATA_NOUN_AFTER = re.compile(r"\s+(?:datasets?|data|corpus|corpora|database|collection)\b", re.I)


def unpublished_data(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop names found before a data noun ("the X dataset") that the text calls internal or proprietary
    data: a description of data nobody else can use, not a dataset's name (a lexicon name stays).

    >>> t = "gains on a complex internal generalized VA dataset and on the KITTI dataset"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, "dataset-context")
    >>> [t[x.start:x.end] for x in unpublished_data(t, [at("VA"), at("KITTI")])]
    ['KITTI']
    """
    return [c for c in cands if c.rule.startswith("lexicon") or not (
        _DATA_NOUN_AFTER.match(text, c.end) and _UNPUBLISHED_BEFORE.search(text, max(0, c.start - 50), c.start))]


#: A footnote mark a PDF converter left after a name: a digit, then a space before the punctuation that
#: follows the name ("a novel tracker called SiamVGG 1 .", "Kernel Point Convolution 1 (KPConv)").
_FOOTNOTE_END = re.compile(r"\s\d$")
#: the punctuation a PDF converter spaced off after a footnote mark ("FooNet 1 , a ..."; not "FooNet 2, a")
AFTER_FOOTNOTE = re.compile(r"\s[,.;:)(]")
_ACRONYM_NEXT = re.compile(r"\s\(([^()\s]{1,15})\)")


def footnote_marks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Cut a footnote mark off the end of a Method or Dataset name a rule found ("RSNet 1 , to model" ->
    "RSNet"). A version the text writes is no mark: it is followed by the punctuation with no space
    ("FastSpeech 2, which"), or by a word; a name the lexicon knows keeps its span ("Tacotron 2 )").

    >>> t = "a framework, RSNet 1 , to model; we propose FastSpeech 2, which"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "named")
    >>> [t[x.start:x.end] for x in footnote_marks(t, [at("RSNet 1"), at("FastSpeech 2")])]
    ['RSNet', 'FastSpeech 2']
    >>> t = "the Dialog Challenges 7 (DSTC7) aims"
    >>> [t[x.start:x.end] for x in footnote_marks(t, [at("Dialog Challenges 7")])]
    ['Dialog Challenges 7']
    """
    return [c._replace(end=c.end - 2) if _footnote_marked(text, c) else c for c in cands]


def _footnote_marked(text: str, c: Candidate) -> bool:
    """A name a rule found ending in a spaced digit the text writes nowhere else with it, and not in the
    acronym that follows ("Technology Challenges 7 (DSTC7)", "WSOD 2 ) ... the proposed WSOD 2 can")."""
    if c.type not in (T.METHOD, T.DATASET) or c.rule.startswith("lexicon") or c.end - c.start <= 3 \
            or not _FOOTNOTE_END.search(text, c.start, c.end) or not AFTER_FOOTNOTE.match(text, c.end):
        return False
    digit = text[c.end - 1]
    acronym = _ACRONYM_NEXT.match(text, c.end)
    return text.count(text[c.start:c.end]) == 1 and not (acronym and acronym.group(1).endswith(digit))


def joined_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two dataset names one space apart are one name when the second is one word found before a data word or in
    a list ("the DAVIS 2017 Unsupervised dataset", "KITTI VO", "WMT'14 English-German"), or when the lexicon's
    name for the second begins with the first ("PASCAL VOC-2012": the lexicon knows "VOC-2012" as PASCAL VOC 2012;
    "PAS-CAL VOC", "ImageNet ILSVRC2012"): the first is then the start of the name, not a series of its own.

    >>> t = "on the DAVIS 2017 Unsupervised dataset and KITTI VO, MVS, PASCAL VOC-2012 and KITTI Flickr8k"
    >>> at = lambda w, r, n=None: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, r, n)
    >>> cs = [at("DAVIS 2017", "grown"), at("Unsupervised", "dataset-context"), at("KITTI", "lexicon"),
    ...       at("VO", "list"), at("MVS", "list"), at("PASCAL", "lexicon-gen", "PASCAL"),
    ...       at("VOC-2012", "lexicon", "PASCAL VOC 2012"), at("Flickr8k", "lexicon")]
    >>> [(t[c.start:c.end], c.canonical) for c in joined_datasets(t, cs)][:4]
    [('DAVIS 2017 Unsupervised', None), ('KITTI VO', None), ('MVS', None), ('PASCAL VOC-2012', 'PASCAL VOC 2012')]
    """
    ends = {c.end: c for c in cands if c.type is T.DATASET}
    absorbed: set[int] = set()  # id() of the first names, now inside a joined one
    out = []
    for c in cands:
        a = ends.get(c.start - 1) if c.type is T.DATASET else None
        if a is not None and text[a.end] == " ":
            if _continues(text, a, c):
                absorbed.add(id(a))
                c = c._replace(start=a.start)
            elif c.rule in _JOINING_RULES and " " not in text[c.start:c.end]:  # ("Named Entity Recognition" stays)
                absorbed.add(id(a))
                c = c._replace(start=a.start, canonical=None)
        out.append(c)
    return [c for c in out if id(c) not in absorbed]


#: an acronym and a year written right before a dataset's name: "NIST 2000 Switchboard", "DARPA 1998 ..."
_ACRONYM_YEAR_BEFORE = re.compile(r"\b([A-Z]{2,}) (?:19|20)\d\d $")


def dated_datasets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A dataset name after an acronym and a year ("the NIST 2000 Switchboard task") starts at the acronym: the
    body and the year that dated the evaluation are part of the name. The acronym, typed a Method by its shape
    only, is no model of its own there (a lexicon Method stays a Method, and so does "BERT 2019" before no data).

    >>> t = "on the NIST 2000 Switchboard task, and GPT 2019 alone"
    >>> at = lambda w, k, r: Candidate(t.index(w), t.index(w) + len(w), k, 50, r)
    >>> cs = [at("NIST", T.METHOD, "name"), at("Switchboard", T.DATASET, "lexicon"), at("GPT", T.METHOD, "name")]
    >>> [(t[c.start:c.end], c.type.value) for c in dated_datasets(t, cs)]
    [('NIST 2000 Switchboard', 'Dataset'), ('GPT', 'Method')]
    """
    shaped = {(c.start, c.end): c for c in cands if c.type is T.METHOD and c.rule == "name"}
    if not shaped:
        return cands
    for c in cands:  # a name another rule or the lexicon found too ("BERT") is a name of its own
        if c.rule != "name" and (c.start, c.end) in shaped:
            del shaped[(c.start, c.end)]
    absorbed: set[int] = set()
    out = []
    for c in cands:
        m = _ACRONYM_YEAR_BEFORE.search(text, max(0, c.start - 12), c.start) if c.type is T.DATASET else None
        a = shaped.get(m.span(1)) if m else None
        if a is not None:
            absorbed.add(id(a))
            c = c._replace(start=a.start, canonical=None, rule=_grown_rule(c.rule))
        out.append(c)
    return [c for c in out if id(c) not in absorbed] if absorbed else out


def _continues(text: str, first: Candidate, second: Candidate) -> bool:
    """Whether the lexicon's name for ``second`` begins with ``first`` and goes on (hyphens, spaces, case aside)."""
    if second.canonical is None:
        return False
    whole, head = name_key(second.canonical), name_key(first.canonical or text[first.start:first.end])
    return len(whole) > len(head) and whole.startswith(head)


#: A word that may go on a dataset's name: capitalised, a number or version, an edition after an apostrophe
#: ("Album", "2", "V2", "English-German", "'14"); a lower-case word ("depth", "task") is the text's own.
_NAME_WORD = re.compile(r" ((?:[A-Z0-9]|['’]\d)[^\s,;:()\[\]]*?)(?=[.]?(?:[\s,;:()\[\]]|$))")


def lexicon_continuations(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A dataset name the text goes on writing, up to three capitalised or numbered words, when the longer span
    is a Dataset name of the lexicon written with other spaces or hyphens ("MORPH Album 2" for MORPH Album2,
    "SemEval-2010 Task 8", "PAS-CAL Context", "ScanNet V2"): the lexicon's name, not the series word.
    ``keys``: the lexicon's Dataset names by :func:`~kg.extract.lexicon_data.name_key`.

    >>> t = "on MORPH Album 2, KITTI depth and ScanNet V2 scans, COCO Panoptic Segmentation"
    >>> keys = {"morphalbum2": (T.DATASET, "MORPH Album2", True), "kittidepth": (T.DATASET, "KITTI-Depth", False),
    ...         "scannetv2": (T.DATASET, "ScanNetV2", False), "cocopanoptic": (T.DATASET, "COCO panoptic", False)}
    >>> at = lambda w, k=T.DATASET: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("MORPH"), at("KITTI"), at("ScanNet"), at("COCO"), at("Panoptic Segmentation", T.TASK)]
    >>> [(t[c.start:c.end], c.canonical) for c in lexicon_continuations(t, cs, keys)][:4]
    [('MORPH Album 2', 'MORPH Album2'), ('KITTI', None), ('ScanNet V2', 'ScanNetV2'), ('COCO', None)]
    """
    if not keys:
        return cands
    out = []
    for c in cands:
        if c.type is T.DATASET:
            pos, best = c.end, None
            for _ in range(3):
                m = _NAME_WORD.match(text, pos)
                if not m:
                    break
                pos = m.end(1)
                hit = keys.get(name_key(text[c.start:pos]))
                if hit is not None and not _cuts(cands, c.end, pos):
                    best = (pos, hit)
            if best is not None:
                (end, (_, canonical, curated)) = best
                # (a generated entry found so is no "lexicon-gen" match: own_systems would read "presents X" as a system)
                c = c._replace(end=end, canonical=canonical, rule="lexicon" if curated else "grown")
        out.append(c)
    return out


#: An image size written after a name ("ImageNet 64×64", "CelebA 64 x 64"): the two sides of the resolution.
_RESOLUTION = re.compile(r" (\d{2,4}) ?[x×] ?(\d{2,4})(?![\w%]|\.\d)")


def dataset_resolutions(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """A dataset name followed by an image size that the lexicon knows as a benchmark of its own ("ImageNet
    64×64", "CelebA 64 x 64": generative models report each resolution apart) takes the size, however the
    text writes the "×"; its canonical is the lexicon's name. A size the lexicon has no benchmark for ("COCO
    at 640×640") stays outside. ``keys``: as for :func:`lexicon_continuations`.

    >>> t = "on ImageNet 32 × 32, ImageNet 64×64 and COCO 640x640"
    >>> keys = {"imagenet32x32": (T.DATASET, "ImageNet 32x32", False), "imagenet64x64": (T.DATASET, "ImageNet 64x64", False)}
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.DATASET, 60, "lexicon")
    >>> [(t[c.start:c.end], c.canonical) for c in dataset_resolutions(t, [at("ImageNet"), at("ImageNet", 20), at("COCO")], keys)]
    [('ImageNet 32 × 32', 'ImageNet 32x32'), ('ImageNet 64×64', 'ImageNet 64x64'), ('COCO', None)]
    """
    if not keys:
        return cands
    out, grown = [], {}
    for c in cands:
        m = _RESOLUTION.match(text, c.end) if c.type is T.DATASET else None
        hit = keys.get(name_key(f"{text[c.start:c.end]}{m.group(1)}x{m.group(2)}")) if m else None
        if hit is not None and hit[0] is T.DATASET and not _cuts(cands, c.end, m.end()):
            c = c._replace(end=m.end(), canonical=hit[1], rule="lexicon" if hit[2] else "grown")
            grown[c.start] = c.end
        out.append(c)
    # the lexicon's shorter reading of the same words ("ImageNet 32" of "ImageNet 32 × 32") is that name cut
    return [c for c in out if not (c.type is T.DATASET and c.end < grown.get(c.start, 0))] if grown else out


#: Between two coordinated names: a comma, "and", "or", a slash.
_COORD_NAMES = re.compile(r"(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+|/)$")
_CAPITALS, _SMALL, _DIGITS = re.compile(r"[A-Z]+"), re.compile(r"[a-z]+"), re.compile(r"\d+")


def _shape(word: str) -> str:
    """A word's shape: runs of capitals, small letters and digits as "A", "a", "0" ("English-to-German" ->
    "Aa-a-Aa", "V2-35" -> "A0-0")."""
    return _CAPITALS.sub("A", _SMALL.sub("a", _DIGITS.sub("0", word)))


def elided_dataset_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A one-token dataset name with a hyphen coordinated right after a longer dataset name whose last word has
    its shape ("WMT'14 English-to-French and English-to-German", "Speech Commands V2-12 and V2-35") is the other
    part of that name, its head left out: its canonical is the head with it (rule "version", read for this
    mention only, as :func:`kg.extract.results.names.version_lists` reads "DAVIS 2016/2017").

    >>> t = "on WMT'14 English-to-French and English-to-German, on Speech Commands V2-12 and V2-35 and on KITTI VO, MVS-2"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 60, "list")
    >>> cs = [at("WMT'14 English-to-French"), at("English-to-German"), at("Speech Commands V2-12"), at("V2-35"),
    ...       at("KITTI VO"), at("MVS-2")]
    >>> [c.canonical for c in elided_dataset_heads(t, cs)]
    [None, "WMT'14 English-to-German", None, 'Speech Commands V2-35', None, None]
    """
    by_end = {c.end: c for c in cands if c.type is T.DATASET and " " in text[c.start:c.end]}
    if not by_end:
        return cands
    out = []
    for c in cands:
        name = text[c.start:c.end]
        if c.type is T.DATASET and "-" in name and " " not in name:
            m = _COORD_NAMES.search(text, max(0, c.start - 9), c.start)
            first = by_end.get(m.start()) if m else None
            if first is not None:
                head, last = text[first.start:first.end].rsplit(" ", 1)
                if _shape(last) == _shape(name) and last != name:
                    c = c._replace(canonical=f"{head} {name}", rule="version")
        out.append(c)
    return out


def _cuts(cands: list[Candidate], start: int, end: int) -> bool:
    """Whether a span from ``start`` to ``end`` would cut a candidate that begins inside it and goes on past it
    ("COCO Panoptic Segmentation": "COCO Panoptic" would cut the task)."""
    return any(start < o.start < end < o.end for o in cands)


#: Rules that find a dataset's last word by the words around it (a data word after, a list).
_JOINING_RULES = frozenset({"dataset-context", "list", "name"})


def dataset_editions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dataset candidates with the year or version written right after them ("ICDAR 2015", "PRID 2011",
    "VQA v2"): an edition is a dataset of its own, the series name alone is not the one used. (An acronym
    typed by its shape only is left alone: with a year it is as often a challenge or a venue, "NTIRE 2021".)

    >>> t = "on ICDAR 2015 and PRID 2011, and CIFAR-10 2019 runs"
    >>> c = [Candidate(3, 8, T.DATASET, 60, "lexicon-gen", "ICDAR"), Candidate(18, 22, T.DATASET, 50, "name"),
    ...      Candidate(33, 41, T.DATASET, 60, "lexicon")]
    >>> [(t[x.start:x.end], x.canonical) for x in dataset_editions(t, c)]
    [('ICDAR 2015', None), ('PRID 2011', None), ('CIFAR-10', None)]
    """
    out = []
    spans = {(c.start, c.end) for c in cands if c.type is T.DATASET}
    for c in cands:
        if c.type is T.DATASET and (not text[c.end - 1:c.end].isdigit() or text[c.end:c.end + 1] in "'’"):
            m = _EDITION.match(text, c.end)  # ("Hub5'00": a year after an apostrophe, whatever the name ends in)
            if m and (c.start, m.end()) not in spans:  # (a lexicon entry with it keeps its canonical)
                c = c._replace(end=m.end(), canonical=None, rule=_grown_rule(c.rule))
        out.append(c)
    return out


#: A variant written onto a name with no space: "-LT", "-SEG", "-Ref+", "-2011", a bare "+" ("DeepID2+"). A
#: hyphen takes a capitalised or numeric piece; "-based", "-style" stay outside (lower case), and so does a
#: version range ("MultiWOZ 2.1-2.4": a dotted number after a name that ends in a digit).
_VARIANT = re.compile(r"(?:-(?:[A-Z][A-Za-z0-9]*|\d+(?![.\d]))(?![\w\-]))*\+?(?![\w\-+])")
#: A "+" and one capital (and its number) closing a token: the last letter of a name ("NTU-RGB+D", "RGB+D120"),
#: which no name is alone ("HOG+LUV", "ZSL+DG": two names joined by a "+").
_PLUS_LETTER = re.compile(r"\+[A-Z]\d*(?![\w\-+])")
#: Capitalised hyphen pieces that say how a thing is built or used, not which variant it is ("CNN-Based").
_NOT_VARIANT = frozenset({"based", "style", "like", "level", "free", "aware", "specific", "only", "trained",
                          "pretrained", "driven", "guided", "inspired", "related"})


def name_variants(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dataset names the text goes on writing with no space ("CIFAR100-LT", "Kvasir-SEG", "CLEVR-Ref+",
    "Caltech-UCSD Birds 200-2011") and Method names with a "+" ("DeepID2+") take the whole token: the
    lexicon's shorter name is another data set or model, cut inside a word. So does a name closed by a "+" and
    one capital ("NTU-RGB+D": :data:`_PLUS_LETTER`). A name of the same type after the hyphen makes a pair, not
    a variant ("MNIST-USPS" transfer).

    >>> t = "on CIFAR100-LT, CLEVR-Ref+, ImageNet-based, MultiWOZ 2.1-2.4, MNIST-USPS and DeepID2+ or HOG+LUV"
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("CIFAR100", T.DATASET), at("CLEVR", T.DATASET), at("ImageNet", T.DATASET),
    ...       at("MultiWOZ 2.1", T.DATASET), at("MNIST", T.DATASET), at("USPS", T.DATASET),
    ...       at("DeepID2", T.METHOD), at("HOG", T.METHOD)]
    >>> [t[c.start:c.end] for c in name_variants(t, cs)]
    ['CIFAR100-LT', 'CLEVR-Ref+', 'ImageNet', 'MultiWOZ 2.1', 'MNIST', 'USPS', 'DeepID2+', 'HOG']
    """
    starts = {(c.start, c.type) for c in cands}
    out = []
    for c in cands:
        if (c.type in (T.DATASET, T.METHOD) and text[c.end:c.end + 1] in ("-", "+")
                and (c.end + 1, c.type) not in starts):  # "MNIST-USPS": a pair of names, a name after the hyphen
            m = _VARIANT.match(text, c.end) or _PLUS_LETTER.match(text, c.end)
            grown = m.group() if m else ""
            if c.type is T.METHOD and not grown.startswith("+"):
                grown = ""
            pieces = grown.rstrip("+").split("-")[1:]
            dotted = text[c.end - 1].isdigit() and re.match(r"-\d+\.", text[c.end:])
            if grown and not dotted and not any(p.lower() in _NOT_VARIANT for p in pieces):
                c = c._replace(end=c.end + len(grown), canonical=None, rule=_grown_rule(c.rule))
        out.append(c)
    return out


#: Name-like pieces joined by hyphens before a name, from the start of a token: each begins with a capital or a
#: digit ("Wave-", "STMC-", "Glow-", "3D-"); a lower-case piece ("pre-", "multi-") is a modifier.
_COMPOUND_HEAD = re.compile(r"(?<![\w\-+/.])(?:[A-Z0-9][A-Za-z0-9]*-)+$")
#: English bound prefixes, capitalised at a sentence or title word's start: they modify, they name nothing.
_BOUND_PREFIXES = frozenset({"multi", "self", "semi", "non", "pre", "post", "bi", "co", "cross", "anti", "sub",
                             "super", "inter", "intra", "un", "re", "de", "over", "under", "out", "mid", "meta",
                             "hyper", "ultra", "micro", "macro", "mini", "auto", "quasi", "pseudo", "single",
                             "zero", "few", "one", "two", "low", "high", "full", "half", "end", "all", "top",
                             # a template's run-in heads: "Index Terms-Object detection", "Abstract-Weakly ..."
                             "terms", "keywords", "index", "abstract"})


def compound_prefix(text: str, start: int) -> int | None:
    """Where the name-like compound that ``start`` continues after a hyphen begins ("Wave-U-Net" for a name at
    "U-Net"), or None: no hyphen before it, a lower-case or bound prefix ("pre-", "Multi-", "Self-"), a
    template's head ("Index Terms-").

    >>> t = "Wave-U-Net, pre-BERT, Multi-Task, the STMC-Transformer. Index Terms-Object detection"
    >>> [compound_prefix(t, t.index(w)) for w in ("U-Net", "BERT", "Task", "Transformer", "Object")]
    [0, None, None, 38, None]
    """
    if start < 2 or text[start - 1] != "-":
        return None
    m = _COMPOUND_HEAD.search(text, max(0, start - 40), start)
    if m is None or any(p.lower() in _BOUND_PREFIXES for p in m.group().split("-")[:-1]):
        return None
    return m.start()


def compound_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the text writes after a name-like piece and a hyphen is part of a longer name ("Wave-U-Net",
    "Glow-TTS", "Mini-ImageNet"): the compound takes the whole token and the name's type, and a one-word task
    so named is a system that does it ("Glow-TTS" is a Method). A known name of the same type before the hyphen
    makes a pair ("CNN-LSTM"; a task's name opens a model's, "QA-GNN"); a compound another rule found keeps
    its type ("on DukeMTMC-ReID"); metrics keep their qualifiers ("Macro-F1"), bound prefixes stay modifiers
    ("Multi-Task").

    >>> t = "We adapt Wave-U-Net and Glow-TTS for TTS, a CNN-LSTM, QA-GNN and a Multi-Task U-Net"
    >>> at = lambda w, k, r="lexicon": Candidate(t.index(w), t.index(w) + len(w), k, 60, r)
    >>> cs = [at("U-Net", T.METHOD), at("TTS", T.TASK), at("CNN", T.METHOD), at("LSTM", T.METHOD),
    ...       at("QA", T.TASK), at("GNN", T.METHOD)]
    >>> [(t[c.start:c.end], c.type.value) for c in compound_names(t, cs)]
    [('Wave-U-Net', 'Method'), ('Glow-TTS', 'Method'), ('CNN', 'Method'), ('LSTM', 'Method'), ('QA-GNN', 'Method')]
    """
    known = {(c.end, c.type) for c in cands if c.rule.startswith("lexicon") or c.rule == "grown"}
    spans = {(c.start, c.end) for c in cands}
    out, grown = [], []
    for c in cands:
        s = compound_prefix(text, c.start) if c.type is not T.METRIC else None
        if s is not None and (s, c.end) in spans:  # another rule found the compound: its type stands
            grown.append((s, c.end))
        elif s is not None and (c.start - 1, c.type) not in known:
            kind = T.METHOD if c.type is T.TASK and " " not in text[c.start:c.end] else c.type
            c = c._replace(start=s, type=kind, canonical=None, rule=_grown_rule(c.rule))
            grown.append((c.start, c.end))
        out.append(c)
    return [c for c in out if not any(a <= c.start and c.end <= b and (c.start, c.end) != (a, b) for a, b in grown)]


# --- tasks: qualifiers, means, "Joint X and Y" ---------------------------------------------------------------

#: Words that grade how well a task is done ("Efficient Person Search", "precise localization"): no part of it.
_GRADE = frozenset(EVALUATIVE | PRAISE | {
    "faster", "precise", "light-weight", "better", "high-quality", "high-performance", "simple", "novel", "new",
    "powerful", "well-known", "widely-used", "commonly-used", "popular", "imperfect"})
#: Words that say how a task is solved, not which task it is ("Learned Raw Denoising", "end-to-end semantic
#: human matting", "Neural Language Generation", "Real-time LiDAR Segmentation", "Single-stage Face Localisation"):
#: dropped when a task of two words or more remains.
_MEANS = frozenset({"learned", "learnt", "neural", "deep", "end-to-end", "autonomous", "automatic", "automated",
                    "learning-based", "real-time", "realtime", "large-scale", "one-stage", "single-stage", "two-stage",
                    "multi-stage",
                    "data-driven", "model-based", "network-based", "cnn-based", "dnn-based"})
_GRADE_KEYS = frozenset(w.replace("-", "") for w in _GRADE)
_MEANS_KEYS = frozenset(w.replace("-", "") for w in _MEANS)
#: Rules that read a task off a phrase's position or head word (a coined name or a lexicon entry keeps its words).
_TASK_PHRASE_RULES = frozenset({"head", "object", "task-context", "list", "title-task"})
#: Rules a system's own name can come from (a coined name, a long form, a phrase).
_OWN_RULES = frozenset(_TASK_PHRASE_RULES | {"acronym", "named", "title-name", "titlecase"})
_WORD = re.compile(r"[^\s]+")
_KIND_OR_FIELD = frozenset(KIND_HEADS | FIELD_WORDS)
#: In a title, a phrase after these is how the paper works, not what it works on ("... with Sentence Reconstruction",
#: "Pedestrian Detection Based on Body Keypoint Localization").
_MEANS_BEFORE = re.compile(r"\b(?:with|via|using|through|by|based\s+on)\s+$", re.I)
#: In a title, "of" and a word after a task phrase: the phrase is a process noun whose object follows ("Joint
#: Understanding of Tabular Data", "Memory-Optimized Training of DNNs"); the task is the whole, no phrase rule's span.
_OF_AFTER = re.compile(r"\s+of\s+[\w\-]")
#: In a title, a second process and "of" after a task phrase: the pair shares the object that follows
#: ("Simultaneous Segmentation and Classification of Nuclei", "Dense Detection and Description of 3D Features"),
#: so the first half alone is cut short of it, as with :data:`_OF_AFTER`.
_AND_OF_AFTER = re.compile(r"\s+and\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s+of\s+[\w\-]")
#: In running text, a part of a system right before "for": "a Center Branch for instance center detection", "a
#: post-processing step for center localization": the task phrase after it is a step inside the paper's own
#: model, not a research task (a title's "Attention Module for X" names its task; "a loss for X" was left out: on
#: the arXiv build two of three were the task the loss serves, "general-purpose losses for visual classification").
_PART_FOR = re.compile(r"\b(?:branch(?:es)?|heads?|stages?|steps?|layers?|sub-?networks?|blocks?|units?)"
                       r"\s+for\s+(?:(?:the|an?)\s+)?$", re.I)
#: A phrase that starts by saying it is an annotation: "the ground-truth segmentation" is a label map, no task.
_ANNOTATION_START = re.compile(r"(?:ground[\s\-]?truth|groundtruth)\s", re.I)
#: "we propose a X", "we present an X", "it implements a novel X": a task is no countable thing a paper proposes; X names a technique.
_PROPOSE_A = re.compile(r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|develop(?:s|ed)?|design(?:s|ed)?|"
                        r"devise[sd]?|implement(?:s|ed)?)\s+(?:a|an)\s+(?:(?!(?:for|to|of|on|in|and|or|with)\b)[\w\-]+\s+){0,2}$", re.I)
#: After a task phrase, the thing it describes: "the generated segmentation maps", "pixel-level segmentation
#: masks", "the test time recognition accuracy" (a phrase rule's task there names an output or a measure).
_OUTPUT_AFTER = re.compile(r" (?:masks?|maps?|results?|outputs?|labels?|annotations?|accuracy|accuracies|errors?)\b")
#: "The proposed system, X (ACR)", "our framework, X": a name put in apposition to the paper's own system.
_OWN_SYSTEM_BEFORE = re.compile(r"\b(?:the\s+proposed|our(?:\s+proposed)?|a\s+(?:new|novel))\s+(?:system|model|method|"
                                r"framework|network|architecture|approach|algorithm|module|technique)s?\s*,?\s*"
                                r"(?:(?:called|named|dubbed|termed)\s+)?(?:[A-Z][\w\-]*\s*\(\s*)?$", re.I)
#: A system noun before "for" inside a name: "Clue Refining Network for Video Object Segmentation",
#: "Encoder-Decoder scheme for Anomaly Detection" name a technique for a task, not the task.
_SYSTEM_FOR = re.compile(r"\S\s+(?:" + "|".join(sorted(KIND_HEADS | {"scheme", "schemes", "module", "modules",
                                                                    "pipeline", "mechanism"})) + r")\s+for\s", re.I)
#: "We propose HyperML (Hyperbolic Metric Learning)": the long form of a name the paper proposes.
_PROPOSE_NAME_PAREN = re.compile(r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?)\s+[A-Z][\w\-]*\s*\(\s*$", re.I)
_JOINT_AND = re.compile(r" and ((?:[A-Za-z][\w\-]*)(?: (?!(?:with|via|using|for|in|on|from|by|through|under|of|and)\b)"
                        r"[A-Za-z][\w\-]*){0,3})")


#: Rules whose one-word task is a lexicon entry matched wherever the word stands ("forecasting", "reasoning").
_BARE_TASK_RULES = frozenset({"lexicon", "lexicon-gen"})


def bare_task_words(text: str, cands: list[Candidate], verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """A one-word lexicon task written in lower case after a modifier takes it: "pose forecasting",
    "numerical reasoning", "subspace clustering" name the task, the bare head word only a family of tasks
    (on the arXiv build "reasoning" gathered 207 papers of "multi-hop", "physical", "context" reasoning). The
    modifier is read as :func:`kg.extract.rules.head_phrases` reads them, the nearest one only (further words,
    "long-term temporal reasoning", "favor KB reasoning", were as often a verb or a grade as a narrower task,
    and the nearest alone recurs across papers), and the phrase is a phrase rule's guess (rule ``head``),
    qualifiers trimmed by :func:`trim_tasks`. A longer candidate over the word (a
    lexicon name, a coined name) keeps it; a head phrase over it is the same phrase and replaces it; a thing
    noun after it ("a multi-hop reasoning method") makes the words before a name's, not the task's.

    >>> t = "We evaluate body pose forecasting, multi-step numerical reasoning and reasoning about time series forecasting."
    >>> at = lambda i, w: Candidate(i, i + len(w), T.TASK, 60, "lexicon")
    >>> head = Candidate(t.index("body"), t.index(","), T.TASK, 30, "head")
    >>> long = Candidate(t.index("time"), len(t) - 1, T.TASK, 80, "lexicon")
    >>> [(t[c.start:c.end], c.rule) for c in bare_task_words(t, [at(t.index("forecasting"), "forecasting"), head,
    ...     at(t.index("reasoning"), "reasoning"), at(t.rindex("reasoning"), "reasoning"),
    ...     at(t.rindex("forecasting"), "forecasting"), long])]
    [('body pose forecasting', 'head'), ('numerical reasoning', 'head'), ('reasoning', 'lexicon'), ('forecasting', 'lexicon'), ('time series forecasting', 'lexicon')]
    """
    out = []
    for c in cands:
        word = text[c.start:c.end]
        if c.type is not T.TASK or c.rule not in _BARE_TASK_RULES or not word.isalpha() or not word.islower() \
                or (_ONE_ING.fullmatch(word) and _VERB_ING_AFTER.match(text, c.end)):
            out.append(c)  # "the loss stemming from ...": a participle, :func:`trim_tasks` drops it
            continue
        covers = [d for d in cands if d.start <= c.start and d.end >= c.end and d.end - d.start > c.end - c.start]
        if any(d.rule == "head" and d.end == c.end and d.type is T.TASK for d in covers):
            continue  # the head phrase over the word is the task
        start = c.start if covers or _modifies_a_thing(text, c.end) else task_modifiers_start(text, c.start, verbs)
        start = max(start, text.rfind(" ", start, c.start - 1) + 1)  # the nearest modifier only
        out.append(c._replace(start=start, rule="head", canonical=None) if start < c.start else c)
    return out


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+) $")
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def opened_tasks(text: str, cands: list[Candidate], openers: frozenset[tuple[str, str]]) -> list[Candidate]:
    """A task candidate takes the stop word before it when the two open Task lexicon names together
    (``openers``, :func:`kg.extract.rules.task_openers`): "single image super-resolution", "open world
    object detection", not "image super-resolution" after a stray "single"; after an article the word counts
    ("a single image transformation", :func:`kg.extract.rules.counted`). A lexicon match so grown is a
    phrase rule's guess (rule ``head``) with no canonical name of its own.

    >>> t = "We study single image denoising and a single network."
    >>> c = [Candidate(t.index("image"), t.index(" and"), T.TASK, 60, "lexicon", "image denoising")]
    >>> [(t[x.start:x.end], x.rule) for x in opened_tasks(t, c, frozenset({("single", "image")}))]
    [('single image denoising', 'head')]
    """
    if not openers:
        return cands
    out = []
    for c in cands:
        m = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start) if c.type is T.TASK else None
        first = _FIRST_WORD.match(text, c.start) if m else None
        if first is not None and (m.group(1).lower(), first.group(0).lower()) in openers \
                and not counted(text, m.start(1)):
            c = c._replace(start=m.start(1), rule="head", canonical=None)
        out.append(c)
    return out


#: The means words (:data:`_MEANS`) and grades (:data:`_GRADE`) that set how fast or how large a task is run,
#: compared without hyphens and spaces ("Real-Time", "real time", "large-scale", "lightweight"): an operating
#: setting, not the task's identity (unlike "multi-object", "few-shot", "semi-supervised", "neural").
_SETTING_KEYS = frozenset({"realtime", "largescale", "lightweight"})
#: The first two words of a name, for :func:`setting_led_tasks` ("Real-Time Object", "large scale image").
_TWO_WORDS = re.compile(r"(\S+)(?:\s+(\S+))?")


def setting_led_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lexicon task (or a Title Case run :func:`kg.extract.context.merge_name_fragments` grew over one) led by a
    setting word (:data:`_SETTING_KEYS`) gives way to the task it leads when another Task candidate names the
    rest: "Real-Time Multi-Object Tracking" is multi-object tracking run in real time, "large-scale image
    classification" is image classification. A name whose rest is no task stays ("real-time strategy games"),
    and so does one a name of another kind overlaps ("YouTube-8M Large-Scale Video Understanding dataset").

    >>> t = "We run real-time object detection on phones."
    >>> c = [Candidate(7, 33, T.TASK, 60, "lexicon-gen"), Candidate(17, 33, T.TASK, 60, "lexicon")]
    >>> [t[x.start:x.end] for x in setting_led_tasks(t, c)]
    ['object detection']
    """
    spans = {(c.start, c.end) for c in cands if c.type is T.TASK}
    led = [c for c in cands if c.type is T.TASK and (c.rule.startswith("lexicon") or c.rule == "titlecase")
           and (_setting_rest(text, c), c.end) in spans]
    if not led:
        return cands
    others = [(c.start, c.end) for c in cands if c.type is not T.TASK]
    # a name of another kind over the setting word ("YouTube-8M Large-Scale Video ..."): the long task keeps it
    gone = {id(c) for c in led if not any(s < _setting_rest(text, c) and c.start < e for s, e in others)}
    return [c for c in cands if id(c) not in gone]


def _setting_rest(text: str, c: Candidate) -> int:
    """Where a task name's words after its leading setting word start, or -1 without one."""
    m = _TWO_WORDS.match(text, c.start, c.end)
    if m is None:
        return -1
    if m.group(1).lower().replace("-", "") in _SETTING_KEYS:
        return m.start(2) if m.group(2) else -1
    if m.group(2) and (m.group(1) + m.group(2)).lower() in _SETTING_KEYS:  # "real time", "large scale"
        return _WORD.search(text, m.end(), c.end).start() if _WORD.search(text, m.end(), c.end) else -1
    return -1


#: A direction between two kinds of data and no process noun of its own ("text-to-video", "graph to sequence").
_DIRECTION = re.compile(r"[A-Za-z0-9]+[\s\-]to[\s\-][A-Za-z0-9]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w\-]*)")
#: "and" or "or", a second direction and the process noun the two share ("and video-to-text retrieval").
_AND_DIRECTION = re.compile(r"\s+(?:and|or)\s+[A-Za-z0-9]+[\s\-]to[\s\-][A-Za-z0-9]+\s+([A-Za-z][\w\-]*)")
#: A direction's first half joined by a hyphen right before a name ("video-to-" of "video-to-text retrieval").
_DIRECTION_BEFORE = re.compile(r"(?<![\w\-])[A-Za-z0-9]+-to-$")


def direction_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lexicon task named by a direction alone ("text-to-video" for text-to-video generation) names another
    task when a process noun other than the lexicon name's follows: "text-to-video retrieval" is that task, and the first half of
    "text-to-video and video-to-text retrieval" is retrieval too, no generation (it goes); a lexicon task after a
    direction's first half and a hyphen takes it ("video-to-text retrieval", not "text retrieval"). A lexicon
    name that is a direction alone ("text-to-SQL") stays whatever follows. What the
    text so names is a phrase rule's guess (rule ``head``) with no canonical name of its own.

    >>> t = "We test text-to-video alignment and text-to-video and video-to-text retrieval."
    >>> c = [Candidate(t.index("text-to-video"), t.index(" alignment"), T.TASK, 60, "lexicon", "text-to-video generation"),
    ...      Candidate(t.index("text-to-video and"), t.index(" and video"), T.TASK, 60, "lexicon", "text-to-video generation"),
    ...      Candidate(t.index("text retrieval"), len(t) - 1, T.TASK, 60, "lexicon")]
    >>> [t[x.start:x.end] for x in direction_tasks(t, c)]
    ['text-to-video alignment', 'video-to-text retrieval']
    """
    out = []
    spans = {(c.start, c.end) for c in cands if c.type is T.TASK}
    for c in cands:
        if c.type is not T.TASK or not c.rule.startswith("lexicon"):
            out.append(c)
            continue
        if not _DIRECTION.fullmatch(text, c.start, c.end):
            m = _DIRECTION_BEFORE.search(text, max(0, c.start - 30), c.start) if text[c.start - 1:c.start] == "-" else None
            out.append(c._replace(start=m.start(), rule="head", canonical=None) if m else c)
            continue
        own = (c.canonical or "").lower().rsplit(" ", 1)[-1]  # the process noun the lexicon's name has
        if own not in TASK_HEADS:  # the direction is the task's name ("text-to-SQL"): a noun after it adds nothing
            out.append(c)
            continue
        m = _NEXT_WORD.match(text, c.end)
        if m and m.group(1).lower() in TASK_HEADS and m.group(1).lower() != own:
            if (c.start, m.end(1)) not in spans:  # a longer lexicon name there ("text-to-image synthesis") stands
                c = c._replace(end=m.end(1), rule="head", canonical=None)  # "text-to-video retrieval"
        else:
            m = _AND_DIRECTION.match(text, c.end)
            if m and m.group(1).lower() in TASK_HEADS and m.group(1).lower() != own:
                continue  # "text-to-video and video-to-text retrieval": the first half of another task
        out.append(c)
    return out


#: A granularity the task works at right before it ("graph-level ", "document-level "); not a bound prefix's
#: grade ("high-level", "multi-level": :data:`_BOUND_PREFIXES`).
_LEVEL_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z]+)-level\s+$")
#: A person whose skill a level names ("human-level", "expert-level", "radiologist-level"): how well, not at what grain.
_PERSON_LEVEL = re.compile(r"(?:human|superhuman|expert|[a-z]+(?:ist|ian))", re.I)


def level_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lexicon task takes the granularity written before it: "graph-level property prediction" and
    "document-level relation extraction" are tasks of their own, of which "property prediction" is a cut; a
    bound prefix's grade is no granularity ("high-level semantic segmentation"), nor is a person's skill
    ("expert-level"). Run after :func:`kg.extract.context.merge_name_fragments`, so a longer Title Case name over
    both stays whole. What the text so names is a
    phrase rule's guess (rule ``head``) with no canonical name of its own.

    >>> t = "We study graph-level property prediction and high-level image retrieval."
    >>> c = [Candidate(t.index("property"), t.index(" and"), T.TASK, 60, "lexicon-gen", "Property Prediction"),
    ...      Candidate(t.index("image"), len(t) - 1, T.TASK, 60, "lexicon")]
    >>> [t[x.start:x.end] for x in level_tasks(t, c)]
    ['graph-level property prediction', 'image retrieval']
    """
    out = []
    for c in cands:
        m = _LEVEL_BEFORE.search(text, max(0, c.start - 30), c.start) \
            if c.type is T.TASK and c.rule.startswith("lexicon") and text[c.start - 1:c.start].isspace() else None
        if m and m.group(1).lower() not in _BOUND_PREFIXES and not _PERSON_LEVEL.fullmatch(m.group(1)):
            c = c._replace(start=m.start(1), rule="head", canonical=None)
        out.append(c)
    return out


def trim_tasks(text: str, cands: list[Candidate], title_end: int) -> list[Candidate]:
    """Task candidates cut to the task they name: grading and means qualifiers dropped from the front,
    a title's means and a proposed "a X" no task, "Joint X" with its "and Y".

    >>> t = "Efficient Person Search with Sentence Reconstruction\\n\\nWe need precise localization. We propose a pooling segmentation."
    >>> at = lambda w, rule: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 30, rule)
    >>> c = [at("Efficient Person Search", "title-task"), at("Sentence Reconstruction", "head"),
    ...      at("precise localization", "head"), at("pooling segmentation", "head")]
    >>> [(t[x.start:x.end], x.type.value) for x in trim_tasks(t, c, 52)]
    [('Person Search', 'Task'), ('pooling segmentation', 'Method')]
    >>> t = "The proposed system, Knowledgeable External Attention for commonsense Reasoning (KEAR), wins."
    >>> [x.type.value for x in trim_tasks(t, [Candidate(21, 79, T.TASK, 70, "acronym")], 0)]
    ['Method']
    >>> t = "We introduce a new multi-human parsing (MHP) dataset."
    >>> [x.type.value for x in trim_tasks(t, [Candidate(21, 38, T.TASK, 70, "acronym")], 0)]
    ['Task']
    """
    out = []
    lead = _method_ends(cands)
    for c in cands:
        if c.type is T.TASK and c.rule != "lexicon":
            c = _whole_prefix(text, c)  # "Semi-[Supervised Defect Detection]"
        if c.type is T.TASK and c.rule in _OWN_RULES and not _about_data(text, c) and (
                _SYSTEM_FOR.search(text, c.start, c.end)
                or _OWN_SYSTEM_BEFORE.search(text, max(0, c.start - 50), c.start)
                or _technique_use(text, c)
                or _PROPOSE_NAME_PAREN.search(text, max(0, c.start - 40), c.start)
                or _proposed_here(text, c)
                or (_PROPOSE_A.search(text, max(0, c.start - 40), c.start)
                    and (not _KIND_AFTER.match(text, c.end) or _title_case_end(text, c)))):
            out.append(c._replace(type=T.METHOD))  # "The proposed system, Knowledgeable ... Reasoning (KEAR)"
            continue
        if c.type is T.TASK and c.rule in _MEANS_RULES and _VERB_ING_AFTER.match(text, c.end) and \
                _ONE_ING.fullmatch(text[c.start:c.end]):
            continue  # "the loss stemming from ...", "errors resulting in ...": a verb's participle
        if c.type is T.TASK and c.rule in _MEANS_RULES and _used_as_means(text, c):
            out.append(c._replace(type=T.METHOD))  # "segmented via tokenization": a technique the paper applies
            continue
        if c.type is not T.TASK or c.rule not in _TASK_PHRASE_RULES:
            out.append(c)
            continue
        if c.start < title_end and _MEANS_BEFORE.search(text, max(0, c.start - 10), c.start):
            continue  # "Relation Extraction with Sentence Reconstruction": the means, not the task
        if c.end <= title_end and (_OF_AFTER.match(text, c.end) or _AND_OF_AFTER.match(text, c.end, title_end)):
            continue  # "Automatic Extraction of Results": a process whose object follows, no task by itself
        if c.start >= title_end and _PART_FOR.search(text, max(0, c.start - 40), c.start):
            continue  # "Box Branch for spatial extent detection": a step of the paper's model
        if c.rule == "head" and c.end <= title_end and _title_method(text[:title_end], c):
            continue  # "PPDM: Parallel Point Detection and Matching for ...": the method's long form
        if c.rule == "head" and (_OUTPUT_AFTER.match(text, c.end) or _ANNOTATION_START.match(text, c.start)):
            continue  # "the generated segmentation maps", "the ground-truth segmentation": an output, not a task
        if _PLURAL_PROCESS.search(text, c.start, c.end + 1 if text[c.end:c.end + 1] == "s" else c.end):
            continue  # "mapping Radar detections to the image": outputs, not a task
        t = _after_technique(text, c, lead.get(c.start, -1))
        if t is not c and _PROCESS_NOUN.fullmatch(text[t.start:t.end].lower()):
            continue  # "Transformer Tracking": a technique and a bare process noun name no task
        c = _trim_front(text, t)
        if c is None:
            continue
        j = _JOINT_AND.match(text, c.end) if text[c.start:c.start + 6].lower() == "joint " else None
        if j and (c.start >= title_end or j.end() <= title_end):
            c = c._replace(end=j.end(), canonical=None)
        out.append(c)
    return out


_DATA_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:datasets?|benchmarks?|corpus|corpora|database|challenge)\b",
                         re.I)


#: A kind noun after a task phrase: "a single-stage HOI detection method" is a method for the task.
_KIND_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:" + "|".join(sorted(KIND_HEADS)) + r")\b", re.I)


#: Words before a phrase that make it the means of what the sentence does: "via video propagation", "fitted by
#: maximum likelihood estimation", "we apply tensor decomposition", "based on tokenization".
_MEANS_VERB = re.compile(r"(?:\b(?:via|using|based\s+on|by\s+means\s+of|(?:(?:is|are|was|were)\s+)?(?:trained|fitted|learned|"
                         r"learnt|optimized|estimated|obtained|computed|solved)\s+(?:by|with|through)|(?:apply|applies|"
                         r"applied|applying|employ|employs|employed|employing|leverage|leverages|leveraged|leveraging|"
                         r"adopt|adopts|adopted|adopting)|(?:by|through)\s+(?:applying|employing|using|leveraging))"
                         r"\s+(?:(?:a|an|the)\s+)?)$", re.I)
#: Rules whose Task comes from a generated lexicon entry or a phrase: the words around may say it is a technique.
_MEANS_RULES = frozenset({"lexicon-gen", "head"})
#: What may follow a technique used as a means: the end of a clause, a citation, or a function word ("via
#: tokenization.", "using tensor decomposition and ...", "based on metric learning [12], which ..."); a noun
#: instead makes the phrase its modifier ("using object detection models", "sentence-completion questions").
_MEANS_END = re.compile(r"\s*(?:$|[.,;:)\]]|\[|\((?!\s*[a-z])|[A-Z]|(?:and|or|to|for|of|in|on|with|that|which|"
                        r"instead|as|from|is|are|was|were|has|have|can|could|will|would|may|might|should|between|"
                        r"at|into|over|under|across|where|while|whereas|so|than|rather|without|has|its|their)\b)")


#: One lower-case -ing word, and a preposition after it that a participle takes ("stemming from", "resulting in").
_ONE_ING = re.compile(r"[a-z]+ing")
_VERB_ING_AFTER = re.compile(r"\s+(?:from|in|into)\s+(?!(?:the\s+)?(?:wild|videos?|images?|text|real)\b)")


def _used_as_means(text: str, c: Candidate) -> bool:
    """Whether a task phrase is the means of what its sentence does ("improve segmentation via video propagation",
    "we apply tensor decomposition", "fitted by maximum likelihood estimation"): a technique there, not a task
    (unless a kind or task word after it makes it a modifier: "using object detection models").

    >>> t = "We segment words via tokenization. We use a detection model via object detection networks."
    >>> _used_as_means(t, Candidate(21, 33, T.TASK, 30, "lexicon-gen"))
    True
    >>> _used_as_means(t, Candidate(t.index("object"), t.index(" networks"), T.TASK, 30, "lexicon-gen"))
    False
    """
    if _MEANS_VERB.search(text, max(0, c.start - 40), c.start) is None or _MEANS_END.match(text, c.end) is None:
        return False
    return not _AUX_TASK.match(text, c.end)


#: "using semantic segmentation as an auxiliary task": still a task, used to help another.
_AUX_TASK = re.compile(r"\s+as\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:tasks?|problems?|objectives?)\b", re.I)


#: "the proposed X", "our proposed X": what a paper proposes is a technique, a task is posed, not proposed.
_PROPOSED_BEFORE = re.compile(r"\b(?:the|our)\s+(?:newly\s+)?proposed\s+$", re.I)
#: After a phrase: "X is proposed", "X and Y are devised" (not "introduced": "WSSS is introduced to narrow the gap"
#: poses a task); or "X (ACR), a framework ...", a named thing in apposition to a kind noun, past a few modifiers
#: ("a novel and general example weighting approach") but no task word or clause ("a hard problem that needs
#: models"). ("X is a ... approach" was tried: on arXiv it made Methods of more tasks than it mended.)
_PROPOSED_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:is|are|was|were)\s+(?:also\s+|first\s+)?(?:proposed|developed|"
                             r"devised|designed)\b|\s*\([^()]{1,15}\)\s*[,:]\s*(?:a|an)\s+"
                             r"(?:(?!(?:tasks?|problems?|challenges?|that|which|where|whose|to|of|for|in|on|with|by|from|"
                             r"as)\b)[\w\-]+\s+){0,5}(?:"
                             + "|".join(sorted(KIND_HEADS | {"module", "modules", "scheme", "pipeline", "mechanism", "strategy",
                                                             "loss", "layer", "procedure", "formulation"}))
                             + r")\b", re.I)
#: A kind noun right before a capitalised phrase: the phrase is that method's name ("method Cycle Translation").
_KIND_BEFORE = re.compile(r"(?<![\w\-])(?:method|approach|model|framework|algorithm|technique|strategy|module|network|"
                          r"architecture|mechanism|scheme) +$", re.I)  # (on one line: not a title's last word before the abstract)
#: A task word after "the proposed X": a task the paper poses ("the proposed self-supervised detection task").
_TASK_WORD_AFTER = re.compile(r"\s+(?:tasks?|problems?|challenges?|benchmarks?|datasets?)\b", re.I)


def _proposed_here(text: str, c: Candidate) -> bool:
    """Whether the sentence presents a phrase as something proposed: "the proposed X", "X is proposed",
    "X (ACR), a framework with ...": a technique the paper makes, not a task it works on.

    >>> t = "We introduce glyph routing navigation (GRN), a framework with two parts. It beats glyph tracking."
    >>> _proposed_here(t, Candidate(13, 37, T.TASK, 70, "acronym")), _proposed_here(t, Candidate(80, 94, T.TASK, 30, "head"))
    (True, False)
    """
    if _PROPOSED_BEFORE.search(text, max(0, c.start - 30), c.start):
        return not _TASK_WORD_AFTER.match(text, c.end)
    if text[c.start:c.start + 1].isupper() and _KIND_BEFORE.search(text, max(0, c.start - 20), c.start):
        return True  # "a novel augmentation method Cycle Translation": the kind noun's name
    return _PROPOSED_AFTER.match(text, c.end) is not None


#: Inside a phrase: "T for U", "T via U" name a technique for a task ("Multiview Transformer for Video
#: Recognition", "Regression via Classification"), no task.
_INNER_FOR = re.compile(r" (?:for|via) ", re.I)
#: The acronym in parentheses right after a long form: "Masked Frame Modeling (MFM)".
_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][\w\-]{0,11})\)")
#: What a technique's acronym is written before: "MFM objectives", "the PEM losses", "a WR process".
_TECHNIQUE_PART = (r"\)?\s+(?:loss(?:es)?|objectives?|process|layers?|modules?|blocks?|regulari[sz]ers?|"
                   r"regulari[sz]ation|operations?|operators?)\b")
#: Before a phrase in its sentence: it is one of the tasks a model is pre-trained on ("two new pre-training tasks:
#: (i) Frame Order Modeling"), an objective done to train a model, no task the paper addresses.
_PRETEXT_BEFORE = re.compile(r"\b(?:pre-?training|pretext|proxy|self-supervised)\s+(?:tasks?|objectives?)\b(?:(?!\b(?:on|in|"
                             r"for|to|of|with|achiev\w*|outperform\w*|improv\w*|evaluat\w*|show\w*)\b)[^.;!?]){0,100}$", re.I)


def _technique_use(text: str, c: Candidate) -> bool:
    """Whether a task phrase is written as a technique: "T for U" or "T via U" inside it, its acronym
    before a part or an objective ("Masked Frame Modeling (MFM) objectives", "PEM losses"), or a
    pre-training task ("we design two pre-training tasks: (i) Frame Order Modeling (FOM) ...").

    >>> t = "We add Glyph Order Modeling (GOM) objectives and Stroke Recovery (SR). SR losses help glyph parsing."
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 70, "acronym")
    >>> [_technique_use(t, at(w)) for w in ("Glyph Order Modeling", "Stroke Recovery", "glyph parsing")]
    [True, True, False]
    >>> t = "We design a pre-training task, glyph matching (GM), and the Script Transformer for Glyph Parsing."
    >>> [_technique_use(t, at(w)) for w in ("glyph matching", "Script Transformer for Glyph Parsing")]
    [True, True]
    >>> t = "We add two pretext tasks and improve glyph parsing."
    >>> _technique_use(t, at("glyph parsing"))
    False
    """
    if _INNER_FOR.search(text, c.start, c.end):
        return True
    p = _PAREN_ACRONYM.match(text, c.end)
    if p and re.search(r"(?<![\w\-])" + re.escape(p.group(1)) + _TECHNIQUE_PART, text, re.I):
        return True
    return _PRETEXT_BEFORE.search(text, max(0, c.start - 150), c.start) is not None


def _about_data(text: str, c: Candidate) -> bool:
    """Whether a phrase names data: a data word in it ("a new Reading Comprehension dataset requiring ...")
    or right after it ("a new multi-human parsing (MHP) dataset")."""
    return bool(DATASET_CUES.search(text, c.start, c.end) or _DATA_AFTER.match(text, c.end))


def _title_method(title: str, c: Candidate) -> bool:
    """Whether a title's phrase right after "ACRO: " spells the acronym out (maybe with its "and Y"), or is
    followed by "for <task>": the paper's method, as :func:`kg.extract.context.tasks.title_task_np` reads it."""
    from kg.extract.context.tasks import _names_its_method  # noqa: PLC0415 (context imports this module)

    colon = title.find(": ")
    if colon < 0 or title[colon + 2:c.start].strip():
        return False
    return _names_its_method(title, colon, c.start, c.end)


_HYPHEN_PREFIX = re.compile(r"(?<![\w\-])(?!(?:Terms|Keywords|Index)-)[A-Za-z]+-$")  # not "Index Terms-X"


def _whole_prefix(text: str, c: Candidate) -> Candidate:
    """A task phrase with the prefix a hyphen joins to its first word ("Semi-[Supervised Defect Detection]"
    is "Semi-Supervised Defect Detection")."""
    m = _HYPHEN_PREFIX.search(text, max(0, c.start - 20), c.start) if text[c.start - 1:c.start] == "-" else None
    return c._replace(start=m.start(), canonical=None, rule=_grown_rule(c.rule)) if m else c


def _title_case_end(text: str, c: Candidate) -> bool:
    """Whether a phrase ends in a capitalised word: a Title Case name ("Cycle-Consistent Adversarial Domain
    Adaptation model" is the model's name), not a task phrase before a kind noun ("HOI detection method")."""
    m = _LAST_WORD.search(text, c.start, c.end)
    return m is not None and m.group(0)[:1].isupper() and " " in text[c.start:c.end]


#: Plural heads of process nouns: "Radar detections", "the segmentations": outputs of a process, no task.
_PLURAL_PROCESS = re.compile(r"(?:tion|sion|ment)s$")


#: A negated quality ("unreliable", "inadequate", "imprecise", "insufficient"): how well a task is done, not
#: which task; a negated participle ("unsupervised", "unpaired") names a setting and stays.
_NEGATED_GRADE = re.compile(r"(?!inter|intel|indep|immed|intimate|innate|invert)(?:un|in|im|ir)[a-z]{3,}(?:able|ible|ate|ent|ete|ise|ure)")


#: A bare process noun ("detection", "extraction", "recognition", "learning", "modeling").
_PROCESS_NOUN = re.compile(r"[a-z]+(?:tion|sion|ment|ing|sis)")


_BARE_PLURAL = re.compile(r"[a-z\-]+(?<![sui])(?<!ic)s")


def _method_ends(cands: list[Candidate]) -> dict[int, int]:
    """Where each technique's lexicon name starts -> where the longest ends ("Transformer" of "Transformer
    Tracking"), for :func:`_after_technique`."""
    lead: dict[int, int] = {}
    for d in cands:
        if d.type is T.METHOD and d.rule.startswith("lexicon") and d.end > lead.get(d.start, -1):
            lead[d.start] = d.end
    return lead


#: A technique's name and "based" before a task: "BERT Based Reading Comprehension".
_BASED = re.compile(r"[\s\-]+based\s+", re.I)


def _after_technique(text: str, c: Candidate, method_end: int) -> Candidate:
    """A task phrase without the technique's lexicon name it opens on (ending at ``method_end``):
    "Transformer Tracking", "LSTM CCG Parsing", "BERT Based Reading Comprehension" are a technique applied
    to a task; the task is the rest (a bare process noun is then no task: :func:`_trim_front`).

    >>> t = "LSTM CCG Parsing and BERT Based Glyph Reading"
    >>> [t[x.start:x.end] for x in (_after_technique(t, Candidate(0, 16, T.TASK, 70, "title-task"), 4),
    ...                             _after_technique(t, Candidate(21, 45, T.TASK, 70, "title-task"), 25))]
    ['CCG Parsing', 'Glyph Reading']
    """
    if not c.start < method_end < c.end or text[method_end:method_end + 1] not in (" ", "-"):
        return c
    b = _BASED.match(text, method_end)
    start = b.end() if b else method_end + 1
    return c._replace(start=start, canonical=None) if start < c.end else c


def _trim_front(text: str, c: Candidate) -> Candidate | None:
    """A task without its leading grading or means words (compared without hyphens, so a line-break glitch
    such as "endto-end" is still "end-to-end"); ``None`` when only a grade and one word were there."""
    words = list(_WORD.finditer(text, c.start, c.end))
    first = 0
    graded = False
    if len(words) > 4 and " ".join(w.group(0).lower() for w in words[:3]) == "end to end":
        first = 3  # "End to End Video Clip Retrieval"
    while first < len(words) - 1:
        key = words[first].group(0).lower().replace("-", "")
        if key in _GRADE_KEYS or _NEGATED_GRADE.fullmatch(key):
            graded = True
        elif key not in _MEANS_KEYS:
            break
        first += 1
    if first == 0 or (words[first - 1].group(0).lower() in FIELD_WORDS and words[first].group(0).lower() in _KIND_OR_FIELD):
        return c  # "Neural Network Transition-Based Parsing": "neural" belongs to "Neural Network"
    if len(words) - first >= 2:
        return c._replace(start=words[first].start(), canonical=None)
    # "Automatic detection", "Automatic Extraction": a means word and a bare process noun name no task either;
    # nor does a plural noun ("Deep Embeddings"): things a method makes, no task ("Robotics", "Analysis" stay)
    last = words[first].group(0).lower()
    return None if graded or _PROCESS_NOUN.fullmatch(last) or _BARE_PLURAL.fullmatch(last) else c
