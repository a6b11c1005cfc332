"""Verbs that state a view only through an object that names one: "she holds [a dim view of
the plan]", "they never bought [the argument]". With any other object the verb is an act
("held a rally", "bought shares")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.ranges import finish, subtree_range
from foretold.attribution.speakers import subject_of

# Verbs that hold or accept the view their object names: "holds the view", "bought the idea".
HOLDING_VERBS = frozenset({"hold", "buy"})
# Nouns of a view held: "a favorable opinion", "the notion that ...", "several positions".
VIEW_NOUNS = frozenset(
    {
        "view", "views", "opinion", "opinions", "position", "positions", "belief", "beliefs",
        "idea", "ideas", "notion", "notions", "theory", "theories", "argument", "arguments",
        "claim", "claims", "assumption", "assumptions", "conviction", "convictions",
    }
)  # fmt: skip
# Prepositions after "position" that make it a post: "held the position of treasurer".
_POST_PREPOSITIONS = frozenset({"of", "as", "at", "with", "in", "within"})

# Dependents that leave a noun bare of any description: "the position", "her position".
_BARE_DEPS = frozenset({"det", "poss", "punct"})


def held_view(doc: Doc, verb: Token) -> Cue | None:
    """A verb of holding whose object names a view, which is the content: "most voters held
    [a favorable opinion of him]", "nobody bought [the idea that it would pay for itself]"
    (not "she held the position of treasurer")."""
    if verb.lemma_.lower() not in HOLDING_VERBS:
        return None
    view = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if view is None or view.lower_ not in VIEW_NOUNS or _post(view):
        return None
    subject = subject_of(verb)
    ranges = finish(doc, [subtree_range(view)], verb.i)
    if subject is None or not ranges:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *ranges[0])])


def _post(noun: Token) -> bool:
    """A "position" that is a post: "the position of treasurer", "a position at the bank",
    "positions as trade minister", or a bare "the position" that says nothing of a view ("she
    had held the position since 2015")."""
    if noun.lemma_.lower() != "position":
        return False
    if all(c.dep_ in _BARE_DEPS for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _POST_PREPOSITIONS for c in noun.rights)
