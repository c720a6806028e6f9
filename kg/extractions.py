"""Extraction records as JSON lines (``kg extract`` output, a build's ``extractions.jsonl`` and its
checkpoint): streamed reading, detection and atomic writing."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from kg.errors import InputError, os_error_text
from kg.models import Extraction


def iter_extractions_file(path: str | os.PathLike, tolerate_truncated: bool = False) -> Iterator[Extraction]:
    """Stream the extraction records of a ``kg extract`` output (or a build's extractions.jsonl).

    ``tolerate_truncated`` skips a cut-off last line (a checkpoint written when the process was killed).
    """
    p = Path(path)
    try:
        fh = open(p, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({os_error_text(exc)})") from exc
    with fh:
        for no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = Extraction.from_json(json.loads(line))
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                if tolerate_truncated and not line.endswith("\n"):
                    return
                raise InputError(f"{p}:{no}: not an extraction record ({exc})") from exc
            yield rec


def is_extractions_file(path: Path) -> bool:
    """True for a JSON-lines file written by ``kg extract`` (its records carry ``entities``)."""
    if not path.name.lower().endswith((".jsonl", ".ndjson")):
        return False
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    rec = json.loads(line)
                    return isinstance(rec, dict) and "entities" in rec and "abstract" in rec
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def write_extractions(extractions: Iterable[Extraction], out: str | os.PathLike, progress: Callable[[int], Any] | None = None) -> int:
    """Write extraction records as JSON lines through a temporary file; returns how many."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    n = 0
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            for ex in extractions:
                fh.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
                n += 1
                if progress:
                    progress(1)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return n
