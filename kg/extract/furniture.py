"""Document furniture: the parts of a text a PDF converter ran into an abstract or a title that are no content.

arXiv stamps ("arXiv:2004.05388v1 [cs.CL] 11 Apr 2020"), journal and proceedings headers, section titles in capitals,
review stamps, affiliation and footnote sentences, tables of scored words (:func:`furniture_spans`); a venue tag, an
author running head or a review stamp before a title proper (:func:`title_lead`). Nothing inside them is an entity
(:func:`outside`, :func:`before_furniture`; called by :func:`kg.extract.selection.entity_hood`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract import words
from kg.extract.candidates import Candidate
from kg.extract.words import KIND_HEADS

Span = tuple[int, int]


#: arXiv stamps ("arXiv:2004.05388v1 [cs.CL] 11 Apr 2020"), journal and proceedings headers set in capitals
#: ("IEEE TRANSACTIONS ON IMAGE PROCESSING", "VOL. XX, NO. XX"), section titles in capitals ("1 INTRODUCTION", a template's
#: "KEYWORDS" and "CCS CONCEPTS"), review stamps
#: ("Published as a conference paper at ICLR 2020", "A PREPRINT") with the capitals after them, and the cells
#: of a table or figure of scored words ("Golf course (0.76) PGA Tour (0.74) Tennis (0.74) Spice (0.76)": four
#: or more names each followed by a bracketed score, with no comma or function word between): PDF converters leave them
#: in abstracts; nothing inside them is an entity.
#: A table of scored words ("Tennis (0.74) Spice (0.76) ..."): four or more names each before a bracketed
#: score, no function word between; run only where four such scores occur (:data:`_SCORE_CELL`).
_SCORE_CELLS = re.compile(
    r"(?:(?:(?!(?:and|or|of|on|in|at|by|to|for|with|the|an?|vs)\b)[A-Za-z][\w.'&\-]*\s+){1,5}"
    r"\(\d?\.\d{1,3}\)\s*){4,}")


_SCORE_CELL = re.compile(r"\(\d?\.\d{1,3}\)")


_FURNITURE = re.compile(
    r"\barXiv:\s?\S+(?:\s+\[[\w.\-]+\])?(?:\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4})?"
    r"|\[(?:cs|stat|math|eess|econ|physics|q-bio|q-fin|quant-ph|cond-mat|astro-ph)(?:\.[A-Za-z]{2})?\]"
    r"|\b(?:IEEE|ACM|SIAM|IET|ELSEVIER|SPRINGER)?\s*(?:TRANSACTIONS?|JOURNAL|PROCEEDINGS|LETTERS|MAGAZINE)"
    r"(?:\s+(?:ON|OF|IN|FOR|AND|&|[A-Z][A-Z\-]+))*"
    # the volume and number of a journal header, filled in or left as a template's "XX"
    r"|\bVOL\.\s?(?:\d+|X+)\s?,\s?NO\.\s?(?:\d+|X+)"
    r"|(?<![\w-])(?:\d{1,2}\.?\s+)?(?:INTRODUCTION|RELATED WORKS?|BACKGROUND|CONCLUSIONS?|REFERENCES|"
    r"ACKNOWLEDGE?MENTS?|PRELIMINARIES|EXPERIMENTS|ABSTRACT|KEYWORDS|CCS CONCEPTS|INDEX TERMS)(?![\w-])"
    # review stamps of a PDF's first page, with the title repeated in capitals after them
    r"|\b(?:(?:Published|Under review) as a (?:conference |workshop )?paper at [A-Z][A-Za-z]*(?: \d{4})?"
    r"|Preprint\. Under review\.?|(?:A )?PREPRINT|Work in Progress|WORK IN PROGRESS)(?:\s+[^\sa-z]+(?=\s|$))*"
    r"|\bWork in progress\b"  # (a title in capitals after it is the paper's: "Work in progress NCP-VAE: ...")
    # a venue footer: "33rd Conference on Neural Information Processing Systems (NeurIPS 2019)", "the 5th European
    # Conference on Data Analysis (ECDA 2018)": the meeting's name and its acronym name no entity
    r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){0,3}(?:Conference|Workshop|Symposium)\s+on\s+[^()\n]{3,80}?"
    r"\([^()\n]{2,24}\)"
)


#: A journal's name in mixed case that opens the title, a running head a PDF converter ran into it ("Glyph
#: Recognition Letters Sorting Mail ...", "QRS Publications Glyph ..."): one to three capitalised words and a
#: journal's noun, before the capitalised word that opens the title proper (group 1).
_TITLE_JOURNAL = re.compile(r"(?:[A-Z][\w\-]*\s+){1,3}(?:Letters|Publications|Journal|Transactions|Magazine)(?=\s+([A-Z][\w\-]*))")


#: Words after which a journal's noun goes on with the title's noun phrase ("Handwritten Letters Recognition").
_GOES_ON = frozenset(words.TASK_HEADS | KIND_HEADS)


#: A template's review stamp, through its venue and the year: "Published as a conference paper at ICLR 2018 ",
#: "Under review as a conference paper at ICLR 2017 ", "Accepted at QUOLL 2020 ", "Workshop track -ICLR 2016 ".
_REVIEW_STAMP = (r"(?:(?:Published|Accepted|Under[ \t]+review)(?:[ \t]+as[ \t]+(?:an?[ \t]+)?(?:conference[ \t]+|workshop[ \t]+)?"
                 r"paper)?[ \t]+(?:at|to|in)|Workshop[ \t]+track[ \t]*[-\u2013\u2014])"
                 r"[ \t]*(?:the[ \t]+)?[A-Z][\w\-]*[ \t]+(?:19|20)\d\d(?![\w\-])")


#: A word in capitals, accented ones too ("DOE", "MÜLLER", "JEAN-LUC"): a running head's authors are set so.
_CAPS_WORD = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Z\u00C0-\u00D6\u00D8-\u00DE\-]*"
#: Page furniture a PDF converter ran into the title before the title proper: a venue tag with its edition's
#: year after an apostrophe before the title's words ("EMNLP-Findings'20 ", "CVPR'19 "; "WMT'14: ..." names its
#: head), an author running head, surnames and "et al." before a colon ("CHEN ET AL: ", "Doe et al.: "), or a
#: review stamp (:data:`_REVIEW_STAMP`; the title proper after it, often in capitals, is the paper's), or a
#: running head of one to three words in capitals (:data:`_CAPS_WORD`) before a colon when the title proper after
#: it opens on a name of one word before a colon that comes again, in any case, later in the title ("DOE, ROE:
#: FOONET: TREE PARSING FooNet: Tree Parsing"; not "Review: GAN: A Survey of GAN: models"): a PDF's first page
#: gives its running head (the authors) and the title, then the title again as set; a title of its own with two
#: heads ("FooNet: Parsing: A Study") names its work once. The same running head before a title in capitals of three
#: words or more that comes again as set ("DOE: TREE PARSING AT SCALE Tree Parsing at Scale") is furniture too.
#: A template's venue line for an online conference ("Virtual Event, China ", "Virtual Event, Australia. 2021. ") is
#: furniture too.
#: (Spaces within the title's line only: an abstract that opens with "Doe et al.:" leaves the title be.)
_TITLE_LEAD = re.compile(r"[ \t]*(?:[A-Za-z][\w\-]*['\u2019]\d\d(?![\w'\u2019])"
                         r"|(?:[A-Z][\w\-]*,?[ \t]+)+(?i:et[ \t]+al)\.?[ \t]*:"
                         r"|(?:" + _CAPS_WORD + r",?[ \t]+){0,2}" + _CAPS_WORD
                         + r"[ \t]*:(?=[ \t]+(?P<name>[A-Z][\w\-]*):[^\n]*[ \t](?i:(?P=name)):"
                         r"|[ \t]+(?P<caps>[A-Z][A-Z\-]+(?:[ \t]+[A-Z][A-Z\-]*){2,})[ \t]+(?i:(?P=caps))(?!\w))"
                         r"|" + _REVIEW_STAMP
                         + r"|Virtual[ \t]+Event(?:,[ \t]+[A-Z][a-z]+)?(?:\.[ \t]+(?:19|20)\d\d\.)?)(?:[ \t]+|$)")


def title_lead(text: str) -> int:
    """Where the title proper starts after a venue tag, an author running head or a review stamp that opens it
    (:data:`_TITLE_LEAD`), 0 if none does: that furniture names nothing and is no part of the title's name.

    >>> title_lead("QUOLL'21 FooNet: Tree Parsing"), title_lead("DOE ET AL.: FOONET: TREE PARSING")
    (9, 12)
    >>> title_lead("FooNet'2: Tree Parsing"), title_lead("QUOLL'21: Tree Parsing"), title_lead("Tree Parsing\\n\\nDoe et al.: ")
    (0, 0, 0)
    >>> t = "Published as a conference paper at QUOLL 2019 TREE PARSING"; t[title_lead(t):]
    'TREE PARSING'
    >>> title_lead("Workshop track -QUOLL 2018 TREE PARSING"), title_lead("Published Trees at Scale 2019 Edition")
    (27, 0)
    >>> title_lead("JANE DOE: QUOKKA: TREES QUOKKA: Trees"), title_lead("DOE, ROE: FOONET: TREE PARSING FooNet: Tree Parsing")
    (10, 10)
    >>> title_lead("FooNet: Parsing: A Study"), title_lead("DOE, ROE: FOONET: TREE PARSING"), title_lead("Tree Parsing: FooNet")
    (0, 0, 0)
    >>> title_lead("Review: GAN: A Survey of GAN: models"), title_lead("MÜLLER: QUOKKA: TREES QUOKKA: Trees")
    (0, 8)
    >>> title_lead("DOE: TREE PARSING AT SCALE Tree Parsing at Scale"), title_lead("DOE: TREE PARSING AT SCALE")
    (5, 0)
    >>> t = "Virtual Event, Oz. 2021. Tree Parsing"; t[title_lead(t):], title_lead("Virtual Event"), title_lead("Virtual Events")
    ('Tree Parsing', 13, 0)
    """
    m = _TITLE_LEAD.match(text)
    return m.end() if m else 0


def _title_journal(text: str) -> list[Span]:
    """The span of a journal's name that opens the title (:data:`_TITLE_JOURNAL`), if the word after its noun
    does not go on with the noun phrase (a task or kind head would: "Handwritten Letters Recognition").

    >>> t = "Glyph Recognition Letters Sorting Mail by Readers"
    >>> [t[a:b] for a, b in _title_journal(t)], _title_journal("Handwritten Letters Recognition by Readers")
    (['Glyph Recognition Letters'], [])
    """
    m = _TITLE_JOURNAL.match(text)
    if m is None or m.group(1).lower() in _GOES_ON:
        return []
    return [m.span()]


#: Sentences that are affiliations, footnotes or contribution notes, not the paper's content.
_NOTE_SENTENCE = re.compile(
    r"\b(?:affiliations?|equal contributions?|contributed equally|corresponding authors?|"
    r"(?:work|this) (?:was |is )?(?:done|performed|conducted) (?:while|when|during)|"
    r"work (?:was |is )?(?:partly |partially )?done (?:at|as an? intern)|"
    r"internship|(?:an? |is |was )intern (?:at|in|with)|e-?mail)\b"
    # "B. Leibe are with RWTH", "James was with the VGG": where an author works, not a thing the paper uses
    r"|(?-i:\b[A-Z][a-z]+) (?:is|are|was|were) (?:now )?with (?:the )?(?-i:[A-Z])"
    r"|\b(?:University|Institute|Laboratory|Department) of\b|[\w.+\-]+@[A-Za-z][\w\-]*\.[A-Za-z]{2,}",
    re.I)


#: Literals one of which every match of :data:`_FURNITURE` / :data:`_NOTE_SENTENCE` holds.
_FURNITURE_HINTS = ("arXiv", "[cs", "[stat", "[math", "[eess", "[econ", "[physics", "[q-", "[quant", "[cond",
                    "[astro", "TRANSACTION", "VOL.", "JOURNAL", "PROCEEDINGS", "LETTERS", "MAGAZINE", "INTRODUCTION",
                    "RELATED WORK", "BACKGROUND", "CONCLUSION", "REFERENCES", "ACKNOWLEDG", "PRELIMINARIES",
                    "EXPERIMENTS", "ABSTRACT", "KEYWORDS", "CCS CONCEPTS", "INDEX TERMS", "paper at", "Preprint",
                    "PREPRINT", "in Progress", "in progress", "IN PROGRESS", "Conference on", "Workshop on", "Symposium on")


_NOTE_HINTS = ("ffiliation", "FFILIATION", "ontribut", "ONTRIBUT", "orresponding", "ORRESPONDING", "done w",
               "done d", "DONE W", "DONE D", "performed w", "performed d", "done a", "DONE A", "ntern at", "ntern in", "ntern with", "are with",
               "were with", "was with", "is with", "conducted w", "conducted d", "nternship",
               "NTERNSHIP", "mail", "MAIL", "niversity", "NIVERSITY", "nstitute", "NSTITUTE", "aboratory",
               "ABORATORY", "epartment", "EPARTMENT", "@")


def furniture_spans(text: str, sents: list[Span]) -> list[Span]:
    """Spans of document furniture: arXiv stamps, journal headers, section titles in capitals, and whole
    sentences that are affiliations or footnotes.

    >>> t = "We use BERT. arXiv:2004.05388v1 [cs.CL] 11 Apr 2020 * Equal contribution, University of Oz."
    >>> [t[a:b] for a, b in furniture_spans(t, [(0, 12), (13, len(t))])]
    ['arXiv:2004.05388v1 [cs.CL] 11 Apr 2020', '* Equal contribution, University of Oz.']
    """
    out = []
    lead = title_lead(text)
    # the regexes only where a literal they need occurs (a few substring tests cost far less than the scans)
    if any(h in text for h in _FURNITURE_HINTS):
        # (a stamp that opens the title ends at the lead: the capitals after it are the title proper)
        out = [m.span() for m in _FURNITURE.finditer(text, lead) if m.end() - m.start() > 3]
    out += _title_journal(text) + _licences(text)
    if lead:
        out.append((0, lead))
    if "(" in text and len(_SCORE_CELL.findall(text)) >= 4:
        out = sorted(out + [m.span() for m in _SCORE_CELLS.finditer(text)])
    if not any(h in text for h in _NOTE_HINTS):
        return out
    for m in _NOTE_SENTENCE.finditer(text):  # one scan of the text (most have no such sentence)
        i = bisect_right(sents, (m.start(), _NO_END)) - 1
        if i >= 0 and m.start() < sents[i][1]:
            # from a footnote mark before the note, if any, else the sentence start, to the sentence end
            start = max(sents[i][0], max(text.rfind(mark, sents[i][0], m.start()) for mark in "*†‡"))
            axis = _AXIS_TICKS.search(text, m.end(), sents[i][1])  # a figure's text run on after the note
            end = axis.start() if axis else sents[i][1]
            if (start, end) not in out:
                out.append((start, end))
    return out


#: A licence a text names for itself or its code ("published under the Creative Commons Attribution 4.0 International
#: (CC-BY 4.0) license", "released under the MIT license", a title's "CC-BY-NC-ND 4.0"): up to five capitalised words
#: and numbers (no article or preposition) before "license"/"licence" that no capitalised word, hyphen or "plate"
#: follows (a title's "Software License Classification", "License-Plate Recognition" name tasks), or a Creative
#: Commons code. No method, no dataset.
_LICENCE = re.compile(
    r"\bCC[- ]BY(?:[- ](?:NC|ND|SA))*(?:[- ]?\d\.\d)?\b"
    r"|(?:\b(?!(?:A|An|The|Under|For|With|Of|And|Or|To|In|On|By)\b)[A-Z0-9][\w.+\-]*[ \t]+){1,5}"
    r"(?:\([ \t]*CC[^)]{0,20}\)[ \t]*)?[Ll]icen[cs]e\b(?![ \t\-]+(?:[A-Z]|[Pp]lates?\b))")


def _licences(text: str) -> list[Span]:
    """Spans of the licences a text names (:data:`_LICENCE`); none where no licence word is written."""
    if "icens" not in text and "icenc" not in text and "CC" not in text:
        return []
    return [m.span() for m in _LICENCE.finditer(text)]


_NO_END = 1 << 62


#: A figure's axis ticks ("85 80 75 70 65"): where a note without a full stop runs into a figure's labels.
_AXIS_TICKS = re.compile(r"(?:\s\d+(?:\.\d+)?){4,}\s")


def outside(cands: list[Candidate], spans: list[Span]) -> list[Candidate]:
    """The candidates that overlap none of ``spans``."""
    if not spans:
        return cands
    return [c for c in cands if not any(a < c[1] and c[0] < b for a, b in spans)]


def before_furniture(text: str, cands: list[Candidate], spans: list[Span]) -> list[Candidate]:
    """The candidates cut back to their words before the first of ``spans`` they run into, a name grown after
    :func:`outside` ran ("GATED TREE CONVOLUTION PREPRINT" is "GATED TREE CONVOLUTION"); one that starts inside
    or after the furniture's start has no words before it and is dropped; one clear of it stays as it is.

    >>> t = "GATED TREE CONVOLUTION PREPRINT TREES-"
    >>> from kg.vocab import EntityType as T
    >>> cs = [Candidate(0, 31, T.METHOD, 30, "head"), Candidate(23, 31, T.METHOD, 30, "head"),
    ...       Candidate(32, 38, T.METHOD, 75, "title-name")]
    >>> [t[c.start:c.end] for c in before_furniture(t, cs, [(23, 31)])]
    ['GATED TREE CONVOLUTION', 'TREES-']
    """
    out = []
    for c in cands:
        cut = min((a for a, b in spans if a < c.end and c.start < b), default=None)
        if cut is None:
            out.append(c)
            continue
        end = c.start + len(text[c.start:cut].rstrip(" \t\n-\u2013\u2014,;:"))
        if end > c.start:
            out.append(c._replace(end=end))
    return out
