"""Where a task's name starts and ends, beyond the rule that found it (the task part of the boundary rules,
:mod:`kg.extract.boundaries`):

- a task loses the qualifiers that grade or describe how it is solved ("Efficient Person Search",
  "Learned Raw Denoising", "end-to-end semantic human matting"): the rest is the task; a task that is only
  a qualifier and a bare process word ("precise localization") names no task, nor do manner words before a
  process noun whose object follows in "of" ("a monocular estimation of pose");
- a task that is a means, not a problem: a title's "with/via/using X" and the object of "we propose a X"
  ("we propose a multi-scale pooling segmentation (MSP-Seg)") name a technique; so do "T for U" inside a
  phrase, an acronym written before "objectives" or "losses", a pre-training task, and a technique's lexicon
  name a task phrase opens on ("LSTM CCG Parsing" -> "CCG Parsing");
- a title's guessed task loses a first word that opens Method lexicon names and no Task name ("Contrastive
  Triple Extraction" -> "Triple Extraction", "Learning Multimodal Violence Detection");
- a "Joint X" task cut before its "and Y" takes the whole ("Joint Detection and Segmentation");
- a title's task after "X and", X a noun with no head of its own, takes X ("Human Pose and Shape Estimation"); a
  sentence's only when X and the head make a lexicon Task ("3D human pose and shape estimation": pose estimation).

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`; names that grow over
words their rule left out (a direction, a language pair, a level, a lexicon Task's lead word, a list's shared
modifier) are in :mod:`kg.extract.task_grow`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import GRADE_KEYS, LAST_WORD, WORD, grown_rule
from kg.extract.candidates import Candidate
from kg.extract.head_phrases import _modifies_a_thing, counted, task_modifiers_start
from kg.extract.ordinary_words import ADJECTIVE_TAIL
from kg.extract.words import (DATASET_CUES, ED_OK, FIELD_WORDS, KIND_HEADS, KIND_OR_FIELD, LIST_NOUNS, METHOD_HEADS,
                              MODALITIES, TASK_HEADS, TITLE_TASK_RULES)
from kg.vocab import EntityType as T


# --- tasks: qualifiers, means, "Joint X and Y" ---------------------------------------------------------------

#: Words that say how a task is solved, not which task it is ("Learned Raw Denoising", "end-to-end semantic
#: human matting", "Neural Language Generation", "Real-time LiDAR Segmentation", "Single-stage Face Localisation"):
#: dropped when a task of two words or more remains.
_MEANS = frozenset({"learned", "learnt", "neural", "deep", "end-to-end", "autonomous", "automatic", "automated",
                    "learning-based", "real-time", "realtime", "large-scale", "one-stage", "single-stage", "two-stage",
                    "multi-stage",
                    "data-driven", "model-based", "network-based", "cnn-based", "dnn-based"})
MEANS_KEYS = frozenset(w.replace("-", "") for w in _MEANS)
#: Rules that read a task off a phrase's position or head word (a coined name or a lexicon entry keeps its words).
_TASK_PHRASE_RULES = TITLE_TASK_RULES | frozenset({"head", "object", "task-context", "list"})
#: Rules a system's own name can come from (a coined name, a long form, a phrase).
_OWN_RULES = frozenset(_TASK_PHRASE_RULES | {"acronym", "named", "title-name", "titlecase"})
#: In a title, a phrase after these is how the paper works, not what it works on ("... with Sentence Reconstruction",
#: "Pedestrian Detection Based on Body Keypoint Localization").
_MEANS_BEFORE = re.compile(r"\b(?:with|via|using|through|by|based\s+on)\s+$", re.I)
#: In a title, "of" and a word after a task phrase: the phrase is a process noun whose object follows ("Joint
#: Understanding of Tabular Data", "Memory-Optimized Training of DNNs"); the task is the whole, no phrase rule's span.
#: A title set in capitals reads as its lower-case words: "OF" is "of" there ("JOINT UNDERSTANDING OF TABLES").
_OF_AFTER = re.compile(r"\s+(?:of|OF)\s+[\w\-]")
#: In a title, a second process and "of" after a task phrase: the pair shares the object that follows
#: ("Simultaneous Segmentation and Classification of Nuclei", "Dense Detection and Description of 3D Features"),
#: so the first half alone is cut short of it, as with :data:`_OF_AFTER`.
_AND_OF_AFTER = re.compile(r"\s+(?:and|AND)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s+(?:of|OF)\s+[\w\-]")
#: In running text, a part of a system right before "for": "a Center Branch for instance center detection", "a
#: post-processing step for center localization": the task phrase after it is a step inside the paper's own
#: model, not a research task (a title's "Attention Module for X" names its task; "a loss for X" was left out: on
#: the arXiv build two of three were the task the loss serves, "general-purpose losses for visual classification").
_PART_FOR = re.compile(r"\b(?:branch(?:es)?|heads?|stages?|steps?|layers?|sub-?networks?|blocks?|units?)"
                       r"\s+for\s+(?:(?:the|an?)\s+)?$", re.I)
#: A phrase that starts by saying it is an annotation: "the ground-truth segmentation" is a label map, no task.
_ANNOTATION_START = re.compile(r"(?:ground[\s\-]?truth|groundtruth)\s", re.I)
#: "we propose a X", "we present an X", "it implements a novel X": a task is no countable thing a paper proposes; X names a technique.
_PROPOSE_A = re.compile(r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|develop(?:s|ed)?|design(?:s|ed)?|"
                        r"devise[sd]?|implement(?:s|ed)?)\s+(?:a|an)\s+(?:(?!(?:for|to|of|on|in|and|or|with)\b)[\w\-]+\s+){0,2}$", re.I)
#: After a task phrase, the thing it describes: "the generated segmentation maps", "pixel-level segmentation
#: masks", "the test time recognition accuracy" (a phrase rule's task there names an output or a measure).
_OUTPUT_AFTER = re.compile(r" (?:masks?|maps?|results?|outputs?|labels?|annotations?|accuracy|accuracies|errors?)\b")
#: "The proposed system, X (ACR)", "our framework, X": a name put in apposition to the paper's own system.
_OWN_SYSTEM_BEFORE = re.compile(r"\b(?:the\s+proposed|our(?:\s+proposed)?|a\s+(?:new|novel))\s+(?:system|model|method|"
                                r"framework|network|architecture|approach|algorithm|module|technique)s?\s*,?\s*"
                                r"(?:(?:called|named|dubbed|termed)\s+)?(?:[A-Z][\w\-]*\s*\(\s*)?$", re.I)
#: A system noun before "for" inside a name: "Clue Refining Network for Video Object Segmentation",
#: "Encoder-Decoder scheme for Anomaly Detection" name a technique for a task, not the task.
_SYSTEM_FOR = re.compile(r"\S\s+(?:" + "|".join(sorted(KIND_HEADS | {"scheme", "schemes", "module", "modules",
                                                                    "pipeline", "mechanism"})) + r")\s+for\s", re.I)
#: "We propose HyperML (Hyperbolic Metric Learning)": the long form of a name the paper proposes.
_PROPOSE_NAME_PAREN = re.compile(r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?)\s+[A-Z][\w\-]*\s*\(\s*$", re.I)
_JOINT_AND = re.compile(r" and ((?:[A-Za-z][\w\-]*)(?: (?!(?:with|via|using|for|in|on|from|by|through|under|of|and)\b)"
                        r"[A-Za-z][\w\-]*){0,3})")


#: Rules whose one-word task is a lexicon entry matched wherever the word stands ("forecasting", "reasoning").
_BARE_TASK_RULES = frozenset({"lexicon", "lexicon-gen"})


def bare_task_words(text: str, cands: list[Candidate], verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """A one-word lexicon task written in lower case after a modifier takes it: "pose forecasting",
    "numerical reasoning", "subspace clustering" name the task, the bare head word only a family of tasks
    (on the arXiv build "reasoning" gathered 207 papers of "multi-hop", "physical", "context" reasoning). The
    modifier is read as :func:`kg.extract.head_phrases.head_phrases` reads them, the nearest one only (further words,
    "long-term temporal reasoning", "favor KB reasoning", were as often a verb or a grade as a narrower task,
    and the nearest alone recurs across papers), and the phrase is a phrase rule's guess (rule ``head``),
    qualifiers trimmed by :func:`trim_tasks`. A longer candidate over the word (a
    lexicon name, a coined name) keeps it; a head phrase over it is the same phrase and replaces it; a thing
    noun after it ("a multi-hop reasoning method") makes the words before a name's, not the task's.

    >>> t = "We evaluate body pose forecasting, multi-step numerical reasoning and reasoning about time series forecasting."
    >>> at = lambda i, w: Candidate(i, i + len(w), T.TASK, 60, "lexicon")
    >>> head = Candidate(t.index("body"), t.index(","), T.TASK, 30, "head")
    >>> long = Candidate(t.index("time"), len(t) - 1, T.TASK, 80, "lexicon")
    >>> [(t[c.start:c.end], c.rule) for c in bare_task_words(t, [at(t.index("forecasting"), "forecasting"), head,
    ...     at(t.index("reasoning"), "reasoning"), at(t.rindex("reasoning"), "reasoning"),
    ...     at(t.rindex("forecasting"), "forecasting"), long])]
    [('body pose forecasting', 'head'), ('numerical reasoning', 'head'), ('reasoning', 'lexicon'), ('forecasting', 'lexicon'), ('time series forecasting', 'lexicon')]
    """
    out = []
    for c in cands:
        word = text[c.start:c.end]
        if c.type is not T.TASK or c.rule not in _BARE_TASK_RULES or not word.isalpha() or not word.islower() \
                or (_ONE_ING.fullmatch(word) and _VERB_ING_AFTER.match(text, c.end)):
            out.append(c)  # "the loss stemming from ...": a participle, :func:`trim_tasks` drops it
            continue
        covers = [d for d in cands if d.start <= c.start and d.end >= c.end and d.end - d.start > c.end - c.start]
        if any(d.rule == "head" and d.end == c.end and d.type is T.TASK for d in covers):
            continue  # the head phrase over the word is the task
        start = c.start if covers or _modifies_a_thing(text, c.end) else task_modifiers_start(text, c.start, verbs)
        start = max(start, text.rfind(" ", start, c.start - 1) + 1)  # the nearest modifier only
        out.append(c._replace(start=start, rule="head", canonical=None) if start < c.start else c)
    return out


#: One -ing word (a hyphen allowed: "re-ranking"), in any case: a gerund when a verb's object follows it.
_GERUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*ing")
#: A determiner or quantifier opening a noun phrase right after a word, on its line: no noun modifier stands
#: before one, so the word before is a verb taking that phrase as its object ("tracking multiple objects",
#: "encoding a long text", "forecasting the people motion"). "both", "such", "that" open other things.
_OBJECT_AFTER = re.compile(r" +(?:the|a|an|this|these|those|its|their|our|his|her|each|every|multiple|several|"
                           r"many|some|any)\b")


def gerund_objects(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Task candidates without a bare gerund that takes an object: "the problem of tracking multiple objects",
    "the task of matching a query", "Forecasting the future behaviors" name a verb phrase whose task is the
    gerund with its object (none of the bare word's sense of a field of tasks); a gerund used as a noun
    ("for tracking", "tracking and detection", "tracking is hard") keeps its task.

    >>> t = "The task of tracking the goal. Tracking is hard."
    >>> at = lambda i: Candidate(i, i + 8, T.TASK, 60, "lexicon")
    >>> [t[c.start:c.end] for c in gerund_objects(t, [at(12), at(t.rindex("Tracking"))])]
    ['Tracking']
    """
    return [c for c in cands if not (c.type is T.TASK and _GERUND.fullmatch(text, c.start, c.end)
                                     and _OBJECT_AFTER.match(text, c.end))]


