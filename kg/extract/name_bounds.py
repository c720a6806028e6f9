"""Name boundaries: a coined name takes the capitalised technique head written after it ("FooGrad Structured
Network"), a coined metric its "score" ("FooCLIP score"), and a "-type" after a name is dropped ("a FooM-type
metric"); a name the text goes on writing with no space takes the whole token ("CIFAR100-LT", "CLEVR-Ref+",
"DeepID2+", "Wave-U-Net"), a method its version ("Deep Speech 2"), and a prefix or a lower-case word glued to a name
makes a variant ("bi-LSTMs", "slow-QGS").

Plain functions over candidates, called by :func:`kg.extract.selection.entity_hood`; the words they share with the
other boundary rules are in :mod:`kg.extract.boundaries`.
"""
from __future__ import annotations

import re

from kg.extract.boundaries import _without_pieces, grown_rule
from kg.extract.candidates import PRI_NAME, Candidate
from kg.extract.metric_bounds import _BETWEEN_HEADS
from kg.extract.words import (FUNCTION_WORDS, KIND_NOUNS, METHOD_HEADS, TASK_HEADS, THING_NOUNS, TITLE_NP_STOP,
                              WEAK_HEADS)
from kg.vocab import EntityType as T


#: A technique's head noun written with a capital ("Network", "Transformer", "Encoder"): not a weak one ("Model",
#: "Learning") nor a kind word ("Architecture", "Module", "Algorithms"), which follow any name as the kind of
#: thing it is.
_TITLE_TECH_HEADS = "|".join(sorted((w.capitalize() for w in METHOD_HEADS - WEAK_HEADS - KIND_NOUNS
                                     - {"architecture", "algorithms"} if w.isalpha()), key=lambda w: (-len(w), w)))
#: Up to two plain Title Case words and a capitalised technique head after a name, the last capitalised word
#: ("Attentive Structured Network"; not "Bidirectional Encoder" of "... Encoder Representations").
_TITLE_HEAD_AFTER = re.compile(r"((?: [A-Z][a-z]+(?:-[A-Za-z][a-z]+)*){0,2}?) (?:" + _TITLE_TECH_HEADS +
                               r")(?![\w\-])(?! +[A-Z][a-z])")
#: The measure noun after a metric's unknown name: "the QuokkaCLIP score", "the Foo Distance".
_MEASURE_AFTER_NAME = re.compile(r" (?:[Ss]core|[Dd]istance)(?![\w\-])")
#: The noun of a measure between two things after a coined name a shape rule took for a technique: "the
#: QuokkaMover distance" (written in lower case: "the FooBar Distance Network" is a network).
_BETWEEN_AFTER_NAME = re.compile(r" (?:" + "|".join(_BETWEEN_HEADS) + r")(?![\w\-])(?! +[A-Z][a-z])")
_NOT_NAME_WORDS = frozenset(FUNCTION_WORDS | TITLE_NP_STOP)
#: Nouns of an operation done on the thing a name before them names: "RoI pooling" pools regions of interest,
#: "QX attention" attends over QX; the name and the noun are the technique. Role nouns ("encoder", "network"),
#: training stages ("pre-training": "IG-65M pre-training" trains on IG-65M) and "loss" (a named loss is its name)
#: are not among them.
_OPERATION_HEADS = ("pooling", "attention", "convolution", "convolutions", "sampling", "normalization",
                    "quantization")
_OPERATION_AFTER = re.compile(r" (?:" + "|".join("[" + w[0].upper() + w[0] + "]" + w[1:] for w in _OPERATION_HEADS)
                              + r")(?![\w\-])(?! +[A-Z][a-z])")
#: A coined word: small letters inside and a capital after the first letter, no plural acronym ("CNNs") and no
#: hyphen piece in small letters ("LSTM-based" describes what follows it).
_COINED = re.compile(r"(?![A-Z]+s$)(?=.*[a-z])(?=.[^-]*[A-Z]|.*-[A-Z])[A-Za-z0-9]+(?:-(?:[A-Z0-9][A-Za-z0-9]*))*")
#: An acronym in capitals (and digits, hyphens): "QX", "L2", "QX-2"; no plural ("CNNs") or "-based" piece.
_CAPS_NAME = re.compile(r"[A-Z][A-Z0-9\-]*[A-Z0-9]")
#: The suffix that makes a name the kind of a thing: "a QuokkaM-type metric" is the metric QuokkaM.
_TYPE_SUFFIX = "-type"


