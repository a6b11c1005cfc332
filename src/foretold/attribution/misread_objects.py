"""Cue words that are the object of a verb the tagger missed: in "Mayor sharpens focus on
schools" the parse reads "sharpens" as an adverb or modifier and "focus" as the verb, but a
singular noun cannot take the bare form "focus"; the "-s" word before it that agrees with the
noun is the verb, and "focus" its object."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import Cue

_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_VERB_POS = frozenset({"VERB", "AUX"})


def misread_object(cue: Cue) -> bool:
    """The cue is a bare present form whose subject is a single noun and which follows an
    "-s" word the tagger or the parse misread: "Mayor sharpens [focus] on schools"."""
    verb = cue.token
    if verb.tag_ != "VBP" or verb.i == 0:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _single_noun(subject):
        return False
    before = verb.doc[verb.i - 1]
    return before.i > subject.i and _missed_verb(before, verb)


def _single_noun(token: Token) -> bool:
    """A singular noun with no other noun joined to it ("Mayor", not "Mayor and council")."""
    return token.tag_ in _SINGULAR_TAGS and not any(c.dep_ == "conj" for c in token.children)


def _missed_verb(token: Token, cue: Token) -> bool:
    """A lower-case word in "-s" not read as a plural noun, which the tagger read as no verb
    or the parse hung on the cue as a modifier: "sharpens" ("officials" in "most officials
    focus on ..." is the subject)."""
    word = token.text
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and token.tag_ != "NNS"
        and (token.pos_ not in _VERB_POS or token.head == cue)
    )
