"""One type per name (the rules are :mod:`kg.link.types`): names written with a trailing type word are
folded into the bare name, then the nodes of each name's losing types are redirected to the winner's. Keys fold
case, but a type written only as a short acronym with an inner capital ("DiCE") where the others never write one
("Dice", "DICE") keeps its own node."""
from __future__ import annotations

from collections import Counter, defaultdict

from kg.extract.words import TASK_HEADS
from kg.link.nodes import NAME_TYPES, NodeTable
from kg.link.tables import RunTables
from kg.link.types import KIND_SEP, KIND_TYPES, WEAK_KINDS, lexicon_entries
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
        self._dataset_led_tasks(tb, fixed)
        for acro, longs in tb.defs.items():
            for long, papers in longs.items():
                tb.votes.add(self._nodes[acro][1], self._nodes[long][0], "defined", None, papers)
        for k in acro_keys:  # its mentions typed by a long form the corpus retyped take the long form's type
            tb.votes.follow(k, self._type_now)
        self._retype(tb, fixed, acro_keys.__contains__)
        self._defs_follow(tb)

    def _type_now(self, k: str, t: EntityType) -> EntityType:
        """The type the name of key ``k`` that a mention gave type ``t`` has now (its node redirected or not)."""
        j = self._index.get((t, k))
        return t if j is None else self._nodes[j][0]

    def _defs_follow(self, tb: "RunTables") -> None:
        """Move each definition of an acronym to the acronym's node of its long form's type, where the letters have
        one ("statistical machine translation (SMT)" written as a Task where the corpus made it a Method, beside a
        bare "SMT system" of another paper): the acronym joins the long forms of its own type only
        (:mod:`kg.link.acronyms`), and an acronym two things of two types share keeps a node for each. A long form
        that opens with the acronym's own words ("Foo 2005 (Foo)", a slip of the text) spells out nothing: it stays."""
        defs: dict[int, Counter] = defaultdict(Counter)
        for a, longs in tb.defs.items():
            t, k = self._nodes[a]
            aw = self._words[a]
            for long, papers in longs.items():
                u = self._nodes[long][0]
                b = self._live(u, k) if u is not t and self._words[long][:len(aw)] != aw else None
                defs[a if b is None else b][long] += papers
        tb.defs = defs

    def _dataset_led_tasks(self, tb: "RunTables", fixed: dict[str, set[EntityType]]) -> None:
        """Retype to Dataset a Task name that a corpus Dataset's name written as a name leads and whose own
        mentions carry Dataset evidence ("on the MVTec Anomaly Detection (MVTAD) dataset", "for Room-to-Room (R2R)
        navigation benchmarks": the benchmark's full name ends in the task it poses). A lexicon Task keeps its type
        ("Atari games"), and so does a name without Dataset votes of its own ("Wall Street Journal parsing")
        (:func:`_dataset_lead`)."""
        data = {k for t, k in self._nodes if t is EntityType.DATASET and self._index.get((t, k)) not in self._dead}
        redirect: dict[int, int] = {}
        for (_, text), (i, n) in list(tb.forms.items()):
            if self._nodes[i][0] is not EntityType.TASK or not n or i in redirect:  # (forms keep the mention's type)
                continue
            k = self._nodes[i][1]
            if k in fixed or not _dataset_votes(tb.votes.votes.get(k) or {}) or \
                    any(u is EntityType.TASK for u, _ in lexicon_entries(k)):
                continue
            if not _dataset_lead(text, lambda piece: self.key(piece) in data):
                continue
            j = self._index.get((EntityType.DATASET, k))
            if j is None or self._nodes[j][0] is not EntityType.DATASET:  # (the name's Dataset node lost to this one)
                j = self._add_node(EntityType.DATASET, k, self._words[i])
            self._proper[j] = self._proper[j] or self._proper[i]
            redirect[i] = self._index[(EntityType.TASK, k)] = j
        self.stats.retyped_nodes += len(redirect)
        if redirect:
            tb.redirect(redirect)
            self._dead.update(redirect)
            self._moved.update(redirect)

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


def _dataset_votes(votes: dict) -> bool:
    """Whether a name's votes hold Dataset evidence from its own mentions (more than its shape)."""
    return any(t is EntityType.DATASET and kind not in WEAK_KINDS for t, kind in votes)


def _dataset_lead(text: str, is_data) -> bool:
    """Whether a Task's spelling opens with a name written as a name (a capital past its first letter, or a digit:
    "MVTec", "Room-to-Room", "CHiME-6"; not a sentence's or a title's capital, "Pascal detection") that ``is_data``
    knows as a corpus Dataset, and ends in a task head word after it ("MVTec Anomaly Detection").

    >>> _dataset_lead("MVTec Anomaly Detection", lambda p: p == "MVTec"), _dataset_lead("Foo-1 parsing (FP)", {"Foo-1"}.__contains__)
    (True, True)
    >>> _dataset_lead("Pascal detection", lambda p: p == "Pascal"), _dataset_lead("Quokka-QA", lambda p: True)
    (False, False)
    """
    if text.endswith(")") and " (" in text:  # a coined long form's node is named "LONG (ACRO)"
        text = text[:text.rindex(" (")]
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in TASK_HEADS:
        return False
    for n in range(1, len(words)):
        piece = " ".join(words[:n])
        if (any(c.isupper() for c in piece[1:]) or any(c.isdigit() for c in piece)) and is_data(piece):
            return True
    return False


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
