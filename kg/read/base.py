"""Dispatch to the right reader, clean and de-duplicate, and count what was skipped."""
from __future__ import annotations

import json
import os
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from kg.arxiv import VersionTable
from kg.errors import InputError
from kg.models import Paper, paper_id_from_title
from kg.read.csvrows import records_csv
from kg.read.decode import HEAD_BYTES, LineCounts, has_undecodable, input_error, iter_chunks, iter_lines, open_binary, sniff
from kg.read.jsonstream import CONTAINER_KEYS, iter_json_records
from kg.read.papers_page import parse_papers_page
from kg.read.records import RawRecord, record_from_mapping
from kg.read.text import clean_text

#: An abstract longer than this is cut (at a sentence end when possible) and counted.
MAX_ABSTRACT_CHARS = 20_000
MAX_TITLE_CHARS = 1_000
#: A figure's or table's caption label ("Figure 2:", "Fig. 3a:", "Table 1:"; "F igure" from a PDF's
#: extraction) far enough into an abstract marks the paper's body pasted after it (issues 13, 18).
_CAPTION = re.compile(r"\b(?:F ?ig(?:ure)?\.?|Table)\s*\d+[a-z]?\s*:\s")
#: A caption this early is a figure's text before the abstract, not a body after it: left alone.
BODY_CAPTION_FROM = 500
#: A link written out (the paper's own code, often a footnote with no full stop after it).
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)


@dataclass
class ReadStats:
    """What the readers saw: files, records, papers kept, and skips by reason (with examples)."""

    files: int = 0
    records: int = 0
    papers: int = 0
    duplicates: int = 0
    #: records left out for a later version of the same arXiv paper (its id with a higher ``vN``)
    versions: int = 0
    truncated: int = 0
    #: abstracts cut before the paper's body text pasted after them (see :func:`cut_body`)
    body_cut: int = 0
    #: titles printed twice, cut before the second copy (see :func:`cut_title_copy`)
    title_cut: int = 0
    #: records left out by ``categories`` (not bad ones: ``--strict`` ignores them)
    filtered: int = 0
    #: lines that were not UTF-8 and were read as cp1252 (kept, and said in the summary)
    legacy: int = 0
    skipped: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    encodings: Counter = field(default_factory=Counter)

    def skip(self, reason: str, where: str) -> None:
        self.skipped[reason] += 1
        ex = self.examples.setdefault(reason, [])
        if len(ex) < 3:
            ex.append(where)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def summary(self) -> str:
        """One paragraph for the user: kept, merged and skipped (by reason, with where)."""
        parts = [f"read {self.papers} papers from {self.files} file(s)"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate(s) merged")
        if self.versions:
            parts.append(f"{self.versions} earlier arXiv version(s) merged into the latest")
        if self.truncated:
            parts.append(f"{self.truncated} over-long abstract(s) truncated")
        if self.body_cut:
            parts.append(f"{self.body_cut} abstract(s) cut before the paper's body text")
        if self.title_cut:
            parts.append(f"{self.title_cut} title(s) printed twice cut to one copy")
        if self.filtered:
            parts.append(f"{self.filtered} left out by category")
        if self.legacy:
            parts.append(f"{self.legacy} line(s) not UTF-8 read as cp1252")
        if self.skipped:
            reasons = "; ".join(
                f"{n} {reason} (e.g. {', '.join(self.examples.get(reason, []))})"
                for reason, n in self.skipped.most_common()
            )
            parts.append(f"skipped {self.skipped_total}: {reasons}")
        return ", ".join(parts)

    def to_json(self) -> dict:
        return {
            "files": self.files,
            "records": self.records,
            "papers": self.papers,
            "duplicates": self.duplicates,
            "versions_merged": self.versions,
            "truncated": self.truncated,
            "body_cut": self.body_cut,
            "title_cut": self.title_cut,
            "filtered": self.filtered,
            "legacy_lines": self.legacy,
            "skipped": dict(self.skipped),
            "examples": self.examples,
        }


def detect_format(path: Path, head: str) -> str:
    """``jsonl``, ``json`` (a JSON document: list, object, pretty-printed), ``csv`` or ``text``, from
    the content first (a ``.jsonl`` holding a JSON list is read as a list), then the file name."""
    name = path.name.lower().removesuffix(".gz")
    s = head.lstrip()
    first = s.split("\n", 1)[0].strip()
    if s.startswith("["):
        return "json"
    if s.startswith("{"):
        # one record per line, unless the first line is only the start of a pretty-printed object
        return "json" if first == "{" or (first.startswith("{") and first.endswith((",", "[", "{"))) else "jsonl"
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".csv", ".tsv")):
        return "csv"
    low = first.lower()
    if "title" in low and "abstract" in low and ("," in low or "\t" in low):
        return "csv"
    return "text"


