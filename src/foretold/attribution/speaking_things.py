"""Documents and organisations as speakers: the author a document names, and the document or
organisation a subject "it" stands for.

A common-noun subject that names its author with "by", directly or through a participle of
writing or sending, gives way to that author ("An estimate by the tax committee projected ...",
"An email sent by the campaign warned ..."), and so does a document of words that names its
sender with "from" or a body with "of" ("A statement from the firm said ...", "The opinion of
the court reads ..."), and a document a subject issues gives way to that subject ("The firm
released a statement which said ..."); but a poll stays its own source and so does a
document someone only obtained. A subject "it" speaks only for the document or organisation it
stands for, the nearest main-clause subject in its sentence or the one before (also a proper
name of no known type that reports: "The Treasury described it. It said ..."), or past people
and plurals the nearest such noun there ("The firm sued. It said ...", "Lee unveiled an ad. It
claims ..."); an expletive "it" ("it seems ...", "it turns out ...") or one after another thing
("The vote was close. It shows ...") is no speaker, nor is an organisation with a verb of
evidence ("It showed ..."). A possessive "its" stands for the body that is the nearest
main-clause subject before it there, or that a subject "it" there stands for (`its_owner`);
in a phrase put before its clause's subject, for that subject when it names a body ("According
to its filing, the firm owes ...": the firm).
"""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cues import (
    AMOUNT_ENTS,
    IMPERSONAL_VERBS,
    KNOWN_LEMMAS,
    POLL_NOUNS,
    SPEAKING_BODIES,
    SPEAKING_THINGS,
    cue_lemma,
)
from foretold.attribution.entities import partitive_group
from foretold.attribution.sentence_reach import reach_start
from foretold.attribution.speaker_words import people

_IT_CHAIN = 3  # subjects "it" followed back to the thing they stand for


# Verbs of evidence: a document shows what it says, an organisation only by what it does.
_SHOWING_VERBS = frozenset({"show", "indicate", "signal", "demonstrate", "prove", "reflect"})


_PERSONAL = frozenset({"he", "she", "they", "we", "i", "you", "who"})


