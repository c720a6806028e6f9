"""Resolve mentions into entities: types -> lexicon -> exact key -> variants -> fuzzy (blocked) -> acronym,
with union-find.

The nodes of the union-find are ``(type, compact_key)`` pairs (:func:`kg.link.normalize.compact_key`):
every surface form that normalises to the same key is one node, so case, hyphens, spacing, plurals,
Unicode dashes, a leading "the" and a trailing "dataset"/"model"/... never split an entity, and
version/size tokens ("ResNet-50", "BERT-base", "ImageNet-1K") always do. Joins are scoped by type,
after each name got one type from the whole corpus (below): a Dataset and a Method of one name are two
entities only when the evidence says they are two things.

Before any join, two corpus-level decisions:

- **whole tokens** (:mod:`kg.link.tokens`): a Method or Dataset cut out of a longer token ("Scenes" in
  "nuScenes") or glued behind a prefix by a hyphen ("Info-GAN", "A-Softmax") is linked as the whole token;
- **one type per name** (:mod:`kg.link.types`): every name's mentions, the words around them, the roles
  results give them and the lexicon vote; the losing types' nodes are redirected to the winner's, unless
  the evidence shows two things (several papers, or an acronym defined in each type). The votes are kept
  on the entity (``type_votes``; of a name kept apart as two entities, each records its own type's votes).

Nodes are joined in this order (each phase's joins sorted, so the result does not depend on the order
of the input):

1. **existing** entities (``kg build --append``): an earlier build's name and aliases are joined and the
   cluster is *anchored* to the old id. Two anchored clusters are never joined (old ids stay stable);
   an alias that two old entities share, or that is another old entity's name, anchors nothing.
2. **lexicon**: a mention with a ``canonical`` from the lexicon (or a long form's acronym) joins the
   canonical's node, unless the lexicon lists its name as a broader term
   than the entry (:func:`~kg.link.types.is_broader_alias`: "re-ranking" of "passage re-ranking").
   Before the types are decided, a name written with a trailing type word ("BLEU score", "COCO
   dataset") is folded into the bare name, unless the corpus writes it with type words of two kinds
   ("Inception Score", "Inception architecture": :func:`~kg.link.normalize.trailing_kind`); then each
   kind is a node, and only the kind that says the bare name's type joins it. The canonical of any
   other rule is the paper's reading of one mention (an ``acronym-ref``'s long form, a metric read as
   the paper's longer name: "error" as "mean error"): that mention links there, the name joins nothing.
   Likewise a measure the same paper also writes with one head word ("top-1" beside the paper's only
   "top-1 error") is that measure in that paper.
3. **variants**: names of one type with one :func:`~kg.link.normalize.variant_form` ("Generative
   Adversarial Net(work)", "Non-Maxim(al|um) Suppression", "peak signal(-to-)noise ratio", "convolutional
   (neural) network"), a key that is a name of a lexicon entry of its type (a spelling no mention matched
   as written), a Method named by a compound or participle modifier alone and the same with "learning"
   ("self-supervised", "self-supervised learning"), and a short numbered name that abbreviates exactly one longer name with the same numbers
   ("H3.6M" / "Human3.6M", "NYUDv2" / "NYU Depth V2").
4. **fuzzy**: two keys of one block with rapidfuzz ``ratio`` >= ``fuzzy_threshold`` (both at least
   ``fuzzy_min_len`` characters) whose names are spelling variants: the same words but one, spelt with
   one letter more or less, "s" for "z" or another ending ("pseudo-label(l)ing", "neighbo(u)r",
   "convolution(al)"), never another word ("Retrieval-Augmented (Meta) Learning", "ImageNet(-C)"),
   prefix ("(re)construction") or letter ("conte(n|x)t"). Names written like coined names
   ("DenseNet", "ResNeXt", "LayoutLM") are never fuzzy-matched: one letter makes another model there.
   Blocks are (type, version/size tokens, first ``prefix_len`` characters), so names with different
   numbers are never compared; a block with more than ``max_block`` keys is split by a two characters
   longer prefix until it is small enough. So a key meets at most ``max_block`` others: the cost is
   linear in the number of distinct names, never all pairs.
   Then **misspellings** (:mod:`kg.link.typos`): a rare name one slip inside a long word from the one
   frequent name of its type, with the same capitals ("CommensenseQA" / "CommonsenseQA"; never
   "EfficientDet" / "EfficientNet").
5. **acronyms**, across the corpus. Inside a paper, an acronym the paper defines ("Vision Transformer
   (ViT)", or a title "CURL: Contrastive Unsupervised Representations for Reinforcement Learning" that
   spells it, :mod:`kg.link.titles`; or a bare acronym made of the initials of every word of a name the paper
   proposes in its title, "PQD" in a paper titled "Probabilistic Quokka Depth: ...") always means the paper's
   long form: every mention of it in that paper
   links there, and so does a mention of its type at the tail of the title's long form ("Graph Neural
   Network" in "MAGNN: Metapath Aggregated Graph Neural Network"). An acronym only one paper defines as a
   long form (other papers may define the letters as things of other types) joins the bare uses of other
   papers only when they are about what that paper is about
   (:mod:`kg.link.context`: rare topic words shared; the "BP" of a paper on weight symmetry is not the
   "binary partitioning (BP)" of another), and never when half of them or more were written before a paper coined it
   (:mod:`kg.link.dates`: a paper of 2012 writing "DNA" bare does not mean a 2022 paper's "Dual Network
   Architecture (DNA)"). A *bare* acronym elsewhere joins the long form its definitions agree on, and only when
   that long form holds at least half of the papers that define the acronym in any type ("HOI" defined
   once as a Method "higher-order inference" and three times as "human-object interaction" joins neither). When a type's acronym is defined in
   different ways (long forms that did not cluster together), bare uses go to the most frequent
   definition only if it holds at least ``acronym_majority`` of the defining papers (3 of 4 by default);
   otherwise the acronym stays a node of its own ("SAM" defined once as "Segment Anything Model" and once
   as "Sparse Attention Module" gives three entities). An acronym that already belongs to another
   cluster (a lexicon name, an old entity) is not re-pointed: the long form joins that cluster only
   when it is evidently the same thing (see ``kg.link.acronyms.Acronyms._confirms``: "Stanford Question Answering
   Dataset (SQuAD)" joins the lexicon's SQuAD, "Sparse Attention Module (SAM)" never joins the lexicon's
   "Segment Anything Model"). An acronym whose version number differs from its long form's is never
   joined, not even inside its paper; a digit that stands for a word of a long form without numbers ("R2R" of
   "Room-to-Room", :func:`~kg.link.normalize.digits_spelt`) is no version number. A long form that one or two papers define the acronym as and that
   respells, word by word, the lexicon entity's or the dominant long form's name ("structure similarity
   index", "Mean Average Precious": a shared stem, or one slip in a long word) joins that cluster
   (:func:`~kg.link.acronyms.respelt_long_form`; "recursive" / "recurrent" are two words). A long form
   that coins its acronym from capitals marked inside its words ("SElf-supERvised (SEER)",
   :func:`~kg.extract.acronym_letters.spelt_inside`) is a name of its own, "LONG (ACRO)" (shown as LONG): not
   the generic term its words spell ("self-supervised") nor another paper's coinage of the same letters; it
   joins LONG only when other papers define ACRO as LONG too (:meth:`~kg.link.acronyms.Acronyms._join_coined`).
   So is a component a paper gives letters spelling its component word, "feature selection module (FSM)"
   (:mod:`kg.link.components`: module, layer, mechanism, the words the key drops; not a model's, nor letters the
   lexicon knows for a component of those words, "CBAM"): not the technique "feature selection" of other papers.
6. **spelt-out acronyms** (:mod:`kg.link.expansions`): a name of two words or more that writes a
   one-word acronym of its type ("bidirectional LSTM", "Visual QA", "Deep CNNs") joins the name that
   spells the acronym out as its cluster's long form ("bidirectional long short-term memory"), when the
   corpus has that name and two papers or more define the acronym so. An acronym defined different
   ways has no long form in its cluster (step 5), so it spells out nothing; numbers stay as written. A name also
   spells out an acronym the texts of two papers or more define, mention or not, all as the same words ("knowledge graph
   (KG)": "KG embedding" joins "knowledge graph embedding"), where the name writes it with a capital.

Each cluster that has mentions is one :class:`~kg.models.Entity`. An old entity keeps its id and name.
Then **coinages** (:mod:`kg.link.coinages`): when two papers about different things each coin the name of
one entity (propose it, naming it in the title or defining an acronym with it; no lexicon entity, a name
written like a coinage), every coinage but the earliest is an entity of its own paper (same name, id
``-2``, ...); the papers only using the name stay with the earliest. Likewise **short acronyms**
(:mod:`kg.link.bare`): a name of two to four capitals that no paper defines ("QZV") is one entity only among
the papers using it bare that share a rare topic word or name; each other such group gets an entity of its
own (in a corpus of 1,000 papers or more). Likewise **own letters** (:mod:`kg.link.own_letters`): a paper that
writes an acronym bare while its own title or abstract spells it by a capitalised phrase sharing no word with the
names of the entity the acronym joined ("Dual Supervision" beside "DS-Net", another paper's "Dynamic Shifting
Network (DS-Net)") means its own thing: an entity of its own, where no other paper links to the letters; so does
a paper coining the letters by a naming cue ("a planner called Q-HN") in a form no earlier definer writes them in
("qHNs"; an old entity's acronyms count as such in an appended build). Likewise **instances of a term**
(:mod:`kg.link.instances`): a paper coining an acronym for a lower-case phrase that two other papers or more write
while none writes the acronym ("novel graph pooling (gPool)") names its own instance of the term: its mentions
are an entity of their own named by the acronym; the other papers' phrase stays the term. Likewise **senses
spelt apart** (:mod:`kg.link.split_senses`): the papers of a Method or Dataset proper name written like an acronym,
lexicon entity or not, grouped by the rare Dataset and Task names and topic words they share into fields of two
papers or more; a field that spells the name out ("Quokka Zone Videos (QZV)", "the wombat photo rating benchmark
(QZV)") in rare words no paper of the largest field writes, while that field spells it out too, is an entity of its
own ("QZV (wombat photo rating benchmark)"). And
**everyday words** (:mod:`kg.link.cased`): in a Method or
Dataset no lexicon entry names, the papers writing its letters only as an everyday word in ordinary case
("pose module", a title's "Fusion") and those writing them in capitals ("POSE", "FUSION") are an entity each.
Otherwise the name is the lexicon canonical if any, else the long form of a defined acronym, else the
most frequent surface form (for methods and tasks a singular form first; ties: written capitals,
shorter, alphabetical), and the id ``node_id(type, name)`` (a clash with another id gets ``-2``, ...).
Repositories are linked by :func:`~kg.link.normalize.url_key` and named by
:func:`~kg.link.normalize.clean_url`.

The code: this module holds the configuration (:class:`Resolver`) and :func:`link`; one run
(:class:`~kg.link.run.LinkRun`) owns a node table (:mod:`kg.link.nodes`, counts and clusters in
:mod:`kg.link.tables`) and does each step in a module of its own: per record :mod:`kg.link.collect`
(phase 1) and :mod:`kg.link.apply` (phase 3); over the corpus :mod:`kg.link.retype` (one type per
name), :mod:`kg.link.joins` (steps 1-3), :mod:`kg.link.fuzzy` (4), :mod:`kg.link.acronyms` (5) and
:mod:`kg.link.naming` (the entities).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Callable, Iterable

from kg.errors import LinkError
from kg.link.acronyms import LEXICON_ACRONYM_SUPPORT
from kg.link.joins import ABBREVIATION_MAX
from kg.link.nodes import LEXICON_RULES
from kg.link.run import LinkPlan, LinkRun
from kg.link.summary import LinkSummary, LinkTable
from kg.link.tables import LinkStats
from kg.models import Entity, Extraction, Linked, Linking

__all__ = ["ABBREVIATION_MAX", "ACRONYM_MAJORITY", "FUZZY_MIN_LEN", "FUZZY_THRESHOLD", "LEXICON_ACRONYM_SUPPORT",
           "LEXICON_RULES", "LinkPlan", "LinkStats", "MAX_BLOCK", "PREFIX_LEN", "Resolver", "link"]

#: Similarity (rapidfuzz ``ratio`` of the keys, 0-100) from which two names of one block are candidates;
#: a candidate pair merges only if the names are spelling variants
#: (:func:`~kg.link.normalize.spelling_variants`: one word spelt differently, "neighbo(u)r",
#: "locali(s|z)ation", "convolution(al)"), and neither is written like a coined name
#: (:func:`~kg.link.normalize.is_proper_name`: "DenseNet" / "DenseUNet", "ResNet" / "ResNeXt").
FUZZY_THRESHOLD = 85.0
#: Keys shorter than this are never fuzzy-matched (short names differ by one letter: "GAN" / "GCN").
FUZZY_MIN_LEN = 8
#: Characters of the key that a fuzzy block shares.
PREFIX_LEN = 4
#: A block with more keys than this is split by a longer prefix (bounds comparisons per key).
MAX_BLOCK = 256
#: Share of the defining papers the most frequent definition of an ambiguous acronym needs for bare
#: uses of the acronym to join it.
ACRONYM_MAJORITY = 0.75


@dataclass(frozen=True)
class Resolver:
    """Link a corpus of extractions; the parameters are the thresholds documented in this module.

    A resolver is only its configuration (frozen): each :meth:`plan` builds its tables in a run of its
    own (:class:`LinkRun`) that the returned :class:`LinkPlan` owns, so two plans never share state.
    """

    fuzzy_threshold: float = FUZZY_THRESHOLD
    fuzzy_min_len: int = FUZZY_MIN_LEN
    prefix_len: int = PREFIX_LEN
    max_block: int = MAX_BLOCK
    acronym_majority: float = ACRONYM_MAJORITY

    def __post_init__(self) -> None:
        if not 0 < self.fuzzy_threshold <= 100:
            raise LinkError(f"fuzzy_threshold must be in (0, 100], got {self.fuzzy_threshold}")
        if not 0.5 < self.acronym_majority <= 1:
            raise LinkError(f"acronym_majority must be in (0.5, 1], got {self.acronym_majority}")
        if self.prefix_len < 1 or self.max_block < 2 or self.fuzzy_min_len < 1:
            raise LinkError("prefix_len and fuzzy_min_len must be >= 1 and max_block >= 2")

    def plan(self, extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None) -> "LinkPlan":
        """The first pass over a corpus (see :meth:`LinkRun.plan`); the plan owns its tables and stats."""
        return LinkRun(self).plan(extractions, existing)

    def summarise(self, extractions: Iterable[Extraction]) -> LinkSummary:
        """Phase 1 on a shard of records (a Dask partition): see :mod:`kg.link.summary`."""
        return LinkRun(self).summarise(extractions)

    def cluster(self, summary: LinkSummary, existing: dict[str, Entity] | None = None) -> tuple[LinkTable, LinkStats]:
        """Phase 2 on the merged summary of a corpus: its :class:`LinkTable` and the run's counts."""
        run = LinkRun(self)
        return run.cluster(summary, existing), run.stats

    def applier(self) -> Callable[[LinkTable, Extraction, dict[str, Entity]], Linked]:
        """Phase 3: a function ``apply(table, record, entities)`` (with a key cache of its own)."""
        return LinkRun(self).apply

    def link(self, extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None) -> Linking:
        """Link a corpus; ``existing`` is the entity table of an earlier build (ids to keep).

        Keeps every record in memory; :meth:`plan` + :meth:`LinkPlan.linked` link a corpus that is
        read twice instead (what ``kg build`` does, so memory does not hold the whole corpus).
        """
        exs = extractions if isinstance(extractions, (list, tuple)) else list(extractions)
        return self.plan(exs, existing).linking(exs)



