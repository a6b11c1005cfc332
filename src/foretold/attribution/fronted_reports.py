"""A report that opens its sentence and a comma, which the parse hung on the clause after it.

In "Ann Lee reported, the council refused to pay" the parse makes "reported" a complement of
"refused", so the report has no content of its own; the clause after the comma is what Lee
reported. A phrase the parse hung on the report before the comma does not give it content
of its own: "Lee reported on Monday, [the council refused]", "the scans showed [in all cases,
the tumours had shrunk]" (where it opens what was reported, ``unmarked_complements``).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.tagged_entities import DATE_ENTS

# Dependents after a verb that give it content of its own.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl", "conj"})
# Prepositions that open what a report is about or aimed at: "learn [about] him", "warned
# [of] cuts", "spoke [to] aides"; the report's content is that phrase, not the clause after it.
_TOPIC_PREPS = frozenset({"about", "of", "on", "over", "to", "against", "for", "with"})


def fronted_report(verb: Token) -> bool:
    """A verb with a subject of its own that the parse made the complement of a verb after
    it, with only a comma between: "Ann Lee reported, [the council refused to pay]"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.lefts):
        return False
    if any(c.dep_ in _CONTENT_DEPS or topic_phrase(c) for c in verb.rights):
        return False
    after = verb.right_edge.i + 1
    return after < head.i and verb.doc[after].text == ","


def topic_phrase(child: Token) -> bool:
    """A phrase after the verb that carries what was reported: what it is about or whom it is
    aimed at ("the more voters learn [about him], the more they like him"), unless it dates
    the saying ("reported [on Monday]"), or a clause of its own ("went on [by noting that
    ...]")."""
    if child.dep_ != "prep":
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in child.subtree):
        return True
    if child.lower_ not in _TOPIC_PREPS:
        return False
    return not any(t.ent_type_ in DATE_ENTS for t in child.subtree)
