"""The candidate sources: each a plain function over a :class:`~kg.extract.doc_context.DocContext` that returns
:class:`~kg.extract.candidates.Candidate` spans, all listed in :data:`SOURCES`.

A new source is one function here (or a thin wrapper over a rule elsewhere) and one line in :data:`SOURCES`.
The entity finder (:class:`kg.extract.components.EntityFinder`) gathers their candidates in that order
(:func:`gather`), then :mod:`kg.extract.selection` filters them and resolves overlaps.

>>> from kg.extract import build_nlp
>>> nlp = build_nlp(lexicon=False)
>>> ctx = nlp.get_pipe("kg_entities").prepare(nlp.make_doc("We propose FooNet, trained on the BarScenes dataset."))
>>> [(ctx.text[c.start:c.end], c.rule) for c in from_dataset_context(ctx)]
[('BarScenes', 'dataset-context')]
>>> sorted({c.rule for c in gather(ctx)})
['dataset-context', 'name']
"""
from __future__ import annotations

import re
from typing import Callable

from kg.extract import (abbreviations, candidates, context, glued_tails, head_phrases, lead_words, metric_roles,
                        ordinary_words, rules)
from kg.extract.candidates import Candidate
from kg.extract.context.compared import comparison_list
from kg.extract.cut_long_forms import NOT_A_NOUN as _NOT_A_NOUN
from kg.extract.cut_long_forms import describing_end, noun_phrase_goes_on
from kg.extract.cut_long_forms import verb_with_ending as _verb_form
from kg.extract.doc_context import DocContext
from kg.extract.lexicon_data import spelt_long_forms
from kg.extract.named_acronyms import find_colon_first, find_named_after
from kg.extract.words import (
    DATASET_HEADS, DEVICE_ORG_HEADS, DIRECTIONS, ED_OK, KIND_AFTER_ACRONYM, KIND_NOUNS, METHOD_HEADS, METRIC_HEADS,
    NOT_ENTITY_HEADS, PLURAL_KIND_AFTER_ACRONYM, PRODUCT_HEADS, RESOURCE_HEADS, TASK_HEADS, TASK_NOUN_ENDS, THING_NOUNS,
)
from kg.vocab import EntityType as T

#: A candidate source: the doc's context in, candidates out (it may leave notes on the context for later sources).
Source = Callable[[DocContext], list[Candidate]]


def from_lexicon(ctx: DocContext) -> list[Candidate]:
    """The lexicon component's matches as candidates (also kept by span in ``ctx.lex_by_span``)."""
    tok_start, tok_end, lex_by_span = ctx.tok_start, ctx.tok_end, ctx.lex_by_span
    out = []
    for a, b, etype, canonical, curated in ctx.lexicon or ():
        s, e = tok_start[a], tok_end[b - 1]
        # a one-word name written with a hyphen ("a lesion-aware mix-up augmentation" for mixup) is as short as the
        # name written whole: a technique's phrase around it may still win
        long = (b - a > 1 and (a, b) not in ctx.one_word_spelled) or e - s > 12
        c = Candidate(s, e, etype, candidates.PRI_LEXICON_LONG if long else candidates.PRI_LEXICON,
                      "lexicon" if curated else "lexicon-gen", canonical)
        out.append(c)
        lex_by_span[(s, e)] = c
    return out


def from_name_shapes(ctx: DocContext) -> list[Candidate]:
    """Name-shaped words (:func:`rules.name_candidates`) at the tokens where a name may begin; a one-word lexicon
    name the phrase matcher missed because the tokenizer glued it to its neighbour ("72.0% mIoU/273.6 FPS") gets
    the lexicon's type and name, not a Method shape; a capitalised word that leads a name the lexicon knows
    (:func:`lead_words.lexicon_leads`: "Faster RCNN") is taken in."""
    text, lex_by_span = ctx.text, ctx.lex_by_span
    word_orth, word_lower = ctx.tables.word_orth, ctx.tables.word_lower
    out = []
    for c in rules.name_candidates(text, ctx.name_starts, ctx.tables.verb_words, ctx.tables.common_words):
        if (c.start, c.end) not in lex_by_span:
            word = text[c.start:c.end]
            hit = word_orth.get(word) or word_lower.get(word.lower())
            if hit is not None:
                etype, canonical, curated = hit
                c = Candidate(c.start, c.end, etype, candidates.PRI_LEXICON, "lexicon" if curated else "lexicon-gen",
                              canonical if canonical != word else None)
        out.append(c)
    out = rules.join_capital_words(text, out, ctx.tables.common_words)
    # "Faster RCNN": Faster R-CNN, not R-CNN
    return lead_words.lexicon_leads(text, out, ctx.tables.verb_words, lex_by_span)


#: A word a line break hyphenated inside ("Ima-geNet", "Hu-man3.6M", "Se-mEval", "Effi-cientNet"): the piece after
#: the hyphen starts in lower case and holds a capital or a digit, which an ordinary compound ("BERT-large") does not.
_BROKEN_WORD = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9]*)-([a-z][\w.+]*[\w+])(?![\w\-])")


def from_broken_words(ctx: DocContext) -> list[Candidate]:
    """One-word lexicon names a line break split with a hyphen ("Ima-geNet" for ImageNet): the word with the
    hyphen taken out must be the lexicon's name as written (case too), so "Cross-task" is not CrossTask.

    >>> [m.group() for m in _BROKEN_WORD.finditer("on Ima-geNet, Hu-man3.6M, Cross-task, BERT-large, multi-task")]
    ['Ima-geNet', 'Hu-man3.6M', 'Cross-task', 'BERT-large', 'multi-task']
    """
    text, word_orth = ctx.text, ctx.tables.word_orth
    out = []
    for m in _BROKEN_WORD.finditer(text):
        rest = m.group(2)
        if m.group() in word_orth or not any(ch.isupper() or ch.isdigit() for ch in rest):
            continue
        hit = word_orth.get(m.group(1) + rest)
        if hit is not None:
            etype, canonical, curated = hit
            out.append(Candidate(m.start(), m.end(), etype, candidates.PRI_LEXICON, "lexicon" if curated else "lexicon-gen",
                                 canonical))
    return out


def from_glued_names(ctx: DocContext) -> list[Candidate]:
    """Lexicon names glued to the tail a lost hyphen left ("Faster R-CNNbased"): :func:`glued_tails.glued_lexicon_names`."""
    return glued_tails.glued_lexicon_names(ctx.text)


def from_sized_names(ctx: DocContext) -> list[Candidate]:
    """Model names with a size ("Llama 2 7B"): :func:`rules.sized_names`."""
    return rules.sized_names(ctx.text)


def from_head_phrases(ctx: DocContext) -> list[Candidate]:
    """Technique and task phrases ending in a head word: :func:`~kg.extract.head_phrases.head_phrases`; in the abstract, no capitalised
    task phrase cut out of a longer name (:func:`_cut_from_a_name`)."""
    found = head_phrases.head_phrases(ctx.text, ctx.cues["HEAD"], ctx.tables.verb_words, ctx.tables.task_openers)
    return [c for c in found if not (c.type is T.TASK and c.start > ctx.title_end >= 0
                                     and _cut_from_a_name(ctx.text, c.start))]