_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*) $")
_FIRST_WORD = re.compile(r"[A-Za-z]+")


def opened_tasks(text: str, cands: list[Candidate], openers: frozenset[tuple[str, str]]) -> list[Candidate]:
    """A task candidate takes the stop word before it when the two open Task lexicon names together
    (``openers``, :func:`kg.extract.head_phrases.task_openers`): "single image super-resolution", "open world
    object detection", not "image super-resolution" after a stray "single"; after an article the word counts
    ("a single image transformation", :func:`kg.extract.head_phrases.counted`). A lexicon match so grown is a
    phrase rule's guess (rule ``head``) with no canonical name of its own.

    >>> t = "We study single image denoising and a single network."
    >>> c = [Candidate(t.index("image"), t.index(" and"), T.TASK, 60, "lexicon", "image denoising")]
    >>> [(t[x.start:x.end], x.rule) for x in opened_tasks(t, c, frozenset({("single", "image")}))]
    [('single image denoising', 'head')]
    """
    if not openers:
        return cands
    out = []
    for c in cands:
        m = _WORD_BEFORE.search(text, max(0, c.start - 20), c.start) if c.type is T.TASK else None
        first = _FIRST_WORD.match(text, c.start) if m else None
        if first is not None and (m.group(1).lower(), first.group(0).lower()) in openers \
                and not (counted(text, m.start(1)) and not m.group(1).lower().endswith("ing")):
            c = c._replace(start=m.start(1), rule="head", canonical=None)
        out.append(c)
    return out


