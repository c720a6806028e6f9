"""Resolve mentions into entities: types -> lexicon -> exact key -> variants -> fuzzy (blocked) -> acronym,
with union-find.

The nodes of the union-find are ``(type, compact_key)`` pairs (:func:`kg.link.normalize.compact_key`):
every surface form that normalises to the same key is one node, so case, hyphens, spacing, plurals,
Unicode dashes, a leading "the" and a trailing "dataset"/"model"/... never split an entity, and
version/size tokens ("ResNet-50", "BERT-base", "ImageNet-1K") always do. Joins are scoped by type,
after each name got one type from the whole corpus (below): a Dataset and a Method of one name are two
entities only when the evidence says they are two things.

Before any join, two corpus-level decisions:

- **whole tokens** (:mod:`kg.link.tokens`): a Method or Dataset cut out of a longer token ("Scenes" in
  "nuScenes") or glued behind a prefix by a hyphen ("Info-GAN", "A-Softmax") is linked as the whole token;
- **one type per name** (:mod:`kg.link.types`): every name's mentions, the words around them, the roles
  results give them and the lexicon vote; the losing types' nodes are redirected to the winner's, unless
  the evidence shows two things (several papers, or an acronym defined in each type). The votes are kept
  on the entity (``type_votes``).

Nodes are joined in this order (each phase's joins sorted, so the result does not depend on the order
of the input):

1. **existing** entities (``kg build --append``): an earlier build's name and aliases are joined and the
   cluster is *anchored* to the old id. Two anchored clusters are never joined (old ids stay stable);
   an alias that two old entities share, or that is another old entity's name, anchors nothing.
2. **lexicon**: a mention with a ``canonical`` from the lexicon (or a long form's acronym) joins the
   canonical's node, unless the lexicon lists its name as a broader term
   than the entry (:func:`~kg.link.types.is_broader_alias`: "re-ranking" of "passage re-ranking").
   Before the types are decided, a name written with a trailing type word ("BLEU score", "COCO
   dataset") is folded into the bare name, unless the corpus writes it with type words of two kinds
   ("Inception Score", "Inception architecture": :func:`~kg.link.normalize.trailing_kind`); then each
   kind is a node, and only the kind that says the bare name's type joins it. The canonical of any
   other rule is the paper's reading of one mention (an ``acronym-ref``'s long form, a metric read as
   the paper's longer name: "error" as "mean error"): that mention links there, the name joins nothing.
   Likewise a measure the same paper also writes with one head word ("top-1" beside the paper's only
   "top-1 error") is that measure in that paper.
3. **variants**: names of one type with one :func:`~kg.link.normalize.variant_form` ("Generative
   Adversarial Net(work)", "Non-Maxim(al|um) Suppression", "peak signal(-to-)noise ratio", "convolutional
   (neural) network"), a key that is a name of a lexicon entry of its type (a spelling no mention matched
   as written), a Method named by a compound or participle modifier alone and the same with "learning"
   ("self-supervised", "self-supervised learning"), and a short numbered name that abbreviates exactly one longer name with the same numbers
   ("H3.6M" / "Human3.6M", "NYUDv2" / "NYU Depth V2").
4. **fuzzy**: two keys of one block with rapidfuzz ``ratio`` >= ``fuzzy_threshold`` (both at least
   ``fuzzy_min_len`` characters) whose names are spelling variants: the same words but one, spelt with
   one letter more or less, "s" for "z" or another ending ("pseudo-label(l)ing", "neighbo(u)r",
   "convolution(al)"), never another word ("Retrieval-Augmented (Meta) Learning", "ImageNet(-C)"),
   prefix ("(re)construction") or letter ("conte(n|x)t"). Names written like coined names
   ("DenseNet", "ResNeXt", "LayoutLM") are never fuzzy-matched: one letter makes another model there.
   Blocks are (type, version/size tokens, first ``prefix_len`` characters), so names with different
   numbers are never compared; a block with more than ``max_block`` keys is split by a two characters
   longer prefix until it is small enough. So a key meets at most ``max_block`` others: the cost is
   linear in the number of distinct names, never all pairs.
5. **acronyms**, across the corpus. Inside a paper, an acronym the paper defines ("Vision Transformer
   (ViT)") always means the paper's long form: every mention of it in that paper links there. A *bare*
   acronym elsewhere joins the long form its definitions agree on. When a type's acronym is defined in
   different ways (long forms that did not cluster together), bare uses go to the most frequent
   definition only if it holds at least ``acronym_majority`` of the defining papers (3 of 4 by default);
   otherwise the acronym stays a node of its own ("SAM" defined once as "Segment Anything Model" and once
   as "Sparse Attention Module" gives three entities). An acronym that already belongs to another
   cluster (a lexicon name, an old entity) is not re-pointed: the long form joins that cluster only
   when it is evidently the same thing (see ``Resolver._confirms``: "Stanford Question Answering
   Dataset (SQuAD)" joins the lexicon's SQuAD, "Sparse Attention Module (SAM)" never joins the lexicon's
   "Segment Anything Model"). An acronym whose version number differs from its long form's is never
   joined, not even inside its paper.

Each cluster that has mentions is one :class:`~kg.models.Entity`. An old entity keeps its id and name.
Otherwise the name is the lexicon canonical if any, else the long form of a defined acronym, else the
most frequent surface form (for methods and tasks a singular form first; ties: written capitals,
shorter, alphabetical), and the id ``node_id(type, name)`` (a clash with another id gets ``-2``, ...).
Repositories are linked by :func:`~kg.link.normalize.url_key` and named by
:func:`~kg.link.normalize.clean_url`.
"""
from __future__ import annotations

import time
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from typing import Callable, Iterable, Iterator

from rapidfuzz import fuzz, process

from kg.errors import LinkError
from kg.graph.ids import node_id, type_of
from kg.link.normalize import (abbreviates, clean_url, is_definition, is_proper_name, key_and_words, norm_name, key_numbers,
                               singular, trailing_kind,
                               spelling_variants, url_key, variant_form)
from kg.link.tokens import fuller_measures, paren_definitions, whole_mentions
from kg.link.types import KIND_SEP, TypeVotes, is_broader_alias, kind_key, lexicon_entries, rule_kind, text_cue_kind
from kg.link.summary import LinkSummary, LinkTable
from kg.link.unionfind import UnionFind
from kg.models import FIELDS, Entity, Evidence, Extraction, Linked, Linking, Mention
from kg.vocab import EntityType

