"""A closing "without" phrase that says what the speaker left out is the writer's note on the
saying, not part of what was said: "she said [the plant will close] without elaborating", "he
claimed [the vote was rigged], without providing evidence", "said [a rival had bid] without
naming it". It is headed by the gerund of a verb of going into detail, or of giving details
or evidence. A phrase on a deed done by people inside what was said is part of it: "she said
[officers detained him without explaining why]"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.speaker_words import people, person_noun

# Gerunds that say what was left unsaid on their own: "without [elaborating]".
_DETAIL_VERBS = frozenset(
    {"elaborate", "specify", "explain", "comment", "name", "identify", "disclose", "detail"}
)

# Gerunds that do so with one of the nouns below: "without [giving] details".
_GIVING_VERBS = frozenset({"give", "provide", "offer", "cite", "present", "share", "produce"})

_DETAIL_NOUNS = frozenset({"detail", "details", "evidence", "specifics", "proof", "particulars"})


def _withheld(gerund: Token) -> bool:
    """A gerund that says the speaker gave no details: "elaborating", "giving details"."""
    lemma = gerund.lemma_.lower()
    if lemma in _DETAIL_VERBS:
        return True
    return lemma in _GIVING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in _DETAIL_NOUNS for c in gerund.children
    )


def _deed_by_people(verb: Token) -> bool:
    """An active verb with an object and a subject naming people, whose doers may be the ones
    who gave no details: "[officers detained him] without explaining why" (but "[the singer
    died] without elaborating", "[the ballots were forged] without providing evidence")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return people(subject) or person_noun(subject)


def drop_withheld_tail(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing "without" phrase on what the speaker left out:
    "[he died in Britain] without elaborating"; one on a deed by people inside the range
    stays ("[officers detained him without explaining why]")."""
    last = end - 1
    while last > start and doc[last].is_punct and not doc[last].is_quote:
        last -= 1
    for i in range(start + 1, last):
        prep = doc[i]
        if prep.lower_ != "without" or prep.dep_ != "prep":
            continue
        gerund = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if (
            gerund is not None
            and _withheld(gerund)
            and prep.right_edge.i >= last
            and not (start <= prep.head.i < end and _deed_by_people(prep.head))
            and not any(t.is_quote for t in doc[i:end])
        ):
            return i - 1 if doc[i - 1].text == "," else i
    return end
