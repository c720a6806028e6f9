"""Task names that grow over words the rule that found them left out (the growing part of
:mod:`kg.extract.task_bounds`):

- a direction between two kinds of data takes the process noun after it ("text-to-video retrieval", not
  "text-to-video");
- a direction whose first half a PDF glued to its "to" ("textto-image generation") is read as the text writes it
  elsewhere ("text-to-image generation");
- a translation task takes its language pair ("English to German translation", not "German translation");
- a "<word>-level" prefix stays with its task ("graph-level property prediction");
- a lexicon task cut at a hyphen takes the word the hyphen joins to it ("head-pose estimation");
- a one-word lexicon task takes the modifier the text writes before it ("pose forecasting", not "forecasting");
- a lexicon task of two words or more takes the kind of data or space written before it ("video pose estimation",
  "3D pose retrieval", "multimodal trajectory prediction");
- a task cut short of the word before it takes it when the two are another Task name of the lexicon;
- a Task or Method cut inside a compound the corpus writes as a unit takes the compound's first word ("bounding
  box regression", not "box regression");
- a bare later member of a list shares the first member's modifier when the two are a lexicon Task name
  ("face recognition, clustering and verification": face clustering).

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import ADAPTS_TO, LANGUAGE, grown_rule
from kg.extract.candidates import Candidate
from kg.extract.head_phrases import verb_form
from kg.extract.name_bounds import BOUND_PREFIXES
from kg.extract.task_bounds import _WORD_BEFORE, MEANS_KEYS, SETTING_KEYS
from kg.extract.words import (DEFAULT_INPUTS, FUNCTION_WORDS, KIND_HEADS, LIST_NOUNS, METHOD_HEADS, MODAL_ADJECTIVES,
                              MODALITIES, TASK_GUESS_RULES, TASK_HEADS)
from kg.vocab import EntityType as T

#: A direction between two kinds of data and no process noun of its own ("text-to-video", "graph to sequence").
_DIRECTION = re.compile(r"[A-Za-z0-9]+[\s\-]to[\s\-][A-Za-z0-9]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w\-]*)")
#: "and" or "or", a second direction and the process noun the two share ("and video-to-text retrieval").
_AND_DIRECTION = re.compile(r"\s+(?:and|or)\s+[A-Za-z0-9]+[\s\-]to[\s\-][A-Za-z0-9]+\s+([A-Za-z][\w\-]*)")
#: A direction's first half joined by a hyphen right before a name ("video-to-" of "video-to-text retrieval").
_DIRECTION_BEFORE = re.compile(r"(?<![\w\-])[A-Za-z0-9]+-to-$")


def direction_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lexicon task named by a direction alone ("text-to-video" for text-to-video generation) names another
    task when a process noun other than the lexicon name's follows: "text-to-video retrieval" is that task, and the first half of
    "text-to-video and video-to-text retrieval" is retrieval too, no generation (it goes); a lexicon task after a
    direction's first half and a hyphen takes it ("video-to-text retrieval", not "text retrieval"). A lexicon
    name that is a direction alone ("text-to-SQL") stays whatever follows. What the
    text so names is a phrase rule's guess (rule ``head``) with no canonical name of its own.

    >>> t = "We test text-to-video alignment and text-to-video and video-to-text retrieval."
    >>> c = [Candidate(t.index("text-to-video"), t.index(" alignment"), T.TASK, 60, "lexicon", "text-to-video generation"),
    ...      Candidate(t.index("text-to-video and"), t.index(" and video"), T.TASK, 60, "lexicon", "text-to-video generation"),
    ...      Candidate(t.index("text retrieval"), len(t) - 1, T.TASK, 60, "lexicon")]
    >>> [t[x.start:x.end] for x in direction_tasks(t, c)]
    ['text-to-video alignment', 'video-to-text retrieval']
    """
    out = []
    spans = {(c.start, c.end) for c in cands if c.type is T.TASK}
    for c in cands:
        if c.type is not T.TASK or not c.rule.startswith("lexicon"):
            out.append(c)
            continue
        if not _DIRECTION.fullmatch(text, c.start, c.end):
            m = _DIRECTION_BEFORE.search(text, max(0, c.start - 30), c.start) if text[c.start - 1:c.start] == "-" else None
            out.append(c._replace(start=m.start(), rule="head", canonical=None) if m else c)
            continue
        own = (c.canonical or "").lower().rsplit(" ", 1)[-1]  # the process noun the lexicon's name has
        if own not in TASK_HEADS:  # the direction is the task's name ("text-to-SQL"): a noun after it adds nothing
            out.append(c)
            continue
        m = _NEXT_WORD.match(text, c.end)
        if m and m.group(1).lower() in TASK_HEADS and m.group(1).lower() != own:
            if (c.start, m.end(1)) not in spans:  # a longer lexicon name there ("text-to-image synthesis") stands
                c = c._replace(end=m.end(1), rule="head", canonical=None)  # "text-to-video retrieval"
        else:
            m = _AND_DIRECTION.match(text, c.end)
            if m and m.group(1).lower() in TASK_HEADS and m.group(1).lower() != own:
                continue  # "text-to-video and video-to-text retrieval": the first half of another task
        out.append(c)
    return out


