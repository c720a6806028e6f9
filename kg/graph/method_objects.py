"""Whether a Method's corpus-wide votes show a thing of another kind than a technique (:func:`other_kind`): a
thing a recognition task is done to, a game, a platform, a lab ("recognizing X", "the game X", "X's GitHub
repository": the ``object`` and ``kind`` votes of :mod:`kg.link.objects`), written so, or as the modifier of a noun
("the X domain", "X intensity"), in most of its mentions. :mod:`kg.graph.not_entities` collects the ids.
"""
from __future__ import annotations

from kg.graph.method_kinds import MENTION_KINDS, NAMING_KINDS
from kg.vocab import EntityType

#: The share of a Method's mentions (those read neither way left out) that must be uses of another kind of thing:
#: two in three, as for a modifier (:data:`kg.graph.method_kinds.MODIFIER_SHARE`).
OTHER_SHARE = 2 / 3
#: Votes of a use as a method: a result's method, a use as a means ("trained with X"), a word of a technique around
#: it ("the X model", "X, a method"), besides the names a lexicon or a head word gives (:data:`NAMING_KINDS`).
_METHOD_USES = frozenset({"result", "means", "context", "cue"})


def other_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method is a thing of another kind by its uses: one of its mentions at least is what a recognition
    task is done to or named as a thing of a kind no technique is (``object``, ``kind``), at least
    :data:`OTHER_SHARE` of its mentions are so or modify a noun (``modifier``), and nothing uses or names it as a
    method (:data:`_METHOD_USES`, :data:`~kg.graph.method_kinds.NAMING_KINDS`). A definition names letters only
    ("Quokka Daily Routines (QDR)"), so it keeps no name, and its letters in the parenthesis are no use of them.

    >>> other_kind({"Method": {"shape": 1, "object": 1}}), other_kind({"Method": {"shape": 3, "default": 1, "modifier": 2, "kind": 1}})
    (True, True)
    >>> other_kind({"Method": {"shape": 6, "acronym": 4, "defined": 1, "modifier": 5, "object": 2}})
    True
    >>> other_kind({"Method": {"shape": 1, "acronym": 1, "defined": 1, "object": 1}})
    True
    >>> other_kind({"Method": {"shape": 3, "object": 1}}), other_kind({"Method": {"shape": 3, "modifier": 3}})
    (False, False)
    >>> other_kind({"Method": {"shape": 1, "object": 1, "result": 1}}), other_kind({"Method": {"shape": 1, "kind": 1, "cue": 1}})
    (False, False)
    >>> other_kind({"Method": {"lexicon": 1, "kind": 1}}), other_kind({"Task": {"shape": 1, "object": 1}})
    (False, False)
    >>> other_kind({"Method": {"acronym": 1, "defined": 1, "kind": 1}})  # no mention read: no share to judge
    False
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    own = votes.get("object", 0) + votes.get("kind", 0)
    if not own or NAMING_KINDS & votes.keys() or _METHOD_USES & votes.keys():
        return False
    mentions = (sum(n for k, n in votes.items() if k in MENTION_KINDS) - votes.get("unread", 0)
                - votes.get("defined", 0))  # (the letters in a definition's parenthesis: no use of their own)
    return mentions > 0 and own + votes.get("modifier", 0) >= OTHER_SHARE * mentions
