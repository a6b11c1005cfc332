"""Verbs and acts that take a side toward someone or something, the cue being the whole phrase
up to it: "came out against [the deal]", "came out in support of [Lee]", "distanced herself
from [the mayor]", and an act of a person or group done "in support of" or "in favor of"
someone: "headlined a rally in support of [Lee]". Phrases the parser hung on the verb right
after the object go on with it, as after an object ("came out against [Medicare for all]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import COMING_OUT_NOUNS, HUMAN_SUBJECTS, REFLEXIVE_STANCE_VERBS
from foretold.attribution.misplaced_subjects import PERSONS, fronted_subject
from foretold.attribution.object_content import further_phrases
from foretold.attribution.prepositional_objects import NOUN_OR_CLAUSE_OBJECTS, prep_object
from foretold.attribution.ranges import finish, subtree_range
from foretold.attribution.sentence_frames import holds_view
from foretold.attribution.speakers import subject_of


def side_taken(doc: Doc, verb: Token, lemma: str) -> Cue | None:
    """A verb that takes a side toward the object of its preposition: "came out against [the
    deal]", "came out for [Lee]", "came out in support of [Lee]", "distanced herself from
    [the mayor]", "aligned himself with [the unions]"."""
    subject = subject_of(verb)
    if subject is None:
        return None
    if lemma == "come":
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return None
        target = _coming_out_target(verb)
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not any(c.lower_.endswith(("self", "selves")) for c in objects):
            return None
        target = prep_object(verb, REFLEXIVE_STANCE_VERBS[lemma], NOUN_OR_CLAUSE_OBJECTS)
    if target is None:
        return None
    start, end = subtree_range(target)
    if target.head.head == verb:  # "came out against [Medicare for all]"
        end = further_phrases(verb, target.head, end)
    ranges = finish(doc, [(start, end)], verb.i)
    if not ranges:
        return None
    content = ranges[0]
    phrase = doc[verb.i : content[0]].text  # "came out against", "distanced herself from"
    return Cue(verb, phrase, subject, [char_range(doc, *content)])


def _coming_out_target(verb: Token) -> Token | None:
    """What "came out" takes a side toward: the object of "against", a person or group after
    "for" ("came out for Lee", not "came out for the rally"), or the "of" phrase of "in
    support of" or "in favor of"."""
    if (target := prep_object(verb, "against", NOUN_OR_CLAUSE_OBJECTS)) is not None:
        return target
    target = prep_object(verb, "for", NOUN_OR_CLAUSE_OBJECTS)
    if target is not None and (target.pos_ == "PROPN" or target.ent_type_ in HUMAN_SUBJECTS):
        return target
    noun = prep_object(verb, "in", NOUN_OR_CLAUSE_OBJECTS)
    if noun is None or noun.lower_ not in COMING_OUT_NOUNS:
        return None
    return prep_object(noun, "of", NOUN_OR_CLAUSE_OBJECTS)


def _stance_of(head: Token) -> Token | None:
    """The "of" object of "in support of" or "in favor of" after a head: "in support of [X]"."""
    noun = prep_object(head, "in", NOUN_OR_CLAUSE_OBJECTS)
    if noun is None or noun.lower_ not in COMING_OUT_NOUNS:
        return None
    return prep_object(noun, "of", NOUN_OR_CLAUSE_OBJECTS)


def supporting_act(doc: Doc, verb: Token) -> Cue | None:
    """An act of a person or group done "in support of" or "in favor of" someone, on the verb
    or its object, which takes that side: "she will headline a rally in support of [Lee]",
    "they marched in favor of [the bill]"."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    target = _stance_of(verb) or (_stance_of(objects[0]) if objects else None)
    if target is None:
        return None
    subject = subject_of(verb) or fronted_subject(verb)
    if subject is None or not (holds_view(subject) or subject.lower_ in PERSONS):
        return None
    ranges = finish(doc, [subtree_range(target)], verb.i)
    if not ranges:
        return None
    content = ranges[0]
    phrase = doc[verb.i : content[0]].text  # "headline a rally in support of"
    return Cue(verb, phrase, subject, [char_range(doc, *content)])
