"""Rules that type a name by the words around it, as plain functions over text.

Each takes the text and the character spans of its cue words (found once per doc by a PhraseMatcher,
see :data:`kg.extract.rules.CUE_WORDS`) and returns :class:`~kg.extract.rules.Candidate` spans:

- :func:`dataset_context`: "the Multi-Human Parsing dataset" -> Dataset "Multi-Human Parsing"
- :func:`self_names`: "FooNet: ..." titles, "named/called/dubbed X", "we propose a new pooling, Name Here,"
- :func:`task_context`: "... for Sequence Labeling" in a title, "the task of relation extraction"
- :func:`drop_idle_metrics`: everyday-word metrics ("accuracy", "parameters") where nothing is measured
"""
from __future__ import annotations

import re
from bisect import bisect_right
from math import inf

from kg.extract import proposals, rules
from kg.extract.rules import Candidate
from kg.vocab import EntityType as T

Span = tuple[int, int]

# --- "the X dataset" ---------------------------------------------------------------------------------------

#: A name's word: capitalised ("Cityscapes"), a lower-case prefix before a capital ("nuScenes", "miniImageNet")
#: or digits before a letter ("3DPW", "300W"); never starting inside a word of the text.
_CAP_WORD = r"(?<![A-Za-z0-9])(?:[A-Z]|[a-z]+[A-Z]|\d+[A-Za-z])[A-Za-z0-9\-+.]*"
_CAP_TAIL = re.compile(r"((?:" + _CAP_WORD + r"|of|and|&)(?:\s+(?:" + _CAP_WORD + r"|of|and|&)){0,4})$")
_LEAD_DROP = {"of", "and", "&", "the", "a", "an", "our", "this", "new"}
_PLURAL_DATA_NOUNS = {"datasets", "benchmarks", "corpora", "corpuses", "suites", "collections", "databases"}
_NOT_LEAD = frozenset({"we", "in", "on", "for", "with"})
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)\s+$", re.I)


def dataset_context(text: str, data_nouns: list[Span]) -> list[Candidate]:
    """Capitalised names right before "dataset"/"benchmark"/"corpus" ("the Multi-Human Parsing dataset");
    names joined by "and" before a plural noun are one dataset each ("the SVHN and MNIST datasets").

    >>> t = "We test on the Multi-Human Parsing dataset."
    >>> [t[c.start:c.end] for c in dataset_context(t, [(35, 42)])]
    ['Multi-Human Parsing']
    >>> t = "We test on the SVHN and MNIST datasets."
    >>> [t[c.start:c.end] for c in dataset_context(t, [(30, 38)])]
    ['SVHN', 'MNIST']
    """
    out = []
    for noun_start, noun_end in data_nouns:
        end = noun_start
        while end > 0 and text[end - 1] == " ":
            end -= 1
        if end == noun_start:
            continue
        lo = max(0, end - 60)
        if end and text[end - 1] != "\n":
            # a match ends at `end` in a word of the last chunk: a capitalised word, "of", "and" or "&";
            # a lower-case chunk ending in none of them ("the dataset") cannot hold one, so skip the scan
            chunk = text[max(lo, text.rfind(" ", lo, end) + 1):end]
            if chunk.islower() and not chunk.endswith(("of", "and", "&")):
                continue
        mm = _CAP_TAIL.search(text, lo, end)
        if not mm:
            continue
        words = mm.group(1).split()
        # a word ending in a full stop ends a sentence: "... NTU120-X. Our dataset" names nothing new
        for i in range(len(words) - 2, -1, -1):
            if words[i].endswith("."):
                words = words[i + 1:]
                break
        # "the SVHN and MNIST datasets": a plural noun after names joined by "and" is a list of datasets
        groups = [words]
        if text[noun_start:noun_end].lower() in _PLURAL_DATA_NOUNS and any(w in ("and", "&") for w in words):
            groups, part = [], []
            for w in words:
                if w in ("and", "&"):
                    groups.append(part)
                    part = []
                else:
                    part.append(w)
            groups.append(part)
        joined = " ".join(words)
        pos = end - len(joined)
        if text[pos:end] != joined:
            continue
        for part in groups:
            if not part:
                continue
            joined = " ".join(part)
            part_start = text.find(joined, pos, end)
            if part_start < 0:
                continue
            pos = part_start + len(joined)
            if part[0] in ("A", "An") or _INDEFINITE_BEFORE.search(text, max(0, part_start - 4), part_start):
                continue  # "a Large Annotated Corpus", "A Scalable Dataset": a description, not a name
            while part and part[0].lower() in _LEAD_DROP:
                part = part[1:]
            if not part or part[0] in rules.NOT_NAMES or part[0].lower() in _NOT_LEAD \
                    or rules.not_a_name_shape(part[0]):
                continue
            name = " ".join(part)
            start = pos - len(name)
            out.append(Candidate(start, pos, T.DATASET, rules.PRI_CONTEXT, "dataset-context"))
    return out


# --- names a paper gives itself ----------------------------------------------------------------------------

_TITLE_NAME = re.compile(r"\s*([^:\n]{2,40}?)\s*:\s")
_GENERIC_TITLE = re.compile(r"^(?:a |an |the )?(?:survey|review|introduction|overview|tutorial|position|perspective|"
                            r"benchmarking|rethinking|revisiting|towards?|beyond|on|why|how|what|when|case study)\b", re.I)
_W = r"(?:[A-Z0-9](?:[\w\-+]|\.(?=\w))*|[a-z]+[A-Z](?:[\w\-+]|\.(?=\w))*)"
_CAP_SEQ = re.compile(_W + r"(?:\s+(?:(?:of|for|and|with|via|in|on|to|the)\s+)?" + _W + r"){0,7}")
_APPOSITIVE = re.compile(r",\s+(" + _W + r"(?:\s+" + _W + r"){1,6})\s*[,(]")
_NOT_TITLE_NAME = re.compile(r"\b(?:And|Or|Meets|Is|Are|Do|Does|Can|Should|Makes?|Goes|Not|All|You|We|Our|My|Your|"
                             r"Need|Needs|Via|From|Through)\b|\w+ly\b")
_NOT_NAMED_TAIL = re.compile(r"-(?:related|based|like|aware|specific)$")
_CAP_OR_DIGIT = re.compile(r"[A-Z0-9]")
_METHOD_WORD = re.compile(r"\b(?:method|model|network|learning)\b", re.I)


