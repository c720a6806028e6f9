"""An acronym the abstract defines that stands for the paper's own system (for :func:`.own.paper_method`).

Of the Methods no lexicon knows that the abstract defines an acronym for (:func:`_own_acronym_defs`): one defined
where the paper proposes it that then acts as a sentence's subject (:func:`acting_acronym`: "... (RCF). RCF
encapsulates"), one at least two later sentences open on (:func:`claiming_acronym`), or one whose words the title
names as its subject or means (:func:`title_acronym`: "Supervised Contrastive Learning" of "supervised contrastive
(SupCon) loss").
"""
from __future__ import annotations

import re

from kg.extract.lexicon_data import known_name
from kg.extract.words import FUNCTION_WORDS, KIND_HEADS, MEANS_PREPOSITIONS, TITLE_NP_STOP
from kg.vocab import EntityType as T
from kg.extract.results.data_proposals import DATA_WORD_RE, called_data
from kg.extract.results.parts import PART_HEAD
from kg.extract.results.title import generic


def _own_acronym_defs(text: str, found):
    """The Methods no lexicon knows that the abstract defines an acronym for, as ``(i, entity, aliases)``: not a
    kind of model ("CNNs") by their name or acronym, not data (:func:`acting_acronym`, :func:`title_acronym`)."""
    for i, c in enumerate(found.entities):
        al = found.aliases.get(i)
        if c[2] is not T.METHOD or not al or c[4].startswith("lexicon") or generic(found.name(text, i)) \
                or generic(al[0]) or called_data(text, al[0]):
            continue
        yield i, c, al


def acting_acronym(text: str, found) -> str | None:
    """The acronym the abstract defines for a Method no lexicon knows where the paper proposes it, and then writes
    as a sentence's subject, acting ("we propose an edge detector using richer convolutional features (RCF). RCF
    encapsulates all ..."): the paper's own system in an abstract whose proposals name none (not a kind of
    model, "CNNs"; not data).

    >>> from kg.extract import build_nlp
    >>> t = "Edge Cues\\n\\nWe propose a detector using deeper merged cues (DMC). DMC fuses all layers."
    >>> acting_acronym(t, build_nlp()(t).user_data["kg"].findings)
    'DMC'
    """
    for _i, c, al in _own_acronym_defs(text, found):
        s0 = text.rfind(". ", 0, c[0]) + 1
        if not _OWN_PROPOSAL.search(text, s0, c[0]) or DATA_WORD_RE.search(text, max(s0, c[0] - 40), c[0]):
            continue  # defined where the paper proposes it, not as data ("collect a dataset called ... (MUSES)"), a
            # stage of its approach ("Our approach has two stages, i.e., Domain Diversification (DD)") or its subject
        if _subject_opens(text[c[1]:], al[0]):
            return al[0]
    return None


def _subject_opens(text: str, acronym: str) -> list[str]:
    """The sentences of ``text`` that open on ``acronym`` as their subject, acting ("RCF encapsulates", "The SOQ
    clearly outperforms"): their openings."""
    return re.findall(rf"(?:^|[.!?]\s+)(?:The\s+)?{re.escape(acronym)}\s+(?:\w+ly\s+)?[a-z]+s\b", text, re.M)


def claiming_acronym(text: str, found, main: str) -> str | None:
    """The acronym the abstract defines for a Method no lexicon knows, other than the lower-case proposal ``main``,
    that at least two later sentences open on as their subject ("SOQ is faster ... SOQ outperforms ..."): the system
    the abstract speaks for, where what it proposes in words is an ingredient ("we introduce dense anchors").

    >>> from kg.extract import build_nlp
    >>> t = ("T\\n\\nThe best cues are Merged Deep Cues (MDC). We introduce dense anchors to seed them. "
    ...      "MDC is fast. MDC beats all.")
    >>> claiming_acronym(t, build_nlp()(t).user_data["kg"].findings, "dense anchors")
    'MDC'
    """
    for i, c, al in _own_acronym_defs(text, found):
        if found.name(text, i).lower() == main.lower():
            continue  # the proposal's own acronym ("bitemporal image transformer (BIT)"): the proposal as written
        if len(_subject_opens(text[c[1]:], al[0])) >= 2:
            return al[0]
    return None


