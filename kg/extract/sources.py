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

from kg.extract import (bare_errors, candidates, context, glued_tails, head_phrases, lead_words, metric_roles,
                        prefixed_names, rules)
from kg.extract.acronym_sources import from_acronyms
from kg.extract.candidates import Candidate
from kg.extract.doc_context import DocContext
from kg.extract.long_form_words import adjective_only
from kg.vocab import EntityType as T

#: What other modules import from here: the sources and, for :mod:`kg.link.naming`, ``adjective_only`` (which lives in
#: :mod:`kg.extract.long_form_words`).
__all__ = ["SOURCES", "Source", "adjective_only", "gather"]

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
    return bare_errors.read_bare_errors(ctx.text, context.measured_metrics(ctx.text, ctx.cues["CHANGE"]))


def from_role_metrics(ctx: DocContext) -> list[Candidate]:
    """Measures a comparison or evaluation names: :func:`kg.extract.metric_roles.role_metrics`."""
    return bare_errors.read_bare_errors(ctx.text, metric_roles.role_metrics(ctx.text, ctx.cues["MEASURE"]))


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
    prefixed_names.prefixed_names,
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
