"""The name a paper's title gives its own system, for results whose method the abstract leaves unnamed.

A title names the paper's system in a few shapes besides "Name: ..." (:func:`.own_names.title_name`): a
shared-task entry ("BomJi at SemEval-2018 Task 10: ..."), the tool a task is done with at the title's end
("Automatic Polyp Segmentation using U-Net-ResNet50", "... Convolutional Neural Networks with Cutout",
"Video Object Segmentation using Space-Time Memory Networks"), and a variant of the proposal's name that
the title opens on ("Light-Weight RefineNet for Real-Time Semantic Segmentation" when the abstract calls
the base network RefineNet). A name is written as one: each word capitalised or with a capital or digit
inside; words of the field alone ("Deep Convolutional Neural Networks", "ConvNets") name no system.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.lexicon_data import known_name
from kg.extract.padded_heads import lower_lead
from kg.extract.proposals import shaped
from kg.extract.boundaries import GRADE_KEYS
from kg.extract.words import BAD_MODIFIERS, FIELD_WORDS, KIND_HEADS, TITLE_TASK_HEADS_ALL

#: a word written as a name: capitalised, or a capital or a digit inside ("U-Net-ResNet50", "kNN")
_NAME_WORD = r"(?:[A-Z][\w+.'-]*|[a-z][\w-]*[A-Z0-9][\w+.-]*)"
#: "BomJi at SemEval-2018 Task 10: ...", "UPC at WMT19: ...", "Foo at the Bar 2020 Shared Task: ..."; the team's name and
#: the venue
_AT_VENUE = re.compile(rf"^({_NAME_WORD}(?: {_NAME_WORD})?) at ((?:the )?[A-Z][\w-]*[^:]*):|"
                       rf":\s+({_NAME_WORD}(?: {_NAME_WORD})?) at ((?:the )?[A-Z][\w-]*[^:]*)$")  # (or after the colon)
#: what marks the words after a title's "at" as a shared task or an evaluation campaign, not a scale or a setting ("at
#: Scale", "at Night"): a year or a task's number, or a word naming one
_VENUE_MARK = re.compile(r"\d|\b(?:task|tasks|challenge|competition|campaign|evaluation)\b", re.I)
#: "... using X", "... with X", "... via X" up to the title's end (or a colon or " for ")
_TOOL = re.compile(rf"\s(?:using|with|via|by|based on)\s+(?:an?\s+|the\s+)?({_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}})"
                   r"\s*(?:$|:|\sfor\s)")
#: a word that opens a tool phrase in a title
_TOOL_WORD = re.compile(r"\s(?:using|with|via|by|based on)\s")
#: words that together name a kind of model, not a system ("Deep Convolutional Neural Networks", "ConvNets")
_GENERIC = FIELD_WORDS | KIND_HEADS | {
    "convolutional", "recurrent", "convnet", "convnets", "cnn", "cnns", "rnn", "rnns", "lstm", "lstms", "gru",
    "transformer", "transformers", "attention", "self-attention", "graph", "graphs", "features", "feature",
    "random", "representations", "representation", "embeddings", "data", "supervision", "artificial",
    "intelligence", "networks", "multi-task", "multitask", "pre-training", "pretraining", "knowledge",
    "reinforcement", "adversarial", "generative", "memory", "residual", "encoder-decoder", "sequence",
    "language", "models", "fully", "end-to-end", "bayesian", "gaussian", "processes", "process", "kernels",
}


def _shouting(title: str) -> bool:
    """A title set in capitals, where every word looks like a name."""
    letters = [ch for ch in title if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) > 0.6 * len(letters)


def _generic(name: str) -> bool:
    """Words of the field only ("Deep Convolutional Neural Networks"), a phrase opening on a verb ("Exploring
    ...", "Improved ..."), a task or process ("Zero-Shot Object Detection", "Knowledge Distillation"), or one
    ordinary English word ("Flow"): no system's name."""
    words = re.split(r"[\s-]+", name.lower())
    last = words[-1]
    if all(w in _GENERIC for w in words) or (re.match(r"\w+(?:ing|ed)\b", words[0]) and not shaped(name.split()[0][1:])
                                            and last not in _SYSTEM_HEADS):
        return True
    if last in TITLE_TASK_HEADS_ALL or last in _DATA_WORDS or last.endswith(("tion", "sion", "ment", "ance", "ence", "ity",
                                                                             "shift")):
        return True
    return len(words) == 1 and last in _common()


def generic(name: str) -> bool:
    """A name made of words of the field only, or a generic model family ("generative adversarial network",
    "long short-term memory", "GANs"): a kind of model, not a system."""
    words = re.split(r"[\s-]+", name.lower())
    return all(w in _GENERIC or w.rstrip("s") in _GENERIC for w in words) or name.lower().rstrip("s") in _FAMILIES


#: model families written as acronyms or in words that name no one system
_FAMILIES = frozenset(("gan", "lstm", "rnn", "cnn", "gru", "mlp", "vae", "long short-term memory", "multilayer perceptron",
                       "variational autoencoder", "seq2seq", "sequence-to-sequence", "encoder-decoder"))


def _common() -> frozenset[str]:
    """The shipped ordinary English words (:func:`kg.link.lexicon_rows.common_words`)."""
    from kg.link.lexicon_rows import common_words  # noqa: PLC0415

    return common_words()


def title_system(title: str, body: str | None = None) -> str | None:
    """The system a title names besides a "Name:" head (see the module docstring), or ``None``. With the
    abstract's ``body``, a shared-task entry's name is the system only where the abstract writes it too, and not
    as the name of the group it comes from (:func:`_entry_written`).

    >>> title_system("BomJi at SemEval-2018 Task 10: Combining Vector- and Graph-based Information")
    'BomJi'
    >>> title_system("Automatic Polyp Segmentation using U-Net-ResNet50")
    'U-Net-ResNet50'
    >>> title_system("Improved Regularization of Convolutional Neural Networks with Cutout")
    'Cutout'
    >>> title_system("Robotic Grasp Detection using Deep Convolutional Neural Networks") is None
    True
    >>> title_system("Act Tagging using Stacked encoder with CRF") is None  # (CRF is a part of the tool)
    True
    >>> [title_system(t) for t in ("Matching Networks for One Shot Learning", "Optical Flow Guided Feature: A Fast "
    ...  "Motion Representation", "Deep Residual Learning for Image Recognition", "Learning Deep Features: A Study")]
    ['Matching Networks', 'Optical Flow Guided Feature', None, None]
    """
    if not title:
        return None
    entry = _entry_system(title)
    if entry or _shouting(title):
        return entry
    m = _AT_VENUE.search(title)
    if m and not _generic(m.group(1) or m.group(3)):
        entry = m.group(1) or m.group(3)
        return entry if body is None or _entry_written(body, entry) else None
    m = _TOOL.search(title)
    if m and not _generic(m.group(1)) and not _vague_kind(m.group(1)) \
            and not _TOOL_WORD.search(title, title.rfind(":", 0, m.start()) + 1, m.start()) \
            and (body is None or _tool_named(m.group(1), body)):
        return m.group(1)  # (not the last word of a longer tool: "... using Hierarchical encoder with CRF")
    m = _HEAD.match(title)  # "Optical Flow Guided Feature: ...", "Matching Networks for One Shot Learning"
    if m and not _generic(m.group(1)) and not _FUNCTION.search(f" {m.group(1)} ") and not _verb_phrase(m.group(1)) \
            and (m.group(2) == ":" or m.group(1).split()[-1].lower() in _SYSTEM_HEADS):
        return m.group(1)
    return None


#: a title that is all one system's name: "The Zorb 2019 Speech Translation System (for ...)"; the name is the phrase
#: after "The" up to its head "system"
_ENTRY_TITLE = re.compile(r"^\s*the\s+([A-Z0-9][\w&.'’-]*(?:\s+[\w&.'’-]+){0,9}?\s+systems?)(?:\s+(?:for|at)\s[^:]*)?\s*$", re.I)
#: what marks the phrase as one group's own system: a year, a possessive, or an acronym (in a title not set in capitals)
_OWNER_MARK = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])|\w['’]s\b")
_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-Z]{2,}(?![\w-])")
#: words that make the phrase a sentence or a description rather than a name ("The Case for a Tagging System")
_ENTRY_BREAKS = frozenset(("a", "an", "the", "is", "are", "with", "using", "via", "by", "in", "on", "to", "from", "toward",
                           "towards", "how", "what", "why", "into", "as", "case", "role", "design", "not"))


