"""Reporting verbs misread as participles: a sentence whose past-tense reporting verb the
parser hung on its own subject as a reduced relative ("announced on Monday"), making the
verb of the reported clause the sentence's verb, with two subjects: in "The mayor, Ann Lee,
announced on Monday there were no suspects" the parse gives "were" both "mayor" and "there".
The cue is the participle, its subject the noun it hangs on, and what it reports the clause
whose own subject opens right after the participle's phrase ("there were no suspects").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.ranges import Range, trim

_CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})


def misread_participle_report(verb: Token) -> tuple[Token, Range] | None:
    """The subject and the reported clause of a reporting verb the parser read as a participle
    on its subject ("The mayor, Ann Lee, [announced] on Monday there were no suspects": "mayor"
    and "there were no suspects"); None for a true reduced relative, whose noun is the only
    subject of the sentence's verb ("the plan announced on Monday drew protests")."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or noun.dep_ != "nsubj":
        return None
    main = noun.head
    if main.i < verb.i or main.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"agent", "dobj", "ccomp", "xcomp", "oprd"} for c in verb.children):
        return None
    opening = verb.right_edge.i + 1
    second = next(
        (c for c in main.children if c.dep_ in _CLAUSE_SUBJECT_DEPS and c.i != noun.i), None
    )
    if second is None or second.left_edge.i != opening or second.i > main.i:
        return None
    clause = trim(verb.doc, opening, main.right_edge.i + 1)
    return (noun, clause) if clause is not None else None
