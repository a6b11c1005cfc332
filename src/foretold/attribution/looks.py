"""A present-tense "look" with a predicate is an impression, like "seem": "[The senator looks
tired]", "[The race looks like a rout]" report how the thing strikes an observer no one names,
and the clause, subject included, is the content. A past "looked" narrates ("he looked pale
that night"), "look" as an infinitive is someone's doing ("made them look weak"), and "look
at", "look for" or "look to" do something other than judge. An "it" before an adjective
stands for something named before ("now it looks foolish"), not for a clause to come."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.tensed_verbs import PRESENT_TAGS


def present_look(verb: Token) -> bool:
    """A present "look" with an adjective or a "like" phrase after it: "she looks [strong]",
    "it looks [like a rout]"."""
    if verb.lemma_.lower() != "look" or verb.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "like" for c in verb.rights):
        return True
    referential = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
    return not referential and any(c.dep_ == "acomp" for c in verb.rights)
