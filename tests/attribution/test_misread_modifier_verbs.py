"""A past-tense reporting verb the parser read as a modifier of the noun after it."""

from foretold.attribution.misread_modifier_verbs import misread_modifier_report

# A Wikinews sentence (CC BY 2.5): the parse makes "requested" an "amod" of "butterflies",
# the subject of "be given", and gives "Center" to "given" as its subject.
_WIKINEWS = (
    "The Center for Biological Diversity and Center for Food Safety requested monarch "
    "butterflies be given Endangered Species Act protections from the United States "
    "government in 2014."
)


def test_the_verb_read_as_a_modifier_reports_the_clause_after_it(attributed):
    found = [(s.cue, s.text) for s in attributed(_WIKINEWS).statements]
    assert found == [
        (
            "requested",
            "monarch butterflies be given Endangered Species Act protections from the United "
            "States government in 2014",
        )
    ]


def test_its_subject_is_the_noun_phrase_before_it(nlp):
    doc = nlp(_WIKINEWS)
    verb = next(t for t in doc if t.text == "requested")
    found = misread_modifier_report(verb)
    assert found is not None and found[0].text == "Center" and found[0].i == 1


def test_a_participle_on_a_noun_is_no_misread_verb(nlp):
    doc = nlp("The team visited the revised plan site.")
    assert misread_modifier_report(doc[4]) is None
