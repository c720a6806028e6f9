"""From the gathered candidates to a doc's findings: candidates by shape dropped in text set in capitals,
the entity-hood filters, then overlaps, acronym links, proposals and results (:mod:`kg.extract.findings`).

Plain functions over a :class:`~kg.extract.doc_context.DocContext`; :func:`select` runs them in order.
"""
from __future__ import annotations

from kg.extract import (companies, context, coordinated, dataset_bounds, dataset_task_tails, dated_names, derived_data,
                        entityhood, furniture, glued_tails, metric_bounds, name_bounds, ordinary_words, own_systems,
                        proposals, rules, shared_tails, task_bounds, task_datasets, task_forgone, task_grow, task_refs,
                        task_roles, task_title_runs, title_case, transfer_pairs, variant_lists, weak_evidence)
from kg.extract.boundaries import top_k_count
from kg.extract.doc_context import DocContext
from kg.extract.findings import (DocFindings, link_acronyms, resolve, retype_before_data_noun, retype_dataset_pairs,
                                 retype_figure_lists, retype_list_members, retype_metric_pairs,
                                 retype_spelt_long_forms)
from kg.extract.candidates import Candidate
from kg.extract.numbered_parts import numbered_parts
from kg.extract.results import results
from kg.extract.words import GENERIC_ACRONYMS
from kg.vocab import EntityType as T

#: Rules that find a name by its shape or its place in a list, not by a definition: a generic acronym so found
#: ("DNN") is as generic as its long form.
_BARE_RULES = frozenset({"name", "list"})
#: Rules whose span is a name as written (a lexicon's, a title's head): a repeated word in it is the name's
#: ("Same Same But Different"), not a figure's labels run together.
_WRITTEN_NAME_RULES = frozenset({"lexicon", "lexicon-gen", "title-name"})

#: Rules that match a name as the lexicon writes it or as an acronym spells it out: its function words are the
#: name's ("BAG OF WORDS", "BAG OF TRICKS (BOT)").
_SPELT_RULES = frozenset({"lexicon", "lexicon-gen", "acronym", "acronym-ref"})

#: Rules that go by the shape of words, meaningless in text set in capitals.
_SHAPE_RULES = frozenset({"name", "dataset-context"})


def title_in_capitals(text: str, title_end: int) -> bool:
    """Whether the title is set all in capitals (three words or more, no lower-case letter) after a review stamp
    that opens it, if any (:func:`~kg.extract.furniture.title_lead`): a word's shape says nothing there, with or
    without a function word.

    >>> title_in_capitals("DEEP MULTI-PERSON POSE ESTIMATION\\n\\nWe ...", 33), title_in_capitals("BERT-GCN: a model", 17)
    (True, False)
    >>> title_in_capitals("Workshop track -QUOLL 2018 DEEP TREE PARSING", 44)
    True
    """
    title = text[:title_end] if title_end > 0 else ""
    title = title[furniture.title_lead(title):]
    return len(title.split()) >= 3 and not any(c.islower() for c in title)


def not_in_capitals(ctx: DocContext, cands: list[Candidate]) -> list[Candidate]:
    """In text set in capitals, name shapes and "X dataset" phrases are noise (lexicon names stay)."""
    text, title_end = ctx.text, ctx.title_end
    # capitals runs need a function word in capitals ("FOR"), which is never a plain token
    caps = rules.capitals_runs(text, hinted=any(text[a:b] in rules.CAPS_FUNCTION_SET
                                                for a, b in zip(ctx.name_starts, ctx.name_ends)))
    if title_in_capitals(text, title_end):  # "MULTI-VIEW MATCHING: FACILITATING MULTI-PERSON ..."
        caps = [*caps, (0, title_end)]
    if caps:
        cands = [c for c in cands if not (any(a <= c.start < b for a, b in caps) and _no_name_in_capitals(text, c))]
    return cands


def _no_name_in_capitals(text: str, c: Candidate) -> bool:
    """Whether a candidate that starts in text set in capitals is no name there: one found by its shape (a
    digit aside: "LRS2"), or one neither from the lexicon nor an acronym's long form that holds a function
    word set in capitals as a word of its own ("RECOGNITION OF NOISY SPEECH FOR THE X2": read in lower case,
    the title's own prepositions; no name starts, ends or runs across one)."""
    span = text[c.start:c.end]
    if c.rule in _SHAPE_RULES and not any(ch.isdigit() for ch in span):
        return True
    return c.rule not in _SPELT_RULES and any(w in rules.CAPS_FUNCTION_SET for w in span.split())


