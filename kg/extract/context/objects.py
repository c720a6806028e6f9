"""What a paper says it introduces: the lower-case object of "we propose a span masking loss"
(:func:`proposal_objects`) and a title's Title Case noun phrase (:func:`title_np`)."""
from __future__ import annotations

import re

from kg.extract import candidates, head_phrases, proposals
from kg.extract.candidates import Candidate
from kg.extract.furniture import title_lead
from kg.extract.padded_heads import lower_lead
from kg.extract.words import (BAD_MODIFIERS, CUE_WORDS, DATA_HEADS, DATASET_HEADS, DIRECTIONS, ED_OK, KIND_HEADS,
                              KIND_NOUNS, MEANS_PREPOSITIONS, METHOD_HEADS, NON_MODIFIERS, TITLE_CLAUSE_WORDS, TITLE_NP_NOT_FIRST,
                              TITLE_NP_STOP, TITLE_TASK_HEADS_ALL)
from kg.link.normalize import coined_word, singular
from kg.vocab import EntityType as T

Span = tuple[int, int]

# --- what a paper says it introduces -------------------------------------------------------------------------

_OBJ_LEAD = re.compile(
    r"\s*(?:(?:a|an|the|our|its)\s+)?"
    r"(?:(?:new|novel|simple|effective|efficient|lightweight|light-weight|general|unified|flexible|versatile|"
    r"powerful|principled|generic|robust|scalable|practical|innovative|yet|completely|highly|fully|simple,|"
    r"effective,|efficient,|and|first)\s+)*"
)
_OBJ_WORD = re.compile(r"[A-Za-z0-9][\w\-+'/]*")
_SPACED_RUN = re.compile(r"[A-Za-z0-9][\w\-+'/]*(?:\s+[A-Za-z0-9][\w\-+'/]*)*")
_OBJ_STOP = {"to", "that", "which", "for", "with", "by", "in", "on", "of", "from", "as", "and", "or", "using", "via",
             "where", "whose", "while", "called", "named", "dubbed", "termed", "into", "at", "through", "is", "are"}

#: Adverbial particles: the object ends before them ("we bring dense priors back to ...", "we carry the loss over").
_PARTICLES = frozenset(("back", "out", "up", "down", "off", "away", "together", "again", "instead", "forth", "over"))

_ADJECTIVE_ENDS = ("ive", "al", "ous", "ic", "able", "ible", "ent", "ant", "end", "less", "free", "aware", "based",
                   "level", "efficient", "wise", "like", "specific", "stage", "step", "parameter", "line")
_DIGIT = re.compile(r"\d")
_OBJ_AFTER = re.compile(r"(?:\s+\d{1,2}(?=[\s,.;]))?\s*(?:[,.;(]|to\b|that\b|which\b|for\b|with\b|,?\s*(?:a|an)\s|(?:"
                        + "|".join(sorted(_PARTICLES)) + r")\s+(?:to|into|in|with|from)\b)")
_BAD_OR_NON_MODIFIERS = frozenset(BAD_MODIFIERS | NON_MODIFIERS)
_NAME_FOLLOWS = re.compile(r"\s*\w*\s*(?:,\s*)?(?:\(|named|called|dubbed|termed|coined|known as|referred to as|"
                           r",\s*[A-Z])")


def _no_technique_words(names: list[str], low: list[str]) -> bool:
    """Whether a proposal's object words (``names``; ``low`` in lower case) name no technique written in lower
    case (:func:`proposal_objects`): a capitalised name (the name rules find it), a bad or non-modifier, a kind
    described by one word, or a last word that describes ("an extractive model", "a hybrid approach")."""
    # (all lower case, the common case, needs no word by word test)
    if not " ".join(names).islower() and any(not w.islower() and not _DIGIT.search(w) for w in names):
        return True  # a capitalised name: found by the name rules
    if not _BAD_OR_NON_MODIFIERS.isdisjoint(low):
        return True
    if len(low) == 2 and low[-1] in KIND_HEADS and head_phrases.described(names[:1]):
        return True  # "an end-to-end network", "a modular network": a kind described by one word, as the head rule
        # reads it (three words or more are mostly a name written in lower case: "a dual co-matching network")
    last = low[-1].rsplit("-", 1)[-1]
    return last.endswith(_ADJECTIVE_ENDS) or last in DIRECTIONS or (last.endswith("ed") and last not in ED_OK) \
        or (len(low) == 1 and "-" not in low[0]) or last in DATASET_HEADS  # the name is elsewhere, if any