def title_name(text: str, title_end: int) -> Candidate | None:
    """The "Name: subtitle" head of a title (the title is ``text[:title_end]``), typed Dataset when the
    subtitle speaks of a dataset/benchmark/corpus and not of a method.

    >>> t = "FooBar: A Benchmark for Tiny Parsing"
    >>> c = title_name(t, len(t)); (t[c.start:c.end], c.type.value)
    ('FooBar', 'Dataset')
    """
    if text.find(":", 0, title_end) < 0:
        return None  # no "Name:" head (a cheap test before the regex)
    m = _TITLE_NAME.match(text, 0, title_end)
    if not m:
        return None
    name = m.group(1).strip()
    words = name.split()
    gerund_lead = len(words) > 1 and words[0].lower().endswith("ing")
    if not (1 <= len(words) <= 4) or _GENERIC_TITLE.match(name) or not _CAP_OR_DIGIT.search(name[1:] or name) \
            or name.endswith((".", "?", "!")) or gerund_lead or _NOT_TITLE_NAME.search(name):
        return None
    rest = text[m.end():title_end]
    is_data = rules.DATASET_CUES.search(rest) and not _METHOD_WORD.search(rest)
    start = m.start(1)
    return Candidate(start, start + len(name), T.DATASET if is_data else T.METHOD, rules.PRI_PROPOSED, "title-name")


#: "a challenging dataset called X", "a new benchmark, dubbed X": the name after the cue names the data
_DATA_NOUN_BEFORE = re.compile(
    r"\b(?:datasets?|benchmarks?|corpus|corpora|database|test suite|collection)\b[^.;:()]{0,12}"
    r"\b(?:named|called|dubbed|termed|coined|denoted|known|referred|which we call)\b[\w ]{0,12}[\s\"'\u201c]*$", re.I)


def self_names(text: str, title_end: int, windows: list[tuple[int, int, int]]) -> list[Candidate]:
    """Names a paper gives itself: the "Name: subtitle" head of the title, Title Case names after
    "named/called/dubbed" (strength-2 windows) and Title Case appositives in "we propose" sentences
    ("we propose a new pooling strategy, Multi-Layers Trainable Pooling, which ...").

    >>> t = "We design a sampler, dubbed Quick Walk Sampler, for graphs."
    >>> [t[c.start:c.end] for c in self_names(t, 0, [(28, 60, 2)])]
    ['Quick Walk Sampler']
    """
    out = []
    if title_end > 0:
        c = title_name(text, title_end) or title_np(text, title_end)
        if c is not None:
            out.append(c)
    for ws, we, strength in windows:
        if strength == 1:
            am = _APPOSITIVE.search(text, ws, we)
            if am and not _NOT_TITLE_NAME.search(am.group(1)):
                out.append(Candidate(am.start(1), am.end(1), T.METHOD, rules.PRI_PROPOSED, "named"))
            continue
        mm = _CAP_SEQ.match(text, ws)
        if not mm:
            continue
        name = mm.group(0).rstrip(".,;:")
        if len(name) < 2 or name in rules.NOT_NAMES or _NOT_NAMED_TAIL.search(name):
            continue
        etype = T.DATASET if _DATA_NOUN_BEFORE.search(text, max(0, ws - 60), ws) else T.METHOD
        out.append(Candidate(ws, ws + len(name), etype, rules.PRI_PROPOSED, "named"))
    return out


# --- tasks named by position -------------------------------------------------------------------------------

#: Heads of task phrases named in a title after "for" ("... for Sequence Labeling").
TITLE_TASK_HEADS = rules.TASK_HEADS | {
    "generation", "modeling", "modelling", "labeling", "labelling", "training", "embedding", "embeddings", "ranking",
    "understanding", "reasoning", "editing", "completion", "prediction", "extraction", "synthesis", "adaptation",
    "acceleration", "decomposition", "transcription", "selection", "learning", "forecasting", "search", "retrieval",
    "perception", "construction", "modelling",
}
_TITLE_FOR = re.compile(r"\b(?:for|towards?)\s+((?:[A-Za-z][\w\-]*\s+){0,5}[A-Za-z][\w\-]*)")
_TASK_OF = re.compile(r"\s+of\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)")
_TASK_STOP = {"a", "an", "the", "this", "these", "those", "our", "their", "its", "such", "many", "several", "various",
              "different", "downstream", "multiple", "other", "new", "novel", "challenging", "important", "both",
              "all", "each", "two", "three", "same", "specific", "complex", "diverse", "related", "target", "main",
              "general", "most", "more", "some", "any", "which", "that", "of", "and", "or", "in", "on", "to", "for"}
_TITLE_CUT = {"with", "via", "using", "in", "on", "from", "by", "through", "under", "and", "of"}


def task_context(text: str, title_end: int, task_nouns: list[Span]) -> list[Candidate]:
    """Tasks a paper names by position: "... for Sequence Labeling" in the title, "the task of X".
    ("X tasks" was tried and dropped: on the dev set it found more vague phrases than tasks.)

    >>> t = "Tiny Models for Sequence Labeling\\n\\nWe study the problem of relation extraction."
    >>> [t[c.start:c.end] for c in task_context(t, 33, [(48, 55)])]
    ['Sequence Labeling', 'relation extraction']
    """
    out = []
    title = text[:title_end] if title_end > 0 else ""
    if "for" in title or "toward" in title:  # words the regex needs: a cheap test first
        for m in _TITLE_FOR.finditer(title):
            words = m.group(1).split()
            for i in range(1, len(words)):
                if words[i].lower() in _TITLE_CUT:
                    del words[i:]
                    break
            while words and words[0].lower() in _TASK_STOP:
                words = words[1:]
            if not words or words[-1].lower() not in TITLE_TASK_HEADS or len(words) < 2:
                continue
            name = " ".join(words)
            start = title.find(name, m.start(1))
            if start >= 0:
                out.append(Candidate(start, start + len(name), T.TASK, rules.PRI_CONTEXT, "title-task"))
    c = title_task_np(text, title_end)
    if c is not None:
        out.append(c)
    stop = _TASK_OF_STOP
    for _, noun_end in task_nouns:
        m = _TASK_OF.match(text, noun_end)
        if not m:
            continue
        words = m.group(1).split()
        while words and words[0].lower() in stop:
            words = words[1:]
        cut = next((i for i, w in enumerate(words) if w.lower() in _TASK_STOP), len(words))
        words = words[:cut]
        if not words or words[-1].lower() in stop or len(" ".join(words)) < 5:
            continue
        if any(w.lower() in rules.NON_MODIFIERS for w in words) or not _task_phrase(words):
            continue
        name = " ".join(words)
        start = text.find(name, m.start(1), m.end(1))
        if start >= 0:
            out.append(Candidate(start, start + len(name), T.TASK, rules.PRI_HEAD + 5, "task-context"))
    return out


