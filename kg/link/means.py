"""A name used as a means is a Method, whatever its head word says.

The extractor types "maximum likelihood estimation" or "noise contrastive estimation" a Task by its head word
("estimation", as in "pose estimation"), and every paper that defines the acronym repeats that vote. What the
texts do with the name says otherwise: a model is "trained with X", "learned via X", "optimised by X"; X is the
modifier of a training, objective or loss noun ("X-based training", "an X objective"). Those are uses of a means
(``means``); a goal is "for X" (``goal``), beside the type words and lexicon entries that already vote Task.

Both kinds weigh nothing in the score (:data:`kg.link.types.KIND_WEIGHT`): they only decide, for a name whose
winner is Task, whether its uses as a means outnumber its uses as a goal (:func:`used_as_means`); then the
name is a Method. A goal is a Task's use whatever the mention's type (a Method mention's goal votes for both types,
the Method's counting the papers that type it a Method and work on it), and a task word after a Method's mention is
one ("X problems", "the X task"); for a name whose winner is a Method typed by the words around it only (a head word:
"text normalization", "pose regression"), enough of those papers make it the Task (:func:`worked_on`).
"""
from __future__ import annotations

import re
from typing import Callable

from kg.extract.words import (KIND_NOUNS, KIND_OR_FIELD, MEANS_PREPOSITIONS, METHOD_HEADS, TASK_HEADS,
                              TITLE_NP_STOP)
from kg.link.kinds import kinds_where
from kg.link.normalize import TITLE_COLON
from kg.vocab import EntityType

#: A training or estimation verb, up to three words, and a preposition of means right before a name ("trained
#: with X", "we train the weights by X", "learned via the X"); the verb's forms, not its noun ("the training").
_MEANS_BEFORE = re.compile(
    r"\b(?:train|trains|trained|learn|learns|learned|learnt|optimi[sz]e[sd]?|fit|fits|fitted|estimated?|"
    r"pre-?trained|fine-?tuned|updated?|minimi[sz]e[sd]?|maximi[sz]e[sd]?)"
    r"(?:\s+[\w\-]+){0,3}?\s+(?:by|via|using|with|through)\s+(?:the\s+|a\s+|an\s+)?(?:standard\s+)?$", re.I)
#: A training, objective or loss noun right after a name, past the parenthesis of its acronym, a "based" and a word of
#: learning ("X (XY) training", "X-based training", "an X objective", "an X (XY) learning objective", "the X loss").
_MEANS_AFTER = re.compile(r"(?:\s*\([^()\n]{1,20}\))?(?:[\s\-]+based)?(?:[\s\-]+(?:learning|pre-?training))?"
                          r"[\s\-]+(?:training|objectives?|loss(?:es)?|criterion)\b", re.I)
#: What stands between a name and a word after it: the parenthesis of its acronym, a space or hyphen; and a
#: "based" that is not "based on".
_PAST_ACRONYM = r"(?:\s*\([^()\n]{1,20}\))?[\s\-]+"
_BASED = r"based\b(?!\s+(?:up)?on\b)"
#: A noun of a part of a model right after a name, past the parenthesis of its acronym ("an X (XY) layer", "the X
#: component", "an X module": the name is a part of the model, as "a Foo extraction layer" extracts Foo), or a "based"
#: ("X (XY)-based methods": X is what they build on; not "X based on Y", where X is the thing built).
_STEP_AFTER = re.compile(_PAST_ACRONYM + rf"(?:{_BASED}|(?:layers?|components?|modules?|blocks?"
                         r"|branch(?:es)?)\b)", re.I)
#: The "based" of :data:`_STEP_AFTER` alone ("X (XY)-based methods"), without its part nouns.
_BASED_AFTER = re.compile(_PAST_ACRONYM + _BASED, re.I)
#: A verb of building right before a name ("based on X", "built upon the X", "relying on X": X is what is built on), or
#: a kind of technique and a naming verb ("techniques named X", "a paradigm known as X", "an approach, called X").
_BUILT_ON = re.compile(r"(?:\b(?:based|built|build|builds|relies|rely|relying)\s+(?:up)?on\s+(?:the\s+|a\s+|an\s+)?"
                       r"|\b(?:" + "|".join(sorted(KIND_NOUNS)) + r")\s*,?\s+(?:called|named|dubbed|termed|coined\s+as"
                       r"|known\s+as|referred\s+to\s+as)\s+(?:the\s+)?[\"\u201c']?)$", re.I)
#: A goal right before a name: "for X", "for the X" (not "X for", nor "used for training with X").
_GOAL_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)

