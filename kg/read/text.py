"""Text cleaning shared by the readers: decoding, HTML/LaTeX remnants, whitespace."""
from __future__ import annotations

import codecs
import html
import re

from kg.errors import InputError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\u200b]")
_LATEX = [
    (re.compile(r"\\([%&$#_{}])"), r"\1"),  # \% \& \_ ...
    (re.compile(r"(?<=\S)~(?=\S)"), " "),  # non-breaking tilde between words
    (re.compile(r"\\(?:emph|textit|textbf|texttt|textsc|mathrm|mathbf)\{([^{}]*)\}"), r"\1"),
]
_WS = re.compile(r"[ \t\r\n\u00a0\u2009\u202f]+")


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
    return _WS.sub(" ", s).strip()


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode a file's bytes: BOMs (UTF-8/16/32), then UTF-8, then cp1252 as a last resort.

    Returns ``(text, encoding)``. Raises :class:`InputError` for data that is not text.
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but does not decode: {exc}") from exc
    sample = data[:65536]
    if sample and sample.count(b"\x00") > len(sample) // 100:
        # UTF-16 without BOM shows as every other byte NUL over ASCII text.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text):
                return text, enc
        raise InputError(f"{name}: looks like binary data, not text (NUL bytes)")
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = data.decode("cp1252", errors="replace"), "cp1252"
    if not _mostly_text(text[:65536]):
        raise InputError(f"{name}: looks like binary data, not text")
    return text, enc


def _mostly_text(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n") or ch == "\ufffd")
    return bad <= len(text) * 0.05
