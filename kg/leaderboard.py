"""Leaderboards from stated results: the ``leaderboard`` and ``sota-timeline`` saved queries, as tables.

Both run on the embedded store (``db``) or on Neo4j (``uri``) through :func:`kg.query.run_query`; the
ranking (best first in the metric's direction, scores only) is done by the saved Cypher itself, so every
backend gives the same rows. This module only adds a rank per metric and the table layout.
"""
from __future__ import annotations

from typing import Any

from kg.query import format_table, run_query, saved_params, saved_query

#: the columns of :func:`leaderboard_table`
TABLE_COLUMNS = ["rank", "metric", "better", "value", "method", "year", "paper", "evidence"]


def leaderboard(dataset: str, *, metric: str | None = None, task: str | None = None, timeline: bool = False,
                **where: Any) -> tuple[list[str], list[list[Any]]]:
    """The rows of the ``leaderboard`` saved query (``timeline=True``: of ``sota-timeline``).

    ``where`` is passed to :func:`kg.query.run_query` (``db=`` a build folder, or ``uri=``, ``user=`` ...).
    """
    name = "sota-timeline" if timeline else "leaderboard"
    given = {"dataset": dataset, "metric": metric}
    if not timeline:
        given["task"] = task
    return run_query(saved_query(name), params=saved_params(name, given), **where)


def ranked(columns: list[str], rows: list[list[Any]]) -> list[list[Any]]:
    """Leaderboard rows as :data:`TABLE_COLUMNS`: a rank within each metric (ties share a rank).

    >>> cols = ["metric", "method", "value", "number", "lower_is_better", "paper", "year", "sentence"]
    >>> [r[:5] for r in ranked(cols, [["FID", "A", "3.1", 3.1, True, "P", 2020, "s"],
    ...                                ["FID", "B", "3.1", 3.1, True, "Q", 2021, "t"]])]
    [[1, 'FID', 'lower', '3.1', 'A'], [1, 'FID', 'lower', '3.1', 'B']]
    """
    at = {c: i for i, c in enumerate(columns)}
    out: list[list[Any]] = []
    prev_metric, prev_number, rank = None, None, 0
    for k, r in enumerate(rows):
        metric, number = r[at["metric"]], r[at["number"]]
        if metric != prev_metric:
            rank, start = 1, k
        elif number != prev_number:
            rank = k - start + 1
        prev_metric, prev_number = metric, number
        better = "lower" if r[at["lower_is_better"]] else "higher"
        out.append([rank, metric, better, r[at["value"]], r[at["method"]] or "-", r[at["year"]], r[at["paper"]],
                    r[at["sentence"]]])
    return out


def leaderboard_table(columns: list[str], rows: list[list[Any]], max_width: int = 60) -> str:
    """The leaderboard as a plain-text table (see :func:`ranked`)."""
    return format_table(TABLE_COLUMNS, ranked(columns, rows), max_width=max_width)
