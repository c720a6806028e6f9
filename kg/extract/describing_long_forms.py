"""Long forms that describe rather than name: one that ends on a describing word and runs on to the part noun after
its acronym ("Pose-driven Deep Convolutional (PDC) model", :func:`runs_on`) or is cut inside a noun phrase
(:func:`cut_before_noun`), an adjective of a property ("quantum mechanical (QM) molecular properties"), a kind of data
("High Contrast Range (HCR) images") and a store of facts the paper does not coin ("a knowledge graph (KG)").
Asked by the acronym source, :func:`kg.extract.acronym_sources.from_acronyms`.
"""
from __future__ import annotations

import re

from kg.extract.context.areas import modal_word
from kg.extract.cut_long_forms import NOT_A_NOUN as _NOT_A_NOUN
from kg.extract.cut_long_forms import describing_end, noun_phrase_goes_on
from kg.extract.cut_long_forms import verb_with_ending as _verb_form
from kg.extract.doc_context import DocContext
from kg.extract.long_form_words import adjective_only, headed, modifier_only, plain_acronym
from kg.extract.words import KIND_HEADS, RESOURCE_HEADS


#: Kinds of data after a describing long form's acronym: the whole is data, no entity.
_DATA_AFTER_MODIFIER = frozenset({"feature", "features", "representation", "representations", "descriptor",
                                  "descriptors", "data", "signal", "signals", "vector", "vectors", "map", "maps"})
#: Kinds of raw data after any long form's acronym that has no head word of a type: the long form says what kind
#: of data it is ("High Contrast Range (HCR) images", "deep sonar (DS) recordings"), no technique.
_RAW_DATA_AFTER = frozenset({"data", "image", "images", "video", "videos", "caption", "captions", "signal", "signals",
                             "recording", "recordings"})


def _describing_long_form(long_text: str) -> bool:
    """Whether a long form ends on a word that describes the noun after its acronym: an adjective's ending
    (:func:`modifier_only`), a compound adjective or a participle
    (:func:`~kg.extract.cut_long_forms.describing_end`: "Quokka Anchor-Free (QAF) module", "Semi-supervised").

    >>> _describing_long_form("Quokka Anchor-Free"), _describing_long_form("Quokka Pooling")
    (True, False)
    """
    return modifier_only(long_text) or describing_end(long_text)


def runs_on(long_text: str, short: str) -> bool:
    """Whether a long form's name may run on to the part noun after its acronym ("Quokka Anchor-Free (QAF) module"):
    it ends on a describing word (:func:`_describing_long_form`), and a compound adjective's or a participle's
    acronym is letters and hyphens only, a name the bracket can be read out of ("(S+U)", "(AC/DC)" stay acronyms).

    >>> runs_on("Quokka Adaptive", "QA"), runs_on("Quokka Adaptive", "S+U"), runs_on("Quokka Anchor-Free", "AC/DC")
    (True, False, False)
    >>> runs_on("quokka stochastic stratified", "QS 2")
    True
    """
    if modifier_only(long_text):
        return plain_acronym(short.replace(" ", ""))  # "(GS 2)", a subscript a space set off, is still plain
    return describing_end(long_text) and plain_acronym(short)


def cut_before_noun(ctx: DocContext, long_text: str, ss: int, se: int) -> bool:
    """Whether a long form written before its acronym ends on a describing word (:func:`_describing_long_form`) and
    the noun phrase goes on after the acronym's bracket ("Quokka GPU-Aware (QGA) glyph search": a noun or a modifier,
    a technique's head among them: :func:`~kg.extract.cut_long_forms.noun_phrase_goes_on`): the long form is cut
    inside the phrase and names nothing by itself. Not an acronym that is a compound adjective itself
    ("quokka-based (Q-based) glyphs"), nor one of other signs (:func:`plain_acronym`).

    >>> from kg.extract.doc_context import DocContext
    >>> t = "a Quokka GPU-Aware (QGA) glyph search. The Quokka Pooling (QP) glyph. Quokka Progressive (QPr) is new."
    >>> ctx = DocContext(t)
    >>> [cut_before_noun(ctx, lf, t.index(s), t.index(s) + len(s)) for lf, s in (("Quokka GPU-Aware", "QGA"),
    ...  ("Quokka Pooling", "QP"), ("Quokka Progressive", "QPr"))]
    [True, False, False]
    """
    short = ctx.text[ss:se]
    return _describing_long_form(long_text) and plain_acronym(short) \
        and noun_phrase_goes_on(ctx.text, short, se, ctx.tables.verb_words)


#: The noun an acronym of an adjective describes: a lower-case word right after the short form.
_NOUN_AFTER = re.compile(r"\s*\)?\s+([a-z][a-z\-]+)\b")
#: The kinds of model a name of media names with them ("VL models", "AV Transformers": :func:`describes_nouns`).
_MODEL_NOUNS = frozenset(KIND_HEADS | {"transformer", "transformers"})
#: Any word right after an acronym (past the parenthesis that defines it), in any case: what media describe.
_ANY_WORD_AFTER = re.compile(r"\s*\)?\s+([A-Za-z][A-Za-z\-]+)\b")