def headed_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A coined name (a shape rule's word with small letters in it, no other rule's name) followed by Title Case
    words and a capitalised technique head is one name: "the QuokkaGrad Structured Network" is that network, and
    "QuokkaGrad" alone names a piece of it; a candidate inside the grown name ("Transformer") is dropped. A
    metric's coined name takes the "score" or "distance" after it ("the QuokkaCLIP score"). An acronym in capitals
    ("RNN Decoder", "an 81% QM score" reports QM), a name another rule knows ("mIoU score"), a plural acronym
    ("CNNs") or a describing compound ("LSTM-based Recurrent Network") stay as they are, and a function word in a
    title ("For", "Using") ends the run. A coined name or an acronym in capitals takes a lower-case noun of a
    measure between two things after it ("the QX divergence" is that divergence, not a headless "QX"). A name
    made a kind with "-type" is the name ("a QuokkaM-type metric" is QuokkaM). A Method's coined name or acronym
    takes a noun of an operation after it (:data:`_OPERATION_HEADS`): "RoI pooling" is the technique, "RoI" a region.

    >>> t = ("the QuokkaGrad Structured Network, the LogFoo Transformer, an RNN Decoder, a QuokkaCLIP score, "
    ...      "the WomBat Architecture, NumBat Deep Encoder Representations, a QuokkaM-type metric")
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 50, "name")
    >>> cs = [at("QuokkaGrad", T.METHOD), at("LogFoo", T.METHOD), at("RNN", T.METHOD), at("QuokkaCLIP", T.METRIC),
    ...       at("WomBat", T.METHOD), at("NumBat", T.METHOD), at("QuokkaM-type", T.METRIC)]
    >>> [t[c.start:c.end] for c in headed_names(t, cs)]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['QuokkaGrad Structured Network', 'LogFoo Transformer', 'RNN', 'QuokkaCLIP score', 'WomBat', 'NumBat',
     'QuokkaM']
    """
    known = {(c.start, c.end) for c in cands if c.rule != "name"}  # another rule's name: "mIoU" of "mIoU score"
    out, grown = [], []
    for c in cands:
        if c.rule == "name" and (c.start, c.end) not in known:
            m = _grown_head(text, c)
            if m is not None:
                c = c._replace(end=m)
                grown.append((c.start, m))
            elif text.endswith(_TYPE_SUFFIX, c.start, c.end) and c.end - c.start > len(_TYPE_SUFFIX) + 1:
                c = c._replace(end=c.end - len(_TYPE_SUFFIX))  # "a QuokkaM-type metric": the metric QuokkaM
        out.append(c)
    # the head's own candidates ("Transformer") are pieces of the grown name
    return _without_pieces(out, grown)


def _grown_head(text: str, c: Candidate) -> int | None:
    """Where a shape-rule candidate's name ends when it takes the head after it (:func:`headed_names`)."""
    name = text[c.start:c.end]
    if " " in name or c.type not in (T.METHOD, T.METRIC):
        return None
    m = _BETWEEN_AFTER_NAME.match(text, c.end)  # "the QuokkaMover distance", "the QX divergence": a distance between
    if m and (_COINED.fullmatch(name) or _CAPS_NAME.fullmatch(name)):  # two things, whatever typed it, an acronym
        return m.end()  # in capitals too (no headless "QX"); "ECDF-based distances" stay a description
    m = _OPERATION_AFTER.match(text, c.end) if c.type is T.METHOD else None
    if m and (_COINED.fullmatch(name) or _CAPS_NAME.fullmatch(name)) and not _written_alone(text, name):
        return m.end()  # "RoI pooling", "the QX attention": the operation on what the name names
    if not _COINED.fullmatch(name):
        return None  # an acronym in capitals is the measure's name ("an 81% QM score" reports QM)
    if c.type is T.METRIC:
        m = _MEASURE_AFTER_NAME.match(text, c.end)
        return m.end() if m else None
    m = _TITLE_HEAD_AFTER.match(text, c.end)
    if m is None or any(w.lower() in _NOT_NAME_WORDS for w in m.group(1).split()):
        return None
    return m.end()


