"""Phrases read by their head word, as plain functions over text: lower-case technique and task phrases that end in a
head word, with the modifiers before it (:func:`head_phrases`: "contrastive learning", "semantic segmentation"), where
a task phrase's modifiers start (:func:`task_modifiers_start`), the word statistics of the lexicon they read
(:func:`task_openers`, :func:`method_openers`, :func:`task_head_words`), whether a word names a process
(:func:`process_head`), and the type an acronym's long form names by its head word (:func:`type_of_long_form`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.vocab import EntityType as T
from kg.extract.misspelt_heads import slipped_task_head
from kg.extract.candidates import PRI_HEAD, Candidate
from kg.extract.padded_heads import coined_span
from kg.extract.words import (
    BAD_MODIFIERS, DATASET_HEADS, ED_OK, FIELD_WORDS, FUNCTION_WORDS, ING_OK, KIND_HEADS, METHOD_HEADS, METRIC_HEADS,
    NON_MODIFIERS, PARTICIPLE_SHAPE, ROLE_HEADS, ROLE_MODIFIERS, TASK_HEADS, TASK_NOUN_ENDS, THING_NOUNS, WEAK_HEADS,
    ing_verb,
)


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-+./']*[A-Za-z0-9+]|[A-Za-z0-9]")
_MODIFIER_WORD = re.compile(r"[A-Za-z][a-z0-9\-]+|[A-Z]{2,}")
#: A space's dimension before a task phrase ("3D", "6D", "2.5D"): it says which task it is (3D pose estimation is
#: not 2D pose estimation), so a task phrase keeps it as a modifier though it is no name-like word; before a bare
#: process noun ("3D tracking", "2D detection", "the 3D translation") it names no task of its own.
_DIMENSION = re.compile(r"\d(?:\.\d)?[Dd]")


#: One token of ``_TOKEN`` read backwards in the reversed text: from its last character (a letter, digit or
#: "+") to the first letter or digit of its stretch of token characters.
_RTOKEN = re.compile(r"[A-Za-z0-9+](?:[A-Za-z0-9\-+./']*[A-Za-z0-9])?")
#: The characters a token can end with.
_TOKEN_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+")
_STOP_MODIFIERS = frozenset(BAD_MODIFIERS | NON_MODIFIERS)
#: word -> ``_is_modifier(word)`` for the words ``_RTOKEN`` read: each a stretch of token characters that
#: starts with a letter or digit (or a lone "+", no modifier), so the token wherever it stands whole
_MODIFIER_OK: dict[str, bool] = {}


def _is_modifier(word: str) -> bool:
    """Whether a token may modify a technique or task head ("contrastive", "self-supervised", "GAN")."""
    low = word.lower()
    if low in _STOP_MODIFIERS or low.isdigit() or (low.endswith("ly") and low not in {"early", "family"}):
        return False
    if "-" not in low:  # a hyphenated word is not judged by its ending
        if low.endswith("ed") and low not in ED_OK:
            return False
        if low.endswith("ing") and low not in ING_OK:
            return False
    return _MODIFIER_WORD.fullmatch(word) is not None


def verb_form(word: str, verbs: frozenset[str]) -> bool:
    """Whether a lower-case word is one of ``verbs`` or its third person ("generates", "simplifies").

    >>> verb_form("generates", frozenset({"generate"})), verb_form("networks", frozenset({"network"}))
    (True, False)
    >>> verb_form("simplifies", frozenset({"simplify"}))
    True
    """
    if word in verbs:
        return True
    if word.endswith("ies") and word[:-3] + "y" in verbs:
        return True  # "simplifies", "specifies"
    return word.endswith("s") and word[-2:-1] != "s" and (word[:-1] in verbs or word[:-2] in verbs) \
        and word[:-1] not in _NOUN_LIKE


def verb_after_to(text: str, start: int, word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word``, at ``start`` in ``text``, is one of ``verbs`` right after "to" ("a Way to Train
    Residual Networks": no part of a name).

    >>> verb_after_to("a Way to Train Nets", 9, "Train", frozenset({"train"}))
    True
    """
    return word.lower() in verbs and _TO_BEFORE.search(text, max(0, start - 4), start) is not None


