"""Acronym definitions in a text: "Long Form (LF)", after Schwartz & Hearst (2003), with our own validity checks, and
"LF (short for Long Form)", "LF (Long Form)", "Long Form or LF", "LF, a Long Form network"; where a long form starts
and ends, and the kind noun after it. Whether its letters spell the acronym is :mod:`kg.extract.acronym_letters`'s."""
from __future__ import annotations

import re

from kg.extract.acronym_letters import (CAPS, QUOTES, STOP_BEFORE, capitals_spell, initials, initials_hit,
                                         initials_spell, long_form_window_start, marked_capital, max_words,
                                         short_rest, spells_all, valid, written_out)
from kg.extract.long_form_reach import (DIGIT_WORDS, digit_words_kept, first_letter_before, powered, powers_marked,
                                        spell_powers)
from kg.extract.padded_heads import capitals_before
from kg.extract.text_spans import CITATION_BRACKET, tail_matches
from kg.extract.words import BAD_MODIFIERS
from kg.extract.words import KIND_AFTER_ACRONYM, KIND_NOUNS, NOT_ENTITY_HEADS, TASK_HEADS

# "(SHORT)" or "(SHORT;" / "(SHORT," : a candidate short form in parentheses
_PAREN = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-+./&]{0,14}[A-Za-z0-9+]?)(?:\s*[;,][^)]*)?\)")
_WORD = re.compile(r"\S+")


#: A digit between letters of a short form that stands for a word of its long form ("image-to-image (I2I)",
#: "Grapheme-to-Phoneme (G2P)", "Seq2Seq", "Entity2Topic"): aligned as that word's letters
#: (:data:`~kg.extract.long_form_reach.DIGIT_WORDS`).
_DIGIT_WORD = re.compile(r"(?<=[A-Za-z])[24](?=[A-Za-z])")


def _aligned_short(short: str) -> str:
    """The short form, lower-cased, with a homophone digit between letters written as its word.

    >>> _aligned_short("I2I"), _aligned_short("B4C"), _aligned_short("ResNet50"), _aligned_short("A2")
    ('itoi', 'bforc', 'resnet50', 'a2')
    """
    return _DIGIT_WORD.sub(lambda m: DIGIT_WORDS[m.group()], short).lower()


def _long_form_start(s: str, t: str, orig: str = "") -> int:
    """Where in ``t`` (the lower-cased words, joined by spaces) the long form of ``s`` (the lower-cased
    short form) starts, or -1 (Schwartz–Hearst character alignment): each of the short form's letters and
    digits, last first, is matched to the nearest earlier character of ``t``; the first one must begin a word,
    or be a capital after a lower-case letter inside the first word of ``orig`` (``t`` before lower-casing:
    "eXtreme Multi-label Text Classification (XMTC)", "iMproved ... (MEIM)").

    >>> _long_form_start("xmtc", "we study extreme multi-label text classification",
    ...                  "we study eXtreme Multi-label Text Classification")
    9
    >>> _long_form_start("xmtc", "we study extreme multi-label text classification")
    -1
    """
    li = len(t)  # search t[:li]
    for si in range(len(s) - 1, -1, -1):
        c = s[si]
        if not c.isalnum():
            continue
        li = t.rfind(c, 0, li)
        if si == 0:
            while li > 0 and t[li - 1].isalnum() and not marked_capital(orig, li):
                li = t.rfind(c, 0, li)
            if li > 0 and t[li - 1].isalnum():  # a marked capital: the long form starts with its word
                li = t.rfind(" ", 0, li) + 1
        if li < 0:
            return -1
    return li


def _capital_start(short: str, words: list[str], i: int) -> int:
    """The first word of the long form: ``words[i]``, or the word before it when the alignment stopped at a
    lower-case word that shares the short form's first letter while the word before is that letter in capitals
    ("Adaptive attention multi-scale Fusion Transformer (AF-Trans)": the nearest "a" is "attention", but the
    name begins at "Adaptive"). A grading or stop modifier is no such word: its capital opens the sentence
    ("Modern multiple object tracking (MOT) systems", "Recent relation extraction (RE) models").

    >>> _capital_start("AF-Trans", "named Adaptive attention multi-scale Fusion Transformer".split(), 2)
    1
    >>> _capital_start("GAT", "We use graph attention".split(), 2)
    2
    >>> _capital_start("MOT", "Modern multiple object tracking".split(), 1)
    1
    """
    if i == 0 or not short[0].isupper() or words[i][:1] != short[0].lower():
        return i
    prev = words[i - 1]
    return i - 1 if prev[:1] == short[0] and prev[1:2].islower() and prev.isalpha() and \
        prev.lower() not in BAD_MODIFIERS else i


