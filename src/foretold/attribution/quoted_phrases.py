"""Short quoted phrases inside a clause rather than words quoted on their own: names and
titles in quotation marks ('went from "Good Morning" to "Late Show"', 'on "Meet the Press"',
a title after its noun: 'ruled on the case "Lee v. Ames"', the title in a source phrase:
'according to "The Plan: A History," ...'), labels on a noun ('the "Win or Lose" crowd'),
the object of a phrase before a cue ('on the "cost of jobs," Lee said ...'), a phrase the
clause's verb governs ('railed against the "fevered dreams"'; not another name the writer
glosses a term with: 'made the first EVA, or "spacewalk"', nor a term the writer glosses
after it: 'sewed hundreds of "snoods", knitted hoods'), where the content of a cue
holding such a phrase starts, the clause with a subject of its own after a cue that a
phrase sits in ('told reporters the board had "no plan at all" for the site'), and the
writer's gloss on a quotation that closes the sentence
('"Q", the motto of the firm').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foretold.attribution.cue import QUOTE_CHARS, SENTENCE_END, Cue, char_range
from foretold.attribution.cues import ALL_VERBS, HUMAN_SUBJECTS, cue_lemma
from foretold.attribution.idle_senses import WORD_NOUNS
from foretold.attribution.ranges import trim
from foretold.attribution.reported_reports import closing_report
from foretold.attribution.work_titles import WORK_NOUNS


def modifies_noun(doc: Doc, end_token: int) -> bool:
    """The quotation names or labels the noun right after it ('the "Win or Lose" crowd', a
    "no-fault" clause): a phrase inside the sentence, not words said on their own."""
    if end_token >= len(doc) or doc[end_token - 1].text[-1:] not in QUOTE_CHARS:
        return False
    if any(t.text in {",", "."} for t in doc[end_token - 3 : end_token]):
        return False
    after = doc[end_token]
    return after.is_alpha and after.is_lower and after.pos_ in {"NOUN", "PROPN"}


def in_phrase(doc: Doc, start_token: int) -> bool:
    """The quotation opens right after a preposition or determiner inside its sentence ('To
    a question on the "cost of jobs," Lee said ...'): the object of that phrase, a term the
    writer quotes, not words of the speaker a cue after it names."""
    if start_token == 0:
        return False
    before = doc[start_token - 1]
    return before.tag_ in {"IN", "DT"} and not before.is_sent_start


_PHRASE_DEPS = {"dobj", "prep", "xcomp", "ccomp", "attr", "oprd", "acomp"}


def _name_shaped(word: Token) -> bool:
    """A word written as a name: capitalised ("Late"), or with a capital inside a word of small
    letters, as brands and products are ("CentOS", "iPhone", "YouTube")."""
    inner = any(c.isupper() for c in word.text[1:]) and any(c.islower() for c in word.text)
    return word.is_title or inner


def _names_only(inside: Span) -> bool:
    """A quotation of proper nouns alone is a name or a title ('went from "Good Morning" to
    "Late Show"', 'gained the rights to "AcmeOS"'), not words quoted from someone."""
    words = [t for t in inside if t.is_alpha]
    return bool(words) and all(t.pos_ == "PROPN" and _name_shaped(t) for t in words)


def title_after_noun(doc: Doc, start: int, end: int) -> bool:
    """A quotation of proper nouns alone right after a noun or a determiner names the thing
    that noun speaks of ('the court ruled on the case "Lee v. Ames"', 'she won the "Golden
    Pen"'): a title inside the clause, not words anyone said. After a noun for a work and a
    comma, capitalised words of any kind name the work ('her new book, "How to Win
    Again,"', 'its podcast, "So, That Happened."')."""
    if start >= 2 and _after_work_noun(doc, start):
        return _title_cased(doc[start:end])
    if start == 0 or doc[start - 1].pos_ not in {"NOUN", "PROPN", "DET", "NUM"}:
        return False
    inside = doc[start:end]
    if any(t.text in SENTENCE_END for t in inside[:-2]):
        return False
    words = [t for t in inside if t.is_alpha]
    return (
        bool(words)
        and words[0].is_title
        and words[-1].is_title
        and any(t.pos_ == "PROPN" for t in words)
        and all(t.is_title or t.pos_ in _TITLE_LINKS for t in words)
    )


_TITLE_LINKS = {"ADP", "DET", "CCONJ"}


def work_title(doc: Doc, start: int, end: int) -> bool:
    """A quotation in capitalised words set off by a comma after a lower-case noun for a work
    names that work, even where a cue's parse took it for content ('spoke to him on its
    podcast, "So, That Happened."')."""
    return start >= 2 and _after_work_noun(doc, start) and _title_cased(doc[start:end])


def _after_work_noun(doc: Doc, start: int) -> bool:
    """The quotation stands after a comma in apposition to a lower-case noun for a work ("the
    book, ...", "its podcast, ...")."""
    noun = doc[start - 2]
    return doc[start - 1].text == "," and noun.is_lower and noun.lower_ in WORK_NOUNS


def _title_cased(inside: Span) -> bool:
    """Two words or more, every one capitalised but the small links a title leaves in lower
    case ("How to Win Again", "Sons of the Soil"), and the first capitalised."""
    words = [t for t in inside if t.is_alpha]
    return (
        len(words) >= 2
        and words[0].is_title
        and all(t.is_title or (t.is_lower and t.pos_ in _TITLE_LINKS | {"PART"}) for t in words)
    )


def word_as_subject(doc: Doc, start: int, end: int) -> bool:
    """A short quotation that is the subject of a "be" naming it as a word or a name
    ('"Vax" is the word of the year', '"Blue Line" was the name of the plan'), or a title
    that is the subject of the verb after it ('"Sons of the Soil" opens in May'): the writer
    speaks of the word or the work, not words anyone is quoted saying. The title opens its
    sentence, as the subject it is."""
    words = [t for t in doc[start:end] if not t.is_punct]
    if not words or len(words) > 5:
        return False
    heads = [t for t in words if not start <= t.head.i < end]
    if len(heads) != 1 or heads[0].dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = heads[0].head
    if verb.i >= end and doc[start].is_sent_start and _title_cased(doc[start:end]):
        return True
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in WORD_NOUNS for c in verb.children
    )


def title_after_cue(doc: Doc, previous: Cue, start: int, end: int) -> bool:
    """A short capitalised quotation after the cue in the cue's own sentence names a show, a
    book or an ad ('"X," she said on "Meet the Press"', '"X," he told the hosts of "Early
    Start,"', the comma or full stop that closes the sentence inside the marks), not more
    words of the speaker."""
    cue = previous.token
    words = [t for t in doc[start:end] if t.is_alpha]
    return (
        cue.i < start
        and doc[start - 1].text not in {",", ":"}
        and cue.sent.start <= start < cue.sent.end
        and 0 < len(words) <= 5
        and words[0].is_title
        and not any(t.text in SENTENCE_END or t.text == "," for t in doc[start : end - 2])
        and all(f[1] <= cue.idx for f in previous.fragments)
    )


def names_source(doc: Doc, start: int, end: int) -> bool:
    """A quotation inside a source phrase names the source, a book or a report ('according to
    "The Plan: A History" by Ann Lee, ...'): a title, not words anyone is quoted saying."""
    first = next((t for t in doc[start:end] if not t.is_punct), None)
    return first is not None and any(
        t.lower_ == "according" and t.dep_ == "prep" for t in first.ancestors
    )


def glossed_name(doc: Doc, start: int) -> bool:
    """The quotation gives another name for the thing named just before it, after a comma and
    "or" ('made the first extravehicular activity, or "spacewalk"'): the writer's gloss of
    a term, not words of whoever the clause is about."""
    return start >= 2 and doc[start - 1].lower_ == "or" and doc[start - 2].text == ","


def glossed_after(doc: Doc, end: int) -> bool:
    """The quotation is a term the writer glosses right after it, with a comma and a bare
    noun phrase that closes the sentence ('had sewn hundreds of "snoods", knitted hoods.'):
    the writer's gloss of a term, not words of whoever the clause is about. A gloss with a
    determiner or a clause of its own ('"elites", a group he blames') comments on the words
    and leaves them quoted."""
    if end >= len(doc) or end < 3 or doc[end - 1].text[-1:] not in QUOTE_CHARS:
        return False
    if doc[end].text == ",":
        first = end + 1  # '"snoods", knitted hoods.'
    elif doc[end - 2].text == ",":
        first = end  # '"snoods," knitted hoods.'
    else:
        return False
    last = doc[end - 1].sent.end
    while last > first and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    gloss = doc[first:last]
    if not 0 < len(gloss) <= _GLOSS_WORDS or gloss[-1].pos_ != "NOUN":
        return False
    return all(t.pos_ == "NOUN" or t.dep_ in _GLOSS_MODIFIERS for t in gloss)


# The longest bare noun phrase read as a gloss, and the modifiers it may hold.
_GLOSS_WORDS = 4
_GLOSS_MODIFIERS = frozenset({"amod", "compound"})


def governing_cue(doc: Doc, start: int, end: int, in_quote: list[int]) -> Cue | None:
    """A partial quotation in a clause with no reporting verb ('Cruz railed against the
    "fevered dreams" of a brokered convention'): the verb whose phrase holds it, when a
    person or group is its subject, reports their words; a label on the noun after it is the
    writer's ('won most "very conservative" voters')."""
    if modifies_noun(doc, end) or glossed_name(doc, start) or glossed_after(doc, end):
        return None
    inside = doc[start:end]
    if len(inside) > 12 or any(t.text in SENTENCE_END for t in inside[:-2]):
        return None  # a quotation of its own, not a phrase quoted inside a clause
    if _names_only(inside):
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
        subject.ent_type_ in HUMAN_SUBJECTS
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
    return Cue(verb, verb.text, subject, [char_range(doc, *trimmed)], quoted=True)


def cut_before_quote(
    doc: Doc, cue: Cue, span: tuple[int, int], quote_token: int, cues_at: dict[int, Cue]
) -> list[tuple[int, int]]:
    """'X said: "Q," she said': the second cue's content is Q alone, not X's words before it;
    but a report that the second cue reports whole keeps its speaker and cue ('Lee said Park
    "would never win," an aide recalled', ``closing_report``)."""
    out = []
    quote = doc[quote_token]
    for fragment in cue.fragments:
        if fragment[0] < span[0] < fragment[1] and cue.token.idx >= span[1]:
            first = doc.char_span(fragment[0], span[0], alignment_mode="expand")
            if first is not None and any(
                _reports_before(t, cue, quote_token, cues_at)
                and not (t.i in cues_at and closing_report(cues_at[t.i], cue, quote))
                for t in first
            ):
                fragment = (_quote_clause_start(doc, cue, quote_token, cues_at), fragment[1])
        out.append(fragment)
    return out


def clause_of_partial(
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


def sentence_before_cue(
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
    return char_range(doc, *trimmed) if trimmed else None


def clause_after_cue(doc: Doc, cue: Cue, start: int, end: int) -> tuple[int, int] | None:
    """'Lee told reporters the board had "no plan at all" for the site': a quotation inside a
    clause with a subject of its own after the cue is part of what the cue reports, the
    clause's subject, verb and the phrases after the quotation; the words quoted are not a
    statement apart. A verb that takes the quotation itself ('he yelled "Stop!"') or a
    relative clause ('articles that examined "the gap"') reports nothing more."""
    before = start - 1 if start > 0 and doc[start - 1].is_quote else start
    if cue.fragments or cue.token.i >= before - 1 or not doc[before - 1].is_alpha:
        return None
    token = doc[start:end].root
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} and not start <= token.i < end:
            break
        if token.head == token:
            return None
        token = token.head
    else:
        return None
    if token == cue.token or token.sent != cue.token.sent:
        return None
    subjects = [c for c in token.lefts if c.dep_ in {"nsubj", "nsubjpass"}]
    subject = subjects[-1] if subjects else None  # the parse may hang the cue's subject here too
    if subject is None or not cue.token.i < subject.i < before or subject.tag_ in {"WDT", "WP"}:
        return None
    first = subject.left_edge.i
    mark = next((c for c in token.children if c.dep_ == "mark" and c.i == first - 1), None)
    if mark is not None:
        first = mark.i
    if first <= cue.token.i or any(t.is_quote or t.text in {":", ";"} for t in doc[first:before]):
        return None
    trimmed = trim(doc, first, max(token.right_edge.i + 1, end))
    return char_range(doc, *trimmed) if trimmed else None


def _reports_before(token: Token, cue: Cue, quote_token: int, cues_at: dict[int, Cue]) -> bool:
    """A colon, or another cue that governs the quotation ('X said: "Q," she said'), sets off
    what comes before it as someone else's report; a cue in a side clause does not ('After Lee
    asked, [the pair became "agitated"], a source said'), nor the quotation's own verb when its
    content stops short of the quotation, nor a verb outside the lexicon of saying that the
    parse gives nothing to report ('[He had worked there for years and was "a fine
    colleague,"] the firm said')."""
    if token.text == ":":
        return True
    if token.i not in cues_at or token.i == cue.token.i or _idle_verb(cues_at[token.i]):
        return False
    quote = token.doc[quote_token]
    if not token.is_ancestor(quote):
        return False
    own_verb = next((t for t in quote.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return token != own_verb or any(f[1] > quote.idx for f in cues_at[token.i].fragments)


def _idle_verb(cue: Cue) -> bool:
    """A cue outside the lexicon of saying with no content: "had [worked] there for years"."""
    verb = cue.token
    return not cue.fragments and cue_lemma(verb.lemma_, verb.text) not in ALL_VERBS


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


def without_gloss(
    doc: Doc, cue: Cue, span: tuple[int, int], end_token: int
) -> list[tuple[int, int]]:
    """'The sign reads, "Q", the last words of the owner.': a content that opens with the
    quotation and goes on past it with a comma and a noun phrase closing the sentence (the
    writer's gloss on the words, relative clause and all) stops at the quotation."""
    if end_token + 1 >= len(doc) or doc[end_token].text != ",":
        return cue.fragments
    sentence = doc[end_token].sent
    tail = [t for t in doc[end_token + 1 : sentence.end] if not t.is_space]
    while tail and tail[-1].is_punct:
        tail.pop()
    if not tail or tail[0].pos_ not in {"DET", "ADJ", "NOUN", "PRON"} or tail[0].tag_ == "PRP":
        return cue.fragments
    inside = {t.i for t in tail}
    roots = [t for t in tail if t.head.i not in inside]
    if len(roots) != 1 or roots[0].pos_ != "NOUN" or roots[0].dep_ == "nsubj":
        return cue.fragments
    if any(t.is_quote or (t.pos_ in {"VERB", "AUX"} and t.dep_ != "relcl") for t in tail):
        return cue.fragments
    last = sentence[-1].idx + len(sentence[-1].text)
    return [
        (start, span[1]) if start == span[0] and span[1] < end <= last else (start, end)
        for start, end in cue.fragments
    ]
