"""Whether anything in a sentence supports a name found by its shape only as a Method (issue 18).

The extractor types a coined-looking word a Method by default ("QuokkaNet", "WBX-7"): in one paper, with no other
evidence, that default is a guess. On random samples of the arXiv build about a third of these one-paper nodes were
no methods: a data set among data sets ("graphs such as Foo and Bar9"), a unit after a number ("30 GPUdays"), a
device, a venue, an author's name in capitals, a symbol of a formula or of code. The right ones have something
around them that says method: the paper proposes or names them, compares with them, cites them, uses them, or a
model word is in the name or after it. A name where a data set or a measure goes ("better than the state of the art
on X", "in terms of X", or the unit right after a quantity: "a baseline that sustains 39 X") is compared on or with, not
compared with: neither the comparison nor the hint "on X" supports it as a method.

:func:`method_support` reads those signals where a mention stands; :func:`unsupported_shape` is a mention typed
Method by its shape only with none of them. Such a mention is no evidence in any number of papers
(:mod:`kg.graph.weak_evidence`): a second paper writing the name as bare ("released under the CC-BY 4.0 licence" in
two papers, "datasets NWPU VHR-10 and Foo" in two) repeats the guess. A node with only such mentions is dropped; a
stated result, a proposal or any mention with support in any paper keeps it.
"""
from __future__ import annotations

import re
from typing import Callable, Collection, Sequence

from kg.extract.words import FUNCTION_WORDS
from kg.graph.namehood import SHAPE_RULES, TECHNIQUE_ENDS, shape_only
from kg.link.coordination import list_runs
from kg.link.means import lexicon_use_kind, means_clause
from kg.link.units import after_quantity
from kg.models import Mention
from kg.vocab import EntityType

#: The parts of a model's name that say what kind of model it is, as papers glue them to a coinage ("QuokkaNet",
#: "Foo-GAN", "BarFormer", "Baz-BERT", "Qux-CNN", "CuQuokkaLSTM"): short architecture words, beside the words a
#: technique's name ends in (:data:`~kg.graph.namehood.TECHNIQUE_ENDS`: "... Network", "... Block", "... Filter").
_MODEL_PARTS = frozenset({"net", "nets", "gan", "gans", "bert", "former", "formers", "cnn", "cnns", "rnn", "rnns",
                          "lstm", "lstms", "gru", "vae", "vaes", "gcn", "gnn", "gnns", "mlp", "seq2seq", "nerf", "rcnn",
                          "unet", "resnet", "vit", "gpt", "dqn", "tts", "nmt", "seg", "align", "pool", "conv", "norm",
                          "attn", "dnn", "crf", "hmm", "svm"}) | TECHNIQUE_ENDS
#: The glued parts checked at the end of a word of capitals ("LOOPYNET", "FOOGAN"): the short architecture words.
_GLUED_ENDS = tuple(sorted(p for p in _MODEL_PARTS if len(p) >= 3 and p.isalnum() and len(p) <= 7))
#: A name's parts: runs of capitals, capitalised words, lower-case words ("SeqNeXt" -> Seq, Ne, Xt; "FQ-GAN" -> FQ,
#: GAN; "DenseUNet" -> Dense, U, Net), digits dropped.
_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
#: Spaces and hyphens between the words of a name.
_WORDS = re.compile(r"[\s\-]+")
#: A citation right after the name: "[12]", "[3, 4]", "(Smith et al., 2019)", "(Smith, 2019)".
_CITED = re.compile(r"\s*(?:\[[\d,\s\-\u2013]+\]|\(\s*[A-Z][\w\-]+(?:\s+et\s+al\.?|,?\s+(?:19|20)\d\d))")
#: A comparison or a proposal earlier in the name's clause: "faster than X", "outperforms prior approaches A, B and
#: X", "compared with X", "we propose X", "we call our method X", "the proposed X", "our X".
_CLAIM_BEFORE = re.compile(r"\b(?:than|outperform\w*|surpass\w*|beat(?:s|ing)?|compared|comparison|comparable|versus|"
                           r"vs|against|over|baselines?|propos\w*|introduc\w*|present(?:s|ed)?|design(?:s|ed)?|"
                           r"develop(?:s|ed)?|devis\w*|build|built|call(?:s|ed)?|nam(?:e|es|ed)|dubbed|term(?:s|ed)|"
                           r"our|novel|extend\w*|improv\w*|relative\s+to)\b[^.;:!?]{0,90}$", re.I)
