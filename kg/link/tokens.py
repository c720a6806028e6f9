"""Mentions cut out of a longer token, made whole again before linking.

A lexicon or rule match that starts or ends inside a word of the text ("Scenes" in "nuScenes", "W" in
"300W", "Simple" in "tuSimple") names another thing than the match: the linker links the whole token
instead ("nuScenes"). A coined or acronym name glued behind a prefix by a hyphen ("Info-GAN", "A-Softmax",
"KG-BERT", "HyperFace-ResNet"), or any capitalised name behind a prefix that is no word ("w2v-BERT",
"Lovász-Softmax"), is a variant of its own, not the name after the hyphen: it is linked as the whole
hyphenated name too. Lower-case compounds and prefixes ("self-attention", "non-CNN",
"single-image super-resolution") and prefixes that are ordinary capitalised words before a phrase
("Index Terms-Argument mining") are left alone.

Only Methods and Datasets are made whole (task and metric phrases are compounds of ordinary words).
A Method's size written in lower case after a hyphen ("YOLOv4-tiny") is grown over when the paper
contrasts such sizes (:mod:`kg.link.variants`).

A lexicon match followed, one or two words on, by a word that makes it another name of the lexicon
of its type ("top-5 errors", "top-5 validation error": the lexicon's "top-5 error", not its
"top-5 accuracy") is that longer name (:func:`longer_lexicon_name`).

A lexicon Method written as a common noun inside a longer name ("spatial transformer network") is
linked as that name (:func:`phrase_span`).

A mention one word short of a name the same paper writes elsewhere as a mention of its type ("Quokka" of
"Quokka sampling", "Walk Extraction" after "Bamboo", where the paper also names "bamboo walk extraction") is
linked as that name (:func:`paper_name_span`): the word next to it, written in the text, completes it. A
curated lexicon match is not (the paper's "Quokka Transformer" is a kind of the Transformer); a generated
entry's match is (a generated name may itself be a piece: "Term Extraction").

The mention keeps its place in the paper: only its span grows, so ``text == paper[start:end]`` holds.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.boundaries import GRADE_KEYS
from kg.extract.cut_long_forms import describing_end, noun_phrase_goes_on
from kg.extract.glued_tails import glued_tail_at
from kg.extract.ordinary_words import ADJECTIVE_TAIL, load_words
from kg.extract.task_bounds import SETTING_KEYS
from kg.link.context import acronym_shaped
from kg.link.normalize import FUNCTION_WORDS, broader_alias, compact_key, is_proper_name, singular, trailing_kind
from kg.link.variants import variant_pairs, variant_span
from kg.models import FIELDS, Extraction, Mention
from kg.vocab import EntityType

_WHOLE_TYPES = (EntityType.METHOD, EntityType.DATASET)
_LEXICON_RULES = frozenset({"lexicon", "lexicon-gen"})


def _left(text: str, i: int) -> int:
    """The start of the token chain ending at ``i`` (letters, digits and hyphens between them)."""
    while i > 0 and (text[i - 1].isalnum() or (text[i - 1] == "-" and i > 1 and text[i - 2].isalnum()
                                                and i < len(text) and text[i].isalnum())):
        i -= 1
    return i


def whole_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the whole token a name was cut from, or None when the span is whole already.

    >>> s = "on nuScenes and 300W; Info-GAN and self-attention; A-Softmax loss"
    >>> [s[slice(*whole_span(s, s.index(w), s.index(w) + len(w)))] for w in ("Scenes", "0W", "GAN", "Softmax")]
    ['nuScenes', '300W', 'Info-GAN', 'A-Softmax']
    >>> whole_span(s, s.index("attention"), s.index("attention") + 9) is None
    True
    >>> s = "on PAS-CAL VOC and COCO-Stuff, BERT-base"
    >>> [s[slice(*whole_span(s, s.index(w), s.index(w) + len(w)))] for w in ("PAS", "COCO")], whole_span(s, 31, 35)
    (['PAS-CAL', 'COCO-Stuff'], None)
    >>> whole_span("the first GAN-Like model", 10, 13) is None
    True
    >>> whole_span("such as PointNetbased methods", 8, 16) is None  # a hyphen lost: "PointNet-based"
    True
    >>> s = "than QuokkaNetV2-1.3[17] and ZapNet-50. Then"
    >>> [s[slice(*whole_span(s, s.index(w), s.index(w) + len(w)))] for w in ("QuokkaNetV2", "ZapNet")]
    ['QuokkaNetV2-1.3', 'ZapNet-50']
    >>> s = "the bottom-up ZapNet-W32-512×512 gains"
    >>> s[slice(*whole_span(s, s.index("ZapNet"), s.index("ZapNet") + 6))]
    'ZapNet-W32-512×512'
    """
    inside = (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or \
             (end < len(text) and text[end].isalnum() and text[end - 1].isalnum() and not glued_tail_at(text, end)) \
        or _times_sign(text, end)  # "-50×2": a width after the size, as in "-50x2"
    if inside:
        b = end
        while b < len(text) and (text[b].isalnum() or _times_sign(text, b)):
            b += 1
        return _left(text, start), b
    if end + 1 < len(text) and text[end] == "-" and (text[end + 1].isupper() or text[end + 1].isdigit()) \
            and not text[start:end].islower():
        b = end + 1  # "PAS-CAL" (a word split at a line end), "COCO-Stuff": the name goes on after the hyphen
        while b < len(text) and (text[b].isalnum() or (text[b] == "-" and b + 1 < len(text) and text[b + 1].isalnum())
                                 or _decimal_point(text, b) or _times_sign(text, b)):
            b += 1
        if ADJECTIVE_TAIL.search(text, end, b):
            return None  # "MLP-Like", "CNN-Based": an adjective made of the name, the name ends at the hyphen
        return _left(text, start), b
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        a = _left(text, start - 1)
        prefix, name = text[a:start - 1], text[start:end]
        if not prefix.islower() and (prefix.isupper() or prefix[:1].isdigit() or name.isupper() or is_proper_name(name)):
            return a, end
        if name[:1].isupper() and _name_like(prefix):
            return a, end  # "w2v-BERT", "Lovász-Softmax", "β-VAE": a coined prefix, not a word
    return None


def _decimal_point(text: str, i: int) -> bool:
    """Whether ``text[i]`` is the point of a decimal number, a digit on each side ("-1.3" of "MobileNetV2-1.3[17]",
    "-0.5"): a version or width goes on over it, where a point before a space or a letter ends the sentence."""
    return text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _times_sign(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a "×" between two digits, an input size's ("-512×512" of "QuokNet-W32-512×512"): one
    token, as "512x512" is, and the name goes on over it.

    >>> s = "QuokNet-W32-512×512 and 3 × 4"
    >>> _times_sign(s, s.index("×")), _times_sign(s, s.rindex("×"))
    (True, False)
    """
    return 0 < i < len(text) - 1 and text[i] == "×" and text[i - 1].isdigit() and text[i + 1].isdigit()


_DIGIT_IN_LETTERS = re.compile(r"[^\W\d_]\d+[^\W\d_]")


def _name_like(prefix: str) -> bool:
    """Whether a prefix is no word whatever its case: a digit inside a run of letters ("w2v", "x3d") or a
    letter outside ASCII ("Lovász", "Poincaré", "β").

    >>> [_name_like(w) for w in ("w2v", "x3d", "Lovász", "β", "self", "top5", "3d", "non")]
    [True, True, True, True, False, False, False, False]
    """
    return bool(_DIGIT_IN_LETTERS.search(prefix)) or any(c.isalpha() and not c.isascii() for c in prefix)


_NEXT_WORDS = re.compile(r"(?:\s+([\w\-]+))?\s+([A-Za-z][\w\-]*)")
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w\-]*)")


def longer_lexicon_name(text: str, m: Mention) -> Mention | None:
    """The mention grown to a longer lexicon name of its type that the next word or the one after it
    completes, if any. Function words neither complete a name nor are skipped ("ImageNet with a" is
    ImageNet and an article, not the lexicon's "ImageNet-A").

    >>> from kg.vocab import EntityType as T
    >>> s = "a top-5 errors of 3% and top-5 validation error, top-5 accuracy"
    >>> [longer_lexicon_name(s, Mention(T.METRIC, "top-5", i, i + 5, canonical="top-5 accuracy", rule="lexicon"))
    ...  for i in (2, 25, 49)][:2]  # doctest: +ELLIPSIS
    [Mention(..., text='top-5 errors', ..., canonical='top-5 error', ...), Mention(..., text='top-5 validation error', ...)]
    """
    from kg.link.types import lexicon_tails  # noqa: PLC0415 - the lexicon is read lazily

    tails = lexicon_tails().get(m.type, ())
    own = m.canonical or m.text
    for rx in (_NEXT_WORD, _NEXT_WORDS):
        nxt = rx.match(text, m.end)
        if nxt is None:
            continue
        word = nxt.group(nxt.lastindex).lower()
        if word not in tails and singular(word) not in tails or word in FUNCTION_WORDS \
                or (nxt.lastindex == 2 and (nxt.group(1) or "").lower() in FUNCTION_WORDS):
            continue
        canonical = _lexicon_name(m.type, m.text, nxt.group(nxt.lastindex))  # as written: "AP S" is APS, "AP m" no APM
        # also a broader alias completed by its own head past a plain word: "top-1 classification accuracy" is
        # top-1 accuracy (not past a name: "top-1 ImageNet accuracy" keeps the dataset's name out of the measure's)
        skipped = nxt.group(1) if nxt.lastindex == 2 else None
        if canonical is not None and (canonical != own or (broader_alias(m.text, canonical, m.type.value)
                                                          and (skipped is None or skipped.islower()))):
            return m._replace(text=text[m.start:nxt.end()], end=nxt.end(), canonical=canonical, aliases=(),
                              rule="lexicon")
    return None


@lru_cache(maxsize=65536)
def _lexicon_name(etype: EntityType, text: str, word: str) -> str | None:
    """The canonical of the lexicon entry of ``etype`` named ``text word``, if any (the same few
    pairs come back in every paper: cached)."""
    from kg.link.types import lexicon_types  # noqa: PLC0415

    grown = text + " " + word
    for t, canonical in lexicon_types().get(compact_key(grown), ()):
        # "Inception" + "architecture" is no "Inception Score": a type word of another kind
        if t is etype and trailing_kind(grown) in (None, trailing_kind(canonical))  and _same_letters(grown, canonical):
            return canonical
    return None


_SQUEEZE = str.maketrans("", "", " -")


def _same_letters(grown: str, canonical: str) -> bool:
    """Whether a grown name spells a canonical written in capitals only in its case: "AP m" (mask AP) is not the
    lexicon's "APM" (AP of medium objects), "AP S" is "APS"; other names match in any case ("Yahoo music").

    >>> _same_letters("AP m", "APM"), _same_letters("AP S", "APS"), _same_letters("top-5 errors", "top-5 error")
    (False, True, True)
    """
    squeezed = canonical.translate(_SQUEEZE)
    if " " in canonical or not squeezed.isupper():
        return True
    return grown.translate(_SQUEEZE) == squeezed


_HEAD_AFTER = re.compile(r"[ \t]+(?:networks?|modules?|layers?|blocks?|units?)\b")
_WORD_BEFORE = re.compile(r"([a-z][a-z\-]*)[ \t]+$")


def phrase_span(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of the longer name a lexicon Method match written as a common noun is a word of: the
    match in lower case though the lexicon writes it with capitals, a modifier before it that is no common
    English word and a component word after it ("spatial transformer network" is not the Transformer;
    "the Transformer network", "a transformer network" and "large transformer networks" are).

    >>> s = "a spatial transformer network and a large transformer network"
    >>> phrase_span(s, Mention(EntityType.METHOD, "transformer", 10, 21, canonical="Transformer", rule="lexicon"))
    (2, 29)
    >>> phrase_span(s, Mention(EntityType.METHOD, "transformer", 42, 53, canonical="Transformer", rule="lexicon"))
    """
    from kg.link.lexicon_rows import common_words  # noqa: PLC0415

    canonical = m.canonical or m.text
    if m.type is not EntityType.METHOD or not m.text.islower() or canonical.islower():
        return None
    after = _HEAD_AFTER.match(text, m.end)
    a = max(0, m.start - 40)
    before = _WORD_BEFORE.search(text[a:m.start])
    if after is None or before is None:
        return None
    start = a + before.start(1)
    word = before.group(1)
    if (start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-")) or word in FUNCTION_WORDS \
            or any(w in common_words() for w in word.split("-")) or _verb_form(word):
        return None  # cut from a longer word, an ordinary modifier ("large transformer networks") or a verb
    return start, after.end()


def _verb_form(word: str) -> bool:
    """Whether ``word`` is a verb abstracts use ("employs", "utilizes": ``verb_words.txt``), or its "-s" /
    "-es" form: the verb of a clause, no modifier of the name after it ("X utilizes transformer blocks")."""
    from kg.link.lexicon_rows import verb_words  # noqa: PLC0415

    verbs = verb_words()
    return word in verbs or word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs)


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z0-9][\w\-]*)")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w\-])([A-Za-z0-9][\w\-]*)[ \t]+$")


