"""Readers: every input format becomes a stream of :class:`kg.models.Paper`.

``iter_papers(paths)`` picks the reader by file name and content, merges duplicate papers across files
(same id, or same title when the id is derived) and counts what it skipped in a :class:`ReadStats`.
"""
from kg.read.base import ReadStats, iter_papers, read_papers

__all__ = ["ReadStats", "iter_papers", "read_papers"]
