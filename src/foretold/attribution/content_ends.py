"""Where the content of a reporting verb ends: the end of its clause, and the closing
material that is cut off or taken in after it.

- a clause ends before its trailing conjunctions and punctuation (``clause_end``);
- left out: the time, medium, venue or place of the saying after an object, or whether it was
  made in public ("endorsed him [in May]", "praised [the budget] in public", "mocked her [on
  the campaign trail]", "favored her [in Ohio]", also when the parser hung the medium on the
  object: "claimed [victory] in a tweet", also a place on a
  site the site's name tells: "touted [his endorsement] on its Facebook page"), and, after an
  object or an infinitive, a closing clause with its own subject that gives the time or
  cause of the act ("refused [to sign it] after the board objected", also a cause the parser
  hung inside the range: "declined to discuss [the deal he reached] because he is bound"),
  a closing phrase of how long or when the act went on that the parser hung inside the
  object ("written about [tax rules] for ten years", "announced [her exit] on the eve of the
  vote", "endorsed [her approach] on Saturday"), the description after a comma of a person
  who closes the object ("rejected [the backing of Ann Lee], a loud voice for tariffs"), and
  a coordinated noun that is the subject of a second act ("with critics blasting [the raids]
  and the mayor defending them"), a time the parser listed after the list's closing "and"
  ("backed [schools and farms], and a few years later, the economy grew"), and the
  speaker's own act of saying that the parser hung on a verb of the topic ("spoke about
  [building schools] in his address"), the press or the named party a talk was held with
  ("discussed [her career] with a correspondent", "spoke about [Ann Lee] with the Daily
  Star") and who put the questions a speaker answered ("answered [questions about her
  campaign] from a reporter");
- taken in: a condition clause the parser hung on the cue ("vowed [to act unless ...]"), a
  time clause in the simple present of an event after a report of a past act, which speaks of
  a time to come and so bounds what was promised or asked ("urged [a pause until the review
  ends]", "pushed for [repairs while the bridge is inspected]"), a
  participle clause whose subject is the preposition's object before it ("poked fun at [the
  mayor returning home]", "spoke of [Turkey assuming the duty]") or the direct object right
  before it ("decried [a wave of slurs spreading online]"), a
  closing participle clause the parser hung on a clause cue ("insisted [it was a lapse,
  showing only fatigue]"), a clause after a colon that closes the content and that the
  parser made the head of the report ("argued [that it failed: the costs rose]"), or after a
  semicolon when that clause keeps the subject of the reported clause ("said [the problem
  was not X; the problem was Y]"), a tensed predicate with no subject after a comma that
  the parser made the head of the report ("believe [her record, built over years, will
  carry her]"), a noun the parser coordinated with the cue with no conjunction between
  ("agree [it is hard to put on hold any ruling]"), a verb with a past modal and no subject
  that the parser coordinated with the cue ("proposes [a levy and would spare small
  firms]"), the "but" half of a "not only" pair that the parser coordinated with the cue
  ("said [not only was the road shut, but the bridge was hit]"), a noun coordinated with a
  cue noun right after the object of its preposition ("made references to [her record and
  her support for the bill]"), and the next paragraph, set off as a block, that a colon
  closing an object's paragraph announces ("cited [some figures]:" + "[Rents rose by 12
  percent. Wages fell.]"), up to a sentence with a quotation mark.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from foretold.attribution.cues import ALL_VERBS, cue_lemma
from foretold.attribution.entities import people_noun
from foretold.attribution.marks import CLAUSE_MARKS
from foretold.attribution.misplaced_subjects import SUBJECT_DEPS
from foretold.attribution.ranges import is_quote_token
from foretold.attribution.speaker_words import OBJECT_PRONOUNS
from foretold.attribution.tagged_entities import DATE_ENTS
from foretold.attribution.tensed_verbs import PRESENT_TAGS, TENSE_TAGS, has_modal, tensed


def clause_end(head: Token) -> int:
    """Last token of a complement clause, without trailing conjunctions or punctuation."""
    end = head.right_edge.i
    while end > head.i and child_is_joiner(head.doc[end]):
        end -= 1
    return end


def child_is_joiner(token: Token) -> bool:
    return token.dep_ in {"cc", "punct"} and not is_quote_token(token)


_OCCASION_MARKS = frozenset(
    {"when", "after", "before", "because", "while", "since", "although", "though", "whereas"}
)


# Marks of a cause clause, which at the end of a range gives the reason for the act, however
# deep the parser hung it.
_CAUSE_MARKS = frozenset({"because"})


def quoted_side_clause_end(verb: Token, end: int) -> int:
    """The end (exclusive) of a clause complement of an infinitive cue ("went on to say [X]")
    that takes in a subordinate clause the parser hung on the verb above the cue, when it
    opens right where the complement ends and quotes words: the quotation marks the
    speaker's own words, so the clause goes on with what was said ("went on to say [he was
    lenient because they had "owned up early"]")."""
    above = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or above == verb or verb.tag_ != "VB":
        return end
    doc = verb.doc
    for child in above.rights:
        if child.dep_ != "advcl" or child.left_edge.i != end:
            continue
        if not any(c.dep_ == "mark" for c in child.children):
            return end
        if any(is_quote_token(t) for t in doc[end : child.right_edge.i + 1]):
            return child.right_edge.i + 1
    return end


