"""Acronyms spelt out inside longer names: "bidirectional LSTM" is "bidirectional long short-term
memory", "Visual QA" is "visual question answering" (the rule is in :mod:`kg.link.resolver`, step 6)."""
from __future__ import annotations

import re

from kg.extract.abbreviations import find_abbreviations
from kg.link.nodes import NodeTable
from kg.link.tables import Clusters, RunTables
from kg.link.normalize import key_and_words
from kg.link.types import KIND_SEP

#: Papers that must define an acronym as the long form of its cluster before the acronym is spelt out
#: inside other names (one paper's definition may be that paper's own name for something else).
EXPANSION_SUPPORT = 2


#: The words of a surface form (letters and digits: "KG-based" writes "KG").
_TOKEN = re.compile(r"[^\W_]+")


def written_acronyms(texts: tuple[str, ...]) -> set[tuple[str, tuple[str, ...]]]:
    """The one-word acronyms of letters a paper defines in its ``texts`` ("knowledge graph (KG)",
    :func:`~kg.extract.abbreviations.find_abbreviations`), whether or not a mention holds them: (the
    acronym's normalised word, its long form's normalised words), long forms of two words or more.

    >>> sorted(written_acronyms(("We embed knowledge graphs (KGs) and a Knowledge Graph (KG).",)))
    [('kg', ('knowledge', 'graph'))]
    """
    out: set[tuple[str, tuple[str, ...]]] = set()
    for text in texts:
        for ls, le, ss, se in find_abbreviations(text):
            short, long = key_and_words(text[ss:se])[1], key_and_words(text[ls:le])[1]
            if len(short) == 1 and short[0].isalpha() and len(long) >= 2:
                out.add((short[0], long))
    return out


def node_key(words: tuple[str, ...]) -> str:
    """The compact key of normalised words (as :func:`~kg.link.normalize.key_and_words` joins them)."""
    return "".join(f"<{w}>" if w[:1].isdigit() else w for w in words)


class Expansions(NodeTable):
    """Join a name that writes an acronym to the same name with the acronym's long form."""

    def _spelt_out(self, cl: Clusters, tb: RunTables) -> dict[tuple, list[tuple[str, ...]]]:
        """``(type, acronym word) -> the words of its long forms``: a one-word acronym without numbers
        whose cluster holds long forms of two words or more that :data:`EXPANSION_SUPPORT` papers
        define it as (an acronym defined different ways joined none of them: it has none)."""
        out: dict[tuple, list[tuple[str, ...]]] = {}
        for a in sorted(tb.defs, key=self._sort_key):
            t, k = self._nodes[a]
            words = self._words[a]
            if a in self._dead or len(words) != 1 or not words[0].isalpha() or len(k) < 2:
                continue
            r = cl.find(a)
            longs = [n for n in tb.defs[a] if cl.find(n) == r and len(self._words[n]) >= 2 and KIND_SEP not in self._nodes[n][1]]
            if sum(tb.defs[a][n] for n in longs) >= EXPANSION_SUPPORT:
                out[(t, words[0])] = sorted({self._words[n] for n in longs})
        return out

    @staticmethod
    def _written_out(tb: RunTables) -> dict[str, tuple[str, ...]]:
        """``acronym word -> the words of its one long form``: an acronym the texts of :data:`EXPANSION_SUPPORT`
        papers or more define ("knowledge graph (KG)", mention or not: :func:`written_acronyms`), every one
        as the same words (an acronym with two senses in the corpus spells out nothing)."""
        return {a: next(iter(longs)) for a, longs in tb.written.items()
                if len(longs) == 1 and sum(longs.values()) >= EXPANSION_SUPPORT}

    @staticmethod
    def _long_forms(spelt: dict, written: dict[str, tuple[str, ...]], t: object, w: str,
                    forms: dict[str, int]) -> list[tuple[str, ...]]:
        """The long forms a word of a name of type ``t`` spells out: its acronym's (or its plural's) in
        ``spelt`` (:meth:`_spelt_out`), else in ``written`` (:meth:`_written_out`) when one of the name's
        surface ``forms`` writes the word as an acronym: two capitals or more, or capitals only ("KG embedding",
        "KGs"; not "pose prediction" nor the title-case "Pose Encoder" for POSE)."""
        for a in (w, w[:-1]) if w.endswith("s") else (w,):
            longs = spelt.get((t, a))
            if longs:
                return longs
            long = written.get(a)
            if long and any(x.lower() in (a, a + "s") and _acronym_cased(x) for f in forms for x in _TOKEN.findall(f)):
                return [long]
        return []

    def _expansions(self, cl: Clusters, tb: RunTables, surf: dict[int, dict[str, int]] | None = None) -> None:
        """Join each name of two words or more that writes an acronym (or its plural: "Deep CNNs") to the
        name that spells the acronym out, when the corpus has that name: an acronym of its type whose cluster
        holds the long form (:meth:`_spelt_out`: "Cascade RPN" / "Cascade region proposal network"), or one the
        papers' texts define one way only (:meth:`_written_out`: "KG embedding" / "knowledge graph embedding")."""
        spelt, written = self._spelt_out(cl, tb), self._written_out(tb)
        if not spelt and not written:
            return
        edges: list[tuple[int, int]] = []
        for i, (t, k) in enumerate(self._nodes):
            words = self._words[i]
            if i in self._dead or len(words) < 2 or KIND_SEP in k:
                continue
            found: dict[int, None] = {}
            forms = (surf or {}).get(i) or {}
            for p, w in enumerate(words):
                for long in self._long_forms(spelt, written, t, w, forms):
                    j = self._live(t, node_key(words[:p] + long + words[p + 1:]))
                    if j is not None and j != i:
                        found[j] = None
            edges += [(i, j) for j in found]
        for a, b in sorted(edges, key=lambda e: (self._sort_key(e[0]), self._sort_key(e[1]))):
            self.stats.expansion_merges += cl.union(a, b)


def _acronym_cased(word: str) -> bool:
    """Whether ``word`` is written as an acronym: two capitals or more, or capitals only ("KG", "KGs", "X"; not
    "Pose", the first word of a title-case name, nor "pose").

    >>> [_acronym_cased(w) for w in ("KG", "KGs", "X", "Pose", "pose")]
    [True, True, True, False, False]
    """
    return word.isupper() or sum(c.isupper() for c in word) >= 2
