"""One type per name (the rules are :mod:`kg.link.types`): names written with a trailing type word are
folded into the bare name, then the nodes of each name's losing types are redirected to the winner's. Keys fold
case, but a type written only as a short acronym with an inner capital ("DiCE") where the others never write one
("Dice", "DICE") keeps its own node."""
from __future__ import annotations

from collections import defaultdict

from kg.link.nodes import NAME_TYPES, NodeTable
from kg.link.tables import RunTables
from kg.link.types import KIND_SEP, KIND_TYPES, lexicon_entries
from kg.models import Entity
from kg.vocab import EntityType


class Retype(NodeTable):
    """The corpus-level type decisions, before any join."""

    def _fold_kinds(self, tb: "RunTables") -> None:
        """Fold each name written with a trailing type word into the bare name ("BLEU score" into "BLEU",
        votes too) when the corpus writes the name with type words of one kind only. A name with two
        kinds ("Inception Score", "Inception architecture") keeps a node per kind and one bare, and so does a
        bare name that is a Task on its own votes (:meth:`_task_alone`: "a ranking module" is no ranking)."""
        kinds, tagged = self._tagged_kinds()
        redirect: dict[int, int] = {}
        bare = {(t, k) for t, k in self._index if KIND_SEP not in k}  # names written without a type word
        tasks = {base: self._task_alone(tb, base, next(iter(kinds[base])), bare) for base in {b for _, b in tagged}
                 if len(kinds[base]) == 1 and (EntityType.TASK, base) in bare}
        for i, base in tagged:
            if len(kinds[base]) > 1 or tasks.get(base):
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

    def _task_alone(self, tb: "RunTables", base: str, kind: str, bare: set) -> bool:
        """Whether the bare name ``base`` is a Task on its own votes, before those of its names with a type
        word are added: then "X module" or "X dataset" is a thing made for the task X ("a ranking module"),
        no vote for the task's type and no name of it (:meth:`~kg.link.joins.Joins._kinds` joins it to a bare
        name of its own type once the types are decided)."""
        present = {u for u in NAME_TYPES if (u, base) in bare}
        took = tb.votes.decide(base, present)
        return took[EntityType.TASK] is EntityType.TASK and took.get(KIND_TYPES[kind], EntityType.TASK) is EntityType.TASK

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
        written: dict[int, set[str]] = defaultdict(set)  # mentioned node -> its spellings, as written
        for (_, text), f in tb.forms.items():
            if f[1]:
                written[f[0]].add(text)
        redirect: dict[int, int] = {}
        for k in sorted(by_key):
            nodes = by_key[k]
            voted = {t for t, _ in tb.votes.votes.get(k, ())} | {t for t, _ in lexicon_entries(k, prior=False)}
            fx = fixed.get(k, set())
            if len(voted | set(nodes)) < 2 or len(fx) > 1:
                continue
            decision = tb.votes.decide(k, set(nodes), next(iter(fx), None), {t for t, i in nodes.items() if i in written})
            if not fx:
                decision.update((t, t) for t in _cased_apart(nodes, written))
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


#: Most letters of an acronym whose case pattern sets it apart (:func:`_cased_acronym`).
CASED_ACRONYM_LETTERS = 6


def _inner_capital(text: str) -> bool:
    """Whether a spelling has a capital right after a small letter ("DiCE", "BiT", "SemEval")."""
    return any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def _cased_acronym(text: str) -> bool:
    """Whether a spelling is a short acronym, half capitals or more, with an inner capital ("DiCE", "SoA"; not
    the compound "StackOverflow", whose capital only marks a word)."""
    letters = [c for c in text if c.isalpha()]
    return _inner_capital(text) and len(letters) <= CASED_ACRONYM_LETTERS and \
        2 * sum(c.isupper() for c in letters) >= len(letters)


def _cased_apart(nodes: dict[EntityType, int], written: dict[int, set[str]]) -> set[EntityType]:
    """The types of a name whose every spelling is an acronym with an inner capital (:func:`_cased_acronym`)
    where the other types of the name write no inner capital: "DiCE" (a Method) is not "Dice" or "DICE" (the
    Metric), though the keys fold case. Where both write inner capitals ("SemEval 2018", "SemEval-2018") it is
    one name mistyped."""
    out: set[EntityType] = set()
    for t, i in nodes.items():
        own = written.get(i, set())
        others = {w for u, j in nodes.items() if u is not t for w in written.get(j, ())}
        if own and others and all(_cased_acronym(w) for w in own) and not any(_inner_capital(w) for w in others):
            out.add(t)
    return out