#: The means words (:data:`_MEANS`) and grades (:data:`GRADE`) that set how fast or how large a task is run,
#: compared without hyphens and spaces ("Real-Time", "real time", "large-scale", "lightweight"): an operating
#: setting, not the task's identity (unlike "multi-object", "few-shot", "semi-supervised", "neural").
SETTING_KEYS = frozenset({"realtime", "largescale", "lightweight"})
#: The first two words of a name, for :func:`setting_led_tasks` ("Real-Time Object", "large scale image").
_TWO_WORDS = re.compile(r"(\S+)(?:\s+(\S+))?")


def setting_led_tasks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A lexicon task (or a Title Case run :func:`kg.extract.context.merge_name_fragments` grew over one) led by a
    setting word (:data:`SETTING_KEYS`) gives way to the task it leads when another Task candidate names the
    rest: "Real-Time Multi-Object Tracking" is multi-object tracking run in real time, "large-scale image
    classification" is image classification. A name whose rest is no task stays ("real-time strategy games"),
    and so does one a name of another kind overlaps ("YouTube-8M Large-Scale Video Understanding dataset").

    >>> t = "We run real-time object detection on phones."
    >>> c = [Candidate(7, 33, T.TASK, 60, "lexicon-gen"), Candidate(17, 33, T.TASK, 60, "lexicon")]
    >>> [t[x.start:x.end] for x in setting_led_tasks(t, c)]
    ['object detection']
    """
    spans = {(c.start, c.end) for c in cands if c.type is T.TASK}
    led = [c for c in cands if c.type is T.TASK and (c.rule.startswith("lexicon") or c.rule == "titlecase")
           and (_setting_rest(text, c), c.end) in spans]
    if not led:
        return cands
    others = [(c.start, c.end) for c in cands if c.type is not T.TASK]
    # a name of another kind over the setting word ("YouTube-8M Large-Scale Video ..."): the long task keeps it
    gone = {id(c) for c in led if not any(s < _setting_rest(text, c) and c.start < e for s, e in others)}
    return [c for c in cands if id(c) not in gone]


#: Rules that guess a title's Task from its words (a lexicon name keeps its words).
_TITLE_GUESS_RULES = TITLE_TASK_RULES | frozenset({"head", "titlecase"})


def method_led_tasks(text: str, cands: list[Candidate], title_end: int,
                     openers: dict[str, frozenset[str]]) -> list[Candidate]:
    """A title's Task phrase guessed from its words loses a first word that opens Method lexicon names and no
    Task name (``openers``, :func:`kg.extract.head_phrases.method_openers`) when two words or more are left: the
    word says how the paper does its task ("Contrastive Triple Extraction" is triple extraction done
    contrastively) or is the title's verb ("Learning Multimodal Violence Detection"); the word after it goes
    by the same test ("Fully Convolutional Line Parsing"). A phrase ending on a
    last word of the Method names the word opens keeps it: it reads as a technique of that family
    ("Masked Image Modeling" beside "masked language modeling"), which other rules weigh. The words left must be
    written alone in the abstract (:func:`abstract_writes_without`): "Fine Grained ..." and "Relative Camera Pose
    Estimation" keep their first word though "fine" and "relative" open Method names.

    >>> t = "Contrastive Triple Extraction and Masked Image Modeling. We do triple extraction and image modeling."
    >>> c = [Candidate(0, 29, T.TASK, 70, "title-task"), Candidate(34, 55, T.TASK, 70, "head")]
    >>> o = {"contrastive": frozenset({"learning"}), "masked": frozenset({"modeling"})}
    >>> [t[x.start:x.end] for x in method_led_tasks(t, c, 56, o)]
    ['Triple Extraction', 'Masked Image Modeling']
    """
    if title_end <= 0 or not openers:
        return cands
    out = []
    for c in cands:
        if c.type is T.TASK and c.rule in _TITLE_GUESS_RULES and c.end <= title_end:
            found = list(WORD.finditer(text, c.start, c.end))
            words = [w.group(0).lower() for w in found]
            first = cut = 0
            while len(words) - first >= 3 and opens_other_methods(words[first], words[-1], openers):
                first += 1
                if abstract_writes_without(text, title_end, words[first - 1], text[found[first].start():c.end]):
                    cut = first
            if cut:
                c = c._replace(start=found[cut].start(), canonical=None)
        out.append(c)
    return out


def abstract_writes_without(text: str, title_end: int, word: str, rest: str) -> bool:
    """Whether the abstract (``text`` after ``title_end``) writes ``rest`` as a phrase of its own: not glued by a
    hyphen and not right after ``word`` ("fine-grained image classification" and "relative camera pose
    estimation" do not attest "Grained Image Classification" or "Camera Pose Estimation").

    >>> t = "Relative Camera Pose Estimation. We study relative camera pose estimation."
    >>> abstract_writes_without(t, 32, "relative", "Camera Pose Estimation")
    False
    >>> t = "Contrastive Triple Extraction. Triple extraction finds facts."
    >>> abstract_writes_without(t, 30, "contrastive", "Triple Extraction")
    True
    """
    pattern = r"\s+".join(re.escape(w) for w in rest.split())
    for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text[title_end:], re.IGNORECASE):
        before = text[title_end:title_end + m.start()].rstrip().lower()
        if not before.endswith(word):
            return True
    return False


def opens_other_methods(word: str, last: str, openers: dict[str, frozenset[str]]) -> bool:
    """Whether lower-case ``word`` opens Method names and no Task name, none of them ending on ``last``
    (a plural "s" aside)."""
    heads = openers.get(word)
    return heads is not None and last.rstrip("s") not in {h.rstrip("s") for h in heads}


def _setting_rest(text: str, c: Candidate) -> int:
    """Where a task name's words after its leading setting word start, or -1 without one."""
    m = _TWO_WORDS.match(text, c.start, c.end)
    if m is None:
        return -1
    if m.group(1).lower().replace("-", "") in SETTING_KEYS:
        return m.start(2) if m.group(2) else -1
    if m.group(2) and (m.group(1) + m.group(2)).lower() in SETTING_KEYS:  # "real time", "large scale"
        return WORD.search(text, m.end(), c.end).start() if WORD.search(text, m.end(), c.end) else -1
    return -1


def trim_tasks(text: str, cands: list[Candidate], title_end: int) -> list[Candidate]:
    """Task candidates cut to the task they name: grading and means qualifiers dropped from the front,
    a title's means and a proposed "a X" no task, "Joint X" with its "and Y".

    >>> t = "Efficient Person Search with Sentence Reconstruction\\n\\nWe need precise localization. We propose a pooling segmentation."
    >>> at = lambda w, rule: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 30, rule)
    >>> c = [at("Efficient Person Search", "title-task"), at("Sentence Reconstruction", "head"),
    ...      at("precise localization", "head"), at("pooling segmentation", "head")]
    >>> [(t[x.start:x.end], x.type.value) for x in trim_tasks(t, c, 52)]
    [('Person Search', 'Task'), ('pooling segmentation', 'Method')]
    >>> t = "The proposed system, Knowledgeable External Attention for commonsense Reasoning (KEAR), wins."
    >>> [x.type.value for x in trim_tasks(t, [Candidate(21, 79, T.TASK, 70, "acronym")], 0)]
    ['Method']
    >>> t = "We introduce a new multi-human parsing (MHP) dataset."
    >>> [x.type.value for x in trim_tasks(t, [Candidate(21, 38, T.TASK, 70, "acronym")], 0)]
    ['Task']
    """
    out = []
    lead = _method_ends(cands)
    for c in cands:
        if c.type is T.TASK and c.rule != "lexicon":
            c = _whole_prefix(text, c)  # "Semi-[Supervised Defect Detection]"
        if c.type is T.TASK and (m := _as_method(text, c)) is not None:
            if m is not _NO_ENTITY:
                out.append(m)
            continue
        if c.type is not T.TASK or c.rule not in _TASK_PHRASE_RULES:
            out.append(c)
            continue
        if not _no_task_here(text, c, title_end) and (c := _task_span(text, c, cands, lead, title_end)) is not None:
            out.append(c)
    return out


#: what :func:`_as_method` gives for a Task candidate that is no entity at all
_NO_ENTITY = Candidate(0, 0, T.TASK, 0, "none")


def _as_method(text: str, c: Candidate) -> Candidate | None:
    """A Task candidate retyped Method when the paper proposes or applies it (:func:`trim_tasks`), or
    :data:`_NO_ENTITY` for a verb's participle; None when it may still name a task."""
    if c.rule in _OWN_RULES and not _about_data(text, c) and (
            _SYSTEM_FOR.search(text, c.start, c.end)
            or _OWN_SYSTEM_BEFORE.search(text, max(0, c.start - 50), c.start)
            or _technique_use(text, c)
            or _PROPOSE_NAME_PAREN.search(text, max(0, c.start - 40), c.start)
            or _proposed_here(text, c)
            or (_PROPOSE_A.search(text, max(0, c.start - 40), c.start)
                and (not _KIND_AFTER.match(text, c.end) or _title_case_end(text, c)))):
        return c._replace(type=T.METHOD)  # "The proposed system, Knowledgeable ... Reasoning (KEAR)"
    if c.rule in _MEANS_RULES and _VERB_ING_AFTER.match(text, c.end) and _ONE_ING.fullmatch(text[c.start:c.end]):
        return _NO_ENTITY  # "the loss stemming from ...", "errors resulting in ...": a verb's participle
    if c.rule in _MEANS_RULES and _used_as_means(text, c):
        return c._replace(type=T.METHOD)  # "segmented via tokenization": a technique the paper applies
    return None


def _no_task_here(text: str, c: Candidate, title_end: int) -> bool:
    """Whether a task phrase names no task where it stands (:func:`trim_tasks`): a means, an object, a step
    of the paper's model, a method's long form or an output."""
    if c.start < title_end and _MEANS_BEFORE.search(text, max(0, c.start - 10), c.start):
        return True  # "Relation Extraction with Sentence Reconstruction": the means, not the task
    if c.end <= title_end and (_OF_AFTER.match(text, c.end) or _AND_OF_AFTER.match(text, c.end, title_end)) \
            or _manner_of(text, c):
        return True  # "Automatic Extraction of Results", "a monocular estimation of pose": the object follows
    if c.start >= title_end and _PART_FOR.search(text, max(0, c.start - 40), c.start):
        return True  # "Box Branch for spatial extent detection": a step of the paper's model
    if c.rule == "head" and c.end <= title_end and _title_method(text[:title_end], c):
        return True  # "PPDM: Parallel Point Detection and Matching for ...": the method's long form
    if c.rule == "head" and (_OUTPUT_AFTER.match(text, c.end) or _ANNOTATION_START.match(text, c.start)):
        return True  # "the generated segmentation maps", "the ground-truth segmentation": an output, not a task
    # "mapping Radar detections to the image": outputs, not a task
    return bool(_PLURAL_PROCESS.search(text, c.start, c.end + 1 if text[c.end:c.end + 1] == "s" else c.end))


def _task_span(text: str, c: Candidate, cands: list[Candidate], lead: dict, title_end: int) -> Candidate | None:
    """A task phrase cut to its task (:func:`trim_tasks`): past a technique and an approach word, with a head
    it shares with the conjunct before it, "Joint X" with its "and Y"; None when nothing names a task."""
    t = _after_technique(text, c, lead.get(c.start, -1))
    if t is not c and _PROCESS_NOUN.fullmatch(text[t.start:t.end].lower()):
        return None  # "Transformer Tracking": a technique and a bare process noun name no task
    if t.end <= title_end:
        t = _shared_head(text, t, cands)  # "Human Pose and [Shape Estimation]": the two share the head
        c = _past_approach(text, t, title_end)
    else:
        c = _known_shared_head(text, t, cands)  # "3D human pose and [shape estimation]"
    if c is None:
        return None
    j = _JOINT_AND.match(text, c.end) if text[c.start:c.start + 6].lower() == "joint " else None
    if j and (c.start >= title_end or j.end() <= title_end):
        c = c._replace(end=j.end(), canonical=None)
    return c


#: The word that ends a first conjunct right before a phrase: "Pose and " of "Human Pose and [Shape Estimation]".
_CONJUNCT_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z0-9][\w\-]*) (?:and|or) $")
#: Heads a phrase of its own ends on before "and" (a task, a kind of system, a field): two things, no shared head.
_OWN_HEADS = frozenset(TASK_HEADS | KIND_HEADS | METHOD_HEADS | FIELD_WORDS)
#: A first conjunct that is no noun a head can share: an adjective ("Anchor-based and", "Fine-grained and": two
#: kinds of one task) or a plural ("Proposals and": a thing of its own, a modifier is singular).
_NO_MODIFIER = re.compile(ADJECTIVE_TAIL.pattern + r"|[a-z]{2}(?<!e)ed$|[a-z](?<![su])s$", re.I)


