"""The exact joins of linking, in order: earlier-build entities (anchored), lexicon canonicals, names
with a trailing type word, spelling variants and numbered abbreviations (see :mod:`kg.link.resolver`)."""
from __future__ import annotations

from collections import Counter, defaultdict

from kg.errors import LinkError
from kg.extract.words import METHOD_HEADS, WEAK_HEADS
from kg.graph.ids import type_of
from kg.link.expansions import node_key
from kg.link.measures import base_measure, own_measure
from kg.link.normalize import abbreviates, key_and_words, key_numbers, trailing_kind, variant_form
from kg.link.nodes import NodeTable
from kg.link.tables import Clusters, RunTables
from kg.link.types import KIND_SEP, KIND_TYPES, is_broader_alias, lexicon_entries
from kg.models import Entity
from kg.vocab import EntityType

#: Longest letter part of a numbered name that may be an abbreviation ("NYUDv2", "H3.6M").
ABBREVIATION_MAX = 6

#: The head of a Task name written for what serves the task ("recommendation systems"): the words before it
#: name the task itself when the corpus writes them alone as a Task (:meth:`Joins._served`).
_SERVING_HEADS = frozenset({"system"})
#: The last words (as :func:`~kg.link.normalize.key_and_words` gives them) of a Method name that calls it a network.
_NETWORK_WORDS = frozenset({"network", "net"})
#: Heads of technique phrases: a network named after one ("spatial attention network") is built on it, not it.
_TECHNIQUE_HEADS = frozenset(METHOD_HEADS | WEAK_HEADS)

#: A one-word name without a vowel is an acronym already ("WNRR"), whose prefix abbreviates nothing.
_VOWELS = frozenset("aeiouy")


def _telling(short: str, alpha: tuple[str, ...], nums: tuple[str, ...]) -> bool:
    """Whether a short numbered name says enough of the longer name ``alpha`` (its words of letters) it
    abbreviates: two letters or more from the longer name's words, a lone size or version letter that ends
    it aside, or one letter beside a telling number, as :meth:`Joins._abbreviations` asks of a one-letter name
    ("EL2" is one letter of "EfficientNet-L2" and its size letter: a name of its own; "NYUDv2" of "NYU Depth
    V2" says two words).

    >>> _telling("el", ("efficientnet", "l"), ("2",)), _telling("nyudv", ("nyu", "depth", "v"), ("2",))
    (False, True)
    """
    return len(short) - (len(alpha[-1]) == 1) > 1 or max(map(len, nums)) >= 3


