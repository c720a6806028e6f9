"""Whether a candidate span can be an entity at all, judged from the text around it.

Plain functions over character offsets, called by :func:`kg.extract.selection.entity_hood` before
overlaps are resolved:

- :func:`inside_word`: a span that starts or ends inside a run of letters and digits ("Scenes" in
  "nuScenes", "W" in "300W") names a piece of a word, never a thing;
- document furniture in the text (arXiv stamps such as "[cs.CL]", journal and proceedings headers, section titles,
  a venue tag or author running head before the title, affiliation and footnote sentences): nothing inside is an
  entity (:mod:`kg.extract.furniture`);
- :func:`not_cited_authors`: names that are a citation's authors ("Peters et al., 2018");
- :func:`not_in_proper_names`: a generated-lexicon word inside a longer capitalised name ("Texas A&M University");
- :func:`generic`: phrases made only of generic, evaluative or function words ("state-of-the-art").
"""
from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from kg.extract import rules
from kg.extract.abbreviations import marks_acronym_letters
from kg.extract.boundaries import grown_rule
from kg.extract.rules import Candidate
from kg.extract.words import (AFTER_TASK_OK, DEVICE_ORG_HEADS, FUNCTION_WORDS, GENERIC_NAMES, KIND_HEADS, KIND_NOUNS,
                              METHOD_HEADS, PRODUCT_HEADS, ROLE_HEADS, TASK_NOUN_ENDS, TASK_SCORE_NOUNS, THING_NOUNS,
                              TITLE_TASK_RULES, ing_verb, verbish)
from kg.vocab import EntityType as T



def inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts or ends inside a run of letters and digits.

    >>> t = "on nuScenes and 300W"
    >>> inside_word(t, 5, 11), inside_word(t, 3, 11), inside_word(t, 19, 20), inside_word(t, 16, 20)
    (True, False, True, False)
    """
    if start > 0 and text[start - 1].isalnum() and start < len(text) and text[start].isalnum():
        return True
    return 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum()


#: A word in capitals broken at a line end: "CONVOLU- TIONAL NETWORKS" of a title set in capitals (not a
#: bracket token such as "-LRB- BLEU" of tokenised corpora).
_CAPS_BROKEN = re.compile(r"(?<![\w\-])[A-Z]{2,}- $")


def whole_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that neither start nor end inside a word of the text (see :func:`inside_word`), nor
    start inside a word in capitals that a line end broke ("TIONAL NETWORKS" of "CONVOLU- TIONAL NETWORKS").

    >>> t = "DEEP CONVOLU- TIONAL NETWORKS and ResNet"
    >>> [t[c.start:c.end] for c in whole_words(t, [Candidate(14, 29, T.METHOD, 50, "head"),
    ...                                             Candidate(34, 40, T.METHOD, 50, "name")])]
    ['ResNet']
    """
    out = []
    for c in cands:
        s, e = c[0], c[1]
        if (s > 0 and text[s - 1].isalnum() and text[s].isalnum()) or \
                (e < len(text) and text[e].isalnum() and text[e - 1].isalnum()):
            continue
        if text[s:s + 2].isupper() and _CAPS_BROKEN.search(text, max(0, s - 30), s):
            continue
        out.append(c)
    return out


# --- citations ---------------------------------------------------------------------------------------------------

_CITED = re.compile(r"\s*(?:et\.?\s+al\b|and\s+[A-Z][a-z]+\s*[\[(,]\s*\d{4}|[\[(,]\s*(?:19|20)\d\d[a-z]?\b)")


