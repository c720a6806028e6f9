"""A name its paper describes as a tool, a platform or a formalism is no data set there.

"Quokkasim, a photo-realistic 3D simulator for embodied agents", "we present a parser for QRep, a cross-lingual
framework for semantic representation", "Quokkahub: A Platform for ...", "the Quokkasim engine": the kind noun that
heads the apposition after a name (or follows it as its head) is an apparatus, a software package, a scheme of
annotation, not "a named data set, benchmark, corpus or test suite" (GUIDELINES.md). A paper that writes a dataset
word in the same phrase ("a benchmarking framework", "a dataset built on the QRep scheme") describes data: no vote.

A mention of any type whose words :func:`apparatus_use` reads so votes ``apparatus`` for its type (no weight,
:mod:`kg.link.kinds`; its papers counted as ``apparatus-papers``: a name its describing paper typed a Method by its
shape counts too); the graph leaves out a Dataset node that papers describe so (:func:`apparatus_dataset`).
"""
from __future__ import annotations

import re

from kg.vocab import EntityType

#: Kind nouns of no data: things that run, host or define data, not data. Closed-class head words.
_KINDS = (r"simulators?|simulation\s+(?:platform|environment|engine)s?|platforms?|toolkits?|toolbox(?:es)?"
          r"|librar(?:y|ies)|engines?|formalisms?|schemes?|frameworks?|hubs?|software|packages?")
#: The kind nouns a name is also written before as the head ("the Quokkasim simulator"): not "framework", which a
#: paper's own method takes ("the QuokkaNet framework"), nor "scheme" ("the X training scheme").
_HEAD_KINDS = r"simulators?|platforms?|toolkits?|toolbox(?:es)?|librar(?:y|ies)|engines?|formalisms?|hubs?"
#: Words of data in the described phrase: the name is then a data set of that kind ("a benchmarking platform").
_DATA = re.compile(r"\b(?:data|datasets?|benchmark\w*|corpus|corpora|collections?|suites?|databases?|treebanks?"
                   r"|challenges?|competitions?|sets?|series|clips?|scans?|recordings?)\b", re.I)
#: What ends the head noun: a punctuation mark, the end, a possessive "'s", or a word that opens a modifier or a
#: clause (not "of": "a library of motion clips" heads a collection of what follows).
APPOSITION_END = (r"(?=\s*(?:$|[,.;:()\[\]]|'s\b|(?:for|with|that|which|to|in|on|at|from|by|built|based|designed|developed|where"
        r"|and)\b))")
#: A describing word before the kind noun: no function word (no "of", "the", "our": the kind noun then heads
#: another phrase, "a set of scans, and the X platform", "a series of videos recorded on our platform"); "and", "or"
#: join describing words ("a fast and flexible simulator").
_FUNCTION = r"(?!(?:of|the|a|an|our|its|their|on|in|at|by|for|with|from|to|as|that|which|is|are)\b)"
_MODIFIER = _FUNCTION + r"[\w\-]+,?\s+"
#: One describing word right after a name, before the kind noun it heads (no "and", "or": the next list item's).
_HEAD_MODIFIER = r"(?!(?:and|or)\b)" + _FUNCTION
#: An apposition after a name (past a citation in parentheses): ", a/an ... KIND", ": A ... KIND", " is a ... KIND":
#: the kind noun heads it, only describing words before it.
_APPOSITION = re.compile(r"(?:\s*\([^()\n]{1,80}\))?(?:\s*[,:]|\s+(?:is|was))\s+(?:a|an)\s+"
                         r"(?P<words>(?:" + _MODIFIER + r"){0,6}?)(?:" + _KINDS + r")" + APPOSITION_END, re.I)
#: A kind noun right after a name, as its head, maybe past one lower-case describing word: "the Quokkasim
#: simulator", "Quokkahub platform", "the Quokkasim driving simulator's physics".
_HEAD_AFTER = re.compile(r"[ \t]+(?P<words>" + _HEAD_MODIFIER + r"(?-i:[a-z][a-z\-]+)\s+)?(?:" + _HEAD_KINDS + r")"
                         + APPOSITION_END, re.I)
#: Results stated on a Dataset that keep it whatever a paper calls it: two, as data is evaluated on (one "a speedup
#: of 107x in X" may time the apparatus).
RESULTS_KEEP = 2
#: Of a Dataset's papers, the least share that must describe it as an apparatus for the graph to leave it out: one
#: paper in three (the others' "in X", "on X" read as data for want of a kind word).
APPARATUS_SHARE = 1 / 3


def apparatus_use(text: str, start: int, end: int) -> bool:
    """Whether the words after a name at ``start``:``end`` describe it as an apparatus, a platform or a formalism,
    with no word of data among them (``start`` unread: the signature of :meth:`kg.link.collect.Collect._read_use`).

    >>> t = "Quokkasim: a flexible, high-performance 3D simulator with agents. We parse QRep, a framework for meaning."
    >>> [apparatus_use(t, 0, t.index(w) + len(w)) for w in ("Quokkasim", "QRep")]
    [True, True]
    >>> t = "QBench, a benchmarking framework for links. QSet, a dataset designed for compositional language."
    >>> [apparatus_use(t, 0, t.index(w) + len(w)) for w in ("QBench", "QSet")]
    [False, False]
    >>> t = "run in the Quokkasim simulator. QNet framework. QData is a large corpus of scenes from a simulator."
    >>> [apparatus_use(t, 0, t.index(w) + len(w)) for w in ("Quokkasim", "QNet", "QData")]
    [True, False, False]
    """
    m = _APPOSITION.match(text, end) or _HEAD_AFTER.match(text, end)
    return m is not None and not _DATA.search(m.group("words") or "")


def apparatus_dataset(type_votes: dict[str, dict[str, int]] | None, papers: int) -> bool:
    """Whether a Dataset's votes show a name its papers describe as an apparatus: at least
    :data:`APPARATUS_SHARE` of its ``papers`` do (under the type the most of them gave it), and none of its mentions
    has a dataset word naming it ("the X dataset", "two benchmark datasets, i.e. Y and X": ``head`` votes), which
    names data of that name, whatever another paper's homonym is ("X, a novel end-to-end framework"), nor have
    :data:`RESULTS_KEEP` results been stated on it.

    >>> apparatus_dataset({"Dataset": {"lexicon": 4, "apparatus": 1, "apparatus-papers": 1}}, 3)
    True
    >>> apparatus_dataset({"Dataset": {"lexicon": 9, "apparatus": 1, "apparatus-papers": 1}}, 11)
    False
    >>> apparatus_dataset({"Dataset": {"head": 1, "apparatus": 1, "apparatus-papers": 1}}, 1)
    False
    >>> apparatus_dataset({"Dataset": {"result": 2, "apparatus": 1, "apparatus-papers": 1}}, 3)
    False
    >>> apparatus_dataset({"Dataset": {"context": 3}, "Method": {"shape": 2, "apparatus": 1, "apparatus-papers": 1}}, 2)
    True
    """
    votes = type_votes or {}
    own = votes.get(EntityType.DATASET.value) or {}
    described = max((kinds.get("apparatus-papers", 0) for kinds in votes.values()), default=0)
    if own.get("head") or own.get("result", 0) >= RESULTS_KEEP:
        return False
    return described > 0 and described >= APPARATUS_SHARE * max(papers, 1)