def _shared_head(text: str, c: Candidate, cands: list[Candidate]) -> Candidate:
    """A title's task phrase right after "X and" (or "or") takes the first conjunct X when X ends on no head
    of its own: the two nouns share the task's head ("Human Pose and [Shape Estimation]" is the estimation of
    both, "shape estimation" alone a cut). X is the noun before "and" with the modifiers
    :func:`kg.extract.head_phrases.task_modifiers_start` reads before it. The phrase stays as it is when X ends on a
    task, kind or field head ("Detection and Semantic Segmentation": two tasks), is a kind of data
    (:data:`MODALITIES`: "Image and Text Recognition" is a task on each), an adjective or a plural
    (:data:`_NO_MODIFIER`), closes a list ("A, B and C"), or when a name of its own covers X (a data set or
    method before the task).

    >>> t = "Joint Wheel Pose and Rim Estimation, Detection and Glyph Segmentation"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 30, "head")
    >>> [t[x.start:x.end] for x in (_shared_head(t, at("Rim Estimation"), []), _shared_head(t, at("Glyph Segmentation"), []))]
    ['Wheel Pose and Rim Estimation', 'Glyph Segmentation']
    """
    m = _CONJUNCT_BEFORE.search(text, max(0, c.start - 40), c.start)
    if m is None:
        return c
    word = m.group(1).lower()
    if word in _OWN_HEADS or word in MODALITIES or _NO_MODIFIER.search(word):
        return c  # "Detection and", "Image and", "Anchor-based and", "Fine-grained and", "Proposals and"
    start = task_modifiers_start(text, m.start(1))
    if text[:start].rstrip().endswith(",") or any(x is not c and x.start < m.end(1) and x.end > start for x in cands):
        return c  # "A, B and C" (a list's last member); "the Quokka and [Glyph Segmentation]" (a name before)
    return c._replace(start=start, canonical=None)


