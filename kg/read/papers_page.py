"""The "papers page" text dump: page furniture, then title line / abstract paragraph pairs."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg.read.records import RawRecord

_FURNITURE = {
    "new",
    "subscribe",
    "daily papers",
    "trending papers",
    "by ak and the research community",
    "byak and the research community",
    "get trending papers in your email inbox!",
    "get trending papers in your email inbox once a day!",
    "get trending papers in your email inbox",
}
_FURNITURE_PREFIX = re.compile(r"^(?:Subscribe|Get trending papers in your email inbox(?: once a day)?!?)\s*(?=[A-Z0-9])")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(rf"^(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})$", re.I)
_SENT_END = re.compile(r"[.!?](?:\s|$)")

#: A line at least this long is an abstract paragraph, never a title.
ABSTRACT_MIN_CHARS = 250
#: A title is at most this long.
TITLE_MAX_CHARS = 400


def is_furniture(line: str) -> bool:
    """True for page furniture lines ("Subscribe", "new", date lines, newsletter prompts)."""
    s = line.strip()
    low = s.lower()
    return low in _FURNITURE or bool(_DATE.match(s)) or low.startswith("get trending papers")


def strip_furniture(line: str) -> str:
    """Remove furniture glued to the start of a line ("SubscribeScoring Time ..." -> "Scoring Time ...")."""
    return _FURNITURE_PREFIX.sub("", line.strip(), count=1)


def _looks_like_abstract(line: str) -> bool:
    if len(line) >= ABSTRACT_MIN_CHARS:
        return True
    # a short abstract: several sentences
    return len(line) >= 80 and len(_SENT_END.findall(line)) >= 2


def _content_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of the lines that are not empty and not page furniture."""
    for no, raw in enumerate(lines, 1):
        s = raw.strip()
        if not s or is_furniture(s):
            continue
        s = strip_furniture(s)
        if s and not is_furniture(s):
            yield no, s


def parse_papers_page(text: str | Iterable[str], source: str) -> Iterator[RawRecord | tuple[str, str]]:
    """Yield a :class:`RawRecord` per (title, abstract) pair, or ``(reason, where)`` for a skipped block.

    ``text`` is the page, or its lines (streamed: only the current line and the next are held)."""
    lines = _content_lines(text.split("\n") if isinstance(text, str) else text)
    cur = next(lines, None)
    while cur is not None:
        no, line = cur
        nxt = next(lines, None)
        if not _looks_like_abstract(line) and len(line) <= TITLE_MAX_CHARS:
            if nxt is not None and _looks_like_abstract(nxt[1]):
                yield RawRecord(title=line, abstract=nxt[1], where=f"{source}:{no}")
                cur = next(lines, None)
                continue
            yield ("title without abstract", f"{source}:{no}")
        else:
            yield ("abstract without title", f"{source}:{no}")
        cur = nxt
