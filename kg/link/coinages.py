"""One name coined twice: two papers that each name their own, unrelated contribution by one name are two entities,
not one.

A paper *coins* a name when it proposes it (the extractor's ``proposed``) and names it in its title, defines an
acronym with it or writes it after a naming verb ("FooNet: ...", "Bar Attention Network (BAN)", "a framework called
FooNet"): the strong signs that the name is the paper's own. When two papers or more coin the name that one entity
got, and they are about different things (the rare topic words they share, :mod:`kg.link.context`, are fewer than
:data:`SAME_WORK`), the papers are different coinages: the earliest coinage (the group of papers about one thing
with most papers, then the earliest year) keeps the entity and every other paper's mentions of it go to an entity of
that paper's own (another id). Papers that only use the name stay with the entity: they cite the earliest coinage
far more often than a later one.

Two records of one paper (the same title or the same arXiv id in another version) and a paper's follow-up (a journal
version with a new title, about the same things) are one coinage; two papers that define the name with acronyms of
other letters (:func:`other_letters`: "SGAN" and "StackGAN" for "Stacked Generative Adversarial Networks") are two,
whatever topic they share. Never split: a Task, a name no paper writes like a coinage (:func:`coined_name`:
"representation learning"), or a lexicon entity (a paper naming the known thing in its title, "BERT for X", does not
coin it; nor does a mention the lexicon matched). A lexicon entity is split only once papers lead their titles with
its name ("U-Net: Convolutional Networks for Biomedical Image Segmentation", "U-Net: Machine Reading Comprehension
with Unanswerable Questions", :func:`lexicon_title_keys`): the known thing is coined so by its own paper, and a
later paper about another thing that leads its title with the name coins a homonym (whether the lexicon or the
title's name rule found it there: "CenterNet: Keypoint Triplets ..."). Once one paper coins a name so, a paper that
makes the name its main proposal without citing or using it coins it too (:func:`compared_coiners`,
:mod:`kg.link.main_proposals`: "PackNet: Adding Multiple Tasks ..." and, about depth estimation, "a new deep
network, PackNet, learned ..."). A later coinage's entity is named as its own papers write it (:func:`coinage_name`:
the letters "PANet" a paper coins for another thing than the corpus's "Path Aggregation Network (PANet)").
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Iterator, NamedTuple

from kg.extract.proposal_cues import names_another
from kg.extract.words import GUESS_RULES
from kg.graph.ids import free_id, node_id
from kg.link.context import acronym_shaped, rare_idf, topic_words
from kg.link.normalize import TITLE_COLON, is_proper_name
from kg.link.nodes import LEXICON_RULES
from kg.link.summary import LinkTable
from kg.link.unionfind import keyed_groups
from kg.models import Entity, Extraction, Mention
from kg.vocab import EntityType

#: Summed inverse document frequency of the rare topic words two coining papers share from which they are
#: about one thing (one work, its follow-up, another record of it).
SAME_WORK = 12.0

#: The rule of a name the extractor found after a naming verb ("called", "dubbed", "we introduce"): the paper
#: names its own thing, as much as in its title or with an acronym it defines.
NAMING_RULE = "named"

#: The rule of a lower-case phrase found by its head noun, which the naming rule (names in capitals) leaves:
#: right after a naming verb, it is named as much ("a convolution ..., which is termed pyramid convolution").
HEAD_RULE = "head"

#: The types of the things a paper coins a name for (a Task's name is a description, not a coinage).
COINED_TYPES = frozenset({EntityType.METHOD, EntityType.DATASET})

#: A naming verb right before a name ("which is termed X", "which we call X", "dubbed as the X").
_NAMED_BEFORE = re.compile(r"\b(?:call|called|name|named|dub|dubbed|term|termed|coin|coined)\s+"
                           r"(?:(?:it|this|as|the)\s+){0,2}[\"'\u201c]?$", re.I)
_VERSION = re.compile(r"v\d+$")
_NOT_WORD = re.compile(r"[^a-z0-9]+")

class Coiner(NamedTuple):
    """A coining paper."""
    year: int  # 0: unknown
    title: str  # the title's letters and digits, lower case
    arxiv: str  # the paper's id without its version
    topics: frozenset[str]  # its topic words (:func:`~kg.link.context.topic_words`)
    names: tuple[str, ...]  # the names it writes the coinage with
    leads_title: bool = False  # its title leads with the name before a colon (:func:`lexicon_title_keys`)
    lexicon_only: bool = False  # it coins the name only so (no acronym, naming verb or own title name of it)
    main_only: bool = False  # it only makes the name its main proposal (:mod:`kg.link.main_proposals`)


def coined_keys(ex: Extraction, mentions: tuple[Mention, ...], key) -> set[int]:
    """The indices of the mentions that name a thing the paper coins: a proposed name written in the title,
    written with an acronym it defines (the long form or the acronym), or written after a naming verb
    (rule :data:`NAMING_RULE`: "a framework called FooNet", "we introduce FooNet"; a lower-case phrase,
    :data:`HEAD_RULE`, right after "called", "termed": "a convolution ..., which is termed pyramid convolution")
    that does not name another work's thing (:func:`kg.extract.proposal_cues.names_another`: "we adopt a backbone called
    FooNet")."""
    if not ex.proposed:
        return set()
    proposed = {key(p) for p in ex.proposed}
    strong = {key(m.text) for m in mentions if key(m.text) in proposed
              and (m.field == "title" or m.aliases
                   or ((m.rule == NAMING_RULE or m.rule == HEAD_RULE and _named(ex, m)) and not _others(ex, m)))
              and m.type in COINED_TYPES and m.rule not in LEXICON_RULES
              and (not m.canonical or key(m.canonical) == key(m.text))}
    strong.update(key(a) for m in mentions if m.aliases and key(m.text) in proposed for a in m.aliases)
    return {i for i, m in enumerate(mentions) if key(m.text) in strong and m.rule not in LEXICON_RULES}


