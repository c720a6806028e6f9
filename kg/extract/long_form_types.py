"""The type of an acronym's defined long form (:func:`long_form_type`): the lexicon's, the kind noun after the
acronym's bracket ("the Quux Parsing (QP) metric"), a statement right after the definition ("X (Y) is a long-standing
problem"), else the long form's head word; corrected by the words around it: a naming verb, a data noun or a problem
setting before it, a technique's noun, the short form's lexicon type, a measure it is used as.
Asked by the acronym source, :func:`kg.extract.acronym_sources.from_acronyms`.
"""
from __future__ import annotations

import re

from kg.extract import abbreviations, context, head_phrases
from kg.extract.candidates import Candidate
from kg.extract.context.compared import comparison_list
from kg.extract.doc_context import DocContext
from kg.extract.lexicon_data import spelt_long_forms
from kg.extract.long_form_words import METHOD_WORDS, PART_NOUNS, agent_of_task, headed, task_gerund, thing_headed
from kg.extract.words import KIND_AFTER_ACRONYM, PLURAL_KIND_AFTER_ACRONYM
from kg.vocab import EntityType as T


#: A long form that is a degree word and one noun: a property ("high-resolution (HR) frames",
#: "low-resolution (LR) input"), whatever task its head word ("resolution") may name elsewhere.
_DEGREE_COMPOUND = re.compile(r"(?:high|low|higher|lower|full|fine|coarse|medium|mid|ultra-high|ultra-low)[\-\s][a-z]+", re.I)
#: Words that coin a name right before it: a paper names what it makes (a method), not a task it works on.
_COINED_BEFORE = re.compile(r"\b(?:called|named|dubbed|termed|coined)\s+(?:the\s+)?$", re.I)


def coined_at(text: str, ls: int) -> bool:
    """Whether a word that coins a name (:data:`_COINED_BEFORE`) stands right before the long form at ``ls``."""
    return _COINED_BEFORE.search(text, max(0, ls - 24), ls) is not None


#: An indefinite phrase headed by a task or a setting noun, then a naming verb, right before a long form: "we study a
#: practical setting called X", "a new problem setup, namely X", "a new task termed X", "a new subtask under ABSA,
#: named X" (a subtask too, and the field it is one of after it; not "a pretext task, dubbed X":
#: a task made to train with, nor "a method for this task, called X": the preposition's object is no head; nor "cast
#: as an optimization problem, called X": a problem a paper recasts its task as is its means).
#: A data noun right before a long form, maybe with a naming verb or a quote between: the long form is that data
#: set's name in apposition ('a new database "Multi-Quux Parsing (MQP)"', "the benchmark called Quux Detection
#: (QD)"); not after "we"/"to" ("we benchmark ..."), nor with a preposition between ("a dataset for Quux Detection"),
#: nor across a line break (a title that ends in "Dataset" is no apposition to the abstract's first words).
_DATA_NOUN_BEFORE = re.compile(r"(?<!\bwe\s)(?<!\bto\s)\b(?:data ?set|database|benchmark|corpus) *[,:]? +"
                               r"(?:(?:named|called|dubbed|termed|coined) +(?:as +)?)?(?:the +)?[\"\u201c'\u2018]?$", re.I)
#: A data noun's "of" phrase closed by the comma or colon of an apposition ("a new dataset of street crossings, X (Y)",
#: "new datasets of street crossings: X (Y)"); the apposition must close after the acronym too (:func:`_apposed_of`).
_OF_PHRASE = r"[^\S\n]+of(?:[^\S\n]+[\w\-]+){1,5}[^\S\n]*[,:]"
_DATA_OF_BEFORE = re.compile(r"(?<!\bwe\s)(?<!\bto\s)\b(?P<noun>data ?sets?|databases?|benchmarks?|corpus|corpora)"
                             + _OF_PHRASE + r" +(?:the +)?[\"\u201c'\u2018]?$", re.I)
