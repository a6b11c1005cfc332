"""A relative "who" stands for a person, not the organisation in a role phrase."""


def test_who_after_a_role_of_an_organisation_is_the_person(attributed):
    result = attributed(
        "Reporters then contacted Maria Lopez, the director of the Harbor Institute, who has "
        "long been critical of the new port plan."
    )
    critical = next(s for s in result.statements if s.cue == "critical")
    assert critical.speaker == "Maria Lopez"
    assert critical.text == "the new port plan"


def test_who_the_parser_left_without_a_relative_clause_stands_for_the_noun_before(from_rows):
    from foretold.attribution.relative_people import stray_who_antecedent

    doc = from_rows(
        [
            "Ten 1 nsubj CD NUM ten",
            "died 1 ROOT VBD VERB die",
            ", 1 punct , PUNCT ,",
            "according 1 prep VBG VERB accord",
            "to 3 prep IN ADP to",
            "police 4 pobj NNS NOUN police",
            ", 8 punct , PUNCT ,",
            "who 8 nsubj WP PRON who",
            "said 1 conj VBD VERB say",
            "so 8 advmod RB ADV so",
        ]
    )
    antecedent = stray_who_antecedent(doc[7])
    assert antecedent is not None and antecedent.text == "police"


def test_who_after_a_role_at_an_organisation_is_the_named_person(attributed):
    result = attributed(
        "A different view came from Mark Hale, a labour economist at Harrow University, who "
        'stated, "Strikes rarely end well."'
    )
    stated = next(s for s in result.statements if s.cue == "stated")
    assert stated.speaker == "Mark Hale"


def test_who_after_a_role_with_an_organisation_is_the_named_person(attributed):
    result = attributed(
        "The fund hired Ann Lee, a lawyer with Baker Group, who said the deal would save money."
    )
    said = next(s for s in result.statements if s.cue == "said")
    assert said.speaker == "Ann Lee"


def test_who_after_an_organisation_alone_stays_the_organisation(attributed):
    result = attributed("The plan was backed by the Harbor Trust, who said it would save money.")
    said = next(s for s in result.statements if s.cue == "said")
    assert said.speaker == "Harbor Trust"