def lexicon_title_keys(ex: Extraction, mentions: tuple[Mention, ...], key) -> set[int]:
    """The indices of the mentions of a Method or Dataset the paper proposes as its title's leading name (found by
    any rule that reads a name: the lexicon, the title's own name; not a phrase rule's guess, :data:`GUESS_RULES`,
    which reads head words, not a name), right before a colon (spaces and a full-width colon too: "U-Net:
    Machine Reading Comprehension ...", "U-Net : ..."): the paper names its own thing so, whichever thing the
    lexicon knows by the name. One such paper alone splits nothing (the lexicon's thing is
    coined so by its own paper); two about different things are two coinages (:func:`split_coinages`).

    >>> from kg.models import Paper
    >>> t = "QuokNet: Counting Wombats"
    >>> ms = (Mention(EntityType.METHOD, "QuokNet", 0, 7, "title", None, (), "lexicon"),)
    >>> lexicon_title_keys(Extraction(Paper("p", t, ""), ms, proposed=("QuokNet",)), ms, str.lower)
    {0}
    >>> [lexicon_title_keys(Extraction(Paper("p", t, ""), ms, proposed=("QuokNet",)), ms, str.lower)
    ...  for t in ("QuokNet : Counting Wombats", "QuokNet\uff1aCounting Wombats", "QuokNet for Wombats")]
    [{0}, {0}, set()]
    """
    title = ex.paper.title or ""
    proposed = {key(p) for p in ex.proposed}
    return {i for i, m in enumerate(mentions)
            if m.field == "title" and m.start == 0 and TITLE_COLON.match(title, m.end)
            and m.type in COINED_TYPES and key(m.text) in proposed and m.rule not in GUESS_RULES}


def _named(ex: Extraction, m: Mention) -> bool:
    """Whether a mention is written right after a naming verb ("which is termed foo loss", "we call it FooNet").

    >>> from kg.models import Paper
    >>> t = "A loss is proposed, which is termed foo loss, with a bar loss."
    >>> ex = Extraction(Paper("p", "T", t))
    >>> [_named(ex, Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), "abstract", None, (), "head"))
    ...  for w in ("foo loss", "bar loss")]
    [True, False]
    """
    text = ex.paper.title if m.field == "title" else ex.paper.abstract
    return _NAMED_BEFORE.search(text or "", max(0, m.start - 24), m.start) is not None


def _others(ex: Extraction, m: Mention) -> bool:
    """Whether a mention names another work's thing, whatever verb named it
    (:func:`~kg.extract.proposal_cues.names_another`): a citation after it ("called Foo Encoders (Smith and Lee, 2017)",
    "FooNet [12]"), a cue of usage ("known as", "commonly called"), a verb of use ("we adopt a backbone called
    FooNet").

    >>> from kg.models import Paper
    >>> t = "We adapt a model called FooNet (Smith and Lee, 2017), adopt a net called BarNet, not BazNet."
    >>> ex = Extraction(Paper("p", "T", t))
    >>> [_others(ex, Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), "abstract", None, (), "named"))
    ...  for w in ("FooNet", "BarNet", "BazNet")]
    [True, True, False]
    """
    text = ex.paper.title if m.field == "title" else ex.paper.abstract
    return names_another(text or "", m.start, m.end)


