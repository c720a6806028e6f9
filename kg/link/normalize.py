"""Name normalisation for linking: spelling variants collapse, versions and sizes stay distinct.

Two keys are computed from a surface name:

- :func:`norm_name` - the normalised words ("The ImageNet-1K dataset" -> ``"imagenet 1k"``);
- :func:`compact_key` - the words joined, digit groups marked (``"imagenet<1k>"``): the exact-match
  key of the linker. "pre-trained" and "pretrained" agree; "ResNet-50" and "ResNet-101" never do.

And for code links, :func:`url_key` (the identity of a repository) and :func:`clean_url` (its name).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extract.long_form_reach import DIGIT_WORDS, powers_marked
from kg.extract.urls import REPO_HOSTS
from kg.name_marks import LOST_LETTER, MINUS_END, TIMES_SIGN

_DASHES = re.compile(r"[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d_]")
_SEP = re.compile(r"[\s\-/]+")
_PUNCT = re.compile(r"[^\w\s+#.@%]")
#: A letter followed by a digit, or a digit followed by two letters, is a word boundary:
#: "ResNet50" -> "ResNet 50", "YOLOv5" -> "YOLOv 5"; "1K", "7B", "4o" stay one size/version token.
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_]{2,})")
#: Words that say what kind of thing a name is, not which one ("the COCO dataset" is "COCO",
#: "Mixture-of-Experts layer" is "Mixture-of-Experts", "Transformer-based" is "Transformer").
#: The type words naming a part of a system (:mod:`kg.link.components`), among those :data:`_TRAILING` drops.
COMPONENT_WORDS = r"modules?|layers?|mechanisms?"
_TRAILING = re.compile(
    r"(?:\s(?:datasets?|benchmarks?|corpus|corpora|models?|methods?|frameworks?|architectures?|"
    rf"algorithms?|{COMPONENT_WORDS}|based|metrics?|scores?|test set|challenge))+$",
    re.I,
)
_LEADING = re.compile(r"^(?:the|a|an)\s", re.I)
_NO_SINGULAR = ("ss", "us", "is", "ics", "sis", "ous", "ness", "less", "series", "species")
_NUMBER_GROUP = re.compile(r"<([^>]*)>")
#: The colon after a title's leading name ("U-Net: ...", "U-Net : ...", a full-width colon): read by
#: :func:`kg.link.coinages.lexicon_title_keys` and :func:`kg.link.means.title_lead_goal`.
TITLE_COLON = re.compile(r"\s*[:\uff1a]")
#: A coined name (a capital after a lower-case letter) ending in a number written onto a letter, then "s":
#: the plural of a numbered model ("MobileNetV2s", "ResNet50s"); not "FCN-8s", "FastSpeech 2s", "rusty1s".
_NUMBERED_PLURAL = re.compile(r"(?<![\w\-])(?=[^\s\-]*[a-z][A-Z])[^\s\-]*[A-Za-z](\d+)s(?![\w\-])")


#: English closed-class words (determiners, prepositions, conjunctions, pronouns, wh-words): a name
#: never begins or ends with one ("categories including", "assessing whether", "the").
FUNCTION_WORDS = frozenset(
    "a an the this that these those its their our your his her my of in on at by for from to with without "
    "into onto over under between among through during via per as and or but nor so yet if whether while "
    "which who whom whose what when where why how than then such including includes include it they we "
    "you he she is are was were be been being has have had do does did can could may might must should "
    "will would also more most less least other another each every some any all both either neither "
    "not no only just".split())


def singular(word: str) -> str:
    """A light English singular for the last word of a name ("networks" -> "network", "GNNs" -> "GNN").

    A word written all in capitals is an acronym, not a plural: "MOTS" stays "MOTS" (but "CNNs" -> "CNN",
    "IMUs" -> "IMU").

    >>> [singular(w) for w in ["networks", "queries", "GNNs", "class", "analysis", "series", "boxes", "MOTS"]]
    ['network', 'query', 'GNN', 'class', 'analysis', 'series', 'box', 'MOTS']
    >>> [singular(w) for w in ["KGs", "IMUs", "bus", "Gauss", "mIoUs", "ViTs"]]
    ['KG', 'IMU', 'bus', 'Gauss', 'mIoU', 'ViT']
    """
    w = word
    if len(w) >= 3 and w.endswith("s") and (w[:-1].isupper() or (w[-2].isupper() and sum(c.isupper() for c in w) >= 2)):
        return w[:-1]  # an acronym's plural: "KGs", "IMUs", "mIoUs", "ViTs"
    low = w.lower()
    if len(w) <= 3 or not w.endswith("s") or low.endswith(_NO_SINGULAR) or w.isupper():
        return w
    if low.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if low.endswith(("xes", "ches", "shes", "sses")):
        return w[:-2]
    return w[:-1]


#: The kind of thing a trailing type word says a name is: "Inception Score" is a measure, "Inception
#: architecture" a model; one name with two kinds of type word is two things (see :func:`trailing_kind`).
_KIND_OF_WORD = {
    **dict.fromkeys(("dataset", "benchmark", "corpus", "corpora", "test set", "challenge"), "data"),
    **dict.fromkeys(("model", "method", "framework", "architecture", "algorithm", "module", "layer", "mechanism"),
                    "model"),
    **dict.fromkeys(("metric", "metrics", "score"), "measure"),  # ("metrics": singular() keeps "-ics")
}


#: An acronym in parentheses inside a name, before its last word: "knowledge graph (KG) reasoning", "Click-Through
#: Rate(CTR) estimation" (an acronym defined before the head word, no part of the name), with a footnote mark or a
#: power the text spaced off after it ("global quokka sampling (GQS 1 ) scheme", "(QS 2 ) scheme").
INLINE_ACRONYM = re.compile(r"\s*\((?=[^()]*[A-Z][^()]*[A-Z])\s*[A-Za-z0-9\-]{2,12}(?:\s+[1-4]\s+|\s*)\)(?=\s+[^\W\d_])")


def _cleaned(name: str) -> str:
    """A name's words before type words are stripped: Unicode, leading article, dashes, punctuation."""
    s = TIMES_SIGN.sub("x", unicodedata.normalize("NFKC", name).strip())  # "512×512" is "512x512"
    if "(" in s:
        s = INLINE_ACRONYM.sub("", s)  # "knowledge graph (KG) reasoning" is "knowledge graph reasoning"
    s = _LEADING.sub("", s)  # before hyphens become spaces: "A-Softmax" is no "a softmax"
    s = _DASHES.sub("-", s)
    lost = "? " if LOST_LETTER.match(s) else ""  # a variant's marks (kg.name_marks)
    minus = "-" if MINUS_END.search(s) else ""
    s = _PUNCT.sub(" ", s)
    s = _SEP.sub(" ", s)
    s = _LETTER_DIGIT.sub(" ", s)
    s = " ".join(s.split()).strip(" .")
    return f"{lost}{s}{minus}" if s else s


