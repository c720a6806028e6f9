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
- labels through patterns, never ``labels(n)`` / ``label(n)``: ``labels(n)`` is a list on Neo4j and
  ArcadeDB but a string on LadybugDB;
- ``type(r)`` does not exist on LadybugDB (it has ``label(r)``, which Neo4j lacks): use a typed pattern;
- ``substring(s, start, n)`` counts ``start`` from 0 on Neo4j and ArcadeDB but from 1 on LadybugDB
  (``substring('abcdef', 1, 2)`` is ``'bc'`` there and ``'ab'`` here): prefer ``STARTS WITH``/``CONTAINS``;
- ArcadeDB ignores the Bolt read access mode, so ``kg query --uri`` itself refuses writing clauses
  (``CREATE``, ``MERGE``, ``SET``, ``DELETE``, ``REMOVE``, ``DROP``, ``LOAD CSV``, procedure calls other than
  ``db.labels()`` and the like) unless ``--write``; the embedded store is always opened read-only and
  refuses ``CHECKPOINT``, ``COPY``, ``EXPORT``, ``INSTALL``/``LOAD``, ``ATTACH`` and settings.

tests/test_query_bolt.py pins each difference on both backends.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
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
    #: allowed values of a parameter (``// params: type (optional: one of A, B, C; ...)``), lower case
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the query's own final ``LIMIT n`` (so the output can say that rows may have been cut there)
    limit: int | None = None


def _queries_dir() -> Path:
    return Path(str(resources.files("kg") / "queries"))


@lru_cache(maxsize=1)
def _saved() -> dict[str, SavedQuery]:
    return {f.stem: _parse_saved(f.stem, f.read_text(encoding="utf-8")) for f in sorted(_queries_dir().glob("*.cypher"))}


def _parse_saved(name: str, text: str) -> SavedQuery:
    """A saved query from its file: description, parameters (required, allowed values), body, final LIMIT."""
    comments = [line[2:].strip() for line in text.splitlines() if line.startswith("//")]
    params: list[str] = []
    required: list[str] = []
    choices: dict[str, tuple[str, ...]] = {}
    for c in comments:
        if c.lower().startswith("params:"):
            for m in re.finditer(r"(\w+)\s*\(([^)]*)\)", c[7:]):
                params.append(m.group(1))
                if "required" in m.group(2):
                    required.append(m.group(1))
                one_of = re.search(r"one of ([^;]+)", m.group(2))
                if one_of:
                    choices[m.group(1)] = tuple(v.strip().lower() for v in one_of.group(1).split(","))
    body = "\n".join(line for line in text.splitlines() if not line.startswith("//")).strip()
    lim = re.search(r"\bLIMIT\s+(\d+)\s*;?\s*$", body, re.I)
    return SavedQuery(name, comments[0] if comments else "", tuple(params), tuple(required), body,
                      choices, int(lim.group(1)) if lim else None)


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
    parameter as BOOL); required ones and allowed values checked."""
    q = saved_info(name)
    missing = [p for p in q.required if given.get(p) in (None, "")]
    if missing:
        raise InputError(f"saved query {name!r} needs " + ", ".join(f"--param {p}=..." for p in missing))
    unknown = sorted(set(given) - set(q.params))
    if unknown:
        takes = ", ".join(q.params) or "none"
        raise InputError(f"saved query {name!r} takes no parameter {', '.join(unknown)} (takes: {takes})")
    out = {p: "" if given.get(p) is None else str(given[p]) for p in q.params}
    if out.get("split"):  # a dataset's named split in the one spelling the graph stores ("Mini-Val" is minival)
        from kg.extract.boundaries import split_spelling  # noqa: PLC0415 (only for the queries that take one)
        out["split"] = split_spelling(out["split"])
    for p, allowed in q.choices.items():
        if out[p] and out[p].lower() not in allowed:
            raise InputError(f"saved query {name!r}: --param {p}={out[p]!r} is not one of {', '.join(allowed)}")
    return out


#: Rows ``kg query`` prints unless given ``--limit`` (the output says when it cut rows).
DEFAULT_LIMIT = 1000


@dataclass(frozen=True)
class Answer:
    """Rows of a query; ``cut`` is True when there were more than ``limit`` rows (only ``limit`` kept)."""

    columns: list[str]
    rows: list[list[Any]]
    cut: bool = False
    limit: int | None = None


#: Clauses that write, for :func:`check_no_writes` (Neo4j enforces read sessions; other Bolt servers,
#: such as ArcadeDB, ignore the access mode).
_WRITES = re.compile(
    r"(?<![.\w$])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|ALTER|GRANT|DENY|REVOKE|LOAD\s+CSV"
    r"|CALL\s+(?!(?:db\.(?:labels|relationshipTypes|propertyKeys|indexes|constraints|schema\.\w+)"
    r"|dbms\.components)\s*\()[\w.]+\s*\(|IN\s+TRANSACTIONS)(?!\w)", re.I)


def check_no_writes(cypher: str) -> None:
    """Raise :class:`InputError` when ``cypher`` has a clause that writes (or calls a procedure that may):
    ``kg query --uri`` runs those only with ``--write``.

    >>> check_no_writes("MATCH (n) WHERE n.set = 'CREATE' RETURN n.name AS name")
    >>> check_no_writes("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: DETACH writes: kg query runs it on Neo4j only with --write
    """
    from kg.sinks.embedded import blank_literals  # noqa: PLC0415

    m = _WRITES.search(blank_literals(cypher))
    if m:
        word = " ".join(m.group(1).split()).upper().rstrip("(").strip()
        raise InputError(f"{word} writes: kg query runs it on Neo4j only with --write")


def ask(
    cypher: str,
    *,
    db: str | os.PathLike | None = None,
    uri: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    params: dict[str, Any] | None = None,
    limit: int | None = None,
    timeout: float | None = None,
    write: bool = False,
) -> Answer:
    """Run ``cypher`` on Neo4j when ``uri`` is given, else on the embedded store of build folder ``db``.

    Parameters
    ----------
    limit : keep at most this many rows (``Answer.cut`` says whether more were there); no more are fetched
    timeout : seconds before the query is stopped (:class:`SinkError`)
    write : Neo4j only. False (the default): a read session, and writing clauses refused before anything
        is sent, as ``kg query --uri`` does unless ``--write``. True: a write session. The embedded store
        is always opened read-only.

    Values come back as plain Python on both backends: nodes and relationships as dicts (``_LABEL`` and
    the properties), whole-number sums as ``int`` (LadybugDB returns ``Decimal`` for them).
    """
    kw: dict[str, Any] = {"limit": limit, "timeout": timeout}
    if uri:
        from kg.sinks.neo4j import run_cypher as neo  # noqa: PLC0415

        if not write:
            check_no_writes(cypher)
        cols, rows = neo(uri, cypher, params, user=user, password=password, database=database, write=write, **kw)
    else:
        if db is None:
            raise InputError("give --db DIR (a build folder) or --uri for Neo4j")
        from kg.sinks.embedded import run_cypher as emb  # noqa: PLC0415

        cols, rows = emb(db, cypher, params, **kw)
    cut = limit is not None and len(rows) > limit
    rows = rows[:limit] if cut else rows
    return Answer(list(cols), [[_plain(v) for v in r] for r in rows], cut, limit)


def run_query(cypher: str, **kw: Any) -> tuple[list[str], list[list[Any]]]:
    """``(columns, rows)`` of :func:`ask` (same keyword arguments)."""
    ans = ask(cypher, **kw)
    return ans.columns, ans.rows


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