#: Uses as a means a name needs, and more than its weighted uses as a goal, to be a Method.
MEANS_MIN = 2
#: The Task votes that are uses as a goal, or say the name is one, by their weight: a lexicon entry's
#: matches (a name the lexicon lists as a Task keeps its type: :meth:`kg.link.types.TypeVotes.decide`), a type word ("X task"), the words around ("for X") and a result's task.
GOAL_WEIGHT = {"lexicon": 1.0, "head": 1.0, "cue": 1.0, "context": 1.0, "titled": 1.0, "goal": 1.0}
#: The Task votes that say a paper uses a name as a goal (:func:`clearly_used`): :data:`GOAL_WEIGHT`'s but the
#: lexicon's, and a task word after it ("the X task").
_GOAL_KINDS = tuple(k for k in GOAL_WEIGHT if k != "lexicon") + ("task",)


def means_kind(text: str, start: int, end: int) -> str | None:
    """``means`` when the words around a span use it as a means, ``goal`` when as a goal, else None.

    >>> t = "Nets trained with Foo Estimation. A Bar objective. Baz-based training. Models for Qux Estimation."
    >>> [means_kind(t, t.index(w), t.index(w) + len(w)) for w in ("Foo Estimation", "Bar", "Baz", "Qux Estimation")]
    ['means', 'means', 'means', 'goal']
    >>> t = "The training with Foo. Results with Bar."
    >>> [means_kind(t, t.index(w), t.index(w) + len(w)) for w in ("Foo", "Bar")]
    [None, None]
    >>> t = "A Foo (FO) learning objective. A Bar layer."
    >>> [means_kind(t, t.index(w), t.index(w) + len(w)) for w in ("Foo", "Bar")]
    ['means', None]
    """
    before = text[max(0, start - 80):start]
    if _MEANS_BEFORE.search(before) or _MEANS_AFTER.match(text, end):
        return "means"
    if _GOAL_BEFORE.search(before):
        return "goal"
    return None


#: A list of the tasks or objectives a model is pre-trained on, up to its first member ("two new pre-training tasks:
#: (i)", "three pretext tasks are employed, including", "proxy objectives such as"): what the list names are devices to
#: train a model with, no problems a paper works on. Not "auxiliary" tasks, which are as often real tasks learnt beside.
#: A list of techniques, methods, approaches, algorithms or strategies ("techniques such as stroke hashing, glyph
#: matching, ...") names means the same way (not "tasks such as", "problems such as").
_DEVICE_LIST = re.compile(r"\b(?:(?:pre-?train(?:ing|ed)|pretext|proxy)[\s\-]+(?:tasks|objectives)"
                          r"|techniques|methods|approaches|algorithms|strategies)\b"
                          r"(?:\s+(?:are|is|were)\s+\w+)?\s*(?::|,?\s+(?:including|such\s+as|namely|e\.g\.,?|i\.e\.,?))",
                          re.I)
#: What ends such a list before a name: the end of a sentence, or a preposition that makes it a goal ("... and then
#: fine-tuned for X", "transferred to X").
_LIST_BREAK = re.compile(r"[.!?]\s|\b(?:for|on|to|into|from|than)\b", re.I)