@lru_cache(maxsize=262144)
def trailing_kind(name: str) -> str | None:
    """The kind ("data", "model", "measure") the last trailing type word of a name gives it, if any.
    :func:`norm_name` drops these words, so "Inception Score" and "Inception architecture" share a
    key; the linker keeps names of two kinds apart.

    >>> [trailing_kind(n) for n in ("Inception Score", "Inception architecture", "COCO dataset", "BERT-based", "ResNet")]
    ['measure', 'model', 'data', None, None]
    >>> trailing_kind("Score")  # a type word alone is the name
    """
    parts = _trailing_words(name)
    if parts is None:
        return None
    last = parts[1].split()[-1].lower()
    last = "test set" if last == "set" else last
    return _KIND_OF_WORD.get(last if last in _KIND_OF_WORD else singular(last))


def typed_head(name: str) -> str | None:
    """The last word, in lower case, of a name that ends in type words :func:`norm_name` drops (as
    :func:`trailing_kind` finds them), once they are dropped; None for a name that ends in none. However many they are
    and however joined ("module layers", "pooling-layer").

    >>> [typed_head(n) for n in ("quill pooling layer", "glyph pooling-layer", "quill pooling module layers", "ResNet")]
    ['pooling', 'pooling', 'pooling', None]
    """
    parts = _trailing_words(name)
    return None if parts is None else parts[0].split()[-1].lower()


