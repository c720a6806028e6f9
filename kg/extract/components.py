"""spaCy components: thin wrappers around the plain functions of the other ``kg.extract`` modules.

- ``kg_lexicon``: one PhraseMatcher pass over the shipped lexicons (acronyms and case-sensitive single
  words only as written, the rest in any case, with hyphen/space variants); writes its matches to
  ``doc.user_data["kg_lexicon"]`` and, unless ``spans=False``, ``doc.spans["kg_lexicon"]`` (label = type,
  ``kb_id_`` = canonical name, ``id_`` = "curated" or "generated"). The same pass finds the entity
  finder's cue words (``doc.user_data["kg_cues"]``). The entity finder takes both user_data entries
  out of the doc: fewer objects stay alive per doc in a batch, which the garbage collector rewards.
- ``kg_entities``: takes the cue words (or finds them with its own PhraseMatcher), then calls ``rules`` (name shapes, technique
  and task phrases), ``abbreviations`` (acronym definitions), ``context`` (names typed by the words around
  them), ``findings`` (overlaps, acronym links, proposals, results) and ``urls``; writes a
  :class:`~kg.extract.findings.DocFindings` in ``doc.user_data["kg"]`` and, unless ``spans=False``, the
  same entities as ``doc.spans["kg"]``.

Lexicons are loaded when a component is constructed (``nlp.add_pipe``), never at import.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

import numpy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, SPACY
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from kg.extract import abbreviations, context, entityhood, metric_roles, rules, urls
from kg.extract.findings import DocFindings, link_acronyms, proposed, resolve, results, retype_list_members
from kg.extract.lexicon_data import LexEntry, default_case, load_lexicon
from kg.extract.rules import Candidate
from kg.vocab import EntityType as T

USER_KEY = "kg"
TEXT_KEY = "kg_text"
LEX_KEY = "kg_lexicon"
CUE_KEY = "kg_cues"


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


def _match_as_written(name: str, case_sensitive: bool) -> bool:
    """Whether a lexicon name matches only as written (ORTH) rather than in any case (LOWER).

    Acronym-like single words always do ("WER", "ResNet"); in a case-sensitive entry so do all single
    words ("Transformer", "Twitter"), but phrases built on the acronym ("F1 score", "F-score") match any
    case, as writers vary it ("f-score").

    >>> _match_as_written("WER", False), _match_as_written("F-score", True), _match_as_written("Twitter", True)
    (True, False, True)
    """
    single = " " not in name and "-" not in name
    if single and name != name.lower() and default_case(name):
        return True
    if not case_sensitive:
        return False
    if single:
        return True
    words = re.split(r"[\s\-]+", name)
    plain = [w for w in words if w.isalpha() and w.islower()]
    titled = [w for w in words if w.isalpha() and w[0].isupper() and w[1:].islower() and len(w) > 1]
    return not plain or bool(titled)  # "F1 score" any case; "Natural Questions", "IS-A" as written


def _pattern_tokenizer(nlp: Language):
    """A tokenizer for pattern docs, sharing the pipeline's vocab. Not the pipeline's own: tens of thousands
    of one-off strings through it leave it about five times slower on abstracts."""
    import spacy  # noqa: PLC0415

    return spacy.blank(nlp.lang, vocab=nlp.vocab).tokenizer


def _add_word_groups(matcher: PhraseMatcher, tokenizer, groups: dict[str, list[str]],
                     prefix: str = "") -> dict[int, str]:
    """Add each group of words to ``matcher`` under the key ``prefix + group``; returns match key -> group."""
    keys = {}
    for group, words in groups.items():
        key = prefix + group
        matcher.add(key, list(tokenizer.pipe(sorted(set(words)))))
        keys[matcher.vocab.strings.add(key)] = group
    return keys


class LexiconMatcher:
    """Match every lexicon name at once (PhraseMatcher: hashing, no per-entry loop over the text)."""

    def __init__(self, nlp: Language, entries: list[LexEntry] | None = None, spans: bool = True) -> None:
        self.nlp = nlp
        self.spans = spans
        self.entries: list[LexEntry] = []
        self._by_key: dict[int, tuple[T, str, bool]] = {}  # match key -> (type, canonical, curated)
        # One PhraseMatcher on LOWER does all the work in one pass over the tokens: the names matched in any
        # case; the names matched only as written, under keys of their own whose matches are then checked
        # against the written forms (``_as_written``); and other components' cue words (``add_cues``).
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._as_written: dict[int, set[tuple[str, ...]]] = {}  # key of an as-written name -> its token forms
        self._cue_keys: dict[int, str] = {}  # match key -> cue group
        self._pattern_tokenizer = None
        if entries is not None:
            self.add_entries(entries)

    def _pattern_docs(self, texts: list[str]) -> list[Doc]:
        if self._pattern_tokenizer is None:
            self._pattern_tokenizer = _pattern_tokenizer(self.nlp)
        return list(self._pattern_tokenizer.pipe(texts))

    def add_cues(self, groups: dict[str, list[str]]) -> None:
        """Also find these words (any case) in the same pass; each doc's matches go to
        ``doc.user_data["kg_cues"]`` as ``[(group, start token, end token), ...]``."""
        if self._pattern_tokenizer is None:
            self._pattern_tokenizer = _pattern_tokenizer(self.nlp)
        for key, group in _add_word_groups(self.matcher, self._pattern_tokenizer, groups, "cue:").items():
            self._cue_keys[key] = group

    def word_names(self) -> tuple[dict[str, tuple[T, str, bool]], dict[str, tuple[T, str, bool]]]:
        """The lexicon's one-word names (no space): ``(as written, lower-cased)`` tables of ``(type,
        canonical, curated)``, for names the tokenizer left glued to other text ("mIoU/273.6")."""
        orth: dict[str, tuple[T, str, bool]] = {}
        lower: dict[str, tuple[T, str, bool]] = {}
        for e in self.entries:
            val = (e.type, e.canonical, e.source == "curated")
            for name in e.names:
                if " " in name:
                    continue
                if _match_as_written(name, e.case_sensitive):
                    orth.setdefault(name, val)
                else:
                    lower.setdefault(name.lower(), val)
        return orth, lower

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
                    if _match_as_written(v, entry.case_sensitive):
                        orth_texts.append(v)
                        orth_keys.append(key)
                    else:
                        lower_texts.append(v)
                        lower_keys.append(key)
        for texts, keys, written in ((lower_texts, lower_keys, False), (orth_texts, orth_keys, True)):
            by_key: dict[str, list[Doc]] = {}
            for k, d in zip(keys, self._pattern_docs(texts)):
                by_key.setdefault(k + "=" if written else k, []).append(d)
            for k, docs in by_key.items():
                self.matcher.add(k, docs)
                e = self.entries[int(k.rstrip("="))]
                h = self.nlp.vocab.strings.add(k)
                self._by_key[h] = (e.type, e.canonical, e.source == "curated")
                if written:
                    self._as_written[h] = {tuple(t.orth_ for t in d) for d in docs}

    def __call__(self, doc: Doc) -> Doc:
        by_key, as_written, cue_keys = self._by_key, self._as_written, self._cue_keys
        found = []
        written = []
        cues: list[tuple[str, int, int]] = []
        for match_id, start, end in self.matcher(doc):
            forms = as_written.get(match_id)
            if forms is not None:
                if tuple(doc[i].orth_ for i in range(start, end)) in forms:
                    written.append((start, end, *by_key[match_id]))
            elif match_id in by_key:
                found.append((start, end, *by_key[match_id]))
            else:
                cues.append((cue_keys[match_id], start, end))
        found.extend(written)  # the names in any case first, then those matched as written
        doc.user_data[LEX_KEY] = found
        if cue_keys:
            doc.user_data[CUE_KEY] = cues
        if self.spans:
            doc.spans["kg_lexicon"] = [
                Span(doc, a, b, label=t.value, kb_id=canonical, span_id="curated" if curated else "generated")
                for a, b, t, canonical, curated in found
            ]
        return doc

    def pipe(self, docs, batch_size: int = 64):
        return _pipe_batches(self, docs, batch_size)


def _pipe_batches(component, docs, batch_size: int):
    """Run ``component`` over ``docs`` a batch at a time: the stage before it handles a whole batch first,
    so each stage's code and tables stay in the processor's caches across the batch."""
    for batch in minibatch(docs, batch_size):
        for doc in batch:
            component(doc)
        yield from batch


@Language.factory("kg_lexicon", default_config={"types": None, "spans": True})
def make_lexicon_matcher(nlp: Language, name: str, types: list[str] | None, spans: bool):
    """The lexicon component; its patterns are the shipped lexicons (loaded when the pipeline is built),
    without the generated entries that cannot be names of their type (:func:`rules.usable_entry`).
    ``spans=False`` skips the ``doc.spans`` copy (kg's own extraction reads ``doc.user_data``)."""
    return LexiconMatcher(nlp, [e for e in load_lexicon(types) if rules.usable_entry(e)], spans=spans)


def _lexicon_matches(doc: Doc) -> list[tuple[int, int, T, str, bool]]:
    """The lexicon component's matches, ``(start token, end token, type, canonical, curated)``, taken out
    of ``doc.user_data``; from ``doc.spans["kg_lexicon"]`` when a doc carries only those (set by other code)."""
    found = doc.user_data.pop(LEX_KEY, None)
    if found is not None:
        return found
    return [(sp.start, sp.end, T(sp.label_), sp.kb_id_, sp.id_ == "curated") for sp in doc.spans.get("kg_lexicon", [])]


# --- the entity finder -------------------------------------------------------------------------------------

GENERIC_NAMES = {
    "ai", "artificial intelligence", "deep learning", "machine learning", "neural networks", "neural network",
    "deep neural networks", "deep neural network", "computer vision", "natural language processing", "nlp",
    "learning", "training", "inference", "model", "models", "data", "dataset", "benchmark",
    # a kind of thing, not a method one could look up (GUIDELINES: "deep models", "baselines")
    "network architecture", "network architectures", "neural architecture", "neural architectures",
    "model architecture", "model architectures", "deep model", "deep models", "baseline", "baselines",
}


#: Kind nouns right after an acronym's parenthesis that type its long form ("the Parsing Covering (PC) metric").
_KIND_AFTER_ACRONYM = {"metric": T.METRIC, "measure": T.METRIC, "score": T.METRIC, "dataset": T.DATASET,
                       "benchmark": T.DATASET, "corpus": T.DATASET, "database": T.DATASET, "loss": T.METHOD}


def _acronym_candidates(text: str, lex_by_span: dict[tuple[int, int], Candidate],
                        cands: list[Candidate]) -> tuple[dict[str, tuple[int, int]], set[str]]:
    """Add a candidate for each acronym's long form to ``cands``; returns the acronyms (short form -> long
    form span) and the short forms that name none of our types ("MRI", "GPUs")."""
    acronyms: dict[str, tuple[int, int]] = {}
    not_names: set[str] = set()
    for ls, le, ss, se in abbreviations.find_abbreviations(text):
        long_text = text[ls:le]
        if long_text.lower() in GENERIC_NAMES or entityhood.generic(long_text):
            continue  # "state-of-the-art (SOTA)"
        if long_text.rsplit(None, 1)[-1].lower() in rules.NOT_ENTITY_HEADS \
                or long_text.lower().endswith(("processing unit", "processing units")):
            not_names.add(text[ss:se])  # "magnetic resonance imaging (MRI)", "Graphics Processing Units (GPUs)"
            continue
        head = _HEAD_AFTER_ACRONYM.match(text, se)
        word = head.group(1).lower() if head else ""
        if word in rules.TASK_HEADS:
            # "Click-through rate (CTR) prediction": the task is the long form, the acronym and the head
            cands.append(Candidate(ls, head.end(), T.TASK, rules.PRI_ACRONYM_LONG, "acronym"))
            acronyms[f"{text[ss:se]} {head.group(1)}"] = (ls, head.end())
            continue
        lex = lex_by_span.get((ls, le))
        etype = lex.type if lex else _KIND_AFTER_ACRONYM.get(word) or rules.type_of_long_form(long_text)
        if etype is T.TASK and not lex and _COINED_BEFORE.search(text, max(0, ls - 24), ls):
            etype = T.METHOD  # "a formulation called Weighted Rank Component Analysis (WRCA)": coined, proposed
        cands.append(Candidate(ls, le, etype, rules.PRI_ACRONYM_LONG, "acronym", lex.canonical if lex else None))
        acronyms[text[ss:se]] = (ls, le)
    return acronyms, not_names


def _title_in_capitals(text: str, title_end: int) -> bool:
    """Whether the title is set all in capitals (three words or more, no lower-case letter): a word's
    shape says nothing there, with or without a function word.

    >>> _title_in_capitals("DEEP MULTI-PERSON POSE ESTIMATION\\n\\nWe ...", 33), _title_in_capitals("BERT-GCN: a model", 17)
    (True, False)
    """
    title = text[:title_end] if title_end > 0 else ""
    return len(title.split()) >= 3 and not any(c.islower() for c in title)


#: Rules that go by the shape of words, meaningless in text set in capitals.
_SHAPE_RULES = frozenset({"name", "dataset-context"})
_HEAD_AFTER_ACRONYM = re.compile(r"\s*\)\s+([a-z]+)\b")
#: Words that coin a name right before it: a paper names what it makes (a method), not a task it works on.
_COINED_BEFORE = re.compile(r"\b(?:called|named|dubbed|termed|coined)\s+(?:the\s+)?$", re.I)


class EntityFinder:
    """Rules + acronyms + lexicon spans -> the doc's typed entities, proposals, results and URLs.

    The rules look only where one PhraseMatcher finds their cue words (head words of technique and task
    phrases, "propose", "named", "dataset", "task"), and name-like shapes are tried only at tokens that are
    not plain words: no rule scans the whole text with a regex alternation.
    """

    def __init__(self, nlp: Language, spans: bool = True) -> None:
        self.nlp = nlp
        self.spans = spans
        # "plain" tokens (lower-case, capitalised words, punctuation, spaces, and anything not starting with an
        # ASCII letter, as every name shape does) cannot start a name: one lexeme flag, computed once per word
        # type, instead of five attributes read per token
        get = nlp.vocab.lex_attr_getters
        lower, title, alpha, punct, space = (get[a] for a in (IS_LOWER, IS_TITLE, IS_ALPHA, IS_PUNCT, IS_SPACE))
        self.plain_flag = nlp.vocab.add_flag(
            lambda w: bool(lower(w) or (title(w) and alpha(w)) or punct(w) or space(w)
                           or not ("a" <= w[:1].lower() <= "z")))
        groups = dict(rules.CUE_WORDS)
        groups["HEAD"] = sorted((rules.METHOD_HEADS | rules.TASK_HEADS) - rules.WEAK_HEADS)
        self.cue_groups = list(groups)
        # our own matcher for docs the lexicon component did not see; with the lexicon in the pipeline
        # the cue words are found in its pass over the tokens, which saves one of our own
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cue_keys = _add_word_groups(self.cues, _pattern_tokenizer(nlp), groups)
        self.common_words = entityhood.load_words("common_english.txt")
        self.verb_words = entityhood.load_words("verb_words.txt")
        lexicon = nlp.get_pipe("kg_lexicon") if "kg_lexicon" in nlp.pipe_names else None
        if isinstance(lexicon, LexiconMatcher):
            lexicon.add_cues(groups)
            self.word_orth, self.word_lower = lexicon.word_names()
        else:
            self.word_orth, self.word_lower = {}, {}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get(TEXT_KEY)
        if text is None:
            text = doc.text
        title_end = text.find("\n")
        found = DocFindings()
        found.urls = urls.find_urls(text)

        # token offsets: a token ends where the next begins, less its trailing space (spaCy's whitespace is
        # one space or none), which reads less per token than the lexeme's LENGTH; the "plain" flag
        arr = doc.to_array([self.plain_flag, IDX, SPACY])
        idx = arr[:, 1]
        tok_start = idx.tolist()
        ends = numpy.empty_like(idx)
        if len(ends):
            ends[:-1] = idx[1:]
            ends[-1] = len(text)
        ends -= arr[:, 2]
        tok_end = ends.tolist()
        named = arr[:, 0] == 0  # the tokens where a name may begin
        name_starts = idx[named].tolist()
        token_cues = doc.user_data.pop(CUE_KEY, None)
        if token_cues is None:
            token_cues = [(self.cue_keys[key], a, b) for key, a, b in self.cues(doc)]
        cues: dict[str, list[tuple[int, int]]] = {k: [] for k in self.cue_groups}
        for group, a, b in token_cues:
            cues[group].append((tok_start[a], tok_end[b - 1]))
        sents = rules.sentences(text)
        windows = rules.proposal_windows(text, sents, cues["PROPOSE"], cues["NAMED"])

        cands: list[Candidate] = []
        lex_by_span: dict[tuple[int, int], Candidate] = {}
        for a, b, etype, canonical, curated in _lexicon_matches(doc):
            s, e = tok_start[a], tok_end[b - 1]
            long = b - a > 1 or e - s > 12
            c = Candidate(s, e, etype, rules.PRI_LEXICON_LONG if long else rules.PRI_LEXICON,
                          "lexicon" if curated else "lexicon-gen", canonical)
            cands.append(c)
            lex_by_span[(s, e)] = c
        for c in rules.name_candidates(text, name_starts):
            if (c.start, c.end) not in lex_by_span:
                word = text[c.start:c.end]
                hit = self.word_orth.get(word) or self.word_lower.get(word.lower())
                if hit is not None:
                    # a lexicon name the phrase matcher missed because the tokenizer glued it to its
                    # neighbour ("72.0% mIoU/273.6 FPS"): the lexicon's type and name, not a Method shape
                    etype, canonical, curated = hit
                    c = Candidate(c.start, c.end, etype, rules.PRI_LEXICON, "lexicon" if curated else "lexicon-gen",
                                  canonical if canonical != word else None)
            cands.append(c)
        cands.extend(rules.sized_names(text))
        cands.extend(rules.head_phrases(text, cues["HEAD"], self.verb_words))

        # acronym definitions: the long form is one entity with the acronym as alias
        acronyms, not_names = _acronym_candidates(text, lex_by_span, cands)

        cands.extend(context.dataset_context(text, cues["DATA_NOUN"]))
        cands.extend(context.self_names(text, title_end, windows))
        cands.extend(context.proposal_objects(text, windows))
        cands.extend(context.task_context(text, title_end, cues["TASK_NOUN"]))
        cands.extend(context.measured_metrics(text, cues["CHANGE"]))
        cands.extend(metric_roles.role_metrics(text, cues["MEASURE"]))
        cands.extend(context.list_members(text, cues["SUCH_AS"], sents, title_end))

        # capitals runs need a function word in capitals ("FOR"), which is never a plain token
        caps = rules.capitals_runs(text, hinted=any(text[a:b] in rules.CAPS_FUNCTION_SET
                                                    for a, b in zip(name_starts, ends[named].tolist())))
        if _title_in_capitals(text, title_end):  # "MULTI-VIEW MATCHING: FACILITATING MULTI-PERSON ..."
            caps = [*caps, (0, title_end)]
        if caps:  # in text set in capitals, name shapes and "X dataset" phrases are noise (lexicon names stay)
            cands = [c for c in cands if not (c.rule in _SHAPE_RULES and any(a <= c.start < b for a, b in caps)
                                              and not any(ch.isdigit() for ch in text[c.start:c.end]))]
        cands = self._entity_hood(text, cands, sents, title_end, not_names, found.urls)
        found.entities = link_acronyms(text, retype_list_members(text, resolve(cands)), acronyms, found)
        found.proposed = proposed(text, found, title_end, windows)
        found.results = results(text, found, sents)
        doc.user_data[USER_KEY] = found
        if self.spans:
            doc.spans["kg"] = self._spans(doc, found, tok_start)
        return doc

    def pipe(self, docs, batch_size: int = 64):
        return _pipe_batches(self, docs, batch_size)

    def _entity_hood(self, text: str, cands: list[Candidate], sents: list[tuple[int, int]], title_end: int,
                     not_names: set[str], links: list[tuple[str, int, int]]) -> list[Candidate]:
        """The candidates that can be entities by the evidence around them (see :mod:`kg.extract.entityhood`),
        metrics the sentence supports, and longer Title Case names over lexicon fragments."""
        for _, s, e in links:  # nothing starts inside a link (one filter per link: no generator per candidate)
            cands = [c for c in cands if not (s <= c.start < e)]
        cands = entityhood.whole_words(text, cands)  # no match starts or ends inside a word ("nuScenes")
        cands = entityhood.outside(cands, entityhood.furniture_spans(text, sents))  # "[cs.CL]", headers, notes
        cands = entityhood.not_cited_authors(text, cands)  # "Peters et al., 2018"
        cands = entityhood.not_everyday(text, cands, self.common_words)  # "Another dataset", "French corpus"
        cands = context.filter_metrics(text, cands, sents)
        cands = context.merge_name_fragments(text, cands, title_end, sents)
        return [c for c in cands if text[c.start:c.end].lower() not in GENERIC_NAMES
                and not (not_names and text[c.start:c.end] in not_names)
                and not (c.rule != "lexicon" and entityhood.generic(text[c.start:c.end]))]

    @staticmethod
    def _spans(doc: Doc, found: DocFindings, starts: list[int]) -> list[Span]:
        """The entities as spaCy spans (token-aligned: a span inside a token grows to the whole token)."""
        out = []
        for i, c in enumerate(found.entities):
            a = bisect_right(starts, c.start) - 1
            b = bisect_left(starts, c.end)
            if 0 <= a < b:
                out.append(Span(doc, a, b, label=c.type.value, kb_id=found.canonical.get(i) or c.canonical or ""))
        return out


@Language.factory("kg_entities", default_config={"spans": True})
def make_entity_finder(nlp: Language, name: str, spans: bool):
    """Rules, acronyms, resolution, proposals, results and URLs (see :class:`EntityFinder`); ``spans=False``
    skips the ``doc.spans["kg"]`` copy of the findings in ``doc.user_data["kg"]``."""
    return EntityFinder(nlp, spans=spans)
