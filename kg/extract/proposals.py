"""What a paper proposes: the names it introduces, read from the syntax around them.

:func:`proposed` lists a doc's proposals in text order, so ``proposed[0]`` is the paper's main proposal
(the title's "Name:" head when there is one, else the first name the abstract introduces);
:func:`main_method` is the first of them that is a Method. A name counts as proposed when

1. the title starts with it ("FooNet: Fast Parsing with Trees"), or the title defines it as an acronym, or
   (with no "Name:" head) the title ends on "with/via/using" and a new name ("Deep RL with PopArt");
2. the paper names it ("we call it X", "naming it X", "our method, dubbed X", "we propose an algorithm,
   called X");
3. it is the object of "we propose/present/introduce ..." standing alone, set off by the punctuation or
   clause that follows ("We present FooNet, a new approach to ...", "we introduce FooBench, which ..."),
   or defined there with its acronym ("we introduce a Foo Parsing Network (FPN) that ...");
4. it is in apposition to the indefinite phrase a "we propose" sentence starts with ("we propose a new
   parser, the FooNet, based on ...", "a detector for small objects, namely FooDet"), or anywhere to a
   phrase that calls it new ("FooNet, a new approach to parsing, ...") or ours ("our model, FooNet, ...");
5. "the/our proposed/newly developed X" or "our X" with a coined X ("our FooNet") names it, or
   "named/called/dubbed X" without saying who named it;
6. it is the first name of a "we propose" sentence ("we propose to combine FooNet with ..."; not one after
   "which uses", "based on", "using": "the weight-dropped LSTM which uses DropConnect"), or a
   lower-case phrase there or in "a novel X algorithm is proposed" (:func:`kg.extract.context.proposal_objects`);
7. when nothing above finds anything: the first name the abstract defines with its acronym right before
   claiming results for it, after its first sentence ("Foo Network (FN) attains excellent results").

A "we propose that ..." clause is a claim: no window (:func:`kg.extract.proposal_cues.proposal_windows`).
In cases 1 to 4 and 7 a name the lexicon knows counts too: famous methods are in the lexicon because the
papers that introduced them were read ("We propose a new simple network architecture, the Transformer").
In cases 5 and 6 the name must be new: there the words only say that a proposal is near.
"""
from __future__ import annotations

import re
from typing import Protocol

from kg.extract import candidates, context, proposal_cues, words
from kg.extract.candidates import Candidate
from kg.extract.dataset_bounds import AFTER_FOOTNOTE  # the punctuation a PDF spaced off after a mark
from kg.extract.words import KIND_NOUNS
from kg.vocab import EntityType as T

#: The types a paper proposes.
NAMED_TYPES = (T.METHOD, T.DATASET)
#: Rules whose names the paper gives itself: proposed wherever they are.
OWN_RULES = frozenset(("title-name", "named", "acronym"))
#: Rules whose names are taken as the first new name of a "we propose" window.
_NEW_NAME_RULES = frozenset(("name", "acronym", "dataset-context", "named", "object"))

_ADVERBS = r"(?:(?:here|also|further|then|first|now|thus|therefore|additionally|finally)\s+)?"
#: After a name, before what sets it off: a footnote mark ("FooNet 1 ,") or its acronym ("(FN)").
_MARK = r"(?:\s+\d{1,2}\b)?(?:\s*\([A-Za-z][\w\-+.]{0,15}\))?"
#: An indefinite object whose name is defined with its acronym: "we introduce a Region Proposal Network (RPN)".
_INDEFINITE_BEFORE = re.compile(r"\s*" + _ADVERBS + r"(?:a|an)\s+(?:(?:new|novel|simple|unified|general|effective|"
                                r"efficient|lightweight)\s+)*")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Za-z][\w\-+.]{0,15}\)")
#: Between the cue and its object: "we present [here] [the] FooNet".
_OBJECT_BEFORE = re.compile(r"\s*" + _ADVERBS + r"(?:the\s+)?")
#: After an object that stands alone: ", a/an/the ...", ", which/that ...", ":" or the sentence's end.
_OBJECT_AFTER = re.compile(_MARK + r"\s*(?:[,:]\s*(?:a|an|the|which|that|whose|where|our|in which)\b|[.;]|"
                           r"\s(?:which|that)\b|\s?[\u2014\u2013]|$)")