#: What closes an apposition after its acronym: punctuation, a relative pronoun, the text's end; a word else is the
#: name's own verb ("On a benchmark of six languages, Glyph Entity Tagging (GET) improves ..."), and a bare "and"
#: joins a fronted phrase's subjects as often ("..., Glyph Entity Tagging (GET) and Glyph Role Labeling (GRL) improve");
#: only a plural data noun's list goes on with one (:data:`_LIST_END`: "new datasets of ..., X (Y) and Z (W)").
_APPOSITION_END = re.compile(r"[)\]\s]*(?:[,.;:]|$|(?:which|that)\b)")
_LIST_END = re.compile(r"[)\]\s]*(?:and|or|as well as)\b")
#: The naming shape of a data set's coined name, which a long form with no head word needs to be a Dataset: a naming
#: verb or a quote after the data noun ("a benchmark named Quokka into Wombat (QIW)", 'a database "..."'), or an
#: apposition to a data set the text introduces ("a new dataset, ...", "a large, realistic dataset, ...", "a new RGB-D
#: dataset, ..."); not "On this
#: benchmark, X (Y) improves ...".
_DATA_NAMED = re.compile(r"(?:\b(?:named|called|dubbed|termed|coined) +(?:as +)?(?:the +)?[\"\u201c'\u2018]?|"
                         r"[\"\u201c'\u2018]|\b(?:[Aa]n?|[Nn]ew|[Nn]ovel|[Oo]ur)[^\S\n]+(?:[\w\-]+,?[^\S\n]+){0,3}?"
                         r"(?:data ?sets?|databases?|benchmarks?|corpus|corpora)(?:" + _OF_PHRASE + r"| *[,:]) +(?:the +)?)$")


def _data_noun_before(text: str, spans: tuple[int, int, int, int]) -> bool:
    """Whether a data noun names the long form and acronym at ``spans`` in apposition: right before it
    (:data:`_DATA_NOUN_BEFORE`), or after the data noun's "of" phrase when the apposition closes after the acronym
    (:func:`_apposed_of`)."""
    ls, le, ss, se = spans
    return _DATA_NOUN_BEFORE.search(text, max(0, min(ls, ss) - 60), min(ls, ss)) is not None \
        or _apposed_of(text, min(ls, ss), max(le, se))


