"""spaCy components: thin wrappers around the plain functions of ``rules``, ``abbreviations``, ``urls``.

- ``kg_lexicon``: PhraseMatcher over the shipped lexicons (LOWER for any-case entries, ORTH for
  case-sensitive ones, with hyphen/space variants); writes ``doc.spans["kg_lexicon"]``.
- ``kg_entities``: pattern rules, acronym definitions, overlap resolution, proposals, results and URLs;
  writes ``doc.spans["kg"]`` (label = entity type, ``span.kb_id_`` = canonical name) and a
  :class:`DocFindings` in ``doc.user_data["kg"]``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE
from spacy.tokens import Doc, Span

from kg.extract import abbreviations, rules, urls
from kg.extract.lexicon_data import LexEntry, default_case, load_lexicon
from kg.extract.rules import Candidate
from kg.models import Result
from kg.vocab import EntityType as T

USER_KEY = "kg"
TEXT_KEY = "kg_text"


@dataclass
class DocFindings:
    """What ``kg_entities`` found in one doc (character offsets into ``doc.text``)."""

    entities: list[Candidate] = field(default_factory=list)
    aliases: dict[int, tuple[str, ...]] = field(default_factory=dict)  # entity index -> acronyms
    canonical: dict[int, str] = field(default_factory=dict)  # entity index -> canonical name
    proposed: list[str] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    urls: list[tuple[str, int, int]] = field(default_factory=list)


def _variants(name: str) -> set[str]:
    """Spelling variants matched for one lexicon name: hyphen <-> space, hyphen dropped."""
    out = {name}
    if "-" in name:
        out.add(name.replace("-", " "))
        if re.search(r"[A-Za-z]-\d", name):
            out.add(re.sub(r"([A-Za-z])-(\d)", r"\1\2", name))
    if " " in name and len(name.split()) <= 4:
        out.add(name.replace(" ", "-"))
    return out


class LexiconMatcher:
    """Match every lexicon name at once (PhraseMatcher: hashing, no per-entry loop over the text)."""

    def __init__(self, nlp: Language, entries: list[LexEntry] | None = None) -> None:
        self.nlp = nlp
        self.entries: list[LexEntry] = []
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        if entries is not None:
            self.add_entries(entries)

    def add_entries(self, entries: list[LexEntry]) -> None:
        lower_texts: list[str] = []
        lower_keys: list[str] = []
        orth_texts: list[str] = []
        orth_keys: list[str] = []
        for entry in entries:
            idx = len(self.entries)
            self.entries.append(entry)
            key = str(idx)
            for name in entry.names:
                for v in _variants(name):
                    acronym_like = " " not in v and v != v.lower() and default_case(v)
                    if (entry.case_sensitive or acronym_like) and not (" " in v and v.lower() == v):
                        orth_texts.append(v)
                        orth_keys.append(key)
                    else:
                        lower_texts.append(v)
                        lower_keys.append(key)
        # Pattern docs come from a separate tokenizer sharing the vocab: tens of thousands of one-off
        # strings through the pipeline's own tokenizer leave it about five times slower on abstracts.
        import spacy  # noqa: PLC0415

        pattern_tokenizer = spacy.blank(self.nlp.lang, vocab=self.nlp.vocab).tokenizer
        for matcher, texts, keys in ((self.lower, lower_texts, lower_keys), (self.orth, orth_texts, orth_keys)):
            by_key: dict[str, list[Doc]] = {}
            for k, d in zip(keys, pattern_tokenizer.pipe(texts)):
                by_key.setdefault(k, []).append(d)
            for k, docs in by_key.items():
                matcher.add(k, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        strings = self.nlp.vocab.strings
        for matcher in (self.lower, self.orth):
            for match_id, start, end in matcher(doc):
                entry = self.entries[int(strings[match_id])]
                spans.append(Span(doc, start, end, label=entry.type.value, kb_id=entry.canonical))
        doc.spans["kg_lexicon"] = spans
        return doc


@Language.factory("kg_lexicon", default_config={"types": None})
def make_lexicon_matcher(nlp: Language, name: str, types: list[str] | None):
    """The lexicon component; its patterns are the shipped lexicons (loaded when the pipeline is built)."""
    return LexiconMatcher(nlp, load_lexicon(types))


# --- resolution ------------------------------------------------------------------------------------------

GENERIC_NAMES = {
    "ai", "artificial intelligence", "deep learning", "machine learning", "neural networks", "neural network",
    "deep neural networks", "deep neural network", "computer vision", "natural language processing", "nlp",
    "learning", "training", "inference", "model", "models", "data", "dataset", "benchmark",
}


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: higher priority first, then longer, then earlier."""
    kept: list[Candidate] = []
    if not cands:
        return kept
    taken = bytearray(max(c.end for c in cands) + 1)
    for c in sorted(cands, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        if c.end > c.start and not any(taken[c.start:c.end]):
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


class EntityFinder:
    """Rules + acronyms + lexicon spans -> the doc's typed entities, proposals, results and URLs."""

    def __init__(self, nlp: Language) -> None:
        import spacy  # noqa: PLC0415

        self.nlp = nlp
        # head words of technique/task phrases, found by hashing (a regex alternation over the text is slow)
        self.heads = PhraseMatcher(nlp.vocab, attr="LOWER")
        tok = spacy.blank(nlp.lang, vocab=nlp.vocab).tokenizer
        words = sorted((rules.METHOD_HEADS | rules.TASK_HEADS) - rules.WEAK_HEADS)
        self.heads.add("HEAD", list(tok.pipe(words)))

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY)
        if text is None:
            text = doc.text
        found = DocFindings()
        found.urls = urls.find_urls(text)
        url_spans = [(s, e) for _, s, e in found.urls]

        cands: list[Candidate] = []
        lex_by_span: dict[tuple[int, int], Candidate] = {}
        for span in doc.spans.get("kg_lexicon", []):
            c = Candidate(span.start_char, span.end_char, T(span.label_),
                          rules.PRI_LEXICON_LONG if " " in span.text or len(span.text) > 12 else rules.PRI_LEXICON,
                          "lexicon", span.kb_id_)
            cands.append(c)
            lex_by_span[(c.start, c.end)] = c
        arr = doc.to_array([IS_LOWER, IS_TITLE, IS_ALPHA, IS_PUNCT, IS_SPACE, IDX])
        plain = (arr[:, 0] | (arr[:, 1] & arr[:, 2]) | arr[:, 3] | arr[:, 4]).astype(bool)
        starts = arr[~plain, 5].tolist()
        cands.extend(rules.name_candidates(text, starts))
        head_spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for _, a, b in self.heads(doc)]
        cands.extend(rules.head_phrases(text, head_spans))

        # acronym definitions: the long form is one entity with the acronym as alias
        acr: dict[str, tuple[int, int, T]] = {}
        for ls, le, ss, se in abbreviations.find_abbreviations(text):
            long_text = text[ls:le]
            lex = _lexicon_inside(lex_by_span, ls, le)
            etype = lex.type if lex else rules.type_of_long_form(long_text)
            if long_text.lower() in GENERIC_NAMES:
                continue
            cands.append(Candidate(ls, le, etype, rules.PRI_ACRONYM_LONG, "acronym", lex.canonical if lex else None))
            acr[text[ss:se]] = (ls, le, etype)

        # context: "the X dataset"; names a paper gives itself ("Name: subtitle", "named X")
        cands.extend(_dataset_context(text, cands))
        cands.extend(_self_names(text))
        cands.extend(_task_context(text))

        cands = [c for c in cands if not any(s <= c.start < e for s, e in url_spans)]
        cands = _drop_idle_generic_metrics(text, cands)
        cands = [c for c in cands if text[c.start:c.end].lower() not in GENERIC_NAMES]
        kept = resolve(cands)

        # bare acronyms point at their long form; remember the alias on the long form
        long_index = {}
        for i, c in enumerate(kept):
            if c.rule == "acronym":
                long_index[(c.start, c.end)] = i
        for short, (ls, le, etype) in acr.items():
            i = long_index.get((ls, le))
            if i is None:
                continue
            found.aliases[i] = found.aliases.get(i, ()) + (short,)
            for j, c in enumerate(kept):
                if text[c.start:c.end] in (short, short + "s") and j != i:
                    kept[j] = Candidate(c.start, c.end, kept[i].type, c.priority, "acronym-ref", None)
                    found.canonical[j] = kept[i].canonical or text[ls:le]
        found.entities = kept
        sents = rules.sentences(text)
        found.proposed = _proposed(text, kept, found, sents)
        found.results = _results(text, kept, found, sents)
        doc.user_data[USER_KEY] = found
        spans = []
        for i, c in enumerate(kept):
            s = doc.char_span(c.start, c.end, label=c.type.value, kb_id=found.canonical.get(i) or c.canonical or "",
                              alignment_mode="expand")
            if s is not None:
                spans.append(s)
        doc.spans["kg"] = spans
        return doc