def occasion_cut(verb: Token, end: int) -> int:
    """The end (exclusive) of an object or infinitive range before a closing clause with its
    own subject that gives the time or the cause of the act: "refused [to sign it] after the
    board objected", "praised [the plan] when she spoke"; a cause clause is cut also when the
    parser hung it inside a clause of the range: "declined to discuss [the deal he reached]
    because he is bound by a gag order"."""
    doc = verb.doc
    last = end - 1
    while last > verb.i and doc[last].is_punct and not is_quote_token(doc[last]):
        last -= 1
    for i in range(verb.i + 1, last):
        mark = doc[i]
        if mark.lower_ not in _OCCASION_MARKS or mark.dep_ not in {"mark", "advmod"}:
            continue
        clause = mark.head
        if (
            clause.dep_ == "advcl"
            and clause.left_edge.i == i
            and clause.right_edge.i >= last
            and verb.i <= clause.head.i < i
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            and (mark.lower_ in _CAUSE_MARKS or not _inside_clause(clause.head, verb))
            and not coming_time_clause(clause, verb)
        ):
            return i
    return end


def _inside_clause(token: Token, verb: Token) -> bool:
    """A token inside a clause of its own below the verb: "[her claim that she would go]"."""
    while token != verb and token.head != token:
        if token.dep_ in {"ccomp", "acl", "relcl"}:
            return True
        token = token.head
    return False


# Marks of a condition: "if the firm stays", "unless it leaves".
CONDITION_MARKS = frozenset({"if", "unless"})


def condition_clause(child: Token) -> bool:
    """A condition clause with its own subject, which the parser hangs on the cue but which is
    part of what was promised or asked: "vowed [to raise tariffs unless the firm stays]"."""
    return (
        child.dep_ == "advcl"
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in child.children)
    )


# Marks of a clause that sets a time by an event: "when the vote is held", "until it ends".
_TIME_MARKS = frozenset({"when", "after", "before", "while", "until", "once"})


def coming_time_clause(child: Token, verb: Token) -> bool:
    """A time clause with its own subject in the simple present of an event, after a report of
    a past act: the present speaks of a time to come, so the clause bounds what was promised
    or asked, not the saying: "urged [a pause until the review ends]", "has pushed for
    [repairs while the bridge is inspected]" (not a state that holds now: "declined to
    comment while the case is pending", nor a past time: "praised it when she spoke")."""
    return (
        child.dep_ == "advcl"
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS and c.i == child.left_edge.i
            for c in child.children
        )
        and _present_event(child)
        and _past_report(verb)
    )


def _present_event(clause: Token) -> bool:
    """A verb in the simple present of an event, active or passive: "she [returns]", "it [is
    held]" (not "be" or "have", which give a state, nor a perfect or a progressive)."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if clause.lemma_ in {"be", "have"}:
        return False
    if clause.tag_ in PRESENT_TAGS:
        return not auxes
    return (
        clause.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].dep_ == "auxpass"
        and auxes[0].tag_ in PRESENT_TAGS
    )


def _past_report(verb: Token) -> bool:
    """A report of a past act, in the past or the perfect, also through the infinitive of an
    act: "[refused] to sign", "[was] asked to sign", "[has] urged"."""
    while verb.dep_ == "xcomp" and verb.head != verb and verb.tag_ in {"VB", "VBG", "VBN"}:
        verb = verb.head
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBD" or c.lemma_ == "have")
        for c in verb.children
    )


def with_conditions(verb: Token, end: int) -> int:
    """The end (exclusive) of a content range that takes in the cue's condition clauses after
    it: "pushed for [action if talks fail]"."""
    ends = [
        c.right_edge.i + 1
        for c in verb.rights
        if c.i >= end and (condition_clause(c) or coming_time_clause(c, verb))
    ]
    return max([end, *ends])


def with_fronted_conditions(verb: Token, start: int) -> int:
    """The start of a content range before its cue that takes in a condition clause opening
    it, which the parser hung on the cue: "[If talks fail, tariffs will rise], the minister
    said" (only a comma stands between the condition and the rest of the content)."""
    doc = verb.doc
    for child in verb.lefts:
        after = child.right_edge.i + 1
        if (
            condition_clause(child)
            and after < start
            and doc[after].text == ","
            and all(t.is_space for t in doc[after + 1 : start])
        ):
            return child.left_edge.i
    return start


