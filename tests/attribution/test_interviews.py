"""Interviews printed as turns: labels, whom they denote, and the answers as statements."""

from __future__ import annotations

from foretold.attribution import attribute
from foretold.attribution.entities import Entity
from foretold.attribution.interviews import paragraph_label, person_named
from foretold.ingest.article import make_article
from foretold.records import Statement

BRACKETED = "\n\n".join(
    [
        "Marine biologist Helen Ashdown studies seabirds on the northern coast. She spoke "
        "with the Harbour Gazette about her survey.",
        "((HG)) How did the survey begin?",
        "((Helen Ashdown)) We began counting the colonies in 1998 with two volunteers.",
        "Within ten years the counts covered every island in the bay.",
        "((HG)) What comes next?",
        "((Helen Ashdown)) The colonies will probably shrink again next winter.",
    ]
)

INITIALS = "\n\n".join(
    [
        "Geologist Natasha Gownaris has mapped the glacier for two decades.",
        "Q: When did the mapping start?",
        "NG: This study started in 1982, long before I joined.",
        "Q: Has the glacier retreated?",
        'NG: It lost a third of its length, and my mother said "it looked smaller every summer".',
    ]
)

QUESTION_ANSWER = "\n\n".join(
    [
        "Oliver Brandt grows barley near the river. Brandt answered questions by email.",
        "Q: Was the harvest good?",
        "A: The harvest was the best in years.",
        "Q: Will prices rise?",
        "A: Prices will rise after the drought.",
    ]
)

NOTES = "\n\n".join(
    [
        "The council approved the new budget on Monday.",
        "Note: The figures exclude the capital fund.",
        "Update: The mayor signed the budget.",
        "Note: A second vote is due in March.",
        "Update: The budget was published on Tuesday.",
    ]
)


def _statements(nlp, text: str, publisher: str | None = None) -> list[Statement]:
    article = make_article(text, language="en", publisher=publisher)
    return list(attribute(nlp(article.text), article).statements)


def _answers(statements: list[Statement]) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.cue) for s in statements if s.kind == "direct"]


def test_labels_open_paragraphs():
    text = "((Ann Lee)) We began. Q: Why? [The] book sold. Collectivism 1.0: a plan. I: no."
    assert paragraph_label("[Ann Lee]: We began.", 0, 20) is not None
    label = paragraph_label(text, 0, 21)
    assert label is not None and (label.name, text[label.body :][:3]) == ("Ann Lee", "We ")
    assert paragraph_label(text, 22, 29) is not None
    assert paragraph_label(text, 30, 45) is None  # "[The]" is a bracketed word, not a name
    assert paragraph_label(text, 46, 71) is None
    assert paragraph_label(text, 72, 78) is None


def test_labels_name_people_by_name_or_initials():
    ann = Entity(name="Ann Lee", kind="person", surname="lee", first="ann")
    bob = Entity(name="Bob Noor", kind="person", surname="noor", first="bob")
    assert person_named("AL", [ann, bob]) is ann
    assert person_named("Lee", [ann, bob]) is ann
    assert person_named("Bob Noor", [ann, bob]) is bob
    assert person_named("Update", [ann, bob]) is None
    mia = Entity(name="Mia Stone", kind="person", surname="stone", first="mia")
    assert person_named("MS", [ann, mia]) is mia
    assert person_named("Ms", [ann, mia]) is None


def test_bracketed_answers_are_the_interviewees_words(nlp):
    statements = _statements(nlp, BRACKETED)
    assert _answers(statements) == [
        (
            "Helen Ashdown",
            "We began counting the colonies in 1998 with two volunteers.\n\n"
            "Within ten years the counts covered every island in the bay.",
            "((Helen Ashdown))",
        ),
        (
            "Helen Ashdown",
            "The colonies will probably shrink again next winter.",
            "((Helen Ashdown))",
        ),
    ]
    mention = next(s for s in statements if s.kind == "direct").speaker_mention
    assert mention is not None and BRACKETED[mention.start : mention.end] == "Helen Ashdown"
    assert not any("How did" in s.text or "comes next" in s.text for s in statements)


