"""Objects that are the subject of a clause the parse broke off.

After a verb that takes a clause the parser can read the clause's subject as the verb's object
and hang the clause's verb on the cue as a clause of its own: in "The judge ruled the new rule
violated the law" it made "rule" the object of "ruled" and "violated" an adverbial clause. A
tensed verb with no subject of its own that opens right after the object goes on with it: the
content is "[the new rule violated the law]". A verb after a comma or a conjunction is the
cue's own ("praised the team, thanked the fans"), and so is one after an object with a
conjunction in it, which the parse may have hung inside the object ("announced support from
mothers who lost sons and said ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.tensed_verbs import tensed

_BROKEN_DEPS = frozenset({"advcl", "conj", "ccomp", "dep"})
# A subject, or a conjunction that makes the verb the cue's own.
_OWN_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "cc", "preconj"})


def broken_clause_end(verb: Token, subject: Token) -> int | None:
    """The end (exclusive) of the clause whose subject the parse took for the verb's object,
    through the predicate it hung on the verb: "ruled [the rule violated the law]"; None when
    the object opens no such clause, or ends in a conjunction that may join the verb to the
    cue ("denied the charges and counter-accused her")."""
    if any(t.dep_ == "cc" for t in subject.subtree):
        return None
    for child in verb.rights:
        if child.i <= subject.i or child.dep_ not in _BROKEN_DEPS:
            continue
        if not tensed(child) or any(c.dep_ in _OWN_DEPS for c in child.children):
            continue
        if child.left_edge.i != subject.right_edge.i + 1:
            continue
        return clause_end(child) + 1
    return None
