"""Pieces of longer names: lexicon names inside a longer Title Case name give way to it
(:func:`merge_name_fragments`); hyphenated names whose last part is a plain word are cut, widened or dropped
(:func:`hyphen_tails`)."""
from __future__ import annotations

import re
from typing import Container

from kg.extract import candidates, head_phrases, words
from kg.extract.boundaries import LANGUAGE_PAIR
from kg.extract.candidates import Candidate
from kg.extract.context.datasets import LANGUAGE_WORD
from kg.extract.name_bounds import BOUND_PREFIXES
from kg.extract.ordinary_words import ADJECTIVE_TAIL
from kg.extract.title_case import compound_participle, opens_long_form
from kg.extract.words import FUNCTION_WORDS, verbish
from kg.vocab import EntityType as T

Span = tuple[int, int]

# --- lexicon names that are pieces of a longer Title Case name -----------------------------------------------

_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)*")
_FUNCTION_WORD_CAPS = {"the", "a", "an", "in", "on", "of", "for", "and", "or", "we", "our", "this", "these", "it",
                       "to", "with", "by", "from", "as", "at", "its", "their", "that", "which", "while", "but"}


def _cap_word_ok(word: str, gerund: bool = False) -> bool:
    """A Title Case word that can continue a name: not a function word, adjective of praise or verb form; with
    ``gerund``, a gerund that names a process ("Matching", "Pooling": :data:`~kg.extract.words.ING_OK`) is a noun of the
    name ("Denoising Score Matching")."""
    low = word.lower()
    return bool(_TITLE_WORD.fullmatch(word)) and low not in _FUNCTION_WORD_CAPS and low not in words.BAD_MODIFIERS \
        and (not low.endswith(("ing", "ed", "ly")) or (gerund and low in words.ING_OK)) and word not in words.NOT_NAMES


#: Adjectives a grammar list counts as vague modifiers that, capitalised mid-sentence before a coined name or an
#: acronym, lead its name ("Deep CORAL", "Universal Transformers", "Large Margin ...").
_NAMING_ADJECTIVES = frozenset({"deep", "shallow", "large", "small", "big", "universal", "unified", "lightweight",
                                "light-weight", "fast", "faster", "simple", "efficient", "general", "generic",
                                "dense", "scalable", "flexible", "powerful", "robust", "strong", "accurate"})


def _lead_word_ok(word: str) -> bool:
    """A Title Case word that leads a name it is written before (:func:`_extend_left`) though :func:`_cap_word_ok`
    turns it away: a participle ("Nested", "Colored", "Pre-trained"; no verb's past of a grammar list: "Based",
    "Used") or one of :data:`_NAMING_ADJECTIVES`; no adjective made of another name (:func:`_made_of_a_name`)."""
    low = word.lower()
    if not _TITLE_WORD.fullmatch(word) or low in _FUNCTION_WORD_CAPS or word in words.NOT_NAMES \
            or _made_of_a_name(word):
        return False
    if low in _NAMING_ADJECTIVES:
        return True
    return low.endswith("ed") and low not in words.BAD_MODIFIERS and low not in words.NON_MODIFIERS


#: Tails of an adjective made of a name, its hyphen lost at a line break ("Transformerbased").
_GLUED_ADJECTIVE = ("based", "like", "aware")
#: The words of a dataset's splits: they say where a measure was taken ("Test F1"), no name.
_SPLIT_WORDS = frozenset({"test", "testing", "validation", "val", "dev", "train", "training"})
_LANGUAGE_PAIR = re.compile(LANGUAGE_PAIR)


def _made_of_a_name(word: str) -> bool:
    """Whether a word is an adjective made of another name ("Transformer-based", "CNNbased"), a compound on a bound
    prefix (:data:`~kg.extract.name_bounds.BOUND_PREFIXES`: "Multi-Task"), a language pair ("English-to-German") or a
    split (:data:`_SPLIT_WORDS`): it describes the acronym after it ("Transformer-based ASR", "a Multi-Task U-Net",
    "English-to-German WMT", "Test F1") and leads no name of it."""
    low = word.lower()
    return bool(ADJECTIVE_TAIL.search(word)) or low.endswith(_GLUED_ADJECTIVE) or low in _SPLIT_WORDS \
        or low.split("-", 1)[0] in BOUND_PREFIXES and "-" in low or _LANGUAGE_PAIR.fullmatch(word) is not None


