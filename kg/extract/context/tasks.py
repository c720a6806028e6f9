"""Tasks named by position: "... for Sequence Labeling" in a title, "the task of relation extraction"
(:func:`task_context`), and a title's task noun phrase (:func:`title_task_np`)."""
from __future__ import annotations

import re

from kg.extract import candidates
from kg.extract.candidates import Candidate
from kg.extract.context.areas import umbrella_area
from kg.extract.ordinary_words import adjective_shape
from kg.extract.words import (BAD_MODIFIERS, ED_OK, ING_OK, METHOD_HEADS, NON_MODIFIERS, PRAISE, TASK_HEADS,
                              TASK_NOUN_ENDS, TITLE_NP_NOT_FIRST, TITLE_NP_STOP, TITLE_ONLY_TASK_HEADS,
                              TITLE_TASK_HEADS)
from kg.vocab import EntityType as T

Span = tuple[int, int]
#: First words of Method lexicon names -> the last words of the names each opens
#: (:func:`kg.extract.head_phrases.method_openers`).
Openers = dict[str, frozenset[str]]

# --- tasks named by position -------------------------------------------------------------------------------

#: Runs of words one space apart, and with only spaces between (as one match: faster than word by word)
_WORD_RUN = re.compile(r"[A-Za-z0-9][\w\-+'/]*(?: [A-Za-z0-9][\w\-+'/]*)*")
#: A title's "for X" / "towards X", the preposition in lower case or, in a title set in capitals, in capitals.
_TITLE_FOR = re.compile(r"\b(?:for|towards?|FOR|TOWARDS?)\s+((?:[A-Za-z][\w\-]*\s+){0,5}[A-Za-z][\w\-]*)")
_TASK_OF = re.compile(r"\s+of\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)")
_TASK_STOP = {"a", "an", "the", "this", "these", "those", "our", "their", "its", "such", "many", "several", "various",
              "different", "downstream", "multiple", "other", "new", "novel", "challenging", "important", "both",
              "all", "each", "two", "three", "same", "specific", "complex", "diverse", "related", "target", "main",
              "general", "most", "more", "some", "any", "which", "that", "of", "and", "or", "in", "on", "to", "for"}
_TITLE_CUT = {"with", "via", "using", "in", "on", "from", "by", "through", "under", "and", "of"}


def task_context(text: str, title_end: int, task_nouns: list[Span], verbs: frozenset[str] = frozenset(),
                 modifiers: frozenset[str] = frozenset(), openers: Openers | None = None,
                 tails: frozenset[str] = frozenset()) -> list[Candidate]:
    """Tasks a paper names by position: "... for Sequence Labeling" in the title, "the task of X".
    ("X tasks" was tried and dropped: on the dev set it found more vague phrases than tasks.) A verb of
    X's sentence ends X ("the problem of X aims to", ``verbs``: words abstracts mostly use as verbs). A
    title's task loses the leading words that say how it is done (:func:`approach_words`, ``modifiers``: the
    words that modify Task lexicon names, :func:`task_modifier_words`; ``openers``: the first words of Method
    lexicon names, :func:`kg.extract.head_phrases.method_openers`). A title's phrase that names an area of work, no
    problem, is none (:func:`kg.extract.context.areas.umbrella_area`; ``tails``: the endings of Task lexicon names).

    >>> t = "Tiny Models for Sequence Labeling\\n\\nWe study the problem of relation extraction."
    >>> [t[c.start:c.end] for c in task_context(t, 33, [(48, 55)])]
    ['Sequence Labeling', 'relation extraction']
    """
    out = _title_for_tasks(text, title_end, modifiers, openers, tails)
    c = title_task_np(text, title_end, verbs, modifiers, openers, tails)
    if c is not None:
        out.append(c)
    stop = _TASK_OF_STOP
    for _, noun_end in task_nouns:
        m = _TASK_OF.match(text, noun_end)
        if not m:
            continue
        words = m.group(1).split()
        while words and words[0].lower() in stop:
            words = words[1:]
        cut = next((i for i, w in enumerate(words) if w.lower() in _TASK_STOP), len(words))
        words = words[:cut]
        words = _verb_cut(words, text, m.start(1), verbs)
        if not words or words[-1].lower() in stop or len(" ".join(words)) < 5:
            continue
        if any(w.lower() in NON_MODIFIERS for w in words) or not _task_phrase(words):
            continue
        name = " ".join(words)
        start = text.find(name, m.start(1), m.end(1))
        if start >= 0:
            out.append(Candidate(start, start + len(name), T.TASK, candidates.PRI_HEAD + 5, "task-context"))
    return out