_CLAUSE_WORDS = frozenset({"whether", "including", "if", "how", "what", "why", "when", "where", "who", "whom",
                           "very", "so", "too", "quite", "rather", "even", "though", "although"})
_ADJECTIVE_END = ("al", "ar", "ous", "ive", "ic", "ible", "able")


def _task_phrase(words: list[str]) -> bool:
    """Whether words after "the task of" are a noun phrase, not a clause or fragment ("assessing whether",
    "estimating", "automatically learning"): no clause word or adverb, and a gerund only as a task head.

    >>> _task_phrase(["relation", "extraction"]), _task_phrase(["assessing", "whether"]), _task_phrase(["estimating"])
    (True, False, False)
    """
    low = [w.lower() for w in words]
    if any(w in _CLAUSE_WORDS or (w.endswith("ly") and w not in ("early", "family")) for w in low):
        return False
    last = low[-1]
    if len(low) == 1 and not (last in TITLE_TASK_HEADS or last.endswith(rules.TASK_NOUN_ENDS)):
        return False  # "monocular", "interest": one word must be a task head ("parsing", "segmentation")
    if last.endswith(_ADJECTIVE_END) and last not in TITLE_TASK_HEADS:
        return False  # "embed spatial": an adjective ends no task
    return not (last.endswith("ing") and last not in rules.ING_OK and last not in TITLE_TASK_HEADS)


_GERUND_LEAD = re.compile(r"(?:Scaling|Improving|Accelerating|Boosting|Enhancing|Advancing|Rethinking|Revisiting|"
                          r"Towards?|Benchmarking|Evaluating|Understanding|Democratizing|Simplifying)\s+")


_PRAISE = {"efficient", "effective", "improved", "fast", "robust", "comprehensive", "scalable", "adaptive", "unified",
           "accurate", "practical", "generalizable", "reliable", "interpretable", "explainable", "lightweight"}


#: Set unions the rules test against, built once (each is a few hundred words).
_TASK_OF_STOP = frozenset(_TASK_STOP | rules.BAD_MODIFIERS)
_TITLE_ONLY_TASK_HEADS = frozenset(TITLE_TASK_HEADS - rules.METHOD_HEADS)
_TITLE_NP_DROP = frozenset(rules.BAD_MODIFIERS | _PRAISE)
_TITLE_TASK_HEADS_ALL = frozenset(rules.TASK_HEADS | _TITLE_ONLY_TASK_HEADS)


def title_task_np(text: str, title_end: int) -> Candidate | None:
    """The task a title names as its first noun phrase: the subtitle's ("AutoInt: Automatic Feature
    Interaction Learning via ..."), the object of a leading gerund ("Scaling Large Language Model Training
    on ..."), or the whole title's ("Multi-turn Response Selection with ..."); it must end in a task head.

    >>> t = "FooNet: Unsupervised Sentence-Pair Modelling through Distillation"
    >>> c = title_task_np(t, len(t)); t[c.start:c.end]
    'Unsupervised Sentence-Pair Modelling'
    """
    title = text[:title_end] if title_end > 0 else ""
    if not title or "?" in title:
        return None
    colon = title.find(": ")
    start = colon + 2 if colon >= 0 else 0
    heads = TITLE_TASK_HEADS if colon >= 0 else _TITLE_ONLY_TASK_HEADS
    g = _GERUND_LEAD.match(title, start)
    if g:
        start, heads = g.end(), TITLE_TASK_HEADS
    # the noun phrase: the first word and those after it one space apart, up to a preposition or "and"/"or"
    run = _WORD_RUN.search(title, start)
    if run is None:
        return None
    words = run.group(0).split(" ")
    np = []  # their lower case
    for w in words:
        w = w.lower()
        if w in _TITLE_NP_STOP or w in ("and", "or"):
            break
        np.append(w)
    first = 0
    while first < len(np) and np[first] in _TITLE_NP_DROP:
        first += 1
    if not (2 <= len(np) - first <= 6) or np[first] in _TITLE_NP_NOT_FIRST:
        return None
    if np[-1] in ("embedding", "embeddings", "training") or np[-1] not in heads or \
            (np[first].endswith(("ing", "ed")) and np[first] not in rules.ED_OK):
        return None
    np_start = run.start() + sum(len(w) + 1 for w in words[:first])
    np_end = run.start() + len(" ".join(words[:len(np)]))
    if _names_its_method(title, colon, np_start, np_end):
        return None
    return Candidate(np_start, np_end, T.TASK, rules.PRI_CONTEXT, "title-task")


_FOR_TASK = re.compile(r"\s+for\s+((?:[A-Za-z][\w\-]*\s+){0,5}[A-Za-z][\w\-]*)")


def _names_its_method(title: str, colon: int, start: int, end: int) -> bool:
    """Whether a title's first noun phrase is the paper's method, not its task: spelt out by the acronym
    before the colon ("PCL: Proposal Cluster Learning ..."), or followed by "for" and a task ("Semantic
    Relation Reasoning for Few-Shot Object Detection": X for Y, Y is the task).

    >>> t = "Semantic Relation Reasoning for Few-Shot Object Detection"
    >>> _names_its_method(t, -1, 0, 27), _names_its_method("Dependency Parsing for Low-Resource Languages", -1, 0, 18)
    (True, False)
    >>> _names_its_method("PCL: Proposal Cluster Learning with Boxes", 3, 5, 30)
    True
    """
    if colon > 0:
        acro = title[:colon].strip()
        initials = "".join(w[0] for w in re.split(r"[\s\-]+", title[start:end]) if w).upper()
        if acro.isalpha() and acro.upper() == initials:
            return True
    m = _FOR_TASK.match(title, end)
    if m is None:
        return False
    words = m.group(1).split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _TITLE_CUT), len(words))
    return 0 < cut and words[cut - 1].lower() in rules.TASK_HEADS