def _written_alone(text: str, name: str) -> bool:
    """Whether the text also writes a name on its own, right before a comma, stop or closing parenthesis and not
    as an acronym in parentheses: "we develop QuokkaS, a sampler ... QuokkaS sampling" names the sampler QuokkaS,
    so the operation noun after it is no part of its name ("foreground-first (FF) attention" still grows).

    >>> _written_alone("We develop QuokkaS, a sampler. Samples vary under QuokkaS sampling.", "QuokkaS")
    True
    >>> _written_alone("the foreground-first (FF) attention. The FF attention looks at the front.", "FF")
    False
    """
    return re.search(r"(?<![(\w\-])" + re.escape(name) + r" ?[,.;:)]", text) is not None


#: A variant written onto a name with no space: "-LT", "-SEG", "-Ref+", "-2011", a bare "+" ("DeepID2+"), or
#: several such pieces ("-Stuff-10K", "-HQ-256"). A hyphen takes a capitalised or numeric piece (a number may
#: carry a capitalised unit: "10K"); "-based", "-style" stay outside (lower case), and so does a token that goes
#: on in lower case after a piece ("-10-trained": no variant at all), and a version range ("MultiWOZ 2.1-2.4": a
#: dotted number after a name that ends in a digit).
_VARIANT = re.compile(r"(?:-(?:[A-Z][A-Za-z0-9]*|\d+(?![.\d])(?:[A-Z][A-Za-z0-9]*)?))*\+?(?![\w\-+])")
#: A "+" and one capital (and its number) closing a token: the last letter of a name ("NTU-RGB+D", "RGB+D120"),
#: which no name is alone ("HOG+LUV", "ZSL+DG": two names joined by a "+").
_PLUS_LETTER = re.compile(r"\+[A-Z]\d*(?![\w\-+])")
#: Capitalised hyphen pieces that say how a thing is built or used, not which variant it is ("CNN-Based").
_NOT_VARIANT = frozenset({"based", "style", "like", "level", "free", "aware", "specific", "only", "trained",
                          "pretrained", "driven", "guided", "inspired", "related"})


def _before_a_name(grown: str, at: int, starts: set[int]) -> str:
    """The variant pieces ``grown`` written from ``at`` up to the first hyphen a candidate of any type starts
    after: a name written there ("ImageNet-ResNet-50": a data set and the model trained on it) is no variant of
    the one before it.

    >>> _before_a_name("-1K-ViT-B", 8, {12}), _before_a_name("-ResNet-50", 8, {9}), _before_a_name("-LT", 8, set())
    ('-1K', '', '-LT')
    """
    pos = at
    for piece in grown.split("-")[1:]:
        if pos + 1 in starts:
            return grown[:pos - at]
        pos += 1 + len(piece)
    return grown


