"""Whether a long form spells an acronym, letter by letter: by its first letter and its words' initials (hyphen and
slash parts too, stop words optional), by the capitals it marks inside its words ("SElf-supERvised (SEER)"), or by
the parts it writes out whole ("Temporal-Considered LLaVA (TC-LLaVA)"); how many of an acronym's capitals it must
give, how many words it may have, and whether a word in capitals is there for an acronym's sake. The finders of
acronym definitions in a text (:mod:`kg.extract.abbreviations`, :mod:`kg.extract.named_acronyms`) and the linker ask
these questions of the spans they read.
"""
from __future__ import annotations

import re

from kg.extract.text_spans import CITATION_BRACKET


#: a numbered citation bracket ("[3]", "[5-7]"): no long form runs across one (:func:`long_form_window_start`)
_CITATION = re.compile(CITATION_BRACKET)

STOP_BEFORE = {"the", "a", "an", "our", "we", "this", "that", "these", "its", "their", "of", "and", "or",
               "in", "on", "for", "to", "with", "by", "from", "as", "is", "are", "was", "were", "using", "via"}


def marked_capital(orig: str, i: int) -> bool:
    """Whether ``orig[i]`` is a capital right after a lower-case letter that begins its word ("eXtreme")."""
    if len(orig) <= i or not orig[i].isupper() or not orig[i - 1].islower():
        return False
    return i == 1 or not orig[i - 2].isalnum()


#: What separates the words of a bracketed long form the acronym must not be one of ("QuNet-small": "QuNet").
_WORD_SPLIT = re.compile(r"[\s\-/]+")


def written_out(short: str, long_text: str) -> bool:
    """Whether ``long_text``, written after ``short`` with no cue that it spells it out, is its long form: its words'
    initials (or its marked capitals) give every capital (two at least) of the acronym, the acronym is none of its
    words, it spells words out (two letters at least for each capital, not all in capitals) and has no more words
    than a long form may (:func:`max_words`)."""
    caps = short_rest(short, long_text.split()).translate(CAPS)
    if len(caps) < 2 or short.lower() in _WORD_SPLIT.split(long_text.lower()) or not spells(short, long_text) \
            or len(long_text.translate(_LETTERS)) < 2 * len(caps) or long_text.isupper() \
            or len(long_text.split()) > max_words(short):
        return False
    return spells_all(short, long_text, caps)


def max_words(short: str) -> int:
    """The most words a long form of ``short`` may have: five more than its characters, at most twice as many."""
    return min(len(short) + 5, 2 * len(short))


def spells_all(short: str, long_text: str, caps: str | None = None) -> bool:
    """Whether the words' initials (or the marked capitals) of ``long_text`` give every capital of ``short`` that it
    does not write out whole (``caps``, when the caller has them)."""
    if caps is None:
        caps = short_rest(short, long_text.split()).translate(CAPS)
    return initials_hit(caps, initials(long_text.split())) == len(caps) or capitals_spell(caps, long_text)


def initials_spell(key: str, words: list[str]) -> bool:
    """Whether the words' initials spell ``key`` (lower-case letters) in full: each word gives its initial, a
    hyphenated word its first part's initial and, in order, those of later parts, a stop word its initial or
    nothing ("Listen Attend and Spell" spells "las", "Learning to Rank" "ltr").

    >>> initials_spell("ddaig", "Deep Domain-Adversarial Image Generation".split())
    True
    >>> initials_spell("daig", "Deep Domain-Adversarial Image Generation".split())
    False
    """
    reached = {0}
    for w in words:
        parts = [p for p in w.strip(_STRIP + QUOTES).lower().replace("/", "-").split("-") if p]
        stop = w.lower().strip(_STRIP) in STOP_BEFORE
        nxt = set(reached) if stop or not parts else set()
        for k in reached if parts else ():
            for p in parts if k < len(key) and parts[0][0] == key[k] else ():
                if k < len(key) and p[0] == key[k]:
                    k += 1
                    nxt.add(k)
        reached = nxt
    return len(key) in reached