# --- metrics that are also everyday words --------------------------------------------------------------------

#: Metric names that are also everyday words: a metric only where the sentence measures something.
VAGUE_METRICS = {"accuracy", "precision", "recall", "parameters", "latency", "speed", "inference speed",
                 "throughput", "memory usage", "inference time", "training time", "runtime", "error rate",
                 "efficiency", "success rate", "return", "memory footprint", "gpu memory", "model parameters",
                 "number of parameters", "speedup"}
_MEASURING_WORDS = (
    r"improv\w*|increas\w*|decreas\w*|reduc\w*|higher|lower|faster|slower|fewer|better|worse|"
    r"boost\w*|gain\w*|outperform\w*|achiev\w*|attain\w*|surpass\w*|drop\w*|degrad\w*|measured?|"
    r"evaluat\w*|in terms of|cost|saving\w*|speed-?ups?|times"
)
_MEASURING = re.compile(r"\d|\b(?:" + _MEASURING_WORDS + r")\b", re.I)
#: :data:`_MEASURING` for lower-cased ASCII text (its words are lower case), in two scans: without re.I and
#: with each word's first letter tested before the branches it is several times faster, with the same matches
_ASCII_DIGIT = re.compile(r"[0-9]")
_MEASURING_LOWER = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in _MEASURING_WORDS.split("|")})) + r"])(?:" + _MEASURING_WORDS + r")\b")


#: "parameters" is a metric only as a cost ("20x fewer parameters"), not as a model's size ("8B parameters").
PARAMETER_NAMES = {"parameters", "params", "model parameters", "number of parameters", "parameter count"}
_COST_CUE = re.compile(r"\b(?:fewer|less|more|additional|extra|trainable|tunable|learnable|number of|reduc\w*|only|"
                       r"saving\w*|overhead|increase in|fraction of|count)\b[^.;]{0,25}$", re.I)
_MODEL_SIZE = re.compile(r"\d(?:[\d.,]*)\s*(?:[BMKT]|billion|million|thousand|trillion)\s+$", re.I)
_NUM_BEFORE = re.compile(r"\d[\d.,]*\s*%?\s*(?:[A-Za-z][\w\-]*\s+)?$")
_NUM_AFTER = re.compile(r"\s*(?:scores?|metrics?|of|=|:|is|at|\(|reaches|improves? to)?\s*[-+]?\d")
_METRIC_NOUN_AFTER = re.compile(r"\s+(?:scores?|metrics?|values?)\b", re.I)
_IN_TERMS = re.compile(r"(?:in terms of|measured (?:by|with|in)|metrics?|measures?|such as)\s+(?:[\w\-]+\s+)?$", re.I)


_TOP_K = re.compile(r"top[- ]?\d+")


def _sentence_of(sents: list[Span], pos: int, default: Span) -> Span:
    """The sentence holding ``pos`` (``sents`` sorted and disjoint, as :func:`rules.sentences` gives)."""
    i = bisect_right(sents, (pos, inf)) - 1  # the last sentence starting at or before pos
    return sents[i] if i >= 0 and pos < sents[i][1] else default


def _measures(text: str, s0: int, s1: int) -> bool:
    """``bool(_MEASURING.search(text, s0, s1))``, on the lower-cased stretch when it is ASCII (with the
    character before it, which decides a ``\\b`` at ``s0``)."""
    lo = s0 - 1 if s0 > 0 else 0
    seg = text[lo:s1]
    if not seg.isascii():
        return bool(_MEASURING.search(text, s0, s1))
    seg = seg.lower()
    return bool(_ASCII_DIGIT.search(seg, s0 - lo) or _MEASURING_LOWER.search(seg, s0 - lo))


def metric_evident(text: str, start: int, end: int, sents: list[Span]) -> bool:
    """Whether a metric-shaped name is used as a measure here: a number beside it ("42.1 SUC",
    "SUC of 0.74"), "score" after it, or "in terms of"/"metrics such as" before it."""
    if _NUM_BEFORE.search(text, max(0, start - 16), start) or _NUM_AFTER.match(text, end, min(len(text), end + 24)):
        return True
    if _METRIC_NOUN_AFTER.match(text, end):
        return True
    return bool(_IN_TERMS.search(text, max(0, start - 40), start))


def filter_metrics(text: str, cands: list[Candidate], sents: list[Span]) -> list[Candidate]:
    """Drop metric mentions the context does not support:

    - everyday-word metrics (:data:`VAGUE_METRICS`, and generated lexicon phrases) in sentences that
      measure nothing ("Accuracy matters.");
    - "parameters" not stated as a cost ("a model with 8B parameters", "two parameters which ...");
    - generated lexicon acronyms ("TC", "PLE": also method names) and bare "Top-1" without a number or
      "score" beside them.

    >>> t = "Accuracy matters. We reach 90% accuracy."
    >>> c = [Candidate(0, 8, T.METRIC, 60, "lexicon"), Candidate(31, 39, T.METRIC, 60, "lexicon")]
    >>> [(x.start, x.end) for x in filter_metrics(t, c, rules.sentences(t))]
    [(31, 39)]
    """
    out = []
    whole = (0, len(text))
    metric = T.METRIC
    measuring: dict[Span, bool] = {}  # by sentence
    for c in cands:
        if c[2] is metric and c[4].startswith("lexicon"):  # (type, rule by index: faster than by name)
            name = text[c.start:c.end]
            low = name.lower()
            if low in PARAMETER_NAMES:
                before = text[max(0, c.start - 40):c.start]
                if _MODEL_SIZE.search(before) or not _COST_CUE.search(before):
                    continue
            elif low in VAGUE_METRICS or (c.rule == "lexicon-gen" and (" " in name or name.islower())):
                sent = _sentence_of(sents, c.start, whole)
                hit = measuring.get(sent)
                if hit is None:
                    hit = measuring[sent] = _measures(text, *sent)
                if not hit:
                    continue
            elif (c.rule == "lexicon-gen" or _TOP_K.fullmatch(low)) and not metric_evident(text, c.start, c.end, sents):
                continue  # "TC", "PLE" (also method names), "the Top-1 cluster"
        out.append(c)
    return out


# --- measures named by what is done to them ------------------------------------------------------------------