#: A capitalised word right before a phrase, itself inside a sentence (after a lower-case word, a comma or a bracket).
_NAME_WORD_BEFORE = re.compile(r"(?:[a-z][\w\-]*|[,(]) +[A-Z][\w\-]* +$")


def _cut_from_a_name(text: str, start: int) -> bool:
    """Whether a capitalised task phrase starting at ``start`` in an abstract is the end of a longer capitalised name
    the head rule cut ("on Unified Perceptual Parsing", "the dataset AnAn Accident Detection (A3D)", "in the
    Cross-Framework Meaning Representation Parsing task"): the word before it is capitalised mid-sentence.

    >>> t = "Kettles for Glyph Parsing\\nTask Parsing is hard. We test on Unified Perceptual Parsing. Robust Scene Parsing"
    >>> [_cut_from_a_name(t, t.index(w)) for w in ("Task", "Perceptual", "Scene")]
    [False, True, False]
    """
    return text[start:start + 1].isupper() and _NAME_WORD_BEFORE.search(text, max(0, start - 60), start) is not None


#: A long form that names a meeting or a publication ("Workshop on Autonomous Driving (WAD)"): no entity.
_VENUE = re.compile(r"(?:international\s+|annual\s+|joint\s+)*(?:workshop|conference|symposium|proceedings|journal|"
                    r"transactions)\b", re.I)
#: The word after an acronym's bracket, in lower case or Title Case ("Human-Object Interaction (HOI) Detection"
#: is a task), past a footnote mark in it ("(QS 1 ) dataset").
_HEAD_AFTER_ACRONYM = re.compile(r"(?:\s+1\s+|\s*)\)\s+([a-z]+|[A-Z][a-z]+)\b")
#: The word right after a long form its acronym comes before with no bracket ("AVOD, an Aggregate ... network").
_WORD_RIGHT_AFTER = re.compile(r"\s+([a-z]+|[A-Z][a-z]+)\b(?!-)")
#: A long form that is a degree word and one noun: a property ("high-resolution (HR) frames",
#: "low-resolution (LR) input"), whatever task its head word ("resolution") may name elsewhere.
_DEGREE_COMPOUND = re.compile(r"(?:high|low|higher|lower|full|fine|coarse|medium|mid|ultra-high|ultra-low)[\-\s][a-z]+", re.I)
#: Nouns after an acronym that make its long form a part of a model, whatever its own head word says.
_PART_NOUNS = frozenset({"unit", "units", "module", "modules", "layer", "layers", "block", "blocks", "network"})
#: Words that coin a name right before it: a paper names what it makes (a method), not a task it works on.
_COINED_BEFORE = re.compile(r"\b(?:called|named|dubbed|termed|coined)\s+(?:the\s+)?$", re.I)


def _coined(text: str, ls: int) -> bool:
    """Whether a word that coins a name (:data:`_COINED_BEFORE`) stands right before the long form at ``ls``."""
    return _COINED_BEFORE.search(text, max(0, ls - 24), ls) is not None


#: An indefinite phrase headed by a task or a setting noun, then a naming verb, right before a long form: "we study a
#: practical setting called X", "a new problem setup, namely X", "a new task termed X", "a new subtask under ABSA,
#: named X" (a subtask too, and the field it is one of after it; not "a pretext task, dubbed X":
#: a task made to train with, nor "a method for this task, called X": the preposition's object is no head; nor "cast
#: as an optimization problem, called X": a problem a paper recasts its task as is its means).
#: A data noun right before a long form, maybe with a naming verb or a quote between: the long form is that data
#: set's name in apposition ('a new database "Multi-Quux Parsing (MQP)"', "the benchmark called Quux Detection
#: (QD)"); not after "we"/"to" ("we benchmark ..."), nor with a preposition between ("a dataset for Quux Detection"),
#: nor across a line break (a title that ends in "Dataset" is no apposition to the abstract's first words).
_DATA_NOUN_BEFORE = re.compile(r"(?<!\bwe\s)(?<!\bto\s)\b(?:data ?set|database|benchmark|corpus) *[,:]? +"
                               r"(?:(?:named|called|dubbed|termed|coined) +(?:as +)?)?(?:the +)?[\"\u201c']?$", re.I)
_SETTING_NAMED = re.compile(
    r"(?<!\bas\s)\b(?:a|an)\s+(?:(?!pretext\b|auxiliary\b|proxy\b|surrogate\b|self-supervised\b|pre-?training\b|for\b|of\b|to\b|"
    r"with\b|on\b|in\b|by\b)[\w\-]+\s+){0,4}(?:(?:sub)?tasks?|(?:sub)?problems?|settings?|setups?|scenarios?)"
    r"(?:\s+(?:under|in|within|of)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}?)?\s*,?\s+"
    r"(?:called|named|dubbed|termed|coined|namely|referred\s+to\s+as)\s+(?:as\s+)?(?:the\s+)?[\"\u201c']?$", re.I)


#: A naming verb inside a long form: what comes before it describes, the name is what follows ("named" only
#: after a comma: "named entity recognition (NER)" is a name).
_NAMING_VERB = re.compile(r"(?:\b(?:called|dubbed|termed|coined|denoted)|,\s*named)\b[\s,]*", re.I)
#: Endings of adjectives ("Convolutional", "Adaptive", "pooled", "Angular"); a word of a head list that has one
#: ("retrieval", "metric") is a noun.
_ADJECTIVE_ENDS = ("al", "ive", "ous", "ic", "ar", "ed", "ful")
_NOUN_HEADS = frozenset(METHOD_HEADS | TASK_HEADS | METRIC_HEADS | DATASET_HEADS
                        | THING_NOUNS | NOT_ENTITY_HEADS | KIND_NOUNS)
#: Nouns after a describing long form's acronym that make the whole a technique or a part of one.
_PART_HEADS = frozenset((METHOD_HEADS | THING_NOUNS | KIND_NOUNS | _PART_NOUNS
                         | {"decomposition", "generator", "operation", "operator", "cell", "structure", "agent"})
                        - DATASET_HEADS - {"predictions", "theory", "theories", "field", "fields"})
#: Kinds of data after a describing long form's acronym: the whole is data, no entity.
_DATA_AFTER_MODIFIER = frozenset({"feature", "features", "representation", "representations", "descriptor",
                                  "descriptors", "data", "signal", "signals", "vector", "vectors", "map", "maps"})
#: Kinds of raw data after any long form's acronym that has no head word of a type: the long form says what kind
#: of data it is ("High Contrast Range (HCR) images", "deep sonar (DS) recordings"), no technique.
_RAW_DATA_AFTER = frozenset({"data", "image", "images", "video", "videos", "caption", "captions", "signal", "signals",
                             "recording", "recordings"})


def _after_naming_verb(text: str, start: int, end: int, n_short: int) -> int:
    """Where a long form starts once a naming verb in it is passed ("a learning agent, called Reactor"), or -1
    when nothing that can spell an acronym of ``n_short`` characters follows it."""
    last = None
    for last in _NAMING_VERB.finditer(text, start, end):
        pass
    if last is None:
        return start
    return last.end() if end - last.end() > n_short else -1


