"""Courtesies, not answers: an interview turn made only of thanks, farewells, greetings or
"you're welcome" states nothing ("Thank you.", "Thanks again. Bye.", "You are welcome.",
"It was a pleasure. Have a good day."); a turn with any other sentence stays ("Thank you. We
began in 2010.", "Yes.")."""

from __future__ import annotations

import re

# Sentences and the clauses a comma sets off: "Bye, and have a good day".
_CLAUSE = re.compile(r"[^.!?,;]+")
# Words that open a clause and add nothing to a courtesy: "Okay, bye", "and have a good day".
_OPENERS = re.compile(r"^(?:(?:okay|ok|oh|well|and|so|then)(?:\s+|$))+")
_COURTESY = re.compile(
    r"^(?:"
    r"(?:thank\s+you|thanks)(?:\s+(?:so|very)\s+much|\s+a\s+lot)?(?:\s+(?:again|too|as\s+well))?"
    r"(?:\s+for\b.*)?"
    r"|(?:good)?-?bye(?:[\s-]+bye)?|b-bye|ciao|cheers|take\s+care|see\s+you(?:\s+\w+)?"
    r"|(?:you're|you\s+are)\s+(?:very\s+|most\s+)?welcome|(?:my|the)\s+pleasure|no\s+problem"
    r"|(?:it\s+was|it's|it\s+has\s+been)\s+(?:a|my|an\s+absolute)\s+(?:great\s+|real\s+)?pleasure\b.*"
    r"|have\s+a\s+(?:good|nice|great|lovely)\s+(?:day|evening|weekend|night|one)"
    r"|hello|hi|good\s+(?:morning|afternoon|evening)"
    r")$",
    re.IGNORECASE,
)


def courtesy_only(text: str) -> bool:
    """Every sentence of the turn is a courtesy: "Thank you. Bye." (but "Thank you. We
    began in 2010.")."""
    clauses = [_OPENERS.sub("", c.strip(" \n\t:-\u2014\"'").lower()) for c in _CLAUSE.findall(text)]
    clauses = [c.strip() for c in clauses if c.strip()]
    return bool(clauses) and all(_COURTESY.match(c) for c in clauses)
