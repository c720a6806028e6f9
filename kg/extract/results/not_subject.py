"""Names before a value that are not whose it is (for :func:`.method.method_of`).

:func:`not_a_subject` says why a name before a value is not the subject the value is stated of: a part or a
setting of the figure's system (a loss, a backbone: "using ResNet50-FPN"), what the paper's system is built from
("combined from A and B": :func:`_ingredient`), an ensemble's member (:mod:`.ensembles`), a base model the paper's
own method equips ("Equipped with our pre-training, a plain Transformer ...": :func:`_equipped_by_ours`), a part
attached to the subject ("the Foo model with a Bar encoder": :func:`_attached_part`), a model our training made
("our jigsaw pre-trained AlexNet": :func:`trained_by_us`).
"""
from __future__ import annotations

import re

from kg.extract.results.binding import HAS_VALUE
from kg.extract.results.clause_words import OUR_BEFORE, WE, WITH_BEFORE
from kg.extract.results.ensembles import ensemble_member
from kg.extract.results.method_name import variant
from kg.extract.results.own import Own
from kg.extract.results.parts import PART_HEAD
from kg.extract.results.title import generic


#: a name a model is likened to or sized by: "a Foo-base-sized model", "a Foo/Bar-sized model", "Foo-like networks",
#: "a Foo-style architecture"
_SIZED_LIKE = re.compile(r"(?:/[A-Za-z][\w.]*)?(?:-[A-Za-z0-9.]+)?-(?:sized?|scale|like|style)\s+(?:[\w-]+\s+)?"
                         r"(?:models?|networks?|architectures?|variants?|versions?|transformers?)\b", re.I)
#: What :func:`not_a_subject` finds a name before a value to be: a part or setting of the figure's system,
#: a name the paper's (or an unnamed) system is built from, the paper's own model itself.
_SKIP, SKIP_OURS, OURS = "skip", "skip-ours", "ours"


def not_a_subject(text: str, found, i: int, s0: int, anchor: int, paper: "Own | None") -> str | None:
    """Why the name ``i`` before a value is not the subject the value is stated of (:func:`method._subject_before`):
    ``_SKIP``, ``SKIP_OURS`` or ``OURS``; None when it may be."""
    ents = found.entities
    s, e = ents[i][0], ents[i][1]
    if a_part(text, ents[i], paper) or _setting_of_figure(text, min(s, variant(text, s, e)[0]), s0):
        return _SKIP  # "By combining ... weighted feature matching loss, the proposed architecture achieves": a
        # part; "ISTR obtains 46.8 AP using ResNet50-FPN, and 48.1 AP using ResNet101-FPN": a backbone
    if _ingredient(text, found, i, s0, paper) or ensemble_member(text, s, s0, anchor):
        return SKIP_OURS  # "FooCL, which is combined from A and B and reaches 71.2%": FooCL's, not B's; "an ensemble
        # of three A and one B reaches 3.1%": the ensemble's, not B's
    if _equipped_by_ours(text, found, i, s0, paper):
        return OURS  # "Equipped with our pre-training, a plain Transformer attains 93.8%": the paper's method's figure
    if _attached_part(text, found, i, s0, anchor) or _SIZED_LIKE.match(text, variant(text, s, e)[1]):
        return SKIP_OURS  # "the Foo model with a Bar encoder and an SVM classifier reaches": Foo's, or the unnamed system's;
        # "a Foo-base-sized model obtains": a model of the paper's measured by Foo, not Foo
    if paper is not None and paper.name and OUR_BEFORE.search(text, max(s0, s - 20), s) and generic(found.name(text, i)) \
            or trained_by_us(text, found, i, s0):
        return OURS  # "Our searched GANs achieve ...": the paper's own model, written as its kind; "our jigsaw
        # pre-trained AlexNet gets": the base model of the paper's own (training) method
    return None


def base_of_ours(text: str, found, i: int, paper: "Own | None") -> bool:
    """The name ``i`` that opens "Using X, we achieve ..." is a model the paper builds on, not whose result
    it is, when the paper names a model of its own (not a title's guess) and X is a model kg's lexicon knows
    that the paper does not propose ("Using the GPT-2 model we achieve ..." in a paper proposing Megatron-LM:
    Megatron-LM's result; not "Using large FocalNet ..." in the paper on Focal Modulation Networks, nor a
    name the abstract defines in a parenthesis, "Using CR-CNN, we ...")."""
    if paper is None or not paper.name or paper.guessed:
        return False
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = variant(text, s, e)
    name, written = found.name(text, i).lower(), text[min(s, vs):max(e, ve)]
    if f"({written})" in text:
        return False  # "using a convolutional network that ... (CR-CNN)": a name the abstract defines is its own
    return found.entities[i][4].startswith("lexicon") and name != paper.name.lower() and name not in {p.lower() for p in found.proposed} \
        and text[found.entities[i][0]:found.entities[i][1]].lower() != paper.name.lower()


