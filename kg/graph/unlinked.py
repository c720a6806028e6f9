"""Which papers a node other papers keep is not linked to: a paper whose every mention of it is no evidence of the
node it names by the node's own words (:func:`unlinked_ids`: "a fusion module" of one paper is no use of the "fusion
module" another paper names); a curated name's papers (:func:`curated`) and a paper whose result or proposal names
the node stay linked.
"""
from __future__ import annotations

from typing import Mapping

from kg.graph.kept_names import words_key
from kg.models import Entity, Linked, Mention

#: Rules whose match is a curated name: its mention is evidence that the paper names the entity.
_CURATED_RULES = frozenset({"lexicon"})
#: Type votes of a curated name: a lexicon lists it (``prior``) or a lexicon match was linked to it.
_CURATED_KINDS = frozenset({"lexicon", "prior"})


def curated(ent: Entity | None) -> bool:
    """Whether an entity is a curated name of its type (:data:`_CURATED_KINDS` among its type's votes): a paper
    whose mention of it is no evidence of a name of its own ("an attention module", "positional embeddings" linked
    to the lexicon's attention mechanism and positional encoding) still uses the technique the lexicon names.

    >>> from kg.models import Entity
    >>> from kg.vocab import EntityType
    >>> curated(Entity("method:attention-mechanism", EntityType.METHOD, "attention mechanism",
    ...                type_votes={"Method": {"lexicon": 3, "prior": 1}}))
    True
    >>> curated(Entity("method:fusion-module", EntityType.METHOD, "fusion module",
    ...                type_votes={"Method": {"context": 2}, "Task": {"lexicon": 1}})), curated(None)
    (False, False)
    """
    if ent is None:
        return False
    return bool(_CURATED_KINDS & ((ent.type_votes or {}).get(ent.type.value) or {}).keys())


def names_node(m: Mention, ent: Entity | None) -> bool:
    """Whether a mention names a node by the node's own words (case, dashes and a plural aside) and the node is no
    curated name (:func:`curated`): "discriminative embeddings" names the node "discriminative embedding", but
    "a spatial attention module", linked to "spatial attention", names a part the paper builds of that technique.

    >>> from kg.models import Entity
    >>> from kg.vocab import EntityType
    >>> node = Entity("method:multilingual-embedding", EntityType.METHOD, "Multilingual Embeddings")
    >>> names_node(Mention(EntityType.METHOD, "multi-lingual embedding", 0, 23, rule="head"), node)
    True
    >>> names_node(Mention(EntityType.METHOD, "multilingual embedding module", 0, 29, rule="head"), node), names_node(
    ...     Mention(EntityType.METHOD, "ME", 0, 2, rule="name"), None)
    (False, False)
    """
    return ent is not None and not curated(ent) and words_key(m.text) == words_key(ent.name)


def unlinked_ids(lk: Linked, mentions: tuple[Mention, ...], flagged: list[bool],
                 entities: Mapping[str, Entity]) -> set[str]:
    """The ids of a linked paper whose every mention here is no evidence (``flagged``: a generic compound, capitals
    of typesetting, a contest ...) of the node it names by the node's own words (:func:`names_node`), none of them
    a lexicon match, and that no result or proposal of the paper names. Such a paper does not use the entity: "a
    fusion module" is no use of the "fusion module" another paper names, so the node, kept by that other paper,
    counts only the papers that give evidence of it. A bare acronym is not among the marks (the caller leaves it
    out): no evidence of a node of its own, it mostly refers to the node other papers define ("HOG+LUV", "F1
    scores for PPI": on the arXiv build 8 of 13 such papers read use the node). Nor, alike, is a name typed Method by
    its shape only with nothing around it that says method (:func:`~kg.graph.support.unsupported_mentions`: "we
    compare with QuokkaNet"): no node of its own, but a use of the node other papers give evidence of.

    >>> from kg.models import Entity, Extraction, Paper
    >>> from kg.vocab import EntityType
    >>> t = "a fusion module and BERT"
    >>> ms = (Mention(EntityType.METHOD, "fusion module", 2, 15, rule="head"), Mention(EntityType.METHOD, "BERT", 20, 24))
    >>> lk = Linked(Extraction(Paper("a", "", t), ms), ("method:fusion-module", "method:bert"))
    >>> ents = {"method:fusion-module": Entity("method:fusion-module", EntityType.METHOD, "fusion module")}
    >>> sorted(unlinked_ids(lk, ms, [True, False], ents)), unlinked_ids(lk, ms, [True, False], {})
    (['method:fusion-module'], set())
    """
    judged, evident = set(), set()
    for m, i, f in zip(mentions, lk.mention_ids, flagged):
        if i:
            no_evidence = f and m.rule not in _CURATED_RULES and names_node(m, entities.get(i))
            (judged if no_evidence else evident).add(i)
    claimed = {i for ids in (*lk.result_ids, lk.proposed_ids) for i in ids}
    return judged - evident - claimed