def title_acronym(text: str, found, title: str) -> str | None:
    """The acronym the abstract defines for a Method no lexicon knows whose words the title names as its subject
    ("Supervised Contrastive Learning" of "the supervised contrastive (SupCon) loss", "... with Triadic Motif
    Fields" of "Triadic Motif Field (TMF)"; a plural may differ, and the head word of the definition's kind): the
    paper's own system, named in the abstract by its acronym only (not a kind of model, "CNNs"; not data; not
    what the title writes as a task's or a study's object: "... for Named Entity Disambiguation").

    >>> from kg.extract import build_nlp
    >>> t = "Skewed Margin Pooling\\n\\nWe study the skewed margin (SkeM) loss. We reach 80% on X."
    >>> title_acronym(t, build_nlp()(t).user_data["kg"].findings, "Skewed Margin Pooling")
    'SkeM'
    """
    said = plain_words(title)
    for _i, c, al in _own_acronym_defs(text, found):
        if c[5] or known_name(al[0]):
            continue
        words = plain_words(_ACRONYM_PAREN.sub(" ", text[c[0]:c[1]]))
        after = _NEXT_WORD.match(text, c[1])  # "the skewed margin (SkeM) loss" with the head outside the name
        headed = bool(words) and _kind_word(words[-1])
        words = words[:-1] if headed else words  # "the supervised contrastive (SupCon) loss": the title may name its kind
        headed = headed or after is not None and _kind_word(after.group(1).lower())
        if len(words) >= 2 and not known_name(" ".join(words)) and title_subject(said, words, headed):
            return al[0]
    return None


#: an acronym in parentheses inside a definition: "supervised contrastive (SupCon) loss"
_ACRONYM_PAREN = re.compile(r"\s*\([^()]*\)\s*")


#: the word after a definition, past its acronym: "skewed margin (SkeM) loss"
_NEXT_WORD = re.compile(r"(?:\s*\([^()]*\))?\s+([\w-]+)")


def _kind_word(word: str) -> bool:
    """A head word of a kind of model or of a part of one ("network", "loss"), in lower case."""
    return word in KIND_HEADS or PART_HEAD.search(word) is not None


#: the words before a title's subject that make it an object: "Revealing the Myth of", "for", "normal versus"
_OBJECT_WORDS = (FUNCTION_WORDS | TITLE_NP_STOP | {"versus", "vs"}) - {"and"}


#: the words after a phrase that end it in a title ("Evolution Strategies as ...", "... Fields and Application")
_PHRASE_END = TITLE_NP_STOP | {"and", "or", "as", ":"}


def plain_words(phrase: str) -> list[str]:
    """``phrase``'s words (and colons) in lower case, without a plural's "s" ("Triadic Motif Fields": triadic motif field)."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[\w-]+|:", phrase.lower())]


def title_subject(said: list[str], words: list[str], headed: bool) -> bool:
    """The title's words ``said`` hold ``words`` as its subject or its means: at its opening (after its colon, or after
    words of no function: "Fast and Simple ...") or after a word of means ("with"), and ending there (or one word
    later when the definition's own head word was dropped: "Supervised Contrastive Learning"); not an object
    ("for Named Entity Disambiguation") nor a modifier of another phrase ("Intracranial EEG Quantitative Analysis")."""
    n = len(words)
    for j in range(len(said) - n + 1):
        if said[j:j + n] != words:
            continue
        head = said[:j]
        before = head[len(head) - head[::-1].index(":"):] if ":" in head else head  # (after the title's last colon)
        after = said[j + n:]
        if (before and before[-1] in MEANS_PREPOSITIONS or not _OBJECT_WORDS.intersection(before)) \
                and (not after or after[0] in _PHRASE_END or headed and (len(after) == 1 or after[1] in _PHRASE_END)):
            return True
    return False


#: a sentence where the paper proposes something, up to a name: "In this paper, we propose an edge detector using"
_OWN_PROPOSAL = re.compile(r"\b(?:we|our|this (?:paper|work))\b[^.;]*\b(?:propos|present|introduc|develop|design)\w*\b", re.I)
