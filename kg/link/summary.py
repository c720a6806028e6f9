"""The mergeable tables between the three phases of linking (:mod:`kg.link.resolver`):

1. ``summarise`` (per shard of records): a :class:`LinkSummary`, everything keyed by distinct name,
   no per-paper list;
2. ``merge`` + ``cluster`` (once, on the merged summary): a :class:`LinkTable`, distinct names ->
   entity ids and the :class:`~kg.models.Entity` records (grows with distinct names, not papers);
3. ``apply`` (per record, anywhere the table is): each mention's entity.

The single-process build runs the three phases over one summary, ``kg build --engine dask`` over one
summary per partition, merged in input order, so both give the same entities by construction.

A *node key* is ``(type, compact key)``: the linker's node of a mention before any type decision
(:meth:`kg.link.nodes.NodeTable.key`), the same on every machine.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

from kg.link.types import TypeVotes
from kg.models import Entity
from kg.vocab import EntityType

NodeKey = tuple[EntityType, str]
#: What one paper writing an acronym with its own letters records (:mod:`kg.link.own_letters`): the acronym as
#: written, the phrases spelling it, and the other nodes the paper names (a paper that also writes the entity's other
#: names is its user).
OwnLetters = tuple[str, tuple[str, ...], frozenset[NodeKey]]
#: What one paper coining an acronym it uses bare records: the acronym as written, the paper's month
#: (:func:`~kg.link.dates.paper_month`), and the other nodes the paper names.
CoinedLetters = tuple[str, int, frozenset[NodeKey]]


@dataclass
class LinkSummary:
    """What the linker needs to know about a set of records, keyed by name (see the module docstring).

    Dicts keep first-seen order, and :meth:`update` keeps it across summaries, so summaries merged in
    input order equal the summary of all records read at once.
    """

    papers: int = 0
    local_acronyms: int = 0  # mentions linked to their paper's own definition of an acronym
    forms: dict[tuple[EntityType, str], int] = field(default_factory=dict)  # (type, text) -> mentions
    lex: Counter = field(default_factory=Counter)  # (type, text, lexicon canonical) -> mentions
    long_forms: dict[NodeKey, None] = field(default_factory=dict)
    defs: dict[NodeKey, Counter] = field(default_factory=dict)  # acronym -> long form -> papers
    acronyms: dict[NodeKey, set[str]] = field(default_factory=dict)  # long form -> the acronyms defined for it
    used: dict[NodeKey, None] = field(default_factory=dict)  # every node a mention links to (before types)
    coined: dict[tuple[EntityType, str], str] = field(default_factory=dict)  # (type, "LONG (ACRO)") -> LONG as written
    # acronym word -> the words of each long form the papers' texts define it as -> papers, mention or not
    # (kg.link.expansions.written_acronyms)
    written: dict[str, Counter] = field(default_factory=dict)
    votes: TypeVotes = field(default_factory=TypeVotes)
    # topic words (kg.link.context): word -> papers; acronym key -> the summed words of the papers that
    # use it bare, how many, and their months (kg.link.dates); acronym node -> the summed words of the papers
    # that define it as that type
    topic_df: Counter = field(default_factory=Counter)
    bare_topics: dict[str, Counter] = field(default_factory=dict)
    bare_papers: Counter = field(default_factory=Counter)
    bare_months: dict[str, Counter] = field(default_factory=dict)  # acronym key -> month -> papers using it bare
    def_topics: dict[NodeKey, Counter] = field(default_factory=dict)
    # node key -> paper id -> what tells the papers coining that name apart (kg.link.coinages)
    coined_by: dict[NodeKey, dict[str, tuple]] = field(default_factory=dict)
    # node key -> paper id -> the coiner of a paper whose main proposal it is, cited or used nowhere there
    # (kg.link.main_proposals: compared with the coiners of its entity, when there are any)
    main_by: dict[NodeKey, dict[str, tuple]] = field(default_factory=dict)
    # node key -> paper id -> the coiner of a component the paper gives letters of its own (kg.link.components)
    components_by: dict[NodeKey, dict[str, tuple]] = field(default_factory=dict)
    # node key -> paper id -> the texts of a name the paper presents as its own method (kg.link.own_methods)
    own_methods: dict[NodeKey, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # node key of a short acronym -> paper id using it bare -> the paper's topic words and the keys of the
    # names it writes; name key -> papers writing it (kg.link.bare)
    bare_by: dict[NodeKey, dict[str, tuple[frozenset[str], frozenset[str]]]] = field(default_factory=dict)
    name_df: Counter = field(default_factory=Counter)
    # node key of a Method or Dataset name written like an acronym or defining one -> paper id -> the paper's topic
    # words, its Dataset and Task names and its spellings of the name (kg.link.split_senses.Use)
    homonym_by: dict[NodeKey, dict[str, tuple]] = field(default_factory=dict)
    # node key of an acronym used bare -> paper id writing it with letters of its own: the acronym as written, the
    # phrases spelling it, the paper's other nodes (kg.link.own_letters)
    own_letters: dict[NodeKey, dict[str, OwnLetters]] = field(default_factory=dict)
    # node key of an acronym used bare -> paper id coining it by a naming cue (kg.link.coinages.coined_keys): the
    # acronym as written, the paper's month (kg.link.dates), the paper's other nodes; long-form node -> the month
    # of the first paper defining letters for it (kg.link.own_letters.coined_uses)
    coined_letters: dict[NodeKey, dict[str, CoinedLetters]] = field(default_factory=dict)
    def_months: dict[NodeKey, int] = field(default_factory=dict)
    # key -> papers with a mention written like an acronym linking to a node of that key (after their own definitions)
    letters_df: Counter = field(default_factory=Counter)
    # node key -> paper id -> how it writes the node's letters: in capitals or as a word; word -> papers writing it
    # in lower case in running text (kg.link.cased)
    cased_by: dict[NodeKey, dict[str, tuple[str, str]]] = field(default_factory=dict)
    lower_df: Counter = field(default_factory=Counter)
    # node key -> paper id -> how it writes the node as one word with capitals inside, its topic words, the type it
    # gives the name when it proposes it so, the long form it defines it with (kg.link.case_homonyms, lexicon_casings)
    spelt_by: dict[NodeKey, dict[str, tuple[str, frozenset[str], EntityType | None, str]]] = \
        field(default_factory=dict)
    graded_df: Counter = field(default_factory=Counter)  # word -> papers grading it ("more robust than": kg.link.grades)

    def form(self, etype: EntityType, text: str, n: int) -> None:
        """Count ``n`` mentions of a surface form (0: a name seen only as an alias or a long form)."""
        k = (etype, text)
        self.forms[k] = self.forms.get(k, 0) + n

    def update(self, other: "LinkSummary") -> None:
        """Add ``other`` (the summary of the records that come after this one's) to this summary."""
        self.papers += other.papers
        self.local_acronyms += other.local_acronyms
        for k, n in other.forms.items():
            self.forms[k] = self.forms.get(k, 0) + n
        self.lex.update(other.lex)
        self.long_forms.update(other.long_forms)
        for a, longs in other.defs.items():
            self.defs.setdefault(a, Counter()).update(longs)
        for n, names in other.acronyms.items():
            self.acronyms.setdefault(n, set()).update(names)
        self.used.update(other.used)
        for k, text in other.coined.items():
            self.coined.setdefault(k, text)
        for a, longs in other.written.items():
            self.written.setdefault(a, Counter()).update(longs)
        _merge_votes(self.votes, other.votes)
        self.topic_df.update(other.topic_df)
        self.bare_papers.update(other.bare_papers)
        for table, add in ((self.bare_topics, other.bare_topics), (self.def_topics, other.def_topics),
                           (self.bare_months, other.bare_months)):
            for k, words in add.items():
                table.setdefault(k, Counter()).update(words)
        for table, add in ((self.coined_by, other.coined_by), (self.main_by, other.main_by),
                           (self.own_methods, other.own_methods), (self.components_by, other.components_by)):
            for n, papers in add.items():
                table.setdefault(n, {}).update(papers)
        for table, add in ((self.bare_by, other.bare_by), (self.cased_by, other.cased_by),
                           (self.homonym_by, other.homonym_by),
                           (self.own_letters, other.own_letters), (self.coined_letters, other.coined_letters),
                           (self.spelt_by, other.spelt_by)):
            for n, papers in add.items():
                table.setdefault(n, {}).update(papers)
        for n, month in other.def_months.items():
            self.def_months[n] = min(month, self.def_months.get(n, month))
        self.name_df.update(other.name_df)
        self.letters_df.update(other.letters_df)
        self.lower_df.update(other.lower_df)
        self.graded_df.update(other.graded_df)

    @classmethod
    def merge(cls, summaries: Iterable["LinkSummary"]) -> "LinkSummary":
        """One summary of many, in the order given (the records' order)."""
        out = cls()
        for s in summaries:
            out.update(s)
        return out


def _merge_votes(into: TypeVotes, other: TypeVotes) -> None:
    """Add ``other``'s votes, strong papers and acronym votes by long form to ``into`` (first-seen order kept)."""
    for table, add in ((into.votes, other.votes), (into.papers, other.papers)):
        for k, got in add.items():
            mine = table.get(k)
            if mine is None:
                table[k] = dict(got)
                continue
            for tk, n in got.items():
                mine[tk] = mine.get(tk, 0) + n
    for k, got in other.refs.items():
        mine = into.refs.setdefault(k, {})
        for r, (n, papers) in got.items():
            had = mine.setdefault(r, [0, 0])
            had[0] += n
            had[1] += papers


@dataclass
class LinkTable:
    """The linker's decisions, by name: what :meth:`kg.link.resolver.Resolver.applier` needs to link a record.

    ``entities`` are the corpus's entities with their names, aliases and type votes (evidence, papers
    and counts are added by whoever applies the table); ``node_eid`` maps the node key of a mention to
    its entity; ``index_eid`` maps a (type, key) to the entity of that type named so (to resolve the
    names of results and proposals); ``repo_names`` keeps the names of an earlier build's repositories;
    ``own`` maps (entity id, paper id) to the entity of a paper that coins that entity's name anew
    (:mod:`kg.link.coinages`).
    """

    entities: dict[str, Entity]
    node_eid: dict[NodeKey, str]
    index_eid: dict[NodeKey, str]
    repo_names: dict[str, str] = field(default_factory=dict)
    own: dict[tuple[str, str], str] = field(default_factory=dict)
    grades: frozenset[str] = frozenset()  # words the corpus grades, no part of a task's name (kg.link.grades)
    shared: frozenset[str] = frozenset()  # entities one of whose names two papers or more write (apply._name_after)
    series: dict[str, frozenset[str]] = field(default_factory=dict)  # series prefix -> its datasets (kg.link.series)

    @cached_property
    def index_keys(self) -> list[str]:
        """The name keys of :attr:`index_eid`, sorted (read by :meth:`kg.link.apply.Apply._extended`), once per table."""
        return sorted({k for _, k in self.index_eid})
