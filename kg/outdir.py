"""A build's output folder: one lock, generations of outputs, and one atomic switch between them.

Layout of ``DIR`` (``kg build --out DIR``)::

    DIR/graph.json        -> .kg/current/graph.json      (the same for store.lbug, graph.html,
    DIR/.kg/current       -> gen-<stamp>                   extractions.jsonl, build_report.json)
    DIR/.kg/gen-<stamp>/  the outputs of one build, complete
    DIR/.kg/lock          held (``flock``) by the build writing DIR; holds its pid

A build writes every output into a new generation folder; when all are complete it replaces the
``current`` pointer (a symbolic link, replaced with one ``rename``) and only then removes the previous
generation. Whatever moment a build is killed at, ``DIR/graph.json``, the store, the page and the
extraction records all resolve to one generation: the previous build's or the new one's, never a mix.
Readers (``kg query --db DIR``, ``kg load DIR``, ``kg viz DIR``) open ``DIR/<name>`` as before.

The lock is an ``flock`` on ``DIR/.kg/lock``: the kernel releases it when its process dies, so the
lock of a killed build is taken over by the next one, while a second build running at the same time
fails at once. Under the lock, anything a killed build left behind (generations that are not current,
temporary files and folders) is removed first.

A folder written by an older kg (outputs as plain files) is adopted on first use: its files are
hard-linked into a first generation, then each is replaced by its link (each step keeps every name
readable with the same content).
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError, SinkError, os_error_text

META_DIR = ".kg"
POINTER = "current"
GEN_PREFIX = "gen-"
LOCK_FILE = "lock"
#: Output names a build may write (the links in DIR), in the order a reader would list them.
OUTPUT_NAMES = ("extractions.jsonl", "graph.json", "store.lbug", "graph.html", "build_report.json")
#: Temporary names that kg's own writers leave when killed (``kg.fileio.atomic_open``, older staging).
_LEFTOVER = re.compile(r"^(\.kg-(staging|store)-.*|\.(%s)\..*\.tmp)$" % "|".join(re.escape(n) for n in OUTPUT_NAMES))


def _lock(path: Path) -> int:
    """Take the lock file ``path`` (``flock``, not blocking); returns its descriptor."""
    import fcntl  # noqa: PLC0415

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
        os.close(fd)
        if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
            raise InputError(f"{path.parent.parent}: another kg build (pid {holder}) is writing here; "
                             "wait for it to finish or choose another --out") from None
        raise
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    return fd


class OutDir:
    """An output folder held by this process (see the module notes). Use :meth:`locked`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.meta = path / META_DIR

    @classmethod
    @contextmanager
    def locked(cls, path: str | os.PathLike) -> Iterator["OutDir"]:
        """Create ``path`` if needed, take its lock, adopt an old layout and remove a killed build's
        leftovers. A folder this call created and that ends with no output is removed again."""
        p = Path(path)
        if p.exists() and not p.is_dir():
            raise InputError(f"{p}: exists and is not a directory")
        created = not p.exists()
        try:
            (p / META_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{p}: cannot create the output folder ({os_error_text(exc)})") from exc
        out = cls(p)
        fd = _lock(out.meta / LOCK_FILE)
        try:
            out._adopt_plain_outputs()
            out.remove_leftovers()
            yield out
        finally:
            if created and out.current() is None and [q.name for q in p.iterdir()] == [META_DIR]:
                shutil.rmtree(p, ignore_errors=True)
            os.close(fd)

    # -- generations ---------------------------------------------------------------------------------
    def current(self) -> Path | None:
        """The current generation folder, or None before the first build."""
        ptr = self.meta / POINTER
        if not ptr.is_symlink():
            return None
        gen = self.meta / os.readlink(ptr)
        return gen if gen.is_dir() else None

    def has(self, name: str) -> bool:
        cur = self.current()
        return cur is not None and (cur / name).is_file()

    def new_generation(self) -> Path:
        """A new, empty generation folder (invisible to readers until :meth:`switch`)."""
        try:
            return Path(tempfile.mkdtemp(prefix=GEN_PREFIX, dir=self.meta))
        except OSError as exc:
            raise SinkError(f"{self.path}: cannot write ({os_error_text(exc)})") from exc

    def inherit(self, gen: Path, names: Iterable[str]) -> list[str]:
        """Hard-link (or copy) these outputs of the current generation into ``gen``; returns those found."""
        cur = self.current()
        done = []
        for name in names:
            src = cur / name if cur is not None else None
            if src is None or not src.is_file():
                continue
            try:
                os.link(src, gen / name)
            except OSError:
                shutil.copy2(src, gen / name)
            done.append(name)
        return done

    def switch(self, gen: Path) -> None:
        """Make ``gen`` the current generation in one rename, then remove the previous one."""
        old = self.current()
        names = [f.name for f in gen.iterdir()]
        for name in names:  # new names first (they resolve only once the pointer moves)
            if not (self.path / name).exists() or (self.path / name).is_symlink():
                self._link_name(name)
        _fsync_tree(gen)  # the outputs reach the disk before the pointer names them
        tmp = self.meta / f".{POINTER}.tmp"
        tmp.unlink(missing_ok=True)
        os.symlink(gen.name, tmp)
        os.replace(tmp, self.meta / POINTER)
        _fsync_dir(self.meta)
        for name in names:  # plain files of an older layout: replaced by their link, same content
            self._link_name(name)
        for name in OUTPUT_NAMES:  # outputs this build did not write: their links would dangle
            link = self.path / name
            if link.is_symlink() and not (gen / name).exists():
                link.unlink()
        if old is not None and old != gen:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self, gen: Path) -> None:
        """Remove a generation that will not become current (a failed build)."""
        if gen != self.current():
            shutil.rmtree(gen, ignore_errors=True)

    def _link_name(self, name: str) -> None:
        """``DIR/name`` -> ``.kg/current/name`` (replacing a plain file of that name in one rename)."""
        link = self.path / name
        want = f"{META_DIR}/{POINTER}/{name}"
        if link.is_symlink() and os.readlink(link) == want:
            return
        if link.is_dir() and not link.is_symlink():
            raise SinkError(f"{link}: a folder is in the way of kg's output")
        tmp = self.path / f".{name}.kg-link.tmp"
        tmp.unlink(missing_ok=True)
        os.symlink(want, tmp)
        os.replace(tmp, link)

    # -- clean-up ------------------------------------------------------------------------------------
    def remove_leftovers(self) -> list[str]:
        """Remove what killed builds left: generations that are not current, temporary files."""
        cur = self.current()
        removed = []
        for q in self.meta.iterdir():
            if (q.name.startswith(GEN_PREFIX) and q != cur) or q.name.startswith(f".{POINTER}."):
                _remove(q)
                removed.append(str(q))
        for q in [*self.path.iterdir(), *(cur.iterdir() if cur is not None else ())]:
            if _LEFTOVER.match(q.name) or q.name.endswith(".kg-link.tmp"):
                _remove(q)
                removed.append(str(q))
        return removed

    def _adopt_plain_outputs(self) -> None:
        """An older kg wrote plain files: hard-link them into a first generation, then link the names."""
        plain = [n for n in OUTPUT_NAMES if (self.path / n).is_file() and not (self.path / n).is_symlink()]
        if not plain or self.current() is not None:
            return
        gen = self.new_generation()
        for name in plain:
            try:
                os.link(self.path / name, gen / name)
            except OSError:
                shutil.copy2(self.path / name, gen / name)
        self.switch(gen)


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p, ignore_errors=True)
    else:
        p.unlink(missing_ok=True)


def _fsync_tree(folder: Path) -> None:
    """fsync every file under ``folder`` (symbolic links not followed), then each folder."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if not os.path.islink(path):
                _fsync_dir(Path(path))
        _fsync_dir(Path(root))


def _fsync_dir(p: Path) -> None:
    """fsync a folder or a file, if it can be opened (errors are not the build's concern here)."""
    try:
        fd = os.open(p, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
