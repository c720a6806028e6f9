"""Two datasets joined by "to" name a transfer setting, not a dataset: "adaptation from QuokSet-to-Wombat"
trains on one and tests on the other. The generated lexicon lists such settings as datasets ("A to B", "A-to-B"),
so a paper's text would make one node of the pair; the mention is the two datasets, each its own node.

Only when each side is a Dataset name of the lexicon (a name known apart as data): "Room-to-Room" or
"Image-to-Image" are names in their own right, not two datasets. An arrow ("QuokSet→Wombat") is not read here: no
candidate covers such a pair (the lexicon lists none), so there is nothing to split.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.lexicon_data import name_key
from kg.vocab import EntityType as T

#: "A-to-B", "A-To-B", "A to B" (the whole span), A and B without spaces of their own
_PAIR = re.compile(r"(?P<a>[^\s]+?)(?P<sep>(?i:-to-|\s+to\s+))(?P<b>[^\s]+)$")


def transfer_pairs(text: str, cands: list[Candidate], keys: dict | None) -> list[Candidate]:
    """Each Dataset candidate written as two lexicon Dataset names joined by "to" (any case) replaced by the two
    names (typed Dataset, named by the lexicon); a side another candidate already holds is not added twice.

    >>> t = "on QuokSet-to-Wombat and Room-to-Room"
    >>> keys = {"quokset": (T.DATASET, "QuokSet", False), "wombat": (T.DATASET, "Wombat", True)}
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 60, "lexicon", w)
    >>> [(t[c.start:c.end], c.canonical) for c in transfer_pairs(t, [at("QuokSet-to-Wombat"), at("Room-to-Room")], keys)]
    [('Room-to-Room', 'Room-to-Room'), ('QuokSet', 'QuokSet'), ('Wombat', 'Wombat')]
    """
    if not keys:
        return cands
    pairs = [(c, m) for c in cands if c.type is T.DATASET and (m := _pair(text, c, keys)) is not None]
    if not pairs:
        return cands
    glued = {id(c) for c, _ in pairs}
    out = [c for c in cands if id(c) not in glued]
    held = {(c.start, c.end) for c in out}
    for c, m in pairs:
        for side in ("a", "b"):
            s, e = c.start + m.start(side), c.start + m.end(side)
            if (s, e) not in held:
                held.add((s, e))
                out.append(c._replace(start=s, end=e, canonical=keys[name_key(m.group(side))][1]))
    return out


def _pair(text: str, c: Candidate, keys: dict) -> re.Match | None:
    """The match of a candidate's text as two lexicon Dataset names joined by "to", or None."""
    m = _PAIR.fullmatch(text[c.start:c.end])
    if m is None:
        return None
    sides = [keys.get(name_key(m.group(s))) for s in ("a", "b")]
    return m if all(v is not None and v[0] is T.DATASET for v in sides) else None
