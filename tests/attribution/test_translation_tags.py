"""Translation tags inside an interview answer: the English words around the tagged originals."""

from __future__ import annotations

from foretold.attribution import attribute
from foretold.attribution.translation_tags import english_parts, tagged_originals
from foretold.ingest.article import make_article

ANSWER = (
    "We began in 1998. ((es))Spanish language: Empezamos en 1998.\n\n"
    "Then the counts grew. ((es))Spanish language: Luego crecieron."
)


def _parts(text: str) -> list[str]:
    return [text[start:end] for start, end in english_parts(text, 0, len(text))]


def test_english_words_stop_before_each_tagged_original():
    assert _parts(ANSWER) == ["We began in 1998.", "Then the counts grew."]


def test_originals_run_from_the_tag_to_the_end_of_their_paragraph():
    found = [ANSWER[start:end] for start, end in tagged_originals(ANSWER, 0, len(ANSWER))]
    assert found == [
        "((es))Spanish language: Empezamos en 1998.",
        "((es))Spanish language: Luego crecieron.",
    ]


def test_an_answer_without_a_tag_is_whole():
    assert _parts("We began in 1998.\n\nThen the counts grew.") == [
        "We began in 1998.\n\nThen the counts grew."
    ]


def test_a_tag_opening_a_paragraph_leaves_it_whole():
    assert _parts("((es))Spanish language: Empezamos.") == ["((es))Spanish language: Empezamos."]


def test_an_interview_answer_leaves_out_the_original(nlp):
    text = "\n\n".join(
        [
            "Farmer Lucia Ortega grows olives near the coast. She spoke with the Harbour Gazette.",
            "((HG)) How did the harvest go?",
            "((Lucia Ortega)) The harvest was small this year. ((es))Spanish language: "
            "La cosecha fue pequeña este año.",
            "((HG)) What comes next?",
            "((Lucia Ortega)) We will plant new trees. ((es))Spanish language: Plantaremos "
            "árboles nuevos.",
        ]
    )
    article = make_article(text, language="en")
    statements = attribute(nlp(article.text), article).statements
    answers = [s.text for s in statements if s.speaker == "Lucia Ortega" and s.kind == "direct"]
    assert answers == ["The harvest was small this year.", "We will plant new trees."]
    assert not any("((es))" in s.text for s in statements)
