"""Build an `Article` record from cleaned parts: id, paragraphs, language."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, date, datetime

from foretold.records import Article, Caption, Paragraph
from foretold.version import PIPELINE_VERSION

_BLANK_LINES = re.compile(r"\n\s*\n+")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_WORD = re.compile(r"\w+")


def normalise_body(text: str) -> str:
    """Clean whitespace: one blank line between paragraphs, single spaces inside them."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = (
        " ".join(_SPACES.sub(" ", line).strip() for line in block.split("\n") if line.strip())
        for block in _BLANK_LINES.split(text)
    )
    return "\n\n".join(p for p in paragraphs if p)


def paragraphs_of(body: str) -> tuple[Paragraph, ...]:
    """Character spans of the paragraphs of a normalised body."""
    spans = []
    start = 0
    for block in body.split("\n\n"):
        spans.append(Paragraph(start, start + len(block)))
        start += len(block) + 2
    return tuple(spans) if body else ()


def article_id(body: str) -> str:
    """A stable id: the hash of the body's words, lower-cased, ignoring spacing and punctuation."""
    words = " ".join(_WORD.findall(body.casefold()))
    return hashlib.sha256(words.encode()).hexdigest()[:16]


def detect_language(body: str) -> str | None:
    """ISO 639-1 code of the body's language, or None when there is too little text."""
    if len(_WORD.findall(body)) < 3:
        return None
    import py3langid

    lang, _ = py3langid.classify(body[:5000])
    return str(lang)


def make_article(
    body: str,
    *,
    title: str | None = None,
    url: str | None = None,
    canonical_url: str | None = None,
    authors: tuple[str, ...] | list[str] = (),
    agency: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    published_at: datetime | None = None,
    language: str | None = None,
    captions: tuple[Caption, ...] | list[Caption] = (),
    source: str | None = None,
    clean: bool = True,
) -> Article:
    """Assemble an article. With ``clean=False`` the body is kept byte for byte."""
    text = normalise_body(body) if clean else body
    if published is None and published_at is not None:
        published = published_at.date()
    return Article(
        id=article_id(text),
        text=text,
        title=title.strip() if title else None,
        url=url,
        canonical_url=canonical_url,
        authors=tuple(authors),
        agency=agency,
        publisher=publisher,
        published=published,
        published_at=published_at,
        language=language or detect_language(text),
        paragraphs=paragraphs_of(text) if clean else _raw_paragraphs(text),
        captions=tuple(captions),
        source=source,
        ingested_at=datetime.now(UTC),
        pipeline_version=PIPELINE_VERSION,
    )


def _raw_paragraphs(text: str) -> tuple[Paragraph, ...]:
    spans = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        block = match.group()
        if block.strip():
            start = match.start() + len(block) - len(block.lstrip())
            spans.append(Paragraph(start, match.start() + len(block.rstrip())))
    return tuple(spans)
