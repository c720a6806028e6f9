"""Datasets named by the noun after them: "the Multi-Human Parsing dataset" -> Dataset "Multi-Human Parsing"
(:func:`dataset_context`)."""
from __future__ import annotations

import re

from kg.extract import candidates, rules
from kg.extract.candidates import Candidate
from kg.extract.words import BAD_MODIFIERS, FUNCTION_WORDS, NOT_NAMES, THING_NOUNS, TITLE_NP_STOP
from kg.vocab import EntityType as T

Span = tuple[int, int]

# --- "the X dataset" ---------------------------------------------------------------------------------------

#: A name's word: capitalised ("Cityscapes"), a lower-case prefix before a capital ("nuScenes", "miniImageNet")
#: or digits before a letter ("3DPW", "300W"); never starting inside a word of the text.
_CAP_WORD = r"(?<![A-Za-z0-9])(?:[A-Z]|[a-z]+[A-Z]|\d+[A-Za-z])[A-Za-z0-9\-+.]*"
#: Up to seven words: a contest's name runs long ("Large Scale 3D Human Activity Analysis Challenge"), and a run
#: cut short names a piece ("Scale 3D Human Activity Analysis").
_CAP_TAIL = re.compile(r"((?:" + _CAP_WORD + r"|of|and|&)(?:\s+(?:" + _CAP_WORD + r"|of|and|&)){0,6})$")
#: The same run of two words or more ending in a year: "the Quokka Visual Glyph Classes 2012 dataset" names the
#: edition (a single name and its year, "ImageNet 2012 dataset", is left to the edition rules).
_DATED_TAIL = re.compile(r"((?:" + _CAP_WORD + r")(?:\s+(?:" + _CAP_WORD + r"|of|and|&)){0,4}\s+" + _CAP_WORD
                         + r"\s+(?:19|20)\d\d)$")
#: the end of such a run that cites a paper: two surnames and its year ("the Quokson and Wombley 2019 dataset")
_CITED_PAIR = re.compile(r"(?<![\w\-])[A-Z][a-z]+\s+(?:and|&)\s+[A-Z][a-z]+\s+(?:19|20)\d\d$")
_LEAD_DROP = {"of", "and", "&", "the", "a", "an", "our", "this", "new"}
_PLURAL_DATA_NOUNS = {"datasets", "benchmarks", "corpora", "corpuses", "suites", "collections", "databases"}
_NOT_LEAD = frozenset({"we", "in", "on", "for", "with"})
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)\s+$", re.I)
#: A word naming a language or a people by its suffix ("Vietnamese", "English", "Brazilian", "Portuguese"): a
#: name made only of such words before "dataset" says what language the data is in, not which dataset it is
#: ("the Brazilian Portuguese dataset", "benchmark Vietnamese datasets").
LANGUAGE_WORD = re.compile(r"[A-Z][a-z]+(?:ese|ish|ian)")


#: A plain Title Case word ("Colossal", "Human-Centric"): no digit, no capital inside, not an acronym.
PLAIN_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*")
_NOUN_WORD = re.compile(r"[A-Za-z]+")


def _noun_in_name(text: str, words: list[str], noun_start: int) -> bool:
    """Whether the capitalised data noun after a name belongs to it: the name is two or more plain Title Case
    words, which alone describe data rather than name it ("the Colossal Clean Crawled Corpus", "the
    Human-Centric Atomic Action Dataset"), and the noun is singular; "the Cityscapes Dataset" stays
    "Cityscapes".

    >>> t = "the Colossal Clean Crawled Corpus and the Cityscapes Dataset"
    >>> _noun_in_name(t, ["Colossal", "Clean", "Crawled"], 27), _noun_in_name(t, ["Cityscapes"], 52)
    (True, False)
    """
    if not text[noun_start].isupper() or len(words) < 2 or not all(PLAIN_TITLE_WORD.fullmatch(w) for w in words):
        return False
    noun = _NOUN_WORD.match(text, noun_start)
    return bool(noun) and noun.group(0).lower() not in _PLURAL_DATA_NOUNS  # "Learning Imbalanced Datasets": a title


def _described_in_title(text: str, words: list[str], noun_start: int, noun_end: int) -> bool:
    """Whether plain Title Case words before a capitalised plural data noun describe a kind of data, as a
    title writes every word with a capital ("Learning Imbalanced Datasets with ...", "Training on Multiple
    Heterogeneous Datasets", "RuDaS: Synthetic Datasets for ..."): a plural names a class of datasets, and the
    capitals say nothing; a name there has a name's shape ("the KITTI and nuScenes Datasets").

    >>> t = "Training on Multiple Heterogeneous Datasets and on the SYNTHIA Datasets"
    >>> _described_in_title(t, ["Multiple", "Heterogeneous"], 35, 43), _described_in_title(t, ["SYNTHIA"], 64, 72)
    (True, False)
    """
    return text[noun_start].isupper() and text[noun_start:noun_end].lower() in _PLURAL_DATA_NOUNS \
        and all(PLAIN_TITLE_WORD.fullmatch(w) for w in words)


