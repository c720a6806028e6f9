"""Where a task phrase stands in a task's role: what is done, solved, addressed or evaluated on ("for X",
"address X", "X tasks", "X is ...", "such as X, Y and Z"), not a step the paper's model takes or a capability
it has ("we perform X on the features", "requires X over the context").

Read by the extractor for one-word tasks (:func:`bare_task_roles`; before it, :func:`task_word_modifiers` drops a
one-word lexicon Task that only modifies the noun after it: "a reasoning module") and by the graph for task phrases a
rule guessed from their head word (:func:`kg.graph.task_guesses.unplaced_task`).
"""
from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.head_phrases import process_head
from kg.extract.words import AFTER_TASK_OK, FUNCTION_WORDS, TASK_SCORE_NOUNS, verbish
from kg.vocab import EntityType as T

#: Before a Task phrase in its clause, what puts it in a task's role: a goal preposition or verb ("for X", "on X",
#: "address X", "the task of X", "improves X"), or a list's opener ("such as X", "e.g. X"), up to three words before,
#: no possessive among them ("cues for its correct classification", "essential for model's X localization": a property).
_ROLE_BEFORE = re.compile(r"\b(?:for|on|to|towards?|in|address(?:es|ed|ing)?|tackl(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)"
                          r"|solv(?:e|es|ed|ing)|focus(?:es|ed|ing)?\s+on|tasks?\s+of|problems?\s+of|such\s+as|including"
                          r"|e\.g\.,?|like|namely|i\.e\.,?|improv\w*|boost\w*|assist\w*|help\w*|facilitat\w*|enabl\w*"
                          r"|benefit\w*|advanc\w*|performance\s+of)\s+(?:(?!(?:its|their|his|her)\s|[\w\-]+'s\s)[\w\-/]+\s+){0,3}$",
                          re.I)
#: After it: a noun that calls it a task or scores it ("X tasks", "X benchmark", "X accuracy", "X systems"), or a verb
#: it is the subject of ("X is ...", "X remains ...").
_ROLE_AFTER = re.compile(r"(?:\s*\([^)]*\))?(?:(?:\s+[\w\-]+){0,2}?\s+(?:tasks?|problems?|benchmarks?|challenges?"
                         r"|datasets?|accuracy|performance|results?|scores?|systems?|methods?|models?|approach(?:es)?"
                         r"|techniques?|algorithms?|networks?)|\s+(?:is|are|has|have|remains?|aims?|refers?|plays?|was"
                         r"|were))\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:]\s|,\s")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+)$")
#: A short note in brackets after a task, its acronym or a citation ("named entity recognition (NER) and chunking").
_NOTE = r"(?:\s*[(\[][^()\[\]]{1,20}[)\]])?"
_COORD = re.compile(_NOTE + r"\s*(?:,|;|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|/|\u2194)\s*")
_COORD_NEXT = re.compile(_NOTE + r"\s*(?:,|;|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|/|\u2194)\s*((?:[\w\-]+\s+){0,3}[\w\-]+)")
_COORD_PREV = re.compile(r"([\w\-]+)" + _NOTE + r"\s*(?:,|;|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|/|\u2194)\s*(?:the\s+)?$")


def coordinated(text: str, start: int, end: int, spans: list[tuple[int, int]], heads: frozenset[str]) -> bool:
    """Whether the phrase at ``start:end`` is coordinated with another task: another Task phrase (``spans``, of
    the same text), or a phrase ending in a process word (:func:`kg.extract.head_phrases.process_head` with ``heads``),
    right before or after it across a comma, "and", "or", "as well as" or a slash, past a short note in brackets
    ("lung segmentation, cell contour segmentation and ...", "premise selection and X", "named entity
    recognition (NER) and X", "rotation prediction [46], X [47]").

    >>> t = "We test on glyph recognition (GR) and chunking."
    >>> coordinated(t, t.index("chunking"), len(t) - 1, [], frozenset())
    True
    """
    for s, e in spans:
        if (e <= start and _COORD.fullmatch(text, e, start)) or (s >= end and _COORD.fullmatch(text, end, s)):
            return True
    prev = _COORD_PREV.search(text, max(0, start - 60), start)
    if prev is not None and process_head(prev.group(1), heads):
        return True
    nxt = _COORD_NEXT.match(text, end)
    for w in nxt.group(1).split() if nxt else ():
        if w.lower() in FUNCTION_WORDS:
            break
        if process_head(w, heads):
            return True
    return False