def find_abbreviations(text: str, cited: bool = False) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each "Long Form (LF)" in ``text``.

    The long form must start with the short form's first letter, have at most
    :func:`~kg.extract.acronym_letters.max_words` words, and its words' initials must cover most of the
    short form's capitals (so "a network where ... (SinLG)" is rejected).

    >>> t = "We use Graph Neural Networks (GNNs) here."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_abbreviations(t)]
    [('Graph Neural Networks', 'GNNs')]
    """
    out = []
    if "(" not in text:
        return out
    for paren, short_start, short, short_end in _short_forms(text):
        # a short form: 2-15 characters with a capital (_PAREN matches ASCII, a letter first, no spaces)
        if not 2 <= len(short) <= 15 or short.islower():
            continue
        span = _definition(text, paren, short)
        if span is None and (power := powered(short)):  # "AnAn Accident Detection (A3D)": A³D
            span = _definition(text, paren, power)
            span = span if span is not None and powers_marked(short, text[span[0]:span[1]]) else None
        if span is not None and (cited or not opens_long_form(text, span, short)):
            out.append((*span, short_start, short_end))
    return out


def opens_long_form(text: str, span: tuple[int, int], short: str) -> bool:
    """Whether the short form opens the long form and a number (an edition) follows it there, after a space, a
    hyphen or an apostrophe: "QuokEval 2015 (QuokEval, 2016)", "QuokEval-2015 (QuokEval, 2016)" cite the series,
    they define no acronym of the edition ("QuokSet-12 Glyph Set (QuokSet-12)" names its set by its first word).
    ``find_abbreviations(text, cited=True)`` keeps these: the edition is still a name, without the alias.

    >>> t = "QuokEval 2015 (QuokEval, 2016) and the QuokSet-12 Glyph Set (QuokSet-12) and QuokCup'05 (QuokCup)"
    >>> [t[a:b] for a, b, _, _ in find_abbreviations(t)]
    ['QuokSet-12 Glyph Set']
    """
    long = text[span[0]:span[1]]
    return long[:len(short)].lower() == short.lower() and _EDITION_AFTER.match(long, len(short)) is not None


#: An edition's number after a short form that opens its long form (:func:`opens_long_form`): read with one pattern
#: compiled once, not one per short form.
_EDITION_AFTER = re.compile(r"[\s\-'\u2019]*\d")


#: A citation marker a text may put between a long form and its acronym ("Deep Convolutional GANs [15](DCGANs)").
_CITATION_END = re.compile(CITATION_BRACKET + "$")


def _long_form_end(text: str, paren: int) -> int:
    """Where a long form written before the parenthesis at ``paren`` ends: past the spaces before it and past the
    citation markers right before it (which are no part of the name: "Energy Shaped Flows [7] [9] (ESFs)").

    >>> t = "the Energy Shaped Flows [7] [9] (ESFs)"
    >>> t[:_long_form_end(t, t.index("("))]
    'the Energy Shaped Flows'
    """
    end = paren
    while end > 0 and text[end - 1].isspace():
        end -= 1
    while (m := _CITATION_END.search(text, max(0, end - 24), end)) is not None:
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
    return end


#: An acronym written before its long form: a cue that says so ("PERF-Net (short for Pose Empowered RGB-Flow Net)",
#: "FFAVOD, standing for feature fusion architecture ...") or a plain "for" after a naming verb or in the acronym's own
#: parentheses ("termed pFedHN for personalized Federated HyperNetworks", "(LED, for Lightweight Encoder-Decoder)");
#: a plain "for" elsewhere says what a thing is for ("SegFlow, for predicting ...", "NP for noun phrase").
_SHORT_FIRST = re.compile(r"(?:\b(?P<verb>named|called|termed|dubbed|coined)\s+|(?P<paren>\(\s*))?"
                          r"\b(?P<short>[A-Za-z][A-Za-z0-9\-+]{0,13}[A-Za-z0-9+])\s*,?\s*\(?\s*"
                          r"(?:(?P<cue>(?:as\s+)?short(?:hand)?\s+for|(?:(?:which|that)\s+)?stands?\s+for|standing\s+for)|for)"
                          r"\s+(?P<long>(?:[^,;:()\n.]|\.(?!\s|$))+)")
#: An acronym with the words it stands for in brackets right after it, no cue between: "QuGAN (Quokka Glyph
#: Adversarial Network)"; the bracket opens on a capital (a name written out, not a gloss in lower case:
#: "RepPoints (representative points)") and holds no clause break.
_BRACKET_AFTER = re.compile(r"(?<![\w\-])(?P<short>[A-Za-z][A-Za-z0-9\-]{0,13}[A-Za-z0-9])\s*\(\s*"
                            r"(?P<long>[A-Z][^,;:()\n]*?)\s*\)")


def find_short_first(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each acronym defined before its long form
    (:data:`_SHORT_FIRST`): the long form runs to the next comma, bracket, colon or sentence end, and holds the
    acronym's letters as a long form before "(LF)" does (:func:`~kg.extract.acronym_letters.valid`, at most as many
    words); or stands alone in brackets right after it (:func:`_bracketed_after`).

    >>> t = "Our net, termed pFedHN for personalized Federated HyperNetworks. We use NP for noun phrase. A net (QUN,"
    >>> t += " short for Quokka U-Net)."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_short_first(t)]
    [('personalized Federated HyperNetworks', 'pFedHN'), ('Quokka U-Net', 'QUN')]
    """
    out = _bracketed_after(text) + _appositive(text)
    for m in _SHORT_FIRST.finditer(text):
        short = m.group("short")
        if sum(map(str.isupper, short)) < 2 or not (m.group("cue") or m.group("verb") or m.group("paren")):
            continue
        long_start, long_end = m.start("long"), m.end("long")
        while long_end > long_start and text[long_end - 1].isspace():
            long_end -= 1
        long_words = text[long_start:long_end].split()
        if len(long_words) <= max_words(short) and \
                valid(short, long_words, text[long_start:long_end]):
            long_end = _before_kind_noun(text, long_start, long_end, short)
            out.append((long_start, long_end, m.start("short"), m.end("short")))
    return out