def it_antecedent(pronoun: Token, depth: int = 0) -> Token | None:
    """The document or organisation a subject "it" stands for: the nearest main-clause
    subject before it in its sentence or the sentence before ("The company filed suit. It
    said ...": company), or past people and plurals the nearest document or organisation
    named there ("Lee unveiled his new ad. It shows ...": ad); None for an expletive "it"
    ("it seems", "it turns out that") or one after a subject that is another thing ("The
    vote was close. It shows ...")."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or depth > _IT_CHAIN:
        return None
    verb = pronoun.head
    if verb.lemma_ == "be" or cue_lemma(verb.lemma_, verb.text) in IMPERSONAL_VERBS:
        return None
    found = _thing_before(pronoun, depth)
    if found is None or (_body(found) and cue_lemma(verb.lemma_, verb.text) in _SHOWING_VERBS):
        return None  # "The party balked. It showed ...": what the party did shows it
    return found


def its_owner(pronoun: Token) -> Token | None:
    """The organisation a possessive "its" stands for: the nearest main-clause subject before
    it in its sentence or the one before, when that names a body, or the body a subject "it"
    there stands for ("The board was shut. It cannot act; its website notes ...": board);
    in a phrase put before the subject of its clause, that subject when it names a body
    ("According to its filing, the firm owes ...": firm); None past another thing ("The vote
    was close. Its ...")."""
    if pronoun.lower_ != "its" or pronoun.dep_ != "poss":
        return None
    if (ahead := _subject_after_fronted_phrase(pronoun)) is not None:
        return ahead
    for subject in _earlier_subjects(pronoun):
        if subject.lower_ == "it":
            found = _thing_before(subject, 1)
            return found if found is not None and _body(found) else None
        if _body(subject) and subject.tag_ in {"NN", "NNP"}:
            return subject
        if not _person_or_plural(subject):
            return None
    return None


# Relations of a phrase put before its clause's subject: "[According to] its filing, the firm".
_FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod"})


def _subject_after_fronted_phrase(pronoun: Token) -> Token | None:
    """The body that is the subject of the clause an "its" opens with a phrase put before
    that subject, which the "its" looks ahead to ("According to its filing, the firm owes
    ...", "In its statement the board said ...": firm, board), or None."""
    phrase = pronoun
    for _ in range(4):
        head = phrase.head
        if head == phrase:
            return None
        if phrase.dep_ in _FRONTED_DEPS and phrase.i < head.i:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None or not phrase.right_edge.i < subject.i:
                return None
            return subject if _body(subject) and subject.tag_ in {"NN", "NNP"} else None
        phrase = head
    return None


def _thing_before(pronoun: Token, depth: int) -> Token | None:
    """The document or organisation before a subject "it" that it can stand for."""
    for subject in _earlier_subjects(pronoun):
        if subject.lower_ == "it":
            return it_antecedent(subject, depth + 1)
        if _speaking_thing(subject) or _reporting_name(subject):
            return document_author(subject)
        if not _person_or_plural(subject):
            return None
    return _named_thing_before(pronoun)


def _reporting_name(noun: Token) -> bool:
    """A singular proper name the tagger gave no type, subject of a verb of the cue lexicon:
    it names a body that speaks ("The Treasury described the plan. It said ...": Treasury)."""
    return (
        noun.tag_ == "NNP"
        and not noun.ent_type_
        and cue_lemma(noun.head.lemma_, noun.head.text) in KNOWN_LEMMAS
    )


def _earlier_subjects(pronoun: Token) -> list[Token]:
    """The subjects of main clauses before a pronoun in its sentence and the sentence
    before, nearest first."""
    doc = pronoun.doc
    start = reach_start(pronoun, 1)
    return [
        token
        for token in reversed(doc[start : pronoun.i])
        if token.dep_ in {"nsubj", "nsubjpass"} and _main_verb(token.head)
    ]


def _main_verb(verb: Token) -> bool:
    """A verb in no clause hung on a word before it: the root, a verb coordinated with it, or
    a clause the parse hung on the verb after it ("The paper notes the firm pays, it lists
    ...": notes, lists; not pays)."""
    for _ in range(6):
        if verb.head == verb:
            return True
        if verb.dep_ != "conj" and verb.head.i < verb.i:
            return False
        verb = verb.head
    return False


def _speaking_thing(noun: Token) -> bool:
    """A named organisation or a singular noun for a document or a body ("the report", "the
    company", "Acme Corp")."""
    if noun.ent_type_ == "ORG":
        return True
    return noun.tag_ == "NN" and noun.lower_ in SPEAKING_THINGS


def _body(noun: Token) -> bool:
    """An organisation rather than a document ("the party", "Acme Corp"; not "the report")."""
    return noun.ent_type_ == "ORG" or noun.lower_ in SPEAKING_BODIES


def _person_or_plural(noun: Token) -> bool:
    """A word "it" cannot stand for: a person or a plural ("Lee", "she", "aides")."""
    return (
        noun.lower_ in _PERSONAL
        or people(noun)
        or noun.tag_ in {"NNS", "NNPS"}
        or noun.ent_type_ in {"PERSON", "NORP"}
    )


# Dependencies of a word that only modifies the noun after it: "[Acme] jet", "[Acme's] jet",
# "[the] Acme jet" (a determiner the tagger took into the name).
_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "det"})


def _named_thing_before(pronoun: Token) -> Token | None:
    """The nearest document or organisation named before a pronoun in its sentence or the
    sentence before ("Lee unveiled his new ad. It shows ...": ad); a name that only modifies
    the noun after it names that thing's maker or owner, not a thing "it" stands for ("the new
    Acme A300 jet ... It": the jet, not Acme)."""
    doc = pronoun.doc
    start = reach_start(pronoun, 1)
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in _MODIFIER_DEPS and _speaking_thing(token):
            return token
    return None


def document_author(subject: Token) -> Token:
    """The author a common-noun subject names with "by", directly or through a participle
    ("A 2014 estimate by the tax committee projected ...", "An email sent out by the campaign
    warned ...": the committee, the campaign), or a document of words with "from" or "of"
    ("A statement from Acme said ...": Acme); the subject otherwise, and a poll is its own
    source ("A poll conducted by Gallup shows ...": the poll), as is a document someone only
    obtained ("an email obtained by the group")."""
    if (issuer := _issuer(subject)) is not None:
        return issuer
    if subject.pos_ != "NOUN":
        return subject
    for child in subject.rights:
        if child.dep_ == "prep" and (child.lower_ == "by" or _sender(subject, child)):
            by = child
        elif (_authored(child) and subject.lower_ not in POLL_NOUNS) or _gathered(subject, child):
            by = next((c for c in child.children if c.dep_ == "agent"), None)
        else:
            continue
        author = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if author is not None and author.lower_ == "one":
            author = partitive_group(author)
        if author is not None and author.pos_ in {"NOUN", "PROPN"}:
            return author if author.ent_type_ not in AMOUNT_ENTS else subject
    return subject