#: Control characters inside JSON strings (a raw tab or NUL) are accepted; clean_text removes them.
_LOOSE_JSON = json.JSONDecoder(strict=False)


def _from_mapping(obj: Any, where: str) -> RawRecord | tuple[str, str]:
    try:
        return record_from_mapping(obj, where)
    except ValueError as exc:
        return (str(exc), where)


def _records_jsonl(lines: Iterable[str], source: str) -> Iterator[RawRecord | tuple[str, str]]:
    """One record per line; a line holding a JSON list gives each of its objects."""
    for no, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        where = f"{source}:{no}"
        try:
            obj = _LOOSE_JSON.decode(line)
        except json.JSONDecodeError:
            yield ("malformed JSON line", where)
            continue
        except RecursionError:
            yield ("JSON nested too deeply", where)
            continue
        items = _contained(obj)
        if items is None:
            yield _from_mapping(obj, where)
        else:
            for i, item in enumerate(items, 1):
                yield _from_mapping(item, f"{where}[{i}]")


def _contained(obj: Any) -> list | None:
    """The records a line holds when it is not one record: a JSON list, or an object with no title that
    holds a list of them (an API page: ``{"meta": ..., "results": [...]}``)."""
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict) and not any(k in obj for k in ("title", "display_name", "Title", "name")):
        for key in CONTAINER_KEYS:
            if isinstance(obj.get(key), list):
                return obj[key]
    return None


def _records_json(chunks: Iterator[str], source: str) -> Iterator[RawRecord | tuple[str, str]]:
    """The records of a JSON document, streamed (see :mod:`kg.read.jsonstream`)."""
    for ok, value, where in iter_json_records(chunks, source):
        yield _from_mapping(value, where) if ok else (value, where)


def _raw_records(path: Path, stats: ReadStats) -> Iterator[RawRecord | tuple[str, str]]:
    """Every record of one file (or ``(reason, where)`` for one that cannot be used), streamed."""
    source = str(path)
    counts = LineCounts()
    fh = open_binary(path)
    try:
        try:
            sniffed = sniff(fh.read(HEAD_BYTES), source)
            fh.seek(0)
        except (OSError, EOFError, zlib.error) as exc:
            raise input_error(path, exc) from exc
        stats.encodings[sniffed.encoding] += 1
        fmt = detect_format(path, sniffed.head)
        try:
            if fmt == "json":
                yield from _records_json(iter_chunks(fh, sniffed, counts), source)
            elif fmt == "csv":
                yield from records_csv(iter_lines(fh, sniffed, counts), source)
            elif fmt == "jsonl":
                yield from _records_jsonl(iter_lines(fh, sniffed, counts), source)
            else:
                yield from parse_papers_page(iter_lines(fh, sniffed, counts), source)
        except (OSError, EOFError, zlib.error) as exc:  # a gzip stream cut short, a disk error
            yield (f"rest of the file unreadable ({input_error(path, exc)})", source)
    finally:
        stats.legacy += counts.legacy
        fh.close()