def long_form_window_start(text: str, before_end: int) -> int:
    """Where the words a long form ending at ``before_end`` may take begin: 160 characters back, or past the
    last sentence or clause boundary before it (a line break ends the title: a long form never spans it), or past
    the last numbered citation bracket: a name never holds one, it cites the work the words before it name ("the
    Quokka block[3] to Glyph Sum (QB-GS)": no long form spells "QB-GS" after the mark, so the text defines none).
    Marks right before ``before_end`` cite the long form itself ("a Glyph Sum [3] [7] (GS)"): the window keeps it.

    >>> t = "the Quokka block[3] to Glyph Sum (QB-GS); a Glyph Sum [3] [7] (GS)"
    >>> [t[long_form_window_start(t, p):p] for p in (t.index(" ("), t.rindex(" ("))]
    [' to Glyph Sum', 'a Glyph Sum [3] [7]']
    """
    rfind = text.rfind
    window_start = max(0, before_end - 160)
    cut = max(rfind(". ", window_start, before_end), rfind("; ", window_start, before_end),
              rfind(": ", window_start, before_end), rfind("(", window_start, before_end),
              rfind(")", window_start, before_end), rfind("\n", window_start, before_end))
    if cut >= 0:
        window_start = cut + 2 if text[cut] in ".;:" else cut + 1
    if text.find("]", window_start, before_end) >= 0:
        for m in _CITATION.finditer(text, window_start, before_end):
            if _CITATION.sub("", text[m.end():before_end]).strip():
                window_start = m.end()  # (a mark with only marks and spaces after it cites the long form: kept)
    return window_start


#: Double quotes a paper may put around a long form ("Batch Manhattan" (BM)).
QUOTES = "\"\u201c\u201d"


_STRIP = "(),.;:"
CAPS = str.maketrans({c: (c.lower() if c.isupper() else None) for c in map(chr, range(128))})
_LETTERS = str.maketrans({c: (c.lower() if c.isalpha() else None) for c in map(chr, range(128))})


def initials(words: list[str]) -> str:
    """The first letters (lower-cased) of the words' parts around "-" and "/", stripped of punctuation."""
    # the words joined by "-" split into the same parts as each word split on its own
    firsts = "".join([p.strip(_STRIP)[:1] for p in "-".join(words).replace("/", "-").split("-")])
    # one lower() for the whole, except where a letter's lower case may depend on its neighbours (final sigma)
    return firsts.lower() if firsts.isascii() else "".join([c.lower() for c in firsts])


def valid(short: str, long_words: list[str], long_text: str) -> bool:
    """Whether ``long_text`` (its words ``long_words``) can be the long form of ``short`` as "Long Form (LF)" reads it
    (:func:`spells` asks it of a text alone)."""
    if not long_words or len(long_text) <= len(short):
        return False
    if long_text[0].lower() != short[0].lower() and not marked_capital(long_text, 1 + long_text[1:].find(short[0])):
        return False
    rest = short_rest(short, long_words)
    # the short form is ASCII (what abbreviations._PAREN matches): its letters and its capitals, lower-cased
    letters = rest.translate(_LETTERS)
    caps = rest.translate(CAPS)
    # most of the short form's capitals must be initials of long-form words (in order)
    hit = initials_hit(caps or letters, initials(long_words))
    total = len(caps or letters)
    if hit < _needed(total) and not capitals_spell(caps or letters, long_text):
        return False
    # the long form should not be much longer than its acronym explains, unless every word is capitalised
    # and their initials give all its capitals ("Hardware Friendly Mixed Precision Quantization Block (HMQ)")
    limit = max(len(letters), len(caps)) + 2
    if len(long_words) <= limit:
        return True
    content = [w for w in long_words if w.lower() not in STOP_BEFORE]
    return len(content) <= limit or (hit == total and all(w[:1].isupper() for w in long_words))


