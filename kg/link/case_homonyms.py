"""One coined name, two things told apart by the case of its letters: "QuokNet" and "QuokNET".

The linker's keys ignore case, so two papers that write one word with the same letters cased inside the word in two
ways ("ESPNet" of a segmentation network, "ESPnet" of a speech toolkit) share a node. A paper writes a coined name
the way its coiners do; a paper that writes the letters with another inner casing, and shares no rare topic word
with any paper coining the name (:mod:`kg.link.coinages`), names another thing: its papers get an entity of their
own, named as they write it; so do papers that define their casing with a long form the coiners never write
("Quokka Embedding Network (QENet)" beside a coined "QeNet"), though they share a rare word with them (one work
shares more: :data:`~kg.link.coinages.SAME_WORK`); when that long form names the entity, the word's nodes move to a
new entity and the long form's papers keep it (:func:`_hand_over`). A paper writing the letters all in capitals ("QUOKNET") says nothing by its case: it
goes with the other spelling only when it shares more rare topic words with that spelling's papers than with the
coiners' and theirs. Only a name some paper coins (the coiners keep their spelling, on the entity or, when another
long form names it, on the new one), no lexicon entity ("ResNet" and "Resnet" are
one known thing), only spellings with a capital inside the word ("Pytorch" is a word's case, no coinage's; coiners
writing only capitals say nothing), and only in a corpus large enough to tell fields by their rare words.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from kg.link.bare import MIN_CORPUS
from kg.link.coinages import COINED_TYPES, SAME_WORK, own_entity, shared_topic
from kg.link.context import topic_words
from kg.link.lexicon_rows import words
from kg.link.nodes import LEXICON_RULES
from kg.link.summary import LinkTable, NodeKey
from kg.graph.ids import free_id, node_id
from kg.models import Entity, Mention
from kg.vocab import EntityType

#: How one paper writes a node as one word (as written: "ES-PNet"), the paper's topic words, the type it gives
#: the name when it proposes it so and writes it no other way (:func:`kg.link.lexicon_casings.proposed_spellings`),
#: and the long form it defines the word with ("" when none: :func:`defined_long_forms`).
Spelt = tuple[str, frozenset[str], EntityType | None, str]


def inner_cased(text: str) -> str | None:
    """The letters and digits of a one-word name with a capital inside the word and a lower-case letter
    ("ESPnet", "ES-PNet" -> "ESPNet"), or its letters in capitals ("QUOKNET", "QNNs" -> "QNN"), else None ("Pytorch", "quoknet",
    "Quok Net", "AB").

    >>> [inner_cased(t) for t in ("ESPnet", "ES-PNet", "QUOKNET", "QNNs", "Pytorch", "quoknet", "Quok Net", "AB")]
    ['ESPnet', 'ESPNet', 'QUOKNET', 'QNN', None, None, None, None]
    """
    if " " in text:
        return None
    core = "".join(c for c in text if c.isalnum())
    if len(core) > 2 and core.endswith("s") and core[-2].isupper():
        core = core[:-1]  # an acronym's plural ("RNNs") is its capitals
    if len(core) < 3 or not core[:1].isalpha():
        return None
    if core.isupper() or (any(c.islower() for c in core) and any(c.isupper() for c in core[1:])):
        return core
    return None


def _plural(text: str) -> bool:
    """Whether a one-word name ends in an acronym's plural "s" (:func:`inner_cased` drops it: "QNNs")."""
    return len(inner_cased(text) or "") < sum(c.isalnum() for c in text)


def paper_spellings(mentions: Sequence[Mention], out: Sequence[NodeKey | None]) -> dict[NodeKey, str]:
    """How one paper writes each node of a coined type it links a one-word name to (``out``), by no lexicon's
    match: the one spelling with a capital inside the word (:func:`inner_cased`), else its one spelling in
    capitals (a title set in capitals beside "ESPnet" in the abstract is "ESPnet"); none when it writes two.

    >>> from kg.vocab import EntityType as T
    >>> ms = [Mention(T.METHOD, t, 0, len(t), rule="name") for t in ("QUOKNET", "QuokNet", "ZapNet", "Zapnet")]
    >>> paper_spellings(ms, [(T.METHOD, "quoknet")] * 2 + [(T.METHOD, "zapnet")] * 2)
    {(<EntityType.METHOD: 'Method'>, 'quoknet'): 'QuokNet', (<EntityType.METHOD: 'Method'>, 'zapnet'): 'ZapNet'}
    """
    seen: dict[NodeKey, dict[str, str]] = defaultdict(dict)
    for m, n in zip(mentions, out):
        if n is not None and m.type in COINED_TYPES and m.rule not in LEXICON_RULES:
            core = inner_cased(m.text)
            had = seen[n].get(core) if core is not None else ""
            if had is None or (had and _plural(had) and not _plural(m.text)):
                seen[n][core] = m.text  # as first written, a plural aside ("QuokNets ... QuokNet": "QuokNet")
    got: dict[NodeKey, str] = {}
    for n, forms in seen.items():
        inner = [c for c in forms if not c.isupper()]
        if len(inner) == 1 or (not inner and len(forms) == 1):
            got[n] = forms[(inner or list(forms))[0]]
    return got


