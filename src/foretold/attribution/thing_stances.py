"""Stance adjectives with a thing for holder: an adjective of a stance ("open", "ready",
"critical") says what a person or a body feels or thinks only when such a holder is its
subject. With a text that sets terms ("the contract", "no-bid deals") or a singular thing
that cannot speak ("the fee", "the new engine") the adjective tells what the thing is or
allows, not anyone's view: "no-bid contracts are only open to [the firm picked]", "the fee
is open to [all members]", "the new engine is ready to [ship]" (but "the agency is open to
[talks]", "the minister was open to [a deal]", "the report is critical of [the plan]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import CUE_ADJECTIVES
from foretold.attribution.thing_deeds import RULE_TEXTS, mute_thing


def thing_stance(cue: Cue) -> bool:
    """A stance adjective whose holder is a text of terms or a thing that cannot speak: "the
    contracts are open to [the firm picked]" (not "the board is open to [talks]")."""
    adjective = cue.token
    if cue.quoted or adjective.lower_ not in CUE_ADJECTIVES:
        return False
    if adjective.pos_ != "ADJ" and adjective.dep_ != "acomp":
        return False
    holder = cue.subject
    return holder is not None and (mute_thing(holder) or _terms_text(holder))


def _terms_text(noun: Token) -> bool:
    """A common noun, singular or plural, for a text that sets terms, with no name on it:
    "the contract", "no-bid contracts", "the new rules" (not "the Lee deal")."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or not noun.is_lower:
        return False
    if noun.lemma_.lower() not in RULE_TEXTS:
        return False
    return not any(c.pos_ == "PROPN" or c.ent_type_ for c in noun.lefts)