#: A word joined to itself by "to" ("end-to-end", "peer-to-peer", "frame-to-frame"): a manner, not a thing; a
#: lexicon name of that shape ("Room-to-Room" of R2R) is kept by the caller.
_MANNER = re.compile(r"([a-z]+)[\s\-]to[\s\-]\1")


def _modifier_only(long_text: str) -> bool:
    """Whether a long form ends in an adjective ("Pose-driven Deep Convolutional", "spatially pooled"), so that
    it describes the noun after its acronym rather than naming a thing itself.

    >>> _modifier_only("Pose-driven Deep Convolutional"), _modifier_only("multi-level spatially pooled")
    (True, True)
    >>> _modifier_only("Batch Normalization"), _modifier_only("TV show Retrieval"), _modifier_only("Soft Actor-Critic")
    (False, False, True)
    """
    last = re.split(r"[\s\-+]", long_text.lower())[-1]
    if "/" in long_text or last in _NOUN_HEADS or (last.endswith("ed") and last in ED_OK):
        return False
    return len(last) > 3 and last.endswith(_ADJECTIVE_ENDS)


def _defined_candidate(ctx: DocContext, lex: Candidate | None, long_text: str, etype: T,
                       spans: tuple[int, int, int, int]) -> Candidate:
    """The candidate of a defined long form (``spans``: the long form's and the short form's), its acronym noted in
    ``ctx.acronyms``; or the acronym's own, noted nowhere, where the long form is cut inside the noun phrase
    (:func:`_cut_before_noun`: "Quokka GPU-Aware (QGA) glyph search" names no "Quokka GPU-Aware")."""
    ls, le, ss, se = spans
    if not lex and ls < ss and _cut_before_noun(ctx, long_text, ss, se):
        return Candidate(ss, se, etype, candidates.PRI_ACRONYM_LONG, "acronym")
    ctx.acronyms[ctx.text[ss:se]] = (ls, le)
    return Candidate(ls, le, etype, candidates.PRI_ACRONYM_LONG, "acronym", lex.canonical if lex else None)


def _describing_long_form(long_text: str) -> bool:
    """Whether a long form ends on a word that describes the noun after its acronym: an adjective's ending
    (:func:`_modifier_only`), a compound adjective or a participle
    (:func:`~kg.extract.cut_long_forms.describing_end`: "Quokka Anchor-Free (QAF) module", "Semi-supervised").

    >>> _describing_long_form("Quokka Anchor-Free"), _describing_long_form("Quokka Pooling")
    (True, False)
    """
    return _modifier_only(long_text) or describing_end(long_text)


def _runs_on(long_text: str, short: str) -> bool:
    """Whether a long form's name may run on to the part noun after its acronym ("Quokka Anchor-Free (QAF) module"):
    it ends on a describing word (:func:`_describing_long_form`), and a compound adjective's or a participle's
    acronym is letters and hyphens only, a name the bracket can be read out of ("(S+U)", "(AC/DC)" stay acronyms).

    >>> _runs_on("Quokka Adaptive", "QA"), _runs_on("Quokka Adaptive", "S+U"), _runs_on("Quokka Anchor-Free", "AC/DC")
    (True, False, False)
    >>> _runs_on("quokka stochastic stratified", "QS 2")
    True
    """
    if _modifier_only(long_text):
        return _plain_acronym(short.replace(" ", ""))  # "(GS 2)", a subscript a space set off, is still plain
    return describing_end(long_text) and _plain_acronym(short)


def _cut_before_noun(ctx: DocContext, long_text: str, ss: int, se: int) -> bool:
    """Whether a long form written before its acronym ends on a describing word (:func:`_describing_long_form`) and
    the noun phrase goes on after the acronym's bracket ("Quokka GPU-Aware (QGA) glyph search": a noun or a modifier,
    a technique's head among them: :func:`~kg.extract.cut_long_forms.noun_phrase_goes_on`): the long form is cut
    inside the phrase and names nothing by itself. Not an acronym that is a compound adjective itself
    ("quokka-based (Q-based) glyphs"), nor one of other signs (:func:`_plain_acronym`).

    >>> from kg.extract.doc_context import DocContext
    >>> t = "a Quokka GPU-Aware (QGA) glyph search. The Quokka Pooling (QP) glyph. Quokka Progressive (QPr) is new."
    >>> ctx = DocContext(t)
    >>> [_cut_before_noun(ctx, lf, t.index(s), t.index(s) + len(s)) for lf, s in (("Quokka GPU-Aware", "QGA"),
    ...  ("Quokka Pooling", "QP"), ("Quokka Progressive", "QPr"))]
    [True, False, False]
    """
    short = ctx.text[ss:se]
    return _describing_long_form(long_text) and _plain_acronym(short) \
        and noun_phrase_goes_on(ctx.text, short, se, ctx.tables.verb_words)


def _plain_acronym(short: str) -> bool:
    """Whether an acronym is letters, digits and hyphens only: "(S+U)" and "(AC/DC)" keep their long forms, the
    text's later uses of them read only as refs of one ("AC" and "DC" alone are no names)."""
    return short.replace("-", "").isalnum()


#: The last word of a long form that is only an adjective: an adjective's ending ("mechanical", "Self-Adaptive"),
#: a hyphen compound ending in "-ent" / "-ant" ("time-invariant"; alone such a word is often a noun: "agent",
#: "gradient", a misspelt "Decent") or a compound with a direction particle ("top-down", "bottom-up").
_ADJECTIVE_WORD = re.compile(r"(?:[a-z]+-)*[a-z]{2,}(?:ive|al|ic|ous|able|ible|ful)|(?:[a-z]+-)+[a-z]{2,}(?:ent|ant)"
                             r"|[a-z]+-(?:" + "|".join(DIRECTIONS) + ")")
#: The noun an acronym of an adjective describes: a lower-case word right after the short form.
_NOUN_AFTER = re.compile(r"\s*\)?\s+([a-z][a-z\-]+)\b")


def adjective_only(word: str) -> bool:
    """Whether a (lower-case) last word of a name is only an adjective (:data:`_ADJECTIVE_WORD`), no head noun.

    >>> adjective_only("contrastive"), adjective_only("time-invariant"), adjective_only("retrieval")
    (True, True, False)
    """
    return word not in _NOUN_HEADS and bool(_ADJECTIVE_WORD.fullmatch(word))


def _describes_nouns(ctx: DocContext, long_text: str, short: str) -> bool:
    """Whether a long form is only an adjective ("quantum mechanical (QM)", "linear time-invariant (LTI)") and
    its acronym is written only before a noun it describes ("QM molecular properties", "LTI memory
    component"): it names a property, no Method. An acronym that stands alone anywhere in the text ("SAC
    outperforms", "with SAC.") names a system, and stays.

    >>> from kg.extract.doc_context import DocContext
    >>> t = "a top-down (TD) saliency map. TD saliency helps."
    >>> _describes_nouns(DocContext(t), "top-down", "TD")
    True
    >>> t = "a Soft Actor-Critic (SAC) agent. SAC is good."
    >>> _describes_nouns(DocContext(t), "Soft Actor-Critic", "SAC")
    False
    """
    last = long_text.rsplit(None, 1)[-1].lower()
    if not adjective_only(last):
        return False
    text, verbs = ctx.text, ctx.tables.verb_words
    pos = _next_whole(text, short, 0)  # each use, in the title too ("STEP: ..."), the definition's among them
    while pos >= 0:
        m = _NOUN_AFTER.match(text, pos + len(short))
        word = m.group(1) if m else ""
        if not word or word in _NOT_A_NOUN or _verb_form(word, verbs):
            return False  # the acronym stands alone here: it names a thing
        pos = _next_whole(text, short, pos + len(short))
    return True


