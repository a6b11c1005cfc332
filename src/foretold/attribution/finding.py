"""Cues found in the parse: reporting verbs (also those the tagger took for nouns, which
report the clause before them when they close a sentence after a comma: "X rose, records
show", their object after the noun phrase opening a line with no finite verb: "Party issues
apology to Lee", or share the subject of a verb they are joined to: "she gushes about X and
jokes about Y"; a passive one with no agent reports its clause: "X is accused of ...";
"'s" before a participle with an object is the perfect, not a passive: "he's spoken out
against X"; an infinitive after "it is" and an adjective reports with no holder: "it is
important to note that ..."; a verb with no subject of its own coordinated with a passive,
or a closing participle after one, takes the passive's subject: "Lee was pressed and said
that ..."; a name the parse hung on a fronted phrase is the subject of a verb with none:
"On Monday, Lee - who ... - said ..."; a light verb and a stance noun report the object of
their preposition: "she took a swipe at X", "he heaped praise on X"; "came out against X",
"distanced herself from X" and an act done "in support of X" take a side toward X:
"headlined a rally in support of X"; "made (it) clear that ..." states its clause; a verb
that reports only with "as" needs its "as" phrase: "presents herself as a reformer") and
"according to X" here, as are a poll named by "in" at a sentence's edge ("In a new poll, X
leads"), a holder named by "to" opening one ("To many voters, X is ...") and a stance noun
after "there is" ("there is broad agreement that ..."); cue nouns, stance adjectives and
source phrases from ``noun_cues``; transcript and headline labels from ``labels``; verbs of
Title Case headline lines from ``headlines``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.content import clause_content, generic_cue
from foretold.attribution.content_ends import clause_end
from foretold.attribution.cue import (
    CUE_LEMMAS,
    QUOTE_CHARS,
    SENTENCE_END,
    Cue,
    char_range,
)
from foretold.attribution.cues import (
    ALL_VERBS,
    AS_ONLY_VERBS,
    AS_VERBS,
    CLAUSE_VERBS,
    COMING_OUT_NOUNS,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    EXISTENTIAL_NOUNS,
    FILLER_VERBS,
    FIRST_SECOND_PERSON,
    HUMAN_SUBJECTS,
    IDIOM_NOUNS,
    IDIOM_PREPOSITIONS,
    IDIOM_VERBS,
    INFINITIVE_VERBS,
    OBJECT_VERBS,
    PAST_FORMS,
    PHRASAL_VERBS,
    POLL_NOUNS,
    PREPOSITION_VERBS,
    RAISING_VERBS,
    REFLEXIVE_STANCE_VERBS,
    STANCE_AGENTS,
    VIEWPOINT_HOLDERS,
    VIEWPOINT_PREPS,
    cue_lemma,
)
from foretold.attribution.headlines import headline_cues
from foretold.attribution.labels import colon_cues
from foretold.attribution.noun_cues import (
    adjective_cue,
    agent_cue,
    noun_cue,
    source_phrase_cue,
    stance_cue,
)
from foretold.attribution.object_content import phrasal_content
from foretold.attribution.passives import (
    described_noun,
    passive_content,
    passive_object,
    raising_content,
)
from foretold.attribution.ranges import subtree_range, trim
from foretold.attribution.source_phrases import according_content
from foretold.attribution.speakers import subject_of


def find_cues(doc: Doc, in_quote: list[int], text: str | None = None) -> list[Cue]:
    """Reporting verbs and "according to" phrases outside quotations, with their content."""
    cues: list[Cue] = []
    for token in doc:
        if in_quote[token.i] >= 0:
            continue
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            ranges, source = according_content(token)
            cue = Cue(token, doc[token.i : token.i + 2].text, source)
            cue.fragments = [char_range(doc, a, b) for a, b in ranges]
            cues.append(cue)
            continue
        if lower == "in" and (cue := source_phrase_cue(doc, token) or _poll_cue(doc, token)):
            cues.append(cue)
            continue
        if lower in VIEWPOINT_PREPS and (cue := _viewpoint_cue(doc, token)) is not None:
            cues.append(cue)
            continue
        if token.pos_ == "NOUN" and token.lower_ in CUE_NOUNS:
            if (
                cue := noun_cue(doc, token)
                or _mistagged_cue(doc, token, in_quote)
                or _existential_cue(doc, token)
            ) is not None:
                cues.append(cue)
            continue
        if token.pos_ == "NOUN" and token.lower_ in EXISTENTIAL_NOUNS:
            if (cue := _existential_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        if token.pos_ == "NOUN" and token.lemma_.lower() in STANCE_AGENTS:
            if (cue := agent_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        if token.lemma_ == "be" and (cue := stance_cue(doc, token)) is not None:
            cues.append(cue)
            continue
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
        perfect = _clitic_perfect(token) if passive and lower not in CUE_ADJECTIVES else None
        passive = passive and perfect is None
        if lower in CUE_ADJECTIVES and (token.pos_ == "ADJ" or passive or token.dep_ == "acomp"):
            cue = adjective_cue(doc, token)
            if cue is not None:
                cues.append(cue)
            continue
        if token.pos_ != "VERB":
            if token.pos_ in _MISTAGGED and (
                cue := _mistagged_cue(doc, token, in_quote)
                or _auxiliary_cue(doc, token)
                or _conjunct_cue(doc, token)
            ):
                cues.extend(_headline_pair(doc, cue))
            continue
        lemma = cue_lemma(token.lemma_, token.text)
        if lemma in RAISING_VERBS or (lemma == "expect" and passive):
            clause = raising_content(token)
            if clause:
                cues.append(Cue(token, token.text, None, [char_range(doc, *clause)]))
            continue
        if (lemma == "come" or lemma in REFLEXIVE_STANCE_VERBS) and (
            cue := _side_taken(doc, token, lemma)
        ) is not None:
            cues.append(cue)
            continue
        if lemma in IDIOM_VERBS and (cue := _idiom_cue(doc, token) or _made_clear(doc, token)):
            cues.append(cue)
            continue
        if lemma in PHRASAL_VERBS and lemma not in CUE_LEMMAS:
            if (cue := _phrasal_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        if lemma not in CUE_LEMMAS and (cue := _supporting_act(doc, token)) is not None:
            cues.append(cue)
            continue
        if lemma not in CUE_LEMMAS and not generic_cue(token):
            continue
        if lemma in AS_ONLY_VERBS and not any(
            c.dep_ == "prep" and c.lower_ == "as" for c in token.children
        ):
            continue  # "presented the award", not "presented it as a win"
        if passive and not any(c.dep_ == "agent" for c in token.children):
            clause = passive_content(token) or _passive_stance(doc, token)
            if clause:  # "X is seen as ...", "it was reported that ...", "X is accused of ..."
                cues.append(Cue(token, token.text, None, [char_range(doc, *clause)]))
            continue
        if token.dep_ == "acl" and (described := described_noun(token, lemma)):
            cues.append(Cue(token, token.text, None, [char_range(doc, *r) for r in described]))
            continue  # "[files deemed secret]": seen so by someone unnamed
        if _unstated_asker(token) or _impersonal_infinitive(token):  # no one is named
            ranges = clause_content(token) or _copula_clause(token)
            if ranges:
                cues.append(Cue(token, token.text, None, [char_range(doc, *r) for r in ranges]))
            continue
        subject = (
            perfect
            or subject_of(token)
            or _passive_conjunct_subject(token)
            or _fronted_subject(token)
        )
        if subject is None or (
            subject.lower_ in FIRST_SECOND_PERSON and token.lemma_.lower() in FILLER_VERBS
        ):
            continue
        ranges = clause_content(token) or _story_object(token) or _copula_clause(token)
        by_agent = token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)
        if not ranges and by_agent and (about := passive_object(token)) is not None:
            ranges = [about]
        cue = Cue(token, token.text, subject)
        cue.fragments = [char_range(doc, a, b) for a, b in ranges]
        cues.append(cue)
    cues.extend(colon_cues(doc, in_quote, doc.text if text is None else text))
    cues.extend(headline_cues(doc, in_quote, cues))
    return cues


_MISTAGGED = frozenset({"NOUN", "PROPN", "ADJ"})
_SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PART"})
_BOUNDARIES = frozenset({",", ":", ";", "\u2014", "--"}) | QUOTE_CHARS
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
_CLAUSE_SUBJECTS = _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS
_AS_OBJECTS = frozenset({"it", "him", "her", "them", "this", "that"})


def _mistagged_cue(doc: Doc, token: Token, in_quote: list[int]) -> Cue | None:
    """A lexicon verb the tagger took for a noun or adjective, shown to be a verb by its place:
    a bare noun phrase before it that agrees with it, and a report after it ("the group
    claims that ...", '"...," the editorial read.', "Lee calls for ..."); closing a sentence
    after a comma, it reports the clause before the comma ("[Turnout fell], records show.")."""
    lemma = cue_lemma(token.lemma_, token.text)
    if lemma not in CUE_LEMMAS or token.i == 0:
        return None
    subject = doc[token.i - 1]
    if subject.pos_ not in _MISTAGGED or not _agrees(subject, token, lemma):
        return None
    opening = _bare_subject_start(doc, subject, in_quote)
    if opening is None:
        return None
    end = token.sent.end
    if (line := _verbless_line(doc, token, lemma, opening)) is not None:
        return Cue(token, token.text, subject, [char_range(doc, *line)])
    if not _report_follows(doc, token, lemma, end, opening):
        return None
    if subject.pos_ == "ADJ" and token.i + 1 < end and not _closes(doc[token.i + 1]):
        return None  # an adjective heads a bare subject only in '"...," the editorial read.'
    content = trim(doc, token.i + 1, end)
    ranges = [] if content is None or _closes(doc[token.i + 1]) else [content]
    if not ranges and opening.text == "," and (before := trim(doc, token.sent.start, opening.i)):
        ranges = [before]  # "[Turnout fell], records show."
    if ranges and doc[token.i + 1].pos_ == "ADP" and doc[token.i + 1].lower_ != "for":
        ranges = []  # '"...," the group states in a letter.'
    return Cue(token, token.text, subject, [char_range(doc, a, b) for a, b in ranges])


_FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_OBJECT_OPENINGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_LINE_VERBS = OBJECT_VERBS | INFINITIVE_VERBS


def _verbless_line(doc: Doc, verb: Token, lemma: str, opening: Token) -> tuple[int, int] | None:
    """The object of a mistagged verb in the 3rd person that follows the noun phrase opening
    a line with no finite verb of its own (a capitalised word read as one is a name), a
    headline in sentence case: "Council slams new levy plan." gives "new levy plan"."""
    if opening.i != verb.sent.start or not _line_opens(doc, opening):
        return None
    if lemma not in _LINE_VERBS or not verb.lower_.endswith("s") or verb.lower_ == lemma:
        return None
    end = _line_end(doc, verb)
    if verb.i + 1 >= end:
        return None
    after = doc[verb.i + 1]
    if after.pos_ not in _OBJECT_OPENINGS and not after.is_quote and not after.is_title:
        return None
    if any(t.tag_ in _FINITE_TAGS and not t.is_title for t in doc[opening.i : end]):
        return None
    return trim(doc, verb.i + 1, end)


def _line_opens(doc: Doc, token: Token) -> bool:
    """A token first in the text or right after a line break."""
    return token.i == 0 or "\n" in doc[token.i - 1].text_with_ws


def _line_end(doc: Doc, token: Token) -> int:
    """The end of the token's line within its sentence: the first line break after it."""
    end = token.sent.end
    return next((t.i for t in doc[token.i + 1 : end] if "\n" in t.text), end)


def _after_clause(opening: Token) -> bool:
    """A bare subject follows a quotation or a clause and a comma ('"...," the letter read',
    "... in 2014, records show"), not a comma between adjectives ("the big, new promises")."""
    if opening.i == 0:
        return False
    before = opening.nbor(-1)
    if opening.text in QUOTE_CHARS:
        return before.text in {",", "?", "!"}
    return opening.text == "," and before.pos_ not in {"ADJ", "DET", "ADV", "CCONJ"}


def _closes(token: Token) -> bool:
    """A token that ends its sentence: "." or the parse's last token."""
    return token.is_sent_end or token.text in SENTENCE_END or token.is_space


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


def _bare_subject_start(doc: Doc, subject: Token, in_quote: list[int]) -> Token | None:
    """The token that opens a clause before a bare noun phrase with no verb of its own: the
    sentence start, a comma, dash, colon or quotation mark ("[,] the editorial read")."""
    i = subject.i
    while i > subject.sent.start and subject.i - i < 8:
        before = doc[i - 1]
        if before.text in _BOUNDARIES or in_quote[before.i] >= 0:
            return before
        if before.pos_ not in _SUBJECT_WORDS and before.text not in {".", "\u2019", "'"}:
            return None
        i -= 1
    return doc[i] if i == subject.sent.start else None


def _report_follows(doc: Doc, verb: Token, lemma: str, end: int, opening: Token) -> bool:
    """What follows a mistagged verb shows a report: "that" and a clause, a quotation or a
    colon, a subject pronoun, "to" and a verb, the verb's own preposition after a name (also
    a capitalised word opening a headline: "Mayor calls for ..."), or nothing at all after a
    quotation ('"...," the editorial read.')."""
    if verb.i + 1 >= end:
        return _after_clause(opening) and lemma in CLAUSE_VERBS
    after = doc[verb.i + 1]
    word = after.lower_
    if _closes(after) or (after.pos_ == "ADP" and word in {"in", "on"}):
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


def _conjunct_cue(doc: Doc, token: Token) -> Cue | None:
    """A lexicon verb the tagger took for a noun joined by "and" to a verb in the same form,
    whose subject it shares, with its own preposition after it: "she praises the plan and
    jokes about [its cost]"."""
    head = token.head
    if token.dep_ != "conj" or head.pos_ != "VERB" or head.i > token.i:
        return None
    if doc[token.i - 1].lower_ not in {"and", "or"} or head.tag_ != "VBZ":
        return None
    lemma = cue_lemma(token.lemma_, token.text)
    if lemma not in CUE_LEMMAS or not token.lower_.endswith("s") or token.lower_ == lemma:
        return None
    preps = PREPOSITION_VERBS.get(lemma, "").split()
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    subject = subject_of(head)
    if prep is None or prep.i != token.i + 1 or subject is None:
        return None
    content = trim(doc, prep.i + 1, prep.right_edge.i + 1)
    if content is None:
        return None
    return Cue(token, token.text, subject, [char_range(doc, *content)])


_DO_FORMS = frozenset({"do", "does", "did"})
_REPORT_REACH = 6


def _auxiliary_cue(doc: Doc, token: Token) -> Cue | None:
    """A lexicon verb the tagger took for a noun after "do" or "to", shown to be a verb by a
    report close after it: "she did post online that ...", "it led him to state: ..."."""
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
    content = trim(doc, start, token.sent.end)
    ranges = [] if content is None else [char_range(doc, *content)]
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


def _headline_pair(doc: Doc, cue: Cue) -> list[Cue]:
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


_STORY_NOUNS = frozenset({"story", "stories", "tale", "tales", "anecdote", "anecdotes"})


def _story_object(verb: Token) -> list[tuple[int, int]]:
    """The story a telling verb names as what was said: "she told the story of her
    first campaign" gives "the story of her first campaign"."""
    if verb.lemma_.lower() not in {"tell", "recount", "relate"}:
        return []
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _STORY_NOUNS:
            return [subtree_range(child)]
    return []


def _phrasal_cue(doc: Doc, verb: Token) -> Cue | None:
    """A phrasal verb outside the lexicon that states a stance: "she played down the risk"."""
    subject = subject_of(verb)
    clause = phrasal_content(verb)
    if subject is None or clause is None:
        return None
    return Cue(verb, verb.text, subject, [char_range(doc, *clause)])


def _idiom_cue(doc: Doc, verb: Token) -> Cue | None:
    """A light verb whose object noun states a stance toward the object of a preposition
    after it, on the noun or the verb, with the reason given by "for": "she took a swipe at
    [the plan]", "he heaped praise on [the mayor for her work]"."""
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lower_ not in IDIOM_NOUNS:
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    for prep in [*noun.rights, *verb.rights]:
        if prep.dep_ != "prep" or prep.i < noun.i or prep.lower_ not in IDIOM_PREPOSITIONS:
            continue
        target = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
        if target is None:
            return None
        start, end = subtree_range(target)
        reason = next(
            (c for c in [*noun.rights, *verb.rights] if c.dep_ == "prep" and c.lower_ == "for"),
            None,
        )
        if reason is not None and reason.i == end:  # "praise on [X for Y]"
            end = reason.right_edge.i + 1
        content = trim(doc, start, end)
        if content is None:
            return None
        phrase = doc[verb.i : prep.i + 1].text  # the cue is the whole phrase: "took a swipe at"
        return Cue(verb, phrase, subject, [char_range(doc, *content)])
    return None


_PLAIN_WORDS = frozenset({"clear", "plain"})


def _made_clear(doc: Doc, verb: Token) -> Cue | None:
    """ "Make (it) clear" and a clause with its own subject, which states that clause: "she
    made it clear [that she would veto the bill]" (the parse hangs it on either word)."""
    if verb.lemma_.lower() != "make":
        return None
    word = next((c for c in verb.rights if c.lower_ in _PLAIN_WORDS), None)
    if word is None or any(t.lower_ != "it" and t.pos_ != "ADV" for t in doc[verb.i + 1 : word.i]):
        return None  # "made (it) (very) clear", not "made the road less clear"
    clause = next((c for c in [*word.rights, *verb.rights] if _stated_clause(c, word)), None)
    subject = subject_of(verb)
    if clause is None or subject is None:
        return None
    content = trim(doc, clause.left_edge.i, clause_end(clause) + 1)
    if content is None:
        return None
    phrase = doc[verb.i : word.i + 1].text
    return Cue(verb, phrase, subject, [char_range(doc, *content)])


def _stated_clause(clause: Token, word: Token) -> bool:
    """A clause after "clear" with its own subject and no conjunction but "that": "[that she
    would veto it]", "[she will not run]" (not "when we drove")."""
    if clause.i <= word.i or clause.dep_ not in {"ccomp", "advcl"}:
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    own = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)
    opening = clause.left_edge.tag_ in {"WRB", "IN"} and clause.left_edge.lower_ != "that"
    return own and not opening and all(m == "that" for m in marks)