def _bracketed_after(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each acronym whose long form stands alone in brackets
    right after it (:data:`_BRACKET_AFTER`), read to the closing bracket, inner prepositions and all ("QuGRT (Quokka
    Glyph Readers from Trees)"). With no cue that the bracket spells the acronym out, its words' initials (or its
    marked capitals) must give every capital of the acronym, the acronym must be none of its words (split at spaces,
    hyphens and slashes: "PT (Prompt Tuning)" defines PT), and they must spell words out (two letters at least for
    each capital, some in lower case): "QuNet (QuNet-small)", "QRT (Quokka Reader)", "QuiR (quokka image reader)",
    "XX (XXXX)" and "R-CNN (R 3 -CNN)" define nothing.

    >>> t = "QuGRT (Quokka Glyph Readers from Trees) wins; QuNet (QuNet-small), QRT (Quokka Reader) and QuiR (quokka"
    >>> t += " image reader) lose, as does R-CNN (R 3 -CNN)."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in _bracketed_after(t)]
    [('Quokka Glyph Readers from Trees', 'QuGRT')]
    """
    out = []
    for m in _BRACKET_AFTER.finditer(text):
        short, long_text = m.group("short"), m.group("long")
        if written_out(short, long_text):
            long_end = m.start("long") + _needed_prefix(short, long_text)
            long_end = _before_kind_noun(text, m.start("long"), long_end, short)
            out.append((m.start("long"), long_end, m.start("short"), m.end("short")))
    return out


#: A long form, "or" and its acronym ("Quokka Glyph Reader or QGR"): the long form is read back from "or" within its
#: clause (no comma, bracket, colon or sentence end), the acronym stands alone (not "QGR-based").
_OR_NAMED = re.compile(r"(?<=[^\s,;:()])\s+or\s+(?P<short>[A-Za-z][A-Za-z0-9\-]{0,13}[A-Za-z0-9])(?![\w\-])")
CLAUSE_WORDS = re.compile(r"[^\s,;:()]+")
#: Where a clause begins or ends: a long form is read no further back (or on) than one of these.
CLAUSE_MARKS = ",;:()\n."


def clause_words_before(text: str, end: int) -> list[re.Match]:
    """The words (:data:`CLAUSE_WORDS`) of the clause that ``end`` closes, from its start (:data:`CLAUSE_MARKS`)."""
    clause_start = max(text.rfind(c, 0, end) for c in CLAUSE_MARKS) + 1
    return list(CLAUSE_WORDS.finditer(text, clause_start, end))


#: Where a word of letters starts, after a space or a hyphen ("Self-Attention" has two, "ResNet-50" one).
_WORD_START = re.compile(r"(?:^|[\s\-])[A-Za-z]")


def find_or_named(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each acronym a capitalised long form names with "or"
    (:data:`_OR_NAMED`): the fewest words back from "or" in its clause, the first in capitals, that spell every
    capital of the acronym out as an acronym in brackets after its long form must
    (:func:`~kg.extract.acronym_letters.written_out`). An acronym that is no such phrase's letters ("Long Short-Term
    Memory or CNNs"), a lower-case phrase or one word of letters (another name: "ResNet-50 or ResNext", whose capital
    parts would spell it; "Self-Attention" is two) is none.

    >>> t = "We train a Quokka Glyph Reader or QGR, unlike Recurrent Nets or CNNs and glyph readers or GRs."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in find_or_named(t)]
    [('Quokka Glyph Reader', 'QGR')]
    """
    out = []
    for m in _OR_NAMED.finditer(text):
        short = m.group("short")
        if sum(map(str.isupper, short)) < 2:
            continue
        words = clause_words_before(text, m.start())[-max_words(short):]
        for w in reversed(words):
            long_text = text[w.start():m.start()]
            if w.group()[:1].isupper() and len(_WORD_START.findall(long_text)) > 1 and written_out(short, long_text):
                out.append((w.start(), m.start(), m.start("short"), m.end("short")))
                break
    return out


def _needed_prefix(short: str, long_text: str) -> int:
    """How much of a bracketed long form the acronym's letters need: up to the first inner preposition
    (:data:`PREPOSITIONS`) before which the words already spell it all; the prepositional phrase after is a
    description ("RYLN (Recursively Yielding Lattice Networks for fruit)"). Words after a preposition that spell
    letters stay ("BERT (Bidirectional Encoder Representations from Transformers)").

    >>> t = "Quokka Lattice Networks for fruit in trees"
    >>> t[:_needed_prefix("QLN", t)], t[:_needed_prefix("QLNT", t)]
    ('Quokka Lattice Networks', 'Quokka Lattice Networks for fruit in trees')
    """
    for w in _WORD.finditer(long_text):
        if w.start() > 0 and w.group().lower() in PREPOSITIONS and spells_all(short, long_text[:w.start()].rstrip()):
            return len(long_text[:w.start()].rstrip())
    return len(long_text)