def media_only(long_text: str) -> bool:
    """Whether a long form names only kinds of data, maybe joined by "and" (:func:`kg.extract.context.areas.modal_word`:
    "vision-language", "Vision-and-Language", "audio visual"): the media a model, a task or a feature works in.

    >>> media_only("vision language"), media_only("Vision-and-Language"), media_only("visual language model")
    (True, True, False)
    """
    words = [w for w in long_text.lower().split() if w not in ("and", "&")]
    return bool(words) and all(modal_word(w) for w in words)


def describes_nouns(ctx: DocContext, long_text: str, short: str) -> bool:
    """Whether a long form is only an adjective ("quantum mechanical (QM)", "linear time-invariant (LTI)"), or only
    kinds of data (:func:`media_only`: "vision-language (VL)"), and its acronym is written only before a noun it
    describes ("QM molecular properties", "LTI memory component", "VL tasks", "VL models"): it names a property or the
    media a thing works in, no Method. An acronym that stands alone anywhere in the text ("SAC outperforms", "with
    SAC.") names a system, and stays. Media are no subject of a verb: after theirs any word is a noun they describe,
    capitalised or in "-s" ("VL features", "VL Tasks"); but before a kind of model ("VL models", "VL Transformers") they
    name that kind of model, and stay.

    >>> from kg.extract.doc_context import DocContext
    >>> t = "a top-down (TD) saliency map. TD saliency helps."
    >>> describes_nouns(DocContext(t), "top-down", "TD")
    True
    >>> t = "a Soft Actor-Critic (SAC) agent. SAC is good."
    >>> describes_nouns(DocContext(t), "Soft Actor-Critic", "SAC")
    False
    """
    media = media_only(long_text)
    if not media and not adjective_only(long_text.rsplit(None, 1)[-1].lower()):
        return False
    text, verbs = ctx.text, ctx.tables.verb_words
    pos = _next_whole(text, short, 0)  # each use, in the title too ("STEP: ..."), the definition's among them
    while pos >= 0:
        m = (_ANY_WORD_AFTER if media else _NOUN_AFTER).match(text, pos + len(short))
        word = m.group(1) if m else ""
        if not word or word.lower() in _NOT_A_NOUN or (not media and _verb_form(word, verbs)):
            return False  # the acronym stands alone here: it names a thing
        if media and word.lower() in _MODEL_NOUNS:
            return False  # "VL models": the kind of model the media name, as the lexicon's "vision-language model"
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


def a_resource(ctx: DocContext, start: int, long_text: str) -> bool:
    """Whether a long form names a store of facts or a data structure (its last word is one of
    :data:`~kg.extract.words.RESOURCE_HEADS`: "knowledge graph (KG)") that the paper does not coin: outside its
    proposal windows, or governed by a preposition inside one ("we propose X, which aligns text to a knowledge
    graph (KG)"); "we propose an Actor Relation Graph (ARG)" coins a model's name.

    >>> from kg.extract.doc_context import DocContext
    >>> t = "Queries over a fact graph (FG). We propose a Glyph Relation Graph (GRG) that maps glyphs to a rune graph (RG)."
    >>> ctx = DocContext(t)
    >>> ctx.windows = [(t.index(" a Glyph"), len(t), 1)]
    >>> [a_resource(ctx, t.index(w), w) for w in ("fact graph", "Glyph Relation Graph", "rune graph")]
    [True, False, True]
    """
    if long_text.rsplit(None, 1)[-1].lower() not in RESOURCE_HEADS:
        return False
    if not any(s <= start < e for s, e, _ in ctx.windows):
        return True
    return _GOVERNED.search(ctx.text, max(0, start - 40), start) is not None


def says_data_kind(long_text: str, word: str) -> bool:
    """Whether a long form, by ``word`` (lower case) right after its acronym, says what kind of data that is: a
    describing long form before a kind of data or features ("multi-level spatially pooled (MLSP) features"), or one
    with no head word of a type before raw data ("High Contrast Range (HCR) images", "deep sonar (DS)
    recordings"); not a technique's name before it ("Sonar Denoising Network (SDN) images" is headed).

    >>> [says_data_kind(t, w) for t, w in (("multi-level spatially pooled", "features"), ("High Contrast Range", "images"),
    ...  ("deep sonar", "recordings"), ("Sonar Denoising Network", "images"), ("Glyph Contrast Range", "features"))]
    [True, True, True, False, False]
    """
    if word in _RAW_DATA_AFTER and not headed(long_text):
        return True
    return word in _DATA_AFTER_MODIFIER and modifier_only(long_text)


#: A word of capitals in a long form ("EEG", "RNA-sequencing"): the letters of a kind of data it qualifies.
_CAPITALS_WORD = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*[A-Z][\w-]*")


def data_kind_letters(ctx: DocContext, ls: int, le: int) -> list[str]:
    """The words of capitals inside a long form that says a kind of data (:func:`says_data_kind`), unless the
    lexicon names them: "intracranial EEG (iEEG) data" is EEG data, so the paper's bare "EEG" is that data too.

    >>> ctx = DocContext("We read intracranial EEG (iEEG) data.")
    >>> data_kind_letters(ctx, 8, 24)
    ['EEG']
    """
    return [w.group() for w in _CAPITALS_WORD.finditer(ctx.text, ls, le) if (w.start(), w.end()) not in ctx.lex_by_span]
