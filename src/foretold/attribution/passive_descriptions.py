"""Passive descriptions with an agent: "X was described by Y as Z" reports Y's words in the
"as" phrase, not the subject they are about ("[The bridge] was described by engineers as
unsafe" gives "[as unsafe]"), as a relative does ("which engineers described [as unsafe]");
so do object verbs that take "as" ("[The tower] was labelled by residents [as an eyesore]").
The parser may hang the "as" phrase on the agent's noun ("by engineers as unsafe").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import AS_VERBS
from foretold.attribution.passives import after_agent
from foretold.attribution.ranges import Range, finish, subtree_range

# Object verbs that also take "X as Y", which a passive with an agent reports in the "as"
# phrase: "[She] was labelled by critics [as a hawk]", "was listed by the magazine [as the
# top earner]".
AS_OBJECT_VERBS = frozenset({"label", "brand", "list", "cite", "identify", "rank", "name"})


def _as_prep(token: Token) -> bool:
    """An "as" phrase with a noun, clause or adjective in it: "as unsafe", "as a giveaway"."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "as"
        and any(c.dep_ in {"pobj", "pcomp", "amod", "acomp"} for c in token.children)
    )


def _as_phrase(verb: Token, agent: Token) -> Token | None:
    """The "as" phrase after the agent, on the verb or on the agent's noun."""
    return next((c for c in after_agent(verb, agent) if _as_prep(c)), None)


def described_as(verb: Token) -> Range | None:
    """The "as" phrase of a passive describing verb with an agent: "[The deal] was portrayed
    by critics [as a giveaway]" (but "The deal was portrayed as a giveaway" has no agent and
    "The deal was praised by critics" no "as" phrase; a passive that shares its subject with
    the verb before it counts: "Lee won and was hailed by critics [as a star]"); a participle
    on a noun keeps the noun
    ("the mayor, long seen by many as the favourite")."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in AS_VERBS | AS_OBJECT_VERBS:
        return None
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if agent is None:
        return None
    phrase = _as_phrase(verb, agent)
    if phrase is None:
        return None
    ranges = finish(verb.doc, [subtree_range(phrase)], verb.i)
    return ranges[0] if ranges else None
