"""The question a verb of asking puts in an "if" clause that the parser took for a condition:
"asked by a reporter [if he would run]", "led some to question [if the vote was fair]" (an
"if" clause with its own subject right after the verb, the one asked or the asker named by
"by", with no comma before it; "I would ask, if I could, ..." sets a condition off, and so
does "will ask for a recount if the margin is small", whose request is its own)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.ranges import Range, finish

# Verbs whose "if" clause is the question they put: "wondered [if it would rain]".
ASKING_VERBS = frozenset({"ask", "question", "wonder", "inquire", "enquire"})


def asked_question(verb: Token) -> list[Range]:
    """The "if" clause a verb of asking puts as its question: "asked [if he would run]"."""
    doc = verb.doc
    if any(c.dep_ in {"prep", "ccomp", "xcomp"} for c in verb.rights):
        return []  # "asked for a recount if ...": the condition of a request
    for clause in verb.rights:
        first = doc[clause.left_edge.i]
        if clause.dep_ != "advcl" or first.lower_ != "if" or first.head != clause:
            continue
        if doc[first.i - 1].text == "," or not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children
        ):
            continue
        return finish(doc, [(first.i, clause_end(clause) + 1)], verb.i)
    return []
