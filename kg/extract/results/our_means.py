"""What "we" use, train or build with, as the method of a figure (for :func:`.method.method_of`).

When "we"/"our" state a figure, the model an opening phrase names is whose it is ("Using FocalNet, we achieve":
:func:`adjunct_method`; "By fine-tuning the FooNet model on A, we reach": :func:`trained_model`), as is a model
"we ... using" or "we train" with only its figure's phrase after it (:func:`used_for_figure`,
:func:`trained_for_figure`) and a model built on with our method ("A ZorbNet-50 trained with our method achieves":
:func:`trained_with_ours`); a name after "we"/"our method" in its clause is an object (:func:`object_of_ours`), and
one the paper's own system is built with is its tool (:func:`tool_of_ours`).
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.extract.results.binding import CLAUSE, HAS_VALUE
from kg.extract.results.clause_words import NOT_SUBJECT, PRONOUN, STATES_VERB, SUBJECT_OURS, WITH_BEFORE
from kg.extract.results.comparison import COMPARE, compared
from kg.extract.results.method_name import variant, whole
from kg.extract.results.not_subject import base_of_ours
from kg.extract.results.own import Own
from kg.extract.results.parts import COMPONENT, NOT_THE_MODEL
from kg.extract.results.title import generic


#: an opening phrase naming what the results are obtained with: "Using large FocalNet and DINO, we ..."
_ADJUNCT = re.compile(r"(?:^|[.;:]\s+|,\s+)(?:[A-Z]\w*\s+)?(?:using|with|by (?:using|combining)|combining|"
                      r"equipped with|built on|combined with)\s+[^,;:()]*$", re.I)
_PART_BEFORE = re.compile(r"\b(?:backbones?|encoders?|feature extractors?)\s+(?:of\s+)?(?:the\s+)?$", re.I)


def before_pronoun(text: str, s0: int, anchor: int) -> int:
    """Where the "we"/"our" of the clause (from ``s0``) stating the value at ``anchor`` starts, else ``anchor``:
    the end of an opening phrase the clause's subject follows."""
    we = PRONOUN.search(text, s0, anchor)
    return we.start() if we else anchor


def adjunct_method(text: str, found, methods: list[int], s0: int, pos: int) -> int | None:
    """The first name, written as a name, of an opening "Using/With X ..." phrase of the clause whose
    "we"/"our" (at ``pos``, :func:`before_pronoun`) state a value: what the result is obtained with ("With
    ProSparse, we obtain 89.32%"), unless it is a part of the model ("the 3D ResNet-18 architecture")."""
    ents = found.entities
    m = _ADJUNCT.search(text[s0:pos].rstrip(" ,"))
    if m is None:
        return None
    a = s0 + m.start()
    for i in methods:
        s, e = ents[i][0], ents[i][1]
        if a <= s and e <= pos and shaped(text[s:e]) and not NOT_THE_MODEL.match(text, e) \
                and not _PART_BEFORE.search(text, max(a, s - 20), s) and not compared(text, s, a) \
                and not (text[s:e].islower() and ents[i][4].startswith("lexicon")):
            return i
    return None


#: an opening "By training/fine-tuning ...", up to the model it trains: "By fine-tuning (the FooNet model) on A, we ..."
_BY_TRAINING = re.compile(r"(?:^|[.;:]\s+|,\s+)by\s+(?:pre-?training|training|fine-?tuning)\s+", re.I)
#: what may come between that verb and its object's name: "the", "an attention-based" (no preposition: "on the")
_TRAINED_OBJECT = re.compile(r"(?:an?\s+|the\s+)?(?:(?!(?:on|in|with|from|for|of|to|by|at|using)\b)[\w-]+\s+){0,2}?", re.I)