def paper_name_span(text: str, m: Mention, names: frozenset[str]) -> tuple[int, int] | None:
    """The span of the mention with the word after it, or else the word before it, when that longer span is
    (by :func:`~kg.link.normalize.compact_key`) a name the paper writes as a mention of the same type
    (``names``), other than the mention's own (a trailing type word: "X dataset" is X). Function words neither
    complete a name nor start one, and a grade or setting word starts none (:func:`_no_name_word`).

    >>> s = "we use quokka sampling. Quokka sampling and the Bamboo Walk Extraction task"
    >>> names = frozenset({"quokkasampling", "bamboowalkextraction"})
    >>> paper_name_span(s, Mention(EntityType.METHOD, "quokka", 7, 13), names)
    (7, 22)
    >>> paper_name_span(s, Mention(EntityType.TASK, "Walk Extraction", 55, 70), names)
    (48, 70)
    """
    if len(names) < 2:  # its own name only
        return None
    own = _key(m.text)
    longer = [k for k in names if own in k and k != own]  # the few the mention could be short of
    if not longer:
        return None
    nxt = _WORD_AFTER.match(text, m.end)
    if nxt is not None and nxt.group(1).lower() not in FUNCTION_WORDS and any(k.startswith(own) for k in longer):
        if compact_key(text[m.start:nxt.end()]) in longer:
            return m.start, nxt.end()
    before = _NAME_WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if before is not None and not _no_name_word(before.group(1)) and any(k.endswith(own) for k in longer):
        if compact_key(text[before.start(1):m.end]) in longer:
            return before.start(1), m.end
    return None


