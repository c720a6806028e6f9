"""Acronyms a paper's title spells out: "CURL: Contrastive Unsupervised Representations for
Reinforcement Learning" defines CURL in that paper, as a parenthesis in the abstract would. Without it
the title's CURL would join whatever long form other papers give CURL ("CURve Layers").

A title defines its leading name ``ACRO: rest`` only when the capitals of ACRO are, in order, the
initials of words of ``rest`` from its first word on (hyphen and camel-case parts count as words;
function words, never initials, and one other word may be skipped), and the name is written like an
acronym (capitals are at least half its letters): "CE-Net: Context Encoder Network for ..." spells "Context Encoder
Network", "STM: SpatioTemporal and Motion Encoding" spells "SpatioTemporal and Motion" and the run goes on to
"Encoding" (:func:`whole_long_form`: a long form cut inside the title's capitalised run is the whole run, or none
where the letters cannot spell it and the cut is inside a prepositional phrase or after a describing word). A title that
does not spell its name ("FiLM: Visual Reasoning with a General Conditioning Layer", "BERT:
Pre-training of Deep Bidirectional Transformers") defines nothing: its name links as it always did.

The other way round, a paper that proposes a name in its title ("Probabilistic Quokka Depth: Seeing Objects
from Afar") and writes its initials bare ("our method, PQD") means that name by them
(:func:`spelt_proposals`), not the lexicon's or other papers' PQD.
"""
from __future__ import annotations

import re

from kg.extract.abbreviations import PREPOSITIONS
from kg.extract.cut_long_forms import describing_end, run_after, technique_end, verb_with_ending
from kg.extract.ordinary_words import load_words
from kg.link.context import acronym_shaped
from kg.link.nodes import LEXICON_RULES
from kg.link.normalize import FUNCTION_WORDS, abbreviates, is_definition
from kg.models import FIELDS, Extraction, Mention

#: The parts of a title's words that may hold an initial: words, hyphen parts and camel-case parts.
_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
#: The words of a title's rest, with their end offsets (the long form ends after a word).
_WORD = re.compile(r"[^\s:;,.!?()]+")


def _capitals(acro: str) -> str:
    """The capitals of a name written like an acronym ("CE-Net" -> "CEN", "ReNet" -> "RN"); "" if fewer
    than two or fewer than half its letters ("TrafficPredict" is a coined word, no acronym)."""
    caps = "".join(c for c in acro if c.isupper())
    letters = sum(c.isalpha() for c in acro)
    return caps if len(caps) >= 2 and 2 * len(caps) >= letters else ""  # not "TrafficPredict"


def spelt_long_form(acro: str, rest: str) -> str | None:
    """The words of ``rest`` (a title after "ACRO:") whose initials are the capitals of ``acro``, from the
    first word to the word of the last capital; None when they are not.

    >>> spelt_long_form("CURL", "Contrastive Unsupervised Representations for Reinforcement Learning")
    'Contrastive Unsupervised Representations for Reinforcement Learning'
    >>> spelt_long_form("CE-Net", "Context Encoder Network for 2D Medical Image Segmentation")
    'Context Encoder Network'
    >>> spelt_long_form("FiLM", "Visual Reasoning with a General Conditioning Layer") is None
    True
    """
    found = _spelling(acro, rest)
    return rest[:found[0]].strip() if found else None


def _spelling(acro: str, rest: str) -> tuple[int, int] | None:
    """Where in ``rest`` the words spelling ``acro`` end (:func:`spelt_long_form`) and how many words no initial
    and no function word they skip (at most one), or None."""
    caps = _capitals(acro)
    if not caps:
        return None
    k = skipped = 0
    for w in _WORD.finditer(rest):
        matched = False
        for p in _letter_parts(w.group(0)):
            if k < len(caps) and p[0].upper() == caps[k]:
                k, matched = k + 1, True
        if not matched and (k == 0 or w.group(0).lower() not in FUNCTION_WORDS and (skipped := skipped + 1) > 1):
            return None  # the first word, or a second word that is no initial and no function word
        if k == len(caps):
            return w.end(), skipped
    return None


