"""A paper's own name cased otherwise than a lexicon name: "QuokCa" of the lexicon, "QuokCA" a paper proposes.

The linker's keys ignore case, so a paper's coinage written with the letters of a lexicon name that has a capital
inside the word, but with another inner casing, joins the lexicon's entity. The lexicon's spelling is how the known
thing is written (its case-sensitive match refused the other casing); a paper that proposes the other casing as its
own, and writes the name no other way (not the lexicon's spelling beside it), names another thing: its papers get an
entity of their own, named and typed as they write it. A plain word's case ("Resnet" of ResNet) or capitals alone
("QUOKCA") are no casing of a coined name (:func:`~kg.link.case_homonyms.inner_cased`), and a paper that only uses
the name stays with the lexicon's entity (:mod:`kg.link.case_homonyms` compares coiners' fields; a lexicon name has
no coiner in the corpus).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from kg.link.case_homonyms import Spelt, entity_spellings, inner_cased
from kg.link.coinages import own_entity
from kg.link.nodes import LEXICON_RULES
from kg.link.summary import LinkTable, NodeKey
from kg.models import Entity, Mention
from kg.vocab import EntityType

#: The vote kind of an entity a paper's own casing of a lexicon name gets.
OWN_CASING = "own-casing"


def proposed_spellings(mentions: Sequence[Mention], out: Sequence[NodeKey | None], spelt: dict[NodeKey, str],
                       proposed: Iterable[str]) -> dict[NodeKey, EntityType]:
    """The nodes of ``spelt`` (node -> how the paper writes it, :func:`~kg.link.case_homonyms.paper_spellings`)
    that the paper proposes with those letters cased so (``proposed``: the extractor's names; as
    :func:`~kg.link.case_homonyms.inner_cased` reads a name, a plural "s" aside) and writes no other way (capitals
    alone, a title's, are no other way), with the one type it gives them. A spelling the lexicon matched in the paper
    (a lexicon rule's mention cased so: "FastText" of the row "fastText | FastText") is the known thing's own.

    >>> from kg.vocab import EntityType as T
    >>> ms = [Mention(T.DATASET, "QuokCA", 0, 6), Mention(T.METHOD, "ZapNet", 9, 15), Mention(T.METHOD, "Zapnet", 20, 26)]
    >>> n = [(T.METHOD, "quokca"), (T.METHOD, "zapnet"), (T.METHOD, "zapnet")]
    >>> proposed_spellings(ms, n, {n[0]: "QuokCA", n[1]: "ZapNet"}, ["QuokCA", "ZapNet"])
    {(<EntityType.METHOD: 'Method'>, 'quokca'): <EntityType.DATASET: 'Dataset'>}
    """
    names = {(inner_cased(p) or p).lower() for p in proposed}
    types: dict[NodeKey, set[EntityType]] = defaultdict(set)
    other: set[NodeKey] = set()
    for m, n in zip(mentions, out):
        if n in spelt:
            types[n].add(m.type)
            core, mine = inner_cased(m.text), inner_cased(spelt[n])
            if core is None or (core != mine and not core.isupper()) or (core == mine and m.rule in LEXICON_RULES):
                other.add(n)
    return {n: next(iter(ts)) for n, ts in types.items()
            if n not in other and len(ts) == 1 and (inner_cased(spelt[n]) or spelt[n]).lower() in names}


def _own_casings(name: str, users: dict[str, Spelt]) -> dict[str, set[str]]:
    """The papers proposing a lexicon entity's name (``name``) with another inner casing, by how they write it.

    >>> T = EntityType
    >>> _own_casings("QuokCa", {"a": ("QuokCA", frozenset(), T.DATASET, ""), "b": ("QUOKCA", frozenset(), T.DATASET, ""),
    ...                         "c": ("QuokcA", frozenset(), None, ""), "d": ("QuokCa", frozenset(), T.METHOD, "")})
    {'QuokCA': {'a'}}
    """
    lexicon = inner_cased(name)
    if lexicon is None or lexicon.isupper():
        return {}
    out: dict[str, set[str]] = defaultdict(set)
    for pid, (text, _, kind, _long) in users.items():
        core = inner_cased(text)
        if kind is not None and core is not None and not core.isupper() and core != lexicon \
                and core.lower() == lexicon.lower():
            out[text].add(pid)
    return dict(out)


def split_lexicon_casings(table: LinkTable, spelt_by: dict[NodeKey, dict[str, Spelt]], known: frozenset[str],
                          taken: Iterable[str] = ()) -> list[str]:
    """Give the papers proposing a lexicon entity's name (``known``: the lexicon's entities) with another inner
    casing an entity of their own (the module docstring); an entity split already is left as it is. Returns the
    names split ("type:name")."""
    used = set(table.entities) | set(taken)
    already = {eid for eid, _ in table.own}
    split: list[str] = []
    for eid, users in sorted(entity_spellings(table, spelt_by).items()):
        ent = table.entities.get(eid)
        if ent is None or eid not in known or eid in already:
            continue
        for text, group in sorted(_own_casings(ent.name, users).items()):
            kinds = Counter(users[p][2] for p in group)  # the type most of them give it
            kind = max(kinds, key=lambda t: (kinds[t], t is ent.type, t.value))
            mine = Entity(id=eid, type=kind, name=text, type_votes={kind.value: {OWN_CASING: len(group)}})
            own_entity(table, eid, mine, text, group, used)
            ent.aliases.discard(text)
            split.append(f"{kind.value}:{text}")
    return split
