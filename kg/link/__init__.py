"""Linking: mentions across papers -> one entity per real-world thing (rules in ``resolver``)."""
from kg.link.normalize import clean_url, compact_key, norm_name, url_key
from kg.link.resolver import ACRONYM_MAJORITY, FUZZY_THRESHOLD, LinkStats, Resolver, link
from kg.link.unionfind import UnionFind

__all__ = ["ACRONYM_MAJORITY", "FUZZY_THRESHOLD", "LinkStats", "Resolver", "UnionFind", "clean_url", "compact_key",
           "link", "norm_name", "url_key"]