def defined_long_forms(mentions: Sequence[Mention], out: Sequence[NodeKey | None],
                       spelt: dict[NodeKey, str]) -> dict[NodeKey, str]:
    """The long form a paper defines each node's one-word spelling with (``spelt``: node -> the spelling), when a
    mention of the node is that definition ("Quokka Embedding Network (QENet)").

    >>> from kg.vocab import EntityType as T
    >>> ms = [Mention(T.METHOD, "Quokka Embedding Network", 0, 24, aliases=("QENet",)), Mention(T.METHOD, "QENet", 26, 31)]
    >>> defined_long_forms(ms, [(T.METHOD, "qenet")] * 2, {(T.METHOD, "qenet"): "QENet"})
    {(<EntityType.METHOD: 'Method'>, 'qenet'): 'Quokka Embedding Network'}
    """
    got: dict[NodeKey, str] = {}
    for m, n in zip(mentions, out):
        if n in spelt and spelt[n] in m.aliases and " " in m.text:
            got.setdefault(n, m.text)
    return got


def entity_spellings(table: LinkTable, spelt_by: dict[NodeKey, dict[str, Spelt]]) -> dict[str, dict[str, Spelt]]:
    """Entity id -> paper id -> how the paper writes it, for the papers writing it one way only."""
    out: dict[str, dict[str, Spelt]] = defaultdict(dict)
    mixed: dict[str, set[str]] = defaultdict(set)
    for n, papers in spelt_by.items():
        eid = table.node_eid.get(n)
        if eid is None:
            continue
        for pid, got in papers.items():
            had = out[eid].get(pid)
            if had is not None and inner_cased(had[0]) != inner_cased(got[0]):
                mixed[eid].add(pid)
            out[eid][pid] = got
    for eid, pids in mixed.items():
        for pid in pids:
            del out[eid][pid]
    return out


def _shared(a: set[str], b: set[str], topics: dict[str, frozenset[str]], own: frozenset[str], df: Counter,
            papers: int) -> float:
    """The most rare topic words a paper of ``a`` shares with a paper of ``b`` (:func:`shared_topic`; the name's own
    words aside)."""
    return max((shared_topic(topics[x], topics[y], df, papers, own) for x in a for y in b), default=0.0)


def _words(name: str) -> str:
    """A long form's words (:func:`~kg.link.lexicon_rows.words`), as two papers' long forms compare."""
    return " ".join(words(name))


def _own_long_forms(group: set[str], users: dict[str, Spelt], theirs: set[str]) -> bool:
    """Whether every paper of ``group`` defines its spelling with a long form that none of the papers keeping the
    entity writes (``theirs``: their long forms' :func:`_words`): "Quokka Embedding Network (QENet)" beside a coined
    "QeNet" the coiner spells out no way or otherwise."""
    return all(users[p][3] and _words(users[p][3]) not in theirs for p in group)


