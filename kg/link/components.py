"""A paper's own component, "feature selection module (FSM)", is no name of the technique its words name.

The link key drops a trailing type word (:func:`kg.link.normalize.norm_name`: "X module" is "X"), so a paper's
module, layer or mechanism that it gives an acronym of its own falls into the corpus-wide node of the technique
"feature selection", and gives it the paper's letters. When the acronym spells the component word too (its last
letter is that word's initial: "FSM" of "... Module"), the paper names a part of its own system: the long form is a
coinage of that paper ("LONG (ACRO)", :meth:`kg.link.collect.Collect._coined`), shared only with papers about
one thing giving it the same words and letters (:func:`kg.link.coinages.coinage_groups`), never the technique's node,
however many papers define the technique by those letters. An acronym of the technique alone ("feature alignment (FA)")
defines the technique, and letters the lexicon knows as a component of the same words ("Convolution Block
Attention Module (CBAM)") name that known component, as words the lexicon knows before the component word name
the known technique ("batch normalization layer (BNL)").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon_data import known_entry, spelt_long_forms
from kg.link.coinages import coiner, singular_letters
from kg.link.normalize import COMPONENT_WORDS

#: The component words the link key drops after a name (:data:`kg.link.normalize._TRAILING`): a part of a system.
#: "model", "method", "framework", "algorithm", "architecture" name a technique as much as its words do
#: ("Gaussian Mixture Model (GMM)"), so they are no component.
_COMPONENT = re.compile(rf"[\s\-]({COMPONENT_WORDS})$", re.I)
#: The parts of a long form's words: spaces and hyphens ("boundary-matching" is two).
_PARTS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=65536)
def component_coinage(short: str, long_text: str) -> bool:
    """Whether ``long_text (short)`` names a component of the paper's own: the long form ends in a component word
    the link key drops, after two words or more (a hyphened word is one, as a word alone is the field's word for
    such a part: "Fusion Module (FM)", "self-attention layer (SAL)"), and the acronym's last letter (an "s" of a
    plural aside) is that word's initial, not the last initial of the words before it ("long short-term memory
    module (LSTM)" names the known technique's module).

    >>> component_coinage("FSM", "feature selection module"), component_coinage("GLLs", "glyph lattice layers")
    (True, True)
    >>> component_coinage("FA", "feature alignment"), component_coinage("GMM", "Gaussian Mixture Model")
    (False, False)
    >>> component_coinage("QA", "quokka attention mechanism"), component_coinage("AM", "attention module")
    (False, False)
    >>> component_coinage("QBM", "quokka-burrow module"), component_coinage("QBSM", "quokka-burrow selection module")
    (False, True)
    >>> component_coinage("M", "module"), component_coinage("QM", "quokka modules in")
    (False, False)
    >>> component_coinage("FSM", "  feature selection module"), component_coinage("QSTM", "quokka short-term memory module")
    (True, False)
    """
    long_text = long_text.strip()
    m = _COMPONENT.search(long_text)
    words = long_text[:m.start()].split() if m else ()
    if len(words) < 2:
        return False  # one word before it, "Fusion Module (FM)", is as much the field's word for such a part
    letters = "".join(c for c in singular_letters(short) if c.isalpha()).upper()
    if len(letters) < 2 or letters[-1] != m.group(1)[0].upper():
        return False
    initials = ("".join(w[0] for w in words), "".join(p[0] for p in _PARTS.split(" ".join(words)) if p))
    if letters in (i.upper() for i in initials):
        return False  # the letters spell the words before the component word alone: "LSTM", "GMM" of "... module"
    # a technique the lexicon knows by the long form's words ("batch normalization layer (BNL)") is that technique
    return known_entry(long_text) is None and not _known_component(short, m.group(1))


def written_component(text: str, long_text: str, short: str) -> bool:
    """Whether a mention ``text`` whose link key is that of a component coinage ``long_text (short)`` writes its
    component word too: "burrow selection methods" beside "our burrow selection module (BSM)" is the technique
    (the key drops both type words), not the paper's part; a coinage of another kind is as its key says.

    >>> written_component("burrow selection methods", "burrow selection module", "BSM")
    False
    >>> written_component("Burrow Selection Modules", "burrow selection module", "BSM")
    True
    """
    if not component_coinage(short, long_text):
        return True
    m, w = _COMPONENT.search(long_text.strip()), _COMPONENT.search(text.strip())
    return w is not None and w.group(1).lower().rstrip("s") == m.group(1).lower().rstrip("s")


def _known_component(short: str, word: str) -> bool:
    """Whether the lexicon knows ``short`` as a name whose long form, spelt by its letters, ends in the component
    word ``word`` too: "CBAM" of "convolutional block attention module"; not "CAM" of "class activation mapping".

    >>> _known_component("CBAM", "Module"), _known_component("CBAMs", "Modules"), _known_component("QZBM", "module")
    (True, True, False)
    """
    short = singular_letters(short)  # "CBAMs" as "CBAM"
    entry = known_entry(short)
    if entry is None:
        return False
    head = word.lower().rstrip("s")
    return any(n.split()[-1].lower().rstrip("s") == head for n in spelt_long_forms(entry[0], entry[1], short))


def component_nodes(coined: dict) -> set:
    """The nodes of a paper's coined long forms (:meth:`kg.link.collect.Collect._coined`: node -> (the node of "LONG
    (ACRO)", that text, LONG)) that are components of its own (:func:`component_coinage`)."""
    out = set()
    for own, text, long in coined.values():
        short = text[len(long) + 2:-1]  # "LONG (ACRO)"
        if component_coinage(short, long):
            out.add(own)
    return out


def record_components(ex, mentions, out, coined: dict, sm) -> None:
    """Record the paper as a coiner of each component of its own (:func:`component_nodes`), with the texts it writes
    it with (``sm.components_by``): two unrelated papers giving their own parts the same words and letters ("feature
    aggregation module (FAM)" in a saliency detector and in a point-cloud network) are two coinages
    (:func:`kg.link.coinages.split_coinages`), whether or not the papers list the part as proposed."""
    nodes = component_nodes(coined) if coined else ()
    if not nodes:
        return
    texts: dict = {}
    for m, n in zip(mentions, out):
        if n in nodes:
            texts.setdefault(n, []).append(m.text)
    base = coiner(ex)
    for n, names in texts.items():
        sm.components_by.setdefault(n, {})[ex.paper.id] = base._replace(names=tuple(names))
