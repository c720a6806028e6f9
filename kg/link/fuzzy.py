"""Fuzzy joins: blocked rapidfuzz comparison of keys, merged only when the names are spelling variants
(the rules are in :mod:`kg.link.resolver`, step 4)."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from rapidfuzz import fuzz, process

from kg.link.normalize import key_numbers, spelling_variants
from kg.link.nodes import NodeTable
from kg.link.tables import Clusters

#: Blocks up to this size are compared pair by pair; larger ones with ``rapidfuzz.process.cdist``.
_SMALL_BLOCK = 16


class Fuzzy(NodeTable):
    """Blocks of keys that may be compared, and the fuzzy joins inside them."""

    def blocks(self) -> Iterator[list[int]]:
        """Groups of node numbers that may be fuzzy-matched in the last run (see the module docstring)."""
        p = self.cfg.prefix_len
        first: dict[tuple, list[int]] = defaultdict(list)
        for i, (t, k) in enumerate(self._nodes):
            if len(k) >= self.cfg.fuzzy_min_len and not self._proper[i] and i not in self._dead:
                first[(t, key_numbers(k), k[:p])].append(i)
        stack = [(members, p) for members in first.values() if len(members) > 1]
        while stack:
            members, plen = stack.pop()
            if len(members) <= self.cfg.max_block:
                yield members
                continue
            plen += 2
            sub: dict[str, list[int]] = defaultdict(list)
            for i in members:
                sub[self._nodes[i][1][:plen]].append(i)
            stack.extend((g, plen) for g in sub.values() if len(g) > 1)

    def _fuzzy(self, cl: Clusters) -> None:
        thr = self.cfg.fuzzy_threshold
        ratio = fuzz.ratio
        keys = [k for _, k in self._nodes]
        edges: list[tuple[int, int]] = []
        for block in self.blocks():
            self.stats.blocks += 1
            n = len(block)
            self.stats.comparisons += n * (n - 1) // 2
            ks = [keys[i] for i in block]
            if n <= _SMALL_BLOCK:
                pairs = ((x, y) for x in range(n) for y in range(x + 1, n) if ratio(ks[x], ks[y], score_cutoff=thr))
            else:
                m = process.cdist(ks, ks, scorer=ratio, score_cutoff=thr, workers=1)
                pairs = ((x, y) for x, y in zip(*m.nonzero()) if x < y)
            for x, y in pairs:
                a, b = ks[x], ks[y]
                if not spelling_variants(self._words[block[x]], self._words[block[y]]):
                    continue
                edges.append((block[x], block[y]) if a < b else (block[y], block[x]))
        for a, b in sorted(edges, key=lambda e: (self._sort_key(e[0]), self._sort_key(e[1]))):
            if cl.union(a, b):
                self.stats.fuzzy_merges += 1
                self.stats.fuzzy_pairs.append((self._nodes[a][1], self._nodes[b][1]))