def _title_for_tasks(text: str, title_end: int, modifiers: frozenset[str],
                     openers: Openers | None = None, tails: frozenset[str] = frozenset()) -> list[Candidate]:
    """The tasks after a title's "for" or "towards" ("Tiny Models for Sequence Labeling"), in a title set in
    capitals too ("TINY MODELS FOR SEQUENCE LABELING"); a phrase with a word a line break split is none.

    >>> t = "TINY MODELS FOR SEQUENCE LABELING\\n\\nWe tag."
    >>> [t[c.start:c.end] for c in _title_for_tasks(t, 33, frozenset())]
    ['SEQUENCE LABELING']
    >>> t = "TINY MODELS FOR SEQUENCE LA- BELING\\n\\nWe tag."
    >>> _title_for_tasks(t, 35, frozenset())
    []
    """
    out: list[Candidate] = []
    title = text[:title_end] if title_end > 0 else ""
    if not ("for" in title or "toward" in title or "FOR" in title or "TOWARD" in title):
        return out  # words the regex needs: a cheap test first
    for m in _TITLE_FOR.finditer(title):
        words = m.group(1).split()
        for i in range(1, len(words)):
            if words[i].lower() in _TITLE_CUT:
                del words[i:]
                break
        if any(w.endswith("-") for w in words):
            continue  # a word a line break split ("FOR TRANS- FER LEARNING") or a suspended hyphen ("Pre- and
            # Post-Training"): no whole phrase to name
        while words and words[0].lower() in _TASK_STOP:
            words = words[1:]
        words = _gerund_object(words)
        if len(words) < 2 or not _title_task_head(words[-1].lower(), TITLE_TASK_HEADS):
            continue
        if all(w.lower() in _PRAISE for w in words[:-1]) and words[-1].lower() in METHOD_HEADS:
            continue  # "for Efficient Inference", "for Robust Training": a goal for a process, no task
        words = words[approach_words(words, modifiers, _in_abstract(" ".join(words), text, title_end), openers):]
        if len(words) < 2 or umbrella_area(words, tails, modifiers):
            continue  # "for Video Modeling": an area of work, no task
        name = " ".join(words)
        start = title.find(name, m.start(1))
        if start >= 0:
            out.append(Candidate(start, start + len(name), T.TASK, candidates.PRI_CONTEXT, "title-task"))
    return out


def _verb_cut(words: list[str], text: str, at: int, verbs: frozenset[str]) -> list[str]:
    """``words`` (found in ``text`` from ``at``, the words after "of") without a last word that is the third
    person of a verb before "to" ("the problem of tracking aims to ..."); the word after them is read in the
    text, so stripped leading words or the end of the capture do not shift it.

    >>> t = "The problem of the visual tracking aims to find objects."
    >>> _verb_cut(["visual", "tracking", "aims"], t, t.index("the visual"), frozenset({"aim"}))
    ['visual', 'tracking']
    """
    last = words[-1].lower() if words else ""
    if len(words) < 2 or not (last.endswith("s") and last[:-1] in verbs):
        return words
    name = " ".join(words)
    start = text.find(name, at)
    if start >= 0 and _TO_AFTER.match(text, start + len(name)):
        return words[:-1]
    return words


#: "to" right after a phrase: its last word is then a verb ("tracking aims to")
_TO_AFTER = re.compile(r"\s+to\b")


_CLAUSE_WORDS = frozenset({"whether", "including", "if", "how", "what", "why", "when", "where", "who", "whom",
                           "very", "so", "too", "quite", "rather", "even", "though", "although"})
_ADJECTIVE_END = ("al", "ar", "ous", "ive", "ic", "ible", "able")