def name_variants(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dataset names the text goes on writing with no space ("CIFAR100-LT", "Kvasir-SEG", "CLEVR-Ref+",
    "Caltech-UCSD Birds 200-2011") and Method names with a "+" ("DeepID2+") take the whole token: the
    lexicon's shorter name is another data set or model, cut inside a word. So does a name closed by a "+" and
    one capital ("NTU-RGB+D": :data:`_PLUS_LETTER`). A name of any type after a hyphen ends the variant
    (:func:`_before_a_name`): "MNIST-USPS" transfer is a pair, "ImageNet-ResNet-50" a data set and a model.

    >>> t = "on CIFAR100-LT, CLEVR-Ref+, ImageNet-based, MultiWOZ 2.1-2.4, MNIST-USPS and DeepID2+ or HOG+LUV"
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("CIFAR100", T.DATASET), at("CLEVR", T.DATASET), at("ImageNet", T.DATASET),
    ...       at("MultiWOZ 2.1", T.DATASET), at("MNIST", T.DATASET), at("USPS", T.DATASET),
    ...       at("DeepID2", T.METHOD), at("HOG", T.METHOD)]
    >>> [t[c.start:c.end] for c in name_variants(t, cs)]
    ['CIFAR100-LT', 'CLEVR-Ref+', 'ImageNet', 'MultiWOZ 2.1', 'MNIST', 'USPS', 'DeepID2+', 'HOG']
    >>> t = "on COCO-Stuff-10K and CIFAR-10-trained nets"
    >>> [t[c.start:c.end] for c in name_variants(t, [at("COCO", T.DATASET), at("CIFAR", T.DATASET)])]
    ['COCO-Stuff-10K', 'CIFAR']
    """
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        if c.type in (T.DATASET, T.METHOD) and text[c.end:c.end + 1] in ("-", "+"):
            m = _VARIANT.match(text, c.end) or _PLUS_LETTER.match(text, c.end)
            grown = _before_a_name(m.group() if m else "", c.end, starts)
            if c.type is T.METHOD and not grown.startswith("+"):
                grown = ""
            pieces = grown.rstrip("+").split("-")[1:]
            dotted = text[c.end - 1].isdigit() and re.match(r"-\d+\.", text[c.end:])
            if grown and not dotted and not any(p.lower() in _NOT_VARIANT for p in pieces):
                c = c._replace(end=c.end + len(grown), canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return out


#: A version written after a Method's name: "V2", "v1.1" after a space or hyphen, whatever follows; a bare digit
#: ("Deep Speech 2", "ERNIE 2.0") only before punctuation with no space: "FooNet 2 ," is a footnote mark
#: (:func:`footnote_marks`), "BERT 2 times" a count, "1)" an enumeration.
_METHOD_VERSION = re.compile(r"[ \-][vV]\d+(?:\.\d+)?(?![\w%]|\.\d)| (?:\d\.\d|[2-9](?!\)))(?=[,;:)]|\.(?!\d)|$)")


def method_versions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A Method name the text goes on writing with a version ("Deep Speech 2", "BiSeNet V2", "UDPipe 2.0")
    takes it: the version is a model of its own, and the name alone (the lexicon's, often) is the first one. A
    name that ends in a digit keeps its span ("ResNet 50" is the lexicon's or another rule's business), and so
    does a span another candidate starts at the version.

    >>> t = "beats Deep Speech 2, BiSeNet V2 and SimNet v1.1 in it; BERT 2 times, LSTM 2 , and TinyNet 1) or 2.5 hours"
    >>> at = lambda w: Candidate(t.index(w), t.index(w) + len(w), T.METHOD, 60, "lexicon")
    >>> cs = [at(w) for w in ("Deep Speech", "BiSeNet", "SimNet", "BERT", "LSTM", "TinyNet")]
    >>> [(t[c.start:c.end], c.rule) for c in method_versions(t, cs)][:3]
    [('Deep Speech 2', 'grown'), ('BiSeNet V2', 'grown'), ('SimNet v1.1', 'grown')]
    >>> [t[c.start:c.end] for c in method_versions(t, cs)][3:]
    ['BERT', 'LSTM', 'TinyNet']
    """
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        m = _METHOD_VERSION.match(text, c.end) if c.type is T.METHOD and text[c.end - 1:c.end].isalpha() else None
        if m is not None and c.end + 1 not in starts:
            c = c._replace(end=m.end(), canonical=None, rule=grown_rule(c.rule))
        out.append(c)
    return out


#: Name-like pieces joined by hyphens before a name, from the start of a token: each begins with a capital or a
#: digit ("Wave-", "STMC-", "Glow-", "3D-"); a lower-case piece ("pre-", "multi-") is a modifier.
_COMPOUND_HEAD = re.compile(r"(?<![\w\-+/.])(?:[A-Z0-9][A-Za-z0-9]*-)+$")
#: English bound prefixes, capitalised at a sentence or title word's start: they modify, they name nothing.
BOUND_PREFIXES = frozenset({"multi", "self", "semi", "non", "pre", "post", "bi", "co", "cross", "anti", "sub",
                             "super", "inter", "intra", "un", "re", "de", "over", "under", "out", "mid", "meta",
                             "hyper", "ultra", "micro", "macro", "mini", "auto", "quasi", "pseudo", "single",
                             "zero", "few", "one", "two", "low", "high", "full", "half", "end", "all", "top",
                             # a template's run-in heads: "Index Terms-Object detection", "Abstract-Weakly ..."
                             "terms", "keywords", "index", "abstract"})


