"""Earlier names of organisations, which the text gives as history and which stay aliases.

A name introduced as what an organisation was founded as, was formerly or originally called,
was known as until a date, or was renamed from, is an earlier name of the organisation the
clause is about: "The Velo Party was founded in 1991 as the Farmers Party", "Harlow Systems
(formerly Delta Machines)", "Velo Bank, known until 2001 as the Harlow Savings Bank", "The
Rail Group was renamed from Marden Coaches". So is the subject of a change of name to a new
one: "The Harlow Savings Bank changed its name to Velo Bank". The organisation speaks under
its present name, never the earlier one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from foretold.attribution.entities import ORG_WORDS

# Verbs of founding, after which "as" gives the name the organisation started under.
_FOUNDING_VERBS = frozenset(
    {"found", "establish", "form", "create", "launch", "incorporate", "register", "organise",
     "organize", "set", "start", "begin"}
)  # fmt: skip
# Verbs of naming, which give an earlier name only with a word of the past ("formerly").
_NAMING_VERBS = frozenset({"know", "call", "name", "brand"})
# Adverbs that set a name in the past ("formerly Acme", "previously known as Acme").
_FORMER_ADVERBS = frozenset({"formerly", "previously", "originally", "once"})
# Prepositions of a time up to which a name held ("known until 2001 as Acme").
_UNTIL = frozenset({"until", "till", "before"})


def former_names(names: Sequence[Span]) -> dict[int, int | Span]:
    """For each of ``names`` (organisation names of one parsed text) that the text gives as
    an earlier name of another organisation, that other: the index of its name among
    ``names`` ("Velo Bank, formerly Harlow Bank, said ...": {1: 0}), or its name itself when
    the tagger left it out of ``names`` but it ends in an organisation word ("The Velo
    Party", read as a title, "was founded as the Farmers Party": {0: The Velo Party})."""
    by_token = {token.i: k for k, name in enumerate(names) for token in name}
    found: dict[int, int | Span] = {}
    for k, name in enumerate(names):
        renamed = _renamed_subject(name.root)
        if renamed is not None and by_token.get(renamed.i, k) != k:
            found[by_token[renamed.i]] = k
            continue
        owner = _owner_of_former(name)
        if owner is None or by_token.get(owner.i) == k:
            continue
        if owner.i in by_token:
            found[k] = by_token[owner.i]
        elif (untagged := _untagged_name(owner)) is not None:
            found[k] = untagged
    return found


def _untagged_name(head: Token) -> Span | None:
    """The proper name a word for an organisation closes, without its "the" ("The Velo
    Party"), or None for a common noun ("the party")."""
    if head.pos_ != "PROPN" or head.lower_ not in ORG_WORDS:
        return None
    start = head.i
    while start > 0 and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].head == head:
        start -= 1
    return head.doc[start : head.i + 1]


def _owner_of_former(name: Span) -> Token | None:
    """The word for the organisation that a name is an earlier name of, or None."""
    root = name.root
    head = root.head
    if root.dep_ == "appos" and (_has_former_adverb(root) or _after_former_adverb(name)):
        return head  # "Harlow Systems (formerly Delta Machines)"
    if root.dep_ == "oprd" and head.lemma_ in _NAMING_VERBS and _has_former_adverb(head):
        return _named_thing(head)  # "Velo Bank was originally called the Harlow Bank"
    if root.dep_ != "pobj":
        return None
    verb = head.head
    if head.lower_ == "as" and verb.lemma_ in _FOUNDING_VERBS:
        return _named_thing(verb) or _starter(verb)  # "founded in 1991 as the Farmers Party"
    if head.lower_ == "as" and verb.lemma_ in _NAMING_VERBS and _set_in_past(verb):
        return _named_thing(verb)  # "previously known as", "known until 2001 as"
    if head.lower_ == "from" and verb.lemma_ == "rename":
        return _named_thing(verb)  # "renamed from Marden Coaches"
    if head.lower_ == "from" and _changes_name(verb):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _renamed_subject(root: Token) -> Token | None:
    """The subject of a change of name to the name headed by ``root``, which is then its
    earlier name ("The Harlow Bank changed its name to Velo Bank", "The Harlow Bank was
    renamed Velo Bank"), or None."""
    head = root.head
    if root.dep_ == "oprd" and head.lemma_ == "rename":
        return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if root.dep_ != "pobj" or head.lower_ != "to":
        return None
    verb = head.head
    if _changes_name(verb):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_ == "rename":
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None


def _changes_name(verb: Token) -> bool:
    """A verb of changing whose object is a name: "changed its name"."""
    return verb.lemma_ == "change" and any(
        c.dep_ == "dobj" and c.lemma_ == "name" for c in verb.children
    )


def _named_thing(verb: Token) -> Token | None:
    """What a passive verb of founding or naming is about: its passive subject ("Velo was
    founded as ..."), or the noun a participle hangs on ("Velo, founded as ...")."""
    if verb.dep_ in {"acl", "relcl"}:
        return verb.head
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _starter(verb: Token) -> Token | None:
    """The subject of "start" or "begin" with no object ("Velo began as Harlow Ltd")."""
    if verb.lemma_ not in {"start", "begin"} or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _set_in_past(verb: Token) -> bool:
    """A verb of naming set in the past by an adverb or a time it held until ("formerly
    known as", "known until 2001 as")."""
    return _has_former_adverb(verb) or any(
        c.dep_ == "prep" and c.lower_ in _UNTIL for c in verb.children
    )


def _has_former_adverb(token: Token) -> bool:
    """Whether a word has an adverb that sets it in the past ("formerly", "originally")."""
    return any(c.dep_ == "advmod" and c.lower_ in _FORMER_ADVERBS for c in token.children)


def _after_former_adverb(name: Span) -> bool:
    """Whether a name follows "formerly" or "previously" straight on ("(formerly Acme)")."""
    start = name.start - (1 if name.start > 0 and name.doc[name.start - 1].lower_ == "the" else 0)
    return start > 0 and name.doc[start - 1].lower_ in _FORMER_ADVERBS
