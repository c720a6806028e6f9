"""Lexicon names the text writes with a hyphen added or removed between two parts, or a part in another case:
"300-W" for "300W", "Faster-RCNN" for "Faster R-CNN", "Cifar-10" for "CIFAR-10", "re-ID" for "ReID".

The PhraseMatcher of :class:`~kg.extract.components.LexiconMatcher` finds a name's own spellings and its
hyphen/space variants; this pass looks at the hyphenated words it left, compares them with the lexicon by
:func:`~kg.extract.lexicon_data.name_key` (case, spaces and hyphens aside) and keeps a match only when the
written form keeps the name's shape (:func:`spelled_as`):

- a hyphen falls where the name has a part boundary (a space or hyphen, a small letter before a capital, a
  letter beside a digit: "Scan-Net", "300-W", "Faster-RCNN"); a hyphen elsewhere is a compound's (the word
  after it a known word) and the written letters are then the name's, case and all ("auto-encoders" for
  "autoencoders"), else a line break inside a word ("sum-marization", "Re-call") and no match;
- for a name matched only as written, each part keeps its letters' capitals or changes a whole part's case
  ("Cifar"/"CIFAR", "Youtube"/"YouTube", "U-net"/"U-Net"); but a name made of ordinary words keeps its capitals
  exactly or is all in capitals ("Scan-Net", "SCAN-NET" for "ScanNet"), as a compound of the same words written
  as prose does not ("cross-task", or "Cross-task" opening a sentence, for "CrossTask"; "follow-up" for "FollowUp").
"""
from __future__ import annotations

import re

from kg.extract.dataset_bounds import split_or_lone_piece
from kg.extract.lexicon_data import name_key
from kg.vocab import EntityType as T

_SEPARATOR = re.compile(r"[\s\-_\u2010\u2011\u2012\u2013\u2014]")
#: Where a name's parts meet inside a word: a small letter before a capital, a letter beside a digit.
_INNER_BOUND = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def name_bounds(name: str) -> tuple[str, frozenset[int]]:
    """A name's letters without separators, and the places (indices into them) where two of its parts meet.

    >>> name_bounds("Faster R-CNN")
    ('FasterRCNN', frozenset({6, 7}))
    >>> name_bounds("300W"), name_bounds("ReID"), name_bounds("autoencoders")
    (('300W', frozenset({3})), ('ReID', frozenset({2})), ('autoencoders', frozenset()))
    """
    letters: list[str] = []
    bounds = set()
    for piece in _SEPARATOR.split(name):
        if not piece:
            continue
        if letters:
            bounds.add(len(letters))
        bounds.update(len(letters) + m.start() for m in _INNER_BOUND.finditer(piece) if m.start())
        letters.extend(piece)
    return "".join(letters), frozenset(bounds)


def one_word(name: str) -> bool:
    """Whether a lexicon name is written as one word, no space or hyphen between parts ("mixup", "300W"; not
    "Faster R-CNN"): written with a hyphen added it is no longer for that (:func:`kg.extract.sources.from_lexicon`).

    >>> one_word("mixup"), one_word("SlowFast"), one_word("Faster R-CNN"), one_word("self-attention")
    (True, True, False, False)
    """
    return _SEPARATOR.search(name) is None


def _whole_case(part: str, model: str) -> bool:
    """Whether ``part`` is ``model`` as written or with the whole part's case changed ("Cifar", "cifar" or
    "CIFAR" for "CIFAR"; "Youtube" for "YouTube"; "net" for "Net"; never "WoZ" for "WOZ")."""
    return part in (model, model.lower(), model.upper(), model[:1].upper() + model[1:].lower())


def _ordinary(name: str, words: frozenset[str]) -> bool:
    """Whether a name is made of ordinary words only ("CrossTask", "FollowUp"; not "ReID", "YouTube-VOS",
    "U-Net": an acronym or a lone letter is no ordinary word)."""
    parts = _PART.findall(name)
    return bool(parts) and all(p.lower() in words and len(p) > 1 and not p.isupper() for p in parts)


