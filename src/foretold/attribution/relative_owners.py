"""Owners named by "whose": a subject that "whose" owns is a thing of the one the relative
clause describes, and what the thing is said to report is that one's doing ("the firm whose
audit found that the books were wrong": the firm). A person owned so speaks for themself
("the senator whose aide said ...": the aide), as does a named one.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.speaker_words import person_noun

_OWNER_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def whose_owner(subject: Token) -> Token:
    """The noun "whose" refers back to when it owns ``subject``, a thing ("the firm [whose]
    audit found": the firm); ``subject`` itself otherwise."""
    whose = next((c for c in subject.lefts if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None or whose.i == 0 or subject.ent_type_ or person_noun(subject):
        return subject
    owner = subject.doc[whose.i - 1]
    return owner if owner.tag_ in _OWNER_TAGS else subject
