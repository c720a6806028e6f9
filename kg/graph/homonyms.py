"""A short acronym typed Dataset by the corpus is not the data set in a paper that writes its letters as another thing.

Two to four capitals name many things: "AR" is a face database in one paper, augmented reality, average recall or
"autoregressive" in others; "E2E" an NLG benchmark and "end-to-end" models. The linker types a name once for the
corpus, so the papers whose mentions the extractor typed by their shape (a Method: a coined word by default) join
the Dataset other papers give evidence of. A paper that writes the letters where a data set does not stand names its
own sense of them (:func:`other_sense`): before a method's head word or a method's type word ("E2E models", "the AR
approach"), as the modifier of a noun that is no part of data ("AR glasses", "VR/AR applications", past a letters'
partner after a slash), or beside a metric across a slash ("average AP/AR"). Such a paper, every mention of the
name there so written and none typed Dataset by the extractor, is not linked to the Dataset node
(:func:`homonym_ids`); the node keeps the papers that use it as data ("on AR", "the AR database", "AR, FERET
datasets"). A mention before a data set's word or a part of one ("the AR database", "the EASY set", "AR images")
or a task word ("121 UCI tasks": a benchmark's tasks) is a use of the data set, and so is one a word of data follows
past one word ("the AR face images", "the MVS depth maps").
"""
from __future__ import annotations

import re
from typing import Mapping

from kg.extract.words import DATA_HEADS, OWN_HEADS
from kg.link.cues import data_after, text_cue_kind
from kg.link.modifiers import modifier_after
from kg.models import Entity, Linked, Mention
from kg.vocab import EntityType

_DATASET_ID = EntityType.DATASET.prefix + ":"
#: Most characters of a short acronym's name.
SHORT_LETTERS = 4
#: Another acronym joined to the letters by a slash ("AR/VR", "AP/AR").
_SLASH_AFTER = re.compile(r"/[A-Za-z0-9]+")
#: The lower-case word right after the letters (spaces between them).
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z\-]*)\b")
#: Words of data and of a data set's parts, which a data set's name comes before as well as its type words do ("the
#: EASY set").
_DATA_PARTS = DATA_HEADS | {"subset", "subsets", "test", "track", "tracks", "part", "parts", "portion", "portions",
                            "partition", "leaderboard", "version", "release"}


def short_letters(name: str) -> bool:
    """Whether a name is two to :data:`SHORT_LETTERS` capitals and digits, two capitals at least ("AR", "E2E",
    "SYSU"; not "COCOs", "ResNet", "KITTI").

    >>> [short_letters(n) for n in ("AR", "E2E", "SYSU", "R2R", "KITTI", "Cora", "A1", "AR-1")]
    [True, True, True, True, False, False, False, False]
    """
    return 2 <= len(name) <= SHORT_LETTERS and name.isalnum() and sum(c.isupper() for c in name) >= 2 \
        and not any(c.islower() for c in name)


def _metric_partner(m: Mention, text: str, mentions: tuple[Mention, ...]) -> bool:
    """Whether a Metric mention of the same field stands right before or after the mention across a slash ("AP/AR")."""
    return any(o.type is EntityType.METRIC and o.field == m.field
               and ((o.end == m.start - 1 and text[o.end:m.start] == "/")
                    or (o.start == m.end + 1 and text[m.end:o.start] == "/")) for o in mentions)


def other_sense(m: Mention, text: str, mentions: tuple[Mention, ...] = ()) -> bool:
    """Whether a mention's letters stand where no data set does in its field's ``text``: a type word of a method or
    a metric after them (:func:`~kg.link.cues.text_cue_kind`), a method's head word ("E2E approach"), a lower-case
    noun they modify that is no word of data nor a data set's part (:func:`~kg.link.modifiers.modifier_after`; past
    a partner after a slash: "AR/VR experiences"), or a Metric of ``mentions`` across a slash ("AP/AR").

    >>> t = "Unlike E2E models, the E2E approach helps AR/VR experiences and VR/AR glasses on the AR database."
    >>> [other_sense(Mention(EntityType.METHOD, w, t.index(w, i), t.index(w, i) + len(w)), t)
    ...  for w, i in (("E2E", 0), ("E2E", 20), ("AR", 0), ("AR", 60), ("AR", 80))]
    [True, True, True, True, False]
    >>> t = "We report 71.3% AP/AR, on the EASY set, AR images and 121 UCI tasks."
    >>> ms = (Mention(EntityType.METRIC, "AP", 16, 18), Mention(EntityType.METHOD, "AR", 19, 21))
    >>> other_sense(ms[1], t, ms), [other_sense(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w)), t)
    ...                            for w in ("EASY", "AR images", "UCI")]
    (True, [False, False, False])
    """
    cue = text_cue_kind(text, m.start, m.end)
    if cue is not None and cue[0] in (EntityType.DATASET, EntityType.TASK):
        return False  # "the AR database", "on AR", "the UCI tasks"
    if cue is not None or _metric_partner(m, text, mentions):
        return True  # "AR models", "AR score"; "AP/AR"
    slash = _SLASH_AFTER.match(text, m.end)
    end = slash.end() if slash else m.end
    word = _NEXT_WORD.match(text, end)
    if word is None or _data_word(text, end, word) or _data_word(text, word.end(), _NEXT_WORD.match(text, word.end())):
        return False  # "AR images", "the EASY set"; "the AR face images", "the MVS depth maps"
    return word.group(1) in OWN_HEADS or modifier_after(text, end, m.start)


def _data_word(text: str, end: int, word: re.Match | None) -> bool:
    """Whether the word after ``end`` (``word``, :data:`_NEXT_WORD`'s match there) is one of data or of a data set's
    part ("images", "set", "maps")."""
    return word is not None and (data_after(text, end) or word.group(1) in _DATA_PARTS)


def homonym_ids(lk: Linked, mentions: tuple[Mention, ...], entities: Mapping[str, Entity]) -> set[str]:
    """The Dataset ids of a linked paper, named by short letters only (:func:`short_letters`), whose every mention
    here the extractor typed otherwise and stands where no data set does (:func:`other_sense`), and that no result
    or proposal of the paper names: the paper writes the letters as its own sense of them, not the data set."""
    paper = lk.extraction.paper
    judged, evident = set(), set()
    for m, i in zip(mentions, lk.mention_ids):
        ent = entities.get(i) if i and i.startswith(_DATASET_ID) else None
        if ent is None or not all(short_letters(n) for n in (ent.name, *ent.aliases)):
            continue
        text = paper.text(m.field)
        sense = m.type is not EntityType.DATASET and m.end <= len(text) and other_sense(m, text, mentions)
        (judged if sense else evident).add(i)
    claimed = {i for ids in (*lk.result_ids, lk.proposed_ids) for i in ids}
    return judged - evident - claimed