def spelled_as(written: str, name: str, as_written: bool, words: frozenset[str]) -> bool:
    """Whether the hyphenated ``written`` form (same :func:`name_key` as ``name``) writes the lexicon name.
    ``as_written``: the name matches only as written (a case-sensitive row's proper name); ``words``: the known
    words a compound's second part may be.

    >>> w = frozenset({"cross", "task", "encoders", "call"})
    >>> spelled_as("300-W", "300W", True, w), spelled_as("Cifar-10", "CIFAR-10", True, w)
    (True, True)
    >>> [spelled_as(t, "CrossTask", True, w) for t in ("cross-task", "Cross-task", "Cross-Task", "CROSS-TASK")]
    [False, False, True, True]
    >>> spelled_as("auto-encoders", "autoencoders", False, w), spelled_as("Auto-Encoders", "autoencoders", False, w)
    (True, False)
    >>> spelled_as("sum-marization", "summarization", False, w), spelled_as("Re-call", "recall", False, w)
    (False, False)
    """
    letters, bounds = name_bounds(name)
    parts = written.split("-")
    if len(parts) < 2 or not all(parts) or "".join(parts).lower() != letters.lower():
        return False
    at = 0
    for before, part in zip(parts, parts[1:]):
        at += len(before)
        if at not in bounds and (part.lower() not in words or "".join(parts) != letters):
            return False  # a hyphen inside one of the name's parts: a compound written as the name, or a line break
    if not as_written:
        return True
    if _ordinary(name, words):
        joined = "".join(parts)  # "Cross-Task" or "CROSS-TASK" for "CrossTask"; "cross-task", "Cross-task" are prose
        return joined in (letters, letters.upper())
    at = 0
    for part in parts:
        if not _whole_case(part, letters[at:at + len(part)]):
            return False
        at += len(part)
    return True


#: A run of words joined by hyphens, no other word character glued to it.
_HYPHENATED = re.compile(r"(?<![\w\-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w\-])")
#: A word written in small letters inside a lexicon name ("encoders" of "variational auto-encoders"), not an acronym.
_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")

Found = tuple  # (start token, end token, type, canonical, curated), as LexiconMatcher writes them


class SpelledNames:
    """The lexicon's names by :func:`name_key`, to find the hyphenated spellings the PhraseMatcher misses.

    ``entries``: ``(name, as_written, (type, canonical, curated))`` of every name; ``common``: the everyday
    English words, which with the words the lexicon's names write in small letters make the known words of
    :func:`spelled_as` (so a line break's piece, "marization", "toencoders", is none); ``lone``: the Dataset names
    (by :func:`name_key`) one imported list alone gives, which a lower-case piece does not make, as no split's word
    makes a Dataset name (:func:`~kg.extract.dataset_bounds.split_or_lone_piece`: "CelebA-test", "ImageNet-patch").
    Metrics are the curated rows' only: a generated Metric row (a leaderboard's column) stands only where a measure
    is said, and a curated metric it ends with grows to the written compound anyway ("Scene-FID" of FID)."""

    def __init__(self, entries, common: frozenset[str], lone: frozenset[str] = frozenset()) -> None:
        self.lone = lone
        self.by_key: dict[str, list[tuple[str, bool, tuple]]] = {}
        words = set(common)
        for name, as_written, val in entries:
            self.by_key.setdefault(name_key(name), []).append((name, as_written, val))
            words.update(_WORD.findall(name))
        self.words = frozenset(words)

    def match(self, written: str, in_title: bool = False) -> tuple | None:
        """``(type, canonical, curated)`` of the name ``written`` spells, or None; ``in_title``: written in the
        title, where a name of ordinary words is none (:meth:`find`)."""
        key = name_key(written)
        for name, as_written, val in self.by_key.get(key, ()):
            if in_title and as_written and _ordinary(name, self.words):
                continue
            if val[0] is T.METRIC and not val[2]:
                continue  # a generated Metric row needs a measure's context, and "Scene-FID" already grows from FID
            if val[0] is T.DATASET and split_or_lone_piece(written[written.index("-"):], key, self.lone):
                continue
            if spelled_as(written, name, as_written, self.words):
                return val
        return None

    def find(self, doc, found: list[Found], text: str | None = None) -> list[Found]:
        """The doc's hyphenated spellings of lexicon names no match in ``found`` already covers: the longest
        run of hyphen-joined parts first, then shorter runs inside a longer one that matched nothing. In the title
        (up to the first line break) a name of ordinary words is not read from a hyphenated compound: a title
        capitalises every word, so "Slow-Fast Networks" there is prose, not SlowFast."""
        out: list[Found] = []
        text = doc.text if text is None else text  # (``doc.text`` joins every token: pass it when known)
        title_end = text.find("\n")
        for m in _HYPHENATED.finditer(text):
            starts = [m.start()] + [m.start() + i + 1 for i, ch in enumerate(m.group()) if ch == "-"]
            ends = [s - 1 for s in starts[1:]] + [m.end()]
            taken: set[int] = set()
            for size in range(len(starts), 1, -1):
                for a in range(len(starts) - size + 1):
                    b = a + size - 1
                    if taken.intersection(range(a, b + 1)):
                        continue
                    hit = self._span(doc, starts[a], ends[b], found, starts[a] < title_end)
                    if hit is not None:
                        out.append(hit)
                        taken.update(range(a, b + 1))
        return out

    def _span(self, doc, start: int, end: int, found: list[Found], in_title: bool = False) -> Found | None:
        span = doc.char_span(start, end)
        if span is None or any(s <= span.start and span.end <= e for s, e, *_ in found):
            return None
        val = self.match(span.text, in_title)
        return None if val is None else (span.start, span.end, *val)
