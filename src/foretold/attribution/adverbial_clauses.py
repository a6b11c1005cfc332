"""An adverbial clause is no content: a clause of purpose, cause, time or concession that the
parse hung on a cue verb tells why or when it was done, not what was said ("the emergency he
declared so he could fund a wall", "she resigned, because the board had lied", "he spoke
before the vote was held"). A clause of condition or manner after the verb may be what was
asked or said ("asked if it held", "said as much") and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Subordinators of purpose, cause, time and concession, which never open reported words.
ADVERBIAL_MARKS = frozenset(
    [
        *("so", "because", "since", "although", "though", "whereas", "unless", "until"),
        *("after", "before", "once", "while"),
    ]
)
# Subordinators of purpose, which open no reported clause even where the parse took one.
PURPOSE_MARKS = frozenset(["so"])


def adverbial_content(cue: Cue) -> bool:
    """Unquoted content that opens with the subordinator of an adverbial clause of the cue:
    "declared [so he could fund a wall]", "said nothing [until the vote was held]"."""
    if cue.quoted or not cue.fragments:
        return False
    doc = cue.token.doc
    span = doc.char_span(cue.fragments[0][0], cue.fragments[0][1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    return _adverbial_mark(first, cue.token)


def _adverbial_mark(token: Token, verb: Token) -> bool:
    """A subordinator of a clause the parse hung on ``verb`` as an adverbial: "[so] he could",
    or "so" opening a clause it took for the verb's object, which a purpose clause still is
    ("declared it [so he could fund it]"; "said [while it rose, ...]" may report)."""
    if token.dep_ != "mark" or token.head.head != verb or token.lower_ not in ADVERBIAL_MARKS:
        return False
    return token.head.dep_ == "advcl" or (
        token.head.dep_ == "ccomp" and token.lower_ in PURPOSE_MARKS
    )
