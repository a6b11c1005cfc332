"""What a cue reports from inside the subject of "be" in a pseudo-cleft: "What she said was
[that the plan had failed]", "All I am asking is [that we wait]" (the clause after "be" is
what was said; the subject clause only points at it)."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.content_ends import clause_end
from foretold.attribution.ranges import Range

# Words that open the subject of a pseudo-cleft when the parser makes the cue a relative
# clause on them: "[All] I am asking is ...".
_CLEFT_HEADS = frozenset({"all", "what"})


def cleft_content(verb: Token) -> Range | None:
    """The clause after "be" whose subject holds the cue: a "what" clause ("What she said
    was [that ...]") or "all" with the cue's relative clause ("All he wants is [to leave]");
    None when the cue is not in such a subject or "be" takes no clause."""
    copula = _cleft_copula(verb)
    if copula is None:
        return None
    clause = next((c for c in copula.rights if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i), None)
    if clause is None:
        return None
    return clause.left_edge.i, clause_end(clause) + 1


def _cleft_copula(verb: Token) -> Token | None:
    """The "be" whose subject is the cue's "what" clause or the "all" its relative clause
    hangs on."""
    head = verb.head
    if verb.dep_ == "csubj" and any(c.lower_ == "what" and c.dep_ == "dobj" for c in verb.lefts):
        copula = head
    elif verb.dep_ == "relcl" and head.lower_ in _CLEFT_HEADS and head.dep_ == "nsubj":
        copula = head.head
    else:
        return None
    return copula if copula.lemma_ == "be" and copula.i > verb.i else None