#: :func:`~kg.link.normalize.compact_key` of the mentions' texts (the same few names come back in every paper).
_key = lru_cache(maxsize=65536)(compact_key)


#: Words that lead a name without being part of it: a grade or an operating setting ("novel", "real-time").
_LEADING_NOT_NAME = GRADE_KEYS | SETTING_KEYS


def _no_name_word(word: str) -> bool:
    """Whether a word before a mention starts no longer name with it: a function word, a grade or a setting
    ("the", "novel", "Real-Time": "real-time quokka parsing" is quokka parsing run in real time)."""
    low = word.lower()
    return low in FUNCTION_WORDS or low.replace("-", "") in _LEADING_NOT_NAME


def _paper_names(ex: Extraction) -> dict[EntityType, frozenset[str]]:
    """The keys of the paper's mentions, by type (:func:`paper_name_span`)."""
    names: dict[EntityType, set[str]] = {}
    for m in ex.mentions:
        if m.field in FIELDS:
            names.setdefault(m.type, set()).add(_key(m.text))
    return {t: frozenset(keys) for t, keys in names.items()}


def _grown(text: str, m: Mention, names: dict[EntityType, frozenset[str]],
           sizes: frozenset[tuple[str, str]]) -> tuple[int, int] | Mention | None:
    """The whole token a Method or Dataset was cut from, a Method with its size after a hyphen (``sizes``:
    :func:`~kg.link.variants.variant_pairs`), a lexicon Method's longer name (spans), a lexicon match grown to a
    longer lexicon name (a mention), or the paper's own longer name the mention is one word short of (a span)."""
    span = whole_span(text, m.start, m.end) if m.type in _WHOLE_TYPES else None
    if span is None:
        span = variant_span(text, m, sizes)
    if span is None and m.rule in _LEXICON_RULES:
        span = phrase_span(text, m) or longer_lexicon_name(text, m)
    if span is not None or m.rule == "lexicon":  # a curated entry inside the paper's name stays that entry
        return span
    return paper_name_span(text, m, names.get(m.type, frozenset()))