@lru_cache(maxsize=262144)
def _trailing_words(name: str) -> tuple[str, str] | None:
    """The cleaned name (:func:`_cleaned`) cut before the type words it ends in (:data:`_TRAILING`), and those
    words; None for a name that ends in none or is only type words: what :func:`trailing_kind` and
    :func:`typed_head` read."""
    s = _cleaned(name)
    m = _TRAILING.search(s)
    if not m or m.start() == 0:
        return None
    return s[:m.start()], m.group(0)


@lru_cache(maxsize=65536)
def broader_alias(alias: str, canonical: str, etype_value: str) -> bool:
    """Whether a lexicon alias is a broader term than its canonical name, not another spelling of it:
    the canonical's head without its modifiers, written as ordinary lowercase words ("re-ranking" of
    "passage re-ranking", "denoising" of "image denoising"), or, for a measure, the modifiers without
    the head that says what is measured ("top-1" is top-1 accuracy or top-1 error). Such an alias still
    finds mentions, but does not merge them into the canonical's entity.

    >>> broader_alias("re-ranking", "passage re-ranking", "Task"), broader_alias("Swin", "Swin Transformer", "Method")
    (True, False)
    >>> broader_alias("top-1", "top-1 accuracy", "Metric"), broader_alias("VOC 2012", "PASCAL VOC 2012", "Dataset")
    (True, False)
    >>> broader_alias("ImageNet", "ImageNet dataset", "Dataset"), broader_alias("WER", "word error rate", "Metric")
    (False, False)
    >>> broader_alias("F-score", "F1", "Metric")
    False
    """
    aw, cw = norm_name(alias).split(), norm_name(canonical).split()
    if not aw or len(aw) >= len(cw):
        return False
    if cw[-len(aw):] == aw:
        return alias == alias.lower() and not any(c.isdigit() for c in alias)
    # the dropped head must be a word ("top-1" of "top-1 accuracy"), not a number ("F-score" of "F1")
    return etype_value == "Metric" and cw[:len(aw)] == aw and any(w.isalpha() for w in cw[len(aw):])


def norm_name(name: str) -> str:
    """Normalised words of a name: case, dashes, spacing, plurals, leading "the", trailing type words.

    Digits stay separate tokens, so "ResNet50" and "ResNet-50" agree but differ from "ResNet-101".

    >>> norm_name("The ImageNet-1K dataset"), norm_name("ImageNet 1k"), norm_name("ResNet50")
    ('imagenet 1k', 'imagenet 1k', 'resnet 50')
    >>> norm_name("Graph Neural Networks"), norm_name("MOTS"), norm_name("BLEU score")
    ('graph neural network', 'mots', 'bleu')
    >>> norm_name("MobileNetV2s"), norm_name("ResNet50s models"), norm_name("FCN-8s"), norm_name("FastSpeech 2s")
    ('mobilenetv 2', 'resnet 50', 'fcn 8s', 'fastspeech 2s')
    >>> norm_name("A-Softmax"), norm_name("a softmax")
    ('a softmax', 'softmax')
    >>> norm_name("Vision-and-Language Pre-training") == norm_name("vision language pretraining")
    False
    >>> compact_key("Vision-and-Language Pre-training") == compact_key("vision language pretraining")
    True
    """
    s = _cleaned(name)
    t = _TRAILING.sub("", s)
    if t:
        s = t
    words = s.split(" ")
    if len(words) > 2:  # "vision-and-language" is "vision-language" ("&" is gone with the punctuation)
        words = [words[0], *(w for w in words[1:-1] if w.lower() != "and"), words[-1]]
    last = words[-1]
    if last[:1].isdigit() and last.endswith("s") and any(m.group(1) + "s" == last for m in _NUMBERED_PLURAL.finditer(name)):
        words[-1] = last[:-1]  # "MobileNetV2s": the model's number, no "2s"
    else:
        words[-1] = singular(last)
    return " ".join(words).lower()


