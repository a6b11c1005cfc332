"""Relative reports whose "which" stands for the clause before it: in "The bridge will close
in May, which the minister confirmed on Friday" the minister confirmed that the bridge will
close in May. A "which" set off by a comma and fronted as the object of a verb whose object
is a proposition ("deny", "confirm", "admit", "claim", ...) reports the words of the clause
it follows: the content is the smallest clause that holds the word the parse hung the
relative clause on, up to that comma ("she was accused of [fixing matches], which she
denied"); when another's report gave those words, both keep them ("Lee said [the ferry will
stop], which Cole denied"). Left to other rules are a relative clause on a noun whose
clause goes on after it ("The closure, which he confirmed, will last a month"), on a thing
itself said or written ("the charge, which she denied"), on a person or a name ("Cyprus,
which Ankara does not recognize"), one with no comma before it ("the plan which the mayor
announced") and a "which" that a parenthetical report follows ("..., which, the team said,
happens yearly").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import SAID_NOUNS, SPEAKING_THINGS, cue_lemma, word_set
from foretold.attribution.ranges import Range
from foretold.attribution.speaker_words import people, person_noun

# Verbs whose object is a proposition, not a thing: "which he denied", "which police
# confirmed" (not "which Turkey does not recognize", "which she described").
PROPOSITION_VERBS = word_set(
    """
    say deny confirm admit acknowledge concede dispute claim allege report announce state
    predict reveal insist maintain suggest
    """
)
# Entity types of a name the relative clause is about: "Cyprus, which Ankara does not
# recognize", "Acme, which the paper named".
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
# Parts of speech of the head of a clause.
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def sentential_relative_content(verb: Token, lemma: str) -> Range | None:
    """For a verb of a proposition whose fronted object is a comma-set "which", the clause
    before the comma that the "which" stands for ("[the bridge will close in May], which the
    minister confirmed"), or None."""
    if verb.dep_ != "relcl" or lemma not in PROPOSITION_VERBS:
        return None
    pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if pronoun is None or pronoun.lower_ != "which" or pronoun.i != verb.left_edge.i:
        return None
    doc = verb.doc
    comma = pronoun.i - 1
    if comma < 1 or doc[comma].text != "," or doc[pronoun.i + 1].is_punct:
        return None  # "..., which, they observed, occurred ...": "which" is no object
    host = verb.head
    if host.i >= comma or host.ent_type_ in _NAMED_TYPES or _said_or_someone(host):
        return None
    clause = host
    while clause.pos_ not in _CLAUSE_HEADS and clause.head.i != clause.i:
        clause = clause.head
    if clause.pos_ not in _CLAUSE_HEADS or clause.i > comma:
        return None  # "The closure, which he confirmed, will last": a noun, not a clause
    start = clause.left_edge.i
    return (start, comma) if start < comma else None


def _said_or_someone(noun: Token) -> bool:
    """A thing said or written, or a person, whose relative clause is about the noun itself:
    "the charge", "the plan", "the minister"."""
    lemma = noun.lemma_.lower()
    return (
        lemma in SAID_NOUNS
        or lemma in SPEAKING_THINGS
        or people(noun)
        or person_noun(noun)
        or noun.ent_type_ == "PERSON"
    )


def answered_report(cue: Cue, other: Cue) -> bool:
    """A relative report on the clause another cue before it reports, by someone else: both
    keep the words ("Lee claims [the board hid the audit], which the board denied": Lee
    claims it and the board denies it)."""
    verb = cue.token
    lemma = cue_lemma(verb.lemma_, verb.text)
    if other.token.i >= verb.i or sentential_relative_content(verb, lemma) is None:
        return False
    subject, earlier = cue.subject, other.subject
    return subject is not None and (earlier is None or earlier.i != subject.i)
