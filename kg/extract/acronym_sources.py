"""The acronym source (:func:`from_acronyms`, one of :data:`kg.extract.sources.SOURCES`): a candidate for each acronym
definition's long form, typed by :mod:`kg.extract.long_form_types`; the short forms that name none of kg's types (a
generic name, a venue, a device, a manner, a property, a kind of data, a store of facts:
:mod:`kg.extract.describing_long_forms`) noted in ``ctx.not_names``, the acronyms in ``ctx.acronyms``.
"""
from __future__ import annotations

import re

from kg.extract import abbreviations, candidates, ordinary_words
from kg.extract.candidates import Candidate
from kg.extract.describing_long_forms import (a_resource, cut_before_noun, data_kind_letters, describes_nouns, runs_on,
                                              says_data_kind)
from kg.extract.doc_context import DocContext
from kg.extract.long_form_types import coined_at, long_form_type
from kg.extract.long_form_words import last_part, names_a_part
from kg.extract.named_acronyms import find_colon_first, find_named_after
from kg.extract.part_long_forms import process_before_part
from kg.extract.words import (DEVICE_ORG_HEADS, ED_OK, FIELD_WORDS, ING_OK, KIND_AFTER_ACRONYM, NOT_ENTITY_HEADS,
                              OBJECT_HEADS, PRODUCT_HEADS, TASK_HEADS)
from kg.vocab import EntityType as T


#: A long form that names a meeting or a publication ("Workshop on Autonomous Driving (WAD)"): no entity.
_VENUE = re.compile(r"(?:international\s+|annual\s+|joint\s+)*(?:workshop|conference|symposium|proceedings|journal|"
                    r"transactions)\b", re.I)
#: The word after an acronym's bracket, in lower case or Title Case ("Human-Object Interaction (HOI) Detection"
#: is a task), past a footnote mark in it ("(QS 1 ) dataset").
_HEAD_AFTER_ACRONYM = re.compile(r"(?:\s+1\s+|\s*)\)\s+([a-z]+|[A-Z][a-z]+)\b")
#: The word right after a long form its acronym comes before with no bracket ("AVOD, an Aggregate ... network").
_WORD_RIGHT_AFTER = re.compile(r"\s+([a-z]+|[A-Z][a-z]+)\b(?!-)")


#: A naming verb inside a long form: what comes before it describes, the name is what follows ("named" only
#: after a comma: "named entity recognition (NER)" is a name).
_NAMING_VERB = re.compile(r"(?:\b(?:called|dubbed|termed|coined|denoted)|,\s*named)\b[\s,]*", re.I)


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


def _defined_candidate(ctx: DocContext, lex: Candidate | None, long_text: str, etype: T,
                       spans: tuple[int, int, int, int], word: str = "") -> Candidate:
    """The candidate of a defined long form (``spans``: the long form's and the short form's), its acronym noted in
    ``ctx.acronyms``; or the acronym's own, noted nowhere, where the long form is cut inside the noun phrase
    (:func:`cut_before_noun`: "Quokka GPU-Aware (QGA) glyph search" names no "Quokka GPU-Aware"), or where the
    lexicon knows the acronym as the data set its long form's words (a lexicon Task) are not (:func:`_data_acronym`);
    an edition before a citation of its series ("QuokEval 2015 (QuokEval, 2016)") is the long form's, with no
    acronym noted."""
    ls, le, ss, se = spans
    if ls < ss and abbreviations.opens_long_form(ctx.text, (ls, le), ctx.text[ss:se]):
        return Candidate(ls, le, etype, candidates.PRI_ACRONYM_LONG, "acronym", lex.canonical if lex else None)
    if not lex and ls < ss and cut_before_noun(ctx, long_text, ss, se):
        return Candidate(ss, se, etype, candidates.PRI_ACRONYM_LONG, "acronym")
    if (short := _data_acronym(ctx, lex, etype, (ss, se), word)) is not None:
        return short._replace(priority=candidates.PRI_ACRONYM_LONG)
    ctx.acronyms[ctx.text[ss:se]] = (ls, le)
    return Candidate(ls, le, etype, candidates.PRI_ACRONYM_LONG, "acronym", lex.canonical if lex else None)


