"""Documents whose participle reports what they say.

A participle of saying on a document of words opens what the document says: "a statement
saying [the bridge would reopen]", "a letter stating [that two workers were hurt]".

In "The mayor issued a statement saying the bridge would reopen" the words are what the
statement says: the participle "saying" reports them (its speaker is whoever issued the
statement, ``borrowed_subjects``), and the verb of issuing has no content of its own. The verb
is one of authoring or sending ("issued", "released", "sent"), its object a document of words
("statement", "letter", "email") or of findings ("posted findings estimating [the toll may
pass 900]", "published a study showing [that the drug works]") and the participle a verb of
saying with a clause ("saying", "stating", "claiming that ..."). A participle on another object
does not report for the verb ("dismissed a suit claiming ...": the judge claimed nothing).
A "that" clause on the document says what it says in the same way, and is the content of the
verb of issuing ("issued a statement [that the bridge had been closed]"), when it shows it has
no gap of a relative clause ("issued a statement that the mayor signed"). The participle may
hang on the verb past the document's place ("issued a statement at the town hall saying
[the bridge would reopen]"): it still reports for the document.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.clause_subjects import broken_clause_end, broken_predicate
from foretold.attribution.cues import (
    CLAUSE_VERBS,
    CUE_NOUNS,
    MEDIUM_PREPOSITIONS,
    OBJECT_VERBS,
    PREPOSITION_VERBS,
    cue_lemma,
)
from foretold.attribution.speaking_things import AUTHORING_VERBS, SENT_DOCUMENTS

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# Documents of findings that say what their authors found, by lemma: "published a study
# showing ...", "posted findings estimating ...", "released results showing ...".
FINDINGS_DOCUMENTS = frozenset(
    {"finding", "study", "paper", "analysis", "research", "estimate", "result"}
)


def reporting_participle(verb: Token) -> Token | None:
    """The participle of saying on the document a verb of authoring takes as object ("issued a
    statement [saying] the bridge would reopen"), or None."""
    if verb.lemma_.lower() not in AUTHORING_VERBS:
        return None
    document = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if document is None or document.lemma_.lower() not in SENT_DOCUMENTS | FINDINGS_DOCUMENTS:
        return None
    on_document = next((c for c in document.rights if saying_participle(c)), None)
    if on_document is None and not _clause_on_verb(verb, document):
        on_document = next((c for c in document.rights if stance_participle(c)), None)
        on_document = on_document or stance_past_medium(document)
        if on_document is not None and on_document.right_edge != document.right_edge:
            on_document = None  # "a letter disputing claims by the firm [that ...]"
    return on_document or _participle_after_document(verb, document)


def _clause_on_verb(verb: Token, document: Token) -> bool:
    """Whether the parser hung a clause on the verb of issuing past its document, or on the
    document past a participle of stance, which then belongs to the participle's object
    ("published a letter disputing claims by the firm [that ...]"): the participle's own
    phrase is cut short of it, so the document's whole phrase is kept."""
    return any(c.dep_ in _CLAUSE_DEPS and c.i > document.i for c in verb.rights)


def stance_past_medium(document: Token) -> Token | None:
    """A participle of stance the parser hung on the site or day a document went out on, which
    describes the document all the same: "posted a message on Twitter [blaming] Iran". Only a
    document that is itself a noun of words said ("message", "statement") takes it over; for
    another ("a notice on its site blaming ...") the participle would be read as the site's."""
    if document.lower_ not in CUE_NOUNS:
        return None
    for prep in document.rights:
        if prep.dep_ != "prep" or prep.lower_ not in MEDIUM_PREPOSITIONS:
            continue
        for place in prep.children:
            if place.dep_ == "pobj":
                found = next((c for c in place.rights if stance_participle(c)), None)
                if found is not None:
                    return found
    return None


def _participle_after_document(verb: Token, document: Token) -> Token | None:
    """A participle of saying that the parser hung on the verb of issuing past the phrases of
    the document's place or time, which says what the document says all the same: "issued a
    statement at the town hall on Monday [saying] the bridge would reopen"; not when a participle
    inside the document's phrases already gives its words ("posted a message on its site
    blaming the union, saying ...": the second participle is a further act)."""
    if any(t.dep_ == "acl" and t.tag_ == "VBG" for t in document.subtree):
        return None
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ == "advcl"
            and c.i > document.right_edge.i
            and c.tag_ == "VBG"
            and cue_lemma(c.lemma_, c.text) in CLAUSE_VERBS
            and any(d.dep_ in _CLAUSE_DEPS or d.is_quote for d in c.rights)
        ),
        None,
    )


