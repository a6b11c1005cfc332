"""A participle clause after a copula whose predicate noun a participle of its own already
describes goes on with that participle: in "What the crowd sees first is the mayor speaking
from a screen, calling them cowards", the mayor calls them cowards, not "what the crowd
sees". The parser hangs the second participle on "is", whose subject does nothing; the doer
is the predicate noun the first participle is hung on.
"""

from __future__ import annotations

from spacy.tokens import Token

# Tags of a participle that tells what someone is doing: "speaking", "calling".
_ACTIVE_PARTICIPLE = "VBG"


def copular_doer(cue: Token, lender: Token) -> Token | None:
    """The predicate noun of the copula ``lender`` when an -ing participle is hung on it before
    the cue, itself an -ing participle hung on the copula ("is [the mayor] speaking ...,
    calling them ..."); None otherwise."""
    if cue.tag_ != _ACTIVE_PARTICIPLE or cue.dep_ != "advcl" or cue.head != lender:
        return None
    if lender.lemma_ != "be":
        return None
    for noun in lender.children:
        if noun.dep_ != "attr" or noun.i > cue.i or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(
            c.dep_ == "acl" and c.tag_ == _ACTIVE_PARTICIPLE and c.i < cue.i for c in noun.children
        ):
            return noun
    return None
