"""A bare head word of many Task names is no task of its own: "detection" alone is over-broad, "summarization" is not.

A list of tasks ("vision tasks such as classification, detection and segmentation") gives the extractor one-word Tasks.
Some one-word names are one research problem ("summarization", "denoising", "inpainting"); others are the head of a
family of problems ("object detection", "face detection", "lane detection", ...) and alone say only what kind of
problem it is. The corpus tells them apart by how it writes the word as a Task: a problem of its own is written bare
in a fair share of its uses (on the arXiv build from 9% for "forecasting" to most for "clustering"; "summarization" in
a quarter), while a family's head is written bare in a few uses out of a hundred ("detection" in 15 mentions against
2,500 of longer names ending in it). So the graph leaves out a one-word Task, not written in capitals
(an acronym is a name, not a head), that the lexicon does not know on its own, when fewer than :data:`BARE_SHARE` of
the Task mentions ending in its word are the bare word. The statistic needs the corpus: one bare mention needs a dozen
of longer names before it counts as a head (a few papers never decide it).

The same reading of Task names against other names decides a Method that is what a Task works on
(:func:`task_object_ids`): "part-of-speech" beside the task "part-of-speech tagging" names the tags, no means; and
a Task that is such a thing (:func:`object_task_ids`): "stereo disparity" beside "stereo disparity estimation" in
the same papers names what the task estimates, no problem.

A Task name's first word says what the process works on: a name only the lexicon gives that works on a part of a model
("feature upsampling", "model optimization") is a step inside a method, no problem (:func:`model_part_step`).
"""
from __future__ import annotations

import re
from collections import Counter

from kg.extract.words import TASK_HEADS
from kg.graph.method_kinds import ANY_MENTION_KINDS
from kg.link.normalize import coined_word
from kg.vocab import EntityType

#: Most share of a word's Task mentions (bare or ending in it) written bare for a head of many Task names: on the arXiv
#: build the family heads are at 0.3%-7% ("retrieval", "ranking") and the one-word problems at 9% or more
#: ("forecasting", "re-identification"; most at 17% and more).
BARE_SHARE = 1 / 12


def task_mentions(type_votes: dict[str, dict[str, int]] | None) -> int:
    """How many mentions of an entity were typed Task, from its corpus-wide votes.

    >>> task_mentions({"Task": {"lexicon": 4, "context": 2, "goal": 3}, "Method": {"shape": 5}})
    6
    """
    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    return sum(n for k, n in votes.items() if k in ANY_MENTION_KINDS)  # one vote per mention (its own rule's)


def head_word(e) -> str | None:
    """The last word (lower case) of a Task entity's name of two words or more; None for another entity."""
    words = (getattr(e, "name", "") or "").split()
    return words[-1].lower() if getattr(e, "type", None) is EntityType.TASK and len(words) > 1 else None


def bare_word(e) -> str | None:
    """The word (lower case) of a one-word Task entity that the lexicon does not know on its own and that is not
    written in capitals (an acronym, "MOTS"); None for another entity."""
    name = getattr(e, "name", "") or ""
    votes = (getattr(e, "type_votes", None) or {}).get(EntityType.TASK.value) or {}
    if getattr(e, "type", None) is not EntityType.TASK or " " in name.strip() or "prior" in votes:
        return None
    return name.lower() if name and not name.isupper() else None


def broad_head_ids(entities: dict) -> set[str]:
    """The ids of the one-word Task entities (:func:`bare_word`) whose word the corpus writes bare in fewer than
    :data:`BARE_SHARE` of its Task mentions, the others ending a longer Task name in it (:func:`head_word`).

    >>> from kg.models import Entity
    >>> T = EntityType.TASK
    >>> def task(name, votes): return Entity("task:" + name, T, name, type_votes={"Task": votes})
    >>> es = [task("tiling", {"context": 2}), task("tile tiling", {"lexicon": 20}), task("roof tiling", {"lexicon": 9}),
    ...       task("glazing", {"context": 2}), task("pot glazing", {"lexicon": 20}), task("quokka", {"context": 1})]
    >>> sorted(broad_head_ids({e.id: e for e in es}))
    ['task:tiling']
    """
    heads: Counter = Counter()
    for e in entities.values():
        word = head_word(e)
        if word:
            heads[word] += task_mentions(getattr(e, "type_votes", None))
    out = set()
    for eid, e in entities.items():
        word = bare_word(e)
        bare = task_mentions(getattr(e, "type_votes", None)) if word else 0
        if bare and bare < BARE_SHARE * (bare + heads[word]):
            out.add(eid)
    return out