#: A word right before the name or the list it ends, past an "i.e." or "e.g." ("the approach X", "approaches A, B, X",
#: "two architectures: A and X", "a pooling (X)", "two models, i.e. A and X").
_WORD_BEFORE = re.compile(r"\b([a-z][\w\-]*)\s*(?:\(|[,:]?\s+)(?:(?:i\.e\.|e\.g\.|namely)[,:]?\s+)?"
                          r"(?:[A-Z][\w\-+.]*\s*(?:\[[\d,\s]+\])?\s*(?:,\s*|\s+and\s+)(?:and\s+)?)*$")
#: A verb whose direct object is a method: "we evaluate X on ...", "we fine-tune X", "re-implementing X".
_RUN_BEFORE = re.compile(r"\b(?:evaluat(?:e|es|ed|ing)|fine-?tun(?:e|es|ed|ing)|(?:re-?)?implement(?:s|ed|ing)?|"
                         r"distill(?:s|ed|ing)?)\s+(?:the\s+)?$", re.I)
#: A parenthesis, then up to three words right after the name (:func:`_named_technique` checks for a technique's word
#: among them: "the X layer", "a X self-attention mechanism", "X (Foo Bar Network)", "the X (FB) layer").
_WORDS_AFTER = re.compile(r"(?:\s*\(([^()]{1,80})\))?((?:[\s\-]+[A-Za-z]\w*){0,3})")
#: A long phrase ending right before the name in parentheses: "a cascaded fusion module for image generation (X)".
_PHRASE_BEFORE = re.compile(r"((?:[\w\-]+\s+){1,9}?[\w\-]+)\s*\($")
#: The slot of a data set or a measure: "on" or "in terms of" before the name, past "the" or a quantifier (both, all,
#: each; not "a"/"an": "on a V100", "on a ResNet" name a device or a model as often), a hyphenated modifier and the
#: names listed before it, none ending a sentence ("better than the state of the art on the real-world Foo1", "on Bar
#: and Foo1", "in terms of Top-1, Top-5 and Foo1"; not "results on Bar. Foo1 is"); group 1 is the word before "on"
#: (:func:`~kg.link.cues.builds_on`, :data:`_IMPROVES_ON`).
_DATA_SLOT = re.compile(r"(?:\b([\w\-]+)\s+on|\bin\s+terms\s+of)\s+(?:(?:the|both|all|each|[a-z]+-[a-z]+|"
                        r"[A-Z0-9][^\s,;()\[\]]*(?<![.!?:])(?:\s*\[[\d,\s\-]+\])?)(?:,\s*|\s+)(?:(?:and|or)\s+)?)*$")
#: Verbs whose "on" takes a method as often as not after a comparison, besides those of
#: :func:`~kg.link.cues.builds_on`: "improves on X", "draws on X".
_IMPROVES_ON = re.compile(r"improv(?:e|es|ed|ing)|draw(?:s|ing)?|drew")
#: A possessive right before the name: "WOMBAT's X".
_POSSESSED = re.compile(r"['\u2019]s\s+$")
#: A verb after the name that a method takes as its subject ("X outperforms", "X learns", "X (ours) achieves", "X, built
#: on Y, has been deployed", "X significantly outperforms", "X is 4% better than Y").
_AGENT_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\)|\s*,[^,.;()]{1,60},)?\s+(?:also\s+|further\s+|then\s+|first\s+|\w+ly\s+)?"
                          r"(?:(?:has\s+been|is|was)\s+deployed|(?:is|was|runs|performs)\s+(?:[\d.]+%?\s+|\w+\s+){0,2}?"
                          r"(?:better|faster|worse|slower|more\s+\w+|less\s+\w+)\s+than|achieves|outperforms|"
                          r"surpasses|attains|improves|learns|uses|employs|leverages|exploits|combines|generates|encodes|"
                          r"predicts|produces|obtains|yields|reaches|runs|requires|relies|adopts|applies|integrates|"
                          r"performs|enhances|reduces|captures|extracts|trains|models|takes|computes|converges|fails|"
                          r"suffers|mitigates|defines|offers|exhibits|shows|provides|allows|enables|handles|benefits|ranks|"
                          r"is\s+(?:trained|applied|used|based|built|designed|able))\b")