_CAP_LOWER = re.compile(r"[A-Z][a-z]")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NEXT_CAP_WORD = re.compile(r" ([A-Z][\w\-]*)")
_PREV_CAP_WORD = re.compile(r"(?<![\w\-])([A-Z][\w\-]*) $")


def merge_name_fragments(text: str, cands: list[Candidate], title_end: int, sents: list[Span],
                         verbs: frozenset[str] = frozenset()) -> list[Candidate]:
    """Lexicon matches that are pieces of a longer Title Case name mid-sentence ("Transformer" in
    "the Swin Transformer detector", "Inference-time" in "methods such as Inference-time Intervention") give
    way to the whole name: a new candidate over the run of capitalised words, typed by the lexicon match
    that ends it, else by its head word, else Method. A one-token name in capitals ("R-CNN", "MNIST") takes only
    the words before it (:func:`_lead_span`: "Sparse R-CNN"). Titles (all Title Case) and sentence starts are not
    grown by their capitals, only where the doc writes a name grown elsewhere again (:func:`_written_again`). A word
    of ``verbs`` (words abstracts mostly use as verbs) after "to" is no part of a name ("a Way to Train Residual
    Networks").

    >>> from kg.extract import text_spans
    >>> t = "We train a Swin Transformer detector."
    >>> [t[c.start:c.end] for c in merge_name_fragments(t, [Candidate(16, 27, T.METHOD, 60, "lexicon")], 0,
    ...                                                  text_spans.sentences(t)) if c.rule == "titlecase"]
    ['Swin Transformer']

    A kind word in capitals ("Model", "Framework") ends the name it heads:

    >>> t = "It is based on a Discriminative Gaussian Process Latent Variable Model for faces."
    >>> [t[c.start:c.end] for c in merge_name_fragments(t, [Candidate(32, 48, T.METHOD, 60, "lexicon")], 0,
    ...                                                  text_spans.sentences(t)) if c.rule == "titlecase"]
    ['Discriminative Gaussian Process Latent Variable Model']
    """
    out = list(cands)
    starts: set[int] | None = None  # sentence starts, made when first needed
    lex_end = lex_from = None
    seen = set()
    upper = _ASCII_UPPER
    for c in cands:
        # (fields by index: c[0] start, c[1] end, c[4] rule; a capital first, tested before the regex)
        if c[0] <= title_end or not c[4].startswith("lexicon") or text[c[0]] not in upper:
            continue
        capitals = not _CAP_LOWER.match(text, c[0], c[1])
        one_token = " " not in text[c[0]:c[1]]
        if capitals and (not one_token or _glued(text, c[0], c[1])):
            continue  # (a phrase in capitals: "F1 score"; a piece of a token: "GIN" of "GIN-Attention")
        if starts is None:
            starts = {a for a, _ in sents}
        if capitals:
            if lex_from is None:
                lex_from = _longest_from(cands)
            start, end = _lead_span(text, c, starts, verbs, lex_from)
        else:
            end = _extend_right(text, c.end, c.type is not T.DATASET)  # ("the Atari Learning domain": a data set's use)
            if c.type is T.DATASET:  # "PoseTrack Pose Estimation": the data set and the task on it
                end = before_task(text, c.end, end, cands)
            # "Routing Transformer", "Nested Dropout", "Efficient Glyph Segmentation Network"
            start = _extend_left(text, c.start, starts, verbs, c.type is not T.DATASET, one_token or end > c.end, end=end)
        if (start, end) == (c.start, c.end) or (start, end) in seen \
                or (capitals and _stronger_over(cands, start, end, 1)):
            continue
        seen.add((start, end))
        if capitals and (same := _stronger_over(cands, start, end, 0)):
            out.append(same._replace(priority=_PRI_RUN))  # "we propose Quokka R-CNN": the proposal's, as found
            continue
        if lex_end is None:
            lex_end = {x.end: x for x in cands if x.rule.startswith("lexicon")}
        out.append(_typed_run(text, start, end, c, lex_end, starts))
    return _written_again(text, out, len(cands), seen)


