"""Open an input file as a stream of text lines, decoded line by line.

One invalid byte must not change how the rest of a file reads: the encoding of the file is chosen
from its first bytes only for what a byte-order mark or a NUL pattern proves (UTF-16/32); everything
else is UTF-8, decoded per line. A line that is not UTF-8 but has no valid UTF-8 multi-byte sequence
either is legacy text (cp1252, the usual Windows export) and is decoded as such and counted; a line
that mixes valid UTF-8 with stray bytes keeps those bytes as lone surrogates (``surrogateescape``), so
that the record holding them is skipped and counted (:func:`has_undecodable`) instead of being garbled.

Lines end at ``\\n`` only (``\\r\\n`` and a lone trailing ``\\r`` are stripped); a file whose first 64 KiB
hold a ``\\r`` and no ``\\n`` uses CR line ends. U+2028, U+0085 and form feeds inside a line stay there.
"""
from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from kg.errors import InputError

HEAD_BYTES = 65536
CHUNK_BYTES = 1 << 20
#: Characters per piece handed to the JSON document parser.
JSON_CHUNK_CHARS = 1 << 18
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_ESCAPED = re.compile("[\udc80-\udcff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Sniffed:
    """What the first bytes of a file tell: its encoding, BOM length, line separator and head text."""

    encoding: str
    bom: int
    sep: bytes
    head: str


@dataclass
class LineCounts:
    """Lines decoded as cp1252 because they were not UTF-8 (filled while a file is read)."""

    legacy: int = 0


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when the name ends in ``.gz`` (InputError if it cannot be opened)."""
    try:
        return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")
    except OSError as exc:
        raise input_error(path, exc) from exc


def input_error(path: Path, exc: BaseException) -> InputError:
    """One clear message for a file that cannot be read."""
    if isinstance(exc, IsADirectoryError):
        return InputError(f"{path}: is a directory, not a file")
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(exc, PermissionError):
        return InputError(f"{path}: permission denied")
    if isinstance(exc, (gzip.BadGzipFile, EOFError)):
        return InputError(f"{path}: not a valid gzip file ({exc})")
    if isinstance(exc, (ValueError, zlib.error)):
        return InputError(f"{path}: corrupt compressed data ({exc})")
    return InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})")


def sniff(raw: bytes, name: str) -> Sniffed:
    """Encoding, BOM and line separator from a file's first bytes; InputError for empty or binary data."""
    enc, bom = "utf-8", 0
    for mark, e in _BOMS:
        if raw.startswith(mark):
            enc, bom = e, len(mark)
            break
    else:
        enc = _utf16_without_bom(raw) or enc
    if enc == "utf-8":
        body = raw[bom:]
        sep = b"\r" if b"\r" in body and b"\n" not in body else b"\n"
        head = body.decode("utf-8", "surrogateescape")
    else:
        head = raw[bom:].decode(enc, "replace")
        sep = "\n".encode(enc)
    if not head.strip():
        raise InputError(f"{name}: file is empty")
    if not _mostly_text(head):
        raise InputError(f"{name}: looks like binary data, not text")
    return Sniffed(enc, bom, sep, head)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte (over ASCII): at odd offsets for LE,
    even for BE. One stray NUL proves nothing."""
    sample = raw[: HEAD_BYTES - HEAD_BYTES % 2]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_text(text: str) -> bool:
    sample = text[:HEAD_BYTES]
    control = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd")
    escaped = len(_ESCAPED.findall(sample))
    return control <= len(sample) * 0.05 and control + escaped <= len(sample) * 0.3


def decode_line(raw: bytes, counts: LineCounts) -> str:
    """One line of a UTF-8 file as text (see the module notes for lines that are not UTF-8)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        if _UTF8_MULTIBYTE.search(raw) is None:
            counts.legacy += 1
            return raw.decode("cp1252", "replace")
        return raw.decode("utf-8", "surrogateescape")


def has_undecodable(text: str) -> bool:
    """True when ``text`` holds bytes that were not UTF-8 (kept by :func:`decode_line`)."""
    return _ESCAPED.search(text) is not None


def _split(fh: BinaryIO, sep: bytes) -> Iterator[bytes]:
    if sep == b"\n":
        yield from fh
        return
    rest = b""
    while True:
        chunk = fh.read(CHUNK_BYTES)
        if not chunk:
            break
        parts = (rest + chunk).split(sep)
        rest = parts.pop()
        yield from parts
    if rest:
        yield rest


def iter_lines(fh: BinaryIO, sniffed: Sniffed, counts: LineCounts) -> Iterator[str]:
    """The lines of ``fh`` (positioned at its start), decoded, without their line ends."""
    fh.read(sniffed.bom)
    if sniffed.encoding != "utf-8":
        text = io.TextIOWrapper(fh, encoding=sniffed.encoding, errors="replace", newline="\n")
        for line in text:
            yield line.rstrip("\n").removesuffix("\r")
        return
    for raw in _split(fh, sniffed.sep):
        yield decode_line(raw.rstrip(b"\n").removesuffix(b"\r"), counts)


def iter_chunks(fh: BinaryIO, sniffed: Sniffed, counts: LineCounts) -> Iterator[str]:
    """The text of ``fh`` in pieces of about ``JSON_CHUNK_CHARS``, each ending at a line end (for the
    JSON document parser)."""
    buf: list[str] = []
    size = 0
    for line in iter_lines(fh, sniffed, counts):
        buf.append(line)
        size += len(line) + 1
        if size >= JSON_CHUNK_CHARS:
            yield "\n".join(buf) + "\n"
            buf, size = [], 0
    if buf:
        yield "\n".join(buf) + "\n"