#: Before a name in apposition: "we propose [here] a new parser, [the|namely] FooNet" (the indefinite
#: phrase may hold commas: "a detector for small, cluttered objects, namely FooDet").
_APPOSITION_BEFORE = re.compile(
    r"\s+" + _ADVERBS + r"(?:a|an|two|three|several)\s+([^.;:()]{1,100}?)"
    r"(?:[,:]\s+(?:(?:the|namely|called|dubbed|termed|i\.e\.,?)\s+)?|,?\s+namely\s+|\s*(?:--|\u2014|\u2013)\s*)")
#: Before a name the paper calls its own kind of thing: "our model, FooNet, ...", "our best model FooNet".
_OURS_BEFORE = re.compile(r"\bour\s+(?:[a-z][\w-]*\s+){0,3}?(?:model|method|approach|framework|network|architecture|"
                          r"system|algorithm|dataset|benchmark|corpus|family|toolkit|library|tracker|detector|parser|"
                          r"classifier|segmenter|generator|agent)s?,?\s+$", re.I)
#: A clause inside the indefinite phrase: the name after it is not the phrase's apposition.
_CLAUSE_WORD = re.compile(r"\b(?:which|that|who|whose|where|using|uses|use|with|by|from)\b", re.I)
_APPOSITION_AFTER = re.compile(_MARK + r"\s*(?:[,.;:(\u2014\u2013]|(?:which|that|based)\b|$)")
#: After a name that the text calls new wherever it is: "FooNet, a new approach to parsing, ...".
_CALLED_NEW = re.compile(_MARK + r"\s*,\s*(?:a|an)\s+(?:(?:simple|effective|efficient|general|powerful|"
                         r"lightweight|large-scale|first)\s+(?:(?:and|yet|but)\s+)?)*(?:new|novel)\b")
#: Before a name the text calls the proposed one, or the paper's own: "the proposed FooNet", "our (proposed) FooNet".
_PROPOSED_BEFORE = re.compile(r"\b(?:the|our)\s+(?:newly\s+)?(?:proposed|developed|introduced|presented)\s+$", re.I)
#: Right before a name the paper calls its own: "our FooNet" (the name must be coined: :data:`_COINED_WORD`).
_OUR_BEFORE = re.compile(r"\bour\s+$", re.I)
#: A coined name, one word: a letter, then a capital or a digit further on ("GG-CNN", "FooNet", "P3D"), maybe with
#: the bit widths of its weights and activations after a "/" ("FooNet-1/32", see ``rules.name_candidates``).
#: A capitalised word next: the coined word starts a longer name ("our FooBoosted Transformer").
_NAME_NEXT = re.compile(r" [A-Z]")
_COINED_WORD = re.compile(r"[A-Za-z][\w\-+]*[A-Z0-9][\w\-+]*(?:/\d+)?")


#: A name as the object of "we propose": capitalised words (or a word with a capital or digit inside),
#: maybe joined by "of/for/and" ("Attribute Mix", "Contrast to Divide" is left to the quotes).
_NAME_WORD = r"(?:[A-Z0-9][\w\-+]*|[a-z]+[A-Z0-9][\w\-+]*)(?:\.\d+)*"  # ("FooNet 2.0")
_OBJECT_NAME = re.compile(_NAME_WORD + r"(?:\s+(?:(?:of|for|and)\s+)?" + _NAME_WORD + r"){0,5}")
#: After such a name: what :data:`_OBJECT_AFTER` allows, or ", using/encouraging ..." (a participle).
_NAME_SET_OFF = re.compile(r"\s*,\s*[a-z]+ing\b")
_OBJECT_IS_DATA = re.compile(_MARK + r"\s*[,:]\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:datasets?|benchmarks?|corpus|"
                             r"corpora)\b", re.I)