#: An indefinite article and the lower-case modifiers after it, right before a name ("a new large-scale ",
#: "a structured "; :func:`_described_after_article`).
_ARTICLE_MODIFIERS = re.compile(r"(?<![\w-])[Aa]n?((?:\s+[a-z][a-z\-]*){1,4})\s+$")
#: Words that end the noun phrase an article opens before a name: grammar words, prepositions and verbs of use
#: ("a model using Quokka News dataset", "a gain over Quokka News benchmark").
_NOT_MODIFIER = frozenset(FUNCTION_WORDS | TITLE_NP_STOP | THING_NOUNS | {
    "over", "than", "into", "against", "about", "across", "between", "among", "within", "versus", "per", "like",
    "after", "before", "during", "upon", "onto", "including", "following", "such"})
#: A modifier's shape: a participle, an adverb, an adjective's ending no noun has, or a hyphen compound
#: ("structured", "challenging", "publicly", "extensive", "large-scale"); a word that may not modify a technique
#: either ("new", "novel", "large": :data:`~kg.extract.words.BAD_MODIFIERS`) counts too. Endings nouns share
#: ("signal", "topic", "patient") do not.
_MODIFIER = re.compile(r"[a-z]+-[a-z\-]+|[a-z]{2,}(?:ive|ous|able|ible|ful|ed|ing|ly)")


def _described_after_article(text: str, words: list[str], start: int) -> bool:
    """Whether two or more plain Title Case words before a data noun (:data:`PLAIN_TITLE_WORD`, as in
    :func:`_noun_in_name`) are the description an indefinite article opens, past lower-case modifiers ("a new
    large-scale Quokka Sign Language dataset (QSL)", "a structured Graph Walk dataset"): "a ... dataset" is one
    dataset of a kind, whose name, if any, is written elsewhere; a word of a name's shape ("a challenging FooSet
    dataset") says it is a name, and a grammar word, a verb or a noun between (:data:`_NOT_MODIFIER`, any word
    not of a :data:`_MODIFIER`'s shape: "a subset of the Quokka News corpus", "a model using Quokka News
    dataset") ends the article's phrase before the name.

    >>> t = "We build a new large-scale Quokka Sign Language dataset and a challenging FooSet dataset."
    >>> _described_after_article(t, ["Quokka", "Sign", "Language"], 27)
    True
    >>> _described_after_article(t, ["FooSet"], 76)
    False
    >>> t = "We take a subset of the Quokka News corpus."
    >>> _described_after_article(t, ["Quokka", "News"], 24)
    False
    >>> t = "We report a relative gain over Quokka News benchmark."
    >>> _described_after_article(t, ["Quokka", "News"], 31)
    False
    """
    if len(words) < 2 or not all(PLAIN_TITLE_WORD.fullmatch(w) for w in words):
        return False
    m = _ARTICLE_MODIFIERS.search(text, max(0, start - 60), start)
    return m is not None and all(w not in _NOT_MODIFIER and (w in BAD_MODIFIERS or _MODIFIER.fullmatch(w))
                                 for w in m.group(1).split())


def language_only(words: list[str]) -> bool:
    """Whether a name's words all name a language or a people (:data:`LANGUAGE_WORD`).

    >>> language_only(["Brazilian", "Portuguese"]), language_only(["Vietnamese"]), language_only(["Fudan"])
    (True, True, False)
    """
    return bool(words) and all(LANGUAGE_WORD.fullmatch(w) for w in words)


def _without_language(words: list[str]) -> list[str]:
    """A name's words without a language word before a word of a name's shape (capitals or digits inside:
    "the English QuokkaWeb12 corpus" is the English part of QuokkaWeb12); a plain Title Case word after it
    keeps it ("the English Quokka corpus" may be that corpus's name).

    >>> _without_language(["English", "QuokkaWeb12"]), _without_language(["English", "Quokka"])
    (['QuokkaWeb12'], ['English', 'Quokka'])
    """
    if len(words) > 1 and LANGUAGE_WORD.fullmatch(words[0]) and words[1] not in ("of", "and", "&") \
            and not PLAIN_TITLE_WORD.fullmatch(words[1]):
        return words[1:]
    return words


def dataset_context(text: str, data_nouns: list[Span]) -> list[Candidate]:
    """Capitalised names right before "dataset"/"benchmark"/"corpus" ("the Multi-Human Parsing dataset");
    names joined by "and" before a plural noun are one dataset each ("the SVHN and MNIST datasets").

    >>> t = "We test on the Multi-Human Parsing dataset."
    >>> [t[c.start:c.end] for c in dataset_context(t, [(35, 42)])]
    ['Multi-Human Parsing']
    >>> t = "We test on the SVHN and MNIST datasets."
    >>> [t[c.start:c.end] for c in dataset_context(t, [(30, 38)])]
    ['SVHN', 'MNIST']
    """
    out = []
    for noun_start, noun_end in data_nouns:
        found = _words_before(text, noun_start)
        if found is None:
            continue
        end, words = found
        # "the SVHN and MNIST datasets": a plural noun after names joined by "and" is a list of datasets
        plural = text[noun_start:noun_end].lower() in _PLURAL_DATA_NOUNS
        groups = _and_groups(words) if plural and any(w in ("and", "&") for w in words) else [words]
        if not plural:
            groups = [_after_new_conjunct(words)]
        joined = " ".join(words)
        if text[end - len(joined):end] == joined:
            out.extend(_named(text, groups, end - len(joined), end, noun_start, noun_end))
    return out