def compact_key(name: str) -> str:
    """The exact-match key: normalised words joined without spaces ("pre-trained" == "pretrained"),
    with digit groups kept apart by a marker so "ResNet-50" and "ResNet-501" never collide.

    >>> compact_key("Pre-trained Language Models") == compact_key("pretrained language model")
    True
    >>> compact_key("knowledge graph (KG) reasoning") == compact_key("Knowledge Graph Reasoning")
    True
    >>> compact_key("ImageNet-1K"), compact_key("GPT-3.5"), compact_key("BERT-base") == compact_key("BERT")
    ('imagenet<1k>', 'gpt<3.5>', False)
    """
    return key_and_words(name)[0]


def key_and_words(name: str) -> tuple[str, tuple[str, ...]]:
    """:func:`compact_key` and the normalised words it joins.

    >>> key_and_words("Graph R-CNN"), key_and_words("GraphCNN")
    (('graphrcnn', ('graph', 'r', 'cnn')), ('graphcnn', ('graphcnn',)))
    """
    words = tuple(norm_name(name).split())
    return "".join(f"<{w}>" if w[:1].isdigit() else w for w in words), words


_CAMEL = re.compile(r"[^\W\d_]*[a-z][A-Z]|\b[A-Z]{2,}\b")


def is_proper_name(name: str) -> bool:
    """Whether a surface form is written like a coined name: a capital inside a word ("DenseNet",
    "LayoutLM") or a capitalised acronym among other words ("Flickr30k COCO"). One letter makes another
    model there ("DenseUNet", "LayoutXLM"), so such names are never fuzzy-matched. A name all in
    capitals (a headline) says nothing.

    >>> [is_proper_name(n) for n in ["DenseNet", "Flickr30k COCO", "graph neural network", "Cityscapes", "ADAM"]]
    [True, True, False, False, False]
    """
    return not name.isupper() and bool(_CAMEL.search(name))


def coined_word(word: str, caps: bool = False) -> bool:
    """Whether a word is coined, a made-up name's ("DensE", "ComplEx", "ÜberNet", "GlyphNet", a word in capitals
    "SIGN", "Glyph2Vec", "word2vec"): a letter first and after it a capital, or a digit. Words written in ordinary
    letters ("dense", "sign") are not; nor is a word a digit opens, a size or a dimension ("3D", "6DoF"). In a text set
    in capitals (``caps``) every word has capitals, and only a digit after a letter tells.

    >>> [coined_word(w) for w in ("DensE", "ÜberNet", "SIGN", "Glyph2Vec", "word2vec", "3D", "6DoF", "Dense", "pose")]
    [True, True, True, True, True, False, False, False, False]
    >>> [coined_word(w, caps=True) for w in ("GLYPHNET", "GLYPH2VEC", "3D")]
    [False, True, False]
    """
    return word[:1].isalpha() and any(c.isdigit() or (c.isupper() and not caps) for c in word[1:])


#: Endings a modifier may gain and stay the same word in a name ("convolution(al) network",
#: "region(s) of interest", "multilayer(ed) network"); the last word (the head) only a plural or
#: "dialog(ue)": "variational" is not "variation".
WORD_ENDINGS = ("s", "es", "al", "d", "ed", "ue")
HEAD_ENDINGS = ("s", "es", "ue")


