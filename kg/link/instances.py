"""A paper's own instance of a term of the field: "novel graph pooling (gPool)" is that paper's gPool.

A paper that coins an acronym for a phrase written in lower case (:func:`~kg.link.coinages.coined_keys`: it
proposes the name and defines the acronym with it) joins the acronym to the phrase's node, and the corpus-level
acronym join (:mod:`kg.link.acronyms`) makes the phrase and the acronym one entity. When other papers write the
phrase as a term of their own (:data:`TERM_PAPERS` papers or more besides the coining one) and none of them
writes the acronym, the phrase names a kind of thing ("graph pooling" operations) and the acronym the coining
paper's one instance of it: that paper's mentions of the entity (the phrase and the acronym) go to an entity of
their own named by the acronym (another id), as :mod:`kg.link.coinages` does for a name coined twice; the other
papers' phrase stays the term. A phrase written with capitals ("Graph Pooling Network") is a name, not a term, and
a lexicon entity the known thing: neither is split. An acronym other papers write too is the field's name of the
term ("generative adversarial network (GAN)"): nothing is split.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable

from kg.link.coinages import COINED_TYPES, own_entity
from kg.link.normalize import is_definition
from kg.link.summary import LinkTable, NodeKey

#: Fewest papers besides the coining one that write the lower-case phrase for it to be a term of the field.
TERM_PAPERS = 2


def _term_and_acronym(names: Iterable[str]) -> tuple[str, str] | None:
    """The lower-case phrase (two words or more) a paper coins and the acronym it defines with it, among the
    names it writes its coinage with, else None.

    >>> _term_and_acronym(("graph pooling", "gPool", "gPool"))
    ('graph pooling', 'gPool')
    >>> _term_and_acronym(("Graph Pooling", "GP")) is None, _term_and_acronym(("gPool",)) is None
    (True, True)
    """
    names = tuple(dict.fromkeys(names))
    terms = [n for n in names if n.islower() and len(n.split()) >= 2]
    for term in terms:
        acronym = next((a for a in names if " " not in a and not a.islower() and is_definition(a, term)), None)
        if acronym is not None:
            return term, acronym
    return None


def instance_uses(table: LinkTable, coined_by: dict[NodeKey, dict[str, tuple]], name_df: Counter,
                  key: Callable[[str], str], known: frozenset[str] = frozenset()) -> list[tuple[str, str, str]]:
    """(entity id, paper id, acronym) of each paper coining an acronym for a lower-case phrase that
    :data:`TERM_PAPERS` other papers or more write (``name_df``: papers by name key) while no other paper writes the
    acronym; the entity no lexicon's (``known``), the paper not split from it already (``table.own``)."""
    out = []
    for n, papers in sorted(coined_by.items(), key=lambda kv: (kv[0][0].value, kv[0][1])):
        eid = table.node_eid.get(n)
        ent = table.entities.get(eid) if eid is not None else None
        if ent is None or eid in known or ent.type not in COINED_TYPES or name_df[n[1]] - 1 < TERM_PAPERS:
            continue  # (a term: the other papers write the phrase)
        for pid, coiner in sorted(papers.items()):
            found = _term_and_acronym(coiner.names)
            if found is None or (eid, pid) in table.own or key(found[0]) != n[1]:
                continue
            if name_df[key(found[1])] <= 1:
                out.append((eid, pid, found[1]))
    return out


def split_instances(table: LinkTable, coined_by: dict[NodeKey, dict[str, tuple]], name_df: Counter,
                    key: Callable[[str], str], taken: Iterable[str] = (),
                    known: frozenset[str] = frozenset()) -> list[str]:
    """Give each paper's own instance of a term (:func:`instance_uses`) an entity of its own named by its acronym:
    ``table.own`` gets (entity id, paper id) -> the paper's entity; the term's entity loses the acronym. Returns the
    names split ("type:name")."""
    used = set(table.entities) | set(taken)
    split: list[str] = []
    for eid, pid, acronym in instance_uses(table, coined_by, name_df, key, known):
        ent = table.entities[eid]
        own_entity(table, eid, ent, acronym, [pid], used)
        ent.aliases.discard(acronym)
        split.append(f"{ent.type.value}:{acronym}")
    return split