_NP_WORD = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
#: The same word read atomically, and space runs possessively (\s++): what follows either (a space, a letter)
#: never matches a character they could give back, so the regex tries no such split: the same matches, faster.
_NP_WORD_ATOMIC = r"(?>" + _NP_WORD + r")"
#: "reducing the vector count by 66%", "improves the space footprint of X by 6x"
_CHANGED_BY = re.compile(
    r"\s++(?:the\s++|its\s++|their\s++|our\s++|overall\s++)?"
    r"(" + _NP_WORD_ATOMIC + r"(?:\s++" + _NP_WORD_ATOMIC + r"){0,2}?)"
    r"(?:\s+of\s+[^,.;()]{1,60}?)?\s+(?:by|from)\s+(?:up\s+to\s+|about\s+|over\s+|nearly\s+|almost\s+|~)?\d"
)
#: "a scaling efficiency of 0.94": found from the literal " of <digit>" (a fast scan), then looked back.
#: The scan is for what follows " o" (tested by hand): a scan for "f" is faster than for " " or "o".
_OF_NUMBER = re.compile(r"f (?:up to |about |~)?\d")
_AN_X_BEFORE = re.compile(r"\b(?:an?|the)\s+(" + _NP_WORD + r"(?:\s+" + _NP_WORD + r"){0,2}?)$")
#: "perplexity increases from 5.6 to 6.3" (the space before "from" is tested by hand)
_FROM_NUMBER = re.compile(r"from (?:about |~)?\d")
_X_GOES_BEFORE = re.compile(r"(?<![\w-])(" + _NP_WORD + r"(?:\s+" + _NP_WORD + r"){0,2}?)\s+(?:increases?|decreases?|"
                            r"improves?|drops?|rises?|falls?|grows?|goes|went|increased|decreased|improved|dropped)$")
#: Heads of quantities that are settings, not measures ("a batch size of 16", "a learning rate of 0.1").
SETTING_WORDS = {"size", "sizes", "length", "lengths", "factor", "window", "step", "steps", "dimension", "dimensions",
                 "depth", "width", "budget", "horizon", "temperature", "epochs", "epoch", "layers", "heads",
                 "resolution", "ratio", "weight", "decay", "momentum", "threshold", "order", "total", "range",
                 "team", "group", "set", "series", "variety", "range", "maximum", "minimum", "average", "mix",
                 "collection", "number", "amount", "sample", "subset", "version", "model", "models"}
_NON_SPACE = re.compile(r"\S+")
_NOT_MEASURE_LEAD = {"learning", "batch", "dropout", "warmup", "weight", "sequence", "context", "input", "window",
                     "hidden", "embedding", "patch", "kernel", "beam", "image", "total", "maximum", "minimum",
                     "highest", "lowest", "best", "worst", "record-high", "average", "overall", "final", "new"}


_GENERIC_MEASURE_HEADS = frozenset({"metric", "metrics", "measure", "measures", "criterion", "criteria"})
#: Measure words that name no particular measure on their own ("a gain of 2%", "the gap", "the cost").
_VAGUE_ALONE = frozenset({"score", "scores", "gain", "gains", "gap", "margin", "improvement", "cost", "costs", "rate",
                          "ratio",
                          "number", "count", "quality", "index", "mean", "average", "percentage", "fraction",
                          "time", "size", "return", "reward", "success", "match", "measure", "value"})


def _measure(text: str, start: int, end: int) -> Candidate | None:
    """A Metric candidate for the phrase ``text[start:end]`` without its leading function words, when it
    names a measure: it ends in a measure word ("count", "efficiency", "footprint", "gap") or an abstract
    noun, and is not a setting ("batch size", "learning rate")."""
    words = [(m.start(), m.end(), m.group(0)) for m in _NON_SPACE.finditer(text[start:end])]
    while words and (words[0][2] in rules.BAD_MODIFIERS and words[0][2] not in rules.METRIC_WORDS):
        words = words[1:]
    names = [w for _, _, w in words]
    if not names or names[-1] in SETTING_WORDS or names[0] in _NOT_MEASURE_LEAD:
        return None
    if any(w in rules.NON_MODIFIERS or (w in rules.BAD_MODIFIERS and w not in rules.METRIC_WORDS) for w in names):
        return None
    head = names[-1]
    if head in _GENERIC_MEASURE_HEADS or (len(names) == 1 and head in _VAGUE_ALONE):
        return None  # "the official metric", "a gain of 2%", "the gap by 5 points": no measure named
    if not (head in rules.METRIC_WORDS or head.rstrip("s") in rules.METRIC_WORDS
            or (len(names) > 1 and head.endswith(("ity", "ness", "cy")))):
        return None
    return Candidate(start + words[0][0], start + words[-1][1], T.METRIC, rules.PRI_HEAD + 10, "measured")


def measured_metrics(text: str, change_verbs: list[Span]) -> list[Candidate]:
    """Measures named by a change stated in numbers: "reducing the vector count by 66%", "a scaling
    efficiency of 0.94", "perplexity increases from 5.6 to 6.3". The phrase must end in a measure word
    ("count", "efficiency", "footprint", "gap", ...) or an abstract noun, and not be a setting ("batch size").

    >>> t = "It cuts the vector count by 66% with a scaling efficiency of 0.94 and a batch size of 16."
    >>> [t[c.start:c.end] for c in measured_metrics(t, [(3, 7)])]
    ['vector count', 'scaling efficiency']
    """
    out = []
    for _, e in change_verbs:
        m = _CHANGED_BY.match(text, e)
        c = _measure(text, m.start(1), m.end(1)) if m else None
        if c:
            out.append(c)
    for rx_after, lead, rx_before in ((_OF_NUMBER, " o", _AN_X_BEFORE), (_FROM_NUMBER, " ", _X_GOES_BEFORE)):
        for m in rx_after.finditer(text):
            at = m.start() - len(lead)  # where " of ..."/" from ..." starts
            if at < 0 or not text.startswith(lead, at):
                continue
            b = rx_before.search(text, max(0, at - 50), at)
            c = _measure(text, b.start(1), b.end(1)) if b else None
            if c:
                out.append(c)
    return out


# --- members of a typed list: "methods such as X, Y and Z" ---------------------------------------------------

