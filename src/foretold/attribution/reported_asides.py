"""Reported asides: a participle of reporting with its source, set off by commas right after
the subject of a clause, names where the whole clause comes from, as "according to" does:
"The plan, first reported by the Post, will cost the city $5 million" reports that the plan
will cost the city $5 million, the Post's news, not only "the plan". The content is the
subject before the aside and the predicate after it ("[The plan], first reported by the
Post, [will cost the city $5 million]"). An aside with an "as" phrase describes the subject
in the source's words ("a plane, reported by local media as belonging to the navy, crashed"),
and is left to the passive descriptions; one with no source named ("The plan, reported
Monday, ...") or set in a clause it does not open stays a report of the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range, finish

# Participles of making news known whose aside gives the source of the whole clause.
ASIDE_VERBS = frozenset({"report"})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def reported_aside(verb: Token) -> list[Range]:
    """The subject and the predicate around a reporting participle with its agent, set off by
    commas after the subject: "[The plan], first reported by the Post, [will cost more]"."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.lemma_.lower() not in ASIDE_VERBS:
        return []
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    if any(c.dep_ in {"prep", "oprd"} and c.lower_ == "as" for c in verb.children):
        return []
    noun, clause = verb.head, verb.head.head
    if noun.dep_ not in _SUBJECT_DEPS or clause.pos_ not in {"VERB", "AUX"}:
        return []
    doc = verb.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    if first < 1 or last + 1 >= clause.i or clause.i <= verb.i:
        return []
    if doc[first - 1].text != "," or doc[last + 1].text != ",":
        return []
    return finish(doc, [(noun.left_edge.i, first - 1), (last + 2, clause.right_edge.i + 1)], verb.i)
