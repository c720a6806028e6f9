"""Names a paper gives itself: the "FooNet: ..." head of a title (:func:`title_name`), and "named/called/dubbed X",
"we propose a new pooling, Name Here," in the proposal windows (:func:`self_names`)."""
from __future__ import annotations

import re

from kg.extract import candidates
from kg.extract.candidates import Candidate
from kg.extract.context.objects import title_np
from kg.extract.furniture import title_lead
from kg.extract.method_nouns import METHOD_NOUNS
from kg.extract.words import CUE_WORDS, DATASET_CUES, DATASET_HEADS, NOT_NAMES, TASK_HEADS
from kg.vocab import EntityType as T

Span = tuple[int, int]

# --- names a paper gives itself ----------------------------------------------------------------------------

_TITLE_NAME = re.compile(r"\s*([^:\n]{2,40}?)\s*:\s")
_GENERIC_TITLE = re.compile(r"^(?:a |an |the )?(?:survey|review|introduction|overview|tutorial|position|perspective|"
                            r"benchmarking|rethinking|revisiting|towards?|beyond|on|why|how|what|when|case study)\b", re.I)
_W = r"(?:[A-Z0-9](?:[\w\-+]|\.(?=\w))*|[a-z]+[A-Z](?:[\w\-+]|\.(?=\w))*)"
#: A count after a connecting word ("with 16k", "on 1.2M", "for 300"): the words after it say what the name
#: holds or is used on, and the name ends before the connecting word ("X with 16k Wikipedia tables").
_COUNT = r"\d[\d,.]*[kKmMbB]?(?![\w\-+])"
_CAP_SEQ = re.compile(_W + r"(?:\s+(?:(?:of|for|and|with|via|in|on|to|the)\s+(?!" + _COUNT + r"))?" + _W + r"){0,7}")
_APPOSITIVE = re.compile(r",\s+(" + _W + r"(?:\s+" + _W + r"){1,6})\s*[,(]")
_NOT_TITLE_NAME = re.compile(r"\b(?:And|Or|Meets|Is|Are|Do|Does|Can|Should|Makes?|Goes|Not|All|You|We|Our|My|Your|"
                             r"Need|Needs|Via|From|Through)\b|\w+ly\b")
_NOT_NAMED_TAIL = re.compile(r"-(?:related|based|like|aware|specific)$")
#: A name-shaped mark in a title head past its first letter: a capital, a digit, or a closing "+"
#: ("Foo++", "Bar+": a coined variant of a name).
_CAP_OR_DIGIT = re.compile(r"[A-Z0-9]|\+$")
_METHOD_WORD = re.compile(r"\b(?:method|model|network|learning)\b", re.I)


def title_name(text: str, title_end: int) -> Candidate | None:
    """The "Name: subtitle" head of a title (the title is ``text[:title_end]``), typed Dataset when the
    subtitle says the name is data (:func:`subtitle_names_data`: "FooQA: A Reading Comprehension Benchmark").

    The head is read after a venue tag or an author running head that opens the title
    (:func:`~kg.extract.furniture.title_lead`: "EMNLP'20 FooBar: ...", "DOE ET AL.: FOOBAR: ...").

    >>> t = "FooBar: A Benchmark for Tiny Parsing"
    >>> c = title_name(t, len(t)); (t[c.start:c.end], c.type.value)
    ('FooBar', 'Dataset')
    """
    if text.find(":", 0, title_end) < 0:
        return None  # no "Name:" head (a cheap test before the regex)
    m = _TITLE_NAME.match(text, title_lead(text[:title_end]), title_end)
    if not m:
        return None
    name = _before_dash(m.group(1).strip())
    words = name.split()
    gerund_lead = len(words) > 1 and words[0].lower().endswith("ing")
    if not (1 <= len(words) <= 4) or _GENERIC_TITLE.match(name) or not _CAP_OR_DIGIT.search(name[1:] or name) \
            or name.endswith((".", "?", "!")) or gerund_lead or _NOT_TITLE_NAME.search(name):
        return None
    subtitle = text[m.end():title_end]
    is_data = subtitle_names_data(subtitle) or (data_head_name(name) and not subtitle_names_system(subtitle))
    start = m.start(1)
    if is_data and names_the_task(name):  # "Glyph Event Localization: a Benchmark": the benchmark's task
        return Candidate(start, start + len(name), T.TASK, candidates.PRI_CONTEXT, "title-task")
    return Candidate(start, start + len(name), T.DATASET if is_data else T.METHOD, candidates.PRI_PROPOSED, "title-name")