_MEDIUM_NOUNS = frozenset(
    {
        "interview", "statement", "tweet", "speech", "letter", "email", "op-ed", "editorial",
        "release",
    }
)  # fmt: skip

# Broadcasts and sites a saying goes out on, after "on" and closing the phrase: "on
# television", "on social media", "on Twitter" (not "on Twitter blaming them", where the
# parser hung the rest of the content on the site).
_BROADCAST_NOUNS = frozenset(
    {"television", "tv", "radio", "media", "twitter", "facebook", "instagram", "youtube"}
)


# Nouns of the occasion or place where a saying was made, after "in", "on" or "at": "on the
# campaign trail", "at a rally", "in a video".
_VENUE_NOUNS = frozenset(
    {
        "video", "conference", "rally", "hearing", "briefing", "appearance", "broadcast",
        "podcast", "air", "trail", "stump",
    }
)  # fmt: skip
_VENUE_PREPS = frozenset({"in", "on", "at", "during"})


# Words that, bare after "in", say whether a saying was made before all or only a few: "in
# public", "in private".
_OPENNESS_WORDS = frozenset({"public", "private"})


def _medium(prep: Token, noun: Token) -> bool:
    """A noun naming the medium of a saying, or its venue after "in", "on" or "at", or the
    broadcast or site it went out on after "on", or a bare "public" or "private" after "in",
    who heard it ("articulated them [in public]"); after "for" a medium is what a judgement was
    passed on, not the medium of the judgement: "attacked her [for the tweet]"; nor is what a
    thing is blamed on, the other half of the blame: "blamed the riot [on a video]"; after "of"
    the noun is what the word before is made of or belongs to, never the channel of a saying:
    "decried [a wave of hateful speech]", "released [the text of the letter]"."""
    lemma = noun.lemma_.lower()
    if prep.lower_ == "of" or _blamed_on(prep):
        return False
    return (
        (lemma in _MEDIUM_NOUNS and prep.lower_ != "for")
        or (lemma in _VENUE_NOUNS and prep.lower_ in _VENUE_PREPS)
        or _on_broadcast(prep, noun)
        or (prep.lower_ == "in" and noun.lower_ in _OPENNESS_WORDS and not list(noun.children))
    )


def _blamed_on(prep: Token) -> bool:
    """ "On" after "blame" and its object, a thing, not one who is blamed: "blamed the riot
    [on] a video" (not "blamed the mayor on television")."""
    verb = prep.head
    if verb.dep_ == "dobj" and verb.i < prep.i:
        verb = verb.head
    if prep.lower_ != "on" or verb.lemma_.lower() != "blame":
        return False
    blamed = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
    return bool(blamed) and not any(
        b.pos_ == "PRON" or b.ent_type_ in _BLAMED_PEOPLE_ENTS or people_noun(b) for b in blamed
    )


# Entity types of one who is blamed, not a thing blamed on something.
_BLAMED_PEOPLE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


# Nouns of a place on a site a saying is posted to, named by the site before them: "on its
# [Facebook page]", "on her [Twitter account]", "on the [YouTube channel]".
_SITE_PLACE_NOUNS = frozenset({"page", "account", "feed", "channel"})


def _on_broadcast(prep: Token, noun: Token) -> bool:
    """ "On" and a bare noun of a broadcast or site, or of a place on a site that the site's
    name before it tells: "[on] [Facebook]", "[on] [television]", "[on] its [Facebook page]"."""
    if prep.lower_ != "on" or noun.right_edge != noun:
        return False
    lemma = noun.lemma_.lower()
    return lemma in _BROADCAST_NOUNS or (
        lemma in _SITE_PLACE_NOUNS
        and any(c.dep_ == "compound" and c.lower_ in _BROADCAST_NOUNS for c in noun.children)
    )


# Prepositions of the day a saying was made: "[on] Monday", "[during] the debate on May 3".
_DAY_PREPS = frozenset({"on", "in", "at", "during"})


def day_or_broadcast(prep: Token) -> bool:
    """A phrase giving the day a saying was made or the broadcast or site it went out on:
    "remarks [on Monday]", "a message [on Facebook]" (not "comments [on the budget]", nor a
    date that is the topic: "a warning [about 2030]")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    noun = objects[0]
    day = noun.ent_type_ in DATE_ENTS and prep.lower_ in _DAY_PREPS
    return day or _on_broadcast(prep, noun)


def when_or_where(prep: Token) -> bool:
    """A phrase giving the time, the medium, the venue or the place of the saying, not what
    was said: "endorsed him [in May]", "known him [for years]", "claimed victory [in a tweet]",
    "mocked her [on the campaign trail]", "favored her [in Ohio]", also of one of several:
    "mocked her [at one of his rallies]"; or the one a talk was held with: "discussed the
    plan [with reporters]", "discussed the budget [with her husband]"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    noun = _one_of(objects[0])
    return (
        noun.ent_type_ in DATE_ENTS
        or _medium(prep, noun)
        or _place(prep, noun)
        or _partner(prep, noun)
    )