# Documents of words that name their sender with "from" or a body with "of": "a statement
# from the firm", "the opinion of the court", "a post from Ann Lee".
SENT_DOCUMENTS = frozenset(
    {
        "statement", "release", "memo", "email", "e-mail", "letter", "message", "note",
        "announcement", "notice", "advisory", "bulletin", "opinion", "filing", "report",
        "post", "tweet",
    }
)  # fmt: skip
# Entities that are places or times, not senders: "a report from Iraq", "a letter from 1990".
_NO_SENDER_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "FAC"})


def _issuer(relative: Token) -> Token | None:
    """The subject of a verb of issuing whose document a relative pronoun stands for ("The
    firm released a statement which said ...": the firm)."""
    clause = relative.head
    if relative.tag_ != "WDT" or clause.dep_ != "relcl":
        return None
    document = clause.head
    verb = document.head
    if document.lower_ not in SENT_DOCUMENTS or document.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in AUTHORING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _sender(document: Token, prep: Token) -> bool:
    """A "from" or "of" phrase on a document of words that names who sent it: "a statement
    from the firm", "a letter from Lee", "the opinion of the court" (but "a report from Iraq",
    "a report of gunfire"); plural documents the same ("reports from the ministry"), figures
    with "from" their provider ("data from the census bureau"), and a piece with "in" the
    named outlet that ran it (`published_in`)."""
    if prep.lower_ == "in":
        return published_in(document, prep)
    figures = document.lower_ in DATA_NOUNS and prep.lower_ == "from"
    if (
        document.lower_ not in SENT_DOCUMENTS
        and document.lemma_.lower() not in SENT_DOCUMENTS
        and not figures
    ):
        return False
    sender = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if sender is None or sender.ent_type_ in _NO_SENDER_ENTS:
        return False
    if prep.lower_ == "from":
        return sender.pos_ == "PROPN" or sender.lower_ in SPEAKING_BODIES
    return prep.lower_ == "of" and (sender.ent_type_ == "ORG" or sender.lower_ in SPEAKING_BODIES)


# Pieces a newspaper, broadcaster or site runs as its own: "a report in the Daily Post".
PUBLISHED_PIECES = frozenset({"report", "article", "story", "editorial"})
# Entities that are not outlets: places, times, languages and peoples, events and laws.
_NO_OUTLET_ENTS = _NO_SENDER_ENTS | {"LANGUAGE", "NORP", "EVENT", "LAW"}


def published_in(document: Token, prep: Token) -> bool:
    """An "in" phrase on a report, article, story or editorial that names the outlet which
    ran it, and so speaks through it: "According to a report in the Daily Post, the mill will
    close" (the Daily Post). Only a name that is no place, time, language, people, event or
    law: "a report in Iraq", "a story in May", "an article in French" name no outlet; nor do
    documents whose writer is not the outlet ("a letter in the Daily Post")."""
    if document.lemma_.lower() not in PUBLISHED_PIECES:
        return False
    outlet = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return outlet is not None and outlet.pos_ == "PROPN" and outlet.ent_type_ not in _NO_OUTLET_ENTS


def ran_piece(name: Token) -> bool:
    """Whether a name is the outlet a report, article, story or editorial ran in
    (`published_in`): "a report in Ars Technica" (Ars Technica), a newspaper or site and so a
    body, whatever the tagger made of the name, and no person."""
    prep = name.head
    return name.dep_ == "pobj" and prep.lower_ == "in" and published_in(prep.head, prep)


# Nouns of figures gathered, and the verbs of gathering them: "data collected by the
# agency" are the agency's as much as a report it issued.
DATA_NOUNS = frozenset({"data", "figures", "statistics", "numbers", "measurements", "readings"})
GATHERING_VERBS = frozenset({"collect", "gather", "record", "compile"})


def _gathered(subject: Token, participle: Token) -> bool:
    """A participle saying who gathered the figures it describes ("data [collected] by the
    weather service", "figures [gathered] by one of the unions")."""
    return (
        subject.lower_ in DATA_NOUNS
        and participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in GATHERING_VERBS
    )


AUTHORING_VERBS = frozenset(
    {
        "send", "issue", "release", "write", "publish", "sign", "post", "prepare", "produce",
        "draft", "file", "submit", "deliver", "author", "pen", "compile", "circulate", "tweet",
    }
)  # fmt: skip


def _authored(participle: Token) -> bool:
    """A participle saying who wrote or sent what it describes ("sent out", "issued")."""
    return (
        participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in AUTHORING_VERBS
    )
