"""Acronym joins across the corpus: a bare acronym joins the long form its definitions agree on
(the rules are in :mod:`kg.link.resolver`, step 5)."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable
from os.path import commonprefix

from rapidfuzz.distance import DamerauLevenshtein

from kg.link.expansions import node_key
from kg.link.context import SAME_TOPIC, mean_similarity, spelt_out
from kg.link.dates import paper_month, written_before
from kg.link.normalize import norm_name, spelling
from kg.link.nodes import NodeTable
from kg.link.summary import LinkSummary
from kg.link.tables import Clusters
from kg.link.types import lexicon_spellings
from kg.vocab import EntityType

#: Papers that must spell out an acronym the same way before its long form joins a lexicon entity
#: named by that acronym (see ``kg.link.acronyms.Acronyms._confirms``).
LEXICON_ACRONYM_SUPPORT = 2
#: Most papers a long form may define an acronym with to be read as a respelling of the acronym's dominant
#: long form or lexicon entity (see :func:`respelt_long_form`).
RESPELT_RARE = 2
#: Fewest letters of the stem two spellings of one word share.
RESPELT_STEM = 5
#: Fewest papers besides the one defining an acronym that must type it (strong evidence, the acronym's own
#: type) before its bare uses join that paper's long form whatever their topic (see
#: ``kg.link.acronyms.Acronyms._typed_alike``).
TYPED_ALIKE = 2
#: Types of the shared things an acronym names alike in every paper that types it so (``_typed_alike``).
_SHARED_TYPES = frozenset({EntityType.DATASET, EntityType.METRIC})


def _one_word_two_ways(x: str, y: str) -> bool:
    """Whether two words of letters are one word written two ways: a shared stem of :data:`RESPELT_STEM`
    letters or more that leaves at most three letters of the shorter ("structure"/"structural",
    "precious"/"precision", "perception"/"perceptron", "detector"/"detection"), or one slip inside a word
    of eight letters or more ("isomoprhism"). Not "recursive"/"recurrent", "generative"/"generalized",
    "context"/"contrast": a stem that short is another word.

    >>> [_one_word_two_ways(*p) for p in (("structure", "structural"), ("precious", "precision"),
    ...                                   ("recursive", "recurrent"), ("context", "contrast"))]
    [True, True, False, False]
    """
    if x == y:
        return True
    if not (x.isalpha() and y.isalpha()):
        return False
    stem = len(commonprefix((x, y)))
    if stem >= RESPELT_STEM and stem >= min(len(x), len(y)) - 3:
        return True
    return min(len(x), len(y)) >= 8 and x[0] == y[0] and DamerauLevenshtein.distance(x, y) == 1


def respelt_long_form(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two long forms of one acronym are one name spelt two ways: as many words, two or more, at
    least half of them the same and each other pair one word written two ways (:func:`_one_word_two_ways`:
    "structure similarity index" / "structural similarity index"; not "recursive neural network" /
    "recurrent neural network", "global contrast" / "global context").

    >>> respelt_long_form(("mean", "average", "precious"), ("mean", "average", "precision"))
    True
    >>> respelt_long_form(("recursive", "neural", "network"), ("recurrent", "neural", "network"))
    False
    """
    if len(a) != len(b) or len(a) < 2 or a == b:
        return False
    same = sum(x == y for x, y in zip(a, b))
    return 2 * same >= len(a) and all(_one_word_two_ways(x, y) for x, y in zip(a, b))


def _spelt_as(written: str, names: frozenset[str]) -> bool:
    """Whether a spelling (:func:`~kg.link.normalize.spelling`) is one of the lexicon's, or one of them in capitals ("BIDAF")."""
    return written in names or (written.isupper() and any(written == n.upper() for n in names))


