"""Date hosts: the verb whose date a cue with no date of its own shares, because its words
were said in the same act. A cue coordinated with it ("on Monday denied it and [said] ..."),
a closing participle of a report ("on Monday denied it, [blaming] ..."), a "with" clause
hung on it ("shut the bridge on Friday, with the mayor [saying] ..."), a statement noun it
issued ("on Friday released a [statement] saying ..."), or a "where" clause of the place it
happened at ("spoke at a rally on Monday, where she [said] ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS

_VERBS = frozenset({"VERB", "AUX"})
# Verbs that put out a statement, letter or post: "issued a statement saying ...".
ISSUING_VERBS = frozenset(
    {
        "issue", "release", "publish", "post", "send", "deliver", "make", "give", "write",
        "file", "present", "share", "tweet", "broadcast", "submit",
    }
)  # fmt: skip
# Heads a "where" clause may hang on on the way up to its verb: "spoke [at] a [rally] in
# [Ohio], where ...".
_PLACE_PATH_DEPS = frozenset({"pobj", "prep", "dobj", "conj", "appos"})


def has_own_subject(verb: Token) -> bool:
    """A verb with a subject of its own, which dates its own saying ("and [the mayor] said")."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def first_conjunct(cue: Token) -> Token | None:
    """The verb a cue with no subject of its own is coordinated with: its date is the cue's
    ("on Tuesday announced his death and [announced] the cause")."""
    if cue.dep_ != "conj" or cue.head.pos_ not in _VERBS:
        return None
    if has_own_subject(cue):
        return None
    return cue.head


def reporting_head(cue: Token) -> Token | None:
    """The reporting verb a closing participle with no subject of its own hangs on, directly
    or through the clause it reported: its date is the participle's ("on Monday denied the
    claim, [blaming] the weather"; "on Monday said the plant had closed, [citing] costs")."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.i > cue.i:
        return None
    if has_own_subject(cue):
        return None
    head = cue.head
    for _ in range(3):
        if cue_lemma(head.lemma_, head.text) in ALL_VERBS:
            return head
        if head.dep_ not in {"ccomp", "conj"} or head.head.i > head.i:
            return None
        head = head.head
    return None


def with_clause_head(cue: Token) -> Token | None:
    """The verb a "with X saying" clause of a participle cue hangs on: the words go with
    the act ("The bridge was shut on Friday, with the mayor [saying] it was unsafe")."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.lower_ != "with":
        return None
    verb = cue.head.head
    return verb if cue.head.dep_ == "prep" and verb.pos_ in _VERBS else None


def issuing_verb(cue: Token) -> Token | None:
    """The verb that put out a noun cue as its object: "On Friday the army released a
    [statement] saying no one was hurt" (but not "joined the [calls] for a ban": joining is
    no putting out)."""
    if cue.pos_ != "NOUN" or cue.dep_ != "dobj" or cue.head.pos_ not in _VERBS:
        return None
    return cue.head if cue.head.lemma_.lower() in ISSUING_VERBS else None


def where_host(cue: Token) -> Token | None:
    """The verb of the event at whose place a cue's "where" clause was said: "Lee spoke at
    a rally in Ohio on Monday, where she [said] taxes would fall" (the parser hangs the
    clause on the last noun before it)."""
    if cue.dep_ != "relcl" or not any(c.lower_ == "where" and c.i < cue.i for c in cue.children):
        return None
    head = cue.head
    for _ in range(6):
        if head.pos_ in _VERBS:
            return head
        if head.dep_ not in _PLACE_PATH_DEPS:
            return None
        head = head.head
    return None
