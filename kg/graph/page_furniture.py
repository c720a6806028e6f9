"""A page's furniture read as a name: what a PDF converter ran into a title or an abstract, not a technique.

:mod:`kg.graph.weak_evidence` holds such a mention no evidence in any number of papers (issue 18):

- **furniture** (:func:`furniture`): a template's placeholder ("XXXX"), a month in capitals before a year, a date, a
  word of a journal's header, of a keyword list, a heading or a caption, a device's model or maker before a hardware
  noun, a licence's name, a word after an author's footnote mark in a title;
- **a running header** (:func:`running_header`): authors' surnames, a colon and the short title in capitals;
- **a meeting** (:func:`meeting`): a name found by its shape with its edition's year in a venue's context
  ("accepted at X 2019", "the X 2020 workshop").
"""
from __future__ import annotations

import re

from kg.graph.namehood import SHAPE_RULES
from kg.models import Mention

#: A letter repeated: the placeholder text of a template ("XXXX", "xxxxxx"), maybe in groups a hyphen, a dot or a
#: slash joins (an ISBN's or a price's template: "XXX-X-XXXX-XXXX-X/XX/$XX.00").
_PLACEHOLDER = re.compile(r"(?=(?:[A-Za-z]+[-./])*([A-Za-z])\1\1)(?:\1+[-./])*\1+(?:[-./]\1+)*")
#: A month in capitals before a year: a journal's running header ("MARCH 2020", "JUNE 3, 2021").
_MONTH = re.compile(r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)")
_YEAR_AFTER = re.compile(r",?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d\b")
#: A date in any case: a month, maybe a day, a year ("May 2017", "March 18, 2018"): a header or a schedule.
_DATE = re.compile(r"(?i:january|february|march|april|may|june|july|august|september|october|november|december)"
                   r",?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d")
#: An edition's year after a name ("COLING 2016", "EVALITA-2018"), its end where what follows starts.
_EDITION = re.compile(r"[\s\-]?(?:(?:19|20)\d\d|'\d\d)\b(?:'s)?")
#: What puts a meeting before a name and its year: a citation's opening "In", a verb of publishing or
#: holding, a venue noun ("accepted at X 2019", "In COLING 2016.", "the hackathon X 2015").
_VENUE_BEFORE = re.compile(r"(?:(?:^|[.;]\s+|\(\s*)In|(?:accepted|published|presented|submitted|held|appear|"
                           r"appeared|appears|appearing)\s+(?:at|in|to|by)(?:\s+the)?|\bat(?:\s+the)?|"
                           r"(?:shared\s+task|competition|conference|workshop|symposium|hackathon|proceedings\s+of)"
                           r"\s+(?:at|of|in)?(?:\s*the)?|hackathon)\s+$", re.I)
#: A reference's opening before its venue: "In X", "In Proc. of X", "Proceedings of the X".
_CITED_IN = re.compile(r"(?:(?:^|[.;]\s+)In(?:\s+Proc(?:\.|eedings)\s+of)?(?:\s+the)?|Proceedings\s+of(?:\s+the)?)\s+$")
#: A reference's tail after its venue: maybe a year, then pages or a volume ("X 2016, pages 9-15", "X, pp. 3").
_CITATION_TAIL = re.compile(r"(?:\s+(?:19|20)\d\d)?[,.]\s*(?:pages|pp\.|vol\.|volume|\d+\s*[-–]\s*\d+)", re.I)
#: A hardware noun right after a name: the name is a device's model or maker ("ARM platforms", "K40c GPU").
_HARDWARE_AFTER = re.compile(r"[\s\-]+(?:CPUs?|GPUs?|NPUs?|TPUs?|processors?|platforms?|chips?|microcontrollers?|"
                             r"Cortex|SoCs?|hardware|FPGAs?|devices?|boards?)\b")
#: A name that ends in its edition's year: "SemEval-2018", "EVALITA 2018" (not "ResNet50", "Set14").
_OWN_YEAR = re.compile(r"[A-Za-z][\s\-]?'?(?:19|20)\d\d$")
#: What names the data of an edition after its year: "X 2010 Task 8", "X 2018 challenge data", "X 2017 test set".
_DATA_AFTER = re.compile(r"\s+(?:[\w\-]+\s+){0,2}(?:tasks?|tracks?|data|datasets?|benchmarks?|corpus|corpora|"
                         r"test|dev|validation|training|train|splits?)\b", re.I)
#: A venue noun after the year: "X 2016 workshop", "X 2018 Conference", "(X 2020) workshop".
_VENUE_AFTER = re.compile(r"\)?\s+(?:[A-Z][\w\-]*\s+){0,2}(?:workshops?|conference|symposium|proceedings|"
                          r"meeting|congress|summit|hackathon)\b", re.I)