#: a phrase naming what the paper's system is made from, open up to the name after it: "combined from A and (B)",
#: "based on (B)", "inherits from (B)", "built upon (B)", "derived from (B)", "extends (B)"
_BUILDS_ON = re.compile(r"\b(?:combin\w*\s+(?:from|of|with)|based\s+on|built\s+(?:up)?on|on\s+top\s+of|inherit\w*\s+from|"
                        r"derived\s+from|extend(?:s|ed|ing)?|borrow\w*\s+from)\s+(?:[\w.+/-]+\s+){0,5}$", re.I)  # (a short list of names)


#: an opening phrase crediting the paper's own method with what the clause's subject then reaches: "Equipped with our
#: pre-training strategy, (we show that) a plain Foo ...", "When combined with the proposed module, Foo ...", "When
#: equipped with FooNet, the Bar model ..." (the paper's own name, read in group "name")
_EQUIPPED_BY = re.compile(r"(?:^|[,;:]\s+)(?:when\s+|once\s+|if\s+)?(?:equipped|armed|combined|coupled|integrated|enhanced|"
                          r"augmented|powered|boosted|trained|pre-?trained)\s+(?:with|by)\s+(?:(?:our|the\s+proposed)\b[^,;:]{0,60}|"
                          r"(?P<name>[\w-]+)),", re.I)