def model_named(name: str) -> bool:
    """Whether a name carries the word of a kind of model in its parts ("QuokkaNet", "FQ-GAN", "Foo Transformer",
    "Koala-seq2seq", "WOMBATNET").

    >>> [model_named(n) for n in ("QuokkaNet", "FQ-GAN", "Wombat Transformer", "Koala-seq2seq", "WOMBATNET", "KoalaBlock")]
    [True, True, True, True, True, True]
    >>> [model_named(n) for n in ("WBX-7", "GPUdays", "Foo2Bar", "ZooDB")]
    [False, False, False, False]
    """
    if any(p.lower() in _MODEL_PARTS for p in _PART.findall(name)):
        return True
    return any(w.endswith(_GLUED_ENDS) for w in _WORDS.split(name.lower()) if len(w) > 4)


def data_slot(text: str, start: int) -> bool:
    """Whether a span stands where a data set or a measure goes: after "on" or "in terms of", past "the" or a
    quantifier (not "a", "an"), a hyphenated modifier and the names listed before it in its sentence
    (:data:`_DATA_SLOT`), not after a verb that builds on a thing ("based on X": :func:`~kg.link.cues.builds_on`; "improves on X":
    :data:`_IMPROVES_ON`). The unit after a quantity is :func:`unit_slot` (a method's, not data's, slot).

    >>> t = "It beats the state of the art on the real-world Foo1 and Bar2. It is based on Baz3, good in terms of Qux4."
    >>> [data_slot(t, t.index(w)) for w in ("Foo1", "Bar2", "Baz3", "Qux4")]
    [True, True, False, True]
    >>> t = "We report results on Bar2. Foo1 is fast, better than the art on a Qux4."
    >>> [data_slot(t, t.index(w)) for w in ("Bar2", "Foo1", "Qux4")]
    [True, False, False]
    """
    from kg.link.cues import builds_on  # noqa: PLC0415

    slot = _DATA_SLOT.search(text, max(0, start - 100), start)
    word = (slot.group(1) or "").lower() if slot is not None else ""
    return slot is not None and not builds_on(word) and _IMPROVES_ON.fullmatch(word) is None


#: A lower-case plural noun right after a name: what the quantity before the name counts ("2 Koala7 variants").
_COUNTED_AFTER = re.compile(r"\s+([a-z][a-z\-]{2,}s)\b")


def unit_slot(text: str, start: int, end: int) -> bool:
    """Whether a span is the unit a quantity is counted in: right after a quantity
    (:func:`kg.link.units.after_quantity`), written as a plural ("39 KiloQUOPs", "216 QPUhours", "0.4 GPU-days"), and
    no plural noun after it that the quantity counts instead ("2 Koala7 variants", "3 WombatNets baselines"). A single
    name after a count ("4 QuokkaX") is a count of things, no unit.

    >>> t = "Our baseline sustains 39 KiloQUOPs on one node, as 2 Koala7 variants, 3 Wombats baselines and 4 QuokkaX do."
    >>> [unit_slot(t, t.index(w), t.index(w) + len(w)) for w in ("KiloQUOPs", "Koala7", "Wombats", "QuokkaX")]
    [True, False, False, False]
    """
    if not text[start:end].endswith("s") or not text[start:end][-2:-1].isalpha() or not after_quantity(text, start):
        return False
    after = _COUNTED_AFTER.match(text, end)
    return after is None or after.group(1) in FUNCTION_WORDS


