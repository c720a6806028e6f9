"""The name a result writes for its method.

:func:`whole` reads a name as a result gives it: the paper's proposed name read whole ("ERNIE-DOC", not the
"ERNIE" inside it), its owner's ("VATT's vision Transformer": :func:`_owner`), with the variant the text joins to it
("EfficientNet-L1", "kMaX-DeepLab": :func:`variant`), the paper's own kind ("dense vision transformers":
:func:`_introduced_kind`), else :func:`short_name` (the acronym the paper defines, as leaderboards write it).
:func:`unshouted` writes a name a title sets in capitals as the abstract writes it, and :func:`title_phrase` tells a
name that reads as a title rather than a method's name.
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.vocab import EntityType as T
from kg.extract.results.clause_words import NOT_SUBJECT
from kg.extract.results.title import common_word


#: an owner before a name: "VATT's vision Transformer"; a name in a parenthesis after its owner: "GFLV2 (ResNet-101)"
_POSSESSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,1}?$")
_PAREN_BEFORE = re.compile(r"\s*\(\s*$")


def _owner(text: str, found, i: int) -> int | None:
    """The Method whose part or setting the name ``i`` is: "VATT's vision Transformer" (VATT), "GFLV2
    (ResNet-101) achieves 46.2 AP" (GFLV2)."""
    ents = found.entities
    s, e = ents[i][0], ents[i][1]
    m = _POSSESSIVE.search(text, max(0, s - 30), s)
    if m is None and not (_PAREN_BEFORE.search(text, max(0, s - 3), s) and re.match(r"\s*\)", text[e:e + 3])):
        return None
    end = m.start() if m else _PAREN_BEFORE.search(text, max(0, s - 3), s).start()
    return next((j for j, c in enumerate(ents) if c[1] == end and c[2] is T.METHOD and j != i), None)


def whole(text: str, found, i: int) -> str:
    """The name of a method for a result: the paper's proposed name when the text there reads it whole
    ("ERNIE-DOC", not the "ERNIE" inside it; "kNN-LM" for the proposed "kNN-LMs"; "HOI Transformer", not the
    "Transformer" it ends on), else the name with
    the variant the text joins to it ("EfficientNet-L1", "kMaX-DeepLab": :func:`variant`), else
    :func:`short_name`. A name whose owner the text gives is the owner's (:func:`_owner`)."""
    if (j := _owner(text, found, i)) is not None:
        i = j
    s, e = found.entities[i][0], found.entities[i][1]
    for p in found.proposed:
        for form in (p, p[:-1] if p.endswith("s") and len(p) > 3 else p):
            if len(form) > e - s and text[s:s + len(form)].lower() == form.lower() \
                    and not re.match(r"[\w-]", text[s + len(form):s + len(form) + 1]):
                return text[s:s + len(form)] if form is not p else p
        if len(p) > e - s and text[max(0, e - len(p)):e].lower() == p.lower() and " " in p \
                and not re.match(r"[\w-]", text[max(0, e - len(p) - 1):e - len(p)]):
            return text[e - len(p):e]  # "HOI Transformer" of a "Transformer" kg knows
    vs, ve = variant(text, s, e)
    if (vs, ve) == (s, e) and (kind := _introduced_kind(text, s, e)) is not None:
        return kind  # "dense vision transformers" of "We introduce dense vision transformers"
    return text[vs:ve] if (vs, ve) != (s, e) else short_name(text, found, i)


#: a lower-case word right before a name: "(dense) vision transformers"
_LOWER_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]{2,})\s$")
#: the paper introducing what follows: "We introduce", "This paper proposes a"
_INTRODUCES = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)s?\s+"
                         r"(?:an?\s+|the\s+)?$", re.I)


