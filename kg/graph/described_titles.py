"""A title's Title Case phrase of plain words that describes the method the paper names otherwise (issue 18).

"Transformer-Based Attention Networks for Pixel Prediction" whose abstract proposes "TransDepth", "Improved
Universal Sentence Embeddings with ..." whose abstract proposes "PromCSE": the title says what kind of thing the work
is, and the paper's name for it is the coined word or acronym its abstract gives. Such a title phrase is a guess by
its look (:func:`described_title`) when

- it is two words or more, each capitalised (function words aside), with no name's shape (no acronym, inner
  capital or digit: :func:`kg.graph.namehood.name_shaped`) and no coined word: every word is ordinary vocabulary,
  an everyday English word, a describing word, or a word the shipped lexicons write in lower case in some name
  (:func:`plain_vocabulary`: "Embeddings", "Discriminative"; not "Poincaré", "Lattice" is);
- the abstract neither writes it with a capital inside a sentence, nor defines it with an acronym, nor writes an
  acronym that spells it (:func:`kg.graph.namehood.spelt_in`);
- the paper gives its own method a coined name (``own``: a name-shaped Method of the abstract the paper proposes
  or calls "our ...") that neither spells the phrase nor is built from its words' starts (:func:`blends`:
  "DenseNet" of "Densely Connected Convolutional Networks", "RefineNet" of "Multi-Path Refinement Networks" keep
  the phrase, the long form of the name).

:mod:`kg.graph.weak_evidence` drops the node only when this is its one paper's one mention of it: a second paper,
a lexicon entry or an acronym defined for it keeps the node.

>>> from kg.vocab import EntityType as T
>>> t = "Layered Sentence Embeddings for Receipt Parsing"
>>> m = Mention(T.METHOD, "Layered Sentence Embeddings", 0, 27, field="title", rule="title-name")
>>> described_title(m, t, "We propose QuokBERT, which parses receipts.", ("QuokBERT",))
True
>>> described_title(m, t, "We propose LaLE, which parses receipts.", ("LaSE",))
False
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon_data import known_name
from kg.extract.ordinary_words import adjective_shape
from kg.extract.words import KIND_NOUNS
from kg.graph.namehood import (_written_as_name, describing_word, everyday_word, in_capitals, name_shaped,
                               spelt_in, technique_word)
from kg.models import Mention
from kg.vocab import EntityType

#: The rules that take a Method phrase off a title by its place or its head word (not a lexicon's, an acronym's).
TITLE_PHRASE_RULES = frozenset({"title-name", "head", "grown", "context", "titlecase"})
#: Words a Title Case title leaves in lower case.
_SMALL = frozenset("a an and & of for with in on to the by via from".split())
_PARTS = re.compile(r"[\s\-]+")
#: The letters a blend may end in past the phrase's last word: a kind word ("Net", "GAN").
_KIND_TAIL = 4
_PARTS_SLASH = re.compile(r"[\s\-/]+")
_LOWER = re.compile(r"[a-z]+")
#: A capital that is a name's inside a sentence: the phrase written with a capital after some other word.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\)\s+|\n\s*)$")


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """The words the shipped lexicons write in lower case in a name or an alias ("contrastive learning", "sentence
    embedding"): the field's ordinary vocabulary, as a lexicon prior (a coined word is written with its capital)."""
    from kg.extract.lexicon_data import _rows, lexicon_files  # noqa: PLC0415
    from kg.vocab import MENTION_TYPES  # noqa: PLC0415

    words = set()
    for path in (p for t in MENTION_TYPES for p in lexicon_files(t) if p.is_file()):
        for row in _rows(path):
            for name in (row[0], *(row[1].split("|") if len(row) > 1 and row[1] else ())):
                words.update(w for w in _PARTS_SLASH.split(name) if _LOWER.fullmatch(w))
    return frozenset(words)


def plain_vocabulary(word: str) -> bool:
    """Whether each hyphen part of a word is ordinary vocabulary: an everyday English word, a describing word
    ("Transformer-Based", "Deeply"), an adjective's shape ("Discriminative", "Layered"), a technique's head word or a
    word a lexicon name writes in lower case, maybe plural.

    >>> [plain_vocabulary(w) for w in ("Embeddings", "Transformer-Based", "Discriminative", "Poincaré", "Quokka")]
    [True, True, True, False, False]
    """
    if describing_word(word):
        return True
    for part in word.lower().split("-"):
        stem = part[:-1] if part.endswith("s") else part
        if not part.isalpha() or not (everyday_word(part) or technique_word(part) or adjective_shape(part)
                                      or part in _lexicon_words() or stem in _lexicon_words()):
            return False
    return True


def blends(name: str, phrase: str) -> bool:
    """Whether a coined ``name`` is built, in order, from the starts of ``phrase``'s words (words may be left out,
    each start is one letter or more), down to its last word, the head it names, maybe with a short kind word
    after, shorter than the letters the words gave: "DenseNet" of "Densely Connected Convolutional Networks", "HRN" of "High Resolution Network", "PiCANet" of
    "Pixel-wise Contextual Attention".

    >>> blends("DenseNet", "Densely Connected Convolutional Networks"), blends("TransDepth", "Transformer-Based Networks")
    (True, False)
    """
    if len(name) > 2 and name.endswith("s") and name[-2].isupper():
        name = name[:-1]  # "CNNs": a plural's "s", no letter of the blend
    letters = "".join(c for c in name.lower() if c.isalpha())
    words = [w for w in _PARTS.split(phrase.lower()) if w and w not in _SMALL]
    if not letters or not words:
        return False

    @lru_cache(maxsize=None)
    def fits(i: int, j: int) -> bool:  # letters[i:] from words[j:], ending on the last word
        if j == len(words):  # the tail, if any, shorter than what the words gave ("NOVA" is no blend of "Networks")
            tail = len(letters) - i
            return tail <= _KIND_TAIL and (tail == 0 or i > tail)
        for k in range(j, len(words)):
            w = words[k]
            n = 0
            while n < len(w) and i + n < len(letters) and w[n] == letters[i + n]:
                n += 1
                if fits(i + n, k + 1):
                    return True
        return False

    return fits(0, 0)


def _spellings(name: str, defined: dict[str, str]) -> list[str]:
    """A coined name and the pieces that may spell a phrase: its hyphen parts ("MTRCNet" of "MTRCNet-CL", "VA" of
    "VA-RNN"), and the name with an acronym the paper defines written as the initials of its long form
    ("NoisyDARTS" with "Differentiable Architecture Search (DARTS)": "NoisyDAS")."""
    out = [name, *(p for p in name.split("-") if p != name and name_shaped([p], False))]
    for acro, long_form in defined.items():
        if acro in name and acro != name:
            initials = "".join(w[0] for w in _PARTS.split(long_form) if w and w.lower() not in _SMALL)
            out.append(name.replace(acro, initials))
    return out


def _key(phrase: str) -> list[str]:
    """The lower-case words of a phrase, hyphens and the last word's plural "s" aside ("Adversarial Autoencoders" ->
    adversarial, autoencoder; "Class Networks" -> class, network)."""
    words = [w for w in _PARTS.split(phrase.lower()) if w]
    if words and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]
    return words