def _moved(users: dict[str, Spelt], coiners: dict[str, frozenset[str]], own: frozenset[str], df: Counter,
           papers: int, longs: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """The spelling of each group of papers that names another thing than the coiners (paper id -> its topic
    words; ``longs``: the long forms the coiners write) -> its papers: no rare topic word shared, or long forms of
    their own (:func:`_own_long_forms`) and no work shared (:data:`~kg.link.coinages.SAME_WORK`)."""
    topics = {**{p: spelt[1] for p, spelt in users.items()}, **coiners}
    core = {p: inner_cased(spelt[0]) or spelt[0] for p, spelt in users.items()}
    kept = {core[p] for p in coiners if p in users and not core[p].isupper()}  # (capitals say nothing)
    letters = {k.lower() for k in kept}
    groups: dict[str, set[str]] = defaultdict(set)
    for pid, spelt in core.items():  # the coiners' letters cased otherwise ("TempoGAN" of "TGAN" is no casing)
        if not spelt.isupper() and spelt not in kept and spelt.lower() in letters:
            groups[spelt].add(pid)
    keep = {p for p, s in core.items() if s in kept} | set(coiners)
    kept_longs = longs | {_words(users[p][3]) for p in keep if p in users and users[p][3]}
    shared = {s: _shared(g, keep, topics, own, df, papers) for s, g in groups.items()}
    out = {s: g for s, g in groups.items()
           if not shared[s] or (shared[s] < SAME_WORK and _own_long_forms(g, users, kept_longs))}
    for pid, spelt in core.items():  # capitals go where they share more of their topic
        if spelt.isupper() and spelt.lower() in letters and pid not in coiners:
            score = {s: _shared({pid}, g, topics, own, df, papers) for s, g in out.items()}
            best = max(score, key=lambda s: (score[s], s), default=None)
            if best is not None and score[best] > _shared({pid}, keep, topics, own, df, papers):
                out[best].add(pid)
    return out


def _name(theirs: Counter) -> str:
    """The name a group of papers writes a word with most (a spelling with lower-case letters before capitals)."""
    return min(theirs, key=lambda t: (-theirs[t], t.isupper(), t))


def _coiners(table: LinkTable, coined_by: dict[NodeKey, dict[str, tuple]]) -> tuple[dict, dict]:
    """Entity id -> its coining papers' topic words by paper, and -> the long forms (:func:`words`) they write."""
    coiners: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    longs: dict[str, set[str]] = defaultdict(set)
    for n, by in coined_by.items():
        eid = table.node_eid.get(n)
        if eid is not None:
            coiners[eid].update({pid: c.topics for pid, c in by.items()})
            longs[eid].update(_words(t) for c in by.values() for t in c.names if " " in t)
    return coiners, longs


def split_case_homonyms(table: LinkTable, spelt_by: dict[NodeKey, dict[str, Spelt]],
                        coined_by: dict[NodeKey, dict[str, tuple]], df: Counter, papers: int, taken=(),
                        known: frozenset[str] = frozenset()) -> list[str]:
    """Give the papers writing a coined entity's letters with another inner casing than its coiners, about other
    things, an entity of their own (the module docstring); ``spelt_by``: node -> paper id -> :data:`Spelt`;
    ``coined_by``: node -> the papers coining it; ``known``: the lexicon's entities; an entity split already is
    left as it is. Returns the names split ("type:name")."""
    if papers < MIN_CORPUS:
        return []  # too few papers for two of one field to share a rare word (kg.link.bare)
    coiners, longs = _coiners(table, coined_by)
    used = set(table.entities) | set(taken)
    already = {eid for eid, _ in table.own}
    split: list[str] = []
    for eid, users in sorted(entity_spellings(table, spelt_by).items()):
        ent = table.entities.get(eid)
        if ent is None or ent.type not in COINED_TYPES or eid in known or eid in already or not coiners.get(eid):
            continue
        own = topic_words(ent.name, *ent.aliases)
        moved = _moved(users, coiners[eid], own, df, papers, frozenset(longs[eid]))
        home = eid  # the entity the word's nodes name (another once a long form takes this one over)
        for spelt, group in sorted(moved.items()):
            theirs = Counter(users[p][0] for p in group)
            if _words(ent.name) in {_words(users[p][3]) for p in group}:  # the entity is named by their long form
                rest = {p for g in moved.values() for p in g}
                home = _hand_over(table, eid, ent, (spelt_by, users, group, rest), used)
            else:
                own_entity(table, home, ent, _name(theirs), group, used)
                table.entities[home].aliases -= set(theirs) - {users[p][0] for p in users if p not in group}
            split.append(f"{ent.type.value}:{ent.name}")
    return split


def _hand_over(table: LinkTable, eid: str, ent: Entity, spelt: tuple, used: set[str]) -> str:
    """Give the one-word spellings' nodes of an entity named by the long form of a group of papers that moves
    (``spelt``: ``spelt_by``, the entity's users, the group, every moving paper) a new entity named as the papers
    staying write the word; the group's papers keep the entity ("QeNet" of the coiners moves, "Quokka Embedding
    Network (QENet)" stays), and papers split off the entity already keep their own. Returns the new entity's id."""
    spelt_by, users, group, moving = spelt
    theirs = Counter(users[p][0] for p in users if p not in moving)
    name = _name(theirs) if theirs else ent.name
    new = free_id(node_id(ent.type, name), used)
    used.add(new)
    table.entities[new] = Entity(id=new, type=ent.type, name=name, type_votes=ent.type_votes)
    nodes = {n for n in spelt_by if table.node_eid.get(n) == eid}
    for n in nodes:
        table.node_eid[n] = new
    for k in [k for k, v in table.index_eid.items() if v == eid and k in nodes]:
        table.index_eid[k] = new
    for (e, pid) in [k for k in table.own if k[0] == eid and k[1] not in group]:
        table.own[(new, pid)] = table.own.pop((e, pid))  # another casing split off before: its papers keep theirs
    for pid in group:
        table.own[(new, pid)] = eid
    ent.aliases -= set(theirs)
    return new
