"""Whose a name is, read from the cues around it: the windows where a paper introduces something ("we propose ...",
"a novel X is proposed", "we call it X": :func:`proposal_windows`), and whether a name is one another work gave (a
citation, "by Smith", "known as", a verb of use before "called X": :func:`names_another`).
"""
from __future__ import annotations

import re
from bisect import bisect_right


_PROPOSE_SUBJECT = re.compile(
    r"\b(?:we|this (?:paper|work|study|article))\s+(?:have\s+)?"
    r"(?:(?:first|further|then|also|here|thus|therefore|thereby|hence|now|[a-z]{2,}ly)\s+)?$",
    re.I,
)
_AND_BEFORE = re.compile(r"\b(?:and|to)\s+(?:(?:then|also|further)\s+)?$", re.I)  # with a "we" before
# The same two, reversed: matched at the start of the reversed text before the cue, they find the same (a
# search for a match that must end at the end is slow; "$" may also match before a final "\n", but then
# "\s+" can take that "\n" too). A word boundary is the same read either way.
_PROPOSE_SUBJECT_R = re.compile(
    r"\s+(?:(?:tsrif|rehtruf|neht|osla|ereh|suht|erofereht|ybereht|ecneh|won|yl[a-z]{2,})\s+)?(?:evah\s+)?"
    r"(?:ew|(?:repap|krow|yduts|elcitra) siht)\b",
    re.I,
)
_AND_BEFORE_R = re.compile(r"\s+(?:(?:neht|osla|rehtruf|suht|ecneh|erofereht)\s+)?(?:dna|ot)\b", re.I)
#: A passive proposal, reversed: "[a novel X] is (then) [proposed]".
_PASSIVE_R = re.compile(r"\s+(?:(?:osla|neht|rehtruf|tsrif|ereh|yl[a-z]{2,})\s+)?si\b", re.I)
#: The subject of a passive proposal: an indefinite phrase, maybe after an opening ("Then, a novel X").
_INDEFINITE_SUBJECT = re.compile(r"\s*(?:[A-Za-z][\w\- ]{0,30},\s+)?(an?)\s", re.I)
_WE = re.compile(r"\bwe\b", re.I)
#: After a proposing verb, a clause complement: "we propose that X can be learned" states a claim.
_CLAIM_AFTER_CUE = re.compile(r"\s+that\s", re.I)
#: The cues that propose after "to" ("we extend X to introduce Y"); "to build/create ..." states a purpose.
_TO_CUES = ("propos", "introduc", "present", "develop", "design")


def _sentence_end(sents: list[tuple[int, int]], pos: int, default: int) -> int:
    """The end of the sentence holding ``pos`` (``sents`` sorted, not overlapping), else ``default``."""
    i = bisect_right(sents, (pos, _NO_END)) - 1
    return sents[i][1] if i >= 0 and pos < sents[i][1] else default


_NO_END = 1 << 62  # sorts after every real end, so (pos, _NO_END) comes after every sentence starting at pos


