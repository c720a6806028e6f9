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

from kg.extract.candidates import PRI_LEXICON, Candidate
from kg.extract.lexicon_data import known_entry, known_name

#: Lower-case words that make an adjective of the name before them ("PointNet-based", "BERT-style").
GLUED_TAILS = ("based", "style", "like", "driven", "guided", "inspired")
#: The tail, in lower case or with its first letter a capital ("PointNetBased"), no word going on after it.
_TAIL = re.compile(r"(?:%s)(?![^\W_])" % "|".join(f"[{t[0]}{t[0].upper()}]{t[1:]}" for t in GLUED_TAILS))
#: The signs a name holds inside it besides letters and digits ("R-CNN", "PointNet++").
_NAME_SIGNS = "-+"


def _name_shaped(stem: str) -> bool:
    """Whether a stem is written as a name: two characters or more, letters and digits (a hyphen or plus inside or
    a plus at its end: "R-CNN", "PointNet++"), with a capital inside, all in capitals, or with a digit ("PointNet",
    "GAN", "MobileNetV2"; not "Transformer", "D", "network", "PointNet-", whose hyphen is written)."""
    bare = stem.replace("-", "").replace("+", "")
    if len(bare) < 2 or not bare.isalnum() or not stem[0].isupper() or stem.endswith("-"):
        return False
    return bare.isupper() or any(c.isupper() or c.isdigit() for c in bare[1:])


def _stem_start(text: str, end: int) -> int:
    """Where the name-shaped stem ending at ``end`` starts: back over letters, digits and the signs of a name."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _NAME_SIGNS):
        start -= 1
    while start < end and not text[start].isalnum():
        start += 1
    return start


def glued_tail_at(text: str, end: int) -> bool:
    """Whether a glued adjective tail begins at ``end``, right after a name-shaped stem that ends there.

    >>> t = "as PointNetbased and GANlike nets, a GAN, a Transformerbased one, Dbased, ZQRDbased, PointNetbasedness"
    >>> [glued_tail_at(t, t.index(w) + len(w)) for w in ("PointNet", "GAN", "Transformer", "D", "ZQRD", "PointNet")]
    [True, True, False, False, False, True]
    >>> glued_tail_at(t, t.index("PointNetbasedness") + 8)
    False
    >>> glued_tail_at(t, t.index("PointNet") + 5)
    False
    >>> t = "Faster R-CNNbased, PointNet++based and PointNetBased ones, not PointNet-based"
    >>> [glued_tail_at(t, t.index(w) + len(w)) for w in ("R-CNN", "PointNet++", "and PointNet", "PointNet-")]
    [True, True, True, False]
    """
    if not _TAIL.match(text, end):
        return False
    stem = text[_stem_start(text, end):end]
    return _name_shaped(stem) and (known_name(stem) or _written_apart(text, stem))


_TAIL_AFTER_NAME = re.compile(r"(?<=[^\W_]|\+)" + _TAIL.pattern)
_LEAD_WORD = re.compile(r"(?<![\w\-])([A-Z][\w\-]*) $")


def glued_lexicon_names(text: str) -> list[Candidate]:
    """Lexicon names glued to a tail that no token-wise match finds: the token is the name and its tail ("Faster
    R-CNNbased", "PointNet++based"); the word before the stem is taken when the lexicon knows the two ("Faster").

    >>> t = "We compare with Faster R-CNNbased and PointNet++based detectors."
    >>> [(t[c.start:c.end], c.canonical) for c in glued_lexicon_names(t)]
    [('Faster R-CNN', 'Faster R-CNN'), ('PointNet++', 'PointNet++')]
    """
    out = []
    for m in _TAIL_AFTER_NAME.finditer(text):
        if not glued_tail_at(text, m.start()):
            continue
        start = _stem_start(text, m.start())
        lead = _LEAD_WORD.search(text, max(0, start - 30), start)
        entry = known_entry(text[lead.start():m.start()]) if lead else None
        if entry is None:
            entry = known_entry(text[start:m.start()])
        elif lead:
            start = lead.start()
        if entry is not None:
            rule = "lexicon" if entry[2] else "lexicon-gen"
            out.append(Candidate(start, m.start(), entry[0], PRI_LEXICON, rule, entry[1]))
    return out


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
            if at > c.start and text[at:c.end].lower() == tail and glued_tail_at(text, at):
                c = c._replace(end=at)
                break
        if glued_tail_at(text, c.end) and (entry := known_entry(text[c.start:c.end])) is not None:
            c = c._replace(type=entry[0])
        out.append(c)
    return out