#: Plural nouns that type the members of a list that follows them ("benchmarks such as GLUE and SQuAD").
LIST_NOUNS = {
    T.METHOD: {"methods", "models", "approaches", "techniques", "algorithms", "architectures", "baselines",
               "frameworks", "networks", "encoders", "decoders", "llms", "mllms", "modules", "mechanisms",
               "optimizers", "backbones", "transformers", "variants", "strategies", "losses"},
    T.DATASET: {"datasets", "benchmarks", "corpora", "suites", "testbeds", "collections"},
    T.TASK: {"tasks", "problems", "applications"},
    T.METRIC: {"metrics", "measures", "criteria"},
}
_NOUN_TYPE = {w: t for t, ws in LIST_NOUNS.items() for w in ws}
_LIST_CUT = re.compile(r"[;:()\[\]]|\.(?:\s|$)|\s(?:—|–|-)\s")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+")
_ITEM_STOP = {"by", "to", "for", "with", "that", "which", "in", "on", "at", "from", "as", "is", "are", "was", "were",
              "has", "have", "can", "could", "show", "shows", "while", "when", "where", "whose", "than", "into",
              "across", "under", "over", "using", "via", "despite", "without", "typically", "all", "our", "we", "it",
              "etc", "among", "have", "been", "be"}
#: Trailing words of a name item that describe rather than name ("InternVL2 models" -> "InternVL2").
_GENERIC_TAIL = {"model", "models", "network", "networks", "method", "methods", "approach", "variant", "variants",
                 "architecture", "architectures", "family", "series", "dataset", "datasets", "benchmark", "benchmarks"}
_TASK_WORD_END = ("tion", "sion", "ysis", "ics")
_LEAD = {"the", "a", "an"}
_ITEM_WORD = re.compile(r"[A-Za-z0-9][\w\-+./']*[\w+]|[A-Za-z0-9]")
_LIST_NOUN_WORD = re.compile(r"[A-Za-z][\w\-/]*")
_LAST_OF_LIST = re.compile(r"\b(?:and|or|well)\b")
_LETTER = re.compile(r"[A-Za-z]")
_UPPER = re.compile(r"[A-Z]")
_BAD_OR_ITEM_STOP = frozenset(rules.BAD_MODIFIERS | _ITEM_STOP)
_PUNCT = ",;:.()[]'\""  # none of them can be in a word of _LIST_NOUN_WORD


def list_type(text: str, cue_start: int) -> T | None:
    """The type a list's nouns give its members: the last word before "such as"/"including" (or the one
    before it, over a comma or an adjective: "tasks, including", "benchmarks/datasets such as")."""
    window = text[max(0, cue_start - 40):cue_start]
    # Most often the last chunks between spaces are plain words, maybe in punctuation ("tasks,", "(datasets"):
    # then they are the regex's last words, read without it. Anything else is left to the regex.
    chunks = window.rsplit(None, 3)
    rest = len(chunks) == 4  # then chunks[0] is the unsplit rest, maybe several chunks
    plain = 0
    for chunk in reversed(chunks[1:] if rest else chunks):
        w = chunk.strip(_PUNCT)
        if not w:
            continue
        if not (w.isascii() and w.isalpha()):
            break
        etype = _NOUN_TYPE.get(w.lower())
        if etype is not None:
            return etype
        plain += 1
        if plain == 2:
            return None
    else:
        if not rest:
            return None  # fewer than two words in all
    for w in _LIST_NOUN_WORD.findall(window)[:-3:-1]:  # the last word, then the one before it
        for part in reversed(w.lower().split("/")):
            if part in _NOUN_TYPE:
                return _NOUN_TYPE[part]
    return None


def list_members(text: str, cues: list[Span], sents: list[Span], title_end: int = 0) -> list[Candidate]:
    """Members of a list introduced by "such as"/"including"/"like" after a typed plural noun: names
    ("methods such as Inference-time Intervention", "models like Swinv2-G and BEIT-3") and short
    lower-case phrases for tasks and methods ("tasks including language understanding and coding").

    >>> t = "It helps on tasks such as image captioning, visual grounding and OCR. Done."
    >>> [(t[c.start:c.end], c.type.value) for c in list_members(t, [(18, 25)], rules.sentences(t))]
    [('image captioning', 'Task'), ('visual grounding', 'Task'), ('OCR', 'Task')]
    """
    out = []
    for s, e in cues:
        etype = list_type(text, s) if s > title_end else None
        if etype is None:
            continue
        end = _sentence_of(sents, e, (0, len(text)))[1]
        end = min(end, e + 200)
        cut = _LIST_CUT.search(text, e, end)
        if cut:
            end = cut.start()
        pos = e
        closing = False
        while pos < end:
            sep = _LIST_SEP.search(text, pos, end)
            item_end = sep.start() if sep else end
            words = list(_ITEM_WORD.finditer(text, pos, item_end))
            names = [w.group(0) for w in words]
            low = [w.lower() for w in names]
            last = sep is None
            lead = 0
            while lead < len(low) and low[lead] in _LEAD:
                lead += 1
            if lead:
                del words[:lead], names[:lead], low[:lead]
            if not _ITEM_STOP.isdisjoint(low):  # cut at the first stop word, which ends the list
                i = next(i for i, w in enumerate(low) if w in _ITEM_STOP)
                del words[i:], names[i:], low[i:]
                last = True
            c = _list_item(words, names, low, etype)
            if c is None:
                break
            out.append(c)
            if last or closing:
                break
            closing = bool(_LAST_OF_LIST.search(sep.group(0)))  # "A, B and C": C is the last
            pos = sep.end()
    return out


#: Verbs and vague words that cannot start a list member (nouns such as "query" can).
_NOT_ITEM_LEAD = rules.NON_MODIFIERS - {"query", "queries", "impact", "practitioners", "truth", "support", "level"}


