"""A name glued to the time of day after it: in "Ann Lee Sunday night recounted ...", the
tagger can take "Ann Lee Sunday" for modifiers of "night" and "night" for the subject; the
speaker is the name before the day, "night" only says when.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.dates import WEEKDAYS

# Parts of a day that a weekday names: "Sunday [night]", "Monday [morning]".
_DAY_PARTS = frozenset({"night", "morning", "afternoon", "evening"})


def name_before_day_part(subject: Token) -> Token:
    """The name that a weekday and a part of the day follow, for a subject that is that part
    of the day: "Lee" for "[Ann Lee] Sunday night said"; the subject itself otherwise
    ("Sunday night was calm")."""
    if subject.lower_ not in _DAY_PARTS or subject.tag_ != "NN":
        return subject
    doc = subject.doc
    day = doc[subject.i - 1] if subject.i > 0 else None
    if day is None or day.lower_ not in WEEKDAYS or day.head != subject:
        return subject
    name = doc[day.i - 1] if day.i > 0 else None
    if name is None or name.tag_ != "NNP" or name.head != subject or name.dep_ != "compound":
        return subject
    if name.lower_ in WEEKDAYS or name.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE", ""}:
        return subject
    return name
