"""A clause on a noun of time that the parser took for a verb's complement: in "On the same
day [that the paper reports the probe], the panel did not ask about it" the clause with
"that" tells which day, a relative clause on "day", and the verb after the comma is the main
one. Such a clause is neither what the later verb reports nor the opening of a report whose
content runs on past the comma; its own verb may still report what follows it ("reports [the
probe]").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.speaker_words import is_time_noun

# Words that open a relative clause on a noun of time: "the day [that] ...", "the week [when]".
_TIME_RELATIVE_WORDS = frozenset({"that", "when"})


def relative_on_time(clause: Token) -> bool:
    """The verb heads a clause opened by "that" or "when" right after a noun of time, which
    the parse hung on the verb as an adverb or a marker ("the same day [that] the paper
    reports ...")."""
    doc = clause.doc
    return any(
        0 < c.i < clause.i
        and c.lower_ in _TIME_RELATIVE_WORDS
        and c.dep_ in {"advmod", "mark"}
        and is_time_noun(doc[c.i - 1])
        for c in clause.children
    )
