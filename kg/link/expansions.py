"""Acronyms spelt out inside longer names: "bidirectional LSTM" is "bidirectional long short-term
memory", "Visual QA" is "visual question answering" (the rule is in :mod:`kg.link.resolver`, step 6)."""
from __future__ import annotations

from kg.link.nodes import NodeTable
from kg.link.tables import Clusters, RunTables
from kg.link.types import KIND_SEP

#: Papers that must define an acronym as the long form of its cluster before the acronym is spelt out
#: inside other names (one paper's definition may be that paper's own name for something else).
EXPANSION_SUPPORT = 2


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

    def _expansions(self, cl: Clusters, tb: RunTables) -> None:
        """Join each name of two words or more that writes an acronym of its type (or its plural:
        "Deep CNNs") to the name that spells the acronym out, when the corpus has that name
        (:meth:`_spelt_out`: "Cascade RPN" / "Cascade region proposal network")."""
        spelt = self._spelt_out(cl, tb)
        if not spelt:
            return
        edges: list[tuple[int, int]] = []
        for i, (t, k) in enumerate(self._nodes):
            words = self._words[i]
            if i in self._dead or len(words) < 2 or KIND_SEP in k:
                continue
            found: dict[int, None] = {}
            for p, w in enumerate(words):
                longs = spelt.get((t, w)) or (spelt.get((t, w[:-1])) if w.endswith("s") else None)
                for long in longs or ():
                    j = self._index.get((t, node_key(words[:p] + long + words[p + 1:])))
                    if j is not None and j != i and j not in self._dead and self._nodes[j][0] is t:
                        found[j] = None
            edges += [(i, j) for j in found]
        for a, b in sorted(edges, key=lambda e: (self._sort_key(e[0]), self._sort_key(e[1]))):
            self.stats.expansion_merges += cl.union(a, b)
