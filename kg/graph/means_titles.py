"""A title's Title Case phrase after a preposition of means that says how the work proceeds, not what it is named
(issue 18).

"Action Localization by Generative Attention Modeling", "Scene Text Detection via Corner Localization", "Word
Segmentation with Rich Pretraining": after "by", "via", "with", "using" or "through" a title says how the paper does
its task, and a process noun heads that phrase. A title sets every word in Title Case, so its capitals are no
evidence of a name; the paper names its method elsewhere, or not at all. Such a phrase is a guess by its look
(:func:`means_title_phrase`) when it is two words or more of plain vocabulary
(:func:`kg.graph.described_titles.plain_vocabulary`: no coined word), without a name's shape (no inner capital, no
digit, no acronym), no lexicon name, headed by a process noun (:func:`kg.extract.head_phrases.process_head`:
"Modeling", "Clustering", "Separation"), and the abstract neither writes it again in any case nor spells it with an
acronym (:func:`kg.graph.vague_titles.unrepeated`). A layer's operation ("Atrous Separable Convolution", "Walk
Pooling") is a part the network is built of, a thing a reader looks up, and stays; so does a thing a noun heads
("Space-Time Memory Networks"). A title's attention after "with"/"via" ("... with Saliency and Context Attention")
says how the model weighs its inputs, and readers of the arXiv build judged such phrases descriptions: it is read
like any process noun's. :mod:`kg.graph.weak_evidence` drops the node only when this is its paper's one
mention and no other paper, no lexicon entry and no acronym gives it.

>>> from kg.vocab import EntityType as T
>>> t = "Bill Sorting by Layered Order Modeling"
>>> m = Mention(T.METHOD, "Layered Order Modeling", 16, 38, field="title", rule="head")
>>> means_title_phrase(m, t, "We sort bills."), means_title_phrase(m, t, "Our layered order modeling sorts.")
(True, False)
"""
from __future__ import annotations

import re

from kg.extract.head_phrases import process_head
from kg.extract.lexicon_data import known_name
from kg.extract.words import GUESS_RULES, MEANS_PREPOSITIONS
from kg.graph.described_titles import _SMALL, plain_vocabulary
from kg.graph.namehood import in_capitals, name_shaped, title_guess
from kg.graph.vague_titles import unrepeated
from kg.models import Mention

#: The rules whose Method in a title is a span read around a head word or a Title Case run.
_SPAN_RULES = GUESS_RULES | {"grown", "context", "titlecase"}
#: A preposition of means, maybe an article after it, right before the phrase ("... via the X", "... by X").
_MEANS_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(MEANS_PREPOSITIONS)) + r")\s+(?:(?:a|an|the)\s+)?$",
                           re.I)
#: The operations a network's layer is named by: a part the network is built of, no step of how the paper works
#: (closed-class; the plural "Convolutions" is no process noun, :func:`~kg.extract.head_phrases.process_head`).
_LAYER_OPERATIONS = frozenset({"convolution", "pooling"})


def means_title_phrase(m: Mention, text: str, abstract: str = "") -> bool:
    """Whether a span rule's Method guess in a title (``text``) stands right after a preposition of means and is a
    process noun's phrase of plain words that the abstract neither writes again nor spells: how the work proceeds,
    described in the title's Title Case (the module's rules)."""
    if not title_guess(m, _SPAN_RULES) or in_capitals(text):
        return False
    if not _MEANS_BEFORE.search(text, max(0, m.start - 16), m.start):
        return False
    words = m.text.split()
    content = [w for w in words if w.lower() not in _SMALL]
    head = words[-1].lower() if words else ""
    if len(content) < 2 or not all(w[0].isupper() for w in content) or name_shaped(words, False):
        return False
    if head.rsplit("-", 1)[-1] in _LAYER_OPERATIONS or not process_head(head):
        return False
    if not all(plain_vocabulary(w) for w in content) or known_name(m.text):
        return False
    return unrepeated(m.text, abstract)
