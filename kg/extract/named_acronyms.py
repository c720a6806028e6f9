"""Acronym definitions without brackets: the acronym after its long form with a naming cue, a colon or a gloss
("a self-attentive glyph embedding method called SAGE", "a novel Quokka-Pose Network: QPN", "Quokka-Pose Network,
i.e., QPN", "..., namely QPN"), or before it with a colon ("we propose QPN: Quokka-Pose Network"). With no bracket to
say that the words beside it spell the acronym out, their initials must spell all of it: every word gives a letter,
in order (:func:`~kg.extract.acronym_letters.initials_spell`, or :func:`~kg.link.titles.initials_of` where camel-case
parts count as words: "wavelet decomposed RelightNet" of WDRN); a kind noun between the words and the cue ("method
called") is no part of the name unless a letter spells it.
"""
from __future__ import annotations

import re

from kg.extract.abbreviations import CLAUSE_MARKS, CLAUSE_WORDS, PREPOSITIONS, clause_words_before
from kg.extract.acronym_letters import STOP_BEFORE, initials_spell, max_words
from kg.extract.words import KIND_NOUNS

#: The nouns a naming cue may follow that say what kind of thing the words before them name ("method called").
_KINDS = sorted(KIND_NOUNS | {"network", "networks", "architecture", "algorithms", "net", "operator", "layer", "loss",
                              "dataset", "benchmark", "corpus", "metric", "measure"}, key=lambda w: (-len(w), w))
#: The acronym written after its long form, by a naming cue ("..., called QPN", "... method termed QPN"), a colon
#: ("Quokka-Pose Network: QPN") or a gloss ("Quokka-Pose Network, i.e., QPN", "... (i.e., QPN)", "..., namely QPN");
#: the acronym stands alone (not "QPN-based"). The long form is read back from the cue.
_NAMED_AFTER = re.compile(r"(?<=[^\s,;:()])(?:\s+(?P<kind>" + "|".join(_KINDS) + r"))?(?:,?\s+(?:(?:which|that)\s+is\s+)?"
                          r"(?:called|named|dubbed|termed|coined)(?:\s+as)?\s+|\s*:\s*"
                          r"|(?:,\s*|\s*\(\s*(?=i\.\s?e\.))(?:i\.\s?e\.|namely)\s*,?\s*)"
                          r"(?P<short>[A-Za-z][A-Za-z0-9\-]{0,13}[A-Za-z0-9])(?![\w\-])(?P<close>\s*\))?")


def find_named_after(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each acronym a naming cue, a colon or a gloss ("i.e.",
    "namely") puts after its long form (:data:`_NAMED_AFTER`; the colon before it: :func:`find_colon_first`): the
    fewest words back from the cue (or from a kind noun before it) in their clause
    whose initials spell every letter of the acronym (:func:`_spelt_by`). The acronym is written like one (two capitals
    at least, half its letters); words after a preposition are an object, not the name ("a benchmark for quokka glyph
    reading, called QGR" names the benchmark).

    >>> t = "We build a self-attentive glyph embedding method called SAGE, and a new Quokka-Pose Network: QPN."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_named_after(t)]
    [('self-attentive glyph embedding', 'SAGE'), ('Quokka-Pose Network', 'QPN')]
    """
    out = []
    for m in _NAMED_AFTER.finditer(text):
        short = m.group("short")
        if not _acronym_like(short) or (_bracket_gloss(text, m) and not m.group("close")):
            continue
        ends = [m.end("kind"), m.start("kind")] if m.group("kind") else [m.start()]
        for end in ends:
            end = len(text[:end].rstrip())
            start = _long_form_start(text, end, short)
            if start >= 0:
                out.append((start, end, m.start("short"), m.end("short")))
                break
    return out


def _bracket_gloss(text: str, m: re.Match) -> bool:
    """Whether the cue of ``m`` opens a bracket ("Long Form (i.e., LF)"): then the bracket must close on the acronym."""
    return "(" in text[m.start():m.start("short")]


def _acronym_like(short: str) -> bool:
    """Whether ``short`` is written like an acronym: two capitals at least, and at least half its letters."""
    caps = sum(map(str.isupper, short))
    return caps >= 2 and 2 * caps >= sum(map(str.isalpha, short))


def _long_form_start(text: str, end: int, short: str) -> int:
    """Where the fewest words before ``end`` in their clause that spell ``short`` begin (:func:`_spelt_by`), or -1;
    -1 too when the word before them is a preposition (they are its object)."""
    words = clause_words_before(text, end)
    for k in range(len(words) - 1, max(-1, len(words) - 1 - max_words(short)), -1):
        if _spelt_by(short, [w.group() for w in words[k:]]):
            before = words[k - 1].group().lower() if k else ""
            return -1 if before in PREPOSITIONS else words[k].start()
    return -1


def _spelt_by(short: str, words: list[str]) -> bool:
    """Whether ``words`` spell every letter of ``short`` by their initials, each word giving one at least (a stop
    word may give none, but none starts the long form): "self-attentive glyph embedding" of SAGE, "Cyclic
    Differentiable ARchiTecture Search" of CDARTS; not "knowledge-aware glyph network" of KA (two words give nothing).

    >>> _spelt_by("SAGE", "self-attentive glyph embedding".split()), _spelt_by("KA", "knowledge-aware glyph net".split())
    (True, False)
    """
    from kg.link.titles import initials_of  # noqa: PLC0415 (kg.link imports kg.extract)

    if not words or words[0].lower() in STOP_BEFORE or words[0][:1].lower() != short[:1].lower():
        return False
    key = "".join(c.lower() for c in short if c.isupper())
    return initials_spell(key, words) or initials_of(short, " ".join(words))


#: An acronym, a colon and the words it stands for ("we propose QPN: Quokka-Pose Network for shelves"), the way a
#: title names its system (:func:`~kg.link.titles.title_definition`); the acronym stands alone (not "QPN-based").
_COLON_FIRST = re.compile(r"(?<![\w\-])(?P<short>[A-Za-z][A-Za-z0-9\-]{0,13}[A-Za-z0-9])\s*:\s+(?=[A-Za-z])")


def find_colon_first(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each acronym a colon puts before its long form
    (:data:`_COLON_FIRST`): the fewest words after the colon in their clause whose initials spell every letter of
    the acronym (:func:`_spelt_by`), the acronym written like one. Words that spell no acronym ("QPN: it reads
    shelves") define nothing; nor does an acronym that opens the text (spaces aside): that is a title naming its
    system, which the linker reads (:func:`~kg.link.titles.title_definition`).

    >>> t = "We propose QPN: Quokka-Pose Network for shelves. GR: we read glyphs."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_colon_first(t)]
    [('Quokka-Pose Network', 'QPN')]
    """
    out = []
    for m in _COLON_FIRST.finditer(text):
        short = m.group("short")
        if not _acronym_like(short) or not text[:m.start()].strip():
            continue
        clause_end = min((i for i in (text.find(c, m.end()) for c in CLAUSE_MARKS) if i >= 0), default=len(text))
        words = list(CLAUSE_WORDS.finditer(text, m.end(), clause_end))[:max_words(short)]
        for k in range(1, len(words) + 1):
            if _spelt_by(short, [w.group() for w in words[:k]]):
                out.append((m.end(), words[k - 1].end(), m.start("short"), m.end("short")))
                break
    return out
