"""arXiv identifiers: recognise one (new ``2101.01234v2`` or old ``cs/0112017`` style) and read its year.

>>> arxiv_id("1704.03549v4")
('1704.03549v4', 2017)
>>> arxiv_id("arXiv:hep-th/9901001")
('hep-th/9901001', 1999)
>>> arxiv_id("12345") is None
True
>>> arxiv_version("arXiv:2101.07518v4"), arxiv_version("2101.07518"), arxiv_version("10.1000/2101.07518v4")
(('2101.07518', 4), ('2101.07518', 0), None)
"""
from __future__ import annotations

import re

_NEW = re.compile(r"(?:arxiv[:/ ]?(?:abs/)?)?(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?", re.I)
#: the version a recognised arXiv id ends on ("v4")
_VERSION = re.compile(r"v(\d+)$", re.I)
_OLD = re.compile(r"(?:arxiv[:/ ]?(?:abs/)?)?([a-z-]+(?:\.[a-z]{2})?)/(\d{2})(\d{2})\d{3}(?:v\d+)?", re.I)


def arxiv_id(text: str) -> tuple[str, int] | None:
    """``(arXiv id, year)`` when ``text`` is an arXiv id, else None (new-style ids exist from April 2007)."""
    found = _dated(text)
    return None if found is None else found[:2]


def arxiv_month(text: str) -> int | None:
    """The month a paper was first submitted to arXiv in, ``yyyymm``, when ``text`` is an arXiv id, else None:
    the id's first four digits.

    >>> arxiv_month("1905.01234v2"), arxiv_month("hep-th/9901001"), arxiv_month("P16-1072")
    (201905, 199901, None)
    """
    found = _dated(text)
    return None if found is None else 100 * found[1] + found[2]


def _dated(text: str) -> tuple[str, int, int] | None:
    """``(arXiv id, year, month)`` when ``text`` is an arXiv id, else None."""
    text = text.strip()
    m = _NEW.fullmatch(text)
    if m and 1 <= int(m.group(2)) <= 12 and int(m.group(1)) >= 7:
        return text[m.start(1):], 2000 + int(m.group(1)), int(m.group(2))
    m = _OLD.fullmatch(text)
    if m and 1 <= int(m.group(3)) <= 12:
        yy = int(m.group(2))
        return text[m.start(1):], (1900 if yy >= 91 else 2000) + yy, int(m.group(3))
    return None


def arxiv_version(text: str) -> tuple[str, int] | None:
    """``(arXiv id without its version, version)`` when ``text`` is an arXiv id (0 when it names no
    version), else None: the versions of one paper share the first part. The id is lower-cased
    (``cs.CL/0112017`` and ``cs.cl/0112017`` are one), and a new-style id must have the digits of its
    time: four after the dot until 2014, five from 2015.

    >>> arxiv_version("hep-th/9901001v2"), arxiv_version("1501.0123v1"), arxiv_version("1412.01234")
    (('hep-th/9901001', 2), None, None)
    """
    ax = arxiv_id(text)
    if ax is None:
        return None
    aid = ax[0].lower()
    m = _VERSION.search(aid)
    base, version = (aid[: m.start()], int(m.group(1))) if m else (aid, 0)
    if "/" not in base and len(base) - 5 != (5 if base[:4] >= "1501" else 4):
        return None
    return base, version


class VersionTable:
    """The record kept of each arXiv paper among its versions: the highest version (the first of two
    equal ones), whatever order the versions come in, with the ids of the versions merged into it.

    >>> t = VersionTable()
    >>> t.offer("2101.07518v1"), t.offer("2101.07518v4"), t.offer("2101.07518v2"), t.offer("W2963")
    (None, '2101.07518v1', '2101.07518v2', None)
    >>> t.kept("2101.07518v2"), t.older("2101.07518v2"), t.covers("2101.07518v5"), t.merged("2101.07518")
    ('2101.07518v4', True, False, ('2101.07518v1', '2101.07518v2'))
    """

    def __init__(self) -> None:
        self._kept: dict[str, tuple[int, str, tuple[str, ...]]] = {}  # id without version -> (version, id, merged)

    def __len__(self) -> int:
        return len(self._kept)

    def offer(self, pid: str, merged: tuple[str, ...] = ()) -> str | None:
        """Take the record ``pid`` (which already merged the versions ``merged``) into the table. Returns
        the id now left out: ``pid`` when its paper keeps a later or equal version, the id it replaces
        when ``pid`` is later; None for a new paper, the kept id again, or an id that is not arXiv's."""
        v = arxiv_version(pid)
        if v is None:
            return None
        key, n = v
        old = self._kept.get(key)
        if old is None:
            self._kept[key] = (n, pid, tuple(merged))
            return None
        old_n, old_id, old_merged = old
        if old_id == pid:
            return None
        if n > old_n:
            self._kept[key] = (n, pid, _joined(merged, old_merged, (old_id,)))
            return old_id
        if n < old_n:
            self._kept[key] = (old_n, old_id, _joined(old_merged, merged, (pid,)))
        return pid

    def _entry(self, pid: str) -> tuple[int, tuple[int, str, tuple[str, ...]]] | None:
        v = arxiv_version(pid)
        kept = self._kept.get(v[0]) if v else None
        return (v[1], kept) if v and kept else None

    def kept(self, pid: str) -> str | None:
        """The id kept for ``pid``'s paper (None: not an arXiv id, or a paper the table has not seen)."""
        e = self._entry(pid)
        return e[1][1] if e else None

    def older(self, pid: str) -> bool:
        """``pid`` is an earlier version than the one kept of its paper."""
        e = self._entry(pid)
        return bool(e) and e[0] < e[1][0]

    def covers(self, pid: str) -> bool:
        """The table keeps this version of ``pid``'s paper or a later one."""
        e = self._entry(pid)
        return bool(e) and e[0] <= e[1][0]

    def merged(self, pid: str) -> tuple[str, ...]:
        """The ids of the versions merged into the record kept of ``pid``'s paper."""
        e = self._entry(pid)
        return e[1][2] if e else ()


def _joined(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """The ids of ``groups`` in order, each once."""
    return tuple(dict.fromkeys(i for g in groups for i in g))
