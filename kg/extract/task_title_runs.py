"""A lexicon task cut inside a longer task name a title writes in Title Case (issue 18: "Graph Question Answering"
of "... for Scene Graph Question Answering"): in such a title the task phrase after "for", "towards", a colon or
the title's start runs as one capitalised noun phrase up to the lexicon name's end, and the abstract writing the
whole phrase again says it is the task's name (:func:`title_run_tasks`).

A plain function over candidates, called by :func:`kg.extract.selection._task_spans` after the trims of a title's
task phrase (:func:`kg.extract.task_bounds.trim_tasks`, :func:`kg.extract.task_bounds.method_led_tasks`).
"""
from __future__ import annotations

import re

from kg.extract.boundaries import grown_rule
from kg.extract.candidates import Candidate
from kg.extract.task_bounds import approach_word, abstract_writes_without
from kg.extract.words import BAD_MODIFIERS, TASK_GUESS_RULES, TITLE_TASK_RULES
from kg.vocab import EntityType as T

#: Title Case words one space apart, hyphens inside ("Scene Graph ", "Zero-Shot Sketch-Based "): the run between a
#: title's task phrase and the lexicon task that ends it, or the words the trims took off before the phrase.
_CAPITAL_RUN = re.compile(r"(?:[A-Z0-9][\w\-]* )+")
#: What opens a title's task phrase: "for", "towards", a colon, or the title's start (group ``start``; tried last, so
#: a title opening with "Towards" opens there), then a run of capitalised words (group ``taken``, those the trims
#: took off) up to the phrase.
_PHRASE_OPEN = re.compile(r"(?:(?<![\w\-])(?:[Ff]or|[Tt]owards?) |: |(?P<start>^))(?P<taken>(?:[A-Z0-9][\w\-]* )*)$")


def title_run_tasks(text: str, cands: list[Candidate], title_end: int) -> list[Candidate]:
    """A lexicon task that ends a title's task phrase (a title rule's guess, :data:`~kg.extract.words.TITLE_TASK_RULES`,
    after "for", "towards", a colon or at the title's start, once the trims took its means, grades and method words
    off) takes the phrase's words before it when all of them are written with a capital and the abstract writes
    the whole phrase too: "GraphVQA: ... for Scene Graph Question Answering" names scene graph question answering,
    not the lexicon's "Graph Question Answering". A word in lower case ends the run, as does a word that says how
    the task is done (:data:`~kg.extract.words.BAD_MODIFIERS`, :func:`~kg.extract.task_bounds.approach_word`:
    "High", "Joint", "Proxy-based"); a title set in capitals says nothing by its case; a name of another kind over
    a word of the run ("for COCO Object Detection") or a lexicon name of the whole span keeps the words apart.
    The grown name is no lexicon entry's (:func:`~kg.extract.boundaries.grown_rule`, no canonical); the guess over
    the same words goes.

    >>> t = "QuokkaNet: Graph Networks for Scene Graph Question Answering\\n\\nWe do scene graph question answering."
    >>> at = lambda w, rule: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 60, rule)
    >>> c = [at("Graph Question Answering", "lexicon-gen"), at("Scene Graph Question Answering", "title-task")]
    >>> [(t[x.start:x.end], x.rule) for x in title_run_tasks(t, c, t.index("\\n"))]
    [('Scene Graph Question Answering', 'grown')]
    """
    if title_end <= 0 or not any(ch.islower() for ch in text[:title_end]):
        return cands
    guesses = [g for g in cands if g.type is T.TASK and g.rule in TITLE_TASK_RULES and g.end <= title_end]
    out, grown = [], set()
    for c in cands:
        if c.type is T.TASK and c.rule.startswith("lexicon") and c.end <= title_end and text[c.start].isupper():
            g = next((g for g in guesses
                      if g.end == c.end and g.start < c.start and _runs_into(text, g, c, title_end)), None)
            if g is not None and not _run_named(cands, c, g.start):
                if (g.start, c.end) in grown:
                    continue  # "Question Answering" inside "Graph Question Answering": grown the same already
                c = c._replace(start=g.start, rule=grown_rule(c.rule), canonical=None)
                grown.add((c.start, c.end))
        out.append(c)
    return [c for c in out if not ((c.start, c.end) in grown and c.rule in TASK_GUESS_RULES)]


def _runs_into(text: str, g: Candidate, c: Candidate, title_end: int) -> bool:
    """Whether title guess ``g`` is a task phrase (:data:`_PHRASE_OPEN` before it) whose words before lexicon task
    ``c`` are a capitalised run of no word of means or grade, and the abstract writes the phrase, not right
    after a word the trims took off before it (:func:`~kg.extract.task_bounds.abstract_writes_without`: "Single Shot
    Instance Segmentation" attests no "Shot Instance Segmentation"). A title that is the phrase alone is the
    name of the paper's system more often than its task ("Synchronous Bidirectional Neural Machine Translation").

    >>> t = "Seamless Scene Segmentation\\n\\nWe do seamless scene segmentation."
    >>> lex, guess = Candidate(9, 27, T.TASK, 60, "lexicon-gen"), Candidate(0, 27, T.TASK, 60, "title-task")
    >>> _runs_into(t, guess, lex, 27), _runs_into(t + " ", guess, lex, 27)
    (False, False)
    >>> t = "Seamless Scene Segmentation with Quokkas\\n\\nWe do seamless scene segmentation."
    >>> _runs_into(t, guess, lex, 40)
    True
    """
    run = text[g.start:c.start]
    opened = _PHRASE_OPEN.search(text, max(0, g.start - 80), g.start)
    if not _CAPITAL_RUN.fullmatch(run) or opened is None:
        return False
    if opened.group("start") is not None and not text[c.end:title_end].strip(" .*"):
        return False  # a title that is the phrase alone ("Seamless Scene Segmentation") names the paper's system
    if any(w.lower() in BAD_MODIFIERS or approach_word(w) for w in run.split()):
        return False
    taken = opened.group("taken").split()
    return abstract_writes_without(text, title_end, taken[-1].lower() if taken else "\0", text[g.start:c.end])


def _run_named(cands: list[Candidate], c: Candidate, start: int) -> bool:
    """Whether a name other than a Task ending with ``c`` covers a word of the run from ``start`` to ``c``'s start
    ("for COCO Object Detection": the data set's name is no word of the task), or a lexicon name of its own is the
    whole grown span already ("Unsupervised Object Detection" over "Object Detection")."""
    for x in cands:
        if x.type is T.TASK and x.end == c.end:
            if x.start == start and x.rule not in TASK_GUESS_RULES:
                return True
        elif x.start < c.start and start < x.end and not (x.type is T.TASK and x.rule in TASK_GUESS_RULES):
            return True
    return False
