"""Resolve mentions into entities: exact key -> acronym -> fuzzy (blocked), clustered with union-find.

Nodes of the union-find are ``(type, compact_key)`` pairs. They are joined when

1. a mention carries a lexicon ``canonical`` (the surface key joins the canonical's key);
2. a paper defines an acronym ("Vision Transformer (ViT)"): the long form joins the acronym — across the
   corpus only when the acronym has a single definition for that type (an acronym defined two different
   ways stays split; its bare uses outside the defining papers keep a node of their own);
3. two keys of one block are similar (rapidfuzz ``ratio`` >= ``fuzzy_threshold``) and have the same
   numbers ("ResNet-50" never joins "ResNet-101"). Blocks are ``(type, first 4 characters, numbers)``,
   so the cost grows with the sum of squared block sizes, near-linear in the number of mentions;
   blocks larger than ``max_block`` are not fuzzy-matched (only exact keys join there).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz

from kg.graph.ids import node_id
from kg.link.normalize import compact_key, numbers_of, url_key
from kg.link.unionfind import UnionFind
from kg.models import Entity, Evidence, Extraction, Linked, Linking
from kg.vocab import EntityType

#: Similarity (0-100) above which two keys of one block are the same entity.
FUZZY_THRESHOLD = 92.0
#: Keys shorter than this are never fuzzy-matched (short names differ by one letter: "GAN" / "GCN").
FUZZY_MIN_LEN = 8
#: Blocks with more keys than this skip fuzzy matching.
MAX_BLOCK = 400

Node = tuple[EntityType, str]


@dataclass
class LinkStats:
    mentions: int = 0
    surface_nodes: int = 0
    entities: int = 0
    comparisons: int = 0
    fuzzy_merges: int = 0
    acronym_merges: int = 0
    ambiguous_acronyms: list[str] = field(default_factory=list)


@dataclass
class Resolver:
    """Link a corpus of extractions; parameters are the thresholds documented above."""

    fuzzy_threshold: float = FUZZY_THRESHOLD
    fuzzy_min_len: int = FUZZY_MIN_LEN
    max_block: int = MAX_BLOCK
    stats: LinkStats = field(default_factory=LinkStats)

    def link(self, extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None) -> Linking:
        exs = list(extractions)
        uf = UnionFind()
        surface: dict[Node, Counter] = defaultdict(Counter)  # node -> surface forms seen
        lex_names: dict[Node, Counter] = defaultdict(Counter)  # node -> lexicon canonical names
        long_forms: set[Node] = set()
        acronym_defs: dict[Node, set[Node]] = defaultdict(set)  # acronym node -> long-form nodes
        mention_nodes: list[list[Node]] = []

        for ex in exs:
            nodes = []
            for m in ex.mentions:
                self.stats.mentions += 1
                n = (m.type, compact_key(m.text))
                uf.add(n)
                surface[n][m.text] += 1
                if m.rule == "lexicon":
                    name = m.canonical or m.text
                    c = (m.type, compact_key(name))
                    uf.union(n, c)
                    lex_names[c][name] += 1
                    surface[c][name] += 0
                elif m.canonical:  # a bare acronym pointing at its long form in this paper
                    c = (m.type, compact_key(m.canonical))
                    surface[c][m.canonical] += 0
                    long_forms.add(c)
                    acronym_defs[n].add(c)
                for a in m.aliases:
                    long_forms.add(n)
                    an = (m.type, compact_key(a))
                    uf.add(an)
                    surface[an][a] += 0
                    acronym_defs[an].add(n)
                nodes.append(n)
            mention_nodes.append(nodes)

        # existing entities (append): their names and aliases are nodes too, joined to the entity
        existing_of: dict[Node, str] = {}
        olds = [(eid, ent) for eid, ent in sorted((existing or {}).items()) if ent.type is not EntityType.REPOSITORY]
        for eid, ent in olds:
            base = (ent.type, compact_key(ent.name))
            uf.add(base)
            existing_of[base] = eid
        for eid, ent in olds:
            base = (ent.type, compact_key(ent.name))
            for a in ent.aliases:
                an = (ent.type, compact_key(a))
                # only aliases seen again need joining; never one that is another entity's own name
                if an in surface and (an not in existing_of or existing_of[an] == eid):
                    uf.union(base, an)

        # acronyms: join when the definition is unambiguous (the long forms themselves cluster to one)
        for acro, defs in sorted(acronym_defs.items(), key=lambda kv: kv[0][1]):
            roots = {uf.find(d) for d in defs}
            own = uf.find(acro)
            already_elsewhere = uf.size[own] > 1 and own not in roots
            if len(roots) == 1 and not already_elsewhere:
                uf.union(acro, next(iter(defs)))
                self.stats.acronym_merges += 1
            else:
                self.stats.ambiguous_acronyms.append(next(iter(surface[acro]), acro[1]))

        self._fuzzy(uf, list(surface))
        self.stats.surface_nodes = len(surface)

        # clusters -> entities
        members: dict[Node, list[Node]] = defaultdict(list)
        for n in surface:
            members[uf.find(n)].append(n)
        entity_of_root: dict[Node, str] = {}
        entities: dict[str, Entity] = {}
        for root in sorted(members, key=lambda r: (r[0].value, r[1])):
            group = members[root]
            etype = root[0]
            eid = next((existing_of[g] for g in sorted(group, key=lambda g: g[1]) if g in existing_of), None)
            if eid is None:
                eid = next((existing_of[r] for r in existing_of if uf.find(r) == root), None)
            name = self._canonical(group, surface, lex_names, long_forms)
            if eid is not None and existing and eid in existing:
                name = existing[eid].name
            if eid is None:
                eid = node_id(etype, name)
                k = 2
                while eid in entities and entities[eid].type == etype:
                    eid = f"{node_id(etype, name)}-{k}"
                    k += 1
            entity_of_root[root] = eid
            ent = entities.get(eid)
            if ent is None:
                ent = Entity(id=eid, type=etype, name=name)
                entities[eid] = ent
            for g in group:
                for s, cnt in surface[g].items():
                    ent.aliases.add(s)
        self.stats.entities = len(entities)

        linked: list[Linked] = []
        key_index: dict[Node, str] = {n: entity_of_root[uf.find(n)] for n in surface}
        for ex, nodes in zip(exs, mention_nodes):
            pid = ex.paper.id
            ids = []
            for m, n in zip(ex.mentions, nodes):
                eid = key_index[n]
                entities[eid].add(m.text, Evidence(pid, m.field, m.start, m.end, m.text))
                ids.append(eid)
            repo_ids = []
            for r in ex.repos:
                key = url_key(r.url)
                eid = node_id(EntityType.REPOSITORY, key)
                ent = entities.get(eid)
                if ent is None:
                    ent = entities[eid] = Entity(eid, EntityType.REPOSITORY, r.url)
                ent.add(r.url, Evidence(pid, r.field, r.start, r.end, r.url))
                repo_ids.append(eid)
            by_name = {}
            for m, eid in zip(ex.mentions, ids):
                for nm in (m.text, m.canonical, *m.aliases):
                    if nm:
                        by_name.setdefault(compact_key(nm), eid)
            proposed = []
            for nm in ex.proposed:
                eid = by_name.get(compact_key(nm))
                if eid is None:
                    for t in (EntityType.METHOD, EntityType.DATASET):
                        eid = key_index.get((t, compact_key(nm)))
                        if eid:
                            break
                if eid and eid not in proposed:
                    proposed.append(eid)
            results = []
            for res in ex.results:
                trip = []
                for nm, t in ((res.method, EntityType.METHOD), (res.dataset, EntityType.DATASET),
                              (res.metric, EntityType.METRIC)):
                    eid = None
                    if nm:
                        eid = by_name.get(compact_key(nm))
                        if eid is not None and entities[eid].type is not t:
                            eid = None
                        eid = eid or key_index.get((t, compact_key(nm)))
                    trip.append(eid)
                results.append(tuple(trip))
            linked.append(Linked(ex, tuple(ids), tuple(repo_ids), tuple(proposed), tuple(results)))
        return Linking(entities, linked)

    # -- helpers ------------------------------------------------------------------------------------
    def _fuzzy(self, uf: UnionFind, nodes: list[Node]) -> None:
        blocks: dict[tuple, list[Node]] = defaultdict(list)
        for n in nodes:
            key = n[1]
            if len(key) < self.fuzzy_min_len:
                continue
            blocks[(n[0], key[:4], numbers_of(key))].append(n)
        for block in blocks.values():
            if len(block) < 2 or len(block) > self.max_block:
                continue
            block.sort(key=lambda n: n[1])
            for i in range(len(block)):
                a = block[i][1]
                for j in range(i + 1, len(block)):
                    b = block[j][1]
                    self.stats.comparisons += 1
                    if a.startswith(b) or b.startswith(a):
                        continue  # "imagenetc" is ImageNet-C, not ImageNet: a suffix is a different name
                    if fuzz.ratio(a, b, score_cutoff=self.fuzzy_threshold):
                        if uf.find(block[i]) != uf.find(block[j]):
                            uf.union(block[i], block[j])
                            self.stats.fuzzy_merges += 1

    @staticmethod
    def _canonical(group: list[Node], surface: dict[Node, Counter], lex_names: dict[Node, Counter],
                   long_forms: set[Node]) -> str:
        """Lexicon name if any, else the long form of an acronym, else the most frequent surface form."""
        lex = Counter()
        for g in group:
            for nm, c in lex_names.get(g, {}).items():
                lex[nm] += c + 1
        if lex:
            return min(lex, key=lambda nm: (-lex[nm], nm))
        pool = Counter()
        for g in group:
            if g in long_forms:
                pool.update({k: v + 1 for k, v in surface[g].items()})
        if not pool:
            for g in group:
                pool.update({k: v + 1 for k, v in surface[g].items()})
        # most frequent; then prefer a form with capitals written as such, then shorter, then alphabetical
        return min(pool, key=lambda nm: (-pool[nm], nm.islower(), len(nm), nm))


def link(extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None, **options) -> Linking:
    """Link the mentions of a corpus into entities (see :class:`Resolver` for the rules and thresholds)."""
    return Resolver(**options).link(extractions, existing)
