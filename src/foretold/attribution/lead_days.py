"""A report in the paragraph after the lead that goes on with the speaker's dated report in the
article's lead was made on the lead's day: a news story opens with the day's news ("Yesterday
afternoon, Lee announced that she would resign.") and then gives more of it, its words or its
detail ('"I am leaving," she announced.', "The ministry announced the tests found poison, and
said ..."), with no day of its own, as the lead has told it. The lead is the article's first
paragraph; the report is in the paragraph after it, by the same speaker, whose reports
in the lead all have the one day, and none of them is an "according to" source.

Only a plain past verb of saying with nothing on it that may tell of another occasion goes
on: not one with a time of its own ("said in March", "said in a 2015 interview"), nor one
after "had", "has" or "would" ("had previously opposed"), nor one with "earlier",
"previously", "later", "once" or "again" ("later said"), nor one whose occasion or medium is
named ("said in a televised announcement", "wrote on Twitter", "told reporters at a rally"),
nor one with a clause of its time ("When she first showed it, she praised it"), nor one joined
to a verb that fails these ("has not said why, but said ..."):
each may be another occasion than the lead's, and a wrong day is worse than none.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from foretold.attribution.continued_days import cue_verbs
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.records import Statement

# Adverbs that set a report apart in time from the one before: "[later] said".
_OTHER_TIME = frozenset(
    {
        "earlier", "previously", "later", "once", "again", "before", "formerly", "already",
        "then", "first",
    }
)  # fmt: skip
# Prepositions of an occasion, a medium or a time on the verb: "said [in] a statement".
_OCCASION_PREPS = frozenset(
    {"in", "at", "during", "via", "through", "on", "after", "before", "since", "while", "when"}
)


def lead_days(doc: Doc, statements: list[Statement], text: str | None = None) -> list[Statement]:
    """The statements, each undated one in the paragraph after the lead whose plain past verb of
    saying goes on with the speaker's dated report in the lead given that report's day (see
    the module's note)."""
    text = doc.text if text is None else text  # Doc.text joins every token
    lead_end = _paragraph_end(text, 0)
    second_end = _paragraph_end(text, lead_end + 1)
    lead = [s for s in statements if s.speaker is not None and s.start < lead_end]
    out = list(statements)
    for index, statement in enumerate(statements):
        speaker = statement.speaker
        if statement.said_on is not None or speaker is None:
            continue
        if not lead_end < statement.start < second_end:
            continue  # in the lead, a plain "said" may be of another occasion
        before = [s for s in lead if s.speaker == speaker]
        sources = {s.speaker for s in before if s.cue.lower().startswith("according")}
        found = {s.said_on for s in before if s.said_on is not None}
        if len(found) != 1 or speaker in sources:
            continue
        verbs = _cue_verbs(doc, statement)
        if verbs and all(
            _plain_past(verb, statement)
            and (verb.dep_ != "conj" or _plain_past(verb.head, statement))
            for verb in verbs
        ):
            out[index] = replace(statement, said_on=next(iter(found)))
    return out


def _paragraph_end(text: str, start: int) -> int:
    """The index of the line break that closes the paragraph running on from ``start``,
    past blank lines before it; the text's end when there is none."""
    while start < len(text) and text[start] == "\n":
        start += 1
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _cue_verbs(doc: Doc, statement: Statement) -> list[Token]:
    """The verbs written as the statement's cue in the sentence of its first character."""
    sentence = doc.char_span(statement.start, statement.start + 1, alignment_mode="expand")
    if sentence is None:
        return []
    return cue_verbs(sentence[0].sent, statement.cue)


def _plain_past(verb: Token, statement: Statement) -> bool:
    """A simple past verb of saying with no auxiliary, no adverb of another time, no time and
    no occasion or medium phrase on it outside the statement's words: "she [announced]"."""
    if verb.tag_ != "VBD" or _time_opens_words(verb, statement):
        return False
    for child in verb.children:
        if statement.start <= child.idx < statement.end:
            continue  # part of the words
        if child.dep_ in {"aux", "auxpass"} or child.ent_type_ in DATE_ENTS:
            return False
        if child.dep_ in {"advmod", "npadvmod"} and child.lower_ in _OTHER_TIME:
            return False
        if child.dep_ == "advcl" or (child.dep_ == "prep" and child.lower_ in _OCCASION_PREPS):
            return False  # "[When he first showed it], he praised it", "said [in a video]"
        if child.dep_ in {"prep", "npadvmod"} and any(
            t.ent_type_ in DATE_ENTS for t in child.subtree
        ):
            return False
    return True


def _time_opens_words(verb: Token, statement: Statement) -> bool:
    """A time word right after the verb that opens the statement's words, which the parse
    put in the reported clause but which tells when the words were said: "said [earlier]
    more tests were under way", "said [last year] the plant would close"."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or doc[after].idx != statement.start:
        return False
    word = doc[after]
    return word.ent_type_ in DATE_ENTS or word.lower_ in _OTHER_TIME