def _definition(text: str, paren: int, short: str) -> tuple[int, int] | None:
    """The span of the long form of ``short`` written right before its parenthesis at ``paren``, or None."""
    before_end = _long_form_end(text, paren)
    window_start = long_form_window_start(text, before_end)
    nmax = max_words(short)
    # the last nmax words (what _WORD matches: str.split() and \S use the same whitespace), read from a
    # nearer start as text_spans.tail_matches does
    near = max(window_start, before_end - 10 * nmax)
    words = text[near:before_end].split()
    if near > window_start and len(words) <= nmax:
        words = text[window_start:before_end].split()
    if not words:
        return None
    words = words[-nmax:]
    i = _first_word(short, words)
    if i < 0:
        return None
    long_words = words[i:]
    # the last word ends at before_end; when the words are single-spaced, the long form is the end of
    # their join, else the words' offsets come from the regex
    joined = " ".join(words)
    if text.endswith(joined, window_start, before_end):
        long_start = before_end - len(joined) + sum(map(len, words[:i])) + i
    else:
        long_start = tail_matches(_WORD, text, window_start, before_end, nmax, 10 * nmax)[-nmax:][i].start()
    long_start, long_end, quoted = _unquoted(text, long_start, before_end)
    if quoted or _quote_opened(text, long_start, long_end):
        long_start += not quoted  # '"Quokka into Wombat (QIW)"': the quote opens the name and its bracket
        long_words = text[long_start:long_end].split()
    if _dash_opened(text, long_start):  # "a simple strategy -QuokFit (QF)": the dash is punctuation
        long_start += 1
        long_words = [long_words[0][1:], *long_words[1:]]
    if _after_subject(text, long_start):
        long_start = _name_after_verb(text, long_start, long_end, short)
    elif not valid(short, long_words, text[long_start:long_end]):
        return None
    if long_start < 0:
        return None
    long_start = _capitals_before(text, window_start, long_start, long_end, short)
    long_start = first_letter_before(text, (window_start, long_start, long_end), short, _NO_NAME_WORDS)
    return long_start, _before_kind_noun(text, long_start, long_end, short)


#: Words that open a sentence or grade a name, never the first word of one ("The", "Recent").
_NO_NAME_WORDS = frozenset(STOP_BEFORE | BAD_MODIFIERS)


def _quote_opened(text: str, start: int, end: int) -> bool:
    """Whether the long form at ``start`` opens with a quote that closes only after its acronym's bracket ('a
    benchmark "Quokka into Wombat (QIW)" that'): the quote is no part of the name.

    >>> t = 'a set "Quokka Wombat (QW)" and "semantic alignment" loss (SA)'
    >>> _quote_opened(t, t.index('"Q'), t.index(" (QW")), _quote_opened(t, t.index('"s'), t.index(" (SA"))
    (True, False)
    >>> t = "a set 'Quokka Wombat (QW)' and 'Wombat's Quokka (WQ)'"
    >>> _quote_opened(t, t.index("'Q"), t.index(" (QW")), _quote_opened(t, t.index("'W"), t.index(" (WQ"))
    (True, False)
    """
    quotes = QUOTES + _SINGLE_QUOTES
    return text[start:start + 1] in quotes and not any(q in text[start + 1:end] for q in quotes)


#: Single quotes, which open a quoted name as double ones do ("a dataset named 'Quokka Wombat (QW)'").
_SINGLE_QUOTES = "'\u2018\u2019"


def _dash_opened(text: str, start: int) -> bool:
    """Whether the long form at ``start`` opens with a hyphen set after a space and glued to a capital: a dash
    the text lost its space after ("a simple strategy -QuokFit (QF)"), no part of the name.

    >>> t = "a strategy -QuokFit (QF) and Bi-LSTM"
    >>> _dash_opened(t, t.index("-Q")), _dash_opened(t, t.index("-L")), _dash_opened("-QuokFit", 0)
    (True, False, True)
    """
    return (text.startswith("-", start) and (start == 0 or text[start - 1].isspace())
            and text[start + 1:start + 2].isupper())


#: Generic nouns that say what kind of thing a long form names ("approach", "framework", "model"; plurals too) but
#: are no part of its name unless a letter of the acronym spells them.
_KIND_ENDS = frozenset(KIND_NOUNS | {"architecture", "algorithm"})
#: Prepositions inside a long form: a kind noun after one is an object ("an approach to recommender systems"), not
#: the head the long form's other words modify.
PREPOSITIONS = frozenset({"of", "for", "to", "with", "by", "from", "in", "on", "via", "as", "using", "over"})
#: A word that ends like an adjective or participle ("Adversarial", "pre-trained", "Transformer-based"): the kind
#: noun after it is the noun it describes, and without that noun no name is left.
_DESCRIBING_END = re.compile(r"(?:ed|al|ive|ic|ous|able|ible|ful|less)$")