def coined_name(ent: Entity) -> bool:
    """Whether an entity has a name written like a coinage: an acronym or a capital inside a word ("FooNet",
    "BAN" beside "Bar Attention Network"); a phrase of common words ("representation learning") no paper coins."""
    return any(acronym_shaped(a) or is_proper_name(a) for a in (ent.name, *ent.aliases))


def coiner(ex: Extraction, names: tuple[str, ...] = ()) -> Coiner:
    """What tells one coining paper from another (:data:`Coiner`); ``names``: its mentions of the coinage."""
    p = ex.paper
    return Coiner(p.year or 0, _NOT_WORD.sub("", (p.title or "").lower()), _VERSION.sub("", p.id),
                  topic_words(p.title or "", p.abstract or ""), names)


def coinage_name(group: list[str], coiners: dict[str, Coiner], default: str) -> str:
    """The name of a later coinage: the most frequent name its papers write it with, a long form before an
    acronym, running text before a headline in capitals ("Foo Attention Network", "FooNet"; else ``default``)."""
    counts = Counter(n for p in group for n in coiners[p].names)
    if not counts:
        return default
    return min(counts, key=lambda n: (acronym_shaped(n), n.isupper(), -counts[n], n))


def shared_topic(a: frozenset[str], b: frozenset[str], df: Counter, papers: int, own: frozenset[str]) -> float:
    """The summed inverse document frequency of the rare topic words two papers share (the name's own words aside)."""
    return sum(rare_idf(w, df, papers) for w in a & b if w not in own)


def coinage_groups(coiners: dict[str, Coiner], name: str, df: Counter, papers: int) -> list[list[str]]:
    """The papers coining the entity ``name`` grouped by what they coin: one paper (one title, one arXiv id), or
    papers about one thing (:func:`shared_topic` at least :data:`SAME_WORK`; the words of the name as any of them
    spells it are no shared topic: "pyramid" for coiners of "pyramid(al) convolution"; its acronym still is); the
    group that keeps the entity first: one with a paper coining it by more than its main proposal (the surer
    coinage, which the papers citing the name more likely mean), then the one with most papers, then the earliest
    year, then the one that writes the entity's name (the entity is named after its coinage)."""
    own = topic_words(name, *(n for c in coiners.values() for n in c.names if not acronym_shaped(n)))
    named = " ".join(name.lower().split())
    def keys(pid: str) -> Iterator[tuple[int, str]]:
        """A coiner's title, arXiv id and rare topic words, one of which two papers about one thing share."""
        c = coiners[pid]
        yield from (((0, c.title),) if c.title else ())
        yield 1, c.arxiv
        yield from ((2, w) for w in c.topics if w not in own and rare_idf(w, df, papers))

    def related(a: str, b: str) -> bool:
        ca, cb = coiners[a], coiners[b]
        return bool(ca.title and ca.title == cb.title or ca.arxiv == cb.arxiv
                    or shared_topic(ca.topics, cb.topics, df, papers, own) >= SAME_WORK and not other_letters(ca, cb))

    groups = keyed_groups(coiners, keys, related)  # pairs sharing a key only: near-linear in the coiners
    return sorted(groups, key=lambda g: (all(coiners[p].main_only for p in g), -len(g),
                                         min(coiners[p].year or 9999 for p in g),
                                         all(named not in _written(coiners[p]) for p in g), g[0]))


def _letters(c: Coiner) -> frozenset[str]:
    """The letters of the one-word names of two capitals or more a coining paper writes its coinage with (the
    acronyms it defines, "DF-Net"), up to case, hyphens and a plural "s": "dfnet"."""
    out = set()
    for n in c.names:
        if " " in n or sum(ch.isupper() for ch in n) < 2:
            continue
        out.add(_NOT_WORD.sub("", singular_letters(n).lower()))
    return frozenset(out)


def singular_letters(name: str) -> str:
    """Letters without a plural "s" after a capital ("CBAMs": "CBAM"), as one coinage's acronyms compare."""
    return name[:-1] if len(name) > 2 and name.endswith("s") and name[-2].isupper() else name


