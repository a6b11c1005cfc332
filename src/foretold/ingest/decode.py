"""Bytes to text: byte-order marks, UTF-8, declared charsets, then detection."""

from __future__ import annotations

import codecs
import re

from foretold.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF media file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_SAMPLE = 1 << 16
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def binary_kind(head: bytes) -> str | None:
    """What a binary input is ("a PDF document"), or None when the bytes look like text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if bom_encoding(head):
        return None
    sample = head[:_SAMPLE]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        return "binary data"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares for itself in its first bytes."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, source: str, *, charset: str | None = None) -> str:
    """Decode an input's bytes; raise `IngestError` for empty or binary input.

    Order: byte-order mark, the charset declared by the transport (``charset``), UTF-8,
    the charset the document declares, then charset-normalizer's best guess.
    """
    if not data.strip():
        raise IngestError(source, "empty file")
    kind = binary_kind(data[:_SAMPLE])
    if kind is not None:
        raise IngestError(source, f"binary file ({kind}), not text")
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    for encoding in (charset, "utf-8", declared_charset(data)):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return _detect(data, source)


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding is None:
        raise IngestError(source, "binary file (no text encoding fits), not text")
    guessed = data.decode(best.encoding, errors="replace")
    # Short Western texts are often guessed as a look-alike single-byte code page; keep
    # cp1252 (a superset of latin-1) unless it reads worse than the guess.
    if best.encoding in _LOOK_ALIKES:
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            return guessed
        if _oddities(western) <= _oddities(guessed):
            return western
    return guessed


_LOOK_ALIKES = frozenset(
    ("cp1250", "cp1257", "iso8859_15", "mac_roman", "iso8859_2", "latin_1", "iso8859_9", "cp1254")
)
_ODD = re.compile(
    r"[^\W\d_][\u00a1-\u00bf\u00d7\u00f7\u0080-\u009f]|[\u00a1-\u00bf\u00d7\u00f7\u0080-\u009f][^\W\d_]"
)


def _oddities(text: str) -> int:
    """Symbols glued to letters ("£ódŸ"): the mark of text decoded with the wrong code page."""
    return len(_ODD.findall(text)) + text.count("\ufffd")
