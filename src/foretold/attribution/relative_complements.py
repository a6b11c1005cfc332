"""A report inside a relative clause whose complement the parser misread: in "the bridge,
which the paper reported caused delays" it made "which" the subject of "reported" beside
"the paper", and "caused" an open complement of it or a conjunct of a verb before the clause;
the relative pronoun is the subject of "caused", and the clause is what the paper reported,
as in "a surge [which analysts say could help him]"."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.tensed_verbs import tensed

_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def misread_relative_complement(verb: Token) -> tuple[Token, Token] | None:
    """The relative pronoun and the tensed clause a relative reporting verb reports when the
    parser gave the verb two subjects, the pronoun first, and hung the clause on it as an open
    complement ("which the paper reported [caused delays]") or on a verb before it, or None."""
    if verb.dep_ != "relcl":
        return None
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[0].tag_ not in _RELATIVE_TAGS:
        return None
    clause = next((c for c in verb.rights if c.dep_ == "xcomp"), None) or _hung_before(verb)
    if clause is None or not tensed(clause):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return None
    return subjects[0], clause


def _hung_before(verb: Token) -> Token | None:
    """The verb right after the relative clause, without a subject, that the parser hung on
    a verb before the clause ("The mayor shut the bridge, which the paper reported [angered
    commuters]": "angered" joined to "shut")."""
    after = verb.right_edge.i + 1
    if after >= len(verb.doc):
        return None
    clause = verb.doc[after]
    if clause.pos_ != "VERB" or clause.dep_ not in {"conj", "ccomp", "advcl"}:
        return None
    return clause if clause.head.i < verb.i else None
