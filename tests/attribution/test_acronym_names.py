"""The whole of an organisation name that an acronym in brackets spells out."""

from foretold.attribution.acronym_names import (
    bracketed_acronym,
    spelled_end,
    spelled_out,
    spells_out_acronym,
)


def test_an_acronym_reaches_back_over_commas_and_and(nlp):
    doc = nlp("He met the Velo Arts, Science and Culture Board (VASCB) on Monday.")
    tagged = doc[8:10]  # "Culture Board"
    assert bracketed_acronym(tagged) == "VASCB"
    assert spelled_out(tagged).text == "Velo Arts, Science and Culture Board"


def test_a_name_its_acronym_already_fits_stays_as_it_is(nlp):
    doc = nlp("He met the Norland Rail Board (NRB) on Monday.")
    assert spelled_out(doc[3:6]).text == "Norland Rail Board"


def test_no_acronym_leaves_the_name_alone(nlp):
    doc = nlp("He met Anna, Piet and the Culture Board on Monday.")
    assert spelled_out(doc[7:9]).text == "Culture Board"


def test_the_short_form_speaks_under_the_whole_name(attributed):
    result = attributed(
        "The plan drew criticism from the mayor and Norland Arts, Science and Heritage Council "
        "(NASHC) who questioned it. NASHC said that any change would need its approval."
    )
    said = next(s for s in result.statements if s.cue == "said")
    assert said.speaker == "Norland Arts, Science and Heritage Council"


def test_a_name_in_brackets_spells_out_the_acronym_before_it(nlp):
    doc = nlp("It is not about ships, NGOs [Non-Governmental Organizations] and politicians.")
    start = next(t.i for t in doc if t.text == "Non")
    end = next(t.i for t in doc if t.text == "Organizations") + 1
    assert spells_out_acronym(doc[start:end])
    doc = nlp("It is not about ships, NGOs [Nice Good People] and politicians.")
    start = next(t.i for t in doc if t.text == "Nice")
    assert not spells_out_acronym(doc[start : start + 3])


def test_a_short_form_with_a_small_letter_spells_out_a_name_cut_at_for(nlp):
    doc = nlp("Rail for Velotown (RfV) told passengers to use the stairs.")
    rail = next(t for t in doc if t.text == "Rail")
    assert doc[rail.i : spelled_end(rail)].text == "Rail for Velotown"


def test_a_short_form_in_capitals_spells_out_a_name_cut_at_from(nlp):
    doc = nlp("According to Letters from Velonia (LFV), the shops stayed open.")
    letters = next(t for t in doc if t.text == "Letters")
    assert doc[letters.i : spelled_end(letters)].text == "Letters from Velonia"


def test_a_short_form_that_spells_another_name_leaves_the_noun_alone(nlp):
    doc = nlp("Rail for Velotown (VHA) told passengers to use the stairs.")
    rail = next(t for t in doc if t.text == "Rail")
    assert spelled_end(rail) == rail.i + 1


def test_the_body_named_in_full_speaks(attributed):
    result = attributed("Rail for Velotown (RfV) told passengers to use the stairs.")
    told = next(s for s in result.statements if s.cue == "told")
    assert told.speaker_mention.text == "Rail for Velotown"