class Joins(NodeTable):
    """The joins before the fuzzy and acronym phases."""

    def _anchor_existing(self, cl: Clusters, existing: dict[str, Entity],
                         coined: dict[tuple[EntityType, str], str] | None = None) -> dict[str, int]:
        """Join each old entity's name and aliases and anchor the cluster to its id; ``coined``: the corpus's
        coined long forms as written -> their nodes' names (:meth:`~kg.link.collect.Collect._coined`)."""
        coined = coined or {}

        def node(t: EntityType, name: str) -> int:
            return self._node(t, coined.get((t, name), name))

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
            n = node(ent.type, ent.name)
            if n in names:  # two old entities with one key: the first (by id) keeps it
                continue
            names[n] = eid
            for a in ent.aliases:
                alias_owners[node(ent.type, a)].add(eid)
        anchors: dict[str, int] = {}
        for n, eid in names.items():
            cl.anchor[cl.find(n)] = eid
            anchors[eid] = n
        for an in sorted(alias_owners, key=self._sort_key):
            owners = alias_owners[an]
            if len(owners) == 1 and names.get(an, next(iter(owners))) in owners:
                cl.union(an, anchors[next(iter(owners))])
        return anchors

    def _lexicon(self, cl: Clusters, tb: "RunTables") -> dict[int, Counter]:
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

    def _kinds(self, cl: Clusters) -> None:
        """Join a name written with a trailing type word ("BLEU score", "COCO dataset") to the bare name
        of its type. When the name also comes with a type word of another kind ("Inception Score",
        "Inception architecture"), only the kind that says the bare name's type joins it (a score the
        Metric, an architecture the Method)."""
        kinds, tagged = self._tagged_kinds()
        for i, base in sorted(tagged, key=lambda x: self._sort_key(x[0])):
            t = self._nodes[i][0]
            j = self._live(t, base)
            if j is None:
                continue
            if len(kinds[base]) == 1 or KIND_TYPES.get(self._nodes[i][1].partition(KIND_SEP)[2]) is t:
                self.stats.variant_merges += cl.union(j, i)

    def _variants(self, cl: Clusters) -> None:
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
            for j in (self._learning(i), self._measure_base(i), self._served(i), self._network_of(i)):
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
        return self._live(t, k + "learning")

    def _served(self, i: int) -> int | None:
        """The Task node of the task a Task named by what serves it is for ("X dialogue systems" -> "X
        dialogue": the name without its head :data:`_SERVING_HEADS`), if the corpus writes that shorter name
        as a Task; the longer name then names no cluster that has the task's own name (as a measure's report)."""
        t, k = self._nodes[i]
        words = self._words[i]
        if t is not EntityType.TASK or len(words) < 2 or KIND_SEP in k or words[-1] not in _SERVING_HEADS:
            return None
        j = self._live(t, node_key(words[:-1]))
        if j is None:
            return None
        self._reports.add(i)
        return j

    def _network_of(self, i: int) -> int | None:
        """The Method node of the model a Method name calls a network ("X network", "X-Net" -> X), if the corpus
        has it and the shipped lexicon names X (with no kind word) a Method whose last word is no technique head
        (:data:`_TECHNIQUE_HEADS`): "long short-term memory network" is the LSTM, but a "self-attention network"
        is a network built on self-attention, no name of the mechanism."""
        t, k = self._nodes[i]
        words = self._words[i]
        if t is not EntityType.METHOD or len(words) < 2 or words[-1] not in _NETWORK_WORDS or KIND_SEP in k \
                or not k.endswith(words[-1]):
            return None
        base = k[:-len(words[-1])]
        j = self._live(t, base)
        if j is None:
            return None
        # the lexicon's name is X itself, not X and a kind word ("language model" names no "language network")
        named = [key_and_words(c)[1] for lt, c in lexicon_entries(base) if lt is t and trailing_kind(c) is None]
        heads = {words[-2], *(w[-1] for w in named if w)}
        return j if named and not heads & _TECHNIQUE_HEADS else None

    def _measure_base(self, i: int) -> int | None:
        """The node of the measure a Metric name reports as an average or on a split ("average PSNR" -> PSNR,
        "top-1 test error" -> top-1 error: :func:`~kg.link.measures.base_measure`), if the corpus has it and
        the lexicon keeps the name no measure of its own (:func:`~kg.link.measures.own_measure`)."""
        t, k = self._nodes[i]
        base = base_measure(self._words[i]) if t is EntityType.METRIC and KIND_SEP not in k else None
        if base is None or own_measure(k):
            return None
        j = self._live(t, "".join(f"<{w}>" if w[:1].isdigit() else w for w in base))
        if j is None:
            return None
        self._reports.add(i)  # no name for the cluster while the measure's own name is there
        return j

    def _abbreviations(self, cl: Clusters) -> None:
        """Join a short name with version/size numbers to the one longer name of its type that it
        abbreviates with the same numbers ("H3.6M" / "Human3.6M", "NYUDv2" / "NYU Depth V2": a prefix of
        each word, :func:`~kg.link.normalize.abbreviates`), when it says enough of it (:func:`_telling`: not "EL2"
        of "EfficientNet-L2"). Two or more candidates: left apart."""
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
            # a one-word acronym ("WNRR-18": no vowel) is cut short by no other name ("WN18"), only pluralised ("MPTs-1")
            found = {cl.find(j): (j, alpha) for j, alpha in longs[block]
                     if sum(map(len, alpha)) > len(short) and abbreviates(short, alpha)
                     and (len(alpha) > 1 or set(alpha[0]) & _VOWELS or alpha[0] == short + "s")}
            found.pop(cl.find(i), None)
            if len(found) == 1:
                j, alpha = next(iter(found.values()))
                if _telling(short, alpha, block[1]):
                    edges.append((i, j))
        for a, b in edges:
            self.stats.variant_merges += cl.union(a, b)
