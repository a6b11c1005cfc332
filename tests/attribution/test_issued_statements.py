"""A quotation filling a paragraph after a sentence in which someone issues a statement."""


def test_quotation_paragraph_after_an_issued_statement_is_the_issuer_s(attributed):
    found = attributed(
        "The bakery issued a statement on Monday apologizing to customers, who had waited "
        "weeks for their cakes.\n\n"
        "\u201cWe are deeply sorry for the delays, and we will refund every order.\u201d\n\n"
        "Its shares fell."
    ).statements
    quoted = [s for s in found if s.text.startswith("\u201cWe are")]
    assert len(quoted) == 1
    assert quoted[0].speaker_mention is not None
    assert quoted[0].speaker_mention.text == "The bakery"


def test_quotation_after_a_sentence_with_no_statement_is_not_given_to_it(attributed):
    found = attributed(
        "The bakery opened a new shop on Monday near the station, which had been empty.\n\n"
        "\u201cWe are deeply sorry for the delays, and we will refund every order.\u201d\n\n"
        "Its shares fell."
    ).statements
    assert not any(s.text.startswith("\u201cWe are") for s in found)
