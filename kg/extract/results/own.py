"""What "we" and "our model" stand for in a paper (for step 6 of :mod:`kg.extract.results`).

:func:`paper_method` says once per paper what the paper's own system is (:class:`Own`: the model, and the part it
proposes), from its naming sentences ("we call it X", "our model (X)"), its title ("X: ..."), its proposals and
acronyms; :func:`unshouted` writes a name the title sets in capitals as the abstract writes it, and
:func:`not_a_method` tells names that are no system of anyone's. :mod:`kg.extract.results.method` reads a value's
method with their help.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.proposals import main_method, shaped
from kg.vocab import EntityType as T
from kg.extract.entityhood import describing_compound
from kg.extract.lexicon_data import known_name
from kg.extract.rules import sentence_of, sentences
from kg.extract.words import (DATA_WORDS, FUNCTION_WORDS, GUESS_RULES, KIND_HEADS, METHOD_HEADS, TASK_HEADS,
                              TITLE_NP_STOP, TITLE_TASK_HEADS)
from kg.extract.coordinated import JOINED_NAMES, NAMING_RULES
from kg.extract.results.code_name import code_name
from kg.extract.results.described import described_system, subtitle_system, title_echo
from kg.extract.results.title import common_word, entry_team, generic, title_system, title_technique, title_variant


#: names the finder may type Method that never say whose result it is
COMPONENT = re.compile(r"\s*(?:backbones?|encoders?|feature extractors?|as\s+(?:the\s+|an?\s+|its\s+|our\s+)?"
                        r"(?:[\w-]+\s+)?(?:backbone|encoder|feature extractor|base model)s?)\b", re.I)


#: a figure in a parenthesis right after a name: "on NMNIST (99.6%)"
FIGURE_PAREN = re.compile(r"\s*\(\s*\d")


def task_names(text: str, found) -> set[str]:
    """The names (lower case) the paper types Task."""
    return {text[c[0]:c[1]].lower() for c in found.entities if c[2] is T.TASK}


NOT_THE_MODEL = re.compile(r"\s*(?:architectures?|backbones?|encoders?|features?|embeddings?|as\b)", re.I)


#: what follows a name that is not the model: "our ResNet-50 baseline", "our VGG backbone"
NOT_OURS_AFTER = re.compile(r"\s*(?:baselines?|backbones?|encoders?|features?|implementation|re-?implementation)\b", re.I)


PROPOSES = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)\w*\b", re.I)


class Own(NamedTuple):
    """What "we" and "our model" stand for in a paper: its model (``name``), and the part it proposes when
    its main proposal is a part of a model ("Flow Alignment Module")."""

    name: str | None
    part: str | None = None
    #: the name is the title's subject (:func:`.title.title_technique`), not a name the paper gives its model
    guessed: bool = False


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


#: what the paper says its own method is called: "We call our algorithm convolutional k-means clustering."
_WE_CALL = re.compile(r"\bwe\s+(?:call|name|term|dub)\s+(?:it|(?:our|the|this)\s+(?:[\w-]+\s+){0,2}?(?:algorithms?|"
                      r"methods?|models?|approach|systems?|networks?|frameworks?|architectures?|techniques?|schemes?))\s+"
                      r"(?:the\s+|an?\s+)?([\w+-]+(?:\s[\w+-]+){0,5})\s*[.,;:(]", re.I)


def _we_call(text: str) -> str | None:
    """The name the paper says "we" call its method, a description in lower case included (the proposal finder
    takes names written as names): "We call our algorithm convolutional k-means clustering."

    >>> _we_call("We cluster filters. We call our algorithm convolutional k-means clustering. It wins.")
    'convolutional k-means clustering'
    >>> _we_call("We call this setting few-shot.") is None
    True
    """
    m = _WE_CALL.search(text)
    return m.group(1) if m and not generic(m.group(1)) and not common_word(m.group(1)) else None


#: the kind of thing a paper names as its own system
_OWN_KIND = r"(?:systems?|models?|methods?|approach|networks?|frameworks?|architectures?|parsers?|taggers?|submissions?)"


#: a name the paper gives its own system in passing: "our system (zorb)", "our tagging system (Zorb-NLP)",
#: "a system called zorb", "a model, dubbed zorb,", 'our "Zorb" system', 'our system "Zorb"': one word, the name
#: (group 1, 2, or 3 or 4 in quotes)
_NAMED_OWN = re.compile(rf"\bour\s+(?:[\w-]+\s+){{0,2}}?{_OWN_KIND}\s*\(\s*([A-Za-z][\w+.-]*[\w+])\s*\)|"
                        rf"\b(?:a|an|our)\s+(?:[\w-]+\s+){{0,2}}?{_OWN_KIND},?\s+(?:called|named|dubbed|termed)\s+"
                        r"([A-Za-z][\w+.-]*[\w+])(?=\s*[.,;:)]|\s+(?:that|which|for|to|and|with|in|on)\b)|"
                        rf"\bour\s+(?:[\w-]+\s+){{0,2}}?(?:[\"“]([A-Za-z][\w+.-]*[\w+])[\"”]\s+(?:[\w-]+\s+)?{_OWN_KIND}\b|"
                        rf"{_OWN_KIND}\s+[\"“]([A-Za-z][\w+.-]*[\w+])[\"”])", re.I)


def _named_own(text: str) -> str | None:
    """The one-word name the paper gives its own system in passing, in parentheses after "our system" ("This
    paper describes our system (zorb) ...", "our system (Zorb-NLP)") or in lower case after "called"/"named"
    ("We build a system called zorb for ...": the proposal finder takes names written as names) or in double quotes
    by "our" and the kind ('our "Zorb" system', 'our system "Zorb"'); not a kind of
    model ("our model (CNN)"), an ordinary word ("a model named after ...") or an acronym of the words before it
    ("our gated unit network (GUN)": a proposal of its own).

    >>> [_named_own(t) for t in ("This paper describes our system (zorb) for the task.", "We build a system called "
    ...  "zorb for parsing.", "We use our model (CNN) here.", "We train our gated unit network (GUN).", "A model named after him.")]
    ['zorb', 'zorb', None, None, None]
    >>> [_named_own(t) for t in ('Our "Zorb" system wins.', 'We test our tagging system "Zorb" here.', 'A "holistic" system.')]
    ['Zorb', 'Zorb', None]
    """
    m = _NAMED_OWN.search(text)
    if m is None:
        return None
    name = m.group(m.lastindex)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", text[m.start():m.start(m.lastindex)])).lower()
    capitals = "".join(ch for ch in name if ch.isupper()).lower()
    if generic(name) or common_word(name) or (len(capitals) > 1 and capitals in initials) \
            or (m.group(2) and not name.islower()):  # (a name written as one after "called": the proposal finder's)
        return None
    return name


#: a proposal the text defines as a task or a problem: "ObjectGoal Navigation (OBJECTNAV) is an embodied task"
_IS_TASK = re.compile(r"\)?\s+(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:task|problem)s?\b|"
                      r"\s*(?:\([^()]{1,20}\)\s*)?(?i:problems?|tasks?|challenges?)\b")  # ("the Foo Schema Challenge")


def _called_task(text: str, name: str) -> bool:
    """The text defines ``name`` as a task ("ObjectGoal Navigation (OBJECTNAV) is an embodied task"): what
    "we" achieve is no result of it, whatever "we propose that ... an OBJECTNAV agent" made of it.

    >>> _called_task("Goal Navigation (GNAV) is an embodied task. We propose that GNAV agents plan.", "GNAV")
    True
    """
    at = text.find(name)
    while at >= 0:  # each whole-word occurrence, with one compiled pattern (a pattern per name missed re's cache)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) and _IS_TASK.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


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


def _not_data(title: str, found, name: str | None) -> str | None:
    """``name`` unless a Dataset kg found in the title lies in it ("... using MIMIC-III Clinical Notes")."""
    if name is None:
        return None
    s = title.find(name)
    return None if any(c[2] is T.DATASET and c[0] < s + len(name) and s < c[1] for c in found.entities) else name


#: a word for data ("data set", "corpus", "benchmark")
_DATA_WORD = rf"(?:{DATA_WORDS})"


#: a proposal that is data, not a method: "a paintings data set", "the FooQA benchmark"
_DATA_HEAD = re.compile(rf"\b{_DATA_WORD}$", re.I)


#: a title whose head describes data: "FooQA: A French Question Answering Dataset", "Bar: A Benchmark for ..."
_DATA_TITLE = re.compile(r":\s+(?:(?!(?:for|on|in|with|via|from|using|to|across|by|of|and|or)\b)[\w-]+\s+)*?"
                         rf"{_DATA_WORD}\b", re.I)


def _called_data(text: str, name: str) -> bool:
    """The text writes ``name`` before a word for data, or as its acronym: "a new Turkish Sign Language
    dataset (AUTSL)" for both names (in any case). The words for data are found once, with a compiled
    regex; a regex made of each name cost more than the rest of the results stage.

    >>> t = "We build a new Foo Sign dataset (FSD) of signs, and a benchmark, the Bar Set. On benchmarks, BazNet wins."
    >>> [_called_data(t, n) for n in ("foo sign", "FSD", "Sign dataset", "Bar Set", "BazNet")]
    [True, True, False, True, False]
    >>> _called_data("We build a dataset QUX of signs.", "QUX")
    True
    """
    n, low = len(name), name.lower()
    for m in _DATA_WORD_RE.finditer(text):
        before = text[:m.start()].rstrip()
        if len(before) < m.start() and before[-n:].lower() == low and (
                len(before) == n or not _WORD_OR_HYPHEN.match(before, len(before) - n - 1)):
            return True  # "... Turkish Sign Language dataset"
        p = _PAREN_OPEN.match(text, m.end())
        if p and text[p.end():p.end() + n].lower() == low and text[p.end() + n:p.end() + n + 1] == ")":
            return True  # "... dataset (AUTSL)"
        a = _APPOSED.match(text, m.end())
        if a and text[a.end():a.end() + n].lower() == low and _APPOSITION_END.match(text, a.end() + n):
            return True  # "a novel dataset and benchmark, the Danish Fungi 2020 (DF20)", "a dataset RESUME in Chinese",
            # not "On the benchmarks, X achieves"
    return False


_DATA_WORD_RE = re.compile(rf"\b{_DATA_WORD}\b", re.I)


_PAREN_OPEN = re.compile(r"\s+\(")


_APPOSED = re.compile(r"\s*[,:]?\s*(?:the\s+)?")


_APPOSITION_END = re.compile(r"\s*(?:[(),.;:]|$)|\s+(?:of|in|for|with|that|which|contain\w*|consist\w*)\b")


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def not_a_method(c) -> bool:
    """A candidate whose name is never a result's method wherever the paper writes it: a Dataset, or a Task
    a lexicon knows ("spoken language understanding"; not a title's phrase typed Task by its shape alone)."""
    return c[2] is T.DATASET or (c[2] is T.TASK and c[4].startswith("lexicon"))


#: a compound modifier of common words joined by a function word: "end-to-end", "state-of-the-art"
_MANNER = re.compile(r"\b([A-Za-z]+(?:-(?:to|of|the|in|on|by|for|and)-[A-Za-z]+)+)\s*\(\s*$", re.I)


def _plain_word(text: str, name: str) -> bool:
    """``name`` is one word, capitalised only inside longer capitalised names ("Named Entity tags"), that the
    text also writes in lower case as a word of its own ("for entity level annotations"): a word of a
    phrase, not a system's name (not "Refiner: ..." of a title that names it alone).

    >>> _plain_word("We tag Named Entity spans and score entity level labels.", "Entity")
    True
    >>> _plain_word("Refiner: Better Maps. We call it refiner. The refiner helps.", "Refiner")
    False
    """
    if not re.fullmatch(r"[A-Z][a-z]+", name) or re.search(rf"(?<![\w-]){name.lower()}(?![\w-])", text) is None:
        return False
    return all(re.search(r"[A-Z][\w-]*\s$", text[max(0, m.start() - 30):m.start()])
               for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text))


def _manner_acronym(text: str, name: str) -> bool:
    """``name`` is the acronym of a manner, not of a system: "End-to-end (E2E) spoken language understanding
    systems ... we present our approach to developing an E2E model".

    >>> _manner_acronym("End-to-end (E2E) models are popular. We build an E2E model.", "E2E")
    True
    >>> _manner_acronym("A Region Proposal Network (RPN) ... our RPN.", "RPN")
    False
    """
    at = text.find(f"({name})")
    return at > 0 and _MANNER.search(text, max(0, at - 40), at + 1) is not None


def paper_method(text: str, found, data: set[str] | frozenset = frozenset()) -> Own | None:
    """What "we" and "our model" stand for in a paper's results, computed once per paper (:class:`Own`).

    The main proposed Method (:func:`kg.extract.proposals.main_method`; not a phrase that reads as a title, nor one
    of ``data``, the names the text calls data; when it is a part of a model, the next proposal that is not, else no
    name), unless it is a description in lower case and the title opens on a name ("DrNAS: ...") or it is first
    proposed after a system the paper gives no name, a part of it (:func:`_after_unnamed_system`: "a novel CNN-based
    framework ... a window proposal network"); else the name the title opens on (:func:`_title_name`) or gives its
    system otherwise (:func:`.title.title_system`: "BomJi at SemEval ...", "... using U-Net-ResNet50"); else a Method
    name that is the whole title ("Denoising Diffusion Probabilistic Models"); else the name the abstract calls its
    system by; else the team a shared-task entry's title names (:func:`.title.entry_team`: "Foo at BarEval-2019 Task
    3: ..." of "our team's system"); else the name its code link gives it (:func:`.code_name.code_name`: "x/FooNet");
    else a model "we" train (:func:`_used_model`), an acronym the abstract defines for the title's subject
    (:func:`_title_acronym`: "Supervised Contrastive Learning" of "supervised contrastive (SupCon) loss") or the model
    or technique the title names as its subject (:func:`.title.title_technique`: "Improved Noisy Student Training for
    ..."). A main proposal the title opens on with a variant word is named so ("Light-Weight RefineNet")."""
    not_methods = data | {text[c[0]:c[1]].lower() for c in found.entities if not_a_method(c)}
    title = text[:max(text.find("\n"), 0)].rstrip(" .")
    proposed = [n for n in found.proposed if _system_proposal(text, found, title, not_methods, n)]
    main = _main_long(text, found, proposed)
    named = None if _DATA_TITLE.search(title) else _title_name(title, text[len(title):])  # "FQuAD: French Question Answering Dataset"
    if named and _called_data(text, named):
        named = None  # "VehicleNet: Learning ..." of "we build a vehicle dataset (called VehicleNet)": its data
    named = named or _not_data(title, found, title_system(title, text[len(title):]))  # "BomJi at SemEval ...", "... using U-Net"
    if main and main.islower() and not named and (acting := _claiming_acronym(text, found, main)):
        return Own(acting)  # "we introduce dense anchors ..." of "... Queries (SOQ). SOQ is faster. SOQ outperforms ..."
    if main and is_part(text, main) and (own := _own_of_part(text, found, proposed, main, named)) is not None:
        return own
    step = main if main and _after_unnamed_system(text, main) else None  # "we propose a novel CNN-based framework
    if main and not step and not (named and main.islower()):  # ... we develop a window proposal network": a part
        written = _with_head(text, _as_written(text, found, main))  # "a two-pass approach": the approach
        return Own(title_variant(title, written) or written)  # "Light-Weight RefineNet for ..." of RefineNet
    if named:
        return Own(named)  # "Glyce: Glyph-vectors for ...": the name the title gives its subject
    lead = len(title) - len(title.lstrip())
    for i, c in enumerate(found.entities):
        if c[2] is T.METHOD and c[0] == lead and c[1] == len(title) and len(title.split()) >= 2:
            al = found.aliases.get(i)
            return Own(al[0] if al else title[lead:])  # as the title writes it
    called = _we_call(text) or _named_own(text)  # "We call our algorithm convolutional k-means clustering."
    if called and called.lower() not in not_methods:  # ("our system (zorb)", "a system called zorb")
        return Own(called)
    team = _not_data(title, found, entry_team(title, text[len(title):]))
    if team and team.lower() not in not_methods:
        return Own(team)  # "Zorblab at Quux-2021 Task 3: ..." of "our system achieves": the entry's team
    code = None if _DATA_TITLE.search(title) else code_name(text, found.urls, not_methods)
    if code and not _called_data(text, code):
        return Own(code)  # "our network achieves ... Code: github.com/x/FooNet": the name the code goes by
    used = _used_model(text, found) or _acting_acronym(text, found) or _title_acronym(text, found, title)
    if used:  # "we use the images to train a Fully-Convolutional Regression Network (FCRN)"; "... richer convolutional
        # features (RCF). RCF encapsulates ..."; "Supervised Contrastive Learning" of "supervised contrastive (SupCon) loss"
        return Own(used)
    technique = None if _DATA_TITLE.search(title) else title_technique(title)  # "Improved Noisy Student Training for"
    tasks = task_names(text, found)
    technique = technique or described_system(text[len(title):], tasks) or subtitle_system(title, tasks) \
        or title_echo(title, text[len(title):])  # "We present a span-based labeling model"; "...: A Gated Captioning
    # Network"; "Probabilistic two-stage detection" of "a probabilistic two-stage detector"
    if technique and (_bare_part(technique.rsplit(" ", 1)[0]) or step and step.lower() in technique.lower()):
        technique = None  # "We further propose an orthogonal initialization method": a step again (or the part)
    return Own(technique, guessed=True) if technique else None


#: the words a system phrase does not cross between its article and its head word: a function word ("a benchmark
#: for evaluating model robustness", "a loss to train the network", "a new dataset and a baseline model"; not a bare
#: "and", "a simple and effective method"), a data word ("a new dataset and baseline model") or one naming what comes
#: before ("a framework called FooNet network")
_NOT_IN_SYSTEM = "|".join(sorted(FUNCTION_WORDS - {"and", "or"} | {"a", "called", "named", "dubbed", "termed",
                                                                  "coined"})) + "|" + DATA_WORDS


#: the head word of a system phrase (:data:`_UNNAMED_SYSTEM`)
_SYSTEM_HEAD = (r"(?:approach|method|methodology|framework|model|algorithm|system|network|architecture|pipeline)s?"
                r"\b(?![-\w])")


#: a sentence proposing a system the paper gives no name: "we propose a novel convolutional neural networks (CNN)
#: based framework", "we present a video prediction-based methodology" (up to the system's last head word); not one
#: it names right after ("a novel network architecture called FooNet"; in brackets, :func:`_unnamed_system`)
_UNNAMED_SYSTEM = re.compile(PROPOSES.pattern + r"\s+(?:an?|the)\s+"
                             rf"(?:(?!(?:{_NOT_IN_SYSTEM})\s)[^\s.;:,]+\s+){{0,6}}?{_SYSTEM_HEAD}(?!\s+{_SYSTEM_HEAD})"
                             r"(?!,?\s+(?:called|named|dubbed|termed|coined)\b)", re.I)


#: a name in brackets after a system phrase: "a novel framework (FooNet)", "a framework (named FooNet)"
_BRACKET_NAME = re.compile(r"\s*\(\s*(?:(?:called|named|dubbed|termed|coined)\s+)?([A-Z][^()]*?)\s*\)")


def _unnamed_system(text: str, m: re.Match) -> bool:
    """The system phrase ``m`` (:data:`_UNNAMED_SYSTEM`) is given no name in brackets right after it: "a framework
    (FooNet)" is named, "a deep convolutional network (CNN)" only says its kind (:func:`.title.generic`).

    >>> [_unnamed_system(t, _UNNAMED_SYSTEM.search(t)) for t in ("We propose a new network (FooNet).",
    ...  "We propose a deep convolutional network (CNN).", "We propose a new network for parsing.")]
    [False, True, True]
    """
    name = _BRACKET_NAME.match(text, m.end())
    return name is None or generic(name.group(1))


def _after_unnamed_system(text: str, main: str) -> bool:
    """A proposal in lower case (a description, not a name) that the abstract first proposes in a sentence after one
    proposing a system it gives no name ("we propose a novel structure guided framework ... we first introduce a new
    lane representation", "We design a two-stage decoder process"): a part of that system, not what "we" and "our
    model" stand for. A system phrase holding the proposal's own words is the proposal itself ("We present a residual
    learning framework" of "residual learning").

    >>> _after_unnamed_system("T\\nWe propose a novel CNN based framework. We develop a window proposal network.",
    ...                       "window proposal network")
    True
    >>> _after_unnamed_system("T\\nWe propose a simple sentence selector. Our system is fast.", "sentence selector")
    False
    >>> _after_unnamed_system("T\\nWe present a residual learning framework. We show that residual learning helps.",
    ...                       "residual learning")
    False
    """
    if not main.islower():
        return False
    body, sents = text.find("\n") + 1, sentences(text)  # (the abstract, after the title)
    for m in re.finditer(rf"(?<![\w-]){re.escape(main)}(?![\w-])", text):
        start = max(body, sentence_of(sents, m.start(), (body, body))[0])  # (the sentence it is written in)
        if m.start() >= body and PROPOSES.search(text, start, m.start()):  # (the first that proposes it)
            return any(main.lower() not in s.group(0).lower() and _unnamed_system(text, s)
                       for s in _UNNAMED_SYSTEM.finditer(text, body, start))
    return False


def _system_proposal(text: str, found, title: str, not_methods: set[str] | frozenset[str], n: str) -> bool:
    """Whether the proposal ``n`` may name the paper's system (:func:`paper_method`): no name of data or of
    another type (``not_methods``, lower case), no task the title names, no bare part ("We design an objective
    function for training ..."), no description, not a number alone ("2" of "BERT-Large 2"), not what the system is
    for (:func:`_applied_name`: "to extract drug-drug interactions (DDIs)")."""
    return not _task_in_title(title, n) and not _task_in_body(text, n) and not _no_system(n) and n.lower() not in not_methods \
        and not _DATA_HEAD.search(n) and not _called_data(text, n) and not _manner_acronym(text, n) \
        and not _plain_word(text, n) and re.search(r"[A-Za-z]", n) is not None \
        and not _called_task(text, n) and not _bare_part(n) \
        and not _data_slot_name(text, n) and not _side_proposal(text, n) and not _describing(text, found, n) \
        and not _task_short(text, found, n) and not _applied_name(text, n)


#: what a system is for or applied in, right before a name the text defines: the object of a task's verb ("to
#: extract (drug-drug interactions (DDIs))", "for predicting atomic-pairwise (...)"), a domain or a setting with
#: no article ("in commercial (voice assistants (VAs))", "disciplines from (...)"; not "resulting in the ...")
_TASK_VERB = r"(?:extract|estimat|predict|detect|recogni[sz]|classif|identif|locali[sz]|segment|forecast|track)"


_APPLIED_BEFORE = re.compile(r"(?:\bto\s+" + _TASK_VERB + r"\w*|\bfor\s+" + _TASK_VERB + r"\w*ing|(?<!resulting )"
                             r"\b(?:in|from|across|within)(?!\s+(?:the|an?|our|this|its|their|which|proposed|novel|new)\b))"
                             r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


_SYSTEM_HEADS = frozenset(KIND_HEADS | METHOD_HEADS)


def _applied_name(text: str, name: str) -> bool:
    """The text defines ``name`` ("... (ABC)" after it) as what its system is for or applied in
    (:data:`_APPLIED_BEFORE`: "a method to extract drug-drug interactions (DDIs)", "an end-to-end model for spoken
    language understanding in commercial voice assistants (VAs)"), not as its system; read where the name is first written with a
    parenthesis; never a name headed by a kind of system ("in quaternion-valued neural networks (QNN)").

    >>> _applied_name("We propose a net to estimate the angle of arrival (AoA).", "angle of arrival")
    True
    >>> _applied_name("We study fluent speech in smart home devices (SHD).", "smart home devices")
    True
    >>> [_applied_name(t, n) for t, n in (("In this paper, we propose Fooing Nets (FN) for tasks.", "Fooing Nets"),
    ...  ("We fuse views in quaternion-valued neural networks (QNN).", "quaternion-valued neural networks"),
    ...  ("This leads to a new model for extractive tagging called ZAP-NET (Zap Net).", "ZAP-NET"))]
    [False, False, False]
    """
    if not name or name.rsplit(None, 1)[-1].lower() in _SYSTEM_HEADS:
        return False
    at = text.find(name + " (")
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at = text.find(name + " (", at + 1)
    return at > 0 and _APPLIED_BEFORE.search(text, max(0, at - 60), at) is not None


def _task_short(text: str, found, name: str) -> bool:
    """A proposal the abstract writes in brackets right after a Task's name ("for speech tagging (STG) models"):
    the task's short form, what the paper's models are for, not its system.

    >>> from types import SimpleNamespace as NS
    >>> t = "We search speech tagging (STG) models."
    >>> f = NS(entities=[(10, 24, T.TASK, "speech tagging", "lexicon"), (26, 29, T.METHOD, "STG", "name")])
    >>> _task_short(t, f, "STG"), _task_short(t, f, "speech tagging")
    (True, False)
    """
    return any(text.startswith(name + ")", p.end()) for c in found.entities
               if c[2] is T.TASK and (p := _TASK_PAREN.match(text, c[1])) is not None)


_TASK_PAREN = re.compile(r"\s*\(\s*")


def _describing(text: str, found, name: str) -> bool:
    """A proposal that is a phrase rule's guess of a Method written as a compound adjective before the kind of thing
    it describes ("a real-time, single-pass grasping method"; :func:`kg.extract.entityhood.describing_compound`):
    how the paper's system is built, no system; unless the paper proposes it right before its head word, the
    system's kind ("a two-pass approach": :func:`_with_head`). A name with aliases (a defined acronym) is a name."""
    return _with_head(text, name) == name and any(
        found.name(text, i) == name and c[2] is T.METHOD and c[4] in GUESS_RULES and not found.aliases.get(i)
        and describing_compound(text[c[0]:c[1]], text, c[1]) for i, c in enumerate(found.entities))


#: vague nouns that say how something is done, not what it is: "a fully automatic way", "an effective means"
_VAGUE_NOUNS = frozenset(("way", "ways", "manner", "means", "idea", "ideas"))


def _no_system(name: str) -> bool:
    """A proposal in lower case that names no system: words of the field only for what is no model nor technique
    ("knowledge graphs"; "convolutional recurrent network" is a kind of model, "residual learning" what the paper
    does), or a description whose head is a vague noun ("automatic way"). A name ("Transformer") may be one.

    >>> [_no_system(n) for n in ("knowledge graphs", "fully automatic way", "Residual Attention Network",
    ...                          "residual learning", "convolutional recurrent network", "graph kernel way")]
    [True, True, False, False, False, True]
    """
    if not name.islower():
        return False
    head = name.split()[-1]
    return head in _VAGUE_NOUNS or (generic(name) and not head.endswith("ing") and head not in KIND_HEADS)


#: the word after a name in a title, and a tool phrase after it: "(AMR) Parsing", "(Sequence Labeling) via"
_WORD_AFTER = re.compile(r"\s+([A-Za-z-]+)")


_TOOL_AFTER = re.compile(r"\s+(?:via|using|with|by|based on)\s", re.I)


def _task_in_title(title: str, name: str) -> bool:
    """A proposal the title writes as what a task is of ("Neural AMR Parsing", "Capacitive ECG Denoising": the
    formalism parsed, the signal denoised), or as the task a tool does ("End-to-end Sequence Labeling via
    Bi-LSTM-CRF": the tool is the system); not a name the title opens on before its colon ("GAN Compression: ...").

    >>> [_task_in_title(t, n) for t, n in (("Neural QRL Parsing with Pointers", "QRL"), ("Noisy EEG Denoising", "EEG"),
    ...  ("Fast Chunk Labeling via Bi-LSTMs", "Fast Chunk Labeling"), ("ZIP Compression: Small Nets", "ZIP Compression"),
    ...  ("QRLNet for Parsing", "QRLNet"))]
    [True, True, True, False, False]
    """
    at = title.find(name) if name else -1
    if at < 0 or (at > 0 and (title[at - 1].isalnum() or title[at - 1] == "-")):
        return False
    end = at + len(name)
    after = _WORD_AFTER.match(title, end)
    if after is not None and after.group(1).lower() in TASK_HEADS:
        return True
    return name.split()[-1].lower() in TITLE_TASK_HEADS and _TOOL_AFTER.match(title, end) is not None


def _task_in_body(text: str, name: str) -> bool:
    """A proposal the abstract writes, somewhere, as what a task is of, right before a task's head word ("a new
    transition system for QRL parsing", "the QRL alignment": the formalism parsed, as :func:`_task_in_title` reads a
    title), not the system; read at each place the name is written, with no pattern per name.

    >>> [_task_in_body(t, "QRL") for t in ("We propose a QRL aligner and a system for QRL parsing.",
    ...                                     "We propose QRL, a parser. QRL beats others.", "QRLNet parsing wins.")]
    [True, False, False]
    """
    at = text.find(name) if name else -1
    while at >= 0:  # (a whole word: not "QRL" of "QRLNet parsing")
        if not (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-")):
            after = _WORD_AFTER.match(text, at + len(name))  # (the word after, space-separated: not "QRLNet")
            if after is not None and after.group(1).lower() in TASK_HEADS:
                return True
        at = text.find(name, at + 1)
    return False


def _data_slot_name(text: str, name: str) -> bool:
    """``name`` is written where the text lists data with their figures ("superior performance compared to other
    methods on NMNIST (99.6%)"): a data set, not the paper's model (:func:`_data_slot`).

    >>> _data_slot_name("We beat others on ZMNIST (99.6%) and on B (69.2%).", "ZMNIST")
    True
    """
    at = text.find(name) if name else -1
    while at >= 0:  # each place the name is written, read with two fixed patterns (no pattern per name)
        if FIGURE_PAREN.match(text, at + len(name)) and _SLOT_BEFORE.search(text, max(0, at - 20), at):
            return True
        at = text.find(name, at + 1)
    return False


#: the data slot right before a name: "on ", "in the "
_SLOT_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$")


def _side_proposal(text: str, name: str) -> bool:
    """``name`` is only proposed "also", besides what the paper is about ("Finally, we also propose Fast NMS, a
    faster replacement for NMS"): a side contribution, not the system the paper's figures are of.

    >>> _side_proposal("We present a fast model. We also propose Quick NMS, a drop-in for NMS.", "Quick NMS")
    True
    """
    if not any(_ALSO.search(w.group(0)) for w in _PROPOSE_WINDOW.finditer(text)):
        return False  # no "also" where the text proposes anything: no per-name pattern to compile
    m = re.search(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)\w*\s+"
                  r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?" + re.escape(name) + r"\b", text, re.I)
    return m is not None and _ALSO.search(m.group(0)) is not None


#: where a text proposes something, with the words up to a name after the verb (:func:`_side_proposal`)
_PROPOSE_WINDOW = re.compile(r"\b(?:we|this (?:paper|work))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|design)"
                             r"\w*\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}", re.I)


_ALSO = re.compile(r"\balso\b", re.I)


#: the head a lowercase proposal modifies where the paper proposes it: "a novel two-pass approach", "an online
#: matching framework" (not a part's head: "an objective function", "a post-processing scheme" stay as they are)
_HEAD_AFTER = re.compile(r"\s(approach|method|framework|model|algorithm|system|network|architecture|pipeline)\b(?!-)")


#: the head of a step of a pipeline or of training, which a paper may design but which names no system alone
_STEP_HEAD = re.compile(r"(?:^|\s)((?:\w+\s)?)(?:functions?|procedures?|(?:pre-?|post-?)?processing|initiali[sz]ations?)$")


def _bare_part(name: str) -> bool:
    """A proposal in lower case that is a step of a pipeline or of training with no name of its own: the step's
    head alone or after one word that says its kind ("objective function", "post-processing", "data preprocessing");
    what "we" achieve is the system's, not the step's. A step the paper describes further is its own
    ("repulsive loss function", "pairwise ranking loss function").

    >>> [_bare_part(n) for n in ("objective function", "data pre-processing", "post-processing",
    ...                          "repulsive loss function", "Parameter Re-Initialization", "lane representation")]
    [True, True, True, False, False, False]
    """
    m = _STEP_HEAD.search(name)
    return name.islower() and m is not None and m.start() == 0


def _with_head(text: str, name: str) -> str:
    """A lowercase proposal with the head word it modifies where the paper proposes it (:data:`_HEAD_AFTER`):
    the proposal kg found is a modifier ("two-pass", "online matching"), a kind of what the paper builds, and
    the system is the whole phrase ("two-pass approach"); a name, or a proposal no head follows, as it is.

    >>> _with_head("T\\n\\nWe present a novel two-pass approach to unify ... The two-pass model wins.", "two-pass")
    'two-pass approach'
    >>> _with_head("T\\n\\nWe propose two-pass decoding. A two-pass approach is slow.", "two-pass")
    'two-pass'
    """
    if not name.islower() or generic(name):
        return name
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if PROPOSES.search(text, max(0, text.rfind(". ", 0, m.start()) + 1), m.start()):
            head = _HEAD_AFTER.match(text, m.end())
            return f"{name} {head.group(1)}" if head else name
    return name


def unshouted(text: str, name: str | None) -> str | None:
    """A method written in capitals ("DYNAMIC EVALUATION", "COMMONSENSEQA": a title set in capitals) as the
    abstract writes it in another case ("dynamic evaluation", "CommonsenseQA"; a mention inside a sentence
    before one opening it), else a phrase of ordinary words in Title Case ("LIGHTWEIGHT MULTI-BRANCH NETWORK"
    reads "Lightweight Multi-Branch Network"); an acronym the abstract writes in capitals too stays as it is.

    >>> unshouted("DYNAMIC EVALUATION OF MODELS\\n\\nDynamic evaluation adapts models. We use dynamic evaluation.",
    ...           "DYNAMIC EVALUATION")
    'dynamic evaluation'
    >>> unshouted("LIGHT BRANCH NETWORK\\n\\nWe train it.", "LIGHT BRANCH NETWORK"), unshouted("T\\n\\nBERT wins.", "BERT")
    ('Light Branch Network', 'BERT')
    """
    if not name or name != name.upper() or sum(ch.isalpha() for ch in name) < 5:
        return name
    body = text[text.find("\n") + 1:]
    forms = [(m.start(), m.group(0)) for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body, re.I)
             if m.group(0) != name and "/" not in _token(body, m.start(), m.end())]  # (not "github.com/x/unilm")
    inner = [f for at, f in forms if body[:at].rstrip(" ")[-1:] not in ".!?:\n"]  # (not opening a sentence)
    if inner or forms:
        return (inner or [forms[0][1]])[0]
    if " " not in name:
        return name

    def word(m: re.Match) -> str:  # a word the abstract writes in lower case, or an ordinary one, is no acronym
        w = m.group(0)
        return w.capitalize() if len(w) > 5 or common_word(w) or re.search(rf"\b{w.lower()}\b", body) else w
    return re.sub(r"[A-Za-z]+(?:'[A-Za-z]+)?", word, name)


def _token(text: str, s: int, e: int) -> str:
    """The run of text without spaces around ``text[s:e]``."""
    return re.search(r"\S*$", text[:s]).group(0) + text[s:e] + re.match(r"\S*", text[e:]).group(0)


def _own_of_part(text: str, found, proposed: list[str], main: str, named: str | None) -> Own | None:
    """What "we" stand for in a paper whose main proposal ``main`` is a part of a model (:func:`is_part`): the
    next proposal that is no part, else the model the paper proposes besides (:func:`_used_model`: "proposes a
    novel Foo (FOO-GAN) network ... we propose a Bar (BR) module"), else a proposal that is a part by the word after
    it only ("a feature selective (FS) module" of a "Feature Selective Module"), else the title's name. ``None``
    when ``main`` is that proposal itself: a "Cycle Transformer (CyT) module" is all the paper proposes, its model."""
    model = _main_long(text, found, [n for n in proposed if not is_part(text, n)])
    used = None if model else _used_model(text, found, True)
    if not model and not used:
        loose = [n for n in proposed if not is_part(text, n, after=False)]
        if main in loose:
            return None
        model = _main_long(text, found, loose)
    return Own(used or (_as_written(text, found, model) if model else named), _as_written(text, found, main))


def _own_acronym_defs(text: str, found):
    """The Methods no lexicon knows that the abstract defines an acronym for, as ``(i, entity, aliases)``: not a
    kind of model ("CNNs") by their name or acronym, not data (:func:`_acting_acronym`, :func:`_title_acronym`)."""
    for i, c in enumerate(found.entities):
        al = found.aliases.get(i)
        if c[2] is not T.METHOD or not al or c[4].startswith("lexicon") or generic(found.name(text, i)) \
                or generic(al[0]) or _called_data(text, al[0]):
            continue
        yield i, c, al


def _acting_acronym(text: str, found) -> str | None:
    """The acronym the abstract defines for a Method no lexicon knows where the paper proposes it, and then writes
    as a sentence's subject, acting ("we propose an edge detector using richer convolutional features (RCF). RCF
    encapsulates all ..."): the paper's own system in an abstract whose proposals name none (not a kind of
    model, "CNNs"; not data).

    >>> from kg.extract import build_nlp
    >>> t = "Edge Cues\\n\\nWe propose a detector using deeper merged cues (DMC). DMC fuses all layers."
    >>> _acting_acronym(t, build_nlp()(t).user_data["kg"].findings)
    'DMC'
    """
    for _i, c, al in _own_acronym_defs(text, found):
        s0 = text.rfind(". ", 0, c[0]) + 1
        if not _OWN_PROPOSAL.search(text, s0, c[0]) or _DATA_WORD_RE.search(text, max(s0, c[0] - 40), c[0]):
            continue  # defined where the paper proposes it, not as data ("collect a dataset called ... (MUSES)"), a
            # stage of its approach ("Our approach has two stages, i.e., Domain Diversification (DD)") or its subject
        if _subject_opens(text[c[1]:], al[0]):
            return al[0]
    return None


def _subject_opens(text: str, acronym: str) -> list[str]:
    """The sentences of ``text`` that open on ``acronym`` as their subject, acting ("RCF encapsulates", "The SOQ
    clearly outperforms"): their openings."""
    return re.findall(rf"(?:^|[.!?]\s+)(?:The\s+)?{re.escape(acronym)}\s+(?:\w+ly\s+)?[a-z]+s\b", text, re.M)


def _claiming_acronym(text: str, found, main: str) -> str | None:
    """The acronym the abstract defines for a Method no lexicon knows, other than the lower-case proposal ``main``,
    that at least two later sentences open on as their subject ("SOQ is faster ... SOQ outperforms ..."): the system
    the abstract speaks for, where what it proposes in words is an ingredient ("we introduce dense anchors").

    >>> from kg.extract import build_nlp
    >>> t = ("T\\n\\nThe best cues are Merged Deep Cues (MDC). We introduce dense anchors to seed them. "
    ...      "MDC is fast. MDC beats all.")
    >>> _claiming_acronym(t, build_nlp()(t).user_data["kg"].findings, "dense anchors")
    'MDC'
    """
    for i, c, al in _own_acronym_defs(text, found):
        if found.name(text, i).lower() == main.lower():
            continue  # the proposal's own acronym ("bitemporal image transformer (BIT)"): the proposal as written
        if len(_subject_opens(text[c[1]:], al[0])) >= 2:
            return al[0]
    return None


def _title_acronym(text: str, found, title: str) -> str | None:
    """The acronym the abstract defines for a Method no lexicon knows whose words the title names as its subject
    ("Supervised Contrastive Learning" of "the supervised contrastive (SupCon) loss", "... with Triadic Motif
    Fields" of "Triadic Motif Field (TMF)"; a plural may differ, and the head word of the definition's kind): the
    paper's own system, named in the abstract by its acronym only (not a kind of model, "CNNs"; not data; not
    what the title writes as a task's or a study's object: "... for Named Entity Disambiguation").

    >>> from kg.extract import build_nlp
    >>> t = "Skewed Margin Pooling\\n\\nWe study the skewed margin (SkeM) loss. We reach 80% on X."
    >>> _title_acronym(t, build_nlp()(t).user_data["kg"].findings, "Skewed Margin Pooling")
    'SkeM'
    """
    said = _plain_words(title)
    for _i, c, al in _own_acronym_defs(text, found):
        if c[5] or known_name(al[0]):
            continue
        words = _plain_words(_ACRONYM_PAREN.sub(" ", text[c[0]:c[1]]))
        after = _NEXT_WORD.match(text, c[1])  # "the skewed margin (SkeM) loss" with the head outside the name
        headed = bool(words) and _kind_word(words[-1])
        words = words[:-1] if headed else words  # "the supervised contrastive (SupCon) loss": the title may name its kind
        headed = headed or after is not None and _kind_word(after.group(1).lower())
        if len(words) >= 2 and not known_name(" ".join(words)) and _title_subject(said, words, headed):
            return al[0]
    return None


#: an acronym in parentheses inside a definition: "supervised contrastive (SupCon) loss"
_ACRONYM_PAREN = re.compile(r"\s*\([^()]*\)\s*")


#: the word after a definition, past its acronym: "skewed margin (SkeM) loss"
_NEXT_WORD = re.compile(r"(?:\s*\([^()]*\))?\s+([\w-]+)")


def _kind_word(word: str) -> bool:
    """A head word of a kind of model or of a part of one ("network", "loss"), in lower case."""
    return word in KIND_HEADS or PART_HEAD.search(word) is not None


#: the words of a title that open the phrase of its means: "... with Triadic Motif Fields", "... via Feature Distillation"
_TOOL_WORDS = frozenset(("with", "via", "using", "by", "through"))


#: the words before a title's subject that make it an object: "Revealing the Myth of", "for", "normal versus"
_OBJECT_WORDS = (FUNCTION_WORDS | TITLE_NP_STOP | {"versus", "vs"}) - {"and"}


#: the words after a phrase that end it in a title ("Evolution Strategies as ...", "... Fields and Application")
_PHRASE_END = TITLE_NP_STOP | {"and", "or", "as", ":"}


def _plain_words(phrase: str) -> list[str]:
    """``phrase``'s words (and colons) in lower case, without a plural's "s" ("Triadic Motif Fields": triadic motif field)."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[\w-]+|:", phrase.lower())]


def _title_subject(said: list[str], words: list[str], headed: bool) -> bool:
    """The title's words ``said`` hold ``words`` as its subject or its means: at its opening (after its colon, or after
    words of no function: "Fast and Simple ...") or after a word of means ("with"), and ending there (or one word
    later when the definition's own head word was dropped: "Supervised Contrastive Learning"); not an object
    ("for Named Entity Disambiguation") nor a modifier of another phrase ("Intracranial EEG Quantitative Analysis")."""
    n = len(words)
    for j in range(len(said) - n + 1):
        if said[j:j + n] != words:
            continue
        head = said[:j]
        before = head[len(head) - head[::-1].index(":"):] if ":" in head else head  # (after the title's last colon)
        after = said[j + n:]
        if (before and before[-1] in _TOOL_WORDS or not _OBJECT_WORDS.intersection(before)) \
                and (not after or after[0] in _PHRASE_END or headed and (len(after) == 1 or after[1] in _PHRASE_END)):
            return True
    return False


#: a sentence where the paper proposes something, up to a name: "In this paper, we propose an edge detector using"
_OWN_PROPOSAL = re.compile(r"\b(?:we|our|this (?:paper|work))\b[^.;]*\b(?:propos|present|introduc|develop|design)\w*\b", re.I)


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


#: a name that modifies what is proposed: "a U-Net based discriminator", "BERT-based ensembles"
BASED = re.compile(r"-?\s?based\b", re.I)


#: what may follow a name before the sentence goes on: its acronym "(FCRN)", a citation "(Dean et al., 2012)",
#: or the ")" closing an acronym
_ACRONYM_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\)|\))?")


#: a model used as a part or a reference: "as the backbone of", "for feature extraction", "as a teacher"
_AS_PART = re.compile(r"\s+(?:as|for)\s+(?:an?\s+|the\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:backbones?|encoders?|"
                      r"baselines?|teachers?|features?|feature extract\w*)\b", re.I)


def _used_model(text: str, found, propose_only: bool = False) -> str | None:
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
        if we and not BASED.match(text, c[1]) and found.name(text, i) not in found.proposed and not _DATA_WORD_RE.search(we.group(0)) and not _called_data(text, name) \
                and not any(r.match(text, e) for r in (NOT_THE_MODEL, NOT_OURS_AFTER, COMPONENT, _AS_PART)) \
                and not PART_HEAD.search(name):
            return short_name(text, found, i)
    return None


#: a title that opens on a name: "Glyce: Glyph-vectors for ...", "(... ICLR 2020) ALBERT: A Lite BERT ..."
_TITLE_NAME = re.compile(r"(?:^|\s)([A-Za-z][\w+.-]*[A-Za-z0-9+])\s?:\s")


def _title_name(title: str, body: str = "") -> str | None:
    """The name a title opens on before its colon: the one word there, or the last word when it is written
    as a name (a capital or digit inside: "ALBERT" after a running header); a description is no name, nor a
    last word of a title in capitals that ``body`` (the abstract) writes in lower case, an ordinary word
    ("BREAKING THE SOFTMAX BOTTLENECK: ..." of "a Softmax bottleneck"; not in a link: "github.com/x/ibot")."""
    m = next((m for m in _TITLE_NAME.finditer(title) if not re.search(r",\s*$", title[:m.start(1)])), None)
    if m is None:
        return _dash_name(title, body)
    if m.start(1) > 80:  # (not the last word of a list, "STUDENT, PROF, COLLABORATOR: ...": a header)
        return None
    word = m.group(1)
    whole = title[:m.end(1)].strip()
    if whole == word and not word.islower() and not word.isdigit():
        return word
    if word.isupper() and (common_word(word) or _lower_in_body(word, body)):
        return None  # "... ARRHYTHMIA DETECTION: A ..." in capitals: a word of the title, not a name
    return word if _name_shaped(word) else None


def _lower_in_body(word: str, body: str) -> bool:
    """``body`` (the abstract) writes ``word`` in lower case, as a word of its own (not in a link: "github.com/x/ibot")."""
    return re.search(rf"(?<![\w/.-]){re.escape(word.lower())}(?![\w/-])", body) is not None


def _name_shaped(word: str) -> bool:
    """A title's word written as a name: a capital or a digit inside, and two letters in a row."""
    return bool(shaped(word[1:]) and re.search(r"[A-Za-z]{2}", word))


#: a title that opens on one word and a dash before its description: "FooSat - A Learning Framework for ...",
#: "FooSat -A ...", "FooSat – ..." (a spaced dash; "Self-Supervised ..." is one word)
_DASH_NAME = re.compile(r"\s*([A-Za-z][\w+.-]*[A-Za-z0-9+])\s+(?:--?|[–—])\s*(?=[A-Z])")


def _dash_name(title: str, body: str) -> str | None:
    """The name a title without a colon opens on before a spaced dash, as :func:`_title_name` reads the last word
    before a colon: one word written as a name (a capital or a digit inside: "FooSat", "ZORB"); not a capitalised
    word ("Patch -Localized ...": a word the PDF spaced off its compound), nor an ordinary word in capitals or one
    the abstract writes in lower case.

    >>> [_dash_name(t, "") for t in ("FooSat - A Framework for Imagery", "ZORB -Two Views Are Better", "Patch -Localized Depth")]
    ['FooSat', 'ZORB', None]
    """
    m = _DASH_NAME.match(title)
    word = m.group(1) if m else ""
    if not _name_shaped(word) or (word.isupper() and common_word(word)) or _lower_in_body(word, body):
        return None
    return word


def _main_long(text: str, found, names: list[str]) -> str | None:
    """The first Method of ``names`` (:func:`kg.extract.proposals.main_method`) that is no title phrase, nor
    one of two Methods the paper names together (:func:`_coordinated`)."""
    paired = _coordinated(text, found, names)
    names = [n for n in names if n not in paired and (not title_phrase(n) or any(
        found.name(text, i) == n and found.aliases.get(i) for i in range(len(found.entities))))]
    # ("See and Read", "Deeper vs Wider": a paper's title, not a method's name; the next proposal may be)
    return main_method(text, found, names) if names else None


def _coordinated(text: str, found, names: list[str]) -> set[str]:
    """The Methods of ``names`` named joined to another of them ("two detectors, named FooNet-S and BarNet-L", a
    title's "FooNet and BarNet: ..."): the paper proposes both, so neither alone is what "we" and "our model"
    stand for (not "FooNet and RPN are ...", names the paper uses together).

    >>> from kg.extract.rules import Candidate
    >>> from kg.extract.findings import DocFindings
    >>> t = "We propose two detectors named FooNet-S and BarNet-L, and the ZapSet data."
    >>> f = DocFindings()
    >>> f.entities = [Candidate(t.find(n), t.find(n) + len(n), k, 90, "named")
    ...               for n, k in (("FooNet-S", T.METHOD), ("BarNet-L", T.METHOD), ("ZapSet", T.DATASET))]
    >>> sorted(_coordinated(t, f, ["FooNet-S", "BarNet-L", "ZapSet"]))
    ['BarNet-L', 'FooNet-S']
    """
    spans = sorted((c[0], c[1], found.name(text, i)) for i, c in enumerate(found.entities)
                   if c[2] is T.METHOD and c[4] in NAMING_RULES and found.name(text, i) in names)
    out: set[str] = set()
    for (_, end, a), (start, _, b) in zip(spans, spans[1:]):
        if a != b and end <= start and JOINED_NAMES.fullmatch(text, end, start):
            out |= {a, b}
    return out


def _as_written(text: str, found, name: str) -> str:
    """A proposal as results write it: its acronym when the paper defines one (:func:`short_name`)."""
    ents = found.entities
    same = sorted((i for i in range(len(ents)) if found.name(text, i) == name), key=lambda i: not found.aliases.get(i))
    return short_name(text, found, same[0]) if same else name  # (the mention that defines its acronym first)


_TITLE_WORDS = re.compile(r"\s(?:and|or|in|at|vs\.?|versus|between|for|with|to|is|are|as|from|by|on|needed|via|using|has|have|been|"
                          r"this|what|how|why|do|does)\s", re.I)


def title_phrase(name: str) -> bool:
    """A name that reads as a phrase or a title rather than a method's name: a function word inside."""
    if re.match(r"(?:the|an?)\s", name, re.I) and not any(shaped(w[1:]) for w in name.split()):
        return True  # "The Perfect Match": a title's slogan opens on an article, a name seldom does
    return bool(_TITLE_WORDS.search(f" {name} ")) and len(name.split()) >= 3


def short_name(text: str, found, i: int) -> str:
    """A method's name for a result: its acronym when the paper defines one ("LoFiT"), as leaderboards do,
    also where the text writes the acronym again ("FANet reaches"); the linker knows it as an alias of the
    same entity."""
    al = found.aliases.get(i)
    written = text[found.entities[i][0]:found.entities[i][1]]
    if al and len(written) > len(al[0]) and written.lower().startswith(al[0].lower()):
        return written  # "MoGA-A", a variant of the acronym "MoGA", is not MoGA
    if al:
        return al[0]
    name = found.name(text, i)
    return written if found.entities[i][4] == "acronym-ref" and len(written) < len(name) else name  # "FANet reaches"
