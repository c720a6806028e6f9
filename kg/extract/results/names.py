"""Extra candidates results read beyond the paper's entities.

Metric names of kg's curated table that no entity covers (:func:`metric_words`, rule "metric-word"), a summary
score in a value's slot ("an overall score of 81.2": :func:`summary_scores`, rule "summary-score"), names
a sentence opens on ("On DSTC2, ...": :func:`on_datasets`, rule "on-name"), Method-typed names the text
calls data ("the Switchboard and CallHome sets": :func:`called_datasets`, rule "called-data"), names no entity covers
before a data noun ("the Movie Talk data set": :func:`noun_named_data`, rule "noun-data"), a lexicon's dataset name an
acronym's parenthesis splits ("(WSJ) eval92": :func:`acronym_split_data`), names an arrow joins as an adaptation's
source and target ("HMDB → UCF": :func:`arrow_datasets`, rule "arrow-data"), Task-typed names that go on with a
version ("VQA v2.0": :func:`versioned_tasks`, rule "versioned-task"), and Method-typed names that
are metrics kg knows (:func:`metric_word`). They serve results only: they are not entities of the paper.
:func:`known_metric` (a word of the curated table, singular or plural) also tells counts from scores in
:mod:`.values`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.boundaries import ADAPTS_TO, ARROWS, LANGUAGE, LANGUAGE_PAIR, NAMED_SPLIT, RESULT_SPLIT, singular_head
from kg.extract.figure_lists import figure_lists
from kg.extract.rules import CITATION_BRACKET, CLOSING_GLUE, Candidate, opens_clause
from kg.extract.results.title import verb_words
from kg.link.lexicon_rows import common_words
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


#: "On NTU RGB-D, ...", "On the DSTC2 test set, ...": a sentence that opens on a name it evaluates on
_ON_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))\s*On (?:the )?([A-Z][\w.+/'-]*(?: [A-Z0-9][\w.+/'-]*){0,3})"
                      r"(?: (?:dataset|benchmark|corpus|test set|val(?:idation)? set|test-dev))?\s*(?:\[\d+\]\s*)?,")


def on_datasets(text: str, ents: list) -> list[Candidate]:
    """Names a sentence opens on ("On DSTC2, our model obtains 74.5%") that no entity covers, as Dataset
    candidates for results only (rule "on-name").

    >>> [text[c.start:c.end] for text in ["We test it. On DSTC2, it gets 74.5%."] for c in on_datasets(text, [])]
    ['DSTC2']
    """
    out = []
    for m in _ON_NAME.finditer(text):
        s, e = m.span(1)
        covering = [c for c in ents if c[0] < e and s < c[1]]
        if text[s:e].lower() in _NOT_ON_NAMES or any(c[2] is not T.METHOD or c[4] != "name" for c in covering):
            continue
        # a bare name the finder typed Method by default ("DSTC2") is what the sentence is on
        for c in covering or [Candidate(s, e, T.DATASET, 0, "on-name", None)]:
            out.append(Candidate(c[0], c[1], T.DATASET, 0, "on-name", None))
    return out


#: what a dataset's name goes on with: a year, a version, a task or track ("ICDAR 2015", "VQA 1.0 [2]",
#: "SemEval-2021 Task 4", "IWSLT '15")
_VERSION = re.compile(r"(?:[ -](?:(?:19|20)\d\d|[vV]\d+(?:\.\d+)?)(?![\w%]|\.\w)|\s?['’]\d\d(?![\w.%'’])|\s\d\.\d(?=\s*[\[(,]|\s+(?:dataset|benchmark|"
                      r"challenge|test|val|dev|set|split|open|task)\b)|\s(?:Task|Track|Subtask|Part)\s?[A-Z\d]\b)+")
#: the language pair a translation set's version goes on with: "IWSLT '15 English-Vietnamese", "WMT'15 English to German"
_PAIR = re.compile(rf"\s{LANGUAGE_PAIR}")
#: a split right after a dataset's name ("COCO test-dev", "ADE20K val"), unless one of a list of splits ("COCO minival
#: and test-dev", "test-clean/other": which figure is on which split is the list's business)
SPLIT_AFTER = re.compile(rf"\s+({RESULT_SPLIT})"
                         rf"(?![\w-]|\s*/|\s*(?:,|and\b|or\b)\s*(?:the\s+)?(?:{NAMED_SPLIT}|test|dev|val)\b)")


def dataset_name(text: str, c, ents: list = ()) -> str:
    """A dataset as the text names it, with the year, version or task its name goes on with ("ICDAR 2015",
    not the series "ICDAR"): the longest name the text gives; a source or target of a domain adaptation the
    pair (:func:`adaptation_pair`).

    >>> dataset_name("on VQA 1.0 [2] and ICDAR 2015 Incidental", (3, 6))
    'VQA 1.0'
    >>> dataset_name("on IWSLT '15 English-Vietnamese.", (3, 8))
    "IWSLT '15 English-Vietnamese"
    >>> dataset_name("on Foo 2017 test-dev.", (3, 6))
    'Foo 2017 test-dev'
    >>> dataset_name("on the Foo 2014 English-to-German task", (7, 10))
    'Foo 2014 English-German'
    """
    if (pair := adaptation_pair(text, c, ents)) is not None:
        return pair
    m, end, pair = _version_and_pair(text, c)
    if pair:
        end = pair.end()  # (a set of one year and one language pair: "WMT'15 English to German")
    name = _PAIR_END.sub(_compound_pair, text[c[0]:end])  # ("English-to-German" written English-German)
    if (split := SPLIT_AFTER.match(text, end)) is not None:
        return f"{name} {split.group(1)}"  # "COCO test-dev": the split the figure is on
    if m is None and end == c[1] and (noun := _NOUN_VERSION.match(text, c[1])) is not None:
        return f"{name} {noun.group(1)}"  # "the Foo dataset V2": Foo V2
    return _subset(text, c, name) if m is None and end == c[1] else name


#: a value's own split right after it, not one of a list of splits: "4.46% on test-other", "71.6 on the test-dev set"
_SPLIT_PLACE = re.compile(rf"\s*%?\s*(?:(?!(?:on|in|and|or|with)\b)[\w@&-]+\s+){{0,3}}?(?:on|in)\s+(?:the\s+)?"
                          rf"((?-i:{RESULT_SPLIT}))(?![\w-]|\s*/|\s*(?:,|and\b|or\b)\s*(?:the\s+)?(?:{RESULT_SPLIT})\b)",
                          re.I)
_ENDS_IN_SPLIT = re.compile(rf"\s+(?:{RESULT_SPLIT})$", re.I)


def split_after_value(text: str, end: int, name: str | None) -> str | None:
    """A figure's dataset with the split the figure names right after it ("On Foo we reach 6.8% WER on test-other":
    "Foo test-other"; a split named beside the data set belongs to it), in place of a split the dataset's name
    took where it stands ("45.1 AP on Foo minival and 45.6 AP on test-dev": the second is on "Foo test-dev").

    >>> t = "On Foo, we reach 1.9% on test-clean and 4.4% on the test-other set, and 3.1% on dev-clean/dev-other."
    >>> [split_after_value(t, t.index(v) + len(v), n) for v, n in (("1.9%", "Foo"), ("4.4%", "Foo"), ("3.1%", "Foo"))]
    ['Foo test-clean', 'Foo test-other', 'Foo']
    >>> split_after_value(t, t.index("1.9%") + 4, "Foo minival"), split_after_value(t, t.index("3.1%") + 4, "Foo minival")
    ('Foo test-clean', 'Foo minival')
    >>> split_after_value("It gets 68.4% on the Test-standard set.", 13, "Test-standard")  # (a name, no split)
    'Test-standard'
    """
    m = _SPLIT_PLACE.match(text, end) if name else None
    if m is None or name.endswith(m.group(1)):  # (a dataset whose name is the split's: no second one)
        return name
    return f"{_ENDS_IN_SPLIT.sub('', name)} {m.group(1)}"


#: "test" or "dev" alone, a common word, is a split where a slash joins it to one: "test/test-other", "val/test"
_SLASHED_BARE = rf"(?:test|dev)(?=/(?:{RESULT_SPLIT})(?![\w-]))"
#: the first of a list of splits right after a dataset's name: "Foo test-clean and test-other", "Foo minival/test-dev"
_FIRST_SPLIT = re.compile(rf"\s+(?:the\s+)?({RESULT_SPLIT}|{_SLASHED_BARE})(?![\w-])")
#: the next of the list: a split after a comma, "and" or "or" (group 1), or after a slash, where "test" or "dev" is
#: a split too and another bare word shortens the split before it (group 2: "test-clean/other" is test-clean and
#: test-other)
_NEXT_SPLIT = re.compile(rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?({RESULT_SPLIT})(?![\w-])"
                         rf"|/((?:{RESULT_SPLIT})|test|dev|(?!(?:val|eval)\b)[a-z]+)(?![\w-])")
_WHOLE_SPLIT = re.compile(rf"(?:{RESULT_SPLIT}|test|dev)$")


def listed_splits(text: str, at: int) -> list[str]:
    """The splits listed right after a dataset's name that ends at ``at``, two or more, each written whole; [] when
    none or one is ("Foo test-clean/other": test-clean and test-other, the second shortened after the slash).

    >>> t = "on Foo test-clean/other and Bar minival, test-dev and test-std sets"
    >>> listed_splits(t, 6), listed_splits(t, t.index("Bar") + 3), listed_splits(t, t.index("test-std") - 5)
    (['test-clean', 'test-other'], ['minival', 'test-dev', 'test-std'], [])
    """
    m = _FIRST_SPLIT.match(text, at)
    if m is None:
        return []
    out, pos = [m.group(1)], m.end()
    while (n := _NEXT_SPLIT.match(text, pos)) is not None:
        split = n.group(1) or n.group(2)
        if not n.group(1) and not _WHOLE_SPLIT.match(split):
            if "-" not in out[-1]:
                return []  # a bare word after a split it cannot shorten: no list kg reads
            split = f"{out[-1].split('-')[0]}-{split}"
        out.append(split)
        pos = n.end()
    return out if len(out) > 1 else []


#: what leads from a figure to a list of splits it names: its metric, "on" or "in" ("22.8%/21.9% mAP on the val/test
#: sets"); the list itself is :func:`listed_splits`'s
_SPLITS_PLACE = re.compile(r"\s*%?\s*(?:(?!(?:on|in|and|or|with)\b)[\w@&-]+\s+){0,3}?(?:on|in)(?=\s)", re.I)


def splits_after_figure(text: str, end: int) -> list[str]:
    """The splits a list right after a figure (ending at ``end``) names ("22.8%/21.9% mAP on the val/test sets":
    val and test), two or more; [] when a dataset's name, or no list, comes first.

    >>> t = "It gets 22.8%/21.9% mAP on the val/test sets and 3.1% on Foo val/test."
    >>> splits_after_figure(t, t.index("21.9%") + 5), splits_after_figure(t, t.index("3.1%") + 4)
    (['val', 'test'], [])
    """
    m = _SPLITS_PLACE.match(text, end)
    return listed_splits(text, m.end()) if m is not None else []


#: a version written after the data noun that follows a dataset's name: "Foo dataset V2", "Foo corpus v1.1" (group 1)
_NOUN_VERSION = re.compile(r"\s+(?:dataset|data\s?set|benchmark|corpus|database)\s+([vV]\d+(?:\.\d+)?)(?![\w+-]|\.\d)")


#: what leads from a source to its target: an arrow, or "to" (group 1), past the other sources of a list ("from A/B to C")
_TO_TARGET = re.compile(rf"(?:/[A-Z][\w.+-]*)*(?:{ADAPTS_TO}|\s+(to)\s+)")
#: the target's name: a capitalised word or two ("Oxford RobotCar", a dataset kg did not type)
_TARGET = re.compile(r"[A-Z][\w+-]*(?:\.\d+)?(?:\s[A-Z0-9][\w+-]*(?:\.\d+)?)?")
#: before a target, its source and what leads to it ("A → B", "A to B")
_FROM_SOURCE = re.compile(rf"([A-Z][\w.+-]*)(?:{ADAPTS_TO}|\s+(to)\s+)$")
#: a source that ends a list of sources ("from A/B to C": B is no one target's only source)
_LISTED_SOURCE = re.compile(r"[\w.+/-]$")
#: the words that tell "A to B" is an adaptation from A to B (not a range, "from MNIST to ImageNet")
_ADAPTATION = re.compile(r"\b(?:adapt\w*|domains?|(?:un)?supervised\s+DA|synthetic-to-real|sim-to-real)\b", re.I)


def adaptation_pair(text: str, c, ents: list = ()) -> str | None:
    """The domain adaptation ``c`` names the source or target of, as "source to target" (how benchmarks of
    adaptation are named), when an arrow joins it to the other name, or "to" in a sentence about adaptation
    ("5.1% on A to B adaptation"): a figure on such a pair is measured on the target, never on the source alone.
    A source before ``c`` is one of ``ents`` typed Dataset (also when typed otherwise: :func:`arrow_datasets`), or
    with an arrow untyped.

    >>> adaptation_pair("we reach 61.3% on Foo→Bar Kit", (18, 21))
    'Foo to Bar Kit'
    >>> adaptation_pair("48.1% when adapting from Foo/Baz to Bar", (25, 28))
    'Foo to Bar'
    >>> adaptation_pair("we reach 61.3% on Foo and Bar", (18, 21)) is None
    True
    """
    head, tail = text[max(0, c[0] - 40):c[0]], text[c[1]:c[1] + 60]
    if (to := _TO_TARGET.match(tail)) and (target := _TARGET.match(tail, to.end())) \
            and (to.group(1) is None or _adapting(text, c)):
        return f"{text[c[0]:c[1]]} to {target.group(0).rstrip('.')}"
    src = _FROM_SOURCE.search(head)
    if src is None or _LISTED_SOURCE.search(head, 0, src.start()):
        return None
    s = c[0] - len(head) + src.start()
    typed = {d[2] for d in ents if d[0] <= s < d[1]}  # (a source written "to" is a dataset; "adapting FooNet to B" no)
    if (T.DATASET in typed or not (src.group(2) or typed)) and (src.group(2) is None or _adapting(text, c)):
        return f"{src.group(1)} to {text[c[0]:c[1]]}"
    return None


#: two names an arrow joins, a domain adaptation's source and target: "Foo → Bar", "FooSet->BarSet"
_ARROW_PAIR = re.compile(rf"(?<![\w.+-])([A-Z][\w.+-]*?){ADAPTS_TO}([A-Z][\w+-]*)")
_LANGUAGE_WORD = re.compile(LANGUAGE)
_ARROW = re.compile(ARROWS)


def arrow_datasets(text: str, ents: list) -> list[Candidate]:
    """The names an arrow joins as an adaptation's source and target ("82.1% on Foo → Bar") that the finder
    typed Method by default (rule "name") or left untyped here, as Dataset candidates for results only (rule
    "arrow-data"): a figure on the pair is on the data (:func:`adaptation_pair` names it), and neither name is a
    result's method. So when the paper types the other name Dataset, or (for a name typed Method) the paper
    is about adaptation. A pair of languages ("English→German") is a translation's direction, and a name
    another rule typed ("ASR→TTS", an acronym the text spells out) keeps its type.

    >>> text = "Domain shift: 71.0% on Foo → Bar"
    >>> [text[c.start:c.end] for c in arrow_datasets(text, [Candidate(23, 26, T.METHOD, 0, "name")])]
    ['Foo']
    """
    out: list[Candidate] = []
    if _ARROW.search(text) is None:
        return out
    adapting = _ADAPTATION.search(text) is not None
    typed_data = {text[c[0]:c[1]] for c in ents if c[2] is T.DATASET}
    for m in _ARROW_PAIR.finditer(text):
        if _LANGUAGE_WORD.fullmatch(m.group(1)) and _LANGUAGE_WORD.fullmatch(m.group(2)):
            continue
        sides = [[c for c in ents if c[0] < m.end(k) and m.start(k) < c[1]] for k in (1, 2)]
        for k, own in enumerate(sides):
            data = m.group(2 - k) in typed_data  # (the other name, typed Dataset here or elsewhere in the paper)
            if not own and (data or m.group(k + 1) in typed_data):
                out.append(Candidate(*m.span(k + 1), T.DATASET, 0, "arrow-data", None))
            elif own and all(c[2] is T.METHOD and c[4] == "name" for c in own) and (data or adapting):
                out += [Candidate(c[0], c[1], T.DATASET, 0, "arrow-data", None) for c in own]
    return out


def _adapting(text: str, c) -> bool:
    """Whether the sentence around ``c`` is about adapting from one domain to another."""
    s0 = max(text.rfind(". ", 0, c[0]), 0)
    s1 = text.find(". ", c[1])
    return _ADAPTATION.search(text, s0, s1 if s1 >= 0 else len(text)) is not None


def _subset(text: str, c, name: str) -> str:
    """A name with the word that tells its subsets apart where a list names it twice or more ("on CUHK03
    labeled, CUHK03 detected and Market-1501": "CUHK03 labeled"; "FooSet Cats: 0.71; FooSet Dogs: 0.69").

    >>> _subset("on CUHK03 labeled, CUHK03 detected, and Market", (3, 9), "CUHK03")
    'CUHK03 labeled'
    >>> _subset("(FooSet Cats: 0.71; FooSet Dogs: 0.69)", (20, 26), "FooSet")
    'FooSet Dogs'
    """
    own = re.match(r" ([A-Za-z][a-z]+)(?=[,;:)]|\.(?!\w))", text[c[1]:c[1] + 20]) \
        or re.match(r" ([A-Za-z][a-z]+)\b(?!-)", text[c[1]:c[1] + 20])
    if own is None:
        return name
    near = text[max(0, c[0] - 60):c[1] + 60]
    words = {m.group(1) for m in re.finditer(re.escape(name) + r" ([A-Za-z][a-z]+)(?:[,;:)]|\.(?!\w)|\s+and\b)", near)}
    return f"{name} {own.group(1)}" if len(words) > 1 and own.group(1) in words else name


#: after a name the text calls data: "the Switchboard and CallHome sets", "MIMIC-III (v1.4) database"
_DATA_AFTER = re.compile(r"(?:-[\w.]+)?\)?(?:\s(?:Task|Track|Subtask)\s?[A-Z\d]+)?\s+(?:\([^()]{1,20}\)\s+|\[\d+(?:[,–-]\s*\d+)*\]\s+){0,2}(?:(?:test|dev|val|validation|evaluation|training|held-out)\s+){0,2}"
                         r"(?:datasets?|data[- ]sets?|corpus|corpora|benchmarks?|databases?|sets?|subsets?|splits?|portions?)"
                         r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|and|or|respectively|with|for|in|to|from|using|without|where|which|that)\b)", re.I)
#: (a noun, not the verb of "TransGAN sets new records": what follows is punctuation or a preposition)
#: before a name the text calls data: "the clinical dataset named X", "the corpus called X"
_DATA_BEFORE = re.compile(r"\b(?:datasets?|data[- ]sets?|corpus|corpora|benchmarks?|databases?)\s+(?:named|called|dubbed|"
                          r"termed|known as)\s+(?:the\s+)?$|\b(?:data|images|videos|speech|text|audio)\s+from\s+(?:the\s+)?$",
                          re.I)  # (also "53k hours of unlabeled data from LibriVox")


def called_datasets(text: str, ents: list, aliases: dict) -> list[Candidate]:
    """Names typed Method that the text calls data ("4.7% and 7.8% WER on the Switchboard and CallHome
    sets", "the clinical dataset named Medical Information Mart for Intensive Care III (MIMIC-III)"), with
    every mention of the same name and of its acronym, as Dataset candidates for results only (rule
    "called-data"): a value binds to them, and they are never whose result it is. So are Task-typed names
    that name one benchmark (:func:`_titled_benchmark`: "the Quux Pedestrian Detection benchmark"). A name right after a
    dataset's ("SemEval Task4") is a part of that name (rule "data-part"): never a method either.

    >>> text = "It gets 4.7% and 7.8% WER on the Switchboard and CallHome sets."
    >>> [text[c.start:c.end] for c in called_datasets(text, [Candidate(49, 57, T.METHOD, 0, "name", None)], {})]
    ['CallHome']
    """
    data, parts = set(), set()
    ends = {c[1] for c in ents if c[2] is T.DATASET}
    lower = text.lower()
    for i, c in enumerate(ents):
        if c[2] is T.TASK and _titled_benchmark(text, lower, c):
            data.add(text[c[0]:c[1]].lower())
        if c[2] is not T.METHOD or text[c[0]:c[1]].islower():
            continue  # ("a standard semi-supervised learning benchmark" names a kind of data, not a dataset)
        if c[0] - 1 in ends and text[c[0] - 1] in " -":
            parts.add(text[c[0]:c[1]].lower())  # "SemEval Task4": a part of the dataset's name (:func:`dataset_name`)
        elif _DATA_AFTER.match(text, c[1]) or _DATA_BEFORE.search(text, max(0, c[0] - 40), c[0]):
            data |= {text[c[0]:c[1]].lower()} | {a.lower() for a in aliases.get(i, ())}
    data |= data_conjuncts(text, ents)
    return [Candidate(c[0], c[1], T.DATASET, 0, "called-data" if name in data else "data-part", None) for c in ents
            if (name := text[c[0]:c[1]].lower()) in data | parts and (c[2] is T.METHOD or c[2] is T.TASK and name in data)]


#: a singular data noun after a space, maybe past a citation bracket: "the Foo Bar data set", "the Foo-Bar [3] benchmark"
_DATA_NOUN = re.compile(rf"(?<= )(?:{CITATION_BRACKET}\s+)?(?:dataset|data\s+set|benchmark|corpus|database)\b(?![-\w])", re.I)


def _titled_benchmark(text: str, lower: str, c) -> bool:
    """A Task-typed name that names one benchmark: written with a capital on every word, right before a singular
    data noun ("the Quux Pedestrian Detection benchmark"), and never written in lower case in the text (a task
    the text also writes plainly, "object detection", is the task, and "the Object Detection benchmark" a kind)."""
    name = text[c[0]:c[1]]
    words = name.split()
    if len(words) < 2 or not all(w[0].isupper() or w[0].isdigit() for w in words) or not _DATA_NOUN.match(text, c[1] + 1):
        return False
    return lower.count(name.lower()) == text.count(name)


#: a member's citation bracket, maybe after a word in lower case that ends its name: "Foo [4]", "Foo birds [67]"
CITED = rf"(?:(?:\s[a-z]+)?\s*{CITATION_BRACKET})?"
#: the glue between two members of a list of names, each maybe with its citation or its figures in a parenthesis:
#: "the MNIST (0.37% error) and NORB-small (2.2% error)", "CORD (0.94 → 0.96), SROIE (0.95 → 0.97)", "Foo [4, 6], Bar"
_CONJUNCT = re.compile(rf"{CITED}\s*(?:\([^()]{{0,60}}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


_FROM = re.compile(r"\bfrom\s$")  # "transfer from WIK-ISQL to WIKITQ"
#: the next member of a list after a name, maybe past its citation: "A, B and C" (B goes on to C), "B birds [4], and C"
_NEXT_MEMBER = re.compile(rf"{CITED}\s*(?:\([^()]{{0,60}}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z0-9]")


def _joins(text: str, gap: tuple[int, int], c) -> bool:
    """The gap is list glue: with figures in a parenthesis or "and"/"or", or a bare comma in the middle of a
    list (not "On ImageNet, BetaNet obtains ...")."""
    if not _CONJUNCT.fullmatch(text, *gap):
        return False
    if "(" in text[gap[0]:gap[1]] or _NEXT_MEMBER.match(text, c[1]) is not None:
        return True
    return re.search(r"\b(?:and|or)\b", text[gap[0]:gap[1]]) is not None and _LIST_END.match(text, c[1]) is not None


#: what may follow the last member of a list of data ("on A and B.", "on A and B datasets"), not a verb ("B gets 81.0")
_LIST_END = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[,.;:)]|$|\s*(?:[\w-]+\s+){0,2}?(?:datasets?|benchmarks?|corpus|corpora|"
                       r"databases?|sets?|splits?|respectively|with|for|in|on|using|without)\b)", re.I)


def data_conjuncts(text: str, ents: list) -> set[str]:
    """Names typed Method by their shape alone (rule "name") that a list joins to a Dataset, directly or
    through other such names ("the MNIST (0.37% error) and NORB-small (2.2% error) databases"), or that
    "from X to D" pairs with one ("transfer from WIK-ISQL to WIKITQ"): data, by their lower-cased names. A
    list holds one kind of thing.

    >>> text = "on DocVQA (0.72 → 0.86), SROIE (0.95 → 0.97) and CORD (0.94 → 0.96)"
    >>> ents = [Candidate(3, 9, T.DATASET, 0, "x"), Candidate(25, 30, T.METHOD, 0, "name"), Candidate(49, 53, T.METHOD, 0, "name")]
    >>> sorted(data_conjuncts(text, ents))
    ['cord', 'sroie']
    """
    order = sorted(ents, key=lambda c: c[0])
    typed = {text[c[0]:c[1]].lower() for c in order if c[2] is T.DATASET}  # (a name typed Dataset anywhere is data)
    data = {i for i, c in enumerate(order) if text[c[0]:c[1]].lower() in typed}
    known = set(data)  # (a Method mention of a name typed Dataset elsewhere is a candidate only in a list of data)
    used: set[int] = set()
    grew = True
    while grew:
        grew = False
        for i, c in enumerate(order):
            if i in data or c[2] is not T.METHOD or c[4] != "name":
                continue
            for j in (i - 1, i + 1):
                gap = (order[j][1], c[0]) if j < i else (c[1], order[j][0] if j < len(order) else -1)
                if j in data and gap[0] <= gap[1] and (_joins(text, gap, c) or j > i and text[gap[0]:gap[1]] == " to "
                                                       and _FROM.search(text, max(0, c[0] - 6), c[0])):
                    data.add(i)
                    used.add(j)
                    grew = True
                    break
    return {text[order[i][0]:order[i][1]].lower() for i in (data - known) | {j for j in used if order[j][2] is T.METHOD}}


#: before a dataset that a model was pre-trained on or is built after, not evaluated on: "pre-trained on D",
#: "vectors trained on D", "inspired by the VGG D architecture"
_MEANS_BEFORE = re.compile(r"(?:\bpre-?train\w*|\b(?:vectors|embeddings)(?:\s+trained)?|\binitiali[sz]ed)\s+(?:on|from|with)"
                           r"\s+(?:the\s+)?(?:large(?:-scale)?\s+)?$|\binspired\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
#: after it: "D-pretrained", "D pre-training", "D weights", "the VGG D architecture", "(D, 840B tokens": a corpus's size
_MEANS_AFTER = re.compile(r"(?:[\s-](?:\d{4}\s+)?(?:pre-?train\w*|weights|architectures?|backbones?|features|embeddings|"
                          r"(?:word\s+)?vectors|checkpoints?)\b|,\s*\d[\d.]*\s?[KMB]?\s+tokens\b)", re.I)


def means_role(text: str, c) -> bool:
    """A dataset named as what a model was pre-trained on or is built after ("ImageNet-pretrained", "vectors
    from D", "inspired by the VGG D architecture"): a means, never the data a result is on.

    >>> [means_role(t, (t.index("Zorb"), t.index("Zorb") + 4)) for t in
    ...  ("a Zorb-pretrained ResNet", "inspired by the VGG Zorb 2014 architecture", "80.1% on Zorb")]
    [True, True, False]
    """
    return _MEANS_BEFORE.search(text, max(0, c[0] - 40), c[0]) is not None or _MEANS_AFTER.match(text, c[1]) is not None


_NOT_ON_NAMES = frozenset(("average", "top", "this", "these", "that", "such", "both", "all", "each", "their", "our"))


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

    >>> from kg.extract.rules import Candidate as C
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


@lru_cache(maxsize=1)
def _distinct_data_names() -> dict[str, str]:
    """Dataset names of kg's shipped lexicons written as one word with a digit or in mixed case with a capital
    inside ("LibriSpeech", "WikiText-103"; not "GRASP", whose other cases are plain words), by their lower
    case; names the other lexicons also list left out."""
    from kg.extract.lexicon_data import load_lexicon  # noqa: PLC0415 (the lexicons load once, on first use)

    others = {n.lower() for e in load_lexicon([T.METHOD, T.METRIC, T.TASK]) for n in e.names}
    out: dict[str, str] = {}
    for e in load_lexicon([T.DATASET]):
        for n in e.names:
            if len(n) >= 5 and " " not in n and re.search(r"\d|[a-z].*[A-Z]|.[A-Z].*[a-z]", n) and n.lower() not in others:
                out.setdefault(n.lower(), n)
    return out


#: a word that starts with a capital or holds a digit (what a dataset name in another case looks like)
_WORD = re.compile(r"(?<![\w-])(?=[A-Z]|[A-Za-z][\w+-]*\d)[A-Za-z][\w+-]*[\w+](?![\w-])")


def lexicon_datasets(text: str, ents: list, proposed: set[str] = frozenset()) -> list[Candidate]:
    """Words that a dataset name of kg's lexicons is, in another case ("Librispeech", "WIKITEXT-103": the
    lexicon matches "LibriSpeech" only as written), that no entity but a Method typed by its shape covers and
    that is not the paper's proposed method (``proposed``, lower case: "BoTNet"), as Dataset candidates for
    results only (rule "lexicon-case"); a name a line break split ("Im-ageNet") is the lexicon's name (rule
    "lexicon-break", canonical the name).

    >>> text = "Training on Librispeech gives 1.8 WER, and 80.1% on Im-ageNet."
    >>> [(text[c.start:c.end], c.canonical) for c in lexicon_datasets(text, [])]
    [('Librispeech', None), ('Im-ageNet', 'ImageNet')]
    """
    names = _distinct_data_names()
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        joined = _LINE_BREAK.sub(r"\1\2", word)  # "Im-ageNet": a name a line break split
        if joined.lower() in names and word != names[joined.lower()] \
                and (word[0].isupper() or any(ch.isdigit() for ch in word)) \
                and word.lower() not in common_words() and word.lower() not in proposed:  # (not "wider" for "WIDER")
            covering = [c for c in ents if c[0] < m.end() and m.start() < c[1]]
            if all(c[2] is T.METHOD and c[4] == "name" and c[0] == m.start() and c[1] == m.end() for c in covering):
                broken = joined != word
                out.append(Candidate(m.start(), m.end(), T.DATASET, 0, "lexicon-break" if broken else "lexicon-case",
                                     names[joined.lower()] if broken else None))
    return out


#: a hyphen a line break left inside a word: "Im-ageNet", "Triv-iaQA", "Mar-ket1501" (what follows it goes on in
#: lower case and then turns to a capital or a digit; not "cross-task", nor a version, "VQA-v2")
_LINE_BREAK = re.compile(r"(?<=[A-Za-z])([a-z]*)-(?!v\d)([a-z]+[A-Z0-9])")


def broken_word(word: str) -> bool:
    """Whether one word holds a hyphen a line break left inside it ("Im-ageNet", not "VQA-v2" or "COCO-Stuff").

    >>> [broken_word(w) for w in ("Im-ageNet", "VQA-v2", "COCO-Stuff", "PAS-CAL VOC")]
    [True, False, False, False]
    """
    return " " not in word and _LINE_BREAK.search(word) is not None


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
    in the singular: "top-20 accuracy"; also where a bare metric word covers it, "top-1"); :func:`.binding.top_k_metrics`
    pairs them with a list of values.

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


#: one member of a list of names: a word written as a name, and up to two more ("Tiny ImageNet", "CIFAR-100/20")
_MEMBER = r"[A-Za-z0-9](?:[\w+/-]|[.'](?=\w))*(?: [A-Z0-9](?:[\w+/-]|[.'](?=\w))*){0,2}"
#: a list of three names or more: "CUB200, Cars196, Sop, and InShop", "Foo birds [6], Bar [9] and Baz [3]"
_LIST = re.compile(rf"(?<![\w-])({_MEMBER}){CITED}((?:,\s+{_MEMBER}{CITED}){{1,}}),?\s+(?:and|or)\s+({_MEMBER})(?![\w-])")
_NEXT_MEMBER_RE = re.compile(rf",\s+({_MEMBER}){CITED}")
_FUNCTION = frozenset(("the", "a", "an", "our", "its", "their", "this", "these", "both", "all", "and", "or", "with", "on",
                       "in", "for", "of", "to", "we", "it"))


def _members(text: str, m: re.Match) -> list[tuple[int, int]]:
    """The members of a list match, as spans, in text order, past a function word that opens one ("the Foo")."""
    out = [m.span(1)]
    for part in _NEXT_MEMBER_RE.finditer(text, m.start(2), m.end(2)):
        out.append(part.span(1))
    out.append(m.span(3))
    return [_past_function_word(text, span) for span in out]


def _past_function_word(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A member's span past a function word that opens it ("the Foo": Foo)."""
    s, e = span
    return (s + len(w) + 1, e) if " " in text[s:e] and (w := text[s:e].split(" ", 1)[0]).lower() in _FUNCTION else (s, e)


def list_members(text: str, ents: list) -> list[Candidate]:
    """The members of a list of three or more names, written as names, that kg typed no entity for,
    when the list's other members are Datasets ("on the CUB200, Cars196, Sop, and InShop datasets":
    "Sop"), as Dataset candidates for results only (rule "list-member"): lists are paired by position,
    and a member kg missed would shift every value after it.

    >>> text = "on the CUB200, Cars196, Sop, and InShop datasets"
    >>> ents = [Candidate(7, 13, T.DATASET, 0, "x"), Candidate(15, 22, T.DATASET, 0, "x"), Candidate(33, 39, T.DATASET, 0, "x")]
    >>> [text[c.start:c.end] for c in list_members(text, ents)]
    ['Sop']
    """
    out = []
    for m in _LIST.finditer(text):
        members = _members(text, m)
        covered = [[c for c in ents if c[0] < e and s < c[1]] for s, e in members]
        if any(c[2] is not T.DATASET and not (c[2] is T.METHOD and c[4] == "name") for cs in covered for c in cs) \
                or sum(bool(cs) for cs in covered) * 2 < len(members):
            continue  # a list of other things, or one kg knows too little of
        for (s, e), cs in zip(members, covered):
            word = text[s:e].split()[0]
            if not cs and word.lower() not in _FUNCTION and (word[0].isupper() or any(ch.isdigit() for ch in word)):
                out.append(Candidate(s, e, T.DATASET, 0, "list-member", None))
    return out


#: two names joined by "and" before a plural noun of data: "on the Foo and Bar benchmarks" (groups 1 and 2)
_DATA_PAIR = re.compile(rf"(?<![\w-])({_MEMBER})\s+and\s+({_MEMBER})\s+(?:datasets|data\s?sets|benchmarks|corpora)\b")


def paired_members(text: str, ents: list) -> list[Candidate]:
    """The other member of a pair of names the text calls data ("on the Foo and Bar benchmarks") when kg typed the
    one a Dataset and nothing at all of the other, as a Dataset candidate for results only (rule "list-member"): a
    pair of figures "respectively" pairs with both, and a member left out would give both figures to the one. A
    member written as a name (a capital first), not a bare number or year ("VOC 2007 and 2012": a version).

    >>> text = "on the Foo and Bar benchmarks"
    >>> [text[c.start:c.end] for c in paired_members(text, [Candidate(7, 10, T.DATASET, 0, "x")])]
    ['Bar']
    """
    out = []
    for m in _DATA_PAIR.finditer(text):
        members = [_past_function_word(text, m.span(1)), _past_function_word(text, m.span(2))]
        covered = [[c for c in ents if c[0] < e and s < c[1]] for s, e in members]
        if sum(bool(cs) for cs in covered) != 1 or any(c[2] is not T.DATASET for cs in covered for c in cs):
            continue
        (s, e), = [span for span, cs in zip(members, covered) if not cs]
        word = text[s:e].split()[0]
        if word.lower() not in _FUNCTION and word[0].isupper():
            out.append(Candidate(s, e, T.DATASET, 0, "list-member", None))
    return out


def figure_list_members(text: str, ents: list) -> list[Candidate]:
    """The members of a list of data with figures (:func:`~kg.extract.figure_lists.figure_lists`) that kg typed
    no entity for, as Dataset candidates for results only (rule "list-member"): each figure belongs to the name
    before it ("on Foo-10 (91.2%), Bar (88.0%), and two other datasets": 88.0% is on Bar, not Foo-10).

    >>> text = "on Foo-10 (91.2%), Bar (88.0%), and two other datasets"
    >>> [text[c.start:c.end] for c in figure_list_members(text, [Candidate(3, 9, T.DATASET, 0, "x")])]
    ['Bar']
    """
    return [Candidate(s, e, T.DATASET, 0, "list-member", None) for run in figure_lists(text, ents) for s, e in run
            if not any(c[0] < e and s < c[1] for c in ents)]


#: a version list after a dataset's name: "DAVIS 2016/2017", "SQuAD 1.1 and 2.0"
#: a year or a version number ("2016", "1.1", "v2")
_VER = r"(?:19|20)\d\d|v?\d+\.\d+|v\d+"
_VER_RE = re.compile(_VER)
_VERSIONS = re.compile(rf" ({_VER})((?:\s*(?:/|,|and|,\s*and)\s*(?:{_VER})(?![\w.]))+)")


def version_lists(text: str, ents: list) -> list[Candidate]:
    """The other versions of a dataset named with a list of versions ("DAVIS 2016/2017": "2017" is DAVIS
    2017), as Dataset candidates whose canonical name is the dataset's with that version (rule "version").

    >>> text = "J of 88.7 and 79.2 on DAVIS 2016/2017 val set"
    >>> [c.canonical for c in version_lists(text, [Candidate(22, 27, T.DATASET, 0, "x")])]
    ['DAVIS 2017']
    >>> [c.canonical for c in version_lists("F1 on SQuAD 1.1 and 2.0", [Candidate(6, 15, T.DATASET, 0, "x")])]
    ['SQuAD 2.0']
    """
    out = []
    for c in ents:
        if c[2] is not T.DATASET:
            continue
        name = text[c[0]:c[1]]
        own = _VERSION_END.search(name)  # "DAVIS 2016" whole, then "/2017"
        m = _VERSIONS.match(f" {own.group(1)}{text[c[1]:c[1] + 40]}") if own else _VERSIONS.match(text, c[1])
        if m is None:
            continue
        base = name[:own.start()] if own else name
        pos = c[1] + m.start(2) - len(own.group(1)) - 1 if own else m.start(2)
        for v in _VER_RE.finditer(m.group(2)):
            out.append(Candidate(pos + v.start(), pos + v.end(), T.DATASET, 0, "version", f"{base} {v.group(0)}"))
    return out


_VERSION_END = re.compile(rf" ({_VER})$")
#: the other language pairs a translation set's first one goes on to: "WMT 2014 English-German and English-French"
_MORE_PAIRS = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)({LANGUAGE_PAIR})")


