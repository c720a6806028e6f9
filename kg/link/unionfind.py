"""A small union-find (disjoint sets) with path halving and union by size."""
from __future__ import annotations

from typing import Callable, Hashable, Iterable, Iterator


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


def keyed_groups(items: Iterable[Hashable], keys: Callable[[Hashable], Iterable[Hashable]],
                 related: Callable[[Hashable, Hashable], bool]) -> list[list]:
    """The items joined by ``related`` (and so, through one, to any other), each group sorted; ``related`` is asked
    only of two items sharing one of their ``keys``, which it must need (a rare word or name two papers share):
    a name thousands of papers write that never group costs their keys' pairs, not every pair.

    >>> keyed_groups(["a", "b", "c"], lambda x: {"a": "k", "b": "k", "c": "m"}[x], lambda x, y: True)
    [['a', 'b'], ['c']]
    """
    ids = sorted(items)
    uf = UnionFind(ids)
    by_key: dict[Hashable, list[Hashable]] = {}
    for x in ids:
        for k in set(keys(x)):
            by_key.setdefault(k, []).append(x)
    tried: set[tuple[Hashable, Hashable]] = set()
    for xs in by_key.values():
        for i, a in enumerate(xs):
            for b in xs[i + 1:]:
                if uf.find(a) != uf.find(b) and (a, b) not in tried:
                    tried.add((a, b))
                    if related(a, b):
                        uf.union(a, b)
    return [sorted(g) for g in uf.groups()]
