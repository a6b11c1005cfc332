"""A "records show" aside the parser broke: a verb of showing ("show", "suggest", "indicate")
right after a plural noun of evidence ("records", "data", "filings", "polls") and set off by
a comma before the noun phrase and a comma or the sentence's end after the verb reports the
clause around it, as any aside does ("[In 2015], court records show, [the firm lost money]";
"[The mill was sold for $9 million], records show, and experts say ..."), whatever the tags
the parser gave the two words: it often reads "show" as a noun or "records" as a verb, and
then finds no subject for the report. A clause that a coordinator opens after the aside is
the writer's next report, not part of the evidence's ("..., records show, [and] experts say").
A word before the noun of evidence may be read as a participle that takes the noun and its
verb as its own clause ("..., [fundraising] documents show."): the verb keeps its subject
but reports nothing in the parse, and is an aside all the same.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, char_range
from foretold.attribution.cues import EVIDENCE_NOUNS
from foretold.attribution.ranges import Range, trim
from foretold.attribution.sentence_edges import closes

# Forms of the verbs of showing that a plural noun of evidence takes in an aside.
SHOWING_FORMS = frozenset({"show", "shows", "suggest", "suggests", "indicate", "indicates"})
# Words that may stand in the noun phrase before the noun of evidence: "court", "F.A.A.".
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
# How many words the noun phrase may hold before the noun of evidence.
_PHRASE_WORDS = 5


def evidence_aside(doc: Doc, token: Token) -> Cue | None:
    """The cue of a verb of showing set off by commas after a plural noun of evidence, when the
    parse gave it no subject: ", records show," or ", records show." closing the sentence;
    None otherwise."""
    if token.lower_ not in SHOWING_FORMS or token.i < 3:
        return None
    noun = doc[token.i - 1]
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) and not _under_modifier(
        token, noun
    ):
        return None  # the parse read the aside: the verb's own reading gives its content
    if noun.lower_ not in EVIDENCE_NOUNS or not _plural(noun):
        return None
    comma = _opening_comma(doc, noun)
    if comma is None:
        return None
    sent = token.sent
    after = doc[token.i + 1] if token.i + 1 < sent.end else None
    if after is not None and after.text != "," and not closes(after):
        return None
    ranges: list[Range] = []
    if (before := trim(doc, sent.start, comma.i)) is not None:
        ranges.append(before)
    if after is not None and (rest := _rest(doc, after)) is not None:
        ranges.append(rest)
    if not ranges:
        return None
    return Cue(token, token.text, noun, [char_range(doc, a, b) for a, b in ranges])


def _under_modifier(verb: Token, noun: Token) -> bool:
    """A verb of showing with the noun of evidence as its subject, hung as the clause of a
    word of that noun's own phrase read as a participle: "fundraising [documents show]"."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ not in {"VBG", "VBN"} or noun.head.i != verb.i:
        return False
    return noun.i - _PHRASE_WORDS <= head.i < noun.i and noun.dep_ == "nsubj"


def _rest(doc: Doc, after: Token) -> Range | None:
    """The rest of the sentence after the comma that closes the aside, unless a coordinator
    opens it ("..., records show, and experts say ...": the writer's next report)."""
    end = after.sent.end
    if after.text != "," or after.i + 1 >= end or doc[after.i + 1].pos_ == "CCONJ":
        return None
    return trim(doc, after.i + 1, end)


def _plural(noun: Token) -> bool:
    """A plural noun of evidence ("records", "filings"), or "data", whatever its tag."""
    return noun.lower_ == "data" or noun.lower_.endswith("s")


def _opening_comma(doc: Doc, noun: Token) -> Token | None:
    """The comma that opens the aside before the noun phrase of the noun of evidence, after
    a clause of its own ("In 2015[,] court records show"), or None; not after a coordinator,
    where the aside sits inside the next conjunct, whose end the parse may not show ("A firm
    that grew fast and, records show, rarely paid tax ...")."""
    i = noun.i - 1
    sent_start = noun.sent.start
    while i > sent_start and noun.i - i <= _PHRASE_WORDS:
        word = doc[i]
        if word.text == ",":
            opens = i - 1 > sent_start and doc[i - 1].pos_ != "CCONJ"
            return word if opens else None  # "and, records show, ...": inside a conjunct
        if word.pos_ not in _PHRASE_POS and word.lower_ != "the":
            return None
        i -= 1
    return None
