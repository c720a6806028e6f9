"""Evaluation frames: whether "on X" names what a paper is evaluated on (:func:`evaluated_on`).

A name only its shape or a rule's default typed Method is often a new benchmark the paper reports on: "outperforms the
baselines on X", "84.1% accuracy on X". The linker (:meth:`kg.link.collect.Collect._vote`) counts such an "on X" as a
Dataset ``head`` vote (:mod:`kg.link.cues` lists the votes). The frame is "on X" with a word of an evaluation's outcome
earlier in its clause and no verb of its own between them; "on X" after a training verb, on a model named by its
parameter count, or before a technique's head that X only modifies names no benchmark.
"""
from __future__ import annotations

import re

from kg.extract.ordinary_words import load_words
from kg.extract.words import KIND_NOUNS, METHOD_HEADS, METRIC_WORDS
from kg.link.cues import cue_before, data_after, last_match
from kg.link.normalize import compact_key
from kg.link.types import lexicon_types
from kg.vocab import EntityType


#: Words of an evaluation's outcome: a comparison won, a result, a measure or its value in per cent ("outperforms the
#: baselines", "state-of-the-art results", "84.1% accuracy"); not "improves" ("improves on X": the thing bettered), nor
#: "experiments" or "evaluate", whose "on X" is as often the model studied ("experiments on Foo ensembles").
_EVALUATION = re.compile(r"\b(?:outperform\w*|surpass\w*|state[\s\-]+of[\s\-]+the[\s\-]*art|results?|performances?|"
                         r"accurac(?:y|ies)|tested|testing|scores?|errors?|gains?|benchmarked)\b|\d\s?%", re.I)
#: "on" (and "the") right before a span.
_ON_BEFORE = re.compile(r"(?<![\w\-])on\s+(?:the\s+)?$", re.I)
#: The end of a sentence or a clause before "on": what comes before it is no part of the frame. Not a comma, which
#: sets off asides inside an evaluation's frame ("92.3% accuracy, 5% better than X, on Y", "results, i.e., ..., on Y");
#: a leading clause ("To reach real-time performance, we deploy it on X") has a verb of its own (:func:`_verb_between`).
_CLAUSE_END = re.compile(r"[.;:!?]\s")
#: A word (hyphens inside) between an outcome word and "on" (:func:`_verb_between`).
_WORD = re.compile(r"[A-Za-z][\w\-]*")


def evaluated_on(text: str, start: int, end: int) -> bool:
    """Whether the span from ``start`` to ``end`` is what a paper is evaluated on: "on X" (not "based on X":
    :func:`~kg.link.cues.cue_before`) with a word of an evaluation's outcome (:data:`_EVALUATION`) earlier in its clause, within 100
    characters ("outperforms strong baselines on X", "state-of-the-art results on the X", "74.5% joint accuracy on X";
    or later, when "on X," opens its clause before a measure of quality and X reads as no model, :func:`_fronted_outcome`:
    "; on X, it raises F1 from 46.6% to 51.4%";
    a comma ends none: "84% accuracy, 5% better than Y, on X"), no verb of its own between that word and "on"
    (:func:`_verb_between`: "the best accuracy and we deploy it on X"), and no word of data right after it (not "42 FPS on VGA images": the kind of the data, :func:`data_after`). A
    benchmark's slot, where the bare "on X" is a hint only ("improves on X", "trained on X", "deployed on X").

    >>> t = "It outperforms baselines on QuokkaSet. It improves on WombatNet. We train on KoalaSet. On Emu1, we win."
    >>> [evaluated_on(t, t.index(w), t.index(w) + len(w)) for w in ("QuokkaSet", "WombatNet", "KoalaSet", "Emu1")]
    [True, False, False, False]
    >>> t = "It gets 84% and 72% accuracy, respectively, on Foo7. To reach real-time performance, we run it on Bar8."
    >>> evaluated_on(t, t.index("Foo7"), t.index("Foo7") + 4), evaluated_on(t, t.index("Bar8"), t.index("Bar8") + 4)
    (True, False)
    >>> t = "We test two sets; on Foo8, our model raises F1 from 46.6% to 51.4%."
    >>> evaluated_on(t, t.index("Foo8"), t.index("Foo8") + 4)
    True
    >>> t = "It has the best results on Foo7 images."
    >>> evaluated_on(t, t.index("Foo7"), t.index("Foo7") + 4)
    False
    """
    on = _ON_BEFORE.search(text, max(0, start - 24), start) if cue_before(text, start) == "on" else None
    if on is None or data_after(text, end) or _not_the_slot(text, on.start(), start, end):
        return False
    if _fronted_outcome(text, on.start(), end):
        return True
    clause = text[max(0, on.start() - 100):on.start()]
    ends = list(_CLAUSE_END.finditer(clause))
    clause = clause[ends[-1].end():] if ends else clause
    outcome = last_match(_EVALUATION, clause)
    return outcome is not None and not _verb_between(clause[outcome.end():])