def proposal_objects(text: str, windows: list[tuple[int, int, int]]) -> list[Candidate]:
    """The technique a "we propose ..." sentence introduces when it is a lower-case phrase: "we propose a
    diffusion prior loss", "we introduce a greedy pseudo-labelling approach" (the kind noun is left out),
    "we present hyper-connections, a simple yet effective method"; and capitalised names standing alone
    there (:func:`kg.extract.proposals.object_names`).

    >>> t = "We introduce a greedy pseudo-labelling approach to train it."
    >>> [t[c.start:c.end] for c in proposal_objects(t, [(12, 60, 1)])]
    ['greedy pseudo-labelling']

    A kind of thing ("network", "architecture", "system") after one lower-case word is described, not named, as
    :func:`kg.extract.head_phrases.head_phrases` reads it ("an end-to-end network", "a modular architecture"):

    >>> t = "We propose an end-to-end network to sort it."
    >>> proposal_objects(t, [(10, 44, 1)])
    []

    A direction compound before the kind noun is a manner, no name ("a layered bottom-up method"):

    >>> t = "We introduce a layered bottom-up method to sort it."
    >>> proposal_objects(t, [(12, 51, 1)])
    []
    """
    out = []
    for ws, we, strength in windows:
        if strength != 1:
            continue
        start = _OBJ_LEAD.match(text, ws, we).end()
        # the words up to punctuation (read as one run of words between spaces)
        run = _SPACED_RUN.search(text, start, min(we, start + 80))
        if run is None:
            continue
        names, low, kind = _object_words(run.group(0))
        if not names or len(names) > 4:
            continue
        if low[-1] in DATA_HEADS:  # "an evaluation set", "the Amazon3M data": data, no technique
            if low[-1] not in DATASET_HEADS:  # (a "dataset" or "corpus" is found by the dataset rules)
                out.extend(_named_data(text, run.start(), names))
            continue
        if _no_technique_words(names, low):
            continue
        end = run.start()
        for name in names:  # the end of the last word (each is the next occurrence: spaces are between)
            end = text.index(name, end) + len(name)
        after = text[end:end + 40]
        if kind and _NAME_FOLLOWS.match(after):
            continue  # "a pooling strategy, Multi-Layers Trainable Pooling": the name follows
        if not kind and (not _OBJ_AFTER.match(after) or proposals.is_passive(text, ws, strength)):
            continue  # (the subject of "a novel X is proposed" needs its kind noun: "a novel ranking algorithm")
        out.append(Candidate(run.start(), end, T.METHOD, candidates.PRI_CONTEXT + 2, "object"))
    out.extend(proposals.object_names(text, windows))  # and the capitalised ones that stand alone
    return out


def _object_words(run: str) -> tuple[list[str], list[str], bool]:
    """The words of a proposal's object up to a stop word, an adverb, a particle, a bare number after its words (a
    footnote's mark: "we release the code 1 for ...") or a kind noun (at most six), their lower case, and whether a
    kind noun ended them ("a greedy pseudo-labelling approach")."""
    names, low = [], []
    for name in run.split():
        w = name.lower()
        if w in _OBJ_STOP or w in _PARTICLES or (w.endswith("ly") and w not in ("early", "family")) \
                or (names and w.isdigit()):
            break
        if w in KIND_NOUNS:
            return names, low, bool(names)
        names.append(name)
        low.append(w)
        if len(names) > 5:
            break
    return names, low, False


#: A coined name's word: a letter, then a capital or a digit further on ("Amazon3M", "SHB", "ShelfPix").
_COINED = re.compile(r"[A-Za-z][\w\-]*(?:[A-Z]|\d)[\w\-]*")


