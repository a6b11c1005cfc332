"""Passive descriptions with an agent: "X was described by Y as Z" reports Y's words in the
"as" phrase, not the subject they are about ("[The bridge] was described by engineers as
unsafe" gives "[as unsafe]"), as a relative does ("which engineers described [as unsafe]");
so do object verbs that take "as" ("[The tower] was labelled by residents [as an eyesore]").
The parser may hang the "as" phrase on the agent's noun ("by engineers as unsafe"), and the
phrase may come before the agent ("[The bridge] was described [as unsafe] by engineers").
Inside another's content, such a description with its agent is a statement of its own beside
the outer one: in "The log shows [a signal described by the coast guard as "erratic"]" the
coast guard's word stays the coast guard's (`own_description`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import AS_VERBS
from foretold.attribution.passives import after_agent
from foretold.attribution.quoted_sources import as_saying
from foretold.attribution.ranges import Range, finish, subtree_range

# Object verbs that also take "X as Y", which a passive with an agent reports in the "as"
# phrase: "[She] was labelled by critics [as a hawk]", "was listed by the magazine [as the
# top earner]", "was reported by local media [as belonging to the navy]".
AS_OBJECT_VERBS = frozenset(
    {"label", "brand", "list", "cite", "identify", "rank", "name", "report"}
)
# Every verb that takes "X as Y": "described as", "labelled as".
DESCRIBING_VERBS = AS_VERBS | AS_OBJECT_VERBS


def _as_prep(token: Token) -> bool:
    """An "as" phrase with a noun, clause or adjective in it: "as unsafe", "as a giveaway"."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "as"
        and any(c.dep_ in {"pobj", "pcomp", "amod", "acomp"} for c in token.children)
    )


# Verbs of viewing, whose "as" phrase with an agent after it or on a participle tells a view
# held ("viewed as honest by most voters", "the mayor, long seen by many as the favourite"),
# a poll's finding or the writer's summary, not words anyone said.
_VIEWING_VERBS = frozenset({"see", "view", "regard"})
# Verbs that describe by saying, not by viewing: "described by the coast guard as ...".
_SAYING_DESCRIBERS = DESCRIBING_VERBS - _VIEWING_VERBS


def _as_phrase(verb: Token, agent: Token) -> Token | None:
    """The "as" phrase after the agent, on the verb or on the agent's noun, or else the one
    on the verb before the agent ("was described [as dishonest] by the council")."""
    after = next((c for c in after_agent(verb, agent) if _as_prep(c)), None)
    if after is not None or verb.lemma_.lower() in _VIEWING_VERBS:
        return after
    return next((c for c in verb.rights if c.i < agent.i and _as_prep(c)), None)


def described_as(verb: Token) -> list[Range] | None:
    """The "as" phrase of a passive describing verb with an agent: "[The deal] was portrayed
    by critics [as a giveaway]" (but "The deal was portrayed as a giveaway" has no agent and
    "The deal was praised by critics" no "as" phrase; a passive that shares its subject with
    the verb before it counts: "Lee won and was hailed by critics [as a star]"); a participle
    on a noun keeps the noun it describes, in one stretch with it: "[the mayor, described by
    critics as a populist]", "[a cargo ship, reported by local media as belonging to the
    navy]" (not a verb of viewing: "the mayor, long seen by many as the favourite", nor one
    whose "as" phrase comes before the agent: "viewed as honest by most voters")."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in DESCRIBING_VERBS:
        return None
    if as_saying(verb) is not None:
        return None  # "was reported by the agency as [saying ...]": the gerund reports
    noun = _described_noun(verb) if verb.lemma_.lower() not in _VIEWING_VERBS else None
    if noun is None and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    if agent is None:
        return None
    phrase = _as_phrase(verb, agent)
    if phrase is None:
        return None
    start, end = subtree_range(phrase)
    if noun is not None:
        start = noun.left_edge.i  # "[the mayor, described by critics as a populist]"
        end = _before_new_clause(verb.doc, phrase.i, end)
    return finish(verb.doc, [(start, end)], verb.i) or None


def _before_new_clause(doc: Doc, start: int, end: int) -> int:
    """The end of an "as" phrase on a participle before a comma that opens another clause on
    its noun ("the mayor, described by critics as a populist[, but who won]")."""
    for i in range(start, end - 1):
        if doc[i].text == "," and (doc[i + 1].pos_ == "CCONJ" or doc[i + 1].tag_ in {"WP", "WDT"}):
            return i
    return end


def _described_noun(verb: Token) -> Token | None:
    """The noun before a participle that describes it: "[the mayor], seen by many as ..."."""
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i:
        return head
    return None


def own_description(inner: Cue) -> bool:
    """Whether a cue inside another cue's content is a participle describing a noun with an
    agent that names its own speaker, which keeps its statement beside the outer one ("the
    log shows [a signal described by [the coast guard] as "erratic"]"); not a verb of viewing
    ("a mayor seen by many as the favourite")."""
    verb = inner.token
    if not inner.fragments or inner.subject is None or _described_noun(verb) is None:
        return False
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _SAYING_DESCRIBERS:
        return False
    agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
    return agent is not None and inner.subject.head.i == agent.i
