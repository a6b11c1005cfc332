"""The verb of a sentence that the tagger read as a plural noun after a relative clause whose
infinitive has lost its object to the clause: in "the bill that Lee wants to pass faces a vote"
or "the man she hopes to succeed differs from him" the parse makes "faces" or "differs" the
object of the infinitive and leaves the sentence with a noun for its root. The infinitive's
object is the noun the clause hangs on, so what the cue reports ends before that verb ("wants
[to pass]"), not with the rest of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS


def misread_main_verb_cut(verb: Token, infinitive: Token, end: int) -> int:
    """The end of an infinitive in a relative clause before the sentence's own verb, which the
    tagger read as a plural noun and hung on the infinitive as its object: in "the bill that Lee
    wants to pass faces a vote" or "the man she hopes to succeed differs from him" the parse
    leaves the sentence with a noun for root and "faces" or "differs" as the object of the
    infinitive, whose object the relative clause has already taken ("wants [to pass]"). The
    clause must have a subject of its own before the cue, so that its gap is the infinitive's
    object: in a sentence with no verb ("The senator who wants to ban guns.") the relative
    pronoun is the subject and "guns" is the infinitive's object."""
    if verb.dep_ not in {"relcl", "acl"} or verb.sent.root.pos_ not in {"NOUN", "PROPN"}:
        return end
    if not any(_own_subject(c) for c in verb.lefts):
        return end
    for child in infinitive.rights:
        if child.dep_ == "dobj" and child.tag_ == "NNS" and child.left_edge == child:
            return min(end, child.i)
    return end


def _own_subject(token: Token) -> bool:
    """A subject of a relative clause that is not its relative pronoun: "the bill that [Lee]
    wants", "the man [she] hopes" (not "the group [that] wants", "the senator [who] wants")."""
    return (
        token.dep_ in SUBJECT_DEPS
        and token.tag_ not in {"WDT", "WP"}
        and not (token.lower_ == "that" and token.i == token.head.left_edge.i)
    )
