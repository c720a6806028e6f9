"""Dispatch to the right reader, clean and de-duplicate, and count what was skipped."""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.errors import InputError
from kg.models import Paper, paper_id_from_title
from kg.read.papers_page import parse_papers_page
from kg.read.records import RawRecord, record_from_mapping
from kg.read.text import clean_text, decode_bytes

#: An abstract longer than this is cut (at a sentence end when possible) and counted.
MAX_ABSTRACT_CHARS = 20_000
MAX_TITLE_CHARS = 1_000


@dataclass
class ReadStats:
    """What the readers saw: files, records, papers kept, and skips by reason (with examples)."""

    files: int = 0
    records: int = 0
    papers: int = 0
    duplicates: int = 0
    truncated: int = 0
    skipped: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    encodings: Counter = field(default_factory=Counter)

    def skip(self, reason: str, where: str) -> None:
        self.skipped[reason] += 1
        ex = self.examples.setdefault(reason, [])
        if len(ex) < 3:
            ex.append(where)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def summary(self) -> str:
        """One paragraph for the user: kept, merged and skipped (by reason, with where)."""
        parts = [f"read {self.papers} papers from {self.files} file(s)"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate(s) merged")
        if self.truncated:
            parts.append(f"{self.truncated} over-long abstract(s) truncated")
        if self.skipped:
            reasons = "; ".join(
                f"{n} {reason} (e.g. {', '.join(self.examples.get(reason, []))})"
                for reason, n in self.skipped.most_common()
            )
            parts.append(f"skipped {self.skipped_total}: {reasons}")
        return ", ".join(parts)

    def to_json(self) -> dict:
        return {
            "files": self.files,
            "records": self.records,
            "papers": self.papers,
            "duplicates": self.duplicates,
            "truncated": self.truncated,
            "skipped": dict(self.skipped),
            "examples": self.examples,
        }


def _as_input_error(path: Path, exc: BaseException) -> InputError:
    """One clear message for a file that cannot be read."""
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path}: is a directory, not a file")
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(exc, PermissionError):
        return InputError(f"{path}: permission denied")
    if isinstance(exc, (gzip.BadGzipFile, EOFError)):
        return InputError(f"{path}: not a valid gzip file ({exc})")
    return InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})")


def _open_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        return gzip.decompress(data) if path.suffix == ".gz" else data
    except (OSError, EOFError) as exc:
        raise _as_input_error(path, exc) from exc


def _stream_lines(path: Path) -> Iterator[str]:
    """Stream a (possibly gzipped) JSON-lines file without loading it whole (for arXiv-size input)."""
    opener: Callable = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(4)
            fh.seek(0)
            if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) == 4 and head[1:2] == b"\x00"):
                text, _ = decode_bytes(fh.read(), str(path))
                yield from text.splitlines()
                return
            for raw in fh:
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError:
                    yield raw.decode("cp1252", errors="replace")
    except (OSError, EOFError) as exc:
        raise _as_input_error(path, exc) from exc