def _side_taken(doc: Doc, verb: Token, lemma: str) -> Cue | None:
    """A verb that takes a side toward the object of its preposition: "came out against [the
    deal]", "came out for [Lee]", "came out in support of [Lee]", "distanced herself from
    [the mayor]", "aligned himself with [the unions]"."""
    subject = subject_of(verb)
    if subject is None:
        return None
    if lemma == "come":
        if not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return None
        target = _coming_out_target(verb)
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not any(c.lower_.endswith(("self", "selves")) for c in objects):
            return None
        target = _object_of(verb, REFLEXIVE_STANCE_VERBS[lemma])
    if target is None:
        return None
    content = trim(doc, *subtree_range(target))
    if content is None:
        return None
    phrase = doc[verb.i : content[0]].text  # "came out against", "distanced herself from"
    return Cue(verb, phrase, subject, [char_range(doc, *content)])


def _object_of(head: Token, preposition: str) -> Token | None:
    """The object of a head's preposition after it: "from [X]"."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


def _coming_out_target(verb: Token) -> Token | None:
    """What "came out" takes a side toward: the object of "against", a person or group after
    "for" ("came out for Lee", not "came out for the rally"), or the "of" phrase of "in
    support of" or "in favor of"."""
    if (target := _object_of(verb, "against")) is not None:
        return target
    target = _object_of(verb, "for")
    if target is not None and (target.pos_ == "PROPN" or target.ent_type_ in HUMAN_SUBJECTS):
        return target
    noun = _object_of(verb, "in")
    if noun is None or noun.lower_ not in COMING_OUT_NOUNS:
        return None
    return _object_of(noun, "of")


