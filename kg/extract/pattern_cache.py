"""The PhraseMatcher patterns of the lexicon and cue words, tokenized once and kept on disk.

Building the pipeline used to tokenize some 24,000 lexicon names into spaCy docs in every process (about 1.7 s,
most of it spent creating a vocabulary entry for each new word). A phrase pattern only needs each token's
``LOWER`` hash, and the as-written check its token strings, so :class:`PatternTokens` keeps the token strings of
every pattern text in one JSON file under the user's cache (``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``;
``KG_CACHE_DIR`` overrides it, and an empty ``KG_CACHE_DIR`` turns the cache off).

The file's name is a hash of the spaCy version, the language and every pattern text in order, so a changed
lexicon, a changed rule that picks the patterns, or another spaCy gets a file of its own. A file that cannot be
read, is not valid JSON, or whose tokens do not spell their texts is ignored and rewritten; writes go through a
temporary file and an atomic rename, a file no process has read for 30 days is
removed when another is written, and a cache folder that cannot be written only costs the time it would
have saved. Nothing is downloaded.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> PatternTokens(nlp, cache=False).tokens(["ResNet-50", "word error rate"])
[('ResNet-50',), ('word', 'error', 'rate')]
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kg.fileio import atomic_open

if TYPE_CHECKING:
    from spacy.language import Language

#: Bump when the file's layout changes.
FORMAT = 1
#: A pattern file unread for this many days is removed when another one is written.
STALE_DAYS = 30


def cache_dir() -> Path | None:
    """The folder of kg's cache files: ``KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``;
    None when ``KG_CACHE_DIR`` is set but empty (no cache)."""
    if "KG_CACHE_DIR" in os.environ:
        return Path(os.environ["KG_CACHE_DIR"]) if os.environ["KG_CACHE_DIR"] else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def _key(lang: str, texts: list[str]) -> str:
    import spacy  # noqa: PLC0415

    h = hashlib.sha256(f"kg-patterns {FORMAT} spacy {spacy.__version__} {lang}\n".encode())
    h.update(json.dumps(texts, ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:32]


def _spells(text: str, tokens: list) -> bool:
    """Whether ``tokens`` (strings) are ``text`` split by the tokenizer: same characters, spaces aside."""
    return all(isinstance(t, str) for t in tokens) and "".join(tokens).replace(" ", "") == text.replace(" ", "")


class PatternTokens:
    """Pattern texts -> token strings, and the PhraseMatcher patterns (``LOWER`` hashes) made from them.

    Parameters
    ----------
    nlp : Language
        The pipeline whose vocabulary and tokenizer rules the patterns are for.
    cache : bool
        Read and write the cache file (:func:`cache_dir`); False always tokenizes.
    """

    def __init__(self, nlp: Language, cache: bool = True) -> None:
        self.nlp = nlp
        self.cache = cache
        self._tokenizer = None
        #: what the last :meth:`tokens` call did: "read" (cache hit), "built" (tokenized)
        self.last = ""

    def _tokenize(self, texts: list[str]) -> list[tuple[str, ...]]:
        """Tokenize with a tokenizer of the pipeline's language sharing its vocab, not the pipeline's own:
        tens of thousands of one-off strings through that leave it about five times slower on abstracts."""
        if self._tokenizer is None:
            import spacy  # noqa: PLC0415

            self._tokenizer = spacy.blank(self.nlp.lang, vocab=self.nlp.vocab).tokenizer
        return [tuple(t.orth_ for t in doc) for doc in self._tokenizer.pipe(texts)]

    def tokens(self, texts: list[str]) -> list[tuple[str, ...]]:
        """Each text's token strings, as the tokenizer splits it (from the cache when it holds them). The cache
        file is named by the sorted distinct texts, so the order they come in (a set's) does not matter."""
        folder = cache_dir() if self.cache else None
        uniq = sorted(set(texts))
        path = folder / f"patterns-{_key(self.nlp.lang, uniq)}.json" if folder else None
        found = _read(path, uniq) if path is not None else None
        self.last = "read" if found is not None else "built"
        if found is None:
            found = self._tokenize(uniq)
            if path is not None:
                _write(path, found)
        by_text = dict(zip(uniq, found))
        return [by_text[t] for t in texts]

    def patterns(self, texts: list[str]) -> tuple[list[tuple[str, ...]], list[list[int]]]:
        """``(token strings, LOWER hashes)`` of each text: the hashes are what ``PhraseMatcher(attr="LOWER")``
        reads from a pattern doc (the vocabulary's own ``LOWER`` getter, its string added to the store)."""
        toks = self.tokens(texts)
        from spacy.attrs import LOWER  # noqa: PLC0415

        lower, add = self.nlp.vocab.lex_attr_getters[LOWER], self.nlp.vocab.strings.add
        memo: dict[str, int] = {}
        hashes = []
        for words in toks:
            row = []
            for w in words:
                h = memo.get(w)
                if h is None:
                    h = memo[w] = add(lower(w))
                row.append(h)
            hashes.append(row)
        return toks, hashes


def _read(path: Path, texts: list[str]) -> list[tuple[str, ...]] | None:
    """The cached tokens of ``texts``, or None when the file is missing, unreadable or does not fit them."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    rows = data.get("tokens")
    if not isinstance(rows, list) or len(rows) != len(texts):
        return None
    if not all(isinstance(r, list) and _spells(t, r) for t, r in zip(texts, rows)):
        return None
    try:
        os.utime(path)  # marks the file as in use (see _write)
    except OSError:
        pass
    return [tuple(r) for r in rows]


def _write(path: Path, rows: list[tuple[str, ...]]) -> None:
    """Write the cache file atomically, and remove pattern files beside it that no process has read for
    :data:`STALE_DAYS` (an older lexicon's or spaCy's); a failure is ignored."""
    try:
        with atomic_open(path) as fh:
            json.dump({"format": FORMAT, "tokens": rows}, fh, ensure_ascii=False, separators=(",", ":"))
        cutoff = time.time() - STALE_DAYS * 86400
        for old in path.parent.glob("patterns-*.json"):
            if old != path and old.stat().st_mtime < cutoff:
                old.unlink(missing_ok=True)
    except OSError:
        pass
