"""How inputs are read, and the record of an input that could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from foretold.errors import IngestError
from foretold.version import __version__

DEFAULT_MAX_BYTES = 50_000_000
DEFAULT_USER_AGENT = f"foretold/{__version__} (+https://github.com/foretold/foretold)"
DEFAULT_JSONL_FIELDS: dict[str, str] = {
    "text": "text",
    "html": "html",
    "title": "title",
    "url": "url",
    "published": "published",
    "authors": "authors",
    "agency": "agency",
    "publisher": "publisher",
    "language": "language",
    "id": "id",
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Settings for `read_inputs`.

    fetch: download the pages that feed entries link to, and read them as HTML.
    body_only: the input is already a clean body; no title, byline or boilerplate detection.
    published: the publication date to use when an article gives none.
    jsonl_fields: which JSON key holds each article field in JSON Lines corpora.
    max_bytes: inputs read whole (text, HTML, feeds, URLs) larger than this fail;
        JSON Lines and WARC files are streamed whatever their size.
    timeout: seconds allowed for each HTTP connection, read or write.
    user_agent: the User-Agent header sent with HTTP requests.
    """

    fetch: bool = False
    body_only: bool = False
    published: date | None = None
    jsonl_fields: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_JSONL_FIELDS))
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    user_agent: str = DEFAULT_USER_AGENT

    def field_name(self, name: str) -> str:
        """The JSON key for an article field (the field's own name when not mapped)."""
        return self.jsonl_fields.get(name, DEFAULT_JSONL_FIELDS.get(name, name))


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input (or one item inside it) that could not be read as an article."""

    source: str
    reason: str

    def __str__(self) -> str:
        return " ".join(f"{self.source}: {self.reason}".split())


def describe_size(size: float) -> str:
    """A byte count for people: "50 MB", "4000 bytes"."""
    return f"{size / 1e6:.3g} MB" if size >= 1e6 else f"{size:.0f} bytes"


def as_failure(error: Exception, source: str) -> ReadFailure:
    """The failure record for an error met while reading ``source``."""
    if isinstance(error, IngestError):
        return ReadFailure(error.source, error.reason)
    detail = " ".join(str(error).split())[:200]
    return ReadFailure(source, f"unexpected error ({type(error).__name__}: {detail})")
