"""A paper's own method named like a dataset is a Method of its own, not the Dataset node of that name.

The corpus vote gives every mention of a name one type, so a paper that names its model like a benchmark ("we
present QuokMatch, a data-driven model" beside the QuokMatch benchmark other papers evaluate on) is merged into the
Dataset. Here the paper's mentions are its own Method (``table.own``, as :mod:`kg.link.coinages` does for a name
coined twice) when the paper

- proposes the name (the extractor's ``proposed``, or a mention the extractor retyped as the paper's own system,
  :data:`OWN_SYSTEM_RULE`) and types it Method, not by a phrase rule's guess;
- describes it with a method noun (:func:`kg.extract.method_nouns.described`): in apposition or as its copula ("X, a data-driven model",
  a title "X: A Recursive Part Network for ..."), or with a naming word or a dash after one ("an operator named X",
  "a graph encoder -X");
- never uses it as data (:func:`kg.extract.method_nouns.as_data`): no mention of it typed Dataset, no data word after it ("X dataset", "X benchmark"), no
  "on X" / "from X" (outside "based on X"), no result on it.

The Dataset entity keeps its other papers; the papers of one name share one Method entity.
"""
from __future__ import annotations

from typing import Callable, Iterable

from kg.extract.method_nouns import as_data, described
from kg.extract.words import GUESS_RULES
from kg.link.cased import _most_written
from kg.link.coinages import own_entity
from kg.link.summary import LinkTable, NodeKey
from kg.models import Entity, Extraction, Mention
from kg.vocab import EntityType

#: The rule of a generated-lexicon name the extractor retyped Method as the paper's own system
#: (:mod:`kg.extract.own_systems`): the paper proposes it, whether or not it is listed in ``proposed``.
OWN_SYSTEM_RULE = "own-system"

def own_method_keys(ex: Extraction, mentions: Iterable[Mention], key: Callable[[str], str]) -> set[str]:
    """The keys of the names ``ex`` presents as its own method (see the module docstring)."""
    mentions = tuple(mentions)
    proposed = {key(p) for p in ex.proposed} | {key(m.text) for m in mentions if m.rule == OWN_SYSTEM_RULE}
    by_key: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type is not EntityType.REPOSITORY:
            by_key.setdefault(key(m.text), []).append(m)
    data = {key(r.dataset) for r in ex.results if r.dataset}
    out = set()
    for k, ms in by_key.items():
        if k not in proposed or k in data or not any(m.type is EntityType.METHOD and m.rule not in GUESS_RULES
                                                     for m in ms):
            continue
        if any(m.type is EntityType.DATASET or as_data(ex.paper.text(m.field) or "", m.start, m.end) for m in ms):
            continue
        if any(described(ex.paper.text(m.field) or "", m.start, m.end) for m in ms):
            out.add(k)
    return out


def split_own_methods(table: LinkTable, own: dict[NodeKey, dict[str, tuple[str, ...]]],
                      taken: Iterable[str] = ()) -> list[str]:
    """Give the papers presenting a Dataset entity's name as their own method (``own``: node -> paper id -> the
    texts it writes the name with) a Method entity of their own, one per Dataset entity, named as they write it most
    (``table.own`` gets (entity id, paper id) -> it). Runs after the other splits (they leave an entity some paper
    owns apart): a paper another split gave a Dataset entity of its own ("QZV" of one field) moves from that one.
    Returns the names split ("Method:name")."""
    used = set(table.entities) | set(taken)
    papers: dict[str, dict[str, tuple[str, ...]]] = {}
    for n, by_paper in own.items():
        eid = table.node_eid.get(n)
        for pid, texts in by_paper.items():
            now = table.own.get((eid, pid), eid) if eid is not None else None
            ent = table.entities.get(now) if now is not None else None
            if ent is not None and ent.type is EntityType.DATASET:
                papers.setdefault(eid, {}).setdefault(pid, ())
                papers[eid][pid] += texts
    split = []
    for eid in sorted(papers):
        name = _most_written({f"{pid}\t{i}": t for pid, texts in papers[eid].items() for i, t in enumerate(texts)})
        votes = {EntityType.METHOD.value: {"own-method": len(papers[eid])}}
        mine = Entity(id=eid, type=EntityType.METHOD, name=name, type_votes=votes)
        for pid in papers[eid]:
            table.entities[table.own.get((eid, pid), eid)].aliases -= set(papers[eid][pid])
        own_entity(table, eid, mine, name, papers[eid], used)  # (the Dataset's papers writing them add them back)
        split.append(f"Method:{name}")
    return split
