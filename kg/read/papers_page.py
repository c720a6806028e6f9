"""The "papers page" text dump: page furniture, then title line / abstract paragraph pairs."""
from __future__ import annotations

import re
from typing import Iterator

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


def parse_papers_page(text: str, source: str) -> Iterator[RawRecord | tuple[str, str]]:
    """Yield a :class:`RawRecord` per (title, abstract) pair, or ``(reason, where)`` for a skipped block."""
    lines: list[tuple[int, str]] = []
    for no, raw in enumerate(text.splitlines(), 1):
        s = raw.strip()
        if not s or is_furniture(s):
            continue
        s = strip_furniture(s)
        if not s or is_furniture(s):
            continue
        lines.append((no, s))
    i = 0
    n = len(lines)
    while i < n:
        no, line = lines[i]
        nxt = lines[i + 1][1] if i + 1 < n else None
        if not _looks_like_abstract(line) and len(line) <= TITLE_MAX_CHARS:
            if nxt is not None and _looks_like_abstract(nxt):
                yield RawRecord(title=line, abstract=nxt, where=f"{source}:{no}")
                i += 2
                continue
            yield ("title without abstract", f"{source}:{no}")
            i += 1
            continue
        yield ("abstract without title", f"{source}:{no}")
        i += 1