def whole_mentions(ex: Extraction) -> tuple[Mention, ...]:
    """The paper's mentions, each Method or Dataset cut out of a longer token made whole (rule
    ``whole-token``, no lexicon canonical or aliases: they belonged to the part), each lexicon match that
    a next word completes to a longer lexicon name grown to it, each mention one word short of another
    name of the paper grown to it (:func:`paper_name_span`, rule ``whole-token`` too)."""
    out = None
    texts: dict[str, str] = {}
    names = _paper_names(ex)
    sizes = variant_pairs(ex)
    tasks = [(m.field, m.start, m.end) for m in ex.mentions if m.type is EntityType.TASK]
    for i, m in enumerate(ex.mentions):
        if m.field not in FIELDS:
            continue
        text = texts.get(m.field)
        if text is None:
            text = texts[m.field] = ex.paper.text(m.field)
        if not 0 <= m.start < m.end <= len(text) or text[m.start:m.end] != m.text:
            continue
        grown = _grown(text, m, names, sizes)
        if isinstance(grown, Mention) and m.type is EntityType.DATASET and _into_task(tasks, m, grown.end):
            grown = None  # "Quokka sentiment analysis": the lexicon's "Quokka-Sentiment" would take the task's word
        if grown is not None:
            if out is None:
                out = list(ex.mentions)
            if isinstance(grown, Mention):
                out[i] = grown
            else:
                a, b = grown
                out[i] = m._replace(text=text[a:b], start=a, end=b, canonical=None, aliases=(), rule="whole-token")
    return ex.mentions if out is None else tuple(out)