def _before_kind_noun(text: str, start: int, end: int, short: str) -> int:
    """Where the long form ``text[start:end]`` of ``short`` ends when its last word is a generic kind noun
    (:data:`_KIND_ENDS`) that no letter of the short form spells (:func:`_spells_kind`): at the word before it
    ("comprehensive feature aggregation approach (CompFeat)", "multi-modality MOT framework (mmMOT)": the acronym
    names the feature aggregation, the kind noun only says what it is). The kind noun stays when a letter spells it
    ("Graph Matching Method (GMM)", "Vision-Language MOdel (VLMO)"), when it follows a preposition or a describing
    word (:data:`PREPOSITIONS`, :data:`_DESCRIBING_END`), after a head that alone names none of our types ("Latent
    Class-Conditional Noise model (LCCN)": noise is no entity, its model is) or names a task after words that modify
    it ("scene text recognition framework (STR)": the acronym is the framework, not the task it does; the letters of
    a task word alone, "super-resolution method (SR)", are the task's), or when the words before it no longer define
    the acronym. A lower-case kind noun after a name in capitals with a preposition in it is padding all the same
    (:func:`~kg.extract.padded_heads.capitals_before`: "Quokka for Tracking method (Quokka-Track)").

    >>> t = "a comprehensive feature aggregation approach (CompFeat), the Graph Matching Method (GMM)"
    >>> t[2:_before_kind_noun(t, 2, 44, "CompFeat")], t[_before_kind_noun(t, 61, 82, "GMM") - 6:82]
    ('comprehensive feature aggregation', 'Method')
    >>> t = "Quokka for Tracking method (Quokka-Track)"
    >>> t[:_before_kind_noun(t, 0, 26, "Quokka-Track")]
    'Quokka for Tracking'
    """
    words = list(_WORD.finditer(text, start, end))
    if len(words) < 2:
        return end
    kind, rest = words[-1].group(), [w.group() for w in words[:-1]]
    if _singular(kind.lower()) not in _KIND_ENDS or _spells_kind(short, kind, rest):
        return end
    head = rest[-1].lower().rsplit("-", 1)[-1]
    # "SPSA for Tracking method (SPSA-Track)": a coined name in capitals for a task, the lower-case noun pads it
    coined = any(w.lower() in PREPOSITIONS for w in rest) and capitals_before(kind, rest, PREPOSITIONS)
    if _DESCRIBING_END.search(head) or head in NOT_ENTITY_HEADS or not coined and (
            any(w.lower() in PREPOSITIONS for w in rest) or (head in TASK_HEADS and len(rest) > 1)):
        return end
    rest_end = words[-2].end()
    return rest_end if valid(short, rest, text[start:rest_end]) else end


#: A kind noun alone between a long form and its acronym's parenthesis: "... aggregation approach (".
_KIND_BEFORE_PAREN = re.compile(r"\s+([A-Za-z]+)\s*\(\s*")
#: A kind noun right after a long form its acronym comes before: "..., an Aggregate View Object Detection network".
_KIND_RIGHT_AFTER = re.compile(r"\s+([A-Za-z]+)\b(?!-)")


def kind_noun_left(text: str, long_end: int, short_start: int) -> bool:
    """Whether the long form ending at ``long_end`` stops before a kind noun its acronym (at ``short_start``) does not
    spell (:func:`_before_kind_noun`), or, where the acronym comes first, before a technique's noun right after it
    (:data:`_TECHNIQUE_KINDS`: "AVOD, an Aggregate View Object Detection network"): it names a thing of that kind
    ("comprehensive feature aggregation approach (CompFeat)" is a technique, whatever its head word "aggregation" says).

    >>> t = "a feature aggregation approach (CompFeat)"
    >>> kind_noun_left(t, 21, 32), kind_noun_left("a feature aggregation (FA)", 21, 23)
    (True, False)
    >>> kind_noun_left("QVD, a Quokka View Detection network", 28, 0)
    True
    """
    if long_end < short_start:
        m = _KIND_BEFORE_PAREN.fullmatch(text, long_end, short_start)
    else:
        m = _KIND_RIGHT_AFTER.match(text, long_end)
    return m is not None and _singular(m.group(1).lower()) in _TECHNIQUE_KINDS


def _singular(word: str) -> str:
    """A kind noun's singular ("strategies", "approaches", "frameworks"), or ``word`` itself."""
    for plural, singular in (("ies", "y"), ("ches", "ch"), ("s", "")):
        if word.endswith(plural) and word[:-len(plural)] + singular in _KIND_ENDS:
            return word[:-len(plural)] + singular
    return word


#: A technique's nouns: a long form its acronym comes before that stops before one names a Method (:func:`kind_noun_left`).
_TECHNIQUE_KINDS = _KIND_ENDS | {"network"}


def technique_kind(word: str) -> bool:
    """Whether ``word`` (any case, maybe plural) is a technique's kind noun (:data:`_TECHNIQUE_KINDS`: "Network",
    "frameworks"), which says what a name before it is.

    >>> technique_kind("Networks"), technique_kind("Framework"), technique_kind("Reading")
    (True, True, False)
    """
    low = word.lower()
    return _singular(low) in _TECHNIQUE_KINDS or (low.endswith("s") and low[:-1] in _TECHNIQUE_KINDS)