def _list_item(words: list[re.Match], names: list[str], low: list[str], etype: T) -> Candidate | None:
    """One list member (its words, their text and lower case): a name (capitalised, acronym or with digits:
    its leading run of such words) or, in task and method lists, a short lower-case phrase without vague
    or verbal words."""
    if not words or len(words) > 5:
        return None
    if any(not w[0].islower() for w in names):
        if not _LETTER.match(names[0]) or (names[0][0].islower() and not _UPPER.search(names[0])):
            return None  # "72% relative reduction", "various gated RNNs": descriptions, not names
        n = 1
        while n < len(names) and (not names[n][0].islower() or names[n] in ("of", "for", "and")):
            n += 1
        while n > 1 and names[n - 1] in ("of", "for", "and"):
            n -= 1
        rest = low[n:]
        if rest and not (len(rest) == 1 and rest[0] in _GENERIC_TAIL):
            if etype is T.DATASET:
                return None  # "2D images": a kind of data
        return Candidate(words[0].start(), words[n - 1].end(), etype, rules.PRI_NAME + 5, "list")
    if etype not in (T.TASK, T.METHOD) or len(names) > 4:
        return None
    if not _BAD_OR_ITEM_STOP.isdisjoint(low) or low[0] in _NOT_ITEM_LEAD:
        return None
    if low[-1].endswith("ly"):
        return None
    if len(low) == 1:
        w = low[0]
        if etype is T.METHOD or not (w in rules.TASK_HEADS or w in rules.ING_OK or w.endswith(_TASK_WORD_END)):
            return None
    return Candidate(words[0].start(), words[-1].end(), etype, rules.PRI_NAME + 5, "list")


# --- what a paper says it introduces -------------------------------------------------------------------------

_OBJ_LEAD = re.compile(
    r"\s*(?:(?:a|an|the|our|its)\s+)?"
    r"(?:(?:new|novel|simple|effective|efficient|lightweight|light-weight|general|unified|flexible|versatile|"
    r"powerful|principled|generic|robust|scalable|practical|innovative|yet|completely|highly|fully|simple,|"
    r"effective,|efficient,|and|first)\s+)*"
)
_OBJ_WORD = re.compile(r"[A-Za-z0-9][\w\-+'/]*")
#: Runs of such words one space apart, and with only spaces between (as one match: faster than word by word)
_WORD_RUN = re.compile(r"[A-Za-z0-9][\w\-+'/]*(?: [A-Za-z0-9][\w\-+'/]*)*")
_SPACED_RUN = re.compile(r"[A-Za-z0-9][\w\-+'/]*(?:\s+[A-Za-z0-9][\w\-+'/]*)*")
#: Nouns that say what kind of thing the object is; they end the name ("a token pooling approach").
KIND_NOUNS = {"approach", "approaches", "method", "methods", "strategy", "strategies", "technique", "techniques",
              "module", "modules", "algorithm", "framework", "mechanism", "scheme", "paradigm", "procedure",
              "pipeline", "model", "system", "tool", "recipe", "design", "formulation", "solution"}
_OBJ_STOP = {"to", "that", "which", "for", "with", "by", "in", "on", "of", "from", "as", "and", "or", "using", "via",
             "where", "whose", "while", "called", "named", "dubbed", "termed", "into", "at", "through", "is", "are"}


_ADJECTIVE_ENDS = ("ive", "al", "ous", "ic", "able", "ible", "ent", "ant", "end", "less", "free", "aware", "based",
                   "level", "efficient", "wise", "like", "specific", "stage", "step", "parameter", "line")
_DIGIT = re.compile(r"\d")
_OBJ_AFTER = re.compile(r"\s*(?:[,.;(]|to\b|that\b|which\b|for\b|with\b|,?\s*(?:a|an)\s)")
_BAD_OR_NON_MODIFIERS = frozenset(rules.BAD_MODIFIERS | rules.NON_MODIFIERS)
_NAME_FOLLOWS = re.compile(r"\s*\w*\s*(?:,\s*)?(?:\(|named|called|dubbed|termed|coined|known as|referred to as|"
                           r",\s*[A-Z])")


def proposal_objects(text: str, windows: list[tuple[int, int, int]]) -> list[Candidate]:
    """The technique a "we propose ..." sentence introduces when it is a lower-case phrase: "we propose a
    diffusion prior loss", "we introduce a greedy pseudo-labelling approach" (the kind noun is left out),
    "we present hyper-connections, a simple yet effective method"; and capitalised names standing alone
    there (:func:`kg.extract.proposals.object_names`).

    >>> t = "We introduce a greedy pseudo-labelling approach to train it."
    >>> [t[c.start:c.end] for c in proposal_objects(t, [(12, 60, 1)])]
    ['greedy pseudo-labelling']
    """
    out = []
    for ws, we, strength in windows:
        if strength != 1:
            continue
        start = _OBJ_LEAD.match(text, ws, we).end()
        # the words up to punctuation (read as one run of words between spaces)
        run = _SPACED_RUN.search(text, start, min(we, start + 80))
        if run is None:
            continue
        names, low = [], []  # the phrase's words and their lower case
        kind = False
        for name in run.group(0).split():
            w = name.lower()
            if w in _OBJ_STOP or (w.endswith("ly") and w not in ("early", "family")):
                break
            if w in KIND_NOUNS:
                kind = bool(names)
                break
            names.append(name)
            low.append(w)
            if len(names) > 5:
                break
        if not names or len(names) > 4:
            continue
        # (all lower case, the common case, needs no word by word test)
        if not " ".join(names).islower() and any(not w.islower() and not _DIGIT.search(w) for w in names):
            continue  # a capitalised name: found by the name rules
        if not _BAD_OR_NON_MODIFIERS.isdisjoint(low):
            continue
        last = low[-1].rsplit("-", 1)[-1]
        if last.endswith(_ADJECTIVE_ENDS) or (last.endswith("ed") and last not in rules.ED_OK) \
                or (len(low) == 1 and "-" not in low[0]) or last in rules.DATASET_HEADS:
            continue  # "an extractive model", "a hybrid approach": the name is elsewhere, if any
        end = run.start()
        for name in names:  # the end of the last word (each is the next occurrence: spaces are between)
            end = text.index(name, end) + len(name)
        after = text[end:end + 40]
        if kind and _NAME_FOLLOWS.match(after):
            continue  # "a pooling strategy, Multi-Layers Trainable Pooling": the name follows
        if not kind and (not _OBJ_AFTER.match(after) or proposals.is_passive(text, ws, strength)):
            continue  # (the subject of "a novel X is proposed" needs its kind noun: "a novel ranking algorithm")
        out.append(Candidate(run.start(), end, T.METHOD, rules.PRI_CONTEXT + 2, "object"))
    out.extend(proposals.object_names(text, windows))  # and the capitalised ones that stand alone
    return out


