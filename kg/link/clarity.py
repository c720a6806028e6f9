"""How clearly one mention shows its entity as the entity's type: the rank of an evidence item.

A node shows its first evidence items (the map card, ``kg query``, exports); they should be the
sentences that show the thing plainly, not a weak or other-sense use ("an IoU threshold" inside a
matching rule, "re-identification loss", a title fragment). :func:`clarity` scores a mention from what
kg already knows of it; :class:`~kg.models.Entity` keeps its best :data:`~kg.models.MAX_EVIDENCE` items
by that score, and :func:`kg.graph.build.best_first` orders them (different papers first).

The score adds, highest first:

- **role** (4): the mention plays its type's part in the sentence: a Metric with a result or a number
  beside it, a Dataset in a result's dataset slot or a dataset phrase ("on X", "X dataset"), a Method a
  result's method or with a method word ("X outperforms", "X network"); 5 for a Method or Dataset the paper
  proposes ("We present X, a new dataset ..."); a Task with a
  task word or a task preposition ("for X", "X task"); a Task, Metric or Dataset that modifies the plain
  word after it ("re-identification loss", "IoU threshold") loses 2 instead;
- **abstract** (3): the abstract's sentences state things; a title is a fragment;
- **typed** (2): the extractor typed the mention as the node's type (not retyped by the corpus's vote), or
  its type was a rule's default or a guess by shape, which decides nothing;
- **source** (2 lexicon match, 1 a rule with a reason, 0 a guess by shape);
- **name** (2 written as the node's name, 1 the same up to case).
"""
from __future__ import annotations

import re
from typing import Iterable

from kg.extract.boundaries import without_split
from kg.link.cues import text_cue_kind
from kg.link.normalize import FUNCTION_WORDS
from kg.link.types import WEAK_KINDS, rule_kind
from kg.models import Mention, Result
from kg.vocab import EntityType

#: A number right beside a span (within a few words): "82.1% accuracy", "an F1 of 0.91", "BLEU 28.4".
_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?\s*%?")
#: How far (characters) a result's value or a plain number may be from a Metric mention to be its value.
NEAR = 40
#: Words before a task phrase that give it a task's role ("for X", "tackle X", "task of X").
_TASK_BEFORE = re.compile(r"\b(?:for|to|on|in|of|address(?:es|ing)?|tackl(?:e|es|ing)|solv(?:e|es|ing)"
                          r"|study|studies|studying)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
#: The plain word after a span: lower-case letters (a modifier's head: "loss", "threshold").
_NEXT_WORD = re.compile(r"[\s\-]+([a-z][a-z\-]*)")
#: Closed-class words past :data:`~kg.link.normalize.FUNCTION_WORDS` that start no noun ("across cameras").
_NOT_HEAD = FUNCTION_WORDS | frozenset(
    "across against along around about above below beyond within toward towards upon after before since until "
    "despite unlike like using given versus vs near still even already very".split())


def _near(m: Mention, start: int, end: int) -> bool:
    return m.start - NEAR <= end and start <= m.end + NEAR


def _result_role(m: Mention, etype: EntityType, results: Iterable[Result], keys: set[str]) -> bool:
    """Whether a result of the paper names the mention in its type's slot, beside it (Metric) or anywhere
    in the same field (Dataset, Method)."""
    slot = {EntityType.METRIC: "metric", EntityType.DATASET: "dataset", EntityType.METHOD: "method"}.get(etype)
    if slot is None:
        return False
    for r in results:
        if r.field != m.field:
            continue
        name = getattr(r, slot)
        name = without_split(name) if name and slot == "dataset" else name  # ("Foo test-dev" names Foo)
        if name and name.lower() in keys and (
                etype is not EntityType.METRIC or _near(m, r.start, r.end)):
            return True
    return False


def _modifier(text: str, m: Mention) -> bool:
    """Whether the span modifies the plain word after it ("re-identification loss", "IoU threshold"):
    a lower-case word that is no function word and no type word."""
    got = _NEXT_WORD.match(text, m.end)
    if got is None:
        return False
    word = got.group(1)  # a participle or an adverb is no head ("accuracy improved", "IoU consistently")
    return word not in _NOT_HEAD and not word.endswith(("ed", "ly")) and text_cue_kind(text, m.start, m.end) is None


def _role(text: str, m: Mention, etype: EntityType, results: tuple[Result, ...], keys: set[str],
          proposed: bool) -> int:
    """The role part of :func:`clarity` (see the module's docstring)."""
    if proposed and etype in (EntityType.METHOD, EntityType.DATASET):
        return 5  # where the paper introduces it: the plainest statement of what it is
    if _result_role(m, etype, results, keys):
        return 4
    cue = text_cue_kind(text, m.start, m.end) if m.end <= len(text) else None
    if cue is not None and cue[0] is etype:
        return 4
    if etype is EntityType.METRIC:
        window = text[max(0, m.start - 12):m.start] + " " + text[m.end:m.end + 16]
        if _NUMBER.search(window):
            return 4
    if etype is EntityType.TASK and _TASK_BEFORE.search(text, max(0, m.start - 24), m.start):
        if not _modifier(text, m):
            return 4
    if etype is not EntityType.METHOD and _modifier(text, m):
        return -2
    return 0


def clarity(text: str, m: Mention, etype: EntityType, name: str, results: tuple[Result, ...] = (),
            proposed: bool = False) -> int:
    """How clearly ``m`` (a mention in ``text``, its field's text) shows the node ``name`` of type
    ``etype``; higher is clearer (see the module's docstring).

    >>> s = "Boxes are matched with an IoU threshold. It reaches 71.2 IoU on the test set."
    >>> a, b = (Mention(EntityType.METRIC, "IoU", s.index(w), s.index(w) + 3, rule="lexicon", canonical="IoU")
    ...         for w in ("IoU threshold", "IoU on"))
    >>> clarity(s, a, EntityType.METRIC, "IoU") < clarity(s, b, EntityType.METRIC, "IoU")
    True
    """
    keys = {m.text.lower(), (m.canonical or m.text).lower(), name.lower()}
    score = _role(text, m, etype, results, keys, proposed)
    score += 3 if m.field == "abstract" else 0
    kind = rule_kind(m.rule, bool(m.canonical) and m.rule != "acronym-ref", m.type, m.text)
    # a rule's default type ("a new dataset called X" found as a name, a Method by default) decided nothing
    score += 2 if m.type is etype or kind in WEAK_KINDS else 0
    score += 2 if kind == "lexicon" else 0 if kind in WEAK_KINDS else 1
    score += 2 if m.text == name else 1 if m.text.lower() == name.lower() else 0
    return score
