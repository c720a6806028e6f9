"""A dataset's name as results write it, with what it goes on with: its version, language pair and adaptation.

The name a result keeps (:func:`dataset_name`: "ICDAR 2015", "IWSLT '15 English-Vietnamese", "COCO test-dev", an
adaptation "A → B"), the source and target of a domain adaptation (:func:`adaptation_pair`; names an arrow joins:
:func:`arrow_datasets`, rule "arrow-data"), the other language pairs a translation set's first one goes on to
("WMT 2014 English-German and English-French": :func:`pair_lists`), the versions a text writes names with
(:func:`name_versions`, :func:`versioned`) and Task-typed names that go on with a version ("VQA v2.0":
:func:`versioned_tasks`, rule "versioned-task").
"""
from __future__ import annotations

import re

from kg.extract.boundaries import ADAPTS_TO, ARROWS, LANGUAGE, LANGUAGE_PAIR
from kg.extract.candidates import Candidate
from kg.extract.results.splits import SPLIT_AFTER
from kg.vocab import EntityType as T


#: what a dataset's name goes on with: a year, a version, a task or track ("ICDAR 2015", "VQA 1.0 [2]",
#: "SemEval-2021 Task 4", "IWSLT '15")
_VERSION = re.compile(r"(?:[ -](?:(?:19|20)\d\d|[vV]\d+(?:\.\d+)?)(?![\w%]|\.\w)|\s?['’]\d\d(?![\w.%'’])|\s\d\.\d(?=\s*[\[(,]|\s+(?:dataset|benchmark|"
                      r"challenge|test|val|dev|set|split|open|task)\b)|\s(?:Task|Track|Subtask|Part)\s?[A-Z\d]\b)+")
#: the language pair a translation set's version goes on with: "IWSLT '15 English-Vietnamese", "WMT'15 English to German"
_PAIR = re.compile(rf"\s{LANGUAGE_PAIR}")


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
#: the other language pairs a translation set's first one goes on to: "WMT 2014 English-German and English-French"
_MORE_PAIRS = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)({LANGUAGE_PAIR})")


def pair_lists(text: str, ents: list) -> list[Candidate]:
    """The other language pairs a translation set is named with in a list ("14.1 and 26.2 BLEU on WMT 2014
    English-German and English-French, respectively": English-French is WMT 2014 English-French), as Dataset
    candidates whose canonical name is the set's with that pair (rule "version", as :func:`name_lists.version_lists`).

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