def task_role(text: str, start: int, end: int, spans: list[tuple[int, int]], heads: frozenset[str]) -> bool:
    """Whether the phrase at ``start:end`` stands where a task stands: at a sentence's start, after a goal word in
    its clause ("for X", "address X", "improves X"), before a task noun or a verb it is the subject of ("X tasks",
    "X is ..."), or coordinated with another task (:func:`coordinated`).

    >>> t = "It predicts contours through moss center classification. We study moss stage counting."
    >>> [task_role(t, t.index(s), t.index(s) + len(s), [], frozenset())
    ...  for s in ("moss center classification", "moss stage counting")]
    [False, True]
    """
    if _SENTENCE_OPEN.search(text, max(0, start - 3), start):
        return True
    clause = _CLAUSE_BREAK.split(text[max(0, start - 80):start])[-1]
    if _ROLE_BEFORE.search(clause) or _ROLE_AFTER.match(text, end):
        return True
    return coordinated(text, start, end, spans, heads)


#: A word of means before a phrase: what the phrase names there is how something is done ("rely on X", "based on X",
#: "dependent on X", "via X", "through X", "by X", "with X", "due to X") or a quantity optimised ("maximize X"), not a
#: problem worked on; not "deal with X", "cope with X" (a problem), nor "compared with X", "along with X", "together
#: with X".
_MEANS_CUE = re.compile(r"(?<!\bdeal )(?<!\bdeals )(?<!\bdealing )(?<!\bcope )(?<!\bcoping )(?<!\bcompared )(?<!\balong )"
                        r"(?<!\btogether )\b(?:via|through|using|by|with|rel(?:y|ies|ied|ying)\s+on|based\s+on"
                        r"|depend\w*\s+(?:up)?on|due\s+to|thanks\s+to|owing\s+to|(?:maxim|minim)i[sz](?:e|es|ed|ing))\s+", re.I)
#: What ends the stretch of text a means word reaches: a sentence's or clause's mark, a bracket.
_MEANS_STOP = re.compile(r"[.;:!?]\s|[()\[\]]")
#: Between the members of a list: "A, B, or X", "A and X".
_MEMBER_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: Words a list member after a means word may open with, and the list openers that make what follows tasks.
_ARTICLES = frozenset({"a", "an", "the"})
_LIST_OPENERS = frozenset({"including", "such", "like", "e.g.", "i.e.", "namely"})


def _means_members(between: str, verbs: frozenset[str]) -> bool:
    """Whether the words between a means word and a phrase are modifiers of the phrase or earlier members of a list
    with it ("explicit", "an efficient", "A, B, or"): at most three members of at most three words, no function word
    or list opener, no verb (a gerund only right after the means word: "by combining X")."""
    parts = _MEMBER_SEP.split(between)
    if len(parts) > 1 and not parts[-1].strip():
        parts = parts[:-1]
    if len(parts) > 4:
        return False
    for i, part in enumerate(parts):
        words = part.split()
        if len(words) > 3:
            return False
        for j, w in enumerate(x.lower() for x in words):
            if (j == 0 and w in _ARTICLES) or (i == 0 and j == 0 and w.endswith("ing")):
                continue
            if w in FUNCTION_WORDS or w in _LIST_OPENERS or (verbish(w, verbs) and not (j and w.endswith("ing"))):
                return False
    return True


def means_role(text: str, start: int, end: int, verbs: frozenset[str] = frozenset(), title: bool = False) -> bool:
    """Whether the phrase at ``start:end`` stands where its sentence names a means or a step: after a word of means in
    its clause (:data:`_MEANS_CUE`: "previous methods rely on X", "a framework with explicit X", "missed due to
    incorrect X"), past its modifiers or the list it ends ("based on A and X"), and no task noun or verb after it ("X
    tasks", "X is ..."). A sentence's "With X, ..." in running text gives what the paper brings, no means.
    ``verbs``: words abstracts mostly use as verbs (:func:`kg.extract.words.verbish`); ``title``: a title's capitals.

    >>> t = "Older systems rely on manual spore grading. We study moss grading. It works via A and moss sorting tasks."
    >>> [means_role(t, t.index(s), t.index(s) + len(s)) for s in ("manual spore grading", "moss grading", "moss sorting")]
    [True, False, False]
    >>> t = "Moss Grading by Efficient Spore Counting and Leaf Tagging"
    >>> [means_role(t, t.index(s), t.index(s) + len(s), title=True) for s in ("Spore Counting", "Leaf Tagging")]
    [True, True]
    """
    before = text[max(0, start - 100):start]
    cut = max((x.end() for x in _MEANS_STOP.finditer(before)), default=0)
    cue = None
    for cue in _MEANS_CUE.finditer(before, cut):
        pass
    if cue is None or (not title and cue.group(0)[0] == "W") or _ROLE_AFTER.match(text, end):
        return False
    return _means_members(before[cue.end():], verbs)