def not_cited_authors(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop capitalised words that are the authors of a citation ("Peters et al., 2018", "Smith (2019)"):
    rule-found names followed by "et al." or a year or written as a citation key ("[KZ20]"), and
    generated-lexicon names followed by "et al." or cited in pairs (:func:`_cited_pair`). Curated lexicon
    names stay ("BERT (2019)" is still BERT; "ResNet et al." lists models) unless written as a surname, one
    capitalised word in small letters, before "et al." (:func:`_surname_et_al`: "Yi et al. [51]").

    >>> t = "Unlike prior models (Peters et al., 2018), we use ELMo (2018)."
    >>> [t[c.start:c.end] for c in not_cited_authors(t, [Candidate(21, 27, T.METHOD, 55, "list"),
    ...                                                     Candidate(50, 54, T.METHOD, 60, "lexicon")])]
    ['ELMo']
    """
    names = {c[0] for c in cands} | {c[1] for c in cands}
    return [c for c in cands if not (_cited_pair(text, c, names) if c[4] == "lexicon-gen" and c[2] is not T.METRIC
                                     else _surname_et_al(text, c) if c[4].startswith("lexicon")
                                     else _CITED.match(text, c[1]) or _cite_key(text, c))]


def _surname_et_al(text: str, c: Candidate) -> bool:
    """Whether a lexicon name is a surname that cites a work: one capitalised word in small letters before
    "et al." (a model named like a surname, "Yi", "Falcon", is an author there), not a name with the inner
    capitals or digits of a model's ("ResNet et al." lists models as "etc." would).

    >>> t = "Yi et al. [5] extend ResNet et al. and Mamba; Chen et al. (2020) prune Falcon."
    >>> [_surname_et_al(t, Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 90, "lexicon"))
    ...  for w in ("Yi", "ResNet", "Mamba", "Falcon")]
    [True, False, False, False]
    """
    return _one_plain_word(text, c) and _ET_AL.match(text, c[1]) is not None


#: An alphabetic citation key: authors' initials and a two-digit year ("KZ20", "BCD+19", "Gra13a").
_CITE_KEY = re.compile(r"[A-Z][A-Za-z]{0,5}\+?\d{2}[a-z]?")


def _cite_key(text: str, c: Candidate) -> bool:
    """Whether a candidate is an alphabetic citation key in square brackets ("This work extends [KZ20, KWC20]").

    >>> t = "This work extends [KZ20, KWC20] and GPT-2 [RWC+19]."
    >>> [_cite_key(t, Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "name")) for w in ("KZ20", "KWC20", "GPT-2")]
    [True, True, False]
    """
    if not _CITE_KEY.fullmatch(text, c[0], c[1]):
        return False
    lo = text.rfind("[", max(0, c[0] - 40), c[0])
    hi = text.find("]", c[1], c[1] + 40)
    return lo >= 0 and hi >= 0 and "]" not in text[lo:c[0]] and "[" not in text[c[1]:hi]


#: Two authors cited by number: "Barmpoutis and Ritter [4]", "Ritter and Urcid [37]".
_AND_AUTHOR_CITED = re.compile(r"\s+and\s+([A-Z][a-z]+)\s*\[\d")
_AUTHOR_AND = re.compile(r"\b([A-Z][a-z]+)\s+and\s+$")
_NUMBER_CITED = re.compile(r"\s*\[\d")
_ET_AL = re.compile(r"\s*et\.?\s+al\b")


def _cited_pair(text: str, c: Candidate, names: set[int]) -> bool:
    """Whether a generated lexicon name is an author cited with "et al." or beside a second surname and a
    reference number (the generated lists hold surnames: "Ritter"), the second surname being no name found
    here (``names``: the candidates' starts and ends; "Market and Duke [5]" are two datasets). A curated name
    cited so ("BERT [4]") is still the name.

    >>> t = "as Barmpoutis and Ritter [4] did; Ritter et al. [38] too; on Market and Duke [5]"
    >>> at = lambda w, i=0: Candidate(t.index(w, i), t.index(w, i) + len(w), T.DATASET, 60, "lexicon-gen")
    >>> cs = [at("Ritter"), at("Ritter", 30), at("Market"), at("Duke")]
    >>> [t[c.start:c.end] for c in not_cited_authors(t, cs)]
    ['Market', 'Duke']
    """
    if _ET_AL.match(text, c[1]):
        return True
    m = _AND_AUTHOR_CITED.match(text, c[1])
    if m:
        return m.start(1) not in names
    b = _AUTHOR_AND.search(text, max(0, c[0] - 30), c[0]) if _NUMBER_CITED.match(text, c[1]) else None
    return b is not None and b.end(1) not in names


#: A capitalised word as it stands beside another in a proper name: "Stanford", "A&M", "Campus".
_PROPER_WORD = r"[A-Z][A-Za-z&.'-]*"
_PROPER_BEFORE = re.compile(r"\b" + _PROPER_WORD + r" $")
_PROPER_AFTER = re.compile(" " + _PROPER_WORD + r"\b")


def not_in_proper_names(text: str, cands: list[Candidate], title_end: int,
                        common: frozenset[str] = frozenset()) -> list[Candidate]:
    """Drop a one-word generated-lexicon name written inside a longer capitalised name that nothing else
    found: "Texas" of "Texas A&M University", "University" of "Stanford University" (the generated lists hold
    such words as dataset names). A neighbour that is an everyday English word (``common``: "On Texas and
    Cornell") or that a candidate covers ("Amazon Reviews" found whole) says nothing, and a title capitalises
    every word, so titles keep theirs.

    >>> t = "Data from Texas A&M University and from Stanford University; On Texas and Cornell."
    >>> at = lambda w, i=0: Candidate(t.index(w, i), t.index(w, i) + len(w), T.DATASET, 60, "lexicon-gen")
    >>> cs = [at("Texas"), at("University"), at("University", 40), at("Texas", 60), at("Cornell")]
    >>> [(t[c.start:c.end], c.start) for c in not_in_proper_names(t, cs, -1, frozenset({"on"}))]
    [('Texas', 64), ('Cornell', 74)]
    """
    covered = {i for c in cands for i in range(c[0], c[1])}
    out = []
    for c in cands:
        if c[4] == "lexicon-gen" and c[0] > title_end and _one_plain_word(text, c):
            b = _PROPER_BEFORE.search(text, max(0, c[0] - 30), c[0])
            a = _PROPER_AFTER.match(text, c[1])
            near = ([(b.start(), b.group()[:-1])] if b else []) + ([(a.start() + 1, a.group()[1:])] if a else [])
            if any(w.lower() not in common and at not in covered for at, w in near):
                continue
        out.append(c)
    return out


def _one_plain_word(text: str, c: Candidate) -> bool:
    """A single capitalised word with no digit or inner capital ("Texas", not "CIFAR10" or "ImageNet")."""
    w = text[c[0]:c[1]]
    return w[:1].isupper() and w[1:].isalpha() and w[1:].islower()


# --- generic phrases ---------------------------------------------------------------------------------------------

_GENERIC_WORDS = frozenset(rules.BAD_MODIFIERS | rules.NON_MODIFIERS | rules.FIELD_WORDS | rules.KIND_HEADS)


#: A hyphen and a word that makes the name before it an adjective ("-based", "-like", "-free"), or a setting
#: ("DCT-domain", "frequency-domain": where the input is represented, not a technique).
ADJECTIVE_TAIL = re.compile(r"-(?:based|aware|like|specific|related|free|driven|guided|oriented|wise|level|domain|agnostic|"
                            r"dependent|independent|invariant|sensitive|friendly|efficient|only|centric|style|"
                            r"enabled|powered|inspired|induced)$", re.I)
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


#: "free" after a name, by a hyphen or a space, the name perhaps the first of a slash pair ("RNN/CNN-free",
#: "NMS-free", "self-attention free", "BN-Free"): the thing is absent, the text does not use it.
_FREE_AFTER = re.compile(r"(?:/[A-Za-z0-9][\w]*)*[\s\-](?i:free)(?![\w\-])")
#: A name that ends in the word "Free" ("Batch Normalization Free"): the absence of what its other words name
#: ("anchor-free", one word, describes the name's head).
_FREE_END = re.compile(r"\s(?i:free)$")


def not_absent(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates without those a "-free" says are absent: "an RNN/CNN-free encoder" uses neither,
    "Batch Normalization Free (BN-Free) training" no batch normalization. A "free" inside a name
    ("free-form") or a hyphen inside it ("an anchor-free detector" is one) do not count.

    >>> t = "an RNN/CNN-free encoder, a BN-Free net, a GAN free backbone, our Flow Free model, an LSTM for free-form, "
    >>> t += "the Box Anchor-Free detector"
    >>> at = lambda w, n=0: Candidate(t.index(w, n), t.index(w, n) + len(w), T.METHOD, 60, "lexicon")
    >>> cs = [at("RNN"), at("CNN"), at("BN"), at("GAN"), at("Flow Free"), at("LSTM"), at("Box Anchor-Free")]
    >>> [t[c.start:c.end] for c in not_absent(t, cs)]
    ['LSTM', 'Box Anchor-Free']
    """
    return [c for c in cands if not (_FREE_AFTER.match(text, c.end) or _FREE_END.search(text, c.start, c.end))]


# --- everyday words --------------------------------------------------------------------------------------------

#: Rules that take capitalised words for a name; an ordinary English word is capitalised for other reasons
#: (a sentence's first word, a title, a language).
_SHAPE_NAME_RULES = frozenset({"dataset-context", "list", "titlecase"})
_NAME_SPLIT = re.compile(r"[\s\-]+")


def load_words(name: str = "common_english.txt", path: Path | None = None) -> frozenset[str]:
    """A shipped word list of ``kg/data/lexicons``: ``common_english.txt``, the ordinary English words (built
    by ``scripts/build_common_words.py`` from wordfreq data), or ``verb_words.txt``, the words abstracts
    mostly use as verbs (``scripts/build_verb_words.py``)."""
    path = path or Path(str(resources.files("kg") / "data" / "lexicons" / name))
    with open(path, encoding="utf-8") as fh:
        return frozenset(w.strip() for w in fh if w.strip() and not w.startswith("#"))


def not_everyday(text: str, cands: list[Candidate], common: frozenset[str]) -> list[Candidate]:
    """Drop names found by their capitals alone that are only ordinary English words ("Another dataset",
    "People", "the French corpus", "Large-Scale Datasets"): a capital says nothing about such words.
    Lexicon names stay ("Places", "Twitter"), and so does a word with a digit or an inner capital.

    >>> t = "Another dataset and the People corpus and the Visual Genome dataset."
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
    (:func:`~kg.extract.abbreviations.marks_acronym_letters`) when it starts in lower case, puts two capitals before
    a lower-case letter ("PLanning" of "ExPlan (EXtra PLanning And Navigation)") or is an English word
    ("NavigAtion"); and anywhere, a word that starts in lower case and is, lower-cased, an English word of five
    letters or more (:func:`_english`: one of ``words`` or the text itself knows it, "eXtraction"). Coined names
    stay ("iFoo", "gSpan", "nuScenes", "DeLighT" outside such a run); so does the long form, a candidate of its own.

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


#: A device's or an organisation's noun right after a name, past a product's model designation of up to three short
#: words in capitals or digits ("GTX 1080 Ti", "X", "Xp", "v3"), and the word after that, if any (:func:`not_devices`).
_DEVICE_AFTER = re.compile(r"(?:[ \-](?:[A-Z]{1,3}|[A-Z][a-z]|[vV]?\d+[A-Za-z]{0,2})){0,3}?[ \-]((?i:"
                           + "|".join(sorted(DEVICE_ORG_HEADS, key=len, reverse=True)) + r"))\b(?: ([a-z]+))?")
#: Device nouns that the linker reads as a word of data after a name instead ("Foo sensors", like "Foo signals": a
#: ``data`` vote of :func:`kg.link.cues.data_after`, which leaves out a Method named after a kind of data).
_SENSING_WORDS = frozenset({"sensor", "sensors"})


def not_devices(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop names found by their shape alone (rule "name") that a device's or an organisation's noun heads
    (:data:`~kg.extract.words.DEVICE_ORG_HEADS`: "images taken with QX7 cameras", "a ZB3 robot arm ... the ZB3
    robot", "the Quux lab"): an instrument, a machine or a body of people, neither a technique nor a data set.
    A noun that only modifies a task or a thing ("the QX7 vehicle detection dataset": a name of data) keeps it, and
    so does "sensors" (:data:`_SENSING_WORDS`: the linker counts it as a word of data after the name).

    >>> t = "Photos shot with QX7 cameras; a ZB3 robot grasps; the FooSet vehicle detection set; BarNet models; QZ sensors."
    >>> ws = ("QX7", "ZB3", "FooSet", "BarNet", "QZ")
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, "name") for w in ws]
    >>> [t[c.start:c.end] for c in not_devices(t, cs)]
    ['FooSet', 'BarNet', 'QZ']
    """
    return [c for c in cands if not (c[4] == "name" and _device_named(text, c[1]))]


def _device_named(text: str, end: int) -> bool:
    """Whether a device's or an organisation's noun heads the name that ends at ``end`` (:func:`not_devices`)."""
    m = _DEVICE_AFTER.match(text, end)
    if m is None or m.group(1).lower() in _SENSING_WORDS:
        return False
    noun = m.group(1).lower()
    after = m.group(2)
    if after and noun in PRODUCT_HEADS:  # "QX7 GPU memory", "Foo library functions": the noun modifies another
        return after in FUNCTION_WORDS
    return not (after and (after.endswith(TASK_NOUN_ENDS) or after in THING_NOUNS))


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


def not_across_curated(cands: list[Candidate]) -> list[Candidate]:
    """Drop generated-lexicon matches that start inside a curated lexicon name and end past it: the curated
    row is checked, the generated one cut across it ("CNN/[Daily Mail] comprehension": the curated "CNN/Daily
    Mail", not a generated "Daily Mail Comprehension").

    >>> cs = [Candidate(0, 14, T.DATASET, 60, "lexicon"), Candidate(4, 28, T.DATASET, 60, "lexicon-gen"),
    ...       Candidate(30, 40, T.DATASET, 60, "lexicon-gen")]
    >>> [(c.start, c.end) for c in not_across_curated(cs)]
    [(0, 14), (30, 40)]
    """
    curated = [(c[0], c[1]) for c in cands if c[4] == "lexicon"]
    if not curated:
        return cands
    return [c for c in cands if not (c[4] == "lexicon-gen" and any(a < c[0] < b < c[1] for a, b in curated))]


# --- weak evidence: phrases found by the words around them ------------------------------------------------------

#: Words that open a clause or qualify a quantity, never a name: "Although pre-trained encoders ...", "much
#: attention", "either loss", "fewer decoding iterations". A closed class of English (subordinators,
#: sentence adverbs, quantifiers), not a list of examples.
CLAUSE_LEADS = frozenset({
    "although", "though", "while", "whilst", "whereas", "since", "because", "if", "unless", "when", "whenever",
    "once", "after", "before", "as", "however", "moreover", "furthermore", "therefore", "thus", "hence",
    "meanwhile", "nevertheless", "nonetheless", "instead", "also", "besides", "yet", "still", "then", "so",
    "much", "many", "few", "fewer", "little", "either", "neither", "each", "every", "any", "some", "most", "more", "less",
    "several", "whether", "unlike", "despite", "given", "additionally", "finally", "firstly",
    "secondly", "lastly", "overall", "recently", "currently", "specifically", "particularly", "notably",
})
#: Nouns of change: they tell how much a measure moved ("an absolute gain of 6.2%", "a healthy margin"), and
#: are no measure themselves, whatever adjectives they carry.
CHANGE_NOUNS = frozenset({
    "gain", "gains", "improvement", "improvements", "margin", "margins", "boost", "boosts", "increase",
    "increases", "decrease", "decreases", "reduction", "reductions", "drop", "drops", "gap", "gaps",
    "advantage", "advantages", "degradation", "jump", "jumps", "leap", "uplift", "increment", "increments",
})
#: Nouns the phrase rules refuse as modifiers (:data:`rules.BAD_MODIFIERS`, :data:`rules.NON_MODIFIERS`) but
#: which, right before a phrase, make it the tail of a longer compound: "pretext task learning regularization",
#: "machine reading at scale".
COMPOUND_NOUNS = frozenset({
    "task", "tasks", "model", "models", "method", "methods", "approach", "approaches", "framework", "frameworks",
    "technique", "techniques", "problem", "problems", "machine", "baseline", "base", "query", "queries", "level",
    "truth",
})
#: Rules that read a phrase off the words around it: its edges are a guess, so the words at the edges are checked.
_PHRASE_RULES = TITLE_TASK_RULES | frozenset({"head", "object", "task-context", "list", "metric-role", "measured"})
#: Rules that take a Task from its context ("the task of X", "tasks such as X", a title's "for X").
_TASK_CONTEXT_RULES = TITLE_TASK_RULES | frozenset({"task-context", "list", "head"})
#: Rules whose span may start with any word: a coined name ("Every Pixel Counts: ...", "called X", "X (ABC)").
_COINED_RULES = frozenset({"title-name", "named", "acronym", "acronym-ref"})
#: "state of the art" written without hyphens: its "art" is no modifier ("state of the art classification").
_STATE_OF_THE = re.compile(r"\bstate[\s\-]of[\s\-]the[\s\-]$", re.I)
#: "state of the art" leading a span, in every spelling PDF conversion leaves ("state-of-theart", "stateof-the-art",
#: "state-ofthe art"): praise, never a name or part of one ("state-ofthe-art (SOTA)", "stateof-the-art detection").
_STATE_OF_THE_ART = re.compile(r"state[\s\-]?of[\s\-]?the[\s\-]?art(?![a-z])", re.I)
_TWO_NAMES = re.compile(r"\S \band (?=[A-Z0-9])")
_PROBLEM_OF = re.compile(r"\bproblems? of $")
_NAME_INSIDE = re.compile(r".[A-Z0-9]|^[0-9]")
_FIRST_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")
#: Cardinals: "four pre-training tasks", "5 translation pairs" count things, they do not name one.
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "dozens", "hundreds", "thousands", "millions"})
_WORD_BEFORE = re.compile(r"(?<![\w\-])([a-z][a-z\-]*) $")


