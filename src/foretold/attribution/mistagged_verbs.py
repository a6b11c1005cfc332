"""Lexicon verbs the tagger took for nouns or adjectives, shown to be verbs by their place.

- after a bare noun phrase that agrees with it and before a report: "the group claims that
  ...", '"...," the editorial read.', "Lee calls for ..."; closing a sentence after a comma, it
  reports the clause before the comma ("[Turnout fell], records show"); a capitalised name
  opening the sentence that the tagger read as an order counts as such a phrase ("Lee Calls
  On ...");
- after the noun phrase opening a line with no finite verb (a headline in sentence case), it
  reports its object: "Party issues [apology to Lee]";
- joined by "and" to a verb in the same form, it shares that verb's subject: "she gushes about
  X and jokes about [Y]";
- after "do" or "to" with a report close after it: "she did post online that ...", "it led him
  to state: ...";
- a Title Case headline verb joined to a second one by "And" splits into two cues with one
  subject: "Mayor Backs Lee And Denounces Kim".
A word inside the name of a place is none: "States" of "United States".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import CUE_LEMMAS, QUOTE_CHARS, Cue, char_range
from foretold.attribution.cues import (
    ALL_VERBS,
    AS_VERBS,
    CLAUSE_VERBS,
    HUMAN_SUBJECTS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PAST_FORMS,
    PREPOSITION_VERBS,
    cue_lemma,
)
from foretold.attribution.ranges import finish, trim
from foretold.attribution.sentence_edges import closes, line_end, line_opens
from foretold.attribution.speakers import subject_of
from foretold.attribution.tensed_verbs import FINITE_TAGS

MISTAGGED = frozenset({"NOUN", "PROPN", "ADJ"})


_SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PART"})


_BOUNDARIES = frozenset({",", ":", ";", "\u2014", "--"}) | QUOTE_CHARS


_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})


_CLAUSE_SUBJECTS = _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS


_AS_OBJECTS = frozenset({"it", "him", "her", "them", "this", "that"})


def mistagged_cue(doc: Doc, token: Token, in_quote: list[int]) -> Cue | None:
    """A lexicon verb the tagger took for a noun or adjective, shown to be a verb by its place:
    a bare noun phrase before it that agrees with it, and a report after it ("the group
    claims that ...", '"...," the editorial read.', "Lee calls for ..."); closing a sentence
    after a comma, it reports the clause before the comma ("[Turnout fell], records show.")."""
    lemma = cue_lemma(token.lemma_, token.text)
    if lemma not in CUE_LEMMAS or token.i == 0 or _inside_name(token):
        return None
    last = _word_before(doc, token)
    if last is None or (last.pos_ not in MISTAGGED and not _name_read_as_verb(last)):
        return None
    closing = token.i + 1 >= token.sent.end or closes(doc[token.i + 1])
    opening = _bare_subject_start(doc, last, in_quote, closing)
    if opening is None:
        return None
    subject = _phrase_head(doc, opening, last)
    if not _agrees(subject, token, lemma):
        return None
    end = token.sent.end
    if (line := _verbless_line(doc, token, lemma, opening)) is not None:
        return Cue(token, token.text, subject, [char_range(doc, *line)])
    if not _report_follows(doc, token, lemma, end, opening):
        return None
    if subject.pos_ == "ADJ" and token.i + 1 < end and not closes(doc[token.i + 1]):
        return None  # an adjective heads a bare subject only in '"...," the editorial read.'
    content = trim(doc, token.i + 1, end)
    ranges = [] if content is None or closes(doc[token.i + 1]) else [content]
    if not ranges and opening.text == "," and (before := trim(doc, token.sent.start, opening.i)):
        ranges = [before]  # "[Turnout fell], records show."
    if ranges and doc[token.i + 1].pos_ == "ADP" and doc[token.i + 1].lower_ != "for":
        ranges = []  # '"...," the group states in a letter.'
    return Cue(token, token.text, subject, [char_range(doc, a, b) for a, b in ranges])


_NAME_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _inside_name(token: Token) -> bool:
    """A word inside the name of a place or body: "States" of "United States" or "Reports" of
    "Consumer Reports" is no verb."""
    return token.ent_iob_ == "I" and token.ent_type_ in _NAME_ENTITIES


_OBJECT_OPENINGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


_LINE_VERBS = ALL_VERBS


def _name_read_as_verb(token: Token) -> bool:
    """A capitalised word opening its sentence that the tagger read as a bare verb, an order,
    when the next word is a lexicon verb taken for a noun: the name heading a headline ("Lee
    Urges ..." read as "[to] lee the urges"); a real order is followed by its object, which
    is not a verb of saying in the 3rd person."""
    return token.tag_ == "VB" and token.is_title and token.i == token.sent.start


def _verbless_line(doc: Doc, verb: Token, lemma: str, opening: Token) -> tuple[int, int] | None:
    """The object of a mistagged verb in the 3rd person that follows the noun phrase opening
    a line with no finite verb of its own (a capitalised word read as one is a name), a
    headline in sentence case: "Council slams new levy plan." gives "new levy plan"."""
    start = _line_start(doc, opening)
    if start is None or not verb.lower_.endswith("s") or verb.lower_ == lemma:
        return None
    end = line_end(doc, verb)
    first = _line_object_start(doc, verb, lemma, end)
    if first is None or first >= end:
        return None
    after = doc[first]
    if not (
        after.pos_ in _OBJECT_OPENINGS or after.is_quote or after.is_title or after.tag_ == "VBG"
    ):
        return None  # an object, a quotation, a name or a gerund: "talks about [bullying]"
    if any(t.tag_ in FINITE_TAGS and not t.is_title for t in doc[start.i : end]):
        return None
    return trim(doc, first, end)


def _line_start(doc: Doc, opening: Token) -> Token | None:
    """The first token of the line a headline's subject opens, either the subject itself or
    a phrase set off by a comma before it that has no verb: "[Amid] the row, Lee slams ..."."""
    if opening.i == opening.sent.start and line_opens(doc, opening):
        return opening
    if opening.text != "," or opening.i == opening.sent.start:
        return None
    start = opening.sent[0]
    if start.pos_ != "ADP" or not line_opens(doc, start):
        return None
    return start if all(t.pos_ != "VERB" for t in doc[start.i : opening.i]) else None


def _line_object_start(doc: Doc, verb: Token, lemma: str, end: int) -> int | None:
    """Where a headline verb's object starts: after the preposition it takes ("talks to
    reporters about [the plan]", "presses for [a truce]"), else right after a lexicon verb
    ("slams [the plan]", "claims [victory]")."""
    wanted = PREPOSITION_VERBS.get(lemma, "").split()
    if lemma in INFINITIVE_VERBS:
        wanted.append("for")  # "presses for [a truce]", as "presses for [Lee] to go"
    if doc[verb.i + 1].pos_ == "ADP":
        preposition = next((t for t in doc[verb.i + 1 : end] if t.lower_ in wanted), None)
        if preposition is not None:
            return preposition.i + 1
    return verb.i + 1 if lemma in _LINE_VERBS else None


def _after_clause(opening: Token) -> bool:
    """A bare subject follows a quotation or a clause and a comma ('"...," the letter read',
    "... in 2014, records show"), not a comma between adjectives ("the big, new promises")."""
    if opening.i == 0:
        return False
    before = opening.nbor(-1)
    if opening.text in QUOTE_CHARS:
        return before.text in {",", "?", "!"}
    return opening.text == "," and before.pos_ not in {"ADJ", "DET", "ADV", "CCONJ"}


def _agrees(subject: Token, verb: Token, lemma: str) -> bool:
    """A present-tense verb form agrees in number with its subject noun: "Lee claims",
    "records show" (not "a tax plan that ..." or "the wage plan to ...")."""
    word = verb.lower_
    if word in PAST_FORMS or word.endswith("ed"):
        return True
    plural = subject.tag_ in {"NNS", "NNPS"}
    if word == lemma:
        return plural
    return word.endswith("s") and not plural


def _word_before(doc: Doc, token: Token) -> Token | None:
    """The word before a token, past any run of spaces (a no-break space is a token of its
    own: "the paper\u00a0reports")."""
    i = token.i - 1
    while i > token.sent.start and doc[i].is_space:
        i -= 1
    return None if doc[i].is_space or i < token.sent.start else doc[i]


def _bare_subject_start(
    doc: Doc, subject: Token, in_quote: list[int], closing: bool = False
) -> Token | None:
    """The token that opens a clause before a bare noun phrase with no verb of its own: the
    sentence start, a comma, dash, colon or quotation mark ("[,] the editorial read"). The
    phrase may hold a name's own small words ("the daily Folha de Sao Paulo reports") and,
    before a verb that closes the sentence, an "of" phrase ("[...], the Board of Elections
    finds."); elsewhere such a phrase is more often a thing that shows than one who speaks
    ("the rejection of the deal signals ...")."""
    i = subject.i
    while i > subject.sent.start and subject.i - i < 8:
        before = doc[i - 1]
        if before.text in _BOUNDARIES or in_quote[before.i] >= 0:
            return before
        if before.lower_ == "of" and not closing:
            return None
        if not _phrase_word(before) and before.text not in {".", "\u2019", "'"}:
            return None
        i -= 1
    return doc[i] if i == subject.sent.start else None


def _phrase_word(token: Token) -> bool:
    """A word of a bare noun phrase: a noun, name, modifier or joining word, "of", a space,
    or any word inside a name ("de" of "Folha de Sao Paulo")."""
    if token.pos_ in _SUBJECT_WORDS or token.is_space or token.lower_ == "of":
        return True
    return token.ent_iob_ == "I" and token.ent_type_ in _NAME_ENTITIES


def _phrase_head(doc: Doc, opening: Token, last: Token) -> Token:
    """The noun that heads a bare noun phrase ending at ``last``: the noun before its "of"
    phrase outside a name ("[records] of the county", "[Board] of Elections"), else its last
    word; the verb after the phrase agrees with it."""
    start = opening.i + (0 if opening.i == last.sent.start and not opening.is_punct else 1)
    for word in doc[start + 1 : last.i]:
        if word.lower_ == "of" and word.ent_iob_ != "I":
            head = doc[word.i - 1]
            return head if head.pos_ in {"NOUN", "PROPN"} else last
    return last


def _report_follows(doc: Doc, verb: Token, lemma: str, end: int, opening: Token) -> bool:
    """What follows a mistagged verb shows a report: "that" and a clause, a quotation or a
    colon, a subject pronoun, "to" and a verb, the verb's own preposition after a name (also
    a capitalised word opening a headline: "Mayor calls for ..."), or nothing at all after a
    quotation ('"...," the editorial read.')."""
    if verb.i + 1 >= end:
        return _after_clause(opening) and lemma in CLAUSE_VERBS
    after = doc[verb.i + 1]
    word = after.lower_
    if closes(after) or (after.pos_ == "ADP" and word in {"in", "on"}):
        return _after_clause(opening) and lemma in CLAUSE_VERBS
    if word == "that":
        return after.dep_ == "mark" or (verb.i + 2 < end and doc[verb.i + 2].is_quote)
    if after.text in QUOTE_CHARS or word == ":":
        return lemma in CLAUSE_VERBS
    if word in _AS_OBJECTS and verb.i + 2 < end and doc[verb.i + 2].lower_ == "as":
        return lemma in OBJECT_VERBS or lemma in AS_VERBS  # "rivals deride it as ..."
    if word in _CLAUSE_SUBJECTS:
        return lemma in CLAUSE_VERBS
    if word == "to" and lemma in INFINITIVE_VERBS and not verb.lower_.endswith("ed"):
        return verb.i + 2 < end and doc[verb.i + 2].pos_ in {"VERB", "AUX", "PROPN"}
    if after.pos_ == "PROPN" and lemma in OBJECT_VERBS:
        return True  # "Group Backs Lee"
    subject = verb.nbor(-1)
    named = subject.ent_type_ in HUMAN_SUBJECTS or subject.pos_ == "PROPN"
    named = named or (subject.is_title and subject.i == opening.i)
    return named and word in PREPOSITION_VERBS.get(lemma, "").split()


def _lent_clause(head: Token, token: Token, lemma: str) -> Token | None:
    """The clause complement the parser hung on the verb the mistagged one is joined to, when
    it starts right after the mistagged verb, which a clause verb takes for its own: "lists
    the firm as a supplier and notes [it ships to Peru]"."""
    if lemma not in CLAUSE_VERBS:
        return None
    return next(
        (c for c in head.children if c.dep_ == "ccomp" and c.left_edge.i == token.i + 1),
        None,
    )


def conjunct_cue(doc: Doc, token: Token) -> Cue | None:
    """A lexicon verb the tagger took for a noun joined by "and" to a verb in the same form,
    whose subject it shares, with its own preposition or clause after it: "she praises the
    plan and jokes about [its cost]", "the list names the firm and notes [it ships to Peru]"."""
    head = token.head
    if token.dep_ != "conj" or head.pos_ != "VERB" or head.i > token.i:
        return None
    if doc[token.i - 1].lower_ not in {"and", "or"} or head.tag_ != "VBZ":
        return None
    lemma = cue_lemma(token.lemma_, token.text)
    if lemma not in CUE_LEMMAS or not token.lower_.endswith("s") or token.lower_ == lemma:
        return None
    subject = subject_of(head)
    if subject is None:
        return None
    preps = PREPOSITION_VERBS.get(lemma, "").split()
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is not None and prep.i == token.i + 1:
        content = trim(doc, prep.i + 1, prep.right_edge.i + 1)
    elif (clause := _lent_clause(head, token, lemma)) is not None:
        content = trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    else:
        return None
    if content is None:
        return None
    return Cue(token, token.text, subject, [char_range(doc, *content)])


_DO_FORMS = frozenset({"do", "does", "did"})


_REPORT_REACH = 6


def auxiliary_cue(doc: Doc, token: Token) -> Cue | None:
    """A lexicon verb the tagger took for a noun after "do" or "to", shown to be a verb by a
    report close after it: "she did post online that ...", "it led him to state: ...". The
    report runs to the end of the sentence, without the writer's closing material: "did post
    online [that the bridge was safe], with engineers backing her"."""
    lemma = cue_lemma(token.lemma_, token.text)
    if lemma not in CLAUSE_VERBS or token.i == 0:
        return None
    helper = doc[token.i - 1]
    if helper.lower_ in _DO_FORMS:
        subject = subject_of(helper)
    elif helper.lower_ == "to" and helper.tag_ == "TO" and token.head.pos_ == "VERB":
        objects = [c for c in token.head.children if c.dep_ == "dobj"]
        subject = objects[0] if objects else subject_of(token.head)
    else:
        return None
    start = _report_start(doc, token)
    if subject is None or start is None:
        return None
    ranges = [char_range(doc, *part) for part in finish(doc, [(start, token.sent.end)], token.i)]
    return Cue(token, token.text, subject, ranges)


def _report_start(doc: Doc, verb: Token) -> int | None:
    """Where a report begins within a few words after a verb, before any other verb: "that"
    or a quotation mark ("post on the site that ...", "state, \u201c...")."""
    end = min(verb.sent.end, verb.i + _REPORT_REACH)
    for i in range(verb.i + 1, end):
        word = doc[i]
        if word.lower_ == "that" or word.text in QUOTE_CHARS:
            return i
        if word.pos_ in {"VERB", "AUX"}:
            return None
    return None


def headline_pair(doc: Doc, cue: Cue) -> list[Cue]:
    """A Title Case headline verb joined to a second one by "And" splits into two cues with
    one subject: "Mayor Backs Lee And Denounces Kim" gives "Backs" Lee, "Denounces" Kim."""
    verb = cue.token
    end = verb.sent.end
    for i in range(verb.i + 2, end - 2):
        joint, second = doc[i], doc[i + 1]
        if joint.text != "And" or not second.text.istitle() or not second.lower_.endswith("s"):
            continue
        if cue_lemma(second.lemma_, second.text) not in ALL_VERBS:
            continue
        first_content = trim(doc, verb.i + 1, i)
        second_content = trim(doc, i + 2, end)
        if first_content is None or second_content is None:
            return [cue]
        cue.fragments = [char_range(doc, *first_content)]
        return [cue, Cue(second, second.text, cue.subject, [char_range(doc, *second_content)])]
    return [cue]
