"""A title of an organisation run into the name of its holder.

News writes "the chairman of Acme Corp Ann Lee said ..." with no comma: the parse makes the
whole "Acme Corp Ann Lee" the object of "of", the tagger marks "Acme Corp" an organisation
and "Ann Lee" a person, and the speaker is the person, not the title. Two stacked titles
joined by "and" ("the vice president and chairman of Acme Corp Ann Lee") name the same one.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.entities import ROLE_NOUNS


def holder_after_organisation(subject: Token) -> Token | None:
    """The person's name that ends the "of" phrase of a role noun (or of a role noun joined
    to it by "and"), after an organisation's name with no comma between ("the chairman of
    Acme Corp Ann Lee": Lee); None otherwise."""
    if subject.tag_ != "NN" or subject.lower_ not in ROLE_NOUNS:
        return None
    titles = [subject, *(c for c in subject.children if c.dep_ == "conj" and _bare_role(c))]
    for title in titles:
        for prep in title.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and _person_after_organisation(name):
                return name
    return None


def _bare_role(noun: Token) -> bool:
    """A role noun with no determiner or possessive of its own ("and [chairman] of ..."),
    which shares the holder of the title before it."""
    return (
        noun.tag_ == "NN"
        and noun.lower_ in ROLE_NOUNS
        and not any(c.dep_ in {"det", "poss"} for c in noun.children)
    )


def _person_after_organisation(name: Token) -> bool:
    """A person's name whose phrase opens with words of an organisation's name (the tagger
    may leave a word like "Corp" out of it), all capitalised and with no comma: "Acme Corp
    [Ann Lee]"."""
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return False
    words = list(name.doc[name.left_edge.i : name.i + 1])
    if any(not t.text[:1].isupper() for t in words):
        return False
    kinds = [t.ent_type_ for t in words]
    first_person = kinds.index("PERSON")
    return "ORG" in kinds[:first_person]
