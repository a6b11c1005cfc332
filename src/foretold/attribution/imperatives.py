"""Instructions to the reader: a cue verb in the imperative, with no subject and no
auxiliary, tells the reader what to do and reports no one's words ("For more, see the
report.", "Consider the case of Ohio.", "Note the date on the letter.").
"""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Dependencies of a verb that heads its own clause.
CLAUSE_HEADS = frozenset(["ROOT", "conj"])


def instruction(cue: Cue) -> bool:
    """A cue verb in the bare form heading a clause with no subject and no auxiliary: "For
    details, [see] the report" (but "they see it", "to see it", "let us see")."""
    verb = cue.token
    if cue.quoted or verb.tag_ != "VB" or verb.dep_ not in CLAUSE_HEADS:
        return False
    if verb.dep_ == "conj" and verb.head.tag_ != "VB":
        return False
    children = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass"} for c in children):
        return False
    # a subject after the bare verb is a slip of the parse: "see [Wikinews]:[Introduction]"
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < verb.i for c in children):
        return False
    return not (verb.dep_ == "conj" and any(c.dep_ in {"nsubj", "aux"} for c in verb.head.children))
