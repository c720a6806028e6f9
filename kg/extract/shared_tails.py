"""Two dataset names coordinated right after each other that end in the same short capitals ("MVTec AD and BenTech
AD"): the capitals are the last word of both names (a domain or a track the series marks), so a name found without
them ("BenTech", its "AD" typed apart by its shape) takes them, as the name beside it does."""
from __future__ import annotations

import re

from kg.extract.boundaries import _without_pieces
from kg.extract.candidates import Candidate
from kg.vocab import EntityType as T

#: a short word in capitals after a name ("AD", "VO"), then the end of the word
_CAPS_AFTER = re.compile(r" ([A-Z]{2,3})(?![\w\-+])")
#: what joins two coordinated names: a comma, "and", "or"
_COORD = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def shared_tails(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dataset candidates, and names typed Method by their shape only (rule "name": "BenTech" in a list of three
    the pair rules do not read), grown over the short capitals after them when a Dataset coordinated with them (just
    before or after) ends in the same capitals; a candidate inside the grown span goes.

    >>> t = "on FooSet AD and BarSet AD, on KITTI and BazSet VO"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, "name")
    >>> cs = [at("FooSet AD"), at("BarSet"), Candidate(24, 26, T.METHOD, 40, "name"), at("KITTI"), at("BazSet")]
    >>> [t[c.start:c.end] for c in shared_tails(t, cs)]
    ['FooSet AD', 'BarSet AD', 'KITTI', 'BazSet']
    >>> t = "on FooSet AD, BarSet AD and QuxSet"
    >>> cs = [at("FooSet AD"), Candidate(14, 20, T.METHOD, 40, "name"), Candidate(21, 23, T.METHOD, 40, "name")]
    >>> [(t[c.start:c.end], c.type.value) for c in shared_tails(t, cs)]
    [('FooSet AD', 'Dataset'), ('BarSet AD', 'Dataset')]
    """
    data = [c for c in cands if c.type is T.DATASET]
    out, grown = [], []
    for c in cands:
        m = _CAPS_AFTER.match(text, c.end) if c.type is T.DATASET or _by_shape(c) else None
        if m and any(_beside(text, c, m.end(), o) and text[o.start:o.end].endswith(" " + m.group(1)) for o in data):
            c = c._replace(end=m.end(), canonical=None, type=T.DATASET)
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown) if grown else out


def _beside(text: str, c: Candidate, end: int, o: Candidate) -> bool:
    """Whether ``o`` is coordinated with ``c`` (grown to ``end``): only a comma, "and" or "or" between them."""
    if o.end <= c.start:
        return bool(_COORD.fullmatch(text, o.end, c.start))
    return o.start >= end and bool(_COORD.fullmatch(text, end, o.start))


def _by_shape(c: Candidate) -> bool:
    """Whether ``c`` is a Method by its shape only (rule "name"), which a coordinated Dataset's tail may retype."""
    return c.type is T.METHOD and c.rule == "name"
