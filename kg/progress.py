"""Progress of the long stages on stderr: a status line on a terminal, plain log lines otherwise.

``Progress`` is the ``progress(label, total)`` callback that :func:`kg.pipeline.build` takes: each call
starts a stage (ending the one before) and returns ``update(n)``, called with the number of items
just done. With a total, the display shows the share done and the time left (ETA); without, the
count and the rate. On a terminal one line is redrawn at most ``tty_every`` seconds apart; when stderr
is a file or a pipe (a log, CI, ``2> build.log``) a plain line is written at most every
``log_every`` seconds, and one when each stage ends, so that a redirected build still says where it is.

>>> import io
>>> out = io.StringIO()
>>> p = Progress(out, tty=False, clock=iter([0, 1, 2]).__next__, log_every=10)
>>> update = p("link", 4)
>>> update(4)
>>> p.close()
>>> print(out.getvalue().strip())
link: 0/4 papers started
link: 4/4 papers (100%) done in 2.0 s, 2.0/s
"""
from __future__ import annotations

import sys
import time
from typing import Callable, TextIO


def fmt_seconds(s: float) -> str:
    """``42 s``, ``3 min 05 s``, ``1 h 02 min``."""
    s = max(0, int(round(s)))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"


#: What each stage of ``kg build`` counts (other labels use the ``unit`` the display was made with).
UNITS = {"extract": "papers", "link": "papers", "graph": "papers", "json": "records", "store": "rows",
         "neo4j": "rows", "html": "page", "parquet": "records", "csv": "records", "graphml": "records"}


class Progress:
    """A ``progress(label, total)`` callback that draws on ``stream`` (see the module notes).

    Parameters
    ----------
    stream : where to write (stderr by default)
    tty : redraw one line (True) or write log lines (False); default: whether ``stream`` is a terminal
    unit : the items' name in the lines ("papers", "rows")
    """

    def __init__(self, stream: TextIO | None = None, *, tty: bool | None = None, unit: str = "",
                 clock: Callable[[], float] = time.monotonic, log_every: float = 15.0, tty_every: float = 0.2):
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.unit = f" {unit}" if unit else ""
        self.clock = clock
        self.every = tty_every if self.tty else log_every
        self.label: str | None = None
        self.stage_unit = self.unit
        self._late_done: dict[tuple[str, float], int] = {}

    def __call__(self, label: str, total: int | None) -> Callable[[int], None]:
        self._replace()
        self.label, self.total, self.done = label, total, 0
        self.start = self.last = self.clock()
        self.stage_unit = f" {UNITS[label]}" if label in UNITS else self.unit
        if not self.tty:
            self._write(f"{label}: {'0/' + format(total, ',') if total else '0'}{self.stage_unit} started")
        start = self.start

        def update(n: int = 1) -> None:
            if self.label == label and self.start == start:
                self.update(n)
            else:
                self._late(label, total, start, n)
        return update

    def _late(self, label: str, total: int | None, start: float, n: int) -> None:
        """Count items of a stage that a later stage has already replaced on the display (a sink staged
        first and committed after the others were staged): one line when its total is reached."""
        done = self._late_done.get((label, start), 0) + n
        self._late_done[(label, start)] = done
        if total and done >= total:
            unit = f" {UNITS[label]}" if label in UNITS else self.unit
            took = self.clock() - start
            self._write(f"{label}: {total:,}/{total:,}{unit} (100%) done in {took:.1f} s", final=True)

    def _replace(self) -> None:
        """Make way for a new stage. One that has not reached its total (a sink staged now and committed
        later) gets no final line yet: its later updates go on counting in :meth:`_late`, which writes
        the one final line when its total is reached."""
        if self.label is not None and self.total and self.done < self.total:
            self._late_done[(self.label, self.start)] = self.done
            self.label = None
            return
        self.close()

    def update(self, n: int = 1) -> None:
        """Count ``n`` more items done; redraw (or log) when enough time has passed."""
        self.done += n
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self._write(self._line(now))

    def close(self) -> None:
        """End the current stage with its final line (time taken and rate)."""
        if self.label is None:
            return
        now = self.clock()
        took = now - self.start
        rate = f", {self.done / took:,.1f}/s" if took > 0 and self.done else ""
        self._write(f"{self._count()} done in {took:.1f} s{rate}", final=True)
        self.label = None

    def _count(self) -> str:
        if self.total:
            done = min(self.done, self.total)
            return f"{self.label}: {done:,}/{self.total:,}{self.stage_unit} ({100 * done / self.total:.0f}%)"
        return f"{self.label}: {self.done:,}{self.stage_unit}"

    def _line(self, now: float) -> str:
        took = now - self.start
        rate = self.done / took if took > 0 else 0.0
        line = self._count() + (f", {rate:,.0f}/s" if rate else "")
        if self.total and rate and self.done < self.total:
            line += f", about {fmt_seconds((self.total - self.done) / rate)} left"
        return line

    def _write(self, line: str, final: bool = False) -> None:
        try:
            if self.tty:
                self.stream.write("\r\x1b[2K" + line + ("\n" if final else ""))
            else:
                self.stream.write(line + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # stderr closed or gone: progress is never worth a failure
            pass
