"""Phrases with no reporting verb that frame a whole sentence as someone's finding or view: a
poll named by "in" at a sentence's edge ("In a new poll, [40 percent back Lee]", "[Lee leads]
in the latest surveys"), a report named by "in" with its author opening one ("In a report by
the agency, [the floods destroyed 40 homes]") and a person or group named by "to" opening one
("To many voters, [she is a reformer]"), and a source named by "per" opening one ("Per the
decree, [priests must report abuse]")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import CUE_LEMMAS, Cue, char_range
from foretold.attribution.cues import POLL_NOUNS, SPEAKING_BODIES, VIEWPOINT_HOLDERS, cue_lemma
from foretold.attribution.ranges import Range, trim
from foretold.attribution.sentence_edges import closes_sentence, opens_sentence
from foretold.attribution.speaking_things import document_author


def names_poll(noun: Token) -> bool:
    """A noun that names a poll or an average of polls: "a new survey", "the average of polls"."""
    if noun.lemma_.lower() in POLL_NOUNS or noun.lower_ in POLL_NOUNS:
        return True
    inner = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(o.lower_ in POLL_NOUNS for p in inner for o in p.children if o.dep_ == "pobj")


def poll_cue(doc: Doc, prep: Token) -> Cue | None:
    """A poll named by "in" that opens or closes a sentence gives it the rest of the
    sentence: "In a new poll, [40 percent back Lee]", "[Lee leads by five points] in the
    latest surveys"."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or not names_poll(noun) or _main_verb(prep) is None:
        return None
    last = prep.right_edge
    if opens_sentence(doc, prep) and last.i + 1 < len(doc) and doc[last.i + 1].text == ",":
        content = trim(doc, last.i + 2, prep.sent.end)
    elif closes_sentence(doc, last) and not opens_sentence(doc, prep):
        content = trim(doc, prep.sent.start, prep.i)
    else:
        return None
    if content is None or content[1] - content[0] < 3:
        return None
    return Cue(prep, prep.text, noun, [char_range(doc, *content)])


# Nouns of a report a body issues, whose author a sentence framed by "in" cites: "In [a
# report] by the agency, ...", "In the ministry's [update], ...".
_ISSUED_REPORTS = frozenset(
    ["report", "statement", "bulletin", "update", "release", "announcement"]
)
# Prepositions that name a report's author: "a report [by] the agency", "an update [from] X".
_AUTHOR_PREPS = frozenset(["by", "from"])
# Reports whose author "of" may name, when it is a body: "a report [of] the council". "Of"
# after other nouns names what they are about: "the release of Nelson Mandela", "the
# announcement of the merger".
_OF_AUTHORED = frozenset(["report", "bulletin"])
# Entity types of a report's author.
_AUTHOR_ENTS = frozenset(["ORG", "PERSON", "NORP", "GPE"])


