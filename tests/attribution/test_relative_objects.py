"""Relative reports whose clause the parse tore apart."""

from foretold.attribution.finding import find_cues
from foretold.attribution.relative_objects import torn_relative_content


def _torn(from_rows, opener: str):
    """ "The agency, which warned on Monday a strike was likely at the port, faces questions."
    with "a strike" read as the object of "warned" and "was" as the main verb."""
    return from_rows(
        [
            "The 1 det DT DET the",
            "agency 9 nsubj NN NOUN agency",
            f"{opener} 1 punct {opener} PUNCT {opener}",
            "which 4 nsubj WDT PRON which",
            "warned 1 relcl VBD VERB warn",
            "on 4 prep IN ADP on",
            "Monday 5 pobj NNP PROPN Monday",
            "a 8 det DT DET a",
            "strike 4 dobj NN NOUN strike",
            "was 9 ROOT VBD AUX be",
            "likely 9 acomp JJ ADJ likely",
            "at 9 prep IN ADP at",
            "the 13 det DT DET the",
            "port 11 pobj NN NOUN port",
            ", 9 punct , PUNCT ,",
            "faces 9 advcl VBZ VERB face",
            "questions 15 dobj NNS NOUN question",
            ". 9 punct . PUNCT .",
        ]
    )


def test_the_object_and_the_verb_after_it_are_the_content(from_rows):
    doc = _torn(from_rows, ",")
    assert torn_relative_content(doc[4]) == (7, 14)


def test_a_relative_clause_not_set_off_by_a_comma_is_left_alone(from_rows):
    doc = _torn(from_rows, "-")
    assert torn_relative_content(doc[4]) is None


def test_the_cue_reports_the_object_with_its_verb(from_rows):
    doc = _torn(from_rows, ",")
    cue = next(c for c in find_cues(doc, [-1] * len(doc)) if c.token.text == "warned")
    assert [doc.text[a:b] for a, b in cue.fragments] == ["a strike was likely at the port"]