def clause_led(name: str) -> bool:
    """Whether a phrase opens with a subordinator, sentence adverb or quantifier ("Although ...", "much ...").

    >>> clause_led("Although pre-trained sentence encoders"), clause_led("fewer decoding"), clause_led("Astro")
    (True, True, False)
    >>> clause_led("four pre-training"), clause_led("4 insights"), clause_led("3D convolution"), clause_led("20 Newsgroups")
    (True, True, False, False)
    """
    first = _FIRST_WORD.match(name)
    if not first or first.end() >= len(name):
        return False
    word = first.group(0).lower()
    if word.isdigit():  # "4 insights" counts; "20 Newsgroups" names
        return name[first.end() + 1:first.end() + 2].islower()
    return word in CLAUSE_LEADS or word in NUMBER_WORDS


def change_amount(name: str) -> bool:
    """Whether a metric phrase ends in a noun of change ("absolute gain", "relative improvement").

    >>> change_amount("absolute gain"), change_amount("mean average precision"), change_amount("gain")
    (True, False, True)
    """
    words = name.lower().split()
    return bool(words) and words[-1] in CHANGE_NOUNS


#: Endings of nouns that name a process or problem; a Task's head is one ("detection", "analysis", "answering").
PROCESS_ENDS = (*rules.TASK_NOUN_ENDS, "sis", "ics", "ance", "ence", "ure", "ery", "ity", "val", "ogy")
#: Process nouns without such an ending ("style transfer", "architecture search").
PROCESS_NOUNS = frozenset({"transfer", "search", "design", "repair", "swap", "forecast", "control",
                           "swing-up", "play", "review", "retargeting", "loop"})


