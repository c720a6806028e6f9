"""The graph schema, read from ``schemas/graph.json``; the sinks generate their DDL from it."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KGError


@dataclass(frozen=True)
class NodeSchema:
    label: str
    key: str
    properties: dict[str, str]
    indexes: tuple[str, ...]


@dataclass(frozen=True)
class RelSchema:
    type: str
    pairs: tuple[tuple[str, str], ...]
    properties: dict[str, str]


@dataclass(frozen=True)
class Schema:
    nodes: dict[str, NodeSchema]
    relationships: dict[str, RelSchema]

    def rel_pair_ok(self, rel: str, src_label: str, dst_label: str) -> bool:
        r = self.relationships.get(rel)
        return r is not None and (src_label, dst_label) in r.pairs


def _schema_path() -> Path:
    here = Path(__file__).resolve().parent
    for cand in (here / "schemas" / "graph.json", here.parent / "schemas" / "graph.json"):
        if cand.is_file():
            return cand
    try:  # installed wheel: package data
        return Path(str(resources.files("kg") / "schemas" / "graph.json"))
    except Exception as exc:  # pragma: no cover
        raise KGError(f"graph schema not found: {exc}") from exc


def parse_schema(raw: dict[str, Any]) -> Schema:
    """Build a :class:`Schema` from the JSON document of ``schemas/graph.json``."""
    nodes = {
        label: NodeSchema(label, spec["key"], dict(spec["properties"]), tuple(spec.get("indexes", ())))
        for label, spec in raw["nodes"].items()
    }
    rel_props = dict(raw.get("relationship_properties", {}))
    rels = {}
    for name, spec in raw["relationships"].items():
        pairs = tuple((a, b) for a, b in spec["pairs"])
        for a, b in pairs:
            if a not in nodes or b not in nodes:
                raise KGError(f"schema: relationship {name} names an unknown label ({a}, {b})")
        rels[name] = RelSchema(name, pairs, dict(spec.get("properties", rel_props)))
    return Schema(nodes, rels)


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    """The schema shipped with kg (cached: it is read-only data)."""
    path = _schema_path()
    with open(path, encoding="utf-8") as fh:
        return parse_schema(json.load(fh))
