"""An emphatic reflexive the parser took for a subject: in "In the filing itself Ford made
the point" the "itself" stresses the filing, and Ford, which the parse set beside it, is
the subject. A reflexive pronoun never names who speaks on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

# Reflexive pronouns: "the filing [itself]", "they [themselves]".
REFLEXIVES = frozenset(
    ["myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"]
)


def reflexive_subject(head: Token) -> Token | None:
    """The name or noun set beside a reflexive subject, the subject meant: "the filing
    [itself] Ford made" gives Ford; None for any other subject."""
    if head.lower_ not in REFLEXIVES:
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ in {"PROPN", "NOUN"}), None)
