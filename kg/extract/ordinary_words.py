"""Names that are ordinary words, not names, judged from the words themselves: phrases made only of generic, evaluative
or function words (:func:`generic`: "state-of-the-art"; :func:`generic_name`, :func:`repeats_a_word`), everyday English
words taken for a name by their capitals (:func:`not_everyday`, :func:`not_capitalised_words`; the word list
:func:`load_words`), words of an acronym's long form written with its letters in capitals (:func:`not_acronym_letters`:
"PLanning" of "ExPlan (EXtra PLanning And NavigAtion)"), and compound adjectives that describe a kind of thing
(:func:`describing_compound`: "a real-time approach").

Plain functions, called by :func:`kg.extract.selection.entity_hood` (the filters) and by the linker and the result
rules (the word tests).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.extract.acronym_letters import marks_acronym_letters
from kg.extract.candidates import Candidate
from kg.extract.head_phrases import process_head
from kg.extract.words import (BAD_MODIFIERS, FIELD_WORDS, FUNCTION_WORDS, GENERIC_NAMES, KIND_HEADS, KIND_NOUNS,
                              NON_MODIFIERS, ROLE_HEADS)


_GENERIC_WORDS = frozenset(BAD_MODIFIERS | NON_MODIFIERS | FIELD_WORDS | KIND_HEADS)


#: A hyphen and a word that makes the name before it an adjective ("-based", "-like", "-free"), or a setting
#: ("DCT-domain", "frequency-domain": where the input is represented, not a technique).
ADJECTIVE_TAIL = re.compile(r"-(?:based|aware|like|specific|related|free|driven|guided|oriented|wise|level|domain|agnostic|"
                            r"dependent|independent|invariant|sensitive|friendly|efficient|only|centric|style|"
                            r"enabled|powered|inspired|induced)$", re.I)
#: An adjective's ending ("contrastive", "hierarchical", "geometric", "persistent") after a stem of four letters or
#: more, or a participle's ("self-supervised", "masked"; not "-eed": "speed") after three: a shorter stem is a
#: noun's ("table", "music", "logic", "agent", "bed").
#: (The participle branch is :data:`kg.extract.words.PARTICIPLE_SHAPE` with hyphens allowed in the stem.)
_ADJECTIVE_SHAPE = re.compile(r"[a-z][a-z\-]{3,}(?:ive|al|ic|ous|able|ible|ful|ent|ant)|[a-z][a-z\-]*[a-z]{2}(?<!e)ed")


def adjective_shape(word: str, modifiers: frozenset[str] = frozenset()) -> bool:
    """Whether a lower-case word has an adjective's or a participle's shape and modifies no Task lexicon name
    (``modifiers``, :func:`kg.extract.context.tasks.task_modifier_words`: "traffic", "signal", "narrative" are
    nouns of what a problem is about, spelt as well with the hyphen as without).

    >>> [adjective_shape(w) for w in ("contrastive", "spatio-temporal", "self-supervised", "table", "music", "speed")]
    [True, True, True, False, False, False]
    >>> adjective_shape("traffic"), adjective_shape("traffic", frozenset({"traffic"}))
    (True, False)
    """
    return _ADJECTIVE_SHAPE.fullmatch(word) is not None and word not in modifiers and \
        word.replace("-", "") not in modifiers


#: The same tail glued to a name in capitals, its hyphen lost: "NASbased", "LiDARbased"; or a past participle
#: after a hyphen: "GPS-aligned", "UAG-structured" (an adjective made from a name).
_GLUED_TAIL = re.compile(r"[A-Z0-9](?:based|only|centric|like|aware|style)$|[A-Za-z0-9]-[a-z]{3,}ed$")
#: A complexity class made an adjective of a problem ("NP-hard", "PSPACE-complete", "#P-hardness"): the class is
#: written in capitals, the grade after a hyphen. It says how hard a problem is and names no technique.
_HARDNESS = re.compile(r"(?:#|co-?)?[A-Z]{1,6}-(?i:hard|complete)(?i:ness)?")


def generic(name: str) -> bool:
    """Whether a phrase is made only of generic, evaluative or function words ("state-of-the-art",
    "considerable attention" is not: "attention" names something).

    >>> generic("state-of-the-art"), generic("Novel Learning Framework"), generic("contrastive learning")
    (True, True, False)
    >>> generic("INSTANCE-AWARE"), generic("BERT-based"), generic("Mask-RCNN")
    (True, True, False)
    >>> generic("PAF-only"), generic("NASbased"), generic("LiDAR-centric"), generic("Unlike-Net")
    (True, True, True, False)
    >>> generic("GPS-aligned"), generic("UAG-structured"), generic("Deep-Red"), generic("out-of-vocabulary")
    (True, True, False, True)
    >>> generic("NP-hard"), generic("NP-Complete"), generic("#P-hardness"), generic("BIG-Bench-Hard")
    (True, True, True, False)
    >>> generic("DCT-domain"), generic("frequency-domain"), generic("Domain-Net")
    (True, True, False)
    """
    if _HARDNESS.fullmatch(name):
        return True  # "NP-hard", "PSPACE-complete": a grade of a problem, not a name
    low = name.lower()
    if low.startswith("out-of-"):
        return True  # "out-of-vocabulary", "out-of-distribution": an adjective, not a name
    if " " not in low and (ADJECTIVE_TAIL.search(low) or _GLUED_TAIL.search(name)):
        return True  # "COMPOSITION-BASED", "instance-aware", "NASbased": an adjective, not a name
    return low in _GENERIC_WORDS or all(w in _GENERIC_WORDS for w in low.split())


#: The words the generic names are made of ("artificial" of "artificial intelligence", "deep", "neural", "model").
_GENERIC_NAME_WORDS = frozenset(w for n in GENERIC_NAMES for w in n.split())


def _in_generic_names(low: str) -> bool:
    """Whether a lower-case phrase is one of :data:`~kg.extract.words.GENERIC_NAMES` in either number."""
    return low in GENERIC_NAMES or (low[:-1] if low.endswith("s") else low + "s") in GENERIC_NAMES


def generic_name(phrase: str) -> bool:
    """Whether a phrase is a generic name (:data:`~kg.extract.words.GENERIC_NAMES`, in either number and any case),
    or a generic name of two words or more led only by words the generic names are made of: "Artificial Neural
    Networks" adds no kind to "neural networks" (GUIDELINES.md: generic phrases are no entities). A word of its
    own keeps a kind of network ("Spiking Neural Networks"), and a one-word generic tail keeps a name
    ("natural language inference", "language model").

    >>> generic_name("Neural Networks"), generic_name("DEEP NEURAL NETWORK"), generic_name("artificial neural networks")
    (True, True, True)
    >>> generic_name("Spiking Neural Networks"), generic_name("natural language inference"), generic_name("language model")
    (False, False, False)
    """
    words = phrase.lower().split()
    return _in_generic_names(" ".join(words)) or any(
        _in_generic_names(" ".join(words[i:])) and all(w in _GENERIC_NAME_WORDS for w in words[:i])
        for i in range(1, len(words) - 1))


#: A name's words and the marks that separate names in a list ("," ";" "&" "+" "/").
_NAME_TOKEN = re.compile(r"[A-Za-z][\w\-]*|[,;&+/]")


def repeats_a_word(name: str) -> bool:
    """Whether a phrase writes one word of three letters or more twice with no function word or list mark
    between: a figure's labels run together ("Pooling Branch Dense Pooling Branch Output"), not a name
    ("Residual in Residual", "Sequence to Sequence", "Bagging, Bagging-free and Boosting").

    >>> repeats_a_word("Pooling Branch Dense Pooling Branch Output"), repeats_a_word("Echo Mixer Echo Gate")
    (True, True)
    >>> repeats_a_word("Residual in Residual"), repeats_a_word("Sequence to Sequence"), repeats_a_word("Echo, Echo")
    (False, False, False)
    """
    if " " not in name:
        return False
    seen: dict[str, int] = {}
    cut = -1  # the last function word or list mark
    for i, tok in enumerate(_NAME_TOKEN.findall(name)):
        w = tok.lower()
        if not w[0].isalpha() or w in FUNCTION_WORDS:
            cut = i
        elif len(w) >= 3:
            if seen.get(w, -1) > cut:
                return True
            seen[w] = i
    return False


# --- everyday words --------------------------------------------------------------------------------------------

#: Rules that take capitalised words for a name; an ordinary English word is capitalised for other reasons
#: (a sentence's first word, a title, a language).
_SHAPE_NAME_RULES = frozenset({"dataset-context", "list", "titlecase"})
_NAME_SPLIT = re.compile(r"[\s\-]+")


def load_words(name: str = "common_english.txt", path: Path | None = None) -> frozenset[str]:
    """A shipped word list of ``kg/data/lexicons``: ``common_english.txt``, the ordinary English words (built
    by ``scripts/build_common_words.py`` from wordfreq data), or ``verb_words.txt``, the words abstracts
    mostly use as verbs (``scripts/build_verb_words.py``); read once per process (``path``: a file of one's own,
    read each time)."""
    if path is None:
        return _shipped_words(name)
    with open(path, encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=None)
def _shipped_words(name: str) -> frozenset[str]:
    return load_words(path=Path(str(resources.files("kg") / "data" / "lexicons" / name)))


def not_everyday(text: str, cands: list[Candidate], common: frozenset[str]) -> list[Candidate]:
    """Drop names found by their capitals alone that are only ordinary English words ("Another dataset",
    "People", "the French corpus", "Large-Scale Datasets"): a capital says nothing about such words.
    Lexicon names stay ("Places", "Twitter"), and so does a word with a digit or an inner capital.

    >>> t = "Another dataset and the People corpus and the Visual Genome dataset."
    >>> from kg.vocab import EntityType as T
    >>> cs = [Candidate(0, 7, T.DATASET, 70, "dataset-context"), Candidate(24, 30, T.DATASET, 70, "dataset-context"),
    ...       Candidate(46, 59, T.DATASET, 70, "dataset-context")]
    >>> [t[c.start:c.end] for c in not_everyday(t, cs, frozenset({"another", "people", "visual"}))]
    ['Visual Genome']
    """
    out = []
    for c in cands:
        if c[4] in _SHAPE_NAME_RULES:
            words = _NAME_SPLIT.split(text[c[0]:c[1]])
            if all(w[:1].isupper() and w[1:].islower() and w.lower() in common for w in words if w):
                continue
        out.append(c)
    return out


#: A word in capitals a space before or after a span ("EMPIRICAL RISK MINIMIZATION"), and an upper-case possessive
#: before or after it ("FOO'S BAR"): the words around the span are set in capitals too.
_CAPS_WORD_BEFORE = re.compile(r"(?<![\w\-'’])([A-Z][A-Z\-]*)(?:['’]S)? $")
_CAPS_WORD_AFTER = re.compile(r" ([A-Z][A-Z\-]*)(?![\w'’])")
_CAPS_POSSESSIVE_BEFORE = re.compile(r"[A-Z]['’]S $")
_CAPS_POSSESSIVE_AFTER = re.compile(r"['’]S [A-Z]")
_CAPS_ONLY = re.compile(r"[A-Z]{3,}")


def not_capitalised_words(text: str, cands: list[Candidate], common: frozenset[str]) -> list[Candidate]:
    """Drop one-word names in capitals (rule "name", found by their shape alone) that are pieces of a phrase set in
    capitals: either side of an upper-case possessive ("the game WOMBAT'S PICNIC": its "'S" is in capitals, so
    are the words around it), or beside a word in capitals, the one or the other an ordinary English word of
    four letters or more (:func:`_beside_capitals`: "BEYOND EMPIRICAL RISK"). Acronyms side by side ("BBC TV",
    "CNN LSTM") and a word alone in capitals ("our CYCLE scheme") stay.

    >>> t = "the game WOMBAT'S PICNIC; GOES EMPIRICAL RISK; on BBC TV; a CYCLE plan; NVIDIA's DLSS"
    >>> from kg.vocab import EntityType as T
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "name")
    ...       for w in ("WOMBAT", "PICNIC", "EMPIRICAL", "RISK", "BBC", "TV", "CYCLE", "DLSS")]
    >>> [t[c.start:c.end] for c in not_capitalised_words(t, cs, frozenset({"picnic", "risk", "cycle", "bbc", "tv"}))]
    ['BBC', 'TV', 'CYCLE', 'DLSS']
    """
    out = []
    for c in cands:
        if c[4] == "name" and _CAPS_ONLY.fullmatch(text, c[0], c[1]) and (
                _CAPS_POSSESSIVE_BEFORE.search(text, max(0, c[0] - 4), c[0]) or _CAPS_POSSESSIVE_AFTER.match(text, c[1])
                or _beside_capitals(text, c[0], c[1], common)):
            continue
        out.append(c)
    return out


def _beside_capitals(text: str, start: int, end: int, common: frozenset[str]) -> bool:
    """Whether a word in capitals stands a space before or after ``start:end``, it or the span an ordinary word
    of four letters or more (shorter ones are acronyms as often: "BBC", "USA")."""
    before = _CAPS_WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _CAPS_WORD_AFTER.match(text, end)
    if before is None and after is None:
        return False
    return _ordinary(text[start:end], common) or any(m is not None and _ordinary(m.group(1), common)
                                                     for m in (before, after))


def _ordinary(word: str, common: frozenset[str]) -> bool:
    """An ordinary English word of four letters or more (:func:`_beside_capitals`)."""
    return len(word) >= 4 and word.lower() in common


#: A word of letters with a capital inside: a lower-case first letter and capitals one at a time ("rEgression",
#: "searcH"; not a letter before an acronym, "mAP", "cGANs"), two capitals before a lower-case letter ("POse"; not
#: an acronym's plural, "GANs"), a capital after a lower-case letter ("GenerAtor").
_LOWER_FIRST = re.compile(r"[a-z]+(?:[A-Z][a-z]+)*[A-Z][a-z]*")
_TWO_CAPS = re.compile(r"[A-Za-z]*[A-Z]{2}(?!s$)[a-z][A-Za-z]*")
_INNER_CAPITAL = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")


def not_acronym_letters(text: str, cands: list[Candidate], *words: frozenset[str]) -> list[Candidate]:
    """Drop one-word names (rule "name", found by their shape alone) that are words of an acronym's long form
    written with the acronym's letters in capitals: a word that lies in a run whose capitals spell the acronym
    (:func:`~kg.extract.acronym_letters.marks_acronym_letters`) when it starts in lower case, puts two capitals before
    a lower-case letter ("PLanning" of "ExPlan (EXtra PLanning And Navigation)") or is an English word
    ("NavigAtion"); and anywhere, a word that starts in lower case and is, lower-cased, an English word of five
    letters or more (:func:`_english`: one of ``words`` or the text itself knows it, "eXtraction"). Coined names
    stay ("iFoo", "gSpan", "nuScenes", "DeLighT" outside such a run); so does the long form, a candidate of its own.

    >>> from kg.vocab import EntityType as T
    >>> t = "ExPlan (EXtra PLanning And NavigAtion) and a fresh eXtraction step beat gSpan and DeLighT."
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "name")
    ...       for w in ("ExPlan", "EXtra", "PLanning", "NavigAtion", "eXtraction", "gSpan", "DeLighT")]
    >>> [t[c.start:c.end] for c in not_acronym_letters(t, cs, frozenset({"extraction", "delight"}), frozenset({"navigation"}))]
    ['ExPlan', 'gSpan', 'DeLighT']
    >>> t = "BarNet: On the Maps of sMAPs. aSR extends the Scaled Rate (SR)."
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "name") for w in ("sMAPs", "aSR")]
    >>> [t[c.start:c.end] for c in not_acronym_letters(t, cs, frozenset({"smaps", "asr"}))]
    ['sMAPs', 'aSR']
    """
    out = []
    for c in cands:
        if c[4] == "name" and _acronym_letters_word(text, c[0], c[1], words):
            continue
        out.append(c)
    return out


def _acronym_letters_word(text: str, start: int, end: int, words: tuple[frozenset[str], ...]) -> bool:
    """Whether ``text[start:end]`` is a word of an acronym's long form (:func:`not_acronym_letters`)."""
    if _LOWER_FIRST.fullmatch(text, start, end):
        return (end - start >= 5 and _english(text, start, end, words)) or marks_acronym_letters(text, start, end)
    if _TWO_CAPS.fullmatch(text, start, end):
        return marks_acronym_letters(text, start, end)
    return _INNER_CAPITAL.fullmatch(text, start, end) is not None and _english(text, start, end, words) \
        and marks_acronym_letters(text, start, end)


