"""A cue verb after "must" in its bare form: a duty or a rule, a thing still to be said or
done and not a report of it ("two thirds of members must vote [to approve it]", "the firm
must disclose [its losses]"). "Must have" looks back on words already said and stays ("he
must have said [it was late]"). A headline in title case ("Mayor Must Decide If ...") is
left alone: its capitals hide how its words are used."""

from __future__ import annotations

from foretold.attribution.cue import Cue

# Modals of duty that make a bare verb a rule rather than a deed.
DUTY_MODALS = frozenset({"must"})


def owed_act(cue: Cue) -> bool:
    """A bare cue verb with "must" and no perfect "have": "members must vote [to approve the
    change]" (not "she must have told [them]", nor a quotation, which is someone's words,
    nor a title-case "Must Decide")."""
    verb = cue.token
    if verb.tag_ != "VB" or cue.quoted:
        return False
    auxiliaries = [c.text for c in verb.children if c.dep_ == "aux"]
    return any(a in DUTY_MODALS for a in auxiliaries) and "have" not in auxiliaries
