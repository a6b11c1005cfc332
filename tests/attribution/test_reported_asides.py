from foretold.attribution.reported_asides import reported_aside


def test_reporting_aside_with_its_source_reports_the_clause_around_it(contents):
    text = "The plan, first reported by the Post on Monday, will cost the city $5 million."
    found = contents(text)
    assert found == [("reported", text[:-1])]


def test_reporting_aside_gives_the_subject_and_the_predicate(nlp):
    doc = nlp("The plan, first reported by the Post on Monday, will cost the city $5 million.")
    verb = next(t for t in doc if t.lower_ == "reported")
    parts = [doc[a:b].text for a, b in reported_aside(verb)]
    assert parts == ["The plan", "will cost the city $5 million"]


def test_aside_with_an_as_phrase_is_left_to_the_description(nlp):
    doc = nlp("A cargo plane, reported by local media as belonging to the navy, crashed.")
    verb = next(t for t in doc if t.lower_ == "reported")
    assert reported_aside(verb) == []


def test_aside_with_no_source_named_is_left_alone(nlp):
    doc = nlp("The plan, first reported on Monday, will cost the city $5 million.")
    verb = next(t for t in doc if t.lower_ == "reported")
    assert reported_aside(verb) == []