class Acronyms(NodeTable):
    """Corpus-wide acronym resolution (in-paper definitions are applied in :mod:`kg.link.collect`)."""

    def _acronyms(self, cl: Clusters, defs: dict[int, Counter], surf: dict[int, dict[str, int]],
                  lex_names: dict[int, Counter], spelt: dict[int, set[str]], topics: LinkSummary) -> None:
        """Join each acronym to the long form its definitions agree on; ``spelt``: each long form's
        acronyms as the papers write them; ``topics``: the summary's topic words (:mod:`kg.link.context`)."""
        lex_of_root: dict[int, set[str]] = defaultdict(set)  # cluster -> its lexicon names
        for c, names in lex_names.items():
            lex_of_root[cl.find(c)].update(names)
        every_type: Counter = Counter()  # papers defining an acronym (a key), as whatever type
        for acro, longs in defs.items():
            every_type[self._nodes[acro][1]] += sum(longs.values())
        named = self._lexicon_words(cl, defs, lex_of_root)
        coined_nodes = self._coined_nodes(topics.coined_by)
        coined = self._coined_months(coined_nodes)  # node -> the month a paper first coined its name
        own_names = {n for n, papers in coined_nodes
                     if any(not c.lexicon_only for c in papers.values())}  # the nodes of names papers coin
        self._join_coined(cl, defs)
        for acro in sorted(defs, key=self._sort_key):
            votes, ranked = self._votes(cl, acro, defs[acro])
            if not votes:
                continue
            if self._join_respelt(cl, acro, defs[acro], ranked, votes, lex_of_root, named.get(acro, ()), own_names):
                votes, ranked = self._votes(cl, acro, defs[acro])
            dominant = votes[ranked[0]] >= self.cfg.acronym_majority * sum(votes.values())
            top = ranked[0]
            shown = f"{self._nodes[acro][0].value}:{min(surf[acro], default=self._nodes[acro][1])}"
            if len(ranked) > 1:
                (self.stats.majority_acronyms if dominant else self.stats.ambiguous_acronyms).append(shown)
            if not dominant:
                continue  # defined different ways, none dominant: the acronym stays its own node
            own = cl.find(acro)
            if own == top:
                continue
            agreeing = [lf for lf in defs[acro] if cl.find(lf) == top]  # the long forms of the winning definers
            if own not in lex_of_root and not self._same_topic(acro, agreeing, votes[top], surf, topics, coined):
                self.stats.unrelated_acronyms.append(shown)
                continue  # one paper defines it, and the papers using it bare are about other things
            if own not in lex_of_root and self._bare_data_kind(acro, every_type, topics):
                self.stats.unrelated_acronyms.append(shown)
                continue  # one paper defines it, and the papers using it bare name a kind of data by it ("QX images")
            if own not in lex_of_root and cl.size(acro) == 1 and 2 * votes[top] < every_type[self._nodes[acro][1]]:
                # its bare uses would follow, but most papers define it as something of another type ("HOI":
                # a Method "higher-order inference" once, the "human-object interaction" three times)
                self.stats.ambiguous_acronyms.append(shown)
                continue
            # a lexicon entity the paper spells another way is the paper's own name ("universality network
            # (Unet)" is not U-Net; "progressive co-attention network (PCA-Net)" is not PCANet)
            respelt = self._respelt(acro, agreeing, spelt)
            support = 0 if respelt else votes[top]  # however many papers spell it out so
            if (respelt or cl.size(acro) > 1) and not self._confirms(cl, acro, own, top, support, defs, surf, lex_names,
                                                        lex_of_root):
                self.stats.conflicting_acronyms.append(shown)
                continue  # the acronym already names something else: never re-point it
            names = lex_of_root.pop(own, set()) | lex_of_root.pop(top, set())
            if cl.union(acro, top):
                self.stats.acronym_merges += 1
            if names:
                lex_of_root[cl.find(acro)] |= names

    def _join_coined(self, cl: Clusters, defs: dict[int, Counter]) -> None:
        """Join each long form written with its acronym, "LONG (ACRO)" (a paper's coinage of ACRO from capitals
        inside LONG's words: :meth:`kg.link.collect.Collect._coined`), to the name LONG when other papers define
        ACRO as LONG too: the long forms agree ("Differentiable ARchiTecture Search (DARTS)" where others write
        "differentiable architecture search (DARTS)"). Never to LONG that no paper defines as ACRO
        ("SElf-supERvised (SEER)" is not the "self-supervised" of other papers)."""
        for acro in sorted(defs, key=self._sort_key):
            aw = self._words[acro]
            k = len(aw)
            for c in sorted(defs[acro], key=self._sort_key):
                w = self._words[c]
                if len(w) <= k or w[-k:] != aw:
                    continue
                p = self._index.get((self._nodes[c][0], node_key(w[:-k])))
                if p is not None and p in defs[acro] and p not in self._dead:
                    self.stats.acronym_merges += cl.union(c, p)

    def _votes(self, cl: Clusters, acro: int, longs: Counter) -> tuple[Counter, list[int]]:
        """The papers defining ``acro`` as each long-form cluster of its type, and the clusters ranked (most
        papers first, then by their first node)."""
        votes: Counter = Counter()
        rep: dict[int, tuple] = {}
        for long, papers in longs.items():
            if self._nodes[long][0] is not self._nodes[acro][0]:
                continue  # the long form's name took another type than the acronym's (kg.link.types)
            r = cl.find(long)
            votes[r] += papers
            rep[r] = min(rep.get(r, self._sort_key(long)), self._sort_key(long))
        return votes, sorted(votes, key=lambda r: (-votes[r], rep[r]))

    def _lexicon_words(self, cl: Clusters, defs: dict[int, Counter],
                       lex_of_root: dict[int, set[str]]) -> dict[int, list[tuple[str, ...]]]:
        """The words of every name of the lexicon entity each defined acronym names, if it names one (one pass
        over the nodes)."""
        roots = {a: r for a in defs if lex_of_root.get(r := cl.find(a))}
        words: dict[int, list[tuple[str, ...]]] = {r: [] for r in roots.values()}
        for i, w in enumerate(self._words):
            found = words.get(cl.find(i))
            if found is not None and len(w) >= 2:
                found.append(w)
        return {a: words[r] for a, r in roots.items()}

    def _join_respelt(self, cl: Clusters, acro: int, longs: Counter, ranked: list[int], votes: Counter,
                      lex_of_root: dict[int, set[str]], named: Iterable[tuple[str, ...]] = (),
                      coined: frozenset[int] | set[int] = frozenset()) -> bool:
        """Join each rare long form an acronym is defined as (at most :data:`RESPELT_RARE` papers, no lexicon
        entity) that spells another way a name of the cluster the acronym stands for: the lexicon entity the
        acronym names, or its long form ``ranked[0]`` when that holds ``acronym_majority`` of the defining papers ("structure similarity index
        (SSIM)" beside the corpus's "structural similarity index (SSIM)") or is as rare (two papers' spellings of
        one name, neither dominant: "quokka smoothing index", "quokka smoothness index"): a paper's slip, not a
        name of its own (:func:`respelt_long_form`); ``named``: the words of the lexicon entity's names. A rare top
        joins no long form when either was coined by its paper (``coined``: the nodes of coined names,
        :meth:`_coined_nodes`): two papers' own names, nothing says which is the slip. Whether any joined."""
        t = self._nodes[acro][0]

        def words_of(root: int) -> list[tuple[str, ...]]:
            return [self._words[n] for n in sorted(longs, key=self._sort_key)
                    if self._nodes[n][0] is t and cl.find(n) == root]

        def coins(root: int) -> bool:  # a paper coined a long form of the cluster
            return any(n in coined for n in longs if cl.find(n) == root)

        targets = []  # (cluster, the words of its names)
        own = cl.find(acro)
        if lex_of_root.get(own):
            targets.append((own, words_of(own) + list(named)))
        rare_top = -1  # the top long form taken as rare as the others, if it is
        if ranked[0] != own and votes[ranked[0]] >= self.cfg.acronym_majority * sum(votes.values()):
            targets.append((ranked[0], words_of(ranked[0])))
        elif ranked[0] != own and votes[ranked[0]] <= RESPELT_RARE:
            targets.append((ranked[0], words_of(ranked[0])))  # or rare as the others: one slip or the other
            rare_top = ranked[0]
        joined = False
        for r in ranked:
            if votes[r] > RESPELT_RARE or lex_of_root.get(r):
                continue
            mine = words_of(r)
            top = next((top for top, tops in targets
                        if top != r and not (top == rare_top and (coins(r) or coins(top)))
                        and any(respelt_long_form(a, b) for a in mine for b in tops)), None)
            if top is not None and cl.union(r, top):
                joined = True
                self.stats.respelt_merges += 1
                names = lex_of_root.pop(top, None)
                if names:
                    lex_of_root[cl.find(top)] |= names
        return joined

    def _same_topic(self, acro: int, longs: list[int], agree: int, surf: dict[int, dict[str, int]],
                    topics: LinkSummary, coined: dict[int, int]) -> bool:
        """Whether the bare uses of an acronym may join the long form of the one paper that defines it so:
        they are about what that paper is about (:func:`~kg.link.context.mean_similarity` at least
        :data:`~kg.link.context.SAME_TOPIC`). Always, when two papers or more define it as that long form
        (``agree``), or none uses it bare, or they spell out its long form (:func:`~kg.link.context.spelt_out`);
        never when half of them or more were written before it was coined (:meth:`_before_coinage`). A paper
        that defines the letters as a thing of another type does not vouch for the coinage: "Style Normalization
        and Restitution (SNR)" in one paper and "signal-to-noise ratio (SNR)" in another leave the bare "SNR" of
        a third paper to these checks, which read only the agreeing definers' long forms (``longs``) and topic
        words (keyed by the acronym's node, its type with its letters)."""
        k = self._nodes[acro][1]
        n_bare = topics.bare_papers.get(k, 0)
        if agree > 1 or not n_bare:
            return True
        bare = topics.bare_topics.get(k, Counter())
        if spelt_out([form for lf in longs for form in surf.get(lf, ())], bare, n_bare):
            return True  # the papers using it bare write its long form too
        if self._typed_alike(acro, n_bare, topics):
            return True  # they name by it the same kind of shared thing ("on the QSG corpus", "QSG results")
        if self._before_coinage(acro, longs, n_bare, coined, topics):
            return False  # they wrote it before the paper coined it: it named another thing already
        sim = mean_similarity(topics.def_topics.get(self._nodes[acro], Counter()), bare, n_bare, topics.topic_df,
                              topics.papers, set(surf.get(acro, ())) or {k})
        return sim >= SAME_TOPIC

    def _before_coinage(self, acro: int, longs: list[int], n_bare: int, coined: dict[int, int],
                        topics: LinkSummary) -> bool:
        """Whether at least half the papers using an acronym bare were written before any paper coined it or its
        long forms (``coined``: :meth:`_coined_months`; :mod:`kg.link.dates`). A paper that only uses a long
        form coins nothing: the name may be older than the corpus's first paper defining it ("SVDD")."""
        months = [coined[n] for n in (acro, *longs) if n in coined]
        if not months:
            return False
        first = min(months)
        bare = topics.bare_months.get(self._nodes[acro][1], {})
        return 2 * sum(n for m, n in bare.items() if written_before(m, first)) >= n_bare

    @staticmethod
    def _coined_months(coined_nodes: list[tuple[int, dict]]) -> dict[int, int]:
        """The node of each name papers coin (:meth:`_coined_nodes`; :mod:`kg.link.coinages`: proposed, and written
        with its acronym, in the title or after a naming verb; a lexicon name a title leads with aside) -> the month
        of its first coining paper (:func:`~kg.link.dates.paper_month`)."""
        out: dict[int, int] = {}
        for n, papers in coined_nodes:
            months = [m for c in papers.values() if not c.lexicon_only and (m := paper_month(c.arxiv, c.year))]
            if months:
                out[n] = min(months + [out.get(n, months[0])])
        return out

    def _coined_nodes(self, coined_by: dict) -> list[tuple[int, dict]]:
        """The node of each name papers coin, with its coining papers (``coined_by``: key -> paper id -> coiner)."""
        out = []
        for key, papers in coined_by.items():
            n = self._index.get(key)
            while n in self._moved:
                n = self._moved[n]
            if n is not None:
                out.append((n, papers))
        return out

    def _bare_data_kind(self, acro: int, every_type: Counter, topics: LinkSummary) -> bool:
        """Whether the papers using bare a Method's acronym that one paper defines name a kind of data by it: a
        word of data follows it :data:`~kg.graph.method_kinds.DATA_KIND_MENTIONS` times or more and nothing names it
        a method (:func:`~kg.graph.method_kinds.data_mentions` of the acronym's own votes: "QX images", "QX scans"),
        which no method's long form takes ("logistic regression images"): its bare uses are not that paper's method."""
        from kg.graph.method_kinds import DATA_KIND_MENTIONS, data_mentions  # noqa: PLC0415 (kg.graph imports kg.link)

        t, k = self._nodes[acro]
        return (t is EntityType.METHOD and every_type[k] == 1
                and data_mentions(topics.votes.of([k])) >= DATA_KIND_MENTIONS)

    def _typed_alike(self, acro: int, n_bare: int, topics: LinkSummary) -> bool:
        """Whether the papers using an acronym bare give it, by their own context, the type of the long form
        one paper defines it as, and that type names shared things results are reported on or in (a Dataset or a
        Metric; not a Method: a paper's acronym for its own method is typed Method by the same cues as every other
        method's; nor a Task, whose type a list of benchmarks after "tasks" gives as easily): papers
        with strong evidence of that type (:class:`~kg.link.types.TypeVotes`), the defining one aside, are
        :data:`TYPED_ALIKE` or more and at least half the bare papers."""
        t, k = self._nodes[acro]
        if t not in _SHARED_TYPES:
            return False
        typed = topics.votes.papers.get(k, {}).get(t, 0) - 1  # the defining paper may be one of them
        return typed >= TYPED_ALIKE and 2 * typed >= n_bare

    def _respelt(self, acro: int, longs: list[int], spelt: dict[int, set[str]]) -> bool:
        """Whether the acronym is a name of the shipped lexicon (of its type) that no paper defining it as
        one of ``longs`` writes as the lexicon does (hyphens or none; case, spaces and a plural "s" aside)."""
        t, k = self._nodes[acro]
        names = lexicon_spellings(t, k)
        if not names:
            return False
        written = {spelling(a) for lf in longs for a in spelt.get(lf, ())}
        return bool(written) and not any(_spelt_as(w, names) for w in written)

    def _confirms(self, cl: Clusters, acro: int, own: int, top: int, support: int, defs: dict[int, Counter],
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
