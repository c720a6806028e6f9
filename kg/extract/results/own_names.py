"""The name a paper gives its own system in words or in its title (for :func:`.own.paper_method`).

"We call our algorithm X" (:func:`we_call`), "our system (zorb)", "a system called zorb" (:func:`named_own`), and
the word a title opens on before its colon or a spaced dash ("Glyce: ...", "FooSat - A ...": :func:`title_name`);
not a description, an ordinary word, nor a word of a title in capitals that the abstract writes in lower case.
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.extract.results.title import common_word, generic


#: what the paper says its own method is called: "We call our algorithm convolutional k-means clustering."
_WE_CALL = re.compile(r"\bwe\s+(?:call|name|term|dub)\s+(?:it|(?:our|the|this)\s+(?:[\w-]+\s+){0,2}?(?:algorithms?|"
                      r"methods?|models?|approach|systems?|networks?|frameworks?|architectures?|techniques?|schemes?))\s+"
                      r"(?:the\s+|an?\s+)?([\w+-]+(?:\s[\w+-]+){0,5})\s*[.,;:(]", re.I)


def we_call(text: str) -> str | None:
    """The name the paper says "we" call its method, a description in lower case included (the proposal finder
    takes names written as names): "We call our algorithm convolutional k-means clustering."

    >>> we_call("We cluster filters. We call our algorithm convolutional k-means clustering. It wins.")
    'convolutional k-means clustering'
    >>> we_call("We call this setting few-shot.") is None
    True
    """
    m = _WE_CALL.search(text)
    return m.group(1) if m and not generic(m.group(1)) and not common_word(m.group(1)) else None


#: the kind of thing a paper names as its own system
_OWN_KIND = r"(?:systems?|models?|methods?|approach|networks?|frameworks?|architectures?|parsers?|taggers?|submissions?)"


#: a name the paper gives its own system in passing: "our system (zorb)", "our tagging system (Zorb-NLP)",
#: "a system called zorb", "a model, dubbed zorb,", 'our "Zorb" system', 'our system "Zorb"': one word, the name
#: (group 1, 2, or 3 or 4 in quotes)
_NAMED_OWN = re.compile(rf"\bour\s+(?:[\w-]+\s+){{0,2}}?{_OWN_KIND}\s*\(\s*([A-Za-z][\w+.-]*[\w+])\s*\)|"
                        rf"\b(?:a|an|our)\s+(?:[\w-]+\s+){{0,2}}?{_OWN_KIND},?\s+(?:called|named|dubbed|termed)\s+"
                        r"([A-Za-z][\w+.-]*[\w+])(?=\s*[.,;:)]|\s+(?:that|which|for|to|and|with|in|on)\b)|"
                        rf"\bour\s+(?:[\w-]+\s+){{0,2}}?(?:[\"“]([A-Za-z][\w+.-]*[\w+])[\"”]\s+(?:[\w-]+\s+)?{_OWN_KIND}\b|"
                        rf"{_OWN_KIND}\s+[\"“]([A-Za-z][\w+.-]*[\w+])[\"”])", re.I)


def named_own(text: str) -> str | None:
    """The one-word name the paper gives its own system in passing, in parentheses after "our system" ("This
    paper describes our system (zorb) ...", "our system (Zorb-NLP)") or in lower case after "called"/"named"
    ("We build a system called zorb for ...": the proposal finder takes names written as names) or in double quotes
    by "our" and the kind ('our "Zorb" system', 'our system "Zorb"'); not a kind of
    model ("our model (CNN)"), an ordinary word ("a model named after ...") or an acronym of the words before it
    ("our gated unit network (GUN)": a proposal of its own).

    >>> [named_own(t) for t in ("This paper describes our system (zorb) for the task.", "We build a system called "
    ...  "zorb for parsing.", "We use our model (CNN) here.", "We train our gated unit network (GUN).", "A model named after him.")]
    ['zorb', 'zorb', None, None, None]
    >>> [named_own(t) for t in ('Our "Zorb" system wins.', 'We test our tagging system "Zorb" here.', 'A "holistic" system.')]
    ['Zorb', 'Zorb', None]
    """
    m = _NAMED_OWN.search(text)
    if m is None:
        return None
    name = m.group(m.lastindex)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", text[m.start():m.start(m.lastindex)])).lower()
    capitals = "".join(ch for ch in name if ch.isupper()).lower()
    if generic(name) or common_word(name) or (len(capitals) > 1 and capitals in initials) \
            or (m.group(2) and not name.islower()):  # (a name written as one after "called": the proposal finder's)
        return None
    return name


#: a title that opens on a name: "Glyce: Glyph-vectors for ...", "(... ICLR 2020) ALBERT: A Lite BERT ..."
_TITLE_NAME = re.compile(r"(?:^|\s)([A-Za-z][\w+.-]*[A-Za-z0-9+])\s?:\s")


def title_name(title: str, body: str = "") -> str | None:
    """The name a title opens on before its colon: the one word there, or the last word when it is written
    as a name (a capital or digit inside: "ALBERT" after a running header); a description is no name, nor a
    last word of a title in capitals that ``body`` (the abstract) writes in lower case, an ordinary word
    ("BREAKING THE SOFTMAX BOTTLENECK: ..." of "a Softmax bottleneck"; not in a link: "github.com/x/ibot")."""
    m = next((m for m in _TITLE_NAME.finditer(title) if not re.search(r",\s*$", title[:m.start(1)])), None)
    if m is None:
        return _dash_name(title, body)
    if m.start(1) > 80:  # (not the last word of a list, "STUDENT, PROF, COLLABORATOR: ...": a header)
        return None
    word = m.group(1)
    whole = title[:m.end(1)].strip()
    if whole == word and not word.islower() and not word.isdigit():
        return word
    if word.isupper() and (common_word(word) or _lower_in_body(word, body)):
        return None  # "... ARRHYTHMIA DETECTION: A ..." in capitals: a word of the title, not a name
    return word if _name_shaped(word) else None


def _lower_in_body(word: str, body: str) -> bool:
    """``body`` (the abstract) writes ``word`` in lower case, as a word of its own (not in a link: "github.com/x/ibot")."""
    return re.search(rf"(?<![\w/.-]){re.escape(word.lower())}(?![\w/-])", body) is not None


def _name_shaped(word: str) -> bool:
    """A title's word written as a name: a capital or a digit inside, and two letters in a row."""
    return bool(shaped(word[1:]) and re.search(r"[A-Za-z]{2}", word))


#: a title that opens on one word and a dash before its description: "FooSat - A Learning Framework for ...",
#: "FooSat -A ...", "FooSat – ..." (a spaced dash; "Self-Supervised ..." is one word)
_DASH_NAME = re.compile(r"\s*([A-Za-z][\w+.-]*[A-Za-z0-9+])\s+(?:--?|[–—])\s*(?=[A-Z])")


def _dash_name(title: str, body: str) -> str | None:
    """The name a title without a colon opens on before a spaced dash, as :func:`title_name` reads the last word
    before a colon: one word written as a name (a capital or a digit inside: "FooSat", "ZORB"); not a capitalised
    word ("Patch -Localized ...": a word the PDF spaced off its compound), nor an ordinary word in capitals or one
    the abstract writes in lower case.

    >>> [_dash_name(t, "") for t in ("FooSat - A Framework for Imagery", "ZORB -Two Views Are Better", "Patch -Localized Depth")]
    ['FooSat', 'ZORB', None]
    """
    m = _DASH_NAME.match(title)
    word = m.group(1) if m else ""
    if not _name_shaped(word) or (word.isupper() and common_word(word)) or _lower_in_body(word, body):
        return None
    return word
