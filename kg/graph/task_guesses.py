"""Where a Task mention is a guess: a phrase a rule took from its words that stands where no task of the paper stands.

:mod:`kg.graph.weak_evidence` reads each (issue 18). :func:`guessed_task` joins those a second paper must confirm: a
modifier of a noun (:func:`modifier_task`), a means (:func:`means_task`, :func:`title_means_task`), a wide head after an
adjective (:func:`broad_task`), **a title's described task** (:func:`described_task`: only describing words before
its task word, "Structured Layout-Aware Parsing", which the abstract never repeats) or a title's approach
(:func:`approach_task`), a phrase standing nowhere a task stands (:func:`unplaced_task`) or where a step or a means
does (:func:`step_task`), and what a loose cue introduces (:func:`loose_task`, no evidence in any number of papers).
A problem another is recast as (:func:`recast_task`) is no evidence in any number of papers either; a listed name of
something else (:func:`named_member`) is a guess. It also holds the Task lexicon's head and last words these rules
read (:func:`task_heads`, :func:`task_last_words`).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.extract.context.tasks import names_its_method
from kg.extract.task_bounds import approach_word, said_words, written_in
from kg.extract.task_roles import means_role, task_role
from kg.extract.words import AFTER_TASK_OK, FUNCTION_WORDS, TITLE_TASK_RULES, verbish
from kg.graph.namehood import describing_word, _repeated, _verb_words
from kg.link.means import means_clause
from kg.models import Mention
from kg.vocab import EntityType

#: Heads of a wide ability or area rather than of one problem ("reasoning", "understanding"), and the endings of an
#: adjective made from a noun or a verb ("contextual", "semantic", "cognitive", "ambiguous").
_BROAD_HEADS = frozenset({"understanding", "reasoning", "analysis", "learning", "classification"})
_ADJECTIVE_END = re.compile(r"[A-Za-z][a-z\-]*(?:al|ic|ive|ous)")


def broad_task(m: Mention) -> bool:
    """Whether a Task phrase a rule guessed from its head (not the lexicon, no alias) is one adjective of manner
    or domain before a wide head ("Contextual Classification", "Cognitive Understanding" in a title): the
    adjective says how or over what the ability works, no object names the problem (as "glyph" does in
    "glyph classification"); a title's capitals are typesetting. A guess that a second paper must confirm.

    >>> [broad_task(Mention(EntityType.TASK, w, 0, len(w), field="title", rule="title-task"))
    ...  for w in ("Contextual Classification", "Glyph Classification", "Cognitive Understanding Tasks")]
    [True, False, False]
    """
    words = m.text.split()
    if not _task_guess(m) or len(words) != 2:
        return False
    return words[1].lower() in _BROAD_HEADS and _ADJECTIVE_END.fullmatch(words[0]) is not None


#: A cue noun that names difficulties and fields as readily as research problems ("the problem of domain
#: shift", "problems such as camera motion", "applications such as augmented reality"), closing the text
#: before a Task mention: "problem(s) of", or "problems"/"applications" and a list up to the mention.
_LOOSE_CUE = re.compile(r"\b(?:problems?\s+of|(?:problems|applications)\s*,?\s+(?:such\s+as|like|including)"
                        r"[^.;:()]*)\s+(?:the\s+)?$", re.I)
#: The same list cue after "tasks", "domains", "areas", "fields" or "subjects" as well: before a field's name
#: (:data:`_FIELD_WORD`) any of them lists subjects ("tasks including algebra and computer science").
_LIST_CUE = re.compile(r"\b(?:problems|applications|tasks|domains|areas|fields|subjects)\s*,?\s+"
                       r"(?:such\s+as|like|including)[^.;:()]*\s+(?:the\s+)?$", re.I)
#: A last word that names a field of study, not a process: "-ics" ("mathematics", "robotics") or "science(s)".
_FIELD_WORD = re.compile(r"[a-z]{3,}ics|sciences?")


@lru_cache(maxsize=1)
def task_heads() -> frozenset[str]:
    from kg.extract.lexicon_data import entry_names  # noqa: PLC0415
    from kg.extract.head_phrases import task_head_words  # noqa: PLC0415

    return task_head_words(entry_names([EntityType.TASK]))


@lru_cache(maxsize=1)
def task_last_words() -> frozenset[str]:
    """The last words (lower case) of Task lexicon names of two words or more that a task's name can end in,
    though too few names end in them to make them heads (:func:`task_heads`): the last word of a curated entry's
    name ("code search", "program repair") or one that ends two or more Task names and is no ordinary English word
    (``common_english.txt``). A word one generated name ends in ("performance", "distance") or an everyday one two
    end in ("system", "science") ends a difficulty or a field as often as a task."""
    from kg.extract.lexicon_data import entry_names, load_lexicon  # noqa: PLC0415
    from kg.link.lexicon_rows import common_words  # noqa: PLC0415

    lasts = Counter(w[-1].lower() for w in map(str.split, entry_names([EntityType.TASK])) if len(w) > 1)
    common = common_words()
    shared = {w for w, n in lasts.items() if n >= 2 and w not in common}
    curated = (e.canonical.split() for e in load_lexicon([EntityType.TASK]) if e.source == "curated")
    return frozenset(shared | {w[-1].lower() for w in curated if len(w) > 1})


def loose_task(m: Mention, text: str) -> bool:
    """Whether a Task mention is only what a loose cue introduces ("the problem of X", "problems such as
    X", "applications such as X") and X does not end in a process (:func:`kg.extract.head_phrases.process_head`:
    a task head, a process-noun ending, or a word ending three Task lexicon names) nor in a word that ends any
    Task lexicon name of two words or more (:func:`task_last_words`: "sock search" as "code search" does, which
    process_head cannot judge; such a name is the guess a second paper confirms): a difficulty or a field
    ("exposure bias", "unpaired training data", "camera motion", "augmented reality"): no evidence of a Task
    in any number of papers (:mod:`kg.graph.weak_evidence`), a use of a node other papers keep. X ending in a field's
    word (:data:`_FIELD_WORD`) is one after "tasks such as" or "tasks including" too ("tasks including algebra
    and computer science").

    >>> t = "It eases the problem of unpaired training data and the problem of glyph extraction."
    >>> loose_task(Mention(EntityType.TASK, "unpaired training data", 24, 46, rule="task-context"), t)
    True
    >>> loose_task(Mention(EntityType.TASK, "glyph extraction", 66, 82, rule="task-context"), t)
    False
    """
    from kg.extract.head_phrases import process_head  # noqa: PLC0415

    if m.type is not EntityType.TASK or m.rule not in ("task-context", "list") or m.aliases:
        return False
    last = m.text.rsplit(None, 1)[-1]
    if _FIELD_WORD.fullmatch(last.lower()) and _LIST_CUE.search(text, max(0, m.start - 160), m.start):
        return True
    if process_head(last, task_heads()) or last.lower() in task_last_words():
        return False
    return _LOOSE_CUE.search(text, max(0, m.start - 160), m.start) is not None


#: A bare acronym in letters ("ATSC", "NERs"): a list of tasks may give a task by its acronym.
_LETTER_ACRONYM = re.compile(r"[A-Z]{2,}s?")
_NAME_PARTS = re.compile(r"[\s\-/]+")


def named_member(m: Mention) -> bool:
    """Whether a Task that a list of tasks or a task cue gave (rules ``list``, ``task-context``, no alias) is a name
    of something else: every word of it opens with a capital or a digit, none is a process word
    (:func:`kg.extract.head_phrases.process_head`) and it is no bare acronym in letters: a language or modality pair
    ("Frisian-Manx translation tasks (Frisian-Manx and ...)"), a data set ("tasks such as GlyphQA"), a label ("two
    problems: (Q1) ..."). The task is the process the list names them under. A guess a second paper must confirm,
    where the name links to a Task (linking may type it as the data set it is: "tasks such as GlyphQA and ...").

    >>> [named_member(Mention(EntityType.TASK, w, 0, len(w), rule="list"))
    ...  for w in ("Frisian-Manx", "GlyphQA", "Q1", "GQR", "Glyph Recognition", "glyph parsing")]
    [True, True, True, False, False, False]
    """
    from kg.extract.head_phrases import process_head  # noqa: PLC0415

    if m.type is not EntityType.TASK or m.rule not in ("list", "task-context") or m.aliases:
        return False
    words = [w for w in _NAME_PARTS.split(m.text) if w]
    if not words or _LETTER_ACRONYM.fullmatch(m.text) or any(not (w[0].isupper() or w[0].isdigit()) for w in words):
        return False
    return not any(process_head(w, task_heads()) for w in words)


_NEXT_WORD = re.compile(r" ([a-z][a-z\-]*)\b")
#: After a word in -s, what a verb takes and a plural noun does not: an object's determiner ("X constitutes an
#: important element", "X attracts less attention"), so the -s word is the phrase's verb, not a noun it modifies.
_OBJECT_AFTER = re.compile(r" (?:a|an|the|more|less|much|many|most|no|its|their|our|it|them|to|great|little)\b")


def modifier_task(m: Mention, text: str) -> bool:
    """Whether a Task phrase guessed from its task head word (rule ``head``) stands right before a noun it
    modifies ("a core trainable segmentation engine", "an unconditional progressive segmentation generation
    network", "inspiration for future few-shot detection works"): the head of the phrase is that noun, and
    the phrase no evidence of a task in this paper. The next word is a noun when it is none of the function
    words, verbs (words abstracts mostly use as verbs, their -s forms, -ed, -ing, -ly) and task nouns.

    >>> t = "This core trainable segmentation engine works. Brain tissue segmentation remains hard. Moss stage "\\
    ...     "classification constitutes an element. It gives moss stage counting heatmaps."
    >>> [modifier_task(Mention(EntityType.TASK, w, t.index(w), t.index(w) + len(w), rule="head"), t)
    ...  for w in ("core trainable segmentation", "Brain tissue segmentation", "Moss stage classification",
    ...            "moss stage counting")]
    [True, False, False, True]
    """
    if m.type is not EntityType.TASK or m.rule != "head" or m.aliases:
        return False
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None:
        return False
    w = nxt.group(1)
    if w.endswith("s") and _OBJECT_AFTER.match(text, nxt.end()):
        return False  # "Sleep stage classification constitutes an ...": its verb
    return w not in AFTER_TASK_OK and not verbish(w, _verb_words())


#: "formulate/cast/treat/view/regard/convert ... X as (a) Y", up to the Y phrase: Y is how X is solved.
#: Not :data:`kg.link.forms._CAST_BEFORE`, though alike: that one reads a lexicon Task used as a form (up to three
#: modifiers and "a set of" before it, within 90 characters, no "model ... as"); this one a guessed phrase that holds
#: its modifiers and has "problem"/"task" after it (:func:`recast_task`), so one word stands before it, and "we model
#: X as a Y problem" recasts too. One pattern for both would change which tasks are kept: a change to measure apart.
_RECAST_BEFORE = re.compile(r"\b(?:formulat|reformulat|cast|recast|model|treat|view|regard|transform|convert|reduc|"
                            r"fram|pos|turn)\w*\b[^.;]{0,80}?\b(?:as|into)\s+(?:(?:an?|the)\s+)?(?:[\w\-]+\s+)?$",
                            re.I)
_PROBLEM_AFTER = re.compile(r"\s+(?:problems?|tasks?)\b", re.I)


def recast_task(m: Mention, text: str) -> bool:
    """Whether a Task phrase guessed from its task word is the problem a paper recasts another as ("we formulate
    the depth regression as a bin index estimation problem", "casting temporal action detection as a sub-graph
    localization problem"): the formulation is how the paper solves its task, a means, not a research task, in
    any number of papers; a paper using the phrase otherwise keeps it ("sequence tagging").

    >>> t = "We formulate moss counting as a patch rank estimation problem. We study patch rank estimation."
    >>> [recast_task(Mention(EntityType.TASK, "patch rank estimation", i, i + 21, rule="head"), t)
    ...  for i in (t.index("patch"), t.rindex("patch"))]
    [True, False]
    """
    if m.type is not EntityType.TASK or m.rule not in ("head", "task-context", "list") or m.aliases:
        return False
    if _PROBLEM_AFTER.match(text, m.end) is None:
        return False
    return _RECAST_BEFORE.search(text, max(0, m.start - 120), m.start) is not None


_TASK_GUESS_RULES = TITLE_TASK_RULES | frozenset({"head", "task-context", "list", "titlecase", "grown"})


def _task_guess(m: Mention) -> bool:
    """Whether a mention is a Task a rule guessed from its words (not the lexicon), with no alias to name it."""
    return m.type is EntityType.TASK and m.rule in _TASK_GUESS_RULES and not m.aliases


def means_task(m: Mention, text: str) -> bool:
    """Whether a Task mention stands where a paper names its means, not its goal: the object of a verb of use
    or proposal ("we use Poisson Surface Reconstruction to transform ...", "we propose a novel
    Cycle-Consistent Adversarial Domain Adaptation model") or the subject of one in the passive ("dual path
    image translation and ... are proposed"); no preposition between the verb and it ("a method for X")
    and no task cue beside it ("the task of X", "X tasks"). A guess: a second paper must confirm the task.

    >>> t = "We use Poisson surface reconstruction to mesh it. We propose a model for shape completion."
    >>> [means_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), rule="head"), t)
    ...  for s in ("Poisson surface reconstruction", "shape completion")]
    [True, False]
    """
    if not _task_guess(m):
        return False
    return means_clause(text, m.start, m.end)


#: A word in lower case: between a title's colon and a phrase, it says the phrase is not the subtitle's first.
_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z]+\b")


def title_means_task(m: Mention, text: str) -> bool:
    """Whether a title's Task phrase guessed from its task word is what the title says the paper does for its
    task, not the task: the phrase before "for" and a task ("Glyph Lattice Reconstruction and Refinement for
    Seal Script Recognition", "Neural Crate Matching with Priors for Box Retrieval"), or the long form of the
    acronym before the title's colon (:func:`kg.extract.context.tasks.names_its_method`, the reading the title's
    own task rule makes), or the end of that long form when the rule cut its first words off (in a title set in
    capitals, "NMRE: NON-LINEAR MOSS RIBBONS ESTIMATION"; no function word between: "FOO: BAR FOR X" is no long
    form of X). A guess: a second paper must confirm the task.

    >>> t = "Glyph Lattice Reconstruction for Seal Script Recognition"
    >>> [title_means_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), field="title", rule="head"), t)
    ...  for s in ("Glyph Lattice Reconstruction", "Seal Script Recognition")]
    [True, False]
    >>> t = "SeRe: A Lattice Model for Seal Recognition"
    >>> title_means_task(Mention(EntityType.TASK, "Seal Recognition", 26, 42, field="title", rule="title-task"), t)
    False
    """
    if m.field != "title" or not _task_guess(m):
        return False
    colon = text.find(": ", 0, m.start)
    if colon >= 0 and _LOWER_WORD.search(text, colon + 2, m.start):
        colon = -1  # the acronym spells a phrase right after the colon only ("PeTra: A Model for People Tracking")
    if colon >= 0 and not any(w in FUNCTION_WORDS for w in text[colon + 2:m.start].lower().split()) \
            and names_its_method(text, colon, colon + 2, m.end):
        return True  # the long form's first words cut off the phrase ("NMRE: NON-LINEAR MOSS RIBBONS ESTIMATION")
    return names_its_method(text, colon, m.start, m.end)


def described_task(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a title's Task phrase guessed from its task word has only describing words before the task word (a
    grade, a setting in -ed, a describing compound: :func:`kg.graph.namehood.describing_word`) and the abstract
    never repeats it: "Structured Layout-Aware Parsing", "Fine-Grained Estimation", "Semi-Supervised Recognition"
    say how the work does its task, no object names the problem (as "receipt" does in "Receipt Parsing"). A guess
    that a second paper must confirm.

    >>> t = "A Lattice Model for Structured Layout-Aware Parsing and Receipt Parsing"
    >>> [described_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), field="title",
    ...                         rule="title-task"), t, "We parse forms.")
    ...  for s in ("Structured Layout-Aware Parsing", "Receipt Parsing")]
    [True, False]
    """
    words = m.text.split()
    if m.field != "title" or not _task_guess(m) or len(words) < 2 or _repeated(m.text, abstract):
        return False
    return all(describing_word(w) or w.lower().endswith("ed") for w in words[:-1])


