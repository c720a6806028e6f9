"""One root for every error kg reports to a user; the CLI prints ``str(err)`` and exits non-zero."""
from __future__ import annotations

import errno
import os
from typing import Any


class KGError(Exception):
    """Base class: an error with a message fit for a user (no traceback)."""

    exit_code = 1


class InputError(KGError):
    """Input missing, unreadable or holding no usable record."""

    exit_code = 2


class ExtractError(KGError):
    """The extraction pipeline could not be built or run."""


class LinkError(KGError):
    """Linking failed (for example, an existing graph to append to is corrupt)."""


class SinkError(KGError):
    """Writing to or querying a store failed (server unreachable, bad credentials, bad query)."""


_ERRNO_TEXT = {
    errno.ENOSPC: "no space left on the device (disk full)",
    errno.EDQUOT: "disk quota exceeded",
    errno.EFBIG: "file too large (a file size limit is set: see `ulimit -f`)",
    errno.EROFS: "read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOTDIR: "not a folder (a part of this path is a file)",
    errno.EEXIST: "a file is in the way (a folder is needed here)",
    errno.EISDIR: "is a folder, not a file",
    errno.ENAMETOOLONG: "name too long",
    errno.EMFILE: "too many open files",
    errno.ENOENT: "no such file or folder",
    errno.EIO: "input/output error (a failing disk or a lost network share)",
}


def os_error_text(exc: OSError) -> str:
    """What went wrong in a filesystem fault, in plain words (``file too large (...)``, ``read-only file system``)."""
    return _ERRNO_TEXT.get(exc.errno) or exc.strerror or str(exc) or type(exc).__name__


def describe_os_error(exc: OSError) -> str:
    """One line for a filesystem fault: the path (when known) and what went wrong, in plain words.

    >>> import errno
    >>> describe_os_error(OSError(errno.ENOSPC, "No space left on device", "/out/graph.json"))
    '/out/graph.json: no space left on the device (disk full)'
    """
    what = os_error_text(exc)
    where = exc.filename
    return f"{where}: {what}" if where else f"cannot write or read a file: {what}"


def env_number(name: str, default: float, cast: type = int, what: str = "a whole number",
               error: type[Exception] = InputError) -> Any:
    """The number an environment variable sets (``cast`` of it), or ``default`` when unset or blank;
    anything else is one line: ``error("NAME must be WHAT, got 'x'")``."""
    raw = os.environ.get(name, "")
    try:
        return cast(raw) if raw.strip() else default
    except ValueError:
        raise error(f"{name} must be {what}, got {raw!r}") from None