def detect_format(path: Path, head: str) -> str:
    """``jsonl``, ``json``, ``csv`` or ``text`` from the file name, else from the first characters."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".json"):
        return "json" if head.lstrip().startswith("[") else "jsonl"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    s = head.lstrip()
    if s.startswith("{"):
        return "jsonl"
    if s.startswith("["):
        return "json"
    first = s.split("\n", 1)[0].lower()
    if "title" in first and "abstract" in first and ("," in first or "\t" in first):
        return "csv"
    return "text"


def _records_jsonl(lines: Iterable[str], source: str) -> Iterator[RawRecord | tuple[str, str]]:
    for no, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        where = f"{source}:{no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            yield ("malformed JSON line", where)
            continue
        try:
            yield record_from_mapping(obj, where)
        except ValueError as exc:
            yield (str(exc), where)


def _records_json(text: str, source: str) -> Iterator[RawRecord | tuple[str, str]]:
    try:
        arr = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(arr, dict):
        arr = arr.get("results") or arr.get("papers") or arr.get("data") or [arr]
    if not isinstance(arr, list):
        raise InputError(f"{source}: expected a JSON list of papers")
    for i, obj in enumerate(arr, 1):
        try:
            yield record_from_mapping(obj, f"{source}[{i}]")
        except ValueError as exc:
            yield (str(exc), f"{source}[{i}]")


def _records_csv(text: str, source: str) -> Iterator[RawRecord | tuple[str, str]]:
    sample = text[:4096]
    delim = "\t" if sample.split("\n", 1)[0].count("\t") > sample.split("\n", 1)[0].count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        fields = {(f or "").strip().lower() for f in reader.fieldnames or []}
    except csv.Error as exc:
        raise InputError(f"{source}: not a readable CSV file ({exc})") from exc
    if "title" not in fields and "abstract" not in fields:
        raise InputError(f"{source}: CSV needs a 'title' and an 'abstract' column (found: {', '.join(sorted(fields)) or 'none'})")
    rows = iter(reader)
    no = 1
    while True:
        no += 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            yield (f"unreadable CSV row ({exc})", f"{source}:{no}")
            continue
        where = f"{source}:{no}"
        if None in row:  # more cells than header fields
            yield ("CSV row with extra cells", where)
            continue
        lowered = {(k or "").strip().lower(): v for k, v in row.items()}
        try:
            yield record_from_mapping(lowered, where)
        except ValueError as exc:
            yield (str(exc), where)


def _raw_records(path: Path, stats: ReadStats) -> Iterator[RawRecord | tuple[str, str]]:
    source = str(path)
    if path.suffix.lower() in (".jsonl", ".ndjson") or path.name.lower().endswith((".jsonl.gz", ".ndjson.gz")):
        stats.encodings["utf-8"] += 1
        yield from _records_jsonl(_stream_lines(path), source)
        return
    data = _open_bytes(path)
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    text, enc = decode_bytes(data, source)
    stats.encodings[enc] += 1
    fmt = detect_format(path, text[:2048])
    if fmt == "jsonl":
        yield from _records_jsonl(text.splitlines(), source)
    elif fmt == "json":
        yield from _records_json(text, source)
    elif fmt == "csv":
        yield from _records_csv(text, source)
    else:
        yield from parse_papers_page(text, source)


def _truncate(abstract: str) -> str:
    cut = abstract[:MAX_ABSTRACT_CHARS]
    dot = cut.rfind(". ")
    return cut[: dot + 1] if dot > MAX_ABSTRACT_CHARS // 2 else cut


def to_paper(rec: RawRecord, stats: ReadStats) -> Paper | None:
    """Clean a raw record into a :class:`Paper`; None (and a counted skip) when nothing usable is left."""
    title = clean_text(rec.title)[:MAX_TITLE_CHARS]
    abstract = clean_text(rec.abstract)
    if not title:
        stats.skip("no title", rec.where)
        return None
    if len(abstract) > MAX_ABSTRACT_CHARS:
        abstract = _truncate(abstract)
        stats.truncated += 1
    pid = clean_text(rec.id) if rec.id else paper_id_from_title(title)
    return Paper(
        id=pid,
        title=title,
        abstract=abstract,
        url=rec.url,
        year=rec.year,
        source=rec.where,
        categories=rec.categories,
    )


def expand_inputs(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Expand directories into their readable files; raise for inputs that do not exist."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(
                f for f in path.rglob("*")
                if f.is_file() and not f.name.startswith(".")
                and f.name.lower().endswith((".txt", ".jsonl", ".json", ".csv", ".tsv", ".ndjson", ".gz"))
            )
            if not files:
                raise InputError(f"{path}: directory holds no .txt/.jsonl/.json/.csv files")
            out.extend(files)
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return out


def iter_papers(
    paths: Iterable[str | os.PathLike],
    stats: ReadStats | None = None,
    *,
    limit: int | None = None,
    categories: Iterable[str] | None = None,
    strict_files: bool = False,
) -> Iterator[Paper]:
    """Yield the distinct papers of all inputs, in input order.

    A paper seen again (same id, or same title) is merged into the first: skipped and counted as a
    duplicate. An unreadable or empty *file* is an :class:`InputError` when ``strict_files`` or when it
    is the only input; otherwise it is counted and the other files still load.

    Parameters
    ----------
    paths : files or directories (``.txt`` papers pages, ``.jsonl``/``.json``/``.csv``, optionally ``.gz``)
    stats : filled in as the stream is consumed
    limit : stop after this many papers
    categories : keep only papers with one of these categories (arXiv ``cs.CL`` or a prefix ``cs.``)
    """
    stats = stats if stats is not None else ReadStats()
    files = expand_inputs(paths)
    cats = tuple(categories or ())
    seen_ids: set[str] = set()
    seen_titles: set[str] = set()
    for path in files:
        stats.files += 1
        try:
            for item in _raw_records(path, stats):
                if isinstance(item, tuple):
                    stats.records += 1
                    stats.skip(item[0], item[1])
                    continue
                stats.records += 1
                paper = to_paper(item, stats)
                if paper is None:
                    continue
                if cats and not any(c == want or (want.endswith(".") and c.startswith(want)) or c.startswith(want + ".")
                                    for c in paper.categories for want in cats):
                    stats.skip("filtered out by category", item.where)
                    continue
                tkey = paper_id_from_title(paper.title)
                if paper.id in seen_ids or tkey in seen_titles:
                    stats.duplicates += 1
                    continue
                seen_ids.add(paper.id)
                seen_titles.add(tkey)
                stats.papers += 1
                yield paper
                if limit is not None and stats.papers >= limit:
                    return
        except InputError as exc:
            if strict_files or len(files) == 1:
                raise
            stats.skip("unreadable file", str(exc))


def read_papers(paths: Iterable[str | os.PathLike], stats: ReadStats | None = None, **kw) -> list[Paper]:
    """All papers of the inputs as a list (see :func:`iter_papers`)."""
    return list(iter_papers(paths, stats, **kw))
