"""Cypher queries against the embedded store (default) or Neo4j, saved queries, and output formats.

Saved queries live in ``kg/queries/*.cypher``; each starts with ``//`` comment lines: the first is the
description, a ``// params:`` line names the parameters (``name (required ...)`` or ``name (optional ...)``).
They are written in the Cypher subset LadybugDB, Neo4j 5 and ArcadeDB all accept, and the test suite
runs each on the embedded store and on a Bolt server. What that subset taught us:

- alias every returned column (LadybugDB names ``count(x)`` ``COUNT(x)``);
- an optional parameter is ``''`` when not given, never null (LadybugDB types a null parameter BOOL);
- no list comprehensions (LadybugDB); ``any(a IN n.aliases WHERE ...)`` works on all three only when
  the parameter is bound first (``WITH toLower($p) AS q``);
- parenthesise ``STARTS WITH (q + ':')`` (operator precedence differs);
- prefer ``count`` to ``sum`` (LadybugDB's integer ``sum`` is a ``Decimal``; :func:`run_query`
  converts it back to ``int``);
- labels through patterns, never ``labels(n)`` / ``label(n)`` (they differ between engines).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import InputError


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    required: tuple[str, ...]
    cypher: str


def _queries_dir() -> Path:
    return Path(str(resources.files("kg") / "queries"))


@lru_cache(maxsize=1)
def _saved() -> dict[str, SavedQuery]:
    out = {}
    for f in sorted(_queries_dir().glob("*.cypher")):
        text = f.read_text(encoding="utf-8")
        comments = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
        desc = comments[0] if comments else ""
        params: list[str] = []
        required: list[str] = []
        for c in comments:
            if c.lower().startswith("params:"):
                for m in re.finditer(r"(\w+)\s*\(([^)]*)\)", c[7:]):
                    params.append(m.group(1))
                    if "required" in m.group(2):
                        required.append(m.group(1))
        body = "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip()
        out[f.stem] = SavedQuery(f.stem, desc, tuple(params), tuple(required), body)
    return out


def list_saved() -> list[tuple[str, str, tuple[str, ...]]]:
    """``(name, description, parameter names)`` of every saved query."""
    return [(q.name, q.description, q.params) for q in _saved().values()]


def saved_info(name: str) -> SavedQuery:
    """Everything about a saved query (name, description, parameters, Cypher); InputError if unknown."""
    q = _saved().get(name)
    if q is None:
        raise InputError(f"no saved query {name!r} (known: {', '.join(_saved())})")
    return q


def saved_query(name: str) -> str:
    """The Cypher of a saved query; InputError naming the known ones otherwise.

    >>> "MATCH" in saved_query("co-used-datasets")
    True
    """
    return saved_info(name).cypher


def saved_params(name: str, given: dict[str, Any]) -> dict[str, Any]:
    """The parameters of a saved query, all strings (``-p dataset=2012`` means the text "2012"): given
    ones, "" for optional ones left out (an empty string rather than null: LadybugDB types a null
    parameter as BOOL); required ones checked."""
    q = saved_info(name)
    missing = [p for p in q.required if given.get(p) in (None, "")]
    if missing:
        raise InputError(f"saved query {name!r} needs " + ", ".join(f"--param {p}=..." for p in missing))
    unknown = sorted(set(given) - set(q.params))
    if unknown:
        takes = ", ".join(q.params) or "none"
        raise InputError(f"saved query {name!r} takes no parameter {', '.join(unknown)} (takes: {takes})")
    return {p: "" if given.get(p) is None else str(given[p]) for p in q.params}


def run_query(
    cypher: str,
    *,
    db: str | os.PathLike | None = None,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    params: dict[str, Any] | None = None,
) -> tuple[list[str], list[list[Any]]]:
    """Run ``cypher`` on Neo4j when ``uri`` is given, else on the embedded store of build folder ``db``.

    Values come back as plain Python on both backends: nodes and relationships as dicts (``_LABEL`` and
    the properties), whole-number sums as ``int`` (LadybugDB returns ``Decimal`` for them).
    """
    if uri:
        from kg.sinks.neo4j import run_cypher as neo  # noqa: PLC0415

        cols, rows = neo(uri, cypher, params, user=user, password=password, database=database)
    else:
        if db is None:
            raise InputError("give --db DIR (a build folder) or --uri for Neo4j")
        from kg.sinks.embedded import run_cypher as emb  # noqa: PLC0415

        cols, rows = emb(db, cypher, params)
    return list(cols), [[_plain(v) for v in r] for r in rows]


def _plain(v: Any) -> Any:
    if isinstance(v, Decimal):
        return int(v) if v.is_finite() and v == v.to_integral_value() else float(v)
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def format_table(columns: list[str], rows: list[list[Any]], max_width: int = 60) -> str:
    """A plain-text table (cells cut to ``max_width``), with a row count."""
    cells = [[_cell(v) for v in r] for r in rows]
    cut = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([len(col)] + [len(r[i]) for r in cut]) for i, col in enumerate(columns)]
    line = "  ".join(col.ljust(w) for col, w in zip(columns, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cut]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def to_json(columns: list[str], rows: list[list[Any]]) -> str:
    """JSON list of objects, one per row."""
    return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1, default=str)


def to_csv(columns: list[str], rows: list[list[Any]]) -> str:
    """CSV with a header row; lists and maps as JSON."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(v) for v in r])
    return buf.getvalue()
