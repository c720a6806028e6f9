"""A dash set off as punctuation before a name: "a graph encoder -STARE that", "the dataset -WD50K." (issue 18).

spaCy keeps "-STARE" as one token (a hyphen is no prefix), so no lexicon entry or name shape sees "STARE". The
dash is split off when it works as punctuation: a space before it and a word of two or more letters or digits
before that space, or the name closed by a dash of its own ("-STARE- that"). After a lone digit or letter the
dash stays glued: "U 2 -Net" and "R 3 -CNN" are superscripts set on the line, "k -GNN" and "f -GANs" a variable,
and their names keep the dash. Only a dash before a capital letter: "-0.97 bpc" and "35% -50%" are numbers.
"""
from __future__ import annotations

import re

#: The dash a name follows, in the text: after "<word of 2+ chars> " or before the name's own closing dash.
PUNCTUATION_DASH = re.compile(r"(?<= )-(?=[A-Z])(?:(?<=\w\w -)|(?=[^\s-]+-\s))")
#: A name's own closing dash: "-STARE- that".
_CLOSED = re.compile(r"[^\s-]+(-)(?=\s)")


def dash_starts(text: str, body: int = 0) -> set[int]:
    """Offsets of the dashes :data:`PUNCTUATION_DASH` finds from ``body`` on, and of their names' closing dashes
    (none without a space before a dash: the usual case). A title's dash is left alone: "DeepSat -A Learning
    Framework for ..." sets a subtitle apart, and the name is the one before it.

    >>> sorted(dash_starts("an encoder -STARE that; U 2 -Net; k -GNN; X -Foo- and; at -0.9"))
    [11, 44, 48]
    """
    if " -" not in text:
        return set()
    out = set()
    for m in PUNCTUATION_DASH.finditer(text, body):
        out.add(m.start())
        closed = _CLOSED.match(text, m.end())
        if closed:
            out.add(closed.start(1))
    return out


def blank_dashes(text: str, starts: set[int]) -> str:
    """The text the rules scan: each punctuation dash a space, so that a name after it starts a word for the
    patterns that refuse a name glued to a hyphen ("(?<![\\w-])"). Same length: offsets are the text's.

    >>> blank_dashes("an encoder -STARE that", {11})
    'an encoder  STARE that'
    """
    if not starts:
        return text
    chars = list(text)
    for i in starts:
        chars[i] = " "
    return "".join(chars)


def cut_at_dashes(cands: list, dashes: frozenset[int], text: str) -> list:
    """The candidates, each ending before the first punctuation dash inside it: a rule that runs to a boundary
    ("called Generic RoI Extractor -GRoIE)", "we call this approach TNRD -Trainable ...") took the two names the
    dash sets apart as one; the name after the dash is a candidate of its own.

    >>> from kg.extract.candidates import Candidate
    >>> from kg.vocab import EntityType as T
    >>> t = "TNRD  Trainable"  # as scanned: "TNRD -Trainable"
    >>> [t[c.start:c.end] for c in cut_at_dashes([Candidate(0, 15, T.METHOD, 75, "named"),
    ...                                            Candidate(6, 15, T.METHOD, 50, "name")], {5}, t)]
    ['TNRD', 'Trainable']
    """
    if not dashes:
        return cands
    out = []
    for c in cands:
        cut = min((k for k in dashes if c.start < k < c.end), default=None)
        if cut is None:
            out.append(c)
        elif text[c.start:cut].strip():
            out.append(c._replace(end=c.start + len(text[c.start:cut].rstrip())))
    return out


def as_written(name: str | None, scanned: str | None, text: str) -> str | None:
    """A name the rules cut from the ``scanned`` text, as ``text`` writes it ("SUDO RM -RF", not "SUDO RM  RF").

    >>> as_written("RM  RF", "SUDO RM  RF: nets", "SUDO RM -RF: nets"), as_written("nets", None, "nets")
    ('RM -RF', 'nets')
    """
    if not name or scanned is None:
        return name
    at = scanned.find(name)
    return name if at < 0 else text[at:at + len(name)]


def split_dashes(doc, starts: set[int], tokenizer):
    """``doc`` with each punctuation dash at ``starts`` its own token and the rest of its word tokenized anew;
    ``doc`` itself when there is none. The words and spaces are the doc's own, so its text is unchanged."""
    if not starts:
        return doc
    words, spaces, i, n = [], [], 0, len(doc)
    while i < n:
        tok = doc[i]
        j = i
        while j + 1 < n and not doc[j].whitespace_:
            j += 1
        lo, hi = tok.idx, doc[j].idx + len(doc[j].text)
        cuts = sorted(k for k in starts if lo <= k < hi)
        if not cuts:
            words.extend(t.text for t in doc[i:j + 1])
            spaces.extend(bool(t.whitespace_) for t in doc[i:j + 1])
        else:
            _cut_word(doc[i:j + 1].text, [k - lo for k in cuts], tokenizer, words)
            spaces.extend([False] * (len(words) - len(spaces)))
            spaces[-1] = bool(doc[j].whitespace_)
        i = j + 1
    from spacy.tokens import Doc  # noqa: PLC0415 - spaCy is imported by build_nlp only

    return Doc(doc.vocab, words=words, spaces=spaces)


def _cut_word(word: str, cuts: list[int], tokenizer, words: list[str]) -> None:
    """The tokens of one word without spaces: each dash at ``cuts`` alone, the pieces between tokenized."""
    last = 0
    for k in [*cuts, len(word)]:
        if k > last:
            words.extend(t.text for t in tokenizer(word[last:k]))
        if k < len(word):
            words.append("-")
        last = k + 1