def _stance_of(head: Token) -> Token | None:
    """The "of" object of "in support of" or "in favor of" after a head: "in support of [X]"."""
    noun = _object_of(head, "in")
    if noun is None or noun.lower_ not in COMING_OUT_NOUNS:
        return None
    return _object_of(noun, "of")


def _supporting_act(doc: Doc, verb: Token) -> Cue | None:
    """An act of a person or group done "in support of" or "in favor of" someone, on the verb
    or its object, which takes that side: "she will headline a rally in support of [Lee]",
    "they marched in favor of [the bill]"."""
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    target = _stance_of(verb) or (_stance_of(objects[0]) if objects else None)
    if target is None:
        return None
    subject = subject_of(verb) or _fronted_subject(verb)
    if subject is None or not (_holds_view(subject) or subject.lower_ in _PERSONS):
        return None
    content = trim(doc, *subtree_range(target))
    if content is None:
        return None
    phrase = doc[verb.i : content[0]].text  # "headline a rally in support of"
    return Cue(verb, phrase, subject, [char_range(doc, *content)])


def _impersonal_infinitive(verb: Token) -> bool:
    """An infinitive after "it is" and an adjective, whose holder goes unnamed: "It is
    important to note that ...", "it is hard not to wonder whether ..."."""
    copula = verb.head
    if verb.dep_ != "xcomp" or copula.lemma_ != "be" or copula.i > verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    adjective = next((c for c in copula.children if c.dep_ == "acomp"), None)
    return (
        subject is not None
        and subject.lower_ == "it"
        and adjective is not None
        and subject.i < adjective.i < verb.i
    )