#: The Method votes that say papers use a name as a means or credit it with a result: what is done, not what a task
#: works on ("a correlation filter" beside "correlation filter tracking" is the tracker's means).
_MEANS_KINDS = frozenset({"lexicon", "prior", "means", "means-papers", "result"})


#: What separates the words of a name: spaces, hyphens, slashes.
_NAME_PARTS = re.compile(r"[\s\-/]+")


def _object_key(e) -> str | None:
    """The lower-cased name of a Method entity that may be the object of a Task name: no lexicon entry knows it as
    a Method, no paper uses it as a means or credits it with a result (:data:`_MEANS_KINDS`), and none of its words is
    coined (:func:`~kg.link.normalize.coined_word`); None for another entity."""
    name = getattr(e, "name", "") or ""
    votes = (getattr(e, "type_votes", None) or {}).get(EntityType.METHOD.value) or {}
    if getattr(e, "type", None) is not EntityType.METHOD or _MEANS_KINDS & votes.keys():
        return None
    if any(coined_word(w) for w in _NAME_PARTS.split(name)):
        return None
    return name.lower() or None


def task_object_ids(entities: dict) -> set[str]:
    """The ids of the Method entities whose name is what a Task of the corpus works on: a Task named by the same
    words and one head word of a task ("part-of-speech" beside "part-of-speech tagging", "presentation attack"
    beside "presentation attack detection") in at least as many papers. The Method's mentions are that thing ("POS
    tags", "spoofed by presentation attacks") or shorthand for the task ("on POS, chunking and NER"), no means of
    solving a problem; a name the lexicon knows as a Method, or a coined one ("DensE" beside "dense prediction"),
    stays.

    >>> from kg.models import Entity
    >>> def ent(eid, t, name, votes, papers):
    ...     return Entity(eid, t, name, type_votes={t.value: votes}, papers=set(papers))
    >>> es = [ent("method:glyph-sort", EntityType.METHOD, "glyph sort", {"shape": 4}, "ab"),
    ...       ent("task:glyph-sort-tagging", EntityType.TASK, "glyph sort tagging", {"lexicon": 5}, "abc"),
    ...       ent("method:rune", EntityType.METHOD, "RunE", {"shape": 2}, "a"),
    ...       ent("task:rune-detection", EntityType.TASK, "rune detection", {"context": 2}, "ab")]
    >>> sorted(task_object_ids({e.id: e for e in es}))
    ['method:glyph-sort']
    """
    papers: dict[str, int] = {}
    for e in entities.values():
        words = (getattr(e, "name", "") or "").lower().rsplit(None, 1)
        if getattr(e, "type", None) is EntityType.TASK and len(words) == 2 and words[1] in TASK_HEADS:
            papers[words[0]] = max(papers.get(words[0], 0), len(getattr(e, "papers", ()) or ()))
    out = set()
    for eid, e in entities.items():
        key = _object_key(e)
        if key and papers.get(key, 0) >= max(1, len(getattr(e, "papers", ()) or ())):
            out.add(eid)
    return out


def _task_names(e) -> set[str]:
    """The lower-cased name and surface forms of an entity."""
    return {n.lower() for n in (getattr(e, "name", "") or "", *(getattr(e, "aliases", None) or ())) if n}


#: A name of a direction ("text-to-SQL", "image-to-image"): the task is named by what it maps, a thing after "to".
_DIRECTION = re.compile(r"(?:^|[\s\-])to[\s\-]", re.I)


def _last_word(name: str) -> str:
    """A name's last word in lower case, split at spaces, hyphens and slashes ("text-to-SQL" -> "sql")."""
    return _NAME_PARTS.split(name.lower().strip())[-1]


def _thing_named(name: str) -> bool:
    """Whether a Task name may end in a thing, not a process: its last word is no task head ("parsing", "detection"),
    no gerund ("clustering", "grasping") and the name is no direction ("text-to-SQL")."""
    last = _last_word(name)
    return bool(last) and last not in TASK_HEADS and not last.endswith("ing") and not _DIRECTION.search(name)


def _papers_needed(name: str, papers: int) -> int:
    """How many of a Task's ``papers`` must write a longer Task name after it to make it a thing
    (:func:`object_task_ids`): a third of them; most of them where its last word ends three Task lexicon names or more
    (:func:`kg.graph.task_guesses.task_heads`: a process noun tasks are named by, "domain adaptation", "style
    transfer", "image registration"; a formalism so named, "Abstract Meaning Representation", is still read so)."""
    from kg.graph.task_guesses import task_heads  # noqa: PLC0415

    return papers // 2 + 1 if _last_word(name) in task_heads() else max(1, papers // 3)


