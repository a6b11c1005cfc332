"""``said_on``: the day words were said, from a date on the cue ("told AFP on Sunday"), one
closing its object ("announced the move on Wednesday"), one opening its reported clause ("said
Monday the plant would reopen"), or one on the occasion of the words ("in a statement on
Monday", "at a July 16 press conference", "Monday's briefing", "in findings published on
Monday"). Not a date that opens a quotation ("said, "Today we
march""), a span of days ("announced closures, Friday through Sunday") or the object of "X as
Y" ("named Friday as the deadline"): those are what was said.

Weekdays are the most recent such day on or before the publication date ("last Tuesday" a week
before when the article is of a Tuesday), but the day after it when given in local time
("reported Friday morning, local time" in an article of Thursday: the place is ahead of the
article's clock); a day narrowing a wider span names the day ("earlier this week on
Wednesday"); "yesterday" and "last night" are the day before it,
"today", "tonight" and "this morning" the day itself; "next"/"coming" days are not sayings.
"That day", "that night" and "the same day" take the day named just before (``anaphoric_days``);
"the next day", "two days later" and "the day before" count from it (none if still to come).
"June 16" and "16 June" take the publication year (the year before if that would be in the
future). Without a publication date nothing relative is resolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from foretold.attribution.anaphoric_days import anaphoric_day, antecedent, relative_day
from foretold.attribution.content_ends import POSSESSIVES, closing_time
from foretold.attribution.cue import QUOTE_CHARS
from foretold.attribution.date_hosts import (
    ISSUING_VERBS,
    accompanying_participle,
    first_conjunct,
    issuing_verb,
    later_conjunct_participle,
    quoted_clause_conjunct,
    reporting_head,
    served_verb,
    where_host,
    with_clause_head,
)
from foretold.attribution.datelines import in_dateline
from foretold.attribution.participle_roots import misparsed_participle_root
from foretold.attribution.stranded_dates import stranded_date
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.tensed_verbs import PRESENT_TAGS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_NUMBERS = (
    {m: i + 1 for i, m in enumerate(MONTHS)}
    | {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
    | {"sept": 9}
)
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}\b")
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}\b")
_SAME_DAY = ("today", "tonight", "this morning", "this afternoon", "this evening")
_DAY_BEFORE = ("yesterday", "last night")
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DATE_DEPS = {"npadvmod", "tmod", "prep", "advmod", "obl", "nmod"}
# Nouns of the occasion or document in which words were said: "in a statement on Monday",
# "at a July 16 press conference", "according to a tweet on Friday", "the May 3 issue of the
# paper reported".
OCCASION_NOUNS = frozenset(
    {
        "statement", "interview", "tweet", "post", "speech", "letter", "email", "conference",
        "briefing", "release", "announcement", "report", "remarks", "address", "meeting",
        "hearing", "session", "video", "broadcast", "podcast", "appearance", "filing",
        "message", "rally", "debate", "call", "op-ed", "editorial", "column", "blog",
        "testimony", "study", "finding", "paper", "article", "advisory", "opinion", "ruling",
        "judgment", "talk", "keynote", "memo", "bulletin", "notice", "update", "figure",
        "issue", "edition", "episode", "alert",
    }
)  # fmt: skip
# Not "on" or "to", whose nouns are topics: "commented on Monday's report", "replied to it".
_OCCASION_PREPS = frozenset({"in", "at", "during", "via", "through"})
_NOUN_DATE_DEPS = frozenset({"nmod", "compound", "npadvmod", "poss", "amod", "nummod"})
# Modifiers of a weekday that keep it a weekday when capitalised: "Last Tuesday", "Early
# Friday".
_WEEKDAY_MODIFIERS = frozenset({"last", "past", "early", "late", "previous"})
_PERSON_ORG = frozenset({"PERSON", "ORG"})
# How far after publication a month day without a year is still to come.
_COMING_DAYS = 62
# Prepositions of an event before or after the words: "after the storm", "before the vote".
_SEQUENCE_PREPS = frozenset({"after", "before", "since", "following", "ahead"})
_RANGE_WORDS = frozenset({"through", "until", "till", "to"})
# Words that move a weekday off the latest such day: "last Friday", "next Friday".
_WEEKDAY_SHIFT = re.compile(r"\b(?:last|past|previous|next|coming|this)\b")
_RANGE = re.compile(r"\b(?:through|until|till|to)\b|[-\u2013\u2014]\s*\w")


def _calendar_date(phrase: str, published: date | None) -> date | None:
    """The date a phrase spells out with its month ("June 16", "3 March 2020", "Dec. 24").

    >>> _calendar_date("on 3 March 2020", None)
    datetime.date(2020, 3, 3)
    """
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(phrase)
        if not match:
            continue
        month = _MONTH_NUMBERS.get(match["month"].lower())
        if month is None:
            continue
        if match["year"] is None and published is None:
            return None
        year = int(match["year"]) if match["year"] else published.year  # type: ignore[union-attr]
        try:
            found = date(year, month, int(match["day"]))
        except ValueError:
            return None
        if match["year"] is None and published is not None and found > published:
            try:
                found = found.replace(year=year - 1)
            except ValueError:  # February 29 of a leap year, a year before a common one
                return None
        return found
    return None


def _coming_day(phrase: str, published: date | None) -> bool:
    """A month day without a year that falls up to two months after publication: a day
    still to come when the article appeared ("debuts on October 9" in an article of October
    7, "on Jan. 5" in one of December 20), not one of the year before, so no day of saying.

    >>> _coming_day("on October 9", date(2019, 10, 7)), _coming_day("Dec. 24", date(2019, 1, 5))
    (True, False)
    """
    if published is None:
        return False
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(phrase)
        if not match or match["year"] is not None:
            continue
        month = _MONTH_NUMBERS.get(match["month"].lower())
        if month is None:
            continue
        for year in (published.year, published.year + 1):
            try:
                found = date(year, month, int(match["day"]))
            except ValueError:  # no such day that year: "February 29", "June 31"
                continue
            if found >= published:
                return 0 < (found - published).days <= _COMING_DAYS
        return False
    return False


def _relative_date(low: str, published: date) -> date | None:
    """The date a lower-cased phrase names by a word relative to ``published``
    ("yesterday", "earlier today", "last Tuesday", "Monday night").

    >>> _relative_date("last night", date(2021, 12, 6))
    datetime.date(2021, 12, 5)
    >>> _relative_date("the last night", date(2021, 12, 6)) is None
    True
    """
    if re.match(r"the\s+(?:last|final|first)\b", low):
        return None  # "the last night" of an event, not the night before publication
    if any(word in low for word in _DAY_BEFORE):
        return published - timedelta(days=1)
    if any(word in low for word in _SAME_DAY):
        return published
    if re.search(r"\b(?:next|coming)\b", low):
        return None
    for number, day in enumerate(WEEKDAYS):
        if day in low:
            back = (published.weekday() - number) % 7
            if "last" in low and back == 0:
                back = 7
            return published - timedelta(days=back)
    return None


def resolve_date(phrase: str, published: date | None) -> date | None:
    """The calendar date a short phrase names, relative to ``published``.

    >>> resolve_date("3 March", date(2020, 3, 13)), resolve_date("Friday", date(2020, 3, 13))
    (datetime.date(2020, 3, 3), datetime.date(2020, 3, 13))
    """
    found = _calendar_date(phrase, published)
    if found is None and published is not None:
        found = _relative_date(phrase.lower(), published)
    return found


def _entity_text(token: Token) -> str:
    """The words of the date or time entity a token belongs to ("Friday night")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ in DATE_ENTS:
        start -= 1
    return doc[start : _entity_end(token)].text


