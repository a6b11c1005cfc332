"""Nouns of a share in an act, whose "in" phrase tells which act.

"Her role in building the party", "his part in drafting the bill" and "their involvement in
planning the raid" name an act through an "in" phrase with a gerund, which goes with the
noun even when the parser hung it on the verb before: in "Lee praised [her role in building
the party]" the phrase is no act the speaker was doing while speaking (as in "praised [her]
in announcing the deal"), since the noun asks for it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a share, a hand or a stake in an act ("role in", "part in").
SHARE_NOUNS = frozenset(
    {"role", "part", "involvement", "participation", "complicity", "hand", "stake"}
)


def share_in(obj: Token, prep: Token) -> bool:
    """An "in" phrase right after an object whose noun names a share in an act:
    "cited [her role] in building the party"."""
    return (
        prep.lower_ == "in" and obj.lemma_.lower() in SHARE_NOUNS and prep.i == obj.right_edge.i + 1
    )