#: A fronted "on" that opens its sentence or clause ("On X, ...", "; on X, ...", "Moreover, on X, ..."), and the comma
#: after the name (past a citation in brackets or parentheses).
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:!?]\s+|\n)\s*(?:(?:[A-Z]?[a-z]+ly|Moreover|Furthermore|However|Besides|Meanwhile"
                             r"|Also|In\s+addition),\s+)?$")
_COMMA_AFTER = re.compile(r"\s*(?:\[[\d,\s\-]+\]\s*|\([^()\n]{1,60}\)\s*)?,\s*")
#: The end of the clause an "On X," opens (not the full stop of "e.g.", "i.e.", "et al.").
_CLAUSE_STOP = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bal)[.;!?](?:\s|$)")
#: An "on" of the clause's own before a name, its benchmark ("On FooNet-9, BarNet reaches 81% on the Bar dataset": the
#: clause's benchmark is Bar); not an "on" of a verb's ("which relies on attention").
_ON_IN = re.compile(r"(?<![\w\-])on\s+(?:the\s+)?[A-Z\d]")
#: A measure of how good an outcome is, in the clause (:data:`kg.extract.words.METRIC_WORDS` as a word, "the best F1",
#: but a cost: time, memory, size, counts, frames a second go with a model made cheaper or a device run on, "halves the
#: latency on X", "runs at 30 FPS"; nor a word as often a verb or a noun of anything, "we win", "matches", "returns").
_MEASURE = re.compile(r"[A-Za-z][\w\-]*")
_COSTS = frozenset({"time", "speed", "speedup", "memory", "latency", "throughput", "flops", "gflops", "macs", "runtime",
                    "parameters", "params", "size", "cost", "energy", "footprint", "number", "count", "mean", "average",
                    "median", "index", "fraction", "percentage", "sparsity", "bits", "utilization", "efficiency",
                    "win", "hit", "hits", "match", "return", "returns", "rank", "gap", "margin", "quality", "fps",
                    "hz", "ms", "watts"})
_QUALITY = frozenset(METRIC_WORDS - _COSTS)
#: A comparison won, an outcome of its own with no measure named ("outperforms all baselines by a large margin").
_WON = re.compile(r"\b(?:outperform\w*|surpass\w*|state[\s\-]+of[\s\-]+the[\s\-]*art)\b", re.I)
#: Words that change a model or attack it ("removes 45% of FLOPs", "4-bit weights", "the attack", "our defense"):
#: the clause is then about the model X, not a benchmark.
_MODEL_CHANGE = re.compile(r"\b(?:remov\w*|prun\w*|quantiz\w*|compress\w*|attack\w*|defen[cs]\w*|distill\w*"
                           r"|sparsif\w*|\d+-bit)\b", re.I)
