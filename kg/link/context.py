"""What a paper is about, as the corpus-level acronym join needs it: an acronym defined by one paper only
joins the bare uses of other papers when those papers are about the same things.

"BP" defined once as "binary partitioning" is not the "BP" (backpropagation) of a paper on weight
symmetry, nor "VPN" (Value Prediction Network) the VPN of a website-fingerprinting paper; "ATLAS"
(Anatomical Tracings of Lesions After Stroke) in another stroke-lesion paper, or "SAPD" in another
detector paper, is. The decision is per acronym (the mean over its bare papers), so a bare acronym used
both ways goes with the majority; and topic words are a weak signal for a paper whose abstract is
short or generic (the arXiv build still joins the "GRACE" of a graph paper to a labeling model, on
"gradient" and "besides").

A paper's *topic words* are its title's and abstract's words of four letters or more; two papers are
about the same things when they share topic words that are rare in the corpus (document frequency under
:data:`RARE_SHARE` of the papers), weighted by inverse document frequency. The tables are keyed by
word and by name (:mod:`kg.link.summary`), never by paper: a bare acronym keeps the summed topic words
of the papers that use it bare, so the mean similarity of those papers to the defining paper is one
dot product. Papers that write the long form out beside the bare acronym (at least half of them:
:func:`spelt_out`) agree with the definition whatever their topic.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from kg.link.normalize import FUNCTION_WORDS

#: A topic word: letters (and inner hyphens), four characters or more.
_WORD = re.compile(r"[a-z][a-z-]{2,}[a-z]")
#: Words in at least this share of the papers say nothing about a paper's topic ("results", "network").
RARE_SHARE = 0.05
#: Fewer papers than this tell no topic from another (no word is rare): every bare use joins, as before.
MIN_PAPERS = 100
#: Mean similarity (summed inverse document frequency of the rare words shared) from which the papers
#: using an acronym bare are about what the one paper defining it is about.
SAME_TOPIC = 6.0


@lru_cache(maxsize=8)
def topic_words(*texts: str) -> frozenset[str]:
    """The topic words of a paper's texts (lower-cased, function words aside); kept for the few texts last asked
    about, since the link steps ask for one paper's several times in a row."""
    return frozenset(w for t in texts for w in _WORD.findall(t.lower()) if w not in FUNCTION_WORDS)


def spelt_out(long_forms: list[str], bare: Counter, n_bare: int) -> bool:
    """Whether the papers using an acronym bare spell out one of its long forms: each of its topic words
    (or the words hyphenated into one) is in at least half of them ("fully-connected (FC) layers" where
    the extractor saw no definition of the "Fully Connected (FC)" another paper defines)."""
    for lf in long_forms:
        words = topic_words(lf.replace("-", " "))
        joined = "-".join(_WORD.findall(lf.lower().replace("-", " ")))
        if words and (all(2 * bare.get(w, 0) >= n_bare for w in words) or 2 * bare.get(joined, 0) >= n_bare):
            return True
    return False


def acronym_shaped(text: str) -> bool:
    """Whether a name is written like an acronym: one word of up to 12 characters, two capitals or more
    and at least half its letters capitals ("GRACE", "LS-GAN", "QRNNs"; not "Transformer")."""
    caps = sum(c.isupper() for c in text)
    return len(text) <= 12 and " " not in text and caps >= 2 and 2 * caps >= sum(c.isalpha() for c in text)


def acronym_is_word(word: str, acronym: str) -> bool:
    """Whether a topic word is the acronym itself or its plural ("spade", "qrnns")."""
    a = acronym.lower()
    return word in (a, a + "s", a.replace("-", ""))


def rare_idf(w: str, df: Counter, papers: int, share: float = RARE_SHARE) -> float:
    """The inverse document frequency of a topic word fewer than ``share`` of the ``papers`` write (and some do),
    else 0 (a common word, or one no paper writes, is no evidence)."""
    f = df.get(w, 0)
    return math.log(papers / f) if 0 < f < share * papers else 0.0


def mean_similarity(defining: Counter, bare: Counter, n_bare: int, df: Counter, papers: int,
                    acronyms: set[str]) -> float:
    """The mean, over the ``n_bare`` papers whose summed topic words are ``bare``, of the rare topic words
    each shares with the ``defining`` paper(s), weighted by inverse document frequency; the acronym's
    own spellings (``acronyms``) are no evidence. Infinite below :data:`MIN_PAPERS` papers."""
    if papers < MIN_PAPERS:
        return math.inf
    if not n_bare:
        return 0.0
    total = 0.0
    for w in defining:
        c = bare.get(w)
        if c and (idf := rare_idf(w, df, papers)) and not any(acronym_is_word(w, a) for a in acronyms):
            total += idf * c
    return total / n_bare
