"""The verb of a sentence that the tagger read as a plural noun after a relative clause whose
infinitive has lost its object to the clause: in "the bill that Lee wants to pass faces a vote"
or "the man she hopes to succeed differs from him" the parse makes "faces" or "differs" the
object of the infinitive and leaves the sentence with a noun for its root. The infinitive's
object is the noun the clause hangs on, so what the cue reports ends before that verb ("wants
[to pass]"), not with the rest of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token


def misread_main_verb_cut(verb: Token, infinitive: Token, end: int) -> int:
    """The end of an infinitive in a relative clause before the sentence's own verb, which the
    tagger read as a plural noun and hung on the infinitive as its object: in "the bill that Lee
    wants to pass faces a vote" or "the man she hopes to succeed differs from him" the parse
    leaves the sentence with a noun for root and "faces" or "differs" as the object of the
    infinitive, whose object the relative clause has already taken ("wants [to pass]")."""
    if verb.dep_ not in {"relcl", "acl"} or verb.sent.root.pos_ not in {"NOUN", "PROPN"}:
        return end
    for child in infinitive.rights:
        if child.dep_ == "dobj" and child.tag_ == "NNS" and child.left_edge == child:
            return min(end, child.i)
    return end
