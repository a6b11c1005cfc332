"""The whole of an organisation name that an acronym in brackets spells out.

A long name with commas in it may be tagged only in part ("United Nations Educational,
Scientific and Cultural Organization (UNESCO)" tagged as "Cultural Organization"); the
acronym in brackets right after it shows where the name starts: its capitalised words, with
the "of", "and", "for", "the" and commas between them, back to the first word whose initial
opens the acronym.

The other way round, a name in brackets right after an acronym that it spells out is a gloss
of that acronym ("a CV [Curriculum Vitae]", `spells_out_acronym`), which names whatever the
acronym names.

A speaker noun the parse cut at a small word runs on to the bracket when the short form there
spells the whole, small words' letters counted or not ("Transport for London (TfL) told ...":
Transport for London, `spelled_end`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from foretold.attribution.entities import initials

_LINKS = frozenset({"of", "and", "for", "the", "on", ",", "&"})
_MAX_WORDS = 12  # words an acronym's name may run to


def bracketed_acronym(span: Span) -> str | None:
    """The acronym in brackets right after a name ("... Organization (UNESCO)": UNESCO), or
    None: two to eight capital letters."""
    doc = span.doc
    end = span.end
    while end > span.start and doc[end - 1].is_space:
        end -= 1
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1].text
    return word if word.isalpha() and word.isupper() and 2 <= len(word) <= 8 else None


def spelled_out(span: Span) -> Span:
    """A name with the words before it that its bracketed acronym spells out, when the
    acronym's initials run on before the tagged part ("Velo Arts, Science and Culture Board
    (VASCB)" tagged as "Culture Board": the whole name); the name itself otherwise.

    >>> from spacy.lang.en import English
    >>> doc = English()("the Velo Arts, Science and Culture Board (VASCB) said")
    >>> spelled_out(doc[6:8]).text
    'Velo Arts, Science and Culture Board'
    """
    acronym = bracketed_acronym(span)
    doc = span.doc
    if acronym is None or initials(span.text) == acronym:
        return span
    if not acronym.endswith(initials(span.text)):
        return span
    start = span.start
    while start > 0 and span.end - start < _MAX_WORDS:
        word = doc[start - 1]
        if not (word.is_title or word.is_upper or word.lower_ in _LINKS):
            break
        start -= 1
        found = initials(doc[start : span.end].text)
        if found == acronym and word.is_alpha and word.text[:1].isupper():
            return doc[start : span.end]
        if not acronym.endswith(found):
            break
    return span


_OPENING_BRACKETS = frozenset({"(", "["})


def spells_out_acronym(span: Span) -> bool:
    """Whether a name stands in brackets right after an acronym that it spells out, as a gloss
    of that word ("a CV [Curriculum Vitae]", "NGOs [Non-Governmental Organizations]", "her BEd
    [Bachelor of Education]"): the capitals of the acronym, a plural "s" and small letters
    aside, are the initials of the name's words, hyphenated parts counted apart."""
    doc = span.doc
    start = span.start
    if start < 2 or doc[start - 1].text not in _OPENING_BRACKETS:
        return False
    capitals = "".join(c for c in doc[start - 2].text if c.isupper())
    if len(capitals) < 2:
        return False
    words = doc[start : span.end].text.replace("-", " ")
    return initials(words) == capitals


# Small words a name's bracketed short form may keep a letter for ("Transport for London
# (TfL)", "Notes from Poland (NFP)").
_LINKED_WORDS = frozenset({"of", "for", "from", "on", "and", "in", "to", "the"})
_MAX_SPELLED = 8  # words a name its short form spells out may run to


def spelled_end(head: Token) -> int:
    """Where a capitalised speaker noun ends when the parse cut its name at a small word and a
    short form in brackets after the rest spells out the whole: "Transport for London (TfL)
    told ...", "According to Notes from Poland (NFP), ...": the name runs to the bracket, so
    the mention is the body's name, not its first word. The short form's letters are the
    initials of every word, small words counted or not ("TfL", "NFP", "PAG"). Right after
    the head otherwise."""
    doc = head.doc
    if not head.is_title or head.pos_ not in {"NOUN", "PROPN"}:
        return head.i + 1
    end = head.i + 1
    while end < len(doc) and end - head.i <= _MAX_SPELLED and doc[end].text != "(":
        word = doc[end]
        if not (word.is_title or word.is_upper or word.lower_ in _LINKED_WORDS):
            return head.i + 1
        end += 1
    if end == head.i + 1 or end + 2 >= len(doc) or doc[end + 2].text != ")":
        return head.i + 1
    if doc[end - 1].lower_ in _LINKED_WORDS or doc[head.i + 1].lower_ not in _LINKED_WORDS:
        return head.i + 1
    short = doc[end + 1].text
    if not (short.isalpha() and short[0].isupper() and short[-1].isupper() and len(short) >= 2):
        return head.i + 1
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
        start -= 1
    words = [w.text for w in doc[start:end]]
    every = "".join(w[0] for w in words).lower()
    capitals = "".join(w[0] for w in words if w[:1].isupper()).lower()
    return end if short.lower() in {every, capitals} else head.i + 1
