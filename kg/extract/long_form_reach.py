"""How far an acronym's long form reaches where the nearest-letters alignment (:mod:`kg.extract.abbreviations`) stops
short: a digit glued after a letter that writes that letter's power ("Quokka QuOp Analysis (Q3A)": Q³A, three Q's
the words begin or mark with a capital), and a capitalised word right before the long form that opens the name with
the acronym's first letter ("the Braided Batch Normalization Network (BNNet)": the alignment takes the nearer "Batch"
and leaves "Braided" out, though the run of capitals names the whole)."""
from __future__ import annotations

import re

#: A digit 2-4 glued between two letters: the power of the letter before ("A3D", "D2GAN"); one ending the acronym is
#: its version ("GPT2", "QPT2" of a "Quokka Pre-trained Transformer"), no power.
_GLUED_POWER = re.compile(r"(?<=[A-Za-z])([2-4])(?=[A-Za-z])")
#: What a digit reads as a homophone word ("Seq2Seq", "Look4Parts"); written in the long form, even glued to the word
#: before by a lost space ("memoryto-sequence"), it is no power.
_DIGIT_WORD = {"2": "to", "4": "for"}
#: A word's starts and hyphen parts' starts, and a capital inside a word after a lower-case letter ("AnAn").
_LETTER_MARKS = re.compile(r"(?:^|(?<=[\s\-/]))[A-Za-z]|(?<=[a-z])[A-Z]")


def powered(short: str) -> str:
    """``short`` with each glued power written as its letter repeated ("A3D": "AAAD"), or "" when it has none.

    >>> powered("A3D"), powered("D2GAN"), powered("W3"), powered("ResNet50"), powered("I3D")
    ('AAAD', 'DDGAN', '', '', 'IIID')
    """
    if not _GLUED_POWER.search(short):
        return ""
    return _GLUED_POWER.sub(lambda m: text_before(m) * (int(m.group(1)) - 1), short)


def text_before(m: re.Match) -> str:
    """The letter a power at ``m`` raises."""
    return m.string[m.start() - 1]


def powers_marked(short: str, long_text: str) -> bool:
    """Whether ``long_text`` gives each glued power of ``short`` its letters: as many word starts, hyphen-part starts
    or inner capitals of that letter as the power asks, and no homophone word of the digit ("to" for 2) that reads it
    otherwise ("Advantage Actor-Critic" for A2C, "AnAn Accident" for A3D; not "memoryto-sequence" for Mem2Seq).

    >>> powers_marked("A3D", "AnAn Accident Detection"), powers_marked("A2C", "advantage actor-critic")
    (True, True)
    >>> powers_marked("C3A", "Cascade Context-based Age"), powers_marked("R2R", "results on the Roomto-Room")
    (False, False)
    """
    low = long_text.lower()
    marks = [c.lower() for c in _LETTER_MARKS.findall(long_text)]
    for m in _GLUED_POWER.finditer(short):
        digit, letter = m.group(1), text_before(m).lower()
        if marks.count(letter) < int(digit):
            return False
        word = _DIGIT_WORD.get(digit)
        if word and re.search(word + r"(?![a-z])", low):
            return False
    return True


#: A capitalised word of lower-case letters after its first ("Braided", "Self-supervised"): a word of a Title Case run.
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")
#: A word written all in lower case: what the run of capitals starts after (a determiner, an adjective).
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")


def first_letter_before(text: str, long_start: int, long_end: int, short: str, stop: frozenset[str]) -> int:
    """Where a Title Case long form starts when the one capitalised word right before it begins with the acronym's
    first letter too, and a lower-case word comes before that ("the Braided Batch Normalization Network (BNNet)"):
    the acronym's first letter spells the run from its start as well, and a run of capitals is one name. ``stop``:
    words that open a sentence or grade a name, never a name's word ("The", "Recent"). Else ``long_start``.

    >>> t = "we train the Braided Batch Normalization Network (BNNet) here"
    >>> s = first_letter_before(t, t.index("Batch"), t.index(" (BN"), "BNNet", frozenset({"the"}))
    >>> t[s:t.index(" (BN")]
    'Braided Batch Normalization Network'
    >>> t = "we train The Braided Batch Normalization Network (BNNet) here"
    >>> first_letter_before(t, t.index("Batch"), t.index(" (BN"), "BNNet", frozenset({"the"})) == t.index("Batch")
    True
    """
    words = text[long_start:long_end].split()
    if not words or not short[:1].isupper() or any(not w[:1].isupper() for w in words if len(w) > 3):
        return long_start
    base = max(0, long_start - 60)
    before = re.search(r"(\S+)\s+(\S+)\s+$", text[base:long_start])
    if before is None:
        return long_start
    prev, word = before.group(1), before.group(2)
    if not _TITLE_WORD.fullmatch(word) or word[0] != short[0] or words[0][0] != short[0] \
            or word.lower() in stop or not _LOWER_WORD.fullmatch(prev):
        return long_start
    return base + before.start(2)
