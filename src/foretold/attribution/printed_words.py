"""Words printed on a thing: a garment, a sign or a banner that "reads" or "says" something
bears a slogan put on show ('a shirt that read "Vote Lee"', 'protesters held signs reading
"No war"', 'the banner said "Welcome home"'). The words are quoted as what is written there,
not reported as the view of anyone who made, wears or carries the thing, and the thing is no
speaker. A document's words stay a report ("the letter read", "a headline that reads", "the
message said"), and so do a board, a plate or a flag, which are often bodies or things of
another kind ("the board said").
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

# Verbs that give the words written on a thing: "a shirt that [read] ...".
PRINTED_VERBS = frozenset({"read", "say", "proclaim", "declare"})
# Things that bear printed words for show: garments, signs, banners and badges.
BEARER_NOUNS = frozenset(
    {
        *("shirt", "t-shirt", "tee", "sweatshirt", "hoodie", "jersey", "hat", "cap", "button"),
        *("badge", "pin", "sticker", "sign", "placard", "banner", "poster", "billboard"),
        *("marquee", "plaque", "mug", "tattoo", "signboard"),
    }
)


def printed_words(cue: Cue) -> bool:
    """Whether a cue gives the words printed on a garment, a sign or a banner: "a shirt that
    [read] ..." , "signs [reading] ...", "the placard [said] ..." (not "the letter read ...")."""
    verb = cue.token
    if verb.lemma_.lower() not in PRINTED_VERBS:
        return False
    bearer = _bearer(verb, cue.subject)
    return bearer is not None and bearer.tag_ in {"NN", "NNS"} and _bearer_noun(bearer)


def _bearer(verb: Token, subject: Token | None) -> Token | None:
    """The thing whose words a verb gives: the noun a relative clause or a participle hangs on
    ("a shirt that read", "signs reading"), else the verb's subject."""
    if verb.dep_ in {"relcl", "acl"} and verb.head.i < verb.i:
        return verb.head
    return subject


def _bearer_noun(noun: Token) -> bool:
    """A noun of a thing that bears printed words, by its last part ("T-shirt": "shirt")."""
    word = noun.lemma_.lower()
    return word in BEARER_NOUNS or word.rsplit("-", 1)[-1] in BEARER_NOUNS
