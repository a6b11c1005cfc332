"""Agent nouns written in lower case as a title right before a person's name.

News sets what a person does before the name with no article and no comma: "French inventor
Ann Lee", "rock drummer Ann Lee", "wrestling sportswriter Ann Lee", "English mathematician
Ann Lee". The word lists of titles cannot hold every trade, but English builds the names of
doers with a few endings ("-er", "-or", "-ian"), and a noun in one of them that the parse
hangs on a person's name as a compound is that person's title. A noun so hung on a company's
name ("retailer Acme") or on a thing's name is left alone: only a name tagged as a person's
takes one, and only a singular noun ("actors Ann Lee and Bo Ray" names a group). A noun with
"a" on it opens a relative clause the name is the subject of, and is no title of hers ("Bo
Ray, a Republican fundraiser Ann Lee appointed, ..."). Nouns in those endings that name a thing
("character", "computer") are no trades.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from foretold.attribution.cues import word_set

# Endings of nouns that name a doer: "drummer", "inventor", "mathematician".
_AGENT_ENDING = re.compile(r"^[a-z]{3,}(?:er|or|ian)$")
# Nouns in those endings that name a thing or a part of a story, not a doer.
_NOT_AGENTS = word_set(
    """
    character number letter paper water computer border order corner center centre chapter
    quarter sector factor motor colour color error mirror floor door rumor rumour
    """
)


def agent_title(token: Token) -> bool:
    """A singular noun in lower case ending in "-er", "-or" or "-ian" that the parse hangs as
    a compound on a later word of a person's name ("inventor" of "French inventor Ann Lee";
    not "retailer" of "retailer Acme", a company, nor "fundraiser" of "a fundraiser Ann Lee
    appointed", the object of her clause)."""
    head = token.head
    return (
        token.is_lower
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.dep_ == "compound"
        and head.i > token.i
        and head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
        and bool(_AGENT_ENDING.match(token.lower_))
        and token.lower_ not in _NOT_AGENTS
        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
    )