# Verbs of a talk held with someone: "discussed it [with reporters]".
_PARTNER_TALK_VERBS = frozenset({"discuss", "talk", "speak", "chat", "debate"})
# Entity types of a partner in talk: a person, an organisation or a country.
_PARTNER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _partner(prep: Token, noun: Token) -> bool:
    """A "with" phrase of a verb of talk that names who the talk was with, not what it was
    about: "discussed the plan [with reporters]", "spoke about the case [with Lee]" (not
    "discussed problems [with the plan]")."""
    verb = prep.head
    if prep.lower_ != "with" or verb.lemma_.lower() not in _PARTNER_TALK_VERBS:
        return False
    return (
        noun.ent_type_ in _PARTNER_ENTS
        or noun.lower_ in OBJECT_PRONOUNS  # "spoke [with him]", not "[with it]"
        or noun.lemma_.lower() in PARTNER_NOUNS
    )


# Nouns of the press a talk is held with or words are given to, who ask rather than take part
# in what is talked about: "with [reporters]", "with a [correspondent]", "to news [outlets]".
PRESS_NOUNS = frozenset(
    {"reporter", "journalist", "correspondent", "interviewer", "press", "media", "host", "outlet"}
)


# Verbs of answering whose object of questions may close with who put them: "answered
# questions about the race from a reporter".
_ANSWERING_VERBS = frozenset({"answer", "field"})
# Nouns of questions: "answered [questions]", "the [query]".
QUESTION_NOUNS = frozenset({"question", "query", "inquiry", "enquiry"})
# Entity types of someone who holds a talk or puts a question.
_ASKER_ENTS = frozenset({"PERSON", "ORG"})


def press_partner_cut(verb: Token, start: int, end: int) -> int:
    """The end (exclusive) of the topic of a verb of talk before a closing "with" phrase
    naming the press it talked with, which the parser hung on a noun of the topic rather
    than on the verb: "discussed [her career and her life abroad] with a correspondent", or
    naming anyone when hung on a name, which takes no "with" of its own: "spoke about [Ann
    Lee] with the Daily Star"; and of the questions a verb of answering answers before a
    closing "from" phrase naming who asked them: "answered [questions about her campaign]
    from the Daily Star" (not a noun of people who may be part of the topic: "discussed [her
    rift with her father]", nor after a verb of no talk: "criticised [his ties with the
    press]", nor a source of a thing asked about: "answered [questions about the loan from
    the bank]")."""
    lemma = verb.lemma_.lower()
    if lemma in _PARTNER_TALK_VERBS:
        wanted = "with"
    elif lemma in _ANSWERING_VERBS and _answers_questions(verb):
        wanted = "from"
    else:
        return end
    doc = verb.doc
    for prep in doc[start:end]:
        if prep.dep_ != "prep" or prep.lower_ != wanted or prep.head == verb:
            continue
        if prep.right_edge.i != end - 1:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        if objects[0].lemma_.lower() in PRESS_NOUNS or (
            (wanted == "from" or prep.head.pos_ == "PROPN") and _names_asker(objects[0])
        ):
            cut = prep.i
            while cut > start and doc[cut - 1].is_punct and not is_quote_token(doc[cut - 1]):
                cut -= 1
            return cut
    return end


def _answers_questions(verb: Token) -> bool:
    """The verb's object is a noun of questions: "answered [questions]"."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in QUESTION_NOUNS and c.i > verb.i
        for c in verb.children
    )


def _names_asker(noun: Token) -> bool:
    """A name of a person or body, or a noun of the press: "from [Lee]", "with the [Star]"."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in _ASKER_ENTS or noun.pos_ == "PROPN" or lemma in PRESS_NOUNS


# Nouns of the people a talk is held with: "with [reporters]", "with [officials]", "with her
# [husband]".
PARTNER_NOUNS = frozenset(
    {
        "reporter", "journalist", "official", "officer", "leader", "minister", "lawmaker",
        "senator", "member", "colleague", "counterpart", "student", "voter", "resident",
        "supporter", "advisor", "adviser", "aide", "staff", "press", "media", "investor",
        "analyst", "expert", "parent", "family", "friend", "people", "mother", "father",
        "wife", "husband", "son", "daughter", "brother", "sister", "child", "spouse", "relative",
        "neighbor", "neighbour",
    }
)  # fmt: skip