def _copula_clause(verb: Token) -> list[tuple[int, int]]:
    """The clause of an infinitive cue after "be" and an adjective that the parser hung on
    "be" past an aside: "She is right to note, however, [that the plan fails]"."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    copula = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    if copula.lemma_ != "be":
        return []
    for child in copula.rights:
        if child.dep_ == "ccomp" and child.i > verb.i:
            clause = trim(verb.doc, child.left_edge.i, clause_end(child) + 1)
            return [clause] if clause else []
    return []


def _unstated_asker(verb: Token) -> bool:
    """A fronted participle of a question verb with no subject of its own ("Asked whether ...,";
    the tagger may call it a past tense)."""
    return (
        verb.tag_ in {"VBN", "VBD"}
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and cue_lemma(verb.lemma_, verb.text) in {"ask", "press", "question", "quiz"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
    )


_CLITICS = frozenset({"'s", "\u2019s"})
_PERSONS = frozenset({"he", "she", "who"})


def _clitic_perfect(verb: Token) -> Token | None:
    """The subject of a participle after "'s" that the parse read as a passive "is" where it is
    the perfect "has": a person for subject, no agent and an object, a particle or the verb's
    own preposition after it ("he's spoken out against X", "she's backed Y" give he, she;
    not "she's viewed as honest")."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return None
    helpers = [c for c in verb.children if c.dep_ in {"auxpass", "aux"} and c.i < verb.i]
    if len(helpers) != 1 or helpers[0].lower_ not in _CLITICS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or not (subject.lower_ in _PERSONS or subject.ent_type_ == "PERSON"):
        return None
    preps = PREPOSITION_VERBS.get(cue_lemma(verb.lemma_, verb.text), "").split()
    if any(
        c.dep_ in {"dobj", "prt"} or (c.dep_ == "prep" and c.lower_ in preps) for c in verb.rights
    ):
        return subject
    return None


