"""A name found by its shape alone that the paper writes with a year after it each time ("iSEG 2017 and MRBrainS
2013", "on BRATS 2013 ... on BRATS 2015") keeps the year: the year names the edition (of a challenge, a benchmark),
and editions stay apart ("DAVIS 2017" is not "DAVIS 2016"). The extractor types such names Method by their shape;
:func:`kg.extract.dataset_bounds.dataset_editions` grows only Dataset candidates, and the linker may type the name
a Dataset later, by then without its year. A name written once without a year is the name alone."""
from __future__ import annotations

import re

from kg.extract.acronym_letters import long_form_window_start, spells
from kg.extract.boundaries import _without_pieces
from kg.extract.candidates import Candidate
from kg.extract.figure_lists import DATA_NOUNS
from kg.extract.head_phrases import verb_form
from kg.extract.lexicon_data import name_key
from kg.vocab import EntityType as T

#: a year right after a name, not the start of a longer figure ("2017", not "2017.5" or "20170")
#: (nor the first year of a range, "2017-2019", "2017/18"; a list of editions "2015/2016/2017" keeps its first)
_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?![\w%]|[.,]\d|[\-\u2013]\d|/\d\d(?!\d))")
#: Before a name, a citation's "by" and any cited names with years before it: "shown by DeVries 2017 and".
_CITED_BEFORE = re.compile(r"\bby\s+(?:\S+\s+(?:19|20)\d\d[a-z]?\s*(?:,\s*|\band\s+|,\s*and\s+))*$")
#: a data noun a few lower-case words after the year ("2012 dataset", "2019 bird counting benchmark"): the
#: dataset rules read that edition (:mod:`kg.extract.findings`), typed by its noun
_DATA_NOUN_NEXT = re.compile(rf"\s+(?:[a-z][a-z\-]*\s+){{0,2}}{DATA_NOUNS}\b")
#: the lower-case word right after the year
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def dated_names(text: str, cands: list[Candidate], keys: dict | None = None,
                verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Shape-only Method candidates (rule "name", a capital or a digit inside the word: an acronym, a camel-case or
    a letter-digit name, "Hub5"; not a cited author's "Smith 2019", nor one cited after "by": "shown by DeVries
    2017") grown over the year after them when every mention of the name in the text has one; a span another rule found is left as it is, and so is a name whose year another candidate holds, a name
    the lexicon knows with its year (``keys``, as for :func:`kg.extract.dataset_bounds.lexicon_continuations`,
    which names it: "TAC 2010") and an acronym the words before its parenthesis spell ("Meaning Representation
    Parsing (MRP 2020)": the acronym stays its long form's). A year a data noun follows is left to the dataset
    rules, and a year the sentence's verb follows ("KOALANET 2020 runs fast", one of ``verbs``) is no edition.

    >>> t = "on iSEG 2017 and MRBrainS 2013, on BraTS 2015 and BraTS, with Smith 2019 and ResNet"
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.METHOD, 40, "name")
    >>> cs = [at("iSEG"), at("MRBrainS"), at("BraTS"), at("BraTS", 40), at("Smith"), at("ResNet")]
    >>> [t[c.start:c.end] for c in dated_names(t, cs)]
    ['iSEG 2017', 'MRBrainS 2013', 'BraTS', 'BraTS', 'Smith', 'ResNet']
    >>> [t[c.start:c.end] for c in dated_names(t, cs[:2], {"mrbrains2013": (T.DATASET, "MRBrainS 2013", True)})]
    ['iSEG 2017', 'MRBrainS']
    >>> t2 = "as shown by DeVries 2017 and LeCun 1998, on QuoSet 2017-2019"
    >>> at2 = lambda w: Candidate(t2.index(w), t2.index(w) + len(w), T.METHOD, 40, "name")
    >>> cs2 = [at2("DeVries"), at2("LeCun"), at2("QuoSet")]
    >>> [t2[c.start:c.end] for c in dated_names(t2, cs2)]
    ['DeVries', 'LeCun', 'QuoSet']
    """
    others = {(c.start, c.end) for c in cands if c.rule != "name"}
    out, grown = [], []
    for c in cands:
        m = _YEAR_AFTER.match(text, c.end) if _shaped(text, c) and (c.start, c.end) not in others \
            and not _CITED_BEFORE.search(text, max(0, c.start - 80), c.start) else None
        m = None if m is None or _left_to_others(text, m.end(), verbs) else m
        if m and _always_dated(text, text[c.start:c.end]) and not _held(cands, c, m.end()) \
                and name_key(text[c.start:m.end()]) not in (keys or {}) and not _defined(text, c.start, m.end()):
            c = c._replace(end=m.end(), canonical=None)
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown) if grown else out


def _left_to_others(text: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether the year ending at ``end`` is read by the dataset rules (a data noun follows) or is no edition (a
    verb follows: "KOALANET 2020 runs fast")."""
    nxt = _NEXT_WORD.match(text, end)
    return bool(_DATA_NOUN_NEXT.match(text, end)) or (nxt is not None and verb_form(nxt.group(1), verbs))


def _defined(text: str, start: int, end: int) -> bool:
    """Whether the name and year from ``start`` to ``end`` stand in a parenthesis after words that spell the name."""
    if text[start - 1:start] != "(" or text[end:end + 1] != ")":
        return False
    short, words = text[start:end].split(" ")[0], text[long_form_window_start(text, start - 1):start - 1].split()
    return any(spells(short, " ".join(words[-k:])) for k in range(1, min(len(words), len(short) + 2) + 1))


def _held(cands: list[Candidate], c: Candidate, end: int) -> bool:
    """Whether a candidate other than ``c`` covers a character of the year from ``c.end`` to ``end``."""
    return any(o is not c and o.start < end and c.end + 1 < o.end and o.start <= c.end + 1 for o in cands)


def _shaped(text: str, c: Candidate) -> bool:
    """A Method candidate by shape only whose word has a capital or a digit after its first letter ("Hub5")."""
    name = text[c.start:c.end]
    return c.type is T.METHOD and c.rule == "name" and " " not in name and any(
        ch.isupper() or ch.isdigit() for ch in name[1:])


def _always_dated(text: str, name: str) -> bool:
    """Whether each time the text writes ``name`` as a word, a year follows it."""
    spots = [m.end() for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)]
    return bool(spots) and all(_YEAR_AFTER.match(text, e) for e in spots)


#: an edition written as an apostrophe and two digits or a year right after a name ("Hub5'00", "QuokCup’19",
#: "Hub5'2000"), not a quote
_APOSTROPHE_EDITION = re.compile(r"['\u2019](?:(?:19|20)\d\d|\d\d)(?![\w'\u2019])")


def apostrophe_editions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Method and Dataset candidates grown over the apostrophe and the edition right after them: the edition
    belongs to the name ("Hub5'00" is a test set, "Hub5" of it a cut); a span another candidate already holds is
    left to that one.

    >>> t = "on the Wombat5'00 test set and 'Quok' 19 times"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "name")
    >>> [t[c.start:c.end] for c in apostrophe_editions(t, [at("Wombat5"), at("Quok")])]
    ["Wombat5'00", 'Quok']
    """
    spans = {(c.start, c.end) for c in cands}
    out, grown = [], []
    for c in cands:
        m = _APOSTROPHE_EDITION.match(text, c.end) if c.type in (T.METHOD, T.DATASET) \
            and text[c.end - 1:c.end].isalnum() else None
        if m and (c.start, m.end()) not in spans:
            c = c._replace(end=m.end(), canonical=None)
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown) if grown else out