#: After a task word in -ing, a preposition that takes the verb's object ("reasoning over the context", "reasoning
#: about events", "clustering across views"): the word is a gerund saying what a model does, not the task's name.
_GERUND_OBJECT = re.compile(r"\s+(?:over|about|across)\s")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def bare_task_roles(text: str, cands: list[Candidate], title_end: int) -> list[Candidate]:
    """Drop a one-word lexicon Task of the abstract ("reasoning", "clustering", "denoising") that stands nowhere a
    task stands (:func:`task_role`), or that is a gerund with its object ("requires reasoning over tables"): a
    bare process word is what a model does or can do ("we perform clustering on the features", "integrating
    clustering with X", "the types of reasoning required") unless the text makes it the problem ("X tasks", "for X",
    "such as X and Y"). A phrase keeps its words' evidence (the phrase rules' guesses are judged in the graph),
    an acronym names its task in any use, and a capital inside a sentence may open a name ("our Denoising
    Student"). A title's word goes inside a longer Title Case phrase (:func:`_in_title_run`).

    >>> t = "We perform clustering on the features. Experiments on clustering tasks and reasoning over maps."
    >>> cs = [Candidate(m.start(), m.end(), T.TASK, 60, "lexicon") for m in re.finditer("clustering|reasoning", t)]
    >>> [t[c.start:c.end + 6] for c in bare_task_roles(t, cs, 0)]
    ['clustering tasks']
    >>> t = "Our Clustering Agent helps."
    >>> len(bare_task_roles(t, [Candidate(4, 14, T.TASK, 60, "lexicon")], 0))
    1
    """
    spans = [(c.start, c.end) for c in cands if c.type is T.TASK]
    out = []
    for c in cands:
        word = text[c.start:c.end]
        if c.type is T.TASK and c.rule in ("lexicon", "lexicon-gen") and word.isalpha() and (
                _in_title_run(text, c) if c.start < title_end
                else _plain(text, c.start, word) and not _bare_role(text, c, spans)):
            continue
        out.append(c)
    return out


#: A capitalised word right before or right after a title's word ("Spatiotemporal Reasoning", "Reasoning Chains").
#: Spaces only: a line break ends the title.
_CAP_BEFORE = re.compile(r"([A-Z][\w\-]*) +$")
_CAP_AFTER = re.compile(r" +([A-Z][\w\-]*)")


def _in_title_run(text: str, c: Candidate) -> bool:
    """Whether a title's one-word task, written with one capital, is a word inside a longer Title Case phrase: a
    capitalised word before it that is no function word and no verb in -ing ("Self-Critical Reasoning for VQA",
    "Semantic Clustering", not "Applying Reasoning"), or one after it that is neither and no noun calling it a
    task ("Reasoning Chains", "Navigation Agents", not "Reasoning Tasks"): a technique's name or a narrower task,
    not the bare task.

    >>> t = "Glyph Reasoning for Maps: Clustering Chains and Reasoning Tasks"
    >>> [_in_title_run(t, Candidate(m.start(), m.end(), T.TASK, 60, "lexicon"))
    ...  for m in re.finditer("Reasoning|Clustering", t)]
    [True, True, False]
    """
    word = text[c.start:c.end]
    if not word[1:].islower() or word.islower():
        return False
    before = _CAP_BEFORE.search(text, max(0, c.start - 40), c.start)
    if before is not None and before.group(1).lower() not in AFTER_TASK_OK and not before.group(1).endswith("ing"):
        return True
    after = _CAP_AFTER.match(text, c.end)
    return after is not None and after.group(1).lower() not in AFTER_TASK_OK \
        and after.group(1).lower() not in TASK_SCORE_NOUNS


#: A word of means and a combination up to a member of it, past the members before it of up to three words ("trained
#: using a combination of X and Y", "via a mix of A, B and X", "a combination of stroke swapping and X", "by combining
#: A with X"): what is combined to do something is the means, techniques, not problems. "with" is a word of means
#: only after a participle no subject pronoun opens ("trained with a mix of"; not "we experiment/deal with a mix of":
#: a combination one works on).
_COMBINED_MEANS = re.compile(r"(?:\b(?:using|via|through|by)|(?<!\bwe )(?<!\bthey )\b[a-z]+(?:ed|ne|ght|lt)\s+with)"
                             r"\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?"
                             r"(?:(?:combination|mix|mixture|blend)\s+of|combining)\s+(?:the\s+)?"
                             r"(?:[\w\-]+(?:\s+[\w\-]+){0,2}(?:\s*,\s*(?:and\s+)?|\s+(?:and|with)\s+)){0,4}$", re.I)


