"""Linking: mentions across papers -> one entity per real-world thing (see ``resolver``)."""
from kg.link.normalize import compact_key, norm_name, url_key
from kg.link.resolver import FUZZY_THRESHOLD, Resolver, link
from kg.link.unionfind import UnionFind

__all__ = ["FUZZY_THRESHOLD", "Resolver", "UnionFind", "compact_key", "link", "norm_name", "url_key"]