#: The head words of a store of data a title's head may end in: a dataset word of the extractor, or "DB", the
#: abbreviation of "database" ("Quokka Glyph DB: ...").
_STORE_HEADS = frozenset(DATASET_HEADS - {"challenge", "suite", "collection", "bank"}) | {"db", "dbs"}


def data_head_name(name: str) -> bool:
    """Whether a title's head ends in a word of a store of data (:data:`_STORE_HEADS`, maybe plural, after a space or
    a hyphen): the name is a data set's unless its subtitle calls it a method or a system ("Glyph Filter DB: An
    Empirical Study of Filters").

    >>> [data_head_name(n) for n in ("Glyph Filter DB", "QuokkaBank Database", "GlyphNet", "Glyph Benchmarking")]
    [True, True, False, False]
    """
    words = [w for w in re.split(r"[\s\-]+", name.lower()) if w]
    return len(words) > 1 and (words[-1] in _STORE_HEADS or words[-1].endswith("s") and words[-1][:-1] in _STORE_HEADS)


#: A subtitle whose first phrase is headed by a method or system noun: "A Learned Index Engine for ...", "A Retrieval
#: Model" (the noun ends the phrase: at the subtitle's end, a preposition, a relative word or a comma).
_SYSTEM_SUBTITLE = re.compile(r"\s*(?:an?|the)\s+(?:(?!(?:for|of|on|in|with|to|and|or)\b)[\w\-]+\s+){0,4}?(?:"
                              + "|".join(METHOD_NOUNS) + r"|engines?|systems?)(?![\w\-])"
                              r"(?=\s*(?:$|[,:;]|(?:for|of|on|in|with|to|via|that|which|based)\b))", re.I)


def subtitle_names_system(subtitle: str) -> bool:
    """Whether a title's subtitle says the head before its colon is a method or a system ("Quokka DB: A Learned
    Index Engine for Stores"): a data word ending the head does not make it data then.

    >>> [subtitle_names_system(s) for s in (" A Learned Index Engine for Stores", " A Model Dataset for Parsing",
    ...                                     " An Empirical Study of Filters", " A Method")]
    [True, False, False, True]
    """
    return _SYSTEM_SUBTITLE.match(subtitle) is not None


def names_the_task(name: str) -> bool:
    """Whether a title head before a subtitle of data is the task the data is for, not the data's name: two words or
    more, the last a task head (:data:`~kg.extract.words.TASK_HEADS`), none name-shaped (an inner capital, a digit,
    an acronym; in a title set in capitals every word is, and the head stays a name). A name of data is coined
    ("FooQA", "Foo-1000").

    >>> [names_the_task(n) for n in ("Multi-shot Glyph Localization", "Glyph Localization", "GlyphDetection",
    ...                              "FooQA Detection", "Glyph-1000 Detection", "Localization",
    ...                              "GLYPH LOCALIZATION")]
    [True, True, False, False, False, False, False]
    """
    words = name.split()
    if len(words) < 2 or words[-1].lower().rsplit("-", 1)[-1] not in TASK_HEADS:
        return False
    parts = [p for w in words for p in w.split("-") if p]
    return not any(any(ch.isdigit() for ch in p) or _NAME_PART.search(p) for p in parts)


