"""CSV/TSV records, streamed line by line, with quoted fields over several lines.

Python's ``csv`` reader, given a whole file, lets one unclosed quote swallow every later row. Here a
record is parsed from as few lines as make it complete; a record still open after
``MAX_RECORD_LINES`` lines (or at the end of the file), or one that spans lines and comes out with a
different number of cells than the header, is an unclosed quote: its first line is skipped and
counted, and reading starts again at the line after it.
"""
from __future__ import annotations

import csv
import io
from collections import deque
from typing import Iterable, Iterator

from kg.errors import InputError
from kg.read.records import RawRecord, record_from_mapping

#: Physical lines one quoted record may span.
MAX_RECORD_LINES = 200
#: The longest field accepted (the csv module's own limit is 128 KiB; abstracts are cut later).
MAX_FIELD_CHARS = 1 << 26


def _parse(text: str, delim: str, lenient: bool = True) -> list[str] | None:
    """The cells of one record; None when ``text`` ends inside a quoted field, or (unless ``lenient``)
    when a quote is misplaced (``"a"b``: read as ``ab`` when lenient, as the csv module does)."""
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc) or not lenient:
            return None
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    return rows[0] if rows else []


def _open_quote(buf: list[tuple[int, str]]) -> bool:
    """True while the lines so far leave a quoted field open (an odd number of quote characters)."""
    return sum(line.count('"') for _, line in buf) % 2 == 1


def csv_rows(lines: Iterable[str], delim: str, width: int | None = None
             ) -> Iterator[tuple[int, list[str] | str]]:
    """``(line number, cells)`` per record, or ``(line number, reason)`` for a skipped line.

    ``width`` is the header's number of cells (None while reading the header itself)."""
    source = enumerate(lines, 1)
    back: deque[tuple[int, str]] = deque()
    while True:
        nxt = back.popleft() if back else next(source, None)
        if nxt is None:
            return
        buf = [nxt]
        while True:
            spans = len(buf) > 1  # a quoted field over several lines must parse strictly, to the header's width
            cells = _parse("\n".join(line for _, line in buf), delim, lenient=not spans)
            if cells is not None and not (spans and width is not None and len(cells) != width):
                yield buf[0][0], cells
                break
            more = back.popleft() if back else next(source, None)
            if cells is None and more is not None and len(buf) < MAX_RECORD_LINES and _open_quote(buf):
                buf.append(more)
                continue
            yield buf[0][0], "CSV row with an unclosed quote"
            back.extendleft(reversed(buf[1:] + ([more] if more is not None else [])))
            break


def records_csv(lines: Iterable[str], source: str) -> Iterator[RawRecord | tuple[str, str]]:
    """The records of a CSV (or tab-separated) file with a header naming ``title`` and ``abstract``."""
    if csv.field_size_limit() < MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)
    it = iter(lines)
    first = next((line for line in it if line.strip()), "")
    delim = "\t" if first.count("\t") > first.count(",") else ","
    header = _parse(first, delim) or []
    fields = [(f or "").strip().lower() for f in header]
    if "title" not in fields and "abstract" not in fields:
        raise InputError(f"{source}: CSV needs a 'title' and an 'abstract' column "
                         f"(found: {', '.join(sorted(set(fields))) or 'none'})")
    for no, cells in csv_rows(it, delim, len(fields)):
        where = f"{source}:{no + 1}"
        if isinstance(cells, str):
            yield (cells, where)
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(fields):
            yield ("CSV row with extra cells", where)
            continue
        try:
            yield record_from_mapping(dict(zip(fields, cells)), where)
        except ValueError as exc:
            yield (str(exc), where)