def object_names(text: str, windows: list[tuple[int, int, int]]) -> list[Candidate]:
    """Names that stand alone as the object of "we propose/present/introduce": "we present Attribute Mix, a
    data augmentation strategy", "we introduce Dual Student, which ...". Typed Dataset when the phrase set
    beside them says dataset/benchmark/corpus.

    >>> t = "We present Attribute Mix, a new augmentation. We present Tree Bank (TB), a new corpus of trees."
    >>> [(t[c.start:c.end], c.type.value) for c in object_names(t, [(10, 45, 1), (56, 93, 1)])]
    [('Attribute Mix', 'Method'), ('Tree Bank', 'Dataset')]
    """
    out = []
    for ws, we, strength in windows:
        if strength != 1:
            continue
        lead = _OBJECT_BEFORE.match(text, ws, we)
        m = _OBJECT_NAME.match(text, lead.end(), we)
        if m is None or lead.end() == ws or m.group(0) in words.NOT_NAMES:
            continue  # (a passive window starts at its subject: no object there)
        e = m.end()
        last = m.group(0).rsplit(None, 1)
        if len(last) == 2 and last[1].isdigit() and len(last[1]) <= 2 and AFTER_FOOTNOTE.match(text, e):
            e -= len(last[1]) + 1  # a footnote mark ("FooNet 1 , a ...")
            e = m.start() + len(text[m.start():e].rstrip())
        if not (_OBJECT_AFTER.match(text, e, we) or _NAME_SET_OFF.match(text, e, we)):
            continue
        etype = T.DATASET if _OBJECT_IS_DATA.match(text, e, min(we, e + 80)) else T.METHOD
        out.append(Candidate(m.start(), e, etype, candidates.PRI_PROPOSED, "named"))
    return out


#: A name set as one run of name words on one line (no "of/for/and" joining two, no line break).
_ONE_RUN = re.compile(_NAME_WORD + r"(?: " + _NAME_WORD + r")*")


