"""Extraction: a spaCy pipeline built from ``spacy.blank("en")`` plus kg's components and lexicons.

>>> from kg.models import Paper
>>> ex = extract_one(Paper("p1", "A Study", "We propose FooNet, evaluated on ImageNet with top-1 accuracy."))
>>> sorted((m.type.value, m.text) for m in ex.mentions)
[('Dataset', 'ImageNet'), ('Method', 'FooNet'), ('Metric', 'top-1 accuracy')]
>>> ex.proposed
('FooNet',)
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
from typing import TYPE_CHECKING, Iterable, Iterator

from kg.errors import ExtractError
from kg.extract.dash_tokens import as_written, blank_dashes, dash_starts, split_dashes
from kg.extract.doc_context import KEY, DocContext
from kg.extract.findings import DocFindings
from kg.models import Extraction, Mention, Paper, RepoMention, Result

if TYPE_CHECKING:  # spaCy is imported by build_nlp: linking and graph code import pure modules of this package
    from spacy.language import Language

#: Between title and abstract in the doc. Two newlines, not one: a single newline glued between two words
#: stops spaCy's tokenizer from caching the rest of the doc (measured: 5x slower).
SEPARATOR = "\n\n"


class TextKeepingTokenizer:
    """The blank English tokenizer, keeping the input string in the doc's
    :class:`~kg.extract.doc_context.DocContext` (``doc.user_data["kg"]``) so that the components need not
    rebuild it from the tokens (``Doc.text`` walks every token on each access). A dash set off as punctuation
    before a name in the abstract is a token of its own, and a space in the context's text (:mod:`kg.extract.dash_tokens`); the
    mentions are cut from the paper's own text (:func:`_extract_serial`)."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        dashes = dash_starts(text, max(0, text.find(SEPARATOR)))
        doc = split_dashes(self.tokenizer(text), dashes, self.tokenizer)
        doc.user_data[KEY] = DocContext(blank_dashes(text, dashes), dashes=frozenset(dashes))
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # explain, vocab, rules, ... of the wrapped tokenizer
        return getattr(self.tokenizer, name)


#: A full stop after a capital letter that a plus or hyphen joins to a name ends the sentence: spaCy keeps "D." of
#: "on NTU RGB+D." or "on SUN RGB-D." as one token (an initial), and the name's lexicon entry never matches.
JOINED_LETTER_STOP = r"(?<=[A-Za-z0-9][+\-][A-Z])\."


def _tokenizer(nlp: Language):
    """The blank English tokenizer with :data:`JOINED_LETTER_STOP` among its suffixes, keeping its text.

    >>> import spacy
    >>> [t.text for t in _tokenizer(spacy.blank("en"))("on NTU RGB+D. J. Doe")]
    ['on', 'NTU', 'RGB+D', '.', 'J.', 'Doe']
    """
    from spacy.util import compile_suffix_regex  # noqa: PLC0415

    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, JOINED_LETTER_STOP]).search
    return TextKeepingTokenizer(nlp.tokenizer)


def build_nlp(*, lexicon: bool = True, sentencizer: bool = False, spans: bool = False) -> Language:
    """The extraction pipeline: blank English tokenizer, (optional sentencizer), lexicon matcher,
    entity finder. The entity rules split sentences with a regex of their own, so the sentencizer is
    off by default (it costs about 8% of extraction time); turn it on when you want ``doc.sents``.
    The findings are in ``doc.user_data["kg"].findings``; ``spans=True`` also writes them as spaCy spans
    (``doc.spans["kg"]`` and ``doc.spans["kg_lexicon"]``), which kg's own extraction does not read.

    No model is downloaded; the lexicons ship inside the package.
    """
    import spacy  # noqa: PLC0415 - not at import: kg.extract.lexicon_data & co. serve linking without spaCy

    from kg.extract import components as _components  # noqa: F401, PLC0415  (registers the factories)

    try:
        nlp = spacy.blank("en")
        nlp.tokenizer = _tokenizer(nlp)
        if sentencizer:
            nlp.add_pipe("sentencizer")
        if lexicon:
            nlp.add_pipe("kg_lexicon", config={"spans": spans})
        nlp.add_pipe("kg_entities", config={"spans": spans})
    except (OSError, ValueError) as exc:  # pragma: no cover - broken installation
        raise ExtractError(f"cannot build the extraction pipeline: {exc}") from exc
    return nlp