def trained_model(text: str, found, methods: list[int], s0: int, pos: int) -> int | None:
    """The name, written as one, that an opening "By training ..." phrase (before ``pos``, :func:`before_pronoun`)
    of the clause stating a value trains, as its object ("By fine-tuning the FooNet model on A, we reach 81%", "By
    training an attention-based Bar network on B ..., our model achieves"): the trained model is the paper's model
    (not a name later in the phrase, "by training on A with Baz targets", nor a part: "a Qux encoder")."""
    ents = found.entities
    m = _BY_TRAINING.search(text[s0:pos])
    if m is None:
        return None
    at = s0 + m.end()
    i = next((i for i in methods if at <= ents[i][0] and ents[i][1] <= pos
              and _TRAINED_OBJECT.fullmatch(text, at, ents[i][0])), None)
    if i is None or not shaped(text[ents[i][0]:ents[i][1]]) or NOT_THE_MODEL.match(text, ents[i][1]):
        return None  # (NOT_THE_MODEL covers COMPONENT's words: backbone, encoder, feature extractor, "as")
    return i


#: "we ... using (X)": the model "we" obtain the clause's figures with (words written before it: "1001-layer")
_USING_BEFORE = re.compile(r"\b(?:using|employing)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,2}?)$", re.I)
#: what follows that model up to its figure: ", achieving 3.65%", " on CIFAR-10 (4.62% error)", "in combination
#: with Y, achieving"; no clause of its own between
_THEN_FIGURE = re.compile(r"(?:\s+(?:on|in|for)\s[^,;()]{1,60}?)?(?:\s*\(\s*|,\s*(?:thereby\s+|and\s+)?(?:achiev|reach|obtain|"
                          r"attain|yield|scor)\w*\s+[^,;()]{0,60}?)$", re.I)


def used_for_figure(text: str, found, i: int, s0: int, anchor: int, paper: "Own | None") -> str | None:
    """The name ``i``, written as a name after "we ... using", is what the figure at ``anchor`` is obtained
    with when only its figure's phrase follows it ("We also evaluate our model on A using Wide Gated ResNets,
    achieving 3.65%", "We report results using a 1001-layer ResNet on A (4.62% error)"); not a part of a
    model ("a ResNet50 backbone"), a family ("using LSTMs"), nor a lexicon's base model of a paper with its own.
    The name is written with the capitalised words before it ("Wide Gated ResNets"), else as :func:`method_name.whole`."""
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = variant(text, s, e)
    using = _USING_BEFORE.search(text, max(s0, min(s, vs) - 30), min(s, vs))
    if using is None or not shaped(text[s:e]) or NOT_THE_MODEL.match(text, e) or COMPONENT.match(text, e) \
            or compared(text, s, s0) or generic(found.name(text, i)):
        return None
    gap = text[max(e, ve):anchor]
    if _THEN_FIGURE.match(gap) is None or CLAUSE.search(gap) or HAS_VALUE.search(gap) or base_of_ours(text, found, i, paper):
        return None
    words = using.group(1).split()
    if words and all(w[0].isupper() for w in words) and words[0].lower() not in NOT_SUBJECT:
        return text[using.start(1):max(e, ve)]
    return whole(text, found, i)