#: Similarity (rapidfuzz ``ratio`` of the keys, 0-100) from which two names of one block are candidates;
#: a candidate pair merges only if the names are spelling variants
#: (:func:`~kg.link.normalize.spelling_variants`: one word spelt differently, "neighbo(u)r",
#: "locali(s|z)ation", "convolution(al)"), and neither is written like a coined name
#: (:func:`~kg.link.normalize.is_proper_name`: "DenseNet" / "DenseUNet", "ResNet" / "ResNeXt").
FUZZY_THRESHOLD = 85.0
#: Keys shorter than this are never fuzzy-matched (short names differ by one letter: "GAN" / "GCN").
FUZZY_MIN_LEN = 8
#: Characters of the key that a fuzzy block shares.
PREFIX_LEN = 4
#: A block with more keys than this is split by a longer prefix (bounds comparisons per key).
MAX_BLOCK = 256
#: Share of the defining papers the most frequent definition of an ambiguous acronym needs for bare
#: uses of the acronym to join it.
ACRONYM_MAJORITY = 0.75
#: Papers that must spell out an acronym the same way before its long form joins a lexicon entity
#: named by that acronym (see ``Resolver._confirms``).
LEXICON_ACRONYM_SUPPORT = 2
#: Longest letter part of a numbered name that may be an abbreviation ("NYUDv2", "H3.6M").
ABBREVIATION_MAX = 6
#: Blocks up to this size are compared pair by pair; larger ones with ``rapidfuzz.process.cdist``.
_SMALL_BLOCK = 16

Node = tuple[EntityType, str]
_NAME_TYPES = (EntityType.METHOD, EntityType.DATASET, EntityType.TASK, EntityType.METRIC)
_SINGULAR_NAMES = (EntityType.METHOD, EntityType.TASK)


def _numbers_agree(acro: Node, long: Node) -> bool:
    """An acronym's version/size numbers are its long form's (or it has none)."""
    na = key_numbers(acro[1])
    return not na or na == key_numbers(long[1])


def _plural_last(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1]
    return singular(last) != last


def _title_cased(name: str) -> bool:
    """Two or more words, each word that starts with a letter capitalised ("Image Recognition",
    "3D Object Detection"), not all capitals."""
    words = [w for w in name.split() if w[:1].isalpha()]
    return len(name.split()) >= 2 and bool(words) and all(w[0].isupper() for w in words) \
        and any(w[1:].islower() for w in words)


def _singular_key(name: str) -> str:
    """A name compared without case, runs of space and a plural last word."""
    words = name.split()
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words).lower()


#: Mention rules that mean "matched a lexicon entry" (a mention's ``canonical`` is left empty when the
#: text is the entry's name itself).
LEXICON_RULES = frozenset({"lexicon", "lexicon-gen"})
#: Rules whose canonical names the same thing in every paper (a lexicon entry; a long form's acronym):
#: the mention's name joins the canonical corpus-wide. Any other rule's canonical is the paper's own
#: reading of one mention ("error" as "mean error", "accuracy" as "detection accuracy"): that mention only.
_CORPUS_CANONICAL = LEXICON_RULES | {"acronym"}


@dataclass
class LinkStats:
    """Counts of one :meth:`Resolver.link` run (for reports and tests)."""

    papers: int = 0
    mentions: int = 0
    surface_forms: int = 0  # distinct (type, text): the nodes there would be without linking
    keys: int = 0  # distinct (type, compact key)
    entities: int = 0
    blocks: int = 0
    comparisons: int = 0
    fuzzy_merges: int = 0
    fuzzy_pairs: list[tuple[str, str]] = field(default_factory=list)  # the keys each fuzzy merge joined
    lexicon_merges: int = 0
    acronym_merges: int = 0
    local_acronyms: int = 0  # mentions linked to their paper's own definition of an acronym
    refused_merges: int = 0  # joins refused because both sides are different old entities
    ambiguous_acronyms: list[str] = field(default_factory=list)  # defined different ways: kept split
    majority_acronyms: list[str] = field(default_factory=list)  # defined different ways: one dominates
    conflicting_acronyms: list[str] = field(default_factory=list)  # defined unlike the lexicon: kept apart
    variant_merges: int = 0  # joins of spellings ("Net"/"Network") and of the lexicon's variant names
    retyped_nodes: int = 0  # (type, name) nodes whose mentions took the name's corpus-wide type
    split_names: list[str] = field(default_factory=list)  # names the evidence keeps in two types
    seconds: dict[str, float] = field(default_factory=dict)


#: The type a kind of trailing type word says (:func:`~kg.link.normalize.trailing_kind`).
_KIND_TYPE = {"data": EntityType.DATASET, "model": EntityType.METHOD, "measure": EntityType.METRIC}


@dataclass
class _Tables:
    """What the first pass collects about a corpus (node numbers index :class:`_Run`'s node table)."""

    mention_nodes: array = field(default_factory=lambda: array("q"))  # every node a mention links to
    forms: dict[tuple[EntityType, str], list[int]] = field(default_factory=dict)  # (type, text) -> [node, mentions]
    lex: Counter = field(default_factory=Counter)  # (type, text, lexicon canonical) -> mentions
    long_forms: set[int] = field(default_factory=set)
    defs: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))  # acronym -> long form -> papers
    acronyms: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))  # long form -> its acronyms
    votes: TypeVotes = field(default_factory=TypeVotes)

    def redirect(self, to: dict[int, int]) -> None:
        """Move everything recorded on a node to the node ``to`` names for it."""
        get = to.get
        for f in self.forms.values():
            f[0] = get(f[0], f[0])
        self.mention_nodes = array("q", (get(n, n) for n in self.mention_nodes))
        self.long_forms = {get(n, n) for n in self.long_forms}
        defs: dict[int, Counter] = defaultdict(Counter)
        for a, longs in self.defs.items():
            for n, papers in longs.items():
                defs[get(a, a)][get(n, n)] += papers
        self.defs = defs
        acronyms: dict[int, set[str]] = defaultdict(set)
        for n, names in self.acronyms.items():
            acronyms[get(n, n)] |= names
        self.acronyms = acronyms


class _Clusters:
    """Union-find over node numbers whose clusters may carry an anchor (an old entity id).

    Two differently anchored clusters are never joined.
    """

    def __init__(self, stats: LinkStats) -> None:
        self.uf = UnionFind()
        self.anchor: dict[int, str] = {}
        self.stats = stats

    def find(self, n: int) -> int:
        return self.uf.find(n)

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return False
        xa, xb = self.anchor.get(ra), self.anchor.get(rb)
        if xa is not None and xb is not None and xa != xb:
            self.stats.refused_merges += 1
            return False
        r = self.uf.union(ra, rb)
        x = xa if xa is not None else xb
        if x is not None:
            self.anchor.pop(ra, None)
            self.anchor.pop(rb, None)
            self.anchor[r] = x
        return True

    def size(self, n: int) -> int:
        return self.uf.size[self.uf.find(n)]


