"""The names the tagger found in a text, made once per text.

spaCy's ``Doc.ents`` builds a new span for every name on each call; the stages ask for them
hundreds of times per article, so they share one tuple.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

# The labels of the tagged names that are times: days, dates, hours ("last Friday", "noon").
DATE_ENTS = frozenset({"DATE", "TIME"})
# The labels of the tagged names of places and of the peoples that stand for them ("Kenya",
# "the Alps", "Kenyan").
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})


@lru_cache(maxsize=4)
def tagged_entities(doc: Doc) -> tuple[Span, ...]:
    """The tagged names of ``doc`` in text order, as ``doc.ents`` gives them."""
    return tuple(doc.ents)


def tagged_within(doc: Doc, start: int, end: int) -> tuple[Span, ...]:
    """The tagged names of ``doc`` wholly between tokens ``start`` and ``end``, as
    ``doc[start:end].ents`` gives them."""
    return tuple(ent for ent in tagged_entities(doc) if start <= ent.start and ent.end <= end)


def entity_at(doc: Doc, start: int) -> Span | None:
    """The tagged name opening at token ``start``, or None."""
    return next((ent for ent in tagged_entities(doc) if ent.start == start), None)