def _next_whole(text: str, short: str, pos: int) -> int:
    """Where ``short`` is next written as a whole word at or after ``pos``, else -1."""
    i = text.find(short, pos)
    while i >= 0 and ((i > 0 and text[i - 1].isalnum()) or text[i + len(short):i + len(short) + 1].isalnum()):
        i = text.find(short, i + 1)
    return i


#: A preposition a few words before a long form in its clause: the long form is what something is done over, to or
#: from ("reasons over large knowledge graphs (KGs)", "aligns to a knowledge graph (KG)"), not what is proposed.
_GOVERNED = re.compile(r"\b(?:over|to|from|in|into|on|onto|of|with|across|between|within|about|against)\s+"
                       r"(?:[\w\-]+\s+){0,3}$", re.I)


def _a_resource(ctx: DocContext, start: int, long_text: str) -> bool:
    """Whether a long form names a store of facts or a data structure (its last word is one of
    :data:`~kg.extract.words.RESOURCE_HEADS`: "knowledge graph (KG)") that the paper does not coin: outside its
    proposal windows, or governed by a preposition inside one ("we propose X, which aligns text to a knowledge
    graph (KG)"); "we propose an Actor Relation Graph (ARG)" coins a model's name.

    >>> from kg.extract.doc_context import DocContext
    >>> t = "Queries over a fact graph (FG). We propose a Glyph Relation Graph (GRG) that maps glyphs to a rune graph (RG)."
    >>> ctx = DocContext(t)
    >>> ctx.windows = [(t.index(" a Glyph"), len(t), 1)]
    >>> [_a_resource(ctx, t.index(w), w) for w in ("fact graph", "Glyph Relation Graph", "rune graph")]
    [True, False, True]
    """
    if long_text.rsplit(None, 1)[-1].lower() not in RESOURCE_HEADS:
        return False
    if not any(s <= start < e for s, e, _ in ctx.windows):
        return True
    return _GOVERNED.search(ctx.text, max(0, start - 40), start) is not None


def _says_data_kind(long_text: str, word: str) -> bool:
    """Whether a long form, by ``word`` (lower case) right after its acronym, says what kind of data that is: a
    describing long form before a kind of data or features ("multi-level spatially pooled (MLSP) features"), or one
    with no head word of a type before raw data ("High Contrast Range (HCR) images", "deep sonar (DS)
    recordings"); not a technique's name before it ("Sonar Denoising Network (SDN) images" is headed).

    >>> [_says_data_kind(t, w) for t, w in (("multi-level spatially pooled", "features"), ("High Contrast Range", "images"),
    ...  ("deep sonar", "recordings"), ("Sonar Denoising Network", "images"), ("Glyph Contrast Range", "features"))]
    [True, True, True, False, False]
    """
    if word in _RAW_DATA_AFTER and not _headed(long_text):
        return True
    return word in _DATA_AFTER_MODIFIER and _modifier_only(long_text)


#: A word of capitals in a long form ("EEG", "RNA-sequencing"): the letters of a kind of data it qualifies.
_CAPITALS_WORD = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*[A-Z][\w-]*")


def _data_kind_letters(ctx: DocContext, ls: int, le: int) -> list[str]:
    """The words of capitals inside a long form that says a kind of data (:func:`_says_data_kind`), unless the
    lexicon names them: "intracranial EEG (iEEG) data" is EEG data, so the paper's bare "EEG" is that data too.

    >>> ctx = DocContext("We read intracranial EEG (iEEG) data.")
    >>> _data_kind_letters(ctx, 8, 24)
    ['EEG']
    """
    return [w.group() for w in _CAPITALS_WORD.finditer(ctx.text, ls, le) if (w.start(), w.end()) not in ctx.lex_by_span]


def _word_after(text: str, ls: int, le: int, ss: int, se: int) -> tuple[re.Match | None, str]:
    """The word (lower case) after the bracket that closes an acronym's definition, and its match: after the acronym
    ("the Quux Parsing (QP) metric") or, where the acronym is written first, after its long form ("the QP (Quux
    Parsing) metric"; there it types the long form only: the name runs on to no head after the bracket), or with no
    bracket, the word right after the long form ("QSD, a Quokka Shelf Detection dataset").

    >>> t = "the Quux Parsing (QP) metric; the QP (Quux Parsing) score"
    >>> _word_after(t, 4, 16, 18, 20)[1], _word_after(t, 38, 50, 34, 36)[1]
    ('metric', 'score')
    """
    if ss < ls and "(" not in text[se:ls]:  # no bracket: "AVOD, an Aggregate ... network", the word right after
        head = _WORD_RIGHT_AFTER.match(text, le)
    else:
        head = _HEAD_AFTER_ACRONYM.match(text, le if ss < ls else se)
    return head, head.group(1).lower() if head else ""


def _names_a_part(word: str) -> bool:
    """Whether ``word`` (lower case), right after an acronym, is a noun a technique is named by: "model",
    "layer", "loss", "decomposition" (or its plural)."""
    return word in _PART_HEADS or (word.endswith("s") and word[:-1] in _PART_HEADS)


def _method_tail(lex_by_span: dict, start: int, end: int) -> bool:
    """Whether the longest lexicon match that ends a long form (and starts inside it) is a Method: the long
    form is a variant of that method ("Probabilistic [linear discriminant analysis]"), whatever its head word
    ("analysis", "estimation") says."""
    tail = min(((s, c) for (s, e), c in lex_by_span.items() if e == end and start < s < end), default=None,
               key=lambda sc: sc[0])
    return tail is not None and tail[1].type is T.METHOD


def _definitions(text: str) -> list[tuple[int, int, int, int]]:
    """The acronym definitions of ``text`` as (long start, long end, short start, short end): "Long Form (LF)",
    "LF (short for Long Form)" and "Long Form or LF" (:mod:`kg.extract.abbreviations`), "Long Form method called LF",
    "Long Form, i.e., LF", "Long Form: LF" and "LF: Long Form" (:mod:`kg.extract.named_acronyms`)."""
    found = abbreviations.find_abbreviations(text) + abbreviations.find_short_first(text) \
        + abbreviations.find_or_named(text)
    shorts = {(ss, se) for _, _, ss, se in found}
    for d in find_named_after(text) + find_colon_first(text):
        if (d[2], d[3]) not in shorts:
            shorts.add((d[2], d[3]))
            found.append(d)
    return found