#: Adjectives of degree that make a compound adjective with the noun after them ("large scale", "high
#: resolution", "wide range"): that noun modifies nothing in a task phrase after it.
_DEGREE_ADJECTIVES = frozenset({"large", "small", "high", "low", "long", "short", "wide", "full", "fine", "coarse"})
_DEGREE_NOUNS = frozenset({"scale", "resolution", "range", "term", "level", "quality", "frequency", "order", "rank"})
#: Such a compound written as one hyphenated word of size or quality ("large-scale", "high-quality"): the setting or a
#: grade of a technique, no part of its name ("large-scale pre-training" is pre-training run at scale). The compounds of
#: the other degree nouns ("low-rank", "long-range", "high-order", "high-resolution") often name the variant itself; a
#: task phrase is left as it was (its settings are cut by :mod:`kg.extract.task_bounds`).
_SETTING_COMPOUND = re.compile("(?:" + "|".join(sorted(_DEGREE_ADJECTIVES)) + r")-(?:scale|quality)")
#: A lower-case word with a plural or third-person "-s" ("influences", "images"; not "news", "series", "physics",
#: "analysis", "class"): English compounds take their modifiers in the singular, so it ends the phrase before it.
_PLURAL_WORD = re.compile(r"(?![a-z]*(?:ss|us|is|ics|ies|ews|ous|sis|xis)$)[a-z]{3,}s")
#: An adverb of a participle ("weakly supervised", "fully annotated"): kept with it in a task, whose setting it names.
_SETTING_ADVERB = re.compile(r"(?!(?:early|family|only|especially|particularly|mainly|mostly|largely|recently|"
                             r"previously|usually|typically|generally|commonly|widely|currently|namely|finally|"
                             r"respectively|successfully|significantly|effectively|efficiently)$)[a-z]{2,}ly")
_TO_BEFORE = re.compile(r"(?<![\w\-])[Tt]o $")
#: Words after which the next word is a verb: a subject pronoun ("we scale up") or a modal verb ("which can
#: process portrait matting", "relations may mislead localization").
_SUBJECT_BEFORE = re.compile(r"(?<![\w-])(?:[Ww]e|[Tt]hey|[Ii]t|can|cannot|could|may|might|will|would|should|must) $")
_NOUN_LIKE = frozenset({"network", "model", "feature", "design", "result", "need", "use", "study", "work"})


_ATTENTION_IDIOM = re.compile(r"\b(?:attract\w*|dr[ae]wn?|draws|drawing|receiv\w*|gain\w*|pa(?:y|id|ys|ying)|"
                             r"captur\w*|garner\w*|much|more|increasing|growing)\s+$", re.I)
#: A verb of interest whose object is "attention", across its grading words ("has drawn much attention", "attracted
#: a lot of research attention", "get special attention", "paid little attention"): the everyday sense, whatever the
#: words in between. A preposition ends the object ("receives features from spatial attention" is the technique).
_INTEREST_OBJECT = re.compile(r"\b(?:attract\w*|dr[ae]wn|draws?|drawing|receiv\w*|gain\w*|garner\w*|pa(?:y|id|ys|ying)|"
                              r"devot\w*|deserv\w*|get|gets|got|gotten|getting)\s+(?:(?:a\s+(?:lot|great\s+deal)\s+of"
                              r"|(?!(?:from|by|with|via|to|in|on|into|for|through|of|over|and|or|at|as)\b)[\w\-]+)\s+){0,3}$", re.I)


