"""Which format an input is in, judged from its first bytes (and its name only as a claim)."""

from __future__ import annotations

import json
import re
import zlib
from typing import Literal

from foretold.ingest.decode import bom_encoding

Format = Literal["text", "html", "jsonl", "json", "feed", "warc"]

GZIP_MAGIC = b"\x1f\x8b"
_FEED = re.compile(
    rb"<rss[\s>]|<rdf:rdf[\s>]|<feed[\s>][^>]*?(?:xmlns=[\"']http://www\.w3\.org/2005/atom|>)|"
    rb"<channel[\s>]",
    re.IGNORECASE,
)
_HTML_START = re.compile(
    rb"^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>]|<article[\s>]|"
    rb"<div[\s>]|<p[\s>]|<h[1-6][\s>]|<section[\s>]|<main[\s>]|<!--)",
    re.IGNORECASE,
)
_HTML_TAG = re.compile(
    rb"</?(?:p|div|br|span|a|h[1-6]|article|section|img|figure|li|ul|b|i|em|strong)\b[^>]*>",
    re.IGNORECASE,
)
_JSON_ARRAY = re.compile(rb"^\[\s*(?:\{|\])")
_CLAIMS: tuple[tuple[str, Format], ...] = (
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".arc.gz", "warc"),
    (".jsonl.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".rss", "feed"),
    (".atom", "feed"),
)


def claimed_format(name: str) -> Format | None:
    """The format a file name promises (".rss" a feed, ".warc.gz" a WARC), if any."""
    lowered = name.lower()
    for suffix, fmt in _CLAIMS:
        if lowered.endswith(suffix):
            return fmt
    return None


def gunzip_head(head: bytes) -> bytes:
    """The start of a gzip stream's content (as much as the compressed head gives)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 1 << 16)
    except zlib.error:
        return b""


def sniff(head: bytes) -> Format:
    """The format of content from its first bytes (already decompressed)."""
    bom = bom_encoding(head)
    if bom and bom != "utf-8-sig":
        head = head.decode(bom, errors="ignore").encode("utf-8")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except ValueError:
            pass
        return "json"
    if _JSON_ARRAY.match(start):
        return "json"
    if start.startswith(b"<"):
        prolog = start[:4096]
        feed = _FEED.search(prolog)
        html = re.search(rb"<html[\s>]|<!doctype\s+html", prolog, re.IGNORECASE)
        if feed and (html is None or feed.start() < html.start()):
            return "feed"
        if html or _HTML_START.match(start) or start.startswith(b"<?xml"):
            return "html"
    if len(_HTML_TAG.findall(start[:8192])) >= 3:
        return "html"
    return "text"
