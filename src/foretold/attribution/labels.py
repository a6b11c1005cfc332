"""Transcript and headline labels: a short name, a colon, then the words ("Q:",
"Sanders:", "Trump on trade:", "- Jane Doe: \u201c...\u201d"); a label ending in a credit word
("Ann LeeImage:", "Ann Lee Photo:") heads a picture credit, not words said, and one that names
no person before words that open with their own speaker and cue ("The Latest: Trump says ...")
heads a story, unless it is one word naming a document ("Report: Lee advised Cole ..."); so
does a person's label whose words name that person again ("Ann Lee: Housing Last year, Mayor
Ann Lee proposed ...": a section about her). A label of adverbs before its topic names no
one: "Even on age: Lee and Cole are the youngest" leads into a point the writer makes."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cue import Cue
from foretold.attribution.cues import (
    CLAUSE_VERBS,
    FIRST_SECOND_PERSON,
    LABEL_HEADINGS,
    LABEL_TOPIC_WORDS,
    MEDIUM_PREPOSITIONS,
    POLL_NOUNS,
    SPEAKING_DOCUMENTS,
)
from foretold.attribution.entities import ROLE_NOUNS
from foretold.attribution.tagged_entities import DATE_ENTS

_LABEL = re.compile(r"(?m)^([A-Z][^\n:.!?]{0,60}?):[ \t]+(\S[^\n]*)")


def colon_cues(doc: Doc, in_quote: list[int], text: str) -> list[Cue]:
    """Transcript and headline attributions: a short name, a colon, then the words."""
    cues: list[Cue] = []
    for match in _LABEL.finditer(text):
        label = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if label is None or len(label) > 7 or in_quote[label.start] >= 0:
            continue
        if credit_label(match.group(1)):
            continue
        if len(label) > 5 or any(_verb(t, len(label) == 1) for t in label):
            continue
        speaker = _label_speaker(label)
        if speaker is None:
            continue
        colon = doc.char_span(match.end(1), match.end(1) + 1, alignment_mode="expand")
        words = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        if colon is None:
            continue
        if words is not None and (
            _credit(words)
            or (not _person(label) and not _document(label) and _own_report(words))
            or _named_again(speaker, words, in_quote)
        ):
            continue
        cue = Cue(colon[0], ":", speaker, [(match.start(2), match.end(2))])
        cues.append(cue)
    taken = {cue.token.idx for cue in cues}
    for match in _NAMED_COLON.finditer(text):
        if match.start() not in taken and (cue := _named_colon_cue(doc, match, in_quote)):
            cues.append(cue)
    return cues


def _person(label: Span) -> bool:
    return any(t.ent_type_ == "PERSON" for t in label)


def _document(label: Span) -> bool:
    """A label of one word naming a document that speaks ("Report:", "Study:"): what follows
    is its finding even when it opens with its own speaker and verb ("Report: Lee advised
    Cole to resign"), unlike a story heading ("The Latest: Lee says ...")."""
    return len(label) == 1 and label[0].lower_ in SPEAKING_DOCUMENTS


def _own_report(words: Span) -> bool:
    """Words after a label that open with their own speaker and cue ("The Latest: Trump says
    he will win"): a label that names no person heads a story, it says nothing; "Ann Lee: Cole
    thinks it failed", "Lee: I say we win" and "Lee: We will see what voters say" stay Lee's."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in CLAUSE_VERBS
        and any(
            c.dep_ == "nsubj"
            and c.left_edge.i == words.start
            and c.lower_ not in FIRST_SECOND_PERSON
            for c in t.children
        )
        for t in words
    )


def _named_again(speaker: Token, words: Span, in_quote: list[int]) -> bool:
    """Words after a person's label that name that person again outside quotation marks:
    the label heads a section about the person, not their words ("Ann Lee: Housing [Two years
    ago, Mayor Ann Lee proposed ...]"); no one speaks of themselves by name."""
    if speaker.ent_type_ != "PERSON":
        return False
    return any(
        t.ent_type_ == "PERSON" and t.text == speaker.text and in_quote[t.i] < 0 for t in words
    )


_NAMED_COLON = re.compile(r":[ \t\u00a0]*([\"\u201c][^\n]*)")


def _named_colon_cue(doc: Doc, match: re.Match[str], in_quote: list[int]) -> Cue | None:
    """A person's name (or any one name right after a dash), a colon, then a quotation,
    inside a line ("BLUE STATES GAIN - Jane Doe: "Our analysis finds ..."", "GAINS - Gallup:
    "Q" [Poll.]"): the words, up to the closing mark, are that person's."""
    colon = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if colon is None or colon.start == 0 or in_quote[colon.start] >= 0:
        return None
    name = doc[colon.start - 1]
    named = name.ent_type_ == "PERSON" or (
        name.pos_ == "PROPN" and name.is_title and doc[name.i - 1].pos_ == "PROPN"
    )
    byline = name.pos_ == "PROPN" and doc[name.i - 1].text in _DASHES  # "... - Gallup: "Q""
    if not (named or byline) or _object_in_clause(name):
        return None
    words = (match.start(1), _quotation_end(doc, colon.start + 1, in_quote) or match.end(1))
    if _medium(name):
        return _medium_colon_cue(name, words)
    return Cue(doc[colon.start], ":", name, [words])


def _quotation_end(doc: Doc, first: int, in_quote: list[int]) -> int | None:
    """Where the quotation opening at token ``first`` ends ('Lee: "Q." [Daily News]' ends
    after the closing mark), or None when no quotation opens there."""
    tokens = quotation_at(doc, first, in_quote)
    return doc[tokens[1] - 1].idx + len(doc[tokens[1] - 1].text) if tokens else None


def quotation_at(doc: Doc, first: int, in_quote: list[int]) -> tuple[int, int] | None:
    """The tokens (start, end) of the quotation opening at token ``first``, spaces before it
    skipped, or None when no quotation opens there."""
    while first < len(doc) and doc[first].is_space:
        first += 1
    if first >= len(doc) or in_quote[first] < 0:
        return None
    last = first
    while last + 1 < len(doc) and in_quote[last + 1] == in_quote[first]:
        last += 1
    return first, last + 1


def _medium(name: Token) -> bool:
    """The name is where the words appeared ("wrote on Twitter:"), not a byline set off by a
    dash ("GAINS IN OHIO - Ann Lee:")."""
    if name.dep_ != "pobj" or name.head.lower_ not in MEDIUM_PREPOSITIONS:
        return False
    return not any(t.text in _DASHES for t in name.doc[name.head.i + 1 : name.i])


_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _object_in_clause(name: Token) -> bool:
    """The name before the colon ends a clause whose verb has its own subject further left
    ("Lee explained why the shop is called Blue Moon:", "a note she sent to Ann Lee:"): it
    is that verb's object, not a label, and the words after the colon are not its. A colon
    between the verb and the name opens the label's own line ("The exchange went as follows:
    Asst. Ann Lee:")."""
    if any(_set_off_dash(t) for t in name.doc[name.sent.start : name.i]):
        return False
    for ancestor in name.ancestors:
        if ancestor.i > name.i:
            return False
        if any(t.text == ":" for t in name.doc[ancestor.i : name.i]):
            return False
        if ancestor.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i < name.i for c in ancestor.children
        ):
            return True
    return False