_TITLE_NP_STOP = {"for", "with", "via", "in", "on", "using", "through", "from", "by", "of", "to", "at", "without",
                  "beyond", "under", "towards", "toward"}
_TWO_CAPS = re.compile(r"[A-Z].*[A-Z]")
_ACRONYM_LEAD = re.compile(r"[A-Z]{2,}[A-Za-z0-9]*")
_TITLE_NP_NOT_FIRST = {"a", "an", "the", "on", "are", "is", "do", "does", "can", "how", "what", "why", "when", "where",
                       "towards", "toward", "beyond", "revisiting", "rethinking", "learning", "understanding", "improving",
                       "scaling", "efficient", "effective", "deep", "large", "simple", "fast", "better", "more", "less"}


def title_np(text: str, title_end: int) -> Candidate | None:
    """A title that is a technique's name, alone or before a preposition: "Focal Modulation Networks",
    "Unsupervised Data Augmentation for Consistency Training". The name must end in a technique head word
    (:data:`~kg.extract.rules.METHOD_HEADS`) or be one name-like word; a task head ends no such name.

    >>> t = "Unsupervised Data Augmentation for Consistency Training"
    >>> c = title_np(t, len(t)); t[c.start:c.end]
    'Unsupervised Data Augmentation'
    """
    title = text[:title_end]
    if not title or ":" in title or "?" in title:
        return None
    np = []
    for m in _OBJ_WORD.finditer(title):
        w = m.group(0)
        low = w.lower()
        if not np and (low in _TITLE_NP_NOT_FIRST or low.endswith("ing")):
            return None  # (the first word)
        if low in _TITLE_NP_STOP:
            break
        if w[0].islower() or low in ("and", "or"):
            return None
        np.append(m)
        if len(np) > 5:
            return None
    if not np:
        return None
    head = np[-1].group(0).lower()
    if head in _TITLE_TASK_HEADS_ALL:
        return None
    single = len(np) == 1 and ("-" in head or _TWO_CAPS.search(np[0].group(0)))
    last = head.rsplit("-", 1)[-1]
    if not (single or last in rules.METHOD_HEADS or _ACRONYM_LEAD.fullmatch(np[-1].group(0))):
        return None
    return Candidate(np[0].start(), np[-1].end(), T.METHOD, rules.PRI_PROPOSED, "title-name")


# --- lexicon names that are pieces of a longer Title Case name -----------------------------------------------

_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)*")
_FUNCTION_WORD_CAPS = {"the", "a", "an", "in", "on", "of", "for", "and", "or", "we", "our", "this", "these", "it",
                       "to", "with", "by", "from", "as", "at", "its", "their", "that", "which", "while", "but"}


def _cap_word_ok(word: str) -> bool:
    """A Title Case word that can continue a name: not a function word, adjective of praise or verb form."""
    low = word.lower()
    return bool(_TITLE_WORD.fullmatch(word)) and low not in _FUNCTION_WORD_CAPS and low not in rules.BAD_MODIFIERS \
        and not low.endswith(("ing", "ed", "ly")) and word not in rules.NOT_NAMES


_CAP_LOWER = re.compile(r"[A-Z][a-z]")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NEXT_CAP_WORD = re.compile(r" ([A-Z][\w\-]*)")
_PREV_CAP_WORD = re.compile(r"(?<![\w\-])([A-Z][\w\-]*) $")


def merge_name_fragments(text: str, cands: list[Candidate], title_end: int, sents: list[Span]) -> list[Candidate]:
    """Lexicon matches that are pieces of a longer Title Case name mid-sentence ("Transformer" in
    "the Swin Transformer detector", "Inference-time" in "methods such as Inference-time Intervention") give
    way to the whole name: a new candidate over the run of capitalised words, typed by the lexicon match
    that ends it, else by its head word, else Method. Titles (all Title Case) are left alone.

    >>> t = "We train a Swin Transformer detector."
    >>> [t[c.start:c.end] for c in merge_name_fragments(t, [Candidate(16, 27, T.METHOD, 60, "lexicon")], 0,
    ...                                                  rules.sentences(t)) if c.rule == "titlecase"]
    ['Swin Transformer']
    """
    out = list(cands)
    starts = lex_end = None  # made when first needed
    seen = set()
    upper = _ASCII_UPPER
    for c in cands:
        # (fields by index: c[0] start, c[1] end, c[4] rule; a capital first, tested before the regex)
        if c[0] <= title_end or not c[4].startswith("lexicon") or text[c[0]] not in upper \
                or not _CAP_LOWER.match(text, c[0], c[1]):
            continue
        # extend right over capitalised words, then left (not over a sentence's first word)
        end = c.end
        while True:
            m = _NEXT_CAP_WORD.match(text, end, end + 40)
            if not m or not _cap_word_ok(m.group(1)):
                break
            end = m.end()
        start = c.start
        while True:
            # the match is a word and a space (or a space and a line break) that end at `start`: read from the
            # space before that word, a few characters, not 40 (the same match: a word holds no space)
            lo = max(0, start - 40)
            if start and text[start - 1] == " ":
                lo = max(lo, text.rfind(" ", lo, start - 1) + 1)
            elif not start or text[start - 1] != "\n":
                break
            before = text[lo:start]
            if before.islower():
                break  # no capital letter, no match (cheap tests before the sentence starts and the regex)
            if starts is None:
                starts = {a for a, _ in sents}
            if start in starts:
                break  # a sentence's first word
            m = _PREV_CAP_WORD.search(before)
            if not m or not _cap_word_ok(m.group(1)) or (start - m.end() + m.start(1)) in starts:
                break
            start -= len(m.group(0))
        if (start, end) == (c.start, c.end) or (start, end) in seen:
            continue
        seen.add((start, end))
        if lex_end is None:
            lex_end = {x.end: x for x in cands if x.rule.startswith("lexicon")}
        last = lex_end.get(end)
        head = text[start:end].rsplit(" ", 1)[-1].lower()
        if last is not None:
            etype = last.type
        elif head in rules.DATASET_HEADS or head in ("track", "challenge"):
            etype = T.DATASET
        elif head in rules.TASK_HEADS:
            etype = T.TASK
        elif head in rules.METRIC_WORDS:
            etype = T.METRIC
        else:
            etype = T.METHOD
        out.append(Candidate(start, end, etype, rules.PRI_LEXICON_LONG + 1, "titlecase"))
    return out