def test_initials_name_the_person_and_a_quoted_speaker_stays(nlp):
    statements = _statements(nlp, INITIALS)
    answers = [(s.speaker, s.cue) for s in statements if s.cue == "NG:"]
    assert answers == [("Natasha Gownaris", "NG:")] * 2
    inner = [s for s in statements if s.cue != "NG:" and "smaller" in s.text]
    assert inner and all(s.speaker != "Natasha Gownaris" for s in inner)


def test_a_answers_for_the_person_introduced(nlp):
    statements = _statements(nlp, QUESTION_ANSWER)
    assert [(s.speaker, s.text) for s in statements if s.cue == "A:"] == [
        ("Oliver Brandt", "The harvest was the best in years."),
        ("Oliver Brandt", "Prices will rise after the drought."),
    ]


def test_the_interviewees_narration_inside_an_answer_is_carried_by_the_answer(nlp):
    text = BRACKETED.replace("Within ten years", "I warned that within ten years").replace(
        "covered every", "would cover every"
    )
    statements = _statements(nlp, text)
    assert not any(s.cue == "warned" for s in statements)
    assert "I warned that" in _answers(statements)[0][1]


def test_an_answer_read_by_the_ordinary_cues_is_one_statement(nlp):
    text = BRACKETED.replace("The colonies will", "I warned that the colonies will")
    last = [s for s in _statements(nlp, text) if "next winter" in s.text]
    assert [(s.cue, s.speaker) for s in last] == [("warned", "Helen Ashdown")]


def test_note_and_update_paragraphs_are_not_turns(nlp):
    statements = _statements(nlp, NOTES)
    assert not any(s.cue in {"Note:", "Update:"} for s in statements)
    assert not any(s.kind == "direct" for s in statements)


ASKED = "\n\n".join(
    [
        "Marine biologist Helen Ashdown studies seabirds on the northern coast.",
        "((HG)) Did the harbour board support your survey?",
        "((Helen Ashdown)) We began counting the colonies in 1998 with two volunteers.",
        "((HG)) What has the ministry planned for the colonies?",
        "((Helen Ashdown)) The colonies will probably shrink again next winter.",
    ]
)


def test_cues_inside_the_interviewers_questions_make_no_statement(nlp):
    statements = _statements(nlp, ASKED)
    assert not any("support" in s.cue or "planned" in s.cue for s in statements)
    assert [s.speaker for s in statements] == ["Helen Ashdown"] * 2


def test_picture_credits_under_names_are_not_turns():
    text = "Ann Lee Image: City Council.\n\nBob NoorPhoto: Reuters.\n\nAnn Lee: We began."
    assert paragraph_label(text, 0, 28) is None
    assert paragraph_label(text, 30, 53) is None
    assert paragraph_label(text, 55, len(text)) is not None


def test_reports_of_unknown_speakers_inside_answers_go(nlp):
    text = BRACKETED.replace(
        "Within ten years the counts", "They noticed that within ten years the counts"
    )
    statements = _statements(nlp, text)
    assert not any(s.cue == "noticed" for s in statements)
    assert _answers(statements)[0][0] == "Helen Ashdown"


def test_reports_of_others_inside_answers_are_the_interviewees_account(nlp):
    text = BRACKETED.replace(
        "Within ten years the counts",
        "Her brother Tom Ashdown wanted to stay. Within ten years the counts",
    )
    statements = _statements(nlp, text)
    assert not any(s.cue == "wanted" for s in statements)
    assert {s.speaker for s in statements} == {"Helen Ashdown"}


def test_the_interviewers_own_talk_makes_no_statement(nlp):
    text = BRACKETED.replace(
        "((HG)) What comes next?",
        "((HG)) Allow me to congratulate the volunteers on the new survey. What comes next?",
    )
    statements = _statements(nlp, text)
    assert not any(s.cue == "congratulate" for s in statements)


def test_you_in_the_interviewers_turn_is_recalled_not_reported(nlp):
    text = BRACKETED.replace(
        "((HG)) What comes next?",
        "((HG)) You mentioned the colonies grew after the storm. What comes next?",
    )
    statements = _statements(nlp, text)
    assert not any(s.cue == "mentioned" for s in statements)
    assert [s[0] for s in _answers(statements)] == ["Helen Ashdown"] * 2