def pair_lists(text: str, ents: list) -> list[Candidate]:
    """The other language pairs a translation set is named with in a list ("14.1 and 26.2 BLEU on WMT 2014
    English-German and English-French, respectively": English-French is WMT 2014 English-French), as Dataset
    candidates whose canonical name is the set's with that pair (rule "version", as :func:`version_lists`).

    >>> text = "on WMT 2014 English-German and English-French."
    >>> [c.canonical for c in pair_lists(text, [Candidate(3, 11, T.DATASET, 0, "x")])]
    ['WMT 2014 English-French']
    """
    out = []
    for c in ents:
        if c[2] is not T.DATASET or (first := _first_pair(text, c)) is None:
            continue
        end, pos = first
        while (more := _MORE_PAIRS.match(text, pos)) is not None:
            s, e = more.span(1)
            out.append(Candidate(s, e, T.DATASET, 0, "version", f"{text[c[0]:end]} {_TO_JOIN.sub('-', text[s:e])}"))
            pos = e
    return out


_PAIR_END = re.compile(rf"\s{LANGUAGE_PAIR}$")
#: the "to" of a language pair written with hyphens ("English-to-German", "Englishto-German" where a line break's
#: hyphen was lost): the pair is the compound English-German, as most papers and leaderboards write it
_TO_JOIN = re.compile(r"-?to-")


