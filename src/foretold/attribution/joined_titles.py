"""A bare title joined by "and" to a second title that ends in a name.

News stacks two roles before one person's name ("Analyst and former trade minister Ann Lee
said ..."). The parse can take the first role for the subject of the cue and coordinate the
name with it, so the role alone would be read as the speaker. A bare singular role noun,
with no determiner or possessive of its own, cannot stand for a person of its own in that
slot, so the name it is joined to is the speaker. A role with a determiner stays a person of
its own: "The analyst and Ann Lee said ..." names two speakers. The parse can also join
the second title to the first as a conjunct of its own, right before the name it belongs to
("Retired pilot and safety consultant Ann Lee": "pilot", "consultant" and "Lee" as three
conjuncts); the name is the speaker then too. A role capitalised as part of a title counts
as a bare role ("Acme Vice President for sales and marketing Ann Lee", where the parse may
join "Lee" to "President" by the "and" of "sales and marketing").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import ROLE_NOUNS

_OWN_REFERENCE = frozenset({"det", "poss", "nummod", "predet"})


def name_after_joined_title(subject: Token) -> Token:
    """The name a bare singular role noun is joined to by "and" ("CNN reporter and former
    press secretary Ann Lee questioned ...": Lee, not "reporter"); the subject otherwise."""
    if not _bare_role(subject) or any(c.dep_ in _OWN_REFERENCE for c in subject.children):
        return subject
    if subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].lower_ in _ARTICLES:
        return subject
    joined = [c for c in subject.children if c.dep_ == "conj"]
    if len(joined) == 2 and _title_before_name(*joined):
        joined = joined[1:]
    links = {c.lower_ for c in subject.children if c.dep_ == "cc"}
    if len(joined) != 1 or links != {"and"}:
        return subject
    name = joined[0]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return subject
    if any(c.dep_ == "conj" for c in name.children):
        return subject
    return name


def _bare_role(word: Token) -> bool:
    """A common noun, or a role word capitalised as part of a title ("Acme Vice President for
    sales and marketing Ann Lee": President)."""
    return word.tag_ == "NN" or (word.tag_ == "NNP" and word.lower_ in ROLE_NOUNS)


def _title_before_name(title: Token, name: Token) -> bool:
    """A bare singular role noun the parse joined as a conjunct of its own right before the
    name it titles ("and safety [consultant] Ann Lee"), with nothing between them."""
    return (
        title.tag_ == "NN"
        and title.right_edge.i + 1 == name.left_edge.i
        and not any(c.dep_ in _OWN_REFERENCE for c in title.children)
    )


_ARTICLES = frozenset({"the", "a", "an"})