#: A journal's running header in capitals, with its volume and number ("IEEE/ACM TRANSACTIONS ON AUDIO, SPEECH, AND
#: LANGUAGE PROCESSING", "IEEE TRANSACTIONS ON IMAGE PROCESSING, VOL. XX, NO. XX", "..., MM YY").
_JOURNAL_HEADER = re.compile(r"(?<![A-Za-z])(?:[A-Z][A-Z/]*\s+)*(?:TRANSACTIONS|JOURNAL|LETTERS|MAGAZINE)\s+(?:ON|OF)\s+"
                             r"[A-Z][A-Z\-]*(?:(?:\s*,\s*|\s+)(?:AND\s+|&\s+)?[A-Z][A-Z\-]*)*"
                             r"(?:\s*,\s*(?:VOL|NO)\.?\s*[\dX]+|\s*,\s*[A-Z]{2,}(?:\s+[A-Z\d]{2,4})?)*")
#: A template's placeholder after a label and a dot: "VOL.XX", "NO.XX", "XXX.XXXX".
_DOTTED_PLACEHOLDER = re.compile(r"(?:[A-Z]{2,4}|X{2,})\.X{2,}")
#: Words of a page's furniture a name ran into: a keyword list's head ("Index Terms-deep network"), a graphical
#: abstract's or a section's heading ("Graphical Abstract LongReMix", "1 Introduction Word embeddings"), a figure's
#: or a table's caption ("... Convolutional Networks Figure 1:", "(Figure 1)").
_FURNITURE_WORDS = re.compile(r"^(?:Index\s+Terms|Keywords\b|Graphical\s+Abstract|Highlights\b|Introduction\s+[A-Z])"
                              r"|\b(?:Figure|Fig\.)(?:\s*\d+[a-z]?)?$|\bTable\s*\d+[a-z]?$")  # not "Marmot Table"
#: A licence word right after a name: the name is a software licence's ("under the MIT License", "BSD license").
_LICENSE_AFTER = re.compile(r"[\s\-]+(?:licen[sc]es?|licensed)\b", re.I)


#: An author's footnote mark after a word: what follows it in a title is the authors' names and affiliations.
_FOOTNOTE_MARK = re.compile(r"\w\s?[*\u2020\u2021](?:\s|$)")


#: A page's running header in capitals that a PDF converter ran into the abstract: two authors' surnames or more
#: (or one and "ET AL."), a colon, and the short title in capitals ("ZHAI, WU: CLASSIFICATION IS A STRONG
#: BASELINE", "BORSE ET AL.: HIERARCHICALLY SUPERVISED ..."). One capitalised word before a colon is a title's name.
_RUNNING_HEADER = re.compile(r"(?<![\w\-])[A-Z][A-Z'\-]+(?:(?:,\s*(?:AND\s+)?|\s+AND\s+)[A-Z][A-Z'\-]+)*"
                             r"(?:(?:,\s*(?:AND\s+)?|\s+AND\s+)[A-Z][A-Z'\-]+|,?\s+ET\s+AL\.?)\s*:(?:\s*[A-Z0-9][A-Z0-9'\-]*(?![a-z])[,:]?)+")


def running_header(m: Mention, text: str) -> bool:
    """Whether a mention stands in a running header (:data:`_RUNNING_HEADER`) of the abstract, or of the title
    before the title proper (a whole title in capitals is a title: "NOSE, EYES AND EARS: HEAD POSE ESTIMATION").

    >>> from kg.vocab import EntityType
    >>> t = "We sort glyphs. ZHAI, WU: GLYPH SORTING IS A STRONG BASELINE Glyphs matter. KGNET: A NET"
    >>> [running_header(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("ZHAI", "SORTING", "Glyphs", "KGNET")]
    [True, True, False, False]
    >>> t = "QUOKKA, WOMBAT: GLYPH NETS Glyph Nets: Sorting Glyphs"
    >>> running_header(Mention(EntityType.METHOD, "WOMBAT", 8, 14, field="title", rule="name"), t)
    True
    >>> t = "NOSE, EYES AND EARS: HEAD POSE BY KEYPOINTS"
    >>> running_header(Mention(EntityType.METHOD, "EYES", 6, 10, field="title", rule="name"), t)
    False
    """
    if m.field not in ("abstract", "title"):
        return False
    rest = len(text.rstrip())
    return any(h.start() <= m.start and m.end <= h.end() and (m.field == "abstract" or h.end() < rest)
               for h in _RUNNING_HEADER.finditer(text, max(0, m.start - 200), m.end + 200))


