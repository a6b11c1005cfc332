"""Subjects of cue verbs that the parse put somewhere else."""

import pytest
from spacy.tokens import Doc

from foretold.attribution.finding import find_cues


def test_cue_coordinated_with_a_passive_takes_its_subject(attributed):
    found = attributed(
        "The mayor was forced into a retreat and said that her remarks had been misunderstood."
    ).statements
    assert [(s.cue, s.speaker_mention.text) for s in found] == [("said", "The mayor")]
    assert found[0].text == "that her remarks had been misunderstood"


def test_participle_after_a_passive_takes_its_subject(attributed):
    found = attributed(
        "A lawsuit was filed in May alleging that the agency broke the law."
    ).statements
    assert [(s.cue, s.text) for s in found] == [("alleging", "that the agency broke the law")]
    assert "lawsuit" in found[0].speaker_mention.text


def test_clitic_s_before_a_participle_with_an_object_is_the_perfect(contents):
    found = contents(
        "Jane Lee opposed the levy at first. Lately, she's spoken out against the new zoning law."
    )
    assert ("spoken", "the new zoning law") in found
    assert contents("Jane Lee\u2019s viewed as a moderate.") == [
        ("viewed", "Jane Lee\u2019s viewed as a moderate")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "While she's said she will stay in the race, Ann Lee must decide what price to demand.",
        "He's said he gets his ideas about money from an old novel, and it shows.",
    ],
)
def test_clitic_s_before_said_with_a_clause_is_the_perfect(attributed, text):
    found = attributed(text).statements
    assert [(s.cue, s.speaker_mention is not None) for s in found] == [("said", True)]
    assert found[0].speaker_mention.text.lower() in {"she", "he"}


def test_clitic_s_before_a_telling_verb_or_a_raised_clause_stays_passive(attributed):
    for text in ("She's told she must leave the company by May.", "He's said to be ill."):
        assert all(s.speaker_mention is None for s in attributed(text).statements)


def _fields(line: str) -> list[str]:
    return line.split()


def test_name_hung_on_a_fronted_phrase_is_the_subject_of_the_verb_after_it(nlp):
    dash = "\u2014"
    words = f"On Monday , Lee {dash} who backed Kim for mayor {dash} will headline a rally in"
    doc = Doc(
        nlp.vocab,
        words=_fields(words + " support of Cole ."),
        heads=[12, 0, 1, 1, 3, 6, 3, 6, 6, 8, 3, 12, 12, 14, 12, 12, 15, 16, 17, 12],
        deps=_fields(
            "prep pobj punct appos punct nsubj relcl dobj prep pobj punct aux ROOT det dobj "
            "prep pobj prep pobj punct"
        ),
        tags=_fields("IN NNP , NNP : WP VBD NNP IN NN : MD VB DT NN IN NN IN NNP ."),
        pos=_fields(
            "ADP PROPN PUNCT PROPN PUNCT PRON VERB PROPN ADP NOUN PUNCT AUX VERB DET NOUN ADP "
            "NOUN ADP PROPN PUNCT"
        ),
        lemmas=_fields(f"on Monday , Lee {dash} who back Kim for mayor {dash} will headline a")
        + _fields("rally in support of Cole ."),
        ents=["O", "B-DATE", "O", "B-PERSON", *["O"] * 3, "B-PERSON", *["O"] * 10, "B-PERSON", "O"],
    )
    cue = next(cue for cue in find_cues(doc, [-1] * len(doc)) if cue.token.text == "headline")
    assert cue.subject is not None and cue.subject.text == "Lee"
    assert [doc.text[a:b] for a, b in cue.fragments] == ["Cole"]


def _subjects(doc: Doc) -> dict[str, str | None]:
    cues = find_cues(doc, [-1] * len(doc))
    return {cue.token.text: cue.subject.text if cue.subject is not None else None for cue in cues}


def test_verb_of_a_list_left_unattached_takes_the_subject_of_the_list(from_rows):
    doc = from_rows(
        [
            "The 1 det DT DET the",
            "agency 2 nsubj NN NOUN agency",
            "delayed 2 ROOT VBD VERB delay",
            "the 4 det DT DET the",
            "files 2 dobj NNS NOUN file",
            ", 2 punct , PUNCT ,",
            "admitted 2 dep VBD VERB admit",
            "it 8 nsubj PRP PRON it",
            "erred 6 ccomp VBD VERB err",
            ", 2 punct , PUNCT ,",
            "and 2 cc CC CCONJ and",
            "apologized 2 conj VBD VERB apologize",
            ". 2 punct . PUNCT .",
        ],
    )
    assert _subjects(doc)["admitted"] == "agency"


def test_name_hung_on_the_verb_before_an_aside_is_its_subject_and_its_participles(from_rows):
    doc = from_rows(
        [
            "Lee 8 advcl NNP PROPN Lee",
            ", 0 punct , PUNCT ,",
            "speaking 8 advcl VBG VERB speak",
            "to 2 prep IN ADP to",
            "reporters 3 pobj NNS NOUN reporter",
            ", 8 punct , PUNCT ,",
            "did 8 aux VBD AUX do",
            "not 8 neg RB PART not",
            "mention 8 ROOT VB VERB mention",
            "Cole 8 dobj NNP PROPN Cole",
            ", 8 punct , PUNCT ,",
            "accusing 8 advcl VBG VERB accuse",
            "Kim 11 dobj NNP PROPN Kim",
            "of 11 prep IN ADP of",
            "lying 13 pcomp VBG VERB lie",
            ". 8 punct . PUNCT .",
        ],
    )
    assert _subjects(doc)["mention"] == "Lee"
    assert _subjects(doc)["accusing"] == "Lee"


def test_aside_the_parse_made_a_clause_before_said_leaves_its_subject_to_said(from_rows):
    doc = from_rows(
        [
            "Ann 1 compound NNP PROPN Ann",
            "Lee 4 nsubj NNP PROPN Lee",
            ", 1 punct , PUNCT ,",
            "a 4 det DT DET a",
            "pastor 9 ccomp VBP VERB pastor",
            "helping 4 xcomp VBG VERB help",
            "the 7 det DT DET the",
            "group 5 dobj NN NOUN group",
            ", 9 punct , PUNCT ,",
            "said 9 ROOT VBD VERB say",
            "she 11 nsubj PRP PRON she",
            "was 9 ccomp VBD AUX be",
            "worried 11 acomp JJ ADJ worried",
            ". 9 punct . PUNCT .",
        ]
    )
    assert _subjects(doc)["said"] == "Lee"


def test_relative_aside_the_parse_made_a_clause_before_said(attributed):
    found = attributed(
        "One delegate, who like others spoke on the condition of anonymity to describe the "
        "closed meeting, said the mood was grim."
    ).statements
    said = [s for s in found if s.cue == "said"]
    assert [(s.speaker_mention.text, s.text) for s in said] == [
        ("One delegate", "the mood was grim")
    ]


def test_cue_coordinated_with_a_passive_relative_clause_takes_its_who(attributed):
    found = attributed(
        "He courted voters like Ann Lee, who are drawn to his message and feel that the"
        " old policies did harm to their towns."
    ).statements
    assert [(s.cue, s.text) for s in found] == [
        ("feel", "that the old policies did harm to their towns")
    ]
    assert found[0].speaker == "Ann Lee"


def test_cue_coordinated_with_an_agented_passive_relative_clause_is_not_the_agents(attributed):
    found = attributed(
        "The senator, who was pressed by reporters and said that the bill would fail, left."
    ).statements
    assert [s.cue for s in found] == ["said"]
    assert found[0].speaker_mention.text != "reporters"
