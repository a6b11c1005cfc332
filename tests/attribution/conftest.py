"""Fixtures for the attribution tests: the statements the whole stage finds in a text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from foretold.attribution import attribute
from foretold.ingest.article import make_article


@pytest.fixture
def contents(nlp) -> Callable[[str], list[tuple[str, str]]]:
    """(cue, text) of each statement found in a text, in order."""

    def read(text: str) -> list[tuple[str, str]]:
        article = make_article(text, language="en")
        return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]

    return read
