"""A report whose content opens with an inverted condition: in "he went on to say that should a
buyer pay the fee, he would not object" the parser took "should a buyer pay the fee" for the
whole reported clause and made "he would not object" the head of the sentence, with the report
as its fronted complement. A clause with "should", "had" or "were" before its subject and a
comma after it is a condition ("if a buyer should pay"), never a reported statement on its own:
the clause after the comma is what the condition governs, and both are what was said; the
clause after the comma reports nothing before it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Auxiliaries that open a condition when put before the subject: "should it fail", "had he
# known", "were they to leave".
_INVERTING_AUXILIARIES = frozenset({"should", "had", "were"})
# Links by which a report sits inside the clause the parser fronted: "went on to [say]".
_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "conj"})


def inverted_condition(clause: Token) -> bool:
    """A clause with "should", "had" or "were" before its subject and a comma right after it:
    "[should a buyer pay the fee],"."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return False
    subjects = [c.i for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        c.dep_ in {"aux", "auxpass"}
        and c.lower_ in _INVERTING_AUXILIARIES
        and any(s > c.i for s in subjects)
        for c in clause.children
    )


def governed_clause(verb: Token, complement: Token) -> Token | None:
    """The clause after the comma that a report's inverted-condition complement governs, which
    the parser made the head the report's clause hangs on ("say that should a buyer pay, [he
    would not object]"), or None."""
    if complement.i < verb.i or not inverted_condition(complement):
        return None
    top = verb
    while top.dep_ in _CHAIN_DEPS and top.head.i < top.i:
        top = top.head
    if top.dep_ != "ccomp" or top.head.i <= complement.right_edge.i:
        return None
    return top.head


def holds_condition_report(clause: Token, verb: Token) -> bool:
    """A clause before the verb that holds a report whose inverted condition governs the verb:
    "[he went on to say that should a buyer pay], he would not object"."""
    return any(
        governed_clause(report, complement) == verb
        for report in clause.subtree
        for complement in report.children
        if complement.dep_ == "ccomp"
    )