def _technique(word: str) -> bool:
    w = word.lower()
    return w in _MODEL_PARTS or w.rstrip("s") in _MODEL_PARTS


def _named_technique(text: str, start: int, end: int) -> bool:
    """Whether a technique's word is right around the span: right before it or the list it ends ("the approach X",
    "approaches A, B and X"), up to two words after it ("the X layer", "a X self-attention mechanism", past a
    parenthesis: "the X (Foo Bar) block"), ending the parenthesis after it ("X (foo bar network)"), or heading the
    phrase whose acronym it is ("a cascaded fusion module for image generation (X)")."""
    from kg.link.cues import method_headed  # noqa: PLC0415

    before = text[max(0, start - 120):start]
    word = _WORD_BEFORE.search(before)
    if word and _technique(word.group(1)):
        return True
    after = _WORDS_AFTER.match(text, end)
    if after and after.group(1) and method_headed(after.group(1)):
        return True
    for w in (after.group(2).replace("-", " ").split() if after else ()):
        if w.lower() in FUNCTION_WORDS:
            break
        if _technique(w):
            return True
    phrase = _PHRASE_BEFORE.search(before)
    return phrase is not None and method_headed(phrase.group(1))


def method_support(text: str, start: int, end: int) -> bool:
    """Whether the words around a span say it names a method: a model word in it or around it
    (:func:`model_named`, :func:`_named_technique`), a citation after it, a comparison or a proposal in its clause
    before it (but not where it stands in the slot of data or a measure, :func:`data_slot`: "better than Foo on X", or
    of a unit, :func:`unit_slot`: "a baseline that sustains 39 X"),
    a verb a method takes after it, or a use of it as a means ("trained with X", "we use X to ...").

    >>> t = "We propose QuokkaX. It is faster than Wombat3. Graphs such as FooBase and Bar9 help. It runs at 30 GPUdays."
    >>> [method_support(t, t.index(w), t.index(w) + len(w)) for w in ("QuokkaX", "Wombat3", "Bar9", "GPUdays")]
    [True, True, False, False]
    >>> t = "Prior work, e.g. Koala7 [12], is slow. Emu9 is 2% better than it. The approach Kiwi4 is new. Data came from ZooDB."
    >>> [method_support(t, t.index(w), t.index(w) + len(w)) for w in ("Koala7", "Emu9", "Kiwi4", "ZooDB")]
    [True, True, True, False]
    >>> t = "It has a KQ3 self-attention layer and a glyph fusion module for dense maps (GFX). The EMUB tags are kept."
    >>> [method_support(t, t.index(w), t.index(w) + len(w)) for w in ("KQ3", "GFX", "EMUB")]
    [True, True, False]
    >>> t = "We tune two models, i.e. Quok and Wom, and evaluate Emu3 on ten tasks; the MSE is 9% relative to Kiw2. Data came from FooDB."
    >>> [method_support(t, t.index(w), t.index(w) + len(w)) for w in ("Quok", "Wom", "Emu3", "Kiw2", "FooDB")]
    [True, True, True, True, False]
    """
    if model_named(text[start:end]) or _CITED.match(text, end) or _AGENT_AFTER.match(text, end):
        return True
    if _CLAIM_BEFORE.search(text, max(0, start - 120), start) and not data_slot(text, start) \
            and not unit_slot(text, start, end):
        return True  # "better than the state of the art on Foo1": Foo1 is what the two are compared on
    if _named_technique(text, start, end):
        return True
    if _RUN_BEFORE.search(text, max(0, start - 40), start):
        return True
    return lexicon_use_kind(text, start, end) == "means" or means_clause(text, start, end)