def _compound_pair(pair: "re.Match") -> str:
    return _TO_JOIN.sub("-", pair.group(0))


def _first_pair(text: str, c) -> tuple[int, int] | None:
    """Where a translation set's name ends before its language pair and where the pair ends, the pair inside
    the dataset's span ("WMT 2014 English-German") or after its year or version (:func:`dataset_name`)."""
    if (own := _PAIR_END.search(text, c[0], c[1])) is not None:
        return own.start(), c[1]
    _, end, pair = _version_and_pair(text, c)
    return (end, pair.end()) if pair is not None else None


def _version_and_pair(text: str, c) -> tuple["re.Match | None", int, "re.Match | None"]:
    """A dataset span's version or year right after it (or None), where the name ends with it, and a language
    pair after a version or a name ending in a digit (or None): "WMT 2014" + " English-German"."""
    m = _VERSION.match(text, c[1])
    end = m.end() if m else c[1]
    return m, end, (_PAIR.match(text, end) if m or text[end - 1].isdigit() else None)


#: "89.0% on DukeMTMC-ReID", "86.8% on the ShapeNetPart segmentation task": a value, then "on" and a name
#: written as one (a capital or digit inside, or joined by hyphens), or capitalised words before a data word
#: or a split ("on Wall Street Journal dataset", "on Librispeech test-clean")
_ON_NAME_AFTER = (r"(?:[A-Z][\w.+']*(?:-[\w.+']+)+|[A-Za-z][a-z]*[A-Z0-9][\w.+'-]*|\d+[A-Z][A-Za-z][\w.+'-]*|"
                  r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}(?=\s+(?:dataset|"
                  r"benchmark|corpus|test set|data set|segmentation task|classification task|(?:test|dev)-[a-z]+)\b))")
_ON_AFTER_VALUE = re.compile(r"\d(?:[\d.]*\d)?\s?%?\)?\s+(?:[\w@-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?"
                             rf"({_ON_NAME_AFTER}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_ON_NAME_AFTER})*)")


#: "on ImageNet-64 (3.43 vs 3.44 bits/dim)": a name after "on", then its figures in a parenthesis
_ON_BEFORE_VALUE = re.compile(rf"\b(?:on|in)\s+(?:the\s+)?({_ON_NAME_AFTER})\s*\(\s*\d")


#: words of time and speed between a value and "on": what follows is the hardware it ran on
SPEED = re.compile(r"\b(?:ms|fps|seconds?|hours?|faster|slower|speed|latency|inference|runtime|time)\b", re.I)


def after_value_datasets(text: str, ents: list) -> list[Candidate]:
    """Names right after a value and "on" that no entity covers ("89.0% on DukeMTMC-ReID", "87.1% mAP on
    the Veri benchmark"), or after "on" right before a parenthesis of figures ("on ImageNet-64 (3.43 vs
    3.44 bits/dim)"), as Dataset candidates for results only (rule "on-value"): what a value is
    measured on, even when no lexicon knows it.

    >>> text = "It reaches 94.7% on Market-1501 and 89.0% on DukeMTMC-ReID."
    >>> [text[c.start:c.end] for c in after_value_datasets(text, [Candidate(20, 31, T.DATASET, 0, "x")])]
    ['DukeMTMC-ReID']
    """
    out = [c for m in _ON_BEFORE_VALUE.finditer(text) for c in _on_value_name(text, ents, m.start(1), m.end(1))]
    for m in _ON_AFTER_VALUE.finditer(text):
        if SPEED.search(text, m.start(), m.start(1)):
            continue  # "35 ms inference times on the NVIDIA Xavier", "80% faster on GPUs": hardware, not data
        out.extend(_on_value_list(text, ents, m.start(1), m.end(1)))
    return out


def _on_value_list(text: str, ents: list, s: int, e: int) -> list[Candidate]:
    """The candidates of :func:`after_value_datasets` for the names of one list after a value and "on" ("on A, B
    and C": each of them), up to a name that opens a clause of its own ("75.9% on A, Foo-B meets 75.5%":
    :func:`kg.extract.rules.opens_clause`)."""
    out, last, closed = [], None, False
    for part in re.finditer(_ON_NAME_AFTER, text[s:e + 40]):
        if part.start() >= e - s:
            break  # (read on past the list: "on Foo dataset" looks ahead)
        a, b = s + part.start(), s + part.end()
        if last is not None:
            joins = CLOSING_GLUE.search(text, last, a) is not None
            if opens_clause(text, b, joins, closed, verb_words()):
                break
            closed = closed or joins
        out.extend(_on_value_name(text, ents, a, b))
        last = b
    return out


#: a value and "on" right before a dataset: the first item of a list "V on D, V on X"
_ITEM_BEFORE = re.compile(r"\d(?:[\d.]*\d)?\s?%?\s+(?:[\w@-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?$")
#: the next item, "V on X", written as the one before it: X a capitalised name, however plain ("and 96.2%
#: on Shelf", "and 41.1% on Moments in Time", "and 1.3% on WSJ"), ending where the item ends
_NEXT_ITEM = re.compile(r"\s*(?:datasets?|benchmarks?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d(?:[\d.]*\d)?\s?%?\s+"
                        r"(?:(?!on\b|in\b)[\w@-]+\s+){0,2}?(?:on|in)\s+(?:the\s+)?"
                        r"(?P<name>[A-Z][\w+'-]*(?:\.\w+)*(?:\s(?:in\s|of\s)?[A-Z0-9][\w+'-]*(?:\.\w+)*){0,3})"
                        r"(?=\s*(?:[,;)]|\.(?:\s|$)|$|and\b|datasets?\b|benchmarks?\b|respectively\b))")


def parallel_datasets(text: str, ents: list) -> list[Candidate]:
    """Names in the slot of a list item whose earlier item is a value on a dataset ("95.1% on Campus and
    96.2% on Shelf", "82.1% on Kinetics-400 and 41.1% on Moments in Time"), as Dataset candidates for results
    only (rule "on-item"): the list's structure says what the name is, however plain it is written.

    >>> text = "It reaches 95.1% on Campus and 96.2% on Shelf."
    >>> [text[c.start:c.end] for c in parallel_datasets(text, [Candidate(20, 26, T.DATASET, 0, "x")])]
    ['Shelf']
    """
    out: list[Candidate] = []
    todo = [c for c in ents if c[2] is T.DATASET and _ITEM_BEFORE.search(text, max(0, c[0] - 40), c[0])]
    while todo:
        c = todo.pop()
        m = _NEXT_ITEM.match(text, c[1])
        if m is None or m.group("name").lower() in _NOT_ON_NAMES or SPEED.search(text, c[1], m.start("name")):
            continue  # ("40 FPS on Jetson": the hardware it ran on)
        s, e = m.span("name")
        e -= len(m.group("name")) - len(m.group("name").rstrip("'"))
        if any(d[0] < e and s < d[1] and (d[2] is T.DATASET or d[2] is T.METRIC) for d in ents + out):
            continue  # (already data, which the binding reads; or a metric: "0.572 on CIDEr, 0.297 on METEOR")
        out.append(Candidate(s, e, T.DATASET, 0, "on-item", None))
        todo.append(out[-1])  # "on A, V on X, and V on Y": each in turn
    return out


#: one more word of a name written after "on": a capital or a digit first
_NAME_TAIL = re.compile(r" (?:[A-Z0-9][\w.+'-]*[\w+])")


def _on_value_name(text: str, ents: list, s: int, e: int) -> list[Candidate]:
    """The candidate of :func:`after_value_datasets` for one name at ``text[s:e]``, if any."""
    while text[e - 1] in ".'":
        e -= 1  # "... on FooSet." ends the sentence
    while (nxt := _NAME_TAIL.match(text, e)) is not None:
        e = nxt.end()  # "on the NIST 2000 Switchboard task": the longer name, whose parts kg may know
    name = text[s:e]
    if name.rstrip("s").isupper() and not any(ch.isdigit() for ch in name):
        return []  # "on NER" ("on TAC 2010" is data): an acronym in capitals may name a task as well as data
    covering = [c for c in ents if c[0] < e and s < c[1]]
    if name.lower() in _NOT_ON_NAMES or re.fullmatch(r"[Vv]\d+(?:\.\d+)?", name) \
            or any(c[2] is T.DATASET or (c[0] <= s and e <= c[1] and (c[2] is not T.METHOD or c[4] != "name"))
                   for c in covering):
        return []  # (a name typed Method only by its shape is what the value is on)
    inside = [c for c in covering if s < c[0] or c[1] < e]  # "ReID" of "DukeMTMC-ReID": the whole name is data
    return [Candidate(c[0], c[1], T.DATASET, 0, "on-value", None) for c in (covering if not inside else [])
            or [(s, e)]]


_FUNCTION_WORDS = frozenset(("of", "the", "and", "in", "for", "on", "a", "an", "to"))


def _abbreviates(words: list[str], acronym: str) -> bool:
    """``acronym``'s letters run through ``words`` in order, its first the first word's first letter
    ("blood pressure" of "BP", "electrocardiography" of "ECG")."""
    letters = "".join(w for w in words if w.lower() not in _FUNCTION_WORDS).lower()
    if not letters or letters[0] != acronym[0]:
        return False
    at = 0
    for ch in acronym[1:]:
        at = letters.find(ch, at + 1)
        if at < 0:
            return False
    return True


def concept_acronyms(text: str, ents: list) -> set[str]:
    """Acronyms (lower case) kg types Dataset only from "X dataset" that name no data: the text defines them for
    a phrase in lower case ("arterial blood pressure (BP)", "Electrocardiography (ECG) signals": a quantity or a
    signal, its "BP dataset" unnamed data). (Not the initials of the paper's Task: "VQA", "GQA" name data too.)

    >>> t = "Arterial blood pressure (BP) matters. We test on a static BP dataset and the PTB dataset."
    >>> ents = [(t.index("BP dataset"), t.index("BP dataset") + 2, T.DATASET, 0.9, "dataset-context"),
    ...         (t.index("PTB"), t.index("PTB") + 3, T.DATASET, 0.9, "dataset-context")]
    >>> sorted(concept_acronyms(t, ents))
    ['bp']
    """
    rules: dict[str, set] = {}
    for c in ents:
        if c[2] is T.DATASET:
            rules.setdefault(text[c[0]:c[1]], set()).add(c[4])
    out = set()
    for name, kinds in rules.items():
        if kinds != {"dataset-context"} or not re.fullmatch(r"[A-Z]{2,5}", name):
            continue
        if any(_defined_plain(text, m, name.lower()) for m in re.finditer(rf"(?:[\w-]+\s+){{0,4}}[\w-]+(?=\s*\(\s*{name}\s*\))", text)):
            out.add(name.lower())
    return out


def _defined_plain(text: str, m: re.Match, acronym: str) -> bool:
    """The last words of ``m`` (before "(ACRONYM)") spell ``acronym`` and are in lower case (the first may open
    its sentence): "arterial blood pressure (BP)", "Electrocardiography (ECG)"."""
    words = list(re.finditer(r"[\w-]+", m.group(0)))
    for k in range(1, len(words) + 1):
        part = words[-k:]
        before = text[:m.start() + part[0].start()].rstrip(" ")
        opens = not before or before[-1] in ".:;\n"
        if all(w.group(0).islower() for w in part[1:]) and (part[0].group(0).islower() or opens) \
                and _abbreviates([p for w in part for p in w.group(0).split("-")], acronym):
            return True
    return False


def whole_word_at(text: str, name: str, start: int = 0) -> int:
    """Where ``name`` first stands in ``text`` from ``start`` with no letter or digit joined to it, else -1
    ("CUB" is not in "cube").

    >>> whole_word_at("a cube on CUB", "CUB"), whole_word_at("a cube", "cub")
    (10, -1)
    """
    at = text.find(name, start) if name else -1
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(name, at + 1)
    return -1


#: the task a dataset serves, named right after it: "the X corpus for named entity recognition (NER)", "Y for
#: part-of-speech (POS) tagging" (group "task": up to five words, one acronym in a parenthesis among them)
_DATA_FOR = re.compile(r"\s+(?:(?:corpus|corpora|datasets?|data\s+sets?|benchmarks?|treebanks?|sets?)\s+)?for\s+(?:the\s+)?"
                       r"(?P<task>[A-Za-z][\w-]*(?:\s+(?:\([A-Z][\w-]{1,10}\)|[A-Za-z][\w-]*)){0,4}?)"
                       r"(?=\s*(?:[,.;:)]|\s(?:and|or|with|while|where|which)\b|$))")
#: a figure's task after it: "91.2% F1 for NER", "97.5% accuracy for POS tagging" (a metric word or two between)
_VALUE_FOR = re.compile(r"\s*%?\s*(?:[\w@-]+\s+){0,2}?for\s+(?:the\s+)?(?P<task>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
                        r"(?=\s*(?:[,.;:)]|\s(?:and|or|with|while|on|in)\b|$))")
_TASK_ACRONYM = re.compile(r"\s*\(([A-Z][\w-]{1,10})\)\s*")


def task_datasets(text: str, ents: list, data: set[int]) -> dict[str, int]:
    """The dataset the paper pairs with each task it names ("... on two data sets: the A corpus for
    part-of-speech (POS) tagging and the B corpus for named entity recognition (NER)"), by the task's words
    in lower case, its long form and its acronym ("named entity recognition", "ner", "pos tagging"); a task
    two datasets serve is no key."""
    seen: dict[str, set[int]] = {}
    for i in data:
        m = _DATA_FOR.match(text, ents[i][1])
        if m is None:
            continue
        task = m.group("task")
        acro = _TASK_ACRONYM.search(task)
        keys = {" ".join(_TASK_ACRONYM.sub(" ", task).lower().split())}
        if acro is not None:
            keys.add(" ".join((acro.group(1) + " " + task[acro.end():]).lower().split()))
        for k in keys:
            seen.setdefault(k, set()).add(i)
    return {k: min(ids) for k, ids in seen.items() if len(ids) == 1}


def task_dataset(text: str, end: int, tasks: dict[str, int]) -> int | None:
    """The dataset of a figure that names its task after it ("91.2% F1 for NER"), by :func:`task_datasets`."""
    m = _VALUE_FOR.match(text, end) if tasks else None
    return tasks.get(" ".join(m.group("task").lower().split())) if m else None


#: a name with a version number ("SQuAD 2.0", "SQuAD v1.1", "ShapeNet v2"; a decimal only where a name ends:
#: "ImageNet 3.2 points" is no version); group "more": another version listed after it ("SQuAD 1.1 and 2.0")
_VERSIONED_NAME = re.compile(r"(?<![\w-])([A-Z][\w-]*[A-Za-z])\s?(v\d+(?:\.\d+)?|\d\.\d{1,2}(?=\s*(?:[\[(,;:)]|\.(?:\s|$)|$)|\s+(?:dataset|"
                             r"benchmark|challenge|test|val|dev|set|split|leaderboard|task|and|or)\b))(?![\w%]|\.\d)"
                             r"(?P<more>\s*(?:,|and|or|/)\s*v?\d+\.\d)?", re.M)


_ANY_VERSION = re.compile(r"(?<![\w-])([A-Z][\w-]*[A-Za-z])\s?(v?\d+\.\d+)(?![\w%]|\.\d)")


def name_versions(text: str) -> dict[str, str]:
    """The one version the paper gives each name it writes with one ("SQuAD" -> "SQuAD 2.0" when the title says
    "SQuAD 2.0"), by the name in lower case; a name the paper writes with two versions is no key."""
    seen: dict[str, set[str]] = {}
    for m in _VERSIONED_NAME.finditer(text):
        seen.setdefault(m.group(1).lower(), set()).add(m.group(0) if m.group("more") is None else "")
    if seen:  # any other version of the name, wherever it stands ("by 2% for VisDial1.0 on MRR"), makes two
        for m in _ANY_VERSION.finditer(text):
            if (k := m.group(1).lower()) in seen and not any(v.endswith(m.group(2)) for v in seen[k]):
                seen[k].add("")
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and "" not in v}


