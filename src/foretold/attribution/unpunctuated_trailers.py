"""Reporting verbs right after a quotation with no comma between them, which the tagger read as a
modifier of the speaker's name that follows: in '"We will rebuild" tweeted Mayor Ann Lee.' the
verb reports the quotation and the name after it speaks. The verb may modify a title noun the
parse compounded onto the name ('"Q," tweeted [Acme spokesman] Ann Lee'): the name speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import CUE_LEMMAS, Cue
from foretold.attribution.cues import cue_lemma
from foretold.attribution.inverted_cues import titled_name

# Past forms a reporting verb takes after a quotation ("tweeted", "said").
PAST_TAGS = frozenset({"VBD", "VBN"})


def unpunctuated_trailer(doc: Doc, token: Token, in_quote: list[int]) -> Cue | None:
    """A past reporting verb right after a closing quotation mark, parsed as a modifier of the
    proper noun after it: '"We will rebuild" tweeted [Mayor] Ann Lee.' (but '"Q," said Lee.',
    which the parse reads right, and '"Hope" painted walls lined the street', whose noun is no
    name)."""
    if token.i == 0 or token.tag_ not in PAST_TAGS or token.dep_ != "amod":
        return None
    before = doc[token.i - 1]
    if not before.is_quote or in_quote[token.i] >= 0:
        return None
    if cue_lemma(token.lemma_, token.text) not in CUE_LEMMAS:
        return None
    speaker = token.head
    chain = {speaker.i}
    while speaker.pos_ == "NOUN" and speaker.dep_ == "compound" and speaker.head.i > speaker.i:
        speaker = speaker.head  # "tweeted [spokesman] Ann Lee": a title before the name
        chain.add(speaker.i)
    if speaker.i <= token.i or speaker.pos_ != "PROPN":
        return None
    if any(t.head.i not in chain for t in doc[token.i + 1 : speaker.i]):
        return None  # only the name's own words lie between: "tweeted [Mayor] Ann Lee"
    return Cue(token, token.text, titled_name(speaker), [], quoted=True)
