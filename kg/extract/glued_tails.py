"""Names glued to the adjective a hyphen made of them: "PointNetbased methods" for "PointNet-based methods", where a
converter lost the hyphen (at a line end, most often).

The token is no name of its own: the name is its stem, when the stem is written as a name (a capital inside it
after the first letter, all capitals, or a digit: "PointNet", "GAN", "MobileNetV2") that the lexicon knows or the
text writes as a word of its own elsewhere, and the tail is one of the few
lower-case words that make an adjective of a name (:data:`GLUED_TAILS`, the words that stay outside a name's
variants after a hyphen too, :mod:`kg.extract.name_bounds`). A plain capitalised word before such a tail
("Transformerbased") is left alone: it may be a word of the sentence, and "Stylelike" names nothing either way.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.lexicon_data import known_entry, known_name

#: Lower-case words that make an adjective of the name before them ("PointNet-based", "BERT-style").
GLUED_TAILS = ("based", "style", "like", "driven", "guided", "inspired")
_TAIL = re.compile(r"(?:%s)(?![^\W_])" % "|".join(GLUED_TAILS))


def _name_shaped(stem: str) -> bool:
    """Whether a stem is written as a name: two characters or more, letters and digits, with a capital inside,
    all in capitals, or with a digit ("PointNet", "GAN", "MobileNetV2"; not "Transformer", "D", "network")."""
    if len(stem) < 2 or not stem.isalnum() or not stem[0].isupper():
        return False
    return stem.isupper() or any(c.isupper() or c.isdigit() for c in stem[1:])


def glued_tail_at(text: str, end: int) -> bool:
    """Whether a glued adjective tail begins at ``end``, right after a name-shaped stem that ends there.

    >>> t = "as PointNetbased and GANlike nets, a GAN, a Transformerbased one, Dbased, ZQRDbased, PointNetbasedness"
    >>> [glued_tail_at(t, t.index(w) + len(w)) for w in ("PointNet", "GAN", "Transformer", "D", "ZQRD", "PointNet")]
    [True, True, False, False, False, True]
    >>> glued_tail_at(t, t.index("PointNetbasedness") + 8)
    False
    >>> glued_tail_at(t, t.index("PointNet") + 5)
    False
    """
    if not _TAIL.match(text, end):
        return False
    start = end
    while start > 0 and (text[start - 1].isalnum()):
        start -= 1
    stem = text[start:end]
    return _name_shaped(stem) and (known_name(stem) or _written_apart(text, stem))


def _written_apart(text: str, stem: str) -> bool:
    """Whether the text writes ``stem`` as a word of its own too ("GAN" beside "GANbased")."""
    return re.search(r"(?<![\w\-])%s(?![\w])" % re.escape(stem), text) is not None


def glued_stems(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, one that ends in a glued tail after a name-shaped stem cut to the stem ("PointNetbased" ->
    "PointNet"); a stem so glued that the lexicon knows takes the lexicon's type: the words after the tail are what
    it describes ("on the MobileNetV2based search space" evaluates on no data set called MobileNetV2).

    >>> from kg.vocab import EntityType as T
    >>> t = "We compare with methods such as PointNetbased methods, on the MobileNetV2based search space."
    >>> s, m = t.index("PointNet"), t.index("MobileNetV2")
    >>> [(t[c.start:c.end], c.type.value) for c in glued_stems(t, [Candidate(s, s + 13, T.METHOD, 55, "list"),
    ...                                                             Candidate(m, m + 11, T.DATASET, 50, "name")])]
    [('PointNet', 'Method'), ('MobileNetV2', 'Method')]
    """
    out = []
    for c in cands:
        for tail in GLUED_TAILS:
            at = c.end - len(tail)
            if at > c.start and text.startswith(tail, at) and glued_tail_at(text, at):
                c = c._replace(end=at)
                break
        if glued_tail_at(text, c.end) and (entry := known_entry(text[c.start:c.end])) is not None:
            c = c._replace(type=entry[0])
        out.append(c)
    return out