def versioned_tasks(text: str, ents: list) -> list[Candidate]:
    """Names typed Task that go on with a version or a year ("VQA v2.0", "VQA 1.0 [2]"): a task has no
    versions, a dataset does, so the name with its version is a Dataset candidate for results only (rule
    "versioned-task"), written whole by :func:`dataset_name`.

    >>> text = "It reaches 68.3% on VQA v2.0."
    >>> [text[c.start:c.end] for c in versioned_tasks(text, [Candidate(20, 23, T.TASK, 0, "x")])]
    ['VQA v2.0']
    """
    out = []
    for c in ents:
        if c[2] is not T.TASK or not text[c[0]:c[0] + 1].isupper():
            continue  # ("question answering 2.0" is no name)
        own = _VERSIONED_NAME.match(text, c[0])
        end = own.end(2) if own is not None and own.end(1) == c[1] else c[1]
        if (more := _VERSION.match(text, end)) is not None:
            end = more.end()  # (a year, a "v2", a version before a data word)
        if end > c[1] and not any(d[2] is T.DATASET and d[0] < end and c[0] < d[1] for d in ents):
            out.append(Candidate(c[0], end, T.DATASET, 0, "versioned-task", None))  # (unless data already)
    return out


def versioned(name: str | None, versions: dict[str, str]) -> str | None:
    """A dataset's name written bare ("SQuAD") as the paper names it elsewhere with its one version."""
    if not name or any(ch.isdigit() for ch in name):
        return name
    return versions.get(name.lower(), name)