def approach_task(m: Mention, abstract: str = "") -> bool:
    """Whether a title's Task phrase guessed from its task word has a modifier of approach right before that word
    (:func:`kg.extract.task_bounds.approach_word`: "Scroll-aware Margin-free Tracking", "Wet Nib Based Neural
    Transcription", "Probabilistic two-stage detection") and the abstract writes neither the phrase nor the modifier
    with the word: the phrase is the paper's way of doing a bare process, no task (a longer task after the
    modifier is cut out at extraction). A guess that a second paper must confirm.

    >>> t = "Spindle: Scroll-aware Margin-free Tracking"
    >>> m = Mention(EntityType.TASK, t[9:], 9, len(t), field="title", rule="title-task")
    >>> approach_task(m, "We track scrolls."), approach_task(m, "Margin-free tracking is fast.")
    (True, False)
    """
    words = m.text.split()
    if m.field != "title" or not _task_guess(m) or len(words) < 2 or not approach_word(words[-2]):
        return False
    return not written_in(said_words(abstract), " ".join(words[-2:]))  # (written whole, it writes these too)


def unplaced_task(m: Mention, text: str, mentions: tuple[Mention, ...] = ()) -> bool:
    """Whether a Task phrase guessed from its task head word (rule ``head``, in the abstract) stands nowhere a task
    stands: not at a sentence's start, no goal word before it in its clause ("for X", "address X", "improves X"),
    no task noun or verb after it ("X tasks", "X is ..."), not coordinated with another task
    (:func:`kg.extract.task_roles.task_role`). Such a phrase is a step of the paper's own model or a description ("predicting contours
    through instance center classification", "fed into per-pixel instance id classification", "rather than proposal
    region detection"): a guess that a second paper must confirm.

    >>> t = ("It predicts contours through moss center classification and offsets. We study moss stage counting. "
    ...      "Results on leaf vein segmentation, moss stage counting and moss lobe counting hold.")
    >>> [unplaced_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), rule="head"), t)
    ...  for s in ("moss center classification", "moss stage counting", "moss lobe counting")]
    [True, False, False]
    """
    if m.type is not EntityType.TASK or m.rule != "head" or m.aliases or m.field == "title":
        return False
    spans = [(o.start, o.end) for o in mentions if o is not m and o.type is EntityType.TASK and o.field == m.field]
    return not task_role(text, m.start, m.end, spans, task_heads())


