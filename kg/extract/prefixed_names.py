"""A known name with a paper's acronym before it: "SAF R-CNN", "P3D ResNet", "QX MoCo" name the paper's variant.

The lexicon matches the known name inside such a phrase ("R-CNN" of "the proposed SAF R-CNN"), and the acronym before
it was taken as a name of its own: the paper's variant joined the known method's node. An acronym set right before a
known name written as a coined name (a capital inside a word, all capitals, a digit: "R-CNN", "ResNet", "MoCo") and
no name the lexicon knows itself ("LSTM ResNet" lists two) makes one name with it: the variant, once the paper writes
it as its own ("our", "the proposed", in parentheses after its long form). Not before a plain
word the lexicon knows ("SRU language model", "VL transformer": a kind of the known thing, which keeps its match),
nor in a text set in capitals ("BOOSTING R-CNN"), where every word looks like an acronym.
"""
from __future__ import annotations

import re

from kg.extract.candidates import PRI_LEXICON_LONG, Candidate
from kg.extract.doc_context import DocContext
from kg.extract.glued_tails import _name_shaped
from kg.extract.lexicon_data import known_name
from kg.vocab import EntityType as T

#: An acronym right before a name, one space between ("SAF ", "P3D ", "QX-2 "): capitals and digits, a capital first.
_PREFIX = re.compile(r"(?<![\w\-/.+])([A-Z][A-Z0-9]*[A-Z0-9](?:-[A-Z0-9]+)*) $")
#: Letters a text set in capitals around the prefix writes (most of them capitals: a title in capitals).
_WINDOW = 40


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the text around ``start:end`` is set in capitals (most of its letters are)."""
    letters = [c for c in text[max(0, start - _WINDOW):end + _WINDOW] if c.isalpha()]
    return 2 * sum(c.isupper() for c in letters) > len(letters)


def prefixed_span(text: str, start: int, end: int) -> int | None:
    """Where the variant starts whose known name is ``text[start:end]``: at the acronym right before it, when the
    name is written as a coined name and the acronym is no known name (the module docstring), else None.

    >>> t = "We develop the proposed SAF R-CNN, a LSTM ResNet, an SRU language model. BOOSTING R-CNN FOR CELLS"
    >>> [prefixed_span(t, t.index(w), t.index(w) + len(w)) for w in ("R-CNN", "ResNet", "language model")]
    [24, None, None]
    >>> prefixed_span(t, t.rindex("R-CNN"), t.rindex("R-CNN") + 5)
    """
    if not any(_name_shaped(w) for w in text[start:end].split()):
        return None
    m = _PREFIX.search(text, max(0, start - 16), start)
    if m is None or known_name(m.group(1)) or _in_capitals(text, m.start(), end):
        return None
    return m.start()


#: What makes a prefixed name the paper's own: right after "our", "the proposed" or a naming verb, or in parentheses
#: right after its long form ("Scale-Aware Fast R-CNN (SAF R-CNN)").
_OWN_BEFORE = re.compile(r"(?:\b(?:our|proposed|called|named|dubbed|termed|coined)\s+|\(\s*)$", re.I)


def _owned(text: str, start: int, end: int) -> bool:
    """Whether the paper writes the name at ``start:end`` as its own (:data:`_OWN_BEFORE`; a parenthesis closes it)."""
    m = _OWN_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return False
    return "(" not in m.group() or text[end:end + 1] == ")"


def prefixed_names(ctx: DocContext) -> list[Candidate]:
    """A Method variant for each lexicon Method match an acronym prefixes (:func:`prefixed_span`) that is no lexicon
    match itself, where the paper writes that variant as its own once at least (:func:`_owned`: "the proposed SAF
    R-CNN"; "SSP ViTs" of pre-trained ViTs is a kind of the known thing, no variant)."""
    text = ctx.text
    spans = [(ctx.tok_start[a], ctx.tok_end[b - 1], etype) for a, b, etype, _, _ in ctx.lexicon or ()]
    ends = {e for _, e, _ in spans}
    found = []
    for s, e, etype in spans:
        at = prefixed_span(text, s, e) if etype is T.METHOD else None
        if at is not None and s - 1 not in ends:
            found.append((at, e))
    own = {text[a:e] for a, e in found if _owned(text, a, e)}
    return [Candidate(a, e, T.METHOD, PRI_LEXICON_LONG, "prefixed") for a, e in found if text[a:e] in own]
