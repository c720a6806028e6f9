"""What a build already has: the papers of an earlier build (``--append``) and the extraction
checkpoint of an interrupted one, so that a build extracts each paper once and never loses or
duplicates one.

- The checkpoint (``DIR/.extractions.partial.jsonl``) receives each extraction record as it comes. A
  killed build leaves it behind; the next ``--append`` counts its papers as done and links them with
  the new ones. Its last line may be cut: a cut record is dropped (its paper is extracted again), a
  complete record missing only its newline is kept and the newline written.
- A run that is rejected (``--strict`` found a bad record) takes its own records back out of the
  checkpoint, so they do not come back with the next ``--append``.
- A paper is "already there" when its id or its title is, as within one input (the reader merges both).
  Versions of one arXiv paper are one paper, as in the reader: a version no later than the one held is
  already there; a later one is new and replaces the held one (:meth:`BuildState.records` leaves the
  earlier record out, in whichever file it is), so the build keeps the latest version of each paper.
"""
from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Iterator, TextIO

import networkx as nx

from kg.arxiv import VersionTable
from kg.extractions import iter_extractions_file
from kg.models import Entity, Extraction, Paper, paper_id_from_title
from kg.vocab import EntityType

EXTRACTIONS_FILE = "extractions.jsonl"
#: Extraction checkpoint of a build in progress (``--append`` resumes from it after an interruption).
PARTIAL_FILE = ".extractions.partial.jsonl"


