"""Parts of a model, not the model: a proposal or a name that is a module, a loss, a backbone.

:func:`is_part` tells a proposal that is a part of a model or of its training, by its head word ("Flow Alignment
Module") or the words that introduce it ("an optimizer called NovoGrad"); :func:`named_part` one with a name of its
own ("FAM"). The patterns mark a name the words after it make no model (:data:`COMPONENT`: "as the backbone";
:data:`NOT_THE_MODEL`, :data:`NOT_OURS_AFTER`: "our ResNet-50 baseline"; :data:`BASED`: "a U-Net based
discriminator") and a sentence that speaks of the paper's part or of its whole model (:data:`OUR_PART`,
:data:`OUR_MODEL`).
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped


#: names the finder may type Method that never say whose result it is
COMPONENT = re.compile(r"\s*(?:backbones?|encoders?|feature extractors?|as\s+(?:the\s+|an?\s+|its\s+|our\s+)?"
                        r"(?:[\w-]+\s+)?(?:backbone|encoder|feature extractor|base model)s?)\b", re.I)


NOT_THE_MODEL = re.compile(r"\s*(?:architectures?|backbones?|encoders?|features?|embeddings?|as\b)", re.I)


#: what follows a name that is not the model: "our ResNet-50 baseline", "our VGG backbone"
NOT_OURS_AFTER = re.compile(r"\s*(?:baselines?|backbones?|encoders?|features?|implementation|re-?implementation)\b", re.I)


#: the head words of a part of a model (:data:`PART_HEAD`, :data:`_PART_AFTER`)
_PART_WORDS = r"module|layer|block|unit|mechanism|loss|head|neck|operator"


#: the head word of a proposal that is a part of a model, not the model
PART_HEAD = re.compile(r"\b(?:" + _PART_WORDS + r"|strategy|scheme|trick|cell|"
                        r"regulari[sz]ation|initiali[sz]ation|augmentation|attention|optimi[sz]er)s?$", re.I)


#: a part of training before the name it is called by: "a new layer-wise optimizer called NovoGrad" (not a
#: part of the model, which may be all a paper proposes: "a simple operator, called TSD")
_PART_CALLED = re.compile(r"\b(?:loss|regulari[sz]er|optimi[sz]er|augmentation|initiali[sz]ation|schedule|scheduler)s?"
                          r",?\s+(?:called|named|dubbed|termed|coined)\s+$", re.I)


#: a model before the name it is called by: "a novel architecture named Amend Representation Module" (a model whatever
#: the head word of its name)
_MODEL_CALLED = re.compile(r"\b(?:architecture|network|model|framework|system)s?,?\s+(?:called|named|dubbed|termed|coined)"
                           r"\s+(?:as\s+)?$", re.I)


def is_part(text: str, name: str, after: bool = True) -> bool:
    """A proposal that is a part of a model or of its training, not the model: by its head word ("Flow
    Alignment Module"), or by the words that introduce its name ("a new layer-wise optimizer called NovoGrad").

    >>> is_part("Our model, Foo, is deep. We add an optimizer called NovoGrad.", "NovoGrad")
    True
    >>> is_part("We propose a network called BarNet.", "BarNet")
    False
    >>> is_part("We propose an architecture named Foo Fix Module (FFM). FFM replaces pooling.", "Foo Fix Module")
    False
    >>> is_part("We add BarProp, a variant of the stochastic gradient method, to it.", "BarProp")
    True
    >>> is_part("We add BarNet, a network trained with a new optimizer.", "BarNet")
    False
    """
    at = text.find(name)
    if at > 0 and _MODEL_CALLED.search(text, max(0, at - 40), at):
        return False  # "a novel architecture named Amend Representation Module (ARM)": what the paper calls a model
    if PART_HEAD.search(name):
        return True
    return at > 0 and (_PART_CALLED.search(text, max(0, at - 40), at) is not None or _PART_APPOSED.match(text, at + len(name))
                       is not None or after and _PART_AFTER.match(text, at + len(name)) is not None)  # "a Frequency
    # Decoupling (FD) module"; "NovoGrad, a variant of stochastic gradient descent"


#: a part of training in apposition to a name, as the phrase's head: "NovoGrad, a variant of the stochastic gradient
#: method, ..." (its words say what it is, not what it is trained with: not "FooNet, a network trained with a new loss")
_PART_APPOSED = re.compile(r"(?:\s*\([^()]{1,20}\))?,\s+(?:a|an)\s+(?:(?!(?:with|using|by|via|on|from|for|trained|based)\b)"
                           r"[\w-]+\s+){0,6}?(?:optimi[sz]er|regulari[sz]er|scheduler|(?:stochastic\s+)?gradient\s+"
                           r"(?:descent|method|algorithm))s?\b(?![\w-])", re.I)


#: a part's head word after its name (and acronym): "a Frequency Decoupling (FD) module"
_PART_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:" + _PART_WORDS + r")s?\b", re.I)


#: a sentence that speaks of the part: "our module", "the proposed loss", "with FAM"
#: a sentence that speaks of the paper's whole model, which a proposed part does not name: "our network"
OUR_MODEL = re.compile(r"\b(?:our|this|the proposed)\s+(?:[\w-]+\s+){0,2}?(?:models?|networks?|systems?|detectors?|"
                        r"architectures?|classifiers?|segmenters?|trackers?)\b", re.I)


OUR_PART = re.compile(r"\b(?:our|this|the proposed|the new)\s+(?:[\w-]+\s+){0,2}?(?:module|layer|block|unit|mechanism|"
                       r"loss|head|operator|strategy|scheme|cell|regulari[sz]ation|augmentation|attention|optimi[sz]er)s?\b",
                       re.I)


def named_part(text: str, part: str) -> bool:
    """A proposed part with a name: written as one ("FAM", "DAnA") or as the title writes it ("Context
    Encoding Module" of "Context Encoding for Semantic Segmentation"), not a description ("structural loss").

    >>> named_part("Context Encoding for Segmentation\\nWe add a Context Encoding Module.", "Context Encoding Module")
    True
    >>> named_part("Fast Lane Detection\\nWe propose a structural loss.", "structural loss")
    False
    """
    if shaped(part):
        return True
    title = text[:max(text.find("\n"), 0)].lower()
    words = part.lower().split()
    return len(words) >= 2 and " ".join(words[:2]) in title


#: a name that modifies what is proposed: "a U-Net based discriminator", "BERT-based ensembles"
BASED = re.compile(r"-?\s?based\b", re.I)
