"""One type per name (the rules are :mod:`kg.link.types`): names written with a trailing type word are
folded into the bare name, then the nodes of each name's losing types are redirected to the winner's."""
from __future__ import annotations

from collections import defaultdict

from kg.link.nodes import NAME_TYPES, NodeTable
from kg.link.tables import RunTables
from kg.link.types import KIND_SEP, lexicon_entries
from kg.models import Entity
from kg.vocab import EntityType


class Retype(NodeTable):
    """The corpus-level type decisions, before any join."""

    def _fold_kinds(self, tb: "RunTables") -> None:
        """Fold each name written with a trailing type word into the bare name ("BLEU score" into "BLEU",
        votes too) when the corpus writes the name with type words of one kind only. A name with two
        kinds ("Inception Score", "Inception architecture") keeps a node per kind and one bare."""
        kinds, tagged = self._tagged_kinds()
        redirect: dict[int, int] = {}
        bare = {(t, k) for t, k in self._index if KIND_SEP not in k}  # names written without a type word
        for i, base in tagged:
            if len(kinds[base]) > 1:
                continue
            t, k = self._nodes[i]
            j = self._index.get((t, base))
            if j is None and k.endswith(KIND_SEP + "measure") and any((u, base) in bare for u in NAME_TYPES):
                continue  # "Inception Score" where the bare "Inception" is only a network: two things
            if j is None:
                j = self._add_node(t, base, self._words[i])
            self._proper[j] = self._proper[j] or self._proper[i]
            redirect[i] = self._index[(t, k)] = j
            tb.votes.fold(k, base)
        if redirect:
            tb.redirect(redirect)
            self._dead.update(redirect)
            self._moved.update(redirect)

    def _decide_types(self, tb: "RunTables", existing: dict[str, Entity]) -> None:
        """Give every name one type from its votes (:meth:`TypeVotes.decide`): the nodes of the other
        types are redirected to the winner's node (``_index`` too, so later look-ups land there).

        Long forms first, then the acronyms papers define: a definition votes for the type its long
        form took ("Foobar Net (FN)" typed Dataset once, but a Method in the corpus: FN is a Method)."""
        fixed: dict[str, set[EntityType]] = defaultdict(set)  # an earlier build's types stay
        for e in existing.values():
            if isinstance(e, Entity) and e.type in NAME_TYPES:  # checked in _anchor_existing
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

    def _retype(self, tb: "RunTables", fixed: dict[str, set[EntityType]], which) -> None:
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
