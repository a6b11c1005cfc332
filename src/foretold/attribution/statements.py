"""Find attributions in a parsed article: cues, their content, and quotations around them.

1. Every reporting verb outside quotation marks yields a cue with the content its parse gives
   (also one the tagger took for a noun when a bare noun phrase before it agrees with it and a
   report follows: "the council projects that ...", '"...," the editorial read', or after
   "do" or "to": "she did post online that ..."; two Title Case headline verbs joined by "And"
   each get a cue; a telling verb with a story for object reports that story);
   so do "according to X" and "in X's words", cue nouns with a holder ("his claim that ...",
   "criticism from X"; "they voiced [their support for X]") or a question for content ("the
   question of whether ..."), stance adjectives ("X is confident that ..."), stances after
   "be" ("X was against ...", "X is a supporter of ..."), and transcript and headline labels
   ("Q:", "Sanders:", "Trump on trade:").
2. Each quotation is attached to the cue whose content overlaps its words, not just a mark
   (widening the content to the whole quotation), else to a cue right after it ('"...," she
   said', dropping any content the parse found in its speaker's own phrase) or right before it
   ('She said: "..."', 'She agreed. "..."'), else to a short clause closing its sentence
   ('"...," the letter reads') or a clause ending in a colon before it ('Lee went further:
   "..."'), else it continues the attribution of the quotation before it in the same
   paragraph, or opens a paragraph right after an attributed quotation (one statement with it
   when that quotation was left open), or goes on from a report that closes the sentence
   before it ('She argued that X. "Y."'); a short quoted
   phrase left over belongs to the verb whose phrase holds it when a person or group is that
   verb's subject ('Cruz railed against the "fevered dreams" of ...'), unless it holds proper
   nouns alone, a name ('went from "Prairie Queen" to ...'). A quotation inside a cue's
   sentence, past the cue, whose content resumes after it joins that content ('Lee said the
   days when it had "a shared story" from ... are gone'). A short capitalised
   quotation after the cue in its own sentence names a show or a book, not speech ('she said
   on "This Week"'). A quotation inside a sentence that a bare cue closes brings the sentence
   with it ('The vote marks "the end" for them, said X'); one cut off from a cue before it
   keeps its own clause ('A, and [the group is "overrun,"] she said'), as does a quoted phrase
   a later cue reports ('[The pair became "upset"] once it ended, according to X'). A
   quotation that labels the noun after it ('the "Win or Lose" crowd') is no speech of its own.
3. A cue nested in another cue's content gives way to it, unless it carries a direct quotation
   or opens a contrasting clause of its own ("X said A, while Y said B"); a participle with no
   subject of its own inside a sentence a later cue reports gives way even with a quotation
   ('Lee wrote to them, warning of "a fight," according to the letter').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from foretold.attribution.content import (
    according_content,
    adjective_content,
    clause_content,
    clause_without,
    generic_cue,
    noun_content,
    passive_content,
    passive_object,
    phrasal_content,
    raising_content,
    trim,
)
from foretold.attribution.cues import (
    ALL_VERBS,
    AS_VERBS,
    CLAUSE_VERBS,
    CUE_ADJECTIVES,
    CUE_NOUNS,
    FILLER_VERBS,
    FIRST_SECOND_PERSON,
    INFINITIVE_VERBS,
    LABEL_HEADINGS,
    LABEL_TOPIC_WORDS,
    OBJECT_VERBS,
    PAST_FORMS,
    PHRASAL_VERBS,
    PREPOSITION_CUES,
    PREPOSITION_VERBS,
    QUESTION_OPENERS,
    RAISING_VERBS,
    SOURCE_PHRASE_NOUNS,
    STANCE_AGENTS,
    STANCE_NOUNS,
    STANCE_PREPOSITIONS,
    VOICED_ONLY_NOUNS,
    VOICING_VERBS,
    cue_lemma,
)
from foretold.attribution.quotes import QuoteSpan
from foretold.attribution.speakers import noun_holder, subject_of

CUE_LEMMAS = ALL_VERBS | PREPOSITION_CUES | AS_VERBS
_SENTENCE_END = {".", "!", "?", ";"}
_NEAR = 8
_LABEL = re.compile(r"(?m)^([A-Z][^\n:.!?]{0,60}?):[ \t]+(\S[^\n]*)")
_QUOTE_CHARS = set(
    "\"'`\u201c\u201d\u201e\u00ab\u00bb"
)  # tokens between a quotation and a cue that claims it


@dataclass(eq=False)
class Cue:
    """One attribution being assembled: its cue token, speaker head and content fragments."""

    token: Token
    text: str
    subject: Token | None
    fragments: list[tuple[int, int]] = field(default_factory=list)  # char offsets
    quoted: bool = False
    parent: Cue | None = None  # a continuation borrows the speaker of this cue

    @property
    def start(self) -> int:
        return self.fragments[0][0]


def _char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def token_quotes(doc: Doc, quotes: tuple[QuoteSpan, ...]) -> list[int]:
    """The quotation index of each token, or -1 (one pass over both lists)."""
    out = [-1] * len(doc)
    q = 0
    for token in doc:
        while q < len(quotes) and quotes[q].end <= token.idx:
            q += 1
        if q < len(quotes) and quotes[q].start <= token.idx < quotes[q].end:
            out[token.i] = q
    return out


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
            cue.fragments = [_char_range(doc, a, b) for a, b in ranges]
            cues.append(cue)
            continue
        if lower == "in" and (cue := _source_phrase_cue(doc, token)) is not None:
            cues.append(cue)
            continue
        if token.pos_ == "NOUN" and token.lower_ in CUE_NOUNS:
            if (cue := _noun_cue(doc, token) or _mistagged_cue(doc, token, in_quote)) is not None:
                cues.append(cue)
            continue
        if token.pos_ == "NOUN" and token.lemma_.lower() in STANCE_AGENTS:
            if (cue := _agent_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        if token.lemma_ == "be" and (cue := _stance_cue(doc, token)) is not None:
            cues.append(cue)
            continue
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
        if lower in CUE_ADJECTIVES and (token.pos_ == "ADJ" or passive or token.dep_ == "acomp"):
            cue = _adjective_cue(doc, token)
            if cue is not None:
                cues.append(cue)
            continue
        if token.pos_ != "VERB":
            if token.pos_ in _MISTAGGED and (
                cue := _mistagged_cue(doc, token, in_quote) or _auxiliary_cue(doc, token)
            ):
                cues.extend(_headline_pair(doc, cue))
            continue
        lemma = cue_lemma(token.lemma_, token.text)
        if lemma in RAISING_VERBS or (lemma == "expect" and passive):
            clause = raising_content(token)
            if clause:
                cues.append(Cue(token, token.text, None, [_char_range(doc, *clause)]))
            continue
        if lemma in PHRASAL_VERBS and lemma not in CUE_LEMMAS:
            if (cue := _phrasal_cue(doc, token)) is not None:
                cues.append(cue)
            continue
        if lemma not in CUE_LEMMAS and not generic_cue(token):
            continue
        if passive and not any(c.dep_ == "agent" for c in token.children):
            clause = passive_content(token)  # "X is seen as ...", "it was reported that ..."
            if clause:
                cues.append(Cue(token, token.text, None, [_char_range(doc, *clause)]))
            continue
        if _unstated_asker(token):  # "Asked about X, she said ...": the asker is unnamed
            ranges = clause_content(token)
            if ranges:
                cues.append(Cue(token, token.text, None, [_char_range(doc, *r) for r in ranges]))
            continue
        subject = subject_of(token)
        if subject is None or (
            subject.lower_ in FIRST_SECOND_PERSON and token.lemma_.lower() in FILLER_VERBS
        ):
            continue
        ranges = clause_content(token) or _story_object(token)
        by_agent = token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)
        if not ranges and by_agent and (about := passive_object(token)) is not None:
            ranges = [about]
        cue = Cue(token, token.text, subject)
        cue.fragments = [_char_range(doc, a, b) for a, b in ranges]
        cues.append(cue)
    cues.extend(colon_cues(doc, in_quote, doc.text if text is None else text))
    return cues


_MISTAGGED = frozenset({"NOUN", "PROPN", "ADJ"})
_SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PART"})
_BOUNDARIES = frozenset({",", ":", ";", "\u2014", "--"}) | _QUOTE_CHARS
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
_CLAUSE_SUBJECTS = _SINGULAR_PRONOUNS | _PLURAL_PRONOUNS
_AS_OBJECTS = frozenset({"it", "him", "her", "them", "this", "that"})


def _mistagged_cue(doc: Doc, token: Token, in_quote: list[int]) -> Cue | None:
    """A lexicon verb the tagger took for a noun or adjective, shown to be a verb by its place:
    a bare noun phrase before it that agrees with it, and a report after it ("the group
    claims that ...", '"...," the editorial read.', "Lee calls for ...")."""
    lemma = cue_lemma(token.lemma_, token.text)
    if lemma not in CUE_LEMMAS or token.i == 0:
        return None
    subject = doc[token.i - 1]
    if subject.pos_ not in {"NOUN", "PROPN", "ADJ"} or not _agrees(subject, token, lemma):
        return None
    opening = _bare_subject_start(doc, subject, in_quote)
    if opening is None:
        return None
    end = token.sent.end
    if not _report_follows(doc, token, lemma, end, opening):
        return None
    if subject.pos_ == "ADJ" and token.i + 1 < end and not _closes(doc[token.i + 1]):
        return None  # an adjective heads a bare subject only in '"...," the editorial read.'
    content = trim(doc, token.i + 1, end)
    ranges = [] if content is None or _closes(doc[token.i + 1]) else [content]
    if ranges and doc[token.i + 1].pos_ == "ADP" and doc[token.i + 1].lower_ != "for":
        ranges = []  # '"...," the group states in a letter.'
    return Cue(token, token.text, subject, [_char_range(doc, a, b) for a, b in ranges])


def _after_clause(opening: Token) -> bool:
    """A bare subject follows a quotation or a clause and a comma ('"...," the letter read',
    "... in 2014, records show"), not a comma between adjectives ("the big, new promises")."""
    if opening.i == 0:
        return False
    before = opening.nbor(-1)
    if opening.text in _QUOTE_CHARS:
        return before.text in {",", "?", "!"}
    return opening.text == "," and before.pos_ not in {"ADJ", "DET", "ADV", "CCONJ"}


def _closes(token: Token) -> bool:
    """A token that ends its sentence: "." or the parse's last token."""
    return token.is_sent_end or token.text in _SENTENCE_END or token.is_space


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
    colon, a subject pronoun, "to" and a verb, the verb's own preposition, or nothing at all
    after a quotation ('"...," the editorial read.')."""
    if verb.i + 1 >= end:
        return _after_clause(opening) and lemma in CLAUSE_VERBS
    after = doc[verb.i + 1]
    word = after.lower_
    if _closes(after) or (after.pos_ == "ADP" and word in {"in", "on"}):
        return _after_clause(opening) and lemma in CLAUSE_VERBS
    if word == "that":
        return after.dep_ == "mark" or (verb.i + 2 < end and doc[verb.i + 2].is_quote)
    if after.text in _QUOTE_CHARS or word == ":":
        return lemma in CLAUSE_VERBS
    if word in _AS_OBJECTS and verb.i + 2 < end and doc[verb.i + 2].lower_ == "as":
        return lemma in OBJECT_VERBS or lemma in AS_VERBS  # "rivals deride it as ..."
    if word in _CLAUSE_SUBJECTS:
        return lemma in CLAUSE_VERBS
    if word == "to" and lemma in INFINITIVE_VERBS and not verb.lower_.endswith("ed"):
        return verb.i + 2 < end and doc[verb.i + 2].pos_ in {"VERB", "AUX", "PROPN"}
    if after.pos_ == "PROPN" and lemma in OBJECT_VERBS:
        return True  # "Group Backs Lee"
    named = verb.nbor(-1).ent_type_ in _HUMAN_SUBJECTS or verb.nbor(-1).pos_ == "PROPN"
    return named and word in PREPOSITION_VERBS.get(lemma, "").split()


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
    ranges = [] if content is None else [_char_range(doc, *content)]
    return Cue(token, token.text, subject, ranges)


def _report_start(doc: Doc, verb: Token) -> int | None:
    """Where a report begins within a few words after a verb, before any other verb: "that"
    or a quotation mark ("post on the site that ...", "state, \u201c...")."""
    end = min(verb.sent.end, verb.i + _REPORT_REACH)
    for i in range(verb.i + 1, end):
        word = doc[i]
        if word.lower_ == "that" or word.text in _QUOTE_CHARS:
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
        cue.fragments = [_char_range(doc, *first_content)]
        return [cue, Cue(second, second.text, cue.subject, [_char_range(doc, *second_content)])]
    return [cue]


_STORY_NOUNS = frozenset({"story", "stories", "tale", "tales", "anecdote", "anecdotes"})


def _story_object(verb: Token) -> list[tuple[int, int]]:
    """The story a telling verb names as what was said: "she told the story of her
    first campaign" gives "the story of her first campaign"."""
    if verb.lemma_.lower() not in {"tell", "recount", "relate"}:
        return []
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in _STORY_NOUNS:
            return [_subtree(child)]
    return []


def _phrasal_cue(doc: Doc, verb: Token) -> Cue | None:
    """A phrasal verb outside the lexicon that states a stance: "she played down the risk"."""
    subject = subject_of(verb)
    clause = phrasal_content(verb)
    if subject is None or clause is None:
        return None
    return Cue(verb, verb.text, subject, [_char_range(doc, *clause)])


def _unstated_asker(verb: Token) -> bool:
    """A fronted participle of a question verb with no subject of its own ("Asked whether ...,")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and verb.i < verb.head.i
        and cue_lemma(verb.lemma_, verb.text) in {"ask", "press", "question", "quiz"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
    )


def _noun_cue(doc: Doc, noun: Token) -> Cue | None:
    """A cue noun with its content: "Trump's claim that ...", "criticism from X over Y", and,
    with no one named, a noun whose content is a question ("the question of whether ...").
    A possessive stance voiced by a verb gives the verb the whole phrase ("they expressed
    [their support for X]"); "support" and "stance" count only when voiced."""
    if noun.lower_ in VOICED_ONLY_NOUNS and not _voiced(noun):
        return None
    ranges = noun_content(noun)
    if not ranges:
        return None
    holder = _verb_subject_holder(noun) or noun_holder(noun) or _noun_source(noun, ranges[0][0])
    if holder is not None and _thing_relative(holder):
        holder = None
    if holder is None and doc[ranges[0][0]].lower_ not in QUESTION_OPENERS:
        return None
    if (expressed := _expressed_stance(doc, noun)) is not None:
        return expressed
    return Cue(noun, noun.text, holder, [_char_range(doc, a, b) for a, b in ranges])


def _source_phrase_cue(doc: Doc, prep: Token) -> Cue | None:
    """ "In X's words, ...", "in the view of X, ...": like "according to X", the phrase gives
    the clause it qualifies to X, unless that clause has its own reporting verb."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or objects[-1].lower_ not in SOURCE_PHRASE_NOUNS:
        return None
    noun = objects[-1]
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None and len(objects) > 1:
        holder = objects[0]  # "in Forbes’ words" parsed as two objects
    if holder is None:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if holder is None:
        return None
    root = prep.head
    while root.dep_ not in {"ROOT", "ccomp", "relcl", "advcl"} and root.head != root:
        root = root.head
    if cue_lemma(root.lemma_, root.text) in CUE_LEMMAS:
        return None
    ranges = clause_without(prep)
    if not ranges:
        return None
    return Cue(prep, doc[prep.i : noun.i + 1].text, holder, [_char_range(doc, *r) for r in ranges])


def _voiced(noun: Token) -> bool:
    """Whether a cue noun is the object of a verb that voices it: "she voiced support for X"."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in VOICING_VERBS


def _thing_relative(holder: Token) -> bool:
    """A relative "that"/"which" standing for a thing, not a person: "a report that could
    raise new questions about X", "polls, which give us an idea of Y"."""
    if holder.lower_ not in {"that", "which"} or holder.head.dep_ != "relcl":
        return False
    antecedent = holder.head.head
    return antecedent.ent_type_ not in _HUMAN_SUBJECTS and antecedent.pos_ != "PROPN"


def _expressed_stance(doc: Doc, noun: Token) -> Cue | None:
    """A stance its holder's own possessive names as the object of "express" or "voice": the
    verb is the cue and the whole phrase its content ("they expressed [their support for X]")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _EXPRESS_VERBS:
        return None
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return None
    subject = subject_of(verb)
    phrase = trim(doc, *_subtree(noun))
    if subject is None or phrase is None:
        return None
    return Cue(verb, verb.text, subject, [_char_range(doc, *phrase)])


_EXPRESS_VERBS = frozenset({"express", "voice"})
_POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _verb_subject_holder(noun: Token) -> Token | None:
    """The pronoun subject of the verb whose prepositional phrase holds a cue noun with the
    matching possessive: "he expanded upon his calls for X" gives the calls to "he"."""
    possessive = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = noun.head
    if possessive is None or possessive.lower_ not in _POSSESSIVE_SUBJECTS:
        return None
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return None  # "she faulted him for his stance": the stance is his, not hers
    subject = subject_of(verb)
    if subject is None or subject.lower_ != _POSSESSIVE_SUBJECTS[possessive.lower_]:
        return None
    return subject


def _agent_cue(doc: Doc, noun: Token) -> Cue | None:
    """A holder named as a stance's agent: "X is a fervent supporter of Y"; the content is
    the "of" phrase."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    holder = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if holder is None or holder.lower_ in {"it", "there", "this", "that"}:
        return None
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            target = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if target is not None and (trimmed := trim(doc, *_subtree(target))) is not None:
                return Cue(noun, noun.text, holder, [_char_range(doc, *trimmed)])
    return None


def _subtree(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _noun_source(noun: Token, content: int) -> Token | None:
    """The person or group a cue noun comes from: "criticism from Democrats", "the
    contention of Clinton that ..." (an "of" phrase only before a content that follows it)."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"from", "of", "among"}:
            continue
        if prep.lower_ == "of" and prep.right_edge.i >= content:
            continue
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if source is not None and (
            source.ent_type_ in _HUMAN_SUBJECTS or source.lower_ in _GROUP_PRONOUNS
        ):
            return source
    return None


def _adjective_cue(doc: Doc, adjective: Token) -> Cue | None:
    """A stance adjective predicated of its holder: "X is confident that ...", "X, eager to ..."."""
    holder = next((c for c in adjective.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if holder is None and adjective.dep_ == "acomp":
        holder = subject_of(adjective.head)
    if holder is None or holder.lower_ in {"it", "there"}:
        return None
    ranges = adjective_content(adjective)
    if not ranges:
        return None
    return Cue(adjective, adjective.text, holder, [_char_range(doc, a, b) for a, b in ranges])


def _stance_cue(doc: Doc, copula: Token) -> Cue | None:
    """A stance stated with a preposition after "be": "X was against it",
    "X is in favor of Y"; the holder must be a person or group."""
    holder = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if holder is None or not (
        holder.ent_type_ in _HUMAN_SUBJECTS or holder.lower_ in {"he", "she", "they", "we"}
    ):
        return None
    for prep in copula.rights:
        if prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
        if not objects:
            continue
        target = objects[0]
        if prep.lower_ == "in" and target.lower_ in STANCE_NOUNS:
            inner = [c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"]
            target = next((c for p in inner for c in p.children if c.dep_ == "pobj"), None)
        elif prep.lower_ not in STANCE_PREPOSITIONS:
            continue
        if target is None or target.pos_ == "NUM" or target.ent_type_ in _NOT_STANCE_ENTS:
            continue
        trimmed = trim(doc, target.left_edge.i, target.right_edge.i + 1)
        if trimmed is not None:
            return Cue(copula, copula.text, holder, [_char_range(doc, *trimmed)])
    return None


def colon_cues(doc: Doc, in_quote: list[int], text: str) -> list[Cue]:
    """Transcript and headline attributions: a short name, a colon, then the words."""
    cues: list[Cue] = []
    for match in _LABEL.finditer(text):
        label = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if label is None or len(label) > 7 or in_quote[label.start] >= 0:
            continue
        if len(label) > 5 or any(t.pos_ in {"VERB", "AUX"} for t in label):
            continue
        speaker = _label_speaker(label)
        if speaker is None:
            continue
        colon = doc.char_span(match.end(1), match.end(1) + 1, alignment_mode="expand")
        if colon is None:
            continue
        cue = Cue(colon[0], ":", speaker, [(match.start(2), match.end(2))])
        cues.append(cue)
    taken = {cue.token.idx for cue in cues}
    for match in _NAMED_COLON.finditer(text):
        if match.start() not in taken and (cue := _named_colon_cue(doc, match, in_quote)):
            cues.append(cue)
    return cues


_NAMED_COLON = re.compile(r":[ \t]*([\"\u201c][^\n]*)")


def _named_colon_cue(doc: Doc, match: re.Match[str], in_quote: list[int]) -> Cue | None:
    """A person's name, a colon, then a quotation, inside a line ("BLUE STATES GAIN - Jane
    Doe: "Our analysis finds ...""): the words are that person's."""
    colon = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if colon is None or colon.start == 0 or in_quote[colon.start] >= 0:
        return None
    name = doc[colon.start - 1]
    named = name.ent_type_ == "PERSON" or (
        name.pos_ == "PROPN" and name.is_title and doc[name.i - 1].pos_ == "PROPN"
    )
    if not named:
        return None
    return Cue(doc[colon.start], ":", name, [(match.start(1), match.end(1))])


def _label_speaker(label: Span) -> Token | None:
    """The speaker a label names: capitalised words ("Sen. McCain:", "CLINTON:"), perhaps
    followed by a topic ("Trump on trade:"); not a heading word ("BYLINE:") or a date."""
    words = list(label)
    for i, token in enumerate(words):
        if i > 0 and token.lower_ in LABEL_TOPIC_WORDS:
            words = words[:i]
            break
        if token.is_alpha and not token.text[:1].isupper():
            return None
    if any(t.ent_type_ in {"DATE", "TIME"} for t in words):
        return None
    if len(words) == 1 and words[0].lower_ in LABEL_HEADINGS:
        return None
    return label.doc[words[0].i : words[-1].i + 1].root


def _cue_after(doc: Doc, end_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """The cue right after a quotation ('"Q," she said', '"Q." said Ann'); none when a full
    stop inside the marks ends the sentence ('"Q." But Ann also said ...')."""
    if (
        end_token >= 2
        and doc[end_token - 2].text == "."
        and doc[end_token - 1].is_quote
        and end_token < len(doc)
        and not doc[end_token].text[:1].islower()
    ):
        return None
    i = end_token
    seen = 0
    while i < len(doc) and seen < _NEAR:
        token = doc[i]
        if token.text in _SENTENCE_END or "\n" in token.text:
            return None
        if token.i in cues_at and cues_at[token.i].subject is not None:
            return cues_at[token.i]
        if token.is_quote or token.text in {"\u201c", "\u201d"}:
            return None
        i += 1
        seen += 1
    return None


def _cue_before(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    i = start_token - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in {",", ":", "\u2014", "-"}):
        if "\n\n" in doc[i].text:
            return None
        i -= 1
    seen = 0
    while i >= 0 and seen < _NEAR:
        token = doc[i]
        if token.text in _SENTENCE_END or "\n" in token.text or token.is_quote:
            return None
        if token.i in cues_at and cues_at[token.i].subject is not None:
            return cues_at[token.i]
        i -= 1
        seen += 1
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def attach_quotes(
    doc: Doc,
    quotes: tuple[QuoteSpan, ...],
    cues: list[Cue],
    in_quote: list[int],
    text: str | None = None,
) -> list[Cue]:
    """Attach each quotation to a cue; returns the cues that carry content."""
    text = doc.text if text is None else text
    cues_at = {cue.token.i: cue for cue in cues}
    by_quote: dict[int, Cue] = {}
    starts = [-1] * len(quotes)
    ends = [-1] * len(quotes)
    for token in doc:
        q = in_quote[token.i]
        if q >= 0:
            if starts[q] < 0:
                starts[q] = token.i
            ends[q] = token.i + 1
    sizes: dict[int, int] = {}
    for cue in cues:
        for fragment in cue.fragments:
            first = doc.char_span(fragment[0], fragment[1], alignment_mode="expand")
            if first is None:
                continue
            size = fragment[1] - fragment[0]
            for q in {in_quote[t.i] for t in first if in_quote[t.i] >= 0 and not t.is_punct}:
                if q not in by_quote or size < sizes[q]:  # the innermost cue claims a quote
                    by_quote[q], sizes[q] = cue, size
    previous: Cue | None = None
    previous_end = -1
    previous_closed = True  # an open quotation goes on in the next paragraph as one statement
    for q, quote in enumerate(quotes):
        if starts[q] < 0:
            continue
        span = (quote.start, quote.end)
        cue = by_quote.get(q)
        if cue is not None:
            cue.fragments = _widen(cue.fragments, span)
            cue.fragments = _cut_before_quote(doc, cue, span, starts[q], cues_at)
            cue.fragments = _clause_of_partial(doc, cue, span, starts[q], cues_at)
            cue.quoted = True
        elif previous is not None and _title_after_cue(doc, previous, starts[q], ends[q]):
            continue  # '"X," she said on "This Week."': a name, not more of her words
        else:
            cue = None
            if not _modifies_noun(doc, ends[q]):
                cue = (
                    _cue_after(doc, ends[q], cues_at)
                    or _cue_before(doc, starts[q], cues_at)
                    or _bare_cue_before(doc, starts[q], cues_at)
                )
            long = len(text[span[0] : span[1]].split()) >= 3
            if cue is None and long and (trailer := _trailer_cue(doc, ends[q], in_quote)):
                cue = trailer
                cues.append(cue)
            if cue is not None and (joined := _join_following(doc, cue, span, ends[q])):
                cue.fragments = joined
                cue.quoted = True
                previous, previous_end, previous_closed = cue, quote.end, quote.closed
                continue
            if cue is not None and cue.fragments and not _other_side(cue, span):
                cue = None  # the cue has its own content here: this quotation is something else
            if cue is not None and long:
                cue.fragments = _without_speaker(cue)
                lead = _sentence_before_cue(doc, cue, starts[q], ends[q], cues_at)
                cue.fragments = sorted([*cue.fragments, lead or span])  # '"X," he said, "Y."'
                cue.quoted = True
            elif (colon := _cue_before_colon(doc, starts[q], cues_at)) is not None:
                cue = colon
                cue.fragments = sorted([*cue.fragments, span])
                cue.quoted = True
            elif (clause := _clause_before_colon(doc, starts[q], ends[q])) is not None:
                cue = clause
                cue.fragments = [span]
                cues.append(cue)
            elif previous is not None and _continues(text, previous, previous_end, quote.start):
                cue = previous
                if "\n" in text[previous_end : quote.start] and previous_closed:
                    follow = Cue(previous.token, previous.text, previous.subject, [span], True)
                    follow.parent = previous.parent or previous
                    cues.append(follow)
                    cue = follow
                elif "\n" in text[previous_end : quote.start]:
                    cue.fragments = _run_on(cue.fragments, previous_end, span)
                else:
                    cue.fragments = sorted([*cue.fragments, span])
            elif (before := _statement_before(text, cues, quote.start)) is not None:
                cue = before
                cue.fragments = sorted([*cue.fragments, span])
                cue.quoted = True
            elif (scare := _governing_cue(doc, starts[q], ends[q], in_quote)) is not None:
                cue = scare
                cues.append(cue)
        if cue is not None:
            previous, previous_end, previous_closed = cue, quote.end, quote.closed
    return [cue for cue in cues if cue.fragments]


def _join_following(
    doc: Doc, cue: Cue, span: tuple[int, int], end_token: int
) -> list[tuple[int, int]] | None:
    """'Lee said the days when the town had "a shared story" from its paper are gone': the
    cue's content resumes after a quotation inside its own sentence, past the cue; the quotation
    and the words after it are one statement."""
    if cue.token.idx >= span[0] or end_token >= len(doc):
        return None
    sentence = doc[end_token - 1].sent
    if cue.token.sent != sentence or doc[end_token - 1].i == sentence.start:
        return None
    for index, fragment in enumerate(cue.fragments):
        if fragment[0] < span[1] or fragment[0] >= sentence.end_char:
            continue
        between = doc.char_span(span[1], fragment[0], alignment_mode="expand")
        if between is None or any(
            t.text in _SENTENCE_END or t.is_quote or "\n" in t.text for t in between
        ):
            return None
        if any(f[1] > span[0] and f[0] < span[0] for f in cue.fragments):
            return None
        return sorted([*cue.fragments[:index], (span[0], fragment[1]), *cue.fragments[index + 1 :]])
    return None


def _without_speaker(cue: Cue) -> list[tuple[int, int]]:
    """'"Q," said Ann Lee, a lawyer who heads the Fair Vote group.': a quotation goes to a cue
    whose parse took its speaker for content; the fragment holding the speaker is dropped."""
    if cue.subject is None:
        return cue.fragments
    where = cue.subject.idx
    return [f for f in cue.fragments if not f[0] <= where < f[1]]


def _run_on(
    fragments: list[tuple[int, int]], end: int, span: tuple[int, int]
) -> list[tuple[int, int]]:
    """A quotation left open at the end of its paragraph goes on in the next one: the fragment
    ending there runs on to the end of the next quotation ('"A.\n\n"B," she said.')."""
    out = [(f[0], span[1]) if f[1] == end else f for f in fragments]
    return out if out != fragments else sorted([*fragments, span])


def _modifies_noun(doc: Doc, end_token: int) -> bool:
    """The quotation names or labels the noun right after it ('the "Win or Lose" crowd', a
    "no-fault" clause): a phrase inside the sentence, not words said on their own."""
    if end_token >= len(doc) or doc[end_token - 1].text[-1:] not in _QUOTE_CHARS:
        return False
    if any(t.text in {",", "."} for t in doc[end_token - 3 : end_token]):
        return False
    after = doc[end_token]
    return after.is_alpha and after.is_lower and after.pos_ in {"NOUN", "PROPN"}


def _clause_before_colon(doc: Doc, start: int, end: int) -> Cue | None:
    """'Lee gave the idea a try on Tuesday: "Q."': a clause with a named subject and no cue
    ends in a colon right before a quotation of a sentence or more; its verb introduces it."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != ":" or end - start < 5:
        return None
    verb = doc[i - 1]
    while verb.pos_ != "VERB" and verb.head.i < i and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subject is None:
        return None
    if subject.pos_ not in {"PROPN", "NOUN"} or subject.ent_type_ in _NOT_STANCE_ENTS:
        return None
    return Cue(verb, verb.text, subject, [], quoted=True)


def _bare_cue_before(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'Jones agreed. "Q."' or 'A, Jones says. "Q."': a cue with a speaker and no content
    after it closes the sentence just before a quotation in the same paragraph; the quotation
    goes on with what was said."""
    i = start_token - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 1 or doc[i].text != ".":
        return None
    sentence = doc[i - 1].sent
    for token in reversed(sentence):
        cue = cues_at.get(token.i)
        if cue is not None and cue.subject is not None:
            if (
                any(f[1] > token.idx for f in cue.fragments)
                or token.dep_ != "ROOT"
                or _QUOTE_CHARS & {t.text for t in sentence}
            ):
                return None
            return cue
    return None


_TRAILER_DEPS = {"nsubj", "npadvmod", "advmod", "prep", "punct", "det", "compound", "amod"}


def _trailer_cue(doc: Doc, end_token: int, in_quote: list[int]) -> Cue | None:
    """'"Q," the letter reads.' or '"Q," added Jones.': a short clause of a subject and a
    verb closes the quotation's sentence; whatever the verb, it reports the quotation."""
    if end_token < 2 or doc[end_token - 2].text != ",":
        return None
    while end_token < len(doc) and doc[end_token].is_space and "\n" not in doc[end_token].text:
        end_token += 1
    stop = end_token
    while stop < len(doc) and stop - end_token < 10 and doc[stop].text not in _SENTENCE_END:
        if "\n" in doc[stop].text or in_quote[stop] >= 0:
            return None
        stop += 1
    if stop >= len(doc) or doc[stop].text != "." or stop == end_token:
        return None
    verbs = [t for t in doc[end_token:stop] if t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].dep_ != "ROOT":
        return None
    verb = verbs[0]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None and verb.i == end_token and cue_lemma(verb.lemma_, verb.text) in CUE_LEMMAS:
        subject = next((c for c in verb.rights if c.pos_ == "PROPN"), None)  # "added Jones"
    if subject is None or subject.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    if any(
        t.dep_ not in _TRAILER_DEPS and t.head.i != subject.i
        for t in doc[end_token:stop]
        if t.i not in {verb.i, subject.i}
    ):
        return None
    return Cue(verb, verb.text, subject, [], quoted=True)


_HUMAN_SUBJECTS = {"PERSON", "ORG", "NORP", "GPE"}
_GROUP_PRONOUNS = frozenset({"him", "her", "them", "us", "many", "some", "others"})
_NOT_STANCE_ENTS = {"DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"}
_PHRASE_DEPS = {"dobj", "prep", "xcomp", "ccomp", "attr", "oprd", "acomp"}


def _is_name(inside: Span) -> bool:
    """A quotation of proper nouns alone is a name or a title ('went from "Good Morning" to
    "Late Show"'), not words quoted from someone."""
    words = [t for t in inside if t.is_alpha]
    return bool(words) and all(t.pos_ == "PROPN" and t.is_title for t in words)


def _governing_cue(doc: Doc, start: int, end: int, in_quote: list[int]) -> Cue | None:
    """A partial quotation in a clause with no reporting verb ('Cruz railed against the
    "fevered dreams" of a brokered convention'): the verb whose phrase holds it, when a
    person or group is its subject, reports their words."""
    inside = doc[start:end]
    if len(inside) > 12 or any(t.text in _SENTENCE_END for t in inside[:-2]):
        return None  # a quotation of its own, not a phrase quoted inside a clause
    if _is_name(inside):
        return None
    token = inside.root
    while token.head != token and start <= token.head.i < end:
        token = token.head
    phrase, verb = token, token.head
    for _ in range(6):
        if verb.pos_ == "VERB" and in_quote[verb.i] < 0:
            break
        phrase, verb = verb, verb.head
    else:
        return None
    if verb.pos_ != "VERB" or phrase.dep_ not in _PHRASE_DEPS or phrase.i < verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.ent_type_ in _HUMAN_SUBJECTS
        or subject.pos_ == "PROPN"
        or subject.lower_ in {"he", "she", "they"}
    ):
        return None
    if phrase.dep_ == "prep":
        left, right = phrase.i + 1, phrase.right_edge.i + 1
    else:
        left, right = phrase.left_edge.i, phrase.right_edge.i + 1
    trimmed = trim(doc, left, max(right, end))
    if trimmed is None:
        return None
    return Cue(verb, verb.text, subject, [_char_range(doc, *trimmed)], quoted=True)


def _cut_before_quote(
    doc: Doc, cue: Cue, span: tuple[int, int], quote_token: int, cues_at: dict[int, Cue]
) -> list[tuple[int, int]]:
    """'X said: "Q," she said': the second cue's content is Q alone, not X's words before it."""
    out = []
    for fragment in cue.fragments:
        if fragment[0] < span[0] < fragment[1] and cue.token.idx >= span[1]:
            first = doc.char_span(fragment[0], span[0], alignment_mode="expand")
            if first is not None and any(
                _reports_before(t, cue, quote_token, cues_at) for t in first
            ):
                fragment = (_quote_clause_start(doc, cue, quote_token, cues_at), fragment[1])
        out.append(fragment)
    return out


def _clause_of_partial(
    doc: Doc, cue: Cue, span: tuple[int, int], quote_token: int, cues_at: dict[int, Cue]
) -> list[tuple[int, int]]:
    """A quoted phrase inside a clause that a later cue reports ('The pair became "upset" once
    the talk ended, according to a source'): the content starts where that clause starts."""
    previous = doc[quote_token - 1] if quote_token > 0 else None
    if (
        previous is None
        or not previous.is_alpha
        or cue.token.idx < span[1]
        or previous.sent != cue.token.sent
    ):
        return cue.fragments
    out = []
    for fragment in cue.fragments:
        if fragment[0] == span[0]:
            fragment = (_quote_clause_start(doc, cue, quote_token, cues_at), fragment[1])
        out.append(fragment)
    return out


def _sentence_before_cue(
    doc: Doc, cue: Cue, start: int, end: int, cues_at: dict[int, Cue]
) -> tuple[int, int] | None:
    """'The vote signals "the end" for the union, said X': a quotation inside a sentence that
    a cue with no content of its own closes; the content is that sentence up to the source."""
    token = cue.token
    sentence = doc[start].sent
    if cue.fragments or token.i < end or sentence.start >= start or token.sent != sentence:
        return None
    stop = token.i if cue.subject is None else min(token.i, cue.subject.left_edge.i)
    if stop < end or any(
        t.text == ":" or t.i in cues_at or t.is_quote for t in doc[sentence.start : start]
    ):
        return None
    first = sentence.start
    if doc[first].pos_ in {"ADP", "SCONJ", "ADV"}:  # "By July, [the show was named "X"]"
        comma = next((t.i for t in doc[first:start] if t.text == ","), None)
        first = first if comma is None else comma + 1
    elif doc[first].pos_ == "CCONJ":
        first += 1
    trimmed = trim(doc, first, stop)
    return _char_range(doc, *trimmed) if trimmed else None


def _reports_before(token: Token, cue: Cue, quote_token: int, cues_at: dict[int, Cue]) -> bool:
    """A colon, or another cue that governs the quotation ('X said: "Q," she said'), sets off
    what comes before it as someone else's report; a cue in a side clause does not ('After Lee
    asked, [the pair became "agitated"], a source said'), nor the quotation's own verb when its
    content stops short of the quotation."""
    if token.text == ":":
        return True
    if token.i not in cues_at or token.i == cue.token.i:
        return False
    quote = token.doc[quote_token]
    if not token.is_ancestor(quote):
        return False
    own_verb = next((t for t in quote.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return token != own_verb or any(f[1] > quote.idx for f in cues_at[token.i].fragments)


def _quote_clause_start(doc: Doc, cue: Cue, quote_token: int, cues_at: dict[int, Cue]) -> int:
    """Where the clause holding a quotation starts, when nothing reported lies between ('A,
    and [the group is less likely to be "overrun,"] she said'); else the quotation itself."""
    token = doc[quote_token]
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token.children
        ):
            break
        if token.head == token or token.head.i >= cue.token.i:
            return doc[quote_token].idx
        token = token.head
    else:
        return doc[quote_token].idx
    first = token.left_edge.i
    if first > quote_token or any(
        _reports_before(t, cue, quote_token, cues_at) for t in doc[first:quote_token]
    ):
        return doc[quote_token].idx
    return doc[first].idx


def _other_side(cue: Cue, span: tuple[int, int]) -> bool:
    """The cue's content lies across the cue from the quotation ('"X," he said, "Y."')."""
    where = cue.token.idx
    if span[1] <= where:
        return all(f[0] > where for f in cue.fragments)
    return all(f[1] <= where for f in cue.fragments)


def _cue_before_colon(doc: Doc, start_token: int, cues_at: dict[int, Cue]) -> Cue | None:
    """'X said:' at the end of the sentence (or paragraph) before a quotation."""
    i = start_token - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    sent_start = doc[i].sent.start
    for j in range(i - 1, max(sent_start, i - 40) - 1, -1):
        cue = cues_at.get(j)
        if cue is not None and cue.subject is not None:
            return cue
    return None


def _widen(fragments: list[tuple[int, int]], span: tuple[int, int]) -> list[tuple[int, int]]:
    out = []
    for fragment in fragments:
        if _overlaps(fragment, span):
            fragment = (min(fragment[0], span[0]), max(fragment[1], span[1]))
        out.append(fragment)
    return out


def _statement_before(text: str, cues: list[Cue], start: int) -> Cue | None:
    """The attribution whose content closes the sentence a quotation follows in the same
    paragraph ("She argued that X. "Y.""): the quotation goes on with the speaker's words."""
    for cue in cues:
        if cue.subject is None or not cue.fragments:
            continue
        last = cue.fragments[-1][1]
        between = text[last:start]
        if (
            last <= start
            and cue.token.idx < last
            and "\n" not in between
            and between.strip() in {".", "?", "!", ":"}
        ):
            return cue
    return None


def _title_after_cue(doc: Doc, previous: Cue, start: int, end: int) -> bool:
    """A short capitalised quotation after the cue in the cue's own sentence names a show, a
    book or an ad ('"X," she said on "Meet the Press"'), not more words of the speaker."""
    cue = previous.token
    words = [t for t in doc[start:end] if t.is_alpha]
    return (
        cue.i < start
        and doc[start - 1].text not in {",", ":"}
        and cue.sent.start <= start < cue.sent.end
        and 0 < len(words) <= 5
        and words[0].is_title
        and not any(t.text in _SENTENCE_END or t.text == "," for t in doc[start:end])
        and all(f[1] <= cue.idx for f in previous.fragments)
    )


def _continues(text: str, previous: Cue, previous_end: int, start: int) -> bool:
    """A quotation continues the one before: next paragraph with nothing between, or the same
    paragraph with at most the attribution between ('"X," she said. "Y."')."""
    between = text[previous_end:start]
    if "\n" in between:
        return between.strip() == "" and between.count("\n") <= 2
    words = len(between.split())
    if words <= 1:
        return True
    return previous_end <= previous.token.idx < start and words <= 40


def _participle_inside(cue: Cue, other: Cue, extent: tuple[int, int]) -> bool:
    """'Lee wrote to the board, warning of "a long fight," according to the letter': a cue with
    no subject of its own goes on the clause of a content that a later cue reports whole; the
    quotation stays in that content."""
    if other.token.idx < extent[1] or cue.token.tag_ != "VBG":
        return False
    if cue.subject is not None and cue.subject.head.i == cue.token.i:
        return False
    return any(f[0] < extent[0] and extent[1] <= f[1] for f in other.fragments)


def drop_nested(cues: list[Cue], doc: Doc, text: str | None = None) -> list[Cue]:
    """Keep one attribution per stretch of text.

    A cue carrying a direct quotation inside another cue's content takes its words out of that
    content, innermost first ("Biden said he told him, "X"" gives X to "told", and "said" keeps
    only what remains). Any other cue inside another cue's content gives way to it.
    """
    text = doc.text if text is None else text
    for cue in sorted(cues, key=lambda c: c.fragments[-1][1] - c.fragments[0][0]):
        if not (cue.fragments and cue.quoted and _is_direct(doc, text, cue)):
            continue
        where = cue.token.idx
        extent = _extent(cue)
        for other in cues:
            if other is cue or not any(f[0] <= where < f[1] for f in other.fragments):
                continue
            if _participle_inside(cue, other, extent):
                continue
            other.fragments = [
                part
                for f in other.fragments
                for part in ((f[0], min(f[1], extent[0])), (max(f[0], extent[1]), f[1]))
                if len(text[part[0] : part[1]].split()) >= 2
            ]
    for cue in cues:
        clause = _contrast_clause(cue) if cue.fragments else None
        if clause is None:
            continue
        for other in cues:
            if other is cue or not any(_overlaps(f, clause) for f in other.fragments):
                continue
            other.fragments = [
                part
                for f in other.fragments
                for part in ((f[0], min(f[1], clause[0])), (max(f[0], clause[1]), f[1]))
                if len(text[part[0] : part[1]].split()) >= 2
            ]
    live = sorted(
        (c for c in cues if c.fragments),
        key=lambda c: (c.start, -(c.fragments[-1][1] - c.start)),
    )
    kept: list[Cue] = []
    for cue in live:
        where = cue.token.idx
        if not any(any(f[0] <= where < f[1] for f in k.fragments) for k in kept):
            kept.append(cue)
    return kept


_CONTRAST = frozenset({"while", "whereas", "but", "although", "though", "and"})


def _contrast_clause(cue: Cue) -> tuple[int, int] | None:
    """The characters of a cue's own clause set off by a comma and a contrast ("X said A,
    while Y said B"): the parse hangs it inside A, but it is an attribution of its own."""
    token = cue.token
    if cue.subject is None or token.pos_ != "VERB" or token.dep_ not in {"advcl", "conj"}:
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None
    first = token.left_edge
    if first.lower_ not in _CONTRAST or first.i == 0 or token.doc[first.i - 1].text != ",":
        return None
    comma = token.doc[first.i - 1]
    end = max(cue.fragments[-1][1], token.right_edge.idx + len(token.right_edge.text))
    return comma.idx, end


def _extent(cue: Cue) -> tuple[int, int]:
    """Characters from the start of a cue's clause (or content) to the end of its content; a
    subject borrowed from another verb ("Trump told X that A, adding, "B"") is not its own."""
    token = cue.token
    start = min(token.left_edge.idx, cue.fragments[0][0])
    if cue.subject is not None and cue.subject.head.i == token.i:
        start = min(start, cue.subject.left_edge.idx)
    return start, max(cue.fragments[-1][1], token.idx + len(token.text))


def _is_direct(doc: Doc, text: str, cue: Cue) -> bool:
    """Every fragment starts and ends with a quotation mark."""
    for start, end in clean_fragments(doc, cue):
        first, last = text[start], text[end - 1]
        if first not in _QUOTE_CHARS or last not in _QUOTE_CHARS:
            return False
    return bool(cue.fragments)


def clean_fragments(doc: Doc, cue: Cue) -> list[tuple[int, int]]:
    out = []
    for start, end in cue.fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        trimmed = trim(doc, span.start, span.end)
        if trimmed and (
            trimmed[1] - trimmed[0] > 1 or doc[trimmed[0]].pos_ not in {"DET", "SCONJ"}
        ):
            out.append(_char_range(doc, *trimmed))
    return out
