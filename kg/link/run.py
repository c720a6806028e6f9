"""One linking run: the phases (one mixin per module, all over one :class:`~kg.link.nodes.NodeTable`)
in the order :mod:`kg.link.resolver` documents, and the :class:`LinkPlan` a run returns."""
from __future__ import annotations

import time
from array import array
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Iterator

from kg.errors import LinkError
from kg.link.acronyms import Acronyms
from kg.link.apply import Apply
from kg.link.bare import split_bare_acronyms
from kg.link.case_homonyms import split_case_homonyms
from kg.link.lexicon_casings import split_lexicon_casings
from kg.link.cased import split_word_uses
from kg.link.coinages import split_coinages
from kg.link.context import MIN_PAPERS
from kg.link.expansions import Expansions
from kg.link.fuzzy import Fuzzy
from kg.link.grades import grade_words
from kg.link.split_senses import split_homonyms
from kg.link.instances import split_instances
from kg.link.joins import Joins
from kg.link.naming import Naming
from kg.link.own_letters import coined_uses, split_own_letters
from kg.link.own_methods import split_own_methods
from kg.link.retype import Retype
from kg.link.series import series_members
from kg.link.summary import LinkSummary, LinkTable
from kg.link.tables import Clusters, LinkStats, RunTables
from kg.link.typos import Typos
from kg.models import Entity, Extraction, Linked, Linking


class LinkRun(Apply, Retype, Joins, Fuzzy, Typos, Acronyms, Expansions, Naming):
    """The tables of one linking run (one :meth:`Resolver.plan`): summarise -> cluster -> apply."""

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

    def _tables(self, sm: LinkSummary) -> "RunTables":
        """The node table of a summary: one node per distinct (type, key), numbered in first-seen order."""
        tb = RunTables()
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
        tb.written = sm.written
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

        cl = Clusters(st)
        self._anchor_existing(cl, existing, {(t, long): text for (t, text), long in sm.coined.items()} if existing else None)
        lex_names = self._lexicon(cl, tb)
        self._kinds(cl)
        self._variants(cl)
        self._abbreviations(cl)
        t = time.perf_counter()
        self._fuzzy(cl)
        st.seconds["fuzzy"] = time.perf_counter() - t
        surf: dict[int, dict[str, int]] = defaultdict(dict)  # node -> its own surface forms -> mentions
        coined = sm.coined  # a coined long form's node is named "LONG (ACRO)": its surface form is LONG
        for (t, text), (n, count) in tb.forms.items():
            text = coined.get((t, text), text) if coined else text
            surf[n][text] = surf[n].get(text, 0) + count  # one text may come from several types
        tb.forms.clear()
        self._typos(cl, surf)
        self._lost_letters(cl, surf)
        self._acronyms(cl, tb.defs, surf, lex_names, tb.acronyms, sm)
        self._expansions(cl, tb, surf)
        st.keys = len(self._nodes)

        t = time.perf_counter()
        mapped = set(tb.mention_nodes)
        own = frozenset(j for t, text in sm.coined if (j := self._index.get((t, self.key(text)))) is not None)
        entities, eid_of = self._entities(cl, mapped, surf, lex_names, tb, existing, sm.topic_df, own)
        st.entities = len(entities)
        st.seconds["entities"] = time.perf_counter() - t
        st.seconds["total"] = st.seconds.get("collect", 0.0) + time.perf_counter() - t0
        table = self._table(entities, eid_of, pre, existing)
        known = frozenset(eid_of[n] for n in lex_names if eid_of[n])
        self._splits(table, sm, existing, known)
        table.grades = grade_words(sm.graded_df, sm.lower_df)
        table.shared = frozenset(eid for (_, k), eid in table.index_eid.items() if sm.name_df[k] >= 2)
        table.series = series_members(table.entities, table.index_eid, sm.name_df)
        return table

    def _splits(self, table: LinkTable, sm: LinkSummary, existing: dict[str, Entity], known: frozenset[str]) -> None:
        """One name, two things: the splits of an entity's papers, in order (coinages, instances, bare acronyms, own
        letters, homonyms by field, word uses, casings, a paper's own casing of a lexicon name, a paper's own method named
        like a dataset)."""
        st = self.stats
        self._split_coinages(table, sm, existing, known)
        st.split_instances = split_instances(table, sm.coined_by, sm.name_df, self.key, existing, known)
        st.split_acronyms = split_bare_acronyms(table, sm.bare_by, (sm.topic_df, sm.name_df), sm.papers,
                                                existing, known)
        coined = coined_uses(table, sm.coined_letters, sm.acronyms, sm.def_months, self.key, existing)
        st.split_own_letters = split_own_letters(table, sm.own_letters, sm.letters_df, existing, coined,
                                                 sm.coined_letters)
        st.split_homonyms = split_homonyms(table, sm.homonym_by, (sm.topic_df, sm.name_df), sm.papers,
                                           existing)
        st.split_words = split_word_uses(table, sm.cased_by, sm.lower_df, existing, known)
        st.split_cases = split_case_homonyms(table, sm.spelt_by, sm.coined_by, sm.topic_df, sm.papers,
                                             existing, known)
        st.split_lexicon_casings = split_lexicon_casings(table, sm.spelt_by, known, existing)
        st.split_own_methods = split_own_methods(table, sm.own_methods, existing)

    def _split_coinages(self, table: LinkTable, sm: LinkSummary, existing: dict[str, Entity],
                        known: frozenset[str]) -> None:
        """Each entity's coining papers (:mod:`kg.link.coinages`), and the later coinages split off."""
        coined: dict[str, dict] = defaultdict(dict)
        for n, papers in sm.coined_by.items():
            eid = table.node_eid.get(n)
            if eid is not None:
                for pid, who in papers.items():  # a paper's names of the coinage from all its nodes
                    had = coined[eid].get(pid)
                    coined[eid][pid] = who if had is None else \
                        who._replace(names=had.names + who.names, leads_title=had.leads_title or who.leads_title,
                                     lexicon_only=had.lexicon_only and who.lexicon_only)
        for n, papers in (sm.components_by if sm.papers >= MIN_PAPERS else {}).items():  # kg.link.components
            # (fewer papers tell no topic from another: papers giving a part the same words and letters share it)
            eid = table.node_eid.get(n)
            if eid is not None:
                for pid, who in papers.items():
                    coined[eid].setdefault(pid, who)
        mains: dict[str, dict] = defaultdict(dict)
        for n, papers in sm.main_by.items():
            eid = table.node_eid.get(n)
            if eid is not None:
                mains[eid].update(papers)
        self.stats.split_coinages = split_coinages(table, coined, sm.topic_df, sm.papers, existing, known, mains)


@dataclass
class LinkPlan:
    """The result of :meth:`Resolver.plan`: the summary of a corpus clustered into a :class:`LinkTable`.

    ``entities`` gains its evidence, papers and mention counts (and any repositories) as
    :meth:`linked` goes through the records.
    """

    run: LinkRun
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
        """The fuzzy blocks of this plan's node table (see :meth:`LinkRun.blocks`)."""
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
