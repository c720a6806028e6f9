"""Phase 1 of linking, per record: the node each mention links to, and what the corpus-level phases
need to know of a paper (surface forms, lexicon names, acronym definitions, type votes)."""
from __future__ import annotations

import time
from collections import Counter
from typing import Callable, Iterable

from kg.errors import LinkError
from kg.extract.acronym_letters import spelt_inside
from kg.extract.boundaries import without_split
from kg.link.apparatus import apparatus_use
from kg.link.normalize import is_definition, key_and_words
from kg.link.bare import short_acronym
from kg.link.cased import lower_words, paper_cased
from kg.link.components import component_coinage, record_components, written_component
from kg.link.case_homonyms import defined_long_forms, paper_spellings
from kg.link.lexicon_casings import proposed_spellings
from kg.link.context import acronym_shaped, topic_words
from kg.link.coinages import coined_keys, coiner, lexicon_title_keys
from kg.link.own_methods import own_method_keys
from kg.link.coordination import dataset_members
from kg.link.cues import data_after, method_headed, plural_data_after, task_word, text_cue_kind
from kg.link.evaluation_frames import evaluated_on
from kg.link.dates import paper_month
from kg.link.expansions import written_acronyms
from kg.link.fields import ability_use, field_use
from kg.link.forms import form_use
from kg.link.grades import graded_words
from kg.link.split_senses import paper_uses
from kg.link.means import (defined_use_kind, family_after, lexicon_use_kind, step_kind, title_for, title_lead_goal,
                           use_kind)
from kg.link.main_proposals import main_keys
from kg.link.modifiers import modifier_after, unread_after
from kg.link.objects import kind_use, task_object
from kg.link.outputs import output_object
from kg.link.own_letters import own_phrases
from kg.link.nodes import CORPUS_CANONICAL, LEXICON_RULES, NAME_TYPES, Node, NodeTable, numbers_agree
from kg.link.summary import LinkSummary
from kg.link.task_systems import task_system
from kg.link.things import thing_votes
from kg.link.titles import spelt_proposals, title_definition, title_tails, written_tails
from kg.link.tokens import fuller_measures, paren_definitions, whole_mentions, written_definitions
from kg.link.types import WEAK_KINDS, TypeVotes, lexicon_tails, rule_kind
from kg.link.units import after_quantity
from kg.models import FIELDS, Extraction, Mention
from kg.vocab import EntityType

#: A dataset word heading a mention (:func:`~kg.link.cues.text_cue_kind`).
_DATA_HEAD = (EntityType.DATASET, "head")
#: "on X" before a mention, a hint of data (:func:`~kg.link.cues.text_cue_kind`).
_DATA_CUE = (EntityType.DATASET, "cue")
#: A method word after a mention ("X model", :func:`~kg.link.cues.text_cue_kind`).
_METHOD_CUE = (EntityType.METHOD, "cue")
#: The types whose mentions count uses as a means or a goal (:mod:`kg.link.means`).
_MEANS_TYPES = frozenset({EntityType.TASK, EntityType.METHOD})


def _use_of(m: Mention, text: str, title_starts: frozenset[int] = frozenset(),
            cue: tuple[EntityType, str] | None = None) -> str | None:
    """What the words around a Method or Task mention say of its use (:mod:`kg.link.means`): "with X", "we apply X
    to ..." too (:func:`~kg.link.means.use_kind`; a Task's head word says what the name does, its use what it is:
    "we use Quokka Surface Reconstruction to mesh it"), and for a Method a goal where a task word follows it
    (``cue``, the mention's :func:`~kg.link.cues.text_cue_kind`: "X problems", "the X task": what a paper works on);
    a long form a paper defines, its place as the object of a verb of use too ("we adopt the widely used glyph
    lattice control (GLC) to ...": :func:`~kg.link.means.defined_use_kind`); a title's Task phrase before "for" and
    another of its names (``title_starts``: "Glyph Pooling for Seal Recognition", :func:`~kg.link.means.title_for`),
    a means too; and a title's lead before a preposition of means, a goal of either type ("Glyph Pose Regression with
    Trees", :func:`_title_goal`).

    >>> t = "Quokka regression problems are hard."
    >>> _use_of(Mention(EntityType.METHOD, "Quokka regression", 0, 17, "abstract"), t, cue=(EntityType.TASK, "cue"))
    'goal'
    """
    if m.type is EntityType.METHOD:
        kind = use_kind(text, m.start, m.end)
        if kind is None and (cue is not None and cue[0] is EntityType.TASK or _title_goal(m, text)):
            return "goal"
        return kind
    kind = use_kind(text, m.start, m.end, verb_with=True)  # "trained with X", "we apply X to ...", "refined with X."
    if kind is None and m.rule == "acronym":
        kind = defined_use_kind(text, m.start, m.end)
    kind = step_kind(text, m.start, m.end, kind)  # "a Foo (FO) extraction layer", "Bar (BR)-based methods"
    if kind is None and m.field == "title" and title_for(text, m.end, title_starts):
        return "means"
    return "goal" if kind is None and _title_goal(m, text) else kind


