"""The state one linking run keeps besides its node table: the counts (:class:`LinkStats`), what the
first pass collects about a corpus (:class:`RunTables`) and the anchored union-find (:class:`Clusters`)."""
from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.link.types import TypeVotes
from kg.link.unionfind import UnionFind
from kg.vocab import EntityType


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
    typo_merges: int = 0  # misspellings joined to a frequent name (kg.link.typos)
    fuzzy_pairs: list[tuple[str, str]] = field(default_factory=list)  # the keys each fuzzy merge joined
    lexicon_merges: int = 0
    acronym_merges: int = 0
    respelt_merges: int = 0  # an acronym's rare long form joined to its dominant one spelt another way
    local_acronyms: int = 0  # mentions linked to their paper's own definition of an acronym
    refused_merges: int = 0  # joins refused because both sides are different old entities
    ambiguous_acronyms: list[str] = field(default_factory=list)  # defined different ways: kept split
    majority_acronyms: list[str] = field(default_factory=list)  # defined different ways: one dominates
    conflicting_acronyms: list[str] = field(default_factory=list)  # defined unlike the lexicon: kept apart
    unrelated_acronyms: list[str] = field(default_factory=list)  # defined once, used bare on other topics: kept apart
    variant_merges: int = 0  # joins of spellings ("Net"/"Network") and of the lexicon's variant names
    expansion_merges: int = 0  # a name writing an acronym joined to the name spelling it out (kg.link.expansions)
    retyped_nodes: int = 0  # (type, name) nodes whose mentions took the name's corpus-wide type
    split_names: list[str] = field(default_factory=list)  # names the evidence keeps in two types
    split_coinages: list[str] = field(default_factory=list)  # names of one coined twice: one entity each ("type:name")
    split_instances: list[str] = field(default_factory=list)  # a paper's acronym for its instance of a term ("type:name")
    split_own_methods: list[str] = field(default_factory=list)  # a paper's own method named like a dataset ("Method:name")
    split_acronyms: list[str] = field(default_factory=list)  # short acronyms used bare on unrelated topics ("type:name")
    split_own_letters: list[str] = field(default_factory=list)  # letters papers spell or coin as theirs ("type:name")
    split_homonyms: list[str] = field(default_factory=list)  # names two fields spell out otherwise ("type:name")
    split_words: list[str] = field(default_factory=list)  # letters written as a word and in capitals ("type:name")
    split_cases: list[str] = field(default_factory=list)  # a coinage and another thing cased otherwise ("type:name")
    split_lexicon_casings: list[str] = field(default_factory=list)  # a paper's own casing of a lexicon name ("type:name")
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class RunTables:
    """What the first pass collects about a corpus (node numbers index :class:`LinkRun`'s node table)."""

    mention_nodes: array = field(default_factory=lambda: array("q"))  # every node a mention links to
    forms: dict[tuple[EntityType, str], list[int]] = field(default_factory=dict)  # (type, text) -> [node, mentions]
    lex: Counter = field(default_factory=Counter)  # (type, text, lexicon canonical) -> mentions
    long_forms: set[int] = field(default_factory=set)
    defs: dict[int, Counter] = field(default_factory=lambda: defaultdict(Counter))  # acronym -> long form -> papers
    acronyms: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))  # long form -> its acronyms
    votes: TypeVotes = field(default_factory=TypeVotes)
    written: dict[str, Counter] = field(default_factory=dict)  # acronym word -> long form's words -> papers

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


class Clusters:
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