def listed_with_methods(text: str, members: Sequence[Mention]) -> set[int]:
    """Indices of ``members`` (one field's mentions, in text order) that stand in a list
    (:func:`~kg.link.coordination.list_runs`) with a Method typed by more than its shape and no Dataset: names
    coordinated with a method are methods ("e.g., FooNet, BERT and Koala7").

    >>> from kg.vocab import EntityType as T
    >>> t = "We compare BERT, ELMo and Koala7. We use FooSet, Emu4 and BERT."
    >>> at = lambda w, ty, rule, i=0: Mention(ty, w, t.index(w, i), t.index(w, i) + len(w), rule=rule)
    >>> ms = [at("BERT", T.METHOD, "lexicon"), at("ELMo", T.METHOD, "lexicon"), at("Koala7", T.METHOD, "name"),
    ...       at("FooSet", T.DATASET, "lexicon"), at("Emu4", T.METHOD, "name"), at("BERT", T.METHOD, "lexicon", 40)]
    >>> sorted(listed_with_methods(t, ms))
    [0, 1, 2]
    """
    out: set[int] = set()
    for run in list_runs(text, [(m.start, m.end) for m in members]):
        kinds = [(members[i].type, members[i].rule in SHAPE_RULES) for i in run]
        if (EntityType.METHOD, False) in kinds and all(t is not EntityType.DATASET for t, _ in kinds):
            out.update(run)
    return out


def unsupported_shape(m: Mention, text: str) -> bool:
    """Whether a mention is typed Method by its shape only (a name rule, no alias, no other canonical name) and
    nothing where it stands supports a method (:func:`method_support`), nor any cue of a type
    (:func:`kg.link.cues.text_cue_kind`: "the X dataset", "on X" are the linker's to weigh) or a word of data after
    it ("X signals": :func:`kg.link.cues.data_after`), nor a possessive before it ("WOMBAT's X": a thing an owner
    has, :func:`kg.graph.owners.owner_of_name` reads the owner). Where the name stands in the slot of data or a
    measure (:func:`data_slot`: "better than the state of the art on X", "in terms of X"), the hint of data or of a
    measure that slot gives is no support: a type word or a verb after it ("X score", "X contains": a cue of the
    words after the name) or a method's cue still weighs.

    >>> t = "Scripts were crawled from ZooDB. We propose QuokkaX. We beat the art on Emu4, in terms of Kiwi1 score."
    >>> [unsupported_shape(Mention(EntityType.METHOD, w, t.index(w), t.index(w) + len(w), rule="name"), t)
    ...  for w in ("ZooDB", "QuokkaX", "Emu4", "Kiwi1")]
    [True, False, True, False]
    """
    from kg.link.cues import data_after, text_cue_kind  # noqa: PLC0415

    if m.type is not EntityType.METHOD or not shape_only(m) or m.end > len(text) or text[m.start:m.end] != m.text:
        return False
    cue = text_cue_kind(text, m.start, m.end)
    if cue is not None and cue[1] == "cue" and cue[0] is not EntityType.METHOD and data_slot(text, m.start) \
            and text_cue_kind(text[m.start:], 0, m.end - m.start) is None:
        cue = None  # "results on X", "in terms of X" (the words before it): a hint of data or of a measure, no support
    if cue is not None or data_after(text, m.end) or _POSSESSED.search(text, max(0, m.start - 4), m.start):
        return False
    return not method_support(text, m.start, m.end)


#: The acronym in parentheses right after a long form ("local glyphs (LGs)").
_ACRONYM_AFTER = re.compile(r"\s*\([^()]{1,20}\)")
#: "of" between the head of a phrase and what it is of ("bag-of-glyphs", "histogram of edges").
_OF = re.compile(r"[\s\-]of[\s\-]")
#: A word of labels or of a space right after a long form's acronym: "(QT) tags", "(QF) domain" are what the long
#: form marks or where it is measured, not a method.
_REPRESENTED_AFTER = re.compile(r"[\s\-]+(?:tags?|labels?|domains?|spaces?)\b", re.I)