def _entry_system(title: str) -> str | None:
    """The system a title is the name of, as a group's entry is written: "The" and a phrase headed by "system" that
    a year, a possessive or an acronym marks as one group's own ("The Zorb 2019 Speech Translation System", "The
    University of Xanadu's Parsing System for ..."), without "The" and any "for"/"at" the venue or task follows.

    >>> [_entry_system(t) for t in ("The ACME 2021 English Speech Recognition System", "THE ZORB 2019 PARSING SYSTEM",
    ...  "The Xanadu Institute's Tagging System for Shared Task 3", "The Design of a Dialogue System 2020",
    ...  "The Speech Recognition System", "The ACME System Is Not Enough")]
    ['ACME 2021 English Speech Recognition System', 'ZORB 2019 PARSING SYSTEM', "Xanadu Institute's Tagging System", None, None, None]
    """
    m = _ENTRY_TITLE.match(title)
    if m is None or any(w.lower() in _ENTRY_BREAKS for w in m.group(1).split()):
        return None
    name = m.group(1)
    return name if _OWNER_MARK.search(name) or not _shouting(title) and _ACRONYM_WORD.search(name) else None


def entry_team(title: str, body: str) -> str | None:
    """The team a shared-task paper's title names as the entry's author ("Foo at BarEval-2019 Task 3: ...", "Team Qux at
    the Baz 2021 Shared Task: ..."; "Team" dropped), where the words after "at" are a campaign (a year, a task's
    number, "task", "challenge": :data:`_VENUE_MARK`) and the title or the abstract (``body``) says the authors are a
    team ("our team's system"): the name the team's entry goes by in the task's ranking, even where the abstract
    says only "our system". Not a phrase ("Face Search at Scale"), nor a group, a lab or a university the abstract
    calls the authors instead ("by the FOO Machine Translation group": no system's name, :func:`_entry_written`).

    >>> [entry_team(t, "Our team's tagger wins.") for t in ("Zorblab at the Quux 2021 Shared Task: Tagging Things",
    ...  "Fast Parsing: Zorblab at WQT21", "Face Search at Scale: A Study", "See Better at Night: A Model")]
    ['Zorblab', 'Zorblab', None, None]
    >>> [entry_team("Team QX at QuuxEval-2019 Task 4: Parsing", b) for b in ("Our parser wins.", "The QX lab's parser wins.")]
    ['QX', None]
    >>> entry_team("Zorblab at WQT21: Parsing", "Our parser wins.") is None  # (a team only the title names: a group or a place)
    True
    """
    m = _AT_VENUE.search(title) if title and not _shouting(title) else None
    if m is None or not _VENUE_MARK.search(m.group(2) or m.group(4)):
        return None
    written = m.group(1) or m.group(3)
    name = _TEAM.sub("", written)
    if _generic(name) or name == written and not _OUR_TEAM.search(body) or _organisation(body, name):
        return None
    return name


