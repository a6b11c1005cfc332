"""A quotation led by its reporting verb and then its speaker, the verb opening the sentence:
'Remarked the city planner Ann Lee, "Q."', 'Added Lee, "Q."'. News writing puts the verb
first to lead into a quotation; the noun phrase between the verb and the comma before the
opening mark is who speaks, however the parse hung the verb (often as a noun before the name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cue import CUE_LEMMAS, SENTENCE_END, Cue
from foretold.attribution.cues import cue_lemma
from foretold.attribution.inverted_cues import speaks
from foretold.attribution.token_index import tokens_of

# Parts of speech a speaker's noun phrase is made of: "the city's planning chief Ann Lee".
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "PART", "CCONJ", "PUNCT"})
# The most words between the verb and the comma: "Center for Food Safety scientist Ann Lee".
_LONGEST = 10
# Verb forms that lead a quotation: "Remarked", "Adds", "Said".
_FORM_ENDS = ("ed", "s", "id", "ote")


def verb_first_cue(doc: Doc, start_token: int) -> Cue | None:
    """The cue of a quotation opening at ``start_token`` after a comma, when its sentence opens
    with a verb of saying and a noun phrase that runs to that comma: 'Remarked [Ann Lee], "Q."'
    gives "Remarked" with Lee; none when a verb or another comma comes between ('Said to be
    ill, the mayor "Q"'), or the phrase names no one ('Added later, "Q."')."""
    comma = start_token - 1
    while comma >= 0 and doc[comma].is_space:
        comma -= 1
    if comma < 2 or doc[comma].text != ",":
        return None
    first = comma - 1
    while first > 0 and comma - first <= _LONGEST and not _opens_sentence(doc, first):
        first -= 1
    speaker = _speaker_before(doc, first, comma)
    return None if speaker is None else Cue(doc[first], doc[first].text, speaker, [], quoted=True)


def leading_verb(token: Token) -> bool:
    """Whether a word is the verb that leads a quotation ahead of its speaker: "Added" in
    'Added Lee, "Q."', which a tagger can take for part of the name."""
    doc = token.doc
    after = tokens_of(doc)[token.i + 1 : token.i + _LONGEST + 2]
    comma = next((t.i for t in after if t.text == ","), None)
    if comma is None or comma + 1 >= len(doc):
        return False
    opening = comma + 1
    while opening < len(doc) - 1 and doc[opening].is_space:
        opening += 1
    return doc[opening].is_quote and _speaker_before(doc, token.i, comma) is not None


def _speaker_before(doc: Doc, first: int, comma: int) -> Token | None:
    """The speaker of a verb of saying at ``first`` that opens its sentence, in the noun
    phrase from it to the comma at ``comma``, or None."""
    if not _opens_sentence(doc, first) or comma - first < 2:
        return None
    verb = doc[first]
    word = verb.text
    if not word[:1].isupper() or not word.lower().endswith(_FORM_ENDS):
        return None
    if cue_lemma(verb.lemma_, word) not in CUE_LEMMAS or verb.tag_ in {"NNS", "NNPS"}:
        return None  # 'Comments from the mayor, "Q," filled the paper': a noun
    if doc[first + 1].pos_ == "ADP":
        return None  # a leading verb is followed by its speaker, never by a preposition
    phrase = doc[first + 1 : comma]
    if any(t.pos_ not in _PHRASE_POS or t.text == "," for t in phrase):
        return None
    return _speaker(phrase)


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first of its sentence by the text: the document's first
    token, or one after a line break or a sentence's last mark."""
    if i == 0:
        return True
    before = doc[i - 1]
    if "\n" in before.text:
        return True
    if before.is_quote and i >= 2:
        before = doc[i - 2]
    return before.text in SENTENCE_END


def _speaker(phrase: Span) -> Token | None:
    """The head of a speaker's phrase: a name in it, the last one ("Center for Food Safety
    scientist [Ann Lee]"); else its last noun before any "of" ("the [head] of the union")."""
    names = [t for t in phrase if t.ent_type_ == "PERSON"]
    if names:
        return names[-1]
    nouns: list[Token] = []
    for token in phrase:
        if token.lower_ == "of":
            break
        if token.pos_ in {"NOUN", "PROPN"}:
            nouns.append(token)
    if not nouns:
        return None
    head = nouns[-1]
    return head if head.pos_ == "PROPN" or speaks(head) else None
