"""The per-doc context kg's spaCy components share: one :class:`DocContext` in ``doc.user_data["kg"]``.

The tokenizer (:class:`kg.extract.TextKeepingTokenizer`) creates it with the input string; ``kg_lexicon``
adds its matches and the entity finder's cue words (token offsets); ``kg_entities`` adds the character
offsets, sentences and cue spans the candidate sources (:mod:`kg.extract.sources`) read, gathers the
candidates, then keeps only :attr:`DocContext.findings` (:meth:`DocContext.release`): a batch of docs in
flight holds fewer objects, and the garbage collector promotes and re-scans fewer.

>>> import spacy
>>> doc = spacy.blank("en")("We propose FooNet.")
>>> ctx = doc_context(doc)
>>> ctx.text, ctx.findings is None, doc_context(doc) is ctx
('We propose FooNet.', True, True)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.candidates import Candidate
from kg.extract.findings import DocFindings
from kg.vocab import EntityType as T

#: The one ``doc.user_data`` key kg's components use.
KEY = "kg"

Span = tuple[int, int]
#: A lexicon match: (start token, end token, type, canonical name, curated).
LexMatch = tuple[int, int, T, str, bool]
#: A one-word lexicon name's (type, canonical name, curated).
WordName = tuple[T, str, bool]


@dataclass(frozen=True)
class FinderTables:
    """The entity finder's per-pipeline tables the sources and filters read (loaded once, shared by every doc)."""

    common_words: frozenset[str] = frozenset()  # everyday English words (ordinary_words.not_everyday)
    verb_words: frozenset[str] = frozenset()  # words abstracts mostly use as verbs (head_phrases.head_phrases)
    word_orth: dict[str, WordName] = field(default_factory=dict)  # one-word lexicon names matched as written
    word_lower: dict[str, WordName] = field(default_factory=dict)  # one-word lexicon names in any case
    task_openers: frozenset[tuple[str, str]] = frozenset()  # stop word + word opening Task names (head_phrases.task_openers)
    dataset_keys: dict[str, WordName] = field(default_factory=dict)  # Dataset names by name_key (boundaries)
    task_modifiers: frozenset[str] = frozenset()  # words modifying Task lexicon names (context.tasks.task_modifier_words)
    method_openers: dict[str, frozenset[str]] = field(default_factory=dict)  # head_phrases.method_openers
    compounds: frozenset[str] = frozenset()  # "bounding box": two words the corpus writes as a unit (task_grow.compound_leads)
    lone_dataset_keys: frozenset[str] = frozenset()  # generated Dataset names one name list alone gives (boundaries)
    task_tails: frozenset[str] = frozenset()  # endings of two words or more of Task lexicon names (context.areas)


@dataclass(eq=False)
class DocContext:
    """What the components know about one doc. Offsets are characters into :attr:`text` unless named tokens."""

    text: str
    # set by kg_lexicon (token offsets), taken by kg_entities
    lexicon: list[LexMatch] | None = None
    cue_tokens: list[tuple[str, int, int]] | None = None  # (cue group, start token, end token)
    # token spans of names written as one word with a hyphen added ("mix-up" for mixup): no longer than one word
    one_word_spelled: frozenset[tuple[int, int]] = frozenset()
    # set by kg_entities before the sources run
    tables: FinderTables = field(default_factory=FinderTables)
    title_end: int = -1  # where the title ends (first line break), -1 without one
    dashes: frozenset[int] = frozenset()  # punctuation dashes the text has as spaces (kg.extract.dash_tokens)
    tok_start: list[int] = field(default_factory=list)
    tok_end: list[int] = field(default_factory=list)
    name_starts: list[int] = field(default_factory=list)  # starts of the tokens where a name may begin
    name_ends: list[int] = field(default_factory=list)  # ... and their ends
    cues: dict[str, list[Span]] = field(default_factory=dict)  # cue group -> character spans
    sents: list[Span] = field(default_factory=list)
    windows: list[tuple[int, int, int]] = field(default_factory=list)  # proposal windows (proposal_cues.proposal_windows)
    # written by one source for the later ones
    lex_by_span: dict[Span, Candidate] = field(default_factory=dict)  # lexicon candidates by span
    acronyms: dict[str, Span] = field(default_factory=dict)  # defined acronym -> its long form's span
    not_names: set[str] = field(default_factory=set)  # defined acronyms that name none of our types
    # the result (its ``urls`` are found first: no candidate starts inside a link)
    findings: DocFindings | None = None

    def release(self) -> None:
        """Drop everything but the text and the findings (the doc may stay alive a while in a batch)."""
        keep = DocContext(self.text, findings=self.findings)
        self.__dict__.update(keep.__dict__)


def doc_context(doc) -> DocContext:
    """The doc's :class:`DocContext`, created (from ``doc.text``) when no component made one yet."""
    ctx = doc.user_data.get(KEY)
    if ctx is None:
        ctx = doc.user_data[KEY] = DocContext(doc.text)
    return ctx