def step_task(m: Mention, text: str) -> bool:
    """Whether a Task phrase guessed from its words, or a generated lexicon's Task name (no alias either way), stands
    where its sentence names a means or a step (:func:`kg.extract.task_roles.means_role`: "previous methods rely on
    nearest moss retrieval", "a framework with explicit moss structure recognition", "Spore Grading by Efficient
    Moss Counting"): how something is done there, or a cause, not the problem the paper works on or is scored on. A
    guess that a second paper must confirm (the lexicon lists techniques and measures among its tasks, too).

    >>> t = "Older systems rely on manual spore grading. We study leaf vein grading."
    >>> [step_task(Mention(EntityType.TASK, s, t.index(s), t.index(s) + len(s), rule=r), t)
    ...  for s, r in (("manual spore grading", "head"), ("leaf vein grading", "head"), ("manual spore grading", "lexicon"))]
    [True, False, False]
    """
    if not (_task_guess(m) or (m.type is EntityType.TASK and m.rule == "lexicon-gen" and not m.aliases)):
        return False
    return means_role(text, m.start, m.end, _verb_words(), title=m.field == "title")


def guessed_task(m: Mention, text: str, abstract: str, mentions: tuple[Mention, ...]) -> bool:
    """Whether a Task mention is a guess where it stands (:func:`loose_task`, :func:`modifier_task`,
    :func:`means_task`, :func:`title_means_task`, :func:`broad_task`, :func:`described_task`, :func:`approach_task`,
    :func:`unplaced_task`, :func:`step_task`)."""
    return loose_task(m, text) or modifier_task(m, text) or means_task(m, text) or title_means_task(m, text) \
        or broad_task(m) or described_task(m, text, abstract) or approach_task(m, abstract) \
        or unplaced_task(m, text, mentions) or step_task(m, text)