def _truncate(abstract: str) -> str:
    cut = abstract[:MAX_ABSTRACT_CHARS]
    dot = cut.rfind(". ")
    return cut[: dot + 1] if dot > MAX_ABSTRACT_CHARS // 2 else cut


def cut_body(abstract: str) -> str | None:
    """The abstract without the paper's body pasted after it, or None when there is none to cut.

    The body is taken to start at the sentence holding the first figure or table caption label
    ("Figure 2: ...") at least :data:`BODY_CAPTION_FROM` characters in: the cut falls after the last
    sentence end before the label, so a figure's stray text before its caption goes too, or after a
    link written out after that sentence end (the paper's code: "Code is at https://... Figure 1:").
    A mention "as shown in Fig. 1" is no caption label and cuts nothing.
    """
    m = _CAPTION.search(abstract, BODY_CAPTION_FROM)
    if m is None:
        return None
    head = abstract[: m.start()]
    end = max(head.rfind(". "), head.rfind("? "), head.rfind("! ")) + 1
    if end <= BODY_CAPTION_FROM // 2:
        return None
    links = list(_LINK.finditer(head, end))
    return head[: links[-1].end()] if links else head[:end]


#: A word of a title: letters, digits, hyphens.
_WORD = re.compile(r"[\w\-]+")
#: What a title's copy leaves at the cut: spaces, quotes, commas, an opening bracket.
_CUT_END = " \t\"'\u201c\u201d,;:({["


def _copy_start(title: str, words: list) -> tuple[int, re.Match] | None:
    """Where the title's first copy starts (word 0, or word 1 or 2 after a short capitalised page
    heading such as "Graphical Abstract") and where its three opening words come again; None when
    they never do."""
    for k in range(3):
        if k and not all(w.group()[0].isupper() for w in words[:k]):
            return None
        opening = words[k:k + 3]
        if not all(any(ch.isalpha() for ch in w.group()) for w in opening):
            continue
        pattern = r"\W+".join(re.escape(w.group()) for w in opening)
        again = re.compile(rf"(?<![\w\-]){pattern}(?![\w\-])", re.I).search(title, opening[2].end())
        if again is not None:
            return k, again
    return None


def _shared_end(first: list, second: list) -> int:
    """How many words the first copy shares with the start of the second (in any case; the title's
    last word may be cut short: "Recog")."""
    n = 0
    while n < min(len(first), len(second)):
        word, again = first[n].group().lower(), second[n].lower()
        if word != again and not (n == len(second) - 1 and word.startswith(again)):
            break
        n += 1
    return n


def cut_title_copy(title: str) -> str | None:
    """The title's first copy when a PDF's converter printed it again after it (a page's heading, a
    citation block, the title as set), None when it is printed once.

    The title is printed again where its first three words (each holding a letter) come again, in any
    case, or the three words after a short capitalised page heading (one or two words: "Graphical
    Abstract"); what comes from there on (the copy and whatever follows it: a BibTeX entry, figure
    labels) goes, and so does the heading, which the page sets before the second copy too (a title
    whose subtitle follows it again, "Foo-1: A Benchmark for Bar: A Benchmark for Bar", has none there:
    left alone). The first copy ends where the words it shares with the second end, when they are
    more than half of it and the words after them are none of the second copy's: what the converter
    put between the copies ("title =", "Highlights", a page mark) goes. A first copy in capitals is
    a running head before the title as set: left alone (the title as set after it keeps the name's
    case). A title that names a thing twice ("Residual Networks of Residual Networks") does not
    repeat its opening three words.

    >>> cut_title_copy("FooNet: Tree Parsing at Scale \\"FooNet: Tree Parsing at Scale Bib: @misc{doe}")
    'FooNet: Tree Parsing at Scale'
    >>> cut_title_copy("Visual Summary FooNet: Tree Parsing at Scale Highlights FooNet: Tree Parsing at Scale")
    'FooNet: Tree Parsing at Scale'
    >>> cut_title_copy("FOONET: TREE PARSING FooNet: Tree Parsing"), cut_title_copy("Residual Trees of Residual Trees: Multilevel Residual Trees")
    (None, None)
    """
    words = list(_WORD.finditer(title, 0, 200))
    found = _copy_start(title, words) if len(words) >= 6 else None
    if found is None:
        return None
    k, again = found
    first = [w for w in words[k:] if w.end() <= again.start()]
    second = _WORD.findall(title, again.start())
    shared = _shared_end(first, second)
    between = {w.group().lower() for w in first[shared:]}
    cut = 0 < len(between) and 2 * shared > len(first) and not between & {w.lower() for w in second}
    if k and not cut:
        return None
    end = first[shared].start() if cut else again.start()
    copy = title[words[k].start():end].rstrip(_CUT_END)
    if copy.upper() == copy or len(_WORD.findall(copy)) < 3:
        return None
    return copy


