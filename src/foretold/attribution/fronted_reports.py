"""A report that opens its sentence and a comma, which the parse hung on the clause after it.

In "Ann Lee reported, the council refused to pay" the parse makes "reported" a complement of
"refused", so the report has no content of its own; the clause after the comma is what Lee
reported. A phrase the parse hung on the report before the comma does not give it content
of its own: "Lee reported on Monday, [the council refused]", "the scans showed [in all cases,
the tumours had shrunk]" (where it opens what was reported, ``unmarked_complements``).

A participle of saying that opens its sentence with a clause and a comma is said by the subject
of the main clause after that comma: in "Confirming the mine can stay open, Lee said ..." the
parse can make "Confirming" the subject of "stay" and the whole clause a complement of "said";
Lee confirmed [the mine can stay open]. So is one with an object before a verb of saying
that a quotation follows, which the parse can hang on the quotation's own verb: in
"Stressing [the risk], Lee said, "We must act"", "Stressing" is no act of "we"; Lee stressed
the risk.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS
from foretold.attribution.ranges import Range
from foretold.attribution.tagged_entities import DATE_ENTS

# Dependents after a verb that give it content of its own.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl", "conj"})
# Prepositions that open what a report is about or aimed at: "learn [about] him", "warned
# [of] cuts", "spoke [to] aides"; the report's content is that phrase, not the clause after it.
_TOPIC_PREPS = frozenset({"about", "of", "on", "over", "to", "against", "for", "with"})


def fronted_report(verb: Token) -> bool:
    """A verb with a subject of its own that the parse made the complement of a verb after
    it, with only a comma between: "Ann Lee reported, [the council refused to pay]"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.lefts):
        return False
    if any(c.dep_ in _CONTENT_DEPS or topic_phrase(c) for c in verb.rights):
        return False
    after = verb.right_edge.i + 1
    return after < head.i and verb.doc[after].text == ","


def topic_phrase(child: Token) -> bool:
    """A phrase after the verb that carries what was reported: what it is about or whom it is
    aimed at ("the more voters learn [about him], the more they like him"), unless it dates
    the saying ("reported [on Monday]"), or a clause of its own ("went on [by noting that
    ...]")."""
    if child.dep_ != "prep":
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in child.subtree):
        return True
    if child.lower_ not in _TOPIC_PREPS:
        return False
    return not any(t.ent_type_ in DATE_ENTS for t in child.subtree)


def fronted_participle(verb: Token) -> tuple[Token, Range] | None:
    """The speaker and content of a participle of saying that opens its sentence, when the
    parse made it the subject of the clause it reports and that clause a complement of the
    main verb after a comma, which reports something after it: ("Lee", "the mine can stay
    open") for "Confirming the mine can stay open, Lee said "Q""; None otherwise ("Denying it
    was unsafe is futile", "Criticizing the plan was easy, Lee said")."""
    doc = verb.doc
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":
        return _participle_before_quotation(verb)
    if verb.tag_ != "VBG" or verb.dep_ != "csubj":
        return None
    opening = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    clause = verb.head
    if opening is None or opening.i != verb.i or clause.dep_ != "ccomp" or clause.head.i < clause.i:
        return None
    main = clause.head
    subject = next((c for c in main.lefts if c.dep_ == "nsubj" and c.i > clause.i), None)
    if subject is None or not any(c.dep_ in _CONTENT_DEPS for c in main.rights):
        return None  # "Criticizing the plan was easy, Lee said": a gerund is the subject
    comma = subject.left_edge.i - 1
    if doc[comma].text != "," or comma - clause.right_edge.i not in {0, 1} or comma <= verb.i + 1:
        return None
    return subject, (verb.i + 1, comma)


def _participle_before_quotation(verb: Token) -> tuple[Token, Range] | None:
    """The speaker and object of a participle of saying that opens its sentence before
    "Lee said," and a quotation, when the parse hung it on the quotation's verb: ("Lee", "the
    risk") for "Stressing the risk, Lee said, "We must act""; None otherwise ("Stressing
    the risk, we must act, Lee said")."""
    doc = verb.doc
    opening = next((t for t in verb.sent if not (t.is_punct or t.is_space)), None)
    quoted = verb.head
    if opening is None or opening.i != verb.i or quoted.i < verb.i:
        return None
    if not any(c.dep_ == "dobj" for c in verb.rights):
        return None
    comma = verb.right_edge.i + 1
    if comma >= quoted.i or doc[comma].text != ",":
        return None
    reporter = next(
        (
            c
            for c in quoted.lefts
            if c.dep_ in {"parataxis", "ccomp"} and c.i > comma and c.lemma_.lower() in CUE_LEMMAS
        ),
        None,
    )
    if reporter is None:
        return None
    subject = next((c for c in reporter.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != comma + 1:
        return None
    if not any(t.is_quote for t in doc[reporter.i + 1 : quoted.i]):
        return None
    return subject, (verb.i + 1, comma)