def _one_of(noun: Token) -> Token:
    """The noun a quantity picks from: "[rallies]" in "one of his rallies", "each of the
    debates"; the noun itself otherwise."""
    if noun.pos_ not in {"NUM", "PRON", "DET"} and noun.tag_ != "CD":
        return noun
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    picked = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return noun if picked is None else picked


# Nouns of the places where an act was done, after "in": "favored her [in other states]".
_PLACE_NOUNS = frozenset({"state", "country", "city", "county", "district", "region", "nation"})


def _place(prep: Token, noun: Token) -> bool:
    """An "in" phrase naming a place: "leads him [in Ohio]", "favored her [in other states]"."""
    return prep.lower_ == "in" and (
        noun.ent_type_ in {"GPE", "LOC"} or noun.lemma_.lower() in _PLACE_NOUNS
    )


def medium_cut(noun: Token, end: int) -> int:
    """The end (exclusive) of an object range before a closing phrase the parser hung on the
    object that names the medium of the saying: "claimed [victory] in a tweet"."""
    rights = [c for c in noun.rights if c.dep_ != "punct"]
    if not rights or rights[-1].dep_ != "prep" or rights[-1].right_edge.i < end - 1:
        return end
    prep = rights[-1]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects and _medium(prep, objects[0]):
        return prep.left_edge.i
    return end


# Nouns of an act of saying that a possessive ties to the speaker: "in [his announcement]".
_OWN_SAYING_NOUNS = _MEDIUM_NOUNS | frozenset(
    {"announcement", "remarks", "address", "post", "message", "testimony", "video"}
)
# Possessives that tie a noun to the speaker: "in [her] announcement".
POSSESSIVES = frozenset({"his", "her", "their", "its"})


def own_medium_cut(verb: Token, start: int, end: int) -> int:
    """The end (exclusive) of a range before a closing "in" or "during" phrase on the
    speaker's own act of saying that the parser hung on a verb of the range, not on the cue:
    "spoke about [cutting fees and raising wages] in her announcement" (a phrase hung on a
    noun of the range may say which text is meant: "criticized [the errors in his speech]")."""
    doc = verb.doc
    for prep in doc[start:end]:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during"} or prep.head == verb:
            continue
        if prep.head.pos_ != "VERB" or prep.right_edge.i != end - 1:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or objects[0].lemma_.lower() not in _OWN_SAYING_NOUNS:
            continue
        if any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in objects[0].children):
            cut = prep.i
            while cut > start and doc[cut - 1].is_punct and not is_quote_token(doc[cut - 1]):
                cut -= 1
            return cut
    return end


# Nouns of a stretch of time, which after a bare "for" give how long an act went on.
_SPAN_NOUNS = frozenset({"year", "month", "week", "day", "decade", "hour", "century"})
# Nouns of a point in time, which after "on" give when an act was done: "on the eve of".
_POINT_NOUNS = frozenset({"eve", "day", "morning", "afternoon", "evening", "night", "weekend"})


# Prepositions of a day or an hour an act was done on: "[on] Saturday", "[at] noon", "[during]
# the weekend"; not "in", whose date may be the time of what the object names ("reported a
# rise in sales [in] March").
_POINT_PREPS = frozenset({"on", "at", "during"})


