"""A demonstrative noun phrase a colon closes, pointing to the words after it: in "The judge
rejected this argument: [the notion of immunity ...]" the cue's object only points ahead to
the words, the colon hands over to them, and only the words after the colon are a statement;
a phrase with content of its own stays ("denied any allegation of a bribe: "..."")."""

from __future__ import annotations

from spacy.tokens import Span

from foretold.attribution.cue import QUOTE_CHARS

# Demonstratives that point ahead to what a colon brings: "[this] argument:", "[these] words:".
POINTING_WORDS = frozenset(["this", "these"])


def colon_pointer(span: Span, fragments: list[tuple[int, int]]) -> bool:
    """Whether an unquoted piece of content with no verb, opened by a demonstrative, ends right
    before a colon and the cue reports more words after it: "rejected [this argument]: [The
    notion ...]", "gave [these reasons]: [...]" (not "rejected [this argument]." with nothing
    after, nor "denied [any allegation of a bribe]: [...]", whose object says what was denied)."""
    doc = span.doc
    if span[0].text in QUOTE_CHARS or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or words[0].lower_ not in POINTING_WORDS or words[0].dep_ != "det":
        return False
    after = span.end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after >= len(doc) or doc[after].text != ":":
        return False
    return any(start >= doc[after].idx + 1 for start, _ in fragments)