def spells(short: str, long_text: str) -> bool:
    """Whether ``long_text`` can be the long form of ``short`` by the rules "Long Form (LF)" reads with (its
    first letter, its words' initials or its marked capitals), wherever the two stand ("LF (Long Form)" too).

    >>> spells("GPR", "Glyph Parsing Relay"), spells("GlyphPR", "Glyph Parsing Relay"), spells("GPR", "Moss Counting")
    (True, True, False)
    """
    return valid(short, long_text.split(), long_text)


def _needed(total: int) -> int:
    """How many of a short form's ``total`` capitals its long form's initials must give: all of up to three, else all but one."""
    return total if total <= 3 else total - 1


#: Two capitals before a lower-case letter: letters a long form marks inside its words ("SElf", "supERvised"),
#: not a CamelCase name's parts ("ImageNet") nor an acronym's plural ("GANs").
_MARKED_INSIDE = re.compile(r"[A-Z]{2}(?!s\b)[a-z]")


def spelt_inside(short: str, long_text: str) -> bool:
    """Whether ``long_text (short)`` coins ``short`` from capitals it marks inside its words instead of from
    their initials: the long form's capitals spell the short form, its words' initials do not, and a word
    writes two capitals before a lower-case letter ("SElf-supERvised (SEER)", "COnditional COordinate GAN
    (COCO-GAN)"). Such a short form is a coined name of its own, not a name of what its long form's words
    say. "eXtreme Multi-label Text Classification (XMTC)" and "Graph Neural Network (GNN)" spell theirs
    by initials, "ImageNet (IN)" by the parts of a name.

    >>> spelt_inside("SEER", "SElf-supERvised"), spelt_inside("XMTC", "eXtreme Multi-label Text Classification")
    (True, False)
    >>> spelt_inside("GNN", "Graph Neural Network"), spelt_inside("SEER", "self-supervised"), spelt_inside("IN", "ImageNet")
    (False, False, False)
    """
    if _MARKED_INSIDE.search(long_text) is None:
        return False
    long_words = long_text.split()
    caps = short_rest(short, long_words).translate(CAPS)
    return capitals_spell(caps, long_text) and initials_hit(caps, initials(long_words)) < _needed(len(caps))


def short_rest(short: str, long_words: list[str]) -> str:
    """The short form less the parts its long form writes out whole ("LLaVA" in "Temporal-Considered LLaVA
    (TC-LLaVA)"): those need no initials. A short form of one part is its own rest whatever the long form holds."""
    if "-" not in short and "/" not in short:
        return short
    long_parts = {p.lower() for w in long_words for p in w.strip(_STRIP).replace("/", "-").split("-")}
    return "".join(p for p in short.replace("/", "-").split("-") if p.lower() not in long_parts) or short


def initials_hit(caps: str, init: str) -> int:
    """How many of the letters ``caps`` are, in order, among the initials ``init`` (each matched to the next
    initial that is that letter)."""
    j = hit = 0
    for c in caps:
        k = init.find(c, j)
        if k >= 0:
            hit += 1
            j = k + 1
    return hit


def capitals_spell(caps: str, long_text: str) -> bool:
    """Whether the short form's capitals (lower-cased) are, in order, the long form's capitals: a long form
    that marks its acronym letters itself ("COnditional COordinate GAN (COCO-GAN)"), however many a word
    gives.

    >>> capitals_spell("coco", "COnditional COordinate GAN"), capitals_spell("coco", "Conditional Coordinate GAN")
    (True, False)
    """
    marked = [c.lower() for c in long_text if c.isupper()]
    return len(caps) >= 2 and "".join(marked).startswith(caps)


# --- words of a long form that mark an acronym's letters --------------------------------------------------------