def _introduced_kind(text: str, s: int, e: int) -> str | None:
    """The name at ``text[s:e]`` with the lower-case word before it when the paper introduces the two together
    ("We introduce dense vision transformers, ... dense vision transformers set a new state of the art"): the
    paper's own kind of the model, not the model it builds on.

    >>> t = "We introduce sparse vision transformers. Here sparse vision transformers reach 50%."
    >>> _introduced_kind(t, t.rindex("vision"), t.rindex("transformers") + 12), _introduced_kind(t, 18, 40)
    ('sparse vision transformers', None)
    """
    m = _LOWER_BEFORE.search(text, max(0, s - 24), s)
    if m is None or m.group(1) in NOT_SUBJECT:
        return None
    phrase = text[m.start(1):e]
    at = text.find(phrase)
    while 0 <= at < m.start(1):
        if _INTRODUCES.search(text, max(0, at - 60), at):
            return phrase
        at = text.find(phrase, at + 1)
    return None


#: a variant joined to a name by a hyphen: after it a size or a version ("-L1", "-Huge", "-v3", "-XL"),
#: before it a prefix written as a name ("kMaX-"); not a word of the sentence ("-based", "multi-")
_VARIANT_AFTER = re.compile(r"(?:-(?:[A-Za-z]*[A-Z0-9][\w.]*|(?i:base|large|small|tiny|huge|giant|lite|mini|medium|nano))|"
                            r"\+\+|\+[A-Za-z]*[A-Z][\w.]*)(?![\w-])")  # (joined by a plus: "-4+SD", "Foo++")
#: (not a gerund: "Combining DPL with CLIP raises ..." opens on a verb)
_KIND_BEFORE = re.compile(r"(?:^|[,;:]\s|[.!?]\s|\bthat\s)([A-Z][a-z]+(?<!ing))\s$")
_VARIANT_BEFORE = re.compile(r"(?<![\w-])(?:[A-Za-z]*[A-Z0-9][A-Za-z0-9]*-)+$")  # (one or more: "Omni-INR-GAN")
#: a capitalised word, or one with capitals inside ("MoSboosted"), or a capital with a digit ("P3D"), between an
#: article and a name: its variant
_ADJ_BEFORE = re.compile(r"\b(?i:the|a|an|our|their|its)\s([A-Z](?:[a-z]{2,}|(?=[A-Za-z]*[a-z])[A-Za-z]{2,}|[A-Za-z]*\d[A-Za-z\d]*))\s$")


#: a name that changes the base model after it: "OctConv-equipped (ResNet-152)", "SE-augmented (ResNet)"
_EQUIPPED_BEFORE = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z0-9]*-(?:equipped|augmented|enhanced|powered|boosted)\s$")
#: a participle by which the paper changes its own base model: "our proposed (assembled) ResNet-50"
_OURS_ED_BEFORE = re.compile(r"\b(?:our|the proposed)\s+(?:proposed\s+)?([a-z]+ed)\s$", re.I)
#: participles that leave the base model as it is: "our trained ResNet", "the proposed based ..."
_PLAIN_PARTICIPLES = frozenset(("trained", "pretrained", "used", "based", "learned", "tested", "evaluated", "proposed"))