#: Words that end a subtitle's first phrase: a second thing joined to it with its own article ("A Tracker and a New
#: Dataset"; not the modifiers of one head, "a large and dense dataset") or what it works with or on ("Recognition
#: with Small Datasets", "Results on the X Benchmark").
_PHRASE_END = re.compile(r"\s(?:(?:and|&)\s+(?:a|an|the|its|their|our)|with|without|using|on|from|via|across|over|"
                         r"through|versus|vs\.?)\s", re.I)
#: A subtitle that opens on a verb's -ing form, four letters before the "-ing" at least (not "String", "Thing"), with
#: a determiner after it: the words after it are its object ("Outperforming the X Benchmark"). An -ing word with no
#: determiner after it modifies the noun it precedes ("Reading Comprehension Benchmark", "Driving Scene Dataset").
_GERUND_LEAD = re.compile(r"\s*([a-z]{4,})ing\s+(?:the|a|an|its|their|our|all)\b", re.I)
#: The stems of the verbs of making a thing, as their -ing forms have them ("Building a ... Dataset", "Creating":
#: the name is the data made): the base forms of the proposal cue verbs.
_MAKING_STEMS = frozenset(v[:-1] if v.endswith("e") else v
                          for v in CUE_WORDS["PROPOSE"] if v + "s" in CUE_WORDS["PROPOSE"])


def subtitle_names_data(subtitle: str) -> bool:
    """Whether a title's subtitle says the name before its colon is data: a dataset word heads the subtitle's first
    phrase, a method word is nowhere in it. The phrase ends at a second thing joined to it or at what the name works
    with or on ("JR: A 3D Tracker and a New Dataset", "TC: Recognition with Small Datasets" name systems); a dataset
    word fused to a modifier before a hyphen is no head ("Cross-Dataset Adaptation"); after an opening verb other than
    one of making, the data is the verb's object ("Agent: Outperforming the Human Benchmark").

    >>> [subtitle_names_data(s) for s in ("A Benchmark and Dataset for X", "Building a New Corpus",
    ...                                   "A Tracker and a Dataset", "Recognition with Small Datasets",
    ...                                   "Cross-Dataset Adaptation", "Beating the X Benchmark",
    ...                                   "A large and dense dataset", "Driving Scene Dataset")]
    [True, True, False, False, False, False, True, True]
    """
    if _METHOD_WORD.search(subtitle):
        return False
    lead = _GERUND_LEAD.match(subtitle)
    if lead and lead.group(1).lower() not in _MAKING_STEMS:
        return False
    end = _PHRASE_END.search(subtitle)
    first = subtitle[:end.start()] if end else subtitle
    return any(m.start() == 0 or first[m.start() - 1] != "-" for m in DATASET_CUES.finditer(first))


#: a dash set off before a description in a title's head: "FooNet -Fast Parsing of Trees: ..." (group 1: the words after)
_HEAD_DASH = re.compile(r"\s[-–—]\s?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)+)$")


def _before_dash(name: str) -> str:
    """A title head's name without the description a spaced dash sets off after it ("FooNet -Fast Parsing of
    Trees" names FooNet); a dash before one word is part of the name ("U 2 -Former", "RM -RF").

    >>> _before_dash("FooNet -Fast Tree Parsing"), _before_dash("U 2 -Former")
    ('FooNet', 'U 2 -Former')
    """
    m = _HEAD_DASH.search(name)
    return name[:m.start()].rstrip() if m and m.start() > 0 else name


#: A letter and its superscript flattened by a converter ("R 3 : Reinforced Ranker-Reader", "U 2 -Former"): a
#: piece of a name, never one.
_SUPERSCRIPT = re.compile(r"[A-Z] \d{1,2}")
_NAME_PART = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}s?$")
#: Words that make a title's head a clause ("Objects are Different", "Joint Distribution Matters"), not a name.
_CLAUSE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "matters", "matter"})
#: The processes a title names as its topic ("Unsupervised Visual Representation Learning", "Multimodal
#: Pretraining"): what is learnt is described, no technique is named.
_TOPIC_HEADS = frozenset({"learning", "training", "pretraining"})


