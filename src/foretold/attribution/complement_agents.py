"""The agent of a passive cue that the parse hung on the cue's adjective complement: "Cows are
considered sacred by farmers", "The outbreak was declared to be "pandemic" by the WHO". The
"by" phrase after the adjective names who considers or declares, so it speaks for the cue.
Only an adjective takes the phrase this way: after a noun "by" may name the noun's own doer
("The law is seen as a move by Beijing": a move Beijing made, not Beijing's view), and
after a verb it is that verb's agent ("is said to be run by rebels")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import HUMAN_SUBJECTS
from foretold.attribution.passives import raising_content
from foretold.attribution.people_plurals import people_plural
from foretold.attribution.ranges import trim
from foretold.attribution.speaker_words import people

# Dependencies of an adjective that completes a passive cue or the "be" it raises:
# "considered [sacred]", "declared to be [illegal]".
_COMPLEMENTS = frozenset({"oprd", "acomp", "attr"})


def complement_agent(cue: Token) -> Token | None:
    """The person or body after "by" on the adjective that completes a passive cue with no
    agent of its own ("Cows are considered sacred by farmers": farmers), or None."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children):
        return None
    if any(c.dep_ in {"agent", "nsubj"} for c in cue.children):
        return None
    for adjective in _adjectives(cue):
        for child in adjective.rights:
            if child.dep_ == "prep" and child.lower_ == "by":
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                return source if source is not None and _holds_views(source) else None
    return None


def _adjectives(cue: Token) -> list[Token]:
    """The adjectives completing a cue directly ("considered [sacred]") or through the "be"
    it raises ("declared to be [illegal]")."""
    found = [c for c in cue.rights if c.dep_ in _COMPLEMENTS and c.tag_ == "JJ"]
    for clause in cue.rights:
        if clause.dep_ == "xcomp" and clause.lemma_ == "be":
            found += [c for c in clause.rights if c.dep_ in _COMPLEMENTS and c.tag_ == "JJ"]
    return found


def _holds_views(source: Token) -> bool:
    """A "by" object that can hold a view: a person, a body, a people or a plural noun for
    people ("by the WHO", "by farmers"), not a means or a measure ("by far", "by law")."""
    return people(source) or source.ent_type_ in HUMAN_SUBJECTS or people_plural(source)


def complement_agent_cue(doc: Doc, cue: Token) -> Cue | None:
    """A passive cue whose agent hangs on its adjective complement (`complement_agent`): the
    agent speaks, and the content is the clause up to "by" ("[Cows are considered sacred] by
    farmers"), or None."""
    agent = complement_agent(cue)
    if agent is None:
        return None
    clause = raising_content(cue)
    if clause is None:
        return None
    span = trim(doc, clause[0], agent.head.i)
    if span is None:
        return None
    return Cue(cue, cue.text, agent, [char_range(doc, *span)])
