"""A name the paper presents as its own system is a Method, whatever its head word says.

A long form typed by its head word ("Neural Phrase-based Machine **Translation** (NPMT)", "Cross-Modal Deep
**Clustering** (XDC)") or by a Title Case rule comes out a Task; but a task is not something a paper
presents, calls a new scheme, or credits with results. :func:`own_systems` reads five signals, after the
acronyms are linked and before the proposals are listed (so the retyped names count as proposed):

1. the name is the object of "we propose/present/introduce/develop ..." standing alone (the syntax
   :func:`kg.extract.proposals.introduced` reads, with Tasks allowed);
2. it is set in apposition to a kind noun ("X (ACR), a novel adaptation scheme", "X -a new framework");
3. its acronym is the subject of a claim of results ("ACR achieves", "ACR outperforms ...") or of a verb of what
   a system does and a task never does ("ACR learns", "ACR adopts", "ACR leverages");
4. it (or its acronym) is "the proposed X" with no task or kind word after it ("via the proposed gradual X (ACR),
   where ..."; not "the proposed X task"); a name the generated lexicon types Dataset needs a word of a system's
   part after it ("the proposed X module");
5. it follows a system's kind noun, set in apposition to it or given it by a naming word, with no task or data
   word between ("based on a detector, X (ACR)", "a novel scheme for parsing text into graphs: X (ACR)",
   "estimation techniques named X"; not "a new problem called X").

A Dataset only the generated lexicon knows is retyped too where the paper names it itself as a system
(:func:`_names_system`: "This network, named X", "X, a lightweight framework", a title "X: Glyph Pairing Network
for ...") or writes it out as one ("X (glyph pairing network)", :func:`_spelt_system`): one paper's name is one
thing, and the generated name lists mix benchmarks with systems named like them.

A name the lexicon knows, one that is said to be a task or data ("we introduce X, a new task"), or one
written in lower case keeps its type, unless it is a long form whose acronym signals 3 or 4 ("the proposed ACR"). The name's acronym uses and its other mentions
are retyped with it.
"""
from __future__ import annotations

import re
from typing import Iterator

from kg.extract.acronym_letters import spells
from kg.extract.candidates import Candidate
from kg.extract.findings import DocFindings
from kg.extract.proposals import _known, introduced, is_passive, shaped
from kg.extract.words import DATASET_CUES, DATASET_HEADS, KIND_HEADS, OWN_HEADS, THING_NOUNS
from kg.vocab import EntityType as T

#: The types a proposal window may introduce here: a Task too (the one this module retypes).
_TYPES = (T.METHOD, T.DATASET, T.TASK)
#: A task or data word: "we introduce a new task, X", "a new subtask under ABSA, named X", "X, a dataset of dialogs"
#: pose a task or data, no system.
_TASK_WORD = re.compile(r"\b(?:(?:sub)?tasks?|(?:sub)?problems?|challenges?|settings?|benchmarks?|competitions?|tracks?|datasets?|"
                        r"corpus|corpora|databases?|collections?)\b", re.I)
#: After a name (and its acronym): a task word, maybe in apposition ("X (ACR), a new task", "the X problem").
_POSED_TASK = re.compile(r"(?:\s*\([^()]{1,15}\))?\s*(?:[,:\-\u2014\u2013]+\s*(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?)?"
                         + _TASK_WORD.pattern, re.I)
#: After a name (and its acronym): ", a/an [up to three words] <kind noun>", also after a dash ("-a novel scheme") or as
#: a copula ("X (ACR) is a pragmatic approach to ...": a task is no approach).
_KIND_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,15}\))?(?:\s*(?:,|:|-{1,2}|\u2014|\u2013)|\s+(?:is|was))\s*(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:"
    + "|".join(sorted(KIND_HEADS | {"scheme", "schemes", "module", "modules", "pipeline", "mechanism", "strategy",
                                    "procedure", "formulation", "paradigm", "variant", "extension"}))
    + r")\b", re.I)
#: A claim of results after an acronym ("NPMT achieves", "XDC consistently outperforms"), or a verb of what a system
#: does that a task never does as a subject ("XDC learns a latent code", "XDC adopts stereo images", "XDC leverages").
_CLAIM = r"\s+(?:(?:also|further|then|consistently|significantly|still|clearly|even|first|effectively|explicitly)\s+)?" \
         r"(?:achieves|attains|outperforms|surpasses|obtains|beats|sets|establishes|learns|adopts|leverages|employs|" \
         r"exploits|utilizes|utilises|incorporates)\b"