def title_phrase(name: str, text: str, title_end: int) -> bool:
    """Whether a name taken from the title (the ``text[:title_end]``) describes the paper's topic rather than
    naming its method: a clause ("Floors are Flat"), a running head of authors in capitals ("ZHAI, WU"), or
    a phrase of plain words ending in a learning process ("Robust Cross-Modal Representation Learning") that
    the abstract never repeats. A name-shaped part (an inner capital, a digit, an acronym) makes it a name.

    >>> t = "Robust Cross-Modal Representation Learning with Distillation\\nWe distil."
    >>> title_phrase("Robust Cross-Modal Representation Learning", t, 60), title_phrase("Shuffle and Learn", t, 60)
    (True, False)
    >>> title_phrase("Objects are Different", t, 60), title_phrase("BERT Pre-training", t, 60)
    (True, False)
    """
    words = name.split()
    if len(words) < 2:
        return False
    caps = name.isupper()
    if caps and ("," in name or re.match(r"[A-Z]\. ", name)):
        return True
    low = [w.lower() for w in words]
    if any(w in _CLAUSE_WORDS for w in low):
        return True
    parts = [p for w in words for p in w.split("-") if p]
    if any(any(ch.isdigit() for ch in p) or (not caps and _NAME_PART.search(p)) for p in parts):
        return False
    if text.lower().find(name.lower(), title_end) >= 0:
        return False
    return low[-1].rsplit("-", 1)[-1] in _TOPIC_HEADS


#: "a challenging dataset called X", "a new benchmark, dubbed X": the name after the cue names the data
_DATA_NOUN_BEFORE = re.compile(
    r"\b(?:datasets?|benchmarks?|corpus|corpora|database|test suite|collection)\b[^.;:()]{0,12}"
    r"\b(?:named|called|dubbed|termed|coined|denoted|known|referred|which we call)\b[\w ]{0,12}[\s\"'\u201c]*$", re.I)


def self_names(text: str, title_end: int, windows: list[tuple[int, int, int]]) -> list[Candidate]:
    """Names a paper gives itself: the "Name: subtitle" head of the title, Title Case names after
    "named/called/dubbed" (strength-2 windows) and Title Case appositives in "we propose" sentences
    ("we propose a new pooling strategy, Multi-Layers Trainable Pooling, which ...").

    >>> t = "We design a sampler, dubbed Quick Walk Sampler, for graphs."
    >>> [t[c.start:c.end] for c in self_names(t, 0, [(28, 60, 2)])]
    ['Quick Walk Sampler']
    """
    out = []
    if title_end > 0:
        c = title_name(text, title_end) or title_np(text, title_end)
        if c is not None and not ((c.type is T.METHOD or c.rule == "title-lead")  # a problem read off a title name
                                  and title_phrase(text[c.start:c.end], text, title_end)) \
                and not _SUPERSCRIPT.fullmatch(text, c.start, c.end):
            out.append(c)
    for ws, we, strength in windows:
        if strength == 1:
            am = _APPOSITIVE.search(text, ws, we)
            if am and not _NOT_TITLE_NAME.search(am.group(1)):
                out.append(Candidate(am.start(1), am.end(1), T.METHOD, candidates.PRI_PROPOSED, "named"))
            continue
        mm = _CAP_SEQ.match(text, ws)
        if not mm:
            continue
        name = mm.group(0).rstrip(".,;:")
        if len(name) < 2 or name in NOT_NAMES or _NOT_NAMED_TAIL.search(name) or _SUPERSCRIPT.fullmatch(name):
            continue
        etype = T.DATASET if _DATA_NOUN_BEFORE.search(text, max(0, ws - 60), ws) else T.METHOD
        out.append(Candidate(ws, ws + len(name), etype, candidates.PRI_PROPOSED, "named"))
    return out