#: A model's parts as what the clause's words act on ("90% of the weights are zeroed", "its parameters drop"); not
#: a cost phrase a result is reached with ("with 40% fewer parameters", "using less FLOPs", "and 3M parameters").
_MODEL_PARTS = re.compile(r"\b(?:weights|parameters|flops)\b", re.I)
_COST_PHRASE = re.compile(r"\b(?:with|using|fewer|less|more|and|only)\s+(?:[\w.%\-]+\s+){0,2}$", re.I)
#: A name shaped like a model by an architecture's ending ("QuoxBERT", "QuoxViT"); not a number ("CIFAR-10",
#: "SemEval-2017") nor "Net" ("ImageNet", "ShapeNet"), which end benchmarks' names as often.
_MODEL_SHAPE = re.compile(r"(?:former|bert|gan|vit|gpt|lstm|cnn|rnn)$", re.I)
#: "on" (and "the") starting at the "on" of a fronted frame: the name comes after it.
_ON_AT = re.compile(r"on\s+(?:the\s+)?", re.I)


def _fronted_outcome(text: str, on: int, end: int) -> bool:
    """Whether "on X" opens its clause, a comma sets it off, and the clause after it states an outcome: a measure of
    quality (:data:`_QUALITY`: "; on QuokkaSent, our reader raises F1 from 46.6% to 51.4%": the outcome comes after
    the frame, within 150 characters) or a comparison won (:data:`_WON`: "outperforms all baselines"), with no model
    reading of X (:func:`_reads_as_model`) and no "on" of the clause's own ("On FooX, we reach 81% on Baz": Baz is the
    benchmark).

    >>> t = "It wins on both sets: on QuokkaSent, it raises F1 from 46% to 51%; on Emu1, we win. Built on Foo, it gains 5%."
    >>> [_fronted_outcome(t, t.rindex(" on ", 0, t.index(w)) + 1, t.index(w) + len(w)) for w in ("QuokkaSent", "Emu1", "Foo")]
    [True, False, False]
    >>> t = "On FooBERT, we reach 81% top-1 accuracy."
    >>> _fronted_outcome(t, 0, t.index(",")), _fronted_outcome(t.replace("FooBERT", "FooSet"), 0, t.index(",") - 1)
    (False, True)
    >>> t = "On FooSet, it removes 45% of FLOPs with no accuracy loss."
    >>> _fronted_outcome(t, 0, t.index(","))
    False
    """
    if not _CLAUSE_OPENING.search(text, max(0, on - 40), on):
        return False
    comma = _COMMA_AFTER.match(text, end)
    if comma is None:
        return False
    stop = _CLAUSE_STOP.search(text, end, end + 150)
    clause = text[comma.end():stop.start() if stop else end + 150]
    measured = any(w.lower() in _QUALITY for w in _MEASURE.findall(clause)) or _WON.search(clause) is not None
    name = text[_ON_AT.match(text, on).end():end] if _ON_AT.match(text, on) else ""
    return measured and not _reads_as_model(name, clause) and not _ON_IN.search(clause)


def _reads_as_model(name: str, clause: str) -> bool:
    """Whether a fronted "On X," names a model, not a benchmark: the lexicon's type of X first (a Dataset, or a
    Dataset's name and a number, "SemEval-2017", is a benchmark; a Method never is), then a word changing a model
    in the clause (:data:`_MODEL_CHANGE`: "it removes 45% of FLOPs", "the attack"; a model's parts the clause acts
    on, not a cost phrase: "with 40% fewer parameters" is none), then an architecture's ending (:data:`_MODEL_SHAPE`).

    >>> _reads_as_model("QuoxSet", "it reaches 88 F1 with 40% fewer parameters")
    False
    >>> _reads_as_model("QuoxSet", "90% of the weights are zeroed at no accuracy cost")
    True
    """
    types = _lexicon_types(name)
    if EntityType.METHOD in types or EntityType.DATASET in types:
        return EntityType.DATASET not in types
    if _MODEL_CHANGE.search(clause):
        return True
    if any(not _COST_PHRASE.search(clause, 0, m.start()) for m in _MODEL_PARTS.finditer(clause)):
        return True
    return _MODEL_SHAPE.search(name) is not None


def _lexicon_types(name: str) -> set:
    """The shipped lexicon's types of a name, or of its name before a trailing number ("SemEval-2017": SemEval)."""
    key = compact_key(name)
    entries = lexicon_types().get(key) or lexicon_types().get(re.sub(r"<\d+>$", "", key)) or ()
    return {t for t, _ in entries}