#: The acronym a run follows: its word right before "(" or ": " ("ExPlan (EXtra PLanning ...)", "EXPLAN: EXtra ...").
_ACRONYM_BEFORE_RUN = re.compile(r"([A-Za-z][A-Za-z0-9\-]{0,13}[A-Za-z0-9])\s*(?:\(|:\s)$")
#: The acronym right after a run: "(ACRONYM)" ("... Zesty Deep Fusion Machine (zDFM)").
_ACRONYM_AFTER_RUN = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-]{0,13}[A-Za-z0-9])\s*\)")
#: What ends the run a word of a long form lies in: a closing bracket, a sentence's end, a line break.
_RUN_END = re.compile(r"\)|\.\s|\n")


def marks_acronym_letters(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` lies in a long form whose capitals spell an acronym (:func:`_spells`):
    a run of words in brackets right after the acronym or after "ACRONYM: ", or the words before "(ACRONYM)" in
    their clause, every capital from the word on one of the acronym's letters. Such a word is in capitals for the
    acronym's sake ("EXtra", "PLanning" of "ExPlan (EXtra PLanning And Navigation)"); a name right before the
    acronym's definition ("BarNet uses a Spatial Unit (SU)"), more words before it than a long form has, or in
    brackets alone ("(BarNet)") is none.

    >>> t = "We propose ExPlan (EXtra PLanning And Navigation). BarNet beats ExPlan."
    >>> marks_acronym_letters(t, t.index("PLanning"), t.index("PLanning") + 8)
    True
    >>> t = "We train a Tiny QUick eXtractor (TQUX), unlike RaDam (with ReLU); BarNet uses a Spatial Unit (SU)."
    >>> [marks_acronym_letters(t, t.index(w), t.index(w) + len(w)) for w in ("QUick", "ReLU", "BarNet")]
    [True, False, False]
    >>> t = "We train a Tiny QUick eXtractor [12] (TQUX)."  # (the mark cites the long form)
    >>> marks_acronym_letters(t, t.index("QUick"), t.index("QUick") + 5)
    True
    """
    lo = max(0, start - 120)
    opener = max(text.rfind("(", lo, start), text.rfind(": ", lo, start))
    stop = _RUN_END.search(text, end, end + 160)
    stop_at = stop.start() if stop else end
    if opener >= 0 and _RUN_END.search(text, opener + 1, start) is None and " " in text[opener + 2:stop_at]:
        acro = _ACRONYM_BEFORE_RUN.search(text, max(0, opener - 20), opener + (1 if text[opener] == "(" else 2))
        if acro is not None and _spells(acro.group(1), text[opener:stop_at]):
            return True
    paren = text.find("(", end, stop_at if stop else end + 160)
    after = _ACRONYM_AFTER_RUN.match(text, paren) if paren >= 0 else None
    if after is None:
        return False
    short = after.group(1)
    nmax = max_words(short)  # as many words as find_abbreviations reads
    if text.count(" ", start, paren) > nmax or not set(text[start:paren].translate(CAPS)) <= set(short.lower()):
        return False
    words = text[long_form_window_start(text, paren):paren].split()
    return _spells(short, " ".join(words[-nmax:]))


def _spells(acronym: str, run: str) -> bool:
    """Whether the run's capitals give, in order, the acronym's letters or its first letter and capitals (three at
    least, so two initials alone spell nothing), and the run has at most twice as many capitals as the acronym letters.

    >>> _spells("ExPlan", "EXtra PLanning And Navigation"), _spells("zDFM", "Zesty Deep Fusion Machine")
    (True, True)
    >>> _spells("SKIP", "SMPL Keyframe IN Place"), _spells("FooSe", "EXtra PLanning"), _spells("GN", "Graph Net")
    (True, False, False)
    >>> _spells("PLAN", "A NEW PLANNER FOR ALL TASKS")
    False
    """
    caps = run.translate(CAPS)
    letters = acronym.translate(_LETTERS)
    if len(caps) > 2 * len(letters):
        return False  # a run in capitals ("FOO: A BAR FOR BAZ") spells any acronym
    return any(len(key) >= 3 and initials_hit(key, caps) == len(key)
               for key in (letters, letters[:1] + acronym[1:].translate(CAPS)))