def compound_prefix(text: str, start: int) -> int | None:
    """Where the name-like compound that ``start`` continues after a hyphen begins ("Wave-U-Net" for a name at
    "U-Net"), or None: no hyphen before it, a lower-case or bound prefix ("pre-", "Multi-", "Self-"), a
    template's head ("Index Terms-").

    >>> t = "Wave-U-Net, pre-BERT, Multi-Task, the STMC-Transformer. Index Terms-Object detection"
    >>> [compound_prefix(t, t.index(w)) for w in ("U-Net", "BERT", "Task", "Transformer", "Object")]
    [0, None, None, 38, None]
    """
    if start < 2 or text[start - 1] != "-":
        return None
    m = _COMPOUND_HEAD.search(text, max(0, start - 40), start)
    if m is None or any(p.lower() in BOUND_PREFIXES for p in m.group().split("-")[:-1]):
        return None
    return m.start()


def compound_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the text writes after a name-like piece and a hyphen is part of a longer name ("Wave-U-Net",
    "Glow-TTS", "Mini-ImageNet"): the compound takes the whole token and the name's type, and a one-word task
    so named is a system that does it ("Glow-TTS" is a Method). A known name of the same type before the hyphen
    makes a pair ("CNN-LSTM"; a task's name opens a model's, "QA-GNN"); a compound another rule found keeps
    its type ("on DukeMTMC-ReID"); a metric only when written as a name (:func:`_compound_end`: "Trajectory-IoU";
    "Speed-Accuracy" keeps its qualifier), bound prefixes stay modifiers ("Multi-Task", "Macro-F1").

    >>> t = "We adapt Wave-U-Net and Glow-TTS for TTS, a CNN-LSTM, QA-GNN and a Multi-Task U-Net"
    >>> at = lambda w, k, r="lexicon": Candidate(t.index(w), t.index(w) + len(w), k, 60, r)
    >>> cs = [at("U-Net", T.METHOD), at("TTS", T.TASK), at("CNN", T.METHOD), at("LSTM", T.METHOD),
    ...       at("QA", T.TASK), at("GNN", T.METHOD)]
    >>> [(t[c.start:c.end], c.type.value) for c in compound_names(t, cs)]
    [('Wave-U-Net', 'Method'), ('Glow-TTS', 'Method'), ('CNN', 'Method'), ('LSTM', 'Method'), ('QA-GNN', 'Method')]
    """
    known = {(c.end, c.type) for c in cands if c.rule.startswith("lexicon") or c.rule == "grown"}
    spans = {(c.start, c.end) for c in cands}
    ends = {c.end for c in cands}
    out, grown = [], []
    for c in cands:
        s = compound_prefix(text, c.start) if _compound_end(text, c, ends) else None
        if s is not None and (s, c.end) in spans:  # another rule found the compound: its type stands
            grown.append((s, c.end))
        elif s is not None and (c.start - 1, c.type) not in known:
            kind = _compound_kind(text, c, s, cands)
            c = c._replace(start=s, type=kind, canonical=None, rule=grown_rule(c.rule))
            grown.append((c.start, c.end))
        out.append(c)
    return _without_pieces(out, grown)


def _compound_kind(text: str, c: Candidate, start: int, cands: list[Candidate]):
    """The type of the compound from ``start`` that candidate ``c`` closes: a one-word task so named is a system
    that does it ("Glow-TTS" is a Method); a metric so named is what the paper's other candidates of that very
    name say it is ("Smooth-AP: ..." a title's Method is the objective, not a measure); else ``c``'s type."""
    if c.type is T.TASK and " " not in text[c.start:c.end]:
        return T.METHOD
    if c.type is T.METRIC:
        name = text[start:c.end]
        return next((o.type for o in cands if o.type is not T.METRIC and text[o.start:o.end] == name), c.type)
    return c.type


#: A task's acronym: one word with two capitals ("QA", "ReID", "VQA").
_TASK_ACRONYM = re.compile(r"(?=(?:[a-z0-9]*[A-Z]){2})[A-Za-z][A-Za-z0-9]*")
#: The rest of a token written on after a hyphen as a name: a piece led by a capital or a digit, to the token's end
#: ("-Conv", "-FSOD", "-CPv2"; the first piece is group 1).
_NAME_TAIL = re.compile(r"-([A-Z0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*(?![\w\-+])")


def task_acronym_heads(text: str, cands: list[Candidate], common: frozenset[str] = frozenset()) -> list[Candidate]:
    """A task's acronym that opens a token the text goes on writing as a name after a hyphen ("the QA-Conv
    matcher", "an IR-FSOD detector", "on VQA-CPv2") is the first piece of a model's or data set's name: no Task.
    A describing piece ("QA-Based", "ReID-Specific"), a grammar word (a dash lost: "VQA-The") and a candidate
    starting after the hyphen (a pair, "ASR-TTS", or a compound, "QA-GNN": :func:`compound_names`) leave it,
    and so does a plain word after the hyphen that is an everyday word (``common``), a kind or thing noun or a
    task head ("QA-Systems", "POS-Tagging", "VQA-Datasets": the task's own systems, tagging, data).

    >>> t = "the QA-Conv matcher, QA-Based models, VQA-The and ASR-TTS, on VQA-CPv2"
    >>> head = lambda w, n: Candidate(t.index(w), t.index(w) + n, T.TASK, 60, "lexicon")
    >>> cs = [head("QA-C", 2), head("QA-B", 2), head("VQA-T", 3), head("ASR", 3), head("TTS", 3), head("VQA-C", 3)]
    >>> [text for c in task_acronym_heads(t, cs) for text in [t[c.start:c.end + 2]]]
    ['QA-B', 'VQA-T', 'ASR-T', 'TTS, ']
    """
    starts = {c.start for c in cands}
    return [c for c in cands if not _opens_a_name(text, c, starts, common)]


def _opens_a_name(text: str, c: Candidate, starts: set[int], common: frozenset[str] = frozenset()) -> bool:
    """Whether a Task candidate is an acronym a name goes on from after a hyphen (:func:`task_acronym_heads`)."""
    if c.type is not T.TASK or c.end + 1 in starts or (c.start and (text[c.start - 1].isalnum() or
                                                                    text[c.start - 1] == "-")):
        return False
    m = _NAME_TAIL.match(text, c.end)
    if m is None or not _TASK_ACRONYM.fullmatch(text, c.start, c.end):
        return False
    piece = m.group(1).lower()
    if m.group(1)[1:].islower() and {piece, piece.rstrip("s")} & (common | THING_NOUNS | TASK_HEADS):
        return False  # a plain word: "QA-Systems", "POS-Tagging", "VQA-Datasets"
    return piece not in _NOT_VARIANT and piece not in FUNCTION_WORDS


#: A metric written as a name, not a word: a capital or a digit after its first letter ("IoU", "FID", "F1",
#: "mAP", "CIDEr"; not "Accuracy", "precision").
_METRIC_NAME = re.compile(r"\w+[A-Z0-9]\w*")


def _compound_end(text: str, c: Candidate, ends: set[int]) -> bool:
    """Whether a candidate can close a compound name after a hyphen (:func:`compound_names`): a name of any
    type but a metric; a metric written as a name after a piece that names nothing itself: "Trajectory-IoU",
    "Scene-FID" and "Content-F1" are measures of their own, where "Speed-Accuracy" and "High-Precision" only
    qualify a word and "COCO-AP" is COCO's AP.

    >>> t = "a Trajectory-IoU, Speed-Accuracy and COCO-AP"
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> [_compound_end(t, at(w, T.METRIC), {t.index("COCO") + 4}) for w in ("IoU", "Accuracy", "AP")]
    [True, False, False]
    """
    if c.type is not T.METRIC:
        return True
    return bool(_METRIC_NAME.fullmatch(text, c.start, c.end)) and c.start - 1 not in ends



#: The bound prefixes that make another word of the one a hyphen joins them to ("bi-", "semi-", "meta-",
#: "Intra-": "semi-CRF" is no CRF); free words that only modify ("single-", "high-") and headers are not here.
_WORD_PREFIXES = BOUND_PREFIXES - {"over", "under", "out", "one", "two", "zero", "few", "single", "low", "high",
                                   "full", "half", "end", "all", "top", "terms", "keywords", "index", "abstract"}
#: Prefixes that name no thing of the word they join: a negation ("non-CNN" models, "non-meta-learning" ones use
#: none) or, written in lower case, a stage before or after it ("pre-CNN features", "post-softmax scores");
#: a name in capitals stays one ("PRE-NAS", "Pre-ResNets").
_NEGATING = frozenset({"non", "anti"})
_STAGE = frozenset({"pre", "post"})
#: The first piece of a hyphenated token, right before the hyphen a match starts after.
_FIRST_PIECE = re.compile(r"(?<![\w\-])([^\W\d_]+)-$")


def prefixed_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A match right after a bound prefix and a hyphen ("bi-LSTMs", "Intra-FID", "meta-transfer learning") or
    a short lower-case piece ("k-GNNs", "sm-LSTM") starts inside a word: it takes the whole word, the thing
    so prefixed; a negated or staged thing ("non-CNN", "pre-CNN features") and a measure word made another
    word ("hyper-parameters") are dropped. A full word that only modifies ("single-image"), a template's head
    ("Index Terms-"), a function word ("to-") and a task (:mod:`kg.extract.task_bounds` reads its prefixes)
    leave the match as it is.

    >>> t = "a bi-LSTMs tagger, k-GNNs, non-CNN models, single-image super-resolution"
    >>> at = lambda w, k: Candidate(t.index(w), t.index(w) + len(w), k, 60, "lexicon")
    >>> cs = [at("LSTMs", T.METHOD), at("GNNs", T.METHOD), at("CNN", T.METHOD), at("super-resolution", T.TASK)]
    >>> [t[c.start:c.end] for c in prefixed_names(t, cs)]
    ['bi-LSTMs', 'k-GNNs', 'super-resolution']
    """
    spans = {(c.start, c.end) for c in cands}
    out = []
    for c in cands:
        m = _FIRST_PIECE.search(text, max(0, c.start - 12), c.start) \
            if c.type is not T.TASK and text[c.start - 1:c.start] == "-" else None
        piece = m.group(1) if m else ""
        low = piece.lower()
        if not m or not (low in _WORD_PREFIXES or (len(piece) <= 2 and piece.islower() and low not in FUNCTION_WORDS)):
            out.append(c)
        elif low in _NEGATING or piece in _STAGE or _prefixed_word(text, c):
            continue  # "non-CNN", "pre-CNN features"; "hyper-parameters" is no measure
        elif (m.start(), c.end) not in spans:
            out.append(c._replace(start=m.start(), canonical=None, rule=grown_rule(c.rule)))
    return out


def _prefixed_word(text: str, c: Candidate) -> bool:
    """Whether a metric is one lower-case word a prefix makes another word of ("hyper-parameters"), unlike a
    phrase whose head still measures ("sub-pixel accuracy") or a name ("Intra-FID")."""
    return c.type is T.METRIC and text[c.start:c.end].isalpha() and text[c.start:c.end].islower()

#: A lower-case word glued by a hyphen to a word with two capitals, the whole token: "fast-QGS", "slow-QGSs"
_LOWER_THEN_CAPS = re.compile(r"(?<![\w-])([a-z]{3,})-([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*?)s?(?![\w-])")
#: the word before a token, at the end of the text before it
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")


def acronym_variants(text: str, cands: list[Candidate], acronyms: dict) -> list[Candidate]:
    """A lower-case word glued by a hyphen to an acronym the text defines for a Method ("we train with Quokka
    Gradient Smoothing (QGS) ... we also propose slow-QGS") names a variant of it: the whole token is one
    Method's name (rule "named"), not a use of the acronym; a negated or staged one ("non-QGS", "pre-QGS") and a
    function word ("the-QGS") are no variant, nor a noun that ends a name's phrase, a dash lost between it and the
    acronym ("in five lines of Zorb code-QGS runs"); an acronym of data or of a task is left as it is.

    >>> t = "Quokka Gradient Smoothing (QGS) helps; slow-QGS helps more than non-QGS training or Zorb code-QGS."
    >>> cs = [Candidate(0, 25, T.METHOD, 90, "acronym"), Candidate(t.index("QGS h"), t.index("QGS h") + 3, T.METHOD, 90, "name")]
    >>> [(t[c.start:c.end], c.rule) for c in acronym_variants(t, cs, {"QGS": (0, 25)})]
    [('Quokka Gradient Smoothing', 'acronym'), ('slow-QGS', 'named')]
    """
    if not any(f"-{short}" in text for short in acronyms):
        return cands  # (no acronym written after a hyphen: most docs, no regex run)
    methods = {(c.start, c.end) for c in cands if c.rule == "acronym" and c.type is T.METHOD}
    grown = []
    for m in _LOWER_THEN_CAPS.finditer(text):
        low = m.group(1)
        if acronyms.get(m.group(2)) not in methods or low in _NEGATING or low in _STAGE or low in FUNCTION_WORDS:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        word = before.group(1) if before else ""
        if word[:1].isupper() and len(word) > 1 and word.lower() not in FUNCTION_WORDS:  # (not "A slow-QGS")
            continue  # "Zorb code-QGS": the noun of the name before it
        grown.append(Candidate(m.start(), m.end(), T.METHOD, 90, "named"))
    if not grown:
        return cands
    out = [c for c in cands if not any(g.start <= c.start and c.end <= g.end for g in grown)] + grown
    return sorted(out, key=lambda c: (c.start, -c.end))


def slashed_acronyms(text: str, cands: list[Candidate], acronyms: dict) -> list[Candidate]:
    """An acronym the text defines with a slash inside ("Alternating Compressed/DeCompressed (AC/DC)") is one name
    wherever it is written, in its bracket and after, a hyphen and a lower-case word after it too ("AC/DC-trained";
    not "QF/SR-Net", a name of its own): the pieces a shape rule found inside it ("AC", "DC", or one piece alone)
    give way to one candidate over the whole acronym (rule "name", typed by its long form when
    :func:`~kg.extract.findings.link_acronyms` reads it as a use). A slash pair no definition spells as one
    ("ResNet/VGG", "PSNR/SSIM") stays two names; so does a written acronym another candidate runs past.

    >>> t = "Quiet Fast/Slow Reading (QF/SR) wins. QF/SR beats QF and SR-Net."
    >>> at = lambda s, e, rule="name": Candidate(s, e, T.METHOD, 50, rule)
    >>> cs = [at(0, 23, "acronym"), at(25, 27), at(28, 30), at(38, 40), at(41, 43), at(50, 52), at(57, 63)]
    >>> [t[c.start:c.end] for c in slashed_acronyms(t, cs, {"QF/SR": (0, 23)})]
    ['Quiet Fast/Slow Reading', 'QF/SR', 'QF/SR', 'QF', 'SR-Net']
    """
    shorts = [s for s in acronyms if "/" in s.strip("/")]
    if not shorts:
        return cands  # (most docs define no acronym with a slash)
    joined = [Candidate(m.start(), m.end(), T.METHOD, PRI_NAME, "name") for short in shorts
              for m in re.finditer(r"(?<![\w\-/])" + re.escape(short) + r"s?(?![\w/])(?!-[A-Z0-9])", text)]
    out = list(cands)
    for j in joined:
        inside = [c for c in out if c.start < j.end and j.start < c.end]
        if inside and all(j.start <= c.start and c.end <= j.end for c in inside) \
                and not any(c.start == j.start and c.end == j.end for c in inside):
            out = [c for c in out if c not in inside] + [j._replace(type=inside[0].type)]
    return sorted(out, key=lambda c: (c.start, -c.end))