def _known_shared_head(text: str, c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """A task phrase in running text without its leading qualifiers (:func:`_trim_front`; ``None`` when that
    leaves no task), which takes its first conjunct as a title's does (:func:`_shared_head`) only when that
    conjunct's noun and the phrase's head make a Task name of the lexicon: "pose estimation" is a task, so "3D
    human pose and [shape estimation]" is the estimation of both, and "shape estimation" alone a cut that loses
    "3D human". A sentence coordinates more than nouns under one head, so a noun with no such name is a thing of
    its own ("improves robustness and [uncertainty estimation]", "feature selection and [data
    reconstruction]") and the phrase stays as it is; a piece that names no task alone takes no conjunct
    ("viewpoint change and [unreliable detection]", though "change detection" is a task). A task candidate that
    ends on the conjunct is that conjunct cut before "and" ("the task of [human pose] and ..."), no name of its own
    that keeps it out.

    >>> t = "We study 3D wheel pose and rim estimation. It improves robustness and rim estimation."
    >>> at = lambda i: Candidate(i, i + 14, T.TASK, 30, "head")
    >>> [t[x.start:x.end] for x in (_known_shared_head(t, at(t.index("rim")), []),
    ...                             _known_shared_head(t, at(t.rindex("rim")), []))]
    ['3D wheel pose and rim estimation', 'rim estimation']
    """
    from kg.extract.task_datasets import lexicon_task  # noqa: PLC0415 (the linker's tables: no import at load)

    c = _trim_front(text, c)
    m = _CONJUNCT_BEFORE.search(text, max(0, c.start - 40), c.start) if c is not None else None
    head = LAST_WORD.search(text, c.start, c.end) if m is not None else None
    if head is None or not lexicon_task(f"{m[1]} {head[0]}"):
        return c  # no task, or no conjunct that shares the head
    # a task cut before "and" is the first conjunct itself ("the task of [human pose] and shape estimation")
    d = _shared_head(text, c, [x for x in cands if x.type is not T.TASK or x.end != m.end(1)])
    return _trim_front(text, d) if d.start < c.start else c


_DATA_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:datasets?|benchmarks?|corpus|corpora|database|challenge)\b",
                         re.I)


#: A kind noun after a task phrase: "a single-stage HOI detection method" is a method for the task.
_KIND_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:" + "|".join(sorted(KIND_HEADS)) + r")\b", re.I)


#: Words before a phrase that make it the means of what the sentence does: "via video propagation", "fitted by
#: maximum likelihood estimation", "we apply tensor decomposition", "based on tokenization".
_MEANS_VERB = re.compile(r"(?:\b(?:via|using|based\s+on|by\s+means\s+of|(?:(?:is|are|was|were)\s+)?(?:trained|fitted|learned|"
                         r"learnt|optimized|estimated|obtained|computed|solved)\s+(?:by|with|through)|(?:apply|applies|"
                         r"applied|applying|employ|employs|employed|employing|leverage|leverages|leveraged|leveraging|"
                         r"adopt|adopts|adopted|adopting)|(?:by|through)\s+(?:applying|employing|using|leveraging))"
                         r"\s+(?:(?:a|an|the)\s+)?)$", re.I)
