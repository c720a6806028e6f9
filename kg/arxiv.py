"""arXiv identifiers: recognise one (new ``2101.01234v2`` or old ``cs/0112017`` style) and read its year.

>>> arxiv_id("1704.03549v4")
('1704.03549v4', 2017)
>>> arxiv_id("arXiv:hep-th/9901001")
('hep-th/9901001', 1999)
>>> arxiv_id("12345") is None
True
"""
from __future__ import annotations

import re

_NEW = re.compile(r"(?:arxiv[:/ ]?(?:abs/)?)?(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?", re.I)
_OLD = re.compile(r"(?:arxiv[:/ ]?(?:abs/)?)?([a-z-]+(?:\.[a-z]{2})?)/(\d{2})(\d{2})\d{3}(?:v\d+)?", re.I)


def arxiv_id(text: str) -> tuple[str, int] | None:
    """``(arXiv id, year)`` when ``text`` is an arXiv id, else None (new-style ids exist from April 2007)."""
    text = text.strip()
    m = _NEW.fullmatch(text)
    if m and 1 <= int(m.group(2)) <= 12 and int(m.group(1)) >= 7:
        return text[m.start(1):], 2000 + int(m.group(1))
    m = _OLD.fullmatch(text)
    if m and 1 <= int(m.group(3)) <= 12:
        yy = int(m.group(2))
        return text[m.start(1):], (1900 if yy >= 91 else 2000) + yy
    return None