def _title_goal(m: Mention, text: str) -> bool:
    """Whether a mention leads its paper's title before a preposition of means ("X with Y", "X via Y": what the paper
    works on, :func:`~kg.link.means.title_lead_goal`) and its head word is a last word of the lexicon's Task names
    ("... regression", "... interpolation", "... labeling"; not "... pooling", "... networks": "Graph Pooling with
    Structure Learning", "Harmonic Networks with Few Samples" name what the paper builds). Those words head techniques
    as well ("Logistic Regression with Sparse Priors", "Contrastive Learning with Hard Negatives", "Variational
    Inference with Normalizing Flows" cast a goal vote too; a Method head word would not tell them apart, as
    "regression", "learning", "inference" are both): what keeps such a name a Method is that a lexicon's match reads
    no use (:meth:`Collect._vote`) and :func:`~kg.link.means.worked_on` retypes only a Method typed by its words
    alone, and only where most of its papers work on it.

    >>> [_title_goal(Mention(EntityType.METHOD, w, 0, len(w), "title"), w + " with Trees")
    ...  for w in ("Glyph Pose Regression", "Glyph Pooling")]
    [True, False]
    """
    if m.field != "title" or not title_lead_goal(text, m.start, m.end):
        return False
    words = key_and_words(m.text)[1]
    # any Task tail, not types.task_led_tails (title_np's): this is one vote that worked_on weighs, not a type
    return len(words) > 1 and words[-1] in lexicon_tails().get(EntityType.TASK, ())


class _AlsoVotes:
    """A paper's type votes (:class:`~kg.link.types.TypeVotes`) that count for a second name too: ``also`` maps the
    key of an acronym the paper coins to its long form's (:meth:`Collect._written_keys`). The acronym keeps them:
    its letters are written so ("(FB) dataset"), whatever other papers mean by them. A lexicon's vote is for the
    lexicon's sense of the letters, which the long form is not (:func:`~kg.link.senses.other_sense`): the acronym's
    only."""

    __slots__ = ("votes", "also")

    def __init__(self, votes: TypeVotes, also: dict[str, str]) -> None:
        self.votes, self.also = votes, also

    def add(self, key: str, etype: EntityType, kind: str, strong_seen: set[tuple[str, EntityType]] | None,
            n: int = 1) -> None:
        self.votes.add(key, etype, kind, strong_seen, n)
        long = self.also.get(key)
        if long is not None and kind != "lexicon":
            self.votes.add(long, etype, kind, strong_seen, n)

    def add_refs(self, refs: list[tuple[str, str, EntityType]], strong_seen: set[tuple[str, EntityType]]) -> None:
        self.votes.add_refs(refs, strong_seen)
        for k, _, t in refs:
            if k in self.also:
                self.votes.add(self.also[k], t, "acronym", strong_seen)


