"""A coined Title Case name padded with a lower-case generic head ("the Quokka Shelf Mixing module", "a Glyph Sorting
Strategies algorithm"): the capitals mark where the name is, the head only says what kind of thing it is (guideline 3:
the shortest span that still names it), so the name is the capitalised run without the head. Only the heads the head
rule reads ("algorithm(s)", "module"); "method", "approach", "framework", "model" are none of its heads, and an
acronym's long form drops them only with a preposition in its capitals (:func:`capitals_before`).
"""
from __future__ import annotations

import re
from typing import Callable

#: Lower-case heads that say only what kind of thing a name is, of those the head rule reads (``METHOD_HEADS`` less the
#: weak heads: no "method", "approach", "framework", "model"); "network", "loss", "layer" and the like often end a
#: name written half in capitals ("Siamese network", "Dice loss") and are left to the name.
PADDING_HEADS = frozenset({"algorithm", "algorithms", "module"})
#: A capitalised word (its hyphen parts too) right before a space: one more word of the name before the modifiers
#: the head rule read.
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*) $")
#: A word written as a name of its own by its shape, capitals after its first letter ("LSTM", "BERT", "ResNet"): a name
#: the coined one is run in after ("an LSTM Quokka Shelf module"), never its first word.
_NAME_SHAPED = re.compile(r"[A-Za-z][a-z0-9]*[A-Z]")
#: The longest name the run is read back to.
_MAX_WORDS = 6


def coined_span(text: str, start: int, s: int, e: int, mods: list[str],
                is_modifier: Callable[[str], bool]) -> tuple[int, int] | None:
    """The span of the Title Case name that the lower-case generic head ``text[s:e]`` pads (:data:`PADDING_HEADS`), its
    modifiers ``mods`` (starting at ``start``) two or more capitalised words: read back over the capitalised words
    before them that may still modify a name (``is_modifier``: no article, no "We"), up to six words in all. ``None``
    when the phrase is no such name (one capitalised word, "Viterbi algorithm", is the name of the algorithm).

    >>> from kg.extract.head_phrases import _is_modifier
    >>> t = "We adapt the Spectral Quokka Glyph Shelf algorithm here"
    >>> a, b = coined_span(t, t.index("Quokka"), t.index("algorithm"), t.index(" here"), ["Shelf", "Glyph", "Quokka"],
    ...                    _is_modifier)
    >>> t[a:b]
    'Spectral Quokka Glyph Shelf'
    >>> coined_span("the Quokka algorithm", 4, 11, 20, ["Quokka"], _is_modifier) is None
    True
    >>> t = "an LSTM Quokka Glyph module"
    >>> a, b = coined_span(t, t.index("Quokka"), t.index("module"), len(t), ["Glyph", "Quokka"], _is_modifier)
    >>> t[a:b]
    'Quokka Glyph'
    """
    if text[s:e] not in PADDING_HEADS or len(mods) < 2 or not all(m[:1].isupper() for m in mods):
        return None
    n = len(mods)
    while n < _MAX_WORDS:
        m = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None or not is_modifier(m.group(1)) or name_shaped(m.group(1)):
            break
        start, n = m.start(1), n + 1
    return start, s - 1


_PADDING_AFTER = re.compile(r" (" + "|".join(sorted(PADDING_HEADS)) + r")\b")


def padded(text: str, end: int) -> bool:
    """Whether a Title Case name ending at ``end`` is one :func:`coined_span` read back from the head after it: it grows
    over no name it is run in after ("an LSTM Quokka Glyph module": :func:`name_shaped`).

    >>> padded("an LSTM Quokka Glyph module", 20), padded("the Quokka Glyph Loss", 16)
    (True, False)
    """
    return _PADDING_AFTER.match(text, end) is not None


def name_shaped(word: str) -> bool:
    """Whether ``word`` is written as a name of its own, capitals after its first letter ("LSTM", "ResNet"; not
    "Spatial-Semantic")."""
    return _NAME_SHAPED.match(word) is not None


def capitals_before(kind: str, rest: list[str], prepositions: frozenset[str]) -> bool:
    """Whether the kind noun ``kind`` that ends a long form is in lower case after words (``rest``) that are all
    capitalised but its ``prepositions``, two at least: a coined name the noun pads ("Quokka for Sorting method
    (Quokka-Sort)"), where a preposition no longer makes the noun its object ("an approach to shelf sorting").

    >>> preps = frozenset({"for", "to"})
    >>> capitals_before("method", ["Quokka", "for", "Sorting"], preps), capitals_before("Method", ["Quokka", "for", "Sorting"], preps)
    (True, False)
    >>> capitals_before("approach", ["approach", "to", "Shelf"], preps), capitals_before("method", ["Quokka", "for", "3D", "Sorting"], preps)
    (False, True)
    """
    words = [w for w in rest if w.lower() not in prepositions]
    return kind.islower() and len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _numbers(word: str) -> set[str]:
    """A title's last word in both numbers, as the abstract may write it ("Networks"/"Network", "Patch"/"Patches")."""
    from kg.graph.common_proposals import singular  # here: kg.graph imports the extractor
    one = singular(word)
    return {word, one, one + "s", one + "es", one[:-1] + "ies" if one.endswith("y") else one}


def lower_lead(words: list[str], abstract: str, lead: int = 1) -> bool:
    """Whether a title's name (its ``words``) opens with ``lead`` words the abstract writes in lower case right before
    the rest of it in capitals ("End-to-End Quokka Shelf Networks" and "a novel end-to-end Quokka Shelf Network
    (QSN)"; "End-to-end RefineNet" and "an end-to-end RefineNet"): a title capitalises every word, the abstract shows
    those words only describe the name. Not when the abstract also writes them capitalised before the name inside a
    sentence (the name's own words then), nor when the rest is one word but a coined one, lower case before a capital
    ("RefineNet"; not "Deep Learning", nor letters, "Spatiotemporal CNN": the lead names which kind of CNN).

    >>> lower_lead(["End-to-End", "Quokka", "Shelf", "Networks"], "a novel end-to-end Quokka Shelf Network (QSN)")
    True
    >>> lower_lead(["End-to-End", "Quokka", "Shelf", "Network"], "two end-to-end Quokka Shelf Networks (QSNs)")
    True
    >>> lower_lead(["Deep", "Quokka", "Shelf", "Networks"], "our Deep Quokka Shelf Networks sort")
    False
    >>> lower_lead(["Very", "Light-Weight", "QuokNet"], "a very light-weight QuokNet", lead=2)
    True
    >>> lower_lead(["Deep", "Quokka", "Analysis"], "deep Quokka Analysing"), lower_lead(["Deep", "GANs"], "deep GANs")
    (False, False)
    """
    first, rest = words[:lead], words[lead:]
    if not rest or not all(w[:1].isupper() for w in first) or not rest[0][:1].isupper() \
            or len(rest) == 1 and not re.search(r"[a-z][A-Z]", rest[0]):
        return False
    last = "|".join(map(re.escape, sorted(_numbers(rest[-1]), key=len, reverse=True)))
    name = r"\s+".join([*map(re.escape, rest[:-1]), f"(?:{last})"]) + r"(?![\w\-])"
    lowered = r"(?<![\w/.\-])" + r"\s+".join(re.escape(w.lower()) for w in first) + r"\s+" + name
    written = r"(?<=[a-z,;:(])\s+" + r"\s+".join(map(re.escape, first)) + r"\s+" + name
    return re.search(lowered, abstract) is not None and re.search(written, abstract) is None
