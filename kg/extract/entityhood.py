"""Whether a candidate span can be an entity at all, judged from where it stands in the text.

Plain functions over character offsets, called by :func:`kg.extract.selection.entity_hood` before
overlaps are resolved:

- :func:`inside_word`: a span that starts or ends inside a run of letters and digits ("Scenes" in
  "nuScenes", "W" in "300W") names a piece of a word, never a thing;
- document furniture in the text (arXiv stamps such as "[cs.CL]", journal and proceedings headers, section titles,
  a venue tag or author running head before the title, affiliation and footnote sentences): nothing inside is an
  entity (:mod:`kg.extract.furniture`);
- :func:`not_cited_authors`: names that are a citation's authors ("Peters et al., 2018");
- :func:`not_in_proper_names`: a generated-lexicon word inside a longer capitalised name ("Texas A&M University");
- :func:`not_absent`: a thing the text says is absent ("CNN-free");
- :func:`not_devices`: a name a device's or an organisation's noun heads ("QX7 cameras", "the Quux lab"), or that
  names hardware otherwise (:mod:`kg.extract.device_names`: "NVIDIA Jetson TX2");
- :func:`not_across_curated`: a generated-lexicon match cut across a curated name.

The filters by a span's own words are in :mod:`kg.extract.ordinary_words` (generic phrases, everyday words, an
acronym's letters: :func:`~kg.extract.ordinary_words.generic`: "state-of-the-art"), :mod:`kg.extract.weak_evidence`
(phrases whose own words speak against them) and :mod:`kg.extract.title_case` (Title Case names a phrase rule cut);
a lexicon Task that only modifies the noun after it is :func:`kg.extract.task_roles.task_word_modifiers`.
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.device_names import hardware_name
from kg.extract.glued_tails import glued_tail_at
from kg.extract.lost_letters import word_char
from kg.extract.words import (DATA_WORDS, DEVICE_ORG_HEADS, FUNCTION_WORDS, PRODUCT_HEADS, TASK_NOUN_ENDS,
                              THING_NOUNS)
from kg.vocab import EntityType as T


def inside_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts or ends inside a run of letters and digits (a "?" an encoding put for
    a letter is one: "Nystr" of "Nystr?mformer", :mod:`kg.extract.lost_letters`). A name's end before the tail a
    lost hyphen glued to it is no word's inside ("PointNet" of "PointNetbased", :mod:`kg.extract.glued_tails`).

    >>> t = "on nuScenes and 300W"
    >>> inside_word(t, 5, 11), inside_word(t, 3, 11), inside_word(t, 19, 20), inside_word(t, 16, 20)
    (True, False, True, False)
    >>> t = "as Nystr?mformer and GTA5?Cityscapes"
    >>> inside_word(t, 3, 8), inside_word(t, 3, 16), inside_word(t, 21, 25)
    (True, False, False)
    """
    if start > 0 and start < len(text) and word_char(text, start - 1) and word_char(text, start):
        return True
    return 0 < end < len(text) and word_char(text, end) and word_char(text, end - 1) and not glued_tail_at(text, end)


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
        if inside_word(text, s, e):
            continue
        if text[s:s + 2].isupper() and _CAPS_BROKEN.search(text, max(0, s - 30), s):
            continue
        out.append(c)
    return out


# --- citations ---------------------------------------------------------------------------------------------------

_CITED = re.compile(r"\s*(?:et\.?\s+al\b|and\s+[A-Z][a-z]+\s*[\[(,]\s*\d{4}|[\[(,]\s*(?:19|20)\d\d[a-z]?\b)")
#: A citation as a whole: surnames (capitalised words in small letters, "Müller" too) joined by commas, "and" or "&",
#: "et al." perhaps, and a year ("Quokka 2017", "Quokka and Emu 2017", "Quokka, Emu, and Wombat 2016", "Quokka et al.,
#: 2017"): a reference to a work inside brackets (:func:`_cited_in_brackets`), never a name of one there.
_SURNAME = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)?"
_CITATION = re.compile(r"(?<![\w\-])" + _SURNAME + r"(?:(?:\s*,)?\s+(?:and|&)\s+" + _SURNAME + r"|\s*,\s*" + _SURNAME + r")*"
                       r"(?:\s+et\.?\s+al\.?)?,?\s+(?:19|20)\d\d[a-z]?(?=\s*[;,)\]])")
#: Words of data before the brackets: "datasets (Yelp 2013, Yelp 2014)" lists editions of data, no works cited.
_DATA_BEFORE = re.compile(r"\b(?:" + DATA_WORDS + r"|data|sets?)\b[^()\[\]]{0,20}$", re.I)