def _data_acronym(ctx: DocContext, lex: Candidate | None, etype: T, short_span: tuple[int, int],
                  word: str) -> Candidate | None:
    """The lexicon's candidate of a defined acronym when the lexicon knows its long form as another thing than the
    acronym, and the text types the definition as the acronym's (``etype``: 'a database "Quokka Parsing (QP)"'), or a
    data noun right after the bracket makes the acronym the lexicon's data set ("the Quokka Parsing (QP) dataset");
    the long form, the task's name, is no name of it."""
    short = ctx.lex_by_span.get(short_span)
    if lex is None or short is None or short.type is lex.type:
        return None
    if short.type is etype or (short.type is T.DATASET and KIND_AFTER_ACRONYM.get(word) is T.DATASET):
        return short
    return None


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


def _definitions(text: str) -> list[tuple[int, int, int, int]]:
    """The acronym definitions of ``text`` as (long start, long end, short start, short end): "Long Form (LF)",
    "LF (short for Long Form)" and "Long Form or LF" (:mod:`kg.extract.abbreviations`), "Long Form method called LF",
    "Long Form, i.e., LF", "Long Form: LF" and "LF: Long Form" (:mod:`kg.extract.named_acronyms`)."""
    found = abbreviations.find_abbreviations(text, cited=True) + abbreviations.find_short_first(text) \
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
        no_entity = names_no_entity(long_text, word) and not _technique_named(ctx, (ls, le, ss, se), long_text)
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
        if not lex and head and ls < ss and (runs_on(long_text, text[ss:se]) and names_a_part(word)
                                             or process_before_part(long_text, word)):
            # "Pose-driven Deep Convolutional (PDC) model": the name runs on to the noun the long form describes;
            # "location prediction (LP) network": the part that does the task
            short = text[ss:se]
            cands.append(Candidate(ls, head.end(), T.METHOD, candidates.PRI_ACRONYM_LONG, "acronym"))
            acronyms[short] = acronyms[f"{short} {head.group(1)}"] = (ls, head.end())
            continue
        if not lex and head and says_data_kind(long_text, word):
            not_names.add(text[ss:se])  # "multi-level spatially pooled (MLSP) features": a kind of data, no name
            not_names.update(data_kind_letters(ctx, ls, le))
            continue
        if not lex and a_resource(ctx, ls, long_text):
            not_names.update((text[ss:se], text[ss:se] + "s"))  # "queries over a knowledge graph (KG)", "two KGs"
            continue
        if not lex and describes_nouns(ctx, long_text, text[ss:se]):
            not_names.add(text[ss:se])  # "quantum mechanical (QM) molecular properties": a property, no name
            continue
        etype = long_form_type(ctx, lex, long_text, word, (ls, le, ss, se))
        if etype is None:
            continue
        cands.append(_defined_candidate(ctx, lex, long_text, etype, (ls, le, ss, se), word))
    _add_singulars(not_names)
    return cands


#: Two-word heads of long forms that name a device or a ward ("Graphics Processing Units (GPUs)", "an inertial
#: measurement unit (IMU)", "the intensive care unit (ICU)"), where "unit" alone is as often a part of a network
#: ("gated recurrent unit (GRU)").
_DEVICE_COMPOUNDS = tuple(f"{w} unit{s}" for w in ("processing", "measurement", "care") for s in ("", "s"))


#: Words of a technique's name ("gated", "learning", "neural"): a thing's head after one of them (:data:`OBJECT_HEADS`:
#: "gated recurrent cells", "Neural Style Converters") names a technique's part or the technique.
_TECHNIQUE_WORDS = frozenset(FIELD_WORDS | ED_OK | ING_OK)


