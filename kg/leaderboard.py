"""Leaderboards from stated results: the ``leaderboard`` and ``sota-timeline`` saved queries, as tables.

Both run on the embedded store (``db``) or on Neo4j (``uri``) through :func:`kg.query.run_query`; the
ranking (best first in the metric's direction, scores only) is done by the saved Cypher itself, so every
backend gives the same rows. A dataset's named splits ("test-clean", "test-other", "minival") are leaderboards
of their own: rows are ranked per (metric, split), a figure with no named split on the split "". This module
only adds a rank per metric and split and the table layout.
"""
from __future__ import annotations

from typing import Any

from kg.query import format_table, run_query, saved_params, saved_query

#: the columns of :func:`leaderboard_table`
TABLE_COLUMNS = ["rank", "metric", "split", "better", "value", "method", "year", "paper", "evidence"]


def leaderboard(dataset: str, *, metric: str | None = None, task: str | None = None, split: str | None = None,
                timeline: bool = False, **where: Any) -> tuple[list[str], list[list[Any]]]:
    """The rows of the ``leaderboard`` saved query (``timeline=True``: of ``sota-timeline``); ``split``: only
    the results on that named split (any case or spelling: "Mini-Val" is minival).

    ``where`` is passed to :func:`kg.query.run_query` (``db=`` a build folder, or ``uri=``, ``user=`` ...).
    """
    name = "sota-timeline" if timeline else "leaderboard"
    given = {"dataset": dataset, "metric": metric, "split": split}
    if not timeline:
        given["task"] = task
    return run_query(saved_query(name), params=saved_params(name, given), **where)


def ranked(columns: list[str], rows: list[list[Any]]) -> list[list[Any]]:
    """Leaderboard rows as :data:`TABLE_COLUMNS`: a rank within each metric and split (ties share a rank; no
    named split is "-").

    >>> cols = ["metric", "split", "method", "value", "number", "lower_is_better", "paper", "year", "sentence"]
    >>> [r[:6] for r in ranked(cols, [["FID", "", "A", "3.1", 3.1, True, "P", 2020, "s"],
    ...                                ["FID", "", "B", "3.1", 3.1, True, "Q", 2021, "t"],
    ...                                ["FID", "val-hq", "C", "4.2", 4.2, True, "Q", 2021, "t"]])][1:]
    [[1, 'FID', '-', 'lower', '3.1', 'B'], [1, 'FID', 'val-hq', 'lower', '4.2', 'C']]
    """
    at = {c: i for i, c in enumerate(columns)}
    out: list[list[Any]] = []
    prev_board, prev_number, rank = None, None, 0
    for k, r in enumerate(rows):
        board, number = (r[at["metric"]], r[at["split"]]), r[at["number"]]
        if board != prev_board:
            rank, start = 1, k
        elif number != prev_number:
            rank = k - start + 1
        prev_board, prev_number = board, number
        better = "lower" if r[at["lower_is_better"]] else "higher"
        out.append([rank, board[0], board[1] or "-", better, r[at["value"]], r[at["method"]] or "-", r[at["year"]],
                    r[at["paper"]], r[at["sentence"]]])
    return out


def leaderboard_table(columns: list[str], rows: list[list[Any]], max_width: int = 60) -> str:
    """The leaderboard as a plain-text table (see :func:`ranked`)."""
    return format_table(TABLE_COLUMNS, ranked(columns, rows), max_width=max_width)
