"""A predicate stranded after a reported clause: when the parse cuts a clause verb's content
short before a finite verb that has no subject of its own ("Lee tweeted [that the plan to
close schools] would hurt families"), what the content names is the subject of that verb,
and the report runs on to the end of its predicate; so too past the comma that closes an aside
opened inside the content ("ruled [the practice of taxing food, or groceries], is unlawful").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.tensed_verbs import FINITE_TAGS

if TYPE_CHECKING:  # ranges imports bare_conjuncts, which takes predicate_end from here
    from foretold.attribution.ranges import Range

# Dependencies of a subject the predicate may have of its own, a passive clausal one too.
_SUBJECTS = SUBJECT_DEPS | {"csubjpass"}


def stranded_predicate(verb: Token, ranges: list[Range]) -> list[Range]:
    """The ranges with the last one run on over a subjectless finite predicate right after it,
    in the verb's sentence: "claimed [the vote] was rigged" becomes "claimed [the vote was
    rigged]"; a predicate with its own subject ("claimed [fraud] as voters waited", "Aides
    claiming [fraud] were fired") stays out."""
    if not ranges or ranges[-1][0] < verb.i:
        return ranges
    doc = verb.doc
    start, end = ranges[-1]
    if end >= len(doc) or doc[end].sent != verb.sent or doc[end - 1].is_punct:
        return ranges
    after = end + 1 if _closes_aside(doc, start, end) else end
    if after >= len(doc):
        return ranges
    head = _predicate(doc[after])
    if head is None or head.i < after:
        return ranges
    if any(c.dep_ in _SUBJECTS for c in head.children):
        return ranges
    return [*ranges[:-1], (start, predicate_end(head))]


def _closes_aside(doc: Doc, start: int, end: int) -> bool:
    """A comma right after the content that closes an aside the content opened with a comma
    of its own: "the practice of taxing food[,] or groceries[,]" (not the comma of a list of
    verbs: "criticized the plan, said it would fail")."""
    if doc[end].text != ",":
        return False
    return sum(1 for t in doc[start:end] if t.text == ",") % 2 == 1


def predicate_end(head: Token) -> int:
    """The end (exclusive) of a verb's predicate: its subtree without the punctuation and
    spaces that close it ("would hurt families." ends after "families")."""
    doc = head.doc
    last = head.right_edge
    while last.i > head.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return last.i + 1


def _predicate(token: Token) -> Token | None:
    """The verb whose finite form ``token`` is: itself, or the verb it is auxiliary to; a
    full verb only in a present form, as a past form may be a participle ("the lake [found]
    by radar")."""
    if token.tag_ not in FINITE_TAGS:
        return None
    if token.dep_ in {"aux", "auxpass"}:
        return token.head if token.head.i > token.i else None
    if token.pos_ == "AUX" or (token.pos_ == "VERB" and token.tag_ in {"VBZ", "VBP"}):
        return token
    return None
