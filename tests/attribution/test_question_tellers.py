"""A participle of saying after a question someone tells goes on with the teller."""

from foretold.attribution.question_tellers import question_teller
from foretold.attribution.speakers import subject_of


def test_a_participle_after_a_told_question_is_the_tellers(from_rows):
    # "Lee explained how prices rose , saying ..." with "saying" hung on "rose".
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "explained 1 ROOT VBD VERB explain",
            "how 4 advmod WRB SCONJ how",
            "prices 4 nsubj NNS NOUN price",
            "rose 1 ccomp VBD VERB rise",
            ", 4 punct , PUNCT ,",
            "saying 4 advcl VBG VERB say",
            "costs 8 nsubj NNS NOUN cost",
            "grew 6 ccomp VBD VERB grow",
        ]
    )
    speaker = subject_of(doc[6])
    assert speaker is not None and speaker.text == "Lee"


def test_a_question_hung_on_its_teller_gives_the_teller(from_rows):
    # "A witness described how the attack unfolded , stating ..." with "described" read as a
    # participle on "witness" and the question as a clause on the witness, as a parse may.
    doc = from_rows(
        [
            "A 1 det DT DET a",
            "witness 1 ROOT NN NOUN witness",
            "described 1 acl VBN VERB describe",
            "how 6 advmod WRB SCONJ how",
            "the 5 det DT DET the",
            "attack 6 nsubj NN NOUN attack",
            "unfolded 1 relcl VBD VERB unfold",
            ", 6 punct , PUNCT ,",
            "stating 6 advcl VBG VERB state",
        ]
    )
    teller = question_teller(doc[8], doc[6])
    assert teller is not None and teller.text == "witness"


def test_a_participle_without_a_comma_or_question_is_left(from_rows):
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "said 1 ROOT VBD VERB say",
            "prices 3 nsubj NNS NOUN price",
            "rose 1 ccomp VBD VERB rise",
            ", 3 punct , PUNCT ,",
            "adding 3 advcl VBG VERB add",
        ]
    )
    assert question_teller(doc[5], doc[3]) is None


def test_a_question_after_a_preposition_is_told_by_the_verb_of_the_preposition(from_rows):
    # "Lee hedged on whether she would run , telling ..." with "telling" hung on "run".
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "hedged 1 ROOT VBD VERB hedge",
            "on 1 prep IN ADP on",
            "whether 6 mark IN SCONJ whether",
            "she 6 nsubj PRP PRON she",
            "would 6 aux MD AUX would",
            "run 2 pcomp VB VERB run",
            ", 6 punct , PUNCT ,",
            "telling 6 advcl VBG VERB tell",
            "aides 8 dobj NNS NOUN aide",
            "it 11 nsubj PRP PRON it",
            "depends 8 ccomp VBZ VERB depend",
        ]
    )
    assert question_teller(doc[8], doc[6]) == doc[1]
    speaker = subject_of(doc[8])
    assert speaker is not None and speaker.text == "Lee"