def time_phrase(prep: Token) -> bool:
    """A phrase saying how long or when an act went on: "[for more than ten years]", "[for
    decades]", "[on the eve of the vote]", "[on the night of the debate]", or a date or time
    after "on", "at" or "during" ("[on Saturday]", "[at the weekend]"); not "a plan [for the
    next five years]", whose article makes it a named stretch."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return False
    noun = objects[0]
    lemma = noun.lemma_.lower()
    if prep.lower_ == "for":
        return (
            noun.tag_ == "NNS"
            and lemma in _SPAN_NOUNS
            and not any(c.dep_ in {"det", "poss"} for c in noun.children)
        )
    if prep.lower_ == "on" and lemma in _POINT_NOUNS and noun.tag_ == "NN":
        return True
    return prep.lower_ in _POINT_PREPS and noun.ent_type_ in DATE_ENTS


def closing_time(noun: Token, end: int) -> Token | None:
    """The closing phrase the parser hung on an object, or on a noun of its closing
    prepositions, that says how long or when the act went on (`time_phrase`, or a bare date:
    "endorsed [the plan] Saturday"), or None: "has written about [tax rules] for more than ten
    years", "announced [her exit from the board] on the eve of the vote", "endorsed [the
    senator's approach] on Saturday"."""
    for _node, rights in _closing_chain(noun, end):
        last = rights[-1]
        if (last.dep_ == "prep" and time_phrase(last)) or (
            last.dep_ == "npadvmod" and last.ent_type_ in DATE_ENTS
        ):
            return last
    return None


def duration_cut(noun: Token, end: int) -> int:
    """The end (exclusive) of an object range before its closing phrase of how long or when
    the act went on (`closing_time`)."""
    time = closing_time(noun, end)
    return end if time is None else min(end, time.left_edge.i)


def dated_conjunct_cut(noun: Token, end: int) -> int:
    """The end (exclusive) of an object range before a time the parser listed among the
    object's coordinated nouns after the list's own "and", which opens the writer's next
    clause: "backed [schools, clinics and farms], and a few years into his term, the economy
    grew" (a list has one closing "and"; not "discussed [the budget and the next decade]"); an
    object the tagger made a name or a date of its own keeps its end."""
    doc = noun.doc
    if noun.ent_type_:
        return end
    listed = [noun]
    for node in listed:
        listed.extend(c for c in node.children if c.dep_ == "conj" and noun.i < c.i < end)
    dated = sorted(c for c in listed[1:] if c.ent_type_ in DATE_ENTS)
    if not dated:
        return end
    cut = dated[0].left_edge.i
    while cut > noun.i + 1 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    if not any(t.dep_ == "cc" for t in doc[noun.i : cut]):
        return end  # the list's own last item: "discussed [the budget and the next decade]"
    return min(end, cut)


def appositive_cut(noun: Token, end: int) -> int:
    """The end (exclusive) of an object range before the description after a comma that
    closes it, of a person named at the end of the object's closing prepositions: "rejected
    [the backing of Sen. Ann Lee], the chamber's loudest voice for tariffs" (the writer's
    word on the person, not what the act was about)."""
    for node, rights in _closing_chain(noun, end):
        appos = [c for c in rights if c.dep_ == "appos"]
        if node.ent_type_ == "PERSON" and node.pos_ == "PROPN" and appos:
            comma = appos[0].left_edge.i - 1
            return comma if noun.doc[comma].text == "," and node.i < comma < end else end
    return end


def _closing_chain(noun: Token, end: int) -> Iterator[tuple[Token, list[Token]]]:
    """The object and the noun of each of its closing prepositions in turn ("[the backing] of
    [Ann Lee]"), each with its dependents after it, while they reach the range's ``end``."""
    node = noun
    while True:
        rights = [c for c in node.rights if c.dep_ != "punct"]
        if not rights or rights[-1].right_edge.i < end - 1:
            return
        yield node, rights
        last = rights[-1]
        objects = [c for c in last.children if c.dep_ == "pobj"]
        if last.dep_ != "prep" or not objects:
            return
        node = objects[-1]


def subject_conjunct_cut(verb: Token, noun: Token, end: int) -> int:
    """The end (exclusive) of an object range before its last coordinated noun when that noun
    is right before a verb the parser coordinated with the cue in the same form with no
    subject: the noun is that verb's subject, opening a second act: "with critics blasting
    [the raids] and the mayor defending them" (a form of the cue needs no repeated subject,
    but "the mayor defending" does)."""
    doc = noun.doc
    conjuncts = [c for c in noun.conjuncts if c.i > noun.i]
    if not conjuncts or end >= len(doc):
        return end
    last = conjuncts[-1]
    follower = doc[last.right_edge.i + 1] if last.right_edge.i + 1 < len(doc) else None
    if (
        follower is None
        or follower.dep_ != "conj"
        or follower.head != verb
        or follower.tag_ != verb.tag_
        or any(c.dep_ in SUBJECT_DEPS for c in follower.children)
        or last.right_edge.i + 1 != end
    ):
        return end
    before = last.left_edge.i
    while before > noun.i and child_is_joiner(doc[before - 1]):
        before -= 1
    return before


def object_gerund(verb: Token, end: int, bare: bool = False) -> int:
    """The end (exclusive) of a preposition's object that takes in a participle clause right
    after it with no comma, which the parser hung on the cue but whose subject is that object:
    "poked fun at [the mayor returning to his hometown]", "complained about [prices rising
    again]", also a participle of a reporting verb with no clause of its own, which is part of
    what was said ("spoke of [Turkey assuming the duty of guarding prisoners]"); a reporting
    participle with a clause of its own reports it itself ("reminds me of Lincoln saying that
    ...", ``_own_report``). With ``bare``, after a direct object, only a participle that opens
    its clause itself, with no "while", comma or dash before it and no report of its own:
    "decried [a rash of slurs spreading online]" (not "repeated the claim while running for
    office", nor "confirmed the account, reporting: ...")."""
    for child in verb.rights:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.left_edge.i == end
            and (not bare or _bare_participle(child, end))
            and not _own_report(child)
        ):
            return child.right_edge.i + 1
    return end


def _bare_participle(participle: Token, end: int) -> bool:
    """A participle that opens its clause right after a word of the object, with no mark,
    comma or dash between, and that is no reporting verb of its own: "[slurs spreading]"."""
    return (
        participle.i == end
        and not participle.doc[end - 1].is_punct
        and cue_lemma(participle.lemma_, participle.text) not in ALL_VERBS
    )


