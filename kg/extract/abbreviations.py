"""Acronym definitions "Long Form (LF)", after Schwartz & Hearst (2003), with our own validity checks."""
from __future__ import annotations

import re

from kg.extract.rules import tail_matches

# "(SHORT)" or "(SHORT;" / "(SHORT," : a candidate short form in parentheses
_PAREN = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-+./&]{0,14}[A-Za-z0-9+]?)(?:\s*[;,][^)]*)?\)")
_WORD = re.compile(r"\S+")
_STOP_BEFORE = {"the", "a", "an", "our", "we", "this", "that", "these", "its", "their", "of", "and", "or",
                "in", "on", "for", "to", "with", "by", "from", "as", "is", "are", "was", "were", "using", "via"}


def _is_short_form(s: str) -> bool:
    if not (2 <= len(s) <= 15) or not s[0].isalnum():
        return False
    if not any(c.isupper() for c in s):
        return False
    if len(s.split()) > 1:
        return False
    return True


def _best_long_form(short: str, words: list[str]) -> int | None:
    """Index into ``words`` where the long form starts, or None (Schwartz–Hearst character alignment)."""
    text = " ".join(words)
    s = short.lower()
    t = text.lower()
    si = len(s) - 1
    li = len(t) - 1
    while si >= 0:
        c = s[si]
        if not c.isalnum():
            si -= 1
            continue
        while li >= 0 and (t[li] != c or (si == 0 and li > 0 and t[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        si -= 1
        li -= 1
    start_char = li + 1
    # map char offset back to word index
    pos = 0
    for i, w in enumerate(words):
        if pos <= start_char < pos + len(w) + 1:
            return i
        pos += len(w) + 1
    return None


def find_abbreviations(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each "Long Form (LF)" in ``text``.

    The long form must start with the short form's first letter, have at most
    ``min(len(short) + 5, 2 * len(short))`` words, and its words' initials must cover most of the
    short form's capitals (so "a network where ... (SinLG)" is rejected).

    >>> t = "We use Graph Neural Networks (GNNs) here."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_abbreviations(t)]
    [('Graph Neural Networks', 'GNNs')]
    """
    out = []
    for m in _PAREN.finditer(text):
        short = m.group(1).rstrip(".")
        if not _is_short_form(short):
            continue
        before_end = m.start()
        while before_end > 0 and text[before_end - 1].isspace():
            before_end -= 1
        window_start = max(0, before_end - 160)
        # stop at a sentence or clause boundary
        chunk = text[window_start:before_end]
        cut = max(chunk.rfind(". "), chunk.rfind("; "), chunk.rfind(": "), chunk.rfind("("), chunk.rfind(")"),
                  chunk.rfind("\n"))  # a line break ends the title: a long form never spans it
        if cut >= 0:
            window_start += cut + 2 if chunk[cut] in ".;:" else cut + 1
        nmax = min(len(short) + 5, 2 * len(short))
        words_m = tail_matches(_WORD, text, window_start, before_end, nmax, 10 * nmax)[-nmax:]
        if not words_m:
            continue
        words = [w.group(0) for w in words_m]
        i = _best_long_form(short, words)
        if i is None:
            continue
        while i < len(words) - 1 and words[i].lower().strip(",") in _STOP_BEFORE:
            i += 1
        long_words = words[i:]
        long_start = words_m[i].start()
        long_end = words_m[-1].end()
        while long_end > long_start and text[long_end - 1] in ",;:":
            long_end -= 1
        long_text = text[long_start:long_end]
        if not _valid(short, long_words, long_text):
            continue
        out.append((long_start, long_end, m.start(1), m.start(1) + len(short)))
    return out


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        for part in re.split(r"[-/]", w):
            part = part.strip("(),.;:")
            if part:
                out.append(part[0].lower())
    return "".join(out)


def _valid(short: str, long_words: list[str], long_text: str) -> bool:
    if not long_words or len(long_text) <= len(short):
        return False
    if long_text[0].lower() != short[0].lower():
        return False
    # a part of the short form written out whole in the long form ("LLaVA" in "Temporal-Considered LLaVA
    # (TC-LLaVA)") needs no initials
    long_parts = {p.lower() for w in long_words for p in re.split(r"[-/]", w.strip("(),.;:"))}
    rest = "".join(p for p in re.split(r"[-/]", short) if p.lower() not in long_parts) or short
    letters = [c.lower() for c in rest if c.isalpha()]
    caps = [c.lower() for c in rest if c.isupper()]
    init = _initials(long_words)
    # most of the short form's capitals must be initials of long-form words (in order)
    j = 0
    hit = 0
    for c in caps or letters:
        k = init.find(c, j)
        if k >= 0:
            hit += 1
            j = k + 1
    total = len(caps or letters)
    need = total if total <= 3 else total - 1
    if hit < need:
        return False
    # the long form should not be much longer than its acronym explains
    content = [w for w in long_words if w.lower() not in _STOP_BEFORE]
    return len(content) <= max(len(letters), len(caps)) + 2
