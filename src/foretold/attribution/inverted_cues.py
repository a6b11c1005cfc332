"""Inverted reports: a verb that closes its content after a comma and comes before its speaker,
which the parse took for the verb's object ("It cannot work, argued the city's lawyer, Ann Lee";
"The plan will fail, warned the minister"). The speaker is that object, when it names people,
a group or a body that speaks; the content is the clause before the comma, with a verb phrase
coordinated after the speaker that goes on with it ("[The bomb was hidden in a bag], said the
police, [and was left by a door]"). After quoted words the comma comes before the closing
quotation mark, and a document that speaks is parsed as the object just the same ('"The park
will close," read the letter', with "read" often tagged as a bare form).

An inverted report set off by commas inside the clause it reports ("The plan, said Lee, the
panel's chair, will cost more") may be parsed with the clause's subject as the subject of the
verb and the speaker as the subject of the rest: the name right after the verb, set off by a
comma of its own, is the speaker, and the content is the subject before the verb and the
predicate after the speaker's phrase ("[The plan], said Lee, the panel's chair, [will cost
more]"). A complement with "that", or a name with no comma after it, is a report of the
usual kind ("The plan, said Lee, was costly" with no second comma stays as parsed).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.cues import HUMAN_SUBJECTS, PAST_FORMS, SPEAKING_THINGS, cue_lemma
from foretold.attribution.entities import ORG_WORDS, PERSON_NOUNS, ROLE_NOUNS
from foretold.attribution.ranges import Range, finish
from foretold.attribution.speaker_words import people
from foretold.attribution.tensed_verbs import TENSE_TAGS

# Verbs whose object after a comma is their listener, never an inverted speaker ("..., told
# the board").
_LISTENER_VERBS = frozenset({"tell", "ask", "inform"})


# What may follow the speaker in an inverted report: its occasion ("on Tuesday", "today").
_CLOSING_DEPS = frozenset({"punct", "prep", "npadvmod", "advmod"})


def inverted_speaker(cue: Token) -> Token | None:
    """The object of a tensed verb right after a comma, with no subject of its own, that
    names who speaks and ends the sentence ("It cannot work, argued [the city's lawyer], Ann
    Lee."; "Prices will rise, predicted [the bank] on Tuesday."), or None."""
    if cue.pos_ != "VERB" or not _tensed(cue) or cue.i == 0:
        return None
    if not _after_comma(cue) or cue.lemma_.lower() in _LISTENER_VERBS:
        return None
    if _subject(cue):
        return None
    speaker = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if speaker is None or speaker.left_edge.i != cue.i + 1:
        return None
    sequel = _sequel(cue)
    closing = _CLOSING_DEPS | ({"cc", "conj"} if sequel is not None else set())
    if any(c.i > speaker.i and c.dep_ not in closing for c in cue.children):
        return None
    if _reported_clause(cue) is None or not speaks(speaker):
        return None
    return titled_name(speaker)


def _tensed(cue: Token) -> bool:
    """A tensed verb, or a past form the tagger took for a bare one after quoted words
    ('"...," read the email', where "read" cannot be an order with the quotation before it)."""
    return cue.tag_ in TENSE_TAGS or (cue.tag_ == "VB" and cue.lower_ in PAST_FORMS)


def _after_comma(cue: Token) -> bool:
    """The verb comes right after a comma, or after a comma and the quotation mark that closes
    the words it reports ('"The park will close," read the letter')."""
    doc = cue.doc
    before = doc[cue.i - 1]
    if before.text == ",":
        return True
    return before.is_quote and cue.i > 1 and doc[cue.i - 2].text == ","


def titled_name(noun: Token) -> Token:
    """The name that ends a title the parse split at "of" ("Minister of Information Ann Lee":
    Lee); the noun itself otherwise."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        names = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
        if names and names[-1].right_edge.i == noun.right_edge.i:
            return names[-1]
    return noun


def inverted_content(cue: Token) -> list[Range]:
    """The clause before the comma of an inverted report: "[The plan will fail], warned the
    minister"; empty when the cue is no inverted report."""
    clause = _reported_clause(cue) if inverted_speaker(cue) is not None else None
    if clause is None:
        return []
    parts = [(clause.left_edge.i, cue.i - 1)]
    if (sequel := _sequel(cue)) is not None:
        parts.append((sequel.left_edge.i, sequel.right_edge.i + 1))
    return finish(cue.doc, parts, cue.i)


def _sequel(cue: Token) -> Token | None:
    """A verb phrase the parse coordinated with an inverted report that goes on with the
    content, sharing its subject ("[The bomb was hidden in a bag], said the police, [and was
    left by a door]"); not the speaker's own next report ("..., said the police, and added
    ...")."""
    conjuncts = [c for c in cue.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    if len(conjuncts) != 1:
        return None
    verb = conjuncts[0]
    if cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return None
    return verb


def _reported_clause(cue: Token) -> Token | None:
    """The verb of the clause an inverted report follows: the clause the parse made its
    complement ("[It will fail], argued ...") or the verb it hung the report on ("[It will
    fail], warned ..." as a conjunct of "fail"); that clause must have a subject."""
    before = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    if before:
        verb = before[-1]
        if verb.right_edge.i >= cue.i - 1:
            return None
    elif cue.dep_ in {"conj", "dep", "parataxis"} and cue.head.i < cue.i - 1:
        verb = cue.head
    else:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not any(_subject(c) for c in [verb, *auxiliaries]):
        return None  # the parse may hang the subject on the auxiliary: "The bridge [was] closed"
    return verb


def _subject(verb: Token) -> bool:
    """A verb with a subject of its own in the parse: "[the plan] will fail"."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)


def speaks(noun: Token) -> bool:
    """A noun for people, a group or a body that speaks, or one a person's name stands
    beside: "the minister", "engineers", "the state news agency", "Acme", "the commissioner,
    Mary Jones"."""
    lemma = noun.lemma_.lower()
    named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)
    return (
        named
        or people(noun)
        or noun.ent_type_ in HUMAN_SUBJECTS
        or lemma in ROLE_NOUNS | PERSON_NOUNS
        or lemma in SPEAKING_THINGS | ORG_WORDS
    )


def interrupting_speaker(cue: Token) -> Token | None:
    """The speaker of an inverted report inside the clause it reports that the parse read as
    a report with a complement: the phrase right after the tensed verb, closed by a comma,
    that the parse made the subject of the complement or the verb's object, when a subject of
    the verb closes with a comma right before it ("The plan, said [Lee], the panel's chair,
    will cost more"; "Prices, said [the report], would rise"); None otherwise."""
    found = _interrupted_report(cue)
    return found[2] if found is not None else None


def interrupting_content(cue: Token) -> list[Range]:
    """The subject before and the predicate after an inverted report inside the clause it
    reports: "[The plan], said Lee, the panel's chair, [will cost more]"; empty otherwise."""
    found = _interrupted_report(cue)
    if found is None:
        return []
    before, clause, speaker = found
    doc = cue.doc
    start = speaker.right_edge.i + 1
    while start < clause.i and doc[start].is_punct:
        start += 1
    parts = [(before.left_edge.i, cue.i - 1), (start, clause.right_edge.i + 1)]
    return finish(doc, parts, cue.i)


def _interrupted_report(cue: Token) -> tuple[Token, Token, Token] | None:
    """The subject before a tensed verb set off by commas after it (", said Lee, ..."), the
    verb's complement and the speaker right after the verb: the complement's subject, or the
    verb's object when the complement has none; the complement has no "that", and the
    speaker's phrase closes with a comma before the complement's verb."""
    doc = cue.doc
    if cue.pos_ != "VERB" or cue.tag_ not in TENSE_TAGS or cue.i < 2:
        return None
    if doc[cue.i - 1].text != "," or cue.lemma_.lower() in _LISTENER_VERBS:
        return None
    before = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if before is None or before.right_edge.i not in {cue.i - 2, cue.i - 1}:
        return None
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if clause is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if speaker is None and not _subject(clause):
        speaker = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if speaker is None or speaker.left_edge.i != cue.i + 1 or not speaks(speaker):
        return None
    end = speaker.right_edge.i
    closed = doc[end].text == "," or (end + 1 < clause.i and doc[end + 1].text == ",")
    return (before, clause, speaker) if closed and end < clause.i else None
