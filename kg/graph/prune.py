"""Pruning: remove from the assembled graph the nodes the corpus gives no evidence of (:func:`prune`).

Which nodes those are is decided elsewhere: :mod:`kg.graph.weak_evidence` (nodes whose only evidence, over the whole
corpus, is one weak guess, read mention by mention with :mod:`kg.graph.mention_evidence`, and the papers a kept node is
not linked to, :mod:`kg.graph.unlinked`) and :mod:`kg.graph.not_entities` (names of no thing of their type by the
corpus's votes: :mod:`kg.graph.method_kinds`, :mod:`kg.graph.task_kinds`). Their names are importable from here too.
"""
from __future__ import annotations

import networkx as nx

from kg.graph.mention_evidence import (WEAK_RULES, WEAK_WORDS, bare_acronym, caps_typeset, grown_phrase,
                                       retyped_measure, weak_mention, weak_metric)
from kg.graph.method_kinds import (DATA_KIND_MENTIONS, DATA_KIND_SHARE, LEXICON_OUTPUT_MENTIONS, LEXICON_OUTPUT_SHARE,
                                   MODIFIER_MENTIONS, MODIFIER_PAPERS, MODIFIER_SHARE, OUTPUT_MENTIONS, OUTPUT_SHARE,
                                   UNIT_MENTIONS, UNIT_SHARE, common_resource, data_kind, data_mentions, modifier_kind,
                                   output_kind, unit_kind)
from kg.graph.not_entities import DATASET_NAMING_HEADS, data_kind_dataset, data_kind_namesakes, not_entity_ids
from kg.graph.task_kinds import ABILITY_MIN, ABILITY_SHARE, FIELD_MENTIONS, FIELD_SHARE, ability_kind, field_of_study
from kg.graph.unlinked import curated, names_node, unlinked_ids
from kg.graph.weak_evidence import WeakEvidence, linked_mentions, weak_from_states

__all__ = [
    "prune", "WEAK_RULES", "WEAK_WORDS", "bare_acronym", "caps_typeset", "grown_phrase", "retyped_measure",
    "weak_mention", "weak_metric", "DATA_KIND_MENTIONS", "DATA_KIND_SHARE", "LEXICON_OUTPUT_MENTIONS",
    "LEXICON_OUTPUT_SHARE", "MODIFIER_MENTIONS", "MODIFIER_PAPERS", "MODIFIER_SHARE", "OUTPUT_MENTIONS",
    "OUTPUT_SHARE", "UNIT_MENTIONS", "UNIT_SHARE", "common_resource", "data_kind", "data_mentions", "modifier_kind",
    "output_kind", "unit_kind", "DATASET_NAMING_HEADS", "data_kind_dataset", "data_kind_namesakes",
    "not_entity_ids", "ABILITY_MIN", "ABILITY_SHARE", "FIELD_MENTIONS", "FIELD_SHARE", "ability_kind",
    "field_of_study", "curated", "names_node", "unlinked_ids", "WeakEvidence", "linked_mentions",
    "weak_from_states",
]


def prune(g: nx.MultiDiGraph, ids: set[str]) -> int:
    """Remove the entity nodes ``ids`` (and their edges) from ``g``; returns how many were there."""
    present = [i for i in ids if i in g]
    g.remove_nodes_from(present)
    return len(present)