def _english(text: str, start: int, end: int, words: tuple[frozenset[str], ...]) -> bool:
    """Whether ``text[start:end]`` lower-cased is a word one of ``words`` holds or the text writes in lower case."""
    low = text[start:end].lower()
    if any(low in w for w in words):
        return True
    i = text.find(low)
    while i >= 0:
        if not (i > 0 and text[i - 1].isalpha()) and not text[i + len(low):i + len(low) + 1].isalpha():
            return True
        i = text.find(low, i + 1)
    return False


#: One lower-case word of two parts joined by a hyphen: "real-time", "two-stream", "single-shot".
_TWO_PART = re.compile(r"[a-z]+-[a-z]+")
#: After a word, the kind of thing a describing compound describes: right after it ("a real-time approach") or
#: after a comma and the other modifiers of the series ("a real-time, object-independent grasp synthesis method").
_NEXT_KIND = re.compile(r"(?:\s*,(?:\s+[a-z][\w\-]*){1,4}?)?\s+(?:"
                        + "|".join(sorted(KIND_NOUNS | KIND_HEADS | ROLE_HEADS, key=lambda w: (-len(w), w))) + r")\b")


def describing_compound(word: str, text: str, end: int) -> bool:
    """Whether ``word``, written in ``text`` up to ``end``, is a compound adjective before the kind of thing it
    describes ("we propose a real-time approach", "a two-stream framework", "a single-shot approach", "a
    dual-source approach"): one lower-case word of two parts whose second part names no process, right before a
    kind noun (approach, framework, method, ...) or a part it describes (encoder, module). It says how a thing is
    built, no technique one could look up ("a re-weighting scheme", "a self-ensembling approach" name a process
    and stay, as do "skip-gram" or "k-means" where no kind follows).

    >>> t = "We propose a real-time approach, a re-weighting scheme, a two-stream encoder and a cross-entropy loss."
    >>> [describing_compound(w, t, t.index(w) + len(w)) for w in ("real-time", "re-weighting", "two-stream", "cross-entropy")]
    [True, False, True, False]
    >>> t = "It is a single-shot, object-independent grasp synthesis method; we add drop-path, dropout and noise."
    >>> [describing_compound(w, t, t.index(w) + len(w)) for w in ("single-shot", "drop-path")]
    [True, False]
    """
    return _TWO_PART.fullmatch(word) is not None and _NEXT_KIND.match(text, end) is not None \
        and not process_head(word)
