"""A report of telling inside another's content, a statement of its own: in "Lee said [he
told Park that taxes would rise]" Lee says he told Park something, and what he told Park
("that taxes would rise") is a statement of its own, the teller's words as reported, next to
Lee's.

Both levels stay when the inner cue is a verb of telling someone ("tell", "inform", "assure",
...) that heads the clause the outer cue reports, its subject is a personal pronoun inside
that clause, and its content is a clause of its own without quotation marks. A quotation
told inside a report stays one statement (``reported_reports`` gives it to one cue or the
other: 'Officials say he told them, "Q"'), and another inner verb ("Officials said the
company hoped ...") gives way to the outer report, as does content that is only a noun
phrase ("she told them the news"). A reporter named by a noun, with any verb of saying and a
clause of its own, inside a report of saying keeps its statement too ("NPR reported [the
minister recommended [the troops withdraw]]", ``_named_reporter``).

A source a report cites, named by the noun "source" or as an unnamed person with access to the
matter ("someone familiar with the talks", "a person close to the mayor"), keeps a statement of
its own too: in "the paper reported its source said the mayor had resigned" the source says
the mayor had resigned, a statement beside the paper's; any verb of saying in the content
hangs from the outer cue, and what the source says may be a clause or what it describes ("an
unnamed source described a flat being used as a store")."""

from __future__ import annotations

from spacy.tokens import Token

from foretold.attribution.cue import CUE_LEMMAS, QUOTE_CHARS, Cue
from foretold.attribution.cues import ADDRESSEE_VERBS, cue_lemma

# Pronouns a teller inside a report may be: "Lee said [she] told them ...".
_TELLER_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
# Nouns naming the source a report cites: "the paper reported [its source] said ...".
_SOURCE_NOUNS = frozenset({"source", "sources"})
# Words for an unnamed person that a phrase of access makes a source: "[someone] familiar with
# the talks", "[a person] close to the mayor", "[people] with knowledge of the plan".
_UNNAMED_PEOPLE = frozenset({"someone", "somebody", "person", "persons", "people", "insider"})
# Adjectives of access that take those words for a source: "familiar with", "close to".
_ACCESS_ADJECTIVES = frozenset({"familiar", "close"})


def _source(subject: Token) -> bool:
    """A subject that names the source a report cites: the noun "source", or an unnamed
    person described by their access to the matter ("someone familiar with the talks", "a
    person close to the mayor", "people with knowledge of the plan"; but "a person said")."""
    if subject.lower_ in _SOURCE_NOUNS:
        return True
    if subject.lower_ not in _UNNAMED_PEOPLE:
        return False
    for child in subject.children:
        if child.dep_ == "amod" and child.lower_ in _ACCESS_ADJECTIVES:
            return any(c.dep_ == "prep" for c in child.children)
        if child.dep_ == "prep" and child.lower_ == "with":
            return any(c.lower_ == "knowledge" for c in child.children)
    return False


def nested_report(inner: Cue, outer: Cue) -> bool:
    """Whether ``inner``, a cue inside ``outer``'s content, is a report of telling that keeps
    its own statement beside the outer one ("Lee said [she told them that costs rose]")."""
    token = inner.token
    subject = inner.subject
    if subject is not None and _source(subject):
        return _cited_source(inner, outer, subject)
    if subject is not None and _named_reporter(inner, outer, subject):
        return True
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != token.i:
        return False
    if subject.lower_ not in _TELLER_PRONOUNS or token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.lemma_.lower() not in ADDRESSEE_VERBS or token.head.i != outer.token.i:
        return False
    if inner.quoted or not inner.fragments or not outer.fragments:
        return False
    if cue_lemma(outer.token.lemma_, outer.token.text) not in CUE_LEMMAS:
        return False
    if outer.token.idx >= outer.fragments[0][0]:
        return False  # the outer cue opens its report: "Lee said [...]"
    clause = _told_clause(token)
    if clause is None or not all(clause[0] <= a and b <= clause[1] for a, b in inner.fragments):
        return False
    return all(
        any(a <= f[0] and f[1] <= b for a, b in outer.fragments)
        for f in (*inner.fragments, (subject.idx, subject.idx + 1))
    )