def task_openers(names, min_names: int = 3, verbs: frozenset[str] | None = None) -> frozenset[tuple[str, str]]:
    """The word pairs that open at least ``min_names`` of ``names`` (Task lexicon names) and whose first word
    is a stop modifier ("open set", "single image", "one shot"): a fixed compound of a task name, though the
    first word alone modifies nothing ("an open question", "a single GPU"). Hyphens split words.

    >>> sorted(task_openers(["Open Set Learning", "open-set classification", "Open Set Video Captioning",
    ...                      "Open Relation Extraction"]))
    [('open', 'set')]

    With ``verbs`` (words abstracts mostly use as verbs), also the pairs that open one name or more with a word in
    -ing that is no verb of them (:func:`~kg.extract.words.ing_verb`) and no modifier by itself: an adjective of a
    compound noun ("singing voice", "talking face", "rolling shutter"), which a phrase rule would take for a verb
    and cut ("voice separation" of "singing voice separation"); not "moving object" (to move).

    >>> sorted(task_openers(["Humming Glyph Synthesis", "Moving Glyph Detection"], verbs=frozenset({"move"})))
    [('humming', 'glyph')]
    """
    counts: dict[tuple[str, str], int] = {}
    adjectives: set[tuple[str, str]] = set()
    for name in names:
        words = re.split(r"[ \-]+", name.lower())
        if len(words) >= 3 and words[0] in _STOP_MODIFIERS:
            counts[words[0], words[1]] = counts.get((words[0], words[1]), 0) + 1
        elif verbs is not None and len(words) >= 3 and ing_adjective(words[0], verbs) and words[1].isalpha():
            adjectives.add((words[0], words[1]))
    return frozenset(k for k, n in counts.items() if n >= min_names) | adjectives


def ing_adjective(word: str, verbs: frozenset[str]) -> bool:
    """Whether a lower-case word in -ing is no modifier by itself (:func:`_is_modifier`), no verb of ``verbs`` and
    none by its suffix (:data:`_VERB_ING`, whatever the list covers): it opens a compound noun ("singing voice"),
    where an article before it counts nothing (:func:`counted`).

    >>> ing_adjective("humming", frozenset()), ing_adjective("moving", frozenset({"move"})), ing_adjective("learning", frozenset())
    (True, False, False)
    >>> ing_adjective("approximating", frozenset()), ing_adjective("quantizing", frozenset())
    (False, False)
    """
    return word.endswith("ing") and word.isalpha() and word not in ING_OK and not ing_verb(word, verbs) \
        and not word.endswith(_VERB_ING)


#: The endings of an -ing form of a verb made from a noun or an adjective ("approximate", "quantize", "simplify"):
#: such a word opens a verb phrase ("approximating betweenness centrality"), never a compound noun.
_VERB_ING = ("ating", "izing", "ising", "ifying")


def method_openers(method_names, task_names) -> dict[str, frozenset[str]]:
    """The first words of ``method_names`` (Method lexicon names of two words or more) that open none of
    ``task_names`` (Task lexicon names), each with the last words of the Method names it opens: a word that
    starts techniques and never a task ("contrastive" of "contrastive learning", "convolutional",
    "learning" of "learning without forgetting"). Words are split at spaces only ("self-supervised" is one).

    >>> openers = method_openers(["Contrastive Learning", "contrastive loss", "Unsupervised Pretraining", "LSTM"],
    ...                          ["unsupervised domain adaptation"])
    >>> [(w, sorted(heads)) for w, heads in sorted(openers.items())]
    [('contrastive', ['learning', 'loss'])]
    """
    task_first = {n.lower().split()[0] for n in task_names if len(n.split()) >= 2}
    out: dict[str, set[str]] = {}
    for name in method_names:
        words = name.lower().split()
        if len(words) >= 2 and words[0] not in task_first:
            out.setdefault(words[0], set()).add(words[-1])
    return {w: frozenset(heads) for w, heads in out.items()}


@lru_cache(maxsize=1)
def lexicon_method_openers() -> dict[str, frozenset[str]]:
    """:func:`method_openers` of the shipped lexicon's Method and Task names: built once, read by the extractor's
    tables and by the graph's reading of title tasks (:mod:`kg.graph.means_tasks`)."""
    from kg.extract.lexicon_data import entry_names  # noqa: PLC0415

    return method_openers(entry_names([T.METHOD]), entry_names([T.TASK]))


def task_head_words(names, min_names: int = 3) -> frozenset[str]:
    """The last words that end at least ``min_names`` of ``names`` (Task lexicon names): the process nouns
    tasks are named by beyond kg's own head list ("transfer", "removal", "similarity"). Hyphens split words.

    >>> sorted(task_head_words(["Style Transfer", "pose transfer", "Motion-Transfer", "Domain Shift"]))
    ['transfer']
    """
    counts: dict[str, int] = {}
    for name in names:
        words = re.split(r"[ \-]+", name.lower().strip())
        if words and words[-1]:
            counts[words[-1]] = counts.get(words[-1], 0) + 1
    return frozenset(w for w, n in counts.items() if n >= min_names)