def _organisation(body: str, name: str) -> bool:
    """The abstract writes ``name`` as an organisation's: "the FOO Machine Translation group", "the FOO lab's"."""
    return any(_ORG_AFTER.match(body, at + len(name)) for at in _found_at(body, name))


def _found_at(body: str, name: str):
    """Every place ``body`` writes ``name`` (overlapping ones too)."""
    at = body.find(name)
    while at >= 0:
        yield at
        at = body.find(name, at + 1)


#: "Team" before a team's name in a title
_TEAM = re.compile(r"^Team\s+")
#: the abstract's word for its authors as a team: "our team", "our team's", "our NLP team"
_OUR_TEAM = re.compile(r"\bour\s+(?:[\w-]+\s+)?team\b", re.I)


def _tool_named(name: str, body: str) -> bool:
    """A title's closing tool phrase names a system unless the abstract never writes it and it is one word of
    ordinary English ("... with Style", "... with Natural-Language": each part a common word) or a
    phrase of tasks ("... aided by Semantic Tasks"); a phrase of several words is the paper's name for its
    method ("... via Pose-Guided Knowledge Transfer") even where the abstract words it otherwise.

    >>> [_tool_named(n, "We train a tagger.") for n in ("Natural-Language", "Style", "Deep Tagging Tasks",
    ...  "U-Net-ResNet50", "Pose-Guided Knowledge Transfer")]
    [False, False, False, True, True]
    >>> _tool_named("Cutout", "We apply cutout to images.")
    True
    """
    low = name.lower()
    if re.search(rf"(?<![\w-]){re.escape(low[:-1] if low.endswith('s') else low)}", body.lower()):
        return True
    words = low.split()
    if words[-1] in ("task", "tasks"):
        return False
    return len(words) > 1 or not all(common_word(part) for part in words[0].split("-"))


