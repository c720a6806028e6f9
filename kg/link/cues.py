"""Type cues: what the words right around a mention say of its type, read from the text of the paper.

The extractor types each mention from what it sees in one sentence; the linker reads the text around every mention
again for the words that name or hint at what it is, and each such cue is one type vote of its kind
(:class:`~kg.link.types.TypeVotes`, weights :data:`~kg.link.types.KIND_WEIGHT`):

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
  name or ending it ("EmotiW 2019", "VOT2018"; not a cited author's "Peters 2018", not a date); for a Metric a name
  of a list a plural metric word leads in ("two quantitative metrics, QD and QDGap, to measure ...", "measures such
  as Foo (FM)": :func:`metric_listed`). A Task's name before a dataset word ("action recognition datasets") is a
  hint only (``cue``). "on X" in the clause of an evaluation's outcome ("outperforms the baselines on X", "84.1%
  accuracy on X": :func:`kg.link.evaluation_frames.evaluated_on`) is a Dataset ``head`` for a name only its shape or a rule's default typed
  Method (the linker reads it, :meth:`kg.link.collect.Collect._vote`; a hint for any other);
- ``task`` (weight 2): the singular "task" right after the name ("the NDH task", "the ObjectNav task"): a task
  the paper names, not a model for it ("X network"), unless a word of training devices is in the name or
  right before it ("the rotation pretext task", "the auxiliary X task": a means of training), nor after "a" ("we
  devise a X task to pre-train ...") (:func:`task_word`);
- ``cue``: the weaker hints the linker reads around the mention: a method, metric or task word right
  after it ("X network", "X score", "X task": as often a model *for* X, "the semantic scene completion
  network") or heading an apposition or copula ("X is a parameter estimation method"), a verb only a
  method or a dataset takes ("X outperforms", "X contains"), "on X" (not "based on X"), "in terms of X";
- ``data`` (no weight): a word of data right after a name typed by its shape ("LiDAR point clouds", "ECG
  signals": the name of a kind of data, :func:`data_after`).

:func:`text_cue_kind` reads the ``head`` and ``cue`` votes; how the votes of a name decide its type is
:mod:`kg.link.types`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import LANGUAGE
from kg.extract.weak_evidence import NUMBER_WORDS
from kg.extract.words import DATASET_HEADS, KIND_NOUNS, LIST_NOUNS, METHOD_HEADS, OWN_HEADS, TASK_HEADS, THING_NOUNS
from kg.link.lexicon_rows import verb_words
from kg.link.types import lexicon_entries
from kg.vocab import EntityType

D, MET, T = EntityType.DATASET, EntityType.METRIC, EntityType.TASK

#: A word of data right after a name (past the parenthesis of a long form's acronym): "LiDAR point clouds",
#: "electrocardiogram (ECG) signals", "CT scans", "RGBD images"; not one a system's head word follows, which
#: modifies that head as the name does ("the Quokka image parser", "Quokka video models": the name's own thing,
#: :data:`~kg.extract.words.OWN_HEADS`).
_DATA_AFTER = re.compile(r"\)?[\s\-]+(?:point[\s\-]+clouds?|signals?|images?|imagery|scans?|data|recordings?|sensors?"
                         r"|volumes?|videos?|modality|modalities|measurements?|sweeps?|slices?)\b"
                         r"(?![\s\-]+(?:" + "|".join(map(re.escape, sorted(OWN_HEADS, key=lambda w: (-len(w), w))))
                         + r")s?\b)", re.I)


def data_after(text: str, end: int) -> bool:
    """Whether a word of data follows a name ending at ``end`` ("LiDAR point clouds", "(ECG) signals"), not
    before a system's head word ("Quokka image parser").

    >>> t = "LiDAR point clouds and electrocardiogram (ECG) signals; BERT models; the Quokka image parser"
    >>> data_after(t, 5), data_after(t, t.index(")")), data_after(t, t.index(" models")), data_after(t, t.index(" image"))
    (True, True, False, False)
    """
    return _DATA_AFTER.match(text, end) is not None


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
#: "and", "or", "yet" or "but" joining two modifiers of an apposition's head ("X, the largest and most challenging ...
#: dataset", "X, a simple yet effective network"): no article, determiner, pronoun or verb of being after it, which
#: would open a second phrase or a clause ("X, a model and the dataset", "X, the best and we ..."), nor a number or a
#: quantifier, which opens a second noun phrase ("X, a toolkit and two new datasets", "X, a solver and every benchmark").
_JOINED = (r"(?:(?:and|or|yet|but)\s+(?!(?:a|an|the|this|these|that|those|its|their|our|we|it|they|is|are|was|were|also"
           r"|then|thus|so|another|other|some|several|many|all|every|each|both|no|any|few|various|multiple|numerous"
           r"|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|\d[\d.,]*)\b))?")


def _modifiers(joined: str) -> str:
    """Up to six words before a type word, none a word that opens a clause or a phrase of its own
    (:data:`_NOT_CLAUSE`), each followed by a comma or maybe by ``joined`` (not after a comma: ", and" ends a list
    item, "X, a toolkit, and several benchmarks"); the fewest that reach a type word."""
    return r"(?:" + _NOT_CLAUSE + r"[\w\-'\u2019]+(?:,\s+|\s+" + joined + r")){0,6}?"


#: A type word right after the name ("X dataset"), or the head of an apposition or a copula ("X, a new
#: large-scale benchmark for ...", "X is a parameter estimation method", "X, the world's largest dataset": the first type
#: word within seven words); in an apposition two modifiers joined by "and" count as one word (:data:`_JOINED`: "X, the
#: largest and most challenging 3D landmark dataset"); after a copula they do not: its subject is as often a problem
#: that the longer predicate says is tackled in some way ("X is an effective and explainable method for predicting ...").
_NEXT = re.compile(CITE_GAP + r"(?:[\s\-]+|,\s+(?:a|an|the)\s+" + _modifiers(_JOINED) + r"|\s+(?:is|was)\s+(?:a|an|the)\s+"
                   + _modifiers("") + r")(?:" + _HEADS + r")\b", re.I)
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
#: Months: "MARCH 2020" in a journal header is a date, not an edition.
_MONTH = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_HEAD_WORD = re.compile(r"\b(?:" + _HEADS + r")\b", re.I)
#: A verb right after the name that only a method ("X outperforms ...") or a dataset ("X contains ...") takes.
_VERB = re.compile(r"\s+(?:(?P<Method>achieves|outperforms|surpasses|attains)|(?P<Dataset>contains|comprises|consists))\b")

#: Verbs, in any inflection, after which "on X" takes what a thing is made from or rests on, not an evaluation
#: ("based on BERT", "built on ResNet", "relied on", "conditioned on", "focusing on", "worked on"; :func:`builds_on`).
_BUILDS_ON = re.compile(r"(?:bas(?:e|es|ed|ing)|buil(?:d|ds|t|ding)|rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|"
                        r"focus(?:es|ed|ing|ses|sed|sing)?|condition(?:s|ed|ing)?|work(?:s|ed|ing)?)")


def builds_on(word: str) -> bool:
    """Whether ``word`` (lower case) is a verb whose "on" takes what a thing is made from or rests on.

    >>> [builds_on(w) for w in ("based", "building", "relied", "focused", "worked", "results", "evaluated")]
    [True, True, True, True, True, False, False]
    """
    return _BUILDS_ON.fullmatch(word) is not None


def cue_before(text: str, start: int) -> str:
    """The cue before a span: ``on`` ("results on X", not "based on X"), ``terms`` ("in terms of X") or ""."""
    w = text[max(0, start - 24):start].lower().split()
    if w and w[-1] == "the":
        w.pop()
    if not w:
        return ""
    if w[-1] == "on":
        return "" if len(w) > 1 and builds_on(w[-2]) else "on"
    if w[-3:] == ["in", "terms", "of"]:
        return "terms"
    return ""


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
    cue = cue_before(text, start)
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
    last = last_match(_DATA_BEFORE, window)
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
    opens, alone or with "e.g.", must close the clause right after it (not "We improve all metrics, e.g. BarNet beats
    ...") and follow no prepositional phrase that opens the sentence (not "On both metrics, BarNet, our model, wins");
    after a comma and "i.e.", "such as", "including" or "namely" the list may run on ("metrics, namely QD and QDGap
    in all tests"). A name its own head word makes a Method is one ("training criteria, i.e. Quokka Discrepancy
    loss": :func:`method_headed`).

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
    last = last_match(_METRIC_BEFORE, window)
    rest = _listed(text, window, end, last, _METRIC_LIST_REST) if last is not None else None
    if rest is None or method_headed(text[start:end]):
        return False
    said = rest.group("said")
    if not rest.group("bare") or (said is not None and not said.lower().startswith("e.")):
        return True
    head_at = max(0, start - 160) + last.start()
    return not _opening_phrase(text, head_at) and _LIST_CLOSE.match(text, end) is not None


#: A preposition opening a sentence or a clause and a few words up to a point: the phrase a comma closes ("On all three
#: metrics, ...", "Across both measures, ..."), not the head of a list; no subject pronoun among the words, nor a
#: possessive or demonstrative past the first ("For evaluation we adopt three metrics, ..." is a clause).
_OPENING_PREPOSITION = re.compile(r"(?:^|[.!?;:]\s+)(?:on|across|over|for|in|by|under|at|with|among|from)\s+"
                                  r"(?:(?:our|this|these|their|its)\s+)?"
                                  r"(?:(?!(?:we|they|it|i|you|he|she|our|this|these|their|its)\b)[\w\-'\u2019]+\s+)"
                                  r"{0,4}$", re.I)


def _opening_phrase(text: str, at: int) -> bool:
    """Whether the words before ``at`` are a prepositional phrase that opens its sentence or clause ("On both
    metrics" in "On both metrics, QuokkaNet, our model, wins"; not "We evaluate on two metrics"), no subject
    pronoun (:data:`_OPENING_PREPOSITION`) nor a verb abstracts mostly use as one among its words ("For evaluation
    we adopt three metrics", "In experiments adopt two metrics": a clause, not a phrase).

    >>> t = "On all three metrics, Foo, our model, wins. We evaluate on two metrics, A and B."
    >>> _opening_phrase(t, t.index("metrics")), _opening_phrase(t, t.rindex("metrics"))
    (True, False)
    >>> t = "On these metrics, Foo wins. For evaluation we adopt three metrics, A and B. In tests adopt two metrics, C."
    >>> [_opening_phrase(t, i) for i in (t.index("metrics"), t.index("metrics, A"), t.index("metrics, C"))]
    [True, False, False]
    """
    begin = max(0, at - 80)
    window = text[begin:at]
    m = _OPENING_PREPOSITION.search(window)
    if m is None or not (m.start() > 0 or begin == 0 or window[:1] in ".!?;:"):
        return False
    verbs = verb_words()
    return not any(w in verbs or (w.endswith("s") and w[:-1] in verbs) for w in m.group().lower().split()[1:])


def last_match(pattern: re.Pattern, window: str) -> re.Match | None:
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

    A task a device word makes a device to train a model with ("a novel pretext task, dubbed X", "the pre-training
    task called X") names a technique (:func:`_device_named`).
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
        ends = heads and heads[-1].end() >= len(phrase.rstrip(" ,(\"'\u201c"))
        return _device_named(phrase, heads[-1]) if ends else None
    last = re.search(r"(?<![\w\-])(?:" + _HEADS + r"),?\s*$", window, re.I)
    if last and _PREP_BEFORE.search(window, 0, last.start()):
        return None  # "the approach for the speaker recognition tasks, named X": the word a preposition governs
    return _device_named(window, last) if last else None


#: A device word right before a type word ("pretext task", "self-supervised task", "pre-training task").
_DEVICE_BEFORE = re.compile(r"(?<![\w\-])" + _DEVICE + r"[\s\-]+$", re.I)


def _device_named(text: str, head: re.Match) -> EntityType:
    """The type a naming verb after the type word ``head`` (a match in ``text``) gives the name: the type word's, but a
    Method for a task a device word makes (:data:`_DEVICE`): "a novel pretext task, dubbed X" names what a model is
    trained with, no problem a paper works on.

    >>> t = "a new self-supervised task"
    >>> _device_named(t, _HEAD_WORD.search(t)), _device_named("a new task", _HEAD_WORD.search("a new task"))
    (<EntityType.METHOD: 'Method'>, <EntityType.TASK: 'Task'>)
    """
    etype = EntityType(head.lastgroup)
    if etype is T and _DEVICE_BEFORE.search(text, 0, head.start()):
        return EntityType.METHOD
    return etype


#: A kind of technique, a preposition and a few words right before a type word: the type word is the object of
#: that preposition, and a naming verb after it names the technique ("the first search approach for the speaker
#: recognition tasks, named as X"; not "experiments on two benchmark datasets, namely X").
_PREP_BEFORE = re.compile(r"\b(?:approach|method|model|framework|system|network|architecture|algorithm|technique|"
                          r"pipeline|toolkit|scheme|strategy)(?:s|es)?\s+(?:for|of|to|on|in|across)\s+(?:[\w\-]+\s+){0,5}$",
                          re.I)
