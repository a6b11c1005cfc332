"""Organisation names with an "and" inside that the tagger opened after it: in "the Bread and
Roses Party said", tagged as "Roses Party", the capitalised word before the "and" opens the
name. After "the", a capitalised word, "and" and a name that ends in an organisation word in
the singular name one body named for two things: two bodies would share the plural ("the
Labour and Green parties"). A word the tagger gave a name of its own stays apart ("the
Senate and House Committee").
"""

from __future__ import annotations

from spacy.tokens import Span

from foretold.attribution.entities import ORG_WORDS


def opened_at_and(name: Span) -> Span:
    """A tagged organisation name with the "X and" before it that opens it ("Roses Party" of
    "the Bread and Roses Party": Bread and Roses Party); the name itself otherwise."""
    doc = name.doc
    start = name.start
    if start < 3 or doc[start - 1].lower_ != "and" or doc[start - 3].lower_ != "the":
        return name
    first = doc[start - 2]
    if not (first.is_title and first.is_alpha) or first.ent_type_:
        return name
    last = name[-1]
    if last.lower_ not in ORG_WORDS or last.tag_ == "NNPS" or len(name) < 2:
        return name
    return Span(doc, start - 2, name.end, label=name.label_)