_BETWEEN_DEPS = frozenset({"aux", "neg", "advmod", "prep", "punct"})


def _fronted_subject(verb: Token) -> Token | None:
    """A named subject the parse hung as an apposition inside a fronted phrase, right before a
    verb with no subject of its own: "On Monday, [Lee] will headline ...", "In court, [Lee],
    in a grey suit, said ..." (only the verb's helpers, phrases and commas between)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    fronted = [c for c in verb.lefts if c.dep_ == "prep"]
    if not fronted:
        return None
    doc = verb.doc
    between = {
        t.i for c in verb.lefts if c.dep_ in _BETWEEN_DEPS and c != fronted[0] for t in c.subtree
    }
    for name in reversed(list(fronted[0].subtree)):
        if name.dep_ != "appos" or name.ent_type_ not in {"PERSON", "ORG"}:
            continue
        if name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != ",":
            continue
        if all(i in between for i in range(name.right_edge.i + 1, verb.i)):
            return name
    return None


def _passive_conjunct_subject(verb: Token) -> Token | None:
    """The subject of a passive verb that a cue with no subject of its own is coordinated
    with or closes as a participle: "Lee was pressed for an answer and said that ...", "The
    suit was filed on Monday, alleging that ..." give Lee and the suit."""
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    for _ in range(3):
        head = verb.head
        joined = verb.dep_ == "conj" or (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and not any(c.dep_ == "mark" for c in verb.children)
        )
        if not joined or head.i > verb.i or head.pos_ not in {"VERB", "AUX"}:
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return None if subject.lower_ in {"it", "there", "that", "which", "who"} else subject
        verb = head
    return None


