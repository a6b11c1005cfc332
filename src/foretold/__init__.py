"""Foretold reads the news and keeps score of who foretold what."""

from foretold.records import (
    Article,
    Caption,
    Extraction,
    Forecast,
    Horizon,
    Link,
    Mention,
    Paragraph,
    Person,
    Question,
    Statement,
)
from foretold.version import PIPELINE_VERSION, __version__

__all__ = [
    "PIPELINE_VERSION",
    "Article",
    "Caption",
    "Extraction",
    "Forecast",
    "Horizon",
    "Link",
    "Mention",
    "Paragraph",
    "Person",
    "Question",
    "Statement",
    "__version__",
]
