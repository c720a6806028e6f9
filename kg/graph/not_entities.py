"""The entities that name no thing of their type by the corpus's votes (:func:`not_entity_ids`): the Method and Task
readings of :mod:`kg.graph.method_kinds`, :mod:`kg.graph.task_kinds` and :mod:`kg.graph.heads`, and the Dataset
entities named as a kind of data (:func:`data_kind_namesakes`). The build prunes them with the weak nodes
(:func:`kg.graph.prune.prune`).
"""
from __future__ import annotations

from kg.graph.heads import broad_head_ids, model_part_step, object_task_ids, task_object_ids
from kg.graph.method_kinds import (DATA_KIND_MENTIONS, NAMING_KINDS, common_resource, data_kind, defined_thing,
                                   modifier_kind, output_kind, unit_kind)
from kg.graph.counted_letters import counted_dataset
from kg.graph.dataset_naming import DATASET_NAMING_HEADS, DATASET_NAMING_KINDS
from kg.link.apparatus import apparatus_dataset
from kg.graph.method_objects import other_kind
from kg.graph.task_kinds import ability_kind, field_of_study, manner_task, named_thing, problem_form
from kg.vocab import EntityType


def not_entity_ids(entities: dict) -> set[str]:
    """The ids of the entities that name no thing of their type by the corpus's votes: the Method entities that are
    names of kinds of data (:func:`data_kind`), of things models output (:func:`output_kind`), of units of measure
    (:func:`unit_kind`), of common stores of facts or annotation (:func:`common_resource`) or modifiers of other
    nouns (:func:`modifier_kind`: a format, a notation) or letters the corpus spells out as a thing of no type of ours
    (:func:`~kg.graph.method_kinds.defined_thing`: "RoI") or things of another kind, what a task recognises or a game
    (:func:`~kg.graph.method_objects.other_kind`), of the Dataset entities named as such a kind of data (:func:`data_kind_namesakes`) or
    described as an apparatus or counted in the plural (:func:`_other_thing_dataset`: "X, a 3D simulator",
    "abnormal QXRs"), of the Task entities that are fields of study (:func:`field_of_study`), abilities of a model
    (:func:`ability_kind`), types of problem (:func:`problem_form`), things, quantities or attributes
    (:func:`named_thing`), kinds of system (:func:`manner_task`) or steps done to its parts
    (:func:`kg.graph.heads.model_part_step`), of the one-word Task entities that are the bare head of many Task names
    (:func:`kg.graph.heads.broad_head_ids`: "detection"), and of the Method and Task entities that name what a Task
    works on (:func:`kg.graph.heads.task_object_ids`: "part-of-speech"; :func:`kg.graph.heads.object_task_ids`:
    "Abstract Meaning Representation")."""
    out = {eid for eid, e in entities.items() if _not_a_method_or_task(e) or _other_thing_dataset(e)}
    return (out | data_kind_namesakes(entities, out) | broad_head_ids(entities) | task_object_ids(entities)
            | object_task_ids(entities))


def _other_thing_dataset(e) -> bool:
    """Whether one Dataset entity names another kind of thing: a name its papers describe as a simulator, a platform
    or a formalism (:func:`kg.link.apparatus.apparatus_dataset`), or letters a paper counts in the plural, "QXRs"
    (:func:`kg.graph.counted_letters.counted_dataset`)."""
    if getattr(e, "type", None) is not EntityType.DATASET:
        return False
    votes = getattr(e, "type_votes", None)
    return apparatus_dataset(votes, len(getattr(e, "papers", None) or ())) or counted_dataset(
        {getattr(e, "name", "") or "", *(getattr(e, "aliases", None) or ())}, votes)


def _not_a_method_or_task(e) -> bool:
    """Whether one Method entity names a kind of data, an output, a unit or a common store, or one Task a field, an
    ability, a type of problem, a thing or a step done to a model's parts (:func:`not_entity_ids`)."""
    etype, votes, name = getattr(e, "type", None), getattr(e, "type_votes", None), getattr(e, "name", "") or ""
    if etype is EntityType.METHOD:
        return (data_kind(votes) or output_kind(votes) or unit_kind(votes) or common_resource(name, votes)
                or modifier_kind(name, votes) or defined_thing(name, votes) or other_kind(votes))
    return etype is EntityType.TASK and (field_of_study(votes) or ability_kind(votes) or model_part_step(name, votes)
                                         or problem_form(name, votes) or named_thing(name, votes)
                                         or manner_task(name, votes))