def before_task(text: str, name_end: int, end: int, cands: list[Candidate]) -> int:
    """Where a Dataset's run of capitalised words from ``name_end`` to ``end`` ends before the first Task candidate that
    starts inside it ("Quokka Pose Estimation": the data set is Quokka, the rest the task on it); ``end`` when none does.

    >>> t = "on Quokka Pose Estimation and"
    >>> before_task(t, 9, 25, [Candidate(10, 25, T.TASK, 80, "lexicon")]), before_task(t, 9, 25, [])
    (9, 25)
    """
    starts = [x.start for x in cands if x.type is T.TASK and name_end < x.start < end]
    return name_end + len(text[name_end:min(starts)].rstrip()) if starts else end


def _typed_run(text: str, start: int, end: int, c: Candidate, lex_end: dict[int, Candidate],
               starts: set[int]) -> Candidate:
    """The grown name ``text[start:end]`` of the lexicon match ``c`` as a candidate, typed by the lexicon match that
    ends it (``lex_end``: lexicon candidates by their end), else by its head word (:func:`_run_type`); a Task the
    text goes on writing takes the rest (:func:`continuation`), and a Dataset the edition before it
    (:func:`_edition_before`)."""
    etype = _run_type(text, start, end, lex_end.get(end), c)
    if etype is T.TASK and (cont := continuation(text, start, end)):
        end, etype = cont, (lex_end[cont].type if cont in lex_end else T.METHOD)
    if etype is T.DATASET:
        start = _edition_before(text, start, end, starts)
    return Candidate(start, end, etype, _PRI_RUN, "titlecase")


#: The priority of a grown name: over the lexicon's names inside it.
_PRI_RUN = candidates.PRI_LEXICON_LONG + 1


def _lead_span(text: str, c: Candidate, starts: set[int], verbs: frozenset[str], lex_from: dict[int, int]) -> Span:
    """The span of a one-token lexicon name in capitals ("R-CNN", "MNIST", "GANs") with the Title Case words that
    lead it ("Sparse R-CNN", "Colored MNIST"; :func:`_extend_left`); a name that leads to none is its own span, and so
    is a dataset after a language word ("the English PTB": its language, as :func:`~kg.extract.context.datasets`
    reads "the English X corpus"). The name ends where the longest lexicon name from it does ("Weighted F1 Score",
    not "Weighted F1")."""
    start = _extend_left(text, c.start, starts, verbs, c.type is not T.DATASET, True, True, c.end)
    if start == c.start or (c.type is T.DATASET and LANGUAGE_WORD.fullmatch(text, start, text.index(" ", start))):
        return c.start, c.end
    return start, max(c.end, lex_from.get(c.start, c.end))


def _longest_from(cands: list[Candidate]) -> dict[int, int]:
    """Where the longest lexicon candidate starting at each offset ends."""
    out: dict[int, int] = {}
    for x in cands:
        if x.rule.startswith("lexicon") and x.end > out.get(x.start, -1):
            out[x.start] = x.end
    return out


def _stronger_over(cands: list[Candidate], start: int, end: int, more: int) -> Candidate | None:
    """A candidate of a lexicon's priority or more around ``start:end`` spanning at least ``more`` characters more
    (1: a proposal's "Temporal-Aware Dual Glyph" around "Dual Glyph", whose rule says more than the run; 0: the same
    span too, which another rule found: its rule and type stand, and it only needs the run's priority)."""
    for x in cands:
        if x.priority >= candidates.PRI_LEXICON and x.start <= start and end <= x.end \
                and x.end - x.start >= end - start + more and x.rule != "titlecase":
            return x
    return None