#: Rules whose Task comes from a generated lexicon entry or a phrase: the words around may say it is a technique.
_MEANS_RULES = frozenset({"lexicon-gen", "head"})
#: What may follow a technique used as a means: the end of a clause, a citation, or a function word ("via
#: tokenization.", "using tensor decomposition and ...", "based on metric learning [12], which ..."); a noun
#: instead makes the phrase its modifier ("using object detection models", "sentence-completion questions").
_MEANS_END = re.compile(r"\s*(?:$|[.,;:)\]]|\[|\((?!\s*[a-z])|[A-Z]|(?:and|or|to|for|of|in|on|with|that|which|"
                        r"instead|as|from|is|are|was|were|has|have|can|could|will|would|may|might|should|between|"
                        r"at|into|over|under|across|where|while|whereas|so|than|rather|without|has|its|their)\b)")


#: One lower-case -ing word, and a preposition after it that a participle takes ("stemming from", "resulting in").
_ONE_ING = re.compile(r"[a-z]+ing")
_VERB_ING_AFTER = re.compile(r"\s+(?:from|in|into)\s+(?!(?:the\s+)?(?:wild|videos?|images?|text|real)\b)")


def _used_as_means(text: str, c: Candidate) -> bool:
    """Whether a task phrase is the means of what its sentence does ("improve segmentation via video propagation",
    "we apply tensor decomposition", "fitted by maximum likelihood estimation"): a technique there, not a task
    (unless a kind or task word after it makes it a modifier: "using object detection models").

    >>> t = "We segment words via tokenization. We use a detection model via object detection networks."
    >>> _used_as_means(t, Candidate(21, 33, T.TASK, 30, "lexicon-gen"))
    True
    >>> _used_as_means(t, Candidate(t.index("object"), t.index(" networks"), T.TASK, 30, "lexicon-gen"))
    False
    """
    if _MEANS_VERB.search(text, max(0, c.start - 40), c.start) is None or _MEANS_END.match(text, c.end) is None:
        return False
    return not _AUX_TASK.match(text, c.end)


#: "using semantic segmentation as an auxiliary task": still a task, used to help another.
_AUX_TASK = re.compile(r"\s+as\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:tasks?|problems?|objectives?)\b", re.I)


#: "the proposed X", "our proposed X": what a paper proposes is a technique, a task is posed, not proposed.
_PROPOSED_BEFORE = re.compile(r"\b(?:the|our)\s+(?:newly\s+)?proposed\s+$", re.I)
#: After a phrase: "X is proposed", "X and Y are devised" (not "introduced": "WSSS is introduced to narrow the gap"
#: poses a task); or "X (ACR), a framework ...", a named thing in apposition to a kind noun, past a few modifiers
#: ("a novel and general example weighting approach") but no task word or clause ("a hard problem that needs
#: models"). ("X is a ... approach" was tried: on arXiv it made Methods of more tasks than it mended.)
_PROPOSED_AFTER = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:is|are|was|were)\s+(?:also\s+|first\s+)?(?:proposed|developed|"
                             r"devised|designed)\b|\s*\([^()]{1,15}\)\s*[,:]\s*(?:a|an)\s+"
                             r"(?:(?!(?:tasks?|problems?|challenges?|that|which|where|whose|to|of|for|in|on|with|by|from|"
                             r"as)\b)[\w\-]+\s+){0,5}(?:"
                             + "|".join(sorted(KIND_HEADS | {"module", "modules", "scheme", "pipeline", "mechanism", "strategy",
                                                             "loss", "layer", "procedure", "formulation"}))
                             + r")\b", re.I)
#: A kind noun right before a capitalised phrase: the phrase is that method's name ("method Cycle Translation").
_KIND_BEFORE = re.compile(r"(?<![\w\-])(?:method|approach|model|framework|algorithm|technique|strategy|module|network|"
                          r"architecture|mechanism|scheme) +$", re.I)  # (on one line: not a title's last word before the abstract)
#: A task word after "the proposed X": a task the paper poses ("the proposed self-supervised detection task").
_TASK_WORD_AFTER = re.compile(r"\s+(?:tasks?|problems?|challenges?|benchmarks?|datasets?)\b", re.I)


def _proposed_here(text: str, c: Candidate) -> bool:
    """Whether the sentence presents a phrase as something proposed: "the proposed X", "X is proposed",
    "X (ACR), a framework with ...": a technique the paper makes, not a task it works on.

    >>> t = "We introduce glyph routing navigation (GRN), a framework with two parts. It beats glyph tracking."
    >>> _proposed_here(t, Candidate(13, 37, T.TASK, 70, "acronym")), _proposed_here(t, Candidate(80, 94, T.TASK, 30, "head"))
    (True, False)
    """
    if _PROPOSED_BEFORE.search(text, max(0, c.start - 30), c.start):
        return not _TASK_WORD_AFTER.match(text, c.end)
    if text[c.start:c.start + 1].isupper() and _KIND_BEFORE.search(text, max(0, c.start - 20), c.start):
        return True  # "a novel augmentation method Cycle Translation": the kind noun's name
    return _PROPOSED_AFTER.match(text, c.end) is not None


#: Inside a phrase: "T for U", "T via U" name a technique for a task ("Multiview Transformer for Video
#: Recognition", "Regression via Classification"), no task.
_INNER_FOR = re.compile(r" (?:for|via) ", re.I)
#: The acronym in parentheses right after a long form: "Masked Frame Modeling (MFM)".
_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][\w\-]{0,11})\)")
#: What a technique's acronym is written before: "MFM objectives", "the PEM losses", "a WR process".
_TECHNIQUE_PART = (r"\)?\s+(?:loss(?:es)?|objectives?|process|layers?|modules?|blocks?|regulari[sz]ers?|"
                   r"regulari[sz]ation|operations?|operators?)\b")
#: Before a phrase in its sentence: it is one of the tasks a model is pre-trained on ("two new pre-training tasks:
#: (i) Frame Order Modeling"), an objective done to train a model, no task the paper addresses.
_PRETEXT_BEFORE = re.compile(r"\b(?:pre-?training|pretext|proxy|self-supervised)\s+(?:tasks?|objectives?)\b(?:(?!\b(?:on|in|"
                             r"for|to|of|with|achiev\w*|outperform\w*|improv\w*|evaluat\w*|show\w*)\b)[^.;!?]){0,100}$", re.I)


