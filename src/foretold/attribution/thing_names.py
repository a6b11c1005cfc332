"""Things, acts and ideas are no one: a sentence may make "the way", "a search", "our aim" or
"the new model" the subject of a verb that reports ("A search of the van found a knife", "The
new model indicated ..."), but a common noun names an organisation or a group only when it is
a word for a body of people ("the government", "the jury", "the palace", "the crew") or for
people ("the public", "the majority"), so a name written all in lower case whose nouns are
none of those makes no record in the people table. Proper names ("Velo Motors") and names in
capitals are names whatever their words."""

from __future__ import annotations

from foretold.attribution.cues import word_set
from foretold.attribution.entities import (
    COLLECTIVE_PEOPLE,
    GROUP_WORDS,
    MEDIUM_NOUNS,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    PERSON_NOUNS,
    QUANTITY_NOUNS,
    ROLE_NOUNS,
)
from foretold.attribution.pronouns import COLLECTIVE_NOUNS

# Words for a body of people, a side, a household or a place that acts through its people,
# beside the organisation and group words: "the prosecution", "the palace", "state
# television", "the regime", "the host city", "the seller", "the computer maker".
_BODY_NOUNS = word_set(
    """
    prosecution defence defense palace household business academy cabinet television radio
    society public majority minority regime community country nation city town village state
    seller maker venue media management leadership opposition military staff side wing
    establishment family families dad mum mom crowd audience class faculty clergy project
    child children someone somebody
    """
)
_PEOPLE_WORDS = (
    ORG_WORDS
    | ORG_DESCRIPTORS
    | GROUP_WORDS
    | ROLE_NOUNS
    | PERSON_NOUNS
    | MEDIUM_NOUNS
    | COLLECTIVE_NOUNS
    | COLLECTIVE_PEOPLE
    | QUANTITY_NOUNS
    | _BODY_NOUNS
)


def names_thing(name: str) -> bool:
    """Whether a name written all in lower case has no noun for a body or for people among
    its head word and its last word (see the module docstring); a plural is read by its
    singular, and "-man", "-woman" and "ex-" words are people.

    >>> names_thing("the way"), names_thing("a search of the van"), names_thing("our aim")
    (True, True, True)
    >>> names_thing("the jury"), names_thing("state television"), names_thing("Velo Way")
    (False, False, False)
    >>> names_thing("one of the plans"), names_thing("the ministry of internal affairs")
    (True, False)
    """
    words = [w.strip(".,;:'\"()[]") for w in name.split()]
    words = [w for w in words if w]
    if not words or any(not w.islower() for w in words):
        return False
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    return not any(_people_word(w) for w in {head, words[-1]})


def _people_word(word: str) -> bool:
    """A noun for people or a body of people, singular or plural ("crews", "keyman"), by its
    last part after a hyphen ("left-wing")."""
    if word.endswith(("man", "men", "woman", "women")) or word.startswith("ex-"):
        return True
    word = word.rsplit("-", 1)[-1]  # "the left-wing": a wing
    singular = word[:-1] if word.endswith("s") else word
    return word in _PEOPLE_WORDS or singular in _PEOPLE_WORDS