def _task_phrase(words: list[str]) -> bool:
    """Whether words after "the task of" are a noun phrase, not a clause or fragment ("assessing whether",
    "estimating", "automatically learning"): no clause word or adverb, and a gerund only as a task head.

    >>> _task_phrase(["relation", "extraction"]), _task_phrase(["assessing", "whether"]), _task_phrase(["estimating"])
    (True, False, False)
    """
    low = [w.lower() for w in words]
    if any(w in _CLAUSE_WORDS or (w.endswith("ly") and w not in ("early", "family")) for w in low):
        return False
    last = low[-1]
    if len(low) == 1 and not (last in TITLE_TASK_HEADS or last.endswith(TASK_NOUN_ENDS)):
        return False  # "monocular", "interest": one word must be a task head ("parsing", "segmentation")
    if last.endswith(_ADJECTIVE_END) and last not in TITLE_TASK_HEADS:
        return False  # "embed spatial": an adjective ends no task
    return not (last.endswith("ing") and last not in ING_OK and last not in TITLE_TASK_HEADS)


def task_modifier_words(names) -> frozenset[str]:
    """The words that modify a head in ``names`` (Task lexicon names): all but the last word, in lower case,
    also without hyphens ("spatio-temporal" gives "spatiotemporal"), and a hyphenated pair as one word
    ("weakly supervised segmentation" gives "weakly-supervised").

    >>> sorted(task_modifier_words(["Visual Grounding", "weakly supervised segmentation", "parsing"]))
    ['supervised', 'visual', 'weakly', 'weakly-supervised', 'weaklysupervised']
    """
    out = set()
    for name in names:
        words = name.lower().split()[:-1]
        for i, w in enumerate(words):
            out.update((w, w.replace("-", "")))
            if i + 1 < len(words):
                out.update((w + "-" + words[i + 1], w + words[i + 1]))
    return frozenset(out)


def approach_words(words: list[str], modifiers: frozenset[str], named: bool = False,
                   openers: Openers | None = None) -> int:
    """How many leading ``words`` of a title's task phrase say how the task is done, not which task: a
    grade ("Robust", "Efficient"), or a stop modifier or an adjective that modifies no Task lexicon name
    (``modifiers``, :func:`task_modifier_words`: "Large", "Neural", "Discriminative", "Iterative",
    "Edit-Based"). Words of a domain modify task names ("Visual", "Medical", "Single", "Narrative") and
    stay. The head always stays, and an adjective goes only when two words remain: "Narrative Modeling"
    may be a noun's compound; the caller drops a phrase left with one word. A phrase the abstract repeats
    whole (``named``) keeps its adjectives: the paper calls its task so ("psychological stress detection").
    A word that opens Method lexicon names one of which ends on the phrase's last word stays (``openers``,
    :func:`kg.extract.head_phrases.method_openers`): "Contrastive Moss Representation Learning" reads as a technique of
    the family of contrastive learning, which other rules weigh, as :func:`kg.extract.task_bounds.method_led_tasks`
    leaves it.

    >>> mods = frozenset({"visual", "sentence", "facial", "robust"})
    >>> w = "Discriminative Neural Sentence Modeling".split()
    >>> w[approach_words(w, mods):], approach_words("Visual Reference Resolution".split(), mods)
    (['Sentence', 'Modeling'], 0)
    >>> w = "Robust Facial Landmark Localisation".split(); w[approach_words(w, mods):]
    ['Facial', 'Landmark', 'Localisation']
    >>> approach_words("Narrative Modeling".split(), mods), approach_words("Direction-of-Arrival Estimation".split(), mods)
    (0, 0)
    >>> w = "Contrastive Moss Representation Learning".split()
    >>> approach_words(w, mods), approach_words(w, mods, openers={"contrastive": frozenset({"learning", "loss"})})
    (1, 0)
    """
    i = 0
    while i < len(words) - 1:
        low = words[i].lower()
        if low in _PRAISE:
            i += 1
        elif _opens_its_family(low, words[-1], openers):
            break
        elif modifiers and low not in modifiers and low.replace("-", "") not in modifiers and (
                low in BAD_MODIFIERS or (not named and i < len(words) - 2 and _adjective(low))):
            i += 1
        else:
            break
    return i


