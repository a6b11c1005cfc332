"""Quotations a relative clause carries past a participle on a noun: in "two studies
published in May that examined "the cost of delay"" the quotation is what the studies
examined, the object of the clause of "that", not words of "published", which a quotation
near it drew in. A participle that modifies a noun and carries a quotation lying wholly in a
relative clause opening right after the participle's phrase gives that quotation to the
clause's relative pronoun, the mention the clause credits (the parse may hang that clause on
the main verb rather than on the noun, so only its place is read). A participle whose own
phrase holds the quotation ('reports published in March saying "..."') keeps its noun."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})


def relative_carrier(cue: Cue) -> Token | None:
    """The relative pronoun subject of a relative clause on the noun a participle cue modifies
    when that clause, after the participle, holds all of the cue's content ("articles published
    in May [that] examined "X""), or None."""
    verb = cue.token
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBG"} or not cue.quoted:
        return None
    if not cue.fragments:
        return None
    doc = verb.doc
    after = verb.right_edge.i + 1
    if after >= len(doc):
        return None
    subject = doc[after]  # the parse may hang the clause on another verb than the noun's
    clause = subject.head
    if subject.lower_ not in _RELATIVE_PRONOUNS or subject.dep_ != "nsubj":
        return None
    if clause.dep_ != "relcl" or clause.i <= subject.i:
        return None
    words = [t for t in cue.content_tokens() if not t.is_punct]
    inside = all(clause.left_edge.i <= t.i <= clause.right_edge.i for t in words)
    return subject if words and inside else None