#: the paper's own method given an example of right before a name: "the superiority of our method, e.g., the
#: pre-trained (Foo-B) achieves ..."
_OURS_EXAMPLE = re.compile(r"\b(?:our|the\s+proposed)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*(?:e\.g\.|i\.e\.|for\s+example|"
                           r"for\s+instance),?\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _equipped_by_ours(text: str, found, i: int, s0: int, paper: "Own | None") -> bool:
    """The name ``i`` is a base model (:func:`base_of_ours`) that the clause, opening on a phrase crediting the
    paper's own method (:data:`_EQUIPPED_BY`) or giving it as an example of that method (:data:`_OURS_EXAMPLE`),
    says reaches a figure: the figure is the paper's method's, not the base's ("Equipped with our pre-training, a
    plain Transformer attains 93.8%", "our method, e.g., the pre-trained Foo-B achieves"; not "Equipped with FPN,
    ...", a name that is not the paper's).

    >>> from kg.extract.findings import DocFindings
    >>> from kg.extract.candidates import Candidate
    >>> from kg.vocab import EntityType as T
    >>> t = "Equipped with our masked pre-training, a plain Transformer attains 93.1% on A."
    >>> f = DocFindings([Candidate(t.index("Transformer"), t.index("Transformer") + 11, T.METHOD, 50, "lexicon")])
    >>> _equipped_by_ours(t, f, 0, 0, Own("ZapMAE")), _equipped_by_ours(t, f, 0, 0, Own("ZapMAE", guessed=True))
    (True, False)
    """
    if not base_of_ours(text, found, i, paper):
        return False
    s = found.entities[i][0]
    if _OURS_EXAMPLE.search(text, max(s0, s - 100), s):
        return True  # "our method, e.g., the pre-trained Foo-B achieves": an example of the paper's method's figures
    m = _EQUIPPED_BY.search(text[s0:s])
    if m is None or HAS_VALUE.search(text, s0 + m.end(), s):
        return False
    if m.group("name") is None:
        return True  # "Equipped with our ...", "with the proposed ..."
    from kg.link.normalize import compact_key  # noqa: PLC0415 (extraction needs none of the linker's tables)

    at = s0 + m.start("name")  # the name as written, or the long form of the acronym written ("with FN" of "FooNets (FN)")
    ours = {compact_key(paper.name)} | {compact_key(p) for p in found.proposed}
    return compact_key(m.group("name")) in ours or any(c[0] == at and compact_key(found.name(text, j)) in ours
                                                       for j, c in enumerate(found.entities))


def _ingredient(text: str, found, i: int, s0: int, paper: "Own | None") -> bool:
    """The name ``i`` is what the paper's system is built from ("a method called FooCL, which is combined from
    A and B and reaches 71.2%"), not whose figure it is, when the paper names a system of its own (not a title's
    guess) that ``i`` is not, nor one of its proposals.

    >>> from kg.extract.findings import DocFindings
    >>> from kg.extract.candidates import Candidate
    >>> from kg.vocab import EntityType as T
    >>> t = "Our FooCL is combined from Bar and Baz and reaches 71%."
    >>> f = DocFindings([Candidate(t.index("Baz"), t.index("Baz") + 3, T.METHOD, 50, "name")])
    >>> _ingredient(t, f, 0, 0, Own("FooCL")), _ingredient(t, f, 0, 0, Own("FooCL", guessed=True))
    (True, False)
    """
    if paper is None or not paper.name or paper.guessed:
        return False
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = variant(text, s, e)
    written, name = text[vs:max(e, ve)].lower(), found.name(text, i).lower()
    if {written, name, text[s:e].lower()} & ({paper.name.lower()} | {p.lower() for p in found.proposed}):
        return False
    return _BUILDS_ON.search(text, max(s0, vs - 80), vs) is not None


def _setting_of_figure(text: str, s: int, s0: int) -> bool:
    """The name at ``s`` follows "using"/"with"/"for" after a figure of its sentence: what that figure was
    obtained with (a backbone, a setting: "achieving 28.6 AP for VGG16 and 35.2 AP for ResNet101"), not whose
    result a later figure is."""
    w = WITH_BEFORE.search(text, max(s0, s - 16), s)
    return w is not None and re.search(r"(?<![\w.-])\d[\d.]*%?\s*(?:[\w/@-]+\s+){0,3}$", text[max(s0, w.start() - 40):w.start()]) is not None


#: a verb stating the clause's figure: "reaches", "demonstrates", "outperforms"
_STATING = (r"(?:\w+ly\s+)?(?:achiev|reach|obtain|attain|yield|scor|gets?\b|got\b|demonstrat|show|outperform|surpass|"
            r"improv|sets?\b)")
#: the head word of a part after a name, when the part is the clause's subject's: "an (SVM) classifier reaches"
_PART_THEN_VERB = re.compile(r"[^,;:()]{0,60}?\b(?:module|layer|block|head|operator|classifier|regressor|decoder)s?\s+"
                             + _STATING, re.I)
#: the stating verb right after a name in a phrase: "... with the baseline of (Bar) surpasses"
_THEN_VERB = re.compile(r"[^,;:()\d]{0,30}?\s" + _STATING, re.I)
#: the phrase that attaches a part to the noun before it: "the Foo model with (a Bar encoder and an SVM classifier)"
_ATTACHED_BY = re.compile(r"\b[a-z][\w-]*\s+(?:with|equipped with|on top of|plus)\s+[^,;:()]*$", re.I)


def _attached_part(text: str, found, i: int, s0: int, anchor: int) -> bool:
    """The name ``i`` is written in a phrase attached by "with" to the clause's subject, up to the verb stating the
    value: a part of the subject's system, not whose result it is, when the phrase ends on a part's head word ("the
    Foo model with a Bar encoder and an SVM classifier demonstrates") or when the subject is a system the paper
    proposes ("our FooNet, integrated with the baseline of Bar, surpasses"); never a part the paper proposes, nor
    where "we" speak before it ("we experiment with ...")."""
    s, e = found.entities[i][0], found.entities[i][1]
    at = _ATTACHED_BY.search(text, max(s0, s - 80), s)
    proposed = {p.lower() for p in found.proposed}
    if at is None or WE.search(text, s0, s) or text[s:e].lower() in proposed:
        return False
    m = _PART_THEN_VERB.match(text, e)
    if m is None and any(p in text[s0:at.start()].lower() for p in proposed):
        m = _THEN_VERB.match(text, e)  # "our FooNet which is integrated with the baseline of Bar surpasses"
    return m is not None and m.end() <= anchor and not HAS_VALUE.search(text, e, m.end())


#: a model "our" training made: "our jigsaw pre-trained (AlexNet)", "our self-supervised fine-tuned (ResNet-50)"
_OUR_TRAINED = re.compile(r"\bour\s+(?:[\w-]+\s+){0,2}?(?:pre-?trained|trained|fine-?tuned|distilled)\s+$", re.I)


def trained_by_us(text: str, found, i: int, s0: int) -> bool:
    """The name ``i`` is a model kg's lexicon knows that "our" training made ("our rotation pre-trained AlexNet"):
    the base of the paper's own method, not a model the paper proposes."""
    s, e = found.entities[i][0], found.entities[i][1]
    return _OUR_TRAINED.search(text, max(s0, s - 50), s) is not None and found.entities[i][4].startswith("lexicon") \
        and text[s:e].lower() not in {p.lower() for p in found.proposed}


def a_part(text: str, c, paper: "Own | None") -> bool:
    """The name ``c`` describes a part of a model ("weighted feature matching loss") in a paper whose model has
    a name (a part with a name of its own, "FAM improves mIoU by 1.2%", may have a result of its own)."""
    name = text[c[0]:c[1]]
    return paper is not None and bool(paper.name) and name.islower() and PART_HEAD.search(name) is not None