def whole_long_form(acro: str, rest: str) -> str | None:
    """The long form a title "ACRO: rest" defines: the words spelling ACRO (:func:`spelt_long_form`), or, where the
    title's capitalised run goes on after them (:func:`~kg.extract.cut_long_forms.run_after`), the whole run when
    ACRO still spells it within the one skipped word ("TNT: Target-driveN Trajectory Prediction") and the run does
    ends before the title's verb (:func:`verb_shaped`: "QSN: Quokka Supervised Nets Revisited"), unless the spelt
    words end on a technique's head word, their own head (:func:`~kg.extract.cut_long_forms.technique_end`); when it does
    not, none if the spelt words stop inside a prepositional phrase or on a describing word ("ECO: Efficient
    Convolutional Network for Online Video Understanding": "... for Online" is no name), else the spelt words.

    >>> whole_long_form("QGI", "Quokka-Aware Graph Inference for Trees")
    'Quokka-Aware Graph Inference'
    >>> whole_long_form("QCO", "Quick Convolutional Network for Online Glyph Reading") is None
    True
    >>> whole_long_form("STR", "Self-Taught Reasoner Bootstrapping Reasoning"), whole_long_form("QN", "Quokka Net Model")
    ('Self-Taught Reasoner', 'Quokka Net')
    >>> whole_long_form("GLM", "General Language Model Pretraining with Glyphs")
    'General Language Model'

    """
    found = _spelling(acro, rest)
    if found is None:
        return None
    end, skipped = found
    long = rest[:end].strip()
    run_end = run_after(rest, end, describing_end(long))
    if run_end == end or technique_end(long):
        return long  # ("GLQ: General Language Quokka Pretraining ...": the quokka is the name's own head)
    run_end = _before_verb(rest, end, run_end)
    if run_end == end:
        return long  # ("SMoE: Sparse Mixture of Experts Meets ...": the title's verb ends the run)
    if skipped + len(rest[end:run_end].split()) <= 1:
        return rest[:run_end].strip()
    if describing_end(long) or any(w.lower() in PREPOSITIONS for w in long.split()):
        return None
    return long


def _before_verb(rest: str, end: int, run_end: int) -> int:
    """Where the title's capitalised run from ``end`` to ``run_end`` ends before its first word shaped as a verb
    (:func:`verb_shaped`), or ``run_end``."""
    for w in re.finditer(r"\S+", rest[:run_end]):
        if w.start() >= end and verb_shaped(w.group(0)):
            return w.start() if rest[end:w.start()].strip() else end
    return run_end


def verb_shaped(word: str) -> bool:
    """Whether a title's word after a long form is its verb, no word of a name: an "-s" or "-ed" form of a word
    abstracts mostly use as verbs ("Meets", "Helps", "Revisited"; verb_words.txt), not a plural noun ("Objects").

    >>> [verb_shaped(w) for w in ("Meets", "Revisited", "Helps", "Objects", "Networks", "Search")]
    [True, True, True, False, False, False]
    """
    low = word.lower()
    return low.endswith(("s", "ed")) and not low.endswith(("ss", "us", "is")) and verb_with_ending(low, _verbs())


def _verbs() -> frozenset[str]:
    return load_words("verb_words.txt")


def title_tails(ex: Extraction, mentions: tuple[Mention, ...], found: tuple[int, str] | None) -> list[int]:
    """The mentions that are the tail of the title's long form (``found``, :func:`title_definition`), of
    the acronym's type and after no function word of it: "Graph Attention Network" in "KGAT: Knowledge
    Graph Attention Network for Recommendation" is a piece of KGAT's name, not the generic network (but
    in "MSG-GAN: Multi-Scale Gradients for Generative Adversarial Networks" the networks are what the
    gradients are for)."""
    if found is None:
        return []
    i, long = found
    title, m = ex.paper.title or "", mentions[i]
    start = title.find(long, m.end)
    spelt = spelt_long_form(m.text, title[m.end + 1:]) or long  # (the long form may run on past the spelt words)
    ends = {start + len(long), start + len(spelt)}
    return [j for j, x in enumerate(mentions)
            if j != i and x.field == "title" and x.type is m.type and start < x.start and x.end in ends
            and not any(w.lower() in FUNCTION_WORDS for w in title[start:x.start].split())]


def written_tails(ex: Extraction, mentions: tuple[Mention, ...]) -> dict[int, int]:
    """The mentions that end a long form their paper defines ("Key Guide Network (KGN)") where the text
    before them writes the rest of it ("... based on Key Guide Network": the extractor cut "Guide Network"):
    a piece of the paper's name, not the generic one, as :func:`title_tails` reads a title's. Of the long
    form's type, after a space or a hyphen of it and with no function word in the words before them ("link
    prediction and node classification (LPNC)" names two tasks). A lexicon name stays itself: the paper's name
    is a kind of it ("Transformer" in "Inpainting Transformer"). Index of the piece -> index of the long form.
    """
    longs = [(i, m.text.lower()) for i, m in enumerate(mentions)
             if m.aliases and any(is_definition(a, m.text) for a in m.aliases)]
    if not longs:
        return {}
    out: dict[int, int] = {}
    texts: dict[str, str] = {}
    for j, x in enumerate(mentions):
        if x.aliases or x.rule == "acronym-ref" or x.rule in LEXICON_RULES or x.field not in FIELDS:
            continue
        low = x.text.lower()
        for i, lf in longs:
            cut = len(lf) - len(low)
            if cut < 2 or mentions[i].type is not x.type or lf[cut - 1] not in " -" or not lf.endswith(low):
                continue
            text = texts.get(x.field)
            if text is None:
                text = texts[x.field] = ex.paper.text(x.field)
            start = x.end - len(lf)
            if start >= 0 and text[start:x.end].lower() == lf and \
                    not any(w in FUNCTION_WORDS for w in lf[:cut].replace("-", " ").split()):
                out[j] = i
                break
    return out


