"""A sentence that goes on with a report in the speaker's backshifted future: after "The
clinic said in a statement the patient would undergo tests." the next sentence "His family
would be consulted before any update." is still the clinic's, the writer's own narration
would not shift a plan into "would". The sentence is reported by the same speaker when the
report before it ends its sentence in the same paragraph, holds its own "would" and no
quotation, and the sentence has no report of its own, no quotation, a "would" (not "would
have", a writer's counterfactual) on its main verb and a subject that is no pronoun pointing
back at an event ("This would make it the first ...": the writer's comment). A report of its
own inside a relative clause speaks only for that clause: the sentence before the clause still
goes on with the report ("[Lee would also guard the prisoners] whom, the memo said, no one
else would take": the memo's words in the clause, Lee's before it)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from foretold.attribution.cue import QUOTE_CHARS
from foretold.attribution.open_questions import AUX_DEPS, NOMINAL_SUBJECT_DEPS
from foretold.attribution.sentence_index import SentenceIndex
from foretold.attribution.token_index import tokens_in
from foretold.ids import record_id
from foretold.records import Statement

_WOULD = "would"
# Subjects that point back at an event rather than at the things reported.
_EVENT_POINTERS = frozenset({"this", "that", "it", "which", "these", "those"})


def backshifted_sequels(
    doc: Doc, statements: list[Statement], text: str | None = None
) -> list[Statement]:
    """The statements with one more for each sentence that continues an indirect report in
    the backshifted future (see the module's note); ``text`` is the doc's, when at hand."""
    text = doc.text if text is None else text  # Doc.text joins every token
    out = list(statements)
    sentences = SentenceIndex.of(doc).sentences
    for before, sentence in zip(sentences, sentences[1:], strict=False):
        if not _sequel(sentence):
            continue
        inside = [
            s for s in statements if s.start < sentence.end_char and sentence.start_char < s.end
        ]
        end = _words_end(sentence) if not inside else _before_relative(sentence, inside)
        if end is None:
            continue
        report = _closing_report(before, statements, text)
        if report is None:
            continue
        start = sentence.start_char
        out.append(
            replace(
                report,
                id=record_id(report.article_id, start, end, "indirect"),
                text=text[start:end],
                start=start,
                end=end,
                kind="indirect",
            )
        )
    return out


def _sequel(sentence: Span) -> bool:
    """A sentence with "would" on its main verb, no "have" after it, no quotation and a
    subject that does not point back at an event."""
    root = sentence.root
    helpers = [c.lower_ for c in root.children if c.dep_ in AUX_DEPS]
    if _WOULD not in helpers or "have" in helpers:
        return False
    if any(t.text in QUOTE_CHARS for t in tokens_in(sentence)):
        return False
    subjects = [c for c in root.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    return bool(subjects) and subjects[0].lower_ not in _EVENT_POINTERS


def _closing_report(sentence: Span, statements: list[Statement], text: str) -> Statement | None:
    """The indirect statement with a speaker that ends the sentence, and not its paragraph
    (the break after a paragraph is part of its last sentence), and has "would" in its words."""
    for statement in statements:
        if not sentence.start_char <= statement.start < sentence.end_char:
            continue
        if statement.kind != "indirect" or statement.speaker is None:
            continue
        if text[statement.end : sentence.end_char].strip(" .") != "":
            continue  # words or a paragraph break after the report
        if _WOULD in statement.text.lower().split():
            return statement
    return None


def _before_relative(sentence: Span, inside: list[Statement]) -> int | None:
    """The end of a sentence's words before the relative clause that holds every statement
    found in it, without the punctuation between ("[Lee would guard the prisoners] whom, the
    memo said, no one would take"), or None when no such clause opens after a word."""
    doc = sentence.doc
    for clause in sentence:
        if clause.dep_ != "relcl":
            continue
        first, last = clause.left_edge, clause.right_edge
        start, end = first.idx, last.idx + len(last.text)
        if all(start <= s.start and s.end <= end for s in inside):
            i = first.i - 1
            while i >= sentence.start and (doc[i].is_punct or doc[i].is_space):
                i -= 1
            return doc[i].idx + len(doc[i].text) if i >= sentence.start else None
    return None


def _words_end(sentence: Span) -> int:
    """The end of a sentence's words, before its closing punctuation."""
    last = sentence[-1]
    while last.i > sentence.start and (last.is_punct or last.is_space):
        last = sentence.doc[last.i - 1]
    return last.idx + len(last.text)