_CLAIM_AT = re.compile(_CLAIM)
_WORD_CHAR = re.compile(r"[\w\-]")
#: "the proposed X", "our proposed X", "the newly proposed gradual X": the paper's own thing, unless a task or kind
#: word follows the name ("the proposed X task", "our proposed X model": then X names what the thing is for).
_PROPOSED_BEFORE = re.compile(r"\b(?:the|our)\s+(?:newly\s+)?proposed\s+(?:[a-z][\w\-]*\s+)?$", re.I)
_THING_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?[\s\-]+(?:" + "|".join(sorted(KIND_HEADS)) + r")\b|"
                          + _POSED_TASK.pattern, re.I)
#: A word of a system's part or kind after a name ("the proposed X module"): what a dataset name the generated lexicon
#: knows needs after "the proposed" to be the paper's system ("the newly proposed X" alone may be a new benchmark).
_NUMBER_AFTER = re.compile(r"[\s\-]?\d")
_SYSTEM_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?[\s\-]+(?:" + "|".join(sorted(THING_NOUNS - DATASET_HEADS))
                           + r")\b", re.I)


#: Before a name, in its sentence: a system's kind noun (:data:`~kg.extract.words.OWN_HEADS`) the name is set in
#: apposition to ("based on a detector, X (ACR)", "a novel scheme for parsing text into graphs: X (ACR)") or which
#: a naming word gives the name ("a novel scheme called X", "estimation techniques named X", "coined as X").
_OWN_HEAD = r"(?:" + "|".join(sorted(OWN_HEADS)) + r")"
_KIND_BEFORE = re.compile(
    r"(?:\b(?:a|an)\s+(?:[\w\-]+\s+){0,3}?" + _OWN_HEAD + r"(?:\s*(?:,|-{1,2}|\u2014|\u2013)|[^.;!?]{0,120}?:)"
    r"|\b" + _OWN_HEAD + r"\b[^.;!?]{0,120}?\s(?:called|named|dubbed|termed|coined(?:\s+as)?|namely))\s*$", re.I)


def _named_kind(text: str, start: int) -> bool:
    """Whether the name at ``start`` names a system's kind noun before it in its sentence (:data:`_KIND_BEFORE`), no
    task or data word between ("a new subtask named X", "a model for a task called X" pose a task).

    >>> t = "We build on a detector, Quokka Center Prediction (QCP), and a new task called Glyph Question Answering."
    >>> _named_kind(t, t.index("Quokka")), _named_kind(t, t.index("Glyph"))
    (True, False)
    >>> t = "We train a model on images: Stroke Order Recognition (SOR). We study a method for object detection."
    >>> _named_kind(t, t.index("Stroke")), _named_kind(t, t.index("object"))
    (False, False)
    """
    m = _KIND_BEFORE.search(text, max(0, start - 160), start)
    return m is not None and not _TASK_WORD.search(text, m.start(), start) \
        and not _DATA_TALK.search(text, m.start(), start)  # (its pattern holds DATASET_CUES')


#: A parenthesis right after a name, holding a phrase of lower-case or capitalised words that ends in a system's kind
#: noun ("X (glyph pairing network)"): the name written out (group 1), when the name's letters spell it.
_SPELT_KIND = re.compile(r"\s*\(((?:[A-Za-z][\w\-]*\s+){1,6}(?:" + "|".join(sorted(KIND_HEADS)) + r"))\)", re.I)


def _spelt_system(text: str, c: Candidate) -> bool:
    """Whether the name ``c`` is followed by its long form in parentheses, a phrase its letters spell that a system's
    kind noun ends ("HelixNet (hierarchical lexicon network)"): the paper says what the name is.

    >>> t = "HelixNet (hierarchical lexicon network) and GlyphSet (a set of glyph network)"
    >>> _spelt_system(t, Candidate(0, 8, T.DATASET, 60, "lexicon-gen"))
    True
    >>> _spelt_system(t, Candidate(44, 52, T.DATASET, 60, "lexicon-gen"))
    False
    """
    m = _SPELT_KIND.match(text, c.end)
    return m is not None and spells(text[c.start:c.end], m.group(1))


def _own(text: str, found: DocFindings, i: int) -> bool:
    """Whether Task entity ``i`` is put in apposition to a kind noun or named as one, is called "the proposed X" (it
    or its acronym), or its acronym claims results or does what a system does; a generated lexicon's Dataset also
    when it is followed by its long form that a kind noun ends (:func:`_spelt_system`)."""
    c = found.entities[i]
    task = c.type is T.TASK
    if _KIND_APPOSITION.match(text, c.end) or _proposed(text, c.start, c.end, task) \
            or task and _named_kind(text, c.start) or not task and _spelt_system(text, c):
        return True
    return _acronym_own(text, found, i, task)