def bare_long_form(m: Mention, text: str) -> bool:
    """Whether a Method mention is a long form defined with an acronym that names no method: not method-headed
    (:func:`kg.link.cues.method_headed`) nor named by a model word (:func:`model_named`); in lower case plural
    ("glyph edges (GEs)": things, not a technique) or followed past its acronym by a word of data, labels or a space
    ("quokka frequency (QF) signals", "(QT) tags", "(QF) domain"), or, in any case, the modifier of a noun written
    past its acronym that no technique's word heads (:func:`qualifies_noun`: "Wombat Order Index (WOI) performance
    metric", "koala resonance (KR) properties") unless, capitalised with no data word after it, its own last word is
    a technique's or a process's (:func:`_technique_last`: "the Dynamic Time Warping (DTW) distance"; in lower case
    such a phrase is as often a task: "natural language generation (NLG) tasks"); and nothing where it stands
    supports a method (:func:`method_support`).

    >>> t = "We keep glyph edges (GEs). We map quokka frequency (QF) signals. We propose glyph edges (GE) pooling."
    >>> at = lambda w, i=0: Mention(EntityType.METHOD, w, t.index(w, i), t.index(w, i) + len(w), rule="acronym",
    ...                             aliases=["X"])
    >>> [bare_long_form(at(w, i), t) for w, i in (("glyph edges", 0), ("quokka frequency", 0), ("glyph edges", 30))]
    [True, True, False]
    >>> t = "Sorters differ in the Koala Order Index (KOI) performance metric and the Koala Spline (KS) transformation."
    >>> [bare_long_form(at(w), t) for w in ("Koala Order Index", "Koala Spline")]
    [True, False]
    """
    from kg.link.cues import data_after, method_headed  # noqa: PLC0415

    if m.type is not EntityType.METHOD or m.rule != "acronym" or not m.aliases or text[m.start:m.end] != m.text \
            or method_headed(m.text) or model_named(m.text):
        return False
    acronym = _ACRONYM_AFTER.match(text, m.end)
    if acronym is None:
        return False
    other = data_after(text, acronym.end() - 1) or _REPRESENTED_AFTER.match(text, acronym.end()) is not None
    capitalised = m.text != m.text.lower()
    qualifies = qualifies_noun(text, m.start, m.end) and (other or not capitalised or not _technique_last(m.text))
    if not qualifies and capitalised:
        return False
    return (qualifies or other or _plural_head(m.text)) and not method_support(text, m.start, m.end)


def _technique_last(phrase: str) -> bool:
    """Whether a long form's own last word is a technique's or a process's ("Dynamic Time Warping", "Principal
    Component Analysis", "Latent Dirichlet Allocation", "Koala Net"): such a long form names a method even where it
    qualifies a noun past its acronym ("the Dynamic Time Warping (DTW) distance"), unlike an index or an order.

    >>> [_technique_last(p) for p in ("Dynamic Time Warping", "Principal Component Analysis", "Koala Order Index")]
    [True, True, False]
    """
    from kg.extract.head_phrases import process_head  # noqa: PLC0415

    last = phrase.split()[-1] if phrase.split() else ""
    return last.rsplit("-", 1)[-1].lower() in TECHNIQUE_ENDS or _technique(last) or process_head(last)


#: Up to three words right after an acronym's parenthesis (:func:`qualifies_noun`).
_WORDS_PAST_ACRONYM = re.compile(r"\s*\([^()]{1,20}\)((?:[ \t]+[A-Za-z][\w\-]*){1,3})")


