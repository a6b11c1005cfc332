"""A quotation that makes up a paragraph of its own with no cue, right after a sentence in
which someone issues a statement: "The firm issued a statement on Monday.\n\n"We regret the
delay."" The quotation is the statement, and the one who issued it says it."""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.paragraphs import fills_paragraph

# Nouns of a written statement that its issuer's words may follow in the next paragraph.
ISSUED_NOUNS = frozenset({"statement", "letter", "memo", "message", "note"})


def issued_statement(text: str, cues: list[Cue], start: int, end: int) -> Cue | None:
    """The cue of the sentence right before a quotation that fills its own paragraph, when that
    cue's object is a statement noun ("issued a statement ...", "released a letter ..."):
    a new statement of the same speaker holding the quotation."""
    if not fills_paragraph(text, start, end):
        return None
    for cue in cues:
        token = cue.token
        if cue.subject is None or token.idx >= start:
            continue
        sentence = token.sent
        if text[sentence.end_char : start].strip() or "\n" not in text[token.idx : start]:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in ISSUED_NOUNS for c in token.children):
            continue
        issued = Cue(token, cue.text, cue.subject, [(start, end)], quoted=True)
        issued.parent = cue.parent or cue
        return issued
    return None