def process_head(word: str, heads: frozenset[str] = frozenset()) -> bool:
    """Whether ``word``, the last of a phrase, names a process or problem a task can be: a task head, a
    noun ending like one ("-tion", "-ysis", "-ment", "-ing"), or a word ending Task lexicon names (``heads``,
    :func:`task_head_words`); not a thing or a property ("domain shift", "exposure bias", "camera motion").

    >>> [process_head(w, frozenset({"transfer"})) for w in ("segmentation", "transfer", "shift", "data")]
    [True, True, False, False]
    """
    w = word.lower().rsplit("-", 1)[-1]
    return w in TASK_HEADS or w in ING_OK or w.endswith(TASK_NOUN_ENDS) or w in heads


_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very) $")


def counted(text: str, start: int) -> bool:
    """Whether an article or "one"/"each" stands right before ``start``: the stop word there counts
    things ("a single image transformation"), it opens no task name ("single image deraining").

    >>> t = "a single image; for single image"
    >>> counted(t, 2), counted(t, t.rindex("single"))
    (True, False)
    """
    return _ARTICLE_BEFORE.search(text, max(0, start - 7), start) is not None


def head_phrases(text: str, heads: list[tuple[int, int]] | None = None,
                 verbs: frozenset[str] = frozenset(),
                 openers: frozenset[tuple[str, str]] = frozenset()) -> list[Candidate]:
    """Lower-case technique and task phrases ending in a head word, with 1-3 content modifiers:
    "contrastive learning", "knowledge distillation" (Method), "semantic segmentation" (Task). A Title Case name
    before a lower-case padding head ("the Quokka Glyph Shelf module") is the name without the head, read back up to
    six words (:func:`~kg.extract.padded_heads.coined_span`).

    ``heads`` are the character spans of head words (the component finds them with a PhraseMatcher);
    without them a regex finds them. Only those few places are examined, looking back at most three words.
    A leading word of ``verbs`` (words abstracts mostly use as verbs) is the verb before the phrase, not
    part of it ("we design networks", "to predict parsing"). A stop word that opens a task phrase with the
    next word, by ``openers`` (:func:`task_openers`), is its first word ("open set recognition").

    >>> t = "We use knowledge distillation and the deep network for semantic segmentation."
    >>> [(t[c.start:c.end], c.type.value) for c in head_phrases(t)]
    [('knowledge distillation', 'Method'), ('semantic segmentation', 'Task')]
    """
    out = []
    if heads is None:
        heads = [m.span() for m in _TOKEN.finditer(text) if m.group(0).lower() in (METHOD_HEADS | TASK_HEADS) - WEAK_HEADS]
    size = len(text)
    rtext = text[::-1] if heads else ""
    token_end = _TOKEN_END
    for s, e in heads:
        # The modifiers are tokens (of ``_TOKEN``, within 80 characters before the head), each ending one
        # space before the next word ("meta-learning" is one word); a token ends with a letter, digit or "+".
        if s < 2 or text[s - 1] != " " or text[s - 2] not in token_end:
            continue
        if e < size and (text[e].isalnum() or text[e] == "-"):
            continue
        lw = text[s:e].lower()
        is_task = lw in TASK_HEADS
        start, mods = _modifiers(text, rtext, s, is_task, verbs, openers)
        if not mods or e - start < 6:
            continue
        if _no_technique(text, lw, mods, start, e):
            continue
        coined = coined_span(text, start, s, e, mods, _is_modifier)
        if coined is not None:  # "the Quokka Shelf Mixing module": the capitals name it, the head only pads it
            out.append(Candidate(coined[0], coined[1], T.METHOD, PRI_HEAD, "head"))
            continue
        out.append(Candidate(start, e, T.TASK if is_task else T.METHOD, PRI_HEAD, "head"))
    return out


def _head_word(text: str, s: int) -> str:
    """The lower-case word starting at ``s`` ("pose" of "Pose and Shape Estimation")."""
    m = _TOKEN.match(text, s)
    return m.group().lower() if m else ""