def test_a_third_party_in_the_interviewers_turn_is_reported(nlp):
    text = BRACKETED.replace(
        "((HG)) What comes next?",
        "((HG)) Harbour master Tom Reeve said the colonies grew after the storm. What next?",
    )
    said = [s for s in _statements(nlp, text) if s.cue == "said"]
    assert [s.speaker for s in said] == ["Tom Reeve"]


def test_a_phrase_quoted_inside_an_answer_is_the_interviewees_account(nlp):
    text = BRACKETED.replace(
        "Within ten years the counts",
        'The harbour board called the survey "a waste of money". Within ten years the counts',
    )
    statements = _statements(nlp, text)
    assert not any(s.cue == "called" for s in statements)
    assert _answers(statements)[0][0] == "Helen Ashdown"


def test_the_writers_narration_naming_the_interviewee_between_turns_stays(nlp):
    text = BRACKETED.replace(
        "Within ten years the counts covered every island in the bay.",
        "Within ten years the counts covered every island in the bay.\n\n"
        "Helen Ashdown decided to publish the counts every spring.",
    )
    decided = [s for s in _statements(nlp, text) if s.cue == "decided"]
    assert [s.speaker for s in decided] == ["Helen Ashdown"]


def test_a_bare_quantifier_in_the_interviewers_turn_is_the_interviewers_talk(nlp):
    text = BRACKETED.replace(
        "((HG)) What comes next?",
        "((HG)) Some say the colonies will never recover. What comes next?",
    )
    statements = _statements(nlp, text)
    assert not any(s.cue == "say" for s in statements)


STRAY_LABEL = "\n\n".join(
    [
        "Botanist Helen Ashdown led the survey with the chemist Tom Hale.",
        "((HG)) Who else worked on the survey?",
        "((Helen Ashdown)) Two others did. Each had a part of it.",
        "Tom Hale: he ran every test on the seeds, so he is the expert there.",
        "((HG)) What comes next?",
        "((Helen Ashdown)) The colonies will probably shrink again next winter.",
    ]
)


def test_a_label_used_once_in_another_style_heads_part_of_the_answer(nlp):
    answers = _answers(_statements(nlp, STRAY_LABEL))
    assert not any(speaker == "Tom Hale" for speaker, _, _ in answers)
    assert answers[0][0] == "Helen Ashdown" and "ran every test" in answers[0][1]


def test_a_last_answer_ending_in_a_colon_runs_on_through_what_it_announces(nlp):
    text = BRACKETED.replace(
        "The colonies will probably shrink again next winter.",
        "Two steps come next:\n\nWe will ring the chicks.\n\nWe will count the burrows.",
    )
    assert _answers(_statements(nlp, text))[-1][1] == (
        "Two steps come next:\n\nWe will ring the chicks.\n\nWe will count the burrows."
    )
    closing = BRACKETED + "\n\nThe survey is funded by the county."
    assert _answers(_statements(nlp, closing))[-1][1] == (
        "The colonies will probably shrink again next winter."
    )


BARE_INITIALS = "\n\n".join(
    [
        "Hydrologist Maya Sorel of Lakeside University led a new study of river floods.",
        "((WN)) Thank you for speaking with us. How did the study start?",
        "Maya Sorel I am a hydrologist. We began measuring the rivers in 2012.",
        "((WN)) What did you find?",
        "MS We found that floods arrive two weeks earlier than they did.",
        "((WN)) Will that change?",
        "MS We don't believe that the trend will reverse soon.",
    ]
)


def test_bare_initials_after_bracketed_turns_are_labels(nlp):
    answers = _answers(_statements(nlp, BARE_INITIALS))
    assert answers == [
        ("Maya Sorel", "I am a hydrologist. We began measuring the rivers in 2012.", "Maya Sorel"),
        ("Maya Sorel", "We found that floods arrive two weeks earlier than they did.", "MS"),
        ("Maya Sorel", "We don't believe that the trend will reverse soon.", "MS"),
    ]


def test_bare_initials_opening_one_paragraph_are_no_label(nlp):
    answers = _answers(_statements(nlp, BARE_INITIALS.replace("MS We found", "We found")))
    assert answers == []
