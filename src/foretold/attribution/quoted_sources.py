"""Who speaks when one source quotes another "as saying".

In "The paper quoted Ann Lee, a nurse, as saying the ward was full" or "The radio cited the mayor
as stating ..." the words are the one quoted (Ann Lee, the mayor); the paper or the radio only
passes them on. The one quoted is the object of the verb of quoting, and "as" follows that
object (after its appositive and punctuation), whatever the parse hung "as" on; in the passive
the one quoted is the subject ("Ann Lee was quoted by the paper as saying ...", "was reported
by the agency as saying ...") and "as" comes after the verb or its agent.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.speaker_words import people

QUOTING_VERBS = frozenset({"quote", "cite", "report"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def quoted_one(verb: Token) -> Token | None:
    """The one a verb of quoting quotes: its object ("quoted [Ann Lee] as saying") or, in the
    passive, its subject ("[Ann Lee] was quoted by the paper as saying"); a relative pronoun
    stands for the noun its clause is on ("Ann Lee, [who] was quoted as saying": Ann Lee);
    None for other verbs."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if quoted is not None:
        return quoted if quoted.i > verb.i else None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > verb.i:
        return None
    if subject.lower_ in _RELATIVE_PRONOUNS:
        return verb.head if verb.dep_ == "relcl" and verb.head.i < subject.i else None
    return subject


def as_saying(verb: Token) -> Token | None:
    """The speech gerund in "as saying" right after the object of a verb of quoting ("quoted
    Ann Lee, a nurse, as [saying] ..."), or after the passive verb or its agent ("Ann Lee was
    quoted by the paper as [saying] ..."), or None."""
    quoted = quoted_one(verb)
    if quoted is None:
        return None
    if quoted.i > verb.i:
        doc = verb.doc
        after = quoted.right_edge.i + 1
        while after < len(doc) and doc[after].is_punct and doc[after].text not in {".", ";", ":"}:
            after += 1
        if after >= len(doc) or doc[after].lower_ != "as":
            return None
        marker = doc[after]
    else:
        marker = next((c for c in _after_passive(verb) if c.lower_ == "as"), None)
        if marker is None:
            return None
    gerund = next((c for c in marker.children if c.dep_ == "pcomp"), None)
    if gerund is None or gerund.tag_ != "VBG":
        return None
    return gerund if cue_lemma(gerund.lemma_, gerund.text) in ALL_VERBS else None


def _after_passive(verb: Token) -> list[Token]:
    """The phrases after a passive verb: its own, then those the parse hung on its agent's
    noun ("quoted by [the paper as saying]")."""
    found = [c for c in verb.rights if c.dep_ == "prep"]
    for agent in verb.rights:
        if agent.dep_ == "agent":
            for noun in agent.children:
                found += [c for c in noun.rights if c.dep_ == "prep"]
    return found


def quoted_source(verb: Token) -> Token | None:
    """The one a verb of quoting quotes "as saying", a name, pronoun or person ("The paper
    quoted Ann Lee as saying ...": Ann Lee; "quoted an aide as saying ...": aide; "Ann Lee was
    quoted as saying ...": Ann Lee), or None."""
    if as_saying(verb) is None:
        return None
    quoted = quoted_one(verb)
    if quoted is None:
        return None
    return quoted if quoted.pos_ in {"PROPN", "PRON"} or people(quoted) else None


def quoting_verb(gerund: Token) -> Token | None:
    """The verb of quoting whose "as saying" a gerund is, looked for in its sentence before it
    ("cited Ann Lee, head of the agency, as saying ...": cited), or None."""
    for token in reversed(gerund.doc[gerund.sent.start : gerund.i]):
        if as_saying(token) == gerund:
            return token
    return None
