"""What a reporting participle in an absolute "with" clause reports when the parse hung the
"with" phrase on the reported clause."""

from foretold.attribution.absolute_reports import hoisted_report


def test_the_clause_a_with_phrase_opens_is_what_its_participle_reports(attributed):
    text = (
        "The ferry sank near the pier; no deaths were reported on shore, "
        "with local media reporting no-one was on the beach."
    )
    found = [(s.speaker, s.cue, s.text) for s in attributed(text).statements]
    assert ("local media", "reporting", "no-one was on the beach") in found


def test_a_participle_that_keeps_its_clause_reads_it_as_before(nlp, attributed):
    text = "Turnout was high, with officials saying that nearly 70 percent of voters took part."
    saying = next(t for t in nlp(text) if t.text == "saying")
    assert hoisted_report(saying) is None
    found = [(s.cue, s.text) for s in attributed(text).statements]
    assert found == [("saying", "that nearly 70 percent of voters took part")]