def cited_source_reach(inner: Cue, outer: Cue) -> list[tuple[int, int]]:
    """The content of a source a report cites runs to the end of that report: what is left of
    the outlet's words after "its source said" is the source's ("the paper reported its source
    claimed [a suspect fled and remains at large]", where the parse joins "remains" to
    "claimed"). Other inner reports keep their fragments."""
    subject = inner.subject
    if subject is None or not _source(subject) or not inner.fragments:
        return inner.fragments
    if not _cited_source(inner, outer, subject):
        return inner.fragments
    last = inner.fragments[-1]
    end = next((b for a, b in outer.fragments if a <= last[0] < b), last[1])
    return [*inner.fragments[:-1], (last[0], max(end, last[1]))]


def _cited_source(inner: Cue, outer: Cue, subject: Token) -> bool:
    """Whether ``inner``, a verb of saying whose subject names a source, hangs from
    ``outer``, a verb of the lexicon that opens its report, with its words and its subject
    inside that report ("the paper reported [its source said [the mayor had resigned]]")."""
    token = inner.token
    if token.pos_ != "VERB" or token.head.i != outer.token.i or token.dep_ != "ccomp":
        return False
    if not inner.fragments or not outer.fragments:
        return False
    if inner.quoted and _whole_quotation(token.doc.text, inner.fragments):
        return False  # 'the paper reported its source said, "Q"': one statement
    if cue_lemma(token.lemma_, token.text) not in CUE_LEMMAS:
        return False
    if cue_lemma(outer.token.lemma_, outer.token.text) not in CUE_LEMMAS:
        return False
    if outer.token.idx >= outer.fragments[0][0]:
        return False
    return all(
        any(a <= f[0] and f[1] <= b for a, b in outer.fragments)
        for f in (*inner.fragments, (subject.idx, subject.idx + 1))
    )


def _whole_quotation(text: str, fragments: list[tuple[int, int]]) -> bool:
    """Content that opens and closes with quotation marks ('"We saw them run."'), not words
    quoted within a clause ('"three men" ran')."""
    words = " ".join(text[a:b] for a, b in fragments).strip()
    return len(words) > 1 and words[0] in QUOTE_CHARS and words[-1] in QUOTE_CHARS


def _told_clause(verb: Token) -> tuple[int, int] | None:
    """The characters of the clause a verb of telling reports ("told Park [that taxes would
    rise]"), or None when it has none."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    last = clause.right_edge
    return clause.left_edge.idx, last.idx + len(last.text)


# Verbs by which a reporter gives words: the outer report and a named reporter inside it
# ("NPR reported [the minister recommended [the troops withdraw]]").
_REPORTING_VERBS = frozenset(
    {
        *("say", "tell", "claim", "report", "announce", "allege", "state", "write"),
        *("recommend", "admit", "testify", "insist", "argue", "warn", "confirm", "deny", "note"),
    }
)


def _named_reporter(inner: Cue, outer: Cue, subject: Token) -> bool:
    """Whether ``inner`` is a verb of saying with a clause of its own and a noun subject,
    heading the clause that ``outer``, a verb of saying opening its report, reports: "NPR
    reported [the minister recommended [the troops withdraw]]", "Lee said [his aides said
    [the talks failed]]". The inner speaker's words are a statement of their own beside the
    outer report of them. A counted group ("a poll showed [72 percent said ...]") stays in
    the poll's report, and so does a noun after "alleged" ("he has alleged ties to ...")."""
    token = inner.token
    head = outer.token
    if subject.dep_ != "nsubj" or subject.head.i != token.i or token.pos_ != "VERB":
        return False
    if subject.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in _REPORTING_VERBS:
        return False
    if (
        token.head.i != head.i
        or token.dep_ != "ccomp"
        or head.lemma_.lower() not in _REPORTING_VERBS
    ):
        return False
    if not any(c.dep_ in {"ccomp", "xcomp"} for c in token.children):
        return False
    if subject.lower_ in _UNNAMED_PEOPLE:
        return False  # "reported that a person said ...": no one named (``_source``)
    if any(c.like_num or c.ent_type_ in {"PERCENT", "CARDINAL"} for c in subject.subtree):
        return False
    if not inner.fragments or not outer.fragments or inner.quoted:
        return False
    if head.idx >= outer.fragments[0][0]:
        return False  # the outer cue opens its report: "Lee said [...]"
    return all(
        any(a <= f[0] and f[1] <= b for a, b in outer.fragments)
        for f in (*inner.fragments, (subject.idx, subject.idx + 1))
    )