def _technique_use(text: str, c: Candidate) -> bool:
    """Whether a task phrase is written as a technique: "T for U" or "T via U" inside it, its acronym
    before a part or an objective ("Masked Frame Modeling (MFM) objectives", "PEM losses"), or a
    pre-training task ("we design two pre-training tasks: (i) Frame Order Modeling (FOM) ...").

    >>> t = "We add Glyph Order Modeling (GOM) objectives and Stroke Recovery (SR). SR losses help glyph parsing."
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 70, "acronym")
    >>> [_technique_use(t, at(w)) for w in ("Glyph Order Modeling", "Stroke Recovery", "glyph parsing")]
    [True, True, False]
    >>> t = "We design a pre-training task, glyph matching (GM), and the Script Transformer for Glyph Parsing."
    >>> [_technique_use(t, at(w)) for w in ("glyph matching", "Script Transformer for Glyph Parsing")]
    [True, True]
    >>> t = "We add two pretext tasks and improve glyph parsing."
    >>> _technique_use(t, at("glyph parsing"))
    False
    """
    if _INNER_FOR.search(text, c.start, c.end):
        return True
    p = _PAREN_ACRONYM.match(text, c.end)
    if p and re.search(r"(?<![\w\-])" + re.escape(p.group(1)) + _TECHNIQUE_PART, text, re.I):
        return True
    return _PRETEXT_BEFORE.search(text, max(0, c.start - 150), c.start) is not None


#: Endings of describing adjectives ("monocular", "hierarchical", "interpretable", "continuous").
_MANNER_ENDS = ("al", "ive", "ous", "ic", "ar", "ful", "able", "ible")


def _manner_word(word: str) -> bool:
    """Whether a modifier only says how a process is done: an adjective by its ending or hyphen tail
    ("pixel-wise"), or a participle that names no setting ("unsupervised", "labeled" do: :data:`ED_OK`)."""
    low = word.lower()
    if ADJECTIVE_TAIL.search(low):
        return True
    last = low.rsplit("-", 1)[-1]
    if len(last) <= 3 or last in TASK_HEADS or last in KIND_HEADS:
        return False
    return last.endswith(_MANNER_ENDS) or (last.endswith("ed") and last not in ED_OK)


def _manner_of(text: str, c: Candidate) -> bool:
    """Whether a phrase rule's task in running text is only manner words and a process noun whose object
    follows after "of" ("a monocular estimation of hand pose", "pixel-wise segmentation of vessels"): the
    task is the process of that object, cut short here; a noun before the head names the object itself
    ("polyp segmentation of small lesions") and stays.

    >>> t = "Monocular estimation of hand pose helps; so does polyp segmentation of small lesions."
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 30, "head")
    >>> _manner_of(t, at("Monocular estimation")), _manner_of(t, at("polyp segmentation"))
    (True, False)
    """
    if c.rule != "head" or _OF_AFTER.match(text, c.end) is None:
        return False
    words = text[c.start:c.end].split()
    return len(words) > 1 and all(_manner_word(w) for w in words[:-1])


def _about_data(text: str, c: Candidate) -> bool:
    """Whether a phrase names data: a data word in it ("a new Reading Comprehension dataset requiring ...")
    or right after it ("a new multi-human parsing (MHP) dataset")."""
    return bool(DATASET_CUES.search(text, c.start, c.end) or _DATA_AFTER.match(text, c.end))


def _title_method(title: str, c: Candidate) -> bool:
    """Whether a title's phrase right after "ACRO: " spells the acronym out (maybe with its "and Y"), or is
    followed by "for <task>": the paper's method, as :func:`kg.extract.context.tasks.title_task_np` reads it."""
    from kg.extract.context.tasks import names_its_method  # noqa: PLC0415 (context imports this module)

    colon = title.find(": ")
    if colon < 0 or title[colon + 2:c.start].strip():
        return False
    return names_its_method(title, colon, c.start, c.end)


_HYPHEN_PREFIX = re.compile(r"(?<![\w\-])(?!(?:Terms|Keywords|Index)-)[A-Za-z]+-$")  # not "Index Terms-X"


#: Plural nouns that open a list (:data:`~kg.extract.words.LIST_NOUNS`): glued to a task by a hyphen they are a
#: dash without its spaces ("two tasks-dependency parsing and ..."), no prefix.
_LIST_OPENERS = frozenset().union(*LIST_NOUNS.values())


def _whole_prefix(text: str, c: Candidate) -> Candidate:
    """A task phrase with the prefix a hyphen joins to its first word ("Semi-[Supervised Defect Detection]"
    is "Semi-Supervised Defect Detection"); a list's plural noun before a dash written as a hyphen is no prefix
    ("two tasks-[dependency parsing] and tagging")."""
    m = _HYPHEN_PREFIX.search(text, max(0, c.start - 20), c.start) if text[c.start - 1:c.start] == "-" else None
    if m is None or m.group()[:-1].lower() in _LIST_OPENERS:
        return c
    return c._replace(start=m.start(), canonical=None, rule=grown_rule(c.rule))


def _title_case_end(text: str, c: Candidate) -> bool:
    """Whether a phrase ends in a capitalised word: a Title Case name ("Cycle-Consistent Adversarial Domain
    Adaptation model" is the model's name), not a task phrase before a kind noun ("HOI detection method")."""
    m = LAST_WORD.search(text, c.start, c.end)
    return m is not None and m.group(0)[:1].isupper() and " " in text[c.start:c.end]


#: Plural heads of process nouns: "Radar detections", "the segmentations": outputs of a process, no task.
_PLURAL_PROCESS = re.compile(r"(?:tion|sion|ment)s$")


#: A negated quality ("unreliable", "inadequate", "imprecise", "insufficient"): how well a task is done, not
#: which task; a negated participle ("unsupervised", "unpaired") names a setting and stays.
_NEGATED_GRADE = re.compile(r"(?!inter|intel|indep|immed|intimate|innate|invert)(?:un|in|im|ir)[a-z]{3,}(?:able|ible|ate|ent|ete|ise|ure)")


#: A bare process noun ("detection", "extraction", "recognition", "learning", "modeling").
_PROCESS_NOUN = re.compile(r"[a-z]+(?:tion|sion|ment|ing|sis)")


_BARE_PLURAL = re.compile(r"[a-z\-]+(?<![sui])(?<!ic)s")


