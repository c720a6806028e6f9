"""Stream the records of a JSON document without holding the document: a list of records, an object
holding one (``{"meta": ..., "results": [...]}``, an OpenAlex API page), one record, or several of
these one after another. Each record is parsed on its own, so a broken one is skipped and counted.

After a broken element the parser moves on to the next ``{`` that follows the error; nesting deeper
than Python's parser allows (``RecursionError``) ends the file, and is counted.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

#: Keys whose list value holds the records of an enclosing object.
CONTAINER_KEYS = ("results", "papers", "data", "records", "items")
#: The most characters one record may take (a bigger one is skipped as malformed).
MAX_RECORD_CHARS = 64 << 20
_DECODER = json.JSONDecoder(strict=False)  # raw control characters in strings: cleaned later
_WS = " \t\r\n"


class _Broken(Exception):
    """A value that cannot be parsed; ``resume`` is where to look for the next record."""

    def __init__(self, reason: str, resume: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.resume = resume


class _Stream:
    """A text buffer refilled from an iterator of chunks, with a read position."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self.chunks = chunks
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _more(self) -> bool:
        if self.eof:
            return False
        chunk = next(self.chunks, None)
        if chunk is None:
            self.eof = True
            return False
        self.buf = self.buf[self.pos:] + chunk
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _WS:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def take(self) -> str:
        ch = self.peek()
        self.pos += 1
        return ch

    def value(self) -> Any:
        """Parse one JSON value at the position (refilling while it may only be incomplete)."""
        self.peek()
        while True:
            try:
                val, end = _DECODER.raw_decode(self.buf, self.pos)
            except RecursionError:
                raise _Broken("JSON nested too deeply (rest of the file skipped)", None) from None
            except json.JSONDecodeError as exc:
                may_grow = exc.msg.startswith("Unterminated string") or exc.pos >= len(self.buf) - 8
                if may_grow and len(self.buf) - self.pos < MAX_RECORD_CHARS and self._more():
                    continue
                raise _Broken("malformed JSON record", exc.pos + 1) from None
            self.pos = end
            return val

    def skip_to_record(self, resume: int) -> None:
        """Move past a broken value: to the next ``{`` at or after ``resume``."""
        self.pos = max(self.pos, min(resume, len(self.buf)))
        while True:
            i = self.buf.find("{", self.pos)
            if i >= 0:
                self.pos = i
                return
            self.pos = len(self.buf)
            if not self._more():
                return


Item = tuple[bool, Any, str]


def iter_json_records(chunks: Iterator[str], source: str) -> Iterator[Item]:
    """Yield ``(True, record, where)`` for every record, ``(False, reason, where)`` for a broken one."""
    s = _Stream(chunks)
    n = 0
    while s.peek():
        n += 1
        try:
            if s.peek() == "[":
                s.take()
                yield from _array(s, source, n)
            elif s.peek() == "{":
                yield from _object(s, source, n)
            else:
                s.value()
                yield (False, "JSON value that is not a record", f"{source}[{n}]")
        except _Broken as exc:
            yield (False, exc.reason, f"{source}[{n}]")
            if exc.resume is None:
                return
            s.skip_to_record(exc.resume)


def _array(s: _Stream, source: str, n: int) -> Iterator[Item]:
    i = 0
    while True:
        ch = s.peek()
        if ch in ("]", ""):
            s.take()
            return
        if ch == ",":
            s.take()
            continue
        i += 1
        where = f"{source}[{n}][{i}]" if n > 1 else f"{source}[{i}]"
        try:
            yield (True, s.value(), where)
        except _Broken as exc:
            if exc.resume is None:
                raise
            yield (False, exc.reason, where)
            s.skip_to_record(exc.resume)


def _object(s: _Stream, source: str, n: int) -> Iterator[Item]:
    """One top-level object: its container list streamed, or the object itself as one record."""
    s.take()
    rest: dict[str, Any] = {}
    streamed = False
    while True:
        ch = s.peek()
        if ch in ("}", ""):
            s.take()
            break
        if ch == ",":
            s.take()
            continue
        key = s.value()
        if s.take() != ":" or not isinstance(key, str):
            raise _Broken("malformed JSON record", s.pos)
        if key in CONTAINER_KEYS and s.peek() == "[" and not streamed:
            s.take()
            streamed = True
            yield from _array(s, source, n)
        else:
            rest[key] = s.value()
    if not streamed:
        yield (True, rest, f"{source}[{n}]")