def _written_again(text: str, out: list[Candidate], first: int, seen: set[Span]) -> list[Candidate]:
    """``out`` with the names grown mid-sentence (``out[first:]``) also where the doc writes them again as a whole,
    in the title or at a sentence's start, where capitals say nothing ("Sparse Glyph R-CNN: ..." once the abstract
    writes "we extend Sparse Glyph R-CNN"): the same name, used as one in another sentence. Not inside a candidate
    that spans it already ("3D Human Pose Estimation", a title's name), which says more, nor where the lexicon knows
    the whole name; another rule's candidate of the same span there (a title's name) takes the run's priority instead,
    keeping its rule and type."""
    found = out[:first]
    for c in out[first:]:
        run = text[c.start:c.end]
        i = text.find(run)
        while i >= 0:
            j = i + len(run)
            if (i, j) not in seen and not _glued(text, i, j) and not _stronger_over(found, i, j, 1):
                seen.add((i, j))
                if not any(x.start == i and x.end == j and x.rule.startswith("lexicon") for x in found):
                    same = _stronger_over(found, i, j, 0)
                    out.append(same._replace(priority=_PRI_RUN) if same else c._replace(start=i, end=j))
            i = text.find(run, j)
    return out


def _glued(text: str, i: int, j: int) -> bool:
    """Whether ``text[i:j]`` is part of a longer word (a letter, digit or hyphen on either side)."""
    return (i > 0 and (text[i - 1].isalnum() or text[i - 1] == "-")) \
        or (j < len(text) and (text[j].isalnum() or text[j] == "-"))


def _extend_right(text: str, end: int, gerunds: bool = False) -> int:
    """The end of the run of capitalised words from ``end`` (a kind word in capitals ends the name it heads:
    "... Latent Variable Model"); with ``gerunds``, a process gerund goes on with it ("Score Matching")."""
    while True:
        m = _NEXT_CAP_WORD.match(text, end, end + 40)
        if not m or not _cap_word_ok(m.group(1), gerunds):
            if m and _TITLE_WORD.fullmatch(m.group(1)) and m.group(1).lower() in words.KIND_HEADS:
                end = m.end()
            label = _LABEL_AFTER.match(text, end) if _LABELLED.search(text, max(0, end - 10), end) else None
            return label.end() if label else end  # "ShanghaiTech Part B", "... Dataset Version II"
        end = m.end()


#: A token right after a Title Case run that continues the name, not a new word: an acronym or a name in
#: mixed case ("GAN", "tranSFormer", "CNNs"), or a Title Case process word before a model head ("Pooling Net").
_CONTINUES = re.compile(r" (?:((?:[A-Z]{2,}|[a-z]+[A-Z]|[A-Z][a-z]+[A-Z])[\w\-]*)"
                        r"|[A-Z][a-z]+(?:ing|ed) (?:Net|Network|Model|Transformer|Former)s?)(?![\w\-])")


def continuation(text: str, start: int, end: int) -> int | None:
    """Where the name goes on when the Title Case run ``start:end`` is directly followed (a space, no
    punctuation) by a token that continues it (:data:`_CONTINUES`); the run's own acronym ("Dynamic Time
    Warping DTW") is no continuation. A Task phrase so followed is a piece of a longer name
    ("Bipartite Graph Reasoning GAN", "Medical Image Segmentation tranSFormer"), not a mention of the task.

    >>> t = "a Bipartite Graph Reasoning GAN and Dynamic Time Warping DTW and Pose Estimation for all"
    >>> [continuation(t, t.index(s), t.index(s) + len(s))
    ...  for s in ("Bipartite Graph Reasoning", "Dynamic Time Warping", "Pose Estimation")]
    [31, None, None]
    """
    m = _CONTINUES.match(text, end)
    if m is None:
        return None
    token = m.group(1)
    if token and token.rstrip("s").isupper() and _initials(text[start:end]).startswith(token.rstrip("s")[:2]):
        return None
    return m.end()