def doc_text(paper: Paper) -> str:
    """The text one doc holds: the title, a blank line, the abstract."""
    return paper.title + SEPARATOR + paper.abstract


def _field_offsets(paper: Paper, start: int, end: int) -> tuple[str, int, int] | None:
    """Map doc offsets to (field, start, end) in that field; None for a span across the boundary."""
    t = len(paper.title)
    if end <= t:
        return "title", start, end
    off = t + len(SEPARATOR)
    if start >= off:
        return "abstract", start - off, end - off
    return None


def to_extraction(paper: Paper, found: DocFindings, text: str, scanned: str | None = None) -> Extraction:
    """Turn a doc's findings into an :class:`Extraction` with per-field offsets. ``scanned`` is the text the
    rules read when it differs from ``text`` (:func:`kg.extract.dash_tokens.blank_dashes`): the names they give
    as strings are cut from ``text`` again (:func:`kg.extract.dash_tokens.as_written`)."""
    def w(name):
        return as_written(name, scanned, text)

    mentions = []
    names, aliases = found.canonical, found.aliases
    for i, c in enumerate(found.entities):
        loc = _field_offsets(paper, c.start, c.end)
        if loc is None:
            continue
        fld, s, e = loc
        written = text[c.start:c.end]
        canonical = w(names.get(i) or c.canonical)
        mentions.append(Mention(c.type, written, s, e, fld, canonical if canonical and canonical != written else None,
                                tuple(w(a) for a in aliases.get(i, ())), c.rule))
    repos = []
    seen = set()
    for url, s, e in found.urls:
        loc = _field_offsets(paper, s, e)
        if loc is None or url in seen:
            continue
        seen.add(url)
        repos.append(RepoMention(url=url, start=loc[1], end=loc[2], field=loc[0]))
    results = []
    for r in found.results:
        loc = _field_offsets(paper, r.start, r.end)
        if loc is None:
            continue
        results.append(Result(r.value, w(r.method), w(r.dataset), w(r.metric), loc[1], loc[2], loc[0], r.kind,
                              r.baseline))
    return Extraction(paper=paper, mentions=tuple(mentions), repos=tuple(repos),
                      proposed=tuple(w(n) for n in found.proposed), results=tuple(results))


def _extract_serial(papers: Iterable[Paper], nlp: Language, batch_size: int) -> Iterator[Extraction]:
    pairs = ((doc_text(p), p) for p in papers)
    for doc, paper in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        ctx = doc.user_data.get(KEY)
        if ctx is None:
            yield to_extraction(paper, DocFindings(), doc.text)
        else:
            text = doc_text(paper)
            yield to_extraction(paper, ctx.findings or DocFindings(), text, None if ctx.text == text else ctx.text)


_WORKER_NLP: Language | None = None


def _worker_init() -> None:
    global _WORKER_NLP
    _WORKER_NLP = build_nlp()


def _worker_run(chunk: list[Paper]) -> list[Extraction]:
    assert _WORKER_NLP is not None
    return list(_extract_serial(chunk, _WORKER_NLP, len(chunk)))


def _chunks(papers: Iterable[Paper], n: int) -> Iterator[list[Paper]]:
    it = iter(papers)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def extract_papers(
    papers: Iterable[Paper],
    nlp: Language | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Stream extractions, in input order. Memory is bounded by the batch size, not the corpus.

    With ``n_process > 1`` each worker process builds its own pipeline once and handles batches.
    """
    if n_process <= 1:
        yield from _extract_serial(papers, nlp or build_nlp(), batch_size)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(n_process, initializer=_worker_init) as pool:
        for out in pool.imap(_worker_run, _chunks(papers, batch_size), chunksize=1):
            yield from out


def extract_one(paper: Paper, nlp: Language | None = None) -> Extraction:
    """Extract one paper (builds a pipeline when none is given: pass one when calling in a loop)."""
    return next(_extract_serial([paper], nlp or build_nlp(), 1))


__all__ = ["build_nlp", "extract_papers", "extract_one", "doc_text"]
