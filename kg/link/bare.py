"""One short acronym, several things: a bare acronym no paper defines is one entity only among papers about
related things.

Three or four capitals name many things: "QZV" is a corpus of lip-reading videos in one paper, a
video-pose network in another and a network protocol in a third, and none of them writes what the letters
stand for. The linker puts every bare use of a name in one node, so an undefined short acronym would be one
entity whatever it names. Here the papers using it bare (:mod:`kg.link.collect`: written like an acronym,
matched by no lexicon, defined nowhere in the paper) are grouped by what they are about: two papers that share
a rare topic word or a rare name (:func:`related`; the acronym's own letters aside) are about related
things and one group. The group with most papers keeps the entity; every other group gets an
entity of its own, named alike (another id), as :mod:`kg.link.coinages` does for a name coined twice.

Only an entity every name of which is a short acronym in capitals (:func:`short_acronym`; "GRID", "UCFs";
not "ResNet", "GCNII" or a long form) of a type a paper names its own things with (Method, Dataset), no
lexicon entity, and only in a corpus large enough that two papers of one field share a rare word
(:data:`MIN_CORPUS` papers or more). A longer acronym rarely names two things, while papers on unrelated
topics often name one well-known thing by it; so, on samples of the arXiv build, do papers that list a short
one beside the same other rare name ("CAR" beside "CUB": one collection of car pictures).
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Callable, Iterator

from kg.link.coinages import COINED_TYPES, own_entity, shared_topic
from kg.link.context import rare_idf, topic_words
from kg.link.summary import LinkTable, NodeKey
from kg.link.unionfind import keyed_groups

#: Most capitals of an acronym short enough to name several things in one corpus.
SHORT_ACRONYM = 4
#: Fewest papers of a corpus in which two papers on one field share a rare word: in a few hundred papers
#: ("tests/": the 517 seed papers) a field has few papers, its words are common there, and two papers
#: naming one gated unit "GLU" in a vision backbone and in a language model share none.
MIN_CORPUS = 1000


def short_acronym(text: str) -> bool:
    """Whether a name is a short acronym in capitals: two to :data:`SHORT_ACRONYM` capital letters, a plural
    "s" allowed ("AR", "UCFs", "GRID"; not "ResNet", "GCNII", "3DMM", "A-Net").

    >>> [short_acronym(t) for t in ("AR", "UCFs", "GRID", "ResNet", "GCNII", "3DMM", "A-Net")]
    [True, True, True, False, False, False, False]
    """
    core = text[:-1] if text.endswith("s") else text
    return 2 <= len(core) <= SHORT_ACRONYM and core.isalpha() and core.isupper()


#: What one paper using an acronym bare is about: its topic words and the keys of the names it writes.
Usage = tuple[frozenset[str], frozenset[str]]


def related(a: Usage, b: Usage, own: tuple[frozenset[str], frozenset[str]], df: tuple[Counter, Counter],
            papers: int) -> bool:
    """Whether two papers using an acronym bare are about related things: they share a rare topic word or a
    rare name (another acronym they list it with, "CUB" beside "CAR"), the acronym's own words and names
    (``own``) aside; ``df``: the papers writing each topic word and each name."""
    return any(shared_topic(x, y, d, papers, skip) > 0 for x, y, skip, d in zip(a, b, own, df))


def topic_groups(users: dict[str, Usage], own: tuple[frozenset[str], frozenset[str]], df: tuple[Counter, Counter],
                 papers: int) -> list[list[str]]:
    """The papers using one acronym bare (paper id -> :data:`Usage`) grouped by what they are about: papers
    :func:`related` to each other are one group (and so, through them, are the papers either is related
    to). The group with most papers first, then the one with the first id."""
    def rare(pid: str) -> Iterator[tuple[int, str]]:
        """The rare topic words and names of a paper, which two related papers share one of."""
        for i, (got, skip, d) in enumerate(zip(users[pid], own, df)):
            yield from ((i, w) for w in got if w not in skip and rare_idf(w, d, papers))

    groups = keyed_groups(users, rare, lambda a, b: related(users[a], users[b], own, df, papers))
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def entity_users(table: LinkTable, by_node: dict[NodeKey, dict[str, Any]],
                 merge: Callable[[Any, Any], Any] | None = None) -> dict[str, tuple[dict, set[str]]]:
    """The entity of each recorded node -> (paper id -> what the paper records, ``merge``d over the entity's nodes
    (else the last node's); the keys of those nodes)."""
    users: dict[str, tuple[dict[str, Any], set[str]]] = {}
    for n, papers in by_node.items():
        eid = table.node_eid.get(n)
        if eid is None:
            continue
        got, keys = users.setdefault(eid, ({}, set()))
        keys.add(n[1])
        for pid, use in papers.items():
            had = got.get(pid)
            got[pid] = use if had is None or merge is None else merge(had, use)
    return users


def split_bare_acronyms(table: LinkTable, bare_by: dict[NodeKey, dict[str, Usage]], df: tuple[Counter, Counter],
                        papers: int, taken=(), known: frozenset[str] = frozenset()) -> list[str]:
    """Give every group of papers using a short undefined acronym bare but the first an entity of its own
    (:func:`topic_groups`): ``bare_by`` maps a node to the papers using it bare (:data:`Usage`); ``df``: the
    papers writing each topic word and each name; ``table.own`` gets (entity id, paper id) -> the paper's
    entity; ``known``: the lexicon's entities; an entity a name coined twice already split
    (:mod:`kg.link.coinages`) is left as it is. Returns the names split ("type:name")."""
    if papers < MIN_CORPUS:
        return []
    used = set(table.entities) | set(taken)
    already = {eid for eid, _ in table.own}
    split: list[str] = []
    for eid, (users, keys) in sorted(entity_users(table, bare_by).items()):
        ent = table.entities.get(eid)
        if ent is None or len(users) < 2 or ent.type not in COINED_TYPES or eid in known or eid in already \
                or not all(short_acronym(a) for a in (ent.name, *ent.aliases)):
            continue
        own = (topic_words(ent.name, *ent.aliases), frozenset(keys))
        groups = topic_groups(users, own, df, papers)
        for group in groups[1:]:
            own_entity(table, eid, ent, ent.name, group, used)
        if len(groups) > 1:
            split.append(f"{ent.type.value}:{ent.name}")
    return split
