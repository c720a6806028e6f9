"""A small union-find (disjoint sets) with path halving and union by size."""
from __future__ import annotations

from typing import Hashable, Iterable, Iterator


class UnionFind:
    """Disjoint sets over hashable items.

    >>> uf = UnionFind()
    >>> for a, b in [("a", "b"), ("c", "d"), ("b", "d")]:
    ...     _ = uf.union(a, b)
    >>> uf.find("a") == uf.find("c")
    True
    >>> sorted(sorted(g) for g in uf.groups())
    [['a', 'b', 'c', 'd']]
    """

    def __init__(self, items: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Hashable, Hashable] = {}
        self.size: dict[Hashable, int] = {}
        for x in items:
            self.add(x)

    def add(self, x: Hashable) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.size[x] = 1

    def find(self, x: Hashable) -> Hashable:
        self.add(x)
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> Hashable:
        """Join the sets of ``a`` and ``b``; returns the root of the joined set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return ra

    def __contains__(self, x: Hashable) -> bool:
        return x in self.parent

    def __len__(self) -> int:
        return len(self.parent)

    def groups(self) -> Iterator[list[Hashable]]:
        out: dict[Hashable, list[Hashable]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        yield from out.values()
