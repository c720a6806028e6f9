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
- ``head`` (weight 2): a type word that names what the mention is: a dataset word right after it, past
  citations, footnote marks and parentheticals ("CVUSA [44] dataset", "TRAC 1 2018 dataset"), ending a
  list of names it is in ("on Dayton [42], CVUSA [44] and Ego2Top [1] datasets") or heading an
  apposition or copula after it ("X, a new benchmark"), or the type word of the phrase before a naming
  verb ("a new dataset for ... shape estimation, called HBW"; "a metric learning method named X"); for
  a Dataset also a dataset word right before the name or a list of names ending with it ("benchmark
  data sets DBP15k and DWY15k"), a plural dataset word and a comma or a dataset word and a parenthesis opening
  a list that closes its clause ("two new datasets, NEWSELA-AUTO and WIKI-AUTO, which ...", "a plant counting
  dataset (MTC)"), the short form in parentheses of a name such a list holds ("the datasets, i.e. Quux Faces (QF)
  and Foo"), the dataset words that head a paper's acronym of a long form that is a Method by the acronym
  rule's default only ("modified Quokka Campus (mQC)" and "mQC and Foo datasets": :func:`method_headed`; not "six
  mQC datasets", data made for what the letters name: :func:`plural_data_after`), and an edition year after the
  name or ending it ("EmotiW 2019", "VOT2018"; not a cited author's "Peters 2018", not a date), and a list of names
  with two Datasets or more in it for its members typed by their shape or the list's noun only
  (:mod:`kg.link.coordination`); for a Metric a name of a list a plural metric word leads in ("two quantitative
  metrics, QD and QDGap, to measure ...", "measures such as Foo (FM)": :func:`metric_listed`). A
  Task's name before a dataset word ("action recognition datasets") is a hint only (``cue``);
- ``task`` (weight 2): the singular "task" right after the name ("the NDH task", "the ObjectNav task"): a task
  the paper names, not a model for it ("X network"), unless a word of training devices is in the name or
  right before it ("the rotation pretext task", "the auxiliary X task": a means of training), nor after "a" ("we
  devise a X task to pre-train ...") (:func:`task_word`); a name with Dataset evidence (a firm vote or a lexicon
  entry) counts it as a ``cue`` only ("the Senseval task": the benchmark's name);
- ``cue``: the weaker hints the linker reads around the mention: a method, metric or task word right
  after it ("X network", "X score", "X task": as often a model *for* X, "the semantic scene completion
  network") or heading an apposition or copula ("X is a parameter estimation method"), a verb only a
  method or a dataset takes ("X outperforms", "X contains"), "on X" (not "based on X"), "in terms of X";
- ``result``: the name fills a role (method, dataset, metric) in a result the paper states;
- ``default`` (weak, 0.5): a name a paper gives itself ("Name:" head of its title, "called X", "we
  created X, ...") that the rule typed Method only because no dataset word was seen ("we created
  TallyQA, the world's largest dataset"), or a Task read off a title's "for X" or first noun phrase
  (rule ``title-task``: a title names what a paper works on and what it works with alike, "iDARTS:
  Differentiable Architecture Search with ..."); it counts as ``context`` when the words around agree ("a
  model named X");
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
from typing import Iterable

from kg.extract.boundaries import LANGUAGE
from kg.extract.entityhood import NUMBER_WORDS
from kg.extract.words import DATASET_HEADS, KIND_NOUNS, LIST_NOUNS, METHOD_HEADS, TASK_HEADS, THING_NOUNS
from kg.link.means import clearly_used, defined_means, used_as_means, used_technique, worked_on
from kg.vocab import EntityType

M, D, MET, T = EntityType.METHOD, EntityType.DATASET, EntityType.METRIC, EntityType.TASK

#: Weight of one vote of each kind (see the module docstring).
KIND_WEIGHT = {"prior": 4.0, "lexicon": 3.0, "titled": 1.0, "defined": 1.0, "context": 1.0, "acronym": 1.0, "cue": 1.0,
               "head": 2.0, "task": 2.0, "result": 1.0, "default": 0.5, "shape": 0.25, "data": 0.0, "means": 0.0, "goal": 0.0,
               "field": 0.0, "output": 0.0, "unit": 0.0, "modifier": 0.0,
               "modifier-papers": 0.0, "goal-papers": 0.0}
#: The kinds that are no strong evidence: how a name is written, or a rule's default type; ``data`` (no weight) counts
#: the mentions typed by their shape that a word of data follows ("LiDAR point clouds", "ECG signals": the name
#: of a kind of data, :func:`data_after`; the graph leaves out a Method most of whose mentions are so).
#: ``means`` and ``goal`` (no weight either) count a name's uses as a means and as a goal (:mod:`kg.link.means`).
#: ``field`` (no weight) counts a Task's uses as a field or an application area ("a key step in X") or as a
#: phenomenon ("models suffer from X", :mod:`kg.link.fields`; the graph leaves out a Task most of whose mentions
#: are so). ``output`` (no weight) counts a Method's uses as what a verb of output outputs ("we predict saliency maps",
#: :mod:`kg.link.outputs`; the graph leaves out a Method enough of whose mentions are so). ``unit`` (no weight) counts a
#: Method's mentions typed by their shape that a quantity precedes ("0.4 GPU-days", :mod:`kg.link.units`; the graph
#: leaves out a Method most of whose mentions are so). ``modifier`` (no weight) counts a Method's mentions typed by their
#: shape that a lower-case noun follows ("JPEG artifacts", :mod:`kg.link.modifiers`; the graph leaves out a Method
#: two in three of whose mentions are so, in two papers or more: ``modifier-papers`` counts those papers); ``goal-papers``
#: counts the papers that use a name as a goal (:func:`~kg.link.means.worked_on`).
WEAK_KINDS = frozenset({"shape", "default", "data", "means", "goal", "field", "output", "unit", "modifier",
                        "modifier-papers", "goal-papers"})
#: Kinds whose papers are counted too: a paper's first vote of such a kind for a name adds one ``<kind>-papers`` vote
#: (through the paper's ``strong_seen`` set of :meth:`TypeVotes.add`), so every engine reads the papers in the votes.
PAPER_COUNTED_KINDS = frozenset({"modifier", "goal"})

#: A word of data right after a name (past the parenthesis of a long form's acronym): "LiDAR point clouds",
#: "electrocardiogram (ECG) signals", "CT scans", "RGBD images".
_DATA_AFTER = re.compile(r"\)?[\s\-]+(?:point[\s\-]+clouds?|signals?|images?|imagery|scans?|data|recordings?|sensors?"
                         r"|volumes?|videos?|modality|modalities|measurements?|sweeps?|slices?)\b", re.I)


def data_after(text: str, end: int) -> bool:
    """Whether a word of data follows a name ending at ``end`` ("LiDAR point clouds", "(ECG) signals").

    >>> t = "LiDAR point clouds and electrocardiogram (ECG) signals; BERT models"
    >>> data_after(t, 5), data_after(t, t.index(")")), data_after(t, t.index(" models"))
    (True, True, False)
    """
    return _DATA_AFTER.match(text, end) is not None
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

#: The type words of a Method ("the X network", "X models"; :mod:`kg.link.task_systems` reads them too).
METHOD_WORDS = (r"networks?|architectures?|backbones?|models?|encoders?|decoders?|algorithms?|optimizers?"
                r"|frameworks?|methods?|modules?|mechanisms?|classifiers?|detectors?")
#: The type words of each type. The Dataset ones are the extractor's (:data:`~kg.extract.words.DATASET_HEADS`: "the X
#: collection", "the X database", "X treebanks", "the X suite") but "bank" ("a memory bank") and "challenge" (as often
#: the task's hard part).
_HEADS = (r"(?P<Dataset>datasets?|benchmarks?|corpus|corpora|data[\s\-]+sets?|databases?|collections?|treebanks?|suites?"
          r"|test\s+set|leaderboard)"
          r"|(?P<Method>" + METHOD_WORDS + r")"
          r"|(?P<Metric>scores?|metrics?)|(?P<Task>tasks?(?!\s*\d)|problems?)")
#: The plural dataset words (the Dataset words of :data:`_PLURAL_HEADS`, and :data:`_PLURAL_DATA_AFTER`'s).
_PLURAL_DATA = r"datasets|benchmarks|corpora|data[\s\-]+sets|databases|collections|treebanks|suites"
#: The plural type words that end a list of names ("on Dayton, CVUSA and Ego2Top datasets").
_PLURAL_HEADS = (r"(?P<Dataset>" + _PLURAL_DATA + r")"
                 r"|(?P<Method>networks|architectures|backbones|models|algorithms|frameworks|methods|modules)"
                 r"|(?P<Metric>metrics|scores)|(?P<Task>tasks|problems)")
#: What may stand between a name and its type word: a closing parenthesis (the name was a long form in
#: parentheses), citations ("CVUSA [44] dataset"), a parenthetical ("Context-aware Pyramid Feature
#: Extraction (CPFE) module"), footnote marks and years ("TRAC 1 2018 dataset").
CITE_GAP = r"\)?(?:\s*\[[^\[\]\n]{1,30}\]|\s*\([^()\n]{1,80}\)|\s+\d{1,4}(?=[\s,]))*"
#: One more name of a list: every word has a capital or a digit ("MHP v2.0", "DensePose-COCO").
_ITEM = r"[^\s,;()\[\]]*[A-Z0-9][^\s,;()\[\]]*(?:\s+[^\s,;()\[\]]*[A-Z0-9][^\s,;()\[\]]*){0,3}"
#: A word that starts a clause or a phrase of its own inside an apposition: its type word is not the
#: apposition's head ("X, a novel procedure that constructs a de-biased dataset" is no dataset).
_NOT_CLAUSE = r"(?!(?:that|which|who|whose|where|for|of|to|with|on|in|by|from|and|or)\b)"
#: A type word right after the name ("X dataset"), or the head of an apposition or a copula ("X, a new
#: large-scale benchmark for ...", "X is a parameter estimation method", "X, the world's largest dataset": the first type
#: word within seven words).
_NEXT = re.compile(CITE_GAP + r"(?:[\s\-]+|(?:,|\s+(?:is|was))\s+(?:a|an|the)\s+(?:" + _NOT_CLAUSE + r"[\w\-'\u2019]+,?\s+){0,6}?)(?:"
                   + _HEADS + r")\b", re.I)
#: Between two names of a list: a comma (", and"), "and" or "or".
ITEM_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
#: The name is one of a list of names that a plural type word ends ("on A [1], B [2] and C datasets", "on A/B/C
#: datasets").
_LIST = re.compile(CITE_GAP + r"(?:(?:" + ITEM_SEP + r"|\s*/\s*)" + _ITEM + CITE_GAP
                   + r"){1,6}\s+(?:" + _PLURAL_HEADS + r")\b")
#: A naming verb right before the name ("a new dataset ..., called X"; "a framework, named X").
_NAMING = re.compile(r"(?:called|named|dubbed|termed|namely)\s+(?:as\s+)?(?:the\s+)?[\"\u201c']?$")
#: The singular "benchmark" as the head of a noun phrase an article opens, right before a name ("a new benchmark
#: Foo"; not "the first to benchmark Foo", "this paper we benchmark Foo": a verb).
_BENCHMARK_NOUN = r"\b(?:a|an|the)\s+(?:(?!to\b|we\b|they\b|also\b)[\w\-'\u2019]+\s+){0,4}?benchmark\b"
#: A plural dataset word (or a singular one that is no verb) right before a name or a list of names that
#: ends with it ("benchmark data sets DBP15k and DWY15k", "the datasets: Foo, Bar and Baz", "a driving dataset,
#: i.e. Foo"); the singular "benchmark" before a parenthesis, where it is no verb ("a hard benchmark (Foo)").
_DATA_BEFORE = re.compile(r"\b(?:datasets|benchmarks|corpora|corpus|data[\s\-]+sets?|dataset|benchmark(?=\s*\())\b|"
                          + _BENCHMARK_NOUN, re.I)
#: "that is" between a dataset word and the names it stands for ("two datasets (i.e. Foo and Bar)", "a dataset, i.e.,
#: Foo"); not "e.g." nor "such as", after which a list as often names the models trained on the data.
_THAT_IS = r"(?:\s*,?\s*\(?i\.\s?e\.,?)?"
#: A name of such a list and the parenthesis that opens right after it: the span is that name's short form, an item of
#: the list as much ("the datasets, i.e. Quux Faces (QF) and Foo": "QF"; its letters need not spell the long form). No
#: word of that name ends a sentence ("... dataset HMDB51. Index Terms-Foo Bar (FB)").
_OPEN_WORD = r"[^\s,;()\[\]]*[A-Z0-9][^\s,;()\[\]]*(?<![.!?:])"
_ITEM_OPEN = r"(?P<open>" + _OPEN_WORD + r"(?:\s+" + _OPEN_WORD + r"){0,3}\s*\(\s*)?"


def _list_rest(lead: str) -> re.Pattern:
    """A list of names after a kind word, from the words that lead it in (``lead``) to a span: the names before it
    and their separators, or the name whose short form in parentheses the span is (:data:`_ITEM_OPEN`)."""
    return re.compile(lead + r"(?:" + _ITEM + CITE_GAP + ITEM_SEP + r"){0,6}" + _ITEM_OPEN)


_LIST_REST = _list_rest(r"\s*:?" + _THAT_IS + r"\s+")
#: The parenthesis of a short form closing right after it (:data:`_ITEM_OPEN`).
_CLOSE_AFTER = re.compile(r"\s*\)")
#: A plural dataset word, a comma and a list of names, or a dataset word and a parenthesis that opens on the names
#: ("two new datasets, NEWSELA-AUTO and WIKI-AUTO, which ...", "a plant counting dataset (MTC)", "the 'Semantic Shift
#: Benchmark' (SSB)"): the list must close the clause or the parenthesis right after the name (see :data:`_LIST_CLOSE`).
_LIST_REST_OPEN = re.compile(r"(?<=[sa])\s*,\s+(?:" + _ITEM + CITE_GAP + ITEM_SEP + r"){0,6}"
                             r"|[\"\u201d']?\s*\(\s*(?:" + _ITEM + CITE_GAP + ITEM_SEP + r"){0,6}")
#: The rest of a list after a name, then the end of the clause or of the parenthesis: not "on both datasets, BERT
#: outperforms", nor "the BSD500 dataset (ODS F-score of .782)".
_LIST_CLOSE = re.compile(r"(?:" + CITE_GAP + ITEM_SEP + _ITEM + r"){0,6}" + CITE_GAP + r"\s*(?:[,.;:)]|$)")
#: A plural metric kind word ("two quantitative metrics", "evaluation criteria", "mean opinion scores"): the
#: extractor's list nouns of a Metric (:data:`~kg.extract.words.LIST_NOUNS`) and "scores".
_METRIC_BEFORE = re.compile(r"(?<![\w\-])(?:" + "|".join(sorted(LIST_NOUNS[MET] | {"scores"})) + r")\b", re.I)
#: The words that say a list of names follows: "i.e.", "e.g.", "such as", "including", "namely" (:data:`_METRIC_LEAD`).
_SAID = r"(?:i\.\s?e\.|e\.\s?g\.),?\s*|(?:such\s+as|including|namely)\s+"
#: What leads a list of names in after a metric word: a comma (``bare``: then the list must close the clause after the
#: span, not "on both metrics, BarNet wins"), a colon, or a space or a parenthesis before the words of :data:`_SAID`
#: (``said``), then those words and a number word, each if any ("metrics, namely MAD and MADGap", "two measures (e.g.
#: Foo)", "metrics such as Foo"); not a space alone ("the critic scores BarNet": a verb), nor a parenthesis alone: it
#: holds the short form of the phrase the word ends, the acronym rule's ("losses are the integral probability metrics
#: (IPMs)").
_METRIC_LEAD = (r"(?:(?P<bare>\s*,)\s*|\s*:\s*|\s*\(?\s*(?=" + _SAID + r"))(?P<said>" + _SAID + r")?"
                r"(?:(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\s+)?")
_METRIC_LIST_REST = _list_rest(_METRIC_LEAD)
#: A singular dataset word and a comma right before a name: the name may be in apposition to it ("a new dataset, X,
#: is introduced"; see :func:`_apposed`).
_COMMA_REST = re.compile(r"\s*,\s+")
#: An indefinite noun phrase up to a dataset word: "a", "an" and at most five words, no preposition, clause word,
#: determiner or pronoun among them ("an initial dataset", "a large, realistic evaluation dataset"; not "an example,
#: on the Foo dataset", "a result, the new dataset").
_INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])(?:a|an)\s+(?:(?!(?:the|this|these|that|those|our|its|their|his|her|we|it"
                                r"|they|each|every|is|are|was|were)\b)" + _NOT_CLAUSE + r"[\w\-'\u2019]+,?\s+){0,5}$", re.I)
#: A year right after a name, or ending it: an edition of a challenge or a dataset ("EmotiW 2019",
#: "VOT2018", "SemEval-2010"); a model's number is a size or a version ("ResNet-50", "GPT-2").
_YEAR_AFTER = re.compile(r"[\s\-]?(?:19[89]\d|20[0-4]\d)(?![\w%]|\.\d)")
_YEAR_END = re.compile(r"(?<=[A-Za-z])[\s\-]?(?:19[89]\d|20[0-4]\d)$")
_HEAD_WORD = re.compile(r"\b(?:" + _HEADS + r")\b", re.I)
#: A verb right after the name that only a method ("X outperforms ...") or a dataset ("X contains ...") takes.
_VERB = re.compile(r"\s+(?:(?P<Method>achieves|outperforms|surpasses|attains)|(?P<Dataset>contains|comprises|consists))\b")

#: Verbs after which "on X" is not an evaluation ("based on BERT", "built on ResNet").
_NOT_ON = frozenset({"based", "built", "build", "builds", "relies", "rely", "relying", "depends", "depend",
                     "focus", "focuses", "focusing", "conditioned", "work", "works", "working"})


def _before(text: str, start: int) -> str:
    """The cue before a span: ``on`` ("results on X", not "based on X"), ``terms`` ("in terms of X") or ""."""
    w = text[max(0, start - 24):start].lower().split()
    if w and w[-1] == "the":
        w.pop()
    if not w:
        return ""
    if w[-1] == "on":
        return "" if len(w) > 1 and w[-2] in _NOT_ON else "on"
    if w[-3:] == ["in", "terms", "of"]:
        return "terms"
    return ""


#: Rules that find a name by its place (a long form, the "Name:" head of a title, "called X", "we created X,
#: ...") and type it Method unless a dataset word says otherwise: their Method says little ("we created
#: TallyQA, the world's largest dataset").
_DEFAULT_METHOD_RULES = frozenset({"acronym", "named", "title-name"})
#: Months: "MARCH 2020" in a journal header is a date, not an edition.
_MONTH = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_RULE_KIND = {**{r: "shape" for r in _SHAPE_RULES}, **{r: "acronym" for r in _ACRONYM_RULES},
              **{r: "lexicon" for r in _LEXICON_RULES}, **{r: "default" for r in _POSITION_RULES}}
#: Head words that make a long form a Method by its own words ("... Network", "... loss", "... module"), the extractor's
#: (:mod:`kg.extract.words`) but the dataset words.
_METHOD_WORDS = frozenset(METHOD_HEADS | KIND_NOUNS | THING_NOUNS) - DATASET_HEADS


def method_headed(long_form: str) -> bool:
    """Whether a long form ends in a word that makes it a Method, or the phrase a preposition ends does ("Bilateral
    Quokka Network", "Focal Loss", "Webly-supervised Learning", "Cascade Model for Quokka Speech"); one that does not
    ("modified Quokka Campus", "Glyph Lines in the Wild") is a Method only by the acronym rule's default.

    >>> method_headed("Bilateral Quokka Networks"), method_headed("Quokka Learning"), method_headed("modified Quokka Campus")
    (True, True, False)
    >>> method_headed("Cascade Sequence-to-Sequence Model for Quokka Speech"), method_headed("Glyph Lines in the Wild")
    (True, False)
    """
    words = _LOWER_WORD.findall(long_form.lower())  # (a hyphenated word is one: "Sequence-to-Sequence")
    prep = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    heads = [w.rsplit("-", 1)[-1] for w in words[-1:] + words[max(0, prep - 1):prep]]
    return any(w in _METHOD_WORDS or w.rstrip("s") in _METHOD_WORDS for w in heads)


#: A lower-case word of a long form, hyphens inside (:func:`method_headed`).
_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")
#: Prepositions that end the head phrase of a long form ("Cascade Model for Quokka Speech").
_PREPOSITIONS = frozenset({"for", "of", "with", "in", "on", "to", "from", "by", "via", "under"})
#: A plural dataset word right after a name, past citations: "six QGC datasets", "Quokka benchmarks" are data made for
#: what the name stands for (a task, a kind of data), not the name's own head (:func:`plural_data_after`).
_PLURAL_DATA_AFTER = re.compile(CITE_GAP + r"[\s\-]+(?:benchmark\s+)?(?:" + _PLURAL_DATA + r")\b", re.I)


def plural_data_after(text: str, end: int) -> bool:
    """Whether a plural dataset word follows the name ending at ``end`` right away ("six QGC datasets"; not "the
    Foo dataset", nor "Foo and Bar datasets").

    >>> t = "six QGC benchmark datasets; the QGC dataset; QGC and Foo datasets"
    >>> plural_data_after(t, 7), plural_data_after(t, t.index(" dataset;")), plural_data_after(t, t.rindex("QGC") + 3)
    (True, False, False)
    """
    return _PLURAL_DATA_AFTER.match(text, end) is not None


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


def text_cue(text: str, start: int, end: int) -> EntityType | None:
    """The type the words right around a span suggest ("X dataset", "X is a ... method", "X outperforms",
    "X contains", "on X", "in terms of X"), if any (:func:`text_cue_kind` without the kind).

    >>> s = "MoPro is best on WebVision. The ResNet backbone. In terms of F1, it wins. Based on BERT."
    >>> [text_cue(s, s.index(w), s.index(w) + len(w)) for w in ("WebVision", "ResNet", "F1", "BERT")]
    [<EntityType.DATASET: 'Dataset'>, <EntityType.METHOD: 'Method'>, <EntityType.METRIC: 'Metric'>, None]
    """
    got = text_cue_kind(text, start, end)
    return got[0] if got else None


def text_cue_kind(text: str, start: int, end: int) -> tuple[EntityType, str] | None:
    """The type the words around a span suggest, and the kind of that evidence: ``head`` for a type word
    that names what the span is (right after it, past citations and parentheticals: "CVUSA [44] dataset";
    ending a list of names it is in: "on Dayton, CVUSA and Ego2Top datasets"; heading an apposition or a
    copula; before a naming verb: "a new dataset ..., called HBW"), ``cue`` for the weaker hints (a verb
    after it, "on X", "in terms of X").

    >>> s = "We collect a new dataset of bodies, called HBW. Tests on Dayton [42], CVUSA [44] and E2T [1] datasets."
    >>> [text_cue_kind(s, s.index(w), s.index(w) + len(w))[1] for w in ("HBW", "CVUSA")]
    ['head', 'head']
    """
    m = _NEXT.match(text, end) or _LIST.match(text, end)
    if m:  # "X model" is as often a model for X ("the semantic scene completion network"): a hint only
        t = EntityType(m.lastgroup)
        if t is D and language_task(text[start:end]):  # "Chinese NER datasets": data for the task
            return T, "cue"
        return t, "head" if t is D else "cue"
    proper = re.search(r"[A-Z0-9]", text[start:end]) is not None  # not "named entity", not "dataset distillation"
    named = _named_head(text, start) if proper else None
    if named is not None:
        return named, "head"
    if proper and (_data_before(text, start, end) or _edition(text, start, end)):
        return D, "head"
    if proper and metric_listed(text, start, end):  # "two metrics, MAD and MADGap, to ..."
        return MET, "head"
    m = _VERB.match(text, end)
    if m:
        return EntityType(m.lastgroup), "cue"
    cue = _before(text, start)
    if cue:
        return (D if cue == "on" else MET), "cue"
    return None


#: Words that make a task a device to train a model with, not a problem the paper works on: "the rotation pretext
#: task", "an auxiliary depth task", "a proxy task", "a self-supervised jigsaw task", "the pre-training task".
_DEVICE = r"(?:pretext|auxiliary|proxy|surrogate|self-supervised|pre-?training|pretraining)"
#: The singular "task" right after a name, past citations and parentheticals ("the NDH [3] task"); not "task 2".
_TASK_AFTER = re.compile(CITE_GAP + r"[\s\-]+task\b(?![\s\-]*\d)", re.I)
#: A device word ending the name ("boundary-sensitive pretext").
_DEVICE_END = re.compile(r"(?<![\w\-])" + _DEVICE + r"$", re.I)
#: The definite article right before the name: a task the reader knows ("the NDH task"); "we devise a X task to
#: pre-train", "by adding a X task" make a task to train with, and a device word between ("the auxiliary X task")
#: says the same.
_THE_BEFORE = re.compile(r"(?<![\w\-])the\s+$", re.I)


def task_word(text: str, start: int, end: int) -> bool:
    """Whether the span is the name of a task the paper names: "the" right before it and the singular "task"
    right after it ("the NDH task"), and no word of a training device in it or between the two ("the rotation
    pretext task", "the auxiliary glyph task": a means to train a model, :data:`_DEVICE`), nor an indefinite
    article ("we devise a glyph sorting task to pre-train the encoder": a task made to train with).

    >>> t = "the QuokkaNav task; the auxiliary glyph sorting task; the glyph pretext task; a glyph sorting task"
    >>> [task_word(t, t.index(w), t.index(w) + len(w)) for w in ("QuokkaNav", "glyph sorting", "glyph pretext")]
    [True, False, False]
    >>> task_word(t, t.rindex("glyph sorting"), t.rindex("glyph sorting") + 13), task_word("the Foo tasks", 4, 7)
    (False, False)
    """
    if _TASK_AFTER.match(text, end) is None or _DEVICE_END.search(text, start, end):
        return False
    return _THE_BEFORE.search(text, max(0, start - 8), start) is not None


#: Language names opening a name, then what they scope: an acronym, or a phrase of up to three words ending in a
#: task's head word, in any case ("Chinese NER", "Korean word segmentation").
_LANGUAGE_TASK = re.compile(rf"(?:{LANGUAGE}[\s\-]+)+(?:(?P<acro>[A-Z]{{2,6}})|(?:[\w\-]+\s+){{0,2}}(?P<head>[\w\-]+))")


def language_task(name: str) -> bool:
    """Whether a name is a task in some languages: language names, then a task's acronym the lexicon knows only as a
    Task ("Korean NER", "Russian QA") or a phrase a task's head word ends ("Korean Word Segmentation"). A dataset
    word after it names data for that task ("the Korean NER datasets"), as "X model" names a model for X; an
    acronym of anything else ("Korean PTB") is no task, nor is a name that opens with a lexicon's Dataset
    ("Caltech Pedestrian Detection": a word ending like a language, and the benchmark "Caltech Pedestrian").

    >>> [language_task(n) for n in ("Korean NER", "Korean word segmentation", "Korean PTB", "Quokka NER", "Korean")]
    [True, True, False, False, False]
    >>> language_task("Caltech Pedestrian Detection")
    False
    """
    from kg.link.normalize import compact_key  # noqa: PLC0415

    m = _LANGUAGE_TASK.fullmatch(name)
    if m is None:
        return False
    words = name.split()
    if any(t is D for i in range(1, len(words)) for t, _ in lexicon_entries(compact_key(" ".join(words[:i])), prior=False)):
        return False
    if m.group("head"):
        return m.group("head").lower() in TASK_HEADS
    entries = lexicon_entries(m.group("acro").lower(), prior=False)
    return bool(entries) and all(t is T for t, _ in entries)


def _edition(text: str, start: int, end: int) -> bool:
    """Whether the span is a name with a year after it or ending it, an edition of a challenge or a dataset
    ("EmotiW 2019", "VOT2018"); a plain title-case word before a year is a cited author ("Peters 2018")."""
    name = text[start:end]
    year = _YEAR_END.search(name)
    stem = name[:year.start()] if year else name
    if not (year or _YEAR_AFTER.match(text, end)) or _MONTH.fullmatch(stem):
        return False
    return re.search(r"[A-Z0-9]", stem[1:]) is not None


def _data_before(text: str, start: int, end: int) -> bool:
    """Whether a dataset word stands right before the span, or before a list of names that ends with it
    ("experiments on benchmark data sets DBP15k and DWY15k"); or a plural dataset word and a comma, or a dataset
    word and a parenthesis, open a list the span is in and the list closes its clause ("two new datasets,
    NEWSELA-AUTO and WIKI-AUTO, which ...", "a plant counting dataset (MTC)"); or the span is the short form in
    parentheses of a name of such a list ("the datasets, i.e. Quux Faces (QF) and Foo", :func:`_short_form`).

    >>> t = "We build two datasets, Foo-A and Foo-B, which help. On both datasets, BarNet wins. A plant dataset (PLD)."
    >>> [_data_before(t, t.index(w), t.index(w) + len(w)) for w in ("Foo-A", "Foo-B", "BarNet", "PLD")]
    [True, True, False, True]
    """
    window = text[max(0, start - 160):start]
    last = _last_match(_DATA_BEFORE, window)
    if last is None:
        return False
    if _listed(text, window, end, last, _LIST_REST) is not None:
        return True
    if _LIST_CLOSE.match(text, end) is None:
        return False
    return _LIST_REST_OPEN.fullmatch(window, last.end()) is not None or _apposed(window, last)


def metric_listed(text: str, start: int, end: int) -> bool:
    """Whether the span is a name of a list that a plural metric word leads ("two quantitative metrics, MAD and
    MADGap, to measure ...", "measures such as Foo (FM)", "the metrics: IS, FID"), past list punctuation, "i.e.",
    "e.g.", "such as", "including", "namely" and a number word only (:data:`_METRIC_LEAD`); a list a bare comma
    opens must close the clause right after it (not "On both metrics, BarNet wins"). A name its own head
    word makes a Method is one ("training criteria, i.e. Quokka Discrepancy loss": :func:`method_headed`).

    >>> t = "Two metrics, QD and QDGap, help. On all metrics, QuokkaNet wins. We use scores such as QS-1 (QS) and QR."
    >>> [metric_listed(t, t.index(w), t.index(w) + len(w)) for w in ("QDGap", "QuokkaNet", "QR")]
    [True, False, True]
    >>> metric_listed(t, t.index("(QS)") + 1, t.index("(QS)") + 3)  # the short form of a listed name
    True
    >>> t = "Losses are the quokka metrics (QMs) [3]; the metrics (e.g. QX) are new."
    >>> [metric_listed(t, t.index(w), t.index(w) + len(w)) for w in ("QMs", "QX")]  # (a phrase's short form)
    [False, True]
    """
    window = text[max(0, start - 160):start]
    last = _last_match(_METRIC_BEFORE, window)
    rest = _listed(text, window, end, last, _METRIC_LIST_REST) if last is not None else None
    if rest is None or method_headed(text[start:end]):
        return False
    return not rest.group("bare") or rest.group("said") is not None or _LIST_CLOSE.match(text, end) is not None


def _last_match(pattern: re.Pattern, window: str) -> re.Match | None:
    """The last match of ``pattern`` in ``window``, if any."""
    last = None
    for last in pattern.finditer(window):
        pass
    return last


def _listed(text: str, window: str, end: int, head: re.Match, rest: re.Pattern) -> re.Match | None:
    """The list ``rest`` that runs from the kind word ``head`` (a match in ``window``, the text before the span) up to
    the span, or up to the name whose short form in parentheses the span is (:func:`_short_form`), if any."""
    got = rest.fullmatch(window, head.end())
    if got is None or (got.group("open") and not _short_form(text, window, end, head)):
        return None
    return got


def _short_form(text: str, window: str, end: int, head: re.Match) -> bool:
    """Whether a span that opens the parenthesis after a list's name ends it (``end``) and the list's kind word
    ``head`` (a match in ``window``, the text before the span) is a common noun: "the datasets, i.e. Quux Faces (QF)", not "Quux (QuuxNet: 95%)", nor "an Optimal Dataset
    Scale (ODS)", "a Cross-Dataset Foo (CD-Foo)" (the word is part of a name)."""
    if _CLOSE_AFTER.match(text, end) is None:
        return False
    return head.group().split()[-1][0].islower() and not window[:head.start()].endswith("-")


#: An indefinite article opening a dataset word's phrase (:func:`_apposed`).
_INDEFINITE = re.compile(r"(?:a|an)\s", re.I)


def _apposed(window: str, head: re.Match) -> bool:
    """Whether a name right after ``window`` stands in apposition to the singular dataset word ``head`` that heads an
    indefinite noun phrase: the word, a comma and the name ("we create a novel dataset, FooQA, which ..."; "a small
    benchmark dataset, Foo-k, for ..."; the caller checks that the clause closes after the name). A definite one
    ("on the Foo dataset, BarNet, ...") or one a preposition governs ("as an example, on the Foo dataset, ...") is
    the scene of what follows, not the name's head.

    >>> t = "We build a new dataset, Foo-3D, with labels. As an example, on the Foo dataset, Bar, a model, wins."
    >>> [_data_before(t, t.index(w), t.index(w) + len(w)) for w in ("Foo-3D", "Bar")]
    [True, False]
    """
    if _COMMA_REST.fullmatch(window, head.end()) is None:
        return False
    if _INDEFINITE.match(head.group()):  # "a new benchmark" (_BENCHMARK_NOUN): the phrase itself
        return True
    return _INDEFINITE_BEFORE.search(window, max(0, head.start() - 60), head.start()) is not None


def _named_head(text: str, start: int) -> EntityType | None:
    """The type word of the phrase a naming verb right before a span follows: the last type word of the
    indefinite noun phrase before it, up to its first preposition ("a new dataset for evaluating shape
    estimation, called X"; "a metric learning method named X"; not "a representation for visual tasks,
    called X", nor "a metric learning formulation called X": the type word must end the phrase), or a type
    word right before the verb ("the benchmark, dubbed X"), unless a preposition governs it ("the first
    approach for the speaker recognition tasks, named X").

    >>> _named_head("a metric learning formulation called ", 37), _named_head("a metric learning method named ", 31)
    (None, <EntityType.METHOD: 'Method'>)
    >>> t = "the first search approach for the speaker tasks, named as "
    >>> _named_head(t, len(t)), _named_head("the new benchmark, dubbed ", 26)
    (None, <EntityType.DATASET: 'Dataset'>)
    """
    window = text[max(0, start - 160):start]
    verb = _NAMING.search(window)
    if not verb:
        return None
    window = re.split(r"[.;!?]\s", window[:verb.start()])[-1]
    art = list(re.finditer(r"\b(?:a|an)\s", window, re.I))
    phrase = window[art[-1].end():] if art else ""
    phrase = re.split(r"\s(?:for|of|to|with|on|in|by|from|that|which|using)\s", phrase)[0]
    heads = [h for h in _HEAD_WORD.finditer(phrase) if not phrase[:h.start()].endswith("-")]
    if art:  # the phrase's own head decides: "a metric learning formulation" names no metric
        return EntityType(heads[-1].lastgroup) if heads and heads[-1].end() >= len(phrase.rstrip(" ,(\"'\u201c")) else None
    last = re.search(r"(?<![\w\-])(?:" + _HEADS + r"),?\s*$", window, re.I)
    if last and _PREP_BEFORE.search(window, 0, last.start()):
        return None  # "the approach for the speaker recognition tasks, named X": the word a preposition governs
    return EntityType(last.lastgroup) if last else None


#: A kind of technique, a preposition and a few words right before a type word: the type word is the object of
#: that preposition, and a naming verb after it names the technique ("the first search approach for the speaker
#: recognition tasks, named as X"; not "experiments on two benchmark datasets, namely X").
_PREP_BEFORE = re.compile(r"\b(?:approach|method|model|framework|system|network|architecture|algorithm|technique|"
                          r"pipeline|toolkit|scheme|strategy)(?:s|es)?\s+(?:for|of|to|on|in|across)\s+(?:[\w\-]+\s+){0,5}$",
                          re.I)


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


class TypeVotes:
    """Votes per name (compact key): ``(type, kind) -> count``, and papers with strong evidence per type.

    Plain dicts, not Counters: a corpus has a vote table per distinct name, and a Counter costs a
    microsecond to make.
    """

    __slots__ = ("votes", "papers")

    def __init__(self) -> None:
        self.votes: dict[str, dict[tuple[EntityType, str], int]] = {}
        self.papers: dict[str, dict[EntityType, int]] = {}

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
    long form a paper defines; a generated lexicon's Task that papers only use, or whose head word is a technique's
    and that papers use more than they work on ("an X loss" against "for X": :func:`~kg.link.means.used_technique`).
    A curated lexicon's Task keeps its type ("few-shot learning": a problem, whatever its head word)."""
    if T not in prior:
        return used_as_means(votes) or defined_means(votes)
    if curated_type(T, key):
        return False
    return clearly_used(votes) or any(used_technique(votes, c.lower().rsplit(None, 1)[-1])
                                      for t, c in lexicon_entries(key) if t is T)


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
