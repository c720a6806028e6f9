"""Assemble, save and load the typed graph."""
from kg.graph.build import MAX_EVIDENCE, build_graph, build_graph_stream, evidence_sentence
from kg.graph.ids import node_id, slugify, type_of
from kg.graph.io import GRAPH_FILE, graph_stats, load_graph, save_graph

__all__ = [
    "MAX_EVIDENCE", "build_graph", "build_graph_stream", "evidence_sentence", "node_id", "slugify", "type_of",
    "GRAPH_FILE", "graph_stats", "load_graph", "save_graph",
]