def qualifies_noun(text: str, start: int, end: int) -> bool:
    """Whether a long form, past its acronym, qualifies a lower-case noun (:func:`kg.link.modifiers.modifier_after`:
    "quokka resonance (QR) properties", "Koala Order Index (KOI) performance metric") and no word of a technique is
    among the (up to three) words there before a function word (:data:`~kg.graph.namehood.TECHNIQUE_ENDS`,
    :func:`kg.link.cues.method_headed`): the letters name a kind of the noun's thing, and the phrase the sentence is
    about is the noun's. A technique's word there ("Koala Spline (KS) transformation", "(KM) meta-batch scheme")
    names a technique the long form spells or is part of.

    >>> t = "the wombat resonance (WR) properties, the Koala Spline (KS) transformation, the Emu Net (EN) of"
    >>> [qualifies_noun(t, t.index(w), t.index(w) + len(w)) for w in ("wombat resonance", "Koala Spline", "Emu Net")]
    [True, False, False]
    >>> t = "a Kiwi Order Index (KOI) performance metric and the emu task (ET) meta-batch scheme"
    >>> [qualifies_noun(t, t.index(w), t.index(w) + len(w)) for w in ("Kiwi Order Index", "emu task")]
    [True, False]
    """
    from kg.link.cues import method_headed  # noqa: PLC0415
    from kg.link.modifiers import modifier_after  # noqa: PLC0415

    if not modifier_after(text, end, start):
        return False
    after = _WORDS_PAST_ACRONYM.match(text, end)
    for w in (after.group(1).split() if after else ()):
        if w.lower() in FUNCTION_WORDS:
            break
        if w.rsplit("-", 1)[-1].lower() in TECHNIQUE_ENDS or method_headed(w) or _technique(w):
            return False
    return True


def _plural_head(phrase: str) -> bool:
    """Whether a phrase's head is a plural that names things, not tools: the last word before any "of" (a
    "bag-of-glyphs" is one bag, a "histogram of glyph edges" one histogram), not an agent noun's plural ("glyph
    recognizers", "edge filters" are tools) nor a singular in "-as" ("inductive bias"). Any plural in "-ers"/"-ors"
    is read as tools, the safe side ("glyph corners" stays a guess of a method).

    >>> [_plural_head(p) for p in ("glyph edges", "bag-of-glyphs", "histogram of edges", "edge filters", "bias")]
    [True, False, False, False, False]
    """
    from kg.link.normalize import singular  # noqa: PLC0415

    last = _OF.split(phrase, maxsplit=1)[0].rsplit(" ", 1)[-1]
    return singular(last) != last and not last.endswith(("as", "ers", "ors"))


def bare_long_forms(mentions: Sequence[Mention], text: Callable[[str], str]) -> list[bool]:
    """Per mention of one paper: whether it is a long form that names no method (:func:`bare_long_form`) or the
    acronym in the parentheses that define one ("stamp edges (SEs)": both); later uses of the acronym are
    weighed on their own. ``text`` gives a field's text."""
    out = [bare_long_form(m, text(m.field)) for m in mentions]
    spans = {(m.field, m.end): _ACRONYM_AFTER.match(text(m.field), m.end) for m, bare in zip(mentions, out) if bare}
    if not spans:
        return out
    for i, m in enumerate(mentions):
        for (field, end), paren in spans.items():
            if m.field == field and end < m.start and m.end <= paren.end():
                out[i] = True
    return out


def unsupported_mentions(mentions: Sequence[Mention], ids: Sequence[str | None], text: Callable[[str], str],
                         proposed: Collection[str]) -> list[bool]:
    """Per mention of one paper: whether it is a Method by its shape only that nothing supports
    (:func:`unsupported_shape`), the paper does not propose (``proposed``: entity ids), and no list holds with a
    method (:func:`listed_with_methods`). ``text`` gives a field's text."""
    out = [bool(eid) and eid not in proposed and unsupported_shape(m, text(m.field)) for m, eid in zip(mentions, ids)]
    if not any(out):
        return out
    by_field: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_field.setdefault(m.field, []).append(i)
    for field, idx in by_field.items():
        if not any(out[i] for i in idx):
            continue
        idx.sort(key=lambda i: (mentions[i].start, mentions[i].end))
        for j in listed_with_methods(text(field), [mentions[i] for i in idx]):
            out[idx[j]] = False
    return out
