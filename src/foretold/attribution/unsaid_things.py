"""Words held back, not words said: a verb of saying or revealing whose object is "nothing" or
"little" ("she said little about the plan", "he would say nothing about the talks", "they
revealed nothing") reports that the speaker kept quiet, so it is no statement; "she said
[little had changed]" and a quotation stay."""

from __future__ import annotations

from foretold.attribution.cue import Cue

_TELLING_LEMMAS = frozenset({"say", "tell", "reveal", "disclose", "divulge"})
_EMPTY_WORDS = frozenset({"nothing", "little"})


def nothing_said(cue: Cue) -> bool:
    """A saying verb with "nothing" or "little" for its object and no clause after it: "said
    [little about the plan]", "would say [nothing about the senders]"."""
    verb = cue.token
    if verb.lemma_.lower() not in _TELLING_LEMMAS or cue.quoted:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in children):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _EMPTY_WORDS for c in children)
