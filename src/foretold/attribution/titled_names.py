"""A name the parse cut off from the title that follows it.

When a fronted phrase runs into the speaker's name with no comma between ("In the post Ann
Lee, the head of Acme said ..."), the parse can take the name for a second object of the
preposition and the title after it for the subject of the cue. The name, not the title, is
the speaker. A name that is the one object of its preposition or the object of a verb stays
where it is: "In a letter to Ann Lee, the mayor said ..." (the mayor speaks).
"""

from __future__ import annotations

from spacy.tokens import Token


def name_before_title(subject: Token) -> Token:
    """The name a definite title set off by a comma follows, when the parse hung the name on a
    preposition that has an object before it ("In the blog post Ann Lee, the chief officer
    of Acme said ...": Lee, not "officer"); the subject otherwise."""
    doc = subject.doc
    first = subject.left_edge
    if first.lower_ != "the" or subject.ent_type_ == "PERSON" or first.i < 2:
        return subject
    if doc[first.i - 1].text != ",":
        return subject
    name = doc[first.i - 2]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.sent != subject.sent:
        return subject
    if name.dep_ != "pobj" or name.head.i > subject.i:
        return subject
    objects = [c for c in name.head.children if c.dep_ == "pobj" and c.i < name.left_edge.i]
    return name if objects else subject
