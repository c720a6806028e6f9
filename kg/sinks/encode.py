"""Property encoders, one per target, all driven by the schema's property types.

One rule everywhere: a structured value (a list of dicts such as ``evidence``, on nodes and on edges)
becomes JSON text (:func:`json_text`); a ``STRING[]`` property stays a list of strings (in the target's
own list form); ``None`` is "no value" in the target's own way. Nothing falls back on ``str()`` of a
Python container, so no Python repr (``(('abstract', 886, 911),)``) can reach a store or a file.

Targets:

- :func:`store_cell`: a cell of the embedded store's bulk files (text; lists joined by ``list_sep``)
- :func:`bolt_props`: the ``props`` parameter map of a Neo4j/Bolt ``MERGE``
- :func:`admin_cell`: a cell of a ``neo4j-admin database import`` CSV
- :func:`flat_value`: GraphML attributes and the plain CSV export (scalars only)
- :func:`columnar_value`: a Parquet column (lists stay lists, nested values JSON text)
"""
from __future__ import annotations

import json
from typing import Any, Mapping

LIST_TYPE = "STRING[]"


def _json_encoder() -> Any:
    """``json.dumps(value, ensure_ascii=False)`` for lists and dicts, built once: ``JSONEncoder.encode``
    makes a new C encoder on every call, which is most of the time taken for a short evidence list
    (millions of edges). Falls back on ``encode`` where the C accelerator is missing."""
    py = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython always has it
        return py.encode
    try:  # the accelerator's arguments are CPython's internals: checked on a probe, else not used
        c = make(None, py.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
        probe = [{"a": "\u00e9\"\n", "b": [1, 2.5, None, True]}]
        if "".join(c(probe, 0)) != py.encode(probe):
            return py.encode
    except Exception:  # noqa: BLE001
        return py.encode
    return lambda value: "".join(c(value, 0))


_encode_json = _json_encoder()


def json_text(value: Any) -> str:
    """The JSON text of a structured value (sets sorted; non-ASCII kept as is).

    >>> json_text([{"field": "abstract", "start": 886, "end": 911}])
    '[{"field": "abstract", "start": 886, "end": 911}]'
    >>> v = [{"text": 'S\u00e4 "q"', "n": [1.5, None, True]}]
    >>> json_text(v) == json.dumps(v, ensure_ascii=False)
    True
    """
    if isinstance(value, (set, frozenset)):
        value = sorted(value)
    return _encode_json(value)


def string_list(value: Any) -> list[str]:
    """A ``STRING[]`` value as a list of strings (a single value becomes a one-item list).

    >>> string_list({"b", "a"}), string_list("x"), string_list(None)
    (['a', 'b'], ['x'], [])
    """
    if value is None:
        return []
    if isinstance(value, (set, frozenset)):
        value = sorted(value)
    elif not isinstance(value, (list, tuple)):
        value = [value]
    return [str(x) for x in value]


def _scalar(value: Any) -> Any:
    """A property value that is not a list property: containers as JSON text, scalars unchanged."""
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        return json_text(value)
    return value


def _clean(s: str, bad: str) -> str:
    for ch in bad:
        if ch in s:
            s = s.replace(ch, " ")
    return s


def store_cell(value: Any, typ: str, list_sep: str, bad_chars: str) -> str:
    """A bulk-file cell of the embedded store: ``""`` for no value, list items joined by ``list_sep``,
    booleans ``true``/``false``; ``bad_chars`` (the file's own separators) become spaces.

    >>> store_cell(["a", "b"], "STRING[]", "|", "|")
    'a|b'
    >>> store_cell([{"field": "title", "start": 0, "end": 2}], "STRING", "|", "|")
    '[{"field": "title", "start": 0, "end": 2}]'
    """
    if value is None:
        return ""
    if typ == LIST_TYPE:
        return list_sep.join(_clean(x, bad_chars) for x in string_list(value) if x)
    t = type(value)
    if t is str:  # the common cases first
        return _clean(value, bad_chars)
    if t is int or t is float:
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return _clean(str(_scalar(value)), bad_chars)


def bolt_props(props: Mapping[str, Any], types: Mapping[str, str]) -> dict[str, Any]:
    """A record's properties as Bolt parameters: lists of strings, JSON text for structured values,
    ``None`` left out (Neo4j stores no nulls).

    >>> bolt_props({"aliases": {"B", "A"}, "year": None, "evidence": [{"field": "title"}]},
    ...            {"aliases": "STRING[]", "year": "INT64", "evidence": "STRING"})
    {'aliases': ['A', 'B'], 'evidence': '[{"field": "title"}]'}
    """
    out: dict[str, Any] = {}
    for k, v in props.items():
        if v is None:
            continue
        out[k] = string_list(v) if types.get(k) == LIST_TYPE else _scalar(v)
    return out


def admin_cell(value: Any, typ: str, array_delim: str) -> Any:
    """A cell of a neo4j-admin import CSV (items containing ``array_delim`` get a comma instead).

    >>> admin_cell(["a;b", "c"], "STRING[]", ";"), admin_cell(None, "INT64", ";")
    ('a,b;c', '')
    """
    if value is None:
        return ""
    if typ == LIST_TYPE:
        return array_delim.join(x.replace(array_delim, ",") for x in string_list(value))
    return _scalar(value)


def flat_value(value: Any) -> Any:
    """GraphML and CSV hold scalars only: containers become JSON text, ``None`` an empty string.

    >>> flat_value(("x", 1)), flat_value(None), flat_value(3)
    ('["x", 1]', '', 3)
    """
    if value is None:
        return ""
    return _scalar(value)


def columnar_value(value: Any, typ: str) -> Any:
    """A Parquet cell: list properties as lists of strings, structured values as JSON text."""
    if typ == LIST_TYPE:
        return string_list(value)
    return _scalar(value)