#: The nouns an appositive's long form stops before, which say what it names: a technique's or a kind a word after an
#: acronym types (:data:`~kg.extract.words.KIND_AFTER_ACRONYM`: "dataset", "metric"), in the singular an article takes.
_APPOSITIVE_KINDS = sorted(w for w in _TECHNIQUE_KINDS | set(KIND_AFTER_ACRONYM) if _singular(w) == w)
#: An acronym, a comma and an article, then its long form up to the first such noun in the clause: "AVOD, an Aggregate
#: View Object Detection network".
_APPOSITIVE = re.compile(r"(?<![\w\-])(?P<short>[A-Za-z][A-Za-z0-9\-]{0,13}[A-Za-z0-9]),\s+an?\s+"
                         r"(?P<long>[^,;:()\n.]+?)\s+(?P<kind>" + "|".join(_APPOSITIVE_KINDS) + r")\b(?!-)", re.I)


def _appositive(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each acronym an appositive spells out (:data:`_APPOSITIVE`):
    the long form starts where the acronym's letters align (:func:`_aligned_word`, past the article's adjectives), on a
    capital, and ends before the kind noun, which types it as the word after a bracket does, unless a letter of the
    acronym spells that noun (:func:`_spells_kind`: "QGN, a Quokka Graph Network"); the acronym has two capitals at
    least and the words spell it out as a bracket's would (:func:`~kg.extract.acronym_letters.written_out`). "BERT, a
    pre-trained model" and "GAP, a gap between ..." define nothing.

    >>> t = "We build QVOD, a novel Quokka View Object Detection network. QuNet, a quokka shelf network, is slow."
    >>> [(t[a:b], t[c:d]) for a, b, c, d in _appositive(t)]
    [('Quokka View Object Detection', 'QVOD')]
    """
    out = []
    for m in _APPOSITIVE.finditer(text):
        short, kind = m.group("short"), m.group("kind")
        if sum(map(str.isupper, short)) < 2 or (kind != kind.lower() and not kind.istitle()):
            continue
        spans = [w.span() for w in _WORD.finditer(text, m.start("long"), m.end("long"))]
        if _spells_kind(short, kind, [text[a:b] for a, b in spans]):
            spans.append(m.span("kind"))
        i = _aligned_word(short, [text[a:b] for a, b in spans])
        if i < 0 or not text[spans[i][0]].isupper():
            continue
        long_start, long_end = spans[i][0], _spelled_end(text, short, spans[i:])
        if written_out(short, text[long_start:long_end]):
            out.append((long_start, long_end, m.start("short"), m.end("short")))
    return out


def _spelled_end(text: str, short: str, spans: list[tuple[int, int]]) -> int:
    """The end of an appositive's long form (its words' ``spans``) less the lower-case words after its last one
    the acronym needs: a word it does not spell ("LSTM, a Long Short-Term Memory recurrent network", "SGD, a
    Stochastic Gradient Descent variant of the model") is no part of the name.

    >>> t = "Stochastic Gradient Descent variant of the"
    >>> t[:_spelled_end(t, "SGD", [w.span() for w in _WORD.finditer(t)])]
    'Stochastic Gradient Descent'
    >>> t = "Graph Convolutional network"
    >>> t[:_spelled_end(t, "GCN", [w.span() for w in _WORD.finditer(t)])]
    'Graph Convolutional network'
    """
    start, n = spans[0][0], len(spans)
    while n > 1 and text[spans[n - 1][0]].islower() and written_out(short, text[start:spans[n - 2][1]]):
        n -= 1
    return spans[n - 1][1]


def _spells_kind(short: str, kind: str, rest: list[str]) -> bool:
    """Whether the last letters of ``short`` (less a plural "s") spell the kind noun ``kind`` after the long form's
    other words ``rest``: some ending of them that starts with its initial is, in order, among its letters, and the
    other words' initials (their hyphen parts' too) need none of that ending (:func:`_common`: "GMM" and "Graph
    Matching Method", "VLMO" and "Vision-Language pretrained Model", "QuSys" and "quokka shelf system"; not "GM" and
    "Graph Matching method" nor "Adam" and "Adaptive Moment Estimation method": their "M" is "Matching"'s and
    "Moment"'s; not "CompFeat" and "approach": its "a" is "aggregation"'s, "t" no letter of "approach").

    >>> _spells_kind("GMM", "Method", ["Graph", "Matching"]), _spells_kind("GM", "method", ["Graph", "Matching"])
    (True, False)
    >>> _spells_kind("VLMO", "model", ["Vision-Language", "pretrained"]), _spells_kind("CompFeat", "approach", [])
    (True, False)
    """
    letters = _aligned_short(short[:-1] if short.endswith("s") and short[-2:-1].isupper() else short)
    letters, kind = [c for c in letters if c.isalpha()], kind.lower()
    initials = [p[0].lower() for w in rest for p in re.findall(r"[A-Za-z]+", w)]
    needed = _common(initials, letters)
    for i in range(len(letters) - 1, -1, -1):
        if letters[i] == kind[0] and _in_order(letters[i:], kind) and _common(initials, letters[:i]) == needed:
            return True
    return False


def _common(a: list[str], b: list[str]) -> int:
    """The length of the longest sequence of letters ``a`` and ``b`` share in order (both are a few letters)."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = row[:]
        for j, y in enumerate(b):
            row[j + 1] = prev[j] + 1 if x == y else max(row[j], prev[j + 1])
    return row[-1]