def furniture(m: Mention, text: str) -> bool:
    """Whether a name found by its shape is a page's furniture, no evidence in any number of papers: a
    template's placeholder ("XXXX", "XXX-X-XXXX-XXXX-X"), a month in capitals before a year (a journal's header,
    "MARCH 2020"), a date found by any rule ("May 2017"), a word of a journal's header ("IEEE TRANSACTIONS ON AUDIO, SPEECH, ...",
    "VOL.XX") or of a keyword list, a heading or a caption the name ran into ("Index Terms-deep network",
    "Graphical Abstract LongReMix", "... Networks Figure"), a meeting with its edition's year (:func:`meeting`), a device's
    model or maker before a hardware noun ("ARM platforms", "a Titan XP GPU"), a licence's name ("under the BSD
    license"), a word of a
    running header (:func:`running_header`), or a word after an author's footnote mark in a title
    (the authors' affiliation a PDF converter ran into the title: "... Adaptation Sunghoon Im * DGIST", "...
    Detection Joong-won Hwang * ETRI").

    >>> from kg.vocab import EntityType
    >>> t = "IEEE TRANSACTIONS, MARCH 2020 Journal XX (XXXX) and the MARCH model"
    >>> [furniture(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("MARCH", "XXXX")], furniture(Mention(EntityType.METHOD, "MARCH", 56, 61, rule="name"), t)
    ([True, True], False)
    >>> t = "Disentangling Networks for Adaptation Jane Doe * DGIST"
    >>> furniture(Mention(EntityType.METHOD, "DGIST", 49, 54, field="title", rule="name"), t)
    True
    """
    if m.rule not in ("lexicon", "lexicon-gen") and (_DATE.fullmatch(m.text) or _FURNITURE_WORDS.search(m.text)
                                                    or _DOTTED_PLACEHOLDER.fullmatch(m.text)):
        return True  # whatever rule found it: "May 2017" after "conference on X,", "Index Terms-deep network"
    if m.rule != "lexicon" and _in_journal_header(m, text):
        return True
    if m.rule not in SHAPE_RULES or m.aliases:
        return False
    if _PLACEHOLDER.fullmatch(m.text) or (m.field == "title" and _FOOTNOTE_MARK.search(text, 0, m.start)):
        return True
    if running_header(m, text):
        return True
    if _HARDWARE_AFTER.match(text, m.end) or _LICENSE_AFTER.match(text, m.end):
        return True  # a device's model or maker ("on ARM platforms", "a Tesla K40c GPU"), a licence ("BSD license")
    return (_MONTH.fullmatch(m.text) is not None and _YEAR_AFTER.match(text, m.end) is not None) or meeting(m, text)


def _in_journal_header(m: Mention, text: str) -> bool:
    """Whether a mention stands in a journal's running header (:data:`_JOURNAL_HEADER`).

    >>> from kg.vocab import EntityType
    >>> t = "IEEE/ACM TRANSACTIONS ON AUDIO, SPEECH, AND LANGUAGE PROCESSING, VOL. XX 1 Sorting Speech"
    >>> [_in_journal_header(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("SPEECH", "VOL", "Sorting")]
    [True, True, False]
    """
    return any(h.start() <= m.start and m.end <= h.end()
               for h in _JOURNAL_HEADER.finditer(text, max(0, m.start - 200), min(len(text), m.end + 200)))


def meeting(m: Mention, text: str) -> bool:
    """Whether a name found by its shape is a meeting with the year of its edition: a year in or after it and
    a venue's context, a preposition or verb of publishing before it ("accepted at X 2019", a citation's
    "In X 2016.", "the shared task at X 2018") or a venue noun after the year ("the X 2020 workshop"). A
    challenge or shared task that is data keeps its name: "on X 2016", "at X-2010 Task 8", "X 2018
    challenge data" have no such context or name the data after the year.

    >>> from kg.vocab import EntityType
    >>> t = "It beats 9 models. In QUOLL, pages 7-9."
    >>> meeting(Mention(EntityType.METHOD, "QUOLL", 22, 27, rule="name"), t)
    True
    >>> t = "In KOALA 2016. Our rank at EMU-2018 and the EMU 2019 workshop, on EMU 2017; at EMU-2020 Task 3."
    >>> [meeting(Mention(EntityType.METHOD, w, t.index(w, i), t.index(w, i) + len(w), rule="name"), t)
    ...  for w, i in (("KOALA", 0), ("EMU-2018", 0), ("EMU", 40), ("EMU", 65), ("EMU-2020", 0))]
    [True, True, True, False, False]
    """
    if m.rule not in SHAPE_RULES or m.aliases:
        return False
    if _CITED_IN.search(text, max(0, m.start - 20), m.start) and _CITATION_TAIL.match(text, m.end):
        return True  # a reference's venue: "In X, pages 49-57.", "In Proc. of X. pages 9-15."
    own = _OWN_YEAR.search(m.text)
    year = _EDITION.match(text, m.end)
    if own is None and (year is None or re.search(r"\d", m.text)):
        return False
    end = m.end if own is not None else year.end()
    if _DATA_AFTER.match(text, end):
        return False
    return _VENUE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None \
        or _VENUE_AFTER.match(text, end) is not None
