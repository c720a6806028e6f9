"""One root for every error kg reports to a user; the CLI prints ``str(err)`` and exits non-zero."""
from __future__ import annotations


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