def _into_task(tasks: list[tuple[str, int, int]], m: Mention, end: int) -> bool:
    """Whether ``m`` grown to ``end`` would take a word of a Task mention of its paper written after it.

    >>> m = Mention(EntityType.DATASET, "Quokka", 3, 9, "abstract")
    >>> _into_task([("abstract", 10, 28)], m, 19), _into_task([("title", 10, 28)], m, 19)
    (True, False)
    """
    return any(f == m.field and m.end <= s < end for f, s, _ in tasks)


_PAREN_OPEN = re.compile(r"\s*\(\s*$")


def paren_definitions(ex: Extraction, mentions: tuple[Mention, ...]) -> dict[int, str]:
    """Acronyms the paper defines that the extractor did not record: a mention written like an acronym
    in parentheses right after a mention of the same type whose initials it is ("substochastic
    successor representation (SSR)"). Returns the long form's index -> the acronym.

    >>> from kg.models import Paper
    >>> from kg.vocab import EntityType as T
    >>> s = "the quokka walk representation (QWR) helps"
    >>> ms = (Mention(T.METHOD, "quokka walk representation", 4, 30), Mention(T.METHOD, "QWR", 32, 35))
    >>> paren_definitions(Extraction(Paper("p", "t", s), ms), ms)
    {0: 'QWR'}
    """
    from kg.link.normalize import norm_name  # noqa: PLC0415

    out: dict[int, str] = {}
    texts: dict[str, str] = {}
    for i in range(len(mentions) - 1):
        long, short = mentions[i], mentions[i + 1]
        if long.aliases or short.rule == "acronym-ref" or long.type is not short.type or long.field != short.field \
                or short.field not in FIELDS or not (2 <= len(short.text) <= 8 and short.text[:1].isupper()):
            continue
        text = texts.get(long.field)
        if text is None:
            text = texts[long.field] = ex.paper.text(long.field)
        if not _PAREN_OPEN.match(text[long.end:short.start]) or text[short.end:short.end + 1] != ")":
            continue
        letters = "".join(c for c in short.text.lower() if c.isalpha())
        for words in (norm_name(long.text).split(), long.text.lower().split()):  # (norm_name splits "two-step")
            if _hyphens_either_way(letters, words) or letters.endswith("s") and _hyphens_either_way(letters[:-1], words):
                out[i] = short.text
                break
    return out


