"""A report inside a relative clause whose complement the parser misread: in "the bridge,
which the paper reported caused delays" it made "which" the subject of "reported" beside
"the paper", and "caused" an open complement of it or a conjunct of a verb before the clause;
the relative pronoun is the subject of "caused", and the clause is what the paper reported,
as in "a surge which analysts say could help him". So with a past form the parser took for
a participle complement of a verb that takes no such complement ("rules that the judges said
[discriminated against renters]"), and with a listener made the passive subject of a telling
verb ("the water, which they were assured [was safe]": no one is named as the teller).
A pronoun the parser made the object of a telling verb whose clause has no subject is that
clause's subject, not the listener after the verb: "the water, which officials assured them
[was safe]"."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import ADDRESSEE_VERBS, OBJECT_VERBS, cue_lemma
from foretold.attribution.relative_gaps import RELATIVE_TAGS
from foretold.attribution.tensed_verbs import tensed


def misread_relative_complement(verb: Token) -> tuple[Token, Token] | None:
    """The relative pronoun and the tensed clause a relative reporting verb reports when the
    parser gave the verb two subjects, the pronoun first (for a telling verb the second may be
    its passive subject, the listener: "which they were assured [was safe]"), and hung the
    clause on it as an open complement ("which the paper reported [caused delays]"), as the
    adjective complement a past tense was taken for ("which the judges said [discriminated]")
    or on a verb before it; None otherwise."""
    if verb.dep_ != "relcl":
        return None
    lemma = cue_lemma(verb.lemma_, verb.text)
    telling = lemma in ADDRESSEE_VERBS
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj" or (telling and c.dep_ == "nsubjpass")]
    if len(subjects) != 2 or subjects[0].tag_ not in RELATIVE_TAGS:
        return None
    clause = (
        next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        or _past_form_complement(verb, lemma)
        or _hung_before(verb)
    )
    if clause is None or not (tensed(clause) or clause.dep_ == "acomp"):
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
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ not in {"conj", "ccomp", "advcl"}:
        return None
    return clause if clause.head.i < verb.i else None


def _past_form_complement(verb: Token, lemma: str) -> Token | None:
    """A bare past participle the parser hung on a verb of saying as its adjective complement,
    which such a verb cannot take: a past tense ("which the judges said [discriminated]");
    None for a verb that describes its object ("which critics called [outdated]")."""
    if lemma in OBJECT_VERBS:
        return None
    complement = next((c for c in verb.rights if c.dep_ == "acomp"), None)
    if complement is None or complement.tag_ != "VBN":
        return None
    if any(c.dep_ in {"aux", "auxpass"} for c in complement.children):
        return None
    return complement


def told_relative_subject(verb: Token, clause: Token) -> Token | None:
    """The relative pronoun before a telling verb that the parser made its object while the
    clause it tells has no subject: the pronoun is the clause's subject and the word after the
    verb its listener ("which officials assured them [was safe]"); None otherwise."""
    if verb.dep_ != "relcl" or clause.i < verb.i:
        return None
    if cue_lemma(verb.lemma_, verb.text) not in ADDRESSEE_VERBS:
        return None
    pronoun = next((c for c in verb.lefts if c.dep_ == "dobj"), None)
    if pronoun is None or pronoun.tag_ not in RELATIVE_TAGS:
        return None
    if not any(c.dep_ in {"dobj", "dative"} and c.i > verb.i for c in verb.children):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return None
    return pronoun if tensed(clause) else None
