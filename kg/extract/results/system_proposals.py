"""Which proposals may name the paper's own system (for :func:`.own.paper_method`).

:func:`system_proposal` drops the proposals that name no system: data (:mod:`.data_proposals`), tasks
(:mod:`.task_proposals`), a word of a phrase or a manner's acronym ("End-to-end (E2E)"), field words or a vague way
(:func:`_no_system`), a bare step ("objective function": :func:`bare_part`), a side contribution ("we also propose
..."), a describing compound. :func:`with_head` gives a lowercase proposal the head it modifies ("two-pass
approach"); :func:`after_unnamed_system` tells a proposal that is a part of a system the paper gives no name.
"""
from __future__ import annotations

import re

from kg.extract.ordinary_words import describing_compound
from kg.extract.text_spans import sentence_of, sentences
from kg.extract.words import DATA_WORDS, FUNCTION_WORDS, GUESS_RULES, KIND_HEADS
from kg.vocab import EntityType as T
from kg.extract.results.data_proposals import DATA_HEAD, called_data, data_slot_name
from kg.extract.results.task_proposals import applied_name, called_task, task_in_body, task_in_title, task_short
from kg.extract.results.title import generic


PROPOSES = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)\w*\b", re.I)


#: a compound modifier of common words joined by a function word: "end-to-end", "state-of-the-art"
_MANNER = re.compile(r"\b([A-Za-z]+(?:-(?:to|of|the|in|on|by|for|and)-[A-Za-z]+)+)\s*\(\s*$", re.I)


def _plain_word(text: str, name: str) -> bool:
    """``name`` is one word, capitalised only inside longer capitalised names ("Named Entity tags"), that the
    text also writes in lower case as a word of its own ("for entity level annotations"): a word of a
    phrase, not a system's name (not "Refiner: ..." of a title that names it alone).

    >>> _plain_word("We tag Named Entity spans and score entity level labels.", "Entity")
    True
    >>> _plain_word("Refiner: Better Maps. We call it refiner. The refiner helps.", "Refiner")
    False
    """
    if not re.fullmatch(r"[A-Z][a-z]+", name) or re.search(rf"(?<![\w-]){name.lower()}(?![\w-])", text) is None:
        return False
    return all(re.search(r"[A-Z][\w-]*\s$", text[max(0, m.start() - 30):m.start()])
               for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text))


def _manner_acronym(text: str, name: str) -> bool:
    """``name`` is the acronym of a manner, not of a system: "End-to-end (E2E) spoken language understanding
    systems ... we present our approach to developing an E2E model".

    >>> _manner_acronym("End-to-end (E2E) models are popular. We build an E2E model.", "E2E")
    True
    >>> _manner_acronym("A Region Proposal Network (RPN) ... our RPN.", "RPN")
    False
    """
    at = text.find(f"({name})")
    return at > 0 and _MANNER.search(text, max(0, at - 40), at + 1) is not None


#: the words a system phrase does not cross between its article and its head word: a function word ("a benchmark
#: for evaluating model robustness", "a loss to train the network", "a new dataset and a baseline model"; not a bare
#: "and", "a simple and effective method"), a data word ("a new dataset and baseline model") or one naming what comes
#: before ("a framework called FooNet network")
_NOT_IN_SYSTEM = "|".join(sorted(FUNCTION_WORDS - {"and", "or"} | {"a", "called", "named", "dubbed", "termed",
                                                                  "coined"})) + "|" + DATA_WORDS


#: the head word of a system phrase (:data:`_UNNAMED_SYSTEM`)
_SYSTEM_HEAD = (r"(?:approach|method|methodology|framework|model|algorithm|system|network|architecture|pipeline)s?"
                r"\b(?![-\w])")


#: a sentence proposing a system the paper gives no name: "we propose a novel convolutional neural networks (CNN)
#: based framework", "we present a video prediction-based methodology" (up to the system's last head word); not one
#: it names right after ("a novel network architecture called FooNet"; in brackets, :func:`_unnamed_system`)
_UNNAMED_SYSTEM = re.compile(PROPOSES.pattern + r"\s+(?:an?|the)\s+"
                             rf"(?:(?!(?:{_NOT_IN_SYSTEM})\s)[^\s.;:,]+\s+){{0,6}}?{_SYSTEM_HEAD}(?!\s+{_SYSTEM_HEAD})"
                             r"(?!,?\s+(?:called|named|dubbed|termed|coined)\b)", re.I)