class Collect(NodeTable):
    """Phase 1: :meth:`summarise` a shard of records; :meth:`_paper_nodes` also links a record in phase 3."""

    def summarise(self, extractions: Iterable[Extraction]) -> LinkSummary:
        """Phase 1, per shard of records: what linking needs to know of them, keyed by name."""
        t0 = time.perf_counter()
        sm = LinkSummary()
        for ex in extractions:
            if not isinstance(ex, Extraction):
                raise LinkError(f"link() expects Extraction records, got {type(ex).__name__}")
            sm.papers += 1
            mentions = whole_mentions(ex)
            extra = paren_definitions(ex, mentions)  # "substochastic successor representation (SSR)"
            coined = self._coined(mentions, extra)
            defs = written_definitions(ex, mentions)  # "Foo Bar (FB)": once for both uses below
            named = coined_keys(ex, mentions, self.key)  # the names it coins: once for both uses below
            out = self._paper_nodes(ex, mentions, sm, (extra, coined, defs, named))
            sm.letters_df.update({n[1] for m, n in zip(mentions, out) if n is not None and acronym_shaped(m.text)})
            written = self._written_keys(mentions, out, defs)
            self._vote(ex, mentions, _AlsoVotes(sm.votes, written) if written else sm.votes,
                       {k[1]: c[0][1] for k, c in coined.items()})
            sm.used.update(dict.fromkeys(n for n in out if n is not None))
            for n, cased in paper_cased(ex, mentions, out, self.key).items():  # (kg.link.cased)
                sm.cased_by.setdefault(n, {})[ex.paper.id] = cased
            paper_texts = (ex.paper.title or "", ex.paper.abstract or "")
            self._spellings(mentions, out, paper_texts, ex, sm)
            sm.lower_df.update(lower_words(*paper_texts))
            sm.graded_df.update(graded_words(*paper_texts))
            acronyms = written_acronyms(paper_texts)
            for a, long in acronyms:
                sm.written.setdefault(a, Counter())[long] += 1
            thing_votes(paper_texts, sm.votes)  # "region of interest (ROI)": no entity's letters (kg.link.things)
            self._coinages(ex, mentions, out, sm, named)
            record_components(ex, mentions, out, coined, sm)
            self._own_methods(ex, mentions, out, sm)
        self.stats.seconds["collect"] = self.stats.seconds.get("collect", 0.0) + time.perf_counter() - t0
        return sm

    @staticmethod
    def _spellings(mentions: tuple[Mention, ...], out: list[Node | None], texts: tuple[str, str], ex: Extraction,
                   sm: LinkSummary) -> None:
        """Record how the paper writes each node as one word with capitals inside and the long form it defines it with
        (:mod:`kg.link.case_homonyms`), and the type of those it proposes so (:mod:`kg.link.lexicon_casings`)."""
        spelt = paper_spellings(mentions, out)
        if spelt:
            words = topic_words(*texts)
            own = proposed_spellings(mentions, out, spelt, ex.proposed)
            longs = defined_long_forms(mentions, out, spelt)
            for n, text in spelt.items():
                sm.spelt_by.setdefault(n, {})[ex.paper.id] = (text, words, own.get(n), longs.get(n, ""))

    def _coinages(self, ex: Extraction, mentions: tuple[Mention, ...], out: list[Node | None],
                  sm: LinkSummary, named: set[int]) -> None:
        """Record the paper as a coiner of the nodes of the names it coins (``named``, the indices of their mentions:
        :func:`~kg.link.coinages.coined_keys`),
        and of a lexicon name its title leads with (:func:`~kg.link.coinages.lexicon_title_keys`: a coiner marked
        ``leads_title``, and ``lexicon_only`` when it coins nothing else of that node), and as the proposer of its main
        proposal (``sm.main_by``, :func:`~kg.link.main_proposals.main_keys`)."""
        if not ex.proposed:
            return
        def by_node(indices: set[int]) -> dict[Node, list[str]]:  # the mentions' texts by the node each names
            texts: dict[Node, list[str]] = {}
            for i in sorted(indices):
                if out[i] is not None:
                    texts.setdefault(out[i], []).append(mentions[i].text)
            return texts

        names = by_node(named)
        leads = by_node(lexicon_title_keys(ex, mentions, self.key))
        mains = by_node(main_keys(ex, mentions, self.key))
        if not names and not leads and not mains:
            return
        base = coiner(ex)  # the paper's year, title, id and topic words: the same for every name it coins
        for n in [*names, *(n for n in leads if n not in names)]:
            texts = names.get(n) or leads[n]
            sm.coined_by.setdefault(n, {})[ex.paper.id] = base._replace(names=tuple(texts), leads_title=n in leads,
                                                                        lexicon_only=n not in names)
        for n, texts in mains.items():
            sm.main_by.setdefault(n, {})[ex.paper.id] = base._replace(names=tuple(texts), main_only=True)

    def _own_methods(self, ex: Extraction, mentions: tuple[Mention, ...], out: list[Node | None],
                     sm: LinkSummary) -> None:
        """Record the paper's own methods named like data (:func:`~kg.link.own_methods.own_method_keys`) by the
        nodes their mentions link to, with the texts it writes them with (``sm.own_methods``)."""
        keys = own_method_keys(ex, mentions, self.key)
        for m, n in zip(mentions, out):
            if n is not None and self.key(m.text) in keys:
                texts = sm.own_methods.setdefault(n, {}).setdefault(ex.paper.id, ())
                sm.own_methods[n][ex.paper.id] = texts + (m.text,)

    def _paper_nodes(self, ex: Extraction, mentions: tuple[Mention, ...], sm: LinkSummary | None,
                     found: tuple[dict[int, str], dict, dict[int, str], set[int]] | None = None) -> list[Node | None]:
        """The node key each mention of one paper links to (None: a repository, linked by URL); with
        ``sm``, records the paper's surface forms, lexicon names and the acronyms it defines (one vote
        per paper) there. The same function links a mention in :meth:`apply`, so both agree. ``found``:
        the paper's definitions in parentheses, coined long forms, acronyms coined after unrecorded words
        (:func:`~kg.link.tokens.written_definitions`) and the indices of the names it coins
        (:func:`~kg.link.coinages.coined_keys`), when :meth:`summarise` has them."""
        key = self.key
        out: list[Node | None] = []
        local: dict[Node, Node] = {}  # acronym node -> the long-form node this paper defines it as
        refs = False
        if found is None:
            extra = paren_definitions(ex, mentions)  # "substochastic successor representation (SSR)"
            named = coined_keys(ex, mentions, key) if sm is not None else set()
            found = extra, self._coined(mentions, extra), written_definitions(ex, mentions), named
        extra, coined, defs, named = found
        for mi, m in enumerate(mentions):
            t = m.type
            if t is EntityType.REPOSITORY:
                out.append(None)  # linked by URL (see _repo)
                continue
            if t is EntityType.PAPER or t is EntityType.RESULT:
                raise LinkError(f"paper {ex.paper.id}: a {t.value} mention ({m.text!r}) cannot be linked")
            n = (t, key(m.text))
            own = coined.get(n) if coined and m.rule not in LEXICON_RULES else None
            if own is not None and not written_component(m.text, own[2], own[1][len(own[2]) + 2:-1]):
                own = None  # "burrow selection methods" beside the paper's "burrow selection module (BSM)"
            if own is not None:  # a coined acronym's long form: "LONG (ACRO)", not the name its words say
                n = own[0]
                if sm is not None:
                    self._coined_form(t, m.text, own, sm)
            elif sm is not None:
                sm.form(t, m.text, 1)
            out.append(n)
            if own is None and self._canonical_form(m, sm):  # (a coined name is neither the lexicon's nor a reading)
                refs = True
            defined = m.aliases or ((extra[mi],) if mi in extra else ())
            shorts = [a for a in defined if is_definition(a, m.text)]  # not "benchmarks (Caltech, ...)"
            if shorts:
                self._define(t, n, m.text, shorts, local, sm)
        self._title_definition(ex, mentions, out, local, sm)
        self._spelt_proposals(ex, mentions, out, local, sm)
        written = self._written_definitions(mentions, defs, out, local, sm)
        for j, i in written_tails(ex, mentions).items():  # "Guide Network" where the text reads "Key Guide Network"
            out[j] = out[i]
        if sm is not None:
            self._topics(ex, mentions, out, local | written, sm, named)
        for i, j in fuller_measures(mentions).items():  # "top-1" in a paper that writes "top-1 error"
            if out[i] is not None and out[j] is not None:
                out[i] = out[j]
        if not local and not written and not refs:
            return out
        if sm is not None:
            for an, n in local.items():
                sm.defs.setdefault(an, Counter())[n] += 1
        self._local_targets(mentions, out, local | written, extra, sm)
        return out

    def _canonical_form(self, m: Mention, sm: LinkSummary | None) -> bool:
        """Records a mention's lexicon name in ``sm`` (:meth:`_paper_nodes`): its canonical name when the corpus
        shares it, else the name as a lexicon writes it; whether the mention links by a reading of its own
        paper instead (an acronym's reference that defines it, "error" read as the paper's "mean error")."""
        key = self.key
        if m.canonical:
            if m.rule == "acronym-ref":
                return is_definition(m.text, m.canonical)
            if m.rule in CORPUS_CANONICAL or key(m.canonical) == key(m.text):
                if sm is not None:
                    sm.lex[(m.type, m.text, m.canonical)] += 1
                return False
            return True  # a reading of this sentence: this mention only
        if m.rule in LEXICON_RULES and sm is not None:  # a lexicon name written as the lexicon writes it
            sm.lex[(m.type, m.text, m.text)] += 1
        return False

    def _coined(self, mentions: tuple[Mention, ...], extra: dict[int, str]) -> dict[Node, tuple[Node, str, str]]:
        """The long forms of one paper that coin their acronym from capitals marked inside their words
        (:func:`~kg.extract.acronym_letters.spelt_inside`: "SElf-supERvised (SEER)") -> the node and text of
        "LONG (ACRO)", and LONG as written. In this paper the long form's words (a title's "Focus the Discrepancy" for
        "FOcus-the-Discrepancy (FOD)" too) name that node, a name of its own: not the "self-supervised"
        other papers write, nor another paper's coinage of the same letters; it joins the long form's
        words only where the corpus defines the acronym as them (:meth:`~kg.link.acronyms.Acronyms._join_coined`).
        So too a component the paper gives letters of its own, "feature selection module (FSM)"
        (:func:`~kg.link.components.component_coinage`): not the "feature selection" of other papers."""
        out: dict[Node, tuple[Node, str, str]] = {}
        for mi, m in enumerate(mentions):
            if m.rule in LEXICON_RULES or (m.canonical and self.key(m.canonical) != self.key(m.text)):
                continue  # a name the lexicon or the extractor reads as another ("Structural SIMilarity" as SSIM)
            for a in m.aliases or ((extra[mi],) if mi in extra else ()):
                if (spelt_inside(a, m.text) or component_coinage(a, m.text)) and is_definition(a, m.text):
                    text = f"{m.text} ({a})"
                    out.setdefault((m.type, self.key(m.text)), ((m.type, self.key(text)), text, m.text))
                    break
        return out

    @staticmethod
    def _coined_form(t: EntityType, text: str, own: tuple[Node, str, str], sm: LinkSummary) -> None:
        """Count a mention of a coined name (``own``: :meth:`_coined`) as its node's form "LONG (ACRO)", shown as
        LONG; another text (the title's "Focus the Discrepancy") is a name of the entity too."""
        sm.form(t, own[1], 1)
        sm.coined.setdefault((t, own[1]), own[2])
        if text != own[2]:
            sm.acronyms.setdefault(own[0], set()).add(text)

    def _define(self, t: EntityType, n: Node, long: str, shorts: list[str], local: dict[Node, Node],
                sm: LinkSummary | None) -> None:
        """Record the acronyms ``shorts`` a mention of type ``t`` and node ``n`` (its long form's, or a coined
        one's "LONG (ACRO)": :meth:`_coined`; ``long``: the long form as written) defines: in ``local`` (acronym
        node -> ``n``, the paper's first definition) and in the summary."""
        if sm is not None:
            sm.long_forms[n] = None
        for a in shorts:
            na = (t, self.key(a))
            if sm is not None:
                sm.form(t, a, 0)  # a surface form even if never used
            if na != n and numbers_agree(na, n, (a, long)) and local.setdefault(na, n) == n and sm is not None:
                sm.acronyms.setdefault(n, set()).add(a)  # the paper's first definition is the one

    def _title_definition(self, ex: Extraction, mentions: tuple[Mention, ...], out: list[Node | None],
                          local: dict[Node, Node], sm: LinkSummary | None) -> None:
        """A title "ACRO: words spelling it" defines ACRO in its paper (:mod:`kg.link.titles`), unless the
        paper defines it otherwise."""
        found = title_definition(ex, mentions)
        if found is None:
            return
        i, long = found
        m, na = mentions[i], out[i]
        nl = (m.type, self.key(long))
        if na is None or nl == na or not numbers_agree(na, nl, (m.text, long)) or "+" in m.text:
            return  # ("MS-TCN++" is a version: not the long form of MS-TCN)
        new = na not in local
        if local.setdefault(na, nl) != nl:
            return  # the paper defines it otherwise
        for j in title_tails(ex, mentions, found):  # "Graph Attention Network" of "KGAT: Knowledge Graph ..."
            out[j] = nl
        if new and sm is not None:
            sm.form(m.type, long, 0)
            sm.long_forms[nl] = None
            sm.acronyms.setdefault(nl, set()).add(m.text)

    def _spelt_proposals(self, ex: Extraction, mentions: tuple[Mention, ...], out: list[Node | None],
                         local: dict[Node, Node], sm: LinkSummary | None) -> None:
        """A bare acronym that spells a name the paper proposes in its title means that name in the paper
        (:func:`~kg.link.titles.spelt_proposals`), as a definition would, unless the paper defines it otherwise."""
        for j, i in spelt_proposals(ex, mentions, self.key).items():
            na, nl = out[j], out[i]
            if na is None or nl is None or na == nl or not numbers_agree(na, nl, (mentions[j].text, mentions[i].text)) \
                    or na in local:
                continue
            local[na] = nl
            if sm is not None:
                sm.long_forms[nl] = None
                sm.acronyms.setdefault(nl, set()).add(mentions[j].text)

    def _written_definitions(self, mentions: tuple[Mention, ...], defs: dict[int, str], out: list[Node | None],
                             local: dict[Node, Node], sm: LinkSummary | None) -> dict[Node, Node]:
        """An acronym the paper coins after words no mention holds, "Foo Bar (FB)" (``defs``:
        :func:`~kg.link.tokens.written_definitions`), means those words in the paper, unless the paper defines it
        otherwise: it is no bare user of the long form another paper gives the same letters. Acronym node -> the
        long form's; no vote for what the acronym means across the corpus (the words are no mention: their type
        is the acronym's guess, "Foo Faces (FF)" typed a Method, until the words around the acronym in the paper
        vote for it too: :meth:`_written_keys`)."""
        written: dict[Node, Node] = {}
        for i, long in defs.items():
            m, na = mentions[i], out[i]
            nl = (m.type, self.key(long))
            if na is None or nl == na or na in local or na in written or not numbers_agree(na, nl, (m.text, long)):
                continue
            written[na] = nl
            if sm is not None:
                sm.form(m.type, long, 0)
                sm.long_forms[nl] = None
                sm.acronyms.setdefault(nl, set()).add(m.text)
        return written

    def _written_keys(self, mentions: tuple[Mention, ...], out: list[Node | None],
                      defs: dict[int, str]) -> dict[str, str]:
        """The key of each acronym the paper coins after words no mention holds and links to them
        (:meth:`_written_definitions`) -> the long form's key. The words around the acronym in this paper say what
        the long form it stands for here is, too ("the Foo Bar (FB) dataset": a data set; :class:`_AlsoVotes`): the
        long form has no mention, so no votes, of its own, and would keep the type the extractor guessed for the
        acronym's shape."""
        keys: dict[str, str] = {}
        for i, long in defs.items():
            n = out[i]
            if n is not None and n == (mentions[i].type, self.key(long)):
                keys[self.key(mentions[i].text)] = n[1]
        return keys

    def _topics(self, ex: Extraction, mentions: tuple[Mention, ...], out: list[Node | None],
                local: dict[Node, Node], sm: LinkSummary, named: set[int]) -> None:
        """Count the paper's topic words (:mod:`kg.link.context`) for the acronyms it defines and for the
        acronyms it uses bare (written like an acronym, matched by no lexicon, not defined here), and its month for
        the latter (:mod:`kg.link.dates`); keep them, and the names the paper writes, for each short acronym it uses
        bare (:mod:`kg.link.bare`). ``named``: the indices of the names it coins (:meth:`_coined_letters`)."""
        words = topic_words(ex.paper.title or "", ex.paper.abstract or "")
        sm.topic_df.update(words)
        keys = {an[1] for an in local}
        bare = {n: m.text for m, n in zip(mentions, out) if n is not None and n not in local and n[1] not in keys
                and not m.canonical and m.rule not in LEXICON_RULES and acronym_shaped(m.text)}
        for an in local:  # by the acronym's node: a paper defining the letters as another type vouches for none
            sm.def_topics.setdefault(an, Counter()).update(words)
        month = paper_month(ex.paper.id, ex.paper.year)
        self._own_letters(ex, out, bare, sm)
        self._coined_letters(ex, out, bare, month, sm, named)
        if month:
            for n in local.values():  # the long forms the paper defines letters for, and when
                sm.def_months[n] = min(month, sm.def_months.get(n, month))
        for k in {n[1] for n in bare}:
            sm.bare_topics.setdefault(k, Counter()).update(words)
            sm.bare_papers[k] += 1
            if month:
                sm.bare_months.setdefault(k, Counter())[month] += 1
        names = frozenset(n[1] for n in out if n is not None)  # the names it writes (kg.link.bare)
        sm.name_df.update(names)
        for n, text in bare.items():  # a short acronym used bare: the paper's topic words and names
            if short_acronym(text):
                sm.bare_by.setdefault(n, {})[ex.paper.id] = (words, names)
        for n, use in paper_uses(lambda m: ex.paper.title if m.field == "title" else ex.paper.abstract,
                                 mentions, out, words).items():  # kg.link.split_senses
            sm.homonym_by.setdefault(n, {})[ex.paper.id] = use

    @staticmethod
    def _own_letters(ex: Extraction, out: list[Node | None], bare: dict[Node, str], sm: LinkSummary) -> None:
        """Record in ``sm`` the acronyms the paper uses bare that its own title or abstract spells by a capitalised
        phrase of its own (:func:`~kg.link.own_letters.own_phrases`), with the paper's other nodes: no use of the
        long form other papers give the letters (:mod:`kg.link.own_letters`)."""
        found = {n: (text, phrases) for n, text in bare.items()
                 if (phrases := own_phrases(text, ex.paper.title or "", ex.paper.abstract or ""))}
        others = frozenset(o for o in out if o is not None and o not in found)  # (the letters as another type aside)
        for n, (text, phrases) in found.items():
            sm.own_letters.setdefault(n, {})[ex.paper.id] = (text, phrases, others)

    @staticmethod
    def _coined_letters(ex: Extraction, out: list[Node | None], bare: dict[Node, str], month: int, sm: LinkSummary,
                        named: set[int]) -> None:
        """Record in ``sm`` the acronyms the paper uses bare and coins by a naming cue ("a planner called Q-HN", a
        title "Q-HN: ..."; ``named``: :func:`~kg.link.coinages.coined_keys`), with its month and its other nodes:
        letters it names its own thing by (:func:`~kg.link.own_letters.coined_uses`). Not a paper of unknown month."""
        if not ex.proposed or not month:
            return
        coined = {out[i] for i in named}
        for n, text in bare.items():
            if n in coined:
                others = frozenset(o for o in out if o is not None and o != n)
                sm.coined_letters.setdefault(n, {})[ex.paper.id] = (text, month, others)

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
            if target is None and m.canonical and m.rule not in CORPUS_CANONICAL and (
                    is_definition(m.text, m.canonical) if m.rule == "acronym-ref" else key(m.canonical) != key(m.text)):
                if sm is not None:  # the long form is a name of the entity even if not a mention here
                    sm.form(m.type, m.canonical, 0)
                nc = (m.type, key(m.canonical))
                # (a "version" mention is a piece of the name the rule wrote whole: "3mix" of "WSJ0-2/3mix")
                target = nc if m.rule == "version" or numbers_agree(n, nc, (m.text, m.canonical)) else None
            if target is not None and target != n:
                out[i] = target
                if sm is not None:
                    sm.local_acronyms += 1

    def _vote(self, ex: Extraction, mentions: tuple[Mention, ...], votes: TypeVotes | _AlsoVotes,
              renamed: dict[str, str] | None = None) -> None:
        """The type votes of one paper's mentions, of the words around them and of its results' roles
        (see :mod:`kg.link.types`); ``renamed``: the keys of the paper's coined long forms -> their nodes' keys."""
        seen: set[tuple[str, EntityType]] = set()
        texts: dict[str, str] = {}
        listed: dict[str, list[tuple[int, int, EntityType, str, str, str]]] = {}
        refs: list[tuple[str, str, EntityType]] = []  # an acronym's mentions typed by its long form (add_refs)
        used: set[tuple[str, EntityType]] = set()  # a lexicon Task name's use in the paper: (key, Task goal or Method means)
        family: set[str] = set()  # the lexicon Task names the paper calls a family of techniques ("X methods")
        unfounded: set[str] | None = None  # (read for few mentions: built on the first)
        title_starts = frozenset(m.start for m in mentions if m.field == "title" and m.type in _MEANS_TYPES)

        def node_key(name: str) -> str:
            k = self._key_words(name)[0]
            return renamed.get(k, k) if renamed else k  # a coined long form votes for its own node (_coined)

        for m in mentions:
            t = m.type
            if t not in NAME_TYPES:
                continue
            k = node_key(m.text)
            kind = rule_kind(m.rule, bool(m.canonical) and m.rule != "acronym-ref", t, m.text)
            for_task = kind != "lexicon" and self._task_system(ex, m, texts)  # "a story comprehension model"
            if kind == "acronym" and m.rule == "acronym-ref" and m.canonical:  # typed by the long form: follows it
                refs.append((k, node_key(m.canonical), t))
            else:
                votes.add(k, t, "shape" if for_task and t is EntityType.METHOD and m.rule == "object" else kind, seen)
            listed.setdefault(m.field, []).append((m.start, m.end, t, kind, m.rule, k))
            self._word_use_votes(ex, m, k, texts, votes, seen)
            if kind != "lexicon":  # a lexicon match is strong already: only weaker ones read around
                text = self._field_text(ex, m.field, texts)
                cue = _cue_of(text, m, kind)
                use = _use_of(m, text, title_starts, cue) if t in _MEANS_TYPES and m.end <= len(text) else None  # "with X"
                if use is not None:  # "trained with X" (a means), "for X" (a goal): see kg.link.means
                    _use_votes(m, (k, use), votes, seen, node_key, use == "means" and _long_form_use(m, text))
                if kind == "shape" and m.end <= len(text):
                    _shape_votes(text, m, k, votes, seen)
                elif kind in _OBJECT_KINDS and t is EntityType.METHOD and m.end <= len(text):
                    _object_votes(text, m, k, votes, seen)  # a rule's default, an acronym's letters: "detect X"
                if cue is not None and cue[0] is EntityType.TASK and task_word(text, m.start, m.end):
                    votes.add(k, cue[0], "task", seen)  # "the NDH task": a task the paper names
                elif cue is not None and not (for_task and cue == _METHOD_CUE):  # not "text recognition models"
                    votes.add(k, cue[0], "cue" if t is EntityType.TASK and kind not in WEAK_KINDS else cue[1], seen)
                    if cue == _DATA_HEAD and m.rule == "acronym-ref":
                        if unfounded is None:
                            unfounded = self._default_long_forms(ex, mentions, texts)
                        if m.canonical in unfounded and not plural_data_after(text, m.end):
                            votes.add(node_key(m.canonical), *cue, seen)  # "mQC and Foo datasets": what mQC stands for
                    if kind == "default" and cue[0] is t:  # "a model named X": the words confirm the rule's type
                        votes.add(k, t, "context", seen)
            elif t is EntityType.TASK and (k, EntityType.TASK) not in used:  # a lexicon's Task: used as a means?
                self._lexicon_use(ex, m, k, texts, votes, used, family)
        self._family_votes(used, family, votes)
        self._list_votes(ex, listed, votes, seen)
        self._result_votes(ex, votes, seen)
        votes.add_refs(refs, seen)  # after every other vote: whether a paper is strong for a type without them

    def _result_votes(self, ex: Extraction, votes: TypeVotes | _AlsoVotes, seen: set[tuple[str, EntityType]]) -> None:
        """A ``result`` vote for the method, data set and metric of each of a paper's results."""
        for r in ex.results:
            data = without_split(r.dataset) if r.dataset else None  # ("Foo test-dev" votes for Foo)
            for name, t in ((r.method, EntityType.METHOD), (data, EntityType.DATASET), (r.metric, EntityType.METRIC)):
                if name:
                    votes.add(self._key_words(name)[0], t, "result", seen)

    @staticmethod
    def _default_long_forms(ex: Extraction, mentions: tuple[Mention, ...], texts: dict[str, str]) -> set[str]:
        """The long forms of a paper's acronyms that are a Method by the acronym rule's default only: no head word of
        a method ends them (:func:`~kg.link.cues.method_headed`) and no type word follows them ("modified Quokka
        Campus (mQC)", not "Quokka Glyph Network (QGN)" nor "Quokka Glyph (QG) module"). The acronym stands for such a
        long form in the paper: a dataset word that heads it ("mQC and Foo datasets") votes for the long form too."""
        out: set[str] = set()
        for m in mentions:
            if m.rule != "acronym" or m.type is not EntityType.METHOD or m.canonical or method_headed(m.text):
                continue  # (a canonical name: a lexicon's long form)
            text = Collect._field_text(ex, m.field, texts)
            cue = text_cue_kind(text, m.start, m.end) if m.end <= len(text) else None
            if cue is None or cue[0] is not EntityType.METHOD:
                out.add(m.text)
        return out

    @staticmethod
    def _task_system(ex: Extraction, m: Mention, texts: dict[str, str]) -> bool:
        """Whether a method word after a mention names a system for the task the mention names ("a story comprehension
        model": :func:`~kg.link.task_systems.task_system`): the word is no evidence of a Method, nor is the rule that
        read the proposal's object before it."""
        text = Collect._field_text(ex, m.field, texts)
        return m.end <= len(text) and task_system(text, m.start, m.end)

    @staticmethod
    def _field_text(ex: Extraction, field: str, texts: dict[str, str]) -> str:
        """The text of a paper's field, read once per paper into ``texts`` ("" for a field no paper text holds)."""
        text = texts.get(field)
        if text is None:
            text = texts[field] = ex.paper.text(field) if field in FIELDS else ""
        return text

    @staticmethod
    def _lexicon_use(ex: Extraction, m: Mention, k: str, texts: dict[str, str], votes: TypeVotes | _AlsoVotes,
                     used: set[tuple[str, EntityType]], family: set[str]) -> None:
        """The use a paper makes of a lexicon's Task name (:func:`~kg.link.means.lexicon_use_kind`), once per paper and
        name: a ``means`` ("we use X to ...", "we leverage dense X and ...", and where nothing else is said, what a method
        is built on: "X-based models", "relies on X": :func:`~kg.link.means.step_kind` without its part nouns, as "a
        classification layer" does the task) or a ``goal`` ("for X", "X tasks", "on X"; any goal of the paper wins). Both
        weigh nothing; a generated lexicon's Task that papers only use is a Method (:func:`~kg.link.means.clearly_used`).
        Else a ``family`` where a noun of a family of techniques follows it ("X methods",
        :func:`~kg.link.means.family_after`: ``family``), once per paper and only where the paper gives no ``means``
        (:meth:`_family_votes`; its weight: :func:`~kg.link.means.used_technique`). ``used`` holds the uses read,
        (key, Task) for a goal and (key, Method) for a means."""
        text = Collect._field_text(ex, m.field, texts)
        if m.end > len(text):
            return
        use = lexicon_use_kind(text, m.start, m.end)
        cue = text_cue_kind(text, m.start, m.end) if use is None else None  # "X tasks", "on X"
        if use == "goal" or (cue is not None and (cue[0] is EntityType.TASK or cue == (EntityType.DATASET, "cue"))):
            used.add((k, EntityType.TASK))
            votes.add(k, EntityType.TASK, "goal", None)
            return
        use = step_kind(text, m.start, m.end, use, parts=False)  # "X-based models", "relies on X"
        if use == "means" and (k, EntityType.METHOD) not in used:
            used.add((k, EntityType.METHOD))
            votes.add(k, EntityType.METHOD, "means", None)
        elif use is None and family_after(text, m.end):  # "X algorithms": voted at the paper's end (_family_votes)
            family.add(k)

    @staticmethod
    def _family_votes(used: set[tuple[str, EntityType]], family: set[str], votes: TypeVotes | _AlsoVotes) -> None:
        """A ``family`` vote for each lexicon Task name a paper calls a family of techniques ("X methods") and does not
        use as a means too: a paper counts once (:func:`~kg.link.means.used_technique` adds the two)."""
        for k in sorted(family):
            if (k, EntityType.METHOD) not in used:
                votes.add(k, EntityType.METHOD, "family", None)

    @classmethod
    def _word_use_votes(cls, ex: Extraction, m: Mention, k: str, texts: dict[str, str],
                        votes: TypeVotes | _AlsoVotes, seen: set[tuple[str, EntityType]]) -> None:
        """The votes of what the words around a Task, Method or Dataset mention use it as (:meth:`_vote`): a field or
        an area, an ability of a model, a problem's form (of a mention no curated lexicon entry matched: a curated name
        that another rule found gets the vote too, and :func:`kg.graph.task_kinds.problem_form` leaves curated
        Tasks alone), a thing a verb of output outputs, an apparatus a name is described as, whatever
        its type (:mod:`kg.link.apparatus`: the graph reads it of Dataset nodes)."""
        t = m.type
        if t is EntityType.TASK and cls._read_use(field_use, ex, m, texts):  # "a key step in X": kg.link.fields
            votes.add(k, t, "field", seen)
        elif t is EntityType.TASK and cls._read_use(ability_use, ex, m, texts):  # "the X ability": kg.link.fields
            votes.add(k, t, "ability", seen)
        elif t is EntityType.METHOD and cls._read_use(output_object, ex, m, texts):  # "predict saliency maps"
            votes.add(k, t, "output", seen)
        if t is EntityType.TASK and m.rule != "lexicon" and cls._read_use(form_use, ex, m, texts):
            votes.add(k, t, "form", seen)  # "cast as X", "X settings": kg.link.forms
        if cls._read_use(apparatus_use, ex, m, texts):  # "X, a 3D simulator": kg.link.apparatus
            votes.add(k, t, "apparatus", seen)

    @staticmethod
    def _read_use(use: Callable[[str, int, int], bool], ex: Extraction, m: Mention, texts: dict[str, str]) -> bool:
        """Whether ``use`` reads the words around a mention of its field's text as its use: a field or an
        application area (:func:`kg.link.fields.field_use`), an ability of a model
        (:func:`kg.link.fields.ability_use`), what a verb of output outputs (:func:`kg.link.outputs.output_object`)."""
        text = Collect._field_text(ex, m.field, texts)
        return m.end <= len(text) and use(text, m.start, m.end)

    @staticmethod
    def _list_votes(ex: Extraction, listed: dict[str, list[tuple[int, int, EntityType, str, str, str]]],
                    votes: TypeVotes | _AlsoVotes, seen: set[tuple[str, EntityType]]) -> None:
        """A Dataset vote (``head``) for each name typed by its shape only that a list of datasets holds
        (:mod:`kg.link.coordination`: "on FooSet, Quokka-7 and BarSet")."""
        for field, members in listed.items():
            if len(members) < 2 or field not in FIELDS:
                continue
            members.sort(key=lambda x: (x[0], x[1]))
            for i in dataset_members(ex.paper.text(field), members):
                votes.add(members[i][5], EntityType.DATASET, "head", seen)