def _cited_in_brackets(text: str, c: Candidate) -> bool:
    """Whether a rule-found candidate is an author of a citation inside brackets: the brackets open before it with no
    words of data before them, and a whole citation runs from one of the citation's surnames to its year over the
    candidate ("(Hartley and Quimby 2017)": "Hartley", "Quimby 2017", "Hartley & Quimby 2017"), and it is no
    edition of a series the brackets list (:func:`_editions`).

    >>> t = "models (Hartley and Quimby 2017; Pike, Ashby, & Moss 2016) beat Yelp 2013; datasets (Yelp 2013, Yelp 2014)"
    >>> [_cited_in_brackets(t, Candidate(t.index(w, i), t.index(w, i) + len(w), T.METHOD, 50, "list"))
    ...  for w, i in (("Hartley", 0), ("Quimby 2017", 0), ("Ashby, & Moss 2016", 0), ("Yelp 2013", 0), ("Yelp 2013", 70))]
    [True, True, True, False, False]
    >>> t = "glyph sorting (Quokka 2013, Quokka 2014, QSET) and shelf sorting (Emu 2015, Emu et al. 2016)"
    >>> [_cited_in_brackets(t, Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, "list"))
    ...  for w in ("Quokka 2013", "Quokka 2014", "Emu 2015")]
    [False, False, True]
    """
    lo = max(text.rfind("(", max(0, c[0] - 120), c[0]), text.rfind("[", max(0, c[0] - 120), c[0]))
    if lo < 0 or any(ch in text[lo + 1:c[0]] for ch in ")]") or _DATA_BEFORE.search(text, max(0, lo - 40), lo) \
            or _editions(text, lo, c):
        return False
    for m in _CITATION.finditer(text, lo + 1, min(len(text), c[1] + 80)):
        if m.start() <= c[0] and c[1] <= m.end():
            return True
    return False


def _editions(text: str, lo: int, c: Candidate) -> bool:
    """Whether the candidate is one of two or more bare "Word Year" items in the brackets opening at ``lo`` with the
    same word ("(Quokka 2013, Quokka 2014)"): editions of one series; citations of one author write a comma or "et
    al." ("(Quokka, 2013; Quokka et al., 2014)"), give the years once ("(Quokka 2013, 2014)") or part the works by
    semicolons ("(Quokka 2013; Quokka 2014)", "(Emu and Quokka 2017; Emu & Quokka 2019)")."""
    close = re.compile(r"[)\]]").search(text, lo + 1, min(len(text), lo + 300))
    inside = text[lo + 1:close.start() if close else min(len(text), lo + 300)]
    if ";" in inside:
        return False
    items = _EDITION.findall(inside)
    own = _EDITION.fullmatch(text, c[0], c[1])
    return own is not None and sum(w == own.group(1) for w in items) >= 2


#: A bare "Word Year" item of a bracket's list ("Quokka 2013"), no comma, "and" or "et al." between.
_EDITION = re.compile(r"(?<![\w\-])(" + _SURNAME + r")\s+(?:19|20)\d\d(?![\w\-])")


def not_cited_authors(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop capitalised words that are the authors of a citation ("Peters et al., 2018", "Smith (2019)"):
    rule-found names followed by "et al." or a year or written as a citation key ("[KZ20]") or a whole citation
    inside brackets ("(Smith and Jones 2019)", :func:`_cited_in_brackets`), and
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
                                     else _CITED.match(text, c[1]) or _cite_key(text, c)
                                     or _cited_in_brackets(text, c))]


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
    so does "sensors" (:data:`_SENSING_WORDS`: the linker counts it as a word of data after the name). A Method name
    the words around it make hardware (:func:`kg.extract.device_names.hardware_name`: "NVIDIA Jetson TX2", "a TX2
    embedded system", "CPU-GPU") goes too.

    >>> t = "Photos shot with QX7 cameras; a ZB3 robot grasps; the FooSet vehicle detection set; BarNet models; QZ sensors."
    >>> ws = ("QX7", "ZB3", "FooSet", "BarNet", "QZ")
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.DATASET, 50, "name") for w in ws]
    >>> [t[c.start:c.end] for c in not_devices(t, cs)]
    ['FooSet', 'BarNet', 'QZ']
    """
    return [c for c in cands if not (c[4] == "name" and (_device_named(text, c[1]) or (
        c[2] is T.METHOD and hardware_name(text, c[0], c[1]))))]


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