def _names_it(own: tuple[str, ...], phrase: str, defined: dict[str, str], title: str, rest: str = "") -> bool:
    """Whether one of the paper's names is the phrase's: an acronym or a blend of it (:func:`blends`,
    :func:`_spellings`), a name-shaped word of the title that spells or blends it, or a long form that starts with
    its words ("Quokka Layer Network for Ledgers (QLNL)" names "Quokka Layer Networks"); or a blend of the title from
    the phrase on (``rest``, :func:`_blends_title`)."""
    from kg.link.titles import spelt_long_form  # noqa: PLC0415

    key = _key(phrase)
    if any(_key(n)[:len(key)] == key for n in own):
        return True
    coined = [n for n in (*own, *(w.strip(":,()") for w in title.split()))
              if " " not in n and (name_shaped([n], False) or coined_hyphenation(n))]
    return any(spelt_long_form(s, phrase) is not None or blends(s, phrase) or _blends_title(s, phrase, rest)
               for n in coined for s in _spellings(n, defined))


def _blends_title(name: str, phrase: str, rest: str) -> bool:
    """Whether a coined name of five letters or more opens on two letters of the phrase's first word and blends the
    title from the phrase on (``rest``): the phrase is part of its long form ("KERPLE" of "Kernelized Relative
    Positional Embedding for Length Extrapolation"); a short name fits some later words by chance."""
    letters = "".join(c for c in name.lower() if c.isalpha())
    first = phrase.lower().split()[0] if phrase.split() else ""
    return bool(rest) and len(letters) >= 5 and letters[:2] == first[:2] and blends(name, rest)