def _cue_of(text: str, m: Mention, kind: str) -> tuple[EntityType, str] | None:
    """The type cue of the words around a mention (:func:`~kg.link.cues.text_cue_kind`); "on X" in the clause of an
    evaluation (:func:`~kg.link.evaluation_frames.evaluated_on`: "outperforms the baselines on X", "84.1% accuracy on X") is a
    ``head`` of a Dataset for a Method that only its shape or a rule's default typed: a name a paper is evaluated on
    is a benchmark, as one a dataset word heads is ("Quokka-7" a coined word, compared on, no method compared)."""
    if m.end > len(text):
        return None
    cue = text_cue_kind(text, m.start, m.end)
    if cue == _DATA_CUE and m.type is EntityType.METHOD and kind in WEAK_KINDS and evaluated_on(text, m.start, m.end):
        return _DATA_HEAD
    return cue


def _long_form_use(m: Mention, text: str) -> bool:
    """Whether an acronym's mention is used as a means as its long form's would be read (:func:`_use_of` for a Task:
    "with X" only after a verb, "refined with X as ...", not "problems with X,"), or names a step ("X-based")."""
    return m.rule == "acronym-ref" and bool(m.canonical) \
        and step_kind(text, m.start, m.end, use_kind(text, m.start, m.end, verb_with=True)) == "means"


