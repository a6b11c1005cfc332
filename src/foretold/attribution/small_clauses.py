"""Small clauses: a verb outside the lexicon whose clause complement is a bare verb with a
subject of its own and no auxiliary or marker lets, makes, sees or helps someone do something
("they let [the guards search the van]", "she watched [the crew leave]"). Nothing is reported:
a bare verb never heads a stated clause, which is tensed ("they said [the guards searched
it]") or an infinitive with "to".
"""

from __future__ import annotations

from spacy.tokens import Token

_OWN_DEPS = frozenset({"aux", "auxpass", "mark"})


def small_clause(verb: Token) -> bool:
    """The verb's clause complement after it is a bare verb with its own subject and no
    auxiliary or marker: "let [them look at the files]", but not "hoped [they would look]"."""
    complement = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if complement is None or complement.tag_ != "VB":
        return False
    children = list(complement.children)
    return any(c.dep_ == "nsubj" for c in children) and not any(
        c.dep_ in _OWN_DEPS for c in children
    )
