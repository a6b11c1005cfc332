"""The source of "according to X" when the parser broke the noun phrase after "to": the
phrase runs from "to" to the comma that sets it off, and its head is its last noun. In
"According to the news agency Norpress, the mayor said ..." the parser may hang "Norpress" on
the sentence (or make it the subject of "said") and leave "to" with "agency" or with nothing;
the source is Norpress, and the phrase ends at the comma. A phrase that closes its sentence
ends with it ("Flights resumed, according to the F.A.A.", with "to" left with nothing)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.tagged_entities import tagged_entities

_NOMINAL_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "CD"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def phrase_run_head(to: Token) -> Token | None:
    """The last noun of a plain noun phrase after "to" that a comma or the end of its sentence
    closes, when the parser did not make it the object of "to" ("According to state
    broadcaster Telenord, ...", "... according to the F.A.A."); None when the parse already
    has it, or when the words after "to" are more than a plain noun phrase."""
    doc = to.doc
    end = to.i + 1
    while end < len(doc) and doc[end].tag_ in _NOMINAL_TAGS:
        end += 1
    if end == to.i + 1 or not (_closes_sentence(doc, end) or doc[end].text == ","):
        return None
    last = doc[end - 1]
    if last.tag_ not in _NOUN_TAGS:
        return None
    object_ = next((c for c in to.children if c.dep_ == "pobj"), None)
    if object_ is not None and (object_.i == last.i or object_.right_edge.i >= end - 1):
        return None
    return last


def _closes_sentence(doc: Doc, end: int) -> bool:
    """Whether the sentence ends at token ``end``: the text's end, a full stop or a line
    break."""
    return end >= len(doc) or doc[end].text in {".", "!", "?"} or doc[end].is_space


def broken_source(according: Token, head: Token) -> bool:
    """The source of "according to" is the last noun of a phrase the parser broke, so the
    words it hung on that noun after the comma belong to the sentence ("According to news
    agency Norpress, the mayor, Ann Lee, said": Norpress, not Ann Lee)."""
    return according.lower_ == "according" and broken_phrase_head(according) == head


def broken_phrase_head(according: Token) -> Token | None:
    """The head of the phrase after the "to" of "according to" when the parser broke it
    (``phrase_run_head``), or None; also None when no "to" follows ("according as")."""
    after = according.i + 1
    if after >= len(according.doc) or according.doc[after].lower_ != "to":
        return None
    return phrase_run_head(according.doc[after])


def source_name(head: Token) -> Span:
    """The name the tagger found around the source's head, or the head alone, without the
    words before it that describe the source ("state broadcaster [Radio Norpress]")."""
    for ent in tagged_entities(head.doc):
        if ent.start <= head.i < ent.end:
            return ent
    return head.doc[head.i : head.i + 1]


def set_off_name(according: Token) -> Span | None:
    """A person's name set off by commas right after "according to X", with X a singular
    common noun, when the parser made the name a subject of the clause beside the clause's
    own subject instead of X's apposition: in "According to the city mayor, Ann Lee,
    police were investigating" the source is Ann Lee, and the clause starts at "police".
    The same holds when the parser hung the name on something other than a subject and a clause
    with a subject of its own follows ("According to the town's selectman, Ann Lee, there were
    ten aboard"). None when the name is the clause's only subject ("According to the mayor, Lee
    said ...") or is not a person's name."""
    doc = according.doc
    to = according.i + 1
    if to >= len(doc) or doc[to].lower_ != "to":
        return None
    source = next((c for c in doc[to].children if c.dep_ == "pobj"), None)
    if source is None or source.pos_ != "NOUN" or source.tag_ == "NNS":
        return None
    opening = according.right_edge.i + 1
    if opening >= len(doc) or doc[opening].text != ",":
        return None
    closing = opening + 1
    while closing < len(doc) and doc[closing].pos_ == "PROPN":
        closing += 1
    if closing == opening + 1 or closing >= len(doc) or doc[closing].text != ",":
        return None
    words = doc[opening + 1 : closing]
    name = words.root
    if any(t.head.i not in range(opening + 1, closing) for t in words if t != name):
        return None
    if name.ent_type_ != "PERSON":
        return None
    if name.dep_ in SUBJECT_DEPS:
        after = (c for c in name.head.children if c.dep_ in SUBJECT_DEPS and c.i > closing)
    else:  # hung on a comma or a preposition: "..., Ann Lee, there were ten aboard"
        after = (t for t in doc[closing + 1 : name.sent.end] if t.dep_ in SUBJECT_DEPS)
    return words if any(True for _ in after) else None


# Possessive marks as the tokenizer splits them off a name: "Norland['s]", "Students[']".
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def possessed_source(source: Token) -> Token:
    """The noun a name owns when the tagger closed the name at its possessive mark but the
    parser hung the owned noun inside the name: in "according to the University of Norland's
    Institute for Soil Research, ..." the tagger reads "the University of Norland's" as one
    name, the parser makes "Norland's Institute" the object of "of", and the source is the
    Institute, not the University. The source itself when no tagged name ends at a
    possessive mark inside it ("according to the mayor of Lund's office" stays as parsed)."""
    for child in source.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        owned = next((c for c in child.children if c.dep_ == "pobj"), None)
        if owned is None or owned.pos_ not in {"NOUN", "PROPN"}:
            continue
        owner = next((c for c in owned.children if c.dep_ == "poss"), None)
        mark = owner.i + 1 if owner is not None else -1
        if owner is None or mark >= owned.i or owner.doc[mark].text not in _POSSESSIVE_MARKS:
            continue
        name = next((e for e in tagged_entities(source.doc) if e.start <= source.i < e.end), None)
        if name is not None and name.end == mark + 1:
            return owned
    return source