def _entity_end(token: Token) -> int:
    """The index after the last token of the entity a token belongs to."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def _first_date(phrase: Token) -> Token | None:
    """The first date or time token of a short phrase: "yesterday" of "yesterday morning"
    (the parser tags "Friday night" and "earlier today" as times)."""
    doc = phrase.doc
    span = doc[phrase.left_edge.i : phrase.right_edge.i + 1]
    return next((t for t in span if t.ent_type_ in DATE_ENTS), None)


def _child_date(child: Token) -> Token | None:
    """The date token a child of a verb stands for: itself, or the object of its "on", "in"
    or "at" ("on Sunday", "on Monday night"), or the object of a preposition under "late" or
    "early" ("late on Tuesday"), or a date the parser ran into the name or the clause after it
    ("On Friday Acme Corp announced", "reported on Saturday the mayor was stabbed")."""
    if child.dep_ == "prep" and child.lower_ in {"on", "in", "at"}:
        objects = [c for c in child.children if c.dep_ == "pobj"]
        if objects and objects[0].ent_type_ in DATE_ENTS:
            return _first_date(objects[0])
        if objects and (anaphoric_day(objects[0]) or relative_day(objects[0])) is not None:
            return objects[0]
        if (fronted := _date_before_preposition(child)) is not None:
            return fronted
        return _date_run_into_name(child, objects[0]) if objects else stranded_date(child)
    if child.ent_type_ in DATE_ENTS:
        return _narrowing_day(child) or _first_date(child)
    if anaphoric_day(child) is not None or relative_day(child) is not None:
        return child  # "In a meeting [that day] he was told", "[a day later] he said", untagged
    if child.dep_ == "advmod":
        preps = [c for c in child.children if c.dep_ == "prep"]
        return _child_date(preps[0]) if preps else None
    return None


def _narrowing_day(phrase: Token) -> Token | None:
    """The day an "on" phrase narrows a wider span of time to: "[earlier this week] on
    [Wednesday]", "[late last week] on [Friday]". The wider span names no day itself."""
    for prep in (c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "on"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and objects[0].ent_type_ in DATE_ENTS:
            return _first_date(objects[0])
    return None


def _date_before_preposition(prep: Token) -> Token | None:
    """A date phrase the parser hung on the preposition right after it, which opens the
    phrase, not of it: "[Earlier this week on Wednesday] on national television, Lee said"
    (the date is the verb's, as is the preposition)."""
    dates = (c for c in prep.lefts if c.dep_ == "npadvmod" and c.ent_type_ in DATE_ENTS)
    first = next(dates, None)
    return None if first is None else _narrowing_day(first) or _first_date(first)


def _date_run_into_name(prep: Token, noun: Token) -> Token | None:
    """The date right after a preposition that the parser ran into the name after it, making
    the name its object: "On [Friday] Acme Corp announced" (but "commented on Monday's
    report", whose object is no name)."""
    if noun.ent_type_ not in _NAME_ENTS:
        return None
    first = prep.doc[prep.i + 1]
    if first.ent_type_ in DATE_ENTS and first.head == noun and first.i < noun.i:
        return first
    return None


def _verb_dates(verb: Token) -> list[Token]:
    """Date tokens attached directly to a verb ("told AFP on Sunday", "said Monday")."""
    dates = []
    for child in verb.children:
        if child.dep_ not in _DATE_DEPS or (found := _child_date(child)) is None:
            continue
        if _object_before_as(verb, child) or _subject_date(verb, child) or _event_date(verb, child):
            continue
        dates.append(found)
    return dates


def _object_before_as(verb: Token, child: Token) -> bool:
    """A bare date right after the verb and right before its "as": the object of "X as Y",
    not a time ("named [Friday] as the deadline", "identifies [May 2, 1944] as the day")."""
    if child.dep_ != "npadvmod" or child.i < verb.i:
        return False
    after = child.right_edge.i + 1
    return any(c.i == after and c.lower_ == "as" and c.dep_ == "prep" for c in verb.children)


def _event_date(verb: Token, child: Token) -> bool:
    """A date the parser hung on the verb right after the event of an "after", "before" or
    "following" phrase: it dates that event, and the words came later or earlier ("After
    the storm [on Friday], Lee said"; "said after talks [on Friday]"; "described it as a
    step following the vote [on May 3]")."""
    before = child.left_edge.i - 1
    return any(
        t.lower_ in _SEQUENCE_PREPS and t.right_edge.i == before and t.i != verb.i
        for t in child.doc[verb.sent.start : before]
    )


def _subject_date(verb: Token, child: Token) -> bool:
    """A bare date the parser hung on the verb between a noun and the verb of the reported
    clause: it dates that noun, the clause's subject ("said the vote [Tuesday] was rigged").
    """
    if child.dep_ != "npadvmod" or child.i < verb.i:
        return False
    doc = verb.doc
    before, after = child.left_edge.i - 1, child.right_edge.i + 1
    if before <= verb.i or after >= len(doc):
        return False
    reported = doc[after]
    return (
        doc[before].pos_ in {"NOUN", "PROPN"} and reported.dep_ == "ccomp" and reported.head == verb
    )


def _object_dates(cue: Token) -> list[Token]:
    """A date closing the cue's object that the parser hung on the object, not on the cue:
    it dates the act ("announced [the move] on Wednesday", "endorsed [the plan] Saturday";
    `closing_time`)."""
    dates = []
    for obj in cue.rights:
        if obj.dep_ != "dobj":
            continue
        time = closing_time(obj, obj.right_edge.i + 1)
        if time is not None and (found := _child_date(time)) is not None:
            dates.append(found)
    return dates


def _clause_opening_dates(cue: Token) -> list[Token]:
    """A date that opens a reported clause with no "that" after the cue: the parser hangs
    it on the clause, but it dates the saying ("said Monday the plant would reopen")."""
    phrases = [opening_date_phrase(c) for c in cue.rights if c.dep_ == "ccomp"]
    return [found for p in phrases if p is not None and (found := _child_date(p)) is not None]


def _fronted_clause_dates(cue: Token) -> list[Token]:
    """A date the parser hung on a clause fronted before the cue, though it stands before the
    clause's subordinator, outside it: it dates the cue ("On June 2, hours before the vote
    began, Lee said"; but "When the vote ended on Friday, Lee said" dates the vote)."""
    dates = []
    for clause in (c for c in cue.lefts if c.dep_ in {"advcl", "ccomp"}):
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if mark is None:
            continue
        fronted = (c for c in clause.children if c.i < mark.i and c.dep_ in _DATE_DEPS)
        dates.extend(found for c in fronted if (found := _child_date(c)) is not None)
    return dates


def opening_date_phrase(clause: Token) -> Token | None:
    """The date phrase that opens a reported clause with no "that" ("said [on Monday] the
    plant would reopen"), which dates the saying, not what was said; None when there is none
    ("said Monday was the deadline": a subject, not a time)."""
    if any(c.dep_ == "mark" for c in clause.children):
        return None
    first = clause.left_edge
    if _quoted_from(first):
        return None
    for child in clause.lefts:
        if child.left_edge.i == first.i and child.dep_ in _DATE_DEPS and _child_date(child):
            return child
    return None


def _quoted_from(first: Token) -> bool:
    """A clause that opens a quotation: a date in it is part of the words ("told us, "Today
    we march""), not their day."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    return first.text in QUOTE_CHARS or (before is not None and before.text in QUOTE_CHARS)


def _participle_dates(cue: Token) -> list[Token]:
    """Dates of the verb a participle cue is an adjunct of ("issued a statement on Friday
    saying ..."), or of a participle that opens the cue's sentence ("Speaking to reporters on
    Friday, Lee said", "Asked on Friday about it, Lee said"): both happen at once. A closing
    participle the parser hung on a purpose clause takes the dates of the act the clause
    served ("on Friday declared a drought so the state could release funds, saying ..."),
    not those of the aim ("shut the road so crews could fix it on Tuesday, saying ..."). A
    date the parser took for the object of "with" right before a participle cue is the
    participle's ("with the board [yesterday] confirming ...")."""
    dates = []
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and cue.head.pos_ in {"VERB", "AUX"}:
        closing = cue.i > 0 and cue.doc[cue.i - 1].text == ","
        served = served_verb(cue.head) if closing else None
        dates.extend(_verb_dates(served or cue.head))
    for child in cue.lefts:
        if child.dep_ == "advcl" and (child.tag_ == "VBG" or child.lemma_ == "ask"):
            dates.extend(_verb_dates(child))
    if (found := _with_subject_date(cue)) is not None:
        dates.append(found)
    return dates


def _with_subject_date(cue: Token) -> Token | None:
    """A date right before the participle of a "with" clause, which the parser took for the
    object of "with" in place of the clause's subject: it dates the participle ("opened
    inquiries, with the board [yesterday] confirming it would send no staff")."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.ent_type_ not in DATE_ENTS or before.dep_ != "pobj" or before.head.lower_ != "with":
        return None
    return _first_date(before)


def _occasions(cue: Token) -> list[Token]:
    """Nouns of the occasion of the cue's words: after a preposition of the cue ("in a
    statement", "according to a tweet"), its subject ("a statement on Monday said"), or the
    noun whose relative clause the cue heads ("a report ... in which they said")."""
    nouns = []
    according = cue.lower_ == "according"
    for child in cue.children:
        if child.dep_ == "prep" and (child.lower_ in _OCCASION_PREPS or according):
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in {"nsubj", "nsubjpass"}:
            nouns.append(child)
    if cue.dep_ == "relcl":
        nouns.append(cue.head)
    nouns.extend(_own_document_on_infinitive(cue))
    return [n for n in nouns if n.lemma_.lower() in OCCASION_NOUNS or n.lower_ in OCCASION_NOUNS]


def _own_document_on_infinitive(cue: Token) -> list[Token]:
    """The speaker's own document, "in its ...", "in her ...", that the parser hung on the
    infinitive of what the cue urged: the urging was made in it ("advised citizens to leave
    the country in its January 3 alert"). Not an occasion without a possessive ("asked them
    to speak at a hearing on Monday": the hearing is what was asked for)."""
    return [
        noun
        for verb in cue.children
        if verb.dep_ == "xcomp" and verb.tag_ == "VB"
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj"
        and any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in noun.children)
    ]


def _occasion_dates(noun: Token) -> list[Token]:
    """Dates of an occasion noun: "a July 16 press conference", "Monday's statement", "a post
    on Tuesday", "reports as of Tuesday", "a statement released Monday", "in a statement
    Monday" (a bare date right after the noun)."""
    dates = []
    for child in noun.children:
        if child.dep_ in _NOUN_DATE_DEPS and (child.i < noun.i or _bare_date_after(noun, child)):
            if (found := _first_date(child)) is not None:
                dates.append(found)
        elif child.dep_ == "prep" and (found := _child_date(child) or _as_of_date(child)):
            dates.append(found)
        elif child.dep_ == "acl":
            dates.extend(_verb_dates(child))
        elif child.dep_ == "prep":
            dates.extend(d for v in _addressee_issuing(child) for d in _verb_dates(v))
    if noun.dep_ == "pobj":
        dates.extend(_date_on_preposition(noun))
    return dates


def _as_of_date(prep: Token) -> Token | None:
    """The date of an "as of" phrase on an occasion noun, the day its account stands at and so
    was given: "reports [as of Wednesday] said ..." ("as of" on a verb or in the clause dates
    the facts, not the saying: "said that as of Monday 40 had died")."""
    if prep.lower_ != "as":
        return None
    for of in (c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"):
        objects = [c for c in of.children if c.dep_ == "pobj"]
        if objects and objects[0].ent_type_ in DATE_ENTS:
            return _first_date(objects[0])
    return None


def _date_on_preposition(noun: Token) -> list[Token]:
    """A bare date right after an occasion noun that the parser hung on the noun's
    preposition: it dates the occasion ("[In] an interview [the next day], Lee said")."""
    after = noun.right_edge.i + 1
    return [
        found
        for child in noun.head.children
        if child.dep_ == "npadvmod"
        and child.left_edge.i == after
        and (found := _child_date(child)) is not None
    ]


def _addressee_issuing(prep: Token) -> list[Token]:
    """The issuing participle set off by a comma after the addressee of an occasion noun,
    where the parser hangs it though it tells of the noun: "a letter to the editor[,
    published] on Monday"."""
    objects = (c for c in prep.children if c.dep_ == "pobj")
    return [
        c
        for o in objects
        for c in o.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.lemma_.lower() in ISSUING_VERBS
        and c.i > 0
        and c.doc[c.i - 1].text == ","
    ]


def _bare_date_after(noun: Token, child: Token, *, adjacent: bool = True) -> bool:
    """A bare date after a noun and hung on it: "in a statement [Monday]"; with ``adjacent``
    false also after the rest of its phrase: "according to the Center for Disease Control
    [late today]"."""
    return (
        child.dep_ == "npadvmod"
        and child.i > noun.i
        and (child.left_edge.i == noun.i + 1 or not adjacent)
        and child.ent_type_ in DATE_ENTS
    )


def _source_dates(cue: Token) -> list[Token]:
    """Dates right after the source of "according to": the day the source gave its account
    ("according to officials on Saturday", "according to police Saturday", also when the
    parser hung "on Saturday" on the clause the phrase closes). "According to police, on
    Saturday the road was shut" has none: a comma parts the date from the source, and it
    dates the closing."""
    if cue.lower_ != "according":
        return []
    dates = []
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to"):
        for source in (c for c in prep.children if c.dep_ == "pobj"):
            after = source.right_edge.i + 1
            for child in source.children:
                if child.i < source.i:
                    continue
                if child.dep_ == "prep" and (found := _child_date(child)):
                    dates.append(found)
                elif _bare_date_after(source, child, adjacent=False):
                    dates.append(_first_date(child) or child)
            if after < len(cue.doc) and (found := _child_date(cue.doc[after])) is not None:
                dates.append(found)
    return dates


def cue_date(cue: Token, published: date | None) -> date | None:
    """The date a cue's words were said on, from the parse: a date on the cue verb ("told AFP
    on Sunday") or closing its object ("announced the move on Wednesday"), one opening its
    reported clause ("said Monday the plant would reopen"), or one on the occasion of the
    words ("in a statement on Monday, Lee said"), or one of a participle said with it
    ("Speaking on Monday, Lee said"), or one right after the source
    of "according to" ("according to officials on Monday"), or one before the subordinator
    of a clause fronted before the cue ("On Monday, hours before the vote, Lee said"), or
    one of the verb whose act the words were said in (``date_hosts``: "on Monday denied it
    and said ...", "on Monday released a statement saying ..."), found as the cue's own are,
    so a present-tense host tells of its date ("on Monday releases a statement saying ..."), or
    one of a participle the parser made the root over a past-tense cue (``participle_roots``).
    "She said the talks on Tuesday failed" has none: Tuesday dates the talks. Nor do named
    days ("focused on Super Tuesday") or month days up to two months after publication
    (coming days).
    """
    candidates = _own_dates(cue)
    for host in (
        quoted_clause_conjunct(cue) or first_conjunct(cue) or reporting_head(cue),
        with_clause_head(cue),
        issuing_verb(cue) or where_host(cue),
        accompanying_participle(cue) or later_conjunct_participle(cue),
        misparsed_participle_root(cue),
    ):
        if not candidates and host is not None:
            candidates = _own_dates(host)
    for token in candidates:
        phrase = _entity_text(token)
        if _is_range(token, phrase) or _named_day(token) or _coming_day(phrase, published):
            continue
        if in_dateline(token):
            continue  # "Friday, May 8, 2020 In March, ...": the article's date
        found = _local_day_ahead(token, phrase, published) or resolve_date(phrase, published)
        if found is None and (noun := anaphoric_day(token)) is not None:
            found = _antecedent_day(noun, published)
        elif found is None and (relative := relative_day(token)) is not None:
            found = _counted_day(*relative, published)
        if found is not None:
            return found
    return None


def _local_day_ahead(token: Token, phrase: str, published: date | None) -> date | None:
    """The day after publication, for a bare weekday of that day given in local time: the
    place is ahead of the article's clock, so it is that day, not the one a week before
    ("police reported [Friday] morning, local time" in an article of Thursday)."""
    if published is None or _WEEKDAY_SHIFT.search(phrase.lower()):
        return None
    ahead = published + timedelta(days=1)
    if WEEKDAYS[ahead.weekday()] not in phrase.lower():
        return None
    doc = token.doc
    end = _entity_end(token)
    while end < token.sent.end and (doc[end].ent_type_ in DATE_ENTS or doc[end].is_punct):
        end += 1
    return ahead if [t.lower_ for t in doc[end : end + 2]] == ["local", "time"] else None


def _antecedent_day(noun: Token, published: date | None) -> date | None:
    """The day an anaphoric day phrase points back at ("voted on Saturday, and announced it
    [that night]"); none when that is a coming day ("will meet on October 9; that day ...")."""

    def names_day(token: Token) -> bool:
        phrase = _entity_text(token)
        if in_dateline(token) or _is_range(token, phrase) or _named_day(token):
            return False
        return _coming_day(phrase, published) or resolve_date(phrase, published) is not None

    found = antecedent(noun, names_day)
    if found is None or _coming_day(_entity_text(found), published):
        return None
    return resolve_date(_entity_text(found), published)


def _counted_day(head: Token, days: int, published: date | None) -> date | None:
    """The day a relative day phrase counts from the day named before it ("met on Saturday;
    [two days later] he said"): none without one, or when it would fall after publication."""
    start = _antecedent_day(head, published)
    if start is None:
        return None
    found = start + timedelta(days=days)
    return None if published is not None and found > published else found


def _is_range(token: Token, phrase: str) -> bool:
    """A span of days, which is what was said of, not a day of saying ("announced closures,
    Friday through Sunday"), in one entity or with the end hung on the start."""
    if _RANGE.search(phrase):
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ in _RANGE_WORDS
        and any(o.ent_type_ in DATE_ENTS for o in c.children)
        for c in token.children
    )


def _named_day(token: Token) -> bool:
    """A weekday whose own phrase a capitalised word opens, mid-sentence: a day of the
    calendar or of an event, not the latest such weekday ("focused on Super Tuesday", "sales
    on Cyber Monday"). The word is part of the weekday's phrase when it modifies the weekday
    or shares its entity; a name before the weekday is not ("told Reuters Tuesday", "Ann Lee
    Tuesday said"), nor is a word of time ("Late Tuesday, Lee said")."""
    doc = token.doc
    token = next((t for t in doc[token.i : _entity_end(token)] if t.lower_ in WEEKDAYS), token)
    if token.lower_ not in WEEKDAYS or token.i == 0:
        return False
    before = doc[token.i - 1]
    modifies = before.head == token and before.dep_ in {"compound", "amod"}
    same_entity = token.ent_iob_ == "I" and before.ent_type_ == token.ent_type_
    return (
        (modifies or same_entity)
        and before.is_title
        and before.is_alpha
        and not before.is_sent_start
        and before.ent_type_ not in _PERSON_ORG
        and before.lower_ not in _WEEKDAY_MODIFIERS
    )


def _own_dates(cue: Token) -> list[Token]:
    """The date tokens of a cue itself: on the verb, closing its object, opening its clause,
    of a participle said with it, before a fronted clause, after the source of "according
    to", or of the occasion of the words. A present-tense cue's own dates are what it tells
    of, not when ("the log shows a stop on May 3", "the festival runs through Sunday")."""
    candidates = []
    if cue.tag_ not in PRESENT_TAGS:
        candidates.extend([*_verb_dates(cue), *_object_dates(cue), *_clause_opening_dates(cue)])
    candidates.extend([*_participle_dates(cue), *_fronted_clause_dates(cue)])
    candidates.extend(_source_dates(cue))
    for noun in _occasions(cue):
        candidates.extend(_occasion_dates(noun))
    return candidates
