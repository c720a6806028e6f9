"""How far an acronym's long form reaches where the nearest-letters alignment (:mod:`kg.extract.abbreviations`) stops
short: a digit glued after a letter that writes that letter's power ("Quokka QuOp Analysis (Q3A)": Q³A, three Q's
the words begin or mark with a capital), and a capitalised word right before the long form that opens the name with
the acronym's first letter when the paper writes that longer name elsewhere too ("Braided Batch Normalization" in its
title, "the Braided Batch Normalization Network (BNNet)" in its abstract: the alignment takes the nearer "Batch")."""
from __future__ import annotations

import re

from kg.extract.acronym_letters import STOP_BEFORE

#: A digit 2-4 glued between two letters: the power of the letter before ("A3D", "D2GAN"); one ending the acronym is
#: its version ("GPT2", "QPT2" of a "Quokka Pre-trained Transformer"), no power.
_GLUED_POWER = re.compile(r"([A-Za-z])([2-4])(?=[A-Za-z])")
#: What a digit between letters reads as, a homophone word ("Seq2Seq", "Look4Parts", "image-to-image (I2I)").
DIGIT_WORDS = {"2": "to", "4": "for"}
#: A word's starts and hyphen parts' starts, and a capital inside a word after a lower-case letter ("AnAn").
_LETTER_MARKS = re.compile(r"(?:^|(?<=[\s\-/]))[A-Za-z]|(?<=[a-z])[A-Z]")


def spell_powers(short: str, power: re.Pattern = _GLUED_POWER) -> str:
    """``short`` with each power ``power`` matches (group 1 the letter, group 2 the digit) written as its letter
    repeated: glued ("A3D": "AAAD") by default, or spaced ("TA 3 N" with ``abbreviations._POWER``: "TAAAN")."""
    return power.sub(lambda m: m.group(1) * int(m.group(2)), short)


def powered(short: str) -> str:
    """``short`` with each glued power written as its letter repeated ("A3D": "AAAD"), or "" when it has none.

    >>> powered("A3D"), powered("D2GAN"), powered("W3"), powered("ResNet50"), powered("I3D")
    ('AAAD', 'DDGAN', '', '', 'IIID')
    """
    return spell_powers(short) if _GLUED_POWER.search(short) else ""


def digit_words_kept(short: str, long_text: str) -> bool:
    """Whether each word a digit between letters of ``short`` stands for is a whole word or hyphen part of
    ``long_text`` ("image-to-image", "Look-for-Parts"), not letters scattered over other words ("advantage
    actor-critic (A2C)": the 2 is no "to"; "memoryto-sequence (Mem2Seq)", a typesetting slip).

    >>> digit_words_kept("I2I", "image-to-image"), digit_words_kept("A2C", "advantage actor-critic")
    (True, False)
    """
    parts = re.split(r"[\s\-/]+", long_text.lower())
    return all(DIGIT_WORDS[m.group(2)] in parts for m in _GLUED_POWER.finditer(short) if m.group(2) in DIGIT_WORDS)


def _reads_digit_word(short: str, m: re.Match, parts: list[str]) -> bool:
    """Whether a word part writes the homophone word of the digit at ``m`` in ``short``: as a part of its own, or
    glued to the end of a part that starts as the acronym's piece before the digit ("Roomto-Room" of R2R,
    "memoryto-sequence" of Mem2Seq: a lost space), not inside another word ("Photo", "Auto-Encoder", "proto" of D2PE,
    D2AE, D2PN)."""
    word = DIGIT_WORDS.get(m.group(2))
    lead = re.search(r"(?:[A-Z][a-z]*|[a-z]+)$", short[:m.start(2)]).group()[0].lower()
    return bool(word) and any(p == word or p.startswith(lead) and p.endswith(word) for p in parts)