@dataclass(frozen=True)
class Resolver:
    """Link a corpus of extractions; the parameters are the thresholds documented in this module.

    A resolver is only its configuration (frozen): each :meth:`plan` builds its tables in a run of its
    own (:class:`_Run`) that the returned :class:`LinkPlan` owns, so two plans never share state.
    """

    fuzzy_threshold: float = FUZZY_THRESHOLD
    fuzzy_min_len: int = FUZZY_MIN_LEN
    prefix_len: int = PREFIX_LEN
    max_block: int = MAX_BLOCK
    acronym_majority: float = ACRONYM_MAJORITY

    def __post_init__(self) -> None:
        if not 0 < self.fuzzy_threshold <= 100:
            raise LinkError(f"fuzzy_threshold must be in (0, 100], got {self.fuzzy_threshold}")
        if not 0.5 < self.acronym_majority <= 1:
            raise LinkError(f"acronym_majority must be in (0.5, 1], got {self.acronym_majority}")
        if self.prefix_len < 1 or self.max_block < 2 or self.fuzzy_min_len < 1:
            raise LinkError("prefix_len and fuzzy_min_len must be >= 1 and max_block >= 2")

    def plan(self, extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None) -> "LinkPlan":
        """The first pass over a corpus (see :meth:`_Run.plan`); the plan owns its tables and stats."""
        return _Run(self).plan(extractions, existing)

    def summarise(self, extractions: Iterable[Extraction]) -> LinkSummary:
        """Phase 1 on a shard of records (a Dask partition): see :mod:`kg.link.summary`."""
        return _Run(self).summarise(extractions)

    def cluster(self, summary: LinkSummary, existing: dict[str, Entity] | None = None) -> tuple[LinkTable, LinkStats]:
        """Phase 2 on the merged summary of a corpus: its :class:`LinkTable` and the run's counts."""
        run = _Run(self)
        return run.cluster(summary, existing), run.stats

    def applier(self) -> Callable[[LinkTable, Extraction, dict[str, Entity]], Linked]:
        """Phase 3: a function ``apply(table, record, entities)`` (with a key cache of its own)."""
        return _Run(self).apply

    def link(self, extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None) -> Linking:
        """Link a corpus; ``existing`` is the entity table of an earlier build (ids to keep).

        Keeps every record in memory; :meth:`plan` + :meth:`LinkPlan.linked` link a corpus that is
        read twice instead (what ``kg build`` does, so memory does not hold the whole corpus).
        """
        exs = extractions if isinstance(extractions, (list, tuple)) else list(extractions)
        return self.plan(exs, existing).linking(exs)


