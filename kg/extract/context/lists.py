"""Members of a typed list: "methods such as X, Y and Z" (:func:`list_members`; the list's type from its noun,
:func:`list_type`)."""
from __future__ import annotations

import re

from kg.extract import candidates, head_phrases, text_spans
from kg.extract.context.compared import comparison_list
from kg.extract.candidates import Candidate
from kg.extract.context.datasets import PLAIN_TITLE_WORD
from kg.extract.lost_letters import LOST_LETTER_PATTERN
from kg.extract.words import (BAD_MODIFIERS, ING_OK, KIND_HEADS, KIND_NOUNS, LIST_NOUNS, METHOD_HEADS, NON_MODIFIERS,
                              TASK_HEADS)
from kg.vocab import EntityType as T

Span = tuple[int, int]

# --- members of a typed list: "methods such as X, Y and Z" ---------------------------------------------------

_NOUN_TYPE = {w: t for t, ws in LIST_NOUNS.items() for w in ws}
_LIST_CUT = re.compile(r"[;:()\[\]]|\.(?:\s|$)|\s(?:—|–|-)\s")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+")
_ITEM_STOP = {"by", "to", "for", "with", "that", "which", "in", "on", "at", "from", "as", "is", "are", "was", "were",
              "has", "have", "can", "could", "show", "shows", "while", "when", "where", "whose", "than", "into",
              "across", "under", "over", "using", "via", "despite", "without", "typically", "all", "our", "we", "it",
              "etc", "among", "have", "been", "be"}
#: Trailing words of a name item that describe rather than name ("InternVL2 models" -> "InternVL2").
_GENERIC_TAIL = {"model", "models", "network", "networks", "method", "methods", "approach", "variant", "variants",
                 "architecture", "architectures", "family", "series", "dataset", "datasets", "benchmark", "benchmarks"}
_TASK_WORD_END = ("tion", "sion", "ysis", "ics")
_LEAD = {"the", "a", "an"}
#: A word of an item: letters and digits of any script ("Nyströmformer"), inner marks, a letter an encoding lost
#: ("Nystr?mformer", :mod:`kg.extract.lost_letters`).
_ITEM_WORD = re.compile(rf"[^\W_](?:[\w\-+./']|{LOST_LETTER_PATTERN})*[\w+]|[^\W_]")
_LIST_NOUN_WORD = re.compile(r"[A-Za-z][\w\-/]*")
_LAST_OF_LIST = re.compile(r"\b(?:and|or|well)\b")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-Z]")
_BAD_OR_ITEM_STOP = frozenset(BAD_MODIFIERS | _ITEM_STOP)
_PUNCT = ",;:.()[]'\""  # none of them can be in a word of _LIST_NOUN_WORD


def list_type(text: str, cue_start: int) -> T | None:
    """The type a list's nouns give its members: the last word before "such as"/"including" (or the one
    before it, over a comma or an adjective: "tasks, including", "benchmarks/datasets such as")."""
    window = text[max(0, cue_start - 40):cue_start]
    # Most often the last chunks between spaces are plain words, maybe in punctuation ("tasks,", "(datasets"):
    # then they are the regex's last words, read without it. Anything else is left to the regex.
    chunks = window.rsplit(None, 3)
    rest = len(chunks) == 4  # then chunks[0] is the unsplit rest, maybe several chunks
    plain = 0
    for chunk in reversed(chunks[1:] if rest else chunks):
        w = chunk.strip(_PUNCT)
        if not w:
            continue
        if not (w.isascii() and w.isalpha()):
            break
        etype = _NOUN_TYPE.get(w.lower())
        if etype is not None:
            return etype
        plain += 1
        if plain == 2:
            return None
    else:
        if not rest:
            return None  # fewer than two words in all
    for w in _LIST_NOUN_WORD.findall(window)[:-3:-1]:  # the last word, then the one before it
        for part in reversed(w.lower().split("/")):
            if part in _NOUN_TYPE:
                return _NOUN_TYPE[part]
    return None