def _set_off_dash(token: Token) -> bool:
    """A dash that sets a byline off from what precedes it ("rates rose - Ann Lee:", "rates
    rose -More from Lee:"), not the hyphen inside a compound ("anti-war")."""
    if token.text in _DASHES:
        return token.i == 0 or bool(token.doc[token.i - 1].whitespace_)
    return token.text[0] in _DASHES and token.text[1:2].isalpha()


def _medium_colon_cue(medium: Token, words: tuple[int, int]) -> Cue | None:
    """A name under a preposition is where the words appeared, not who wrote them ("The mayor
    wrote on Twitter: "..."", "Lee took a parting shot on Facebook: "...""): they are the
    words of the subject of the verb the phrase hangs on."""
    verb = medium.head.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if verb.pos_ not in {"VERB", "AUX"} or subject is None:
        return None
    return Cue(verb, verb.text, subject, [words])


def _verb(token: Token, alone: bool) -> bool:
    """A verb in the label makes it a clause, not a name ("READ MORE:"); a single word in
    capitals the tagger read as a verb is still a name ("CLINTON:", "NEWSWIRE:")."""
    name = alone and token.is_upper and len(token.text) > 2
    return token.pos_ in {"VERB", "AUX"} and not name


_CREDIT_WORD = re.compile(r"(?:Image|Images|Photo|Photos|Photograph|Picture|Credit|Courtesy)$")


def credit_label(label: str) -> bool:
    """A label ending in a credit word, glued to the name or not, heads a picture credit
    ("Ann LeeImage: Lee for Mayor.", "Ann Lee Photo: campaign site"), not words said."""
    return _CREDIT_WORD.search(label) is not None


def _credit(words: Span) -> bool:
    """The words after a label are a name alone ("Image: Ann Lee.", "Photo: Reuters"): a
    credit line, not something said; quoted words are said ("Lee: 'Ban Acme Corp.'")."""
    if words[0].is_quote:
        return False
    names = [t for t in words if not t.is_punct and not t.is_space]
    return bool(names) and len(names) <= 5 and all(t.pos_ == "PROPN" for t in names)


def _source_noun(words: list[Token], i: int) -> bool:
    """A lowercase noun for a writer or a document that closes a capitalised label ("Times
    editorial:", "Senate aide:"); a poll is left out, as it reports findings, not words."""
    word = words[i].lower_
    last = i + 1 == len(words) or words[i + 1].lower_ in LABEL_TOPIC_WORDS
    noun = word in ROLE_NOUNS or (word in SPEAKING_DOCUMENTS and word not in POLL_NOUNS)
    return i > 0 and last and noun and words[i].pos_ == "NOUN"


def _label_speaker(label: Span) -> Token | None:
    """The speaker a label names: capitalised words ("Sen. McCain:", "CLINTON:"), perhaps
    followed by a topic ("Trump on trade:"); not a heading word ("BYLINE:"), a date or
    adverbs alone ("Even on age:")."""
    words = list(label)
    for i, token in enumerate(words):
        if i > 0 and token.lower_ in LABEL_TOPIC_WORDS:
            words = words[:i]
            break
        if token.is_alpha and not token.text[:1].isupper() and not _source_noun(words, i):
            return None
    if any(t.ent_type_ in DATE_ENTS for t in words):
        return None
    if len(words) == 1 and words[0].lower_ in LABEL_HEADINGS:
        return None
    if all(t.pos_ == "ADV" for t in words):
        return None  # "Even on age:", "Again:": a lead-in, no one named
    return label.doc[words[0].i : words[-1].i + 1].root
