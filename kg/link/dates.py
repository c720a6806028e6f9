"""When a paper was written, as far as its record tells, for the acronym join (:mod:`kg.link.acronyms`): a paper
cannot use a name that nobody had coined yet.

One paper coins "Dual Quokka Architecture (DQA)" in 2022; three papers from 2012 to 2021 write "DQA" bare. They
cannot mean that coinage: the letters named something else before it ("DQA microarrays"), and the one coining
paper does not take their bare uses (:meth:`~kg.link.acronyms.Acronyms._same_topic`).

A paper's *month* is ``yyyymm``: the first submission of its arXiv id ("1905.01234v3": May 2019; a later version
may rewrite the text, but seldom to cite a name coined after it), else its record's year with month 0, else 0
(unknown). Papers with the year only are compared by year.
"""
from __future__ import annotations

from kg.arxiv import arxiv_month


def paper_month(pid: str, year: int | None) -> int:
    """The month of a paper (``yyyymm``, see the module docstring) from its id and its record's year.

    >>> paper_month("1905.01234v3", 2020), paper_month("P16-1072", 2016), paper_month("forum_x", None)
    (201905, 201600, 0)
    """
    month = arxiv_month(pid)
    if month is not None:
        return month
    return 100 * year if year else 0


def written_before(a: int, b: int) -> bool:
    """Whether a paper of month ``a`` was written before one of month ``b`` (:func:`paper_month`): an earlier
    month when both are known, else an earlier year; never when either is unknown.

    >>> written_before(201905, 201906), written_before(201905, 201900), written_before(201812, 201900)
    (True, False, True)
    """
    if not a or not b:
        return False
    if a % 100 and b % 100:
        return a < b
    return a // 100 < b // 100
