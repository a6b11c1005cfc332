"""What a reporting participle in an absolute "with" clause reports when the parse hung the
"with" phrase on the reported clause after it: in "no deaths were reported, with local media
reporting no one was inside" the parser may read "with local media reporting" as a phrase
of "was", so the participle keeps no complement of its own; the clause it opens is what was
reported ("[no one was inside]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range

_COMPLEMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative"})


def hoisted_report(verb: Token) -> Range | None:
    """The clause a "with" phrase opens when the phrase holds the reporting participle and its
    subject and nothing else ("[with local media reporting] no one was inside": "no one was
    inside"), or None (not "with officials saying [that turnout rose]", whose clause the
    participle keeps)."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return None
    prep = verb.head
    clause = prep.head
    if prep.dep_ != "prep" or clause.i <= verb.i or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if clause.left_edge.i != prep.i or verb.right_edge.i != verb.i:
        return None
    if any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children):
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    return verb.i + 1, clause.right_edge.i + 1