def proposal_windows(text: str, sents: list[tuple[int, int]], propose: list[tuple[int, int]],
                     named: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, strength)`` windows where the paper introduces something:

    - after "we propose" to the end of the sentence (strength 1);
    - the subject of "a novel X is proposed" (strength 1; the window starts at "a", so it is the only
      strength-1 window that starts with a letter: :func:`kg.extract.proposals.is_passive`);
    - right after "named/called/dubbed" (a few words, strength 2; 3 when the paper names its own work:
      "we call it X", "which we have called X", "our method, dubbed X", or "called X" in a "we propose"
      sentence or after the subject of "a novel X is proposed": "a convolution is proposed in this study, which
      is termed Y"). Such a window starts at the name: "the", "it" or "our model as" before a capital are skipped.

    ``propose`` and ``named`` are the character spans of the cue words (see :data:`CUE_WORDS`).

    >>> from kg.extract.text_spans import sentences
    >>> t = "We propose FooNet. It is called BarNet here. We call it BazNet."
    >>> proposal_windows(t, sentences(t), [(3, 10)], [(25, 31), (45, 52)])
    [(10, 18, 1), (32, 63, 2), (56, 63, 3)]
    >>> t = "A new loss is proposed here, which is termed foo loss."
    >>> proposal_windows(t, sentences(t), [(14, 22)], [(38, 44)])
    [(0, 11, 1), (45, 54, 3)]
    """
    out = []
    own: list[tuple[int, int]] = []  # the proposing sentences, from the cue on (a passive one: from its subject)
    for s, e in propose:
        i = bisect_right(sents, (s, _NO_END)) - 1
        s0 = sents[i][0] if i >= 0 else 0  # the start of the last sentence starting at or before s
        before = text[max(s0, s - 40):s][::-1]  # reversed
        if not _PROPOSE_SUBJECT_R.match(before):
            if not (_AND_BEFORE_R.match(before) and _WE.search(text, s0, s)
                    and (before[1] != "o" or text[s:e].lower().startswith(_TO_CUES))):
                passive = _PASSIVE_R.match(before)
                subject = passive and _INDEFINITE_SUBJECT.match(text, s0, s - passive.end())
                if subject:  # "A novel X is proposed": the window is the subject
                    out.append((subject.start(1), s - passive.end(), 1))
                    own.append((subject.start(1), _sentence_end(sents, s, len(text))))
                continue
        if _CLAIM_AFTER_CUE.match(text, e):
            continue  # "we propose that alignment can be learned": a claim, not a proposal
        out.append((e, _sentence_end(sents, s, len(text)), 1))
        own.append(out[-1][:2])
    last = -1
    for s, e in sorted(named, key=lambda x: (x[0], -x[1])):
        if s < last:
            continue  # "named" inside "named as": keep the longer cue
        if text[s].isupper() and not _SENT_OPEN.search(text, max(0, s - 4), s):
            continue  # "Recognize Named Entities", "the Named Entity tags": a title's or a term's word
        last = e
        cue = text[s:e].lower()
        ours = cue.startswith("we ") or cue in ("naming", "calling") or any(a <= s < b for a, b in own) \
            or _OWN_NAMING_R.match(text[max(0, s - 30):s][::-1]) is not None
        e = _NAMED_LEAD.match(text, e).end()
        out.append((e, min(len(text), e + 60), 3 if ours else 2))
    return out


#: Before a sentence's first word: the text's start or a sentence end ("Called X, ..." may be a cue).
_SENT_OPEN = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")
#: After a "named" cue, before the name: quotes, or "it", "the", "our model (explicitly) as" before a capital.
_NAMED_LEAD = re.compile(r"(?:\s*(?:it|them|this|these|our|the)\b(?:\s+[a-z][\w-]*){0,3}?\s+"
                         r"(?:(?:explicitly|simply)\s+)?(?:as\s+)?(?=[\"'\u201c]?[A-Z0-9]))?[\s\"'\u201c]*")
#: Before a "named" cue, reversed: "we (have) called", "our method, dubbed".
_OWN_NAMING_R = re.compile(r"\s*(?:(?:evah|lliw)\s+)?ew\b|\s*,[\w\s-]{1,30}?\s+ruo\b", re.I)


# --- a name another work gave -------------------------------------------------------------------------------

#: A naming cue right before a name (matched on the text before it).
_NAMING_CUE = re.compile(r"\b(?:named|called|dubbed|termed|coined|denoted|known\s+as|referred\s+to\s+as)"
                         r"(?:\s+as)?\s+(?:(?:it|this|the|a|an)\s+)?[\"'\u201c]?$", re.I)
#: A cue that gives the name others use: "known as", "so-called", a usage adverb before the naming verb.
_USAGE_CUE = re.compile(r"(?:\b(?:also\s+)?known\s+as|\bso-\s?called|\b(?:commonly|often|usually|widely|popularly|"
                        r"generally|typically|sometimes|frequently|also)\s+(?:(?:be|been|is|are)\s+)?(?:called|named|"
                        r"termed|dubbed|referred\s+to\s+as|denoted))(?:\s+as)?\s+(?:(?:the|a|an)\s+)?[\"'\u201c]?$",
                        re.I)
#: After a name, maybe past "was proposed": a citation (reference numbers, authors and a year, "et al."),
#: "by Smith", "in prior work". The names after "by" (groups ``by``, ``by2``) are checked by :func:`_authors_by`.
_OTHERS_AFTER = re.compile(
    r"(?:\s+(?:was|were|has\s+been|had\s+been)\s+(?:(?:first|recently|originally)\s+)?(?:proposed|introduced|"
    r"presented|developed|designed))?"
    r"(?:\s*\(\s*(?:[A-Z][^()]{0,80}?[\s,])?(?:19|20)\d\d[a-z]?\s*\)|\s*\[\s*\d+(?:\s*[,\u2013-]\s*\d+)*\s*\]"
    r"|\s*[(\[][^()\[\]]{0,60}\bet\s+al\b|\s+(?:of|by|from)\s+[A-Z][a-z'\-]+\s+et\s+al\b"
    r"|\s+by\s+(?P<by>[A-Z][a-z'\-]+)(?:\s+(?:and\s+)?(?P<by2>[A-Z][a-z'\-]+))?(?=\s*(?:[,.;:()\[]|'s\b|and\b|$))"
    r"|\s+(?:in|from)\s+(?:the\s+)?(?:prior|previous|earlier|existing|related)\s+(?:works?|studies|literature|research)"
    r"|\s+in\s+the\s+literature)")
#: A verb of use: what its object names the paper takes from elsewhere ("we adopt a backbone called X").
USE_VERB = re.compile(r"\b(?:adopt(?:s|ed|ing)?|us(?:e|es|ed|ing)|employ(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|"
                      r"utili[sz](?:e|es|ed|ing)|leverag(?:e|es|ed|ing)|(?:build(?:s|ing)?|built|rel(?:y|ies|ied|"
                      r"ying)|based)\s+(?:up)?on)\b", re.I)
#: The paper's own proposal between a verb of use (or the sentence's start) and the name ("built upon a proposed
#: auto-encoder called X", "we propose a version of it, so-called X"): a verb of proposing, "novel", "our".
_OWN_MARK = re.compile(r"\b(?:propos\w*|introduc\w*|present\w*|develop\w*|design\w*|devis\w*|construct\w*|creat\w*|"
                       r"curat\w*|formulat\w*|build(?:s|ing)?(?!\s+(?:up)?on\b)|built(?!\s+(?:up)?on\b)|novel|new|our|"
                       r"we\s+(?:have\s+)?(?:call|name|term|dub|refer))\b", re.I)
#: An adverb of time or spread before a participle ("a recently proposed", "the previously introduced", "a widely
#: used"): the participle tells of another work's proposal, not the paper's own.
_OTHERS_TIME = re.compile(r"\b(?:recently|previously|originally|earlier|widely)\s+$", re.I)
#: "to" after a verb of proposing: it proposes to do something ("we propose to solve it with ..."), no thing.
_TO_AFTER = re.compile(r"\s+to\s+[a-z]")
#: The end of a clause: a stop not of an abbreviation ("e.g. ", "i.e. ", "et al. ", "Fig. ", "cf. ", "vs. ").
_CLAUSE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bet al)(?<!\b[Ff]ig)(?<!\bcf)(?<!\bvs)[.!?;]\s")
#: A comma or colon that ends the object of a verb of use ("Based on the decomposition, x is refined by a net
#: called Y"; "an architecture using X layers, named Y" names the architecture), unless a relative clause goes
#: on ("relies on a layer, which is termed x").
_OBJECT_END = re.compile(r"[,:]\s+(?!(?:which|that|what|namely)\b|i\.e\.(?!\w))", re.I)
#: A naming cue in parentheses: the paper names a part of its own ("a module (called X) that ...").
_CUE_IN_BRACKETS = re.compile(r"\(\s*[a-z][a-z ]{0,20}$")


def _authors_by(word: str, second: str | None = None) -> bool:
    """Whether the capitalised word after "by" (and the ``second`` one after it, if any) can be authors' names:
    no -ing form; one name alone is no ordinary English word ("FooNet by Design.", "by Training" name no author;
    "by Ritter" does), two are authors even when ordinary words ("by Smith and Jones": surnames are frequent words).

    >>> [_authors_by(w) for w in ("Ritter", "Design", "Training")], _authors_by("Smith", "Jones")
    ([True, False, False], True)
    """
    if any(w.endswith("ing") for w in (word, second) if w):
        return False
    from kg.link.lexicon_rows import common_words  # noqa: PLC0415  (kg.link imports this module)

    return second is not None or word.lower() not in common_words()


def _own_mark(before: str, pos: int) -> bool:
    """Whether the paper's own proposal (:data:`_OWN_MARK`) is in ``before`` from ``pos``: not a participle after
    an adverb of time or spread ("a recently proposed backbone", "the previously introduced network"), nor a
    verb of proposing followed by "to" ("we propose to solve it with what is known as X").

    >>> [_own_mark(t, 0) for t in ("a recently proposed net", "we propose to sort", "we propose a net", "our net")]
    [False, False, True, True]
    """
    for m in _OWN_MARK.finditer(before, pos):
        if not (_OTHERS_TIME.search(before, max(0, m.start() - 20), m.start()) or _TO_AFTER.match(before, m.end())):
            return True
    return False


def names_another(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is one another work gave, not the paper's own coinage: a citation,
    "by Smith" or "in prior work" right after it (maybe past "was proposed"); or, after a naming cue, a cue of
    usage ("known as", "so-called", "commonly called") or a verb of use earlier in its sentence whose object holds
    the name ("we adopt a backbone called X", "a parser that relies on a layer called x"; not past a comma:
    "Based on it, x is refined by a net called X", nor in brackets: "using a module (called X)"), with nothing of
    the paper's own proposal between the verb, or else the sentence's start, and the name ("built upon a proposed
    auto-encoder called X", "we propose a version of it, so-called X" are the paper's).

    >>> t = "We adopt a net called FooNet. We use a new net called BarNet. A layer known as baz pooling is used."
    >>> [names_another(t, t.index(w), t.index(w) + len(w)) for w in ("FooNet", "BarNet", "baz pooling")]
    [True, False, True]
    >>> t = "Recently, a net called FooNet was proposed [3]. Based on it, a net called BarNet sorts."
    >>> [names_another(t, t.index(w), t.index(w) + len(w)) for w in ("FooNet", "BarNet")]
    [True, False]
    """
    others = _OTHERS_AFTER.match(text, end)
    if others and (others.group("by") is None or _authors_by(others.group("by"), others.group("by2"))):
        return True
    before = text[max(0, start - 300):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(before)]
    before = before[cut[-1]:] if cut else before
    cue = _NAMING_CUE.search(before, max(0, len(before) - 40))
    if cue is None:
        return False
    uses = [m.end() for m in USE_VERB.finditer(before, 0, cue.start())]
    if _own_mark(before, uses[-1] if uses else 0):
        return False
    if _USAGE_CUE.search(before, max(0, len(before) - 60)):
        return True
    return bool(uses) and object_runs(before, uses[-1], cue.start()) \
        and not _CUE_IN_BRACKETS.search(before, 0, cue.start() + 1)


def object_runs(before: str, use_end: int, upto: int) -> bool:
    """Whether the object of a verb of use ending at ``use_end`` in ``before`` still runs at ``upto``: no comma or
    colon ends it between (:data:`_OBJECT_END`: "Based on it, x is ..."; "namely" goes on).

    >>> t = "Based on it, we sort; using the net, namely"
    >>> object_runs(t, t.index(" it"), len(t)), object_runs(t, t.index(" the"), len(t))
    (False, True)
    """
    return not _OBJECT_END.search(before, use_end, upto)


def in_use_object(before: str) -> bool:
    """Whether the end of ``before`` (a sentence up to a name) lies in the object of its last verb of use: nothing of
    the paper's own proposal after the verb (:func:`_own_mark`: "using these cues we construct"), no comma or colon
    ending the object (:func:`object_runs`), no finite verb of a clause of its own (a verb of the verb list not an
    "-ing" or "-ed" form and not after "to": "experiments using drone images show").

    >>> [in_use_object(t) for t in ("we count wombats using the", "using these cues, we build",
    ...                             "experiments using images show", "we use a new", "we apply it to train")]
    [True, False, False, False, True]
    """
    uses = [m.end() for m in USE_VERB.finditer(before)]
    if not uses or _own_mark(before, uses[-1]) or not object_runs(before, uses[-1], len(before)):
        return False
    from kg.extract.ordinary_words import load_words  # noqa: PLC0415

    verbs, words = load_words("verb_words.txt"), re.findall(r"[a-z]+", before[uses[-1]:].lower())
    return not any((w in verbs or (w.endswith("s") and w[:-1] in verbs)) and (i == 0 or words[i - 1] != "to")
                   for i, w in enumerate(words))