def _in_order(letters: list[str], word: str) -> bool:
    """Whether ``letters`` are, in order, among the letters of ``word``."""
    rest = iter(word)
    return all(c in rest for c in letters)


def _first_word(short: str, words: list[str]) -> int:
    """The index in ``words`` of the long form's first word (:func:`_aligned_word`), or -1. A long form runs
    on past a comma only in a list its words coordinate ("Listen, Attend and Spell (LAS)"); past another
    comma, an apposition or a new clause begins ("S2T, a toolkit for speech-to-text (S2T)", "an agent,
    called Rambler (Random-Ambler)"), and the long form is sought after that comma alone.

    >>> _first_word("S2T", "FooSeq S2T, a toolkit for speech-to-text".split())
    5
    >>> _first_word("LAS", "the Listen, Attend and Spell".split()), _first_word("RA", "random agent, called Zed".split())
    (1, -1)
    """
    i = _aligned_word(short, words)
    comma = max((k for k in range(max(i, 0), len(words) - 1) if words[k].endswith(",")), default=-1)
    if comma < 0 or any(w.lower() in _CONJUNCTIONS for w in words[comma + 1:]):
        return i
    k = _aligned_word(short, words[comma + 1:])
    return k if k < 0 else comma + 1 + k


#: Words that join the last item of a list to the others: a long form coordinates its words across a comma.
_CONJUNCTIONS = {"and", "or", "&", "nor"}


def _aligned_word(short: str, words: list[str]) -> int:
    """The index in ``words`` of the first word of the long form the nearest letters of ``short`` give
    (:func:`_long_form_start`), past stop words and back to a capital it belongs with (:func:`_capital_start`),
    or -1."""
    joined = " ".join(words)
    start_char = _long_form_start(short.lower(), joined.lower(), joined)
    if start_char < 0 and _DIGIT_WORD.search(short):  # "image-to-image (I2I)": the digit is a word
        start_char = _long_form_start(_aligned_short(short), joined.lower(), joined)
        if not digit_words_kept(short, joined[start_char:]):
            return -1
    if start_char < 0 or start_char > len(joined):
        return -1
    # words hold no spaces: the word start_char falls in is the number of spaces before it (an offset
    # past the text, possible only when lower-casing lengthened it, is in no word)
    i = _initials_start(short, words, joined.count(" ", 0, start_char))
    while i < len(words) - 1 and words[i].lower().strip(",") in STOP_BEFORE:
        i += 1
    return _capital_start(short, words, i)


def _initials_start(short: str, words: list[str], i: int) -> int:
    """``i``, or a nearer-to-the-start word when the alignment's nearest letters cut a name whose initials spell
    the short form's capitals: the first letter matched inside a later word ("Deep Domain-Adversarial Image
    Generation (DDAIG)" aligns from "Domain", whose "d" the second D took from "Adversarial"). The earlier start
    is taken only when ``words[i:]`` do not spell the capitals by initials and it does
    (:func:`~kg.extract.acronym_letters.initials_spell`), with no comma between and no stop word first.

    >>> _initials_start("DDAIG", "use Deep Domain-Adversarial Image Generation".split(), 2)
    1
    >>> _initials_start("DAIG", "use Deep Domain-Adversarial Image Generation".split(), 2)
    2
    """
    key = short.translate(CAPS)
    if len(key) < 3 or i >= len(words) or initials_spell(key, words[i:]):
        return i
    for j in range(i - 1, max(-1, i - len(key) - 1), -1):
        w = words[j]
        if w.endswith(",") or w.lower() in STOP_BEFORE:
            return i
        if w[:1].lower() == key[0] and initials_spell(key, words[j:]):
            return j
    return i


def _short_forms(text: str) -> list[tuple[int, int, str, int]]:
    """The candidate short forms in parentheses, in text order: where the parenthesis opens, where the short
    form starts, the form to align with the long form, and where it ends (past the text as written when that
    form is spelled otherwise: a spaced power, "(TA 3 N)": TA³N, :func:`~kg.extract.long_form_reach.spell_powers`)."""
    forms = []
    for m in _PAREN.finditer(text):
        short = m.group(1).rstrip(".")
        forms.append((m.start(), m.start(1), short, m.start(1) + len(short)))
    forms += [(m.start(), m.start(1), spell_powers(m.group(1), _POWER), m.end(1)) for m in _SPACED_POWER.finditer(text)]
    forms += [form for m in _SPACED_MARK.finditer(text) if (form := _marked_form(m)) is not None]
    return sorted(forms, key=lambda f: f[0])


#: A short form followed in its bracket by a lone digit the text spaced off on both sides (a superscript copied from
#: a PDF): a footnote mark, "1" ("Quokka-aware Reading (QuRe 1 )"), or the power of its last letter, "2" to "4"
#: ("Quiet Coding Rate Reduction (QCR 2 )", QCR²; not a letter alone: "(N 2 )" is as often a formula's square). A
#: digit right before the bracket closes is a version's number ("(LLaMA 2)", "(GPT 4)"), no mark.
_SPACED_MARK = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\-+]{0,13}[A-Za-z+])\s+([1-4])\s+\)")


