"""The whole of an organisation name that an acronym in brackets spells out."""

from foretold.attribution.acronym_names import bracketed_acronym, spelled_out, spells_out_acronym


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