def _apposed_of(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the apposition of a data noun with an "of" phrase ("a new dataset of
    street crossings, Quokka Quay Detection (QQD), and ..."): no verb of its own follows it, as one does a fronted
    phrase's subject ("Using a new corpus of news articles, Quokka Stance Tagging (QST) improves F1").

    >>> t = "We use a new dataset of street crossings, Quokka Quay Detection (QQD), and more."
    >>> _apposed_of(t, t.index("Quokka"), t.index("),") + 1)
    True
    >>> t = "On a benchmark of six languages, Glyph Entity Tagging (GET) improves by 3 points."
    >>> _apposed_of(t, t.index("Glyph"), t.index(") i") + 1)
    False
    >>> t = "On a benchmark of six languages, Glyph Entity Tagging (GET) and Glyph Role Labeling (GRL) improve."
    >>> _apposed_of(t, t.index("Glyph"), t.index(") a") + 1)
    False
    """
    data = _DATA_OF_BEFORE.search(text, max(0, start - 80), start)
    if data is None:
        return False
    plural = re.search(r"(?:sets|bases|marks|corpora)$", data.group("noun"), re.I) is not None
    return _APPOSITION_END.match(text, end) is not None or plural and _LIST_END.match(text, end) is not None


_SETTING_NAMED = re.compile(
    r"(?<!\bas\s)\b(?:a|an)\s+(?:(?!pretext\b|auxiliary\b|proxy\b|surrogate\b|self-supervised\b|pre-?training\b|for\b|of\b|to\b|"
    r"with\b|on\b|in\b|by\b)[\w\-]+\s+){0,4}(?:(?:sub)?tasks?|(?:sub)?problems?|settings?|setups?|scenarios?)"
    r"(?:\s+(?:under|in|within|of)\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}?)?\s*,?\s+"
    r"(?:called|named|dubbed|termed|coined|namely|referred\s+to\s+as)\s+(?:as\s+)?(?:the\s+)?[\"\u201c']?$", re.I)


def _method_tail(lex_by_span: dict, start: int, end: int) -> bool:
    """Whether the longest lexicon match that ends a long form (and starts inside it) is a Method: the long
    form is a variant of that method ("Probabilistic [linear discriminant analysis]"), whatever its head word
    ("analysis", "estimation") says."""
    tail = min(((s, c) for (s, e), c in lex_by_span.items() if e == end and start < s < end), default=None,
               key=lambda sc: sc[0])
    return tail is not None and tail[1].type is T.METHOD


def long_form_type(ctx: DocContext, lex, long_text: str, word: str, spans: tuple[int, int, int, int]) -> T | None:
    """The type of a defined long form's candidate (``spans``: the long form's and the short form's), from the
    lexicon, the kind word after the acronym's bracket (or after the long form's, where the acronym comes first:
    :func:`_word_after`; or the one its long form stops before: "... aggregation approach
    (CompFeat)" is a Method, :func:`~kg.extract.abbreviations.kind_noun_left`; or the kind a statement right after the
    acronym names: "X (Y) refers to the task of ...", :func:`_stated_kind`) or the long form's head, corrected by
    the words around it; None (the short form noted in ``ctx.not_names``) when the long form names a property, no
    entity."""
    text, ls, le, ss, se = ctx.text, *spans
    # a naming verb before the definition coins the long form ("called TbQ (Tracking by Quokkas)"); so does a
    # proposal of an acronym written first (:func:`_proposed_first`)
    coined = coined_at(text, min(ls, ss)) or (ss < ls and _proposed_first(ctx, ss))
    kind = _kind_after(long_text, word) or (T.METHOD if abbreviations.kind_noun_left(text, le, ss) else None) \
        or _stated_kind(text, min(ls, ss), max(le, se), long_text)
    etype = lex.type if lex else kind or head_phrases.type_of_long_form(long_text, ctx.tables.verb_words)
    if etype is T.TASK and not lex and _DEGREE_COMPOUND.fullmatch(long_text):
        ctx.not_names.add(text[ss:se])  # "high-resolution (HR) images": a property of the images, no task
        return None
    if etype is T.TASK and not lex and _method_tail(ctx.lex_by_span, ls, le):
        etype = T.METHOD  # "Probabilistic linear discriminant analysis (PLDA)": a variant of a lexicon method
    if etype is T.METRIC and not lex and word in PART_NOUNS:
        etype = T.METHOD  # "a Position-Dependent Deep Metric (PDDM) unit": a part of a network, not a measure
    elif etype is T.METRIC and not lex and comparison_list(text, min(ls, ss)):
        etype = T.METHOD  # "similarity measures such as the Quux Cosine Measure (QCM)": what a method computes
    if (etype is T.TASK and (not lex or lex.rule == "lexicon-gen") or etype is T.METHOD and not lex
            and not headed(long_text) and _DATA_NAMED.search(text, max(0, min(ls, ss) - 60), min(ls, ss))) \
            and not kind and long_text[:1].isupper() \
            and _data_noun_before(text, (ls, le, ss, se)):
        # 'a new database "Multi-Quux Parsing (MQP)"' (or 'a corpus called MQP (Multi-Quux Parsing)'): the data set's
        # name, even where a generated entry names the task; 'a benchmark named "Quokka into Wombat (QIW)"' too
        etype = T.DATASET
    if not lex and etype is not T.DATASET and _SETTING_NAMED.search(text, max(0, ls - 100), ls):
        etype = T.TASK  # "a practical setting called Glyph Domain Transfer (GDT)": the name of a problem setting
    elif etype is T.TASK and not lex and coined:
        etype = T.METHOD  # "a formulation called Weighted Rank Component Analysis (WRCA)": coined, proposed
    if etype is T.METHOD and not lex and not kind and not headed(long_text):
        if task_gerund(long_text) and not coined:
            return T.TASK  # "Recognizing Glyph Entailment (RGE)": doing a task, whatever else the letters name
        etype = _short_form_type(ctx, spans, word, etype)  # "the Room-to-Room (R2R) dataset"
        if etype is T.METHOD and not coined \
                and context.used_as_measure(text, min(ls, ss), long_text, text[ss:se], _proposed_here(ctx, ls)):
            etype = T.METRIC  # "as measured by the Quux Image Evaluator (QIE)", "an Optimal Quux Scale (OQS) of 0.75"
    return etype


#: A technique's noun right before an acronym: the acronym names that technique ("a joint training framework QuRE").
_TECHNIQUE_RIGHT_BEFORE = re.compile(r"\b(?:method|approach|framework|model|network|architecture|algorithm|technique)"
                                     r"\s+$", re.I)


def _proposed_first(ctx: DocContext, ss: int) -> bool:
    """Whether the acronym at ``ss``, written before its long form, is what the paper proposes: a proposal window opens
    on it ("We present QuTD (Quokka Tracking by Deblurring)") or a technique's noun stands right before it ("we propose
    a joint training framework QuRE (Quokka Relation Extraction)").

    >>> from kg.extract.doc_context import DocContext
    >>> t = "We build a framework QuRE (Quokka Relation Extraction). We tackle QRE (Quokka Relation Extraction)."
    >>> _proposed_first(DocContext(t), t.index("QuRE")), _proposed_first(DocContext(t), t.index("QRE"))
    (True, False)
    """
    return any(s <= ss < e and not ctx.text[s:ss].strip() for s, e, _ in ctx.windows) \
        or _TECHNIQUE_RIGHT_BEFORE.search(ctx.text, max(0, ss - 30), ss) is not None


def _kind_after(long_text: str, word: str) -> T | None:
    """The type the kind noun ``word`` right after a long form's acronym gives the long form: any singular one
    ("the Quux Parsing (QP) metric"), and a plural one when the long form is a name of its own, written with
    capitals on its first and last words and with no type head word ("the Quux Dialogue Turns (QDT) datasets");
    a common noun phrase or a task before a plural names the field the data is for ("glyph entailment (GE)
    datasets", "Quux Classification (QC) benchmarks").

    >>> [_kind_after(t, w) for t, w in (("quux parsing", "metric"), ("Quux Dialogue Turns", "datasets"))]
    [<EntityType.METRIC: 'Metric'>, <EntityType.DATASET: 'Dataset'>]
    >>> [_kind_after(t, w) for t, w in (("glyph entailment", "corpora"), ("Quux Classification", "benchmarks"))]
    [None, None]
    """
    kind = KIND_AFTER_ACRONYM.get(word)
    if kind is not None or word not in PLURAL_KIND_AFTER_ACRONYM:
        return kind
    words = long_text.split()
    if not (words[0][:1].isupper() and words[-1][:1].isupper()) or headed(long_text):
        return None
    return PLURAL_KIND_AFTER_ACRONYM[word]


#: The kind nouns a statement about a long form may name ("X (Y) is a challenging task", "X (Y), a new benchmark"):
#: those a word right after an acronym types (:data:`~kg.extract.words.KIND_AFTER_ACRONYM`) and a task's.
_STATED_KINDS = {**KIND_AFTER_ACRONYM, "task": T.TASK, "problem": T.TASK}
#: After an acronym's bracket, a copula or a comma, then a noun phrase an article opens, up to its first kind noun
#: (:data:`_STATED_KINDS`) within six words; the noun ends the phrase: a stop, or a word that opens a clause or a
#: prepositional phrase follows ("a challenging task that ...", "the task of ..."), not a noun it modifies ("a metric
#: learning approach", "a problem-agnostic mechanism").
_STATEMENT = re.compile(
    r"\s*\)(?P<link>\s*,\s*|\s+(?:is|was|remains|has\s+been|refers\s+to|denotes)\s+)(?:a|an|the)\s+"
    r"(?P<words>(?:(?!(?:that|which|who|whose|where|for|of|to|with|on|in|by|from|and|or|as)\b)[\w\-'\u2019]+,?\s+){0,5}?)"
    r"(?P<kind>" + "|".join(_STATED_KINDS) + r")\b(?![\-'\u2019])"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:that|which|where|wherein|whereby|whose|of|for|in|on|with|to|and|or|due|at)\b)")
#: Text that ends a sentence before a long form: the long form opens the next one, as the subject of a copula.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")


def _stated_kind(text: str, start: int, end: int, long_text: str) -> T | None:
    """The type a statement right after an acronym's definition gives its long form ``long_text`` (the definition runs
    from ``start`` to the bracket that closes at ``end``: after the acronym, "X (Y)", or after the long form, "Y
    (X)"): an apposition ("X (Y), the task of ...", "X (Y), a new glyph benchmark") or, where the long form opens
    its sentence, a copula ("X (Y) refers to the task of ...", "X (Y) is a standard measure of ..."), whose noun
    phrase ends on a kind noun with no technique word before it ("a technique for the counting problem" is a method).
    The text's word for the kind is stronger than the acronym rule's default, not than the long form's own technique
    word: a long form ending in one that names no process ("Glyph Pooling Network", not "... Regression") gets none
    (:func:`thing_headed`; "We compare X Network (XN), the Foo dataset, and ...": a list, no statement).

    >>> t = "Glyph Tying (GT) is a long-standing problem in vision. We use Box Overlap (BO), the measure of ..."
    >>> _stated_kind(t, 0, t.index(")"), "Glyph Tying")
    <EntityType.TASK: 'Task'>
    >>> _stated_kind(t, t.index("Box"), t.index("), the"), "Box Overlap")
    <EntityType.METRIC: 'Metric'>
    >>> t = "We count via Glyph Tying (GT) is a problem. Box Overlap (BO) is a metric learning approach."
    >>> _stated_kind(t, t.index("Glyph"), t.index(") is"), "Glyph Tying")
    >>> _stated_kind(t, t.index("Box"), t.rindex(") is"), "Box Overlap")
    >>> t = "Glyph Pooling Network (GPN) is a hard problem."; _stated_kind(t, 0, t.index(")"), "Glyph Pooling Network")
    >>> t = "GT (Glyph Tying) is a long-standing problem."; _stated_kind(t, 0, t.index(")"), "Glyph Tying")
    <EntityType.TASK: 'Task'>
    """
    if thing_headed(long_text):
        return None
    m = _STATEMENT.match(text, end)
    if m is None or any(w.strip(",").lower() in METHOD_WORDS for w in m.group("words").split()):
        return None
    if "," not in m.group("link") and _SENTENCE_BEFORE.search(text, max(0, start - 4), start) is None:
        return None  # "Counting boxes via X (Y) is a problem": the subject is a longer phrase
    return _STATED_KINDS[m.group("kind").lower()]


#: A technique word before a long form in its clause: the long form is that technique, whatever other thing its
#: acronym names in the lexicon ("we propose a novel method called Sequential-free Box Discretization (SBD)", "a
#: general loss function: Minimum Class Confusion (MCC)").
_TECHNIQUE_BEFORE = re.compile(r"\b(?:method|approach|technique|mechanism|scheme|strategy|framework|module|loss|"
                               r"regularization|regularizer|solver|algorithm|model|network|proposed)\b[^.;]*$", re.I)
#: The long form as the object the technique is run on ("the network's error on the Street Number Images (SNI)
#: set"), not the technique itself; "based on" / "built on" still name a part of the technique.
_RUN_ON = re.compile(r"(?<!based )(?<!built )\b(?:[Oo]n|[Aa]cross)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")


def _short_form_type(ctx: DocContext, spans: tuple[int, int, int, int], word: str, etype: T) -> T:
    """The lexicon's type of the short form when the long form has no head word to type it: "Room-to-Room
    (R2R)" is the dataset R2R, not a Method by default; not when a technique word stands before the long form
    in its clause or right after the acronym ("the Euler-Maruyama (EM) solver": EM is no metric there)."""
    ls, le, ss, se = spans
    short = ctx.lex_by_span.get((ss, se))
    if short is None or word in METHOD_WORDS or _spelt_otherwise(short, ctx.text[ls:le], ctx.text[ss:se]):
        return etype
    if _TECHNIQUE_BEFORE.search(ctx.text, max(0, ls - 80), ls) and not _RUN_ON.search(ctx.text, max(0, ls - 40), ls):
        return etype
    if short.type is T.TASK and agent_of_task(ctx.text[ls:ss], ctx.tables.verb_words):
        return etype  # "named entity recognizers (NER)", "Dialogue State Tracker (DST)": the tool, not the task
    return short.type


def _proposed_here(ctx: DocContext, ls: int) -> bool:
    """Whether the long form at ``ls`` is what the paper proposes: it lies in a proposal window, or a technique's
    noun stands before it (:data:`_TECHNIQUE_BEFORE`: "the smoothing technique Quux Keep Probability (QKP)")."""
    return any(s <= ls < e for s, e, _ in ctx.windows) or _TECHNIQUE_BEFORE.search(ctx.text, max(0, ls - 80), ls) \
        is not None


def _spelt_otherwise(short: Candidate, long_text: str, short_text: str) -> bool:
    """Whether the lexicon knows the letters of a short form (``short``: its lexicon candidate) by long forms that
    share no word with the paper's ("Dense Surface Contact (DSC)" is no "Dice similarity coefficient"; "Arcade
    Learning Element (ALE)" is a slip for the lexicon's "Arcade Learning Environment"): the letters name something
    else here, and the lexicon's type says nothing of it.

    >>> dice = Candidate(0, 3, T.METRIC, 60, "lexicon", "Dice")
    >>> _spelt_otherwise(dice, "Dense Surface Contact", "DSC"), _spelt_otherwise(dice, "dice similarity coef.", "DSC")
    (True, False)
    """
    known = spelt_long_forms(short.type, short.canonical or short_text, short_text)
    if not known:
        return False
    words = set(_LONG_WORD.findall(long_text.lower()))
    return not any(words.intersection(_LONG_WORD.findall(name.lower())) for name in known)


#: A word of three letters or more of a long form (no "of", "to").
_LONG_WORD = re.compile(r"[a-z]{3,}")
