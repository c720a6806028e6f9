"""Lists of names: each member of a list a candidate of its own for results.

The members of a list of three names or more ("CUB200, Cars196, Sop, and InShop": :func:`list_members`), two names
joined by "and" before a plural data noun ("on the Foo and Bar benchmarks": :func:`paired_members`), the names of a
list of figures (:func:`figure_list_members`) and a version list after a dataset's name ("DAVIS 2016/2017", "SQuAD 1.1
and 2.0": :func:`version_lists`). :data:`CITED` is a member's citation bracket.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.figure_lists import figure_lists
from kg.extract.text_spans import CITATION_BRACKET
from kg.vocab import EntityType as T


#: a member's citation bracket, maybe after a word in lower case that ends its name: "Foo [4]", "Foo birds [67]"
CITED = rf"(?:(?:\s[a-z]+)?\s*{CITATION_BRACKET})?"


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
