"""Relative clauses that count part of what the content names.

A clause after a comma that opens with a number or a word for a part ("some", "half") and "of
whom" or "of which" goes on with the report rather than adding the writer's aside: in "Police
said forty people were at the party, six of whom were hurt" the police report the six who were
hurt as well as the forty. A plain ", who ..." or ", which ..." clause stays an aside, and so
does one that takes in the whole ("..., all of which drew criticism").
"""

from spacy.tokens import Token

# Words that pick out part of a whole; "all of which", "both of whom" and "each of which" take
# in the whole again and usually close a sentence with the writer's own remark on it.
_PART_WORDS = frozenset({"some", "many", "most", "none", "half", "several", "few", "one"})


def counted_relative(aside: Token) -> bool:
    """Whether a relative clause opens with a count of part of its antecedent: "[six of whom
    were hurt]", "[half of which came from loans]"; not "[all of which were sold]"."""
    if aside.dep_ != "relcl":
        return False
    doc = aside.doc
    first = aside.left_edge.i
    if first + 2 >= len(doc) or first + 2 > aside.i:
        return False
    count, of, pronoun = doc[first], doc[first + 1], doc[first + 2]
    return (
        (count.tag_ == "CD" or count.lower_ in _PART_WORDS)
        and of.lower_ == "of"
        and pronoun.lower_ in {"whom", "which"}
    )


# Words that count part or all of a relative pronoun's antecedent before "of which/whom".
_COUNT_WORDS = _PART_WORDS | {"all", "both", "each", "any", "much", "neither", "either"}


def speaker_after_count(subject: Token, cue: Token) -> Token:
    """The speaker standing after a counted relative pronoun that the parse took into the
    count's "of" phrase: in "trips, [some of which] reporters say were paid for by lobbyists"
    the count is the subject of what is said, "reporters" the ones saying it; the subject
    itself otherwise."""
    if subject.lower_ not in _COUNT_WORDS and subject.tag_ != "CD":
        return subject
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if len(objects) < 2 or objects[0].lower_ not in {"which", "whom"}:
            continue
        speaker = objects[1]
        if (
            speaker.left_edge.i == objects[0].i + 1
            and speaker.i < cue.i
            and speaker.pos_ in {"NOUN", "PROPN", "PRON"}
        ):
            return speaker
    return subject
