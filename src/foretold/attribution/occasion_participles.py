"""The speaker before a participle that tells the occasion of a report, set between the
speaker and the reporting verb with no commas: in "Trade minister Ann Lee speaking to a
business council called the deal unfair" the parse can make "speaking" the main verb and
"called" a modifier of "council"; but the council is whom Lee spoke to, and Lee is the one
who called the deal unfair.
"""

from __future__ import annotations

from spacy.tokens import Token

# Participles that tell to whom or where a speaker spoke: "speaking to", "writing in".
_OCCASION_LEMMAS = frozenset({"speak", "talk", "write", "address", "testify", "appear"})


def occasion_speaker(cue: Token) -> Token | None:
    """The subject of an occasion participle when the parse hung the tensed cue on the noun
    that closes the participle's phrase ("Lee speaking to a council [called] it unfair": Lee),
    or None; not after a helping verb, where the participle is the verb ("Lee is speaking to
    a council called Velo")."""
    if cue.dep_ != "acl" or cue.tag_ != "VBD":
        return None
    noun = cue.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    participle = noun.head.head
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in _OCCASION_LEMMAS:
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in participle.children):
        return None
    subject = next((c for c in participle.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.right_edge.i != participle.i - 1:
        return None
    return subject
