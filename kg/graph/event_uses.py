"""More readings of a name used as a contest's edition rather than as data (issue 18, :mod:`kg.graph.events`).

A campaign or a challenge is named with its edition ("X 2018", "the 7th X", "X Challenge 2020"); a paper that
speaks of it as a meeting it took part in names no data set. Read on the arXiv build, six uses say so:

- **a part of the event** (:func:`event_part`): a task or a track of the edition, "the hypernym discovery task at X
  2018", "Track 1 of the 7th X", "the four tasks of X 2016", unless the phrase is where results are measured ("on the
  classification task of X 2012": data);
- **a task one took part in** (:func:`entered_task`): a verb of competing, then the edition and its task, track or
  challenge, "we participated in the X 2016 shared news translation task", "placed first in the X 2016 keypoints
  challenge", "1st place solution for X 2020 Track 1";
- **a challenge or a track one took part in** (:func:`titled_entry`): a name ending in its challenge or track word
  after a verb of competing or before a ranking, "won the 1st prize in X Challenge 2018", "In the X Challenge, our
  method ranks first" (the name itself says event: no edition asked);
- **an edition's named task** (:func:`hosted_task`): "the parser we use in the X-2016 Meaning Representation Parsing
  task";
- **an edition's challenge** (:func:`edition_challenge`): the edition right before its challenge word, no data word
  after and not where results are measured ("the best method from X 2019 challenge", "an application to the X 2020
  Brain Challenge"); "results on the X 2018 challenge" uses its data;
- **a team's entry** (:func:`edition_entry`): the edition before what a team sends, "our X 2017 classification
  submission", "the winning entry of X 2014".

The others ask for an edition (a year in or right after the name, or an ordinal before it): a bare name before "task" or
"challenge" is as often the benchmark ("the Quokka challenge"). A sentence that states a figure, names the edition's
data, trains or tests on it, or claims the best results with no ranking of a contest (:func:`measured`) uses its data, and so does a result the paper states on the name (the caller,
:mod:`kg.graph.weak_evidence`, keeps it: "9.28 METEOR on the test set" of the challenge's task).

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> t = "We describe our system for the hypernym task at EMU 2018 and test it on the EMU 2018 data."
>>> [event_use(Mention(T.DATASET, "EMU 2018", i, i + 8), t) for i in (t.index("EMU"), t.rindex("EMU"))]
[True, False]
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from kg.graph.event_words import DATA_AFTER, DATA_WORDS, EDITION, NO_DATA_AFTER, ORDINAL_WORDS, competed_before
from kg.models import Mention

#: An edition right after the name.
_EDITION_AFTER = re.compile(r"[\s\-]?(?:(?:19|20)\d\d|'\d\d)\b")
#: An ordinal edition right before the name: "the 7th X", "the third X".
_ORDINAL_BEFORE = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|" + ORDINAL_WORDS + r")\s+$", re.I)
#: A task or a track of the event right before it: "the X task at", "Track 1 of the 7th", "the four tasks of".
#: Its number or letter: "Task 1a", "Task-3", "Track II", "Subtask A".
_PART_BEFORE = re.compile(r"\b(?:(?:sub-?)?tasks?|tracks?)(?:[\s\-]+(?:\d+[a-z]?|(?-i:[A-Z]|[IVX]+)))?\s+(?:at|of|in)"
                          r"\s+(?:the\s+)?"
                          r"(?:\d+(?:st|nd|rd|th)\s+|(?:" + ORDINAL_WORDS + r")\s+)?$", re.I)
#: Where results are measured, before a phrase: "on the classification task of X", "results on X challenge".
_MEASURED = re.compile(r"\b(?:on|over|across)\s+(?:the\s+|all\s+|both\s+|two\s+|three\s+|four\s+|five\s+)?"
                       r"(?:[\w\-]+\s+){0,4}$", re.I)
#: After the edition, up to five words and its task: "the X 2016 shared news translation task", "the X 2018 task on".
_TASK_AFTER = re.compile(r"((?:\s+[\w\-]+){0,5}?)\s+(?:shared\s+)?(?:tasks?|tracks?|challenges?|competitions?)\b", re.I)
#: After the edition, a task's own name in capitals and its task word: "the X-2016 Meaning Representation Parsing task".
_NAMED_TASK_AFTER = re.compile(r"(?:\s+[A-Z][\w\-]*){1,6}\s+(?:shared\s+)?[Tt]asks?\b")
#: After the edition, its challenge word and no data word: "X 2019 challenge", "X 2020 Brain Challenge".
_CHALLENGE_AFTER = re.compile(r"\s+(?:sub-)?(?:challenges?|competitions?|contests?)\b" + NO_DATA_AFTER, re.I)
#: After the challenge word, a verb of holding and a count: "the X 2018 challenge provides 2,594 images" describes
#: the contest's data.
_HOLDS_AFTER = re.compile(r"\s+(?:provides?|provided|contains?|consists|comprises?|includes?|offers?|releases?|released"
                          r"|has|have|had|holds?|with)\b[^.;!?]{0,40}?\d", re.I)
#: After the edition, what a team sends, a word or two between: "X 2017 classification submission".
_ENTRY_AFTER = re.compile(r"(?:\s+[a-z][\w\-]*){0,2}\s+(?:submissions?|entry|entries)\b")
#: Data of the event right before it: "data for the X 2020 challenge", "the test set of the X 2019 challenge".
_DATA_BEFORE = re.compile(r"\b(?:data|datasets?|sets?|splits?|benchmarks?|corpus|corpora|images|videos)\s+(?:for|of|from|in)"
                          r"\s+(?:the\s+)?$", re.I)
#: A ranking in a contest: with one, a claim of the best results is the contest's ("won first place, outperforming").
_RANKING = re.compile(r"\b(?:won|wins|ranked|ranks|placed|place|prize|winner|winning|runner-up)\b", re.I)
#: A figure stated in the sentence ("by +3.6 AP", "an improvement of 14%"): a result measured on the edition's data.
_FIGURE = re.compile(r"\d\.\d|\d\s?%")
#: Where a sentence ends, before or after the name.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: A name that ends in its challenge or track word, its edition after it or not: "Quokka Challenge 2018", "Quokka
#: Challenges 7", "Pouch Counting Track".
_TITLED_EVENT = re.compile(r"\b(?:Challenges?|Competitions?|Contests?|Tracks?)(?:[\s\-]?(?:(?:19|20)\d\d|\d{1,2}))?$")
#: A ranking right after the name in its clause: "In the X Challenge, our method ranks the 1st place".
_RANKED_AFTER = re.compile(r"[^.;!?]{0,60}?\b(?:ranks?|ranked|won|wins|placed|places)\b", re.I)
#: Before the name, a verb of using its data: "trained only on the X 2016 shared task data", "fine-tuned with the X".
_USED_BEFORE = re.compile(r"\b(?:(?:pre-?|re)?train\w*|fine-?tun\w*|evaluat\w*|tested|benchmarked|validated)"
                          r"(?:\s+[a-z]+ly)?\s+(?:on|with|using|over)\s+(?:the\s+)?$", re.I)
#: A claim of performance in the sentence: "our backbone achieves state-of-the-art accuracy", "outperforms all".
_CLAIM = re.compile(r"\bstate[\s\-]of[\s\-]the[\s\-]art\b|\boutperform\w*|\bSOTA\b", re.I)
#: A team before what it sends: "our X 2017 classification submission", "the team's X 2019 entry".
_OWNER_BEFORE = re.compile(r"\b(?:our|their|team'?s?|winning)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _edition_end(m: Mention, text: str) -> int:
    """Where the name and its edition end, or -1 when the name has no edition (a year in or right after it, an
    ordinal right before it)."""
    after = _EDITION_AFTER.match(text, m.end)
    if after:
        return after.end()
    if EDITION.search(text, m.start, m.end) or _ORDINAL_BEFORE.search(text, max(0, m.start - 12), m.start):
        return m.end
    return -1


def event_part(m: Mention, text: str, end: int) -> bool:
    """Whether a task or a track of the edition stands right before it ("the hypernym task at X 2018", "Track 1 of
    the 7th X") and that phrase is not where results are measured ("on the classification task of X 2012").

    >>> from kg.vocab import EntityType as T
    >>> t = "Track 1 of the 7th EMU; accuracy on the pouch task of EMU 2012"
    >>> [event_part(Mention(T.DATASET, "EMU", i, i + 3), t, i + 3) for i in (19, t.rindex("EMU"))]
    [True, False]
    """
    part = _PART_BEFORE.search(text, max(0, m.start - 40), m.start)
    if part is None:
        return False
    return _MEASURED.search(text, max(0, part.start() - 60), part.start()) is None


def entered_task(m: Mention, text: str, end: int) -> bool:
    """Whether a verb of competing is followed by the edition and its task ("we participated in the X 2016 shared news
    translation task"); "participated ... on the X 2016 test task" is data.

    >>> from kg.vocab import EntityType as T
    >>> t = "We participated in the EMU 2016 shared news translation task."
    >>> entered_task(Mention(T.DATASET, "EMU 2016", 23, 31), t, 31)
    True
    >>> t = "Pouch Tracking (1 st place solution for EMU 2020 Track 1)"
    >>> entered_task(Mention(T.DATASET, "EMU 2020", 40, 48, field="title"), t, 48)
    True
    >>> t = "We report BLEU on the EMU 2016 news translation task."
    >>> entered_task(Mention(T.DATASET, "EMU 2016", 22, 30), t, 30)
    False
    """
    task = _TASK_AFTER.match(text, end)
    if task is None or DATA_WORDS & set(task.group(1).lower().split()) or DATA_AFTER.match(text, task.end()):
        return False  # "the X 2016 test task", "trained on the X 2016 shared task data"
    return competed_before(text, m.start)


def titled_entry(m: Mention, text: str) -> bool:
    """Whether a name ending in its challenge or track word (its edition after it or not) follows a verb of competing
    or comes before a ranking in its clause ("won the 1st prize in the Quokka Challenge 2018", "ranked first in the
    Pouch Track of ...", "In the Quokka Challenge at EMU 2021, our method ranks the 1st place").

    >>> from kg.vocab import EntityType as T
    >>> t = "Our team won the 1st prize in Quokka Challenge 2018. Quokka Challenge 2018 has 9 tracks."
    >>> [titled_entry(Mention(T.DATASET, "Quokka Challenge 2018", i, i + 21), t) for i in (29, 52)]
    [True, False]
    >>> t = "In the Pouch Counting Challenge at EMU 2021, our method ranks the 1st place."
    >>> titled_entry(Mention(T.DATASET, "Pouch Counting Challenge", 7, 31), t)
    True
    """
    if _TITLED_EVENT.search(m.text) is None or DATA_AFTER.match(text, m.end):
        return False  # "On the Quokka Challenge benchmark, our tracker ranks first": the contest's leaderboard
    return competed_before(text, m.start) or _RANKED_AFTER.match(text, m.end) is not None


def hosted_task(m: Mention, text: str, end: int) -> bool:
    """Whether the edition stands before a task's own name in capitals ("the parser we use in the X-2016 Meaning
    Representation Parsing task"), not where results are measured ("BLEU on the X 2014 News Translation Task").

    >>> from kg.vocab import EntityType as T
    >>> t = "the parser we use in the EMU-2016 Pouch Parsing task; BLEU on the EMU 2014 News Translation Task"
    >>> [hosted_task(Mention(T.DATASET, w, t.index(w), t.index(w) + 8), t, t.index(w) + 8) for w in ("EMU-2016", "EMU 2014")]
    [True, False]
    """
    if _NAMED_TASK_AFTER.match(text, end) is None:
        return False
    return _MEASURED.search(text, max(0, m.start - 60), m.start) is None


def edition_challenge(m: Mention, text: str, end: int) -> bool:
    """Whether the edition stands right before its challenge word, no data word after it, and not where results are
    measured ("the best method from X 2019 challenge", but "results on the X 2018 challenge").

    >>> from kg.vocab import EntityType as T
    >>> t = "The best method from EMU 2019 challenge fails; we report results on the KIWI 2018 challenge."
    >>> [edition_challenge(Mention(T.DATASET, w, t.index(w), t.index(w) + len(w)), t, t.index(w) + len(w))
    ...  for w in ("EMU 2019", "KIWI 2018")]
    [True, False]
    """
    after = _CHALLENGE_AFTER.match(text, end)
    if after is None or _HOLDS_AFTER.match(text, after.end()):
        return False  # "the X 2018 challenge provides 2,594 images": its data
    return _MEASURED.search(text, max(0, m.start - 60), m.start) is None


def edition_entry(m: Mention, text: str, end: int) -> bool:
    """Whether the edition stands before what a team sends ("our X 2017 classification submission").

    >>> from kg.vocab import EntityType as T
    >>> t = "This formed our EMU 2017 classification submission."
    >>> edition_entry(Mention(T.DATASET, "EMU 2017", 16, 24), t, 24)
    True
    """
    if _ENTRY_AFTER.match(text, end) is None:
        return False
    return _OWNER_BEFORE.search(text, max(0, m.start - 40), m.start) is not None or competed_before(text, m.start)


def measured(m: Mention, text: str) -> bool:
    """Whether the name's sentence states a figure or names the edition's data ("outperforms the baseline of the X
    2017 Challenge, with an improvement of 14%", "data for the X 2020 challenge"), a verb of training or testing
    leads to it ("trained only on the X 2016 shared task data") or the sentence claims the best results and ranks in
    no contest ("for the detection task of X 2017, our backbone achieves state-of-the-art accuracy"): its data are
    used. The sentence ends are found once per text (:func:`_sentence_bounds`).

    >>> from kg.vocab import EntityType as T
    >>> t = "We beat the winner of the EMU 2017 challenge. We gain 14% over the winner of the EMU 2017 challenge."
    >>> [measured(Mention(T.DATASET, "EMU 2017", i, i + 8), t) for i in (t.index("EMU"), t.rindex("EMU"))]
    [False, True]
    """
    if _DATA_BEFORE.search(text, max(0, m.start - 30), m.start) or _USED_BEFORE.search(text, max(0, m.start - 40),
                                                                                        m.start):
        return True
    sentence = _sentence(text, m.start, m.end)
    if _FIGURE.search(sentence):
        return True
    # "For the detection task of X 2017, our backbone achieves state-of-the-art accuracy"; not a contest's ranking
    return _CLAIM.search(sentence) is not None and _RANKING.search(sentence) is None


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence that holds ``start``..``end``, from the sentence ends found once per text."""
    ends, starts = _sentence_bounds(text)
    i = bisect_right(ends, start) - 1
    j = bisect_left(starts, end)
    return text[ends[i] if i >= 0 else 0:starts[j] if j < len(starts) else len(text)]


@lru_cache(maxsize=4)
def _sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence end of ``text`` ends and starts (:data:`_SENTENCE_END`): one scan per text, not per
    mention."""
    found = list(_SENTENCE_END.finditer(text))
    return [e.end() for e in found], [e.start() for e in found]


def event_use(m: Mention, text: str) -> bool:
    """Whether a name with its edition is used as a contest's edition (:func:`event_part`, :func:`entered_task`,
    :func:`titled_entry`, :func:`hosted_task`, :func:`edition_challenge`, :func:`edition_entry`), its data used nowhere in the sentence (:func:`measured`)."""
    if measured(m, text):
        return False
    if titled_entry(m, text):
        return True
    end = _edition_end(m, text)
    return end >= 0 and any(use(m, text, end) for use in (event_part, entered_task, hosted_task, edition_challenge,
                                                          edition_entry))
