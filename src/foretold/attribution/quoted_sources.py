"""Who speaks when one source quotes another "as saying".

In "The paper quoted Ann Lee, a nurse, as saying the ward was full" or "The radio cited the mayor
as stating ..." the words are the one quoted (Ann Lee, the mayor); the paper or the radio only
passes them on. The one quoted is the object of the verb of quoting, and "as" follows that
object (after its appositive and punctuation), whatever the parse hung "as" on.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.speaker_words import people

QUOTING_VERBS = frozenset({"quote", "cite"})


def as_saying(verb: Token) -> Token | None:
    """The speech gerund in "as saying" right after the object of a verb of quoting ("quoted
    Ann Lee, a nurse, as [saying] ..."), or None."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if quoted is None or quoted.i < verb.i:
        return None
    doc = verb.doc
    after = quoted.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct and doc[after].text not in {".", ";", ":"}:
        after += 1
    if after >= len(doc) or doc[after].lower_ != "as":
        return None
    gerund = next((c for c in doc[after].children if c.dep_ == "pcomp"), None)
    if gerund is None or gerund.tag_ != "VBG":
        return None
    return gerund if cue_lemma(gerund.lemma_, gerund.text) in ALL_VERBS else None


def quoted_source(verb: Token) -> Token | None:
    """The one a verb of quoting quotes "as saying", a name, pronoun or person ("The paper
    quoted Ann Lee as saying ...": Ann Lee; "quoted an aide as saying ...": aide), or None."""
    if as_saying(verb) is None:
        return None
    quoted = next(c for c in verb.children if c.dep_ == "dobj")
    return quoted if quoted.pos_ in {"PROPN", "PRON"} or people(quoted) else None


def quoting_verb(gerund: Token) -> Token | None:
    """The verb of quoting whose "as saying" a gerund is, looked for in its sentence before it
    ("cited Ann Lee, head of the agency, as saying ...": cited), or None."""
    for token in reversed(gerund.doc[gerund.sent.start : gerund.i]):
        if as_saying(token) == gerund:
            return token
    return None