def _usable_title(rec: RawRecord, stats: ReadStats) -> str | None:
    """The cleaned title of a record :func:`to_paper` keeps; None (and a counted skip) for one it drops.

    A record holding bytes that were not UTF-8 is skipped (not garbled: its title would give another
    id than the corrected file's, and a re-run would add a duplicate)."""
    if any(has_undecodable(v) for v in (rec.title, rec.abstract, rec.id or "")):
        stats.skip("bytes that are not UTF-8", rec.where)
        return None
    title = clean_text(rec.title)[:MAX_TITLE_CHARS]
    if not title:
        stats.skip("no title", rec.where)
        return None
    first = cut_title_copy(title)
    if first is not None:
        stats.title_cut += 1
        return first
    return title


def to_paper(rec: RawRecord, stats: ReadStats) -> Paper | None:
    """Clean a raw record into a :class:`Paper`; None (and a counted skip) when nothing usable is left."""
    title = _usable_title(rec, stats)
    if title is None:
        return None
    abstract = clean_text(rec.abstract)
    if len(abstract) > MAX_ABSTRACT_CHARS:
        abstract = _truncate(abstract)
        stats.truncated += 1
    kept = cut_body(abstract)
    if kept is not None:
        abstract = kept
        stats.body_cut += 1
    pid = clean_text(rec.id) if rec.id else ""
    pid = pid or paper_id_from_title(title)
    return Paper(
        id=pid,
        title=title,
        abstract=abstract,
        url=rec.url,
        year=rec.year,
        source=rec.where,
        categories=rec.categories,
    )


def expand_inputs(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Expand directories into their readable files; raise for inputs that do not exist."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(
                f for f in path.rglob("*")
                if f.is_file() and not f.name.startswith(".")
                and f.name.lower().endswith((".txt", ".jsonl", ".json", ".csv", ".tsv", ".ndjson", ".gz"))
            )
            if not files:
                raise InputError(f"{path}: directory holds no .txt/.jsonl/.json/.csv files")
            out.extend(files)
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return out


