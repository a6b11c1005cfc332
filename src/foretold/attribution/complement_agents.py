"""The agent of a passive cue that the parse hung on the cue's adjective complement: "Cows are
considered sacred by farmers", "The outbreak was declared to be "pandemic" by the WHO", "Lee was
described as dishonest by the mayor". The "by" phrase after the adjective names who considers or
declares, so it speaks for the cue. Only an adjective takes the phrase this way: after a noun
"by" may name the noun's own doer ("The law is seen as a move by Beijing": a move Beijing made,
not Beijing's view), though a noun of standing that a verb of pronouncing gives has none ("was
declared the winner by the networks": the networks declare), nor has a word picking members out
of a group ("was confirmed as one of the passengers by the ministry"), and after a verb it is
that verb's agent ("is said to be run by rebels"); but a quotation mark closing the complement
right before "by" ends the words described, so the phrase is the cue's whatever they are: 'Lee
was described as "a hero" by the mayor', 'described as "knife-obsessed" by police'. A describing
verb's "as" phrase is what the agent says, as when the parse hangs the agent on the verb ("[as
dishonest]", ``passive_descriptions``). So too a "by" phrase that closes the active infinitive
of a passive cue: "He was urged to resign by party leaders" (an active verb takes no agent, so
the leaders urged), or that closes an active relative clause on the noun of the cue's "as"
phrase: "They are seen as leaders who would handle a crisis by half of voters" (the voters see
them so: the active "handle" has no agent); a share of people holds the view of the people it is
taken from ("by a third of voters")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import HUMAN_SUBJECTS, SPEAKING_BODIES
from foretold.attribution.entities import partitive_group
from foretold.attribution.passive_descriptions import DESCRIBING_VERBS
from foretold.attribution.passives import (
    PRONOUNCING_VERBS,
    misread_predicate,
    raising_content,
)
from foretold.attribution.people_plurals import people_plural
from foretold.attribution.ranges import trim
from foretold.attribution.speaker_words import people

# Dependencies of a word that completes a passive cue or the "be" it raises: "considered
# [sacred]", "declared to be [illegal]".
_COMPLEMENTS = frozenset({"oprd", "acomp", "attr"})
# Nouns of a standing a passive verb of pronouncing can give its subject: "was declared the
# winner by the networks".
_STANDING_NOUNS = frozenset({"winner", "victor", "loser", "nominee", "champion", "leader"})
# Dependencies of the word an "as" phrase holds: "as [dishonest]", "as "[a hero]"".
_AS_OBJECTS = frozenset({"pobj", "amod", "acomp"})


def complement_agent(cue: Token) -> Token | None:
    """The person or body after "by" on the adjective that completes a passive cue with no
    agent of its own ("Cows are considered sacred by farmers": farmers), or on any word that
    completes it when a closing quotation mark stands before "by" ('described as "a hero" by
    the mayor': the mayor), or None."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children):
        return None
    if any(c.dep_ in {"agent", "nsubj"} for c in cue.children):
        return None
    for complement in _complements(cue):
        for child in complement.rights:
            if child.dep_ != "prep" or child.lower_ != "by":
                continue
            if (
                complement.tag_ != "JJ"
                and not _after_closing_quote(child)
                and not _pronounced_role(cue, complement)
                and not _group_member(complement)
            ):
                continue
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            return source if source is not None and holds_views(source) else None
    return _relative_clause_agent(cue)


def _relative_clause_agent(cue: Token) -> Token | None:
    """The person or body after a "by" that closes an active relative clause on the noun of
    a passive cue's "as" phrase ("seen as leaders who would handle a crisis [by half of
    voters]"), or None. An active verb takes no agent, so the phrase is the passive's; a
    passive relative keeps its own ("seen as a man who was wronged by the courts")."""
    for phrase in cue.rights:
        if phrase.dep_ != "prep" or phrase.lower_ != "as":
            continue
        for noun in phrase.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.rights:
                if (
                    clause.dep_ != "relcl"
                    or clause.tag_ == "VBN"
                    or any(c.dep_ in {"auxpass", "nsubjpass"} for c in clause.children)
                ):
                    continue
                by = next((c for c in reversed(list(clause.rights)) if c.dep_ != "punct"), None)
                if by is None or by.lower_ != "by" or by.dep_ not in {"prep", "agent"}:
                    continue
                if by.right_edge.i < noun.right_edge.i:
                    continue
                source = next((c for c in by.children if c.dep_ == "pobj"), None)
                if source is not None and (holds_views(source) or _share_of_holders(source)):
                    return source
    return None


def _share_of_holders(source: Token) -> bool:
    """A share of people, which holds the view of those it is taken from: "a third [of
    voters]", "half [of the members]"."""
    group = partitive_group(source)
    return source.pos_ in {"NOUN", "NUM"} and group is not None and holds_views(group)


def infinitive_agent(cue: Token) -> Token | None:
    """The person or body after a "by" that closes the active infinitive of a passive cue with
    no agent of its own ("He was asked to keep the files by the committee": the committee), or
    None. An active verb takes no agent, so the phrase is the passive's, however the parse hung
    it; a passive infinitive keeps its own ("was asked to be questioned by police")."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children):
        return None
    if any(c.dep_ in {"agent", "nsubj"} for c in cue.children):
        return None
    for clause in cue.rights:
        if clause.dep_ != "xcomp" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.lefts
        ):
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in clause.children):
            return None
        by = next((c for c in reversed(list(clause.rights)) if c.dep_ in {"prep", "agent"}), None)
        if by is None or by.lower_ != "by" or by.right_edge != clause.right_edge:
            return None
        source = next((c for c in by.children if c.dep_ == "pobj"), None)
        return source if source is not None and holds_views(source) else None
    return None


def _complements(cue: Token) -> list[Token]:
    """The words completing a cue directly ("considered [sacred]"), through the "be" it
    raises ("declared to be [illegal]") or in its "as" phrase ("described as [dishonest]")."""
    found = [c for c in cue.rights if c.dep_ in _COMPLEMENTS or misread_predicate(c)]
    for clause in cue.rights:
        if clause.dep_ == "xcomp" and clause.lemma_ == "be":
            found += [c for c in clause.rights if c.dep_ in _COMPLEMENTS]
        if clause.dep_ == "prep" and clause.lower_ == "as":
            found += [c for c in clause.children if c.dep_ in _AS_OBJECTS]
    return found


def _pronounced_role(cue: Token, complement: Token) -> bool:
    """A noun of standing that a passive verb of pronouncing gives its subject, which has no
    doer of its own for "by" to name: "was declared [the winner] by the networks", "was
    projected [the winner] by the paper" (a noun of an act keeps its doer: "was declared a
    ploy by rebels")."""
    return (
        cue.lemma_.lower() in PRONOUNCING_VERBS
        and complement.pos_ == "NOUN"
        and complement.lemma_.lower() in _STANDING_NOUNS
    )


# Words that pick members out of a group: "[one] of the passengers", "[some] of the donors".
_MEMBER_WORDS = frozenset({"one", "some", "many", "several", "each", "two", "three", "few"})


def _group_member(complement: Token) -> bool:
    """A word picking members out of a group in an "of" phrase, which names no act and so has
    no doer for "by" to name: "was confirmed as [one of the passengers] by the ministry" (the
    ministry confirms)."""
    return complement.lower_ in _MEMBER_WORDS and partitive_group(complement) is not None


def _after_closing_quote(by: Token) -> bool:
    """A "by" right after the quotation mark that closes the complement: '"a hero" by'."""
    doc = by.doc
    return by.i > 0 and doc[by.i - 1].is_quote and doc[by.i - 1].tag_ == "''"


def holds_views(source: Token) -> bool:
    """A "by" object that can hold a view: a person, a body, a people or a plural noun for
    people ("by the WHO", "by the council", "by farmers"), not a means or a measure ("by far",
    "by law")."""
    return (
        people(source)
        or source.ent_type_ in HUMAN_SUBJECTS
        or people_plural(source)
        or source.lemma_.lower() in SPEAKING_BODIES
    )


def _as_phrase(cue: Token) -> Token | None:
    """The "as" phrase of a describing cue: "described [as dishonest]"."""
    return next((c for c in cue.rights if c.dep_ == "prep" and c.lower_ == "as"), None)


def complement_agent_cue(doc: Doc, cue: Token) -> Cue | None:
    """A passive cue whose agent hangs on its adjective complement (`complement_agent`): the
    agent speaks, and the content is the clause up to "by" ("[Cows are considered sacred] by
    farmers"), or None."""
    agent = complement_agent(cue)
    if agent is None:
        return None
    relative = agent.head.head.dep_ == "relcl"
    describing = cue.lemma_.lower() in DESCRIBING_VERBS and not relative
    described = _as_phrase(cue) if describing else None
    clause = (described.i, described.right_edge.i + 1) if described else raising_content(cue)
    if clause is None:
        return None
    span = trim(doc, clause[0], agent.head.i)
    if span is None:
        return None
    return Cue(cue, cue.text, agent, [char_range(doc, *span)])
