"""A reporting verb the parser read as a participle on its own subject."""

from foretold.attribution.misread_participle_reports import misread_participle_report

# A Wikinews sentence (CC BY 2.5): the parse hangs "announced" on "chief" and gives "were"
# both "chief" and "there" as subjects.
_WIKINEWS = (
    "The city's security chief, Abdullah al-Jahafi, announced on Facebook on Tuesday there "
    "were suspects in custody."
)


def test_the_participle_on_a_subject_reports_the_clause_after_its_phrase(attributed):
    found = [(s.cue, s.speaker, s.text) for s in attributed(_WIKINEWS).statements]
    assert found == [("announced", "Abdullah al-Jahafi", "there were suspects in custody")]


def test_a_true_reduced_relative_is_no_misread_report(nlp):
    doc = nlp("The plan announced on Monday drew protests.")
    assert misread_participle_report(doc[2]) is None