def combined_means(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a member of a combination a word of means introduces (:data:`_COMBINED_MEANS`):
    "trained on raw text alone using a combination of denoising and glyph swapping" combines two training devices.

    >>> t = "It is trained using a combination of denoising and swapping. We study a combination of denoising and OCR."
    >>> combined_means(t, t.index("denoising")), combined_means(t, t.index("swapping")), combined_means(t, t.rindex("denoising"))
    (True, True, False)
    """
    return _COMBINED_MEANS.search(text, max(0, start - 80), start) is not None


def _bare_role(text: str, c: Candidate, spans: list[tuple[int, int]]) -> bool:
    """Whether a one-word task stands in a task's role (:func:`task_role`, a sentence's first word, or a noun after
    it that scores or solves it: "clustering metrics", "a recommendation framework") and is no gerund with its
    object ("reasoning over the context") nor a member of a combination of means (:func:`combined_means`)."""
    if text[c.start:c.end].endswith("ing") and _GERUND_OBJECT.match(text, c.end):
        return False
    if combined_means(text, c.start):
        return False
    nxt = _NEXT_WORD.match(text, c.end)
    return _opens(text, c.start) or (nxt is not None and nxt.group(1).lower() in TASK_SCORE_NOUNS) \
        or task_role(text, c.start, c.end, [s for s in spans if s != (c.start, c.end)], frozenset())


def _plain(text: str, start: int, word: str) -> bool:
    """Whether a word is written as a plain word: in lower case, or with a capital only at a sentence's start (a
    capital inside a sentence opens a name a later rule may grow: "our Denoising Student", "Reasoning Units")."""
    return word.islower() or (word[1:].islower() and _opens(text, start))


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a line (the abstract's first word follows the title's line break)."""
    return _SENTENCE_OPEN.search(text, max(0, start - 3), start) is not None or text[start - 1:start] == "\n"


#: A cue before it that names it the task ("the task of denoising noisy scans"): its object follows, no noun it modifies.
_TASK_OF_BEFORE = re.compile(r"\b(?:tasks?|problems?)\s+of\s+$", re.I)
_NEXT_LOWER_WORD = re.compile(r" ([a-z][a-z\-]*)\b")


def task_word_modifiers(text: str, cands: list[Candidate], verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Drop a one-word lexicon Task that only modifies the noun after it ("a reasoning module", "its
    planning horizon") or closes a hyphenated compound ("physical-reasoning"):
    the noun is a part or a property of a system, the compound a narrower task, neither the bare task. Function
    words, verbs (:func:`kg.extract.words.verbish`), task nouns and the nouns that score or solve a task
    ("reasoning tasks", "reasoning benchmarks", "clustering methods", "reasoning is ...") leave it a task; an
    acronym ("a QA model", "ReID pairs") names its task in any use.

    >>> t = "A planning module helps. Planning is hard; we test on planning benchmarks and sub-planning."
    >>> cs = [Candidate(m.start(), m.end(), T.TASK, 60, "lexicon") for m in re.finditer("(?i)planning", t)]
    >>> [t[c.start:c.end + 4] for c in task_word_modifiers(t, cs)]
    ['Planning is ', 'planning ben']
    """

    out = []
    for c in cands:
        word = text[c.start:c.end]
        if c.type is not T.TASK or c.rule not in ("lexicon", "lexicon-gen") or not word.isalpha() \
                or not word[1:].islower():  # an acronym ("a QA model") names its task in any use
            out.append(c)
            continue
        if c.start > 1 and text[c.start - 1] == "-" and text[c.start - 2].isalpha():
            continue  # "physical-reasoning"
        nxt = _NEXT_LOWER_WORD.match(text, c.end)  # a capital next opens a name ("Reasoning Units", "MRU")
        w = nxt.group(1) if nxt else ""
        if w and w not in AFTER_TASK_OK and w not in TASK_SCORE_NOUNS and not verbish(w, verbs) \
                and not _TASK_OF_BEFORE.search(text, max(0, c.start - 20), c.start):
            continue
        out.append(c)
    return out