def _own_report(participle: Token) -> bool:
    """A participle of a reporting verb that takes a clause of its own: "saying [that it
    failed]", "claiming [he won]"."""
    return cue_lemma(participle.lemma_, participle.text) in ALL_VERBS and any(
        c.dep_ == "ccomp" for c in participle.children
    )


def closing_participle(verb: Token, end: int) -> int:
    """The end (exclusive) of a complement that takes in a closing participle clause after a
    comma, which the parser hung on the cue but which goes on with what was said: "insisted
    [it was a lapse, showing nothing more than fatigue]"."""
    doc = verb.doc
    for child in verb.rights:
        if (
            child.i > end
            and child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.left_edge.i == child.i
            and doc[child.i - 1].text == ","
            and child.i - 1 <= end + 1
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children)
        ):
            return child.right_edge.i + 1
    return end


def colon_sequel(verb: Token, end: int) -> int:
    """The end (exclusive) of a content range that takes in the clause after a colon which
    closes it, when the parser made that clause the head of the report: "argued [that the
    plan was flawed: its costs were too high]" (a quotation after the colon is a report of
    its own). After a semicolon the clause goes on with the report when it keeps the subject
    of the tensed clause reported: "said [the cost was not the problem; the problem was the
    delay]", but "said [the dam had failed]; Jones secured the area"."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "ccomp" or head.i <= end or cue_lemma(head.lemma_, head.text) in ALL_VERBS:
        return end
    i = end
    while i < head.i and doc[i].is_punct and doc[i].text not in CLAUSE_MARKS:
        i += 1
    if doc[i].text not in CLAUSE_MARKS or i >= head.i or is_quote_token(doc[i + 1]):
        return end
    if doc[i].text == ";" and not _same_subject(verb, head):
        return end
    return head.right_edge.i + 1


def _same_subject(verb: Token, sequel: Token) -> bool:
    """A sequel clause whose subject is the word of the subject of the tensed clause the verb
    reports: "said [the cost was not the problem; the problem was ...]", "said [she had no
    need to; she should just ...]"."""
    subjects = {
        s.lower_
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > verb.i and tensed(c)
        for s in c.children
        if s.dep_ in SUBJECT_DEPS
    }
    return any(s.dep_ in SUBJECT_DEPS and s.lower_ in subjects for s in sequel.children)


# Relations of a subject that is a noun phrase (a clausal subject can be an aside after it).
_NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def predicate_sequel(verb: Token, end: int) -> int:
    """The end (exclusive) of a content range whose predicate the parser made the head of the
    report after a comma: a tensed verb with no subject of its own, whose subject is the
    cue's object or clause: "aides believe [her record, built over years, will carry the
    state]"."""
    head = verb.head
    if (
        verb.dep_ != "ccomp"
        or head.i <= end
        or end >= len(verb.doc)
        or verb.doc[end].text != ","
        or cue_lemma(head.lemma_, head.text) in ALL_VERBS
        or not tensed(head)
        or any(c.dep_ in _NOMINAL_SUBJECTS for c in head.children)
    ):
        return end
    return head.right_edge.i + 1


PAST_MODALS = frozenset({"would", "could", "might", "should"})


def modal_conjunct_end(verb: Token, end: int) -> int:
    """The end (exclusive) of a complement or object that takes in a verb with a past modal
    and no subject, which the parser coordinated with the cue but which goes on with what was
    said: "stated [she was not interested, but would serve if needed]", "proposes [a new
    levy and would spare small firms]" (the modal is the content's tense, not the cue's), or
    a bare verb after a to-infinitive complement."""
    if has_modal(verb):
        return end
    for child in verb.rights:
        if (
            child.dep_ == "conj"
            and child.i >= end
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
            and (
                any(c.dep_ == "aux" and c.lower_ in PAST_MODALS for c in child.lefts)
                or _bare_infinitive_conjunct(child, end)
            )
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        ):
            end = max(end, clause_end(child) + 1)
    return end


# The words that may stand between the two halves of a "not only ... but" pair.
_PAIR_JOINERS = frozenset({",", "but"})


def correlative_end(verb: Token, start: int, end: int) -> int:
    """The end (exclusive) of a complement opening with "not only" that takes in the clause
    after "but" which the parser coordinated with the cue: "not only" opens the first half of a
    pair that only "but" closes, so "said [not only was the road shut, but the bridge was
    hit]" is one thing said (not "said [not only was the road shut], but the bridge was hit")."""
    doc = verb.doc
    if not any(
        doc[i].lower_ == "not" and doc[i + 1].lower_ == "only" for i in range(start, end - 1)
    ):
        return end
    for child in verb.rights:
        if child.dep_ != "conj" or child.i < end:
            continue
        between = doc[end : child.left_edge.i]
        if any(t.lower_ == "but" for t in between) and all(
            t.lower_ in _PAIR_JOINERS for t in between
        ):
            return max(end, clause_end(child) + 1)
        return end
    return end