#: A direction's first half a PDF's text glued to its "to" ("textto-" of "text-to-image generation"), at the start
#: of a name or right before it.
_GLUED_START = re.compile(r"([A-Za-z0-9]+)to-(?=[A-Za-z0-9])")
_GLUED_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z0-9]+)to-$")


def glued_directions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A task written after or with a direction whose first half lost its hyphen ("textto-image generation",
    "videoto-text translation") is the direction's task when the text writes that half with its hyphens
    elsewhere ("text-to-"): the task takes the glued half and its canonical name writes the hyphen back. A word
    that only ends in "to" ("Auto-ReID", "Photo-Sketch") is no glued half: the text writes no "Au-to-".

    >>> t = "Text-to-image generation is hard; textto-image generation and Auto-ReID are not."
    >>> c = [Candidate(t.index("image generation and"), t.index(" and"), T.TASK, 60, "lexicon", "image generation"),
    ...      Candidate(t.index("ReID"), len(t) - 9, T.TASK, 60, "lexicon")]
    >>> [(t[x.start:x.end], x.canonical) for x in glued_directions(t, c)]
    [('textto-image generation', 'text-to-image generation'), ('ReID', None)]
    """
    out = []
    for c in cands:
        m = None
        if c.type is T.TASK:
            m = _GLUED_START.match(text, c.start, c.end) or _GLUED_BEFORE.search(text, max(0, c.start - 30), c.start)
        if m and re.search(rf"(?<![\w\-]){re.escape(m.group(1))}-to-", text, re.I):
            start = min(m.start(), c.start)
            name = text[start:c.end]
            cut = len(m.group(1))
            c = c._replace(start=start, rule=grown_rule(c.rule), canonical=f"{name[:cut]}-{name[cut:]}")
        out.append(c)
    return out


#: A source language and what leads from it to the target a translation task opens on: "to", an arrow, or the
#: "?" a PDF's text makes of an arrow ("English to German", "English→French", "Chinese?English").
_SOURCE_BEFORE = re.compile(rf"(?<![\w\-])({LANGUAGE})(\s+to\s+|{ADAPTS_TO}|\s*\?\s*)$")
_LANGUAGE_START = re.compile(LANGUAGE + r"(?![\w\-])")
_TRANSLATION_END = ("translation", "translations")
#: Capitalised head nouns that end like a language ("Approach", "Search"): a title's "An Approach to French
#: Translation" names no language pair.
_NOT_LANGUAGE = frozenset(KIND_HEADS | METHOD_HEADS | TASK_HEADS)


def language_pair_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A translation task that opens on its target language takes the source written before it ("English to
    German translation", "English→French translation"): the target alone ("German translation") is another
    task, into German from anywhere. The "?" a PDF's text makes of an arrow joins the pair too, and the
    canonical name writes the arrow. A head noun that ends like a language ("An Approach to French
    Translation") is no source.

    >>> t = "on the English to German translation task and the Chinese?English translation one"
    >>> c = [Candidate(t.index("German tr"), t.index(" task"), T.TASK, 60, "head"),
    ...      Candidate(t.index("English tr"), len(t) - 4, T.TASK, 60, "head")]
    >>> [(t[x.start:x.end], x.canonical) for x in language_pair_tasks(t, c)]
    [('English to German translation', None), ('Chinese?English translation', 'Chinese→English translation')]
    """
    out = []
    for c in cands:
        m = None
        if c.type is T.TASK and text[c.start:c.end].lower().endswith(_TRANSLATION_END) \
                and _LANGUAGE_START.match(text, c.start):
            m = _SOURCE_BEFORE.search(text, max(0, c.start - 30), c.start)
        if m and m.group(1).lower() not in _NOT_LANGUAGE:
            glitch = "?" in m.group(2)  # "Chinese?English": the arrow as the PDF's text has it
            canonical = f"{m.group(1)}→{text[c.start:c.end]}" if glitch else None
            c = c._replace(start=m.start(), canonical=canonical, rule=grown_rule(c.rule))
        out.append(c)
    return out