def _named_data(text: str, start: int, names: list[str]) -> list[Candidate]:
    """The Dataset a data phrase names: its leading words of a coined name's shape ("the Amazon3M data", "a
    SHB-2 test set" give "Amazon3M", "SHB-2"); none for a description ("a 300-question test set", "an evaluation
    set") or a language's data ("new Amharic data").

    >>> t = "the Amazon3M data"
    >>> [t[c.start:c.end] for c in _named_data(t, 4, ["Amazon3M", "data"])], _named_data("an eval set", 3, ["eval", "set"])
    (['Amazon3M'], [])
    """
    end = start
    for name in names[:-1]:
        if not _COINED.fullmatch(name):
            break
        end = text.index(name, end) + len(name)
    return [Candidate(start, end, T.DATASET, candidates.PRI_CONTEXT + 2, "object")] if end > start else []


_TWO_CAPS = re.compile(r"[A-Z].*[A-Z]")
_ACRONYM_LEAD = re.compile(r"[A-Z]{2,}[A-Za-z0-9]*")


def _everyday_plural(word: str, abstract: str) -> bool:
    """Whether the head word of a title set in capitals, read in lower case, is an everyday plural noun: a
    plural whose singular is no technique head word and which the abstract writes in lower case
    ("REPRESENTATIONS", "RECOMMENDATIONS"), not a coined token ("CONVNETS", "XFORMERS") or the plural of a
    technique head word or a kind noun ("LOSSES", "METHODS").

    >>> _everyday_plural("recommendations", "we make recommendations"), _everyday_plural("losses", "our losses")
    (True, False)
    >>> _everyday_plural("convnets", "we train ConvNets"), _everyday_plural("penalty", "a penalty")
    (False, False)
    """
    one = singular(word)
    if not word.endswith("s") or word.endswith("ss") or one in METHOD_HEADS or one in KIND_NOUNS:
        return False  # not a plural, or a technique's ("LOSSES", "METHODS")
    return re.search(rf"\b{re.escape(word)}\b", abstract) is not None


def title_np(text: str, title_end: int) -> Candidate | None:
    """A title that is a technique's name, alone or before a preposition: "Focal Modulation Networks",
    "Unsupervised Data Augmentation for Consistency Training". The name must end in a technique head word
    (:data:`~kg.extract.words.METHOD_HEADS`) or be one name-like word; a task head ends no such name. The title
    is read after a review stamp that opens it (:func:`~kg.extract.furniture.title_lead`). A title that is a
    sentence names nothing: a pronoun, an auxiliary or a slogan's verb (:data:`~kg.extract.words.TITLE_CLAUSE_WORDS`;
    a word in capitals in a title that is not is an acronym), or a closing participle ("Tree Parsing Revisited").
    A lead before a preposition of means whose last word heads problems names the paper's problem, a Task
    (:func:`_names_a_problem`, rule ``title-lead``: "Glyph Sequence Labeling via Trees").

    >>> t = "Unsupervised Data Augmentation for Consistency Training"
    >>> c = title_np(t, len(t)); t[c.start:c.end]
    'Unsupervised Data Augmentation'
    >>> title_np("ACCEPTED BY A JOURNAL", 21) is None, title_np("SUPERNET for Parsing", 20) is None
    (True, False)
    >>> t = "Workshop track -QUOLL 2018 GATED TREE NETWORKS"; c = title_np(t, len(t)); t[c.start:c.end]
    'GATED TREE NETWORKS'
    >>> title_np("YOU ONLY NEED TREE ATTENTION", 28), title_np("TREE PARSING NETWORKS REVISITED", 31)
    (None, None)
    """
    title = text[:title_end]
    if not title or ":" in title or "?" in title:
        return None
    np, stop = [], None
    lead = title_lead(title)  # after a review stamp
    caps = not any(ch.islower() for ch in title[lead:])
    for m in _OBJ_WORD.finditer(title, lead):
        w = m.group(0)
        low = w.lower()
        if not np and (low in TITLE_NP_NOT_FIRST or low.endswith("ing")):
            return None  # (the first word)
        if low in TITLE_NP_STOP:
            if len(np) == 1 and w.isupper() and np[0].group(0).isalpha() and np[0].group(0).isupper():
                return None  # "ACCEPTED BY IEEE", "INVESTIGATION OF ...": a word of a line set in capitals
            stop = low
            break
        if w[0].islower() or low in ("and", "or") or (low in TITLE_CLAUSE_WORDS and (caps or not w.isupper())):
            return None
        np.append(m)
        if len(np) > 5:
            return None
    if not np:
        return None
    head = np[-1].group(0).lower()
    if head in TITLE_TASK_HEADS_ALL:
        return None
    single = len(np) == 1 and ("-" in head or _TWO_CAPS.search(np[0].group(0)))
    last = head.rsplit("-", 1)[-1]
    if last.endswith("ed") and not last.endswith("eed") and last not in ED_OK:
        return None  # a participle closes a clause ("Tree Parsing Revisited"): no name
    if not (single or last in METHOD_HEADS or _ACRONYM_LEAD.fullmatch(np[-1].group(0))):
        return None
    if caps and not single and last not in METHOD_HEADS and _everyday_plural(last, text[title_end:]):
        return None  # "OPTIMAL REPRESENTATIONS": a title in capitals makes any last word look like an acronym
    if stop in MEANS_PREPOSITIONS and _names_a_problem([m.group(0) for m in np], caps, text[title_end:]):
        return Candidate(np[0].start(), np[-1].end(), T.TASK, candidates.PRI_CONTEXT, "title-lead")
    first = np[1] if lower_lead([m.group(0) for m in np], text[title_end:]) else np[0]  # "End-to-end ..."
    return Candidate(first.start(), np[-1].end(), T.METHOD, candidates.PRI_PROPOSED, "title-name")