class _Run:
    """The tables of one linking run (one :meth:`Resolver.plan`): the node table, caches and stats."""

    def __init__(self, cfg: Resolver) -> None:
        self.cfg = cfg
        self.stats = LinkStats()
        self._key_cache: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._index: dict[Node, int] = {}
        self._nodes: list[Node] = []
        self._order: list[tuple[str, str]] = []  # (type name, key) of each node: the sort order
        self._words: list[tuple[str, ...]] = []  # the words of the first name of each node
        self._proper: list[bool] = []  # some name of the node is written like a coined name
        self._dead: set[int] = set()  # nodes whose name took another type (redirected; no mentions)
        self._moved: dict[int, int] = {}  # each redirected node -> the node it was redirected to

    # -- node table ---------------------------------------------------------------------------------
    def _key_words(self, name: str) -> tuple[str, tuple[str, ...]]:
        """The compact key of a name and its words (cached for the run: names repeat)."""
        kw = self._key_cache.get(name)
        if kw is None:
            k, words = key_and_words(name)
            k = kind_key(k, trailing_kind(name))
            kw = self._key_cache[name] = (k or " ".join(name.lower().split()) or name, words)
        return kw

    def key(self, name: str) -> str:
        """The compact key of a name (:func:`~kg.link.normalize.compact_key`)."""
        return self._key_words(name)[0]

    def _node(self, etype: EntityType, name: str) -> int:
        """The node of a name (``forms`` caches it per surface form, so this runs once per form)."""
        k, words = self._key_words(name)
        i = self._index.get((etype, k))
        if i is None:
            i = self._add_node(etype, k, words)
        if not self._proper[i] and len(k) >= self.cfg.fuzzy_min_len and is_proper_name(name):
            self._proper[i] = True
        return i

    def _add_node(self, etype: EntityType, k: str, words: tuple[str, ...]) -> int:
        i = self._index[(etype, k)] = len(self._nodes)
        self._nodes.append((etype, k))
        self._order.append((etype.value, k))
        self._words.append(words)
        self._proper.append(False)
        return i

    def _sort_key(self, i: int) -> tuple[str, str]:
        return self._order[i]

    # -- the run: summarise -> cluster -> apply ----------------------------------------------------
    def plan(self, extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None) -> "LinkPlan":
        """The first pass over a corpus: its summary (:meth:`summarise`), then :meth:`cluster`.

        Only the paper ids are kept besides the summary (to check the second pass reads the same
        records). The entities' evidence, papers and counts are filled in by the second pass,
        :meth:`LinkPlan.linked`, which applies the table to the same records in the same order.
        """
        paper_ids: list[str] = []

        def checked() -> Iterator[Extraction]:
            for ex in extractions:
                paper_ids.append(ex.paper.id if isinstance(ex, Extraction) else "")
                yield ex

        summary = self.summarise(checked())
        return LinkPlan(self, self.cluster(summary, existing), paper_ids)

    def summarise(self, extractions: Iterable[Extraction]) -> LinkSummary:
        """Phase 1, per shard of records: what linking needs to know of them, keyed by name."""
        t0 = time.perf_counter()
        sm = LinkSummary()
        for ex in extractions:
            if not isinstance(ex, Extraction):
                raise LinkError(f"link() expects Extraction records, got {type(ex).__name__}")
            sm.papers += 1
            mentions = whole_mentions(ex)
            self._vote(ex, mentions, sm.votes)
            sm.used.update(dict.fromkeys(n for n in self._paper_nodes(ex, mentions, sm) if n is not None))
        self.stats.seconds["collect"] = self.stats.seconds.get("collect", 0.0) + time.perf_counter() - t0
        return sm

    def _tables(self, sm: LinkSummary) -> "_Tables":
        """The node table of a summary: one node per distinct (type, key), numbered in first-seen order."""
        tb = _Tables()
        for (t, text), count in sm.forms.items():
            tb.forms[(t, text)] = [self._node(t, text), count]
        ix = self._index
        tb.lex = sm.lex
        tb.long_forms = {ix[n] for n in sm.long_forms}
        for a, longs in sm.defs.items():
            d = tb.defs[ix[a]]
            for n, papers in longs.items():
                d[ix[n]] += papers
        for n, names in sm.acronyms.items():
            tb.acronyms[ix[n]] |= names
        tb.mention_nodes = array("q", (ix[n] for n in sm.used))
        tb.votes = sm.votes
        return tb

    def cluster(self, sm: LinkSummary, existing: dict[str, Entity] | None = None) -> LinkTable:
        """Phase 2, once over the merged summary: types, clusters and entities (the rules below)."""
        t0 = time.perf_counter()
        st = self.stats
        existing = existing or {}
        tb = self._tables(sm)
        pre = dict(self._index)  # the node of every mention's key before the types are decided
        st.papers = sm.papers
        st.local_acronyms = sm.local_acronyms
        st.mentions = sum(f[1] for f in tb.forms.values())
        st.surface_forms = sum(1 for f in tb.forms.values() if f[1])
        t = time.perf_counter()
        self._fold_kinds(tb)
        self._decide_types(tb, existing)
        st.seconds["types"] = time.perf_counter() - t

        cl = _Clusters(st)
        self._anchor_existing(cl, existing)
        lex_names = self._lexicon(cl, tb)
        self._kinds(cl)
        self._variants(cl)
        self._abbreviations(cl)
        t = time.perf_counter()
        self._fuzzy(cl)
        st.seconds["fuzzy"] = time.perf_counter() - t
        surf: dict[int, dict[str, int]] = defaultdict(dict)  # node -> its own surface forms -> mentions
        for (_, text), (n, count) in tb.forms.items():
            surf[n][text] = surf[n].get(text, 0) + count  # one text may come from several types
        tb.forms.clear()
        self._acronyms(cl, tb.defs, surf, lex_names)
        st.keys = len(self._nodes)

        t = time.perf_counter()
        mapped = set(tb.mention_nodes)
        entities, eid_of = self._entities(cl, mapped, surf, lex_names, tb, existing)
        st.entities = len(entities)
        st.seconds["entities"] = time.perf_counter() - t
        st.seconds["total"] = st.seconds.get("collect", 0.0) + time.perf_counter() - t0
        return self._table(entities, eid_of, pre, existing)

    def _table(self, entities: dict[str, Entity], eid_of: list[str | None], pre: dict[Node, int],
               existing: dict[str, Entity]) -> LinkTable:
        """The decisions by name: each mention key's entity (its node followed through the type
        redirects) and each (type, key)'s entity of that type."""
        def follow(n: int) -> int:
            while n in self._moved:
                n = self._moved[n]
            return n

        node_eid = {k: eid for k, n in pre.items() if (eid := eid_of[follow(n)]) is not None}
        index_eid = {k: eid for k, n in self._index.items()
                     if (eid := eid_of[n]) is not None and entities[eid].type is k[0]}
        repos = {eid: e.name for eid, e in existing.items() if e.type is EntityType.REPOSITORY}
        return LinkTable(entities, node_eid, index_eid, repos)

    def _lexicon(self, cl: _Clusters, tb: "_Tables") -> dict[int, Counter]:
        """Join each mention that matched a lexicon entry to the entry's canonical name; returns each
        canonical node's lexicon names."""
        lex_names: dict[int, Counter] = defaultdict(Counter)  # node -> lexicon canonical names
        lex_edges: set[tuple[int, int]] = set()
        for (t, text, canonical), count in tb.lex.items():
            if is_broader_alias(t, self.key(text), canonical):
                continue  # "re-ranking" found by "passage re-ranking": a broader term, its own entity
            n = tb.forms[(t, text)][0]
            c = self._node(self._nodes[n][0], canonical)  # the type the corpus gave the name
            lex_names[c][canonical] += count
            if n != c:
                lex_edges.add((n, c))
        for a, b in sorted(lex_edges, key=lambda e: (self._sort_key(e[0]), self._sort_key(e[1]))):
            self.stats.lexicon_merges += cl.union(a, b)
        return lex_names

    def _tagged_kinds(self) -> tuple[dict[str, set[str]], list[tuple[int, str]]]:
        """The kinds of type word each bare name is written with, and the live nodes that carry one."""
        kinds: dict[str, set[str]] = defaultdict(set)
        tagged: list[tuple[int, str]] = []
        for i, (_, k) in enumerate(self._nodes):
            base, sep, kind = k.partition(KIND_SEP)
            if sep and i not in self._dead:
                kinds[base].add(kind)
                tagged.append((i, base))
        return kinds, tagged

    def _kinds(self, cl: _Clusters) -> None:
        """Join a name written with a trailing type word ("BLEU score", "COCO dataset") to the bare name
        of its type. When the name also comes with a type word of another kind ("Inception Score",
        "Inception architecture"), only the kind that says the bare name's type joins it (a score the
        Metric, an architecture the Method)."""
        kinds, tagged = self._tagged_kinds()
        for i, base in sorted(tagged, key=lambda x: self._sort_key(x[0])):
            j = self._index.get((self._nodes[i][0], base))
            t = self._nodes[i][0]
            if j is None or j in self._dead or self._nodes[j][0] is not t:
                continue
            if len(kinds[base]) == 1 or _KIND_TYPE.get(self._nodes[i][1].partition(KIND_SEP)[2]) is t:
                self.stats.variant_merges += cl.union(j, i)

    def _variants(self, cl: _Clusters) -> None:
        """Join names of one type that are one name spelt two ways: the same
        :func:`~kg.link.normalize.variant_form` ("Generative Adversarial Net" / "... Network",
        "Non-Maximal" / "Non-Maximum Suppression"), or a spelling the shipped lexicon lists for an entry of
        that type that no mention matched as written ("IMAGENET")."""
        groups: dict[tuple, list[int]] = defaultdict(list)
        edges: list[tuple[int, int]] = []
        for i in range(len(self._nodes)):
            if i in self._dead:
                continue
            t, k = self._nodes[i]
            if self._words[i]:  # (punctuation-only names have no words: each is its own)
                groups[(t, variant_form(self._words[i]))].append(i)
            for lt, canonical in lexicon_entries(k):
                if lt is t and not is_broader_alias(t, k, canonical):
                    c = self._node(t, canonical)
                    if c != i:
                        edges.append((i, c))
            j = self._learning(i)
            if j is not None:
                edges.append((i, j))
        for g in groups.values():
            g.sort(key=self._sort_key)
            edges += [(g[0], j) for j in g[1:]]
        for a, b in sorted(edges, key=lambda e: (self._sort_key(e[0]), self._sort_key(e[1]))):
            self.stats.variant_merges += cl.union(a, b)

    def _learning(self, i: int) -> int | None:
        """The node "X learning" of a Method named by a modifier X alone ("self-supervised", "multi-task":
        a compound or a participle, never a noun such as "reinforcement"), if the corpus has it."""
        t, k = self._nodes[i]
        words = self._words[i]
        if t is not EntityType.METHOD or not words or key_numbers(k) or KIND_SEP in k or words[-1] == "learning" \
                or not (len(words) >= 2 or words[-1].endswith("ed")):
            return None
        j = self._index.get((t, k + "learning"))
        return j if j is not None and j not in self._dead and self._nodes[j][0] is t else None

    def _abbreviations(self, cl: _Clusters) -> None:
        """Join a short name with version/size numbers to the one longer name of its type that it
        abbreviates with the same numbers ("H3.6M" / "Human3.6M", "NYUDv2" / "NYU Depth V2": a prefix of
        each word, :func:`~kg.link.normalize.abbreviates`). Two or more candidates: left apart."""
        longs: dict[tuple, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)
        shorts: list[tuple[int, tuple, str]] = []
        for i, (t, k) in enumerate(self._nodes):
            nums = key_numbers(k) if i not in self._dead else ()
            alpha = tuple(w for w in self._words[i] if not w[:1].isdigit()) if nums else ()
            if alpha:
                longs[(t, nums, alpha[0][0])].append((i, alpha))
                # one letter abbreviates only beside a telling number ("H3.6M"; "C4" is a name of its own)
                if len(alpha) == 1 and len(alpha[0]) <= ABBREVIATION_MAX and \
                        (len(alpha[0]) > 1 or max(map(len, nums)) >= 3):
                    shorts.append((i, (t, nums, alpha[0][0]), alpha[0]))
        edges = []
        for i, block, short in sorted(shorts, key=lambda x: self._sort_key(x[0])):
            found = {cl.find(j): j for j, alpha in longs[block]
                     if sum(map(len, alpha)) > len(short) and abbreviates(short, alpha)}
            found.pop(cl.find(i), None)
            if len(found) == 1:
                edges.append((i, next(iter(found.values()))))
        for a, b in edges:
            self.stats.variant_merges += cl.union(a, b)

    def _paper_nodes(self, ex: Extraction, mentions: tuple[Mention, ...], sm: LinkSummary | None) -> list[Node | None]:
        """The node key each mention of one paper links to (None: a repository, linked by URL); with
        ``sm``, records the paper's surface forms, lexicon names and the acronyms it defines (one vote
        per paper) there. The same function links a mention in :meth:`apply`, so both agree."""
        key = self.key
        out: list[Node | None] = []
        local: dict[Node, Node] = {}  # acronym node -> the long-form node this paper defines it as
        refs = False
        extra = paren_definitions(ex, mentions)  # "substochastic successor representation (SSR)"
        for mi, m in enumerate(mentions):
            t = m.type
            if t is EntityType.REPOSITORY:
                out.append(None)  # linked by URL (see _repo)
                continue
            if t is EntityType.PAPER or t is EntityType.RESULT:
                raise LinkError(f"paper {ex.paper.id}: a {t.value} mention ({m.text!r}) cannot be linked")
            n = (t, key(m.text))
            out.append(n)
            if sm is not None:
                sm.form(t, m.text, 1)
            if m.canonical:
                if m.rule == "acronym-ref":
                    refs = refs or is_definition(m.text, m.canonical)
                elif m.rule in _CORPUS_CANONICAL or key(m.canonical) == key(m.text):
                    if sm is not None:
                        sm.lex[(t, m.text, m.canonical)] += 1
                else:  # a reading of this sentence ("error" read as the paper's "mean error"): this mention only
                    refs = True
            elif m.rule in LEXICON_RULES and sm is not None:  # a lexicon name written as the lexicon writes it
                sm.lex[(t, m.text, m.text)] += 1
            defined = m.aliases or ((extra[mi],) if mi in extra else ())
            shorts = [a for a in defined if is_definition(a, m.text)]  # not "benchmarks (Caltech, ...)"
            if shorts and sm is not None:
                sm.long_forms[n] = None
            for a in shorts:
                na = (t, key(a))
                if sm is not None:
                    sm.form(t, a, 0)  # a surface form even if never used
                if na != n and _numbers_agree(na, n) and local.setdefault(na, n) == n and sm is not None:
                    sm.acronyms.setdefault(n, set()).add(a)  # the paper's first definition is the one
        for i, j in fuller_measures(mentions).items():  # "top-1" in a paper that writes "top-1 error"
            if out[i] is not None and out[j] is not None:
                out[i] = out[j]
        if not local and not refs:
            return out
        if sm is not None:
            for an, n in local.items():
                sm.defs.setdefault(an, Counter())[n] += 1
        self._local_targets(mentions, out, local, extra, sm)
        return out

    def _local_targets(self, mentions: tuple[Mention, ...], out: list[Node | None], local: dict[Node, Node],
                       extra: dict[int, str], sm: LinkSummary | None) -> None:
        """Point each mention of one paper at what the paper means by it: the long form of an acronym the
        paper defines, or the canonical of an ``acronym-ref`` or of a rule's reading of this mention."""
        key = self.key
        for i, m in enumerate(mentions):
            n = out[i]
            if n is None or m.aliases or i in extra:
                continue
            target = local.get(n)
            if target is None and m.canonical and m.rule not in _CORPUS_CANONICAL and (
                    is_definition(m.text, m.canonical) if m.rule == "acronym-ref" else key(m.canonical) != key(m.text)):
                if sm is not None:  # the long form is a name of the entity even if not a mention here
                    sm.form(m.type, m.canonical, 0)
                nc = (m.type, key(m.canonical))
                target = nc if _numbers_agree(n, nc) else None
            if target is not None and target != n:
                out[i] = target
                if sm is not None:
                    sm.local_acronyms += 1


    def _vote(self, ex: Extraction, mentions: tuple[Mention, ...], votes: TypeVotes) -> None:
        """The type votes of one paper's mentions, of the words around them and of its results' roles
        (see :mod:`kg.link.types`)."""
        seen: set[tuple[str, EntityType]] = set()
        texts: dict[str, str] = {}
        for m in mentions:
            t = m.type
            if t not in _NAME_TYPES:
                continue
            k = self._key_words(m.text)[0]
            kind = rule_kind(m.rule, bool(m.canonical) and m.rule != "acronym-ref", t, m.text)
            votes.add(k, t, kind, seen)
            if kind != "lexicon":  # a lexicon match is strong already: only weaker ones read around
                text = texts.get(m.field)
                if text is None:
                    text = texts[m.field] = ex.paper.text(m.field) if m.field in FIELDS else ""
                cue = text_cue_kind(text, m.start, m.end) if m.end <= len(text) else None
                if cue is not None:  # "action recognition datasets": a task's name before a type word
                    votes.add(k, cue[0], "cue" if t is EntityType.TASK and kind != "shape" else cue[1], seen)
        for r in ex.results:
            for name, t in ((r.method, EntityType.METHOD), (r.dataset, EntityType.DATASET), (r.metric, EntityType.METRIC)):
                if name:
                    votes.add(self._key_words(name)[0], t, "result", seen)

    def _fold_kinds(self, tb: "_Tables") -> None:
        """Fold each name written with a trailing type word into the bare name ("BLEU score" into "BLEU",
        votes too) when the corpus writes the name with type words of one kind only. A name with two
        kinds ("Inception Score", "Inception architecture") keeps a node per kind and one bare."""
        kinds, tagged = self._tagged_kinds()
        redirect: dict[int, int] = {}
        for i, base in tagged:
            if len(kinds[base]) > 1:
                continue
            t, k = self._nodes[i]
            j = self._index.get((t, base))
            if j is None:
                j = self._add_node(t, base, self._words[i])
            self._proper[j] = self._proper[j] or self._proper[i]
            redirect[i] = self._index[(t, k)] = j
            tb.votes.fold(k, base)
        if redirect:
            tb.redirect(redirect)
            self._dead.update(redirect)
            self._moved.update(redirect)

    def _decide_types(self, tb: "_Tables", existing: dict[str, Entity]) -> None:
        """Give every name one type from its votes (:meth:`TypeVotes.decide`): the nodes of the other
        types are redirected to the winner's node (``_index`` too, so later look-ups land there).

        Long forms first, then the acronyms papers define: a definition votes for the type its long
        form took ("Foobar Net (FN)" typed Dataset once, but a Method in the corpus: FN is a Method)."""
        fixed: dict[str, set[EntityType]] = defaultdict(set)  # an earlier build's types stay
        for e in existing.values():
            if isinstance(e, Entity) and e.type in _NAME_TYPES:  # checked in _anchor_existing
                for nm in (e.name, *e.aliases):
                    k = self.key(nm)
                    i = self._index.get((e.type, k))  # a name with a type word may be folded (_fold_kinds)
                    fixed[k if i is None else self._nodes[i][1]].add(e.type)
        acro_keys = {self._nodes[a][1] for a in tb.defs}
        self._retype(tb, fixed, lambda k: k not in acro_keys)
        for acro, longs in tb.defs.items():
            for long, papers in longs.items():
                tb.votes.add(self._nodes[acro][1], self._nodes[long][0], "defined", None, papers)
        self._retype(tb, fixed, acro_keys.__contains__)

    def _retype(self, tb: "_Tables", fixed: dict[str, set[EntityType]], which) -> None:
        """Decide the type of the names ``which`` accepts and redirect the losing nodes."""
        by_key: dict[str, dict[EntityType, int]] = defaultdict(dict)
        for i, (t, k) in enumerate(self._nodes):
            if i not in self._dead and which(k):
                by_key[k][t] = i
        mentioned = {f[0] for f in tb.forms.values() if f[1]}
        redirect: dict[int, int] = {}
        for k in sorted(by_key):
            nodes = by_key[k]
            voted = {t for t, _ in tb.votes.votes.get(k, ())} | {t for t, _ in lexicon_entries(k, prior=False)}
            fx = fixed.get(k, set())
            if len(voted | set(nodes)) < 2 or len(fx) > 1:
                continue
            decision = tb.votes.decide(k, set(nodes), next(iter(fx), None), {t for t, i in nodes.items() if i in mentioned})
            for t, w in sorted(decision.items(), key=lambda tw: tw[0].value):
                if w is t:
                    continue
                i = nodes[t]
                j = nodes.get(w)
                if j is None:
                    j = nodes[w] = self._add_node(w, k, self._words[i])
                self._proper[j] = self._proper[j] or self._proper[i]
                redirect[i] = j
                self._index[(t, k)] = j
            if len(set(decision.values())) > 1:
                self.stats.split_names.append(k)
        self.stats.retyped_nodes += len(redirect)
        if redirect:
            tb.redirect(redirect)
            self._dead.update(redirect)
            self._moved.update(redirect)

    def _anchor_existing(self, cl: _Clusters, existing: dict[str, Entity]) -> dict[str, int]:
        """Join each old entity's name and aliases and anchor the cluster to its id."""
        names: dict[int, str] = {}
        alias_owners: dict[int, set[str]] = defaultdict(set)
        for eid in sorted(existing):
            ent = existing[eid]
            if not isinstance(ent, Entity):
                raise LinkError(f"existing entity {eid!r} is not an Entity (got {type(ent).__name__})")
            try:
                ok = ent.id == eid and type_of(eid) is ent.type
            except ValueError:
                ok = False
            if not ok:
                raise LinkError(f"existing entity {eid!r} is corrupt: id, type {ent.type!r} and name disagree")
            if ent.type is EntityType.REPOSITORY:
                continue  # repository ids come from the URL: stable without help
            n = self._node(ent.type, ent.name)
            if n in names:  # two old entities with one key: the first (by id) keeps it
                continue
            names[n] = eid
            for a in ent.aliases:
                alias_owners[self._node(ent.type, a)].add(eid)
        anchors: dict[str, int] = {}
        for n, eid in names.items():
            cl.anchor[cl.find(n)] = eid
            anchors[eid] = n
        for an in sorted(alias_owners, key=self._sort_key):
            owners = alias_owners[an]
            if len(owners) == 1 and names.get(an, next(iter(owners))) in owners:
                cl.union(an, anchors[next(iter(owners))])
        return anchors

    # -- fuzzy --------------------------------------------------------------------------------------
    def blocks(self) -> Iterator[list[int]]:
        """Groups of node numbers that may be fuzzy-matched in the last run (see the module docstring)."""
        p = self.cfg.prefix_len
        first: dict[tuple, list[int]] = defaultdict(list)
        for i, (t, k) in enumerate(self._nodes):
            if len(k) >= self.cfg.fuzzy_min_len and not self._proper[i] and i not in self._dead:
                first[(t, key_numbers(k), k[:p])].append(i)
        stack = [(members, p) for members in first.values() if len(members) > 1]
        while stack:
            members, plen = stack.pop()
            if len(members) <= self.cfg.max_block:
                yield members
                continue
            plen += 2
            sub: dict[str, list[int]] = defaultdict(list)
            for i in members:
                sub[self._nodes[i][1][:plen]].append(i)
            stack.extend((g, plen) for g in sub.values() if len(g) > 1)

    def _fuzzy(self, cl: _Clusters) -> None:
        thr = self.cfg.fuzzy_threshold
        ratio = fuzz.ratio
        keys = [k for _, k in self._nodes]
        edges: list[tuple[int, int]] = []
        for block in self.blocks():
            self.stats.blocks += 1
            n = len(block)
            self.stats.comparisons += n * (n - 1) // 2
            ks = [keys[i] for i in block]
            if n <= _SMALL_BLOCK:
                pairs = ((x, y) for x in range(n) for y in range(x + 1, n) if ratio(ks[x], ks[y], score_cutoff=thr))
            else:
                m = process.cdist(ks, ks, scorer=ratio, score_cutoff=thr, workers=1)
                pairs = ((x, y) for x, y in zip(*m.nonzero()) if x < y)
            for x, y in pairs:
                a, b = ks[x], ks[y]
                if not spelling_variants(self._words[block[x]], self._words[block[y]]):
                    continue
                edges.append((block[x], block[y]) if a < b else (block[y], block[x]))
        for a, b in sorted(edges, key=lambda e: (self._sort_key(e[0]), self._sort_key(e[1]))):
            if cl.union(a, b):
                self.stats.fuzzy_merges += 1
                self.stats.fuzzy_pairs.append((self._nodes[a][1], self._nodes[b][1]))

    # -- acronyms -----------------------------------------------------------------------------------
    def _acronyms(self, cl: _Clusters, defs: dict[int, Counter], surf: dict[int, dict[str, int]],
                  lex_names: dict[int, Counter]) -> None:
        lex_of_root: dict[int, set[str]] = defaultdict(set)  # cluster -> its lexicon names
        for c, names in lex_names.items():
            lex_of_root[cl.find(c)].update(names)
        for acro in sorted(defs, key=self._sort_key):
            votes: Counter = Counter()
            rep: dict[int, tuple] = {}
            for long, papers in defs[acro].items():
                if self._nodes[long][0] is not self._nodes[acro][0]:
                    continue  # the long form's name took another type than the acronym's (kg.link.types)
                r = cl.find(long)
                votes[r] += papers
                rep[r] = min(rep.get(r, self._sort_key(long)), self._sort_key(long))
            if not votes:
                continue
            ranked = sorted(votes, key=lambda r: (-votes[r], rep[r]))
            top = ranked[0]
            dominant = votes[top] >= self.cfg.acronym_majority * sum(votes.values())
            shown = f"{self._nodes[acro][0].value}:{min(surf[acro], default=self._nodes[acro][1])}"
            if len(ranked) > 1:
                (self.stats.majority_acronyms if dominant else self.stats.ambiguous_acronyms).append(shown)
            if not dominant:
                continue  # defined different ways, none dominant: the acronym stays its own node
            own = cl.find(acro)
            if own == top:
                continue
            if cl.size(acro) > 1 and not self._confirms(cl, acro, own, top, votes[top], defs, surf, lex_names,
                                                        lex_of_root):
                self.stats.conflicting_acronyms.append(shown)
                continue  # the acronym already names something else: never re-point it
            names = lex_of_root.pop(own, set()) | lex_of_root.pop(top, set())
            if cl.union(acro, top):
                self.stats.acronym_merges += 1
            if names:
                lex_of_root[cl.find(acro)] |= names

    def _confirms(self, cl: _Clusters, acro: int, own: int, top: int, support: int, defs: dict[int, Counter],
                  surf: dict[int, dict[str, int]], lex_names: dict[int, Counter],
                  lex_of_root: dict[int, set[str]]) -> bool:
        """Whether papers' long form ``top`` of an acronym that is already a lexicon name (cluster
        ``own``) is that lexicon entity after all: the lexicon names the entity by this very acronym
        and :data:`LEXICON_ACRONYM_SUPPORT` papers spell it out the same way ("Stanford Question
        Answering Dataset (SQuAD)"), or the long form begins with the lexicon's name ("Dice similarity
        coefficient (DSC)" for Dice, "ImageNet Large Scale Visual Recognition Challenge (ILSVRC)")."""
        if acro in lex_names and support >= LEXICON_ACRONYM_SUPPORT:
            return True
        names = [norm_name(n).split() for n in lex_of_root.get(own, ())]
        for long in defs[acro]:
            if cl.find(long) == top:
                for form in surf.get(long, ()):
                    words = norm_name(form).split()
                    if any(0 < len(n) < len(words) and words[:len(n)] == n for n in names):
                        return True
        return False

    # -- entities -----------------------------------------------------------------------------------
    def _entities(self, cl: _Clusters, mapped: set[int], surf: dict[int, dict[str, int]],
                  lex_names: dict[int, Counter], tb: _Tables, existing: dict[str, Entity]):
        """One entity per cluster with mentions; returns them and each node's entity id (or None)."""
        members: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self._nodes)):
            members[cl.find(i)].append(i)
        live = [r for r, g in members.items() if any(i in mapped for i in g)]
        # anchored clusters first (their ids are fixed), then by (type, smallest key)
        order = sorted(live, key=lambda r: (r not in cl.anchor, min(self._sort_key(i) for i in members[r])))
        taken: set[str] = set(existing)
        entities: dict[str, Entity] = {}
        eid_of: list[str | None] = [None] * len(self._nodes)
        for r in order:
            group = members[r]
            etype = self._nodes[r][0]
            eid = cl.anchor.get(r)
            if eid is not None:
                name = existing[eid].name
            else:
                name = self.canonical(etype, group, surf, lex_names, tb.long_forms)
                base = eid = node_id(etype, name)
                k = 2
                while eid in taken:
                    eid = f"{base}-{k}"
                    k += 1
                taken.add(eid)
            ent = Entity(id=eid, type=etype, name=name, type_votes=tb.votes.of({self._nodes[i][1] for i in group}))
            for i in group:
                ent.aliases.update(surf.get(i, ()))
                ent.aliases.update(tb.acronyms.get(i, ()))
                eid_of[i] = eid
            entities[eid] = ent
        return entities, eid_of

    def canonical(self, etype: EntityType, group: list[int], surf: dict[int, dict[str, int]],
                  lex_names: dict[int, Counter], long_forms: set[int]) -> str:
        """The name of a cluster: lexicon name, else long form, else the most frequent surface form
        (whitespace runs in it made single spaces)."""
        pool: dict[str, int] = {}

        def add(counts: dict[str, int], seen_only: bool = True) -> None:
            for s, c in counts.items():
                if c or not seen_only:
                    pool[s] = pool.get(s, 0) + c

        for i in group:
            if i in lex_names:
                add(lex_names[i])
        if pool:
            return " ".join(min(pool, key=lambda s: (-pool[s], s)).split())
        for i in group:
            if i in long_forms:
                add(surf[i])
        if not pool:
            for i in group:
                add(surf.get(i, {}))
        if not pool:
            for i in group:
                add(surf.get(i, {}), seen_only=False)
        if not pool:  # every linked node has a surface form; the smallest key is a last resort
            return min(self._nodes[i][1] for i in group)
        def rank(s: str) -> tuple:
            return -pool[s], s.islower(), len(s), s

        best = min(pool, key=rank)
        if etype in _SINGULAR_NAMES:
            # a singular spelling of the most used form, when the cluster has one ("graph neural network"
            # for "graph neural networks"); never a rarer, different name that happens to be singular
            # ("Bidirectional Encoder Representation from Transformer" for "... Representations from Transformers")
            want = _singular_key(best)
            singulars = [s for s in pool if _singular_key(s) == want and not _plural_last(s)]
            if singulars:
                best = min(singulars, key=rank)
        if etype is EntityType.TASK and _title_cased(best):
            # titles are written in title case, so a task named in many titles has "Image Recognition" as
            # its most used form; a task is a common noun phrase: take the running-text spelling if seen
            want, plural = _singular_key(best), _plural_last(best)
            plain = [s for s in pool if not _title_cased(s) and _singular_key(s) == want and _plural_last(s) == plural]
            if plain:
                best = min(plain, key=rank)
        return " ".join(best.split())

    # -- per paper ----------------------------------------------------------------------------------
    def apply(self, table: LinkTable, ex: Extraction, entities: dict[str, Entity]) -> Linked:
        """Phase 3, per record: each mention's entity, the paper's repositories, proposals and results.

        ``entities`` gets the evidence, paper and surface form of every mention (the table's own
        entities in one process; a partition's own records of them on a Dask worker).
        """
        pid = ex.paper.id
        ids: list[str] = []
        mentions = whole_mentions(ex)
        shortened = fuller_measures(mentions)  # "top-1" linked as the paper's "top-1 error": no name of it
        for k, (m, n) in enumerate(zip(mentions, self._paper_nodes(ex, mentions, None))):
            ev = Evidence(pid, m.field, m.start, m.end, m.text)
            if n is None:
                eid = self._repo(m.text, ev, entities, table.repo_names)
            else:
                eid = table.node_eid[n]
                # a paper's reading of one mention ("sparsity" as its "activation sparsity") is no name of it
                read = k in shortened or (m.canonical and m.rule not in _CORPUS_CANONICAL and m.rule != "acronym-ref"
                                          and self.key(m.canonical) != self.key(m.text))
                entities[eid].add("" if read else m.text, ev)
            ids.append(eid)
        repo_ids = tuple(self._repo(r.url, Evidence(pid, r.field, r.start, r.end, r.url), entities, table.repo_names)
                         for r in ex.repos)
        if not ex.proposed and not ex.results:
            return Linked(ex, tuple(ids), repo_ids)

        by_name: dict[tuple, str] = {}  # (type, key) and key -> the entity of a mention of this paper
        for m, eid in zip(mentions, ids):
            et = entities[eid].type  # the corpus's type of the name, which may not be the mention's
            for nm in (m.text, m.canonical, *m.aliases):
                if nm:
                    k = self.key(nm)
                    by_name.setdefault((et, k), eid)
                    by_name.setdefault(k, eid)

        def resolve(name: str | None, types: tuple[EntityType, ...]) -> str | None:
            if not name:
                return None
            k = self.key(name)
            for t in types:
                eid = by_name.get((t, k))
                if eid:
                    return eid
            for t in types:  # not among the paper's mentions: the corpus's entity of that name
                eid = table.index_eid.get((t, k))
                if eid:
                    return eid
            return None

        proposed: list[str] = []
        for nm in ex.proposed:
            eid = resolve(nm, _NAME_TYPES) or by_name.get(self.key(nm))
            if eid and eid not in proposed:
                proposed.append(eid)
        results = tuple(
            (resolve(r.method, (EntityType.METHOD,)), resolve(r.dataset, (EntityType.DATASET,)),
             resolve(r.metric, (EntityType.METRIC,)))
            for r in ex.results)
        return Linked(ex, tuple(ids), repo_ids, tuple(proposed), results)

    @staticmethod
    def _repo(url: str, ev: Evidence, entities: dict[str, Entity], old_names: dict[str, str]) -> str:
        eid = node_id(EntityType.REPOSITORY, url_key(url))
        ent = entities.get(eid)
        if ent is None:
            name = old_names.get(eid)
            ent = entities[eid] = Entity(eid, EntityType.REPOSITORY, clean_url(url) if name is None else name)
        ent.add(url, ev)
        return eid