def process_head(name: str) -> bool:
    """Whether a phrase ends in a noun of process, as a task's name does ("person search", "depth estimation"),
    not in a thing ("safety systems", "smart cities"), a state ("data shortage") or a clause ("tracking aims").

    >>> [process_head(n) for n in ("person search", "question answering", "smart cities", "data shortage")]
    [True, True, False, False]
    """
    words = _NAME_SPLIT.split(name.lower())
    head = words[-1] if words else ""
    return head in rules.TASK_HEADS or head in rules.WEAK_HEADS or head in PROCESS_NOUNS or head.endswith(PROCESS_ENDS)


def compound_tail(text: str, start: int) -> bool:
    """Whether the phrase starting at ``start`` is the tail of a longer noun compound: the word right before
    it (one space, no punctuation) is a noun the phrase rules stop at ("pretext task learning regularization").

    >>> t = "with pretext task learning regularization and the task learning regularization"
    >>> compound_tail(t, t.find("learning")), compound_tail(t, t.rfind("task"))
    (True, False)
    """
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(m) and m.group(1) in COMPOUND_NOUNS


def _acronym_lowered(written: str, canonical: str | None) -> bool:
    """Whether a lexicon name holding an acronym ("mask-IS") was matched with that acronym in lower case
    ("mask is applied"): an acronym is written in capitals."""
    if not canonical:
        return False
    names, words = _NAME_SPLIT.split(canonical), _NAME_SPLIT.split(written)
    return len(names) == len(words) > 1 and any(
        len(n) > 1 and n.isupper() and n.isalpha() and w.islower() for n, w in zip(names, words))


def _description(written: str, canonical: str | None) -> bool:
    """Whether a generated dataset name in capitals ("3D Hand Pose") is written in lower case in the text
    ("a synthetic 3D hand pose dataset"): the words describe an unnamed dataset, they do not name one."""
    if not canonical:
        return False
    names, words = _NAME_SPLIT.split(canonical), _NAME_SPLIT.split(written)
    return len(names) == len(words) > 1 and all(w.islower() for w in words if w.isalpha()) and any(
        n[:1].isupper() and n[1:].islower() and w.islower() for n, w in zip(names, words))


