"""A name in quotation marks given by no one named: an agentless passive of a naming verb
with its auxiliary ("the law was labeled "a disaster for families"", "towns that are often
labeled the "forgotten heartland"", "the files were designated as "Secret""). The marks show
the name is someone's words, so the naming is a report with no holder; its content is one
stretch from the thing named to the name ("[the law was labeled "a disaster for families"]"),
so a reader sees what was named and how. A bare
participle after its noun ('a lake known as "the Mirror"'), and "called" ('the storm was
called "the big blow"'), stay the writer's naming (``given_names``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.given_names import LABEL_VERBS
from foretold.attribution.named_by import name_of
from foretold.attribution.ranges import Range, is_quote_token, subtree_range, trim

# Pronouns that stand for the thing named inside its own clause ("towns [that] are labeled").
_RELATIVES = frozenset({"that", "which", "who"})


def _named(verb: Token) -> Range | None:
    """The thing a passive naming verb names: its subject ("[the law] was labeled"), or the
    noun the relative clause it heads hangs on ("[towns] that are labeled ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.i < verb.i and subject.lower_ not in _RELATIVES:
        if subject.pos_ == "PRON":
            return None
        return subtree_range(subject)
    head = verb.head
    if verb.dep_ == "relcl" and head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i:
        return head.left_edge.i, head.i + 1
    return None


def _passive_object(verb: Token) -> Token | None:
    """The name a passive naming verb gives that the parse took for its object ("towns that
    are labeled [the "forgotten heartland"]")."""
    return next((c for c in verb.rights if c.dep_ == "dobj"), None)


def _in_marks(doc: Doc, name: Token, in_quote: list[int]) -> bool:
    """Every word of the name lies inside one quotation, which opens at the name's phrase
    (after its article: 'the "forgotten heartland"')."""
    first, last = name.left_edge.i, name.right_edge.i
    while first < last and doc[first].pos_ == "DET":
        first += 1
    words = [t for t in doc[first : last + 1] if t.is_alpha]
    quotes = {in_quote[t.i] for t in words}
    if not words or len(quotes) != 1 or -1 in quotes:
        return False
    return any(is_quote_token(t) for t in doc[max(first - 2, 0) : first + 2])


def quoted_name(doc: Doc, verb: Token, in_quote: list[int]) -> Cue | None:
    """The cue of an agentless passive naming verb whose name is in quotation marks, with no
    holder; None when someone gives the name ("labeled ... by critics": ``named_by``)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in LABEL_VERBS:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # 'a lake known as "the Mirror"': the writer names it
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    name = name_of(verb) or _passive_object(verb)
    if name is None or not _in_marks(doc, name, in_quote):
        return None
    named = _named(verb)
    if named is None:
        return None
    whole = trim(doc, named[0], name.right_edge.i + 1)
    if whole is None:
        return None
    return Cue(verb, verb.text, None, [char_range(doc, *whole)])