def _word_before(text: str, rtext: str, nxt: int, lo: int, size: int, ok: dict) -> tuple[int, str, bool]:
    """The token that ends right before the space at ``nxt - 1`` (not before ``lo``): its start, the word, and
    whether it can modify a head word (:func:`_is_modifier`, cached in ``ok``). The text back to the last space is
    the token when it is a key of ``ok``; else the token is read in the reversed text ``rtext`` (``_RTOKEN`` there
    finds the same as ``_TOKEN``)."""
    i = text.rfind(" ", lo, nxt - 1) + 1
    ps = i if i > lo else lo
    word = text[ps:nxt - 1]
    v = ok.get(word)
    if v is None:
        ps = size - _RTOKEN.match(rtext, size + 1 - nxt, size - lo).end()
        word = text[ps:nxt - 1]
        v = ok.get(word)
        if v is None:
            if len(ok) > 50000:
                ok.clear()  # bounds the cache
            v = ok[word] = _is_modifier(word)
    return ps, word, v


def _modifiers(text: str, rtext: str, s: int, is_task: bool, verbs: frozenset[str],
               openers: frozenset[tuple[str, str]] = frozenset()) -> tuple[int, list[str]]:
    """The 0-3 modifier words before the head word starting at ``s``, last word first, and where the phrase
    starts: words of :func:`_is_modifier` (cached in ``_MODIFIER_OK``) back to a verb, a non-modifier, a
    setting adverb's participle, a degree compound or the first word of a task opener pair (``openers``).
    ``rtext`` is ``text`` reversed."""
    size = len(text)
    ok = _MODIFIER_OK
    token_end = _TOKEN_END
    lo = s - 80 if s > 80 else 0
    nxt = s  # the next modifier ends at nxt - 2, before the space at nxt - 1
    start = -1
    mods: list[str] = []
    while True:
        ps, word, v = _word_before(text, rtext, nxt, lo, size, ok)
        if not v and is_task and _DIMENSION.fullmatch(word) and (mods or _head_word(text, s) not in TASK_HEADS):
            v = True  # "3D hand tracking", "6D Pose and Size Estimation": the dimension is part of the task
        if nxt == s and text[s].isupper() and not (word[0].isupper() or word[0].isdigit() and v):
            break  # "... Learning" inside a title-cased name, handled by other rules
        if not v and mods and is_task and _SETTING_ADVERB.fullmatch(word.lower()) \
                and PARTICIPLE_SHAPE.fullmatch(mods[-1].lower()):
            start = ps  # "weakly supervised detection", "Weakly Supervised Detection" of a title: the adverb
            # grades the participle, not the task
            mods.append(word)
            break
        if not v and mods and is_task and (word.lower(), mods[-1].lower()) in openers \
                and not (counted(text, ps) and not word.lower().endswith("ing")):
            start = ps  # "open set recognition", "a singing voice separation task": the word opens a compound of
            # lexicon task names
            mods.append(word)
            break
        if is_task and mods and (_PLURAL_WORD.fullmatch(word) or (
                text[s].islower() and word[1:].islower() and _PLURAL_WORD.fullmatch(word.lower()))):
            break  # "... and influences sentence reconstruction", "Examples include denoising": a plural or a
            # verb's -s form modifies no task noun (nor a capitalised one before a lower-case task)
        if mods and word.lower() in _DEGREE_ADJECTIVES and mods[-1].lower() in _DEGREE_NOUNS:
            start += len(mods.pop()) + 1
            break  # "large scale species classification": "scale" goes with "large", not with the task
        if not is_task and _SETTING_COMPOUND.fullmatch(word.lower()):
            break  # "large-scale pre-training", "high-quality embeddings": the setting or a grade, no part of the name
        if not v or ((mods or word.endswith("s")) and verb_form(word.lower(), verbs)):
            break  # (a verb inside, "scene helps translation", "methods lack pixel localization": the phrase starts after it)
        start = ps
        mods.append(word)
        if ps - 2 < lo or text[ps - 1] != " " or text[ps - 2] not in token_end:
            break
        if len(mods) == 3:
            if is_task and PARTICIPLE_SHAPE.fullmatch(mods[-1].lower()):
                start = _setting_adverb_start(text, ps, lo, start, mods)  # "weakly supervised 3d hand pose"
            break
        nxt = ps
    while mods and (verb_form(mods[-1].lower(), verbs) or _SUBJECT_BEFORE.search(text, max(0, start - 8), start)
                    or (not is_task and (_gerund_verb(text, start, mods[-1])
                                         or leading_gerund(text, start, mods[-1], verbs)))):
        start += len(mods.pop()) + 1  # mods[-1] is the first word; right after "we" it is a verb ("we scale up")
    return start, mods