#: Metric names that are also everyday words: a metric only where the sentence measures something.
VAGUE_METRICS = {"accuracy", "precision", "recall", "parameters", "latency", "speed", "inference speed",
                 "throughput", "memory usage", "inference time", "training time", "runtime", "error rate",
                 "efficiency", "success rate", "return", "memory footprint", "gpu memory", "model parameters",
                 "number of parameters", "speedup"}
_MEASURING = re.compile(
    r"\d|\b(?:improv\w*|increas\w*|decreas\w*|reduc\w*|higher|lower|faster|slower|fewer|better|worse|"
    r"boost\w*|gain\w*|outperform\w*|achiev\w*|attain\w*|surpass\w*|drop\w*|degrad\w*|measured?|"
    r"evaluat\w*|in terms of|cost|saving\w*|speed-?ups?|times)\b",
    re.I,
)


def _drop_idle_generic_metrics(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop everyday-word metrics ("accuracy", "parameters") in sentences that measure nothing."""
    out = []
    sents = None
    for c in cands:
        if c.type is T.METRIC and text[c.start:c.end].lower() in VAGUE_METRICS:
            sents = sents or rules.sentences(text)
            s0, s1 = next(((a, b) for a, b in sents if a <= c.start < b), (0, len(text)))
            if not _MEASURING.search(text, s0, s1):
                continue
        out.append(c)
    return out


def _lexicon_inside(lex_by_span: dict[tuple[int, int], Candidate], start: int, end: int) -> Candidate | None:
    exact = lex_by_span.get((start, end))
    if exact:
        return exact
    return None


_DATASET_AFTER = re.compile(r"\s+(?:dataset|datasets|benchmark|benchmarks|corpus|test set|challenge)\b", re.I)
_TITLE_WORDS = re.compile(r"(?:[A-Z][A-Za-z0-9\-]*(?:\s+|$)){1,4}")


def _dataset_context(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Capitalised names right before "dataset"/"benchmark" ("the Multi-Human Parsing dataset")."""
    out = []
    for m in _DATASET_AFTER.finditer(text):
        pre = text[max(0, m.start() - 60): m.start()]
        mm = re.search(r"((?:[A-Z][A-Za-z0-9\-+.]*|of|and|&)(?:\s+(?:[A-Z][A-Za-z0-9\-+.]*|of|and|&)){0,4})$", pre)
        if not mm:
            continue
        name = mm.group(1)
        words = name.split()
        while words and words[0].lower() in {"of", "and", "&", "the", "a", "an", "our", "this", "new"}:
            words = words[1:]
        if not words or words[0] in rules.NOT_NAMES or words[0].lower() in {"we", "in", "on", "for", "with"}:
            continue
        name = " ".join(words)
        start = m.start() - len(name)
        if text[start:m.start()] != name:
            continue
        out.append(Candidate(start, m.start(), T.DATASET, rules.PRI_CONTEXT, "dataset-context"))
    return out


_TITLE_NAME = re.compile(r"\s*([^:\n]{2,40}?)\s*:\s")
_GENERIC_TITLE = re.compile(r"^(?:a |an |the )?(?:survey|review|introduction|overview|tutorial|position|perspective|"
                            r"benchmarking|rethinking|revisiting|towards?|beyond|on|why|how|what|when|case study)\b", re.I)
_W = r"(?:[A-Z0-9](?:[\w\-+]|\.(?=\w))*|[a-z]+[A-Z](?:[\w\-+]|\.(?=\w))*)"
_CAP_SEQ = re.compile(_W + r"(?:\s+(?:(?:of|for|and|with|via|in|on|to|the)\s+)?" + _W + r"){0,7}")
_NOT_TITLE_NAME = re.compile(r"\b(?:And|Or|Meets|Is|Are|Do|Does|Can|Should|Makes?|Goes|Not|All|You|We|Our|My|Your|"
                             r"Need|Needs|Via|From|Through)\b|\w+ly\b")


def _self_names(text: str) -> list[Candidate]:
    """Names a paper gives itself: the "Name: subtitle" head of the title, Title Case names after
    "named/called/dubbed"."""
    out = []
    title_end = text.find("\n")
    if title_end > 0:
        m = _TITLE_NAME.match(text, 0, title_end)
        if m:
            name = m.group(1).strip()
            words = name.split()
            gerund_lead = len(words) > 1 and words[0].lower().endswith("ing")
            if 1 <= len(words) <= 4 and not _GENERIC_TITLE.match(name) and re.search(r"[A-Z0-9]", name[1:] or name) \
                    and not name.endswith((".", "?", "!")) and not gerund_lead and not _NOT_TITLE_NAME.search(name):
                rest = text[m.end():title_end]
                etype = T.DATASET if rules.DATASET_CUES.search(rest) and not re.search(r"\b(?:method|model|network|learning)\b", rest, re.I) else T.METHOD
                start = m.start(1)
                out.append(Candidate(start, start + len(name), etype, rules.PRI_PROPOSED, "title-name"))
    # "we propose a new pooling strategy, Multi-Layers Trainable Pooling, which ...": a Title Case appositive
    for ws, we, strength in rules.proposal_windows(text):
        if strength != 1:
            continue
        am = re.search(r",\s+(" + _W + r"(?:\s+" + _W + r"){1,6})\s*[,(]", text[ws:we])
        if am and not _NOT_TITLE_NAME.search(am.group(1)):
            a = ws + am.start(1)
            out.append(Candidate(a, a + len(am.group(1)), T.METHOD, rules.PRI_PROPOSED, "named"))
    low = text.lower()
    if not any(w in low for w in ("named", "called", "dubbed", "termed", "coined", "denoted", "known as", "referred to as")):
        return out
    for m in rules._NAMED.finditer(text):
        mm = _CAP_SEQ.match(text, m.end())
        if not mm:
            continue
        name = mm.group(0).rstrip(".,;:")
        if len(name) < 2 or name in rules.NOT_NAMES or re.search(r"-(?:related|based|like|aware|specific)$", name):
            continue
        out.append(Candidate(mm.start(), mm.start() + len(name), T.METHOD, rules.PRI_PROPOSED, "named"))
    return out


#: Heads of task phrases named in a title after "for" ("... for Sequence Labeling").
TITLE_TASK_HEADS = rules.TASK_HEADS | {
    "generation", "modeling", "modelling", "labeling", "labelling", "training", "embedding", "embeddings", "ranking",
    "understanding", "reasoning", "editing", "completion", "prediction", "extraction", "synthesis", "adaptation",
    "acceleration", "decomposition", "transcription", "selection", "learning", "forecasting", "search", "retrieval",
}
_TITLE_FOR = re.compile(r"\b(?:for|towards?)\s+((?:[A-Za-z][\w\-]*\s+){0,5}[A-Za-z][\w\-]*)")
_TASK_OF = re.compile(r"\b(?:the\s+)?(?:task|problem)s?\s+of\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)")
_TASK_STOP = {"a", "an", "the", "this", "these", "those", "our", "their", "its", "such", "many", "several", "various",
              "different", "downstream", "multiple", "other", "new", "novel", "challenging", "important", "both",
              "all", "each", "two", "three", "same", "specific", "complex", "diverse", "related", "target", "main",
              "general", "most", "more", "some", "any", "which", "that", "of", "and", "or", "in", "on", "to", "for"}


def _task_context(text: str) -> list[Candidate]:
    """Tasks a paper names by position: "... for Sequence Labeling" in the title, "the task of X".
    ("X tasks" was tried and dropped: on the dev set it found more vague phrases than tasks.)"""
    out = []
    title_end = text.find("\n")
    title = text[:title_end] if title_end > 0 else ""
    for m in _TITLE_FOR.finditer(title):
        words = m.group(1).split()
        # stop at a preposition that starts a new phrase
        cut = next((i for i, w in enumerate(words) if w.lower() in {"with", "via", "using", "in", "on", "from",
                                                                   "by", "through", "under", "and", "of"} and i > 0), len(words))
        words = words[:cut]
        while words and words[0].lower() in _TASK_STOP:
            words = words[1:]
        if not words or words[-1].lower() not in TITLE_TASK_HEADS or len(words) < 2:
            continue
        name = " ".join(words)
        start = title.find(name, m.start(1))
        if start >= 0:
            out.append(Candidate(start, start + len(name), T.TASK, rules.PRI_CONTEXT, "title-task"))
    for rx in (_TASK_OF,):
        for m in rx.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower() in _TASK_STOP | rules.BAD_MODIFIERS:
                words = words[1:]
            if not words or words[-1].lower() in _TASK_STOP | rules.BAD_MODIFIERS or len(" ".join(words)) < 5:
                continue
            if any(w.lower() in rules.NON_MODIFIERS for w in words):
                continue
            name = " ".join(words)
            start = text.find(name, m.start(1), m.end(1))
            if start >= 0:
                out.append(Candidate(start, start + len(name), T.TASK, rules.PRI_HEAD + 5, "task-context"))
    return out


def _proposed(text: str, ents: list[Candidate], found: DocFindings, sents: list[tuple[int, int]]) -> list[str]:
    """Names the paper introduces: the first name in a "we propose ..." window, names after
    "named/called/dubbed", and a "Name: subtitle" title (the title is the doc's first line)."""
    out: list[str] = []

    def name_of(i: int) -> str:
        c = ents[i]
        return found.canonical.get(i) or text[c.start:c.end]

    def add(i: int) -> None:
        n = name_of(i)
        if n not in out:
            out.append(n)

    title_end = text.find("\n")
    title_names = set()
    for i, c in enumerate(ents):
        in_title = 0 < title_end and c.end <= title_end
        if (c.rule in ("title-name", "named") or (c.rule == "acronym" and in_title and not c.canonical)) \
                and c.type in (T.METHOD, T.DATASET):
            add(i)
            if c.rule == "title-name":
                title_names.add(text[c.start:c.end].lower())
    for ws, we, strength in rules.proposal_windows(text, sents):
        best = None
        for i, c in enumerate(ents):
            if c.start < ws or c.start >= we or c.type not in (T.METHOD, T.DATASET):
                continue
            if strength == 2 and c.start - ws > 3:
                break
            known = c.rule == "lexicon" or (c.rule == "acronym" and c.canonical)
            if known:
                continue
            if c.rule in ("name", "acronym", "dataset-context", "named") or (strength == 2 and c.rule != "head"):
                best = i
                break
        if best is not None:
            # the title already names the contribution: its acronym or long form is the same thing
            n = name_of(best)
            al = found.aliases.get(best, ())
            if title_names and (n.lower() in title_names or any(a.lower() in title_names for a in al)):
                continue
            add(best)
    return out


def _results(text: str, ents: list[Candidate], found: DocFindings, sents: list[tuple[int, int]]) -> list[Result]:
    """(method, dataset, metric, value) for numbers next to a metric mention, in one sentence."""
    out: list[Result] = []
    metrics = [(i, c) for i, c in enumerate(ents) if c.type is T.METRIC]
    if not metrics:
        return out

    def name_of(i: int) -> str:
        c = ents[i]
        return found.canonical.get(i) or c.canonical or text[c.start:c.end]

    for vs, ve, value in rules.numbers(text):
        if any(c.start <= vs < c.end for c in ents):
            continue  # a digit inside a name ("ResNet-50")
        metric = None
        for i, c in metrics:
            if 0 <= c.start - ve <= 12 or (0 <= vs - c.end <= 20 and re.match(r"\s*(?:of|by|at|:|=|is|reaches|to)?\s*$", text[c.end:vs])):
                metric = i
                break
        if metric is None:
            continue
        s0, s1 = next(((s, e) for s, e in sents if s <= vs < e), (0, len(text)))
        dataset = next((i for i, c in enumerate(ents) if c.type is T.DATASET and s0 <= c.start < s1), None)
        method = None
        for i, c in enumerate(ents):
            if c.type is T.METHOD and s0 <= c.start < vs:
                method = i
        meth_name = name_of(method) if method is not None else (found.proposed[0] if found.proposed and re.search(r"\b(?:our|we|proposed)\b", text[s0:s1], re.I) else None)
        out.append(Result(value=value, method=meth_name, dataset=name_of(dataset) if dataset is not None else None,
                          metric=name_of(metric), start=vs, end=ve))
    return out


@Language.factory("kg_entities")
def make_entity_finder(nlp: Language, name: str):
    """Rules, acronyms, resolution, proposals, results and URLs (see :class:`EntityFinder`)."""
    return EntityFinder(nlp)
