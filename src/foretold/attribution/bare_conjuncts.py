"""A bare verb that the parse hung on a tensed cue as its conjunct belongs to the reported
clause: a past or "-s" verb goes on in its own tense ("issued a ruling and left", "says it
and leaves"), never in the bare form, so a subjectless bare verb after the content goes on
with a bare verb of that content, a subjunctive or an infinitive ("recommended [that the
city reopen the bridge, widen the road and add a lane]"), also when the parse hung it on a
tensed verb whose clause holds the cue ("waved as she urged [the city to reopen the plant,
rehire staff]"). So too a clause with a subject of
its own and a bare "be": it cannot stand as a main clause, so after a subjunctive content it
is one more thing demanded ("ordered [that ballots be accepted, and votes not be counted]").
So also a question word with its subject before its verb: an embedded question, never a
main clause (which would invert: "why should voters care"), so after a content that is an
embedded question it is one more thing asked or told of ("discussed [how he won, and why
voters should care]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.stranded_predicates import predicate_end
from foretold.attribution.token_index import tokens_of

# Tags of a tensed cue that a bare conjunct cannot share: past and third person present.
_TENSED_CUE_TAGS = frozenset({"VBD", "VBZ"})
# Words that may stand between the content and the bare conjunct.
_LINKS = frozenset({",", "and", "or"})


def bare_conjunct_end(doc: Doc, start: int, end: int, anchor: int) -> int:
    """The end of a content range after a tensed cue, run on over a subjectless bare verb the
    parse joined to the cue right after the range, when the range has a bare verb of its own:
    "issued [a call that the firm reopen the plant], rehire staff" becomes "issued [a call
    that the firm reopen the plant, rehire staff]" (not "said [it would] and left"); after any
    cue, run on over a clause with its own subject and a bare "be" in its sentence when the
    range has a subjunctive: "ordered [that ballots be accepted], and votes not be counted"
    becomes "ordered [that ballots be accepted, and votes not be counted]"; and over an
    embedded question the parse joined to the cue when the range is one: "discussed [how he
    won], and why voters should care" becomes "discussed [how he won, and why voters should
    care]"."""
    cue = doc[anchor]
    if anchor >= start or end >= len(doc):
        return end
    j = end
    while j < len(doc) and doc[j].lower_ in _LINKS and j - end < 2:
        j += 1
    if j >= len(doc) or doc[j].sent != cue.sent:
        return end
    question = _embedded_question(doc, j, cue)
    if question is not None and _question_word(doc[start]):
        return predicate_end(question)
    subjunctive = _subjunctive_clause(doc, j)
    if subjunctive is not None and any(_subjunctive(t) for t in tokens_of(doc)[start:end]):
        return predicate_end(subjunctive)
    if cue.tag_ not in _TENSED_CUE_TAGS:
        return end
    verb = doc[j]
    if not _bare_conjunct(verb, cue):
        return end
    if not any(_bare_verb(t) for t in tokens_of(doc)[start:end]):
        return end
    return predicate_end(verb)


def _bare_conjunct(verb: Token, cue: Token) -> bool:
    """A bare verb joined to the cue with no subject or auxiliary of its own, or to a tensed
    verb whose clause holds the cue: "insisted it was time as he urged [the party to act,
    reform its rules] and ..." (a past "insisted" goes on in the past, never in "reform")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and (head.i == cue.i or (head.tag_ in _TENSED_CUE_TAGS and head.is_ancestor(cue)))
        and verb.tag_ == "VB"
        and not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass"} for c in verb.children)
    )


def _bare_verb(token: Token) -> bool:
    """A full verb in the bare form: "that the city [reopen] it", "to [reopen] it"."""
    return token.tag_ == "VB" and token.pos_ == "VERB" and token.dep_ not in {"aux", "auxpass"}


# Tags of the words that make a bare verb an infinitive or a verb with a modal: "to", "would".
_NOT_SUBJUNCTIVE_TAGS = frozenset({"MD", "TO"})
# How far into the clause its bare "be" may stand: "votes [not] be", "the two [main] roads be".
_SUBJECT_REACH = 6


def _subjunctive(token: Token) -> bool:
    """A verb with a subject of its own in the bare form, with no modal, "to" or "do" before
    it: "that ballots [be] accepted", "that the city [reopen] it"; a bare "be" may be its
    auxiliary."""
    verb = _clause_verb(token)
    if token.tag_ != "VB" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return not any(
        c.dep_ in {"aux", "auxpass"}
        and c.i < token.i
        and (c.tag_ in _NOT_SUBJUNCTIVE_TAGS or c.lemma_.lower() == "do")
        for c in verb.children
    )


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a word opens: the verb an auxiliary belongs to ("ballots [be]
    accepted": accepted), or the word itself ("the city [reopen] it")."""
    return token.head if token.dep_ in {"aux", "auxpass"} else token


def _subjunctive_clause(doc: Doc, first: int) -> Token | None:
    """The verb of a clause that opens at ``first`` with its subject and goes on with a bare
    "be": "[votes] not be counted" (not "votes will be counted", nor "votes were counted")."""
    for token in tokens_of(doc)[first : first + _SUBJECT_REACH]:
        if token.lower_ != "be":
            continue
        if not _subjunctive(token):
            return None
        verb = _clause_verb(token)
        opening = any(
            c.dep_ in SUBJECT_DEPS and c.left_edge.i == first and c.i < token.i
            for c in verb.children
        )
        return verb if opening else None
    return None


# Tags of question words: "how", "why" (WRB), "what", "who" (WP), "whose" (WP$), "which" (WDT).
_QUESTION_TAGS = frozenset({"WRB", "WP", "WP$", "WDT"})


def _question_word(token: Token) -> bool:
    """A word that opens an embedded question: "[how]", "[what]", "[whether]"."""
    return token.tag_ in _QUESTION_TAGS or token.lower_ == "whether"


def _embedded_question(doc: Doc, first: int, cue: Token) -> Token | None:
    """The verb of an embedded question that opens at ``first`` and that the parse joined to
    the cue as its conjunct: a question word, then the subject, then the verb with all its
    auxiliaries after the subject ("[why] voters should care", "[who] will pay"); an
    inverted one is a question of its own ("why should voters care")."""
    word = doc[first]
    if not _question_word(word):
        return None
    verb = next((t for t in (word, *word.ancestors) if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "conj" or verb.head.i != cue.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or subjects[0].left_edge.i < first:
        return None
    subject = subjects[0]
    if any(c.dep_ in {"aux", "auxpass"} and c.i < subject.i for c in verb.children):
        return None
    return verb