def variant(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of a method's name with the variant the text joins to it by a hyphen: the longest name the
    text gives ("EfficientNet-L1" for "EfficientNet", "kMaX-DeepLab" for "DeepLab").

    >>> t = "It helps EfficientNet-L1 and our kMaX-DeepLab, not BERT-based ones. With it, Sparse RCNN wins."
    >>> [t[slice(*variant(t, a, b))] for a, b in ((9, 21), (38, 45), (51, 55), (84, 88))]
    ['EfficientNet-L1', 'kMaX-DeepLab', 'BERT', 'Sparse RCNN']
    >>> t = "Our Omni-INR-GAN sets records."
    >>> t[slice(*variant(t, t.index("GAN"), t.index("GAN") + 3))]
    'Omni-INR-GAN'
    """
    m = _VARIANT_BEFORE.search(text, max(0, s - 24), s)
    if m and m.end() == s:
        s = m.start()
    elif m := _EQUIPPED_BEFORE.search(text, max(0, s - 40), s):
        s = m.start()  # "An OctConv-equipped ResNet-152": the base with the name that changes it
    elif (m := _OURS_ED_BEFORE.search(text, max(0, s - 30), s)) and m.group(1).lower() not in _PLAIN_PARTICIPLES:
        s = m.start(1)  # "our proposed assembled ResNet-50": the paper's changed base, not the base
    elif (m := _ADJ_BEFORE.search(text, max(0, s - 24), s)) and m.group(1).lower() not in NOT_SUBJECT:
        s = m.start(1)  # "the Evolved Transformer", "our MoSboosted Transformer": a word written as a name names the variant
    elif sum(ch.isupper() for ch in text[s:e]) >= 3 and (m := _KIND_BEFORE.search(text, max(0, s - 16), s)) \
            and m.group(1).lower() not in NOT_SUBJECT:
        s = m.start(1)  # "Sparse RCNN", "Cascade RCNN": a capitalised word opening the clause names the variant
    while (m := _VARIANT_AFTER.match(text, e)) and not text[m.end() - 1] == ".":
        e = m.end()
    return s, e


def unshouted(text: str, name: str | None) -> str | None:
    """A method written in capitals ("DYNAMIC EVALUATION", "COMMONSENSEQA": a title set in capitals) as the
    abstract writes it in another case ("dynamic evaluation", "CommonsenseQA"; a mention inside a sentence
    before one opening it), else a phrase of ordinary words in Title Case ("LIGHTWEIGHT MULTI-BRANCH NETWORK"
    reads "Lightweight Multi-Branch Network"); an acronym the abstract writes in capitals too stays as it is.

    >>> unshouted("DYNAMIC EVALUATION OF MODELS\\n\\nDynamic evaluation adapts models. We use dynamic evaluation.",
    ...           "DYNAMIC EVALUATION")
    'dynamic evaluation'
    >>> unshouted("LIGHT BRANCH NETWORK\\n\\nWe train it.", "LIGHT BRANCH NETWORK"), unshouted("T\\n\\nBERT wins.", "BERT")
    ('Light Branch Network', 'BERT')
    """
    if not name or name != name.upper() or sum(ch.isalpha() for ch in name) < 5:
        return name
    body = text[text.find("\n") + 1:]
    forms = [(m.start(), m.group(0)) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body, re.I)
             if m.group(0) != name and "/" not in _token(body, m.start(), m.end())]  # (not "github.com/x/unilm")
    inner = [f for at, f in forms if body[:at].rstrip(" ")[-1:] not in ".!?:\n"]  # (not opening a sentence)
    if inner or forms:
        return (inner or [forms[0][1]])[0]
    if " " not in name:
        return name

    def word(m: re.Match) -> str:  # a word the abstract writes in lower case, or an ordinary one, is no acronym
        w = m.group(0)
        return w.capitalize() if len(w) > 5 or common_word(w) or re.search(rf"\b{w.lower()}\b", body) else w
    return re.sub(r"[A-Za-z]+(?:'[A-Za-z]+)?", word, name)


def _token(text: str, s: int, e: int) -> str:
    """The run of text without spaces around ``text[s:e]``."""
    return re.search(r"\S*$", text[:s]).group(0) + text[s:e] + re.match(r"\S*", text[e:]).group(0)


_TITLE_WORDS = re.compile(r"\s(?:and|or|in|at|vs\.?|versus|between|for|with|to|is|are|as|from|by|on|needed|via|using|has|have|been|"
                          r"this|what|how|why|do|does)\s", re.I)


def title_phrase(name: str) -> bool:
    """A name that reads as a phrase or a title rather than a method's name: a function word inside."""
    if re.match(r"(?:the|an?)\s", name, re.I) and not any(shaped(w[1:]) for w in name.split()):
        return True  # "The Perfect Match": a title's slogan opens on an article, a name seldom does
    return bool(_TITLE_WORDS.search(f" {name} ")) and len(name.split()) >= 3


def short_name(text: str, found, i: int) -> str:
    """A method's name for a result: its acronym when the paper defines one ("LoFiT"), as leaderboards do,
    also where the text writes the acronym again ("FANet reaches"); the linker knows it as an alias of the
    same entity."""
    al = found.aliases.get(i)
    written = text[found.entities[i][0]:found.entities[i][1]]
    if al and len(written) > len(al[0]) and written.lower().startswith(al[0].lower()):
        return written  # "MoGA-A", a variant of the acronym "MoGA", is not MoGA
    if al:
        return al[0]
    name = found.name(text, i)
    return written if found.entities[i][4] == "acronym-ref" and len(written) < len(name) else name  # "FANet reaches"