def names_no_entity(long_text: str, word: str) -> bool:
    """Whether a long form names none of our types: its head word is one of
    :data:`~kg.extract.words.NOT_ENTITY_HEADS` ("magnetic resonance imaging", "density functional theory", "wearable
    sensor"), it ends in a device's two-word head (:data:`_DEVICE_COMPOUNDS`), or ``word``, the word right after its
    acronym, names a device or a body of people ("the Quux Widget Research (QWR) Lab", "Time-of-Flight (ToF) cameras"); not
    a product's noun (:data:`~kg.extract.words.PRODUCT_HEADS`), which a field's name modifies as often ("a quux
    recognition (QR) toolkit": a toolkit for the task).

    >>> names_no_entity("Glyph Sensing Theory", ""), names_no_entity("Quux Measurement Unit", "")
    (True, True)
    >>> names_no_entity("Quux Widget Research", "lab"), names_no_entity("Gated Quux Unit", "layer")
    (True, False)
    >>> names_no_entity("Quux Recognition", "toolkit"), names_no_entity("Quux Graph Library", "")
    (False, True)
    """
    head = last_part(long_text)
    if head in OBJECT_HEADS and any(w in _TECHNIQUE_WORDS for w in long_text.lower().split()):
        return False  # "gated recurrent cells (GRCs)", "Neural Style Converters": a technique, no thing
    return (head in NOT_ENTITY_HEADS or long_text.lower().endswith(_DEVICE_COMPOUNDS)
            or (word in DEVICE_ORG_HEADS and word not in PRODUCT_HEADS))


def word_after_definition(text: str, ls: int, le: int, ss: int, se: int) -> str:
    """The word (lower case) right after an acronym's definition (:func:`_word_after`): "cameras" of "Time-of-Flight
    (ToF) cameras"."""
    return _word_after(text, ls, le, ss, se)[1]


def _technique_named(ctx: DocContext, spans: tuple[int, int, int, int], long_text: str) -> bool:
    """Whether a long form whose head says no entity still names a technique: a curated lexicon Method or Dataset is
    the long form or its acronym ("Large Quokka and Vision Assistant (LQVA)" when the lexicon holds it), or a thing's
    head (:data:`~kg.extract.words.OBJECT_HEADS`) follows a lexicon Method ("long short-term memory cells (BLSTMs)"; a technique's words before them,
    :func:`names_no_entity`), not living cells ("white blood cells (WBCs)")."""
    ls, le, ss, se = spans
    if any((c := ctx.lex_by_span.get(span)) and c.rule == "lexicon" and c.type in (T.METHOD, T.DATASET)
           for span in ((ls, le), (ss, se))):
        return True
    return last_part(long_text) in OBJECT_HEADS and any(
        c.type is T.METHOD and ls <= s and e <= le for (s, e), c in ctx.lex_by_span.items())


def _add_singulars(not_names: set[str]) -> None:
    """The singular of each plural acronym that names none of our types names none either: a paper that
    writes "region meshes (RMs)" means the same by a bare "RM", not a lexicon's other "RM".

    >>> names = {"RMs", "GPUs", "MRI", "Ns"}; _add_singulars(names); sorted(names)
    ['GPU', 'GPUs', 'MRI', 'Ns', 'RM', 'RMs']
    """
    not_names.update([n[:-1] for n in not_names if len(n) > 2 and n[-1] == "s" and n[-2].isupper()])


def _object_of_task(ctx: DocContext, ls: int, le: int, ss: int, se: int) -> bool:
    """Whether a long form defined right before a task head ("human-object interaction (HOI) detection",
    "click-through rate (CTR) prediction") names the thing the task is about, so that its acronym alone names
    no entity: no lexicon entry for the long form or the short form says otherwise, its head word is no
    technique's or part's ("Graph Neural Network (GNN) inference" keeps GNN a method), and no naming verb
    coins it ("a technique named Sparse Glyph Matrix (SGM) estimation" is the paper's technique)."""
    if ctx.lex_by_span.get((ls, le)) or ctx.lex_by_span.get((ss, se)):
        return False
    if coined_at(ctx.text, ls):
        return False
    return not names_a_part(last_part(ctx.text[ls:le]))
