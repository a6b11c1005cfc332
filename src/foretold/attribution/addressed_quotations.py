"""A quotation set off after the one a verb of saying addresses or names.

"The mayor spoke, urging residents: "Stay at home."" and "Lee praised the team on Twitter:
"They never gave up."" quote the speaker's own words after naming whom or what they are
about; the object before the comma or colon is not part of what was said. When a statement
runs from the cue's object (with any phrase hung on the cue between them) through a comma or
colon to a quotation that closes it, the statement is that quotation alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from foretold.attribution.quotes import QuoteSpan
from foretold.ids import record_id
from foretold.records import Statement

_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod"})
_SETTERS = frozenset({",", ":"})
_SET_OFF = re.compile(r"\s*[,:]\s*")


def addressed_quotation_start(
    doc: Doc, text: str, verb: Token, start: int, end: int, quotes: tuple[QuoteSpan, ...]
) -> int:
    """The start of the quotation closing ``text[start:end]`` when the words before it are
    only the cue ``verb``'s object or phrases hung on the verb, set off by a comma or colon
    ('urging residents, "Stay home."'); ``start`` unchanged otherwise."""
    quote = next((q for q in quotes if q.closed and q.end == end and start < q.start), None)
    if quote is None or verb.pos_ not in {"VERB", "AUX"}:
        return start
    before = text[start : quote.start].rstrip()
    if not before or before[-1] not in _SETTERS or "\n" in text[start : quote.start]:
        return start
    span = doc.char_span(start, start + len(before) - 1, alignment_mode="expand")
    if span is None or len(span) == 0 or span.start <= verb.i:
        return start
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i > verb.i]
    if not any(c.dep_ == "dobj" and _named_object(c) for c in objects):
        return start
    covered = {t.i for c in objects for t in c.subtree}
    if any(t.i not in covered and not t.is_punct for t in span):
        return start
    return quote.start


def _named_object(token: Token) -> bool:
    """An object that names someone or something, not a "that" the parse took for one ("said
    that for her part: ..." opens a clause)."""
    return token.pos_ in {"NOUN", "PROPN", "PRON"} and token.lower_ not in {"that", "this"}


def quotations_after_addressees(
    doc: Doc,
    text: str,
    article_id: str,
    quotes: tuple[QuoteSpan, ...],
    statements: list[Statement],
) -> list[Statement]:
    """The statements with one whose words are only the addressee of its cue ("urging
    viewers") given instead the quotation set off after it by a comma or colon, when no
    other statement reports that quotation ('Moss spoke, urging viewers, "we have to vote."':
    the parse may hang the quotation above the participle, leaving the cue its object)."""
    out = list(statements)
    for index, statement in enumerate(out):
        quote = _set_off_quote(doc, text, quotes, statement)
        if quote is None or any(s.start < quote.end and quote.start < s.end for s in out):
            continue
        out[index] = replace(
            statement,
            id=record_id(article_id, quote.start, quote.end, "direct"),
            text=text[quote.start : quote.end],
            start=quote.start,
            end=quote.end,
            kind="direct",
        )
    return out


def _set_off_quote(
    doc: Doc, text: str, quotes: tuple[QuoteSpan, ...], statement: Statement
) -> QuoteSpan | None:
    """The closed quotation after ``statement`` and a comma or colon, when the statement is
    no more than the object of its cue verb; None otherwise."""
    if statement.kind != "indirect" or statement.cue is None:
        return None
    match = _SET_OFF.match(text, statement.end)
    if match is None:
        return None
    quote = next((q for q in quotes if q.start == match.end()), None)
    if quote is None or not quote.closed or not _ends_sentence(text, quote):
        return None
    span = doc.char_span(statement.start, statement.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    verb = root.head
    if root.dep_ not in {"dobj", "dative"} or verb.text != statement.cue:
        return None
    subtree = list(root.subtree)
    if subtree[0].i != span.start or subtree[-1].i != span.end - 1:
        return None
    return quote


def _ends_sentence(text: str, quote: QuoteSpan) -> bool:
    """Whether the quotation closes its sentence, not a name for a noun the sentence runs on
    past ('add the question, "Is he a citizen?", to the census')."""
    inner = text[quote.start : quote.end].rstrip("\"'\u201d\u2019 ")
    if not inner or inner[-1] not in ".!?":
        return False
    rest = text[quote.end : quote.end + 2].lstrip(" ")
    return not rest or rest[0] == "\n" or rest[0].isupper() or rest[0] in '"\u201c'
