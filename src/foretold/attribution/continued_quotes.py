"""Quotations that go on with a statement already attributed: the next quotation after a cue's own,
in the same paragraph or the next ('"X," she said. "Y."'), unless a sentence of its own between
them reports another statement ('"X," said Lee. Cole denied it. "Y."': Cole's) or the next is a
label with a colon heading what follows ('"Related:"'), the sentence a
quotation follows ('She argued that X. "Y."') or the report an "and" before it closes ('said she
was "proud" of it and "we will go on."') or, filling a paragraph of its own, the paragraph
before, a quotation that opens right where a cue's content stops ('She urged voters "to stay
home."'), a quotation left open or a report closed by a colon at the end of a paragraph, a cue's
content that resumes after a quotation in its sentence, and a verb alone between two quotations
that starts a statement of the same speaker ('backs "A," opposes "B"'). A participle "adding"
that closes the first cue's sentence with a report of its own ('"X," she said, adding that Z.
"Y."') passes the next quotation on: it goes on with what she added, not with "X"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from foretold.attribution.cue import QUOTE_CHARS, SENTENCE_END, Cue
from foretold.attribution.paragraphs import fills_paragraph


def continues(text: str, previous: Cue, previous_end: int, start: int) -> bool:
    """A quotation continues the one before: next paragraph with nothing between, or the same
    paragraph with at most the attribution between ('"X," she said. "Y."')."""
    between = text[previous_end:start]
    if "\n" in between:
        return between.strip() == "" and between.count("\n") <= 2
    words = len(between.split())
    if words <= 1:
        return True
    return previous_end <= previous.token.idx < start and words <= 40


def heading_label(text: str, span: tuple[int, int]) -> bool:
    """A quotation of one or two words ending in a colon that fills a paragraph of its own
    ('"Related:"', '"Update:"') heads what follows it: a label, not more of the words of the
    quotation before."""
    start, end = span
    words = text[start:end].strip(_MARKS).split()
    return 0 < len(words) <= 2 and words[-1].endswith(":") and fills_paragraph(text, start, end)


_MARKS = "".join(sorted(QUOTE_CHARS)) + "\u2018\u2019 "


def moves_on(text: str, previous: Cue, previous_end: int, start: int) -> bool:
    """The sentence of the cue between two quotations goes on past the cue with a clause of its
    own ('"X," Lee said, and her husband cut in. "Y."'; '"X," she said, then referred to the
    budget. "Y."'): the next quotation follows that last clause, not the first cue's words. A
    verb after an inverted cue's subject goes with the subject's description ('"X," said Lee, a
    historian and runs a website. "Y."'), not with a clause of its own."""
    token = previous.token
    if "\n" in text[previous_end:start] or not previous_end <= token.idx < start:
        return False
    before = previous.subject is not None and previous.subject.i < token.i
    return any(
        c.dep_ == "conj"
        and c.tag_ in {"VBD", "VBZ", "VBP"}
        and c.idx < start
        and (before or any(d.dep_ == "nsubj" for d in c.children))
        for c in token.children
    )


def added_after(previous: Cue, before: Cue | None) -> bool:
    """The statement closing the sentence before a quotation is that of the participle "adding"
    hanging on the previous cue, after it ('"X," she said, adding that Z. "Y."'): the speaker
    went on to Z, and the quotation after it goes on with those words. Other participles set
    the scene for the first cue's words ('"X," Lee said, referring to the plan. "Y."';
    'noting that ...'), and the quotation stays with that cue."""
    if before is None or before is previous:
        return False
    token = before.token
    return (
        token.tag_ == "VBG"
        and token.lemma_ == "add"
        and token.dep_ == "advcl"
        and token.head.i == previous.token.i
        and token.i > previous.token.i
    )


def verb_between(
    doc: Doc, text: str, previous: Cue, previous_end: int, start_token: int
) -> Token | None:
    """'Lee backs "fair raises," opposes "pay freezes"': a tensed verb with no subject of its
    own, alone between a cue's quotation and the next, takes the next as its object; the same
    speaker says it, in a statement of its own rather than more of the first."""
    if previous.subject is None or start_token == 0 or previous_end < 0:
        return None
    verb = doc[start_token - 1]
    between = text[previous_end : verb.idx]
    if between.strip(" ,") or "\n" in between:
        return None
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBD", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    return verb


def later_statement(text: str, cues: list[Cue], previous: Cue, start: int) -> Cue | None:
    """A statement in a sentence of its own between a quotation and the sentence of the cue
    before it, closing the sentence the quotation follows ('"X," said Lee. The chair, Ann
    Cole, denied the report. "Y."'): the quotation goes on with that statement, not with the
    one before (a cue in the earlier cue's own sentence does not count: '"X," said Lee, who
    likened it to a farce. "Y."'); None when there is none."""
    before = statement_before(text, cues, start)
    if before is None or before is previous:
        return None
    return before if before.token.sent.start >= previous.token.sent.end else None


def statement_before(text: str, cues: list[Cue], start: int, *, clause: bool = False) -> Cue | None:
    """The attribution whose content closes the sentence a quotation follows in the same
    paragraph ("She argued that X. "Y.""), or, for a quotation that holds a verb (``clause``),
    runs up to an "and" right before it ('said he was "humbled" by the result and "we will
    earn it."', but not a quoted term ending a list: 'discussed the budget and "Plan B"'): the
    quotation goes on with the speaker's words."""
    for cue, between in _closing_before(text, cues, start):
        if "\n" not in between and (
            between.strip() in {".", "?", "!", ":"}
            or _closed_by_abbreviation(text, cue, between)
            or (clause and between.strip() == "and")
            or _reports_sentence(text, cue, start)
        ):
            return cue
    return None


def _closed_by_abbreviation(text: str, cue: Cue, between: str) -> bool:
    """The content ends with the full stop of an abbreviation that also closes its sentence,
    with only a space before the quotation ("said the blast came at 7 p.m. "Q."")."""
    last = cue.fragments[-1][1]
    return between != "" and between.strip() == "" and text[last - 1] == "."


def _closing_before(text: str, cues: list[Cue], start: int) -> Iterator[tuple[Cue, str]]:
    """The cues with a speaker whose content closes after the cue and before ``start``, each
    with the text between its content and ``start``."""
    for cue in cues:
        if cue.subject is None or not cue.fragments:
            continue
        last = cue.fragments[-1][1]
        if cue.token.idx < last <= start:
            yield cue, text[last:start]


def statement_above(text: str, cues: list[Cue], span: tuple[int, int]) -> Cue | None:
    """A quotation that fills a paragraph of its own, right after a paragraph that a reported
    statement closes ('Lee added that the plan had failed.\n\n"It was doomed from the
    start."'), goes on with that statement: the speaker's words, past the break."""
    start, end = span
    if not fills_paragraph(text, start, end) or _labelled(text[start:end]):
        return None
    for cue, between in _closing_before(text, cues, start):
        if cue.subject.head != cue.subject.sent.root:
            continue  # 'the DNC apologised for emails in which aides suggested X.': not the aides
        if between.strip() in {".", "?", "!"} and 1 <= between.count("\n") <= 2:
            return cue
    return None


def _labelled(quotation: str) -> bool:
    """The quotation opens with a speaker's label and a colon, as a transcript does ('"LEE: We
    won."'): the label, not the statement before, names who speaks."""
    words = quotation.split()[:4]
    return any(word.endswith(":") for word in words)


def _reports_sentence(text: str, cue: Cue, start: int) -> bool:
    """The cue heads the whole sentence right before the quotation, whose content stops short
    of its end ("Lee announced the suit on Monday, in the capital. "Q.""): the quotation goes
    on with what the speaker announced."""
    token = cue.token
    sentence = token.sent
    after = text[sentence.end_char : start]
    return (
        all(a.i > token.i for a in token.ancestors)
        and cue.subject is not None
        and cue.subject.left_edge.i == sentence.start
        and after.strip() == ""
        and "\n" not in after
        and sentence[-1].text in SENTENCE_END
        and not any(t.is_quote for t in sentence)
    )


def run_on(
    fragments: list[tuple[int, int]], end: int, span: tuple[int, int]
) -> list[tuple[int, int]]:
    """A quotation left open at the end of its paragraph goes on in the next one: the fragment
    ending there runs on to the end of the next quotation ('"A.\n\n"B," she said.')."""
    out = [(f[0], span[1]) if f[1] == end else f for f in fragments]
    return out if out != fragments else sorted([*fragments, span])


def over_colon(
    text: str, fragments: list[tuple[int, int]], span: tuple[int, int]
) -> list[tuple[int, int]]:
    """A report that a colon closes at the end of its paragraph goes on into the quotation that
    opens the next one, as one statement ('She said that, all told:\n\n"Q."'); within a
    paragraph the quotation joins the report as a fragment of its own."""
    last = max((f[1] for f in fragments), default=-1)
    between = text[last : span[0]] if 0 <= last <= span[0] else ""
    if between.strip() == ":" and "\n" in between:
        return run_on(fragments, last, span)
    return sorted([*fragments, span])


def join_following(
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
        if fragment[0] <= span[0] or fragment[0] >= sentence.end_char:
            continue
        if fragment[0] < span[1]:  # the parse began the content at the closing mark
            fragment = (span[1], max(span[1], fragment[1]))
        between = doc.char_span(span[1], fragment[0], alignment_mode="expand")
        if between is None or any(
            t.text in SENTENCE_END or t.is_quote or "\n" in t.text for t in between
        ):
            return None
        if any(f[1] > span[0] and f[0] < span[0] for f in cue.fragments):
            return None
        return sorted([*cue.fragments[:index], (span[0], fragment[1]), *cue.fragments[index + 1 :]])
    return None


def join_preceding(
    text: str, cue: Cue, span: tuple[int, int], comma: bool = False
) -> list[tuple[int, int]] | None:
    """'She urged voters "to stay home."': the cue's content stops right where a quotation
    opens, with nothing but a space between (or a comma, for a quoted reason that goes on with
    the content: 'argued that it was late, "because ..."'); the quotation goes on with that
    content, as one fragment."""
    for index, fragment in enumerate(cue.fragments):
        if fragment[1] <= span[0] and cue.token.idx < fragment[1]:
            between = text[fragment[1] : span[0]]
            if between.strip() in ({"", ","} if comma else {""}) and "\n" not in between:
                joined = (fragment[0], span[1])
                return [*cue.fragments[:index], joined, *cue.fragments[index + 1 :]]
    return None
