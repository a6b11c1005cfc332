"""Sources named by a closing participle of citing with no comma before it: the words the
writer adds on where a report came from, not part of it ("Reuters reported [the deal had
collapsed] citing two aides", "the paper said [the mayor would resign] quoting an aide").
Only a source that can speak counts, a person, a group or a document: in "said the firm
[shut the plant citing costs]" the costs are the firm's grounds and stay. A citing of such a
source before the verb that reports, opening the sentence or between commas after the
subject, names where the report came from and is no report itself ("Citing two aides, the
paper reported ...", "The paper, citing two aides, reported ...", "The paper reported,
citing hospital data, that 40 had died"). Nor is a citing of such
a source in a clause on the noun of a report or reporter ("the agency, which cited sources
close to the inquiry, ...", "reports citing aides say ..."): it tells where the words came
from, not words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foretold.attribution.cue import Cue, content_within
from foretold.attribution.cues import ALL_VERBS, HUMAN_SUBJECTS, SPEAKING_THINGS, cue_lemma
from foretold.attribution.speaker_words import people, person_noun

# Verbs of naming the source of a report: "citing sources", "quoting an aide".
SOURCING_VERBS = frozenset({"cite", "quote"})
# Relations by which the parser hangs a closing participle on the verb before it.
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})


def source_citing(verb: Token) -> bool:
    """A participle of citing or quoting, right after a word with no comma between, with a
    source that can speak for object: "collapsed [citing] two aides" (not "collapsed, citing
    ..." nor "shut the plant [citing] costs")."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in SOURCING_VERBS
        and verb.dep_ in _PARTICIPLE_DEPS
        and verb.head.i < verb.i
        and verb.left_edge.i == verb.i
        and verb.i > 0
        and not verb.doc[verb.i - 1].is_punct
        and any(c.dep_ == "dobj" and _speaking_source(c) for c in verb.children)
    )


# Relations along which a reported clause hangs on the verb that reports it.
_REPORTED_DEPS = frozenset({"ccomp", "xcomp"})


def citing_reporter(verb: Token) -> Token | None:
    """For a participle of citing a source with no comma before it, the reporting verb whose
    clause it closes, whose subject does the citing: "Reuters [reported] that the deal had
    collapsed citing two aides"; None for any other participle."""
    if not source_citing(verb):
        return None
    clause = verb.head
    while clause.dep_ in _REPORTED_DEPS and clause.head != clause:
        reporter = clause.head
        if cue_lemma(reporter.lemma_, reporter.text) in ALL_VERBS:
            return reporter
        clause = reporter
    return None


def drop_bare_citing(doc: Doc, start: int, end: int) -> int:
    """The end of a range without a closing "citing" or "quoting" participle that names a
    speaking source and follows with no comma: "reported [X to be dead] citing sources within
    the ministry" ends before "citing"."""
    for i in range(start + 1, end):
        verb = doc[i]
        if source_citing(verb) and verb.head.i >= start and verb.right_edge.i >= end - 2:
            return i
    return end


def _speaking_source(noun: Token) -> bool:
    """A noun of someone or something that can be a source: "sources", "an aide", "Reuters",
    "a report"."""
    return (
        people(noun)
        or person_noun(noun)
        or noun.ent_type_ in HUMAN_SUBJECTS
        or noun.lemma_.lower() in SPEAKING_THINGS
    )


def fronted_source(cue: Cue) -> bool:
    """A participle of citing or quoting a source that can speak, before the verb that
    reports: the source of the report, not something said ("Citing [two aides], the paper
    reported that the deal had collapsed", "The paper, citing [two aides], reported ..."; but
    "Citing [costs], the firm said it would close the plant" gives the firm's grounds)."""
    verb = cue.token
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in SOURCING_VERBS or cue.quoted:
        return False
    head = verb.head
    if verb.dep_ != "advcl" or head.i < verb.i:
        return False
    if cue_lemma(head.lemma_, head.text) in ALL_VERBS:
        return any(c.dep_ == "dobj" and _speaking_source(c) for c in verb.children)
    if not _opens_reported_clause(verb, head):
        return False
    return any(
        c.dep_ == "dobj" and (_speaking_source(c) or c.lemma_.lower() in _SOURCE_RECORDS)
        for c in verb.children
    )


# Nouns of records a report can rest on: "citing [hospital data]", "citing [official figures]"
# ("datum" is the tagger's lemma of "data").
_SOURCE_RECORDS = frozenset({"data", "datum", "figure", "statistic", "record", "tally", "count"})


def _opens_reported_clause(verb: Token, clause: Token) -> bool:
    """A citing between commas that opens the clause a reporting verb before it reports:
    "the paper reported[,] citing [hospital data][,] that 40 had died"."""
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.i > verb.i:
        return False
    if cue_lemma(reporter.lemma_, reporter.text) not in ALL_VERBS:
        return False
    doc = verb.doc
    after = verb.right_edge.i + 1
    return doc[verb.i - 1].text == "," and after < len(doc) and doc[after].text == ","


# Relations by which a clause of what a source said hangs on the source noun ("cited [a
# source] that the talks had failed"): then the clause, not the source, is the content.
_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
# Relations by which a clause hangs on the noun it says something of, and the parts of
# speech of such a noun.
_NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})


def cited_source(cue: Cue) -> bool:
    """A clause of citing or quoting on the noun of a report or reporter, whose content is
    nothing but a source that can speak: it tells where the report came from and says
    nothing ("the agency, which cited [sources close to the inquiry], ...", "reports citing
    [aides] say ...", "a report citing [the mayor's office]"). A verb of citing that closes
    or heads a sentence ("the paper reported ..., citing an aide", "the paper cited an
    aide") stays a report, as do "cited [a source that the talks had failed]" and "citing
    [costs]"."""
    verb = cue.token
    if verb.lemma_.lower() not in SOURCING_VERBS or cue.quoted:
        return False
    if verb.dep_ not in _NOUN_CLAUSE_DEPS or verb.head.pos_ not in _NOUN_POS:
        return False
    return any(
        c.dep_ == "dobj"
        and _speaking_source(c)
        and not any(g.dep_ in _CLAUSE_DEPS for g in c.children)
        and content_within(cue, c)
        for c in verb.children
    )
