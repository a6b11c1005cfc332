"""The stated condition of a forecast: "if all efforts at diplomacy fail", "unless ...",
"subject to ...", and "Either X or Y" (Y happens unless X)."""

from __future__ import annotations

from spacy.tokens import Span, Token

_MARKERS = frozenset({"if", "unless", "provided", "providing", "once"})
_PHRASE_MARKERS = ("as long as", "in case", "in the event that", "on condition that")


def _span_text(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return doc[start:end].text.strip(" ,;:\"'“”‘’")


def _condition_clause(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "advcl":
            marks = [t for t in child.children if t.dep_ == "mark"]
            words = " ".join(t.lower_ for t in marks)
            if any(m.lower_ in _MARKERS for m in marks) or any(p in words for p in _PHRASE_MARKERS):
                return _span_text(list(child.subtree))
        if (
            child.dep_ == "prep"
            and child.lower_ == "subject"
            or (child.lower_ == "subject" and any(t.lower_ == "to" for t in child.children))
        ):
            return _span_text(list(child.subtree))
    return None


def find_condition(target: Token, chain: list[Token]) -> str | None:
    """The condition on the predicted clause or on a verb that governs it, else None."""
    for verb in [target, *chain]:
        found = _condition_clause(verb)
        if found:
            return found
    return None


def either_or(sent: Span) -> tuple[Token, str] | None:
    """For "Either X or Y": the head of Y and the condition "unless X"."""
    either = next((t for t in sent if t.lower_ == "either"), None)
    if either is None:
        return None
    first = either.head
    second = next(
        (c for c in first.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), None
    )
    if second is None or first.pos_ not in {"VERB", "AUX"}:
        return None
    first_tokens = [
        t
        for t in first.subtree
        if t.i < second.i and t.dep_ not in {"cc", "preconj"} and t.lower_ not in {"either", "or"}
    ]
    first_tokens = [t for t in first_tokens if t not in set(second.subtree)]
    if not first_tokens:
        return None
    return second, "unless " + _span_text(first_tokens)