def named_over_known(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the paper introduces as its own that holds a known name of the same type, and more, outranks it:
    "we present Meta Pseudo Labels, a method" is not the lexicon's "Pseudo Labels" ("Libra R-CNN" not
    "R-CNN"). Where the two spans are one, the known name keeps its rank (and its type).

    >>> t = "We present Meta Pseudo Labels, a method. We present Disp R-CNN for 3D, a method."
    >>> c = [Candidate(11, 29, T.METHOD, candidates.PRI_PROPOSED, "named"), Candidate(16, 29, T.METHOD, 80, "lexicon")]
    >>> c += [Candidate(52, 69, T.METHOD, candidates.PRI_PROPOSED, "named"), Candidate(57, 62, T.METHOD, 80, "lexicon")]
    >>> [x.priority for x in named_over_known(t, c)]
    [81, 80, 75, 80]
    """
    named = [i for i, c in enumerate(cands) if c[4] == "named" and _ONE_RUN.fullmatch(text, c.start, c.end)]
    if not named:
        return cands
    out = list(cands)
    for i in named:
        n = cands[i]
        if any(c[2] is n[2] and _known(c) and n.start <= c.start and c.end <= n.end and c.priority >= n.priority
               and (c.start, c.end) != (n.start, n.end) for c in cands):
            out[i] = n._replace(priority=candidates.PRI_LEXICON_LONG + 1)
    return out


class Findings(Protocol):  # what :class:`kg.extract.findings.DocFindings` offers
    entities: list[Candidate]
    aliases: dict[int, tuple[str, ...]]

    def name(self, text: str, i: int) -> str: ...


def _known(c: Candidate) -> bool:
    """A name from the lexicon (or a long form it knows)."""
    return c[4].startswith("lexicon") or (c[4] == "acronym" and bool(c[5]))


def shaped(name: str) -> bool:
    """A name written as one: a capital or a digit in it ("FooNet", "3D-Net", "Transformer")."""
    return any(ch.isupper() or ch.isdigit() for ch in name)


def introduced(text: str, ents: list[Candidate], ws: int, we: int, types: tuple[T, ...] = NAMED_TYPES) -> int | None:
    """The entity of ``types`` a "we propose" window (``text[ws:we]``, starting right after the cue) introduces
    by its syntax: its object standing alone, or the name in apposition to its indefinite object; else None.

    >>> from kg.extract.candidates import Candidate
    >>> t = "We present FooNet, a new parser."
    >>> introduced(t, [Candidate(11, 17, T.METHOD, 60, "lexicon")], 10, len(t))
    0
    >>> t = "We propose a new simple parser, the FooNet, for trees."
    >>> introduced(t, [Candidate(36, 42, T.METHOD, 60, "lexicon")], 10, len(t))
    0
    >>> t = "We propose to use FooNet, a parser."
    >>> introduced(t, [Candidate(18, 24, T.METHOD, 60, "lexicon")], 10, len(t)) is None
    True
    """
    first = True
    for i, c in enumerate(ents):
        s, e = c[0], c[1]
        if s < ws:
            continue
        if s >= we:
            break
        if c[2] not in types or not shaped(text[s:e]):
            if first and shaped(text[s:e]):
                return None  # a name of another type comes first: the object is not a name of ours
            continue
        if first and _OBJECT_BEFORE.fullmatch(text, ws, s):
            return i if _OBJECT_AFTER.match(text, e, we) else None
        if first and _INDEFINITE_BEFORE.fullmatch(text, ws, s) and _ACRONYM_AFTER.match(text, e, we):
            return i if _OBJECT_AFTER.match(text, e, we) else None
        m = _APPOSITION_BEFORE.fullmatch(text, ws, s)
        if m and not _CLAUSE_WORD.search(m.group(1)) and _APPOSITION_AFTER.match(text, e, we):
            return i
        first = False  # a later name can only be in apposition ("a UNIfied-MOdal architecture, namely UNIMO")
    return None


#: a relative clause or a means inside a "we propose" window: the names after it are what the proposal uses
_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:uses?|employs?|relies|builds|combines|incorporates|adopts|applies|"
                       r"leverages?|exploits?|extends?|integrates?)\b|\b(?:based on|built (?:on|upon)|using|by using)\s",
                       re.I)


#: a comparison or an example inside a "we propose" window: the names after it are what the proposal is compared
#: with or an instance of others ("2x faster than BarNets", "outperforms BarNet", "architectures such as BarNet";
#: not "including a proposed ...", which may list the paper's own)
_COMPARED_IN_WINDOW = re.compile(r"\b(?:than|compar(?:ed|ing)\s+(?:to|with)|versus|vs\.|outperform\w*|surpass\w*|"
                                 r"superior\s+to|such\s+as)\s", re.I)


#: what ends the reach of a comparison: a comma that opens a new phrase, not one of a list ("A, B, and C")
_REACH_ENDS = re.compile(r"[;:]|,\s*(?!(?:and|or)\b)[a-z]+[\s,]")  # (a plain word: not "fastText", "word2vec")


def _compared_in_window(text: str, ws: int, start: int) -> bool:
    """The name at ``start`` is in the reach of a comparison or an example of a "we propose" window (from ``ws``):
    "2x faster than (BarNets)", "encoders such as A, B, and (C)"; not past a new phrase ("benchmarks such as A, B
    and C, showing the proposed (Foo)").

    >>> t = " FooNets, 2x faster than the BarNets, and tools such as A, zapText, and C, showing the new Zap."
    >>> [_compared_in_window(t, 0, t.index(n)) for n in ("BarNets", "C,", "Zap")]
    [True, True, False]
    """
    last = None
    for last in _COMPARED_IN_WINDOW.finditer(text, ws, start):
        pass
    return last is not None and _REACH_ENDS.search(text, last.end(), start) is None


#: A determiner (and "first/new/novel") before a name: "the first FOO ...", "a new FOO ...".
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|our)\s+(?:(?:first|new|novel)\s+)*$", re.I)
#: Grammar words after a name: they end it and leave it the object.
_FUNCTION_WORDS = frozenset(("which", "that", "is", "are", "was", "were", "to", "for", "of", "and", "or", "with", "in",
                             "on", "by", "as", "from", "into", "at", "via", "where", "whose", "can", "will", "we"))
#: The lower-case word right after a name.
_WORD_AFTER = re.compile(r"\s+([a-z][a-z\-]*)\b")


def _modifies_noun(text: str, s: int, e: int) -> bool:
    """An acronym after a determiner that modifies a lower-case noun which is no kind of thing: "the first FOO
    annotation guidelines" (a "FOO model", "FOO dataset" is named by it; a verb or a preposition ends the name).

    >>> _modifies_noun("the first POS annotation rules", 10, 13), _modifies_noun("the FOO model", 4, 7)
    (True, False)
    """
    if e - s < 2 or not text[s:e].isupper() or not _DETERMINER_BEFORE.search(text, max(0, s - 24), s):
        return False
    m = _WORD_AFTER.match(text, e)
    if m is None:
        return False
    w = m.group(1)
    return not (w in words.THING_NOUNS or w in KIND_NOUNS or w in words.NON_MODIFIERS or w in _FUNCTION_WORDS
                or w.endswith(("ing", "ed")))


def _first_new_name(text: str, ents: list[Candidate], ws: int, we: int, strength: int) -> int | None:
    """The first name of a window that the lexicon does not know (strength 1: a "we propose" sentence;
    strength 2: right after "named/called", where any name but a head phrase counts); right after the
    paper's own "we call it" (strength 3), any name written as one, known or not, or a new head phrase in lower
    case ("which we call bilinear sum pooling": the paper names its own thing, as with capitals) unless it names
    another work's thing (:func:`~kg.extract.proposal_cues.names_another`: "relies on a layer called x [12]")."""
    for i, c in enumerate(ents):
        start = c[0]  # the fields by index (0 start, 2 type, 4 rule, 5 canonical): faster than by name
        if start < ws or start >= we or c[2] not in NAMED_TYPES:
            continue
        if strength > 1 and start - ws > 3:
            return None
        if strength == 1 and _RELATIVE.search(text, ws, start):
            return None  # "we propose the weight-dropped LSTM which uses DropConnect": a part it uses
        if strength == 1 and _compared_in_window(text, ws, start):
            continue  # "we design FooNets, which are 2x faster than BarNets": what the proposal is compared with
        if strength == 1 and _modifies_noun(text, start, c[1]):
            continue  # "we contribute the first POS annotation guidelines": the acronym describes the noun
        rule = c[4]
        if strength == 3 and rule != "head" and shaped(text[start:c[1]]):
            return i
        if _known(c):
            continue
        if rule in _NEW_NAME_RULES or (strength == 2 and rule != "head"):
            return i
        if strength == 3 and rule == "head" and not proposal_cues.names_another(text, start, c[1]):
            return i  # not "we propose a parser that relies on a layer called bilinear pooling [12]"
    return None


def _title_head(text: str, ents: list[Candidate], title_end: int) -> int | None:
    """The entity that is the title's "Name:" head, whichever rule found it (the lexicon knows U-Net)."""
    head = context.title_name(text, title_end) if title_end > 0 else None
    if head is None:
        return None
    for i, c in enumerate(ents):
        if c[0] == head.start and c[1] == head.end and c[2] in NAMED_TYPES:
            return i
        if c[0] > head.start:
            break
    return None


#: A title ending on "with/via/using [the] Name", one word written as a name: a capital inside it after a
#: small letter ("PopArt", "RefineContourNet") or after a hyphen ("STMC-Transformer", "Wave-U-Net").
_TITLE_TAIL = re.compile(r"\b(?:with|via|using)\s+(?:the\s+|a\s+)?([A-Za-z0-9]*(?:[a-z][A-Z]|-[A-Z0-9])[\w\-+]*)\s*$")


def _title_tail(text: str, ents: list[Candidate], title_end: int) -> int | None:
    """The entity a title ends on after "with/via/using" when it is a Method written as a name that the
    lexicon does not know: "Better Sign Language Translation with STMC-Transformer" is about the paper's
    own model; a known one ("... with U-Net", "... with BERT") is the model it uses."""
    m = _TITLE_TAIL.search(text, 0, title_end) if title_end > 0 else None
    if m is None:
        return None
    return next((i for i, c in enumerate(ents) if c[0] == m.start(1) and c[1] == m.end(1)
                 and c[2] is T.METHOD and not _known(c)), None)


def _our_coined(text: str, found: Findings, i: int) -> bool:
    """"our FooNet": a coined name of three letters or more right after "our", no capitalised word after it ("our
    FooBoosted Transformer" is a longer name), whose name is written as one (an acronym the abstract spells out in
    lower case, "our CNN" for "convolutional neural network", is a kind)."""
    s, e = found.entities[i][0], found.entities[i][1]
    return e - s >= 3 and bool(_OUR_BEFORE.search(text, max(0, s - 5), s) and _COINED_WORD.fullmatch(text, s, e)) \
        and shaped(found.name(text, i)) and not _NAME_NEXT.match(text, e)


def _picks(text: str, found: Findings, title_end: int, windows: list[tuple[int, int, int]]) -> list[int]:
    """The indices of the proposed entities (unordered, maybe repeated), but for the windows' first new
    names whose name the title already gave."""
    ents = found.entities
    out = []
    head = _title_head(text, ents, title_end)
    if head is None:
        head = _title_tail(text, ents, title_end)
    if head is not None:
        out.append(head)
    for i, c in enumerate(ents):
        rule = c[4]
        if rule in OWN_RULES and c[2] in NAMED_TYPES \
                and (rule != "acronym" or (0 < title_end and c[1] <= title_end and not c[5])):
            out.append(i)
        elif c[2] in NAMED_TYPES and c[0] >= 9 and not _known(c) and shaped(text[c[0]:c[1]]) \
                and (_PROPOSED_BEFORE.search(text, max(0, c[0] - 24), c[0])
                     or _our_coined(text, found, i)):
            out.append(i)  # ("the proposed GAN" is the paper's GAN: a kind, not a name)
        elif c[2] in NAMED_TYPES and c[0] > title_end and shaped(text[c[0]:c[1]]) \
                and (_CALLED_NEW.match(text, c[1]) or _OURS_BEFORE.search(text, max(0, c[0] - 60), c[0])):
            out.append(i)
    title_names = {found.name(text, i).lower() for i in out if ents[i][1] <= title_end}
    for ws, we, strength in windows:
        i = introduced(text, ents, ws, we) if strength == 1 else None
        if i is None and is_passive(text, ws, strength):
            i = next((j for j, c in enumerate(ents) if ws <= c[0] < we and c[4] == "object"), None)
        elif i is None:
            i = _first_new_name(text, ents, ws, we, strength)
            if i is not None and title_names and (found.name(text, i).lower() in title_names
                                                  or any(a.lower() in title_names for a in found.aliases.get(i, ()))):
                continue  # the title gave this name already
        if i is not None:
            out.append(i)
    return out


def is_passive(text: str, ws: int, strength: int) -> bool:
    """A window that is the subject of "a novel X is proposed" (see :func:`kg.extract.proposal_cues.proposal_windows`):
    only names set off in it count, or a lower-case phrase with a kind noun ("a novel ranking algorithm")."""
    return strength == 1 and text[ws:ws + 1].isalpha()  # (a "we propose" window starts after its cue word)


def proposed(text: str, found: Findings, title_end: int, windows: list[tuple[int, int, int]]) -> list[str]:
    """The names the paper introduces (see the module docstring), in text order, each once.

    ``windows`` are :func:`kg.extract.proposal_cues.proposal_windows`; ``text[:title_end]`` is the title.
    """
    out: list[str] = []
    seen: dict[str, int] = {}  # the keys of each name taken -> its place in out
    picks = _picks(text, found, title_end, windows)
    if not picks:
        picks = _claimed(text, found, text.find(". ", max(title_end, 0) + 1))
    for i in sorted(set(picks)):
        n = found.name(text, i)
        c = found.entities[i]
        keys = {_key(k) for k in (n, text[c[0]:c[1]], *found.aliases.get(i, ()))}
        same = min((seen[k] for k in keys if k in seen), default=None)  # (the first: a set has no order)
        if same is None:
            same = len(out)
            out.append(n)
        elif out[same].isupper() and not n.isupper():
            out[same] = n  # the title's "ROTATE:" is the abstract's RotatE
        for k in keys:  # not the title's name again as an acronym or a singular
            seen.setdefault(k, same)
    return list(dict.fromkeys(out))  # (a title's name in capitals may be replaced by a name already taken)


#: After a name defined with its acronym: a claim of results ("Foo Network (FN) attains excellent results").
_CLAIM_AFTER = re.compile(r"\s*\([^()]{1,15}\)\s+(?:(?:also|further|then|consistently|still)\s+)?"
                          r"(?:achieves|attains|outperforms|surpasses|obtains|sets|establishes|yields)\b")


def _claimed(text: str, found: Findings, intro_end: int) -> list[int]:
    """When nothing else says what the paper proposes: the first name it defines with an acronym right
    before claiming results for it ("Vision Foo (ViF) attains excellent results compared to ..."), after
    the abstract's first sentence (``intro_end``), which speaks of the field ("CNNs achieve ...")."""
    for i, c in enumerate(found.entities):
        if c[0] > intro_end > 0 and c[2] in NAMED_TYPES and c[4] == "acronym" and _CLAIM_AFTER.match(text, c[1]):
            return [i]
    return []


def _key(name: str) -> str:
    """A name's key for finding the same proposal twice: case, spaces, hyphens and a plural "s" ignored.

    >>> _key("Boundary-Sensitive Networks") == _key("boundary sensitive network"), _key("Foo++") == _key("Foo")
    (True, False)
    """
    name = "".join(ch for ch in name.lower() if ch.isalnum() or ch == "+")  # (PolarMask++ is not PolarMask)
    return name[:-1] if name.endswith("s") and len(name) > 3 else name


def main_method(text: str, found: Findings, names: list[str]) -> str | None:
    """The paper's main proposed method: the first of ``names`` (its :func:`proposed`) that is a Method."""
    types = {found.name(text, i): c[2] for i, c in enumerate(found.entities)}
    return next((n for n in names if types.get(n) is T.METHOD), None)
