"""A share of those asked speaks with the poll's voice.

In "In a new poll, 38 percent of voters said the tax should go" the figure is what the poll
found: no one of the 38 percent said it as such, and the share exists only as the poll's
count of its answers. A subject that is a tally ("38 percent of voters", "31% of them", "half
of those asked", "a majority") of a verb that a poll named by "in" before it frames gives way
to the poll. A subject that names people ("most voters said ... in the poll", "the senator
said in a poll") keeps them, as does a tally whose poll comes after the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.sentence_frames import names_poll

# Heads of a subject that counts a share of those asked: "38 [percent] of voters", "31[%]",
# "[half] of them", "a [majority]", "one in [four]" (a number).
_TALLY_WORDS = frozenset(
    {"percent", "%", "pct", "half", "majority", "minority", "plurality"}
    | {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}
)


def poll_of_tally(subject: Token, cue: Token) -> Token:
    """The poll a tally subject comes from, named by an "in" phrase on the cue before the
    subject ("In a new poll, [38 percent] of voters said ...": poll), or the subject."""
    if not _tally(subject):
        return subject
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > subject.left_edge.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and names_poll(noun):
                return noun
    return subject


def _tally(word: Token) -> bool:
    """A word counting a share of people: a number, a percentage or a fraction."""
    return word.tag_ == "CD" or word.lower_ in _TALLY_WORDS