def report_frame_cue(doc: Doc, prep: Token) -> Cue | None:
    """A report named by "in" with its author, opening a sentence before a comma, gives the
    author the rest of the sentence when its verb reports nothing itself: "In a report by the
    agency, [the floods destroyed 40 homes]", "In the ministry's update, [two died]" (not "In a
    report, [rain fell]" with no author, nor "In a statement, the firm said ...")."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in _ISSUED_REPORTS or _main_verb(prep) is None:
        return None
    author = _author(noun)
    if author is None or (content := _after_opening_comma(doc, prep)) is None:
        return None
    return Cue(prep, doc[prep.i : noun.i + 1].text, author, [char_range(doc, *content)])


def _author(noun: Token) -> Token | None:
    """The named author of a report: its possessive ("the ministry's report"), the object of
    "by" or "from" after it ("a report by the agency") or a body named by "of" after "report"
    or "bulletin" ("a report of the agency"; not "the release of Nelson Mandela")."""
    for child in noun.children:
        if child.dep_ == "poss" and _names_author(child):
            return child
        if child.dep_ != "prep" or child.i < noun.i:
            continue
        obj = next((o for o in child.children if o.dep_ == "pobj"), None)
        if obj is None:
            continue
        if child.lower_ in _AUTHOR_PREPS and _names_author(obj):
            return obj
        if child.lower_ == "of" and noun.lemma_.lower() in _OF_AUTHORED and _names_body(obj):
            return obj  # "a report of the council"
    return None


def _names_body(word: Token) -> bool:
    """A named organisation or a word for a body of people: "the council", "the agency"."""
    return word.ent_type_ == "ORG" or word.lemma_.lower() in SPEAKING_BODIES


def _names_author(word: Token) -> bool:
    """A named body or person, or a word for people: "the agency", "NDRRMC", "officials"."""
    return (
        word.ent_type_ in _AUTHOR_ENTS
        or word.pos_ == "PROPN"
        or word.lemma_.lower() in SPEAKING_BODIES
        or holds_view(word)
    )


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "csubj", "pcomp"})


def _main_verb(phrase: Token) -> Token | None:
    """The root of the sentence a phrase qualifies, when no clause of its own comes between
    and that root reports nothing itself: "[leads] by five points in the polls", not "who
    will figure in the polls" or "half [said] so in the poll". The noun heading a line with no
    verb is such a root, whatever verb it shares a form with: "Lee's [Support] Up In Poll"."""
    head = phrase.head
    while head.dep_ != "ROOT" and head.head != head:
        if head.dep_ in _CLAUSE_DEPS:
            return None
        head = head.head
    if head.pos_ == "NOUN" and not any(t.pos_ in {"VERB", "AUX"} for t in head.sent):
        return head
    return None if cue_lemma(head.lemma_, head.text) in CUE_LEMMAS else head


def viewpoint_cue(doc: Doc, prep: Token) -> Cue | None:
    """A person or group named by "to" and a comma opening a sentence holds the view the
    sentence states: "To many voters, [she is a reformer]", "But to his critics, [...]"."""
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if holder is None or not holds_view(holder):
        return None
    if (content := _after_opening_comma(doc, prep)) is None:
        return None
    return Cue(prep, prep.text, holder, [char_range(doc, *content)])


def per_source_cue(doc: Doc, prep: Token) -> Cue | None:
    """A source named by "per" and a comma opening a sentence, like "according to", gives it
    the rest of the sentence when its verb reports nothing itself: "Per the decree, [priests
    must report abuse]", "Per figures released by the ministry, [ten died]" (the ministry).
    A bare singular noun is a manner, not a source: "Per request of the mayor, the council
    met" (the meeting was no one's statement), as is "per capita"."""
    if prep.lower_ != "per":
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or _bare_singular(noun) or _main_verb(prep) is None:
        return None
    if (content := _after_opening_comma(doc, prep)) is None:
        return None
    return Cue(prep, prep.text, _per_source(noun), [char_range(doc, *content)])


def _per_source(noun: Token) -> Token:
    """Whom "per" cites: the author a document names ("the decree signed by the pope"), or the
    named agent of a participle on the noun, whose figures or words they are ("numbers
    reported by the agency": the agency), or its named owner ("the agency's guidelines"); the
    noun otherwise ("per the ministry")."""
    if (author := document_author(noun)) is not noun:
        return author
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and _names_author(owner):
        return owner  # "per the agency's guidelines"
    for child in noun.rights:
        if child.dep_ != "acl" or child.tag_ != "VBN":
            continue
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if doer is not None and _names_author(doer):
            return doer
    return noun


def _bare_singular(noun: Token) -> bool:
    """A singular common noun with no determiner or possessive: "per [request] of X"."""
    if noun.pos_ == "PROPN" or noun.tag_ in {"NNS", "NNPS"}:
        return False
    return not any(c.dep_ in {"det", "poss"} for c in noun.children)


def _after_opening_comma(doc: Doc, prep: Token) -> Range | None:
    """The rest of the sentence after a phrase that opens it and a comma ("To many voters,
    [she is a reformer]"), when it runs to three tokens or more; None otherwise."""
    if not opens_sentence(doc, prep):
        return None
    last = prep.right_edge
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    content = trim(doc, last.i + 2, prep.sent.end)
    if content is None or content[1] - content[0] < 3:
        return None
    return content


def holds_view(noun: Token) -> bool:
    """A person or group: a name, a pronoun or a word for people ("many", "his critics")."""
    if noun.ent_type_ in {"PERSON", "NORP", "ORG"}:
        return True
    return noun.lower_ in VIEWPOINT_HOLDERS or noun.lemma_.lower() in VIEWPOINT_HOLDERS
