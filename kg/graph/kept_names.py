"""A node's name and aliases from the papers it keeps.

The linker names a cluster by the forms all its papers write (:mod:`kg.link.naming`). The graph then unlinks from a
node each paper whose every mention of it is no evidence of it by the node's own words
(:func:`kg.graph.unlinked.unlinked_ids`: "a fusion module" of one paper is no use of a module another paper names).
Those papers' words are no evidence of the node, so they neither name it nor show as its aliases: a form only
unlinked papers write is no alias, and a node whose kept papers never write its name (the name came from the
unlinked papers: "fusion module", its kept paper proposing "FUSION") is named by the forms its kept papers write
(their long forms first, as the linker names a cluster; :func:`~kg.link.naming.name_of_forms`). The linker's
name stays on such a node as ``linked_name`` (:func:`kg.graph.build.entity_node_attrs`): ``kg build --append``
links by it, so an appended build names and links the node as a fresh one.

:class:`NodeForms` counts the forms per node as the papers come, in one process or per partition (a share is
JSON, merged in input order), so both engines name a node alike.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

from kg.link.naming import name_of_forms, unbroken
from kg.models import Entity, Mention


def words_key(name: str) -> str:
    """A name's words without case, marks and a plural last word (as :func:`kg.graph.unlinked.names_node` compares).

    >>> words_key("Multi-lingual Embeddings") == words_key("multilingual embedding")
    True
    """
    from kg.link.normalize import singular  # noqa: PLC0415

    words = re.findall(r"[a-z0-9]+", name.lower())
    return "".join(words[:-1] + [singular(words[-1])]) if words else ""


class NodeForms:
    """Per entity id: the forms its linked papers write (mentions per form; long forms, a definition's, apart) and
    the forms the papers unlinked from it write."""

    def __init__(self) -> None:
        self.kept: dict[str, Counter] = defaultdict(Counter)
        self.long: dict[str, Counter] = defaultdict(Counter)
        self.cut: dict[str, set[str]] = defaultdict(set)

    def add(self, eid: str, m: Mention, linked: bool) -> None:
        """One mention of ``eid`` in a paper linked to it or not (its form as the linker records it)."""
        form = unbroken(m.text)
        if not linked:
            self.cut[eid].add(form)
            return
        self.kept[eid][form] += 1
        if m.aliases:
            self.long[eid][form] += 1

    def share(self, eid: str) -> dict[str, Any]:
        """What a partition reports of one id (:meth:`merge` reads it)."""
        return {"kept": dict(self.kept.get(eid, {})), "long": dict(self.long.get(eid, {})),
                "cut": sorted(self.cut.get(eid, ()))}

    def merge(self, eid: str, share: dict[str, Any]) -> None:
        self.kept[eid].update(share["kept"])
        self.long[eid].update(share["long"])
        self.cut[eid].update(share["cut"])

    def named(self, ent: Entity) -> Entity:
        """``ent`` named and aliased by its kept papers' forms (the module's rule); itself when no paper is unlinked."""
        cut = self.cut.get(ent.id)
        if not cut:
            return ent
        kept = self.kept.get(ent.id) or Counter()
        aliases = ent.aliases - (cut - kept.keys())
        name = ent.name
        key = words_key(name)
        if key in {words_key(f) for f in cut} and key not in {words_key(f) for f in kept}:
            pool = _written(self.long.get(ent.id), ent.aliases) or _written(kept, ent.aliases)
            if pool:
                name = name_of_forms(ent.type, pool)
        return replace(ent, name=name, aliases=aliases)


def _written(forms: Counter | None, aliases: set[str]) -> dict[str, int]:
    """The forms that are the entity's aliases (a mention the linker read as a longer name is none)."""
    return {f: n for f, n in (forms or {}).items() if f in aliases}
