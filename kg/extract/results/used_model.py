"""The model "we" train, adapt or build, as the paper's own system (for :func:`.own.paper_method`).

:func:`used_model` reads it in a paper that proposes no model and whose title names none ("we use synthetic images
to train a Fully-Convolutional Regression Network (FCRN)"), or the model a paper proposes besides its parts; not a
family, data, a part, nor a name that modifies another ("a U-Net based discriminator").
"""
from __future__ import annotations

import re

from kg.extract.proposals import shaped
from kg.vocab import EntityType as T
from kg.extract.results.data_proposals import DATA_WORD_RE, called_data
from kg.extract.results.method_name import short_name
from kg.extract.results.parts import BASED, COMPONENT, NOT_OURS_AFTER, NOT_THE_MODEL, PART_HEAD
from kg.extract.results.title import generic


#: "we" training, adapting or building a model, its name the verb's object: "we use the images to train a", "We
#: utilize", "we ... adapt the" (no preposition between: "we learn embeddings for Named Entity Disambiguation"); a second
#: verb of theirs ("we develop X ..., and design a"), a class of models ("an improved class of")
_WE_BUILD = re.compile(r"\bwe\s+(?:(?:[\w-]+\s+){0,6}?|[^.;]{0,100}?,?\s+and\s+)"
                       r"(?:train|adapt|learn|build|develop|design|utili[sz]e|employ)(?:s|ed)?\s+"
                       r"(?:(?:a|an|the|two|several|multiple)\s+)?(?:(?!(?:for|of|on|in|with|from|to|by|as|at|into|using|"
                       r"that|which)\b)[\w-]+\s+){0,3}?(?:(?:class|family|series|suite)\s+of\s+)?(?:\(\s*)?$", re.I)


#: the paper proposing a model: "This paper proposes a novel", "We present the" (the model's head word must follow
#: the name: :data:`_MODEL_AFTER`; a proposed sampler, metric or augmentation is no model)
_WE_PROPOSE = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:(?:[\w-]+\s+){0,2}?|[^.;]{0,100}?\s+and\s+)(?:propose|present|introduce)s?\s+"
                         r"(?:a|an|the)\s+(?:(?:novel|new)\s+)?(?:\(\s*)?$", re.I)


#: the kind nouns of a model a paper makes: "network", "model", "architecture", "framework", "detector"
_MODEL_NOUNS = r"(?:networks?|models?|architectures?|frameworks?|detectors?)"


_MODEL_AFTER = re.compile(r"\s*" + _MODEL_NOUNS + r"\b", re.I)


#: "we" making a model and naming it in apposition: "we derive a Foo-Free Network, namely FFNet" (a verb of building
#: the model from something, no verb of proposing: the proposal finder reads those)
_WE_NAME_IT = re.compile(r"\bwe\s+(?:[\w-]+\s+){0,2}?(?:derive|obtain|construct|build|develop|design|train)(?:s|ed)?\s+"
                         r"(?:a|an|the)\s+[^.;()]{0,80}?\b" + _MODEL_NOUNS + r",?\s+"
                         r"(?:namely|called|dubbed|named|termed),?\s+$", re.I)


#: what may follow a name before the sentence goes on: its acronym "(FCRN)", a citation "(Dean et al., 2012)",
#: or the ")" closing an acronym
_ACRONYM_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\)|\))?")


#: a model used as a part or a reference: "as the backbone of", "for feature extraction", "as a teacher"
_AS_PART = re.compile(r"\s+(?:as|for)\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:backbones?|encoders?|"
                      r"baselines?|teachers?|features?|feature extract\w*)\b", re.I)


def used_model(text: str, found, propose_only: bool = False) -> str | None:
    """The model a paper that proposes none and whose title names none says "we" train, adapt or build, by
    its name (a name written as one, or with its acronym; no model family, "LSTM", no data, no part: "as
    the backbone", "implementation"): what its "we"/"our network" achieve stands for ("We use synthetic
    images to train a Fully-Convolutional Regression Network (FCRN) ... The resulting detection network
    achieves 84.2%"; "We utilize VisualBERT ..."), or the model it proposes besides its proposals (their parts):
    "This paper proposes a novel Foo Reconstruction (FR-GAN) network ... we propose a Bar (B) module" (only
    these with ``propose_only``). A name modifying another is none ("a U-Net based discriminator")."""
    ents = found.entities
    for i, c in enumerate(ents):
        name = text[c[0]:c[1]]
        if c[2] is not T.METHOD or not (shaped(name) or found.aliases.get(i)) or generic(found.name(text, i)):
            continue
        s0 = max(text.rfind(". ", 0, c[0]) + 1, 0)
        e = _ACRONYM_AFTER.match(text, c[1]).end()  # (past "(FCRN)")
        we = _WE_BUILD.search(text, max(s0, c[0] - 160), c[0]) if not propose_only else None
        if we is None and _MODEL_AFTER.match(text, e):
            we = _WE_PROPOSE.search(text, max(s0, c[0] - 160), c[0])  # "proposes a novel Foo Reconstruction (FR-GAN) network"
        if we is None and not propose_only:
            we = _WE_NAME_IT.search(text, max(s0, c[0] - 160), c[0])  # "we derive a Foo-Free Network, namely FFNet"
        if we and not BASED.match(text, c[1]) and found.name(text, i) not in found.proposed and not DATA_WORD_RE.search(we.group(0)) and not called_data(text, name) \
                and not any(r.match(text, e) for r in (NOT_THE_MODEL, NOT_OURS_AFTER, COMPONENT, _AS_PART)) \
                and not PART_HEAD.search(name):
            return short_name(text, found, i)
    return None
