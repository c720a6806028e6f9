"""Whether a Method's corpus-wide type votes show a name of something other than a technique: a kind of data
(:func:`data_kind`), a store of facts or annotation (:func:`common_resource`), a thing models output
(:func:`output_kind`), a unit of measure (:func:`unit_kind`), a modifier of other nouns only (:func:`modifier_kind`)
or letters the corpus spells out as a thing of no type of ours (:func:`defined_thing`).
Each reads one entity's votes; :mod:`kg.graph.not_entities` collects the ids.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.words import ANNOTATION_HEADS, RESOURCE_HEADS
from kg.graph.namehood import TECHNIQUE_ENDS
from kg.vocab import EntityType

#: Mentions a Method needs, and the share of them a word of data follows (``data`` votes of
#: :mod:`kg.link.types`), to be the name of a kind of data ("LiDAR", "CT", "ECG"), not of a method.
DATA_KIND_MENTIONS = 3
DATA_KIND_SHARE = 1 / 3
#: Votes that make a name of a method whatever follows it: a lexicon entry, a head word, a type word in the name. A
#: definition ("defined") names the letters, not what they are: it keeps the name only while papers define it as
#: often as they follow it with a word of data ("Light Detection and Ranging (LiDAR)" in three papers, "LiDAR point
#: clouds", "LiDAR data" seventy times: a Method only by the acronym rule's default).
NAMING_KINDS = frozenset({"lexicon", "prior", "head", "titled"})
#: The vote kinds of a mention's own rule (:func:`kg.link.types.rule_kind`): how many mentions there were.
MENTION_KINDS = frozenset({"shape", "default", "acronym", "context"})


def data_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show the name of a kind of data: at least
    :data:`DATA_KIND_SHARE` of its mentions (and :data:`DATA_KIND_MENTIONS`) are followed by a word of data
    ("LiDAR point clouds", "CT scans"), and nothing names it a method (no lexicon entry or head word, and fewer
    papers define it than a word of data follows it).

    >>> data_kind({"Method": {"shape": 9, "data": 4}}), data_kind({"Method": {"shape": 9, "data": 4, "head": 1}})
    (True, False)
    >>> data_kind({"Method": {"shape": 9, "acronym": 2, "defined": 2, "data": 5}}), data_kind({"Method": {"shape": 9, "defined": 4, "data": 4}})
    (True, False)
    >>> data_kind({"Method": {"shape": 9, "data": 2}}), data_kind({"Dataset": {"shape": 3, "data": 3}})
    (False, False)
    """
    data = data_mentions(type_votes)
    if data < DATA_KIND_MENTIONS:
        return False
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    return data >= DATA_KIND_SHARE * sum(n for k, n in votes.items() if k in MENTION_KINDS)


def data_mentions(type_votes: dict[str, dict[str, int]] | None) -> int:
    """How many mentions of a Method a word of data follows (``data`` votes), or 0 when something names it a
    method: a lexicon entry, a head word or a type word in the name, or as many papers defining it.

    >>> data_mentions({"Method": {"shape": 9, "data": 4}}), data_mentions({"Method": {"shape": 9, "data": 4, "head": 1}})
    (4, 0)
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    data = votes.get("data", 0)
    return 0 if NAMING_KINDS & votes.keys() or votes.get("defined", 0) >= data else data


def common_resource(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method is a store of facts or annotation that papers use, not a technique: its name (from the
    long form a definition gave it) is written in lower case and headed by a word of
    :data:`~kg.extract.words.RESOURCE_HEADS` or :data:`~kg.extract.words.ANNOTATION_HEADS` ("knowledge graphs",
    "ground truth"), nothing names it a method (no lexicon entry, head word or result), and fewer than
    :data:`DATA_KIND_SHARE` of its mentions define it: most papers write it as a term they take as known
    (bare "KG", "GT"), where a structure a paper coins ("a temporal relation graph (TRG)") is defined in each.

    >>> v = {"Method": {"shape": 12, "acronym": 3, "defined": 1}}
    >>> common_resource("fact graphs", v), common_resource("ground truth", v), common_resource("Fact Graphs", v)
    (True, True, False)
    >>> common_resource("rune graph", {"Method": {"shape": 1, "acronym": 2, "defined": 1}})
    False
    >>> common_resource("fact graphs", {"Method": {"shape": 12, "defined": 1, "result": 1}})
    False
    """
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if name != name.lower() or (last not in RESOURCE_HEADS and last not in ANNOTATION_HEADS):
        return False
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    if NAMING_KINDS & votes.keys() or votes.get("result", 0):
        return False
    return votes.get("defined", 0) < DATA_KIND_SHARE * sum(n for k, n in votes.items() if k in MENTION_KINDS)