def iter_papers(
    paths: Iterable[str | os.PathLike],
    stats: ReadStats | None = None,
    *,
    limit: int | None = None,
    categories: Iterable[str] | None = None,
    strict_files: bool = False,
) -> Iterator[Paper]:
    """Yield the distinct papers of all inputs, in input order.

    A paper seen again (same id, or same title) is merged into the first: skipped and counted as a
    duplicate. Versions of one arXiv paper (``2101.07518v1``, ``2101.07518v4``; an id without ``vN`` is
    the same paper) are one paper, whatever their order: the latest is kept, in its place, the earlier
    ones named in its ``merged_versions`` and counted (a first, cheap pass over the inputs finds the
    latest; see :func:`_latest_versions`; with a ``limit`` there is no such pass and the first version read is kept). Other ids (DOIs, OpenAlex ids) are never versions. An unreadable or empty *file* is an :class:`InputError` when ``strict_files`` or when it
    is the only input; otherwise it is counted and the other files still load.

    Parameters
    ----------
    paths : files or directories (``.txt`` papers pages, ``.jsonl``/``.json``/``.csv``, optionally ``.gz``)
    stats : filled in as the stream is consumed
    limit : stop after this many papers
    categories : keep only papers with one of these categories (arXiv ``cs.CL`` or a prefix ``cs.``)
    """
    stats = stats if stats is not None else ReadStats()
    files = expand_inputs(paths)
    cats = tuple(categories or ())
    # with a limit, no first pass over inputs that may be far larger than what is read (a snapshot):
    # the first version read of an arXiv paper is the one kept
    distinct = _Distinct(_latest_versions(files, cats) if limit is None else None)
    for path in files:
        stats.files += 1
        try:
            for item in _raw_records(path, stats):
                stats.records += 1
                if isinstance(item, tuple):
                    stats.skip(item[0], item[1])
                    continue
                paper = to_paper(item, stats)
                if paper is None:
                    continue
                if cats and not _in_categories(paper.categories, cats):
                    stats.filtered += 1
                    continue
                paper = distinct.admit(paper, stats)
                if paper is None:
                    continue
                stats.papers += 1
                yield paper
                if limit is not None and stats.papers >= limit:
                    return
        except InputError as exc:
            if strict_files or len(files) == 1:
                raise
            stats.skip("unreadable file", str(exc))


def _latest_versions(files: list[Path], cats: tuple[str, ...]) -> VersionTable:
    """The first pass of :func:`iter_papers`: the version kept of each arXiv paper, among the records the
    reading keeps (a title, UTF-8, a category asked for). Only titles and ids are cleaned, and what the
    second pass counts is not counted here."""
    table = VersionTable()
    scratch = ReadStats()
    for path in files:
        try:
            for item in _raw_records(path, scratch):
                if isinstance(item, tuple) or not item.id or _usable_title(item, scratch) is None:
                    continue
                if not cats or _in_categories(item.categories, cats):
                    table.offer(clean_text(item.id))
        except InputError:
            continue  # counted (or raised) by the second pass
    return table


class _Distinct:
    """The papers :func:`iter_papers` lets through: each id, title and arXiv paper once (the version
    the first pass found latest)."""

    def __init__(self, versions: VersionTable | None) -> None:
        self.first_wins = versions is None  # no first pass: the first version read is kept
        self.versions = VersionTable() if versions is None else versions
        self.ids: set[str] = set()
        self.titles: set[str] = set()

    def admit(self, paper: Paper, stats: ReadStats) -> Paper | None:
        """``paper`` (naming the versions merged into it) when it is new, else None (and counted)."""
        kept = self.versions.kept(paper.id)
        if kept is not None and kept != paper.id:
            if self.first_wins or self.versions.older(paper.id):  # (no first pass: any other version read later)
                stats.versions += 1
            else:  # the same version under another spelling ("arXiv:2101.07518v4")
                stats.duplicates += 1
            return None
        tkey = paper_id_from_title(paper.title)
        if paper.id in self.ids or tkey in self.titles:
            stats.duplicates += 1
            return None
        self.ids.add(paper.id)
        self.titles.add(tkey)
        if self.first_wins:
            self.versions.offer(paper.id)
        merged = self.versions.merged(paper.id)
        return replace(paper, merged_versions=merged) if merged else paper


def _in_categories(have: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """``cs.CV`` matches itself; ``cs.`` and ``cs`` match every ``cs.*`` category."""
    return any(c == want or (want.endswith(".") and c.startswith(want)) or c.startswith(want + ".")
               for c in have for want in wanted)


def read_papers(paths: Iterable[str | os.PathLike], stats: ReadStats | None = None, **kw) -> list[Paper]:
    """All papers of the inputs as a list (see :func:`iter_papers`)."""
    return list(iter_papers(paths, stats, **kw))