#: a name's shape in one word: a capital or a digit after a small letter, or a hyphen ("Foo-Bar", "QuuxNet", "Set5")
_NAME_SHAPE = re.compile(r"[a-z][A-Z0-9]|-[A-Za-z]")


def noun_named_data(text: str, ents: list) -> list[Candidate]:
    """Names no entity covers that a singular data noun follows ("on the Movie Talk data set, reaching 93.3%",
    "On the Foo-Bar [3] benchmark, our model ..."), as Dataset candidates for results only (rule "noun-data"):
    the extractor's reading of them (:func:`kg.extract.context.datasets.dataset_context`) kept no entity. A
    name of one plain word or an acronym ("the Proxy dataset", "a static BP dataset") is left out: as often a
    kind of data as a name. A capitalised word and a task's name before the noun are one too (:func:`_task_named`).

    >>> t = "On the Movie Talk data set and the Zorb-Bench [3] benchmark, and on a BP dataset."
    >>> [t[c.start:c.end] for c in noun_named_data(t, [])]
    ['Movie Talk', 'Zorb-Bench']
    """
    from kg.extract.context.datasets import dataset_context  # noqa: PLC0415 (the extractor's own reading)

    out, nouns = [], list(_DATA_NOUN.finditer(text))
    for c in dataset_context(text, [m.span() for m in nouns]):
        name = text[c.start:c.end]
        if any(e[0] < c.end and c.start < e[1] for e in ents) or (" " not in name and not _NAME_SHAPE.search(name)):
            continue
        out.append(Candidate(c.start, c.end, T.DATASET, 0, "noun-data", None))
    return out + [c for m in nouns if (c := _task_named(text, ents, m.start())) is not None]