def from_acronyms(ctx: DocContext) -> list[Candidate]:
    """A candidate for each acronym definition's long form (:func:`_definitions`); notes the acronyms (short form
    -> long form span) in ``ctx.acronyms`` and the short forms that name none of our types ("MRI", "GPUs") in
    ``ctx.not_names``."""
    text, lex_by_span, acronyms, not_names = ctx.text, ctx.lex_by_span, ctx.acronyms, ctx.not_names
    cands: list[Candidate] = []
    for ls, le, ss, se in _definitions(text):
        ls = _after_naming_verb(text, ls, le, se - ss)
        if ls < 0:
            continue  # "an efficient network, called (ESNet)": the acronym is the name itself
        long_text = text[ls:le]
        if ordinary_words.generic_name(long_text):
            not_names.update((text[ss:se], text[ss:se] + "s"))  # "neural networks (NNs)": a bare "NNs" is as generic
            continue
        if ordinary_words.generic(long_text):
            continue  # "state-of-the-art (SOTA)"
        if _VENUE.match(long_text):
            not_names.add(text[ss:se])  # "Workshop on Autonomous Driving (WAD)"
            continue
        head, word = _word_after(text, ls, le, ss, se)
        no_entity = _names_no_entity(long_text, word)
        if no_entity:
            not_names.update((text[ss:se], text[ss:se] + "s"))  # "magnetic resonance imaging (MRI)", "two MRIs"
        if (no_entity and word not in TASK_HEADS) or (ss < ls and word in TASK_HEADS):
            continue  # ("BEV detection" is a task; "HOI (Human-Object Interaction) detection": a task's object)
        if word in TASK_HEADS:
            # "Click-through rate (CTR) prediction": the task is the long form, the acronym and the head
            cands.append(Candidate(ls, head.end(), T.TASK, candidates.PRI_ACRONYM_LONG, "acronym"))
            acronyms[f"{text[ss:se]} {head.group(1)}"] = (ls, head.end())
            if _object_of_task(ctx, ls, le, ss, se):
                not_names.update((text[ss:se], text[ss:se] + "s"))  # "HOI" alone: the interactions, no name
            continue
        lex = lex_by_span.get((ls, le))
        if _MANNER.fullmatch(long_text.lower()) and not lex and not lex_by_span.get((ss, se)):
            not_names.add(text[ss:se])  # "end-to-end (E2E) speech recognition": how a thing runs, no name
            continue
        if not lex and head and ls < ss and _runs_on(long_text, text[ss:se]) and _names_a_part(word):
            # "Pose-driven Deep Convolutional (PDC) model": the name runs on to the noun the long form describes
            short = text[ss:se]
            cands.append(Candidate(ls, head.end(), T.METHOD, candidates.PRI_ACRONYM_LONG, "acronym"))
            acronyms[short] = acronyms[f"{short} {head.group(1)}"] = (ls, head.end())
            continue
        if not lex and head and _says_data_kind(long_text, word):
            not_names.add(text[ss:se])  # "multi-level spatially pooled (MLSP) features": a kind of data, no name
            not_names.update(_data_kind_letters(ctx, ls, le))
            continue
        if not lex and _a_resource(ctx, ls, long_text):
            not_names.update((text[ss:se], text[ss:se] + "s"))  # "queries over a knowledge graph (KG)", "two KGs"
            continue
        if not lex and _describes_nouns(ctx, long_text, text[ss:se]):
            not_names.add(text[ss:se])  # "quantum mechanical (QM) molecular properties": a property, no name
            continue
        etype = _long_form_type(ctx, lex, long_text, word, (ls, le, ss, se))
        if etype is None:
            continue
        cands.append(_defined_candidate(ctx, lex, long_text, etype, (ls, le, ss, se)))
    _add_singulars(not_names)
    return cands


#: Two-word heads of long forms that name a device or a ward ("Graphics Processing Units (GPUs)", "an inertial
#: measurement unit (IMU)", "the intensive care unit (ICU)"), where "unit" alone is as often a part of a network
#: ("gated recurrent unit (GRU)").
_DEVICE_COMPOUNDS = tuple(f"{w} unit{s}" for w in ("processing", "measurement", "care") for s in ("", "s"))


def _names_no_entity(long_text: str, word: str) -> bool:
    """Whether a long form names none of our types: its head word is one of
    :data:`~kg.extract.words.NOT_ENTITY_HEADS` ("magnetic resonance imaging", "density functional theory", "wearable
    sensor"), it ends in a device's two-word head (:data:`_DEVICE_COMPOUNDS`), or ``word``, the word right after its
    acronym, names a device or a body of people ("the Quux Widget Research (QWR) Lab", "Time-of-Flight (ToF) cameras"); not
    a product's noun (:data:`~kg.extract.words.PRODUCT_HEADS`), which a field's name modifies as often ("a quux
    recognition (QR) toolkit": a toolkit for the task).

    >>> _names_no_entity("Glyph Sensing Theory", ""), _names_no_entity("Quux Measurement Unit", "")
    (True, True)
    >>> _names_no_entity("Quux Widget Research", "lab"), _names_no_entity("Gated Quux Unit", "layer")
    (True, False)
    >>> _names_no_entity("Quux Recognition", "toolkit"), _names_no_entity("Quux Graph Library", "")
    (False, True)
    """
    return (_last_part(long_text) in NOT_ENTITY_HEADS or long_text.lower().endswith(_DEVICE_COMPOUNDS)
            or (word in DEVICE_ORG_HEADS and word not in PRODUCT_HEADS))


def _add_singulars(not_names: set[str]) -> None:
    """The singular of each plural acronym that names none of our types names none either: a paper that
    writes "region meshes (RMs)" means the same by a bare "RM", not a lexicon's other "RM".

    >>> names = {"RMs", "GPUs", "MRI", "Ns"}; _add_singulars(names); sorted(names)
    ['GPU', 'GPUs', 'MRI', 'Ns', 'RM', 'RMs']
    """
    not_names.update([n[:-1] for n in not_names if len(n) > 2 and n[-1] == "s" and n[-2].isupper()])


