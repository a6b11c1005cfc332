"""A possessor is no end of what was said."""

from foretold.attribution.finding import find_cues
from foretold.attribution.possessed_nouns import possessed_end


def _broken(from_rows, last: str = "ambitions"):
    """ "Lee told Ann, alluding to the chair's rumored ambitions." with the possessive hung on
    "told" and "ambitions" read as its object."""
    return from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "told 1 ROOT VBD VERB tell",
            "Ann 1 dobj NNP PROPN Ann",
            ", 1 punct , PUNCT ,",
            "alluding 1 advcl VBG VERB allude",
            "to 4 prep IN ADP to",
            "the 7 det DT DET the",
            "chair 5 pobj NN NOUN chair",
            "'s 1 punct POS PART 's",
            "rumored 10 amod VBN VERB rumor",
            f"{last} 1 dobj NNS NOUN {last}",
            ". 1 punct . PUNCT .",
        ]
    )


def test_the_content_runs_through_the_possessed_noun(from_rows):
    doc = _broken(from_rows)
    assert possessed_end(doc, 6, 8) == 11


def test_a_possessive_with_no_noun_after_it_stays(from_rows):
    doc = _broken(from_rows, "soon")
    doc[10].pos_ = "ADV"
    assert possessed_end(doc, 6, 8) == 8


def test_the_cue_reports_the_possessed_noun(from_rows):
    doc = _broken(from_rows)
    cue = next(c for c in find_cues(doc, [-1] * len(doc)) if c.token.text == "alluding")
    assert [doc.text[a:b] for a, b in cue.fragments] == ["the chair 's rumored ambitions"]