def link(extractions: Iterable[Extraction], existing: dict[str, Entity] | None = None, **options) -> Linking:
    """Link the mentions of a corpus into entities (see :mod:`kg.link.resolver` for the rules).

    ``options`` are :class:`Resolver` parameters (``fuzzy_threshold``, ``fuzzy_min_len``,
    ``prefix_len``, ``max_block``, ``acronym_majority``).

    >>> from kg.models import Extraction, Mention, Paper
    >>> from kg.vocab import EntityType as T
    >>> vit = Mention(T.METHOD, "Vision Transformer", 0, 18, aliases=("ViT",))
    >>> a = Extraction(Paper("a", "", "Vision Transformer (ViT)"), (vit,))
    >>> b = Extraction(Paper("b", "", "We use ViTs."), (Mention(T.METHOD, "ViTs", 7, 11),))
    >>> lk = link([a, b])
    >>> lk.papers[1].mention_ids, sorted(lk.entities["method:vision-transformer"].aliases)
    (('method:vision-transformer',), ['ViT', 'ViTs', 'Vision Transformer'])
    """
    known = {f.name for f in fields(Resolver)}
    unknown = sorted(set(options) - known)
    if unknown:
        raise LinkError(f"unknown linking option(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return Resolver(**options).link(extractions, existing)