def _setting_adverb_start(text: str, ps: int, lo: int, start: int, mods: list[str]) -> int:
    """Where the phrase starts when the word ending before ``ps`` is a setting adverb of the participle
    ``mods[-1]`` that the limit of three modifiers left out (appending it to ``mods``), else ``start``."""
    ws = max(text.rfind(" ", lo, ps - 1) + 1, lo)
    word = text[ws:ps - 1]
    if _SETTING_ADVERB.fullmatch(word.lower()):
        mods.append(word)
        return ws
    return start


#: Before a word in -ing, what makes it a verb taking the rest as its object: an adverb of manner ("jointly learning
#: attention"; not "namely", :data:`_SETTING_ADVERB`) or a preposition ("for learning sentence embeddings", "when
#: computing attention scores"); after an article it is a noun's modifier ("a ranking loss"), and a hyphenated word in
#: -ing is an adjective ("for non-saturating loss", "of field-gating encoder").
_GERUND_BEFORE = re.compile(r"(?<![\w\-])(?:by|for|of|in|on|to|as|via|from|while|when|without|after|before|through"
                            r"|(?!(?:early|family|only|namely|respectively|supply|apply|rely|fly|reply)\b)[a-z]{2,}ly)\s+$", re.I)


def _gerund_verb(text: str, start: int, first: str) -> bool:
    """Whether the first modifier of a phrase starting at ``start``, a word in -ing, is a verb whose object the rest
    of the phrase is: "for learning sentence embeddings", "when computing attention", "directly learning embedding".

    >>> t = "a framework for learning sentence embeddings, a ranking loss, namely learning rate rewinding, for non-saturating loss"
    >>> [_gerund_verb(t, t.index(w), w.split()[0]) for w in ("learning sentence", "ranking loss", "learning rate", "non-saturating")]
    [True, False, False, False]
    """
    return first.isalpha() and first.islower() and first.endswith("ing") and len(first) > 5 \
        and _GERUND_BEFORE.search(text, max(0, start - 24), start) is not None


#: Where a clause starts before a word: the text's start (the title's), a colon, semicolon or full stop, a line break.
_CLAUSE_START = re.compile(r"(?:[:;.]\s*|\n)$")


def leading_gerund(text: str, start: int, first: str, verbs: frozenset[str]) -> bool:
    """Whether ``first``, the word at ``start`` opening a phrase, is a verb's -ing form opening a clause, or a title,
    capitalised, with the rest of the phrase its object: "Learning Parallax Attention for ...", "SomeNet: Computing
    Attention over ...", "... by Bootstrapping Hard Attention". A process word right before a thing it names ("Matching
    Networks", "Embedding Loss") is the name's first word.

    >>> t = "DeepFoo: Computing Attention over Words. Matching Networks are old; ranking losses too."
    >>> verbs = frozenset({"compute", "match", "rank"})
    >>> [leading_gerund(t, t.index(w), w, verbs) for w in ("Computing", "Matching", "ranking")]
    [True, False, False]
    """
    if len(first) < 6 or not first.isalpha() or not first[1:].islower() or not (first[0].isupper() or start == 0) \
            or not ing_verb(first, verbs):
        return False
    nxt = _TOKEN.match(text, start + len(first) + 1)
    if nxt is not None and nxt.group(0).lower() in THING_NOUNS:
        return False
    return start == 0 or _CLAUSE_START.search(text, max(0, start - 3), start) is not None \
        or _GERUND_BEFORE.search(text, max(0, start - 24), start) is not None