#: "the Foo question answering dataset": after "the", one or two capitalised words, then lower-case words that end
#: right before the data noun (group 1: the capitalised words, group 2: the rest)
_NAME_THEN_TASK = re.compile(r"\b[Tt]he\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+$")


def _task_named(text: str, ents: list, noun_start: int) -> Candidate | None:
    """A name made of a capitalised word and a task's name before a data noun: "the Foo question answering
    dataset" (the task "question answering" an entity, "Foo" none's) names one dataset, "Foo question answering";
    a language's name ("the Foo-ish sentiment dataset") leaves it a kind of data."""
    m = _NAME_THEN_TASK.search(text, max(0, noun_start - 80), noun_start)
    if m is None or _LANGUAGE_WORD.fullmatch(m.group(1)) is not None:
        return None
    (a, b), (x, y) = m.span(1), m.span(2)
    if not any(c[2] is T.TASK and (c[0], c[1]) == (x, y) for c in ents) or any(c[0] < b and a < c[1] for c in ents):
        return None
    return Candidate(a, y, T.DATASET, 0, "noun-data", None)


@lru_cache(maxsize=1)
def _two_word_data_names() -> dict[str, str]:
    """Dataset names of kg's shipped lexicons made of two words, the first a capitalised word ("WSJ eval92"),
    by their lower case."""
    from kg.extract.lexicon_data import load_lexicon  # noqa: PLC0415 (the lexicons load once, on first use)

    return {n.lower(): n for e in load_lexicon([T.DATASET]) for n in e.names
            if re.fullmatch(r"[A-Z][\w-]*\s[\w.-]+", n)}