def _initials(run: str) -> str:
    """The capitals that start the words of a run and their hyphenated parts ("Closed-Loop Control": "CLC")."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", run) if w[:1].isupper())


#: Words a name numbers by the label after them ("Part B", "Track 2", "Version II"): the label ends the name.
_LABELLED = re.compile(r"(?<![\w\-])(?:Part|Track|Version|Phase|Subset|Split|Level)$")
_LABEL_AFTER = re.compile(r" (?:[A-Z]|\d{1,2}|I{1,3}|IV|V|VI)(?![\w\-])")


def _word_before(text: str, start: int) -> str | None:
    """The text from the space before the word that ends at ``start`` (a word and a space, or a space and a
    line break), a few characters, not 40 (a word holds no space); None when nothing can precede."""
    lo = max(0, start - 40)
    if start and text[start - 1] == " ":
        lo = max(lo, text.rfind(" ", lo, start - 1) + 1)
    elif not start or text[start - 1] != "\n":
        return None
    before = text[lo:start]
    return None if before.islower() else before  # no capital letter, no match


def _extend_left(text: str, start: int, starts: set[int], verbs: frozenset[str], gerunds: bool = False,
                 one_token: bool = False, capitals: bool = False, end: int = -1) -> int:
    """The start of the run of capitalised words that ends at ``start``, never over a sentence's first word
    nor a verb after "to" ("a Way to Train Residual Networks"); with ``gerunds``, over a process gerund. A
    capitalised participle or naming adjective leads the name too (:func:`_lead_word_ok`) when the lexicon's
    name is one token (``one_token``: "Nested Dropout", "Deep CORAL") or the run has grown past it already
    ("Deep Aggregation Vision Transformer"); "Deep Convolutional Neural Networks" stays the lexicon's phrase. Before
    a name in ``capitals`` ("ASR"), an adjective made of another name leads none (:func:`_made_of_a_name`). A
    capitalised grading adverb leads the name of the word it grades (:func:`_grading_adverb`: "a Fully Convolutional
    Attention Network", "the Very Deep VGG"). A sentence's first word leads the name that ends at ``end`` only where an
    acronym spells it (:func:`~kg.extract.title_case.opens_long_form`: "Mixed Sample Data Augmentation (MSDA) is"). Once
    the name has grown, a praise participle after a capitalised noun leads it with that noun
    (:func:`~kg.extract.title_case.compound_participle`: "a Knowledge Enhanced Quokka BERT"; "an Improved Quokka Net"
    stays "Quokka Net")."""
    grew = one_token
    while True:
        before = _word_before(text, start)
        if before is None or start in starts:
            return start
        m = _PREV_CAP_WORD.search(before)
        word = m.group(1) if m else ""
        w0 = start - m.end() + m.start(1) if m else start  # where the word before starts
        if grew and m and (noun := compound_participle(text, w0, word, verbs)) is not None and noun not in starts:
            start = noun  # ("a Knowledge Enhanced Quokka BERT": the participle and its noun)
            continue
        if not m or not (_cap_word_ok(word, gerunds) or (grew and _lead_word_ok(word))
                         or _grading_adverb(word, text, start)) or (capitals and _made_of_a_name(word)):
            return start
        grew = True
        if (w0 in starts and not (end > start and opens_long_form(text, w0, end))) \
                or head_phrases.verb_after_to(text, w0, word, verbs) or _ends_a_name(text, w0, word):
            return start
        start -= len(m.group(0))


#: The endings of an adjective or a participle a grading adverb grades ("Convolutional", "Refined", "Recursive",
#: "Differentiable").
_ADJECTIVE_ENDS = ("ed", "al", "ive", "ic", "ous", "able", "ible")


def _grading_adverb(word: str, text: str, at: int) -> bool:
    """Whether a capitalised word is an adverb that grades the word after it (at ``at``: "Fully", "Recursively",
    "Very"): in sentence case its capital makes it a word of the name that word opens ("Fully Convolutional ..."),
    whose meaning it changes; no praise or grammar word of :data:`~kg.extract.words.BAD_MODIFIERS` ("Significantly",
    "Only"). A word in -ly grades only an adjective or a participle after it (:func:`_lead_word_ok`, or one by its
    ending: "Fully Convolutional", "Mathematically Differentiable", "Recursively Refined"); one before a noun is none,
    a verb or a noun itself ("We Apply Glyph Transformers", "in Italy Glyph Transformers"). A compound in -ly after a
    hyphen is an adjective, which leads the name it modifies ("the Vision-friendly Transformer").

    >>> t = "a Fully Convolutional Glyph Net; We Apply Glyph Nets; the Glyph-friendly Net"
    >>> [_grading_adverb(w, t, t.index(n)) for w, n in (("Fully", "Con"), ("Apply", "Glyph N"), ("Glyph-friendly", "Net"))]
    [True, False, True]
    """
    low = word.lower()
    if not _TITLE_WORD.fullmatch(word) or not (low == "very" or low.endswith("ly") and low not in words.BAD_MODIFIERS):
        return False
    after = _NEXT_WORD.match(text, at)
    return low == "very" or "-" in low or after is not None and (_lead_word_ok(after.group(0))
                                                   or after.group(0).lower().endswith(_ADJECTIVE_ENDS))


_NEXT_WORD = re.compile(r"[A-Z][\w\-]*")


#: The words that end a dataset's or a contest's name (as :func:`_run_type` reads a run's head word).
_DATA_ENDS = frozenset(words.DATASET_HEADS | {"track", "challenge"})
_NAME_OR_YEAR_BEFORE = re.compile(r"(?:[A-Z][\w\-]*|\d{2,4}) $")


def _ends_a_name(text: str, w0: int, word: str) -> bool:
    """Whether a capitalised data word right after a name or a year ends that name ("the COCO 2018 Challenge
    Object Detection Task": "Challenge" closes "COCO 2018 Challenge"; no piece of the task after it)."""
    return word.lower() in _DATA_ENDS and bool(_NAME_OR_YEAR_BEFORE.search(text, max(0, w0 - 12), w0))


#: The words that end a contest's name: its edition, host or scale before it belongs to the name.
_CONTEST_ENDS = frozenset({"challenge", "competition", "track", "contest", "cup"})
#: A word of a contest's name before its Title Case run: a series or host with a capital or a digit, a year, an
#: ordinal or a scale ("DAVIS 2019", "NTIRE2017", "YouTube-VOS 1st", "ImageNet Large", "Large-scale 3D").
_EDITION_WORD = re.compile(r"(?<![\w\-])([A-Z0-9][\w\-&+']*) $")


def _edition_before(text: str, start: int, end: int, starts: set[int]) -> int:
    """Where a contest's name starts: the Title Case run ending in "Challenge" ("Video Object Segmentation
    Challenge") takes up to three words before it that have a capital or a digit, which the run stops at (a
    year, an edition, a scale word): "the DAVIS 2019 Unsupervised Video Object Segmentation Challenge", "the
    ImageNet Large Scale Visual Recognition Challenge" are the contests' names, their runs alone pieces.

    >>> t = "We won the DAVIS 2019 Video Object Segmentation Challenge. And the Kaggle Cup."
    >>> t[_edition_before(t, t.index("Video"), t.index("."), {0})]
    'D'
    """
    if text[start:end].rsplit(" ", 1)[-1].lower() not in _CONTEST_ENDS:
        return start
    for _ in range(3):
        if start in starts:
            break
        m = _EDITION_WORD.search(text, max(0, start - 40), start)
        if not m or m.group(1).lower() in _FUNCTION_WORD_CAPS or m.group(1) in words.NOT_NAMES:
            break
        start = m.start(1)
    return start


def _run_type(text: str, start: int, end: int, last: Candidate | None, grown: Candidate) -> T:
    """A run's type: the lexicon match that ends it, else its head word's, else that of the dataset it grew
    from ("the CoNLL-2003 English shared task"), else Method."""
    head = text[start:end].rsplit(" ", 1)[-1].lower()
    if last is not None:
        return last.type
    if head in _DATA_ENDS:
        return T.DATASET
    if head in words.TASK_HEADS:
        return T.TASK
    if head in words.METRIC_WORDS:
        return T.METRIC
    return T.DATASET if grown.type is T.DATASET and grown.start == start else T.METHOD


# --- hyphenated names whose last part is a plain word --------------------------------------------------------

#: Rules that take a name by its shape or by a naming verb: their span ends where the capitals do, whatever
#: the words after it say.
_SHAPED_RULES = frozenset({"name", "named"})
#: A name whose last hyphenated part is a plain lower-case word: group 1 the name before it, group 2 that word.
_LOWER_TAIL = re.compile(r"(\S*[A-Z]\S*?)-([a-z]+)")
#: Grammar words that never end a name: after a hyphen they are a lost dash before an appositive or a clause
#: ("FooNet -- a model for ...", "FooNet-new architectures for ..."): the name ends before the hyphen.
_APPOSITION_OPENERS = frozenset(FUNCTION_WORDS | {"a", "over", "new", "novel"})
#: Tails that make a hyphenated word the name of a made thing ("Foo-net", "Foo-detector") or of a measure
#: ("KL-divergence", "L1-distance"), even as a modifier.
_NAME_TAILS = frozenset(words.THING_NOUNS | words.METRIC_HEADS | {"net", "nets"})
_WORD_AFTER = re.compile(r" ([a-z]+)(?![\w\-])")
_ANY_WORD_AFTER = re.compile(r" \w")
#: Modal verbs: the word before one is a subject ("the Foo-test cannot tell ..."), no modifier.
_MODALS = frozenset({"can", "cannot", "could", "may", "might", "must", "shall", "should", "will", "would", "does",
                     "did", "do"})
#: The words a span before them does not modify (:func:`_modifies_a_noun`): grammar words, modals, words that are no
#: modifier's noun, thing nouns the span names a kind of.
_NOT_MODIFIED = _APPOSITION_OPENERS | _MODALS | words.NON_MODIFIERS | words.BAD_MODIFIERS | words.THING_NOUNS
_TWO_WORDS_AFTER = re.compile(r" ([a-z]+) ([a-z]+)(?![\w\-])")


def hyphen_tails(text: str, cands: list[Candidate], verbs: frozenset[str],
                 defined: Container[str] = frozenset()) -> list[Candidate]:
    """Shape and "called X" names ending in a hyphen and a plain lower-case word, then another word. A grammar
    word after the hyphen is a lost dash: the name ends before it ("FooNet-a model for ..." -> "FooNet"). A
    plain word after the hyphen with a noun after it makes the whole a modifier ("Foo-to-text alignments",
    "VGA-scale frames"): no name; after "called", it is the start of one, taken up to a thing noun two words on
    ("called Q-link fusion module" -> "Q-link fusion module"). A name of a made thing ("Foo-net", "Bar-gate")
    or of a measure ("XY-divergence term"), an acronym the doc defines (``defined``: "(Foo-seq) data") and a
    word before a verb ("Foo-dropout improves"), a preposition or a thing noun ("a Foo-bone layer") stay.

    >>> t = "We build QuokkaNet-a model, EmuKit-a Rust kit, ABC-to-text alignments, called Q-link fusion module."
    >>> cs = [Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 50, r) for w, r in
    ...       (("QuokkaNet-a", "name"), ("EmuKit-a", "name"), ("ABC-to-text", "name"), ("Q-link", "named"))]
    >>> [t[c.start:c.end] for c in hyphen_tails(t, cs, frozenset())]
    ['QuokkaNet', 'EmuKit', 'Q-link fusion module']
    """
    out = []
    for c in cands:
        m = _LOWER_TAIL.fullmatch(text, c.start, c.end) if c.rule in _SHAPED_RULES else None
        if m is not None and m.group(2) in _APPOSITION_OPENERS and _ANY_WORD_AFTER.match(text, c.end):
            out.append(c._replace(end=m.end(1)))
        elif m is None or m.group(2) in _NAME_TAILS or m.group(0) in defined \
                or not _modifies_a_noun(text, c.end, verbs):
            out.append(c)
        elif c.rule == "named" and (end := _thing_head_end(text, c.end)) is not None:
            out.append(c._replace(end=end))
    return out


def _modifies_a_noun(text: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether the word right after ``end`` is a lower-case noun the span before it modifies: neither a verb, a
    participle ("Foo-x based"), a grammar word nor a thing noun that the span names a kind of ("a Foo-x layer")."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return not (word in _NOT_MODIFIED or verbish(word, verbs))


def _thing_head_end(text: str, end: int) -> int | None:
    """The end of a thing noun two words after ``end`` ("... fusion module"), else None."""
    m = _TWO_WORDS_AFTER.match(text, end)
    return m.end() if m is not None and m.group(2) in words.THING_NOUNS else None