def data_kind_dataset(type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Dataset's corpus-wide votes show the name of a kind of data: a word of data follows at least
    :data:`DATA_KIND_MENTIONS` of its mentions typed by their shape, whatever type each took in its paper ("PHER
    point clouds", "PHER sweeps" typed Method, "trained on PHER volumes" typed Dataset), and at least as many as any
    Dataset evidence counts ("a public PHER dataset" once); nothing names it a method (no lexicon entry, head word or
    type word among its Method votes, and fewer definitions than words of data, as in
    :func:`~kg.graph.method_kinds.data_mentions`), fewer than :data:`DATASET_NAMING_HEADS` mentions have a dataset word naming it, and the lexicon does not know it as a
    Dataset, nor does a paper define or title it so. Its bare mentions ("brain PHER", "CT and PHER") count for
    neither: a name is a Method by its shape alone, so no share of them is asked, unlike :func:`data_kind`'s.

    >>> data_kind_dataset({"Dataset": {"head": 1, "context": 1}, "Method": {"shape": 4, "data": 3}})
    True
    >>> data_kind_dataset({"Dataset": {"head": 1, "context": 1, "data": 1, "shape": 1}, "Method": {"shape": 10, "data": 2}})
    True
    >>> data_kind_dataset({"Dataset": {"head": 2, "context": 2}, "Method": {"shape": 4, "data": 3}})
    False
    >>> data_kind_dataset({"Dataset": {"head": 1, "context": 4}, "Method": {"shape": 4, "data": 3}})
    False
    >>> data_kind_dataset({"Dataset": {"head": 1, "prior": 1}, "Method": {"shape": 4, "data": 3}})
    False
    >>> data_kind_dataset({"Dataset": {"cue": 1}, "Method": {"shape": 4, "data": 3, "head": 1}})
    False
    >>> data_kind_dataset({"Dataset": {"data": 3, "shape": 3, "context": 1}, "Method": {"head": 5, "lexicon": 2, "shape": 9}})
    False
    """
    own = (type_votes or {}).get(EntityType.DATASET.value) or {}
    method = (type_votes or {}).get(EntityType.METHOD.value) or {}
    if DATASET_NAMING_KINDS & own.keys() or own.get("head", 0) >= DATASET_NAMING_HEADS or NAMING_KINDS & method.keys():
        return False
    data = own.get("data", 0) + method.get("data", 0)
    if data < DATA_KIND_MENTIONS or method.get("defined", 0) >= data:
        return False
    return data >= max(own.values(), default=0)


def data_kind_namesakes(entities: dict, dropped: set[str]) -> set[str]:
    """The ids of the Dataset entities that are names of kinds of data: by their own votes (:func:`data_kind_dataset`),
    or named as a Method among ``dropped`` that is a kind of data (:func:`data_kind`: "ECG signals" in most of its
    papers): the few papers that write "a real-world ECG dataset" or "trained on ECG recordings" use that kind of
    data, no dataset of that name, unless the lexicon knows the name as a Dataset or a paper defines or titles it so.

    >>> from kg.models import Entity
    >>> kinds = {"method:ekg": Entity("method:ekg", EntityType.METHOD, "EKG", type_votes={"Method": {"shape": 6, "data": 3}}),
    ...          "dataset:ekg": Entity("dataset:ekg", EntityType.DATASET, "EKG", type_votes={"Dataset": {"head": 1}})}
    >>> sorted(not_entity_ids(kinds))
    ['dataset:ekg', 'method:ekg']
    """
    kinds = {eid.split(":", 1)[-1] for eid in dropped
             if eid in entities and getattr(entities[eid], "type", None) is EntityType.METHOD
             and data_kind(getattr(entities[eid], "type_votes", None))}
    out = set()
    for eid, e in entities.items():
        if getattr(e, "type", None) is not EntityType.DATASET:
            continue
        votes = getattr(e, "type_votes", None) or {}
        if data_kind_dataset(votes) or (eid.split(":", 1)[-1] in kinds
                                        and not DATASET_NAMING_KINDS & (votes.get(EntityType.DATASET.value) or {}).keys()):
            out.add(eid)
    return out
