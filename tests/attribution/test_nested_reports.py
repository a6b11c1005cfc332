"""Nested reports: what a speaker says they told someone is a statement of its own."""

from foretold.attribution.cue import Cue
from foretold.attribution.nested_reports import cited_source_reach, nested_report

from .cues_in_text import rest as _rest
from .cues_in_text import span as _span
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
    text = "Officials said the company hoped the data was safe."
    assert contents(text) == [("said", "the company hoped the data was safe")]


def test_a_named_reporter_inside_a_report_keeps_both_levels(contents):
    text = "The radio station reported the minister recommended the soldiers leave the town."
    assert contents(text) == [
        ("reported", "the minister recommended the soldiers leave the town"),
        ("recommended", "the soldiers leave the town"),
    ]


def test_a_named_claim_to_be_inside_a_report_keeps_both_levels(contents):
    text = "Neighbours told reporters the officers claimed to be searching for a bomb."
    found = contents(text)
    assert ("claimed", "to be searching for a bomb") in found
    assert len(found) == 2


def test_a_counted_group_inside_a_report_gives_way(contents):
    text = "The daily paper reported 72 percent of voters said the plan was unfair."
    assert [cue for cue, _ in contents(text)] == ["reported"]


def test_a_noun_after_alleged_is_no_inner_report(contents):
    text = "The daily paper reports the airline's director has alleged ties to the army."
    assert [cue for cue, _ in contents(text)] == ["reports"]


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


def test_a_teller_named_by_a_noun_keeps_the_inner_statement(nlp):
    text = "Lee said the minister told them that costs would fall."
    said, told = _said_and_told(nlp, text, "minister")
    assert nested_report(told, said)


def test_a_source_a_report_cites_keeps_its_own_statement(attributed):
    text = "The Daily Courier reported its source said the mayor had resigned on Friday."
    found = {(s.cue, s.text, s.speaker) for s in attributed(text).statements}
    assert ("said", "the mayor had resigned on Friday", "Daily Courier's source") in found
    assert (
        "reported",
        "its source said the mayor had resigned on Friday",
        "Daily Courier",
    ) in found


def test_a_cited_source_the_parse_took_for_an_object_keeps_its_statement(contents):
    text = (
        "The Courier further reported its source said that the gunman's brother moved in "
        "the day before the attack."
    )
    assert (
        "said",
        "that the gunman's brother moved in the day before the attack",
    ) in contents(text)


def test_a_cited_source_describing_something_keeps_its_statement(contents):
    text = (
        "The Courier claims an unnamed source described a garage being used as a weapons "
        "store ahead of a planned attack."
    )
    assert (
        "described",
        "a garage being used as a weapons store ahead of a planned attack",
    ) in contents(text)


def test_words_a_cited_source_quotes_in_a_clause_make_a_mixed_statement(attributed):
    text = 'The Courier reported its source said "two gunmen" were shot in a firefight.'
    found = {(s.cue, s.text, s.kind) for s in attributed(text).statements}
    assert ("said", '"two gunmen" were shot in a firefight', "mixed") in found


def test_a_whole_quotation_of_a_cited_source_stays_one_statement(contents):
    text = 'The Courier reported its source said, "We saw three men run from the building."'
    assert [cue for cue, _ in contents(text)] == ["reported"]


def test_a_cited_source_reports_the_rest_of_the_outer_report(nlp):
    text = "The paper reported its source claimed a suspect fled and remains at large."
    doc = nlp(text)
    reported = Cue(_token(doc, "reported"), "reported", doc[1], [_rest(text, "its source")])
    claimed = Cue(
        _token(doc, "claimed"), "claimed", _token(doc, "source"), [_span(text, "a suspect fled")]
    )
    assert nested_report(claimed, reported)
    assert cited_source_reach(claimed, reported) == [_rest(text, "a suspect fled")]


def test_an_unnamed_person_with_access_is_a_cited_source(contents):
    text = "The Courier reported that someone familiar with the talks said the deal was off."
    assert ("said", "the deal was off") in contents(text)
    text = "The Courier reported that a person close to the mayor said she would resign."
    assert ("said", "she would resign") in contents(text)


def test_an_unnamed_person_without_access_gives_way_to_the_report(contents):
    text = "The Courier reported that a person said the deal was off."
    assert ("said", "the deal was off") not in contents(text)