def unjoined_conjunct_end(verb: Token, end: int) -> int:
    """The end (exclusive) of a complement that takes in a noun the parser coordinated with
    the cue with no conjunction or comma between, right where the complement stops: in
    "agree [it is hard to put on hold any ruling]" a parse that makes "hold" a conjunct of
    "agree" splits one clause in two; coordination needs a joiner, so the noun and its
    phrase go on with what was said."""
    for child in verb.rights:
        if (
            child.dep_ == "conj"
            and child.left_edge.i == end
            and not child.doc[end].is_punct
            and child.doc[end].dep_ != "cc"
            and child.pos_ == "NOUN"
            and cue_lemma(child.lemma_, child.text) not in ALL_VERBS
        ):
            return clause_end(child) + 1
    return end


def numeral_conjunct_end(verb: Token, end: int) -> int:
    """The end (exclusive) of a complement that takes in a number the parser coordinated with
    the cue after a comma or "and", right where the complement stops: in "said [two people
    died, and three more in the north]" a number is no act of the speaker, it goes on with
    the count that was reported."""
    doc = verb.doc
    for child in verb.rights:
        if (
            child.dep_ == "conj"
            and child.pos_ == "NUM"
            and child.left_edge.i >= end
            and all(child_is_joiner(doc[i]) for i in range(end, child.left_edge.i))
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        ):
            return clause_end(child) + 1
    return end


def noun_conjunct_end(noun: Token, end: int, kin: frozenset[str]) -> int:
    """The end (exclusive) of the object of a cue noun's preposition that takes in a noun the
    parser coordinated with the cue noun right after that object, which goes on with it:
    "made references to [her voting record and her support for the bill]"; not a noun of the
    cue noun's own kind, which opens a second stance ("took swipes at X and jabs at Y")."""
    doc = noun.doc
    if end + 1 >= len(doc) or doc[end].dep_ != "cc" or doc[end].head != noun:
        return end
    for child in noun.rights:
        if (
            child.dep_ == "conj"
            and child.left_edge.i == end + 1
            and child.pos_ in {"NOUN", "PROPN"}
            and child.lower_ not in kin
        ):
            return child.right_edge.i + 1
    return end


def _bare_infinitive_conjunct(child: Token, end: int) -> bool:
    """A verb in the base form with no auxiliary coordinated with a finite cue after its
    to-infinitive complement: "want [the party to drop the plank, and strike the clause]"
    (the cue's form cannot be shared, so it goes on with the infinitive)."""
    verb = child.head
    doc = child.doc
    complement = doc[end - 1]
    while complement.head != verb and complement.head != complement:
        complement = complement.head
    return (
        child.tag_ == "VB"
        and (
            verb.tag_ in TENSE_TAGS
            or any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)
        )
        and not any(c.dep_ == "aux" for c in child.children)
        and complement.dep_ in {"ccomp", "xcomp"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in complement.children)
    )


def colon_paragraph(verb: Token, end: int) -> tuple[int, int] | None:
    """The next paragraph, when an object range closes its paragraph on a colon that announces
    it: "The judge rejected this argument:" + a new paragraph "[The claim is broad. It ignores
    the rules.]", the words set off as a block; it stops before a sentence with a quotation
    mark, and is None when the paragraph opens with one, a report of its own."""
    doc = verb.doc
    i = end - 1 if doc[end - 1].text == ":" else end
    if i + 2 >= len(doc) or doc[i].text != ":" or doc[i].sent != verb.sent:
        return None
    space = doc[i + 1]
    if not (space.is_space and "\n" in space.text):
        return None
    sentence = doc[i + 2].sent
    first = doc[i + 2]
    if sentence.start != first.i or not first.is_alpha or any(is_quote_token(t) for t in sentence):
        return None
    return (sentence.start, _block_end(sentence))


def _block_end(first: Span) -> int:
    """The end (exclusive) of the paragraph a colon announced, from its first sentence: the
    sentences after it up to the paragraph's end, short of one with a quotation mark."""
    doc = first.doc
    end = first.end
    if any(_breaks_paragraph(t) for t in first):
        return end
    while end < len(doc) and not _breaks_paragraph(doc[end - 1]):
        sentence = doc[end].sent
        stop = next((t.i for t in doc[end : sentence.end] if _breaks_paragraph(t)), None)
        words = doc[end : sentence.end if stop is None else stop + 1]
        if any(is_quote_token(t) for t in words):
            break
        end = words.end
    return end


def _breaks_paragraph(token: Token) -> bool:
    """A line break in the word or the space after it, which ends a paragraph."""
    return "\n" in token.text_with_ws
