"""Owners, sites and tools read as names: an organisation that owns data, a service or a tool is no data set.

A Dataset mention is evidence of data where a paper uses it as data ("on X", "the X dataset"); two readings of
the sentence say it names who owns or runs something instead (issue 18, read on random samples of the arXiv build):

- **an owner** (:func:`owner_of_name`): the name in the possessive before another name ("evaluated on
  WOMBAT's KoalaSet and ..."), or found by its shape or context right before another Dataset name of the paper
  (:func:`owner_before_name`: "the evaluation dataset WOMBAT KoalaSet"): an institute, an agency, a company or an
  archive whose data set is the name after it; a mention the linker retyped Dataset is judged as one ("NIST" of
  "NIST's Foo-A", a Method by its shape);
- **a deployment site** (:func:`deployment_site`): the name after a verb of deploying in its clause ("deployed
  in production at X", "deployed online at X"): a company or a platform where a system runs;
- **a thing of another kind** (:func:`kind_named`): the name before the noun of its kind ("the X verified C
  compiler", "ARM X class microcontrollers", "in X and Y workshops", "the X benchmarking platform") or with that
  noun in apposition ("X: a modular high-level library"): software, hardware, an organisation or a meeting.
  A simulator or an environment is left alone: papers evaluate in them as on a benchmark.
- **a piece of software** (:func:`software_ids`): a Method name the paper calls a toolkit, a library, a package or
  (in apposition) a platform anywhere in its title or abstract ("X: an open-source toolbox for ...", "X is an
  open-source library", "the translation toolkit X"): every mention of it in that paper names the product, no
  technique ("X supports six algorithms"), and a result it reaches there does not make it a name; a method the
  software runs is one.

Such a mention is no evidence in any number of papers (:mod:`kg.graph.weak_evidence`); another paper's "X dataset", a
stated result or any other use keeps the node. A lexicon name is no exception: the sentence says what the
name stands for here.

>>> from kg.models import Mention
>>> from kg.vocab import EntityType as T
>>> t = "We test on WOMBAT's KoalaSet. PouchRec is deployed in production at Marsupia."
>>> [owner_or_site(Mention(T.DATASET, w, t.index(w), t.index(w) + len(w)), t) for w in ("WOMBAT", "KoalaSet", "Marsupia")]
[True, False, True]
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from kg.link.nodes import LEXICON_RULES
from kg.models import Mention
from kg.vocab import EntityType

_METHOD_ID = EntityType.METHOD.prefix + ":"

#: A possessive, then a name (a capital first): "X's KoalaSet", "X's IJB-A", not "X's test set" nor "X's 500 videos"
#: (the data set's own parts).
_POSSESSIVE_NAME = re.compile(r"['\u2019]s\s+[A-Z]")
#: A verb of deploying, then up to 60 characters of its clause (no comma: "deployed on phones, trained on X") and
#: "at", "onto" or "platform of" right before the name: "deployed in production at X", "deployed online at X",
#: "deployed onto the serving platform of X" ("deployed on phones and tested on X" names no site).
_DEPLOYED = re.compile(r"\bdeploy(?:s|ed|ing|ment)?\b[^.;:!?,]{0,60}?(?:\b(?:at|onto)|\bplatforms?\s+of)\s+(?:the\s+)?$",
                       re.I)


def owner_of_name(text: str, start: int, end: int) -> bool:
    """Whether the span stands in the possessive before a name: it owns that name ("WOMBAT's KoalaSet").

    >>> t = "on WOMBAT's KoalaSet and on KoalaSet's test split; KoalaSet's 500 videos"
    >>> owner_of_name(t, 3, 9), owner_of_name(t, 28, 36), owner_of_name(t, t.rindex("KoalaSet"), t.rindex("KoalaSet") + 8)
    (True, False, False)
    """
    return _POSSESSIVE_NAME.match(text, end) is not None


#: The edition between an owner and the name it owns: "X 2015 KoalaSet".
_EDITION_GAP = re.compile(r"(?:[\s\-]?(?:19|20)\d\d\b)?\s")


def owner_before_name(text: str, end: int, names: frozenset[int]) -> bool:
    """Whether a name ending at ``end`` stands right before another Dataset name of the paper (``names``: where
    they start), past its edition: "the WOMBAT KoalaSet benchmark", "the WOMBAT 2015 KoalaSet": it is the owner or
    the host of that data set, which the name after it names.

    >>> t = "on the WOMBAT KoalaSet benchmark and WOMBAT 2015 KoalaSet; on WOMBAT and KoalaSet"
    >>> starts = frozenset(i for i in range(len(t)) if t.startswith("KoalaSet", i))
    >>> [owner_before_name(t, i + 6, starts) for i in (7, t.index("WOMBAT 2015"), t.rindex("WOMBAT"))]
    [True, True, False]
    """
    gap = _EDITION_GAP.match(text, end)
    return gap is not None and gap.end() in names and text[gap.end()].isupper()


def deployment_site(text: str, start: int, end: int) -> bool:
    """Whether the span follows a verb of deploying in its clause and a preposition of place: where a system
    runs ("deployed in production at Marsupia"), not data it was trained on.

    >>> t = "PouchRec, trained on KoalaSet, is deployed online at Marsupia. We deploy it. Tests on KoalaSet follow."
    >>> [deployment_site(t, t.index(w), t.index(w) + len(w)) for w in ("KoalaSet", "Marsupia")]
    [False, True]
    >>> deployment_site(t, t.rindex("KoalaSet"), t.rindex("KoalaSet") + 8)
    False
    >>> t = "It is deployed on phones and tested on KoalaSet; deployed onto the serving platform of Marsupia Store."
    >>> [deployment_site(t, t.index(w), t.index(w) + len(w)) for w in ("KoalaSet", "Marsupia Store")]
    [False, True]
    """
    return _DEPLOYED.search(text, max(0, start - 90), start) is not None


#: Nouns of a kind of thing that is no data: software, hardware, an organisation, a meeting.
#: Nouns of an organisation (both readings below use them).
_BODIES = r"compan(?:y|ies)|universit(?:y|ies)|institutes?|laborator(?:y|ies)|search\s+engines?"
_KIND = (r"(?:librar(?:y|ies)|toolkits?|toolbox(?:es)?|packages?|software|compilers?|APIs?|micro-?controllers?"
         r"|processors?|chips?|hardware|repos?|" + _BODIES +
         r"|teams?|workshops?|conferences?|apps?|websites?|platforms?)")
#: Data after the kind noun makes it data again: "the X workshop data", "the X platform dataset".
_NOT_DATA_AFTER = r"(?!\s+(?:data|datasets?|benchmarks?|corpus|corpora|test|training|splits?)\b)"
#: The name, up to three words of its noun phrase, and the kind noun: "the X verified C compiler".
_KIND_AFTER = re.compile(r"((?:\s+[A-Za-z][\w\-]*){0,3}?)\s+" + _KIND + r"\b" + _NOT_DATA_AFTER)
#: The kind noun in apposition: "X: a modular high-level library", "X, an open-source toolkit".
_KIND_APPOSED = re.compile(r"\s*[,:]\s*(?:an?|the)\s+((?:[\w\-]+\s+){0,4}?)" + _KIND + r"\b" + _NOT_DATA_AFTER)


def kind_named(text: str, start: int, end: int) -> bool:
    """Whether the span stands before the noun of a kind of thing that is no data, in its own noun phrase (no
    function word, verb or data word between: "the X dataset, this library" is data) or in apposition.

    >>> t = "the PouchCert verified C compiler; PouchSim: a modular high-level library; on PouchSet this library"
    >>> [kind_named(t, t.index(w), t.index(w) + len(w)) for w in ("PouchCert", "PouchSim", "PouchSet")]
    [True, True, False]
    >>> t = "in the EMU and KIWI workshops; the EMU workshop data"
    >>> [kind_named(t, t.index(w), t.index(w) + len(w)) for w in ("EMU", "KIWI")], kind_named(t, 35, 38)
    ([True, True], False)
    """
    from kg.graph.events import clause_words  # noqa: PLC0415

    m = _KIND_AFTER.match(text, end) or _KIND_APPOSED.match(text, end)
    return m is not None and not any(w.lower() in clause_words() for w in m.group(1).split())


#: Nouns of a piece of software: what a paper calls one is a product, no technique ("X, an open-source toolkit").
_SOFTWARE_NOUNS = r"librar(?:y|ies)|tool-?kits?|toolbox(?:es)?|packages?|software|code-?bases?|code\s+bases?"
#: In apposition "platform" too ("X, a language technology platform"): a simulator so called ("X: A Platform for
#: Embodied AI") is no technique either; a paper evaluating in it makes it data (:func:`kind_named` leaves it alone).
_SOFTWARE = r"(?:" + _SOFTWARE_NOUNS + r"|platforms?)"
#: Up to ten words of a noun phrase before its head, with commas between describing words and a parenthesised
#: acronym: "an open-source, modular speech recognition (ASR) toolkit".
_SOFTWARE_WORDS = r"((?:[\w\-.+]+,?\s+|\([^()]{1,20}\)\s+){0,10}?)"
#: The name, its acronym in brackets, and the noun in apposition ("X, an open-source toolkit", "X (XT): A Python
#: Library for ...") or said to be one ("X is an open-source library"); then the two words after the noun, if any.
_SOFTWARE_APPOSED = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*[,:]|\s+(?:is|was))\s+(?:an?|the)\s+" + _SOFTWARE_WORDS
                               + _SOFTWARE + r"\b(?!-)(?:\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?)?", re.I)
#: The noun right before the name, ending a noun phrase an article, a determiner or a possessive opens: "the popular
#: machine translation toolkit X", "our deep learning library X", "RWTH's open-source toolkits X and Y"; not a noun of
#: another phrase ("across hardware platforms X", "compared with packages X"), nor "platform" (a simulator's as often).
_SOFTWARE_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|our|its|their|that)|[\w\-]+'s)\s+(?:[\w\-.+]+\s+){0,5}?(?:"
                              + _SOFTWARE_NOUNS + r")\s+$", re.I)


def software_named(text: str, start: int, end: int) -> bool:
    """Whether the span is called a piece of software where it stands: in apposition to a noun of software or said
    to be one, with no function word or verb in the noun phrase between ("X, a model trained with the library" is no
    library) and the noun ending it (punctuation, a function word, a participle or a word before a function word
    next: "toolkit for", "toolkit based on", "toolkit built on"; "X, a software defect prediction model" is a
    model); or right after such a noun.

    >>> t = "We present PouchKit, an open-source, modular burrow parsing (BP) toolkit built on the hopping library HopTorch."
    >>> [software_named(t, t.index(w), t.index(w) + len(w)) for w in ("PouchKit", "HopTorch")]
    [True, True]
    >>> t = "TailLib is an open-source library. TailNet, a model trained with the TailLib library, is fast."
    >>> [software_named(t, t.index(w), t.index(w) + len(w)) for w in ("TailLib", "TailNet")]
    [True, False]
    >>> t = "QUOKKA: A PYTHON LIBRARY FOR HOPS; EmuNet, a software defect prediction network; Quoll (QL), a package."
    >>> [software_named(t, t.index(w), t.index(w) + len(w)) for w in ("QUOKKA", "EmuNet", "Quoll")]
    [True, False, True]
    >>> t = "We present Pouch Yard (PY), an open-source, engine-based tool for labels; WomPlot, a popular tool for plots."
    >>> [software_named(t, t.index(w), t.index(w) + len(w)) for w in ("Pouch Yard", "WomPlot")]
    [True, False]
    """
    from kg.graph.events import clause_words  # noqa: PLC0415

    m = _SOFTWARE_APPOSED.match(text, end)
    if m is not None and not any(w.strip(",").lower() in clause_words() for w in m.group(1).split()
                                 if not w.startswith("(")):
        after, then = (m.group(2) or "").lower(), (m.group(3) or "").lower()
        if not after or after in clause_words() or after.endswith(("ed", "ing")) or then in clause_words():
            return True
    return _SOFTWARE_BEFORE.search(text, max(0, start - 80), start) is not None or _OPEN_TOOL.match(text, end) is not None


#: An open-source tool in apposition ("X (XT), an open-source, engine-based tool for ..."): a tool whose source is
#: published is a program; a "tool" alone is as often a technique ("t-SNE, a popular tool for visualisation"). The
#: tool heads the apposition: its modifiers come between, no relative word or preposition ("an open-source network
#: that ..., with tools for ..." is a network).
_OPEN_TOOL = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*[,:]\s+an?\s+open[\s\-]source\b(?:\s*,)?"
                        r"(?:\s+(?!(?:that|which|whose|who|where|with|and|or|for|of|to|in|on|as|by|from)\b)[\w\-]+,?){0,4}?"
                        r"\s+tools?\b", re.I)


def software_ids(mentions: Sequence[Mention], ids: Sequence[str | None], texts: Callable[[str], str]) -> set[str]:
    """The Method ids of one paper that it calls a piece of software somewhere (:func:`software_named`); ``texts``
    gives a field's text. Every mention of such a name in that paper is no evidence of a technique: "We present
    PouchKit, an open-source toolkit ... PouchKit supports many parsers" names the toolkit twice."""
    return {eid for m, eid in zip(mentions, ids)
            if eid and eid.startswith(_METHOD_ID) and m.field in ("abstract", "title")
            and software_named(texts(m.field), m.start, m.end)}


