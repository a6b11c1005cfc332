"""Verbs that state a view only through an object that names one: "she holds [a dim view of
the plan]", "they never bought [the argument]", "the ministry maintains [the position that
the tax is fair]", "critics share [the view that it came too late]". With any other object
the verb is an act ("held a rally", "bought shares", "maintained a lead", "shared a photo").
Maintaining, sharing, taking and adopting state a view only when the noun's own clause says
what it is ("maintains [the position that ...]"): "they shared almost the same views" or
"took this view" tell of agreement, not of a view stated. Taking and adopting name a stance
only with a view or a position ("took [the view that ...]"): one takes an idea or a claim to
someone, or takes it seriously, without holding it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.ranges import finish, subtree_range
from foretold.attribution.speakers import subject_of

# Verbs that hold or accept the view their object names: "holds the view", "bought the idea".
HOLDING_VERBS = frozenset({"hold", "buy", "maintain", "share", "take", "adopt"})
# Verbs of holding that state a view only with a clause that says it: "maintains the view that".
_CLAUSE_VERBS = frozenset({"maintain", "share", "take", "adopt"})
# Verbs of holding that take up a stance only with these nouns: "took the view that ...".
_TAKING_VERBS = frozenset({"take", "adopt"})
_STANCE_NOUNS = frozenset({"view", "views", "position", "positions", "stance", "stances"})
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
    [a favorable opinion of him]", "nobody bought [the idea that it would pay for itself]",
    "the city maintains [the position that the land is its own]" (not "she held the position
    of treasurer", "they took the idea to investors")."""
    lemma = verb.lemma_.lower()
    if lemma not in HOLDING_VERBS:
        return None
    view = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if view is None or view.lower_ not in VIEW_NOUNS or _post(view):
        return None
    if lemma in _TAKING_VERBS and view.lower_ not in _STANCE_NOUNS:
        return None
    if lemma in _CLAUSE_VERBS and not _stated_view(view):
        return None
    subject = subject_of(verb)
    ranges = finish(doc, [subtree_range(view)], verb.i)
    if subject is None or not ranges:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *ranges[0])])


def _stated_view(noun: Token) -> bool:
    """A view noun with a clause that says the view, opened by "that" and with a subject of
    its own: "the position [that the land is its own]" (not "the views [that he shares]")."""
    return any(
        clause.dep_ in {"acl", "relcl", "ccomp"}
        and clause.left_edge.lower_ == "that"
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in clause.children)
        for clause in noun.rights
    )


def _post(noun: Token) -> bool:
    """A "position" that is a post: "the position of treasurer", "a position at the bank",
    "positions as trade minister", or a bare "the position" that says nothing of a view ("she
    had held the position since 2015")."""
    if noun.lemma_.lower() != "position":
        return False
    if all(c.dep_ in _BARE_DEPS for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _POST_PREPOSITIONS for c in noun.rights)