def _long_form_type(ctx: DocContext, lex, long_text: str, word: str, spans: tuple[int, int, int, int]) -> T | None:
    """The type of a defined long form's candidate (``spans``: the long form's and the short form's), from the
    lexicon, the kind word after the acronym's bracket (or after the long form's, where the acronym comes first:
    :func:`_word_after`; or the one its long form stops before: "... aggregation approach
    (CompFeat)" is a Method, :func:`~kg.extract.abbreviations.kind_noun_left`; or the kind a statement right after the
    acronym names: "X (Y) refers to the task of ...", :func:`_stated_kind`) or the long form's head, corrected by
    the words around it; None (the short form noted in ``ctx.not_names``) when the long form names a property, no
    entity."""
    text, ls, le, ss, se = ctx.text, *spans
    # a naming verb before the definition coins the long form ("called TbQ (Tracking by Quokkas)"); so does a
    # proposal of an acronym written first (:func:`_proposed_first`)
    coined = _coined(text, min(ls, ss)) or (ss < ls and _proposed_first(ctx, ss))
    kind = _kind_after(long_text, word) or (T.METHOD if abbreviations.kind_noun_left(text, le, ss) else None) \
        or _stated_kind(text, min(ls, ss), max(le, se), long_text)
    etype = lex.type if lex else kind or head_phrases.type_of_long_form(long_text, ctx.tables.verb_words)
    if etype is T.TASK and not lex and _DEGREE_COMPOUND.fullmatch(long_text):
        ctx.not_names.add(text[ss:se])  # "high-resolution (HR) images": a property of the images, no task
        return None
    if etype is T.TASK and not lex and _method_tail(ctx.lex_by_span, ls, le):
        etype = T.METHOD  # "Probabilistic linear discriminant analysis (PLDA)": a variant of a lexicon method
    if etype is T.METRIC and not lex and word in _PART_NOUNS:
        etype = T.METHOD  # "a Position-Dependent Deep Metric (PDDM) unit": a part of a network, not a measure
    elif etype is T.METRIC and not lex and comparison_list(text, min(ls, ss)):
        etype = T.METHOD  # "similarity measures such as the Quux Cosine Measure (QCM)": what a method computes
    if etype is T.TASK and (not lex or lex.rule == "lexicon-gen") and not kind and long_text[:1].isupper() \
            and _DATA_NOUN_BEFORE.search(text, max(0, min(ls, ss) - 60), min(ls, ss)):
        # 'a new database "Multi-Quux Parsing (MQP)"' (or 'a corpus called MQP (Multi-Quux Parsing)'): the data set's
        # name, even where a generated entry names the task
        etype = T.DATASET
    if not lex and etype is not T.DATASET and _SETTING_NAMED.search(text, max(0, ls - 100), ls):
        etype = T.TASK  # "a practical setting called Glyph Domain Transfer (GDT)": the name of a problem setting
    elif etype is T.TASK and not lex and coined:
        etype = T.METHOD  # "a formulation called Weighted Rank Component Analysis (WRCA)": coined, proposed
    if etype is T.METHOD and not lex and not kind and not _headed(long_text):
        if _task_gerund(long_text) and not coined:
            return T.TASK  # "Recognizing Glyph Entailment (RGE)": doing a task, whatever else the letters name
        etype = _short_form_type(ctx, spans, word, etype)  # "the Room-to-Room (R2R) dataset"
        if etype is T.METHOD and not coined \
                and context.used_as_measure(text, min(ls, ss), long_text, text[ss:se], _proposed_here(ctx, ls)):
            etype = T.METRIC  # "as measured by the Quux Image Evaluator (QIE)", "an Optimal Quux Scale (OQS) of 0.75"
    return etype


#: A technique's noun right before an acronym: the acronym names that technique ("a joint training framework QuRE").
_TECHNIQUE_RIGHT_BEFORE = re.compile(r"\b(?:method|approach|framework|model|network|architecture|algorithm|technique)"
                                     r"\s+$", re.I)


def _proposed_first(ctx: DocContext, ss: int) -> bool:
    """Whether the acronym at ``ss``, written before its long form, is what the paper proposes: a proposal window opens
    on it ("We present QuTD (Quokka Tracking by Deblurring)") or a technique's noun stands right before it ("we propose
    a joint training framework QuRE (Quokka Relation Extraction)").

    >>> from kg.extract.doc_context import DocContext
    >>> t = "We build a framework QuRE (Quokka Relation Extraction). We tackle QRE (Quokka Relation Extraction)."
    >>> _proposed_first(DocContext(t), t.index("QuRE")), _proposed_first(DocContext(t), t.index("QRE"))
    (True, False)
    """
    return any(s <= ss < e and not ctx.text[s:ss].strip() for s, e, _ in ctx.windows) \
        or _TECHNIQUE_RIGHT_BEFORE.search(ctx.text, max(0, ss - 30), ss) is not None


def _kind_after(long_text: str, word: str) -> T | None:
    """The type the kind noun ``word`` right after a long form's acronym gives the long form: any singular one
    ("the Quux Parsing (QP) metric"), and a plural one when the long form is a name of its own, written with
    capitals on its first and last words and with no type head word ("the Quux Dialogue Turns (QDT) datasets");
    a common noun phrase or a task before a plural names the field the data is for ("glyph entailment (GE)
    datasets", "Quux Classification (QC) benchmarks").

    >>> [_kind_after(t, w) for t, w in (("quux parsing", "metric"), ("Quux Dialogue Turns", "datasets"))]
    [<EntityType.METRIC: 'Metric'>, <EntityType.DATASET: 'Dataset'>]
    >>> [_kind_after(t, w) for t, w in (("glyph entailment", "corpora"), ("Quux Classification", "benchmarks"))]
    [None, None]
    """
    kind = KIND_AFTER_ACRONYM.get(word)
    if kind is not None or word not in PLURAL_KIND_AFTER_ACRONYM:
        return kind
    words = long_text.split()
    if not (words[0][:1].isupper() and words[-1][:1].isupper()) or _headed(long_text):
        return None
    return PLURAL_KIND_AFTER_ACRONYM[word]


#: The kind nouns a statement about a long form may name ("X (Y) is a challenging task", "X (Y), a new benchmark"):
#: those a word right after an acronym types (:data:`~kg.extract.words.KIND_AFTER_ACRONYM`) and a task's.
_STATED_KINDS = {**KIND_AFTER_ACRONYM, "task": T.TASK, "problem": T.TASK}
#: After an acronym's bracket, a copula or a comma, then a noun phrase an article opens, up to its first kind noun
#: (:data:`_STATED_KINDS`) within six words; the noun ends the phrase: a stop, or a word that opens a clause or a
#: prepositional phrase follows ("a challenging task that ...", "the task of ..."), not a noun it modifies ("a metric
#: learning approach", "a problem-agnostic mechanism").
_STATEMENT = re.compile(
    r"\s*\)(?P<link>\s*,\s*|\s+(?:is|was|remains|has\s+been|refers\s+to|denotes)\s+)(?:a|an|the)\s+"
    r"(?P<words>(?:(?!(?:that|which|who|whose|where|for|of|to|with|on|in|by|from|and|or|as)\b)[\w\-'\u2019]+,?\s+){0,5}?)"
    r"(?P<kind>" + "|".join(_STATED_KINDS) + r")\b(?![\-'\u2019])"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:that|which|where|wherein|whereby|whose|of|for|in|on|with|to|and|or|due|at)\b)")