def _use_votes(m: Mention, use: tuple[str, str], votes, seen: set, node_key: Callable[[str], str],
               long_form: bool = False) -> None:
    """The votes of a Method or Task mention's use (``use``: its key, and "means" or "goal"; :func:`_use_of`): a
    means is a Method's, a goal a Task's (a Method's too, first); an acronym's use as a means ("X-based", "refined
    with X as ...") counts for the long form the paper defines it as too where it reads so for the long form
    (``long_form``, :func:`_long_form_use`)."""
    k, kind = use
    goal = (m.type,) if m.type is EntityType.TASK else (m.type, EntityType.TASK)  # a goal: a Task's use (in order)
    for u in (EntityType.METHOD,) if kind == "means" else goal:
        votes.add(k, u, kind, seen)
    if kind == "means" and long_form:  # "GSA-based", "with GSA": what GSA stands for, too
        votes.add(node_key(m.canonical), EntityType.METHOD, kind, seen)


def _shape_votes(text: str, m: Mention, k: str, votes, seen: set) -> None:
    """What the words around a name typed by its shape only say it is (:meth:`Collect._vote`): data ("LiDAR point
    clouds"), and for a Method a unit of measure ("in 0.4 GPU-days", :mod:`kg.link.units`) or a noun's modifier
    ("JPEG artifacts", :mod:`kg.link.modifiers`) or a word read neither way after it ("JPEG deblocking")."""
    if data_after(text, m.end):
        votes.add(k, m.type, "data", seen)
    if m.type is EntityType.METHOD and after_quantity(text, m.start):
        votes.add(k, m.type, "unit", seen)
    if m.type is EntityType.METHOD and modifier_after(text, m.end, m.start):
        votes.add(k, m.type, "modifier", seen)
    elif m.type is EntityType.METHOD and unread_after(text, m.end, m.field == "title"):
        votes.add(k, m.type, "unread", seen)
    elif m.type is EntityType.METHOD:
        _object_votes(text, m, k, votes, seen)


#: The kinds of a Method mention whose words are read for another kind of thing (:func:`_object_votes`) besides
#: ``shape`` (read with the other words of data, :func:`_shape_votes`): a rule's default, an acronym's letters.
_OBJECT_KINDS = frozenset({"default", "acronym"})


def _object_votes(text: str, m: Mention, k: str, votes, seen: set) -> None:
    """A Method mention typed by its shape, a rule's default or an acronym's letters that no noun follows, read as
    another kind of thing (:mod:`kg.link.objects`): ``kind`` where the sentence names its kind ("the game X", "at X's
    GitHub repository"),
    ``object`` where a recognition task is done to it ("recognizing X"). One vote a mention, never beside a
    ``modifier`` (:func:`kg.graph.method_objects.other_kind` adds the three)."""
    if m.type is not EntityType.METHOD or modifier_after(text, m.end, m.start):
        return
    if kind_use(text, m.start, m.end):
        votes.add(k, m.type, "kind", seen)
    elif task_object(text, m.start, m.end):
        votes.add(k, m.type, "object", seen)