def saying_participle(token: Token) -> bool:
    """A participle of saying with a clause or quotation after it that describes a noun: "a
    statement [saying] it was over", "an email [stating] that ...", also when the parser took
    the clause's subject for its object ("a notice [announcing] the road was shut") (not "a
    suit [seeking] damages", "a letter [signed] by all")."""
    if token.dep_ != "acl" or token.tag_ != "VBG":
        return False
    if cue_lemma(token.lemma_, token.text) not in CLAUSE_VERBS:
        return False
    if any(c.dep_ in _CLAUSE_DEPS or c.is_quote for c in token.rights):
        return True
    return _broken_clause_object(token) is not None


def stance_participle(token: Token) -> bool:
    """A participle of stance with its object that describes a document of words: "a message
    [blaming] Iran", "a letter [disputing] the claims", "statements [speaking] of an incursion"
    (not "a letter [signed] by all", "a report [detailing] the costs")."""
    return stance_object(token) is not None


def stance_object(participle: Token) -> Token | None:
    """The object a participle of stance on a noun takes ("blaming [Iran]", "speaking of [an
    incursion]"), or None when it is no such participle."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    lemma = cue_lemma(participle.lemma_, participle.text)
    if lemma in OBJECT_VERBS:
        found = next((c for c in participle.rights if c.dep_ == "dobj"), None)
        if found is not None:
            return found
    wanted = PREPOSITION_VERBS.get(lemma)
    if wanted is None:
        return None
    for prep in participle.rights:
        if prep.dep_ == "prep" and prep.lower_ in wanted.split():
            return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


def _broken_clause_object(participle: Token) -> Token | None:
    """The object of a participle of saying that the parser took for it but that is the
    subject of the clause it reports: "announcing [the road] was shut"; None otherwise."""
    return next(
        (c for c in participle.rights if c.dep_ == "dobj" and broken_predicate(participle, c)),
        None,
    )


def participle_report_end(participle: Token) -> int:
    """Where the words a participle of saying reports end (exclusive): its subtree, or the
    clause whose subject the parser took for its object ("announcing [the road was shut]")."""
    end = participle.right_edge.i + 1
    if (subject := _broken_clause_object(participle)) is not None:
        end = max(end, broken_clause_end(participle, subject) or end)
    return end


def participle_report_start(participle: Token) -> int:
    """Where the words a participle of saying reports open, past its punctuation: "saying,
    [the bridge ...]"."""
    doc = participle.doc
    start = participle.i + 1
    while start < len(doc) - 1 and doc[start].is_punct and not doc[start].is_quote:
        start += 1
    return start


def document_clause(verb: Token) -> Token | None:
    """The "that" clause on the document a verb of authoring takes as object, which says what
    the document says ("issued a statement [that the bridge had been closed]"), or None. The
    clause must show it lacks no object, by one of its own or by a passive, for a relative
    clause the parser took for a complement has a gap there ("issued a statement that the
    mayor signed")."""
    if verb.lemma_.lower() not in AUTHORING_VERBS:
        return None
    document = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if document is None or document.lemma_.lower() not in SENT_DOCUMENTS:
        return None
    return next((c for c in document.rights if c.dep_ in _CLAUSE_ON_NOUN and _full_clause(c)), None)


# Clauses the parser hangs on a noun, a complement taken for a relative one included.
_CLAUSE_ON_NOUN = frozenset({"acl", "relcl"})
# Dependents that fill a clause's object or show it needs none.
_FILLED_DEPS = frozenset(
    {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative", "nsubjpass", "auxpass"}
)


def _full_clause(clause: Token) -> bool:
    """A clause opened by "that" with a subject of its own and a filled object: "that [two
    workers] were hurt", "that [the mayor] signed [the bill]"."""
    children = list(clause.children)
    return (
        any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
        and any(c.dep_ in _FILLED_DEPS for c in children)
    )
