"""An adverbial clause is no content: a clause of purpose, cause, time or concession that the
parse hung on a cue verb tells why or when it was done, not what was said ("the emergency he
declared so he could fund a wall", "she resigned, because the board had lied", "he spoke
before the vote was held"); but one before a reporting aside opens the clause the aside
interrupts ("[After the vote], aides said, [the mood soured]"). A clause opened by "where" or
"when" right after a comma is a relative clause on the place or time before it, which the
parse hung on the verb ("unrest continued in the city, where a guard was shot"); a reported
question has no comma ("she asked where he was"). A clause of condition or manner after the
verb may be what was asked or said ("asked if it held", "said as much") and stays.
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
# Relative adverbs of place and time, which after a comma open a clause on the noun before it.
RELATIVE_ADVERBS = frozenset(["where", "when"])
# Subordinators of purpose, which open no reported clause even where the parse took one.
PURPOSE_MARKS = frozenset(["so"])


def adverbial_content(cue: Cue) -> bool:
    """Unquoted content that opens with the subordinator of an adverbial clause of the cue:
    "declared [so he could fund a wall]", "said nothing [until the vote was held]"; or content,
    quoted words after it or not, that opens with a relative "where" or "when" after a comma:
    'unrest continued in the city, [where a guard was shot]. "Order" was the theme.'."""
    if not cue.fragments:
        return False
    doc = cue.token.doc
    span = doc.char_span(cue.fragments[0][0], cue.fragments[0][1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    if _relative_adverb(first, cue.token):
        return True
    return not cue.quoted and _adverbial_mark(first, cue.token)


def _relative_adverb(token: Token, verb: Token) -> bool:
    """A "where" or "when" after a comma that opens the clause the parse hung on ``verb``:
    "fighting continued in the north, [where] two men died" (not "asked [where] he was", nor
    "said, where possible, staff would stay home", whose "where" is not the clause's own)."""
    if token.lower_ not in RELATIVE_ADVERBS or token.tag_ != "WRB" or token.dep_ != "advmod":
        return False
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    clause = token.head
    while clause.dep_ == "conj" and clause.head != verb:  # "where he was shot and [killed]"
        clause = clause.head
    return clause.head == verb and clause.dep_ in {"ccomp", "advcl", "xcomp", "conj"}


def _adverbial_mark(token: Token, verb: Token) -> bool:
    """A subordinator of a clause the parse hung on ``verb`` as an adverbial: "[so] he could",
    or "so" opening a clause it took for the verb's object, which a purpose clause still is
    ("declared it [so he could fund it]"; "said [while it rose, ...]" may report); not one
    opening the sentence before a reporting aside, which opens the words the aside interrupts
    ("[Because the river is low], says the study, [barges wait]")."""
    if token.dep_ != "mark" or token.head.head != verb or token.lower_ not in ADVERBIAL_MARKS:
        return False
    if verb.dep_ == "parataxis" and token.i < verb.i:
        return False  # "[After the vote], aides said, [the mood soured]": the aside interrupts it
    return token.head.dep_ == "advcl" or (
        token.head.dep_ == "ccomp" and token.lower_ in PURPOSE_MARKS
    )