def object_task_ids(entities: dict) -> set[str]:
    """The ids of the Task entities whose name is the thing another Task works on, no problem of its own: a name
    ending in a thing (:func:`_thing_named`: "referring expression", "atrial fibrillation") that its papers also
    write before one head word of a task, as the name of another Task entity ("referring expression segmentation",
    "atrial fibrillation detection"), in a third of them or more, or most of them after a process noun
    (:func:`_papers_needed`: one paper's "domain adaptation segmentation" does not make twenty papers' "domain
    adaptation" a thing). The papers write the thing ("given a referring expression") and the task on it; the bare
    name is the expression or the condition (GUIDELINES.md: a Task is a research problem). Without a shared paper the
    longer name may be another thing's ("DA recognition", dialogue acts, beside "domain adaptation (DA)").

    >>> from kg.models import Entity
    >>> def task(name, papers, *aliases):
    ...     return Entity("task:" + name, EntityType.TASK, name, set(aliases), papers=set(papers))
    >>> es = [task("Quill Mark Script", "abc", "QMS"), task("QMS parsing", "bd"), task("rune stamp", "a"),
    ...       task("rune stamp detection", "b"), task("ink sorting", "a"), task("ink sorting estimation", "a")]
    >>> sorted(object_task_ids({e.id: e for e in es}))
    ['task:Quill Mark Script']
    """
    by_object: dict[str, list] = {}  # "referring expression" -> the Tasks named it and one head word after
    for e in entities.values():
        if getattr(e, "type", None) is EntityType.TASK:
            for n in _task_names(e):
                obj, _, head = n.rpartition(" ")
                if head in TASK_HEADS:
                    by_object.setdefault(obj, []).append(e)
    out = set()
    for eid, e in entities.items():
        if getattr(e, "type", None) is not EntityType.TASK or not _thing_named(getattr(e, "name", "") or ""):
            continue
        papers = getattr(e, "papers", None) or set()
        tasks = (t for n in _task_names(e) for t in by_object.get(n, ()))
        need = _papers_needed(getattr(e, "name", "") or "", len(papers))
        if any(t is not e and len(papers & (getattr(t, "papers", None) or set())) >= need for t in tasks):
            out.add(eid)
    return out


#: The parts a model is made of and the model itself ("features", "weights", "parameters", "the model"): a process
#: done to one is a step inside a method ("feature upsampling", "model optimization"), not a problem a paper addresses.
#: Not "network" nor "representation": those name problems' data too ("network intrusion detection").
MODEL_PARTS = frozenset({"feature", "features", "parameter", "parameters", "weight", "weights", "gradient", "gradients",
                         "activation", "activations", "layer", "layers", "neuron", "neurons", "hyperparameter",
                         "hyperparameters", "model", "models"})
#: The Task votes of a lexicon match and nothing else: the shipped lists give the name, no paper says what it is.
_LEXICON_ONLY_KINDS = frozenset({"lexicon", "prior"})


def model_part_step(name: str, type_votes: dict[str, dict[str, int]] | None) -> bool:
    """Whether a Task is a step done to a model's own parts, not a problem: a name only the lexicon gives (its every
    Task vote a lexicon match's: no paper writes it as a goal, a task, a setting or a term it defines; the shipped task
    lists hold steps beside problems) that opens on a part a model is made of (:data:`MODEL_PARTS`) before the process
    done to it, and that a paper uses as a means (a Method ``means`` vote): "the proposed deep feature compression",
    "Feature upsampling by deconvolution is explored to reduce ...", "only show specific model optimization". A paper
    that works on one ("methods for model compression": a goal) keeps it a Task, and so does a name no paper uses as a
    means ("advanced topics such as model compression", "methods for inference and parameter estimation"). The
    guidelines' rule 9: what is done to solve a problem is no Task.

    >>> model_part_step("Feature Upsampling", {"Task": {"lexicon": 1, "prior": 1}, "Method": {"means": 1}})
    True
    >>> model_part_step("Model Compression", {"Task": {"lexicon": 4, "prior": 1, "goal": 1}, "Method": {"means": 1}})
    False
    >>> model_part_step("Model Compression", {"Task": {"lexicon": 3, "prior": 1}})
    False
    >>> model_part_step("Network Intrusion Detection", {"Task": {"lexicon": 1, "prior": 1}})
    False
    >>> lexicon = {"Task": {"lexicon": 1}}
    >>> model_part_step("Features", lexicon), model_part_step("Model-Based Planning", lexicon)
    (False, False)
    """
    votes = (type_votes or {}).get(EntityType.TASK.value) or {}
    used = ((type_votes or {}).get(EntityType.METHOD.value) or {}).get("means", 0)
    words = name.lower().split()  # "model-based X": a compound modifier says how, not what is worked on
    return bool(votes and used) and set(votes) <= _LEXICON_ONLY_KINDS and len(words) > 1 and words[0] in MODEL_PARTS