_STRONG_SHAPE = re.compile(r"\d|.[A-Z]")


def _split_names(c: Candidate, written: str) -> list[Candidate]:
    """The two names of "X and Y" (a dataset phrase), each kept when it has a name's shape (a digit, an inner
    capital: "Parcel-10", "LetterNet", "KITTI"); a capitalised word alone ("English", "Detection") is not."""
    m = _TWO_NAMES.search(written)
    out = []
    for a, b in ((0, m.start() + 1), (m.end(), len(written))):
        part = written[a:b].strip()
        if len(part) > 1 and _STRONG_SHAPE.search(part):
            s = c[0] + written.index(part, a)
            out.append(c._replace(start=s, end=s + len(part)))
    return out


def _task_evident(text: str, start: int, written: str) -> bool:
    """Whether a Task phrase found by its context can name a task: a name shape ("DocQA"), a process at its
    head ("person search"), or, after "the problem of", a problem named by nouns ("domain shift"), not a
    clause ("diminishing gradient", "identifying images", "images conditioned")."""
    if process_head(written) or _NAME_INSIDE.search(written):
        return True
    words = written.split()
    return (_PROBLEM_OF.search(text, max(0, start - 14), start) is not None
            and not words[0].lower().endswith("ing") and not words[-1].endswith("ed"))


#: Heads of quantities and properties: what is measured of a system, not a problem researchers work on.
_QUANTITY_HEADS = frozenset(set(rules.CUE_WORDS["MEASURE"]) | {"complexity", "cost", "costs"})
#: A head naming a system right after a phrase, maybe after the phrase's acronym: "Video Propagation
#: Networks", "a co-saliency detection (CSD) method".
_SYSTEM_AFTER = re.compile(r"( \([A-Za-z][\w\-]{0,14}\))? ([A-Za-z][a-z]+)\b")
_SYSTEM_HEADS = frozenset(rules.ROLE_HEADS | rules.KIND_HEADS | {"unit", "units", "block", "blocks", "layer", "layers"})


def system_after(text: str, end: int) -> int:
    """Whether a phrase ending at ``end`` is part of a system's name: 1 when a capitalised system head
    follows it ("Video Propagation Networks": the phrase is a modifier), 2 when its acronym and a system head
    follow ("a co-saliency detection (CSD) method", "a Field Boost (FB) block": the phrase names the
    system), else 0. A lower-case head right after a phrase ("a text matching model") is left alone: the
    phrase may still name the task the model is for; so is a plural head after the acronym ("face
    recognition (FR) methods", "automatic speech recognition (ASR) systems": the systems of a task).

    >>> t = "Video Propagation Networks, a co-saliency detection (CSD) method and a text matching model"
    >>> system_after(t, 17), system_after(t, 51), system_after(t, 82)
    (1, 2, 0)
    >>> system_after("face recognition (FR) methods", 16)
    0
    """
    m = _SYSTEM_AFTER.match(text, end)
    if not m or m.group(2).lower() not in _SYSTEM_HEADS:
        return 0
    if m.group(1):  # "a co-saliency detection (CSD) method" names one; "face recognition (FR) methods" are for a task
        return 0 if m.group(2).endswith("s") else 2
    return int(m.group(2)[0].isupper())


def not_a_task(text: str, end: int, written: str) -> bool:
    """Whether a Task phrase is no task by its own words: it names a quantity ("computational complexity",
    "prediction accuracy"), or it is the modifier of a system's name right after it ("Video Propagation
    Networks", "Context Encoding Module", "Recurrent Answering Units").

    >>> not_a_task("Video Propagation Networks", 17, "Video Propagation")
    True
    >>> not_a_task("the problems of computational complexity", 41, "computational complexity")
    True
    >>> not_a_task("Video Propagation for Segmentation", 17, "Video Propagation")
    False
    """
    return written.rsplit(None, 1)[-1].lower() in _QUANTITY_HEADS or system_after(text, end) == 1


#: Before "X loss": a word of amount or a verb of incurring, which make it an amount lost ("significant
#: information loss", "suffers from information loss", "leads to performance loss"). Closed classes of English.
_LOSS_BEFORE = re.compile(r"\b(?:large|larger|significant|considerable|severe|serious|much|more|less|little|no|"
                          r"minimal|great|greater|huge|substantial|inevitable|unavoidable|heavy|some|any|"
                          r"suffers?|suffered|suffering|leads?|leading|causes?|caused|causing|results?|resulting|"
                          r"avoids?|avoiding|reduces?|reducing|compensates?|compensating|yields?|yielding|incurs?|"
                          r"incurring|prevents?|preventing)(?:\s+(?:from|to|in|the|an?|their|its))*\s+$", re.I)
#: What a "Q loss" of two words loses when Q is a quality a system has, not an objective's target: "without
#: performance loss", "the information loss by depth-agnostic cameras", "accuracy loss". Closed class.
_LOST_QUALITIES = frozenset({"performance", "accuracy", "information", "quality", "precision", "detail", "details",
                             "efficiency"})  # not robustness, fidelity: objectives too ("the new robustness loss")
#: After "X loss": what caused it ("information loss caused by pooling", "due to", "stemming from").
_LOSS_AFTER = re.compile(r"\s+(?:caused\s+by|due\s+to|stemming\s+from|resulting\s+from)\b", re.I)


def lost_amount(text: str, start: int, end: int) -> bool:
    """Whether a lower-case phrase ending in "loss" is an amount lost rather than a loss function: a word of
    amount or a verb of incurring before it, its cause after it, or a quality a system has before "loss"
    (:data:`_LOST_QUALITIES`: "without performance loss").

    >>> t = "Pooling suffers from information loss. We add a contrastive loss. The detail loss caused by pooling."
    >>> [lost_amount(t, t.index(w), t.index(w) + len(w)) for w in ("information loss", "contrastive loss", "detail loss")]
    [True, False, True]
    >>> t = "It runs without performance loss, and the mutual information loss helps."
    >>> [lost_amount(t, t.index(w), t.index(w) + len(w)) for w in ("performance loss", "mutual information loss")]
    [True, False]
    """
    if not text.endswith("loss", start, end):
        return False
    words = text[start:end].split()
    if len(words) == 2 and words[0].lower() in _LOST_QUALITIES:
        return True  # "without performance loss", "10-15% of the performance loss"
    return bool(_LOSS_BEFORE.search(text, max(0, start - 40), start) or _LOSS_AFTER.match(text, end))


