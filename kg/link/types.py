"""Entity types decided at corpus level: every mention of a name votes, the lexicon is a strong prior.

The extractor types each mention from what it sees in one sentence; a name that is a Dataset in
forty papers can come out as a Method in three where only its shape was seen ("MoPro achieves the
best accuracy on WebVision" - a coined word, Method by default). The linker collects, for every name
(its :func:`~kg.link.normalize.compact_key`), votes by type and by kind of evidence, and gives all
the name's mentions one type, unless the evidence shows two different things.

Kinds of evidence and their weights (:data:`KIND_WEIGHT`):

- ``prior``: the name is an entry of the shipped lexicon of that type (once per name);
- ``lexicon``: a mention matched a lexicon entry of that type;
- ``context``: a mention typed by its context in the extractor ("the X dataset", "X, a benchmark",
  lists of datasets, head words);
- ``titled``: a Dataset name that carries a capitalised type word ("Deepfake Detection Challenge"):
  the word is part of its name, so the name stays a Dataset even where the key without it is a Task;
- ``defined``: a paper defines the name as the acronym of a long form of that type ("Masked
  Autoencoder (MAE)");
- ``acronym``: a mention typed by the long form it abbreviates;
- ``head`` (weight 2), ``task`` (weight 2) and ``cue`` (weight 1): what the words right around a mention say of its
  type, read by :mod:`kg.link.cues` (a type word after the name or heading a list or an apposition it is in, "the X
  task", a verb or "on X" that hints at a type; the module docstring describes each); a list of names with two
  Datasets or more in it gives its members typed by their shape or the list's noun only a ``head`` too
  (:mod:`kg.link.coordination`), as "on X" after an evaluation's outcome does ("outperforms the baselines on X":
  :func:`kg.link.evaluation_frames.evaluated_on`), and a name with Dataset evidence (a firm vote or a lexicon entry) counts "the X task"
  as a ``cue`` only ("the Senseval task": the benchmark's name);
- ``result``: the name fills a role (method, dataset, metric) in a result the paper states;
- ``default`` (weak, 0.5): a name a paper gives itself ("Name:" head of its title, "called X", "we
  created X, ...") that the rule typed Method only because no dataset word was seen ("we created
  TallyQA, the world's largest dataset"), or a Task read off a title's "for X" or first noun phrase
  (rule ``title-task``: a title names what a paper works on and what it works with alike, "iDARTS:
  Differentiable Architecture Search with ..."); it counts as ``context`` when the words around agree ("a
  model named X"). A title's lead phrase that heads a problem before its means (rule ``title-lead``: "Glyph
  Pose Regression with Priors", :func:`kg.extract.context.objects.title_np`) is read by its words: ``context``;
- ``shape``: a mention typed only by how it is written (a coined word is a Method by default), or an
  acronym's long form the extractor typed Method because no head word said otherwise.

A name's winner is the type with the highest weighted score (ties: more strong evidence, then the type's
name). Every other type's mentions join the winner unless that type has strong (non-``shape``) evidence
in at least :data:`SPLIT_PAPERS` papers and at least :data:`SPLIT_SHARE` of the winner's score, or a
paper defines it as an acronym of that type, or it is a Dataset named with its type word ("mean absolute error (MAE)" beside "Masked Autoencoder
(MAE)": acronyms are shared by different things, and only their long forms tell): then the name is two things ("Inception" the architecture and "Inception" (score) the metric).
A winner that rests on the papers defining the name only (one paper's "Parallel Iterative Edit (PIE)", not a
Task, not a lexicon name) takes no type that other evidence than shape, default or cue gives ("datasets
(HEV-I, JAAD, and PIE)"): one paper's coinage does not retype the letters everywhere. A type
that no mention has (a name only ever extracted as a Method, but read "on X" in several papers) wins only
with strong evidence from :data:`SPLIT_PAPERS` papers, or over mentions typed by their shape only: as the
lexicon's type of the name, or with :data:`SHAPE_OVERRIDE` strong votes ("Quokka Street Journal", a
title-case Method by its shape, read twice "on the Quokka Street Journal": a Dataset), or with
:data:`DOMINATE` times the strong score of every type that has mentions (one paper's "we collect a new
dataset, called HBW" over the Method its naming rule gave it). Uses decide between a Method and a Task: a Task that
papers use as a means is a Method, and a Method that only the words around typed (a head word: "text normalization")
and that papers work on ("a model for X", "X problems") is a Task (:mod:`kg.link.means`).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterable

from kg.link.kinds import KINDS, kinds_where
from kg.link.means import clearly_used, defined_means, used_as_means, used_technique, worked_on
from kg.vocab import EntityType

M, D, MET, T = EntityType.METHOD, EntityType.DATASET, EntityType.METRIC, EntityType.TASK

#: Weight of one vote of each kind (see the module docstring; declared in :data:`kg.link.kinds.KINDS`).
KIND_WEIGHT = {k: kind.weight for k, kind in KINDS.items()}
#: The kinds that are no strong evidence: how a name is written, or a rule's default type; ``data`` (no weight) counts
#: the mentions typed by their shape that a word of data follows ("LiDAR point clouds", "ECG signals": the name
#: of a kind of data, :func:`~kg.link.cues.data_after`; the graph leaves out a Method most of whose mentions are so).
#: ``means`` and ``goal`` (no weight either) count a name's uses as a means and as a goal (:mod:`kg.link.means`), and
#: ``family`` (no weight) the papers that name instances of a lexicon's Task ("X methods",
#: :func:`~kg.link.means.family_after`).
#: ``field`` (no weight) counts a Task's uses as a field or an application area ("a key step in X") or as a
#: phenomenon ("models suffer from X", :mod:`kg.link.fields`; the graph leaves out a Task most of whose mentions
#: are so). ``output`` (no weight) counts a Method's uses as what a verb of output outputs ("we predict saliency maps",
#: :mod:`kg.link.outputs`; the graph leaves out a Method enough of whose mentions are so). ``unit`` (no weight) counts a
#: Method's mentions typed by their shape that a quantity precedes ("0.4 GPU-days", :mod:`kg.link.units`; the graph
#: leaves out a Method most of whose mentions are so). ``modifier`` (no weight) counts a Method's mentions typed by their
#: shape that a lower-case noun follows ("JPEG artifacts", :mod:`kg.link.modifiers`; the graph leaves out a Method
#: two in three of whose mentions are so, in two papers or more: ``modifier-papers`` counts those papers; ``unread``
#: the mentions whose next word reads neither way, "JPEG deblocking", left out of that share); ``goal-papers``
#: and ``means-papers`` count the papers that use a name as a goal and as a means (:func:`~kg.link.means.worked_on`).
#: ``ability`` (no weight) counts a Task's uses as an ability of a model ("the X ability", "tasks that require X",
#: :func:`~kg.link.fields.ability_use`; the graph leaves out a guessed Task that no paper uses as a goal and that half
#: of its mentions at least use so, :func:`~kg.graph.task_kinds.ability_kind`). ``object`` and ``kind`` (no weight) count
#: a Method's mentions that a recognition task is done to ("recognizing X") or that the sentence names as a thing no
#: technique is ("the game X", :mod:`kg.link.objects`; :func:`~kg.graph.method_objects.other_kind`).
WEAK_KINDS = kinds_where("weak")
#: Kinds whose papers are counted too: a paper's first vote of such a kind for a name adds one ``<kind>-papers`` vote
#: (through the paper's ``strong_seen`` set of :meth:`TypeVotes.add`), so every engine reads the papers in the votes.
PAPER_COUNTED_KINDS = kinds_where("paper_counted")

#: Papers with strong evidence a minority type needs to stay a node of its own (or a type without
#: mentions needs to win).
SPLIT_PAPERS = 2
#: Share of the winner's score a minority type's strong evidence needs to stay a node of its own.
SPLIT_SHARE = 0.25

#: Weighted strong votes a type without mentions needs to win over mentions typed by their shape only
#: (one "on X" is often "improves on X"; two cues, or a cue and a result role, say more).
SHAPE_OVERRIDE = 2.0

#: How many times the strong evidence of every type with mentions a type without mentions needs to win in
#: one paper ("we collect a new dataset ..., called HBW": one head word against a naming rule's Method).
DOMINATE = 2.0

#: Names (compact keys) shorter than this get no lexicon prior (short acronyms mean many things).
PRIOR_MIN_LEN = 4

#: Rules that type a mention by its shape only; ``whole-token``: a name made whole from a part
#: (:mod:`kg.link.tokens`) has the part's type, which says little of the whole ("SST" in "SST-HT").
_SHAPE_RULES = frozenset({"name", "titlecase", "whole-token"})
_LEXICON_RULES = frozenset({"lexicon", "lexicon-gen"})
#: Rules that type a name by its place in a title only ("... for Differentiable Architecture Search"): what a
#: paper works on or with, a weak vote beside the words of other papers ("DARTS, a differentiable architecture
#: search method").
_POSITION_RULES = frozenset({"title-task"})
_ACRONYM_RULES = frozenset({"acronym", "acronym-ref"})

#: Rules that find a name by its place (a long form, the "Name:" head of a title, "called X", "we created X,
#: ...") and type it Method unless a dataset word says otherwise: their Method says little ("we created
#: TallyQA, the world's largest dataset").
_DEFAULT_METHOD_RULES = frozenset({"acronym", "named", "title-name"})
_RULE_KIND = {**{r: "shape" for r in _SHAPE_RULES}, **{r: "acronym" for r in _ACRONYM_RULES},
              **{r: "lexicon" for r in _LEXICON_RULES}, **{r: "default" for r in _POSITION_RULES}}


_TITLE_WORDS = (" Dataset", " Datasets", " Benchmark", " Benchmarks", " Challenge", " Corpus", " Corpora", " Bench")


def rule_kind(rule: str, lexicon: bool, etype: EntityType | None = None, text: str = "") -> str:
    """The kind of evidence a mention gives: by its extraction rule (``lexicon`` when it matched an
    entry), or ``titled`` for a Dataset whose name carries its type word.

    >>> rule_kind("name", False), rule_kind("dataset-context", False), rule_kind("acronym-ref", False)
    ('shape', 'context', 'acronym')
    >>> rule_kind("name", False, EntityType.DATASET, "Deepfake Detection Challenge")
    'titled'
    >>> rule_kind("acronym", False, EntityType.METHOD, "Wall Street Journal"), rule_kind("acronym", False, EntityType.TASK)
    ('shape', 'acronym')
    >>> rule_kind("title-task", False, EntityType.TASK)
    'default'
    """
    if etype is D and text.endswith(_TITLE_WORDS):
        return "titled"
    if etype is M and not lexicon and rule in _DEFAULT_METHOD_RULES:
        # a long form, or a name the paper gives, with no head word of another type: a Method by default only
        return "shape" if rule == "acronym" else "default"
    return "lexicon" if lexicon else _RULE_KIND.get(rule, "context")


@lru_cache(maxsize=1)
def _lexicon_tables() -> tuple[dict, dict, frozenset, dict, frozenset]:
    """The tables below (and the broader aliases) from one reading of the shipped lexicons (once per process: the files are part
    of the package and never change while it runs)."""
    from kg.extract.lexicon_data import load_lexicon  # noqa: PLC0415 - spaCy is not needed to link
    from kg.link.normalize import key_and_words  # noqa: PLC0415

    from kg.link.normalize import broader_alias, spelling  # noqa: PLC0415

    types: dict[str, dict[EntityType, str]] = {}
    tails: dict[EntityType, set[str]] = {}
    broader: set[tuple[EntityType, str, str]] = set()
    spellings: dict[tuple[EntityType, str], set[str]] = {}
    curated: set[tuple[EntityType, str]] = set()
    for e in load_lexicon():
        for name in e.names:
            k, words = key_and_words(name)
            if k:
                types.setdefault(k, {}).setdefault(e.type, e.canonical)
                if e.source.startswith("curated"):
                    curated.add((e.type, k))
                spellings.setdefault((e.type, k), set()).add(spelling(name))
                if name != e.canonical and broader_alias(name, e.canonical, e.type.value):
                    broader.add((e.type, k, e.canonical))
            if len(words) >= 2:
                tails.setdefault(e.type, set()).add(words[-1])
    return ({k: tuple(v.items()) for k, v in types.items()}, {t: frozenset(v) for t, v in tails.items()},
            frozenset(broader), {k: frozenset(v) for k, v in spellings.items()}, frozenset(curated))


def curated_type(etype: EntityType, key: str) -> bool:
    """Whether a hand-written (curated) lexicon entry gives the name of compact key ``key`` type ``etype``; the
    generated lexicons' entries come from name lists that mix a benchmark with the systems named like it.

    >>> curated_type(EntityType.DATASET, "imagenet"), curated_type(EntityType.DATASET, "reco")
    (True, False)
    """
    return (etype, key.partition(KIND_SEP)[0]) in _lexicon_tables()[4]


def is_broader_alias(etype: EntityType, key: str, canonical: str) -> bool:
    """Whether the lexicon lists the name of compact key ``key`` as an alias of ``canonical`` that is a
    broader term (:func:`~kg.link.normalize.broader_alias`, judged on the alias as the lexicon writes it:
    "re-ranking" of "passage re-ranking"; "VOC" of "PASCAL VOC" is a short name, not a broader term).

    >>> is_broader_alias(EntityType.TASK, "reranking", "passage re-ranking")
    True
    """
    return (etype, key.partition(KIND_SEP)[0], canonical) in _lexicon_tables()[2]


def lexicon_spellings(etype: EntityType, key: str) -> frozenset[str]:
    """The shipped lexicon's names of type ``etype`` and compact key ``key``, as written
    (:func:`~kg.link.normalize.spelling`)."""
    return _lexicon_tables()[3].get((etype, key), frozenset())


def lexicon_types() -> dict[str, tuple[tuple[EntityType, str], ...]]:
    """Every name of the shipped lexicons, by compact key -> ``(type, canonical)`` of its entries."""
    return _lexicon_tables()[0]


#: Between a name's key and the kind its trailing type word gives it (:func:`kind_key`); never in a key.
KIND_SEP = "|"
#: The type each kind of trailing type word says (:func:`~kg.link.normalize.trailing_kind`).
KIND_TYPES = {"data": EntityType.DATASET, "model": EntityType.METHOD, "measure": EntityType.METRIC}


def kind_key(key: str, kind: str | None) -> str:
    """The linker's key of a name: its compact key, and the kind of its trailing type word when it has
    one ("Inception Score" -> ``inception|measure``, "Inception architecture" -> ``inception|model``),
    so a score named after a model never shares a node with the model. A kind-tagged key joins the bare
    key of its type later, when no other kind claims the name.

    >>> kind_key("inception", "measure"), kind_key("bleu", None)
    ('inception|measure', 'bleu')
    """
    return f"{key}{KIND_SEP}{kind}" if kind and key else key


def lexicon_entries(key: str, prior: bool = True) -> tuple[tuple[EntityType, str], ...]:
    """The lexicon's ``(type, canonical)`` entries of a linker key (:func:`kind_key`), when long enough to
    be a prior (:data:`PRIOR_MIN_LEN`; any length with ``prior=False``): a kind-tagged key keeps only entries whose canonical has no
    type word or one of the same kind ("Inception architecture" is not the lexicon's "Inception Score"),
    a bare key none that ends in a measure word (the bare "Inception" is a network).

    >>> [c for _, c in lexicon_entries("inception|measure")], lexicon_entries("inception|model"), lexicon_entries("inception")
    (['Inception Score'], (), ())
    >>> lexicon_entries("denoising|measure"), [c for _, c in lexicon_entries("denoising")]
    ((), ['image denoising'])
    """
    from kg.link.normalize import trailing_kind  # noqa: PLC0415

    base, _, kind = key.partition(KIND_SEP)
    if prior and len(base) < PRIOR_MIN_LEN:
        return ()
    found = lexicon_types().get(base, ())
    if not kind:  # a bare name is no score named after it ("Inception" is not "Inception Score")
        return tuple(e for e in found if trailing_kind(e[1]) != "measure")
    # a bare entry only of the type the kind says: "Denoising Score" is no name of the Task "denoising"
    return tuple(e for e in found if trailing_kind(e[1]) == kind
                 or (trailing_kind(e[1]) is None and KIND_TYPES.get(kind, e[0]) is e[0]))


def lexicon_tails() -> dict[EntityType, frozenset[str]]:
    """The last words (normalised) of the shipped lexicon's names of two words or more, by type: a
    mention followed by one of them may be the start of a longer name ("top-5" before "error")."""
    return _lexicon_tables()[1]


#: Task names a last word must end, at least, for :func:`task_led_tails` to read it as a word of problems: a prior
#: from one or two names is no prior ("aggregation" ends two).
_TASK_LED_MIN = 3


@lru_cache(maxsize=1)
def task_led_tails() -> frozenset[str]:
    """Last words (normalised) that end more of the shipped lexicon's Task names of two words or more than its
    Method names, and at least :data:`_TASK_LED_MIN` Task names: words that head problems ("regression", "labeling",
    "interpolation"), not techniques ("search", "propagation", "filtering"; nor "pooling" or "network", which end no
    Task name).

    >>> "regression" in task_led_tails(), "search" in task_led_tails(), "network" in task_led_tails()
    (True, False, False)
    """
    from kg.extract.lexicon_data import load_lexicon  # noqa: PLC0415 - spaCy is not needed to link
    from kg.link.normalize import key_and_words  # noqa: PLC0415

    count: dict[str, int] = {}
    tasks: dict[str, int] = {}
    for e in load_lexicon():
        if e.type in (EntityType.TASK, EntityType.METHOD):
            for last in {w[-1] for w in (key_and_words(n)[1] for n in e.names) if len(w) >= 2}:
                count[last] = count.get(last, 0) + (1 if e.type is EntityType.TASK else -1)
                if e.type is EntityType.TASK:
                    tasks[last] = tasks.get(last, 0) + 1
    return frozenset(w for w, n in count.items() if n > 0 and tasks.get(w, 0) >= _TASK_LED_MIN)


class TypeVotes:
    """Votes per name (compact key): ``(type, kind) -> count``, and papers with strong evidence per type.

    Plain dicts, not Counters: a corpus has a vote table per distinct name, and a Counter costs a
    microsecond to make.
    """

    __slots__ = ("votes", "papers", "refs")

    def __init__(self) -> None:
        self.votes: dict[str, dict[tuple[EntityType, str], int]] = {}
        self.papers: dict[str, dict[EntityType, int]] = {}
        # acronym key -> (long form key, type, the types the paper had strong evidence of otherwise, the paper's long
        # forms of that acronym and type) -> [mentions, papers]: the ``acronym`` votes a paper's mentions of an acronym
        # got from the long form it defines (add_refs)
        self.refs: dict[str, dict[tuple[str, EntityType, frozenset, frozenset], list[int]]] = {}

    def add(self, key: str, etype: EntityType, kind: str, strong_seen: set[tuple[str, EntityType]] | None,
            n: int = 1) -> None:
        """``n`` votes; ``strong_seen`` is the paper's set of (key, type) already counted as a strong paper
        (None: the ``n`` votes come from ``n`` papers)."""
        c = self.votes.get(key)
        if c is None:
            c = self.votes[key] = {}
        tk = (etype, kind)
        c[tk] = c.get(tk, 0) + n
        if kind in PAPER_COUNTED_KINDS:
            self._paper_vote(c, key, etype, kind, strong_seen, n)
        if kind not in WEAK_KINDS and (strong_seen is None or (key, etype) not in strong_seen):
            if strong_seen is not None:
                strong_seen.add((key, etype))
            p = self.papers.get(key)
            if p is None:
                p = self.papers[key] = {}
            p[etype] = p.get(etype, 0) + (n if strong_seen is None else 1)

    def add_refs(self, refs: list[tuple[str, str, EntityType]], strong_seen: set[tuple[str, EntityType]]) -> None:
        """One paper's ``acronym`` votes for the mentions of an acronym typed by the long form the paper defines it as
        (``refs``: acronym key, long form key, type; after the paper's other votes), recorded by long form too so
        that they follow the type the corpus gives the long form (:meth:`follow`).

        >>> v, seen = TypeVotes(), set()
        >>> v.add("qmt", M, "cue", seen); v.add_refs([("qmt", "quokkamt", T)] * 2, seen)
        >>> v.refs["qmt"] == {("quokkamt", T, frozenset({M}), frozenset({"quokkamt"})): [2, 1]}, v.papers["qmt"]
        (True, {<EntityType.METHOD: 'Method'>: 1, <EntityType.TASK: 'Task'>: 1})
        """
        had = {k: frozenset(t for t in EntityType if (k, t) in strong_seen) for k, _, _ in refs}
        group: dict[tuple[str, EntityType], frozenset[str]] = {}  # the paper's long forms of an acronym and a type
        for k, long, t in refs:
            group[k, t] = group.get((k, t), frozenset()) | {long}
        for k, long, t in refs:
            counted = (k, t) not in strong_seen
            self.add(k, t, "acronym", strong_seen)
            got = self.refs.setdefault(k, {}).setdefault((long, t, had[k], group[k, t]), [0, 0])
            got[0] += 1
            got[1] += counted

    def follow(self, key: str, type_of: Callable[[str, EntityType], EntityType]) -> None:
        """Move the ``acronym`` votes of acronym ``key`` (and its papers) to the type the corpus gave the long form
        they were cast from (``type_of``: a long form's key and type -> its type after the types are decided): the
        letters of a long form the corpus retypes are what it became ("SMT" of "statistical machine translation",
        a Task by its words in each paper, a Method by the corpus's use of it)."""
        c = self.votes.get(key)
        for (long, t, had, group), (n, papers) in (self.refs.get(key) or {}).items():
            u = type_of(long, t)
            n = min(n, c.get((t, "acronym"), 0)) if c is not None else 0  # (a key folded into another: its votes left)
            if not n:
                continue
            if u is not t:
                c[t, "acronym"] -= n
                if not c[t, "acronym"]:
                    del c[t, "acronym"]
                c[u, "acronym"] = c.get((u, "acronym"), 0) + n
            if papers:  # the paper's strong count, kept on one long form, goes where all its long forms of t go
                self._follow_papers(key, t, had, {type_of(g, t) for g in group}, papers)

    def _follow_papers(self, key: str, t: EntityType, had: frozenset, now: set[EntityType], papers: int) -> None:
        """Move ``papers`` strong papers of ``key`` from type ``t`` to the types ``now`` its long forms there have
        (but the types ``had``, which those papers were strong for otherwise)."""
        p = self.papers.setdefault(key, {})
        if t not in now and t not in had:
            p[t] = max(0, p.get(t, 0) - papers)
        for u in now - {t} - had:
            p[u] = p.get(u, 0) + papers

    @staticmethod
    def _paper_vote(c: dict, key: str, etype: EntityType, kind: str, strong_seen: set | None, n: int) -> None:
        """One ``<kind>-papers`` vote for the paper's first vote of ``kind`` for ``key`` (``n`` when the ``n`` votes
        come from ``n`` papers).

        >>> v, seen = TypeVotes(), set()
        >>> for _ in range(3): v.add("quox", M, "modifier", seen)
        >>> v.add("quox", M, "modifier", set()); v.add("quox", M, "modifier", None, 2)
        >>> v.of(["quox"])
        {'Method': {'modifier': 6, 'modifier-papers': 4}}
        """
        mark = (f"{key}\t{kind}", etype)  # (no key has a tab)
        if strong_seen is not None:
            if mark in strong_seen:
                return
            strong_seen.add(mark)
        tk = (etype, kind + "-papers")
        c[tk] = c.get(tk, 0) + (n if strong_seen is None else 1)

    def fold(self, src: str, dst: str) -> None:
        """Add the votes of name ``src`` to those of ``dst`` and forget ``src`` ("BLEU score" is "BLEU")."""
        for table in (self.votes, self.papers):
            got = table.pop(src, None)
            if got:
                into = table.setdefault(dst, {})
                for k, n in got.items():
                    into[k] = into.get(k, 0) + n

    def of(self, keys: Iterable[str], elsewhere: dict[str, frozenset[EntityType]] | None = None) -> dict[str, dict[str, int]]:
        """The votes of some names summed, as ``{type: {kind: count}}`` (what a node records). ``elsewhere``: per
        name, the types whose votes belong to another node of the name (a name the corpus splits, "MAE" the
        Metric and "MAE" the Method): a node records the votes that decided it, not those of the other node.

        >>> v = TypeVotes()
        >>> v.add("foo", M, "lexicon", None); v.add("foo", T, "defined", None); v.add("foo", D, "cue", None)
        >>> v.of(["foo"], {"foo": frozenset({M})})
        {'Dataset': {'cue': 1}, 'Task': {'defined': 1}}
        """
        out: dict[str, dict[str, int]] = {}
        for k in keys:
            other = elsewhere.get(k, ()) if elsewhere else ()
            for (t, kind), n in (self.votes.get(k) or {}).items():
                if t in other:
                    continue
                d = out.setdefault(t.value, {})
                d[kind] = d.get(kind, 0) + n
            for t, _ in lexicon_entries(k):
                if t not in other:
                    out.setdefault(t.value, {})["prior"] = 1
        return {t: dict(sorted(d.items())) for t, d in sorted(out.items())}

    def decide(self, key: str, present: set[EntityType], fixed: EntityType | None = None,
               mentioned: set[EntityType] | None = None) -> dict[EntityType, EntityType]:
        """For one name: each type among ``present`` (the types its mentions have) -> the type they take.

        ``fixed`` is a type the name must keep (an earlier build's entity: its id names the type); when no
        mention has that type (``mentioned``: the types of ``present`` with mentions of their own), the
        earlier build gave it to them, and they take it again.
        """
        if fixed is not None and fixed not in (present if mentioned is None else mentioned):
            return {t: fixed for t in present}  # the earlier build retyped these mentions: so again
        votes = _task_votes(key, self.votes.get(key) or {})
        score: Counter = Counter()
        strong: Counter = Counter()
        for (t, kind), n in votes.items():
            w = KIND_WEIGHT[kind] * n
            score[t] += w
            if kind not in WEAK_KINDS:
                strong[t] += w
        # short names are acronyms that mean many things: the lexicon's type is no prior for them
        weights = _prior_weights(key, votes, present)
        prior = set(weights)
        for t, (w, _) in weights.items():
            score[t] += w
            strong[t] += w
        papers = Counter(self.papers.get(key) or {})
        ranked = sorted(score, key=lambda t: (-score[t], -strong[t], t.value))
        most = max((strong[t] for t in present), default=0.0)  # (0: the types with mentions have only shape votes)
        firm = {t: strong[t] - weights[t][0] + weights[t][1] if t in weights else strong[t] for t in ranked}
        win = fixed or next((t for t in ranked if t in present or papers[t] >= SPLIT_PAPERS
                             or (not most and t in prior)
                             or firm[t] >= max(SHAPE_OVERRIDE, DOMINATE * most)), None)
        if win is None:
            return {t: t for t in present}
        # an earlier build's type (fixed) takes every other type without evidence from several papers:
        # old ids stay, even where one new paper defines the name as an acronym of another type
        defined = set() if fixed else {t for t, kind in votes if kind in ("defined", "titled")}
        if not fixed and _coined(votes, papers, win, prior):
            # the winner is one paper's acronym, defined there ("Parallel Iterative Edit (PIE)"): other papers'
            # firm uses of the letters as another type ("datasets (HEV-I, JAAD, and PIE)") are something else
            defined |= {t for t, kind in votes if kind not in FIRM_EXCLUDED}
        if win is T and not fixed and _used_task(key, votes, prior):  # "trained with X": a Method
            return {t: M if t is T or t is M else t for t in present}
        if win is M and not fixed and M not in prior and worked_on(votes, papers[M]):  # "for X", "X problems": a Task
            return {t: T if t is T or t is M else t for t in present}
        if win is T and not fixed:  # a Task's name used as a modifier ("AMR parser", "SR methods") is the Task
            defined, strong = _modifier_split(votes, defined, strong)
        return {t: t if t == win or t in defined or (papers[t] >= SPLIT_PAPERS and strong[t] >= SPLIT_SHARE * score[win])
                else win for t in present}


def _used_task(key: str, votes: dict, prior: set[EntityType]) -> bool:
    """Whether a name that wins as a Task is a Method by the use papers make of it (:mod:`kg.link.means`): a name no
    lexicon lists as a Task used as a means more than as a goal ("trained with X"), or a Task only by the words of the
    long form a paper defines; a generated lexicon's Task that papers only use, or shaped like a technique (its head
    word a technique's, or a word of an approach first: "deep X", "statistical machine translation") that papers use
    more than they work on ("an X loss", "deep X algorithms" against "for X": :func:`~kg.link.means.used_technique`).
    A curated lexicon's Task keeps its type ("few-shot learning": a problem, whatever its head word)."""
    if T not in prior:
        return used_as_means(votes) or defined_means(votes)
    if curated_type(T, key):
        return False
    return clearly_used(votes) or any(used_technique(votes, c, _task_name) for t, c in lexicon_entries(key) if t is T)


def _task_name(name: str) -> bool:
    """Whether the shipped lexicon lists ``name`` as a Task ("machine translation"): the words after an approach's
    word that name the task it is done to (:func:`~kg.link.means.approach_led`).

    >>> _task_name("machine translation"), _task_name("network compression")
    (True, False)
    """
    from kg.link.normalize import key_and_words  # noqa: PLC0415

    return any(t is T for t, _ in lexicon_entries(key_and_words(name)[0], prior=False))


def _task_votes(key: str, votes: dict) -> dict:
    """A name's votes, its ``task`` votes counted as ``cue`` when it has Dataset evidence: a firm Dataset vote (more
    than a cue: "on X" is as often "improves on X") or a lexicon entry of any length ("the Senseval task": a
    benchmark's name before the word).

    >>> _task_votes("quokkanav", {(T, "task"): 2, (M, "shape"): 1}) == {(T, "task"): 2, (M, "shape"): 1}
    True
    >>> got = _task_votes("quokkanav", {(T, "task"): 2, (T, "cue"): 1, (D, "head"): 1})
    >>> got[T, "cue"], (T, "task") in got
    (3, False)
    """
    if (T, "task") not in votes:
        return votes
    if not any(t is D and kind not in FIRM_EXCLUDED for t, kind in votes) and all(
            t is not D for t, _ in lexicon_entries(key, prior=False)):
        return votes
    out = {tk: n for tk, n in votes.items() if tk != (T, "task")}
    out[T, "cue"] = out.get((T, "cue"), 0) + votes[T, "task"]
    return out


#: How many times another type's definitions a Task's definitions of the same letters must be to take the bare
#: uses of them (:func:`_modifier_split`).
TASK_DEFINED_MARGIN = 5


def _modifier_split(votes: dict, defined: set[EntityType], strong: Counter) -> tuple[set[EntityType], Counter]:
    """What keeps another type apart from a Task's name: not the cues of a type word after it ("AMR parser",
    "SR methods", "neural MT system": a model *for* the Task), nor one paper's definition of the letters as
    another thing (one "sparse representation (SR)" among 26 "super-resolution (SR)"; that paper's own uses go
    to its long form): the type needs :data:`SPLIT_PAPERS` definitions, or one where the Task has fewer than
    :data:`TASK_DEFINED_MARGIN` times as many (two "atrial fibrillation (AF)" do not make "AF" the Task's letters
    everywhere), or a type word of a Dataset ("Hedgehog Spotting Challenge"); and its strong evidence without cues.

    >>> v = {(T, "defined"): 26, (T, "acronym"): 75, (M, "defined"): 1, (M, "cue"): 40, (M, "acronym"): 17}
    >>> _modifier_split(v, {T, M}, Counter({T: 101.0, M: 58.0}))
    ({<EntityType.TASK: 'Task'>}, Counter({<EntityType.TASK: 'Task'>: 101.0, <EntityType.METHOD: 'Method'>: 18.0}))
    """
    n = votes.get((T, "defined"), 0)
    kept = {t for t in defined if t is T or votes.get((t, "titled"))
            or n < TASK_DEFINED_MARGIN * votes.get((t, "defined"), 0) or votes.get((t, "defined"), 0) >= SPLIT_PAPERS}
    apart = Counter({t: w - (0.0 if t is T else KIND_WEIGHT["cue"] * votes.get((t, "cue"), 0)) for t, w in strong.items()})
    return kept, apart


#: Share of the prior's weight a generated lexicon's type keeps against a paper naming the name (:func:`_prior_weights`).
GENERATED_SHARE = 0.5


def _prior_weights(key: str, votes: dict, present: set[EntityType]) -> dict[EntityType, tuple[float, float]]:
    """The lexicon's prior of a name per type: its weight in the score, and in the strong evidence a type
    without mentions needs to win (:data:`DOMINATE`). Short names get none (acronyms mean many things). A
    generated lexicon's type, where a paper names the name itself and its words agree (a naming rule's
    ``default`` vote confirmed by ``context``: "we present ReCo, a contrastive learning framework"), keeps
    :data:`GENERATED_SHARE` of its weight and none against that paper's words: the generated name lists mix
    benchmarks with the systems named like them. A curated entry keeps its full weight.
    """
    own = any(votes.get((t, "default")) and votes.get((t, "context")) for t in present)
    w = KIND_WEIGHT["prior"]
    return {t: (0.0, 0.0) if t is D and _used_coinage(key, votes) else
            (w, w) if not own or curated_type(t, key) else (w * GENERATED_SHARE, 0.0)
            for t, _ in lexicon_entries(key)}


def _used_coinage(key: str, votes: dict) -> bool:
    """Whether a generated lexicon's Dataset is a coined word (one word with a capital inside: "PoolNet", "GlyphMix")
    that a paper uses as a means ("trained with GlyphMix") and no paper gives firm Dataset evidence: the generated
    name lists mix benchmarks with the techniques named like them, and a coinage used so is the technique.

    >>> _used_coinage("shipspotting", {(M, "means"): 1, (M, "shape"): 1}), _used_coinage("shipspotting", {(M, "shape"): 1})
    (True, False)
    >>> _used_coinage("shipspotting", {(M, "means"): 1, (D, "cue"): 1}), _used_coinage("placeslt", {(M, "means"): 1})
    (False, False)
    """
    if not votes.get((M, "means")) or curated_type(D, key) or any(t is D and k not in WEAK_KINDS for t, k in votes):
        return False
    return any(_GLUED_COINAGE.fullmatch(s) for s in lexicon_spellings(D, key))


#: One word of letters and digits with a capital right after a small letter: a coinage ("PoolNet", "GlyphMix"), not
#: "Places-LT" nor "Cityscapes".
_GLUED_COINAGE = re.compile(r"[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*")


#: Kinds of vote too weak to keep a type apart from an acronym one paper coins (:func:`_coined`).
FIRM_EXCLUDED = WEAK_KINDS | {"cue"}


def _coined(votes: dict, papers: Counter, win: EntityType, prior: set[EntityType]) -> bool:
    """Whether type ``win`` of a name rests on papers that define the name as an acronym only: each defining
    paper counts once for its definition and once for its own mentions, no other paper types it so, and the
    lexicon does not know the name as that type. A Task's acronym is the field's name ("AMR", "VOS"), no
    coinage: other papers' "AMR parser", "VOS methods" use it as a modifier."""
    n = votes.get((win, "defined"), 0)
    return bool(n) and win is not T and win not in prior and papers[win] <= 2 * n