def _task_spans(ctx: DocContext, cands: list[Candidate]) -> list[Candidate]:
    """Task spans cut or grown to the task the words name, before the general entity-hood filters
    (:func:`entity_hood`)."""
    text = ctx.text
    cands = task_bounds.gerund_objects(text, cands)  # "tracking multiple objects": a verb and its object
    cands = task_bounds.bare_task_words(text, cands, ctx.tables.verb_words)  # "pose forecasting", not "forecasting"
    cands = task_grow.data_led_tasks(text, cands, ctx.tables.verb_words)  # "video pose estimation", "3D pose retrieval"
    cands = task_bounds.opened_tasks(text, cands, ctx.tables.task_openers)  # "single image deraining"
    cands = task_bounds.trim_tasks(text, cands, ctx.title_end)  # "Efficient Person Search" -> "Person Search"
    cands = task_bounds.method_led_tasks(text, cands, ctx.title_end, ctx.tables.method_openers)  # "Contrastive X"
    cands = task_title_runs.title_run_tasks(text, cands, ctx.title_end)  # "for Scene Graph Question Answering"
    cands = task_grow.direction_tasks(text, cands)  # "text-to-video retrieval", not "text-to-video"
    cands = task_grow.glued_directions(text, cands)  # "textto-image generation": text-to-image generation
    cands = task_grow.language_pair_tasks(text, cands)  # "English to German translation", not "German translation"
    return cands


def entity_hood(ctx: DocContext, cands: list[Candidate], links: list[tuple[str, int, int]]) -> list[Candidate]:
    """The candidates that can be entities by the evidence around them (see :mod:`kg.extract.entityhood`,
    :mod:`kg.extract.ordinary_words`, :mod:`kg.extract.weak_evidence`, :mod:`kg.extract.title_case`), metrics the
    sentence supports, and longer Title Case names over lexicon fragments."""
    text, sents, not_names = ctx.text, ctx.sents, ctx.not_names
    for _, s, e in links:  # nothing starts inside a link (one filter per link: no generator per candidate)
        cands = [c for c in cands if not (s <= c.start < e)]
    cands = _bounded(ctx, cands)  # the edges of names: footnote marks, versions, editions, compounds
    cands = _task_spans(ctx, cands)  # "tracking multiple objects", "Contrastive X", "text-to-video retrieval"
    cands = entityhood.whole_words(text, cands)  # no match starts or ends inside a word ("nuScenes")
    cands = entityhood.not_across_curated(cands)  # "CNN/Daily Mail", not "Daily Mail comprehension" across it
    furn = furniture.furniture_spans(text, sents)
    cands = furniture.outside(cands, furn)  # "[cs.CL]", headers, notes
    cands = entityhood.not_cited_authors(text, cands)  # "Peters et al., 2018"
    cands = entityhood.not_in_proper_names(text, cands, ctx.title_end, ctx.tables.common_words)  # "Texas" of "Texas A&M University"
    cands = ordinary_words.not_everyday(text, cands, ctx.tables.common_words)  # "Another dataset", "French corpus"
    cands = ordinary_words.not_capitalised_words(text, cands, ctx.tables.common_words)  # "EMPIRICAL RISK MINIMIZATION"
    # "PLanning" of "ExPlan (EXtra PLanning ...)", "eXtraction": words of a long form, not names
    cands = ordinary_words.not_acronym_letters(text, cands, ctx.tables.common_words, ctx.tables.verb_words)
    cands = entityhood.not_devices(text, cands)  # "QX7 cameras", "a ZB3 robot": devices, not names
    cands = companies.not_companies(text, cands)  # "as in the case of Netflix": the company, not its data
    # "Large Margin Cosine Loss", not "Margin Cosine Loss"
    cands = title_case.whole_title_case(text, cands, ctx.title_end, ctx.tables.verb_words)
    cands = weak_evidence.weak_evidence(text, cands)  # "Although ...", "absolute gain", "safety systems"
    cands = coordinated.coordinated_names(text, cands)  # "named F-BLSTM and F-BGRU": two names
    cands = task_roles.task_word_modifiers(text, cands, ctx.tables.verb_words)  # "a reasoning module"
    cands = task_roles.bare_task_roles(text, cands, ctx.title_end)  # "we perform clustering on the features"
    cands = context.filter_metrics(text, cands, sents, not_names)
    cands = context.merge_name_fragments(text, cands, ctx.title_end, sents, ctx.tables.verb_words)
    cands = task_datasets.dataset_led_tasks(text, cands, ctx.tables.dataset_keys)  # "Imagenet classification"
    cands = task_bounds.setting_led_tasks(text, cands)  # "Real-Time Object Detection" -> "Object Detection"
    cands = task_grow.level_tasks(text, cands)  # "graph-level property prediction"
    cands = task_grow.hyphen_lead_tasks(text, cands)  # "head-pose estimation", not "pose estimation"
    cands = task_grow.lexicon_lead_tasks(text, cands)  # "natural language inference", not "language inference"
    cands = task_grow.compound_leads(text, cands, ctx.tables.compounds)  # "bounding box regression", not "box regression"
    cands = task_grow.list_modifier_tasks(text, cands)  # "face recognition and verification": face verification
    cands = task_forgone.forgone_tasks(text, cands)  # "without face detection": a step done without, no task
    cands = _not_in_figure_labels(text, cands)  # "Anchor Scoring Anchor Refinement Module Output"
    cands = [c for c in cands if not ordinary_words.generic_name(text[c.start:c.end])
             and not (c.rule in _BARE_RULES and text[c.start:c.end] in GENERIC_ACRONYMS)
             and not (not_names and text[c.start:c.end] in not_names)
             and not (c.rule != "lexicon" and ordinary_words.generic(text[c.start:c.end]))
             and not (c.type is not T.METRIC and top_k_count(text[c.start:c.end]))]  # "rerank the TopN results"
    cands = metric_bounds.read_top_k_heads(text, cands, sents)  # "80.1% top-1" where only accuracy is said
    return furniture.before_furniture(text, cands, furn)  # a name grown since ends before it ("... PREPRINT")


