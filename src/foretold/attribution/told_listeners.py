"""The listener a telling verb's clause swallowed: "tell" names whom it tells before what it
tells, so when no listener stands apart from the clause the parser built ("told [Acme News
radio crews were sent]"), a name of an organisation or a person opening the clause, followed by
more of the clause's subject, is the listener, and the words after it are what was told
("told Acme News [radio crews were sent]"), and so is a name the tagger ran into a person's
name the article has already used ("told NPR [Hamid Farouk had left]"), and so is an opening
"her" the parser took for the possessive of the clause's subject ("told her [Lee had left]");
so are words with no verb that run straight into a quotation the clause holds ('told [talk
host Jo Ray "you are wrong."]': what was told is the quotation)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.tagged_entities import tagged_entities

_TELLING_LEMMAS = frozenset({"tell"})
_LISTENER_LABELS = frozenset({"ORG", "PERSON"})
_SUBJECT_OPENERS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})
_LISTENER_REACH = 40  # tokens searched for the quotation a listener runs into


def told_listener_end(verb: Token, lemma: str, start: int, clause: Token) -> int:
    """Where what a telling verb tells starts when its listener opens the clause's range at
    ``start``: after the name ("told [Acme News radio crews were sent]" -> "radio crews ...";
    not "told [the crews] they were sent", "told Lee [Acme would pay]") or at a quotation
    the listener runs into (`quoted_after_listener`); ``start`` otherwise."""
    if lemma not in _TELLING_LEMMAS or start != verb.i + 1 or clause.i < verb.i:
        return start
    if (quoted := quoted_after_listener(verb, start)) is not None:
        return quoted
    if any(c.dep_ == "dative" or (c.dep_ == "dobj" and c.i < start) for c in verb.children):
        return start
    doc = verb.doc
    if object_pronoun_listener(verb, start, clause):
        return start + 1
    opening = (e for e in tagged_entities(doc) if e.start in {start, start + 1})
    name = next((e for e in opening if e.end < clause.i), None)
    if name is None or name.label_ not in _LISTENER_LABELS:
        return start
    if name.start == start + 1 and doc[start].lower_ != "the":
        return start
    after = doc[name.end]
    if after.pos_ not in _SUBJECT_OPENERS or after.tag_ == "POS" or after.i >= clause.i:
        known = _known_name_start(verb, name)
        return start if known is None else known
    return name.end


def object_pronoun_listener(verb: Token, start: int, clause: Token) -> bool:
    """ "Her" opening a telling verb's clause, the listener the parser read as the possessive of
    the clause's subject: "tell" names whom it tells, so "told her [Lee had left]" tells her
    that Lee had left (not "told Lee [her bus had left]", where a listener stands
    apart)."""
    doc = verb.doc
    word = doc[start]
    if word.lower_ != "her" or word.dep_ != "poss" or start + 1 >= clause.i:
        return False
    after = doc[start + 1]
    # A bare singular common noun is no subject of its own: "told her brother had died" is
    # her brother, not "her" told that "brother had died".
    return after.pos_ in _SUBJECT_OPENERS and after.tag_ not in {"POS", "NN"}


def _known_name_start(verb: Token, name: Span) -> int | None:
    """Where a person's name the article has already used on its own starts inside the name
    that opens the told clause, when the tagger ran the listener's name into it: after an
    earlier "Hamid Farouk", "told [NPR Hamid Farouk] had left" tells NPR that Hamid Farouk
    had left; None when no such name closes it, or when the tagger took the whole for one
    person ("told [Ann Lee] had left" after "Lee" stays whole)."""
    if name.label_ == "PERSON":
        return None
    doc = verb.doc
    earlier = {e.text for e in tagged_entities(doc) if e.label_ == "PERSON" and e.end <= verb.i}
    for split in range(name.start + 1, name.end):
        if doc[name.start : split].text in earlier:
            return None  # the name opens with a known person: "told [Lee Ray Cole] ..."
        if doc[split : name.end].text in earlier and all(
            t.pos_ == "PROPN" for t in doc[name.start : split]
        ):
            return split
    return None


def quoted_after_listener(verb: Token, start: int) -> int | None:
    """The opening mark of a quotation with a verb in it that words with no verb run straight
    into from ``start``, right after a telling verb: the listener the parser put in the told
    clause ('told [talk host Jo Ray] "you are wrong."'); None when a verb, a comma or a colon
    comes before the mark ('told them [it was "a farce"]') or the quotation only names a
    thing ('told his "friends" that ...')."""
    doc = verb.doc
    # the parse may end the sentence at the mark, so the search runs past it
    words = doc[start : min(len(doc), start + _LISTENER_REACH)]
    for at, token in enumerate(words):
        if token.is_quote and token.tag_ == "``":
            return token.i if at and _quoted_clause(words[at + 1 :]) else None
        if token.pos_ in {"VERB", "AUX"} or token.text in {",", ":", ";"} or token.is_quote:
            return None
    return None


def _quoted_clause(after: Span) -> bool:
    """A verb with a subject of its own before the quotation's closing mark: '"[you are
    wrong]."' (not '"[friends]"', nor 'told MSNBC Lee "[was a great man]"', where the words
    before the mark are the subject)."""
    subject = False
    for token in after:
        if token.is_quote:
            return False
        if token.pos_ in {"VERB", "AUX"}:
            return subject
        subject = subject or token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
    return False