def repair_checkpoint(path: Path) -> None:
    """End the checkpoint at its last complete record: a cut last line is removed, a whole record that
    only lacks its newline (the process died between the two writes) gets it."""
    with open(path, "rb+") as fh:
        data = fh.read()
        keep = data.rfind(b"\n") + 1
        tail = data[keep:]
        if not tail:
            return
        try:
            Extraction.from_json(json.loads(tail.decode("utf-8")))
        except (ValueError, KeyError, TypeError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            fh.truncate(keep)
            return
        fh.write(b"\n")


class BuildState:
    """The papers an output folder already holds, and this run's extraction checkpoint.

    Parameters
    ----------
    out : the output folder
    append : keep the earlier build's papers and a checkpoint left by an interrupted run; without it
        both are ignored (the checkpoint is started afresh)
    """

    def __init__(self, out: Path, append: bool) -> None:
        self.checkpoint = out / PARTIAL_FILE
        self.previous = out / EXTRACTIONS_FILE
        self.append = append
        if not append:
            self.checkpoint.unlink(missing_ok=True)
        elif self.checkpoint.is_file():
            repair_checkpoint(self.checkpoint)
        self.ids: set[str] = set()
        self.titles: set[str] = set()
        self.versions = VersionTable()
        #: ids of records replaced by a later arXiv version of their paper (left out of :meth:`records`)
        self.superseded: set[str] = set()
        self.n_previous = 0
        for ex in self._stored():  # counted as records() yields them: each paper id once
            if ex.paper.id not in self.ids:
                self.n_previous += 1
            self.remember(ex.paper)
        self.n_previous -= len(self.superseded)
        self._superseded_before = len(self.superseded)
        self.n_new = 0
        self._start = self.checkpoint.stat().st_size if self.checkpoint.is_file() else 0
        self._fh: TextIO | None = None

    @property
    def total(self) -> int:
        return self.n_previous + self.n_new - (len(self.superseded) - self._superseded_before)

    @property
    def unchanged(self) -> bool:
        """An append that found nothing new, with no checkpoint to fold in: the build stays as it is."""
        return self.append and self.n_new == 0 and self._start == 0 and self.previous.is_file()

    def already(self, paper: Paper) -> bool:
        """The build holds ``paper``: its arXiv version or a later one, else its id or its title."""
        if self.versions.kept(paper.id) is not None:
            return self.versions.covers(paper.id)
        return paper.id in self.ids or paper_id_from_title(paper.title) in self.titles

    def forget_papers(self) -> None:
        """Reading is over: drop the ids, titles and versions kept to recognise papers again (a Dask
        build's driver keeps nothing per paper while the graph is built, but the few superseded ids)."""
        self.ids, self.titles, self.versions = set(), set(), VersionTable()

    def remember(self, paper: Paper) -> tuple[Paper, str | None]:
        """Hold ``paper``'s id and title, and its arXiv version (see :meth:`claim`, whose answer it returns)."""
        self.ids.add(paper.id)
        self.titles.add(paper_id_from_title(paper.title))
        return self.claim(paper)

    def claim(self, paper: Paper) -> tuple[Paper, str | None]:
        """Hold ``paper``'s arXiv version. Returns the paper, naming the versions merged into it when it
        replaces an earlier one, and the id of the record it replaces (or None)."""
        dropped = self.versions.offer(paper.id, paper.merged_versions)
        if dropped is None:
            return paper, None
        self.superseded.add(dropped)
        if dropped == paper.id:  # an earlier version than the one held (only while the stored records are read)
            return paper, None
        return replace(paper, merged_versions=self.versions.merged(paper.id)), dropped

    # -- this run's records ----------------------------------------------------------------------------
    def __enter__(self) -> "BuildState":
        self._fh = open(self.checkpoint, "a", encoding="utf-8")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def add(self, ex: Extraction) -> None:
        """Checkpoint one new record (flushed now and then: a kill loses at most the unflushed tail)."""
        assert self._fh is not None, "use `with state:` around add()"
        self._fh.write(json.dumps(ex.to_json(), ensure_ascii=False) + "\n")
        self.n_new += 1
        if self.n_new % 64 == 0:
            self._fh.flush()

    def add_file(self, path: Path) -> int:
        """Checkpoint every record of a file of extraction records as it is (a Dask shard). Returns their number."""
        assert self._fh is not None, "use `with state:` around add_file()"
        n = 0
        with open(path, encoding="utf-8") as src:
            for line in src:
                if line.strip():
                    self._fh.write(line if line.endswith("\n") else line + "\n")
                    n += 1
        self.n_new += n
        return n

    def rollback(self) -> None:
        """Take this run's records back out of the checkpoint (the run was rejected)."""
        self.__exit__()
        if self.checkpoint.is_file():
            if self._start:
                os.truncate(self.checkpoint, self._start)
            else:
                self.checkpoint.unlink()
        self.n_new = 0

    def finish(self) -> None:
        """The build is committed: its records are in ``extractions.jsonl``, the checkpoint goes."""
        self.__exit__()
        self.checkpoint.unlink(missing_ok=True)

    # -- reading -----------------------------------------------------------------------------------------
    def _stored(self) -> Iterator[Extraction]:
        if self.append and self.previous.is_file():
            yield from iter_extractions_file(self.previous)
        if self.checkpoint.is_file():
            yield from iter_extractions_file(self.checkpoint)

    def record_files(self) -> list[Path]:
        """The files :meth:`records` reads, in order (flushed first): a Dask build partitions them."""
        if self._fh is not None:
            self._fh.flush()
        files = [self.previous] if self.append and self.previous.is_file() else []
        return files + ([self.checkpoint] if self.checkpoint.is_file() else [])

    def records(self) -> Iterator[Extraction]:
        """Every record of the build: the earlier build's, the checkpoint's and this run's, each paper once
        (the latest of its arXiv versions)."""
        if self._fh is not None:
            self._fh.flush()
        seen: set[str] = set(self.superseded)
        for ex in self._stored():
            if ex.paper.id not in seen:
                seen.add(ex.paper.id)
                yield ex


def existing_entities(g: nx.MultiDiGraph) -> dict[str, Entity]:
    """The entity table of an earlier build, so appended papers link to the same nodes: an entity is named as the
    linker named it (a node's ``linked_name``, when its kept papers renamed it:
    :func:`kg.graph.build.entity_node_attrs`), so the papers unlinked from it (:func:`kg.graph.unlinked.names_node`)
    are unlinked again, as in a fresh build."""
    out: dict[str, Entity] = {}
    for nid, d in g.nodes(data=True):
        t = d.get("type")
        if t in (None, EntityType.PAPER.value, EntityType.RESULT.value):
            continue
        try:
            etype = EntityType(t)
        except ValueError:
            continue
        name = d.get("linked_name") or d.get("name", "")
        out[nid] = Entity(id=nid, type=etype, name=name, aliases=set(d.get("aliases") or ()))
    return out
