"""spaCy components: thin wrappers around the plain functions of the other ``kg.extract`` modules. They
share one :class:`~kg.extract.doc_context.DocContext` per doc, in ``doc.user_data["kg"]``.

- ``kg_lexicon``: one PhraseMatcher pass over the shipped lexicons (acronyms and case-sensitive single
  words only as written, the rest in any case, with hyphen/space variants); writes its matches to
  ``DocContext.lexicon`` and, unless ``spans=False``, ``doc.spans["kg_lexicon"]`` (label = type,
  ``kb_id_`` = canonical name, ``id_`` = "curated" or "generated"). The same pass finds the entity
  finder's cue words (``DocContext.cue_tokens``).
- ``kg_entities``: takes the cue words (or finds them with its own PhraseMatcher), fills the context
  (:meth:`EntityFinder.prepare`), gathers the candidates of the sources in :data:`kg.extract.sources.SOURCES`
  and selects the findings (:func:`kg.extract.selection.select`); keeps a
  :class:`~kg.extract.findings.DocFindings` in ``DocContext.findings`` (and drops the rest of the context:
  fewer objects stay alive per doc in a batch, which the garbage collector rewards) and, unless
  ``spans=False``, the same entities as ``doc.spans["kg"]``.

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

from kg.extract import head_phrases, lexicon_data, ordinary_words, proposal_cues, text_spans, urls
from kg.extract.context.areas import task_tails
from kg.extract.context.tasks import task_modifier_words
from kg.extract.dash_tokens import cut_at_dashes
from kg.extract.doc_context import DocContext, FinderTables, doc_context
from kg.extract.findings import DocFindings
from kg.extract.lexicon_data import LexEntry, british_spelling, default_case, entry_names, load_lexicon, name_key
from kg.extract.pattern_cache import PatternTokens
from kg.extract.selection import select
from kg.extract.sources import gather
from kg.extract.spelled_names import SpelledNames, one_word
from kg.extract.words import CUE_WORDS, METHOD_HEADS, TASK_HEADS, WEAK_HEADS
from kg.vocab import EntityType as T



_LETTER_HYPHEN_DIGIT = re.compile(r"([A-Za-z])-(\d)")
_WORD_SEPARATORS = re.compile(r"[\s\-]+")


#: A plus joining one capital letter to capitals before it inside a name ("RGB+D"): writers also put a hyphen there
#: or nothing ("RGB-D", "RGBD"); not before a word ("CelebA+masks" is no "CelebA masks").
_LETTER_PLUS_LETTER = re.compile(r"(?<=[A-Z])\+(?=[A-Z](?![A-Za-z]))")


def _variants(name: str) -> set[str]:
    """Spelling variants matched for one lexicon name: hyphen <-> space, hyphen dropped, a plus between
    capitals and one capital letter written as a hyphen or left out, and the British "-is-" of an "-iz-"
    ending.

    >>> sorted(_variants("NTU RGB+D"))
    ['NTU RGB D', 'NTU RGB+D', 'NTU RGB-D', 'NTU RGBD', 'NTU-RGB+D', 'NTU-RGB-D', 'NTU-RGBD']
    >>> sorted(_variants("CK+")), sorted(_variants("CelebA+masks")), sorted(_variants("quokka regularization"))
    (['CK+'], ['CelebA+masks'], ['quokka regularisation', 'quokka regularization', 'quokka-regularisation', 'quokka-regularization'])
    """
    out = set()
    forms = {name, _LETTER_PLUS_LETTER.sub("-", name), _LETTER_PLUS_LETTER.sub("", name)}
    for form in forms | {british_spelling(f) for f in forms}:
        out.add(form)
        if "-" in form:
            out.add(form.replace("-", " "))
            if _LETTER_HYPHEN_DIGIT.search(form):
                out.add(_LETTER_HYPHEN_DIGIT.sub(r"\1\2", form))
        if " " in form and len(form.split()) <= 4:
            out.add(form.replace(" ", "-"))
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
    words = _WORD_SEPARATORS.split(name)
    plain = [w for w in words if w.isalpha() and w.islower()]
    titled = [w for w in words if w.isalpha() and w[0].isupper() and w[1:].islower() and len(w) > 1]
    return not plain or bool(titled)  # "F1 score" any case; "Natural Questions", "IS-A" as written


def _add_word_groups(matcher: PhraseMatcher, patterns: PatternTokens, groups: dict[str, list[str]],
                     prefix: str = "") -> dict[int, str]:
    """Add each group of words to ``matcher`` under the key ``prefix + group``; returns match key -> group."""
    words = {group: sorted(set(ws)) for group, ws in groups.items()}
    _, hashes = patterns.patterns([w for ws in words.values() for w in ws])
    keys = {}
    at = 0
    for group, ws in words.items():
        key = prefix + group
        matcher.add(key, hashes[at:at + len(ws)])
        at += len(ws)
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
        self._patterns = PatternTokens(nlp)  # pattern texts -> tokens, cached on disk
        self._spelled = SpelledNames((), frozenset())
        if entries is not None:
            self.add_entries(entries)

    def add_cues(self, groups: dict[str, list[str]]) -> None:
        """Also find these words (any case) in the same pass; each doc's matches go to
        ``doc.user_data["kg_cues"]`` as ``[(group, start token, end token), ...]``."""
        for key, group in _add_word_groups(self.matcher, self._patterns, groups, "cue:").items():
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

    def dataset_keys(self) -> dict[str, tuple[T, str, bool]]:
        """The lexicon's Dataset names by :func:`~kg.extract.lexicon_data.name_key` (case, spaces and hyphens
        aside): ``(type, canonical, curated)``, to find a name the text writes with its parts spaced otherwise
        ("MORPH Album 2" for "MORPH Album2")."""
        keys: dict[str, tuple[T, str, bool]] = {}
        for e in self.entries:
            if e.type is T.DATASET:
                for name in e.names:
                    keys.setdefault(name_key(name), (e.type, e.canonical, e.source == "curated"))
        return keys

    def lone_dataset_keys(self) -> frozenset[str]:
        """The :func:`~kg.extract.lexicon_data.name_key` of each generated Dataset name one name list alone gives
        (a source with no "+": often a leaderboard's split or attack set, "ImageNet-Patch"), which a text's
        lower-case hyphen piece does not make (:func:`~kg.extract.dataset_bounds.lexicon_hyphen_pieces`)."""
        return frozenset(name_key(name) for e in self.entries if e.type is T.DATASET
                         and e.source != "curated" and "+" not in e.source for name in e.names)

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
        # one tokenizer pass (or cache read) for all texts; a pattern is its tokens' LOWER hashes
        toks, hashes = self._patterns.patterns(lower_texts + orth_texts)
        n = len(lower_texts)
        for keys, written, at in ((lower_keys, False, 0), (orth_keys, True, n)):
            by_key: dict[str, list[int]] = {}
            for i, k in enumerate(keys, at):
                by_key.setdefault(k + "=" if written else k, []).append(i)
            for k, rows in by_key.items():
                self.matcher.add(k, [hashes[i] for i in rows])
                e = self.entries[int(k.rstrip("="))]
                h = self.nlp.vocab.strings.add(k)
                self._by_key[h] = (e.type, e.canonical, e.source == "curated")
                if written:
                    self._as_written[h] = {toks[i] for i in rows}
        self._spelled = SpelledNames(((name, _match_as_written(name, e.case_sensitive),
                                       (e.type, e.canonical, e.source == "curated"))
                                      for e in self.entries for name in e.names), ordinary_words.load_words(),
                                     self.lone_dataset_keys())

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
        ctx = doc_context(doc)
        spelled = self._spelled.find(doc, found, ctx.text)  # then hyphenated spellings of names ("300-W", "Cifar-10")
        found.extend(spelled)
        ctx.lexicon = found
        ctx.one_word_spelled = frozenset((a, b) for a, b, _t, canonical, _c in spelled if one_word(canonical))
        if cue_keys:
            ctx.cue_tokens = cues
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
    without the generated entries that cannot be names of their type (:func:`~kg.extract.lexicon_data.usable_entry`).
    ``spans=False`` skips the ``doc.spans`` copy (kg's own extraction reads ``doc.user_data``)."""
    return LexiconMatcher(nlp, [e for e in load_lexicon(types) if lexicon_data.usable_entry(e)], spans=spans)


# --- the entity finder -------------------------------------------------------------------------------------


class EntityFinder:
    """Candidate sources + selection -> the doc's typed entities, proposals, results and URLs.

    ``__call__`` fills the doc's :class:`~kg.extract.doc_context.DocContext` (token offsets, cue spans,
    sentences), gathers the candidates of every source in :data:`kg.extract.sources.SOURCES`, and selects the
    findings (:func:`kg.extract.selection.select`). The rules look only where one PhraseMatcher finds their cue
    words (head words of technique and task phrases, "propose", "named", "dataset", "task"), and name-like
    shapes are tried only at tokens that are not plain words: no rule scans the whole text with a regex
    alternation.
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
        groups = dict(CUE_WORDS)
        groups["HEAD"] = sorted((METHOD_HEADS | TASK_HEADS) - WEAK_HEADS)
        self.cue_groups = list(groups)
        # our own matcher for docs the lexicon component did not see; with the lexicon in the pipeline
        # the cue words are found in its pass over the tokens, which saves one of our own
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cue_keys = _add_word_groups(self.cues, PatternTokens(nlp), groups)
        lexicon = nlp.get_pipe("kg_lexicon") if "kg_lexicon" in nlp.pipe_names else None
        word_orth, word_lower, dataset_keys, lone_keys = {}, {}, {}, frozenset()
        if isinstance(lexicon, LexiconMatcher):
            lexicon.add_cues(groups)
            word_orth, word_lower = lexicon.word_names()
            dataset_keys, lone_keys = lexicon.dataset_keys(), lexicon.lone_dataset_keys()
        task_names = entry_names([T.TASK])
        verbs = ordinary_words.load_words("verb_words.txt")
        self.tables = FinderTables(ordinary_words.load_words("common_english.txt"), verbs, word_orth, word_lower,
                                   head_phrases.task_openers(task_names, verbs=verbs), dataset_keys,
                                   task_modifier_words(task_names),
                                   head_phrases.lexicon_method_openers(),
                                   ordinary_words.load_words("compound_words.txt"), lone_keys, task_tails(task_names))

    def __call__(self, doc: Doc) -> Doc:
        ctx = self.prepare(doc)
        ctx.findings = select(ctx, cut_at_dashes(gather(ctx), ctx.dashes, ctx.text))
        if self.spans:
            doc.spans["kg"] = self._spans(doc, ctx.findings, ctx.tok_start)
        ctx.release()
        return doc

    def pipe(self, docs, batch_size: int = 64):
        return _pipe_batches(self, docs, batch_size)

    def prepare(self, doc: Doc) -> DocContext:
        """The doc's context, filled for the sources: links, token offsets, cue spans, sentences, windows."""
        ctx = doc_context(doc)
        text = ctx.text
        ctx.tables = self.tables
        ctx.title_end = text.find("\n")
        ctx.findings = DocFindings(urls=urls.find_urls(text))
        # token offsets: a token ends where the next begins, less its trailing space (spaCy's whitespace is
        # one space or none), which reads less per token than the lexeme's LENGTH; the "plain" flag
        arr = doc.to_array([self.plain_flag, IDX, SPACY])
        idx = arr[:, 1]
        ctx.tok_start = tok_start = idx.tolist()
        ends = numpy.empty_like(idx)
        if len(ends):
            ends[:-1] = idx[1:]
            ends[-1] = len(text)
        ends -= arr[:, 2]
        ctx.tok_end = tok_end = ends.tolist()
        named = arr[:, 0] == 0  # the tokens where a name may begin
        ctx.name_starts = idx[named].tolist()
        ctx.name_ends = ends[named].tolist()
        token_cues = ctx.cue_tokens
        if token_cues is None:
            token_cues = [(self.cue_keys[key], a, b) for key, a, b in self.cues(doc)]
        ctx.cues = cues = {k: [] for k in self.cue_groups}
        for group, a, b in token_cues:
            cues[group].append((tok_start[a], tok_end[b - 1]))
        if ctx.lexicon is None:  # matches other code wrote as spans
            ctx.lexicon = [(sp.start, sp.end, T(sp.label_), sp.kb_id_, sp.id_ == "curated")
                           for sp in doc.spans.get("kg_lexicon", [])]
        ctx.sents = text_spans.sentences(text)
        ctx.windows = proposal_cues.proposal_windows(text, ctx.sents, cues["PROPOSE"], cues["NAMED"])
        return ctx

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