def _acronym_own(text: str, found: DocFindings, i: int, task: bool = True) -> bool:
    """Whether an acronym of entity ``i`` claims results, does what a system does, or is "the proposed ACR"."""
    return any(_CLAIM_AT.match(text, e) or _proposed(text, s, e, task)
               for a in found.aliases.get(i, ()) for s, e in _uses(text, a))


def _lower_candidate(text: str, found: DocFindings, i: int) -> bool:
    """A Task long form in lower case that defines an acronym ("connectionist line detection (CLD)"): its acronym's
    uses may show it is a system (:func:`_acronym_own`), though its own words look like a task's."""
    c = found.entities[i]
    return c.type is T.TASK and c.rule == "acronym" and not _known(c) and bool(found.aliases.get(i)) \
        and not shaped(text[c.start:c.end]) and not DATASET_CUES.search(text, c.start, c.end)


def _uses(text: str, name: str) -> Iterator[tuple[int, int]]:
    """The spans where ``name`` stands as a word of its own in ``text`` (no letter, digit or hyphen either side)."""
    start = text.find(name) if name else -1
    while start >= 0:
        end = start + len(name)
        if (start == 0 or not _WORD_CHAR.match(text, start - 1)) and not _WORD_CHAR.match(text, end):
            yield start, end
        start = text.find(name, start + 1)


def _proposed(text: str, start: int, end: int, task: bool) -> bool:
    """Whether the name at ``text[start:end]`` is "the proposed X": a Task's name with no task or kind word after it,
    a Dataset's name with a word of a system's part or kind after it (:data:`_SYSTEM_AFTER`)."""
    if _PROPOSED_BEFORE.search(text, max(0, start - 40), start) is None or _NUMBER_AFTER.match(text, end):
        return False  # (and "the proposed WSOD 2" is a version named after the task, not the task's letters)
    return not _THING_AFTER.match(text, end) if task else _SYSTEM_AFTER.match(text, end) is not None


#: Task rules that never name the paper's own system: an acronym's later use, a lexicon task grown over a word.
_NOT_OWN_RULES = frozenset({"acronym-ref", "grown"})


def _candidate(text: str, c: Candidate) -> bool:
    """A Task entity that may be a system's name: not from the lexicon, nor a lexicon task grown over a word
    before it (rule ``grown``: "6D pose tracking" is a task the lexicon names, a digit no coined name's), written
    as a name, not about data; or a Dataset only the generated lexicon knows (:data:`GENERATED_RULE`: its name lists
    mix benchmarks with the systems named like them)."""
    if c.type is T.DATASET:
        return c.rule == GENERATED_RULE and shaped(text[c.start:c.end]) and not DATASET_CUES.search(text, c.start, c.end)
    return c.type is T.TASK and not _known(c) and not c.rule.startswith("lexicon") and c.rule not in _NOT_OWN_RULES \
        and shaped(text[c.start:c.end]) and not DATASET_CUES.search(text, c.start, c.end)


#: The rule of a match of the generated lexicons only (a curated entry's type is kept).
GENERATED_RULE = "lexicon-gen"
#: Words that say the rest of a sentence describes data, not a system ("X, built from 10k images", "X 1, a VLN
#: dataset"); "containing" is not one ("a network containing motion blocks").
_DATA_TALK = re.compile(r"\b(?:collected|annotated|annotations?|images|videos|clips|recordings|samples|sentences|"
                        r"documents|dialogues|dialogs|questions|scenes|subjects|hours|labels|labeled|labelled)\b|"
                        + DATASET_CUES.pattern, re.I)


def _data_after(text: str, end: int) -> bool:
    """Whether the rest of the sentence after a name talks of data (:data:`_DATA_TALK`)."""
    stop = re.search(r"[.;!?](?:\s|$)", text[end:])
    return _DATA_TALK.search(text, end, end + stop.start() if stop else len(text)) is not None


#: Rules that find a name the paper gives itself: its naming sentence or its title's "Name:" head.
_NAMING_RULES = frozenset({"named", "title-name"})
#: A title's subtitle whose first phrase a system's kind noun heads ("FooNet: Glyph Pairing Network for Scripts"):
#: the head before the colon names that system.
_SUBTITLE_SYSTEM = re.compile(r"\s*:\s*(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,7}?(?:" + "|".join(sorted(KIND_HEADS))
                              + r")(?![\w\-])(?=\s+(?:for|with|via|using|to|in|on|of|based|leveraging)\b|\s*$|\s*[,:;(])",
                              re.I)