#: "we train (X)": the model "we" train, then state a figure of ("We train a 300M-parameter (FooNet) model and reach")
_WE_TRAIN = re.compile(r"\bwe\s+(?:\w+ly\s+)?(?:train|pre-?train|fine-?tune)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
#: what follows the trained model up to its figure: a second verb of "we" (" model on A and attain 83%")
_AND_FIGURE = re.compile(r"(?:\s+(?:models?|networks?))?(?:\s+(?:with|on|using)\s[^,;()]{1,40}?)?\s+and\s+(?:\w+ly\s+)?"
                         r"(?:achiev|attain|reach|obtain)\w*\s+[^,;()]{0,60}?$", re.I)


def trained_for_figure(text: str, found, i: int, s0: int, anchor: int) -> str | None:
    """The name ``i``, written as a name, is the model "we train" and then, by a second verb, state the figure at
    ``anchor`` of ("We train a 300M-parameter FooNet model and attain 83.0%"): the trained model's result, not
    that of the library or the training method the paper proposes; not a family ("we train LSTMs")."""
    s, e = found.entities[i][0], found.entities[i][1]
    vs, ve = variant(text, s, e)
    if not shaped(text[s:e]) or generic(found.name(text, i)) or not _WE_TRAIN.search(text, max(s0, min(s, vs) - 40), min(s, vs)):
        return None
    gap = text[max(e, ve):anchor]
    return whole(text, found, i) if _AND_FIGURE.match(gap) and not HAS_VALUE.search(gap) else None


#: a sentence whose subject is the paper's own system: "We ...", "Our model ...", "The best single system ..."
_OWN_SUBJECT = re.compile(r"\s*(?:we\b|our\b|(?:the|this)\s+(?:(?:proposed|best|final|single|combined|resulting|full)\s+)+"
                          r"(?:[\w-]+\s+)?(?:models?|systems?|networks?|methods?|approach|frameworks?)\b)", re.I)


def tool_of_ours(text: str, s0: int, s: int) -> bool:
    """The name at ``s`` is what the sentence's subject, the paper's own system ("we", "our model", "the best
    single system"), is built with ("uses a ResNet model with Foo rescoring", "using Foo"), not whose result
    the sentence's figure is; not in a comparison ("compared with Foo")."""
    return WITH_BEFORE.search(text, max(s0, s - 16), s) is not None and _OWN_SUBJECT.match(text, s0) is not None \
        and not COMPARE.search(text, s0, s)


#: a name's participle phrase that credits the paper's own method, then the clause's verb stating the figure: "(FooNet-50)
#: trained with our method achieves", "(a Foo-200) 64x8d pre-trained on A and further tuned with our trick for B reaches a
#: top-1 accuracy of" (no "we", no second clause; a setting's figure may come between: "on 10% of the labels")
_TRAINED_WITH_OURS = re.compile(r"\s*(?:[\w-]*\d[\w-]*\s+)?(?:(?:further|then|also|first)\s+)?[\w-]+ed\b[^,;()]{0,160}?"
                                r"\b(?:with|by|using|via)\s+our\b(?:(?!\bwe\b)[^,;()]){0,80}?\s" + STATES_VERB
                                + r"\b[^,;()]{0,60}$", re.I)


def trained_with_ours(text: str, found, i: int, span: tuple[int, int], anchor: int, paper: "Own | None") -> bool:
    """The name ``i`` (its variant ``span``) is the subject of the clause stating the figure at ``anchor``, built on
    with the paper's own method by a participle phrase (:data:`_TRAINED_WITH_OURS`: "A ZorbNet-50 trained with our
    method achieves 77.5%"), in a paper that names no method of its own (or only a title's guess): the figure is the
    named model's, as trained, not an empty method ("ResNet-50 fine-tuned with our method reaches 80%" in a paper
    proposing FooCL stays FooCL's, :func:`method._unnamed`).

    >>> t = "A ZorbNet-50 further trained with our method achieves 77.5% on A."
    >>> bool(_TRAINED_WITH_OURS.match(t, 12, t.index("77.5"))), bool(_TRAINED_WITH_OURS.match("we train it, achieving"))
    (True, False)
    """
    if paper is not None and paper.name and not paper.guessed:
        return False
    s, e = found.entities[i][0], found.entities[i][1]
    if not shaped(text[s:e]) or CLAUSE.search(text, span[1], anchor):
        return False
    return _TRAINED_WITH_OURS.match(text, span[1], anchor) is not None


def object_of_ours(text: str, start: int, s0: int) -> bool:
    """The name at ``start`` comes after "we"/"our method" in its clause: an object, not the subject."""
    m = None
    for m in CLAUSE.finditer(text, s0, start):
        pass
    ours = None
    for ours in SUBJECT_OURS.finditer(text, m.end() if m else s0, start):
        pass
    return ours is not None and not _THAT_CLAUSE.search(text, ours.end(), start)


#: "we show that X enhances ...": X is the subject of the clause "we" reports
_THAT_CLAUSE = re.compile(r"\b(?:show|find|found|demonstrate|observe|prove|confirm|verify|report)\w*\s+that\b", re.I)
