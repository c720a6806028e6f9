"""Whether a Task's corpus-wide type votes show something other than a problem papers work on: a field of study or an
application area (:func:`field_of_study`), an ability of a model (:func:`ability_kind`), a type of problem
(:func:`problem_form`), a thing, a quantity or an attribute the task lists hold (:func:`named_thing`) or a kind of
system named by its manner (:func:`manner_task`). Each reads one entity's votes; :mod:`kg.graph.not_entities` collects
the ids.
"""
from __future__ import annotations

import re

from kg.graph.heads import task_mentions
from kg.vocab import EntityType

#: Mentions a Task needs used as a field or an application area (``field`` votes, :mod:`kg.link.fields`), and the
#: share of its mentions they must be, to be a field of study, not a problem papers work on: most of them. An
#: application some papers address and more papers write as a setting ("autonomous driving": 41 of 116 mentions
#: a setting; judges read the node right) stays a Task (GUIDELINES.md: "an application the paper addresses"). Fewer
#: uses than that are enough for a name a rule guessed (no lexicon entry) that no paper writes but as a setting
#: ("applications such as law enforcement", "critical for web search"): nothing says it is a problem any paper works on.
FIELD_MENTIONS = 3
FIELD_SHARE = 1 / 2


def field_of_study(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task's corpus-wide votes show a field or an application area: at least :data:`FIELD_SHARE` of its
    mentions (and :data:`FIELD_MENTIONS`) are the setting of other tasks ("a fundamental task in X", "critical for
    X", "the X community") or a phenomenon methods run into or work around ("models suffer from X", "avoiding X");
    or, for a name no lexicon lists, every one of its fewer mentions is.

    >>> field_of_study({"Task": {"lexicon": 12, "field": 6}}), field_of_study({"Task": {"lexicon": 12, "field": 5}})
    (True, False)
    >>> field_of_study({"Task": {"context": 2, "field": 2}}), field_of_study({"Task": {"context": 2, "field": 1}})
    (True, False)
    >>> field_of_study({"Task": {"lexicon": 1, "field": 1}}), field_of_study({"Method": {"shape": 3, "field": 3}})
    (False, False)
    """
    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    field = votes.get("field", 0)
    if not field or (field < FIELD_MENTIONS and votes.get("lexicon")):
        return False
    return _most_mentions(field, task_mentions(type_votes), FIELD_MENTIONS, FIELD_SHARE)


def _most_mentions(uses: int, mentions: int, minimum: int, share: float) -> bool:
    """Whether ``uses`` of a kind decide a name's ``mentions``: from ``minimum`` uses on, a ``share`` of them; below
    it, every one (a few uses are evidence only when nothing else is written of the name).

    >>> _most_mentions(3, 6, 3, 1 / 2), _most_mentions(2, 2, 3, 1 / 2), _most_mentions(2, 3, 3, 1 / 2)
    (True, True, False)
    """
    return uses >= (mentions if uses < minimum else share * mentions)


#: Share of a guessed Task's mentions that its uses as an ability of a model must reach for it to be no problem.
ABILITY_SHARE = 1 / 2
#: Ability uses a Task needs before a share of its mentions decides (below it, every mention must be one: one paper's
#: "requires X" beside another's "for X" is no evidence).
ABILITY_MIN = 2
#: The Task votes that say a paper works on the name or gives it as one (no ability is so): a goal ("for X"), a type
#: word ("the X task", "X problems"), a cue ("on X"), a title's type word, a result's role, an acronym's definition.
_WORKED_ON_KINDS = frozenset({"goal", "task", "cue", "head", "titled", "result", "defined"})


def ability_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task's corpus-wide votes show an ability of a model, not a problem: a name no lexicon lists (a rule
    guessed it by its head word: "temporal reasoning"), that no paper works on (no vote of :data:`_WORKED_ON_KINDS`),
    and that at least :data:`ABILITY_SHARE` of its mentions use as what a model can do or needs ("the X ability",
    "questions that require X", :func:`kg.link.fields.ability_use`); below :data:`ABILITY_MIN` such uses, every
    mention. The guidelines' rule 9: the problem is a Task.

    >>> ability_kind({"Task": {"context": 6, "ability": 3}}), ability_kind({"Task": {"context": 2, "ability": 2}})
    (True, True)
    >>> ability_kind({"Task": {"context": 2, "ability": 1}}), ability_kind({"Task": {"context": 5, "ability": 2}})
    (False, False)
    >>> ability_kind({"Task": {"context": 7, "ability": 3}}), ability_kind({"Task": {"context": 2, "ability": 2, "goal": 1}})
    (False, False)
    >>> ability_kind({"Task": {"lexicon": 2, "prior": 1, "ability": 2}}), ability_kind({"Method": {"shape": 2, "ability": 2}})
    (False, False)
    """
    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    ability = votes.get("ability", 0)
    if not ability or votes.get("lexicon") or votes.get("prior") or any(votes.get(k) for k in _WORKED_ON_KINDS):
        return False
    return _most_mentions(ability, task_mentions(type_votes), ABILITY_MIN, ABILITY_SHARE)


#: The heads of a Task name that say only what form of output or of learning a problem has (a class, a value, a
#: similarity, a fitted model): with them the words before must name what is worked on ("image classification",
#: "link prediction"); a name whose other words say only how ("binary", "inductive", "structured") is a problem
#: type, when papers use it as one (:func:`problem_form`).
FORM_HEADS = frozenset({"classification", "prediction", "regression", "learning", "modeling", "modelling",
                        "inference", "optimization", "optimisation", "similarity", "clustering"})
#: Share of a Task's mentions that its uses as a problem's form must reach (``form`` votes, :mod:`kg.link.forms`),
#: and the uses that let a share decide (below them, every mention must be one). On the arXiv build the problem
#: types are at a quarter and more ("binary classification" 3 of 12, "inductive learning" 3 of 9), the tasks of
#: these heads at a tenth or less ("few-shot learning" 11 of 184, "multi-label classification" 1 of 28).
FORM_SHARE = 1 / 5
FORM_MIN = 2


def problem_form(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task is a type of problem, not a problem papers work on: its name ends in a head of
    :data:`FORM_HEADS`, no hand-written (curated) lexicon entry lists it as a Task (those are problems papers work on,
    :func:`kg.link.types.curated_type`; in a small corpus two form votes of other rules' mentions, an acronym's or a
    grown span's, would reach the share), and at least :data:`FORM_SHARE` of its mentions (and :data:`FORM_MIN`; below it, every one)
    use it as the form of another problem ("formulated as a binary classification problem", "in inductive learning
    settings", "structured prediction tasks such as X"; :func:`kg.link.forms.form_use`).

    >>> problem_form("Binary Classification", {"Task": {"lexicon": 12, "form": 3}})
    True
    >>> problem_form("Multi-Label Classification", {"Task": {"lexicon": 28, "form": 1}})
    False
    >>> problem_form("quokka learning", {"Task": {"lexicon": 1, "form": 1}})
    True
    >>> problem_form("glyph dating", {"Task": {"lexicon": 2, "form": 2}})
    False
    >>> problem_form("Link Prediction", {"Task": {"lexicon": 8, "form": 2}})  # a curated Task
    False
    """
    from kg.link.normalize import compact_key  # noqa: PLC0415
    from kg.link.types import curated_type  # noqa: PLC0415

    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    form, words = votes.get("form", 0), name.lower().split()
    if not form or not words or words[-1] not in FORM_HEADS or curated_type(EntityType.TASK, compact_key(name)):
        return False
    return _most_mentions(form, task_mentions(type_votes), FORM_MIN, FORM_SHARE)


#: The attribute words (:data:`ATTRIBUTE_WORDS`) that say how a system works or what it is immune to, not what is
#: worked on ("anchor-free", "distortion-invariant", "user guided"): before a bare task head they name a kind of system
#: or a property of its output. Not "based" ("content-based retrieval" names the problem by its input), nor grades
#: ("robust", "efficient").
_MANNER_WORDS = frozenset({"free", "invariant", "equivariant", "aware", "agnostic", "guided", "driven", "conditioned"})
#: Last words of a name that say what a thing is like, not what is done: an attribute of a system or a setting
#: ("privacy-preserving", "distortion-invariant", "context-aware", "model-agnostic", "anchor-free"). A closed class: a
#: name ending in one is a modifier in want of its noun ("a privacy-preserving classifier"), no problem of its own.
ATTRIBUTE_WORDS = _MANNER_WORDS | frozenset({"preserving", "robust", "efficient", "friendly", "oriented", "dependent",
                                             "independent", "specific", "sensitive", "consistent", "based", "centric",
                                             "enabled"})
#: The Task votes of a name the shipped lists give and no paper writes as a task: its lexicon matches, and uses that
#: say nothing of a problem of its own (a field's setting, a form, an ability) or a goal of a minority of its mentions.
_LISTED_ONLY_KINDS = frozenset({"lexicon", "prior", "goal", "goal-papers", "field", "form", "ability"})
#: Words that join the two halves of a direction ("graph to sequence", "text-to-image"): the half after one must be a
#: process for the name to be one.
_DIRECTION_WORDS = frozenset({"to", "2"})
_NAME_SPLIT = re.compile(r"[\s\-/]+")


#: Prepositions after a name's head: what follows says with what or where ("navigation with language assistance").
_AFTER_HEAD = frozenset({"with", "for", "of", "in", "from", "using", "under", "via", "on", "by", "without"})


def _head_words(name: str) -> list[str]:
    """The lower-case words of a name (split at spaces, hyphens and slashes) up to a preposition after its head.

    >>> _head_words("Glyph-based navigation with quill-based assistance")
    ['glyph', 'based', 'navigation']
    """
    words = [w for w in _NAME_SPLIT.split(name.lower()) if w]
    cut = next((i for i, w in enumerate(words) if i and w in _AFTER_HEAD), len(words))
    return words[:cut]


def named_thing(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task is a thing, a quantity or an attribute, not a problem: a name that no hand-written (curated)
    lexicon entry lists, that only the generated lists give (its Task votes of :data:`_LISTED_ONLY_KINDS`, goals fewer
    than half its mentions: no paper calls it a task, defines it or sets it in a task's place), and whose last word
    names no process (its head's: the words before a preposition, :func:`_head_words`): an attribute (:data:`ATTRIBUTE_WORDS`: "Privacy Preserving"), or no process head nor a word
    Task names end in (:func:`kg.graph.task_guesses.task_heads`, ``task_last_words``; after a direction's "to" only a
    process head: "Graph to Sequence" names a mapping, "feature importance" a quantity). The shipped task lists hold
    such names beside the problems; a paper's "we evaluate the feature importance" is a step, a "graph-to-sequence
    model" a kind of model. A name of one word is left alone.

    >>> named_thing("Quokka Importance", {"Task": {"lexicon": 7, "prior": 1, "goal": 1}})
    True
    >>> named_thing("Glyph Preserving", {"Task": {"lexicon": 3}}), named_thing("Glyph to Quokka", {"Task": {"lexicon": 3}})
    (True, True)
    >>> named_thing("Quokka Importance", {"Task": {"lexicon": 4, "goal": 2}})
    False
    >>> named_thing("Quokka Importance", {"Task": {"lexicon": 4, "task": 1}}), named_thing("Glyph Detection", {"Task": {"lexicon": 3}})
    (False, False)
    >>> named_thing("Quokka", {"Task": {"lexicon": 3}})
    False
    """
    from kg.extract.head_phrases import process_head  # noqa: PLC0415
    from kg.graph.task_guesses import task_heads, task_last_words  # noqa: PLC0415
    from kg.link.normalize import compact_key  # noqa: PLC0415
    from kg.link.types import curated_type  # noqa: PLC0415

    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    words = _head_words(name)
    if not votes or len(words) < 2 or not set(votes) <= _LISTED_ONLY_KINDS \
            or curated_type(EntityType.TASK, compact_key(name)):
        return False  # (one word, "Chess", "Poker": the lists name a game for the task of playing it)
    if 2 * votes.get("goal", 0) >= task_mentions(type_votes):
        return False
    last = words[-1]
    if last in ATTRIBUTE_WORDS:
        return True
    direction = len(words) > 2 and words[-2] in _DIRECTION_WORDS
    return not process_head(last, task_heads()) and (direction or last not in task_last_words())




def manner_task(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task a rule guessed (no lexicon match nor entry) is a bare task head after a word of manner
    (:data:`_MANNER_WORDS`): "anchor-free detection" is the family of detectors without anchors set against the
    anchor-based ones, "perspective distortion-invariant estimation" what a network is made to do; nothing names the
    thing detected or estimated, so the name is no problem a paper works on (the guidelines' rule 9).

    >>> manner_task("glyph-free detection", {"Task": {"context": 2}}), manner_task("quill guided estimation", {"Task": {"context": 1}})
    (True, True)
    >>> manner_task("glyph-free quill detection", {"Task": {"context": 2}}), manner_task("glyph-aware detection", {"Task": {"lexicon": 1}})
    (False, False)
    """
    from kg.extract.words import TASK_HEADS  # noqa: PLC0415

    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    words = [w for w in _NAME_SPLIT.split(name.lower()) if w]
    if not votes or votes.get("lexicon") or votes.get("prior") or len(words) < 2:
        return False
    return words[-1] in TASK_HEADS and words[-2] in _MANNER_WORDS
