"""A document held by someone named by a title speaks for that person."""


def test_the_ministers_statement_is_the_minister_named_before(attributed):
    result = attributed(
        "Minister Ann Cole spoke on Monday. The minister's statement said the port would reopen."
    )
    said = next(s for s in result.statements if s.text == "the port would reopen")
    assert said.speaker == "Ann Cole"
