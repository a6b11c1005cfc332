"""Organisation names with an "and" inside that the tagger opened after it: in "the Bread and
Roses Party said", tagged as "Roses Party", the capitalised word before the "and" opens the
name. After "the", a capitalised word, "and" and a name that ends in an organisation word in
the singular name one body named for two things: two bodies would share the plural ("the
Labour and Green parties"). A word the tagger gave a name of its own stays apart ("the
Senate and House Committee").

The tagger also runs a name into the "and" that joins it to a second name it left untagged
("the Velo Trust and Centre for Rivers said", tagged as "Velo Trust and"); such a name stops
before the "and" (`closed_before_and`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

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


_COORDINATORS = frozenset({"and", "or", "&"})


def closed_before_and(doc: Doc, end: int) -> int:
    """The end of a name the tagger ran into the "and" that joins it to a second name of
    its own ("the Velo Trust and Centre for Rivers said", tagged as "Velo Trust and": Velo
    Trust); the end itself otherwise. A single word after the "and" may close the same name
    ("Operation Fast and Furious"), so the second name must run over more than one word."""
    if end < 2 or end >= len(doc) or doc[end - 1].lower_ not in _COORDINATORS:
        return end
    after = doc[end]
    if after.dep_ != "conj" or after.pos_ != "PROPN" or not after.is_title:
        return end
    return end - 1 if after.ent_iob_ != "I" and _runs_on(doc, end + 1) else end


def _runs_on(doc: Doc, i: int) -> bool:
    """Whether a name goes on at token i: a capitalised proper noun, or the "for" or "of" of
    a name such as "Centre for Rivers" with a capitalised word after it."""
    if i < len(doc) and doc[i].lower_ in {"for", "of"}:
        i += 1
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title
