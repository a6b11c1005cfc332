"""Phrasings credited with "as X put it": the clause the aside sits in is what X said, in X's
words ("[Prices will rise], as the minister put it"; "As one analyst put it, [the market is
broken]"; "[The plan], as the mayor put it, [was a disaster]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.ranges import finish, subtree_range
from foretold.attribution.speakers import subject_of

_PHRASING_VERBS = frozenset({"put", "phrase"})
# The words "as X put it" may hold besides "as", the subject and "it": "as she has put it so
# bluntly".
_ASIDE_DEPS = frozenset({"mark", "nsubj", "dobj", "aux", "advmod", "punct"})


def put_phrasing(doc: Doc, verb: Token) -> Cue | None:
    """ "as X put it": a verb of phrasing with "as", a subject and "it" for object, hung on
    the clause it comments on, credits that clause to its subject, without the aside itself
    and the words the parser hung on it past its closing mark: in "Costs, as the mayor put
    it, ran wild" the mayor said [Costs ... ran wild]; not "as they put it up for sale"."""
    if verb.lemma_.lower() not in _PHRASING_VERBS or verb.dep_ != "advcl":
        return None
    children = list(verb.children)
    mark = next((c for c in children if c.dep_ == "mark" and c.lower_ == "as"), None)
    it = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if mark is None or it is None or mark.i > verb.i or it.i < verb.i:
        return None
    end = _aside_end(verb, it)
    closed = end < len(doc) and doc[end].is_punct
    if any(c.dep_ not in _ASIDE_DEPS and not (closed and c.i > end) for c in children):
        return None  # "as they put it up for sale", "as he put it to a vote"
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return None
    left, right = subtree_range(verb.head)
    after = max(end, verb.right_edge.i + 1)
    parts = [(left, min(mark.i, verb.left_edge.i)), (after, right)]
    ranges = finish(doc, [p for p in parts if p[0] < p[1]], verb.i)
    if not ranges:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *r) for r in ranges])


def _aside_end(verb: Token, it: Token) -> int:
    """The end (exclusive) of "as X put it": after "it" and the adverbs right after it ("as
    she put it so bluntly")."""
    end = it.i + 1
    for child in verb.rights:
        if child.dep_ == "advmod" and child.left_edge.i == end:
            end = child.right_edge.i + 1
    return end