#: A granularity the task works at right before it ("graph-level ", "document-level "); not a bound prefix's
#: grade ("high-level", "multi-level": :data:`BOUND_PREFIXES`).
_LEVEL_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z]+)-level\s+$")
#: A person whose skill a level names ("human-level", "expert-level", "radiologist-level"): how well, not at what grain.
_PERSON_LEVEL = re.compile(r"(?:human|superhuman|expert|[a-z]+(?:ist|ian))", re.I)
#: A task that opens on how it is supervised: a level before it grades the labels ("image-level weakly
#: supervised semantic segmentation" learns from image-level labels), not the grain of the task.
_REGIME_START = re.compile(r"(?:weakly|un|semi|self|fully)?[\s\-]?supervised\b|(?:few|zero|one|low)[\s\-]shot\b", re.I)


def level_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lexicon task takes the granularity written before it: "graph-level property prediction" and
    "document-level relation extraction" are tasks of their own, of which "property prediction" is a cut; a
    bound prefix's grade is no granularity ("high-level semantic segmentation"), nor is a person's skill
    ("expert-level"), nor a level before a task that opens on its supervision ("image-level weakly supervised
    segmentation": the labels' level). Run after :func:`kg.extract.context.merge_name_fragments`, so a longer Title Case name over
    both stays whole. What the text so names is a
    phrase rule's guess (rule ``head``) with no canonical name of its own.

    >>> t = "We study graph-level property prediction and high-level image retrieval."
    >>> c = [Candidate(t.index("property"), t.index(" and"), T.TASK, 60, "lexicon-gen", "Property Prediction"),
    ...      Candidate(t.index("image"), len(t) - 1, T.TASK, 60, "lexicon")]
    >>> [t[x.start:x.end] for x in level_tasks(t, c)]
    ['graph-level property prediction', 'image retrieval']
    """
    out = []
    for c in cands:
        m = _LEVEL_BEFORE.search(text, max(0, c.start - 30), c.start) \
            if c.type is T.TASK and c.rule.startswith("lexicon") and text[c.start - 1:c.start].isspace() else None
        if m and m.group(1).lower() not in BOUND_PREFIXES and not _PERSON_LEVEL.fullmatch(m.group(1)) \
                and not _REGIME_START.match(text, c.start):
            c = c._replace(start=m.start(1), rule="head", canonical=None)
        out.append(c)
    return out


#: The word right before a name, with the one before it when there is one on its line ("single image " of "single
#: image depth estimation"): a space's dimension ("3D", "2.5D") or a word of letters and hyphens.
_DATA_BEFORE = re.compile(r"(?:(?<![\w\-])([A-Za-z][\w\-]*) )?(?<![\w\-.])(\d(?:\.\d)?[Dd]|[A-Za-z][\w\-]*) $")
_DIMENSION = re.compile(r"\d(?:\.\d)?[Dd]")
#: Where a sentence starts before a word: the text's start or a full stop, colon or line break.
_SENTENCE_START = re.compile(r"(?:^|[.:!?\n]\s*)$")


def data_led_tasks(text: str, cands: list[Candidate], verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """A lexicon task of two words or more takes the word before it that says which kind of data or space it
    works on: a dimension ("3D pose retrieval", "6D pose tracking"), a modality noun ("video pose estimation",
    "audio event detection") or a modal adjective ("multimodal trajectory prediction", "cross-modal face
    recognition"), but not the input most tasks take by default (:data:`~kg.extract.words.DEFAULT_INPUTS`:
    "image semantic segmentation" is semantic segmentation). Such a word classifies the task (3D pose retrieval is another task than 2D's; video pose
    estimation is not image pose estimation) and, unlike a grade, takes no degree. A modality noun that is itself
    modified by a plain word before it ("satellite video", "patient speech", "street video") is that word's
    compound, not the task's modifier, and stays out; after a function word, a verb (of ``verbs``), an adverb, a
    hyphenated word or a participle ("improves video pose estimation", "unsupervised video anomaly detection")
    it opens the phrase. The word's case is the name's (a capital at a sentence's start aside), and a word
    written twice ("image image denoising") is no modifier. A word another candidate covers stays out (a lexicon
    name or an acronym's long form over it, "video object segmentation", is the longer name already); a phrase
    rule's task guess over the same words is the grown name and goes (the lexicon's reading of the words stands,
    its type too). A bare process noun ("3D tracking") is left as it is (:func:`kg.extract.task_bounds.bare_task_words`
    reads its modifiers). The name is no lexicon entry's any more (:func:`~kg.extract.boundaries.grown_rule`, no
    canonical).

    >>> t = "We study 3D pose retrieval, video action segmentation and satellite video change detection."
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 60, "lexicon-gen")
    >>> c = [at("pose retrieval"), at("action segmentation"), at("change detection")]
    >>> [t[x.start:x.end] for x in data_led_tasks(t, c)]
    ['3D pose retrieval', 'video action segmentation', 'change detection']
    """
    out, grown = [], set()
    for c in cands:
        m = _DATA_BEFORE.search(text, max(0, c.start - 60), c.start) \
            if c.type is T.TASK and c.rule.startswith("lexicon") and " " in text[c.start:c.end].strip() else None
        if m is not None and _names_data(text, m, text[c.start:c.end], verbs) \
                and not any(x.start < m.end(2) and m.start(2) < x.end and not _guess_over(x, c) for x in cands):
            c = c._replace(start=m.start(2), rule=grown_rule(c.rule), canonical=None)
            grown.add((c.start, c.end))
        out.append(c)
    return [c for c in out if not ((c.start, c.end) in grown and _guess_over(c, c))]


def _guess_over(x: Candidate, c: Candidate) -> bool:
    """Whether candidate ``x`` is a phrase rule's Task guess ending where ``c`` ends: the same task read by its
    head, which the grown name replaces (a lexicon name or a long form over the word is a name of its own)."""
    return x.type is T.TASK and x.rule in TASK_GUESS_RULES and x.end == c.end


def _names_data(text: str, m: re.Match, name: str, verbs: frozenset[str]) -> bool:
    """Whether the word ``m`` matched before ``name`` (:data:`_DATA_BEFORE`) is a kind of data or space the name's
    task works on, in the name's case, and no compound's second word (:func:`data_led_tasks`)."""
    word, before = m.group(2), m.group(1)
    if word.lower() == name.split()[0].lower():
        return False  # "image image denoising": a word written twice, no modifier
    if _DIMENSION.fullmatch(word):
        return True
    low = word.lower()
    if low not in MODALITIES and low not in MODAL_ADJECTIVES or low in DEFAULT_INPUTS:
        return False  # "image semantic segmentation" is semantic segmentation: images are most tasks' input
    if word[0].isupper() != name[0].isupper() \
            and not (word[0].isupper() and _SENTENCE_START.search(text, max(0, m.start(2) - 3), m.start(2))):
        return False  # "Image" before a lower-case name mid-sentence, "image" before a Title Case one
    if low in MODAL_ADJECTIVES or before is None:
        return True
    b = before.lower()
    # "satellite video", "patient speech": a compound of the modality, not the task's modifier
    return b in FUNCTION_WORDS or "-" in b or b.endswith(("ed", "ly")) or verb_form(b, verbs)


#: Lead words :func:`trim_tasks` and :func:`setting_led_tasks` take off a task: none grows one back.
_LEAD_NOT = MEANS_KEYS | SETTING_KEYS

#: A name's first word, hyphens inside ("re-identification" of "person re-identification").
_NAME_FIRST_WORD = re.compile(r"[A-Za-z][\w\-]*(?![\w\-])")

#: One word of three letters or more joined by a hyphen right before a name ("head-" of "head-pose estimation");
#: not a two-letter function word left of a cut direction ("to-" of "Graph-to-text generation").
_HYPHEN_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z]{3,})-$")
#: Words before a hyphen a task never takes (:func:`hyphen_lead_tasks`): bound prefixes, the means and setting words
#: other rules take off, and a task's list nouns ("two tasks-pedestrian detection").
_HYPHEN_LEAD_NOT = BOUND_PREFIXES | _LEAD_NOT | LIST_NOUNS[T.TASK]


def hyphen_lead_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lexicon task that starts right after a hyphen takes the word the hyphen joins to it: the two halves
    are one modifier, and the span cut at the hyphen names another, broader task ("head-pose estimation", not
    "pose estimation"; "spatio-temporal action detection", not "temporal action detection"). A bound prefix
    stays out ("single-image super-resolution": :data:`BOUND_PREFIXES`), as do the means and setting words
    other rules take off, a task noun before a dash ("two tasks-pedestrian detection"), a two-letter word
    ("to-text generation") and a word whose case is not the name's (a run-in head). What the text so names is a
    phrase rule's guess (rule ``head``).

    >>> t = "We study head-pose estimation and two tasks-image retrieval."
    >>> c = [Candidate(t.index("pose"), t.index(" and"), T.TASK, 60, "lexicon"),
    ...      Candidate(t.index("image"), len(t) - 1, T.TASK, 60, "lexicon")]
    >>> [t[x.start:x.end] for x in hyphen_lead_tasks(t, c)]
    ['head-pose estimation', 'image retrieval']
    """
    out = []
    for c in cands:
        m = _HYPHEN_BEFORE.search(text, max(0, c.start - 30), c.start) \
            if c.type is T.TASK and c.rule.startswith("lexicon") else None
        word = m.group(1) if m else ""
        if m and word.lower() not in _HYPHEN_LEAD_NOT \
                and word[0].isupper() == text[c.start].isupper() and (word.islower() or word.istitle()):
            c = c._replace(start=m.start(1), rule="head", canonical=None)
        out.append(c)
    return out