def device_member(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is a member of a list of pre-training tasks or objectives, or of techniques
    (:data:`_DEVICE_LIST`), past its other members and their clauses, with no sentence end nor goal preposition between.

    >>> t = "Two pre-training tasks: (i) glyph order modeling, where the model sorts strokes; and (ii) seal matching."
    >>> device_member(t, t.index("glyph")), device_member(t, t.index("seal matching"))
    (True, True)
    >>> t = "Pretext tasks are used, e.g., glyph order modeling, and the model is then fine-tuned for seal matching."
    >>> device_member(t, t.index("glyph")), device_member(t, t.index("seal matching"))
    (True, False)
    """
    window = text[max(0, start - 250):start]
    last = None
    for last in _DEVICE_LIST.finditer(window):
        pass
    return last is not None and _LIST_BREAK.search(window, last.end()) is None


#: "for" and an article after a title's phrase, before what the title says it is for (:func:`title_for`).
_FOR_NEXT = re.compile(r"\s+for\s+(?:the\s+|an?\s+)?", re.I)


def title_for(title: str, end: int, starts: frozenset[int]) -> bool:
    """Whether a title's phrase ending at ``end`` is followed by "for" and another name of the title (``starts``: where
    the title's Task and Method mentions start): "X for Y" says X is what the paper does for the task or the model Y,
    its means ("Glyph Lattice Pooling for Seal Recognition", "Stroke Selection for GANs"), not a problem it works on.

    >>> t = "Glyph Lattice Pooling for Seal Recognition"
    >>> title_for(t, 21, frozenset({0, 26})), title_for(t, 21, frozenset({0})), title_for(t, 14, frozenset({0, 26}))
    (True, False, False)
    """
    m = _FOR_NEXT.match(title, end)
    return m is not None and m.end() in starts


#: A preposition of means after a title's phrase ("X by Combining Y", "X with Y", "X via Y", "X Using Y", "X through Y").
_MEANS_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(MEANS_PREPOSITIONS)) + r")\s", re.I)
#: What may stand before a title's lead phrase, from the title's start or its "Name:" head: plain modifier words
#: ("Direct", "3D"), no preposition, conjunction or gerund ("Learning X with Y": X is what is learnt).
_LEAD_WORDS = re.compile(r"(?:[\w\-]+\s+){0,3}")
_NOT_LEAD_WORD = re.compile(r"\b(?:\w+ing|" + "|".join(sorted(TITLE_NP_STOP | {"and", "or", "the", "a", "an"}))
                            + r")\b", re.I)


def title_lead_goal(title: str, start: int, end: int) -> bool:
    """Whether a title's phrase at ``start:end`` leads the title (at its start or after its "Name:" head, past a few
    modifiers at most) and a preposition of means follows it: "X by/with/via/using/through Y" names what the paper
    does first and its means after ("Human Pose Regression by Combining Part Detection", "Poseur: Direct Human Pose
    Regression with Transformers"; the head's colon spaced or full-width too, :data:`~kg.link.normalize.TITLE_COLON`):
    X is what the paper works on, a goal, as the lead before "for" is the means (:func:`title_for`). Not a phrase past
    a preposition or a gerund ("Learning X with Y", "Priors in X via Y").

    >>> t = "Poseur: Direct Glyph Pose Regression with Transformers"
    >>> title_lead_goal(t, t.index("Glyph"), t.index(" with")), title_lead_goal(t, 0, 6)
    (True, False)
    >>> [title_lead_goal(t, t.index("Glyph"), t.index(" via")) for t in ("Learning Glyph Regression via Trees",
    ...                                                                  "Priors in Glyph Regression via Trees")]
    [False, False]
    """
    if not _MEANS_NEXT.match(title, end):
        return False
    colons = [c.end() for c in TITLE_COLON.finditer(title, 0, start)]
    lead = colons[-1] if colons else 0
    before = title[lead:start].lstrip()
    return _LEAD_WORDS.fullmatch(before) is not None and not _NOT_LEAD_WORD.search(before)


def step_kind(text: str, start: int, end: int, kind: str | None, parts: bool = True) -> str | None:
    """``kind`` (what :func:`means_kind` or :func:`defined_use_kind` read), or ``means`` where it read nothing and the
    span is a part of a model or what a method is built on: a part noun or a "based" after it, past its acronym ("a
    Foo (FO) extraction layer", "Bar (BR)-based methods"), "based on" before it ("a tool based on Baz"), or the name a
    kind of technique is given ("a paradigm known as Foo"), or a member of a list of pre-training tasks
    (:func:`device_member`). Read for
    the Task mentions no lexicon matched: a lexicon's Task names a part for it ("a classification layer").

    >>> t = "A Foo (FO) layer. Bar (BR)-based models. A tool based on Baz. Qux based on trees. For Quux-based models."
    >>> [step_kind(t, t.index(w), t.index(w) + len(w), None) for w in ("Foo", "Bar", "Baz", "Qux")]
    ['means', 'means', 'means', None]
    >>> step_kind(t, t.index("Quux"), t.index("Quux") + 4, "goal")
    'goal'
    >>> t = "A paradigm known as Foo. A problem called Bar."
    >>> [step_kind(t, t.index(w), t.index(w) + len(w), None) for w in ("Foo", "Bar")]
    ['means', None]

    ``parts=False``: no part noun after it (a lexicon's Task before one names what the part does: "a classification
    layer"), the rest as above.

    >>> t = "A Foo layer. Bar-based models."
    >>> [step_kind(t, t.index(w), t.index(w) + len(w), None, parts=False) for w in ("Foo", "Bar")]
    [None, 'means']
    """
    if kind is not None:
        return kind
    if (_STEP_AFTER if parts else _BASED_AFTER).match(text, end) or _BUILT_ON.search(text, max(0, start - 40), start) \
            or device_member(text, start):
        return "means"
    return None


#: A verb that takes a means as its object ("we use X", "adopt the widely-used X", "we propose a novel X"), in its
#: verb's forms only (not "user", "proposal", "development"), then up to three words before the mention, in its clause.
_MEANS_VERB = re.compile(r"\b(?:(?:adopt|employ|exploit|present|develop|design)(?:s|ed|ing)?|uses?|used|using"
                         r"|appl(?:y|ies|ied|ying)|(?:utili[sz]|leverag|incorporat|propos|introduc|devis)(?:e|es|ed|ing))"
                         r"\s+(?:[\w\-]+\s+){0,3}$", re.I)
#: The same means, said after the mention: "X (and Y) are proposed/used/adopted ...".
_MEANS_PASSIVE = re.compile(r"(?:\s*\([^)]*\))?(?:\s+and\s+[\w\- ]{0,40}?)?\s+(?:is|are|was|were|has\s+been|have\s+been)"
                            r"\s+(?:\w+ly\s+)?(?:proposed|introduced|used|adopted|employed|applied|presented|developed"
                            r"|designed|utili[sz]ed|leveraged|exploited)\b", re.I)
#: The nouns of a study of a name, singular and plural, right before the verb: "X and Y experiments are conducted to
#: show ...", "X ablations are carried out to ..." test X, do not do it for an end.
_STUDY_NOUNS = tuple(w + e for w in ("experiment", "ablation", "evaluation", "test", "trial", "comparison",
                                     "assessment", "investigation") for e in ("", "s")) \
    + ("study", "studies", "analysis", "analyses")
#: The words a "to" ends a preposition of several words after (a closed class: "prior to", "according to", "due to",
#: "in addition to", "with respect to", "compared to", ...): no infinitive of purpose follows.
_PREPOSITION_TO = ("prior", "according", "due", "addition", "respect", "regard", "compared", "similar", "close", "up",
                   "next", "owing", "thanks", "relative", "contrast", "contrary", "opposed")
#: A passive verb of doing after the mention whose clause goes on to a purpose: "X (on the feature map) is performed
#: to enhance ...", "X and Y are conducted in each iteration to recover ...", "X by Z is also explored, ..., to reduce
#: ...": X is done for another end, a step of the method. Without the purpose the name is as often the job itself
#: ("X is performed on each frame", "X is currently performed by pathologists", "X is implemented on FPGA to achieve
#: real-time speed": no verb of doing, the name is what is built), and not where the subject is a test of X ("X and
#: Y experiments are conducted to show ...": :func:`_done_for`). The purpose is an infinitive: "to" that ends no
#: preposition of several words ("performed prior to fusion", "according to standard practice": :data:`_PREPOSITION_TO`)
#: and a small letter after it, no article, pronoun or quantifier ("applied to the images", "applied to many fields"
#: name a goal; "to ImageNet" a name).
_DONE_FOR = re.compile(r"(?:\s*\([^)]*\))?(?:\s+(?:on|in|of|by|with|from|over)\s+[\w\- ]{1,40}?)?"
                       r"(?:\s+and\s+[\w\- ]{0,40}?)?"
                       r"(?P<verb>\s+(?:is|are|was|were|has\s+been|have\s+been|can\s+be|could\s+be|will\s+be))"
                       r"\s+(?:(?:\w+ly|also)\s+){0,2}(?:performed|conducted|carried\s+out|explored|done|executed)"
                       r"\b[^.;:!?]{0,60}?" + "".join(rf"(?<!\b{w})" for w in _PREPOSITION_TO)
                       + r"\s(?:in\s+order\s+|so\s+as\s+)?to\s+(?!(?:the|a|an|this|that|these|those|its"
                       r"|their|our|it|them|many|various|other|each|every|all|any|some|both|several|such|more|most|one|be)\b)"
                       r"(?-i:[a-z])", re.I)
_LAST_WORD = re.compile(r"([a-z]+)$", re.I)


def _done_for(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is done for another end (:data:`_DONE_FOR`), its subject past it no test of
    it (a noun of study before the verb, :data:`_STUDY_NOUNS`; the name's own last word may be one: "principal
    component analysis is performed to reduce ...").

    >>> t = "Glyph fusion is performed to merge. Glyph fusion and stroke ablations are conducted to show gains."
    >>> _done_for(t, t.index(" is")), _done_for(t, t.index(" and"))
    (True, False)
    """
    m = _DONE_FOR.match(text, end)
    if m is None or m.start("verb") == end:
        return m is not None
    last = _LAST_WORD.search(text, end, m.start("verb"))
    return last is None or last.group(1).lower() not in _STUDY_NOUNS


#: What makes the mention a goal after all: a preposition between the verb and it ("use X for Y", "propose
#: a model for Y", "incorporate priors into Y", "adopted from Y"), or before it in a passive ("a model for Y is proposed"), a cue naming a task before it ("the task of Y") or after it ("Y tasks", "the widely used Y dataset", "we introduce Y, a dataset of ...").
_GOAL_BETWEEN = re.compile(r"\b(?:for|to|in|into|on|of|from|towards?)\s+(?:[\w\-]+\s+){0,3}$", re.I)
_TASK_AFTER = re.compile(r"(?:\s*,\s*(?:a|an|the)(?:\s+[\w\-]+){0,3}?)?\s+(?:tasks?|problems?|challenges?|benchmarks?"
                         r"|settings?|datasets?|data|corpus|corpora)\b", re.I)
_CLAUSE_START = re.compile(r".*(?:[.;:!?]\s|,\s+(?:and|but|which|while|whereas)\s)", re.S)
#: A cue naming a task right before the mention ("the task of Y", "a problem called Y").
_TASK_OF_BEFORE = re.compile(r"\b(?:tasks?|problems?)\s+(?:of|called|named)\s+$", re.I)


def means_clause(text: str, start: int, end: int, passive: bool = True) -> bool:
    """Whether a span stands where its clause names a means, not a goal: the object of a verb of use or proposal,
    up to three words before it ("we use Poisson surface reconstruction to mesh it", "we propose a novel X"), or the
    subject of one in the passive ("X and Y are proposed"); no preposition between the verb and it ("a method for
    X", "incorporating priors into X") or before it in the passive, and no task cue beside it ("the task of X", "X
    tasks"). A noun made from the verb is no verb ("a user glyph parsing study", "a proposal that boosts X").
    ``passive=False``: the verb before it only.

    >>> t = "We use glyph pooling to merge them. We propose a model for glyph parsing. Glyph fusion is used."
    >>> [means_clause(t, t.index(w), t.index(w) + len(w)) for w in ("glyph pooling", "glyph parsing", "Glyph fusion")]
    [True, False, True]
    """
    before = text[max(0, start - 100):start]
    clause = _CLAUSE_START.match(before)
    before = before[clause.end():] if clause else before
    if _TASK_AFTER.match(text, end) or _TASK_OF_BEFORE.search(before):
        return False
    verb = _MEANS_VERB.search(before)
    if verb is not None:
        return _GOAL_BETWEEN.search(before, verb.start()) is None
    return passive and (_MEANS_PASSIVE.match(text, end) is not None or _done_for(text, end)) \
        and _GOAL_BETWEEN.search(before) is None


#: A verb or preposition of use right before a name, past an article ("we use X to ...", "applied X", "fine-tuning with
#: X", "combined with X"); not "deal with X", "cope with X" (a problem), nor "compared with X", "associated with X" (a
#: relation), nor a sentence's "With X, we introduce ..." (what the paper brings).
_USE_BEFORE = re.compile(r"(?<!\bdeal )(?<!\bdeals )(?<!\bcope )(?<!\bcoping )(?<!\bcompared )(?<!\bdealing )"
                         r"(?<!\bassociated )"
                         r"\b(?:uses?|used|using|appl(?:y|ies|ied|ying)|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|(?-i:via|with)"
                         r"|incorporat(?:e|es|ed|ing))\s+(?:the\s+|a\s+|an\s+)?$", re.I)
#: The name ends its noun phrase (past the parenthesis of its acronym): punctuation or a function word follows, not
#: a noun it modifies ("using outlier detection algorithms", "X-based features" use the algorithms, the features).
_PHRASE_END = re.compile(r"(?:\s*\([^()\n]{1,20}\))?(?:\s*(?:[,.;:)]|$)|\s+(?:to|and|or|for|in|on|which|that|as|is|are"
                         r"|was|were|by|at|from|into|while|when|but)\b)", re.I)
#: Uses of a generated lexicon's Task name a paper must make as a means (:func:`kg.link.types.TypeVotes.decide`).
USES_MIN = 2


#: "with X" or "via X" right before a name, and a verb's participle or gerund before it ("refined with X", "fine-tuning
#: with X"): :func:`use_kind`'s ``verb_with``.
_BARE_WITH = re.compile(r"\b(?-i:via|with)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
#: "as" right after the name, past its acronym's parenthesis: "with X as a prior" makes X the means by itself.
_AS_AFTER = re.compile(r"(?:\s*\([^()\n]{1,20}\))?\s+as\b", re.I)
_VERB_WITH = re.compile(r"\b[a-z][a-z\-]*(?:ed|ing)\s+(?-i:via|with)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def use_kind(text: str, start: int, end: int, verb_with: bool = False) -> str | None:
    """``means`` when a span is used as a means (:func:`means_kind`, or a verb or preposition of use right before
    it and nothing it modifies after it: "we use X to ...", "fine-tuning with X."), ``goal`` when as a goal ("for
    X"), else None: what a lexicon's Task name says of itself in the text. ``verb_with``: "with X" or "via X" only
    after a verb's participle or gerund ("refined with X", "fine-tuning with X") or before "as" ("Translation with X
    as Regularization"), not after a noun or an adjective otherwise ("open problems with X,", "experiments with X,",
    "consistent with X,", "along with X,"): how a Task's mention and an acronym's long form are read, whose name says
    what they do.

    >>> t = "We list open problems with glyph pooling, then fix them. Translation with glyph pooling as a prior."
    >>> [use_kind(t, i, i + 13, verb_with=True) for i in (t.index("glyph"), t.rindex("glyph"))]
    [None, 'means']
    >>> t = "We use glyph pooling to merge them. Using glyph pooling layers. We deal with glyph pooling."
    >>> [use_kind(t, i, i + 13) for i in (t.index("glyph"), t.index("glyph", 40), t.rindex("glyph"))]
    ['means', None, None]
    >>> t = "With GlyphBank, we release a benchmark. It is trained with GlyphMix."
    >>> use_kind(t, 5, 14), use_kind(t, t.index("GlyphMix"), t.index("GlyphMix") + 8)
    (None, 'means')
    """
    kind = means_kind(text, start, end)
    lo = max(0, start - 40)
    if kind is None and _USE_BEFORE.search(text, lo, start) and _PHRASE_END.match(text, end) \
            and not (verb_with and _BARE_WITH.search(text, lo, start) and not _VERB_WITH.search(text, lo, start)
                     and not _AS_AFTER.match(text, end)):
        return "means"
    return kind


def defined_use_kind(text: str, start: int, end: int) -> str | None:
    """What a long form a paper defines says of itself where it stands (:func:`means_kind`), and ``means`` too where a
    verb of use or proposal before it makes it the means of its clause and it ends its noun phrase past its acronym
    (:func:`means_clause` without the passive: "X (XY) is widely used in ..." is as often said of a task).

    >>> t = "We adopt the glyph lattice control (GLC) to steady it. Glyph lattice control (GLC) is used in archives."
    >>> [defined_use_kind(t, i, i + 21) for i in (t.index("glyph"), t.index("Glyph"))]
    ['means', None]
    """
    kind = means_kind(text, start, end)
    if kind is None and means_clause(text, start, end, passive=False) and _PHRASE_END.match(text, end):
        return "means"
    return kind


def lexicon_use_kind(text: str, start: int, end: int) -> str | None:
    """What a lexicon's Task name says of itself where it stands (:func:`use_kind`), and ``means`` too where its clause
    names it as the means (:func:`means_clause`) and it ends its noun phrase: a verb of use or proposal and modifiers
    before it ("we use dynamic glyph pooling to merge them", "the proposed deep glyph pooling that ..."), not the name
    of the thing a paper proposes for it ("we propose a glyph pooling network", "a model for glyph pooling").

    >>> t = "We use dynamic glyph pooling to merge. We propose a glyph pooling network. The proposed glyph pooling is fast."
    >>> [lexicon_use_kind(t, i, i + 13) for i in (t.index("glyph"), t.index("glyph", 40), t.rindex("glyph"))]
    ['means', None, 'means']
    >>> t = "We propose a model for glyph pooling."
    >>> lexicon_use_kind(t, t.index("glyph"), t.index("glyph") + 13)
    'goal'
    """
    kind = use_kind(text, start, end)
    if kind is None and means_clause(text, start, end) and _PHRASE_END.match(text, end):
        return "means"
    return kind


def clearly_used(votes: dict[tuple[EntityType, str], int]) -> bool:
    """Whether a name's uses as a means are clear and repeated: at least :data:`USES_MIN` papers use it so and none
    says it is a goal (no "for X", no task word, no "on X", no type word or context of a Task).

    >>> T, M = EntityType.TASK, EntityType.METHOD
    >>> clearly_used({(T, "lexicon"): 9, (M, "means"): 2}), clearly_used({(T, "lexicon"): 9, (M, "means"): 3, (T, "goal"): 1})
    (True, False)
    """
    if votes.get((EntityType.METHOD, "means"), 0) < USES_MIN:
        return False
    return not any(votes.get((EntityType.TASK, kind), 0) for kind in _GOAL_KINDS)


#: The Task votes a long form's definition gives by its own words: its head word ("... Contrastive Estimation (FCE)"),
#: its acronym's uses, its shape (:func:`defined_means`); an ability's use says no goal either.
_DEFINING_KINDS = kinds_where("defining")


def defined_means(votes: dict[tuple[EntityType, str], int]) -> bool:
    """Whether a name is a Task only by the words of the long form a paper defines, and a paper uses it as a means
    ("we adopt the widely used glyph lattice control (GLC) to ...", "an ..(GCE) training"): no other Task vote (no
    goal, type word, context or lexicon match) and one use as a means at least. Such a name is the paper's
    technique, a Method whatever its head word says.

    >>> T, M = EntityType.TASK, EntityType.METHOD
    >>> defined_means({(T, "acronym"): 3, (T, "defined"): 1, (M, "means"): 1}), defined_means({(T, "acronym"): 3, (T, "defined"): 1})
    (True, False)
    >>> defined_means({(T, "acronym"): 3, (T, "goal"): 1, (M, "means"): 1})
    False
    """
    if not votes.get((EntityType.METHOD, "means")):
        return False
    return all(kind in _DEFINING_KINDS for t, kind in votes if t is EntityType.TASK)


def used_as_means(votes: dict[tuple[EntityType, str], int]) -> bool:
    """Whether a name's votes show a means more than a goal: at least :data:`MEANS_MIN` uses as a means, and more
    than the Task's goal votes weighted by :data:`GOAL_WEIGHT`.

    >>> T, M = EntityType.TASK, EntityType.METHOD
    >>> used_as_means({(T, "acronym"): 15, (T, "defined"): 6, (T, "context"): 1, (M, "means"): 4})
    True
    >>> used_as_means({(T, "lexicon"): 9, (M, "means"): 4}), used_as_means({(M, "means"): 1})
    (False, False)
    """
    means = votes.get((EntityType.METHOD, "means"), 0)
    if means < MEANS_MIN:
        return False
    goal = sum(w * votes.get((EntityType.TASK, kind), 0) for kind, w in GOAL_WEIGHT.items())
    return means > goal


#: Head words of a technique and of no task ("... learning", "... regularization", "... distillation"; not "alignment"
#: nor "retrieval", which head tasks too).
TECHNIQUE_HEADS = frozenset(METHOD_HEADS - TASK_HEADS)
#: The Task votes that say a paper works on a name (:func:`used_technique`): :data:`_GOAL_KINDS`, and its uses as a
#: field ("applications of X", :mod:`kg.link.fields`).
_WORKED_ON_KINDS = _GOAL_KINDS + ("field",)


#: A noun of a family of techniques right after a name, past the parenthesis of its acronym ("X methods", "the X
#: algorithms", "an X (XY) approach", "X techniques"): what the papers call instances of the name. Not the nouns of a
#: built thing ("an X network", "an X model", "an X framework": a system made for a problem as often).
_FAMILY_AFTER = re.compile(_PAST_ACRONYM + r"(?:methods?|algorithms?|approach(?:es)?|techniques?)\b", re.I)


def family_after(text: str, end: int) -> bool:
    """Whether a noun of a family of techniques follows a span ending at ``end`` (:data:`_FAMILY_AFTER`).

    >>> t = "Glyph clustering methods vary. A glyph clustering (GC) approach. A glyph clustering network."
    >>> [family_after(t, i + 16) for i in (0, t.index("glyph"), t.rindex("glyph"))]
    [True, True, False]
    """
    return _FAMILY_AFTER.match(text, end) is not None


#: The words of a field that, first in a name, say how the task after them is done (:func:`used_technique`).
APPROACH_WORDS = frozenset({"deep", "neural", "statistical"})


def approach_led(name: str, is_task: Callable[[str], bool] | None = None) -> bool:
    """Whether a name opens with a word of an approach (:data:`APPROACH_WORDS`) that says how what follows it is done:
    not before a kind of thing nor another word of a field (:data:`~kg.extract.words.KIND_OR_FIELD`: "neural network
    compression" is done to the network, "deep learning" is the field), unless the words after it are a Task's name
    (``is_task``: "statistical machine translation" is machine translation done so, a family of approaches to it, as
    "deep clustering" is to clustering).

    >>> approach_led("deep glyph parsing"), approach_led("deep learning"), approach_led("glyph parsing")
    (True, False, False)
    >>> mt = lambda rest: rest == "machine translation"
    >>> approach_led("statistical machine translation"), approach_led("statistical machine translation", mt)
    (False, True)
    >>> approach_led("neural network compression", mt), approach_led("neural", mt)
    (False, False)
    """
    words = name.lower().split()
    if len(words) < 2 or words[0] not in APPROACH_WORDS:
        return False
    if words[1] not in KIND_OR_FIELD:
        return True
    return is_task is not None and is_task(" ".join(words[1:]))


def used_technique(votes: dict[tuple[EntityType, str], int], name: str,
                   is_task: Callable[[str], bool] | None = None) -> bool:
    """Whether a generated lexicon's Task name shaped like a technique is used as a means more than as a goal: at least
    :data:`MEANS_MIN` papers use it as a means ("trained with X", "an X loss", "based on X"), more than say they work
    on it ("for X", "X tasks", "on X", "applications of X"); or one paper uses it so and no paper works on it: the
    shape and that use agree, and nothing says Task. Its lexicon matches say nothing of how it is used: the name lists
    mix problems with the techniques named like them, and the shape says which one the texts confirm.

    A technique's shape is a head word of a technique (:data:`TECHNIQUE_HEADS`: "glyph learning"), or a word of an
    approach first (:func:`approach_led`: "deep glyph parsing", "statistical glyph translation", and before a Task's
    name that ``is_task`` knows, "statistical machine translation"): the name says how the task after it is done, a
    family of approaches (not "neural network compression", done to the network, nor "deep learning", the field). For
    such a name a paper that calls instances of it "X methods", "X algorithms" (``family``, :func:`family_after`) uses
    it too; not for a technique's head word alone, where "X methods" are as often methods for a problem set up so
    ("incremental learning methods").

    >>> T, M = EntityType.TASK, EntityType.METHOD
    >>> used_technique({(T, "lexicon"): 40, (M, "means"): 5, (T, "goal"): 2, (T, "field"): 2}, "glyph learning")
    True
    >>> used_technique({(T, "lexicon"): 40, (M, "means"): 5, (T, "goal"): 2}, "glyph detection")
    False
    >>> used_technique({(T, "lexicon"): 40, (M, "means"): 4, (T, "goal"): 3, (T, "task"): 1}, "glyph learning")
    False
    >>> once = {(T, "lexicon"): 6, (M, "means"): 1}
    >>> used_technique(once, "glyph learning"), used_technique({**once, (T, "goal"): 1}, "glyph learning")
    (True, False)
    >>> kinds = {(T, "lexicon"): 30, (M, "family"): 9, (T, "goal"): 3, (T, "field"): 1}
    >>> [used_technique(kinds, n) for n in ("Deep Glyph Parsing", "glyph parsing", "glyph learning", "deep model X",
    ...                                     "machine glyph parsing", "neural machine parsing")]
    [True, False, False, False, False, False]
    """
    words = name.lower().split()
    approach = approach_led(name, is_task)  # "deep X", "statistical machine translation"; not "deep learning"
    if not words or (not approach and words[-1] not in TECHNIQUE_HEADS):
        return False
    means = votes.get((EntityType.METHOD, "means"), 0)
    if approach:  # "deep X algorithms": members of the family
        means += votes.get((EntityType.METHOD, "family"), 0)
    worked = sum(votes.get((EntityType.TASK, kind), 0) for kind in _WORKED_ON_KINDS)
    return means > worked and (means >= MEANS_MIN or not worked)


#: The Method votes of a name that the extractor typed a Method by the words around it only: its head word ("text
#: normalization", "pose regression") or a type word after it; no lexicon's, no acronym's definition, no result's role
#: (:func:`worked_on`).
_WORDS_ONLY_KINDS = kinds_where("words_only")
#: Share of a name's papers with Method evidence that must use it as a goal for it to be the Task (:func:`worked_on`).
GOAL_SHARE = 1 / 3


def worked_on(votes: dict[tuple[EntityType, str], int], method_papers: int) -> bool:
    """Whether a name that wins as a Method by the words around it only (Method votes of :data:`_WORDS_ONLY_KINDS`
    alone, one of them at least a ``context`` vote: a rule with no kind of its own read its words, as the head-word
    rule does for "text normalization", "pose regression") is the problem papers work on: at least :data:`MEANS_MIN`
    of the papers that type it a Method use it as a goal there ("a model for X", "X problems", "the X task": the
    Method's ``goal-papers``), at least :data:`GOAL_SHARE` of those papers (``method_papers``), and more papers than
    use it as a means ("trained with X", "X-based": the Method's ``means-papers``). What is done to solve a problem
    is a Method; the problem is a Task (the guidelines' rule 9). Not the goals of its Task mentions: a title's "Priors
    for X" types X a Task by that position alone, and names what a paper works with as readily as what it works on.

    >>> T, M = EntityType.TASK, EntityType.METHOD
    >>> used = {(M, "context"): 7, (M, "goal"): 3, (M, "goal-papers"): 2}
    >>> worked_on(used, 3), worked_on(used, 9), worked_on({**used, (M, "means"): 4, (M, "means-papers"): 2}, 3)
    (True, False, False)
    >>> worked_on({**used, (M, "means"): 4, (M, "means-papers"): 1}, 3)  # (papers against papers)
    True
    >>> worked_on({**used, (M, "lexicon"): 4}, 3), worked_on({**used, (M, "defined"): 1}, 3)
    (False, False)
    >>> worked_on({(M, "shape"): 4, (M, "goal"): 2, (M, "goal-papers"): 2}, 4)
    False
    >>> worked_on({(M, "context"): 3, (T, "default"): 3, (T, "goal"): 3, (T, "goal-papers"): 3}, 3)
    False
    """
    if not votes.get((EntityType.METHOD, "context")) or any(
            t is EntityType.METHOD and kind not in _WORDS_ONLY_KINDS for t, kind in votes):
        return False
    goal = votes.get((EntityType.METHOD, "goal-papers"), 0)
    return goal >= MEANS_MIN and goal >= GOAL_SHARE * method_papers \
        and goal > votes.get((EntityType.METHOD, "means-papers"), 0)