_PASSIVE_STANCE_PREPS = frozenset({"of", "for", "with", "about", "as"})


def _passive_stance(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The clause of a passive cue with no agent whose stance is in a preposition, its subject
    included: "[the mayor was accused of lying]", "[she is known for her candour]"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.i > verb.i or subject.lower_ in {"it", "there"}:
        return None
    for prep in verb.rights:
        stated = any(c.dep_ in {"pobj", "pcomp"} for c in prep.children)
        if prep.dep_ == "prep" and prep.lower_ in _PASSIVE_STANCE_PREPS and stated:
            return trim(doc, subject.left_edge.i, prep.right_edge.i + 1)
    return None


def _opens_sentence(doc: Doc, token: Token) -> bool:
    """A token first in its sentence or line, perhaps after a conjunction: "[In] a poll, ...",
    "But [to] many, ..."."""
    i = token.i
    if i > 0 and doc[i - 1].pos_ == "CCONJ":
        i -= 1
    if i == 0 or doc[i].is_sent_start:
        return True
    before = doc[i - 1]
    return before.is_space or before.text in SENTENCE_END


def _closes_sentence(doc: Doc, token: Token) -> bool:
    """A phrase's last token that ends its sentence: "... leads by five points in [polls]."."""
    end = token.sent.end
    return token.i + 1 >= end or _closes(doc[token.i + 1])


def _names_poll(noun: Token) -> bool:
    """A noun that names a poll or an average of polls: "a new survey", "the average of polls"."""
    if noun.lemma_.lower() in POLL_NOUNS or noun.lower_ in POLL_NOUNS:
        return True
    inner = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(o.lower_ in POLL_NOUNS for p in inner for o in p.children if o.dep_ == "pobj")


def _poll_cue(doc: Doc, prep: Token) -> Cue | None:
    """A poll named by "in" that opens or closes a sentence gives it the rest of the
    sentence: "In a new poll, [40 percent back Lee]", "[Lee leads by five points] in the
    latest surveys"."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or not _names_poll(noun) or _main_verb(prep) is None:
        return None
    last = prep.right_edge
    if _opens_sentence(doc, prep) and last.i + 1 < len(doc) and doc[last.i + 1].text == ",":
        content = trim(doc, last.i + 2, prep.sent.end)
    elif _closes_sentence(doc, last) and not _opens_sentence(doc, prep):
        content = trim(doc, prep.sent.start, prep.i)
    else:
        return None
    if content is None or content[1] - content[0] < 3:
        return None
    return Cue(prep, prep.text, noun, [char_range(doc, *content)])


_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "csubj", "pcomp"})


def _main_verb(phrase: Token) -> Token | None:
    """The root of the sentence a phrase qualifies, when no clause of its own comes between
    and that root reports nothing itself: "[leads] by five points in the polls", not "who
    will figure in the polls" or "half [said] so in the poll"."""
    head = phrase.head
    while head.dep_ != "ROOT" and head.head != head:
        if head.dep_ in _CLAUSE_DEPS:
            return None
        head = head.head
    return None if cue_lemma(head.lemma_, head.text) in CUE_LEMMAS else head


def _viewpoint_cue(doc: Doc, prep: Token) -> Cue | None:
    """A person or group named by "to" and a comma opening a sentence holds the view the
    sentence states: "To many voters, [she is a reformer]", "But to his critics, [...]"."""
    holder = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if holder is None or not _opens_sentence(doc, prep) or not _holds_view(holder):
        return None
    last = prep.right_edge
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    content = trim(doc, last.i + 2, prep.sent.end)
    if content is None or content[1] - content[0] < 3:
        return None
    return Cue(prep, prep.text, holder, [char_range(doc, *content)])


def _holds_view(noun: Token) -> bool:
    """A person or group: a name, a pronoun or a word for people ("many", "his critics")."""
    if noun.ent_type_ in {"PERSON", "NORP", "ORG"}:
        return True
    return noun.lower_ in VIEWPOINT_HOLDERS or noun.lemma_.lower() in VIEWPOINT_HOLDERS


def _existential_cue(doc: Doc, noun: Token) -> Cue | None:
    """A stance noun after "there is" whose clause states the view, held by no one named:
    "there are fears [the vote will slip]", "there is no consensus on [whether it works]"."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be":
        return None
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in copula.children):
        return None
    for child in noun.rights:
        if child.dep_ == "acl" and any(
            c.dep_ in {"mark", "nsubj", "nsubjpass"} and c.i < child.i for c in child.children
        ):
            clause = trim(doc, *subtree_range(child))
        elif child.dep_ == "prep" and child.lower_ in {"on", "about", "over"}:
            inner = next((c for c in child.children if c.dep_ == "pcomp"), None)
            opens = inner is not None and inner.left_edge.lower_ in {"whether", "if", "how"}
            clause = trim(doc, *subtree_range(inner)) if opens else None
        else:
            continue
        if clause is not None:
            return Cue(noun, noun.text, None, [char_range(doc, *clause)])
    return None
