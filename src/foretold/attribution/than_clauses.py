"""The clause a comparison is made in: a phrase set off by a comma at the end of a "than"
clause describes the subject of the main clause, not the one compared with it ("She has been
more careful than her rival has been, keen to look moderate": she is keen, not the rival). A
verb of planning or expecting in a "than" clause leaves its own complement out ("She had to
fight longer than she had planned"), so an infinitive after it goes on with the main clause,
not with the plan: in "fought longer than she had planned to win the seat", winning is what
she fought for, not what she planned (``compared_expectation``)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

_COMPARING_MARKS = frozenset({"than"})


def beyond_comparison(verb: Token, phrase: Token) -> Token:
    """The verb whose subject a phrase after a comma belongs to: when ``verb`` heads a "than"
    clause that the phrase closes ("... than her rival has been, keen to ...": the main
    verb before "than"), the nearest verb above that clause; ``verb`` otherwise."""
    doc = verb.doc
    if phrase.i < 1 or doc[phrase.i - 1].text != "," or phrase.i < verb.i:
        return verb
    if not any(c.dep_ == "mark" and c.lower_ in _COMPARING_MARKS for c in verb.children):
        return verb
    above = verb.head
    for _ in range(4):
        if above.pos_ in {"VERB", "AUX"} and above.i < verb.i:
            return above
        if above.head == above:
            break
        above = above.head
    return verb


def compared_expectation(cue: Cue) -> bool:
    """A cue verb in a "than" clause whose content is only the infinitive after it: "fought
    longer than she had planned [to win the seat]" (the infinitive is the main clause's)."""
    verb = cue.token
    if not any(c.dep_ == "mark" and c.lower_ in _COMPARING_MARKS for c in verb.children):
        return False
    tokens = [t for t in cue.content_tokens() if not t.is_punct]
    return bool(tokens) and tokens[0].lower_ == "to" and tokens[0].head.dep_ == "xcomp"
