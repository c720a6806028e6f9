"""Misspellings of well-supported names: a rare name that is a frequent name of its type with one letter
typed wrong ("CommensenseQA", "AcitivityNet", "Cityscapse", "SyleGAN2") joins it.

The fuzzy phase (:mod:`kg.link.fuzzy`) never compares names written like coined names, because one
letter there makes another model ("EfficientDet" / "EfficientNet", "PixelRNN" / "PixelCNN"). A typo is
told from another name by the mechanism of typing, not by the similarity alone:

- **support**: the rare name has at most :data:`TYPO_RARE` mentions in the corpus and the other at least
  :data:`TYPO_SUPPORT` and :data:`TYPO_RATIO` times as many (a misspelling is rare, its word is not);
- **one slip inside a long word**: the names have the same words but one, and those two words (the
  longer of at least :data:`TYPO_WORD` letters) are one letter inserted, dropped, replaced or swapped
  apart, not at the word's first letter (in shorter words one letter makes another name: "CuMix" /
  "CutMix", "RigNet" / "RegNet", "ConsNet" / "ConvNet", "micro-F1" / "macro-F1"; "De-" /
  "re-identification" differ at the first letter);
- **the same capitals**: some spelling of each writes the same capital letters in the same order (a
  slip in a lower-case run; "DenseNMT" / "DenseNet", "ShanghaiTechA" / "ShanghaiTech", "IMAGENET-O" /
  "ImageNet" differ in their capitals);
- **one candidate**: a rare name one slip away from two frequent names joins neither.

A name whose text lost a letter (:data:`LOST_LETTER`: the "?" a PDF's text writes for a character its
encoding lacks, "Schr?dinger" for the umlaut) joins the name of its type that has a letter outside ASCII
in that place, when all such names are one entity; its spelling with that letter is its surface form,
so it names the entity, not the text's "?".
"""
from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from kg.link.normalize import key_numbers
from kg.link.nodes import NodeTable
from kg.link.tables import Clusters

#: Most mentions a name may have to be read as a misspelling.
TYPO_RARE = 3
#: Fewest mentions of the name a misspelling joins ...
TYPO_SUPPORT = 10
#: ... and how many times the misspelling's mentions it has at least.
TYPO_RATIO = 5
#: Fewest letters of the word a slip is in.
TYPO_WORD = 8

#: A "?" inside a word (a letter before it, a lower-case letter after it): a letter the text lost.
LOST_LETTER = re.compile(r"(?<=[^\W\d_])\?(?=[a-z])")
#: A letter that stands for the lost one while the name is keyed (a letter the keys keep as it is).
_PLACEHOLDER = "\u0294"


def _capitals(forms: dict[str, int]) -> set[str]:
    """The capital letters of each spelling of a node, in order."""
    return {"".join(c for c in f if c.isupper()) for f in forms}


def one_slip(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names' words are the same but one pair, one letter apart (inserted, dropped, replaced
    or two swapped) inside a word of :data:`TYPO_WORD` letters or more, not at its first letter.

    >>> one_slip(("commensenseqa",), ("commonsenseqa",)), one_slip(("micro", "f", "1"), ("macro", "f", "1"))
    (True, False)
    """
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return (max(len(x), len(y)) >= TYPO_WORD and x[0] == y[0] and x.isalpha() and y.isalpha()
            and DamerauLevenshtein.distance(x, y) == 1)


class Typos(NodeTable):
    """The misspelling joins (see the module docstring)."""

    def _typos(self, cl: Clusters, surf: dict[int, dict[str, int]]) -> None:
        """Join each rare name to the one frequent name of its type it misspells."""
        mentions = {i: sum(forms.values()) for i, forms in surf.items() if i not in self._dead}
        frequent: dict[tuple, list[int]] = defaultdict(list)
        for i, n in mentions.items():
            if n >= TYPO_SUPPORT and self._words[i]:
                t, k = self._nodes[i]
                frequent[(t, key_numbers(k), len(self._words[i]), k[0])].append(i)
        edges = []
        for i in sorted(mentions, key=self._sort_key):
            n = mentions[i]
            t, k = self._nodes[i]
            block = frequent.get((t, key_numbers(k), len(self._words[i]), k[0]), ()) if 0 < n <= TYPO_RARE else ()
            keys = [self._nodes[j][1] for j in block]
            near = [block[x] for _, _, x in process.extract(k, keys, scorer=DamerauLevenshtein.distance,
                                                             score_cutoff=1, limit=None)]
            found = [j for j in near if mentions[j] >= TYPO_RATIO * n and one_slip(self._words[i], self._words[j])
                     and _capitals(surf[i]) & _capitals(surf[j])]
            if len({cl.find(j) for j in found}) == 1 and cl.find(found[0]) != cl.find(i):
                edges.append((i, found[0]))
        for a, b in edges:
            if cl.union(a, b):
                self.stats.typo_merges += 1
                self.stats.fuzzy_pairs.append((self._nodes[a][1], self._nodes[b][1]))

    def _lost_letters(self, cl: Clusters, surf: dict[int, dict[str, int]]) -> None:
        """Join each name with one lost letter to the names of its type spelt with a letter outside ASCII
        there, when those are one entity; its surface forms get that letter (see the module docstring)."""
        lost: dict[int, tuple[int, str]] = {}  # node -> where its key lost the letter, and its text
        for i, forms in surf.items():
            if i in self._dead:
                continue
            for text in forms:
                if "?" in text and len(LOST_LETTER.findall(text)) == 1:
                    k = self._key_words(LOST_LETTER.sub(_PLACEHOLDER, text))[0]
                    if k.count(_PLACEHOLDER) == 1 and k.replace(_PLACEHOLDER, "") == self._nodes[i][1]:
                        lost[i] = (k.index(_PLACEHOLDER), text)
                        break
        if not lost:
            return
        by_length: dict[tuple, list[int]] = defaultdict(list)
        for j, (t, k) in enumerate(self._nodes):
            if j not in self._dead:
                by_length[(t, len(k))].append(j)
        for i in sorted(lost, key=self._sort_key):
            at, text = lost[i]
            t, k = self._nodes[i]
            found = [j for j in by_length.get((t, len(k) + 1), ())
                     if not self._nodes[j][1][at].isascii() and self._nodes[j][1][at].isalpha()
                     and self._nodes[j][1][:at] == k[:at] and self._nodes[j][1][at + 1:] == k[at:]]
            if len({cl.find(j) for j in found}) != 1:
                continue
            letter = self._nodes[found[0]][1][at]
            surf[i] = {LOST_LETTER.sub(letter, s): c for s, c in surf[i].items()}
            if cl.union(found[0], i):
                self.stats.typo_merges += 1
                self.stats.fuzzy_pairs.append((k, self._nodes[found[0]][1]))