def task_modifiers_start(text: str, s: int, verbs: frozenset[str] = frozenset()) -> int:
    """Where a task phrase ending in the head word at ``s`` starts, by the modifiers before the head
    (:func:`_modifiers`, as :func:`head_phrases` reads them); ``s`` when there is none.

    >>> t = "We study numerical reasoning and, in turn, reasoning."
    >>> t[task_modifiers_start(t, t.index("reasoning")):t.index("reasoning")], task_modifiers_start(t, 42) == 42
    ('numerical ', True)
    """
    if s < 2 or text[s - 1] != " " or text[s - 2] not in _TOKEN_END:
        return s
    start, mods = _modifiers(text, text[::-1], s, True, verbs)
    return start if mods else s


def _no_technique(text: str, head: str, mods: list[str], start: int, end: int) -> bool:
    """Whether the phrase ``text[start:end]`` (lower-case head word ``head``) names a part's role, an idiom,
    a kind of thing or modifies a noun after it, rather than a technique or task."""
    if head in ROLE_HEADS and all(m.lower() in ROLE_MODIFIERS for m in mods):
        return True  # "teacher network", "vision encoder", "text embeddings": a part's role, not a method
    if head == "attention" and (_ATTENTION_IDIOM.search(text, max(0, start - 20), start)
                                or _INTEREST_OBJECT.search(text, max(0, end - 80), end - len(head))):
        return True  # "attracted widespread attention", "has drawn much attention": the idiom
    if head in KIND_HEADS and (all(m.lower() in FIELD_WORDS for m in mods) or described(mods)):
        return True  # "learning algorithm", "end-to-end architecture": a kind of thing, no technique
    return head in TASK_HEADS and (_modifies_a_thing(text, end)  # "ten tracking benchmarks": the head is the next noun
                                   or _paired_with_regression(text, start, end))


#: A regression coordinated with a phrase, after it ("center classification and dense distance regression") or before
#: it ("box regression and category classification"), unless "tasks" or "problems" follow the pair.
_REGRESSION_AFTER = re.compile(r"\s+(?:and|or)\s+(?:[\w\-]+\s+){0,3}?regression\b(?!\s+(?:tasks?|problems?)\b)", re.I)
_REGRESSION_BEFORE = re.compile(r"\bregression\s+(?:and|or)\s+(?:the\s+)?$", re.I)
_PAIR_NAMED = re.compile(r"\s+(?:tasks?|problems?)\b", re.I)


def _paired_with_regression(text: str, start: int, end: int) -> bool:
    """Whether the task phrase ``text[start:end]`` is coordinated with a regression: the two are outputs a model
    predicts (a detector's branches, "through instance center classification and dense distance regression"),
    not problems a paper addresses; "classification and regression tasks" names two problems.

    >>> t = "by box regression and category classification. via center classification and offset regression."
    >>> _paired_with_regression(t, t.index("category"), t.index(". via")), _paired_with_regression(t, 51, 72)
    (True, True)
    >>> t = "on odour classification and regression tasks"
    >>> _paired_with_regression(t, 3, 23)
    False
    """
    if _REGRESSION_AFTER.match(text, end):
        return True
    return _REGRESSION_BEFORE.search(text, max(0, start - 20), start) is not None \
        and not _PAIR_NAMED.match(text, end)


_NEXT_LOWER_WORD = re.compile(r" ([a-z]+)\b")


def _modifies_a_thing(text: str, end: int) -> bool:
    """Whether the word right after a phrase ending at ``end`` is a :data:`THING_NOUNS` noun it modifies.

    >>> t = "a tagging framework for tagging. ten tracking benchmarks"
    >>> _modifies_a_thing(t, t.index(" framework")), _modifies_a_thing(t, t.index(". ten")), _modifies_a_thing(t, len(t) - 11)
    (True, False, True)
    """
    m = _NEXT_LOWER_WORD.match(text, end)
    return m is not None and m.group(1) in THING_NOUNS


