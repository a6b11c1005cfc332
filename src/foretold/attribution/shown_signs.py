"""A sign shown of an act: in "Lee showed no sign of backing down" the sign is only the frame
through which the writer reads Lee's disposition, and what Lee is disposed to, or not, is the
act the gerund after "of" names, as in "Lee has no intention of backing down". The content is
that act ("backing down"), not the sign. A sign of a state named by a noun ("showed signs of
fatigue") is left as it is."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of a sign shown of what someone means to do: "no [sign] of", "any [indication] of".
_SIGN_NOUNS = frozenset({"sign", "indication", "hint"})


def signalled_act(obj: Token) -> Token | None:
    """The gerund after the "of" of a sign noun object ("no sign of [backing] down"), or None."""
    if obj.lemma_.lower() not in _SIGN_NOUNS:
        return None
    for prep in obj.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            gerund = next((c for c in prep.children if c.dep_ == "pcomp"), None)
            if gerund is not None and gerund.tag_ == "VBG":
                return gerund
            return None
    return None