#: Mentions of a Method that are what a verb of output outputs (``output`` votes, :mod:`kg.link.outputs`: "predict
#: saliency maps", "we predict dialog acts (DA)"), and the share of its mentions they must be, for the name to be of
#: a thing models output, not of a technique. A technique is rarely written as the object of such a verb: on the arXiv
#: build "saliency maps" has 16 of its 30 mentions so, the next Method with two such mentions "pseudo-labeling" (its
#: "generate pseudo-labels") 30 of 203.
OUTPUT_MENTIONS = 2
OUTPUT_SHARE = 1 / 3
#: The same for a name a lexicon gives (``lexicon`` or ``prior`` votes): a curated technique goes only on more
#: evidence, half its mentions and five of them, so that two "estimate the policy gradient" in a small corpus
#: never remove it.
LEXICON_OUTPUT_MENTIONS = 5
LEXICON_OUTPUT_SHARE = 1 / 2
#: The vote kinds of any mention's own rule, a lexicon match included (one vote per mention).
ANY_MENTION_KINDS = MENTION_KINDS | {"lexicon"}


def output_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show a thing models output: at least :data:`OUTPUT_SHARE` of its
    mentions (and :data:`OUTPUT_MENTIONS`) are the object of a verb of output, whatever the lexicon says of it (a
    curated technique papers write as their models' output is that output in them).

    >>> output_kind({"Method": {"lexicon": 30, "prior": 1, "output": 16}}), output_kind({"Method": {"lexicon": 30, "output": 12}})
    (True, False)
    >>> output_kind({"Method": {"lexicon": 4, "output": 2}})
    False
    >>> output_kind({"Method": {"acronym": 3, "shape": 1, "output": 2}}), output_kind({"Method": {"shape": 1, "output": 1}})
    (True, False)
    >>> output_kind({"Task": {"context": 3, "output": 3}})
    False
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    out = votes.get("output", 0)
    least, share = ((LEXICON_OUTPUT_MENTIONS, LEXICON_OUTPUT_SHARE) if votes.get("lexicon") or votes.get("prior")
                    else (OUTPUT_MENTIONS, OUTPUT_SHARE))
    return out >= least and out >= share * sum(n for k, n in votes.items() if k in ANY_MENTION_KINDS)


#: Mentions of a Method that a quantity precedes (``unit`` votes, :mod:`kg.link.units`: "in 0.4 GPU-days", "with
#: only 491 MFLOPs"), and the share of its mentions typed by their shape they must be, for the name to be a unit of
#: measure, not a technique: most of them. No paper writes a technique right after a bare number; a name written
#: so once may be a count of models ("an ensemble of 3 FooNets") and tells nothing.
UNIT_MENTIONS = 2
UNIT_SHARE = 1 / 2


def unit_kind(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show a unit of measure: at least :data:`UNIT_SHARE` of its mentions
    (and :data:`UNIT_MENTIONS`) follow a quantity, and nothing names it a method (no lexicon entry, head word, type
    word in the name, definition or result role).

    >>> unit_kind({"Method": {"shape": 9, "unit": 7}}), unit_kind({"Method": {"shape": 3, "unit": 3, "result": 1}})
    (True, False)
    >>> unit_kind({"Method": {"shape": 5, "unit": 2}}), unit_kind({"Method": {"shape": 1, "unit": 1}})
    (False, False)
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    unit = votes.get("unit", 0)
    if unit < UNIT_MENTIONS or NAMING_KINDS & votes.keys() or votes.get("defined") or votes.get("result"):
        return False
    return unit >= UNIT_SHARE * sum(n for k, n in votes.items() if k in MENTION_KINDS)


#: An acronym's capitals: a name of one word with two capital letters or more and never two lower-case letters in a
#: row ("RoI", "IMU", "IMUs", "fMRI" with its lower-case prefix), no spelt-out name nor a coined name in CamelCase
#: ("ResNet"). One capital or digit per step, so a failed match backtracks linearly.
_LETTERS = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[a-z]?(?:[A-Z0-9][a-z]?)+")


def defined_thing(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method named by letters is what the corpus spells them out as, a thing of no type of ours: papers
    define the letters so ("region of interest (ROI)", ``thing`` votes, :mod:`kg.link.things`) more often than as
    any entity of ours (``defined``), and nothing names it a method (no lexicon entry, head word or type word, no
    result role); its bare uses elsewhere ("the features of each RoI") are typed Method by their shape only. A
    spelt-out name keeps its node: its words say what it is ("Rotated RoI Transformer").

    >>> defined_thing("QoI", {"Method": {"shape": 12, "modifier": 4, "thing": 3}})
    True
    >>> defined_thing("QoI", {"Method": {"shape": 12, "defined": 3, "acronym": 3, "thing": 3}})
    False
    >>> defined_thing("QoI", {"Method": {"shape": 12, "lexicon": 3, "thing": 3}}), defined_thing("QoI", {"Method": {"shape": 2}})
    (False, False)
    >>> defined_thing("Quokka Pooling", {"Method": {"shape": 2, "thing": 1}})
    False
    >>> defined_thing("QoI", {"Method": {"shape": 12, "thing": 3}, "Task": {"defined": 5}})
    False
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    thing = votes.get("thing", 0)
    if not thing or not _LETTERS.fullmatch(name) or NAMING_KINDS & votes.keys() or votes.get("result"):
        return False
    return thing > sum((v or {}).get("defined", 0) for v in (type_votes or {}).values())


#: Mentions of a Method typed by their shape that a lower-case noun follows (``modifier`` votes,
#: :mod:`kg.link.modifiers`: "JPEG artifacts", "SMILES strings"), the share of its mentions typed by their shape they
#: must be, and the papers that must write it so (``modifier-papers`` votes), for the name to be a modifier of other
#: nouns only, not a technique: two in three, in more than one paper (a paper's own coinage may name only its parts:
#: "FooNet layers").
MODIFIER_MENTIONS = 2
MODIFIER_SHARE = 2 / 3
MODIFIER_PAPERS = 2


def modifier_kind(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Method's corpus-wide votes show a modifier of other nouns only: at least :data:`MODIFIER_SHARE` of
    its mentions (and :data:`MODIFIER_MENTIONS`, in :data:`MODIFIER_PAPERS` papers) come before a lower-case noun,
    those before a word read neither way left out (``unread``: "JPEG deblocking", "JPEG Artifacts"), and nothing
    names it a method: no lexicon entry, head word, type word in the name or definition, no word of a technique
    ending it ("Stage-I GAN outputs"), and it is no variant of a lexicon's Method ("SMPL-X fits"). The
    papers are read in the votes (not in the entity's papers), so every engine decides alike; they are counted per
    paper and name, so one paper writing two names of the node ("QUOX strings", "QUOX score strings") counts twice:
    an upper bound on the papers when names fold.

    >>> def kind(name, papers=2, **votes): return modifier_kind(name, {"Method": {"modifier-papers": papers, **votes}})
    >>> kind("JPEG", shape=9, modifier=7), kind("JPEG", shape=9, modifier=5), kind("JPEG", 1, shape=3, modifier=3)
    (True, False, False)
    >>> kind("JPEG", shape=9, modifier=5, unread=2), kind("JPEG", shape=9, modifier=4, unread=2)
    (True, False)
    >>> kind("JPEG", shape=3, modifier=3, defined=1), kind("SIFT", lexicon=3, prior=1, modifier=3)
    (False, False)
    >>> kind("Stage-I GAN", shape=2, modifier=2), kind("SMPL-X", shape=3, modifier=3), kind("EC57", shape=3, modifier=3)
    (False, False, True)
    """
    votes = (type_votes or {}).get(EntityType.METHOD.value) or {}
    mod = votes.get("modifier", 0)
    if mod < MODIFIER_MENTIONS or votes.get("modifier-papers", 0) < MODIFIER_PAPERS or NAMING_KINDS & votes.keys() \
            or votes.get("defined"):
        return False
    if mod < MODIFIER_SHARE * (sum(n for k, n in votes.items() if k in MENTION_KINDS) - votes.get("unread", 0)):
        return False
    words = re.split(r"[\s\-]+", name.lower())
    return words[-1] not in TECHNIQUE_ENDS and (len(words) == 1 or words[0] not in _lexicon_methods())


@lru_cache(maxsize=1)
def _lexicon_methods() -> frozenset[str]:
    """The lexicons' Method names, lower-cased: a name one of them starts ("SMPL-X") is a variant of that method."""
    from kg.extract.lexicon_data import lexicon_names  # noqa: PLC0415

    return frozenset(n.lower() for n in lexicon_names((EntityType.METHOD,)))
