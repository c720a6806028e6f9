"""Dataset candidates results read from how the text calls a name: data nouns, lists of data, kg's lexicon.

Method-typed names the text calls data ("the Switchboard and CallHome sets": :func:`called_datasets`, rule
"called-data"; the members of a list of data: :func:`data_conjuncts`), names no entity covers before a data noun
("the Movie Talk data set": :func:`noun_named_data`, rule "noun-data"), a lexicon's dataset name an acronym's
parenthesis splits ("(WSJ) eval92": :func:`acronym_split_data`), the lexicon's dataset names a text writes in another
case or broken by a line's hyphen (:func:`lexicon_datasets`, :func:`broken_word`) and a dataset a model was pre-trained
on or is built after, not evaluated on (:func:`means_role`). They serve results only: they are not entities of the
paper.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.boundaries import LANGUAGE
from kg.extract.candidates import Candidate
from kg.extract.results.name_lists import CITED
from kg.extract.text_spans import CITATION_BRACKET
from kg.link.lexicon_rows import common_words
from kg.vocab import EntityType as T


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
            parts.add(text[c[0]:c[1]].lower())  # "SemEval Task4": a part of the dataset's name (:func:`data_names.dataset_name`)
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
#: "vectors trained on D", "pretrained (visual) representations on D", "inspired by the VGG D architecture"
_MEANS_BEFORE = re.compile(r"(?:\bpre-?train\w*(?:\s+(?:[a-z-]+\s+)?(?:representations?|features|weights|embeddings|"
                           r"encoders?|backbones?|checkpoints?|parameters|vectors))?|"
                           r"\b(?:vectors|embeddings)(?:\s+trained)?|\binitiali[sz]ed)\s+(?:on|from|with)"
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
    return _MEANS_BEFORE.search(text, max(0, c[0] - 64), c[0]) is not None or _MEANS_AFTER.match(text, c[1]) is not None


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


#: a language's name, whole ("English")
_LANGUAGE_WORD = re.compile(LANGUAGE)
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
