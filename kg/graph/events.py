"""Competitions read as names: a challenge one takes part in is an event, not a data set nor a method.

A paper that "placed second in the ECCV2018 3D human pose estimation challenge" or "won the NTIRE2017
Super-Resolution Challenge" names a meeting or a contest, and the extractor's shape and context rules make
a Dataset (or a Method) of it: "ECCV2018", "NTIRE19", "ISBI", "FG", "the ... Challenge". Two readings of the
sentence say it is the event (issue 18, read on random samples of the arXiv build):

- **the host of a challenge** (:func:`challenge_host`): the name stands in "the NAME [year] <task words>
  challenge" (or after "in", "at", "of", "for", "to": "the system used for NAME-2020 video captioning challenge") or "in NAME [year] challenge on <task>": a venue that holds a challenge on a task; or in a
  parenthesis that lists the challenges a sentence speaks of ("two super-resolution challenges (X and Y)"). Data named
  by its challenge keep the data word ("the CHiME-6 Challenge data"), and a name with no task words between
  it and the challenge ("the Menpo challenge") is left alone here: such challenges are as often the
  benchmark itself;
- **the host of a named challenge** (:func:`challenge_host` too): the name, with its edition after it or before it,
  before a challenge's own name in capitals ("the X 2017 Liver Tumor Segmentation (LTS) Challenge") or a challenge
  word and "on", "of" or "for" its task ("the 2018 X challenge of nuclei segmentation", "2015 X sub-challenge on ...");
- **the venue of a challenge** (:func:`challenge_venue`): the name with its edition after a challenge word and "at"
  or in a parenthesis ("the Foo Challenge at X 2021", "the Foo challenge (X 2020)"), unless the words before spell
  it (the challenge's own acronym, "(FC2020)");
- **what a team submitted to** (:func:`submitted_to`): "our submission to the NAME 2021 task", or in a title
  "TEAM at NAME 2021": a system-description paper's contest;
- **a team at its event** (:func:`team_at_event`): the name before "at NAME 2021" at a title's start ("TEAM at
  NAME-2017 Task 4: ..."): the team a system-description paper speaks for, no technique nor data;
- **an evaluation campaign or a workshop** (:func:`campaign_part`): the name before one of its numbered tasks, its
  shared task or "workshop" ("EMU-2018 Task 9", "the EMU 2019 shared task"): a meeting of separate tasks, no data set;
- **a challenge one took part in** (:func:`entered_challenge`): a name that ends in its challenge word
  ("Hateful Memes Challenge") or stands right before it ("the COCO 2019 challenge") after a verb of competing
  in its clause ("won", "ranked", "placed", "submitted to", "winning entry", "runner-up"). Read on the arXiv
  build, the bare names so dropped are events or venues 15 times in 19 ("CVPR2019 LIP", "HANDS 2019", "COCO
  Keypoint"); the other 4 are benchmarks that hold a challenge ("won 1st place in the BraTS 2018 challenge").

Such a mention is no evidence in any number of papers (:mod:`kg.graph.weak_evidence`); a lexicon entry, an acronym
with its long form, another paper's "X dataset" or a stated result keeps the node. An acronym's long form that
ends in its challenge word is the contest's name, so after a verb of competing neither it nor its acronym is
evidence ("we won second place in the Quokka Counting Challenge (QCC)").

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> t = "We placed second in the KOALA2018 3D hand shape challenge on the ZEBU test data."
>>> competition_event(Mention(T.DATASET, "KOALA2018", 24, 33, rule="name"), t)
True
>>> competition_event(Mention(T.DATASET, "ZEBU", 65, 69, rule="name"), t)
False
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.acronym_letters import spells
from kg.graph.event_uses import event_part, event_use, measured
from kg.graph.event_words import EDITION, EVENT, NO_DATA_AFTER, YEAR, competed_before
from kg.models import Mention
from kg.vocab import EntityType

_EVENT, _YEAR, _NO_DATA_AFTER = EVENT, YEAR, NO_DATA_AFTER
#: Up to five words, then a challenge word that no data word follows ("... challenge data" is data).
_HOST = re.compile(_YEAR + r"((?:\s+[a-z0-9][\w\-]*){1,5}?)\s+" + _EVENT
                   + r"\b" + _NO_DATA_AFTER, re.I)
#: A challenge word right after the name and its year, then "on", "of" or "for" and the task: "the X 2018 challenge
#: on ...", "the X challenge for segmentation of ...".
_HOST_ON = re.compile(_YEAR + r"\s+" + _EVENT + r"\s+(?:on|of|for)\s", re.I)
#: After the name and its year, a challenge's own name in capitals (a few function words inside, its acronym in a
#: parenthesis before the challenge word): "the X 2017 Liver Tumor Segmentation (LTS) Challenge", "X2020 Learning
#: from Imperfect Data Challenge": the name is the venue that holds the named challenge.
_HOST_TITLED = re.compile(_YEAR + r"\s+[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|from|for|and|on|in|with|the)){0,6}?"
                          r"(?:\s*\([^()]{1,20}\))?\s+(?:Challenges?|Competitions?|Contests?)\b" + _NO_DATA_AFTER)
#: A preposition before "NAME [year] challenge on <task>", or an edition right before the name: "won 1st places in X
#: 2018 Challenge on ...", "the 2018 X challenge of ...", "Foo and 2015 X sub-challenge on ...".
_PREP_BEFORE = re.compile(r"(?:\b(?:the|in|at|of|for|to)\s+(?:(?:19|20)\d\d\s+)?|\b(?:19|20)\d\d\s+)$", re.I)
#: A challenge word and a parenthesis that opens on a list of names: "two super-resolution challenges (X and Y)".
_LISTED_ITEM = r"[^\s,;()]+(?:\s+[^\s,;()]+){0,3}"
_LISTED_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_EVENTS_LISTED = re.compile(r"\b" + _EVENT + r"\s*\(\s*((?:" + _LISTED_ITEM + _LISTED_SEP + r")*)$", re.I)
#: A second name after the span in the parenthesis: one name alone is as often the challenge's own acronym
#: ("the Winograd Schema Challenge (WSC) benchmark").
_LISTED_MORE = re.compile(_LISTED_SEP + _LISTED_ITEM + r"\s*[,)]")
#: Words that make the words between name and challenge no task phrase ("the X dataset challenge", "the
#: X faces many challenges" has no "the" before X, "the X is one of the challenges" a function word). Narrower than
#: :data:`kg.graph.event_words.DATA_WORDS`: they also end a noun phrase for :func:`clause_words` ("an LLM training and
#: inference kernel library" is one phrase).
_NOT_TASK = frozenset({"data", "dataset", "datasets", "benchmark", "benchmarks", "corpus", "set", "sets", "test"})
#: Determiners and quantifiers: a task phrase has none ("the X faces many challenges", "X has several other challenges").
_DETERMINERS = frozenset({"a", "all", "any", "each", "every", "few", "many", "more", "most", "much", "no", "other",
                          "several", "some", "such", "these", "those", "their", "its", "various", "numerous"})
#: A name that ends in its challenge word: "Hateful Memes Challenge", "2020 Habitat Challenge".
_TITLED = re.compile(r"\b(?:Challenges?|Competitions?|Contests?)$")
#: A challenge word right after the name (past its edition), no data word after it: "the BraTS 2018 challenge".
_CHALLENGE_AFTER = re.compile(_YEAR + r"\s+" + _EVENT + r"\b" + _NO_DATA_AFTER, re.I)
#: After the name and its edition, an evaluation campaign's part: "the EMU-2018 Task 9", "EMU 2016 Shared Task 8", "the
#: EMU 2019 shared task", "the EMU workshops"; a data word after it makes it data ("the EMU 2012 shared task data").
_CAMPAIGN_AFTER = re.compile(_YEAR + r"\s+(?:shared\s+tasks?\b(?:[\s\-]?\d+\b)?|task[\s\-]?\d+\b|workshops?\b)"
                             + _NO_DATA_AFTER, re.I)
#: Right before the name, what a team sends to a contest or a shared task: "our submissions to the X 2015
#: competitions", "the submission to the X 2021 offline speech translation task", "team Y's submission to X".
_SUBMITTED_TO = re.compile(r"\b(?:submissions?|submitted)\s+to\s+(?:the\s+)?$", re.I)
#: After the name, a benchmark's words: a submission to "the X leaderboard" or "the X test server" is to data.
_BOARD_AFTER = re.compile(r"\s+(?:leaderboards?|benchmarks?|datasets?|data|test|evaluation\s+server)\b", re.I)
#: A title's team at its event, right before the name: "Adapters for Speech Translation: UPC at X 2021"; the event
#: has its edition in or right after its name ("A Closer Look at Spatiotemporal Convolutions" names no event).
_TEAM_AT = re.compile(r"\b[A-Z][\w\-]*\s+at\s+(?:the\s+)?$")
_EDITION = EDITION
#: After a title's team, "at" and an event written as a name with its edition: "QUOLL at EMU-2017 Task 4", "X at
#: EMU 2020" ("X at Scale", "X at the Edge" name no event).
_AT_EVENT = re.compile(r"\s+at\s+(?:the\s+)?[A-Z][A-Za-z]*[\s\-]?(?:(?:19|20)\d\d|'\d\d)\b")
#: Where a title's team stands: its start, or right after a colon ("...: QUOLL at EMU 2021").
_TITLE_HEAD = re.compile(r"(?:^|:)\s*$")
#: A challenge word right before the name, then "at" or a parenthesis: "the Foo Challenge at X 2021", "the Foo
#: challenge (X 2020)": the name is where the challenge was held, with its edition (:func:`challenge_venue`).
_VENUE_BEFORE = re.compile(r"\b" + _EVENT + r"(?:\s+at\s+(?:the\s+)?|\s*\(\s*)$", re.I)
#: The edition a venue needs, right after the name or ending it: "X 2021", "X2020".
_EDITION_AFTER = re.compile(r"[\s\-]?(?:19|20)\d\d\b")
_EDITION_END = re.compile(r"(?:19|20)\d\d$")
#: The types a competition is mistaken for; a Task named before "challenge" is the challenge's task.
_TYPES = frozenset({EntityType.DATASET, EntityType.METHOD})
#: Rules whose name is evidence whatever the sentence: a lexicon entry ("the ImageNet classification challenge").
_NAME_RULES = frozenset({"lexicon", "lexicon-gen"})


@lru_cache(maxsize=1)
def _not_task_words() -> frozenset[str]:
    """Function words (:data:`kg.extract.words.FUNCTION_WORDS`) and verbs (:mod:`kg.graph.namehood`'s list): between
    a name and "challenges" they make a clause ("X addresses many earlier challenges"), not a task phrase."""
    from kg.extract.words import FUNCTION_WORDS  # noqa: PLC0415
    from kg.graph.namehood import _verb_words  # noqa: PLC0415

    verbs = _verb_words()
    return frozenset(FUNCTION_WORDS - {"and"}) | verbs | {v + "s" for v in verbs} | {v + "es" for v in verbs} | _NOT_TASK \
        | _DETERMINERS


def clause_words() -> frozenset[str]:
    """Words that end a noun phrase: function words, verbs, determiners and data words (:func:`_not_task_words`)."""
    return _not_task_words()


def challenge_host(text: str, start: int, end: int) -> bool:
    """Whether the span is the host of a challenge: "the NAME [year] <task words> challenge" or "in NAME
    [year] challenge on <task>", or one of the challenges a parenthesis lists ("two challenges (X and Y)").

    >>> t = "in the EMU19 video restoration and enhancement challenges; the EMU 2018 challenge on dehazing"
    >>> challenge_host(t, 7, 12), challenge_host(t, t.index("EMU 2018"), t.index("EMU 2018") + 3)
    (True, True)
    >>> t = "the system used for EMU-2020 video captioning challenge"
    >>> challenge_host(t, 20, 28)
    True
    >>> t = "won two denoising challenges (EMU2018 and KIWI2019)"
    >>> challenge_host(t, t.index("EMU"), t.index("EMU") + 7), challenge_host(t, t.index("KIWI"), t.index("KIWI") + 8)
    (True, True)
    >>> t = "the EMU faces many challenges; the EMU challenge data; the EMU challenge; EMU pose estimation challenge"
    >>> [challenge_host(t, i, i + 3) for i in (4, 35, 58, 73)]
    [False, False, False, False]
    """
    listed = _EVENTS_LISTED.search(text, max(0, start - 120), start)
    if listed and (listed.group(1) or _LISTED_MORE.match(text, end)):
        return True  # two or more challenges listed: "two super-resolution challenges (X and Y)"
    if not _PREP_BEFORE.search(text, max(0, start - 10), start):
        return False  # "the X 2018 ... challenge", "used for X-2018 video captioning challenge"
    if _HOST_ON.match(text, end) or _HOST_TITLED.match(text, end):
        return True
    m = _HOST.match(text, end)
    if m is None:
        return False
    bad = _not_task_words()
    return not any(w.lower() in bad for w in m.group(1).split())


def challenge_venue(text: str, start: int, end: int) -> bool:
    """Whether the span is the venue a challenge before it was held at, with its edition: "the Foo Challenge at X
    2021", "the Foo challenge (X 2020)"; a parenthesis closes right after the edition (not the challenge's own
    acronym: "the Foo Challenge (FC)").

    >>> t = "the Pouch Counting Challenge at EMU 2021; the pouch challenge (KIWI 2020); the Pouch Challenge (PC)"
    >>> [challenge_venue(t, t.index(w), t.index(w) + len(w)) for w in ("EMU", "KIWI", "PC")]
    [True, True, False]
    >>> t = "the Pouch Counting Challenge (PC2020) and the Quokka Hopping challenge (QH 2019)"
    >>> [challenge_venue(t, t.index(w), t.index(w) + len(w)) for w in ("PC2020", "QH")]
    [False, False]
    """
    before = _VENUE_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    edition = _EDITION_AFTER.match(text, end)
    if edition is None and not _EDITION_END.search(text, start, end):
        return False
    if not before.group().rstrip().endswith("("):
        return True
    if not text[edition.end() if edition else end:].lstrip().startswith(")"):
        return False
    # the challenge's own acronym, spelt by the words before it: "the Foo Bar Challenge (FB2020)"
    stem = _EDITION_END.sub("", text[start:end]).rstrip(" -")
    words = text[max(0, before.start() - 80):before.start()].split()[-6:]
    return not any(spells(stem, " ".join(words[i:] + ["Challenge"])) for i in range(len(words)))


def entered_challenge(m: Mention, text: str) -> bool:
    """Whether a name that ends in its challenge word, or stands right before one, follows a verb of competing
    in its clause ("won the 1st place on the X Challenge", "placed third out of 3,173 participants in the X
    Challenge", "won 1st place in the X 2018 challenge"); "the X challenge data" is data.

    >>> t = "Our team won the first place in the Quokka Counting Challenge. The Quokka Counting Challenge has 9 images."
    >>> from kg.vocab import EntityType as T
    >>> [entered_challenge(Mention(T.DATASET, "Quokka Counting Challenge", i, i + 25), t) for i in (36, 67)]
    [True, False]
    """
    named = titled_challenge(m) or _CHALLENGE_AFTER.match(text, m.end) is not None
    return named and competed_before(text, m.start)


def campaign_part(m: Mention, text: str) -> bool:
    """Whether the name is an evaluation campaign or a workshop, named before one of its numbered tasks, its shared
    task or "workshop" ("the EMU-2018 Task 9", "the EMU 2019 shared task", "EMU workshops"): a meeting that merges
    separate tasks, each with its own data, so the name alone is no data set; "the EMU 2012 shared task data" is.

    >>> from kg.vocab import EntityType as T
    >>> t = "We took part in EMU-2018 Task 4 and the KIWI 2019 shared task; we test on the KIWI 2019 shared task data."
    >>> [campaign_part(Mention(T.DATASET, w, i, i + len(w)), t) for w, i in (("EMU-2018", 16), ("KIWI", 40), ("KIWI", 78))]
    [True, True, False]
    >>> campaign_part(Mention(T.DATASET, "EMU", 0, 3), "EMU tasks are hard; EMU task types vary.")
    False
    """
    return _CAMPAIGN_AFTER.match(text, m.end) is not None


def titled_challenge(m: Mention) -> bool:
    """Whether a mention's name, or the long form its acronym stands for, ends in its challenge word ("Quokka
    Counting Challenge", "QCC" for it).

    >>> from kg.vocab import EntityType as T
    >>> titled_challenge(Mention(T.DATASET, "QCC", 0, 3, canonical="Quokka Counting Challenge", rule="acronym-ref"))
    True
    >>> titled_challenge(Mention(T.DATASET, "QCD", 0, 3, canonical="Quokka Counting Data", rule="acronym-ref"))
    False
    """
    return _TITLED.search(m.text) is not None or _TITLED.search(m.canonical or "") is not None


def submitted_to(m: Mention, text: str) -> bool:
    """Whether the name is what a team submitted to ("our submission to the X 2019 task") or, in a title, where a
    team took part ("QUOLL at X 2020": a system-description paper's event).

    >>> from kg.vocab import EntityType as T
    >>> t = "This paper describes our submission to the EMU 2021 speech task; we train on the EMU 2021 data."
    >>> [submitted_to(Mention(T.DATASET, "EMU 2021", i, i + 8), t) for i in (43, t.rindex("EMU"))]
    [True, False]
    >>> t = "Our submission to the KIWI leaderboard sets a new state of the art."
    >>> submitted_to(Mention(T.DATASET, "KIWI", 22, 26), t)
    False
    >>> t = "Speech Translation with Adapters: QUOLL at EMU 2021"
    >>> submitted_to(Mention(T.DATASET, "EMU 2021", 43, 51, field="title"), t)
    True
    >>> t = "A Closer Look at Pouch Convolutions for Counting"
    >>> submitted_to(Mention(T.METHOD, "Pouch Convolutions", 17, 35, field="title"), t)
    False
    """
    if _SUBMITTED_TO.search(text, max(0, m.start - 20), m.start):
        return _BOARD_AFTER.match(text, m.end) is None  # "our submission to the X leaderboard": X is the benchmark
    return m.field == "title" and _TEAM_AT.search(text, max(0, m.start - 40), m.start) is not None \
        and _EDITION.search(text, m.start, min(len(text), m.end + 6)) is not None


def team_at_event(m: Mention, text: str) -> bool:
    """Whether a title's name is the team a system-description paper speaks for: at the title's start (or after
    its colon) and before "at" and an event with its edition ("QUOLL at EMU-2017 Task 4: ..."), a team, not a
    technique nor data.

    >>> from kg.vocab import EntityType as T
    >>> t = "QUOLL at EMU-2017 Task 4: Deep Pouches for Hopping"
    >>> team_at_event(Mention(T.METHOD, "QUOLL", 0, 5, field="title"), t)
    True
    >>> t = "Pouch Transformers at Scale: Quoll at EMU 2021"
    >>> [team_at_event(Mention(T.METHOD, w, t.index(w), t.index(w) + len(w), field="title"), t) for w in ("Pouch Transformers", "Quoll")]
    [False, True]
    >>> team_at_event(Mention(T.METHOD, "QUOLL", 0, 5), "QUOLL at EMU-2017 was run twice.")
    False
    """
    return m.field == "title" and _AT_EVENT.match(text, m.end) is not None \
        and _TITLE_HEAD.search(text, max(0, m.start - 3), m.start) is not None


def competition_event(m: Mention, text: str) -> bool:
    """Whether a Dataset or Method mention names a competition event rather than data or a technique
    (:func:`challenge_host`, :func:`entered_challenge`); a lexicon name or an acronym with its long form is always
    evidence, and a Task before "challenge" is the challenge's task.

    >>> t = "Our entry won the first place in the EMU 2019 Fake News Detection challenge."
    >>> [competition_event(Mention(ty, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for ty, w in ((EntityType.DATASET, "EMU"), (EntityType.TASK, "Fake News Detection"))]
    [True, False]
    """
    if m.type not in _TYPES or m.rule in _NAME_RULES or m.field not in ("abstract", "title"):
        return False  # a task before "challenge" is the challenge's task: "the X 2019 Fake News Classification challenge"
    if m.aliases:
        # an acronym and its long form name a thing, but a long form that ends in its challenge word names the
        # contest: "won second place in the Quokka Counting Challenge (QCC)", both mentions
        return titled_challenge(m) and (entered_challenge(m, text) or event_part(m, text, m.end) and not measured(m, text))
    return challenge_host(text, m.start, m.end) or entered_challenge(m, text) or submitted_to(m, text) \
        or team_at_event(m, text) or campaign_part(m, text) or challenge_venue(text, m.start, m.end)


def edition_event(m: Mention, text: str) -> bool:
    """Whether a Dataset or Method mention with its edition is used as a contest's edition
    (:func:`kg.graph.event_uses.event_use`: "the hypernym task at X 2018", "our X 2017 submission"); unlike
    :func:`competition_event`, a result the paper states on the name still makes it data ("9.28 METEOR on the test
    set"), so the caller keeps the results' evidence.

    >>> t = "We present our system for the pouch task at EMU 2018."
    >>> edition_event(Mention(EntityType.DATASET, "EMU 2018", 44, 52, rule="name"), t)
    True
    >>> edition_event(Mention(EntityType.DATASET, "EMU 2018", 44, 52, rule="lexicon"), t)
    False
    """
    if m.type not in _TYPES or m.rule in _NAME_RULES or m.field not in ("abstract", "title") or m.aliases:
        return False
    return event_use(m, text)