#: an acronym defined in a parenthesis, then a word: "the Foo Bar Corpus (FBC) eval92 task"
_ACRONYM_THEN_WORD = re.compile(r"\(([A-Z][\w-]*)\)\s([\w.-]*\w)")


def acronym_split_data(text: str, ents: list) -> list[Candidate]:
    """A lexicon's two-word dataset name that an acronym's definition splits: the acronym in its parenthesis,
    then the name's second word ("Foo Bar Corpus (FBC) eval92" for the lexicon's "FBC eval92"), as a Dataset
    candidate for results only (rule "acronym-split", canonical the lexicon's name).

    >>> t = "a 3.47 WER on the Wall Street Journal (WSJ) eval92 task"
    >>> [(t[c.start:c.end], c.canonical) for c in acronym_split_data(t, [])]
    [('WSJ) eval92', 'WSJ eval92')]
    """
    out = []
    for m in _ACRONYM_THEN_WORD.finditer(text):
        name = _two_word_data_names().get(f"{m.group(1)} {m.group(2)}".lower())
        if name is not None and not any(c[2] is T.DATASET and c[0] < m.end(2) and m.start(1) < c[1] for c in ents):
            out.append(Candidate(m.start(1), m.end(2), T.DATASET, 0, "acronym-split", name))
    return out