def spelling_variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two normalised names differ only by how one word (of at least 4 letters, same first
    letter) is spelt: one letter more or less ("neighbo(u)r", "hierar(c)hical"), "s" for "z"
    ("localisation"), or an ending of :data:`WORD_ENDINGS` (:data:`HEAD_ENDINGS` for the last word).
    Never a word more, another prefix ("reconstruction"), another ending ("phone"/"phoneme"), or
    another letter ("content"/"context").

    >>> spelling_variants(("k", "nearest", "neighbour"), ("k", "nearest", "neighbor"))
    True
    >>> spelling_variants(("graph", "construction"), ("graph", "reconstruction"))
    False
    >>> spelling_variants(("content", "attention"), ("context", "attention"))
    False
    >>> spelling_variants(("convolution", "network"), ("convolutional", "network"))
    True
    >>> spelling_variants(("variation",), ("variational",))
    False
    """
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) != 1:
        return False
    x, y = a[diff[0]], b[diff[0]]
    if min(len(x), len(y)) < 4 or x[0] != y[0]:
        return False
    short, long = sorted((x, y), key=len)
    if long.startswith(short):
        return long[len(short):] in (HEAD_ENDINGS if diff[0] == len(a) - 1 else WORD_ENDINGS)
    if len(x) == len(y):
        pos = [i for i in range(len(x)) if x[i] != y[i]]
        return len(pos) == 1 and {x[pos[0]], y[pos[0]]} == {"s", "z"}
    if len(long) - len(short) == 1:
        return any(long[:i] + long[i + 1:] == short for i in range(1, len(long)))
    return False


#: Whole words that are two spellings of one word in names ("Generative Adversarial Net(work)",
#: "Non-Maxim(al|um) Suppression").
VARIANT_WORDS = {"net": "network", "maximal": "maximum", "minimal": "minimum"}
#: Function words a name may be written with or without ("peak signal-to-noise ratio", "peak signal noise
#: ratio"); dropped only when two words or more remain.
DROPPABLE = frozenset({"to", "of", "the", "a", "an", "for"})


def variant_form(words: tuple[str, ...]) -> tuple[str, ...]:
    """The normalised words of a name with :data:`VARIANT_WORDS` spelt one way, :data:`DROPPABLE`
    words, "neural" before "network" and an acronym written inside the name after its long form left
    out, a number joined to its one letter, a version's "v" dropped: two names with one variant form are one name.

    >>> variant_form(("generative", "adversarial", "net")) == variant_form(("generative", "adversarial", "network"))
    True
    >>> variant_form(("peak", "signal", "to", "noise", "ratio")), variant_form(("mixture", "of", "experts"))
    (('peak', 'signal', 'noise', 'ratio'), ('mixture', 'experts'))
    >>> variant_form(("out", "of")), variant_form(("resnet", "50"))
    (('out', 'of'), ('resnet', '50'))
    >>> variant_form(("convolutional", "neural", "network")) == variant_form(("convolutional", "network"))
    True
    >>> variant_form(("300", "w")), variant_form(("300w",))
    (('300w',), ('300w',))
    >>> variant_form(tuple("click through rate ctr prediction".split()))
    ('click', 'through', 'rate', 'prediction')
    >>> variant_form(("activitynet", "v", "1.2")) == variant_form(("activitynet", "1.2"))  # a version's "v"
    True
    """
    # an acronym written after its long form inside the name: "click-through rate (CTR) prediction"
    words = tuple(w for i, w in enumerate(words)
                  if not (i >= 2 and len(w) >= 2 and w == "".join(x[0] for x in words[i - len(w):i])))
    # "ActivityNet v1.2" is "ActivityNet-1.2": a version's "v" before its number
    words = tuple(w for i, w in enumerate(words)
                  if not (w == "v" and 0 < i < len(words) - 1 and words[i + 1][:1].isdigit()))
    mapped = tuple(VARIANT_WORDS.get(w, w) for w in words)
    if any(len(w) == 1 and w.isalpha() for w in mapped[1:]):  # "300-W" is "300W": a number and its letter
        joined: list[str] = []
        for w in mapped:
            if joined and len(w) == 1 and w.isalpha() and joined[-1].isdigit():
                joined[-1] += w
            else:
                joined.append(w)
        mapped = tuple(joined)
    # a network is neural in this field: "convolutional (neural) network", "recurrent (neural) network"
    kept = tuple(w for i, w in enumerate(mapped) if w not in DROPPABLE
                 and not (w == "neural" and i + 1 < len(mapped) and mapped[i + 1] == "network"))
    return kept if len(kept) >= 2 else mapped


def abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Whether ``short`` is made of a non-empty prefix of each of ``words``, in order ("nyudv" of
    "nyu depth v", "h" of "human").

    >>> abbreviates("nyudv", ("nyu", "depth", "v")), abbreviates("h", ("human",)), abbreviates("hm", ("human",))
    (True, True, False)
    """
    if not words:
        return not short
    w = words[0]
    return any(short[:n] == w[:n] and abbreviates(short[n:], words[1:])
               for n in range(min(len(w), len(short) - len(words) + 1), 0, -1))


