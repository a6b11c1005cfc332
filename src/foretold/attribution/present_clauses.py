"""A present-tense adverbial clause cannot time a past saying: when the parse hangs one on a
past-tense cue right after a present-tense complement, it goes on with what was said ("the
study reported [bacteria release gases when they live in thin air]"), whereas a past one may
tell when the saying was done ("she said it is safe when she visited"). Likewise a report in
the simple present is not timed by an event, so a present clause of a time alongside about
another party goes on with what is reported ("the data show [costs rising as firms hire]")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.speaker_words import SUBJECT_PRONOUNS
from foretold.attribution.tensed_verbs import PRESENT_TAGS


def present_clause_end(verb: Token, clause: Token, end: int) -> int:
    """The end (exclusive) of the complement ``clause`` of a past-tense cue ``verb``, taking in
    a present-tense adverbial clause the parse hung on the cue right after it, with no comma
    between: "reported [it fails when it rains]"; ``end`` otherwise."""
    if verb.tag_ != "VBD" or clause.tag_ not in PRESENT_TAGS or clause.i < verb.i:
        return end
    for child in verb.rights:
        if (
            child.dep_ == "advcl"
            and child.left_edge.i == end
            and child.tag_ in PRESENT_TAGS
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
        ):
            return child.right_edge.i + 1
    return end


# Marks of a clause of a time that runs alongside: "as she enters", "while costs rise".
_ALONGSIDE_MARKS = frozenset({"as", "when", "while"})


def present_report_clause(child: Token, verb: Token) -> bool:
    """A clause in the present of a time that runs alongside ("as", "when", "while") that the
    parse hung on a cue in the simple present, about another party than the speaker: a report
    in the simple present states what holds now and is not timed by an event, so the clause
    goes on with what is reported: "the findings underscore [the challenge facing Lee as she
    enters the last stretch]", "he expects [higher costs, as suppliers try to meet demand]"
    (not the speaker's own doing, the occasion of the saying: "Lee says it works as she walks
    the floor"; nor a source: "as analysts say")."""
    if (
        child.dep_ != "advcl"
        or child.i < verb.i
        or verb.tag_ not in PRESENT_TAGS
        or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        or cue_lemma(child.lemma_, child.text) in ALL_VERBS
        or not _present(child)
    ):
        return False
    first = child.left_edge
    if first.lower_ not in _ALONGSIDE_MARKS or first.head != child:
        return False
    subject = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    speaker = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or speaker is None or subject.lower_ == speaker.lower_:
        return False
    if subject.lower_ in SUBJECT_PRONOUNS:  # "she" may be the speaker unless a thing spoke
        return speaker.pos_ == "NOUN" and speaker.ent_type_ != "PERSON"
    return subject.pos_ in {"NOUN", "PROPN"}


def _present(clause: Token) -> bool:
    """A verb in the present, simple or with a present auxiliary: "she [enters]", "it [is]
    built", "they [are] trying"."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return auxes[0].tag_ in PRESENT_TAGS and auxes[0].lower_ not in {"will", "would"}
    return clause.tag_ in PRESENT_TAGS


def present_report_end(verb: Token, end: int) -> int:
    """The end (exclusive) of a content range of a cue in the simple present that takes in a
    present clause of a time alongside, about another party, that opens right after it or
    after a comma: "underscore [the challenge she faces as she enters the race]"."""
    doc = verb.doc
    for child in verb.rights:
        opens = child.left_edge.i
        if (opens == end or (opens == end + 1 and doc[end].text == ",")) and (
            present_report_clause(child, verb)
        ):
            return max(end, clause_end(child) + 1)
    return end