def other_letters(a: Coiner, b: Coiner) -> bool:
    """Whether two coining papers write their coinage with acronyms and no acronym of one is the other's: each
    names its own thing by its own letters ("Dynamic Fusion Network (DFN)", "Dynamic Fusion Network (DF-Net)"),
    however much they share a topic; "BiGRU" and "Bi-GRU", "RESNET" and "ResNets" are one name written two ways.

    >>> from kg.models import Paper
    >>> c = coiner(Extraction(Paper("p", "T", "")))
    >>> other_letters(c._replace(names=("Quokka Net", "QN")), c._replace(names=("Quokka Net", "Q-Net")))
    True
    >>> other_letters(c._replace(names=("QuNet",)), c._replace(names=("QUNETs",))), \\
    ...     other_letters(c._replace(names=("QN",)), c._replace(names=("Quokka Net",)))
    (False, False)
    """
    la, lb = _letters(a), _letters(b)
    return bool(la and lb) and not la & lb


def _written(c: Coiner) -> set[str]:
    """The names a coining paper writes its coinage with, lower-cased."""
    return {" ".join(n.lower().split()) for n in c.names}


def own_entity(table: LinkTable, eid: str, ent: Entity, name: str, group: Iterable[str], used: set[str],
               tried: dict[str, int] | None = None) -> str:
    """A new entity like ``ent`` named ``name`` (a free id, added to ``used``; ``tried``: :func:`free_id`'s) that the
    papers of ``group`` own in place of ``eid`` (``table.own``); its id."""
    new = free_id(node_id(ent.type, name), used, tried)
    table.entities[new] = Entity(id=new, type=ent.type, name=name, type_votes=ent.type_votes)
    for pid in group:
        table.own[(eid, pid)] = new
    return new


def compared_coiners(coined: dict[str, Coiner], mains: dict[str, Coiner], lexicon: bool) -> dict[str, Coiner]:
    """The papers coining an entity that its split compares: every coiner, or for a lexicon entity (``lexicon``)
    the papers leading their titles with its name (none: nothing to compare); with them, the papers whose main
    proposal it is (``mains``, :func:`kg.link.main_proposals.main_keys`).

    >>> c = Coiner(2020, "t", "p", frozenset(), ("QuokNet",))
    >>> sorted(compared_coiners({"a": c._replace(leads_title=True), "b": c}, {"c": c}, True))
    ['a', 'c']
    >>> compared_coiners({"b": c}, {"c": c}, True), sorted(compared_coiners({"b": c}, {"c": c}, False))
    ({}, ['b', 'c'])
    """
    out = {p: c for p, c in coined.items() if c.leads_title} if lexicon else dict(coined)
    if not out:
        return {}
    for p, c in mains.items():
        out.setdefault(p, c)
    return out


def split_coinages(table: LinkTable, coined: dict[str, dict[str, Coiner]], df: Counter, papers: int,
                   taken: Iterable[str] = (), known: frozenset[str] = frozenset(),
                   mains: dict[str, dict[str, Coiner]] | None = None) -> list[str]:
    """Give every coinage of an entity's name but the first an entity of its own (:func:`coinage_groups`):
    ``coined`` maps an entity id to the papers coining it; ``table.own`` gets (entity id, paper id) -> the paper's
    entity; ``known``: the entities of lexicon entries (the lexicon's thing, whoever seems to coin it), split only
    by the papers that lead their titles with the name (``mains``: entity id -> the papers whose main proposal it
    is, compared too: :func:`compared_coiners`). Returns the names the entities of a split share ("type:name", as
    :class:`~kg.link.tables.LinkStats` lists acronyms kept apart)."""
    used = set(table.entities) | set(taken)
    tried: dict[str, int] = {}
    split: list[str] = []
    for eid in sorted(coined):
        ent = table.entities.get(eid)
        coiners = compared_coiners(coined[eid], (mains or {}).get(eid, {}), eid in known)
        if ent is None or len(coiners) < 2 or ent.type not in COINED_TYPES or not coined_name(ent):
            continue
        groups = coinage_groups(coiners, ent.name, df, papers)
        keep = {n for p in groups[0] for n in coiners[p].names}
        for group in groups[1:]:
            name = coinage_name(group, coiners, ent.name)
            own_entity(table, eid, ent, name, group, used, tried)
            theirs = {n for p in group for n in coiners[p].names}
            ent.aliases -= theirs - keep  # their names are the paper's entity's (Apply adds them there)
            split += [f"{ent.type.value}:{n}" for n in sorted(theirs | {name, ent.name})]
    return split