#: A plural "s" after an acronym's last capital ("TCNs").
_PLURAL = re.compile(r"(?<=[A-Z])s$")


def initials_of(acro: str, long: str) -> bool:
    """Whether an acronym is made of the long form's words, every one of them (function words aside; hyphen
    and camel-case parts count as words), each word giving one capital and the letters after it a prefix of
    the word ("SGM", "SGNet" of "Sparse Gated Mixer(s)", a plural "s" aside). Not an acronym that skips a word
    ("RNN" of "quasi-recurrent neural networks", "GRU" of "gated orthogonal recurrent units"), nor one with
    letters or signs no word gives ("SPP-net" of "spatial pyramid pooling", "DMN+" of "dynamic memory network").

    >>> [initials_of(a, "Sparse Gated Mixer") for a in ("SGM", "SGMs", "SGMixer", "SM", "SGM+", "SGM-net")]
    [True, True, True, False, False, False]
    """
    return _initials_in(acro, _long_parts(long))


def _long_parts(long: str) -> tuple[str, ...]:
    """The words of a long form an acronym's capitals stand for (:func:`initials_of`), in lower case."""
    return tuple(p.lower() for w in _WORD.findall(long) for p in _letter_parts(w))


def _letter_parts(word: str) -> list[str]:
    """The parts of a long form's word that may give an initial: its hyphen and camel-case parts (:data:`_PART`) but
    function words written as words or hyphen parts ("to" of "Learning-to-Rank") or in lower case inside one ("a" of
    "aTtention"). A part in capitals inside a word is a letter the author marked, though it reads as a function word:
    the "A" of "Differentiable ARchiTecture Search" (DARTS), the "On" of "OnLine Quokka Reading" (OLQR).

    >>> _letter_parts("ARchiTecture"), _letter_parts("Learning-to-Rank"), _letter_parts("aTtention")
    (['A', 'Rchi', 'Tecture'], ['Learning', 'Rank'], ['Ttention'])
    """
    out = []
    for m in _PART.finditer(word):
        p = m.group()
        whole = (m.start() == 0 or not word[m.start() - 1].isalnum()) and \
            (m.end() == len(word) or not word[m.end()].isalnum())
        if p.lower() not in FUNCTION_WORDS or (p[0].isupper() and not whole):
            out.append(p)
    return out


def _initials_in(acro: str, parts: tuple[str, ...]) -> bool:
    """:func:`initials_of` of the long form's words ``parts`` (:func:`_long_parts`)."""
    letters = _PLURAL.sub("", acro.replace("-", ""))
    caps = sum(c.isupper() for c in letters)
    return letters.isalpha() and caps == len(parts) and abbreviates(letters.lower(), parts)


def spelt_proposals(ex: Extraction, mentions: tuple[Mention, ...], key) -> dict[int, int]:
    """The bare acronyms of a paper that spell, capital by capital, a name of two words or more it proposes in
    its title (:func:`initials_of`): "Sparse Gated Mixer for X" and "our SGM" is the
    paper's name, not whatever the lexicon or other papers mean by SGM. Of the name's type, neither a long
    form itself nor an ``acronym-ref`` (the paper's own definition decides those). Index of the acronym ->
    index of the name; ``key``: the linker's key of a name (to find the proposed names)."""
    if not ex.proposed:
        return {}
    proposed = {key(p) for p in ex.proposed}
    longs = [(i, m, _long_parts(m.text)) for i, m in enumerate(mentions)
             if m.field == "title" and " " in m.text.strip() and key(m.text) in proposed]
    if not longs:
        return {}
    out: dict[int, int] = {}
    for j, x in enumerate(mentions):
        if x.aliases or x.rule == "acronym-ref" or not acronym_shaped(x.text):
            continue
        for i, m, parts in longs:
            if i != j and m.type is x.type and _initials_in(x.text, parts):
                out[j] = i
                break
    return out


def title_definition(ex: Extraction, mentions: tuple[Mention, ...]) -> tuple[int, str] | None:
    """The index of the title's leading name and the long form the rest of the title spells for it
    (see the module docstring; the whole run, :func:`whole_long_form`, unless the abstract defines the name too), or
    None."""
    title = ex.paper.title or ""
    for i, m in enumerate(mentions):
        if m.field == "title" and m.start == 0 and not m.aliases and title[m.end:m.end + 1] == ":":
            rest = title[m.end + 1:]
            defined = any(m.text in x.aliases for x in mentions)  # the text's own definition decides: the words spelt
            long = spelt_long_form(m.text, rest) if defined else whole_long_form(m.text, rest)
            return (i, long) if long else None
    return None