def _opens_its_family(word: str, last: str, openers: Openers | None) -> bool:
    """Whether lower-case ``word`` opens Method names (``openers``) one of which ends on ``last`` (a plural "s"
    aside)."""
    heads = openers.get(word) if openers else None
    return heads is not None and last.lower().removesuffix("s") in {h.removesuffix("s") for h in heads}


def _in_abstract(phrase: str, text: str, title_end: int) -> bool:
    """Whether ``phrase`` (of the title) is written again, as whole words in any case, after the title."""
    return title_end > 0 and re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text[title_end:], re.I) is not None


def _adjective(word: str) -> bool:
    """Whether a lower-case word has an adjective's shape (:func:`kg.extract.ordinary_words.adjective_shape`:
    "discriminative", "edit-based"), not a participle of a supervision kind ("unsupervised") nor a compound of
    function words ("direction-of-arrival")."""
    parts = word.split("-")
    return adjective_shape(word) and word not in ED_OK and \
        not any(p in _TASK_STOP for p in parts[1:])


_GERUND_LEAD = re.compile(r"(?:Scaling|Improving|Accelerating|Boosting|Enhancing|Advancing|Rethinking|Revisiting|"
                          r"Towards?|Benchmarking|Evaluating|Understanding|Democratizing|Simplifying)\s+")


_PRAISE = PRAISE | {"robust", "adaptive", "interpretable", "explainable"}
#: A plural noun that is no Latin/Greek singular ("Embeddings", "Features", not "Analysis", "Synthesis").
_PLURAL = re.compile(r"[a-z\-]*[a-z](?<![sui])s")


def _gerund_object(words: list[str]) -> list[str]:
    """The words after a title's "for" without a leading verb in -ing: a gerund of improvement is dropped
    ("for Boosting Few-Shot Segmentation" -> "Few-Shot Segmentation"); a gerund whose object is a plural noun
    names making things, no task ("for Learning Hierarchical Embeddings" -> none). A gerund that modifies a
    process ("Clustering Analysis", "Embedding Learning") stays.

    >>> _gerund_object("Boosting Few-Shot Segmentation".split()), _gerund_object("Learning Node Embeddings".split())
    (['Few-Shot', 'Segmentation'], [])
    >>> _gerund_object("Embedding Learning".split())
    ['Embedding', 'Learning']
    """
    if len(words) < 2 or not words[0].lower().endswith("ing"):
        return words
    if _GERUND_LEAD.fullmatch(words[0] + " "):
        return words[1:]
    return [] if _PLURAL.fullmatch(words[-1].lower()) else words


#: Title task heads that end no task in a title: what a method learns or what is done to a model ("Node
#: Embeddings", "Model Training"), though they head a task phrase elsewhere.
_LEARNED_HEADS = frozenset({"embedding", "embeddings", "training"})


def _title_task_head(word: str, heads: frozenset[str] | set[str]) -> bool:
    """Whether a lower-case word ends a title's task phrase: one of ``heads`` and not what is learned
    (:data:`_LEARNED_HEADS`). Both the title's first noun phrase and the phrase after its "for" test it.

    >>> _title_task_head("segmentation", TITLE_TASK_HEADS), _title_task_head("embeddings", TITLE_TASK_HEADS)
    (True, False)
    """
    return word in heads and word not in _LEARNED_HEADS


#: Set unions the rules test against, built once (each is a few hundred words).
_TASK_OF_STOP = frozenset(_TASK_STOP | BAD_MODIFIERS)
_TITLE_NP_DROP = frozenset(BAD_MODIFIERS | _PRAISE)