def list_members(text: str, cues: list[Span], sents: list[Span], title_end: int = 0) -> list[Candidate]:
    """Members of a list introduced by "such as"/"including"/"like" after a typed plural noun: names
    ("methods such as Inference-time Intervention", "models like Swinv2-G and BEIT-3") and short
    lower-case phrases for tasks and methods ("tasks including language understanding and coding").

    >>> t = "It helps on tasks such as image captioning, visual grounding and OCR. Done."
    >>> [(t[c.start:c.end], c.type.value) for c in list_members(t, [(18, 25)], text_spans.sentences(t))]
    [('image captioning', 'Task'), ('visual grounding', 'Task'), ('OCR', 'Task')]
    """
    out = []
    for s, e in cues:
        etype = list_type(text, s) if s > title_end else None
        if etype is None or (etype is T.METRIC and comparison_list(text, e)):
            continue  # no type; "distance measures including A, B": what a method computes, no metrics
        end = text_spans.sentence_of(sents, e, (0, len(text)))[1]
        end = min(end, e + 200)
        cut = _LIST_CUT.search(text, e, end)
        if cut:
            end = cut.start()
        pos = e
        closing = False
        while pos < end:
            sep = _LIST_SEP.search(text, pos, end)
            item_end = sep.start() if sep else end
            words = list(_ITEM_WORD.finditer(text, pos, item_end))
            names = [w.group(0) for w in words]
            low = [w.lower() for w in names]
            last = sep is None
            lead = 0
            while lead < len(low) and low[lead] in _LEAD:
                lead += 1
            if lead:
                del words[:lead], names[:lead], low[:lead]
            if not _ITEM_STOP.isdisjoint(low):  # cut at the first stop word, which ends the list
                i = next(i for i, w in enumerate(low) if w in _ITEM_STOP)
                if _main_subject(low[i], pos > e, closing):
                    break  # "corpora, such as RoBERTa, QuokkaNet can still gain": QuokkaNet is the clause's subject
                del words[i:], names[i:], low[i:]
                last = True
            c = _list_item(words, names, low, etype)
            if c is None:
                break
            out.append(c)
            if last or closing:
                break
            closing = bool(_LAST_OF_LIST.search(sep.group(0)))  # "A, B and C": C is the last
            pos = sep.end()
    return out


#: Verbs that, right after an item a bare comma joins to a list, make it the subject of the main clause.
_CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "can", "could", "show", "shows"})


def _main_subject(stop: str, later: bool, closing: bool) -> bool:
    """Whether a list item cut at the stop word ``stop`` begins the main clause, not the list: a later item
    (``later``) that no "and" or "or" closes the list with (``closing``), followed by a verb ("such as RoBERTa,
    QuokkaNet can still gain": the list ended at the comma). A closed list keeps its last item ("such as A and B
    are hard")."""
    return later and not closing and stop in _CLAUSE_VERBS


#: Verbs and vague words that cannot start a list member (nouns such as "query" can).
_NOT_ITEM_LEAD = NON_MODIFIERS - {"query", "queries", "impact", "practitioners", "truth", "support", "level"}


#: A plain capitalised word, maybe hyphenated ("Quokka", "Expectation-Maximization"): a surname or an ordinary
#: word, no name on its own (a coined name or an acronym is one: "BERT models" is BERT).
#: Technique heads that are no more than the kind of a thing after a name ("Quokka model", "Quokka approach").
_KIND_TAILS = frozenset(_GENERIC_TAIL | KIND_NOUNS | KIND_HEADS)


def _headed_by_technique(caps: list[str], rest: list[str]) -> bool:
    """Whether a Method list item's leading plain capitalised words (``caps``) and the one or two lower-case
    words after them (``rest``) are one name: the last word a technique head or a process noun ("Quokka
    sampling", "Wombat exploration", "Numbat random fields"), not a kind word ("Quokka model")."""
    if not rest or len(rest) > 2 or not all(PLAIN_TITLE_WORD.fullmatch(w) for w in caps):
        return False
    if not all(w.replace("-", "").isalpha() for w in rest):  # (``rest`` is lower-cased)
        return False
    head = rest[-1]
    return head not in _KIND_TAILS and (head in METHOD_HEADS or head_phrases.process_head(head))


def _list_item(words: list[re.Match], names: list[str], low: list[str], etype: T) -> Candidate | None:
    """One list member (its words, their text and lower case): a name (capitalised, acronym or with digits:
    its leading run of such words) or, in task and method lists, a short lower-case phrase without vague
    or verbal words."""
    if not words or len(words) > 5:
        return None
    if any(not w[0].islower() for w in names):
        if not _LETTER.match(names[0]) or (names[0][0].islower() and not _UPPER.search(names[0])):
            return None  # "72% relative reduction", "various gated RNNs": descriptions, not names
        n = 1
        while n < len(names) and (not names[n][0].islower() or names[n] in ("of", "for", "and")):
            n += 1
        while n > 1 and names[n - 1] in ("of", "for", "and"):
            n -= 1
        rest = low[n:]
        if etype is T.METHOD and _headed_by_technique(names[:n], rest):
            n = len(names)  # "Quokka sampling": a surname's technique, the head noun is part of the name
        if rest and not (len(rest) == 1 and rest[0] in _GENERIC_TAIL):
            if etype is T.DATASET:
                return None  # "2D images": a kind of data
        return Candidate(words[0].start(), words[n - 1].end(), etype, candidates.PRI_NAME + 5, "list")
    if etype not in (T.TASK, T.METHOD) or len(names) > 4:
        return None
    if not _BAD_OR_ITEM_STOP.isdisjoint(low) or low[0] in _NOT_ITEM_LEAD:
        return None
    if low[-1].endswith("ly"):
        return None
    if len(low) == 1:
        w = low[0]
        if etype is T.METHOD or not (w in TASK_HEADS or w in ING_OK or w.endswith(_TASK_WORD_END)):
            return None
    return Candidate(words[0].start(), words[-1].end(), etype, candidates.PRI_NAME + 5, "list")