#: a name in brackets after a system phrase: "a novel framework (FooNet)", "a framework (named FooNet)"
_BRACKET_NAME = re.compile(r"\s*\(\s*(?:(?:called|named|dubbed|termed|coined)\s+)?([A-Z][^()]*?)\s*\)")


def _unnamed_system(text: str, m: re.Match) -> bool:
    """The system phrase ``m`` (:data:`_UNNAMED_SYSTEM`) is given no name in brackets right after it: "a framework
    (FooNet)" is named, "a deep convolutional network (CNN)" only says its kind (:func:`.title.generic`).

    >>> [_unnamed_system(t, _UNNAMED_SYSTEM.search(t)) for t in ("We propose a new network (FooNet).",
    ...  "We propose a deep convolutional network (CNN).", "We propose a new network for parsing.")]
    [False, True, True]
    """
    name = _BRACKET_NAME.match(text, m.end())
    return name is None or generic(name.group(1))


def after_unnamed_system(text: str, main: str) -> bool:
    """A proposal in lower case (a description, not a name) that the abstract first proposes in a sentence after one
    proposing a system it gives no name ("we propose a novel structure guided framework ... we first introduce a new
    lane representation", "We design a two-stage decoder process"): a part of that system, not what "we" and "our
    model" stand for. A system phrase holding the proposal's own words is the proposal itself ("We present a residual
    learning framework" of "residual learning").

    >>> after_unnamed_system("T\\nWe propose a novel CNN based framework. We develop a window proposal network.",
    ...                       "window proposal network")
    True
    >>> after_unnamed_system("T\\nWe propose a simple sentence selector. Our system is fast.", "sentence selector")
    False
    >>> after_unnamed_system("T\\nWe present a residual learning framework. We show that residual learning helps.",
    ...                       "residual learning")
    False
    """
    if not main.islower():
        return False
    body, sents = text.find("\n") + 1, sentences(text)  # (the abstract, after the title)
    for m in re.finditer(rf"(?<![\w-]){re.escape(main)}(?![\w-])", text):
        start = max(body, sentence_of(sents, m.start(), (body, body))[0])  # (the sentence it is written in)
        if m.start() >= body and PROPOSES.search(text, start, m.start()):  # (the first that proposes it)
            return any(main.lower() not in s.group(0).lower() and _unnamed_system(text, s)
                       for s in _UNNAMED_SYSTEM.finditer(text, body, start))
    return False


#: what no system's name holds: an equals sign or a question mark ('"FooNet - Bar = ?": Training ...')
_RIDDLE = re.compile(r"[=?]")


def system_proposal(text: str, found, title: str, not_methods: set[str] | frozenset[str], n: str) -> bool:
    """Whether the proposal ``n`` may name the paper's system (:func:`own.paper_method`): no name of data or of
    another type (``not_methods``, lower case), no task the title names, no bare part ("We design an objective
    function for training ..."), no description, not a number alone ("2" of "BERT-Large 2"), not what the system is
    for (:func:`task_proposals.applied_name`: "to extract drug-drug interactions (DDIs)"), no equation or question
    (a title's '"FooNet - Bar = ?"': the paper's riddle)."""
    return not task_in_title(title, n) and not task_in_body(text, n) and not _no_system(n) and n.lower() not in not_methods \
        and not DATA_HEAD.search(n) and not called_data(text, n) and not _manner_acronym(text, n) \
        and not _plain_word(text, n) and re.search(r"[A-Za-z]", n) is not None \
        and not called_task(text, n) and not bare_part(n) \
        and not data_slot_name(text, n) and not _side_proposal(text, n) and not _describing(text, found, n) \
        and not task_short(text, found, n) and not applied_name(text, n) and not _RIDDLE.search(n)


def _describing(text: str, found, name: str) -> bool:
    """A proposal that is a phrase rule's guess of a Method written as a compound adjective before the kind of thing
    it describes ("a real-time, single-pass grasping method"; :func:`kg.extract.ordinary_words.describing_compound`):
    how the paper's system is built, no system; unless the paper proposes it right before its head word, the
    system's kind ("a two-pass approach": :func:`with_head`). A name with aliases (a defined acronym) is a name."""
    return with_head(text, name) == name and any(
        found.name(text, i) == name and c[2] is T.METHOD and c[4] in GUESS_RULES and not found.aliases.get(i)
        and describing_compound(text[c[0]:c[1]], text, c[1]) for i, c in enumerate(found.entities))