def _vague_kind(name: str) -> bool:
    """A title's phrase headed by a vague head ("model", "framework", "architecture": :data:`_VAGUE_HEADS`; not what a
    model is made of, "Superpoint Graphs") with fewer than two words before it besides the field's own ("deep",
    "learning", "neural": :data:`_GENERIC`), none written as a name: a kind of model the title speaks of ("with
    Non-neural Model", "with Deep Learning Ensemble Models"), not the paper's system ("Span Selection Model" names
    one, "Joint Model" none).

    >>> [_vague_kind(n) for n in ("Non-tree Model", "Deep Learning Bagging Models", "Span Selection Model",
    ...                           "Deep RoR Architecture", "Cascading Residual Network", "Leaf Graph Embeddings")]
    [True, True, False, False, False, False]
    """
    words = name.split()
    if words[-1].lower() not in _VAGUE_HEADS or words[-1].lower() in _MADE_HEADS or any(shaped(w[1:]) for w in words):
        return False
    return sum(w.lower() not in _GENERIC for w in words[:-1]) < 2


#: the words after a name that make it an organisation's: "the FOO Machine Translation group", "the BAR lab"
_ORG_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:group|lab|laboratory|department|institute|university|company)\b")


def _entry_written(body: str, entry: str) -> bool:
    """The abstract writes a shared-task entry's name ("This paper describes BomJi, a system ...") other than
    as the organisation it comes from ("by the FOO Machine Translation group"): a title's "Oxford at SemEval"
    or "Face Search at Scale" the abstract never writes names the team or a phrase, not the system.

    >>> [_entry_written(b, "FOO") for b in ("We describe FOO, a tagger.", "A tagger by the FOO NLP group.", "A tagger.")]
    [True, False, False]
    """
    for at in _found_at(body, entry):
        end = at + len(entry)
        if not (at > 0 and (body[at - 1].isalnum() or body[at - 1] == "-")) \
                and not (end < len(body) and (body[end].isalnum() or body[end] == "-")) and not _ORG_AFTER.match(body, end):
            return True
    return False


