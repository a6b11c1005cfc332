"""Replies given as a quotation in a "with" phrase."""


def test_reply_with_a_quotation_reports_the_quotation_not_the_question(contents):
    text = 'The mayor responded to a question about the bridge with "Not this year."'
    assert ("responded", '"Not this year."') in contents(text)
    assert all("question about" not in said for _, said in contents(text))


def test_answer_with_a_quotation_after_its_object_reports_the_quotation(contents):
    text = 'Ann Lee answered the question with "I will not run," and left the room.'
    assert ("answered", '"I will not run,"') in contents(text)
