"""A report closing its sentence after a comma that the parse hung on a noun of the clause it
reports, as if it were a clause on that noun: in 'Lee admitted the deal was "a bad bargain," the
Post reported in May.' the parse may make "reported" a modifier of "bargain". A clause on a noun
has no subject of its own after a comma and before its verb ("the bargain [the Post reported]"
would need no comma), so a tensed report with such a subject, nothing after it but its own
time and place, closes the sentence: the words before the comma are what it reports."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.marks import is_quote_token
from foretold.attribution.ranges import Range, finish

# Relations by which the parse hangs a clause on a noun.
_NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Tags of the tensed verb of a closing report: "the Post reported", "the Post reports".
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Relations of the words a closing report may carry after its verb: "reported [in 1991]".
_TRAILING_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})
# Tags of the pronouns that open a clause on a noun: "the deal, [which] the Post reported".
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def noun_hung_trailer(verb: Token) -> list[Range]:
    """The clause before the comma of a closing report the parse hung on a noun in it:
    '[Lee admitted the deal was "a bad bargain,"] the Post reported in May'; empty for a
    clause on a noun ("the deal, which the Post reported"; "a deal the Post reported")."""
    if verb.dep_ not in _NOUN_CLAUSE_DEPS or verb.tag_ not in _TENSED_TAGS:
        return []
    if verb.head.i > verb.i or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or any(t.tag_ in _RELATIVE_TAGS for t in subject.subtree):
        return []
    if any(c.i > verb.i and c.dep_ not in _TRAILING_DEPS for c in verb.children):
        return []
    doc = verb.doc
    comma = subject.left_edge.i - 1
    while comma > 0 and is_quote_token(doc[comma]):
        comma -= 1
    root = verb.sent.root
    if doc[comma].text != "," or root.i >= comma or root.pos_ not in {"VERB", "AUX"}:
        return []
    if any(not t.is_punct or t.text == "," for t in doc[verb.right_edge.i + 1 : verb.sent.end]):
        return []  # "polyps, which, they observed, grew": an aside, not the sentence's close
    return finish(doc, [(root.left_edge.i, comma)], verb.i)