_CLAUSE_WORDS = frozenset("this these those we our us they their it its".split())


def is_definition(short: str, long: str) -> bool:
    """Whether ``long (short)`` can define ``short`` as a name of ``long``: the long form is no clause
    (no pronoun or demonstrative written in lower case: "evaluate this method on several benchmarks
    (Caltech, ...)"), and the short form is written like an acronym (two capitals or a digit: "ViT",
    "H3.6M"), or its letters are the long form's in order, from its first letter, in a long form of
    at most three words ("Adam" of "adaptive moment estimation"; not "Caltech" of "evaluated on
    several benchmarks").

    >>> is_definition("ViT", "Vision Transformer"), is_definition("Caltech", "we evaluate this method on benchmarks")
    (True, False)
    >>> is_definition("Caltech", "evaluated on several benchmarks"), is_definition("Adam", "adaptive moment estimation")
    (False, True)
    >>> is_definition("nuScenes", "nuTonomy scenes")  # the acronym's "s" spells the plural as written
    True
    """
    words = long.split()
    if any(w in _CLAUSE_WORDS for w in words):
        return False
    if sum(c.isupper() for c in short) >= 2 or any(c.isdigit() for c in short):
        return True
    letters = "".join(c for c in short.lower() if c.isalpha())
    # the long form's words singular and as written: the acronym's last "s" may spell a plural ("nuScenes")
    written = _cleaned(long)
    written = (_TRAILING.sub("", written) or written).lower()
    return any(_letters_spelt(letters, tuple(w for w in form.split() if w not in FUNCTION_WORDS))
               for form in (norm_name(long), written))


def _letters_spelt(letters: str, parts: tuple[str, ...]) -> bool:
    """Whether ``letters`` are the letters of ``parts`` (at most three words) in order, from its first letter.

    >>> _letters_spelt("nuscenes", ("nutonomy", "scenes")), _letters_spelt("nuscenes", ("nutonomy", "scene"))
    (True, False)
    """
    if not parts or not letters or letters[0] != parts[0][0] or len(parts) > 3:
        return False
    rest = " ".join(parts)
    for c in letters:
        i = rest.find(c)
        if i < 0:
            return False
        rest = rest[i + 1:]
    return True


#: Digits an acronym writes for a word of its long form that sounds like them ("R2R": Room-to-Room).
_DIGIT_WORDS = {d: frozenset({w, n}) for (d, w), n in zip(DIGIT_WORDS.items(), ("two", "four"))}


