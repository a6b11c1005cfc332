"""Who issued a document taken up again with "the" or an owner's pronoun, or named where its
words are spoken."""


def test_a_letter_speaks_for_whoever_sent_it(speaker_of):
    text = (
        "Ann Keller sent a letter to the council on Monday. "
        "The letter said the bridge would close in May."
    )
    assert speaker_of(text, "bridge") == "Ann Keller"


def test_a_statement_speaks_for_whoever_spoke_in_it(speaker_of):
    text = (
        "Velo Bank, in a statement released on Monday, announced job cuts. "
        "The statement also said the branches in Dunmore would close."
    )
    assert speaker_of(text, "branches") == "Velo Bank"


def test_a_proclamation_speaks_for_whoever_declared_the_emergency(speaker_of):
    text = (
        "On Friday, Governor Ann Keller declared a state of emergency over the floods. "
        "The proclamation said the floods had begun on March 1."
    )
    assert speaker_of(text, "March 1") == "Ann Keller"


def test_a_verdict_is_no_proclamation(speaker_of):
    text = (
        "The Velo Health Agency declared the outbreak a pandemic on Monday. "
        "The proclamation said schools would close."
    )
    assert speaker_of(text, "schools") != "Velo Health Agency"


def test_a_document_first_named_with_its_signer_speaks_for_the_signer(speaker_of):
    text = (
        "On Thursday, Pope Leo announced new church law. Per the decree signed by the leader "
        "of the church, bishops must report abuse. The decree also said the victims would "
        "stay anonymous."
    )
    assert speaker_of(text, "anonymous") == "Pope Leo"


def test_a_document_names_its_publisher_after_by(speaker_of):
    text = (
        "Shares rose on Friday. This comes despite a report released by the Velo Labor "
        "Department on the same day, which said that the economy shed 60,000 jobs in March."
    )
    assert speaker_of(text, "jobs") == "Velo Labor Department"


def test_a_report_speaks_for_the_body_it_came_from(speaker_of):
    text = (
        "According to a 1990 report from the Velo Safety Board, the plane had crashed before. "
        "The report said two passengers were hurt."
    )
    assert speaker_of(text, "passengers") == "Velo Safety Board"


def test_a_document_taken_up_with_their_speaks_for_whoever_issued_it(speaker_of):
    text = (
        "The government of Velo issued a statement agreeing the matter should go to the "
        "courts. Their statement also read "
        '"the ruling ignores the wishes of the islanders."'
    )
    assert speaker_of(text, "islanders") != "their statement"
    assert "government" in speaker_of(text, "islanders")


def test_a_letter_the_subject_speaks_in_is_the_subjects(speaker_of):
    text = (
        "Ann Keller resigned in a letter to the board stating, "
        '"I can no longer meet the duties of the post."'
    )
    assert speaker_of(text, "duties") == "Ann Keller"


def test_a_document_first_named_with_its_owner_speaks_for_the_owner(speaker_of):
    text = "Acme's filing showed heavy losses last year. The filing said the firm would cut jobs."
    assert speaker_of(text, "cut jobs") == "Acme"


def test_a_document_taken_up_twice_speaks_for_whoever_issued_it(speaker_of):
    text = (
        "Velo Bank, in a statement released on Monday, announced job cuts. "
        "The statement also said the branches in Dunmore would close. "
        "Staff would move to Carrow, where, the statement said, rents have fallen."
    )
    assert speaker_of(text, "rents") == "Velo Bank"


def test_a_document_taken_up_after_one_nobody_issued_stays_nobodys(speaker_of):
    text = (
        "Ann Keller sent a letter to the council on Monday. "
        "A letter was found at the station on Tuesday. "
        "The letter said the bridge would close in May. "
        "The letter also said the ferry would stop."
    )
    assert speaker_of(text, "ferry") == "letter"


def test_an_emphatic_reflexive_subject_gives_the_name_beside_it(speaker_of):
    text = (
        "Tesla said in its report that the review had begun. "
        "In the report itself Tesla also made this point. "
        "According to the report, the firm told the regulator in March."
    )
    assert speaker_of(text, "regulator") == "Tesla"
