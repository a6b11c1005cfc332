"""Grounds for a belief: a cue verb in an infinitive after "reason" or "grounds" reports its
clause, held by whoever has the reason or by no one named: "there is reason to believe [the
vote was rigged]", "police had no reason to suspect [that he was armed]"."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.speakers import subject_of

_GROUND_NOUNS = frozenset({"reason", "reasons", "grounds", "cause"})
_HAVING_VERBS = frozenset({"have", "see", "find"})


def grounds_noun(verb: Token) -> Token | None:
    """The noun of grounds an infinitive cue hangs on: "reason" in "there is reason [to
    believe] ..."; None for any other verb."""
    noun = verb.head
    if verb.dep_ not in {"relcl", "acl"} or noun.lower_ not in _GROUND_NOUNS or noun.i > verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return noun


def grounds_holder(noun: Token) -> Token | None:
    """Who has the grounds: the subject of "have", "see" or "find" ("police [had] reason to
    believe ..."); None after "there is" or anywhere else."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _HAVING_VERBS:
        return None
    return subject_of(verb)