def _after_new_conjunct(words: list[str]) -> list[str]:
    """The words of the last conjunct when it opens on an article: "Deep Nested Adversarial Learning and A New
    [Benchmark]" is a method and a description, no name (the description is dropped as one).

    >>> _after_new_conjunct("Structure-sensitive Learning and A New".split()), _after_new_conjunct(["Penn", "Treebank"])
    (['A', 'New'], ['Penn', 'Treebank'])
    """
    for i in range(len(words) - 2, 0, -1):
        if words[i] in ("and", "&") and words[i + 1] in ("A", "An", "The"):
            return words[i + 1:]
    return words


def _words_before(text: str, noun_start: int) -> tuple[int, list[str]] | None:
    """Where the words before a data noun end, and the capitalised run (with "of", "and", "&") that ends
    there, from the last sentence end in it; None when there is none."""
    end = noun_start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end == noun_start:
        return None
    lo = max(0, end - 90)
    if end and text[end - 1] != "\n":
        # a match ends at `end` in a word of the last chunk: a capitalised word, "of", "and" or "&";
        # a lower-case chunk ending in none of them ("the dataset") cannot hold one, so skip the scan
        chunk = text[max(lo, text.rfind(" ", lo, end) + 1):end]
        if chunk.islower() and not chunk.endswith(("of", "and", "&")):
            return None
    mm = _CAP_TAIL.search(text, lo, end) or _DATED_TAIL.search(text, lo, end)
    if not mm or (mm.re is _DATED_TAIL and _CITED_PAIR.search(mm.group(1))):
        return None
    words = mm.group(1).split()
    # a word ending in a full stop ends a sentence: "... NTU120-X. Our dataset" names nothing new
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith("."):
            return end, words[i + 1:]
    return end, words


def _and_groups(words: list[str]) -> list[list[str]]:
    """The words split at each "and"/"&" (a group may be empty)."""
    groups, part = [], []
    for w in words:
        if w in ("and", "&"):
            groups.append(part)
            part = []
        else:
            part.append(w)
    groups.append(part)
    return groups


def _named(text: str, groups: list[list[str]], pos: int, end: int, noun_start: int,
           noun_end: int) -> list[Candidate]:
    """A Dataset candidate for each group of words (in text order from ``pos`` to ``end``) that is a name: not
    a description ("a Large Annotated Corpus"), not a lead word, a non-name or only a language."""
    out = []
    for part in groups:
        if not part:
            continue
        joined = " ".join(part)
        part_start = text.find(joined, pos, end)
        if part_start < 0:
            continue
        pos = part_start + len(joined)
        if part[0] in ("A", "An") or _INDEFINITE_BEFORE.search(text, max(0, part_start - 4), part_start) \
                or _described_after_article(text, part, part_start):
            continue  # "a Large Annotated Corpus", "A Scalable Dataset": a description, not a name
        while part and part[0].lower() in _LEAD_DROP:
            part = part[1:]
        part = _without_language(part)
        part, cut = _without_other_data(part)
        if part and part[-1] in ("and", "&", "of"):
            continue  # "MediaSpeech: Multilanguage ASR Benchmark and Dataset": the noun ends a conjunction, no name
        if not part or part[0] in NOT_NAMES or part[0].lower() in _NOT_LEAD \
                or rules.not_a_name_shape(part[0]) or language_only(part):
            continue
        if _described_in_title(text, part, noun_start, noun_end):
            continue
        name = " ".join(part)
        start = (pos - len(" ".join(part + cut))) if cut else pos - len(name)
        pos = start + len(name) if cut else pos
        end_at = noun_end if pos == end and not cut and _noun_in_name(text, part, noun_start) else pos
        out.append(Candidate(start, end_at, T.DATASET, candidates.PRI_CONTEXT, "dataset-context"))
    return out


#: Words that set the data noun after them against the named set before ("Quokka Existing Datasets", a heading's
#: "Our Set: Quokka Previous Datasets"): they grade the noun, and no name ends in them.
_OTHER_DATA = frozenset({"existing", "previous", "prior", "other", "related", "recent", "current", "popular",
                         "conventional", "traditional"})


def _without_other_data(part: list[str]) -> tuple[list[str], list[str]]:
    """The words of a name before a data noun without the words after it that set the noun against it
    (:data:`_OTHER_DATA`), and those words.

    >>> _without_other_data(["Quokka", "Existing"]), _without_other_data(["Quokka", "Wombat"])
    ((['Quokka'], ['Existing']), (['Quokka', 'Wombat'], []))
    """
    k = len(part)
    while k > 1 and part[k - 1].lower() in _OTHER_DATA:
        k -= 1
    return part[:k], part[k:]
