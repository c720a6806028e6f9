"""A Task phrase led by a data set's name: the name is the Dataset, the task is the rest.

A rule that reads a task off a phrase's head word or its Title Case takes the words before the head with it;
when the first of them are a Dataset name of the lexicon written as a name, the phrase says which data the
task is run on, not a task of its own ("Imagenet classification", "Pascal detection", "the Cityscapes
Instance Level Segmentation task"): the leading words are a Dataset mention and the Task is the rest, when the
rest names one (a lexicon Task name, or a phrase of two words or more: "Instance Level Segmentation"). A bare
process word left alone ("classification", "detection") names no task, as after a name the lexicon finds
("ImageNet classification" gives only the Dataset).

The leading words are written as a name when they are the lexicon's name as it writes it ("Cityscapes",
"PoseTrack"), or capitalised within a sentence before a lower-case rest ("Pascal detection" for PASCAL,
"Imagenet classification" for ImageNet). An ordinary word capitalised to open a sentence or in a Title Case
title is no such name ("Race recognition is ...", "Grasp Detection" beside the data set GraSP); a phrase
that is a Task name of the lexicon as a whole keeps its words ("UCCA Parsing"), and so does one
a data noun follows, the data set's whole name ("the In-Shop Clothes Retrieval dataset").

Called by :func:`kg.extract.selection.entity_hood`.
"""
from __future__ import annotations

import re

from kg.extract.candidates import PRI_LEXICON, Candidate
from kg.extract.lexicon_data import name_key
from kg.extract.words import TASK_GUESS_RULES
from kg.vocab import EntityType as T

_WORD = re.compile(r"[^\s()\[\],;]+")
#: A data noun right after the phrase: the whole phrase is the data set's name ("the In-Shop Clothes Retrieval
#: dataset"), which other rules type.
_DATA_NOUN_AFTER = re.compile(r"\s+(?:datasets?|benchmarks?|corpus|corpora)\b", re.I)
#: Right before a sentence's first word: the text's start, a full stop, a colon, a line break.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;]\s*|\n\s*)$")


def lexicon_task(name: str) -> bool:
    """Whether ``name`` is a name of a Task entry of the shipped lexicons."""
    from kg.link.normalize import compact_key  # noqa: PLC0415
    from kg.link.types import lexicon_types  # noqa: PLC0415

    return any(t is T.TASK for t, _ in lexicon_types().get(compact_key(name), ()))


def _written_as_name(text: str, start: int, cut: int, rest: int, canonical: str) -> bool:
    """Whether ``text[start:cut]``, a case variant of the Dataset name ``canonical``, is written as a name
    before the rest of its phrase (at ``rest``)."""
    written = text[start:cut]
    if written == canonical:
        return True
    return (written[:1].isupper() and text[rest:rest + 1].islower()
            and not _SENTENCE_OPENS.search(text, max(0, start - 3), start))


def _data_lead(text: str, c: Candidate, keys: dict) -> tuple[int, str] | None:
    """Where the Dataset name leading the Task candidate ``c`` ends, and its canonical name; the longest
    lead that leaves a word."""
    words = list(_WORD.finditer(text, c.start, c.end))
    for k in range(len(words) - 1, 0, -1):
        cut = words[k - 1].end()
        entry = keys.get(name_key(text[c.start:cut]))
        if entry is not None and entry[0] is T.DATASET \
                and _written_as_name(text, c.start, cut, words[k].start(), entry[1]):
            return cut, entry[1]
    return None


def dataset_led_tasks(text: str, cands: list[Candidate], keys: dict) -> list[Candidate]:
    """The Task candidates a rule guessed whose first words are a Dataset name written as a name (``keys``:
    the lexicon's Dataset names by :func:`~kg.extract.lexicon_data.name_key`, ``(type, canonical, curated)``)
    split into that Dataset and the rest (a Task when it names one, see the module's doc).

    >>> t = "Gains on Imagenet classification and the Quokka Pose Estimation task."
    >>> q = t.index("Quokka")
    >>> c = [Candidate(9, 32, T.TASK, 50, "head"), Candidate(q, q + 22, T.TASK, 55, "titlecase")]
    >>> keys = {"imagenet": (T.DATASET, "ImageNet", True), "quokka": (T.DATASET, "Quokka", True)}
    >>> [(x.type.value, t[x.start:x.end], x.canonical) for x in dataset_led_tasks(t, c, keys)]
    [('Dataset', 'Imagenet', 'ImageNet'), ('Dataset', 'Quokka', 'Quokka'), ('Task', 'Pose Estimation', None)]
    """
    if not keys:
        return cands
    out: list[Candidate] = []
    for c in cands:
        lead = _data_lead(text, c, keys) if c.type is T.TASK and c.rule in TASK_GUESS_RULES else None
        if lead is None or lexicon_task(text[c.start:c.end]) or _DATA_NOUN_AFTER.match(text, c.end):
            out.append(c)
            continue
        cut, canonical = lead
        _, _, curated = keys[name_key(text[c.start:cut])]
        if not any(x.type is T.DATASET and x.start == c.start and x.end == cut for x in cands):
            out.append(Candidate(c.start, cut, T.DATASET, PRI_LEXICON, "lexicon" if curated else "lexicon-gen",
                                 canonical))
        rest = _WORD.search(text, cut, c.end)
        named = rest is not None and text[rest.start():c.end]
        if named and (len(named.split()) >= 2 or lexicon_task(named)):  # a bare "classification" names no task
            out.append(Candidate(rest.start(), c.end, T.TASK, c.priority, c.rule))
    return out