#: A verb of proposal ("we propose", "we develop a new ...") before a name: the paper's own.
_PROPOSED = r"\b(?:" + "|".join(sorted(map(re.escape, CUE_WORDS["PROPOSE"]), key=len, reverse=True)) + r")\b"


def _names_a_problem(words: list[str], caps: bool, abstract: str) -> bool:
    """Whether a title's lead phrase (``words``; before a preposition of means) names the paper's problem, not its
    technique: its last word heads more of the lexicon's Task names than Method names
    (:func:`~kg.link.types.task_led_tails`: "Glyph Sequence Labeling via Trees", "Quokka Pose Regression with
    Nets"), it carries no coined word (:func:`~kg.link.normalize.coined_word`, ``caps``: a title set in capitals:
    "GlyphNet Regression", "Glyph2Vec Labeling"; a dimension is none: "3D Glyph Regression") and the abstract
    neither gives it an acronym ("Quokka Regression (QR)", or its initials anywhere: "QSR (Quokka Sequence
    Regression)") nor proposes it ("we develop a new quokka regression strategy").

    >>> _names_a_problem(["Glyph", "Sequence", "Labeling"], False, "We label glyphs.")
    True
    >>> [_names_a_problem(w, False, "Quokka Regression (QR) fits.") for w in (["GlyphNet", "Regression"],
    ...  ["Glyph2Vec", "Regression"], ["Quokka", "Regression"], ["Quokka", "Search"])]
    [False, False, False, False]
    >>> _names_a_problem(["Quokka", "Sequence", "Regression"], False, "Our QSR model fits.")
    False
    >>> _names_a_problem(["Quokka", "Regression"], False, "We develop a new quokka regression strategy.")
    False
    """
    from kg.link.types import task_led_tails  # noqa: PLC0415 - the lexicon is read once, when first needed

    if len(words) < 2 or words[-1].lower().rsplit("-", 1)[-1] not in task_led_tails():
        return False
    parts = [p for w in words for p in w.split("-") if p]
    if any(coined_word(p, caps) for p in parts):
        return False  # a coined name
    name = r"[\s\-]+".join(re.escape(w) for w in words)
    if re.search(rf"\b{name}\s*\(", abstract, re.I) or re.search(_PROPOSED + _OBJ_LEAD.pattern + name, abstract, re.I):
        return False  # "Quokka Regression (QR)", "we propose quokka regression": the paper names it
    initials = "".join(p[0] for p in parts).upper()  # "LRML (...)", "MACIL-SD": an acronym the paper coins
    return len(initials) < 3 or re.search(rf"\b{re.escape(initials)}", abstract) is None
