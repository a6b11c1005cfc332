"""A verb the tagger ran into the name before it as a noun.

A plural name followed by a verb in its base form and an infinitive of purpose reads as
the name and its verb ("Birthers resurface to question her eligibility"); the tagger may take
the verb for a singular noun the name modifies ("Birthers resurface" as one noun phrase). A
plural proper noun as the modifier of a singular common noun in lower case right before "to"
and a verb is that case: the name alone is the subject. A noun after a plural name that is no
verb, as in "the Auto Workers union said", is followed by its own verb, not by "to".
"""

from __future__ import annotations

from spacy.tokens import Token


def name_before_verb(subject: Token) -> Token:
    """The plural proper noun before a subject that is a verb taken for a noun ("Birthers"
    of "Birthers resurface to question ..."), else the subject itself."""
    doc = subject.doc
    i = subject.i
    if subject.tag_ != "NN" or not subject.is_lower or i < 1 or i + 2 >= len(doc):
        return subject
    name = doc[i - 1]
    if name.tag_ != "NNPS" or name.dep_ != "compound" or name.head.i != i:
        return subject
    if any(c.i < name.i and c.dep_ not in {"det", "compound"} for c in subject.lefts):
        return subject
    to, verb = doc[i + 1], doc[i + 2]
    if to.tag_ != "TO" or verb.tag_ != "VB":
        return subject
    return name
