"""A description the writer hedges: "seem" or "appear" in a restrictive relative clause
whose subject is the relative pronoun ("a tweet [that appeared to mock her]", "a debate
[that seems likely to define the race]") only qualifies how the noun it hangs on is picked
out, and in a "what" clause that is a sentence's subject ("[what seems most striking] is the
cost") it names the thing the sentence goes on to state. Neither puts forward a proposition
of its own, as "the tweet appeared to mock her" does; the writer's caution is part of naming
the thing. A clause set off by a comma ("the fish ate the algae, [which appeared to protect
the reef]") adds a statement of its own and stays, and so does a relative clause with a
subject of its own ("the policy that [Lee] seems to grasp") and a "what" clause after a
preposition ("[what appears to be] a deal")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import RAISING_VERBS
from foretold.attribution.relative_gaps import RELATIVE_TAGS

# Marks that set off a non-restrictive relative clause: "the plan, [which] seemed ...".
_SETTING_OFF = frozenset({",", "-", "\u2013", "\u2014", "--", "("})


def hedged_description(cue: Cue) -> bool:
    """A raising verb whose subject is the pronoun of a restrictive relative clause or of a
    "what" clause that is the main verb's subject: "the share [that appears to dislike
    him]", "[what seemed most relevant] was the cost" (not "the share appears to dislike
    him", "the plan, which seemed to work", "the plan that Lee seems to like", nor "an
    example of [what appears to be fraud]")."""
    verb = cue.token
    if cue.quoted or verb.lemma_.lower() not in RAISING_VERBS:
        return False
    pronoun = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS), None
    )
    if pronoun is None:
        return False
    if verb.dep_ == "csubj":
        return pronoun.lower_ == "what"
    return verb.dep_ == "relcl" and not _set_off(pronoun)


def _set_off(pronoun: Token) -> bool:
    """The relative pronoun follows a comma, a dash or a bracket: a non-restrictive clause."""
    return pronoun.i > 0 and pronoun.nbor(-1).text in _SETTING_OFF