def _lexicon_task(name: str, cut: str) -> str | None:
    """The canonical name of the shipped lexicon's Task entry ``name`` is a name of, else None; None too when
    ``name``'s key is that of the ``cut`` it grows (the word before is one the key drops: "the", "our"), or the
    entry is the cut's own ("single-image super-resolution" is super-resolution: the word only describes it)."""
    from kg.link.normalize import compact_key  # noqa: PLC0415
    from kg.link.types import lexicon_types  # noqa: PLC0415

    types = lexicon_types()
    key, cut_key = compact_key(name), compact_key(cut)
    long = next((canon for t, canon in types.get(key, ()) if t is T.TASK), None) if key != cut_key else None
    if long is None or any(t is T.TASK and canon.lower() == long.lower() for t, canon in types.get(cut_key, ())):
        return None
    return long


def lexicon_lead_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A task cut short of the word written before it takes that word when the two together are a Task name
    of the lexicon ("natural language inference", not "language inference"). An acronym's long form keeps the
    span its letters spell ("image super-resolution (SR)": SR is "super-resolution"); a word a name of its own
    covers (a data set's name before its task: "the Quokka pose estimation benchmark") stays out, as do the means
    and setting words other rules take off (:data:`_LEAD_NOT`); a longer candidate over both (a phrase rule's
    guess) is no such name.

    >>> t = "We study natural language inference."
    >>> c = [Candidate(t.index("language"), len(t) - 1, T.TASK, 60, "head")]
    >>> [t[x.start:x.end] for x in lexicon_lead_tasks(t, c)]
    ['natural language inference']
    """
    covered = None
    out = []
    for c in cands:
        m = _WORD_BEFORE.search(text, max(0, c.start - 40), c.start) \
            if c.type is T.TASK and c.rule != "acronym" else None
        if m is not None and m.group(1).lower().replace("-", "") not in _LEAD_NOT \
                and (canon := _lexicon_task(text[m.start(1):c.end], text[c.start:c.end])) is not None:
            if covered is None:
                covered = [(x.start, x.end) for x in cands]
            if not any(a <= m.start(1) < b <= c.start for a, b in covered):
                c = c._replace(start=m.start(1), canonical=canon if c.canonical else None)
        out.append(c)
    return out


def compound_leads(text: str, cands: list[Candidate], compounds: frozenset[str]) -> list[Candidate]:
    """A Task or Method whose first word is the second of a compound the corpus writes as a unit (``compounds``:
    "bounding box", "point cloud", of ``compound_words.txt``, counted by ``scripts/build_compound_words.py``) takes
    the compound's first word when the text writes it right before ("bounding box regression", not "box
    regression"): a phrase rule stopped short of it (a word in -ing reads as a verb). Only the word the text
    writes grows the name; a word another candidate covers stays out, and an acronym's long form keeps the words
    its letters spell. The name is no lexicon entry's any more
    (:func:`~kg.extract.boundaries.grown_rule`, no canonical).

    >>> t = "We refine bounding box regression on point cloud detection."
    >>> c = [Candidate(t.index("box"), t.index(" on"), T.METHOD, 30, "head"),
    ...      Candidate(t.index("cloud"), len(t) - 1, T.TASK, 60, "lexicon-gen", "cloud detection")]
    >>> pairs = frozenset({"bounding box", "point cloud"})
    >>> [(t[x.start:x.end], x.rule, x.canonical) for x in compound_leads(t, c, pairs)]
    [('bounding box regression', 'head', None), ('point cloud detection', 'grown', None)]
    """
    if not compounds:
        return cands
    out = []
    for c in cands:
        # an acronym's long form keeps the span its letters spell ("box regression (BR)"), as in lexicon_lead_tasks
        grows = c.type in (T.TASK, T.METHOD) and c.rule != "acronym"
        m = _WORD_BEFORE.search(text, max(0, c.start - 40), c.start) if grows else None
        first = _NAME_FIRST_WORD.match(text, c.start, c.end) if m is not None else None
        if first is not None and f"{m.group(1)} {first.group()}".lower() in compounds \
                and not any(x.start <= m.start(1) < x.end for x in cands):
            c = c._replace(start=m.start(1), rule=grown_rule(c.rule), canonical=None)
        out.append(c)
    return out


#: A list's separator: a comma, "and", "or" or both.
_LIST_SEP = r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
#: Before a list member: the list's first member's last two words ("face recognition"), then one-word members, then a
#: separator ("face recognition, modeling and " before "verification").
_LIST_FIRST = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*) ([a-z]+)(?:" + _LIST_SEP + r"(?!(?:and|or)\b)[a-z]+)*"
                         + _LIST_SEP + "$")


def list_modifier_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A one-word task that is a later member of a list whose first member is a task of a modifier and a task
    head shares that modifier when the two make a Task name of the lexicon: "face recognition, clustering and
    verification" names face clustering and face verification (the bare words are families of tasks). The
    modifier is the first member's words before its head, else the nearest one; without such a lexicon name
    the word stays as written ("node classification and recommendation", "classification, detection and
    segmentation"). The span stays on the word; the name is the mention's own reading (canonical, rule no
    lexicon's, :func:`kg.extract.boundaries.grown_rule`).

    >>> t = "We study face recognition and verification."
    >>> c = [Candidate(9, 25, T.TASK, 60, "lexicon"), Candidate(30, 42, T.TASK, 55, "list")]
    >>> [(t[x.start:x.end], x.canonical) for x in list_modifier_tasks(t, c)]
    [('face recognition', None), ('verification', 'face verification')]
    """
    out = []
    for c in cands:
        word = text[c.start:c.end]
        m = _LIST_FIRST.search(text, max(0, c.start - 120), c.start) \
            if c.type is T.TASK and word.isalpha() and word.islower() else None
        first = next((d for d in cands if d.type is T.TASK and d.end == m.end(2) and d.start <= m.start(1)),
                     None) if m and m.group(2).lower() in TASK_HEADS else None
        name = _list_modified(text, word, first.start, m) if first is not None else None
        out.append(c._replace(canonical=name, rule=grown_rule(c.rule)) if name else c)
    return out


def _list_modified(text: str, word: str, start: int, m: re.Match) -> str | None:
    """The modifier of a list's first member (its words from ``start`` to its head, else the nearest one) and
    ``word``, when the two name a Task of the lexicon; else None."""
    for mods in dict.fromkeys((text[start:m.start(2)].strip(), m.group(1))):
        name = f"{mods} {word}"
        if _lexicon_task(name, word) is not None:
            return name
    return None
