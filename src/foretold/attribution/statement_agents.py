"""The maker of the statement a passive cue was voiced in: "Turkey was condemned in a joint
statement by Egypt and Greece" (Egypt and Greece condemned Turkey). The parse hangs the "by"
phrase on the statement, whose maker it names, and a statement's maker speaks its words, so
the phrase names the cue's speaker just as an agent would. Only a passive with no agent of its
own asks, and only for a noun of words said or written ("in a speech by the mayor", "in a
letter by residents"), not for a place or an occasion ("praised in a town built by miners")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.complement_agents import holds_views
from foretold.attribution.cues import SPEAKING_DOCUMENTS
from foretold.attribution.own_clauses import is_passive

# Nouns of words said or written that a cue is voiced in: "condemned in [a statement]".
VOICING_NOUNS = SPEAKING_DOCUMENTS | frozenset(
    {"speech", "interview", "tweet", "message", "communique", "declaration", "resolution"}
)


def statement_agent(verb: Token) -> Token | None:
    """The object of the "by" phrase on the statement a passive cue was voiced in ("was
    condemned in a statement [by Egypt]"), when it names people or a body; None otherwise."""
    if not is_passive(verb):
        return None
    if any(c.dep_ in {"agent", "nsubj"} for c in verb.children):
        return None
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in VOICING_NOUNS:
            continue
        by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
        maker = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if maker is not None and holds_views(maker):
            return maker
    return None