def _bounded(ctx: DocContext, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with the edges of their names set by the words around them (:mod:`kg.extract.metric_bounds`,
    :mod:`kg.extract.dataset_bounds`, :mod:`kg.extract.name_bounds`): footnote marks off, metric heads completed,
    compounds, prefixes, versions and editions kept whole."""
    text, sents = ctx.text, ctx.sents
    cands = glued_tails.glued_stems(text, cands)  # "PointNetbased methods" -> "PointNet"
    cands = dataset_bounds.footnote_marks(text, cands)  # "RSNet 1 , to model" -> "RSNet"
    cands = metric_bounds.complete_metric_heads(text, cands)  # "Collision rate", "top-1 and top-5 errors"
    cands = metric_bounds.ungraded_metrics(text, cands)  # "wellknown fidelity" -> "fidelity"
    cands = metric_bounds.kind_named_metrics(text, cands)  # "a metric learning formulation called X": a Method
    cands = metric_bounds.generated_fragments(text, cands)  # "set accuracy" of "test set accuracy"
    cands = metric_bounds.computed_distances(text, cands, sents)  # "Relaxed Word Mover's Distance (RWMD)": a Method
    cands = name_bounds.compound_names(text, cands)  # "Wave-U-Net", "Glow-TTS": not "U-Net", "TTS"
    cands = name_bounds.prefixed_names(text, cands)  # "bi-LSTMs", "Intra-FID": not "LSTMs", "FID"
    cands = name_bounds.task_acronym_heads(text, cands, ctx.tables.common_words)  # "QA-Conv", "VQA-CPv2": no question answering
    cands = name_bounds.headed_names(text, cands)  # "QuokkaGrad Structured Network", "QuokkaCLIP score"
    cands = name_bounds.name_variants(text, cands)  # "CIFAR100-LT", "CLEVR-Ref+", "DeepID2+"
    cands = context.hyphen_tails(text, cands, ctx.tables.verb_words, ctx.acronyms)  # "Foo-to-text alignments"
    cands = name_bounds.method_versions(text, cands)  # "Deep Speech 2", not the first "Deep Speech"
    cands = dataset_bounds.dataset_editions(text, cands, ctx.tables.dataset_keys)  # "ICDAR 2015", not the series "ICDAR"
    cands = dataset_bounds.joined_datasets(text, cands)  # "the DAVIS 2017 Unsupervised dataset"
    cands = dataset_bounds.dated_datasets(text, cands)  # "the NIST 2000 Switchboard task"
    cands = dated_names.dated_names(text, cands, ctx.tables.dataset_keys, ctx.tables.verb_words)  # "iSEG 2017"
    cands = dated_names.apostrophe_editions(text, cands)  # "Hub5'00", not "Hub5"
    cands = dataset_bounds.dataset_resolutions(text, cands, ctx.tables.dataset_keys)  # "ImageNet 64×64"
    cands = dataset_bounds.lexicon_continuations(text, cands, ctx.tables.dataset_keys)  # "MORPH Album 2"
    # "SemEval 2017 Task 8", not the campaign "SemEval" (after the lexicon's "SemEval-2010 Task 8")
    cands = dataset_bounds.numbered_tasks(text, cands)
    cands = dataset_bounds.lexicon_hyphen_pieces(text, cands, ctx.tables.dataset_keys,  # "COCO-stuff": COCO-Stuff
                                             ctx.tables.lone_dataset_keys)
    cands = dataset_bounds.lexicon_prefixes(text, cands, ctx.tables.dataset_keys)  # "ETH/Ucy" for ETH/UCY
    cands = dataset_bounds.spaced_superscripts(text, cands, ctx.tables.dataset_keys)  # "COCO-20 i": COCO-20i
    cands = dataset_bounds.elided_dataset_heads(text, cands)  # "WMT'14 English-to-French and English-to-German"
    cands = dataset_bounds.unpublished_data(text, cands)  # "an internal generalized VA dataset"
    cands = transfer_pairs.transfer_pairs(text, cands, ctx.tables.dataset_keys)  # "SYNTHIA-to-Cityscapes": two datasets
    return dataset_task_tails.task_acronym_tails(text, cands, ctx.acronyms)  # "ELI5 LFQA": LFQA is the task


def _not_in_figure_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates without a figure's labels run together (a span repeating a word,
    :func:`~kg.extract.ordinary_words.repeats_a_word`) and the guesses inside one ("Skeleton" of "Skeleton Data
    Dense Skeleton Data"); a lexicon's or a title's name stays, there or anywhere."""
    glued = [(c.start, c.end) for c in cands
             if c.rule not in _WRITTEN_NAME_RULES and ordinary_words.repeats_a_word(text[c.start:c.end])]
    if not glued:
        return cands
    return [c for c in cands if c.rule in _WRITTEN_NAME_RULES or not any(s < c.end and c.start < e for s, e in glued)]


def select(ctx: DocContext, cands: list[Candidate]) -> DocFindings:
    """The doc's findings from its candidates: filtered, overlaps resolved, acronyms linked, then the
    proposals and results (``ctx.findings`` holds the doc's links already)."""
    text = ctx.text
    found = ctx.findings if ctx.findings is not None else DocFindings()
    cands = proposals.named_over_known(text, entity_hood(ctx, not_in_capitals(ctx, cands), found.urls))
    # "we use Gated Graph Neural Networks"
    cands = title_case.capital_participles(text, cands, ctx.title_end, ctx.tables.verb_words)
    kept = retype_dataset_pairs(text, retype_list_members(text, resolve(cands)))  # "CARPK and PUCPR+"
    kept = retype_metric_pairs(text, kept)  # "accuracy and MF1", "ICER and IRER errors"
    kept = retype_before_data_noun(text, kept)  # "the YOGA-82 pose dataset"
    kept = retype_figure_lists(text, kept)  # "the FOOCD (F1: 0.91) and the BAR (F1: 0.88) datasets"
    kept = retype_spelt_long_forms(text, kept)  # "a corpus called QGP (Quokka Glyph Parsing)": a Dataset
    kept = derived_data.derived_datasets(text, kept)  # "we release Foo-Captions, a version of Foo": a Dataset
    kept = dataset_bounds.dataset_editions(text, kept, ctx.tables.dataset_keys)  # a name a list made a Dataset keeps its year ("and KBP 2017")
    kept = numbered_parts(text, kept)  # "UEC Food-100": the numbered word is the name's
    kept = dataset_bounds.spaced_dataset_parts(text, kept)  # "COCO MVal", "KITTI VO": one name each
    kept = shared_tails.shared_tails(text, kept)  # "MVTec AD and BenTech AD": both end in "AD"
    kept = dataset_task_tails.task_acronym_tails(text, kept, ctx.acronyms)  # a task's acronym the joins above took
    kept = variant_lists.slashed_variants(text, kept)  # "CIFAR-10/100": CIFAR-100 too; "WSJ0-2/3mix"
    kept = variant_lists.braced_variants(text, kept)  # "CIFAR-{10, 100}": CIFAR-10 and CIFAR-100
    kept = entityhood.not_absent(text, kept)  # "an RNN/CNN-free encoder" uses neither
    kept = name_bounds.acronym_variants(text, kept, ctx.acronyms)  # "slow-QGS" of "... Smoothing (QGS)": a variant
    kept = name_bounds.slashed_acronyms(text, kept, ctx.acronyms)  # "... Compressed/DeCompressed (AC/DC)": one name
    found.entities = link_acronyms(text, kept, ctx.acronyms, found)
    task_refs.read_cut_tasks(text, found, ctx.tables.verb_words)  # "the state tracking": "dialogue state tracking"
    found.entities = own_systems.own_systems(text, found, ctx.windows, ctx.title_end)  # "we present Foo Translation (FT)": a Method
    found.proposed = proposals.proposed(text, found, ctx.title_end, ctx.windows)
    found.results = results(text, found, ctx.sents)
    return found