def title_task_np(text: str, title_end: int, verbs: frozenset[str] = frozenset(),
                  modifiers: frozenset[str] = frozenset(), openers: Openers | None = None,
                  tails: frozenset[str] = frozenset()) -> Candidate | None:
    """The task a title names as its first noun phrase: the subtitle's ("AutoInt: Automatic Feature
    Interaction Learning via ..."), the object of a leading gerund ("Scaling Large Language Model Training
    on ..."), or the whole title's ("Multi-turn Response Selection with ..."); it must end in a task head.
    A verb ends the phrase ("Scale Equivariance Improves Siamese Tracking" is a claim, ``verbs``: words
    abstracts mostly use as verbs); words of approach before the task go (:func:`approach_words`). A phrase that
    names an area of work is none (:func:`kg.extract.context.areas.umbrella_area`, ``tails``).

    >>> t = "FooNet: Unsupervised Sentence-Pair Modelling through Distillation"
    >>> c = title_task_np(t, len(t)); t[c.start:c.end]
    'Unsupervised Sentence-Pair Modelling'
    """
    title = text[:title_end] if title_end > 0 else ""
    if not title or "?" in title:
        return None
    colon = title.find(": ")
    start = colon + 2 if colon >= 0 else 0
    heads = TITLE_TASK_HEADS if colon >= 0 else TITLE_ONLY_TASK_HEADS
    g = _GERUND_LEAD.match(title, start)
    if g:
        start, heads = g.end(), TITLE_TASK_HEADS
    # the noun phrase: the first word and those after it one space apart, up to a preposition or "and"/"or"
    run = _WORD_RUN.search(title, start)
    if run is None:
        return None
    words = run.group(0).split(" ")
    np = []  # their lower case
    for w in words:
        w = w.lower()
        if w.endswith("s") and w[:-1] in verbs:
            return None  # a claim ("Scale Equivariance Improves Siamese Tracking"), no noun phrase
        if w in TITLE_NP_STOP or w in ("and", "or"):
            break
        np.append(w)
    first = 0
    while first < len(np) and np[first] in _TITLE_NP_DROP:
        first += 1
    if not (2 <= len(np) - first <= 6) or np[first] in TITLE_NP_NOT_FIRST:
        return None
    if not _title_task_head(np[-1], heads) or (np[first].endswith(("ing", "ed")) and np[first] not in ED_OK):
        return None
    first += approach_words(np[first:], modifiers, _in_abstract(" ".join(words[first:len(np)]), text, title_end),
                            openers)
    if len(np) - first < 2 or umbrella_area(np[first:], tails, modifiers):
        return None  # "Quux: Hierarchical Feature Learning ...": an area of work, no task
    np_start = run.start() + sum(len(w) + 1 for w in words[:first])
    np_end = run.start() + len(" ".join(words[:len(np)]))
    if names_its_method(title, colon, np_start, np_end) or names_its_method(title, colon, run.start(), np_end):
        return None  # the acronym may spell the words dropped before the task ("ViTAA: Visual-Textual ...")
    return Candidate(np_start, np_end, T.TASK, candidates.PRI_CONTEXT, "title-task")