#: Nouns of a place or a body rather than a technique: a website, a company, a university, a team (a Method mention
#: before one names where data or people come from, or who built a system: "the X website", "the X search engine",
#: "the system of the X team").
_PLACE_KIND = re.compile(r"(?:\s+[A-Za-z][\w\-]*){0,2}?\s+(?:websites?|web\s*sites?|" + _BODIES
                         + r"|social\s+networks?|teams?)\b"
                         + _NOT_DATA_AFTER)
#: A verb of gathering data, then "from": what follows is where the data come from ("gathered from X").
_GATHERED_FROM = re.compile(r"\b(?:collected|gathered|crawled|scraped|harvested|downloaded|sourced)\s+from\s+(?:the\s+)?$",
                            re.I)


def data_source(text: str, start: int, end: int) -> bool:
    """Whether the span is where data were gathered ("gathered from PouchMart") or stands before the noun of a place
    or a body ("the PouchMart website", "the QUOLL team"): a site or a body, not a technique.

    >>> t = "reviews were crawled from PouchMart; the Wombat Net website; we train PouchNet on them; PouchNet from scratch"
    >>> [data_source(t, t.index(w), t.index(w) + len(w)) for w in ("PouchMart", "Wombat Net", "PouchNet")]
    [True, True, False]
    >>> t = "the system built by the QUOLL team; PouchNet teaches"
    >>> [data_source(t, t.index(w), t.index(w) + len(w)) for w in ("QUOLL", "PouchNet")]
    [True, False]
    """
    return _GATHERED_FROM.search(text, max(0, start - 40), start) is not None or _PLACE_KIND.match(text, end) is not None


def owner_or_site(m: Mention, text: str, etype: EntityType | None = None, names: frozenset[int] = frozenset()) -> bool:
    """Whether a Dataset mention names an owner (:func:`owner_of_name`; or, found by its shape or context,
    :func:`owner_before_name` of ``names``, where the paper's other Dataset names start), a deployment site
    (:func:`deployment_site`) or a thing of another kind (:func:`kind_named`) rather than data; or a Method
    mention names a deployment site or a source of data (:func:`data_source`) rather than a technique. ``etype``:
    the type of the entity the mention is linked to, if the linker retyped it (the mention's own otherwise)."""
    if m.field not in ("abstract", "title"):
        return False
    etype = etype or m.type
    if etype is EntityType.METHOD:
        return deployment_site(text, m.start, m.end) or data_source(text, m.start, m.end)  # "BERT's XY" is a part
    if etype is not EntityType.DATASET:
        return False
    return owner_of_name(text, m.start, m.end) or deployment_site(text, m.start, m.end) \
        or kind_named(text, m.start, m.end) \
        or (m.rule not in LEXICON_RULES and not m.aliases and owner_before_name(text, m.end, names))