def capitalised_again(phrase: str, abstract: str) -> bool:
    """Whether the abstract writes ``phrase`` again (any case, hyphens or spaces) with a capital a sentence's start
    does not explain: "our Quokka Embeddings model" names it, "we use quokka embeddings" describes."""
    body = r"[\s\-]+".join(re.escape(p) for p in _PARTS.split(phrase) if p)
    for h in re.finditer(r"(?<![\w-])" + body + r"(?![\w-])", abstract, re.I):
        at_start = _SENTENCE_START.search(abstract, max(0, h.start() - 8), h.start()) is not None
        if any(c.isupper() for c in h.group()[at_start:]):
            return True
    return False


def described_title(m: Mention, text: str, abstract: str, own: tuple[str, ...],
                    defined: dict[str, str] | None = None) -> bool:
    """Whether a title's Method phrase describes the method the paper names ``own`` (the coined names it proposes:
    :func:`own_names`), by the module's rules; ``defined`` holds the acronyms the abstract defines, with their long
    forms. A title's whole lead before its colon ("Quokka Layer Network: ...") names the work, and stays."""
    if m.type is not EntityType.METHOD or m.field != "title" or m.aliases or m.rule not in TITLE_PHRASE_RULES \
            or not own or in_capitals(text) or _whole_lead(m, text) or _title_object(m, text):
        return False
    words = m.text.split()
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 2 or not all(w[0].isupper() for w in content) or name_shaped(words, False) \
            or not all(plain_vocabulary(w) for w in content):
        return False
    if capitalised_again(m.text, abstract) or _written_as_name(m.text, abstract) or _defined_in(m.text, abstract) \
            or spelt_in(m.text, abstract):
        return False
    return not _names_it(own, m.text, defined or {}, text, text[m.start:])


#: Right before a title's phrase, a word that makes it the object of the work, another's thing the paper studies,
#: goes past or serves ("QuokNet: Revisiting Echo State Networks", "Beyond ...", "Attacks for Layered Networks"): a
#: Title Case gerund, or a preposition of purpose, aim or topic (not "of": "a Hybrid of X and Y" names the own
#: method's parts).
_OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:(?-i:[A-Z][a-z]+ing)|beyond|towards?|against|versus|vs\.?|for|on)\s+$",
                            re.I)


def _title_object(m: Mention, text: str) -> bool:
    """Whether the title's phrase stands after a word making it the work's object (:data:`_OBJECT_BEFORE`) and a
    thing's noun heads it: it names what the paper studies or serves, maybe another's technique, not the paper's own
    method described. A generic kind noun ("Rethinking Convolutional Attention Design") names no one work."""
    head = m.text.split()[-1].lower() if m.text.split() else ""
    return head not in KIND_NOUNS and _OBJECT_BEFORE.search(text, max(0, m.start - 16), m.start) is not None


def _whole_lead(m: Mention, text: str) -> bool:
    """Whether the phrase is the whole title ("Quokka Layer Networks") or all of it before its colon or dash ("Quokka
    Layer Networks: Sorting Ledgers"): the title names the work by it."""
    return not text[:m.start].strip() and (not text[m.end:].strip() or _LEAD_END.match(text, m.end) is not None)


#: What ends a title's lead: a colon, a spaced dash or an em or en dash ("Quokka Networks - Sorting Ledgers").
_LEAD_END = re.compile(r"\s*:|\s+-{1,2}\s|\s*[\u2014\u2013]")


def _defined_in(phrase: str, abstract: str) -> bool:
    """Whether the abstract defines ``phrase`` with an acronym, its hyphens written, left out or lost ("a
    selfadaptive quokka model (SAQM)" defines "Self-Adaptive Quokka Model"), its last word singular or plural."""
    parts = _key(phrase)
    body = r"[\s\-]?".join(re.escape(p) for p in parts)
    return re.search(r"(?<![\w-])" + body + r"s?\s*\((?-i:[\w\-]*[A-Z][\w\-]*)\)", abstract, re.I) is not None