#: Text that ends a sentence before a long form: the long form opens the next one, as the subject of a copula.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _stated_kind(text: str, start: int, end: int, long_text: str) -> T | None:
    """The type a statement right after an acronym's definition gives its long form ``long_text`` (the definition runs
    from ``start`` to the bracket that closes at ``end``: after the acronym, "X (Y)", or after the long form, "Y
    (X)"): an apposition ("X (Y), the task of ...", "X (Y), a new glyph benchmark") or, where the long form opens
    its sentence, a copula ("X (Y) refers to the task of ...", "X (Y) is a standard measure of ..."), whose noun
    phrase ends on a kind noun with no technique word before it ("a technique for the counting problem" is a method).
    The text's word for the kind is stronger than the acronym rule's default, not than the long form's own technique
    word: a long form ending in one that names no process ("Glyph Pooling Network", not "... Regression") gets none
    (:func:`_thing_headed`; "We compare X Network (XN), the Foo dataset, and ...": a list, no statement).

    >>> t = "Glyph Tying (GT) is a long-standing problem in vision. We use Box Overlap (BO), the measure of ..."
    >>> _stated_kind(t, 0, t.index(")"), "Glyph Tying")
    <EntityType.TASK: 'Task'>
    >>> _stated_kind(t, t.index("Box"), t.index("), the"), "Box Overlap")
    <EntityType.METRIC: 'Metric'>
    >>> t = "We count via Glyph Tying (GT) is a problem. Box Overlap (BO) is a metric learning approach."
    >>> _stated_kind(t, t.index("Glyph"), t.index(") is"), "Glyph Tying")
    >>> _stated_kind(t, t.index("Box"), t.rindex(") is"), "Box Overlap")
    >>> t = "Glyph Pooling Network (GPN) is a hard problem."; _stated_kind(t, 0, t.index(")"), "Glyph Pooling Network")
    >>> t = "GT (Glyph Tying) is a long-standing problem."; _stated_kind(t, 0, t.index(")"), "Glyph Tying")
    <EntityType.TASK: 'Task'>
    """
    if _thing_headed(long_text):
        return None
    m = _STATEMENT.match(text, end)
    if m is None or any(w.strip(",").lower() in _METHOD_WORDS for w in m.group("words").split()):
        return None
    if "," not in m.group("link") and _SENTENCE_BEFORE.search(text, max(0, start - 4), start) is None:
        return None  # "Counting boxes via X (Y) is a problem": the subject is a longer phrase
    return _STATED_KINDS[m.group("kind").lower()]


def _thing_headed(long_text: str) -> bool:
    """Whether a long form ends in a technique's word that names a thing, no process a task may be named by
    (singular or plural: "Glyph Pooling Networks", "Focal Loss"; not "Ordinal Regression", "Metric Learning").

    >>> [_thing_headed(x) for x in ("Glyph Pooling Networks", "Ordinal Regression", "Metric Learning", "Shelf Tying")]
    [True, False, False, False]
    >>> _thing_headed("Glyph Focal Losses"), _thing_headed("Glyph Matching Strategies")
    (True, True)
    """
    word = _last_part(long_text) if long_text.strip() else ""
    from kg.link.normalize import singular  # noqa: PLC0415 (kg.link imports this module)
    word = word if word in _METHOD_WORDS else singular(word)
    return word in _METHOD_WORDS and word not in TASK_HEADS and not word.endswith(TASK_NOUN_ENDS)


def _object_of_task(ctx: DocContext, ls: int, le: int, ss: int, se: int) -> bool:
    """Whether a long form defined right before a task head ("human-object interaction (HOI) detection",
    "click-through rate (CTR) prediction") names the thing the task is about, so that its acronym alone names
    no entity: no lexicon entry for the long form or the short form says otherwise, its head word is no
    technique's or part's ("Graph Neural Network (GNN) inference" keeps GNN a method), and no naming verb
    coins it ("a technique named Sparse Glyph Matrix (SGM) estimation" is the paper's technique)."""
    if ctx.lex_by_span.get((ls, le)) or ctx.lex_by_span.get((ss, se)):
        return False
    if _coined(ctx.text, ls):
        return False
    return not _names_a_part(_last_part(ctx.text[ls:le]))


def _last_part(long_text: str) -> str:
    """The head word of a long form, lower case: its last word, or the last part of a hyphenated last word
    ("bird's-eye-view" is a view, "region-of-interest" a region of interest).

    >>> _last_part("bird's-eye-view"), _last_part("Soft Actor-Critic"), _last_part("range view")
    ('view', 'critic', 'view')
    """
    return long_text.rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower()


def _headed(long_text: str) -> bool:
    """Whether a long form ends in a type's head word ("... Network", "... Dataset", "... Classification")."""
    words = re.findall(r"[A-Za-z]+", long_text.lower())
    return bool(words) and (words[-1] in _NOUN_HEADS or words[-1].rstrip("s") in _NOUN_HEADS)


#: A technique word before a long form in its clause: the long form is that technique, whatever other thing its
#: acronym names in the lexicon ("we propose a novel method called Sequential-free Box Discretization (SBD)", "a
#: general loss function: Minimum Class Confusion (MCC)").
_TECHNIQUE_BEFORE = re.compile(r"\b(?:method|approach|technique|mechanism|scheme|strategy|framework|module|loss|"
                               r"regularization|regularizer|solver|algorithm|model|network|proposed)\b[^.;]*$", re.I)
_METHOD_WORDS = frozenset(METHOD_HEADS | {"scheme", "solver", "framework", "mechanism", "method", "approach",
                                          "strategy", "technique", "block", "unit", "layer", "function"})
#: The long form as the object the technique is run on ("the network's error on the Street Number Images (SNI)
#: set"), not the technique itself; "based on" / "built on" still name a part of the technique.
_RUN_ON = re.compile(r"(?<!based )(?<!built )\b(?:[Oo]n|[Aa]cross)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")


def _short_form_type(ctx: DocContext, spans: tuple[int, int, int, int], word: str, etype: T) -> T:
    """The lexicon's type of the short form when the long form has no head word to type it: "Room-to-Room
    (R2R)" is the dataset R2R, not a Method by default; not when a technique word stands before the long form
    in its clause or right after the acronym ("the Euler-Maruyama (EM) solver": EM is no metric there)."""
    ls, le, ss, se = spans
    short = ctx.lex_by_span.get((ss, se))
    if short is None or word in _METHOD_WORDS or _spelt_otherwise(short, ctx.text[ls:le], ctx.text[ss:se]):
        return etype
    if _TECHNIQUE_BEFORE.search(ctx.text, max(0, ls - 80), ls) and not _RUN_ON.search(ctx.text, max(0, ls - 40), ls):
        return etype
    if short.type is T.TASK and _agent_of_task(ctx.text[ls:ss], ctx.tables.verb_words):
        return etype  # "named entity recognizers (NER)", "Dialogue State Tracker (DST)": the tool, not the task
    return short.type


def _proposed_here(ctx: DocContext, ls: int) -> bool:
    """Whether the long form at ``ls`` is what the paper proposes: it lies in a proposal window, or a technique's
    noun stands before it (:data:`_TECHNIQUE_BEFORE`: "the smoothing technique Quux Keep Probability (QKP)")."""
    return any(s <= ls < e for s, e, _ in ctx.windows) or _TECHNIQUE_BEFORE.search(ctx.text, max(0, ls - 80), ls) \
        is not None


def _spelt_otherwise(short: Candidate, long_text: str, short_text: str) -> bool:
    """Whether the lexicon knows the letters of a short form (``short``: its lexicon candidate) by long forms that
    share no word with the paper's ("Dense Surface Contact (DSC)" is no "Dice similarity coefficient"; "Arcade
    Learning Element (ALE)" is a slip for the lexicon's "Arcade Learning Environment"): the letters name something
    else here, and the lexicon's type says nothing of it.

    >>> dice = Candidate(0, 3, T.METRIC, 60, "lexicon", "Dice")
    >>> _spelt_otherwise(dice, "Dense Surface Contact", "DSC"), _spelt_otherwise(dice, "dice similarity coef.", "DSC")
    (True, False)
    """
    known = spelt_long_forms(short.type, short.canonical or short_text, short_text)
    if not known:
        return False
    words = set(_LONG_WORD.findall(long_text.lower()))
    return not any(words.intersection(_LONG_WORD.findall(name.lower())) for name in known)


