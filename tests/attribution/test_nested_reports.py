"""Nested reports: what a speaker says they told someone is a statement of its own."""

from foretold.attribution.cue import Cue
from foretold.attribution.nested_reports import nested_report

from .cues_in_text import rest as _rest
from .cues_in_text import token as _token

TOLD = "Mayor Ann Lee said on Monday that she had told the council that the bridge was unsafe."


def test_a_report_of_telling_keeps_both_levels(attributed):
    statements = attributed(TOLD).statements
    found = {(s.cue, s.text, s.speaker, s.kind) for s in statements}
    assert (
        "said",
        "that she had told the council that the bridge was unsafe",
        "Ann Lee",
        "indirect",
    ) in found
    assert ("told", "that the bridge was unsafe", "Ann Lee", "indirect") in found
    assert len({s.id for s in statements}) == len(statements) == 2


def test_an_unnamed_teller_keeps_the_inner_statement(attributed):
    text = "Aides to the governor say he told them the strike would end soon."
    found = [(s.cue, s.text) for s in attributed(text).statements]
    assert ("told", "the strike would end soon") in found
    assert ("say", "he told them the strike would end soon") in found


def test_a_report_of_another_verb_gives_way(contents):
    text = "Officials said the company claimed the data was safe."
    assert contents(text) == [("said", "the company claimed the data was safe")]


def test_a_told_quotation_stays_one_statement(contents):
    text = 'Officials say he told the guards, "We will win this fight."'
    assert [cue for cue, _ in contents(text)] == ["say"]


def test_a_noun_phrase_told_is_no_statement_of_its_own(contents):
    text = "Ann Lee said she told the council the news."
    assert [cue for cue, _ in contents(text)] == ["said"]


def _said_and_told(nlp, text: str, teller: str) -> tuple[Cue, Cue]:
    doc = nlp(text)
    said = Cue(_token(doc, "said"), "said", doc[0], [_rest(text, f"{teller} told")])
    told = Cue(_token(doc, "told"), "told", _token(doc, teller), [_rest(text, "that costs")])
    return said, told


def test_a_pronoun_teller_keeps_the_inner_statement(nlp):
    said, told = _said_and_told(nlp, "Lee said she told them that costs would fall.", "she")
    assert nested_report(told, said)


def test_a_teller_named_by_a_noun_gives_way(nlp):
    text = "Lee said the minister told them that costs would fall."
    said, told = _said_and_told(nlp, text, "minister")
    assert not nested_report(told, said)