def powers_marked(short: str, long_text: str) -> bool:
    """Whether ``long_text`` gives each glued power of ``short`` its letters: as many starts of content words (no
    function word: "algorithm and a dataset" has one a for A3D), hyphen-part starts or inner capitals of that
    letter as the power asks, and no homophone word of the digit ("to" for 2) that reads it otherwise ("Advantage
    Actor-Critic" for A2C, "AnAn Accident" for A3D; not "memoryto-sequence" for Mem2Seq). A function word other than
    a coordinator stands only between words in capitals ("Context Embedding with Edge Perceiving"): lower-case words
    around one are a clause ("stereo matching on scene flow data (S2F)"); "and"/"or" join a lower-case long form's
    modifiers ("cross-modal and cross-lingual contrastive learning (C3L)").

    >>> powers_marked("A3D", "AnAn Accident Detection"), powers_marked("A2C", "advantage actor-critic")
    (True, True)
    >>> powers_marked("C3A", "Cascade Context-based Age"), powers_marked("R2R", "results on the Roomto-Room")
    (False, False)
    """
    words = long_text.split()
    content = [w for w in words if w.lower() not in STOP_BEFORE]
    clause = [w for w in words if w.lower() in STOP_BEFORE and w.lower() not in _COORDINATORS]
    if clause and any(not w[:1].isupper() for w in content):
        return False
    marks = [c.lower() for w in content for c in _LETTER_MARKS.findall(w)]
    parts = re.split(r"[\s\-/]+", long_text.lower())
    for m in _GLUED_POWER.finditer(short):
        if marks.count(m.group(1).lower()) < int(m.group(2)) or _reads_digit_word(short, m, parts):
            return False
    return True


#: Function words that join a long form's own words rather than open a clause.
_COORDINATORS = frozenset({"and", "or"})


#: A capitalised word of lower-case letters after its first ("Braided", "Self-supervised", "Self-Supervised"): a word
#: of a Title Case run.
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")
#: A word written all in lower case: what the run of capitals starts after (a determiner, an adjective).
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")


def first_letter_before(text: str, span: tuple[int, int, int], short: str, stop: frozenset[str]) -> int:
    """Where a Title Case long form starts (``span``: the window's start, the long form's start and end) when the one
    capitalised word right before it on its line begins with the acronym's first letter too, a lower-case word comes
    before that, and the paper's title writes that word before the long form's first words as well ("the Braided
    Batch Normalization Network (BNNet)" beside a title "Braided Batch Normalization for ..."), or the acronym has
    more of its first capital than the long form has words opening with it ("the Attention Aggregation and Alignment
    Network (A3Net)", spelt AAANet: the letters need the word). Without that a word before a name is as often a
    language, a data set, an author ("results for Spanish Sentiment Analysis (SA)"). ``stop``: words that open a
    sentence or grade a name ("The", "Recent"). Else the long form's start.

    >>> t = "Braided Batch Normalization for Glyphs\\nwe train the Braided Batch Normalization Network (BNNet) here"
    >>> s = first_letter_before(t, (0, t.index("Batch N", 50), t.index(" (BN")), "BNNet", frozenset({"the"}))
    >>> t[s:t.index(" (BN")]
    'Braided Batch Normalization Network'
    """
    window_start, long_start, long_end = span
    words = text[long_start:long_end].split()
    if not words or not short[:1].isupper() or any(not w[:1].isupper() for w in words if len(w) > 3):
        return long_start
    base = max(window_start, long_start - 60)
    before = re.search(r"(\S+)[^\S\n]+(\S+)[^\S\n]+$", text[base:long_start])
    if before is None:
        return long_start
    prev, word = before.group(1), before.group(2)
    if not _TITLE_WORD.fullmatch(word) or word[0] != short[0] or words[0][0] != short[0] \
            or word.lower() in stop or not _LOWER_WORD.fullmatch(prev):
        return long_start
    start = base + before.start(2)
    needed = short.count(short[0]) > sum(w[0] == short[0] for w in words)
    return start if needed or _written_elsewhere(text, start, [word, *words[:2]]) else long_start


def _written_elsewhere(text: str, start: int, words: list[str]) -> bool:
    """Whether ``words`` stand as one run, as written, in the title (``text``'s first line) other than at ``start``:
    a title names the paper's own thing, while the abstract repeats a language or a data set before a name as
    readily ("Spanish Sentiment Analysis (SA). Spanish Sentiment Analysis is hard")."""
    run = re.compile(r"(?<![\w\-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w\-])")
    return any(m.start() != start for m in run.finditer(text, 0, max(0, text.find("\n"))))