#: A word of three letters or more of a long form (no "of", "to").
_LONG_WORD = re.compile(r"[a-z]{3,}")


_LAST_WORD = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)*)\W*$")


def _agent_of_task(long_text: str, verb_words: frozenset[str]) -> bool:
    """Whether a long form ends in the noun of a tool that does something: a verb or a task head plus "-er" /
    "-or" ("recognizer" of recognize, "tracker" of tracking, "classifier" of classification, "segmenter"),
    not a word that merely ends so ("transfer", "answer", "filter").

    >>> [_agent_of_task(t, frozenset({"recognize"})) for t in ("speech recognizers", "State Tracker", "style transfer")]
    [True, True, False]
    """
    last = _LAST_WORD.search(long_text)
    word = last.group(1).lower().replace("-", "") if last else ""  # "rec-ognizers": a line-break hyphen
    word = word[:-1] if word.endswith(("ers", "ors")) else word
    if len(word) < 6 or not word.endswith(("er", "or")):
        return False
    stem = word[:-2]
    return stem + "e" in verb_words or stem in verb_words or _task_noun(stem)


def _task_noun(stem: str) -> bool:
    """Whether a verb's stem (lower case) and "-ing", "-ion", "-ation" or "-cation" is a task's head word
    ("detect" -> "detection", "classifi" -> "classification", "answer" -> "answering")."""
    return any(form in TASK_HEADS for form in (stem + "ing", stem + "ion", stem + "ation", stem + "cation"))


def _task_gerund(long_text: str) -> bool:
    """Whether a phrase of two words or more opens on the gerund of a task's verb: the verb's noun is a task
    head (:func:`_task_noun`; "Recognizing" of recognition, "Classifying" of classification), so the phrase names
    the doing of a task, no thing ("Recognizing Glyph Entailment"); not a gerund of a technique ("Learning",
    "Matching").

    >>> [_task_gerund(t) for t in ("Recognizing Glyph Entailment", "Classifying Quokka Calls", "Learning Glyph Codes")]
    [True, True, False]
    >>> _task_gerund("Detecting"), _task_gerund("Pooling Glyph Features")
    (False, False)
    """
    first, _, rest = long_text.partition(" ")
    word = first.lower()
    if not rest or len(word) < 6 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    # "classify" -> "classifi-cation", "recogniz" -> "recognit-ion"
    bent = stem[:-1] + "i" if stem.endswith("y") else stem[:-1] + "t" if stem.endswith("z") else stem
    return _task_noun(stem) or _task_noun(bent)


def from_dataset_context(ctx: DocContext) -> list[Candidate]:
    """"the X dataset": :func:`kg.extract.context.dataset_context`, but not a task's or a technique's datasets
    (:func:`_kind_of_data`)."""
    return [c for c in context.dataset_context(ctx.text, ctx.cues["DATA_NOUN"]) if not _kind_of_data(ctx, c)]


#: A plural data noun right after a name: "X datasets" are the datasets of X, one or many.
_PLURAL_DATA_AFTER = re.compile(r"\s+(?:datasets|benchmarks|corpora|data[\s\-]+sets)\b", re.I)


_EDITION_BEFORE = re.compile(r"[A-Za-z][^\s,;()]*\d[^\s,;()]*\s+$")


def _kind_of_data(ctx: DocContext, c: Candidate) -> bool:
    """Whether "X datasets" names a kind of data by a task or a technique: X ends in a lexicon Task or Method
    ("on ReID benchmarks", "eight English NER datasets", "VQA datasets") or in an acronym the paper defines by
    a long form that is no dataset ("few-shot segmentation (FSS) ... standard FSS datasets"), not one dataset.
    A dataset of the lexicon ("the KITTI datasets") stays."""
    text = ctx.text
    if not _PLURAL_DATA_AFTER.match(text, c.end) or any(ch.isdigit() for ch in text[c.start:c.end]) \
            or _EDITION_BEFORE.search(text, max(0, c.start - 24), c.start):
        return False  # an edition names its own data ("the CoNLL'03 NER benchmarks")
    last = text.rfind(" ", c.start, c.end) + 1 or c.start
    for span in ((c.start, c.end), (last, c.end)):
        lex = ctx.lex_by_span.get(span)
        if lex is not None:
            return lex.type in (T.TASK, T.METHOD)
    word = text[last:c.end]
    long_form = ctx.acronyms.get(word)
    if long_form is not None:
        return head_phrases.type_of_long_form(text[long_form[0]:long_form[1]], ctx.tables.verb_words) is not T.DATASET
    return any(key.startswith(word + " ") for key in ctx.acronyms)  # "data-to-text (D2T) generation"


def from_self_names(ctx: DocContext) -> list[Candidate]:
    """Names a paper gives itself: :func:`kg.extract.context.self_names`."""
    return context.self_names(ctx.text, ctx.title_end, ctx.windows)


def from_proposal_objects(ctx: DocContext) -> list[Candidate]:
    """What a paper says it introduces: :func:`kg.extract.context.proposal_objects`."""
    return context.proposal_objects(ctx.text, ctx.windows)


def from_task_context(ctx: DocContext) -> list[Candidate]:
    """Tasks named by position: :func:`kg.extract.context.task_context`."""
    return context.task_context(ctx.text, ctx.title_end, ctx.cues["TASK_NOUN"], ctx.tables.verb_words,
                                ctx.tables.task_modifiers, ctx.tables.method_openers, ctx.tables.task_tails)


def from_measured_metrics(ctx: DocContext) -> list[Candidate]:
    """Measures named by what is done to them: :func:`kg.extract.context.measured_metrics`."""
    return context.measured_metrics(ctx.text, ctx.cues["CHANGE"])


def from_role_metrics(ctx: DocContext) -> list[Candidate]:
    """Measures a comparison or evaluation names: :func:`kg.extract.metric_roles.role_metrics`."""
    return metric_roles.role_metrics(ctx.text, ctx.cues["MEASURE"])


def from_list_members(ctx: DocContext) -> list[Candidate]:
    """Members of a typed list: :func:`kg.extract.context.list_members`."""
    return context.list_members(ctx.text, ctx.cues["SUCH_AS"], ctx.sents, ctx.title_end)


#: The candidate sources, in the order their candidates are gathered (a later source may read what an earlier
#: one noted on the context: ``lex_by_span`` from :func:`from_lexicon`).
SOURCES: list[Source] = [
    from_lexicon,
    from_name_shapes,
    from_broken_words,
    from_glued_names,
    from_sized_names,
    from_head_phrases,
    from_acronyms,
    from_dataset_context,
    from_self_names,
    from_proposal_objects,
    from_task_context,
    from_measured_metrics,
    from_role_metrics,
    from_list_members,
]


def gather(ctx: DocContext, sources: list[Source] | None = None) -> list[Candidate]:
    """Every source's candidates, in the order of ``sources`` (default :data:`SOURCES`)."""
    cands: list[Candidate] = []
    for source in SOURCES if sources is None else sources:
        cands.extend(source(ctx))
    return cands