#: The words before "(ACRO)" in the raw text, back to the nearest sign that ends a phrase ("... modules: the Foo Bar").
_WORDS_BEFORE = re.compile(r"[^\s,;:.!?()\[\]\"\u201c\u201d]+(?=\s+|$)")


def written_definitions(ex: Extraction, mentions: tuple[Mention, ...]) -> dict[int, str]:
    """Acronyms a paper coins in parentheses after words that are no mention of their own: an acronym
    mention (no reading's) in "(ACRO)" whose initials the last words before it spell, all of them
    (:func:`_spells`, hyphen parts as words or not: "Quokka Two-step Walker (QTW) module", "reinforced
    walk-attention (ReWA)"). The paper defines its own sense of the acronym, as a title does; it is no bare
    user of another paper's. A long form the extractor recorded, as one mention, is left to it
    (:func:`paren_definitions`). So is a lexicon's acronym, unless the words spell another thing than the
    lexicon knows its letters by (:func:`~kg.link.senses.other_sense`: "Singlestride Sparse Transformer (SST)" is
    no "Stanford Sentiment Treebank"), even where the extractor recorded them as a name of another type.
    Returns the acronym's index -> the long form as written.

    >>> from kg.models import Paper
    >>> from kg.vocab import EntityType as T
    >>> s = "two parts: the Quokka Two-step Walker (QTW) module"
    >>> ms = (Mention(T.METHOD, "QTW", 39, 42),)
    >>> written_definitions(Extraction(Paper("p", "t", s), ms), ms)
    {0: 'Quokka Two-step Walker'}
    """
    from kg.link.senses import other_sense  # noqa: PLC0415 (the lexicon is read lazily)

    out: dict[int, str] = {}
    texts: dict[str, str] = {}
    for i, m in enumerate(mentions):
        lexicon = m.rule in _LEXICON_RULES
        if m.aliases or (not lexicon and m.canonical not in (None, m.text)) or m.field not in FIELDS \
                or not acronym_shaped(m.text) or not m.text.replace("-", "").isalpha():
            continue
        text = texts.get(m.field)
        if text is None:
            text = texts[m.field] = ex.paper.text(m.field)
        opened = _opened_at(text, m.start) if text[m.end:m.end + 1] == ")" else None
        long = _spelt_before(text, opened, m.text) if opened is not None else None
        if long is None or lexicon and not other_sense(m.type, m.canonical or m.text, m.text, text[long[0]:long[1]]):
            continue
        if _cut_long_form(text, text[long[0]:long[1]], m):
            continue  # "Quokka GPU-Aware (QGA) glyph search": the words stop inside the phrase, QGA names it
        if not any(x.field == m.field and x.end == long[1] and x.start <= long[0] and (x.type is m.type or not lexicon)
                   for x in mentions):
            out[i] = text[long[0]:long[1]]
    return out


def _cut_long_form(text: str, long: str, m: Mention) -> bool:
    """Whether the words before an acronym's bracket end on a describing word and the noun phrase goes on after the
    bracket (:mod:`kg.extract.cut_long_forms`): they are cut inside it and define no name."""
    return describing_end(long) and noun_phrase_goes_on(text, m.text, m.end, load_words("verb_words.txt"))


def _opened_at(text: str, start: int) -> int | None:
    """Where the spaces before the "(" that opens right before ``start`` begin (what ``_PAREN_OPEN`` matches
    ending at ``start``), read back from ``start`` rather than searched for from the text's start; None when no
    parenthesis opens there.

    >>> _opened_at("the Foo Bar ( FB)", 14), _opened_at("the Foo Bar FB)", 12)
    (11, None)
    """
    j = start
    while j and text[j - 1].isspace():
        j -= 1
    if not j or text[j - 1] != "(":
        return None
    j -= 1
    while j and text[j - 1].isspace():
        j -= 1
    return j


