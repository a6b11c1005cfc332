"""A paragraph naming the interviewee in full, with no first person, ends the answer."""

from foretold.attribution.narration_paragraphs import narration_start

ANSWER = (
    "((Ann Lee)) I started at six.\n\nMy parents backed me.\n\n"
    "Having won twice, Ann Lee decided to stay in Spain.\n\n"
)


def test_third_person_paragraph_ends_the_answer():
    start = ANSWER.index("I started")
    assert narration_start(ANSWER, start, len(ANSWER), "Ann Lee") == ANSWER.index("Having")


def test_first_person_or_quoted_naming_is_the_answer():
    text = (
        "((Ann Lee)) We chose a name.\n\nIt stands for me, Ann Lee, and my deputy.\n\n"
        'The sign read "Ann Lee for mayor".\n\n'
    )
    assert narration_start(text, text.index("We"), len(text), "Ann Lee") is None
    assert narration_start(ANSWER, 0, len(ANSWER), "Lee") is None


def test_answer_statement_stops_before_the_narration(nlp):
    from foretold.attribution import attribute
    from foretold.ingest.article import make_article

    text = "\n\n".join(
        [
            "Chess player Ann Lee grew up in Leeds. She spoke with the Gazette.",
            "((G)) How did you start?",
            "((Ann Lee)) I started at six. My parents backed me.",
            "Having won twice as a girl, Ann Lee decided to leave the national team.",
            "((G)) Why did you leave?",
            "((Ann Lee)) It was not a good fit for me.",
        ]
    )
    article = make_article(text, language="en")
    answers = [
        s.text for s in attribute(nlp(article.text), article).statements if s.kind == "direct"
    ]
    assert "I started at six. My parents backed me." in answers
    assert not any("decided to leave" in a for a in answers)