#: "our" and up to three words before a name: "our Deep Quokka Network (DQN)" is the paper's own.
_OUR_BEFORE = re.compile(r"\bour\s+(?:[\w\-]+\s+){0,3}$", re.I)


def own_names(mentions: tuple[Mention, ...] | list[Mention], ids: tuple[str | None, ...] | list[str | None],
              proposed: set[str], abstract: str, title: str = "") -> tuple[str, ...]:
    """The coined names the paper gives its own Method in the abstract: a Method mention with a name's shape (in its
    text or an alias: "PromCSE", "Deep Quokka Network (DQN)") linked to a node the paper proposes, or written after
    "our" ("our Deep Quokka Network (dqNet) architecture"); and the coined name a ``title`` opens on before its colon
    (:func:`title_lead_name`: "QuokNet: Receipt Sorting via ...")."""
    out = [n for n in (title_lead_name(mentions, ids, title),) if n]
    for m, eid in zip(mentions, ids):
        if not eid or m.type is not EntityType.METHOD or m.field != "abstract" or m.rule.startswith("lexicon"):
            continue  # a lexicon's name is another work's, even in "our BERT model"
        if not (name_shaped([*m.text.split(), *m.aliases], False) or coined_hyphenation(m.text)) \
                or any(known_name(n) for n in (m.text, *m.aliases)):
            continue  # a lexicon's name ("DCT", "ConvLSTM") is another work's
        if eid in proposed or _OUR_BEFORE.search(abstract, max(0, m.start - 48), m.start) \
                and not abstract.startswith("-", m.end):  # "our DCT-based blocks": no name of theirs
            out.extend((m.text, *m.aliases))
    return tuple(dict.fromkeys(out))


def title_lead_name(mentions: tuple[Mention, ...] | list[Mention], ids: tuple[str | None, ...] | list[str | None],
                    title: str) -> str | None:
    """The coined word a title opens on before its colon or dash, a linked Method ("PolyQuokNet: Receipt Sorting via
    ..."): the paper's name for its method, so the Title Case phrases after it describe that method. One word with a
    name's shape or coined hyphen parts, no lexicon name (a lexicon's name is another work's).

    >>> from kg.vocab import EntityType as T
    >>> t = "QuokNet: Receipt Sorting via Layered Order Modeling"
    >>> title_lead_name([Mention(T.METHOD, "QuokNet", 0, 7, field="title", rule="title-name")], ["method:quoknet"], t)
    'QuokNet'
    """
    for m, eid in zip(mentions, ids):
        if eid and m.type is EntityType.METHOD and m.field == "title" and m.start == 0 and " " not in m.text \
                and _LEAD_END.match(title, m.end) and (name_shaped([m.text], False) or coined_hyphenation(m.text)) \
                and not known_name(m.text):
            return m.text
    return None


def coined_hyphenation(name: str) -> bool:
    """Whether a name is one hyphenated word of capitalised parts, one of them no ordinary vocabulary
    (:func:`plain_vocabulary`): a coined name ("Quok-Sort"), not a capitalised phrase ("Deep-Learning").

    >>> [coined_hyphenation(n) for n in ("Quok-Sort", "Deep-Learning", "Quok", "quok-sort")]
    [True, False, False, False]
    """
    parts = name.split("-")
    return " " not in name and len(parts) > 1 and all(p[:1].isupper() and p.isalpha() for p in parts) \
        and not plain_vocabulary(name)


def defined_acronyms(mentions: tuple[Mention, ...] | list[Mention]) -> dict[str, str]:
    """The acronyms the paper's abstract defines, with their long forms ("DARTS": "Differentiable Architecture
    Search")."""
    return {a: m.text for m in mentions if m.field == "abstract" for a in m.aliases if name_shaped([a], False)}


def abbreviated_long_forms(abstract: str) -> dict[str, str]:
    """The acronyms the abstract defines after their long form ("Quokka Layer Search (QuoLS)", found by
    :func:`kg.extract.abbreviations.find_abbreviations`, mention or not), with that long form.

    >>> abbreviated_long_forms("We build on Quokka Layer Search (QuoLS) and more.")
    {'QuoLS': 'Quokka Layer Search'}
    """
    from kg.extract.abbreviations import find_abbreviations  # noqa: PLC0415

    return {abstract[c:d]: abstract[a:b] for a, b, c, d in find_abbreviations(abstract)}
