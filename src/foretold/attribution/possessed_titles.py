"""A name after a possessed title that a comma, not a conjunction, sets after the subject.

News names a person by the organisation whose officer they are, with the organisation's
name possessed and the person's name in apposition ("said the Acme Group, Ohio's chief,
Ann Lee", "said Eastfield College, Leeds' dean, Bo Ray"). When the organisation's own name
holds a comma, the parse can take the organisation for the subject of the cue and join the
possessed title to it as a conjunct. With no "and" or "or" anywhere in the subject, that is
no list of two speakers: the title belongs to the name apposed to it, and that person
speaks, not the organisation.
"""

from __future__ import annotations

from spacy.tokens import Token


def name_after_possessed_title(subject: Token) -> Token:
    """The person apposed to a possessed title the parse joined to the subject by a comma
    alone ("said Eastfield College, Leeds' dean, Bo Ray": Bo Ray, not the college); the
    subject otherwise."""
    joined = [c for c in subject.children if c.dep_ == "conj"]
    if len(joined) != 1 or any(c.dep_ == "cc" for c in subject.subtree):
        return subject
    title = joined[0]
    if title.tag_ != "NN" or not any(c.dep_ == "poss" for c in title.children):
        return subject
    if subject.doc[title.left_edge.i - 1].text != ",":
        return subject
    names = [c for c in title.rights if c.dep_ == "appos" and _personal(c)]
    return names[0] if len(names) == 1 else subject


def _personal(name: Token) -> bool:
    """A proper name the tagger marked as a person's or left unmarked."""
    return name.pos_ == "PROPN" and name.ent_type_ in {"PERSON", ""}