def digits_spelt(short: str, long: str) -> bool:
    """Whether each number the acronym ``short`` writes is a word or a number of its long form ``long``: a "2"
    for "to" or "two", a "4" for "for" or "four", between two letters of the acronym ("R2R" of "Room-to-Room",
    "PEN4Rec" of "Preference Evolution Networks for Recommendation"), or the number as the long form writes it
    ("FNC-1" of "Fake News Challenge stage #1"), or the power of the letter before it ("A3D" of "AnAn Accident
    Detection", :func:`~kg.extract.long_form_reach.powers_marked`). A digit ending the acronym is a version ("XYZ2" of "X Yields
    to Z" is no "to").

    >>> digits_spelt("R2R", "Room-to-Room"), digits_spelt("FNC-1", "Fake News Challenge stage #1")
    (True, True)
    >>> digits_spelt("QZ2", "Quokka to Zebra"), digits_spelt("Q2Z", "Quokka Zebra")
    (False, False)
    >>> digits_spelt("Q2Z", "quiet quokka zebra")  # a power: two q's (kg.extract.long_form_reach)
    True
    """
    words = set(re.findall(r"[a-z]+", long.lower()))
    numbers = set(re.findall(r"\d+", long))
    for run in re.finditer(r"\d+", short):
        d = run.group()
        between = 0 < run.start() and run.end() < len(short) and short[run.start() - 1].isalpha() \
            and short[run.end()].isalpha()
        if d not in numbers and not (between and (_DIGIT_WORDS.get(d, frozenset()) & words
                                                   or powers_marked(short, long))):
            return False
    return True


def key_numbers(key: str) -> tuple[str, ...]:
    """The version/size tokens of a :func:`compact_key`: names with different ones are different things.

    >>> key_numbers("resnet<50>"), key_numbers("llama<2><7b>"), key_numbers("bert")
    (('50',), ('2', '7b'), ())
    """
    return tuple(_NUMBER_GROUP.findall(key))


def _url_parts(url: str) -> tuple[str, list[str]]:
    u = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I)
    u = re.sub(r"^www\.", "", u, flags=re.I)
    u = u.split("#", 1)[0].split("?", 1)[0]
    host, _, path = u.partition("/")
    host = host.lower().rstrip(".")
    parts = [p for p in path.split("/") if p]
    if host in REPO_HOSTS and len(parts) >= 2:
        parts = parts[:2]  # owner/repo: "/tree/main/src" is the same repository
    if host in ("huggingface.co", "hf.co") and parts:
        host = "huggingface.co"
        parts = parts[:3] if parts[0] in ("datasets", "spaces") else parts[:2]
    if parts:
        parts[-1] = re.sub(r"\.git$", "", parts[-1], flags=re.I)
        if not parts[-1]:
            parts.pop()
    return host, parts


def clean_url(url: str) -> str:
    """The name of a repository: ``https://`` + host without www + path without ".git" or a trailing
    slash (as written otherwise; for code hosts only ``owner/repo``).

    >>> clean_url("http://www.GitHub.com/Owner/Repo.git/")
    'https://github.com/Owner/Repo'
    """
    host, parts = _url_parts(url)
    return "https://" + "/".join([host, *parts])


def url_key(url: str) -> str:
    """The identity of a code URL: lower case, no scheme or www, no ".git" or trailing slash; for
    code hosts only ``owner/repo`` (their names are case-insensitive).

    >>> url_key("https://www.GitHub.com/Owner/Repo.git/tree/main")
    'github.com/owner/repo'
    """
    host, parts = _url_parts(url)
    return "/".join([host, *parts]).lower()


def spelling(name: str) -> str:
    """A name as its spelling is compared: a space as a hyphen, no plural "s" ("ELUs" -> "ELU", "DNS
    Challenge" -> "DNS-Challenge"; "U-Net" stays "U-Net", not "Unet")."""
    name = "-".join(name.split())
    return name[:-1] if len(name) > 2 and name.endswith(("s", "S")) and name[:-1] != name[:-1].lower() else name