def _names_system(text: str, c: Candidate, title_end: int) -> bool:
    """Whether Method ``c``, a name the paper gives itself (:data:`_NAMING_RULES`), is said to be a system: a kind
    noun in apposition to it or naming it, with no talk of data after it ("This network, named X", "X, a deep
    learning framework for ..."), or, in the title's "X: ..." head, a subtitle a kind noun heads.

    >>> t = "FooNet: Glyph Pairing Network for Scripts\\nThis network, named BarNet, pairs glyphs."
    >>> _names_system(t, Candidate(0, 6, T.METHOD, 75, "title-name"), 41)
    True
    >>> _names_system(t, Candidate(62, 68, T.METHOD, 75, "named"), 41)
    True
    >>> t = "FooNet: Glyph Pairing Benchmark\\nWe name the data BarNet, a set of collected images."
    >>> _names_system(t, Candidate(0, 6, T.METHOD, 75, "title-name"), 31)
    False
    """
    if c.type is not T.METHOD or c.rule not in _NAMING_RULES:
        return False
    if c.rule == "title-name":
        return c.end <= title_end and _SUBTITLE_SYSTEM.match(text, c.end, title_end) is not None
    return (_KIND_APPOSITION.match(text, c.end) is not None or _named_kind(text, c.start)) \
        and not _data_after(text, c.end)


def _picked(text: str, found: DocFindings, windows: list[tuple[int, int, int]],
            title_end: int = 0) -> tuple[set[int], set[int]]:
    """The Task (or generated Dataset) entities the paper presents as its own (see the module docstring), and
    the Method entities it introduces (their name's generated-lexicon matches are the same system)."""
    ents = found.entities
    out, methods = set(), set()
    for ws, we, strength in windows:
        if strength != 1 or is_passive(text, ws, strength):
            continue
        i = introduced(text, ents, ws, we, _TYPES)
        if i is None or _TASK_WORD.search(text, ws, ents[i].start) or _POSED_TASK.match(text, ents[i].end):
            continue
        if ents[i].type is T.METHOD or ents[i].type is T.DATASET:  # "we propose X, which contains ... images"
            if not _data_after(text, ents[i].end):
                (methods if ents[i].type is T.METHOD else out).add(i)
        elif _candidate(text, ents[i]):
            out.add(i)
    for i, c in enumerate(ents):
        if i not in out and _candidate(text, c) and _own(text, found, i):
            out.add(i)
        elif _names_system(text, c, title_end):  # "This network, named X": the paper's generated-lexicon X is it
            methods.add(i)
    lower = {i for i in range(len(ents)) if i not in out and _lower_candidate(text, found, i) and _acronym_own(text, found, i)}
    return {i for i in out if _candidate(text, ents[i])} | lower, methods


def own_systems(text: str, found: DocFindings, windows: list[tuple[int, int, int]],
                title_end: int = 0) -> list[Candidate]:
    """``found.entities`` with each Task the paper presents as its own system (and the uses of its acronym
    and its other mentions) retyped Method; ``title_end``: where the title ends in ``text`` (0: none).

    >>> from kg.extract.findings import DocFindings
    >>> t = "In this paper, we present Neural Phrase Machine Translation (NPMT). NPMT achieves good scores."
    >>> f = DocFindings(entities=[Candidate(26, 59, T.TASK, 90, "acronym"), Candidate(61, 65, T.TASK, 90, "acronym-ref"),
    ...                           Candidate(68, 72, T.TASK, 90, "acronym-ref")], aliases={0: ("NPMT",)},
    ...                 canonical={1: "Neural Phrase Machine Translation", 2: "Neural Phrase Machine Translation"})
    >>> [c.type.value for c in own_systems(t, f, [(25, 67, 1)])]
    ['Method', 'Method', 'Method']
    """
    picks, methods = _picked(text, found, windows, title_end)
    if not picks and not methods:
        return found.entities
    names = {found.name(text, i).lower() for i in picks}
    gen = names | {found.name(text, i).lower() for i in methods}  # "we propose X, a ... method" ... "X's results"
    # (a generated entry's match is read as written too: "PI-Net" is the entry "PINet")
    return [_as_method(c) if c.type is T.TASK and found.name(text, i).lower() in names
            or c.type is T.DATASET and _candidate(text, c)
            and (found.name(text, i).lower() in gen or text[c.start:c.end].lower() in gen) else c
            for i, c in enumerate(found.entities)]


def _as_method(c: Candidate) -> Candidate:
    """A candidate retyped Method; a generated lexicon's match loses the entry (its canonical is the Dataset's)
    and is found by the paper's own words (rule ``own-system``)."""
    if c.rule == GENERATED_RULE:
        return c._replace(type=T.METHOD, rule="own-system", canonical=None)
    return c._replace(type=T.METHOD)
