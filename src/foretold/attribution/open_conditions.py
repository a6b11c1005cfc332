"""Reports put as open conditions: a verb of saying, ruling or voting in the present tense
heading a clause opened by "if" or "unless", or set after "in the event" or "in case", tells of
a pronouncement that may come, not of one made ("if the court rules that the law is void, the
council will appeal", "what will you do if a court rules your order unconstitutional?", "in the
event a court rules against it", "if the House votes to impeach him, he faces a trial"); a past
tense stays, as does a cue of the main clause ("she says that if voters agree, the plan will
pass") and a choice put as a condition ("if they decide to leave"), a stance someone may take.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import CONDITION_MARKS
from foretold.attribution.cue import Cue
from foretold.attribution.tensed_verbs import PRESENT_TAGS

# Nouns that open a condition from a preposition before the clause: "in the [event] a court
# rules", "in [case] the board decides".
_CONDITION_NOUNS = frozenset({"event", "case"})
# Verbs of saying, ruling and voting, whose open condition is a pronouncement still to come
# ("if the court rules ...", "if she says no ...", "if the senators vote for removal ...", a
# body's verdict by vote); a choice made in a condition ("if they decide to ...") stays a
# stance someone may take.
_PRONOUNCING_VERBS = frozenset(
    {"say", "rule", "tell", "announce", "declare", "claim", "state", "vote"}
)


def open_condition(cue: Cue) -> bool:
    """A present-tense verb of saying or ruling opened by "if", "unless", "in the event" or "in
    case": "if the court rules that it is void, ..." (but "if he said that, he erred", "if
    they decide to leave")."""
    verb = cue.token
    if verb.tag_ not in PRESENT_TAGS or cue.quoted:
        return False
    if verb.lemma_.lower() not in _PRONOUNCING_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _after_condition_noun(subject.left_edge)


def _after_condition_noun(first: Token) -> bool:
    """The words right before the clause are "in the event (that)" or "in case"."""
    i = first.i - 1
    if i >= 0 and first.doc[i].lower_ == "that":
        i -= 1
    if i < 1 or first.doc[i].lower_ not in _CONDITION_NOUNS:
        return False
    before = first.doc[i - 1].lower_
    return before == "in" or (before == "the" and i >= 2 and first.doc[i - 2].lower_ == "in")
