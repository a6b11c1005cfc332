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