def _spelt_before(text: str, end: int, acro: str) -> tuple[int, int] | None:
    """The span of the most words (two or more, the first no function word) ending at ``end`` whose initials
    spell ``acro`` (:func:`_hyphens_either_way`), or None."""
    letters = "".join(c for c in acro.lower() if c.isalpha())
    words = list(_WORDS_BEFORE.finditer(text, max(0, end - 20 * len(letters)), end))
    if not words or words[-1].end() != end:
        return None  # a sign right before the parenthesis
    for k in range(min(len(letters), len(words)), 1, -1):  # the most words: "Active Appearance Model (AAM)"
        span = words[-k:]
        if any(text[a.end():b.start()].strip() for a, b in zip(span, span[1:])):
            return None  # a sign between two words: the phrase ends there
        low = [w.group(0).lower() for w in span]
        if low[0][:1] != letters[0] or low[0] in FUNCTION_WORDS or not all(w.replace("-", "").isalpha() for w in low):
            continue
        if _hyphens_either_way(letters, low):
            return span[0].start(), span[-1].end()
    return None


def _hyphens_either_way(letters: str, words: list[str]) -> bool:
    """:func:`_spells` of the words with their hyphen parts as words ("self-attention" gives "sa") or not ("two-step"
    gives "t" only: "Selective Two-step Classification (STC)"); two words or more either way.

    >>> _hyphens_either_way("stc", ["selective", "two-step", "classification"]), _hyphens_either_way("sa", ["self-attention"])
    (True, True)
    """
    parts = [p for w in words for p in w.split("-") if p]
    return (len(words) >= 2 and _spells(letters, [w.replace("-", "") for w in words])) \
        or (len(parts) >= 2 and _spells(letters, parts))


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the first letter of each word, in order, each perhaps followed by more
    letters of the same word ("cae" of "convolutional autoencoder", "qwr" of "quokka walk representation").

    >>> _spells("cae", ["convolutional", "autoencoder"]), _spells("cae", ["context", "encoder"])
    (True, False)
    """
    if not words:
        return not letters
    w = words[0]
    if not letters or letters[0] != w[0]:
        return False
    rest, j = letters[1:], 1
    for k in range(len(rest) + 1):  # k more letters from inside this word
        if k and (j := w.find(rest[k - 1], j) + 1) == 0:
            return False
        if _spells(rest[k:], words[1:]):
            return True
    return False


#: Head words a measure is written with ("top-1" is the paper's "top-1 accuracy" or "top-1 error").
MEASURE_HEADS = frozenset({"accuracy", "error", "errors", "rate", "score"})


def fuller_measures(mentions: tuple[Mention, ...]) -> dict[int, int]:
    """Metric mentions that the same paper also writes with one head word after them: index -> the index
    of the first fuller mention, when the paper writes only one fuller form ("top-1" beside the paper's
    "top-1 error" is that error; beside both "top-1 accuracy" and "top-1 error" it stays as written).

    >>> from kg.vocab import EntityType as T
    >>> ms = tuple(Mention(T.METRIC, s, 0, 1) for s in ("top-1 error", "top-1", "top-5", "top-5 accuracy", "top-5 error"))
    >>> fuller_measures(ms)
    {1: 0}
    """
    from kg.link.normalize import norm_name  # noqa: PLC0415

    words = [tuple(norm_name(m.text).split()) if m.type is EntityType.METRIC else () for m in mentions]
    fuller: dict[tuple[str, ...], dict[str, int]] = {}
    for j, w in enumerate(words):
        if len(w) >= 2 and w[-1] in MEASURE_HEADS:
            fuller.setdefault(w[:-1], {}).setdefault(singular(w[-1]), j)
    out = {}
    for i, w in enumerate(words):
        forms = fuller.get(w) if w else None
        if forms and len(forms) == 1:
            out[i] = next(iter(forms.values()))
    return out