def _verb_phrase(name: str) -> bool:
    """A phrase opening on a gerund of a verb (:file:`verb_words.txt`, the words abstracts mostly use as verbs)
    with an object of two words or more: "Investigating Pretrained Language Models", an activity, not a
    name ("Matching Networks": the gerund modifies the head).

    >>> _verb_phrase("Investigating Pretrained Language Models"), _verb_phrase("Matching Networks")
    (True, False)
    """
    words = name.split()
    first = words[0].lower()
    if len(words) < 3 or not first.endswith("ing"):
        return False
    stem = first[:-3]
    return any(w in verb_words() for w in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    from kg.extract.ordinary_words import load_words
    return load_words("verb_words.txt")


#: a title that opens on a name in Title Case, before its colon or before "for"
_HEAD = re.compile(r"^\s*([A-Z][\w-]*(?: [A-Z][\w-]*){1,4})\s?(:|\s(?=for\s))")
_FUNCTION = re.compile(r"\s(?:And|Or|Is|Are|Of|In|On|At|To|The|A|An|With|Via|By|From|Towards?|Beyond|How|What|Why|"
                       r"When|Do|Does|Can|Learning|Rethinking|Revisiting|Improving|Understanding)\s")
#: what a title's "with X" may be instead of a system: data ("with Very Small Datasets", "with Noisy Labels")
_DATA_WORDS = frozenset(("data", "dataset", "datasets", "labels", "label", "annotations", "examples", "samples",
                         "images", "videos", "properties"))
#: the head words of a system's name: "Matching Networks", "Pointer Networks", "Capsule Network", "NITS-VC System"
_SYSTEM_HEADS = frozenset(("network", "networks", "net", "nets", "model", "models", "machine", "machines", "system", "systems",
                           "transformer", "transformers", "autoencoder", "autoencoders", "gan", "gans"))


def title_variant(title: str, main: str, body: str = "") -> str | None:
    """The title's longer name for ``main``, when the title opens on it with a variant word or two before it
    ("Light-Weight RefineNet for ...", "Fast R-CNN"), else ``None``; not a word ``body`` (the abstract) writes in lower
    case before the name (:func:`~kg.extract.padded_heads.lower_lead`: "an end-to-end Quokka Net" of "End-to-end ...").

    >>> title_variant("Light-Weight RefineNet for Real-Time Semantic Segmentation", "RefineNet")
    'Light-Weight RefineNet'
    >>> title_variant("Improving RefineNet for Segmentation", "RefineNet") is None
    True
    """
    if not main or _shouting(title):
        return None
    m = next((m for rx in (_VARIANT_TWO, _VARIANT_ONE) if (m := rx.match(title)) and title.startswith(main, m.end())
              and _NAME_END.match(title, m.end() + len(main))), None)  # (two words if they fit, else one)
    if m is None or m.group(1).split()[0].lower().endswith("ing") or m.group(1).lower() in _VERBS \
            or lower_lead([*m.group(1).split(), *main.split()], body, len(m.group(1).split())):
        return None
    return f"{m.group(1)} {main}"


#: the variant words a title opens on before a name: "Light-Weight", "Fast", "MS", "Cascade Mask-Scoring"
_VARIANT_WORD = r"(?:[A-Z][\w]*-[\w-]+|[A-Z]{2,}|[A-Z][a-z]+)"
_VARIANT_TWO = re.compile(rf"\s*({_VARIANT_WORD}\s[A-Z][\w]*-[\w-]+)\s")
_VARIANT_ONE = re.compile(rf"\s*({_VARIANT_WORD})\s")
#: where a name ends in a title
_NAME_END = re.compile(r"$|[\s:,]")


#: title openings that are verbs or function words, not variants of a name
_VERBS = frozenset(("improving", "rethinking", "revisiting", "towards", "toward", "on", "the", "a", "an", "beyond",
                    "learning", "training", "when", "why", "how", "what", "is", "are", "do", "does", "can", "making",
                    "boosting", "understanding", "scaling", "exploring", "analyzing", "analysing", "and", "from"))


def common_word(word: str) -> bool:
    """An ordinary English word or a task's head word, in any case ("DETECTION", "Flow")."""
    return word.lower() in _common() or word.lower() in TITLE_TASK_HEADS_ALL


#: the head words of a title's phrase that names what the paper trains or builds: a model's ("Sentence
#: Encoder", "Motion Vector CNNs") or a training technique's ("Noisy Student Training", "Feature Denoising")
_MODEL_HEADS = _SYSTEM_HEADS | frozenset(("cnn", "cnns", "rnn", "rnns", "encoder", "encoders", "detector", "detectors",
                                          "classifier", "classifiers", "architecture", "architectures", "parser", "parsers",
                                          "tagger", "taggers", "convnet", "convnets"))
#: the head words of what a paper may propose instead of a model, named by its title: a loss or a scheme
#: ("L2-constrained Softmax Loss for ...", "A BERT-based Distractor Generation Scheme with ...")
_PART_HEADS = frozenset(("loss", "losses", "scheme", "schemes", "framework", "frameworks", "approach", "algorithm"))
#: what else a title may open on as the paper's contribution ("Direction-aware Spatial Context Features for Shadow
#: Detection", "Spatially Conditioned Graphs for ..."): with two words or more before it (:data:`_VAGUE_HEADS`)
_MADE_HEADS = frozenset(("features", "graphs", "representations", "embeddings"))
_TECHNIQUE_HEADS = _MODEL_HEADS | _PART_HEADS | _MADE_HEADS | frozenset(("training", "self-training", "pre-training", "pretraining",
                                                           "denoising", "distillation", "augmentation", "attention",
                                                           "supervision"))
#: "Improved"/"Enhanced" before the phrase: the paper's own version of what the phrase names
_OWN_VERSION = r"(?:(?:Improved|Enhanced|Novel|New)\s+)?"
#: the phrase a title opens on, up to its colon, its " for " or its end: "Feature Denoising for ..."
_OPENING_PHRASE = rf"^\s*(?:(?:A|An|The)\s+)?{_OWN_VERSION}([A-Z][\w-]*(?:\s[A-Za-z][\w-]*){{1,5}}?)"
_OPENING = re.compile(_OPENING_PHRASE + r"\s?(?::|\s(?=(?i:for)\s)|$)")
#: the phrase a title opens on up to its first " with ": "Lightweight Foo Network with Bar Heads for ..." (read last: what
#: comes after "with" is often the paper's own technique, "Vision Transformers with Patch Diversification")
_OPENING_WITH = re.compile(_OPENING_PHRASE + r"\s(?=(?i:with)\s)")
#: what a title's phrase before "with" is headed by to be the paper's system: a model or a part of one ("... Network
#: with ...", "... Scheme with ..."), not a process or training, whose means the words after "with" are ("Efficient
#: Pretraining with Foo Detection", "Unsupervised Scene Adaptation with ...")
_WITH_HEADS = _MODEL_HEADS | _PART_HEADS
#: a one-letter symbol and its subscript digit a PDF converter spaced off before a hyphen: "L 2 -constrained" (L2-constrained)
_SPACED_SUBSCRIPT = re.compile(r"(?<![\w-])([A-Z]) (\d) -(?=[a-z])")
#: the phrase after the title's last "with"/"using"/"via", up to its end or a "for": "... with Enhanced Motion Vector
#: CNNs", "Parsing with Foo Bar Refinement for Baz", and as a title in Title Case writes them ("... Using Foo Networks")
_CLOSING = re.compile(rf"\s(?i:using|with|via|by)\s+(?:an?\s+|the\s+)?{_OWN_VERSION}({_NAME_WORD}(?:\s{_NAME_WORD}){{0,4}})"
                      r"\s*(?:$|\s(?=(?i:for)\s))")
#: function words inside a phrase: a clause ("Evolution of Image Classifiers"), not a name
_INNER_FUNCTION = re.compile(r"\s(?:and|or|of|in|on|at|to|the|an?|with|via|by|from|is|are|using|for|towards?|into|across|as|without|beyond|through|over)\s", re.I)


def title_technique(title: str) -> str | None:
    """The model or training technique a title names as its subject, for a paper that names no system
    (:func:`title_system`): the phrase it opens on, headed by a model's or a technique's word
    (:data:`_TECHNIQUE_HEADS`), or the model it ends with (a technique there is the means: "Robust Face
    Recognition via Knowledge Distillation"), else the model or part it opens on before "with" (:data:`_OPENING_WITH`:
    "Shallow Gated Tagging Network with Span Heads"), without an "Improved"/"Enhanced" before it, or the model it says the
    paper redesigns (:func:`_revised_model`: "Rethinking the Zorb Architecture for ..."); not words of the field
    alone ("Deep Convolutional Neural Networks"), nor a gerund opening a clause ("Learning Deep Features").

    >>> title_technique("Improved Noisy Student Training for Automatic Speech Recognition")
    'Noisy Student Training'
    >>> title_technique("Real-time Action Recognition with Enhanced Motion Vector CNNs")
    'Motion Vector CNNs'
    >>> title_technique("Q 1 -bounded Span Supervision for Tagging"), title_technique("Gated Tagging Network with Span Heads")
    ('Q1-bounded Span Supervision', 'Gated Tagging Network')
    >>> [title_technique(t) for t in ("Robotic Grasp Detection using Deep Convolutional Neural Networks",
    ...  "Robust Face Recognition via Knowledge Distillation",
    ...  "Large-Scale Evolution of Image Classifiers", "Investigating Pretrained Language Models for Graph-to-Text")]
    [None, None, None, None]
    """
    if not title:
        return None
    if _shouting(title):
        title = _title_case(title)  # "A DEEP REINFORCED MODEL FOR ...": read, and named, in Title Case
    title = _SPACED_SUBSCRIPT.sub(r"\1\2-", title)  # "L 2 -constrained Softmax Loss": L2-constrained
    for rx, heads in ((_OPENING, _TECHNIQUE_HEADS), (_CLOSING, _MODEL_HEADS), (_OPENING_WITH, _WITH_HEADS)):
        m = rx.search(title)
        if m is None:
            continue
        name = m.group(1)
        words = re.split(r"[\s-]+", name.lower())
        if (words[-1] in heads or rx is not _OPENING_WITH and _process(name, rx is _CLOSING)) and not generic(name) \
                and (not _INNER_FUNCTION.search(f" {name} ") or (rx is _OPENING and words[-1] in heads and _shared_head(name))) \
                and not (_verb_opening(words[0]) and words[0] not in _TECHNIQUE_HEADS) \
                and (words[-1] not in _VAGUE_HEADS or len(words) >= 3) and name.split()[0].lower() not in _VERBS \
                and not (rx is _CLOSING and _vague_kind(name)) \
                and not (words[-1] in _MADE_HEADS and words[0] in verb_words()) \
                and not (words[0].endswith("ed") and len(name.split()) < 3 and words[-1] not in _MODEL_HEADS) \
                and not re.match(r"\S+\s(?:your|our|their)\s", name, re.I) and "- " not in name:
            # ("Align Deep Features for ..."; "Unsupervised Training": a kind of training, not a name; "Distract
            # Your Attention": a verb and its object)
            return name
    return _revised_model(title)


#: a title opening on a verb of redesign and the model it redesigns: "Rethinking the Zorb Architecture for ...",
#: "Revisiting the Zorb Network" (the name, written as one, and its kind; up to a preposition, a colon or the end)
_REVISED = re.compile(rf"^\s*(?:Rethinking|Revisiting|Redesigning|Reconsidering)\s+the\s+({_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}?"
                      r"\s(?:Architecture|Network|Model)s?)(?=\s+(?:for|in|on|with)\s|\s*:|\s*$)")


def _revised_model(title: str) -> str | None:
    """The model a title says the paper redesigns ("Rethinking the Zorb Architecture for Vision"): the paper's
    own version of it is what its abstract's unnamed network is; not a model of the field's words alone
    ("Rethinking the Convolutional Network").

    >>> [_revised_model(t) for t in ("Rethinking the Zorb Architecture for Vision", "Revisiting the Zorb Network",
    ...  "Rethinking the Convolutional Network for Vision", "Rethinking the Zorb Loss for Vision")]
    ['Zorb Architecture', 'Zorb Network', None, None]
    """
    m = _REVISED.match(title)
    return m.group(1) if m and not generic(m.group(1)) else None


def _shared_head(name: str) -> bool:
    """A phrase of two modifiers joined by "and" before one head ("Bottom-Up and Top-Down Attention", "Foo and
    Bar Parsing Network"): the "and" is the only function word, one word before it (two words there are a
    thing of their own: "Synthetic Data and ..."), not a word that grades ("Simple and Effective Model": a
    description, no name), and a capitalised word and the head after it.

    >>> [_shared_head(n) for n in ("Left-Right and Right-Left Attention", "Foo and Bar Parsing Network",
    ...  "Features and Graph Embeddings", "Foo and Bar", "Latent Data and Bar Networks", "Simple and Effective Model")]
    [True, True, False, False, False, False]
    """
    before, sep, after = name.partition(" and ")
    tail = after.split()
    if not sep or " " in before or len(tail) < 2 or not tail[0][:1].isupper() or _INNER_FUNCTION.search(f" {after} "):
        return False
    word = before.lower()
    return word not in _TECHNIQUE_HEADS and word not in BAD_MODIFIERS and word.replace("-", "") not in GRADE_KEYS


#: the endings of a noun naming a process, what a paper may do to a model as its technique ("Rectification")
_PROCESS_ENDS = ("tion", "sion", "ment")


def _process(name: str, closing: bool) -> bool:
    """A phrase of two words or more headed by a noun naming a process that is no task's ("Prototype
    Rectification", "... with Latent Structure Refinement"; not "Object Detection") nor a word of the field, a kind
    ("Weak Supervision", "Pointer Attention"): a technique the paper applies, named as its own; at the title's end
    after "with"/"via" not one kg's lexicon knows, an established technique the paper uses as its means ("... via
    Knowledge Distillation").

    >>> [_process(n, False) for n in ("Prototype Rectification", "Object Detection", "Rectification", "Weak Supervision")]
    [True, False, False, False]
    >>> _process("Knowledge Distillation", True), _process("Patch Diversification", True)
    (False, True)
    """
    words = name.lower().split()
    last = words[-1].rsplit("-", 1)[-1]
    if len(words) < 2 or not last.endswith(_PROCESS_ENDS) or last in TITLE_TASK_HEADS_ALL or last in _GENERIC:
        return False
    return not closing or not known_name(name)


#: heads that name a system only with two words before them: "Span Selection Model", not "Joint Model"
_VAGUE_HEADS = frozenset(("model", "models", "framework", "frameworks", "approach", "algorithm", "scheme", "schemes",
                          "system", "systems", "architecture", "architectures", "attention", "supervision")) | _MADE_HEADS


def _verb_opening(word: str) -> bool:
    """A phrase's first word that reads as a verb: a gerund ("Learning Deep Features", "Exploring ..."), or a
    past form of a verb abstracts use as one (:file:`verb_words.txt`: "Improved", "Learned"); a participle of
    no such verb is an adjective of the name ("Unsupervised Data Augmentation", "Filtered Channel Features").

    >>> [_verb_opening(w) for w in ("learning", "improved", "learned", "unsupervised", "filtered", "deep")]
    [True, True, True, False, False, False]
    """
    if word.endswith("ing"):
        return True
    if not word.endswith("ed"):
        return False
    stem = word[:-2]
    return any(w in verb_words() for w in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem,
                                       stem[:-1] + "y" if stem.endswith("i") else stem))


def _title_case(title: str) -> str:
    """A title set in capitals, with its ordinary English words in Title Case and the rest (acronyms, names) as
    written: "DUAL-PATH RNN FOR SPEECH" reads "Dual-Path RNN for Speech"."""
    def word(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        if len(w) <= 5 and not common_word(w) and low not in verb_words():
            return w  # an acronym: "RNN", "GAN"
        return w.lower() if w.lower() in ("for", "of", "and", "or", "in", "on", "with", "to", "the", "a", "an") else w.capitalize()
    cased = re.sub(r"[A-Za-z]+", word, title)
    return re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(), cased)
