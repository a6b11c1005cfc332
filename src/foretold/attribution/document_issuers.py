"""Who issued a document taken up again: "the" document with no holder of its own speaks for
whoever issued it when it was first named, the one who sent, issued or signed it ("Lee sent a
letter to the board. [...] The letter said ...": Lee), in whose words it came ("Lee, in a
statement, announced ... The statement also said ...": Lee), whose it was ("Acme said in its
filing ... According to the filing ...": Acme) or who put it out ("a report from the safety
board ... The report said ...": the board); or, when it was not named before, whoever did the
act it records ("Lee declared an emergency. The proclamation said ...": Lee). A document with
a "by" of its own after a verb of issuing names its issuer there ("a report released by the
bureau, which said ...": the bureau; not "a letter obtained by reporters"). An earlier
mention with no issuer stops the search: the document is nobody's named; but one itself taken
up again passes the search on to the mention before it ("Lee, in a statement, announced ...
The statement also said ... which, the statement said, ...": Lee both times). A document
owned by "their", "its", "his" or "her" is taken up again like one with "the" ("Acme issued a
statement. Their statement said ...": Acme). A document named where its words are spoken, after
"in", "through" or "via" on a verb with a subject, speaks for that subject ("Lee resigned in a
letter stating ...": Lee), not for whoever is named in it ("Lee was named in a report saying
...": the report).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import word_set
from foretold.attribution.emphatic_reflexives import reflexive_subject
from foretold.attribution.speaking_things import AUTHORING_VERBS

# Documents someone issues, whose holder speaks through them.
ISSUED_DOCUMENTS = word_set(
    """
    statement statements release letter memo filing report announcement proclamation
    declaration decree ruling complaint motion lawsuit suit notice communique advisory
    bulletin
    """
)
# Owners' pronouns with which a document is taken up again: "[Their] statement said".
_OWNER_PRONOUNS = frozenset({"their", "its", "his", "her"})
# Prepositions whose document carries its verb's words: "said [in] a statement".
_CARRYING_PREPOSITIONS = frozenset({"in", "through", "via"})
# Acts a document records, by the noun of the document: "declared an emergency" for "the
# proclamation"; a declaration with a predicate ("declared the outbreak a pandemic") is a
# verdict, not the act.
_RECORDED_ACTS: dict[str, frozenset[str]] = {
    "announcement": frozenset({"announce"}),
    "proclamation": frozenset({"proclaim", "declare"}),
    "declaration": frozenset({"declare"}),
    "decree": frozenset({"decree"}),
    "ruling": frozenset({"rule"}),
}
# Complements that make "declare" or "rule" a verdict on something rather than an act.
_VERDICT_DEPS = frozenset({"xcomp", "ccomp", "oprd", "acomp"})
# How far back, in words, a document taken up again looks for its first mention.
_REACH = 400


def document_issuer(head: Token) -> Token | None:
    """The word naming who issued the document a speaker mention takes up again ("The letter"
    after "Lee sent a letter": Lee), or None."""
    if head.pos_ != "NOUN" or head.lower_ not in ISSUED_DOCUMENTS:
        return None
    if (agent := _agent(head)) is not None:
        return agent
    if (speaker := _carried_by(head)) is not None:
        return speaker
    if not _taken_up(head):
        return None
    lemma = head.lemma_.lower()
    acts = _RECORDED_ACTS.get(lemma, frozenset())
    doc = head.doc
    for token in reversed(doc[max(0, head.i - _REACH) : head.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
            issuer = _first_issuer(token)
            if issuer is None and _taken_up(token) and _agent(token) is None:
                continue  # "The statement also said": the one before it tells whose
            return issuer
        if token.pos_ == "VERB" and token.lemma_.lower() in acts and _act(token):
            return _subject(token)
    return None


def _taken_up(head: Token) -> bool:
    """A document named with "the" or an owner's pronoun and no other holder before it: "The
    letter", "Their letter", not "Acme's letter", "a letter" or "the NHC advisory"."""
    lefts = list(head.lefts)
    if any(c.dep_ == "compound" for c in lefts):
        return False
    owners = [c for c in lefts if c.dep_ == "poss"]
    if owners:
        return len(owners) == 1 and owners[0].lower_ in _OWNER_PRONOUNS
    return any(c.dep_ == "det" and c.lower_ == "the" for c in lefts)


def _carried_by(noun: Token) -> Token | None:
    """The subject whose words a document carries where it is named: "Lee resigned [in] a
    letter stating ...": Lee; None for a passive's subject ("Lee was named in a report")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _CARRYING_PREPOSITIONS:
        return None
    verb = preposition.head
    if preposition.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return _subject(verb)


def _agent(noun: Token) -> Token | None:
    """The "by" of a participle of issuing after a document: "the decree signed [by] the
    bishop" (not "a letter obtained by reporters", who only hold it)."""
    for participle in noun.rights:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in AUTHORING_VERBS:
            continue
        for agent in participle.children:
            if agent.dep_ == "agent":
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _first_issuer(noun: Token) -> Token | None:
    """Who issued a document where it was first named: its holder ("its filing"), the "by"
    or "from" after it ("a report from the board"), the subject of the verb that put it out
    ("Lee sent a letter") or of the verb whose words it carries ("said in a statement")."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "PRON"}:
            return child
    if (agent := _agent(noun)) is not None:
        return agent
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is not None and source.pos_ == "PROPN":
                return source
    head = noun.head  # the verb of "sent a letter", the preposition of "said in a statement"
    if noun.dep_ == "dobj" and head.lemma_.lower() in AUTHORING_VERBS:
        return _subject(head)
    if noun.dep_ == "pobj" and head.lower_ in _CARRYING_PREPOSITIONS:
        return _subject(head.head) if head.head.pos_ == "VERB" else None
    return None


def _act(verb: Token) -> bool:
    """A verb of the act itself, with an object and no verdict: "declared [an emergency]" (not
    "declared the outbreak [a pandemic]")."""
    children = list(verb.children)
    if any(c.dep_ in _VERDICT_DEPS for c in children):
        return False
    return any(c.dep_ == "dobj" for c in children)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is joined to by "and", when a name, a pronoun
    or a noun ("Lee sent", "she sent", "the board sent"); None for any other subject. An
    emphatic reflexive the parse took for the subject gives the name set beside it ("In the
    filing itself Acme made the point": Acme, ``emphatic_reflexives``)."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            subject = reflexive_subject(subject) or subject
            return subject if subject.pos_ in {"PROPN", "PRON", "NOUN"} else None
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