def described(mods: list[str]) -> bool:
    """Whether the modifiers of a kind noun ("network", "architecture", "classifier") only describe it:
    all in lower case without digits ("end-to-end architecture", "box classifier"). A technique so named
    is in the lexicon or written with capitals ("Feature Pyramid Network", "U-Net"), and those are found
    by other rules.

    >>> described(["end-to-end"]), described(["U-shaped"]), described(["3D", "detection"])
    (True, False, False)
    """
    return all(m.islower() and not any(c.isdigit() for c in m) for m in mods)


#: A dataset word, then a preposition: the head of a long form that runs on past it ("Quokka Corpus for Shelf
#: Reasoning", "Corpus of Glyph Acceptability"); not "bank" ("a Bank of Filters" is a part of a network).
_DATA_HEAD = r"\b(?:" + "|".join(sorted(DATASET_HEADS - {"bank"})) + r")\s+"
_DATA_BEFORE_PREPOSITION = re.compile(_DATA_HEAD + r"(?:for|of|on|in|with|from)\s", re.I)
#: A dataset word, then an "-ing" word and the word after it: a participle with its object ("Quokka dataset
#: requiring shelf reasoning") when the "-ing" word is a verb's and the next word no function word.
_DATA_BEFORE_ING = re.compile(_DATA_HEAD + r"([A-Za-z]+ing)\s+([A-Za-z]+)", re.I)


def _data_described(long_form: str, head: str, verbs: frozenset[str]) -> bool:
    """Whether a dataset word heads a long form that a participle phrase runs on past ("Quokka dataset requiring
    shelf reasoning", "a Corpus Covering Glyph Parsing"): the "-ing" word is a form of one of ``verbs``, it takes
    an object (no function word after it), and the long form ends in no system's, part's or metric's head
    ("Dataset Pruning Method" is a method that prunes data).

    >>> verbs = frozenset({"require", "prune"})
    >>> [_data_described(t, t.split()[-1].lower(), verbs) for t in ("Quokka dataset requiring shelf reasoning",
    ...     "Dataset Pruning for Transfer", "Dataset Pruning Method", "Corpus Hashing Shelf")]
    [True, False, False, False]
    """
    m = _DATA_BEFORE_ING.search(long_form)
    if m is None or head in KIND_HEADS or head in ROLE_HEADS or head in METRIC_HEADS:
        return False
    return ing_verb(m.group(1), verbs) and m.group(2).lower() not in FUNCTION_WORDS


#: Task heads that, ending a long form, more often name a technique ("Dense Passage Retrieval", "Quokka Image
#: Compression"): a long form on one of them, or on a slip of one, is typed Method.
TECHNIQUE_TASK_HEADS = frozenset({"generation", "inference", "alignment", "compression", "retrieval"})


def type_of_long_form(long_form: str, verbs: frozenset[str] = frozenset()) -> T:
    """The type an acronym's long form names, from its head word (a number after it is an edition:
    "Dialog System Technology Challenges 7"; a "measure" is a metric: "structural similarity measure"), or from a
    dataset word a preposition or a participle of one of ``verbs`` follows (:func:`_data_described`).

    >>> [type_of_long_form(x).value for x in ("structural similarity measure", "Speech Challenges 7", "focal loss")]
    ['Metric', 'Dataset', 'Method']
    >>> [type_of_long_form(x).value for x in ("Quokka Corpus for Shelf Reasoning", "Quokka Bank of Filters")]
    ['Dataset', 'Method']
    """
    words = [w for w in re.findall(r"[A-Za-z0-9]+", long_form.lower()) if not w.isdigit()]
    head = words[-1] if words else ""
    if _DATA_BEFORE_PREPOSITION.search(long_form) or _data_described(long_form, head, verbs):
        return T.DATASET  # "Quokka Corpus for Shelf Reasoning": the phrase is headed by the word before "for"
    if head in DATASET_HEADS or (head.endswith("s") and head[:-1] in DATASET_HEADS):
        return T.DATASET
    if (head in METRIC_HEADS or head == "measure") and head != "loss":  # a loss is a training technique (Method)
        return T.METRIC
    if head in TASK_HEADS and head not in TECHNIQUE_TASK_HEADS:
        return T.TASK
    if slipped_task_head(head) not in (None, *TECHNIQUE_TASK_HEADS):
        return T.TASK  # "Fine-grained visual classication (FGVC)": a slip of a task head, typed as the head
    return T.METHOD
