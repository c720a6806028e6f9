"""Text cleaning shared by the readers: HTML/LaTeX remnants, invisible characters, whitespace."""
from __future__ import annotations

import html
import re

#: Control characters, BOMs, zero-width and bidirectional formatting characters (U+202E would show a
#: title backwards), and the line/paragraph separators: all become spaces.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\u061c]")
#: Lone surrogates (``"\\ud800"`` in JSON) cannot be encoded as UTF-8: each becomes U+FFFD.
_SURROGATE = re.compile("[\ud800-\udfff]")
_LATEX = [
    (re.compile(r"\\([%&$#_{}])"), r"\1"),  # \% \& \_ ...
    (re.compile(r"(?<=\S)~(?=\S)"), " "),  # non-breaking tilde between words
    (re.compile(r"\\(?:emph|textit|textbf|texttt|textsc|mathrm|mathbf)\{([^{}]*)\}"), r"\1"),
]
#: Runs of white space that are not already one plain space (matching every single space made this the
#: slowest step of reading: 74 of 100 us per abstract).
_WS = re.compile(r" [ \t\r\n\u00a0\u2009\u202f]+|[\t\r\n\u00a0\u2009\u202f][ \t\r\n\u00a0\u2009\u202f]*")


def clean_text(s: str) -> str:
    """Normalise one field: unescape HTML entities, drop LaTeX escapes and control characters,
    collapse white space.

    >>> clean_text("40\\\\% of the&nbsp;data &amp; more~results")
    '40% of the data & more results'
    """
    if not s:
        return ""
    if "&" in s:
        s = html.unescape(s)
    if "\\" in s or "~" in s:
        for pat, rep in _LATEX:
            s = pat.sub(rep, s)
    s = _CONTROL.sub(" ", s)
    if not s.isascii():
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            s = _SURROGATE.sub("\ufffd", s)
    return _WS.sub(" ", s).strip()