@dataclass
class LinkPlan:
    """The result of :meth:`Resolver.plan`: the summary of a corpus clustered into a :class:`LinkTable`.

    ``entities`` gains its evidence, papers and mention counts (and any repositories) as
    :meth:`linked` goes through the records.
    """

    run: _Run
    table: LinkTable
    paper_ids: list[str]

    @property
    def entities(self) -> dict[str, Entity]:
        return self.table.entities

    @property
    def stats(self) -> LinkStats:
        """The counts of this plan's run (the second pass adds its time)."""
        return self.run.stats

    def blocks(self) -> Iterator[list[int]]:
        """The fuzzy blocks of this plan's node table (see :meth:`_Run.blocks`)."""
        return self.run.blocks()

    def linking(self, extractions: Iterable[Extraction]) -> Linking:
        """The second pass over all records at once: the :class:`~kg.models.Linking` of the corpus."""
        return Linking(self.entities, list(self.linked(extractions)))

    def linked(self, extractions: Iterable[Extraction]) -> Iterator[Linked]:
        """The second pass: one :class:`~kg.models.Linked` per record, records as given to :meth:`Resolver.plan`."""
        r = self.run
        t0 = time.perf_counter()
        n = -1
        for n, ex in enumerate(extractions):
            if n >= len(self.paper_ids) or ex.paper.id != self.paper_ids[n]:
                raise LinkError(f"the records changed between the two linking passes (at record {n + 1})")
            yield r.apply(self.table, ex, self.table.entities)
        if n + 1 != len(self.paper_ids):
            raise LinkError(f"the records changed between the two linking passes ({n + 1} records, not {len(self.paper_ids)})")
        r.stats.seconds["papers"] = time.perf_counter() - t0


def link(extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None, **options) -> Linking:
    """Link the mentions of a corpus into entities (see :mod:`kg.link.resolver` for the rules).

    ``options`` are :class:`Resolver` parameters (``fuzzy_threshold``, ``fuzzy_min_len``,
    ``prefix_len``, ``max_block``, ``acronym_majority``).

    >>> from kg.models import Extraction, Mention, Paper
    >>> from kg.vocab import EntityType as T
    >>> vit = Mention(T.METHOD, "Vision Transformer", 0, 18, aliases=("ViT",))
    >>> a = Extraction(Paper("a", "", "Vision Transformer (ViT)"), (vit,))
    >>> b = Extraction(Paper("b", "", "We use ViTs."), (Mention(T.METHOD, "ViTs", 7, 11),))
    >>> lk = link([a, b])
    >>> lk.papers[1].mention_ids, sorted(lk.entities["method:vision-transformer"].aliases)
    (('method:vision-transformer',), ['ViT', 'ViTs', 'Vision Transformer'])
    """
    known = {f.name for f in fields(Resolver)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise LinkError(f"unknown linking option(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return Resolver(**options).link(extractions, existing)
