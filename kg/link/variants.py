"""A Method's size or variant written in lower case after a hyphen ("XLNet-base", "YOLOv4-tiny").

GUIDELINES.md rule 4: a size or version that belongs to a name stays in it ("ResNet-50" is not "ResNet-101").
:func:`kg.link.tokens.whole_span` grows a name over a hyphen only when a capital or a digit follows it, so a
lower-case size ("ALBERT-xxlarge") is cut off with the modifier compounds that must stay cut ("BERT-based",
"CNN-like", "GAN-generated"). A paper that contrasts variants says which is which: a lower-case word written
after a hyphen behind two of the paper's Method names ("BERT-base and XLNet-base"), or one name written with
two such words ("YOLOv4-large", "YOLOv4-tiny"), is a size of those names, not an adjective made of them.
Adjective-forming words ("-based", "-like", "-style"), participles ("-generated"), function words and the head
nouns of technique phrases ("-encoder", "-loss") never count, however often they are written.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.extract.lexicon_data import lexicon_names
from kg.extract.ordinary_words import ADJECTIVE_TAIL
from kg.extract.words import KIND_HEADS, METHOD_HEADS, NON_MODIFIERS, ROLE_HEADS, WEAK_HEADS
from kg.link.naming import known_words
from kg.link.normalize import FUNCTION_WORDS, compact_key
from kg.models import FIELDS, Extraction, Mention
from kg.vocab import EntityType

#: A lower-case word after a hyphen right behind a mention, ending there ("-tiny" of "YOLOv4-tiny model").
_SUFFIX = re.compile(r"-([a-z]+)(?![A-Za-z0-9])")
#: A mention written with such a word already ("BERT-large", a lexicon name): the name and the word.
_WRITTEN = re.compile(r"(.*[A-Za-z0-9])-([a-z]+)")
#: Words that are no size: function words, modifiers and heads of technique phrases.
_NO_SIZE = frozenset(FUNCTION_WORDS | NON_MODIFIERS | METHOD_HEADS | ROLE_HEADS | KIND_HEADS | WEAK_HEADS)
#: A participle or a gerund ("-pretrained", "-generated", "-encoding"): an adjective made of the name.
_VERB_FORM = re.compile(r"[a-z]{2,}(?:ed|ing)")


def _size_word(word: str) -> bool:
    """Whether a lower-case word after a hyphen may be a size or variant of the name before it: a word the shipped
    Method lexicon writes so ("BERT-large", "RoBERTa-base", "YOLOv4-tiny") or no word kg knows ("xxlarge"); never
    an everyday noun ("-student", "-features", "-attack"), an adjective-forming word, a participle or a head.

    >>> [_size_word(w) for w in ("base", "tiny", "xxlarge", "based", "like", "pretrained", "encoder", "and")]
    [True, True, True, False, False, False, False, False]
    >>> [_size_word(w) for w in ("student", "teacher", "features", "attack")]
    [False, False, False, False]
    """
    if word in _NO_SIZE or ADJECTIVE_TAIL.search("-" + word) or _VERB_FORM.fullmatch(word):
        return False
    return word in lexicon_sizes() or word not in known_words()


@lru_cache(maxsize=1)
def lexicon_sizes() -> frozenset[str]:
    """The lower-case words the shipped Method lexicons write after a hyphen at the end of a name with capitals
    ("large" of "BERT-large", "base", "tiny", "xlarge", "wwm")."""
    return frozenset(m.group(1) for name in lexicon_names((EntityType.METHOD,)) if not name.islower()
                     for m in re.finditer(r"[A-Za-z0-9]-([a-z]+)(?=$|[-\s])", name))


def _pair(text: str, m: Mention) -> tuple[str, str] | None:
    """The name key and the lower-case word after its hyphen, of a Method mention followed by one or written
    with one; None for any other mention, or when the name is itself lower case ("encoder-decoder")."""
    nxt = _SUFFIX.match(text, m.end)
    if nxt is not None:
        name, word = m.text, nxt.group(1)
    else:
        written = _WRITTEN.fullmatch(m.text)
        if written is None:
            return None
        name, word = written.groups()
    if name.islower() or not _size_word(word):
        return None
    return compact_key(name), word


def variant_pairs(ex: Extraction) -> frozenset[tuple[str, str]]:
    """The (name key, size word) pairs of the paper's Method mentions that are sizes of a name: the word follows
    two of the paper's names, or the name takes two such words.

    >>> from kg.models import Paper
    >>> s = "BERT-base, XLNet-base and BERT-based models; YOLOv4-large, YOLOv4-tiny; a GAN-like model"
    >>> ms = tuple(Mention(EntityType.METHOD, w, s.index(w), s.index(w) + len(w))
    ...            for w in ("BERT-base", "XLNet", "YOLOv4", "GAN"))
    >>> ms += (Mention(EntityType.METHOD, "YOLOv4", s.index("YOLOv4-t"), s.index("YOLOv4-t") + 6),)
    >>> sorted(variant_pairs(Extraction(Paper("p", "t", s), ms)))
    [('bert', 'base'), ('xlnet', 'base'), ('yolov<4>', 'large'), ('yolov<4>', 'tiny')]
    """
    pairs: set[tuple[str, str]] = set()
    texts: dict[str, str] = {}
    for m in ex.mentions:
        if m.type is not EntityType.METHOD or m.field not in FIELDS:
            continue
        text = texts.get(m.field)
        if text is None:
            text = texts[m.field] = ex.paper.text(m.field)
        if text[m.start:m.end] == m.text:
            pair = _pair(text, m)
            if pair is not None:
                pairs.add(pair)
    names = Counter(n for n, _ in pairs)
    words = Counter(w for _, w in pairs)
    return frozenset(p for p in pairs if names[p[0]] > 1 or words[p[1]] > 1)


def variant_span(text: str, m: Mention, pairs: frozenset[tuple[str, str]]) -> tuple[int, int] | None:
    """The span of a Method mention with the size word after its hyphen, when the pair is one of ``pairs``."""
    if m.type is not EntityType.METHOD or not pairs:
        return None
    nxt = _SUFFIX.match(text, m.end)
    if nxt is None or (compact_key(m.text), nxt.group(1)) not in pairs:
        return None
    return m.start, nxt.end()