def _marked_form(m: re.Match) -> tuple[int, int, str, int] | None:
    """The short form of a :data:`_SPACED_MARK` match as :func:`_short_forms` gives it: without a footnote mark (its
    end before the mark), or with its power spelled as its last letter repeated (its end past the digit); None for one
    that is no acronym (fewer than two capitals once spelled: "(Figure 1)", "(Task 2 )")."""
    short, digit = m.group(1), int(m.group(2))
    if digit == 1:
        form = (m.start(), m.start(1), short, m.end(1))
    else:
        form = (m.start(), m.start(1), short + short[-1] * (digit - 1), m.end(2))
    return form if sum(map(str.isupper, form[2])) >= 2 else None


#: a short form whose superscript the text spaced off as a lone digit: "Foo Attentive Attention Net (FA 3 N)",
#: "(S 2 Net)" (FA³N, S²Net)
_SPACED_POWER = re.compile(r"\(\s*([A-Z][A-Za-z]{0,5}(?: [2-4] [A-Z][\w-]{0,8})+)\s*\)")
_POWER = re.compile(r"(\w) ([2-4]) ")


def _unquoted(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """A long form's span without the punctuation after it and without the double quotes around it, and
    whether it was quoted; a closing quote before another word ('"semantic alignment" loss (SA)') stays:
    its long form is no name.

    >>> t = 'We use "Batch Manhattan" (BM) and "Soft Sum", (SS).'
    >>> [t[slice(*_unquoted(t, t.index(w), t.index(e))[:2])] for w, e in (('"Batch', ' (BM'), ('"Soft', ' (SS'))]
    ['Batch Manhattan', 'Soft Sum']
    """
    while end > start and text[end - 1] in ",;:":
        end -= 1
    if end - start <= 2 or text[end - 1] not in QUOTES:
        return start, end, False
    end -= 1
    while end > start and text[end - 1] in ",;:":
        end -= 1
    return (start + 1 if text[start] in QUOTES else start), end, True


def _capitals_before(text: str, window_start: int, long_start: int, long_end: int, short: str) -> int:
    """Where the long form starts when the capitalised words right before it give the short form's capitals
    its own initials leave out: the alignment takes the nearest letters, so a name whose words begin with one
    letter twice is cut ("Quick Quiet Routing Network (QQRN)" aligns from "Quiet"). At most as many words as
    capitals are missing, each capitalised and no stop or grading word ("The", "Recent"), and only when they
    complete the capitals; else ``long_start``.

    >>> t = "We use a Quick Quiet Routing Network (QQRN)."
    >>> t[_capitals_before(t, 0, 15, 36, "QQRN"):36], _capitals_before("the Quiet Routing Net (QQRN)", 0, 4, 21, "QQRN")
    ('Quick Quiet Routing Network', 4)
    """
    long_words = text[long_start:long_end].split()
    caps = short_rest(short, long_words).translate(CAPS)
    missing = len(caps) - initials_hit(caps, initials(long_words))
    if not caps or missing <= 0:
        return long_start
    before = list(_WORD.finditer(text, window_start, long_start))[-missing:]
    for k in range(len(before) - 1, -1, -1):
        w = before[k].group()
        if not (w[:1].isupper() and w[1:].isalpha() and w[1:].islower()) or w.lower() in STOP_BEFORE \
                or w.lower() in BAD_MODIFIERS:
            return long_start
        if initials_hit(caps, initials([m.group() for m in before[k:]] + long_words)) == len(caps):
            return before[k].start()
    return long_start


#: A subject pronoun right before the long form: what follows it is the sentence's verb ("We propose ...",
#: "we carefully evaluate ..."), a clause and never a name.
_SUBJECT_BEFORE = re.compile(r"(?:^|[^\w-])(?:we|they)\s+$", re.I)


def _after_subject(text: str, long_start: int) -> bool:
    """Whether the long form starting at ``long_start`` follows a subject pronoun ("We propose Xyz ... (XYZ)").

    >>> _after_subject("We propose graph nets (GN).", 3), _after_subject("We use graph nets (GN).", 7)
    (True, False)
    """
    return _SUBJECT_BEFORE.search(text[max(0, long_start - 8):long_start]) is not None


def _name_after_verb(text: str, start: int, end: int, short: str) -> int:
    """Where the name starts in a long form that opens with the sentence's verb (and an adverb before it):
    past the verb, when the words left mark the short form's capitals themselves ("We propose multiPart
    Guided Nets (PGN)"); -1 when they do not ("We carefully analyse the learnt codes (CALC)").

    >>> t = "We propose multiPart Guided Nets (PGN)."
    >>> t[_name_after_verb(t, 3, 32, "PGN"):32], _name_after_verb("We analyse learnt codes (LC).", 3, 23, "LC")
    ('multiPart Guided Nets', -1)
    """
    caps = short.translate(CAPS)
    for m in list(_WORD.finditer(text, start, end))[1:3]:  # past the verb, or past an adverb and the verb
        if capitals_spell(caps, text[m.start():end]):
            return m.start()
    return -1