def _method_ends(cands: list[Candidate]) -> dict[int, int]:
    """Where each technique's lexicon name starts -> where the longest ends ("Transformer" of "Transformer
    Tracking"), for :func:`_after_technique`."""
    lead: dict[int, int] = {}
    for d in cands:
        if d.type is T.METHOD and d.rule.startswith("lexicon") and d.end > lead.get(d.start, -1):
            lead[d.start] = d.end
    return lead


#: A technique's name and "based" before a task: "BERT Based Reading Comprehension".
_BASED = re.compile(r"[\s\-]+based\s+", re.I)


def _after_technique(text: str, c: Candidate, method_end: int) -> Candidate:
    """A task phrase without the technique's lexicon name it opens on (ending at ``method_end``):
    "Transformer Tracking", "LSTM CCG Parsing", "BERT Based Reading Comprehension" are a technique applied
    to a task; the task is the rest (a bare process noun is then no task: :func:`_trim_front`).

    >>> t = "LSTM CCG Parsing and BERT Based Glyph Reading"
    >>> [t[x.start:x.end] for x in (_after_technique(t, Candidate(0, 16, T.TASK, 70, "title-task"), 4),
    ...                             _after_technique(t, Candidate(21, 45, T.TASK, 70, "title-task"), 25))]
    ['CCG Parsing', 'Glyph Reading']
    """
    if not c.start < method_end < c.end or text[method_end:method_end + 1] not in (" ", "-"):
        return c
    b = _BASED.match(text, method_end)
    start = b.end() if b else method_end + 1
    return c._replace(start=start, canonical=None) if start < c.end else c


#: The tail of a hyphened modifier that says how a task is done, not which task ("Transition-based", "Object-aware",
#: "Anchor-free", "Attention-guided"), or the same word alone after the name it is made of ("Soft Template Based").
_APPROACH_TAILS = frozenset({"based", "aware", "free", "driven", "guided", "enabled", "powered", "inspired", "enhanced",
                             "augmented"})
_NON_WORD = re.compile(r"[^a-z0-9]+")


def approach_word(word: str) -> bool:
    """Whether a modifier says how a task is done: a tail of :data:`_APPROACH_TAILS`, a means word ("Neural",
    "two-stage", :data:`_MEANS`) or a grade ("Efficient")."""
    low = word.lower()
    key = low.replace("-", "")
    return low.rsplit("-", 1)[-1] in _APPROACH_TAILS or key in MEANS_KEYS or key in GRADE_KEYS


def _past_approach(text: str, c: Candidate, title_end: int) -> Candidate | None:
    """A title's task phrase that the abstract never writes again, cut after its last modifier of approach
    (:func:`approach_word`) when two words or more are left: "In-Order Stroke-based Glyph Parsing", "Wet Nib Based
    Neural Rune Transcription" put the paper's method before the task, which is the words after it. A modifier the
    abstract writes with the word after it starts a name there ("Head-Driven Phrase Structure Grammar Parsing" beside
    "head-driven phrase structure grammar (HPSG)"). A modifier right before the head leaves the phrase whole (the
    graph holds it a guess: :func:`kg.graph.task_guesses.approach_task`). Leading qualifiers then go as in
    :func:`_trim_front`.

    >>> t = "Glyph-aware Stroke-based Script Parsing and Soft Ink Based Neural Inking\\n\\nWe parse glyph-aware scripts."
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.TASK, 70, "title-task")
    >>> [t[x.start:x.end] for x in (_past_approach(t, at("Glyph-aware Stroke-based Script Parsing"), 73),
    ...                             _past_approach(t, at("Soft Ink Based Neural Inking"), 73))]
    ['Script Parsing', 'Soft Ink Based Neural Inking']
    """
    words = list(WORD.finditer(text, c.start, c.end))
    approach = [approach_word(w.group(0)) for w in words[:-1]]
    if not any(approach):
        return _trim_front(text, c)
    said = said_words(text[title_end:])
    if written_in(said, text[c.start:c.end]):
        return _trim_front(text, c)  # the abstract names its task so
    first = 0
    for i, w in enumerate(words[:-1]):
        if approach[i]:
            first = i if written_in(said, text[w.start():words[i + 1].end()]) else i + 1
    if first == len(words) - 1:
        return _trim_front(text, c)  # only the head is left: a guess the graph decides on
    return _trim_front(text, c._replace(start=words[first].start(), canonical=None) if first else c)


def said_words(text: str) -> str:
    """``text`` reduced to its lower-case words one space apart, a space at each end (for :func:`written_in`)."""
    return " " + _NON_WORD.sub(" ", text.lower()) + " "


def written_in(said: str, phrase: str) -> bool:
    """Whether ``phrase`` is written in ``said`` (:func:`said_words`) as whole words, in any case, with a hyphen
    or a space between them."""
    return " " + _NON_WORD.sub(" ", phrase.lower()).strip() + " " in said


def _trim_front(text: str, c: Candidate) -> Candidate | None:
    """A task without its leading grading or means words (compared without hyphens, so a line-break glitch
    such as "endto-end" is still "end-to-end"); ``None`` when only a grade and one word were there."""
    words = list(WORD.finditer(text, c.start, c.end))
    first = 0
    graded = False
    if len(words) > 4 and " ".join(w.group(0).lower() for w in words[:3]) == "end to end":
        first = 3  # "End to End Video Clip Retrieval"
    while first < len(words) - 1:
        key = words[first].group(0).lower().replace("-", "")
        if key in GRADE_KEYS or _NEGATED_GRADE.fullmatch(key):
            graded = True
        elif key not in MEANS_KEYS:
            break
        first += 1
    if first == 0 or (words[first - 1].group(0).lower() in FIELD_WORDS and words[first].group(0).lower() in KIND_OR_FIELD):
        return c  # "Neural Network Transition-Based Parsing": "neural" belongs to "Neural Network"
    if len(words) - first >= 2:
        return c._replace(start=words[first].start(), canonical=None)
    # "Automatic detection", "Automatic Extraction": a means word and a bare process noun name no task either;
    # nor does a plural noun ("Deep Embeddings"): things a method makes, no task ("Robotics", "Analysis" stay)
    last = words[first].group(0).lower()
    return None if graded or _PROCESS_NOUN.fullmatch(last) or _BARE_PLURAL.fullmatch(last) else c