def weak_evidence(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the candidates whose own words speak against them: a phrase-rule or name-rule span opening a clause
    ("Although ...") or closing a longer compound ("... task learning regularization"), a metric that is a
    change ("absolute gain"), a task from context with no process at its head ("safety systems"), and a
    generated lexicon name the text writes otherwise (an acronym in lower case, a dataset name as a description),
    and a span led by "state of the art" however PDF conversion spelled it ("state-ofthe-art (SOTA)").

    >>> t = "Although pre-trained encoders help, an absolute gain of 2% comes in applications such as safety systems."
    >>> cs = [Candidate(0, 29, T.METHOD, 30, "head"), Candidate(39, 52, T.METRIC, 40, "measured"),
    ...       Candidate(89, 103, T.TASK, 55, "list"), Candidate(21, 29, T.METHOD, 30, "head")]
    >>> [t[c.start:c.end] for c in weak_evidence(t, cs)]
    ['encoders']
    """
    out = []
    for c in cands:
        rule, written = c[4], text[c[0]:c[1]]
        if rule != "lexicon" and _STATE_OF_THE_ART.match(written):
            continue  # "state-of-theart (SOTA)", "stateof-the-art detection"
        if rule == "lexicon-gen":
            if _acronym_lowered(written, c[5] or written) or (c[2] is T.DATASET and _description(written, c[5])):
                continue
            if c[2] is T.METRIC and change_amount(written):
                continue  # "a relative error reduction of 30%": how much a measure moved, a generated row or not
        elif rule != "lexicon":
            if (rule not in _COINED_RULES and clause_led(written)) or (c[2] is T.METRIC and change_amount(written)):
                continue
            if rule in _PHRASE_RULES and written[:1].islower() and (
                    compound_tail(text, c[0]) or _STATE_OF_THE.search(text, max(0, c[0] - 14), c[0])):
                continue  # "... task learning regularization", "state of the art classification"
            if rule in _PHRASE_RULES and c[2] is T.METHOD and lost_amount(text, c[0], c[1]):
                continue  # "suffer from information loss": an amount lost, not a loss function
            if (rule == "dataset-context" or (rule == "named" and c[2] is T.DATASET)) and _TWO_NAMES.search(written):
                out.extend(_split_names(c, written))  # "the CIFAR-10 and SVHN datasets", "called SAT-4 and SAT-6"
                continue
            if c[2] is T.TASK and rule in _TASK_CONTEXT_RULES and not _task_evident(text, c[0], written):
                continue
        if c[2] is T.TASK and rule != "lexicon":
            if not_a_task(text, c[1], written):
                continue
            if system_after(text, c[1]) == 2:
                c = c._replace(type=T.METHOD)  # "a co-saliency detection (CSD) method" names a method
        out.append(c)
    return out


# --- Title Case names cut by a phrase rule ------------------------------------------------------------------------

#: Words that do not belong to a Title Case name around them: function words, pronouns, praise.
_NOT_IN_NAME = frozenset(rules.EVALUATIVE | {
    "the", "a", "an", "of", "on", "in", "at", "for", "to", "with", "by", "and", "or", "from", "via", "using", "as",
    "is", "are", "our", "their", "its", "this", "these", "that", "we", "it", "towards", "toward", "through",
    "across", "into", "under", "over", "without", "versus", "vs", "novel", "new", "proposed", "efficient",
    "effective", "improved", "simple", "fast", "robust", "accurate", "better", "revisiting", "rethinking",
    "towards", "beyond", "when", "where", "how", "what", "why", "which", "while", "both", "each", "all",
    "not", "no", "can", "do", "does", "make", "makes", "meets", "i", "ii", "iii", "iv", "v",
} | (rules.BAD_MODIFIERS - {"deep", "large", "small", "neural", "machine", "joint", "global", "local", "single",
                            "base", "full", "dense", "real", "high", "low", "open", "model", "network"}))
_CAP_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z\-]*[A-Za-z]) $")
_CAP_AFTER = re.compile(r" ([A-Z][A-Za-z\-]*[A-Za-z])(?![\w\-])")


def _title_cased(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() for w in words if w[:1].isalpha())


#: "Xxx and " right before a Title Case name in a title: the first conjunct of the name ("Morphing and Sampling
#: Network").
_CONJUNCT_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z]+) (?:and|&) $")


_TITLE_WORD_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\w\-]* $")


def _first_conjunct(text: str, m: re.Match, verbs: frozenset[str]) -> bool:
    """Whether "Xxx and" before a Title Case name in a title is the name's first conjunct ("Morphing and
    Sampling Network"): not a function word or praise, not a verb ("Visualizing and Understanding ..."), and
    not the last word of a phrase before it ("Deep Features and Convolutional Networks")."""
    word = m.group(1)
    return word.lower() not in _NOT_IN_NAME and not ing_verb(word, verbs) \
        and not _TITLE_WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))


def whole_title_case(text: str, cands: list[Candidate], title_end: int = -1,
                     verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Grow a technique phrase written in Title Case to the Title Case words around it, which are part of
    the same name ("Large Margin Cosine Loss", not "Margin Cosine Loss"; "Maximum Classifier Discrepancy",
    not "Maximum Classifier"); function words and praise ("A Novel", "for", "Efficient") stay out, and so
    does a verb of ``verbs`` (:func:`_verb_before`, :func:`_verb_after`: "Improving Layer Normalization",
    "Feature Quantization Improves GANs"). In the title (before ``title_end``)
    "Xxx and" before the name is its first conjunct: "Morphing and Sampling Network" is one name.

    >>> t = "CosFace: Large Margin Cosine Loss for Faces. We use a Novel Pixel Pair Loss."
    >>> cs = [Candidate(15, 33, T.METHOD, 30, "head"), Candidate(60, 75, T.METHOD, 30, "head")]
    >>> [t[c.start:c.end] for c in whole_title_case(t, cs)]
    ['Large Margin Cosine Loss', 'Pixel Pair Loss']
    >>> t = "Morphing and Sampling Network for Point Clouds"
    >>> [t[c.start:c.end] for c in whole_title_case(t, [Candidate(13, 29, T.METHOD, 30, "head")], len(t))]
    ['Morphing and Sampling Network']
    """
    out = []
    for c in cands:
        if c[4] == "head" and c[2] is T.METHOD and _title_cased(text[c[0]:c[1]].split()):
            e = _grow_right(text, c[1], verbs)
            s = _grow_left(text, c[0], e, verbs)
            m = _CONJUNCT_BEFORE.search(text, max(0, s - 40), s) if s < title_end else None
            if m and _first_conjunct(text, m, verbs):
                s = m.start(1)
            if (s, e) != (c[0], c[1]):
                c = c._replace(start=s, end=e)
        out.append(c)
    return out


#: A participle or an -ing word written with a capital right after a lower-case word, a space before the name:
#: mid-sentence, the capital makes it a word of the name ("we use Gated Graph Neural Networks", "the Chained Context
#: Aggregation Network"); after a capitalised word it may be a compound's tail ("Aspect Based", "Evidence Guided").
_CAPITAL_PARTICIPLE = re.compile(r"(?<![\w\-.])[a-z]+ ([A-Z][a-z]{2,}(?:ed|ing)) $")


def capital_participles(text: str, cands: list[Candidate], title_end: int = -1,
                        verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Grow a Method or Task name that starts with a capital in the abstract (after ``title_end``) to a participle or
    an -ing word written with a capital in mid-sentence right before it (:data:`_CAPITAL_PARTICIPLE`): in sentence
    case the capital says the word is the name's first ("we present Stacked Cross Attention", "an Alternating
    Back-Propagation technique"), no verb or setting cut off. Not praise or a function word (:data:`_NOT_IN_NAME`:
    "the Improved"), nor a "-based" tail a line break glued ("the Transformerbased RoBERTa"), nor the -ing form of
    one of ``verbs`` taking the name as its object ("targets Improving Semantic Segmentation"; a process word of
    :data:`rules.ING_OK` is a noun of the name: "we use Embedding Propagation Networks"); an acronym's long form
    keeps the span its letters spell. A candidate that runs from the participle over the name already and outranks
    the name ("named Parsing R-CNN": :func:`~kg.extract.proposals.named_over_known`) is left to win; else the name
    grows, no longer a lexicon entry's.

    >>> t = "A Title. We use Gated Graph Neural Networks and Aspect Based Sentiment Classification."
    >>> cs = [Candidate(t.index("Graph"), t.index(" and"), T.METHOD, 90, "lexicon", "graph neural network"),
    ...       Candidate(t.index("Sentiment"), len(t) - 1, T.TASK, 90, "lexicon", "sentiment classification")]
    >>> [(t[c.start:c.end], c.rule, c.canonical) for c in capital_participles(t, cs, 7)]
    [('Gated Graph Neural Networks', 'grown', None), ('Sentiment Classification', 'lexicon', 'sentiment classification')]
    >>> cs = [cs[0], Candidate(t.index("Gated"), t.index(" and"), T.METHOD, 30, "head")]
    >>> [(t[c.start:c.end], c.rule) for c in capital_participles(t, cs, 7)]
    [('Gated Graph Neural Networks', 'grown'), ('Gated Graph Neural Networks', 'head')]
    >>> [t[c.start:c.end] for c in capital_participles(t, [cs[0], cs[1]._replace(priority=91)], 7)]
    ['Graph Neural Networks', 'Gated Graph Neural Networks']
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    for c in cands:
        spans.setdefault(c.start, []).append((c.end, c.priority))
    out = []
    for c in cands:
        start = _participle_start(text, c, title_end, verbs)
        if start is not None and not any(e >= c.end and p >= c.priority for e, p in spans.get(start, ())):
            c = c._replace(start=start, canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return out


def _participle_start(text: str, c: Candidate, title_end: int, verbs: frozenset[str]) -> int | None:
    """Where the capitalised participle before a Method or Task name starts (:func:`capital_participles`), if any:
    no -ing form of one of ``verbs`` but a process word ("Improving" is the verb, "Embedding" a noun of the name)."""
    if c.type not in (T.METHOD, T.TASK) or c.start <= title_end or not text[c.start].isupper() \
            or c.rule.startswith("acronym"):
        return None
    m = _CAPITAL_PARTICIPLE.search(text, max(0, c.start - 40), c.start)
    word = m.group(1) if m else ""
    if m is None or word.lower() in _NOT_IN_NAME or word.lower().endswith("based") \
            or (ing_verb(word, verbs) and word.lower() not in rules.ING_OK):
        return None
    return m.start(1)


def _grow_left(text: str, s: int, e: int, verbs: frozenset[str]) -> int:
    """Where a Title Case phrase ``text[s:e]`` starts with up to three Title Case words before it (:func:`whole_title_case`);
    a verb before it stops it, but for a word spelling the first letter of the acronym the run is the long form of."""
    for _ in range(3):
        m = _CAP_BEFORE.search(text, max(0, s - 40), s)
        if not m or m.group(1).lower() in _NOT_IN_NAME or rules.verb_after_to(text, m.start(1), m.group(1), verbs) \
                or (_verb_before(text, m, verbs) and not _opens_long_form(text, m.start(1), e)):
            break
        s = m.start(1)
    return s


#: An acronym in brackets, after a long form or before one, whose first words may come first: "Some Long Form (SLF)",
#: "SLF (Some Long Form ...)".
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\)")
_ACRONYM_BEFORE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*) \((?:[A-Z][\w\-]* ){0,4}$")


def _opens_long_form(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` begins a run ``text[start:end]`` that is (the end of) the long form of an acronym
    in brackets after it or before it, here or where the text writes it again: the run's initials are letters of the
    acronym ("MASK (Making Attention Spell Keys ...)": "Making" is the M, no verb).

    >>> t = "We use MAS (Making Attention Sparse) and Making Attention Sparse (MAS) and Making Networks (NN)."
    >>> [_opens_long_form(t, t.index("Making", i), t.index("Sparse", i) + 6) for i in (0, 40)]
    [True, True]
    >>> i = t.rindex("Making"); _opens_long_form(t, i, i + 15), _opens_long_form(t + " Making Networks (MN)", i, i + 15)
    (False, True)
    >>> t = "We use DMAS (Densely Making Attention Sparse for text)."
    >>> _opens_long_form(t, t.index("Making"), t.index(" for"))
    True
    """
    again = text.find(text[start:end] + " (", end)  # (the title's run, defined in the abstract)
    found = (_ACRONYM_AFTER.match(text, end), _ACRONYM_BEFORE.search(text, max(0, start - 60), start),
             _ACRONYM_AFTER.match(text, again + end - start) if again > 0 else None)
    initials = "".join(w[0] for w in text[start:end].split() if w[0].isupper())
    return any(m is not None and initials in m.group(1) for m in found)


def _grow_right(text: str, e: int, verbs: frozenset[str]) -> int:
    """Where a Title Case phrase ending at ``e`` ends with up to two Title Case words after it (:func:`whole_title_case`),
    and a third when the two end on no head word and the third is one: the name goes on to the noun its modifiers
    modify ("... Attention Deep Neural Networks", "... Grounding Neural Model"), not cut after "Neural".

    >>> ts = ("Mail Attention Deep Neural Networks", "Mail Attention Deep Neural Blocks", "Mail Attention Deep Network Model")
    >>> [t[:_grow_right(t, 14, frozenset())] for t in ts]
    ['Mail Attention Deep Neural Networks', 'Mail Attention Deep Neural', 'Mail Attention Deep Network']
    >>> ts = ("Mail Attention Deep Self-Attention Networks", "Mail Attention Deep Multi-Layer Networks")
    >>> [t[:_grow_right(t, 14, frozenset())] for t in ts]
    ['Mail Attention Deep Self-Attention', 'Mail Attention Deep Multi-Layer Networks']
    """
    for _ in range(2):
        m = _CAP_AFTER.match(text, e)
        if not m or m.group(1).lower() in _NOT_IN_NAME or _verb_after(text, m, verbs):
            return e
        e, last = m.end(1), m.group(1)
    m = _CAP_AFTER.match(text, e)  # (the head is the last word's last piece: "Self-Attention" ends on a head)
    if m and m.group(1).lower() in METHOD_HEADS and last.rsplit("-", 1)[-1].lower() not in METHOD_HEADS:
        e = m.end(1)
    return e


def _verb_before(text: str, m: re.Match, verbs: frozenset[str]) -> bool:
    """Whether the Title Case word ``m`` (of :data:`_CAP_BEFORE`) before a name is a verb taking the name as its
    object ("Rethink Dilated Convolution", "Improving Layer Normalization", "Jointly Optimizing Spatial Embeddings"),
    not its first word. A verb's -ing form after a Title Case noun, its object, is a compound noun the name goes
    on into ("Mode Seeking GANs"); after an adverb ("Jointly") or nothing it is the verb."""
    word = m.group(1)
    low = word.lower()
    if _finite_verb(low, verbs):
        return True  # (an adverb grades the participle of the name: "Progressively Trained Classifier GANs")
    if low in rules.ING_OK:  # a process word is a noun of the name ("Embedding Loss Driven GANs"), unless it opens
        return rules.leading_gerund(text, m.start(1), word, verbs)  # a clause: "Learning Parallax Attention for ..."
    if not ing_verb(word, verbs):
        return False
    noun = _CAP_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
    if noun is None:
        return True
    nl = noun.group(1).lower()
    return nl in _NOT_IN_NAME or nl.endswith("ly") or rules.verb_form(nl, verbs) or ing_verb(noun.group(1), verbs)


def _finite_verb(low: str, verbs: frozenset[str]) -> bool:
    """A lower-case word that is one of ``verbs`` or its third person (:func:`rules.verb_form`), no adverb in "-ly"."""
    return rules.verb_form(low, verbs) and not low.endswith("ly")


#: After a verb: its object, a capitalised word or an article ("... Networks Meet Squeeze-Excitation", "...
#: Quantization Improves the ..."), or a question's end ("What Do ... Networks Learn?"); a plural noun of the name is
#: followed by a preposition or nothing ("... Network Cascades for ...", "... Architecture Design for ...").
_OBJECT_AFTER = re.compile(r" (?:[A-Z]|(?:the|a|an) )|\?")


def _verb_after(text: str, m: re.Match, verbs: frozenset[str]) -> bool:
    """Whether the Title Case word ``m`` (of :data:`_CAP_AFTER`) after a name is a verb or a participle after it,
    no word of the name: a verb before its object ("... Networks Learn Sparse Codes", "... Quantization Improves
    GANs"), a verb's -ing form ("... Network Exploiting Pose") or a participle ("... Algorithm Implemented"). A
    process word in -ing ("Matching", "Learning": :data:`rules.ING_OK`) is the name's head ("Dual Attention Matching")."""
    word = m.group(1)
    low = word.lower()
    if low in rules.ING_OK or "-" in low:
        return False
    if _finite_verb(low, verbs):
        return _OBJECT_AFTER.match(text, m.end(1)) is not None
    return ing_verb(word, verbs) or (low.endswith("ed") and low not in rules.ED_OK)


#: A cue before it that names it the task ("the task of denoising noisy scans"): its object follows, no noun it modifies.
_TASK_OF_BEFORE = re.compile(r"\b(?:tasks?|problems?)\s+of\s+$", re.I)
_NEXT_LOWER_WORD = re.compile(r" ([a-z][a-z\-]*)\b")


def task_word_modifiers(text: str, cands: list[Candidate], verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Drop a one-word lexicon Task that only modifies the noun after it ("a reasoning module", "its
    planning horizon") or closes a hyphenated compound ("physical-reasoning"):
    the noun is a part or a property of a system, the compound a narrower task, neither the bare task. Function
    words, verbs (:func:`kg.extract.words.verbish`), task nouns and the nouns that score or solve a task
    ("reasoning tasks", "reasoning benchmarks", "clustering methods", "reasoning is ...") leave it a task; an
    acronym ("a QA model", "ReID pairs") names its task in any use.

    >>> t = "A planning module helps. Planning is hard; we test on planning benchmarks and sub-planning."
    >>> cs = [Candidate(m.start(), m.end(), T.TASK, 60, "lexicon") for m in re.finditer("(?i)planning", t)]
    >>> [t[c.start:c.end + 4] for c in task_word_modifiers(t, cs)]
    ['Planning is ', 'planning ben']
    """

    out = []
    for c in cands:
        word = text[c.start:c.end]
        if c.type is not T.TASK or c.rule not in ("lexicon", "lexicon-gen") or not word.isalpha() \
                or not word[1:].islower():  # an acronym ("a QA model") names its task in any use
            out.append(c)
            continue
        if c.start > 1 and text[c.start - 1] == "-" and text[c.start - 2].isalpha():
            continue  # "physical-reasoning"
        nxt = _NEXT_LOWER_WORD.match(text, c.end)  # a capital next opens a name ("Reasoning Units", "MRU")
        w = nxt.group(1) if nxt else ""
        if w and w not in AFTER_TASK_OK and w not in TASK_SCORE_NOUNS and not verbish(w, verbs) \
                and not _TASK_OF_BEFORE.search(text, max(0, c.start - 20), c.start):
            continue
        out.append(c)
    return out


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
        and not rules.process_head(word)
