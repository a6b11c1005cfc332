"""A counted group whose members are named beside it speaks as those members.

"Two sex workers, Ann Lee and Bo Ray, said ..." names who speaks: Ann Lee and Bo Ray, as
"Ann Lee and Bo Ray said" would. The group must give its number ("two", "both", "3") and
the names set beside it must be people joined by "and", as many as that number, so that a
list of some of the group ("Five workers, among them Ann Lee and Bo Ray,") names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "both": 2,
}  # fmt: skip


def counted_apposition(head: Token) -> Token | None:
    """The first of the people named beside a counted plural subject when they are as many
    as its number ("Two sex workers, Ann Lee, and Bo Ray, said": Ann Lee; "Both officers,
    Ann Lee and Bo Ray, said": Ann Lee), or None ("Three workers, Ann Lee and Bo Ray",
    "The workers, Ann Lee and Bo Ray": no number)."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    number = _number(head)
    if number is None:
        return None
    for child in head.rights:
        if child.dep_ != "appos" or child.ent_type_ != "PERSON" or child.pos_ != "PROPN":
            continue
        names = [child, *_joined_people(child)]
        return child if len(names) == number else None
    return None


def _number(head: Token) -> int | None:
    """How many a plural noun counts ("two workers", "both officers", "3 workers"), if said."""
    for child in head.lefts:
        word = child.lower_
        if child.dep_ == "nummod" and word.isdigit():
            return int(word)
        if child.dep_ in {"nummod", "det", "predet"} and word in _NUMBER_WORDS:
            return _NUMBER_WORDS[word]
    return None


def _joined_people(name: Token) -> list[Token]:
    """The people joined to a name by "and" alone ("Ann Lee, and Bo Ray": Bo Ray); none when
    another word joins them or a joined name is not a person's."""
    joined: list[Token] = []
    current = name
    while (following := next((c for c in current.children if c.dep_ == "conj"), None)) is not None:
        links = {c.lower_ for c in current.children if c.dep_ == "cc"}
        links |= {c.lower_ for c in following.children if c.dep_ == "cc"}
        if links - {"and"} or following.ent_type_ != "PERSON" or following.pos_ != "PROPN":
            return []
        joined.append(following)
        current = following
    return joined