def spelt_by_prefixes(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` (three letters or more, two of them capitals) is spelt by the opening letters of
    ``words`` in order, each word giving one letter or a few ("UNITER": "UNiversal Image-TExt
    Representation"), a function word maybe none, and the words after the spelling none: a coined name's
    long form, beyond the plain initials. A word skipped inside the spelling makes it no long form
    ("AutoInt": "Automatic Feature Interaction Learning" names the task, and the name takes from it).

    >>> spelt_by_prefixes("UNITER", "UNiversal Image TExt Representation Learning".split())
    True
    >>> spelt_by_prefixes("ViTAA", "Visual Textual Attributes Alignment".split())
    True
    >>> spelt_by_prefixes("MeshWalker", "Deep Mesh Understanding".split())
    False
    >>> spelt_by_prefixes("AutoInt", "Automatic Feature Interaction Learning".split())
    False
    """
    if len(acronym) < 3 or sum(c.isupper() for c in acronym) < 2 or not words:
        return False
    low = [w.lower() for w in words if w]

    def match(a: int, w: int) -> bool:
        if a == len(acronym):
            return True
        if w == len(low):
            return False
        word, rest = low[w], acronym[a:].lower()
        n = 0
        while n < len(word) and n < len(rest) and word[n] == rest[n]:
            n += 1
        # this word gives 1..n letters (the first word at least one), or none if it is a function word
        return any(match(a + k, w + 1) for k in range(n, 0, -1)) or (w > 0 and word in _TASK_STOP and match(a, w + 1))

    return match(0, 0)


#: " for <task>" after a title's first noun phrase, maybe past its "and <words>" ("Similarity Reasoning and
#: Filtration for Image-Text Matching"), an "in" or "on" of where the method works ("X in Glyph Networks for Y")
#: and a means clause ("X with Y for Z")
_AND_MORE = re.compile(r"\s+and\s+(?:[A-Za-z][\w\-]*)(?:\s+(?!(?:for|with|via|using|in|on|of|from|by)\b)[A-Za-z][\w\-]*){0,2}", re.I)
_FOR_TASK = re.compile(r"(?:\s+and\s+(?:[A-Za-z][\w\-]*\s+){0,2}?[A-Za-z][\w\-]*)?"
                       r"(?:\s+(?:in|on)\s+(?:[A-Za-z0-9][\w\-]*\s+){0,3}?[A-Za-z0-9][\w\-]*)?"
                       r"(?:\s+(?:via|with|using|through|by)\s+(?:[A-Za-z0-9][\w\-]*\s+){0,4}?[A-Za-z0-9][\w\-]*)?"
                       r"\s+for\s+((?:[A-Za-z0-9][\w\-]*\s+){0,5}[A-Za-z0-9][\w\-]*)", re.I)
#: Words that end the task after a title's " for " (besides _TITLE_CUT): "... Estimation at over 100 FPS".
_FOR_CUT = frozenset(_TITLE_CUT | {"at", "without", "within", "across"}) - {"and"}


def names_its_method(title: str, colon: int, start: int, end: int) -> bool:
    """Whether a title's first noun phrase is the paper's method, not its task: spelt out by the acronym
    before the colon ("PCL: Proposal Cluster Learning ..."), or followed by "for" and a task ("Semantic
    Relation Reasoning for Few-Shot Object Detection": X for Y, Y is the task), maybe past a place of the method
    ("X in Deep Glyph Networks for Y") and a means clause ("X via a Temporal Pyramid for Sign Language Translation").

    >>> t = "Semantic Relation Reasoning for Few-Shot Object Detection"
    >>> names_its_method(t, -1, 0, 27), names_its_method("Dependency Parsing for Low-Resource Languages", -1, 0, 18)
    (True, False)
    >>> names_its_method("Stroke Order Modeling in Deep Glyph Networks with Priors for Seal Recognition", -1, 0, 21)
    True
    >>> names_its_method("PCL: Proposal Cluster Learning with Boxes", 3, 5, 30)
    True
    >>> names_its_method("PPDM: Parallel Point Detection and Matching in Real Time", 4, 6, 30)
    True
    >>> t = "FOO: HYBRID COARSE CLASSIFICATION FOR HEAD POSE ESTIMATION"
    >>> names_its_method(t, -1, 5, 33), names_its_method("Video Inference for Body Pose and Shape Estimation", -1, 0, 15)
    (True, True)
    """
    acro = title[:colon].strip() if colon > 0 else ""
    if acro.isalpha():
        more = _AND_MORE.match(title, end)  # "PPDM: Parallel Point Detection and Matching for ..."
        for stop in ((end, more.end()) if more else (end,)):
            for split in (r"[\s\-]+", r"\s+"):  # "Score-based" gives "S" or "SB"
                words = [w for w in re.split(split, title[start:stop]) if w and w.lower() != "and"]
                if acro.upper() == "".join(w[0] for w in words).upper():
                    return True
            if spelt_by_prefixes(acro, re.split(r"[\s\-]+", title[start:stop])):
                return True  # "UNITER: UNiversal Image-TExt Representation Learning"
    m = _FOR_TASK.match(title, end)
    if m is None:
        return False
    words = [w.lower() for w in m.group(1).split()]
    cut = next((i for i, w in enumerate(words) if w in _FOR_CUT), len(words))
    # the task's head ends the phrase, or a pair's ("for Human Body Pose and Shape Estimation")
    heads = [words[i - 1] for i in range(1, cut + 1) if i == cut or words[i] == "and"]
    return any(w in TASK_HEADS or w.endswith(TASK_NOUN_ENDS) for w in heads)