#: vague nouns that say how something is done, not what it is: "a fully automatic way", "an effective means"
_VAGUE_NOUNS = frozenset(("way", "ways", "manner", "means", "idea", "ideas"))


def _no_system(name: str) -> bool:
    """A proposal in lower case that names no system: words of the field only for what is no model nor technique
    ("knowledge graphs"; "convolutional recurrent network" is a kind of model, "residual learning" what the paper
    does), or a description whose head is a vague noun ("automatic way"). A name ("Transformer") may be one.

    >>> [_no_system(n) for n in ("knowledge graphs", "fully automatic way", "Residual Attention Network",
    ...                          "residual learning", "convolutional recurrent network", "graph kernel way")]
    [True, True, False, False, False, True]
    """
    if not name.islower():
        return False
    head = name.split()[-1]
    return head in _VAGUE_NOUNS or (generic(name) and not head.endswith("ing") and head not in KIND_HEADS)


def _side_proposal(text: str, name: str) -> bool:
    """``name`` is only proposed "also", besides what the paper is about ("Finally, we also propose Fast NMS, a
    faster replacement for NMS"): a side contribution, not the system the paper's figures are of.

    >>> _side_proposal("We present a fast model. We also propose Quick NMS, a drop-in for NMS.", "Quick NMS")
    True
    """
    if not any(_ALSO.search(w.group(0)) for w in _PROPOSE_WINDOW.finditer(text)):
        return False  # no "also" where the text proposes anything: no per-name pattern to compile
    m = re.search(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)\w*\s+"
                  r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?" + re.escape(name) + r"\b", text, re.I)
    return m is not None and _ALSO.search(m.group(0)) is not None


#: where a text proposes something, with the words up to a name after the verb (:func:`_side_proposal`)
_PROPOSE_WINDOW = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)"
                             r"\w*\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}", re.I)


_ALSO = re.compile(r"\balso\b", re.I)


#: the head a lowercase proposal modifies where the paper proposes it: "a novel two-pass approach", "an online
#: matching framework" (not a part's head: "an objective function", "a post-processing scheme" stay as they are)
_HEAD_AFTER = re.compile(r"\s(approach|method|framework|model|algorithm|system|network|architecture|pipeline)\b(?!-)")


#: the head of a step of a pipeline or of training, which a paper may design but which names no system alone
_STEP_HEAD = re.compile(r"(?:^|\s)((?:\w+\s)?)(?:functions?|procedures?|(?:pre-?|post-?)?processing|initiali[sz]ations?)$")


def bare_part(name: str) -> bool:
    """A proposal in lower case that is a step of a pipeline or of training with no name of its own: the step's
    head alone or after one word that says its kind ("objective function", "post-processing", "data preprocessing");
    what "we" achieve is the system's, not the step's. A step the paper describes further is its own
    ("repulsive loss function", "pairwise ranking loss function").

    >>> [bare_part(n) for n in ("objective function", "data pre-processing", "post-processing",
    ...                          "repulsive loss function", "Parameter Re-Initialization", "lane representation")]
    [True, True, True, False, False, False]
    """
    m = _STEP_HEAD.search(name)
    return name.islower() and m is not None and m.start() == 0


def with_head(text: str, name: str) -> str:
    """A lowercase proposal with the head word it modifies where the paper proposes it (:data:`_HEAD_AFTER`):
    the proposal kg found is a modifier ("two-pass", "online matching"), a kind of what the paper builds, and
    the system is the whole phrase ("two-pass approach"); a name, or a proposal no head follows, as it is.

    >>> with_head("T\\n\\nWe present a novel two-pass approach to unify ... The two-pass model wins.", "two-pass")
    'two-pass approach'
    >>> with_head("T\\n\\nWe propose two-pass decoding. A two-pass approach is slow.", "two-pass")
    'two-pass'
    """
    if not name.islower() or generic(name):
        return name
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if PROPOSES.search(text, max(0, text.rfind(". ", 0, m.start()) + 1), m.start()):
            head = _HEAD_AFTER.match(text, m.end())
            return f"{name} {head.group(1)}" if head else name
    return name