#: A verb of training right before "on" ("pre-trained on X", "after fine-tuning on X"): the data a model learns from.
_TRAINED = re.compile(r"(?:pre-?)?train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)", re.I)
#: A model's parameter count in billions ending a name ("LLaMA2-7B", "OPT 1.3B"): a model a method is applied to, no
#: benchmark. Not millions: datasets are named by their size in millions ("MovieLens-1M", "LAION-400M"); a size in
#: billions names a dataset now and then too ("LAION-5B"), which this reads as a model.
_PARAMETER_COUNT = re.compile(r"[\s\-]\d+(?:\.\d+)?B$")
#: A lower-case word right after a name, up to a hyphen: the head the name may modify ("on GNN-to-MLP distillation").
_HEAD_AFTER = re.compile(r" ([a-z][a-z]+)\b")
#: Heads that make the name before them a technique's or a model's modifier ("GNN-to-MLP distillation", "Foo
#: models"), not a benchmark's: the method heads and kind nouns (a task head, "ImageNet classification", or any other
#: word, "X using only 10% of labels", leaves the slot).
_TECHNIQUE_HEADS = frozenset(METHOD_HEADS | KIND_NOUNS)


def _not_the_slot(text: str, on: int, start: int, end: int) -> bool:
    """Whether "on X" names no benchmark though an outcome frames it: a training verb before "on" ("pre-trained on
    X"), a model's parameter count in billions ending X ("on LLaMA2-7B"), or a technique's or model's head after X
    that X only modifies ("on GNN-to-MLP distillation", "on Foo models"; "on Qux classification", "on Qux using 10%
    of labels" keep the slot).

    >>> t = "It gets 84% after pre-training on Foo7, 71% on Bar-7B, 9% on Baz distillation, 3% on Qux dataset."
    >>> [_not_the_slot(t, t.rindex(" on ", 0, t.index(w)) + 1, t.index(w), t.index(w) + len(w))
    ...  for w in ("Foo7", "Bar-7B", "Baz", "Qux")]
    [True, True, True, False]
    >>> t = "It gets 5% on Emu-1M, 6% on Emu7 classification and 7% on Emu8 using 10% of labels."
    >>> [_not_the_slot(t, t.rindex(" on ", 0, t.index(w)) + 1, t.index(w), t.index(w) + len(w))
    ...  for w in ("Emu-1M", "Emu7", "Emu8")]
    [False, False, False]
    """
    before = text[max(0, on - 24):on].split()
    if before and _TRAINED.fullmatch(before[-1].strip(",;:")):
        return True
    if _PARAMETER_COUNT.search(text[start:end]):
        return True
    head = _HEAD_AFTER.match(text, end)
    word = head.group(1) if head is not None else ""
    return word in _TECHNIQUE_HEADS or (word.endswith("s") and word[:-1] in _TECHNIQUE_HEADS)


def _verb_between(words: str) -> bool:
    """Whether the words between an evaluation's outcome word and "on" hold a verb of their own (of
    ``verb_words.txt``; not an outcome verb: "outperforms", "tested"), whose "on X" is that verb's ("the best
    accuracy, and we deploy it on X"; "surpasses the baselines on X" has none); a word in "-s" of such a verb is one
    after its subject ("and the model runs on X"), a plural noun after a determiner or quantifier ("of all runs on X").

    >>> _verb_between(" and we deploy the detector "), _verb_between(" strong baselines "), _verb_between(" tested ")
    (True, False, False)
    """
    verbs = load_words("verb_words.txt")
    said = [m.group().lower() for m in _WORD.finditer(words)]
    return any((w in verbs or (w.endswith("s") and w[:-1] in verbs and i and said[i - 1] not in _NOUN_OPENERS))
               and not _EVALUATION.fullmatch(w) for i, w in enumerate(said))


#: Words before a plural noun ("of all runs", "the runs"): a word in "-s" after them is no verb.
_NOUN_OPENERS = frozenset({"the", "a", "an", "all", "some", "many", "most", "several", "few", "both", "these", "those",
                           "its", "their", "our", "of", "and", "or", "other", "more", "two", "three", "ten"})
