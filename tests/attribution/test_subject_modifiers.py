"""Words of a speaker's phrase the parse left with the clause before it."""

from foretold.attribution.ranges import finish
from foretold.attribution.subject_modifiers import drop_subject_modifier


def _fronted(from_rows, word: str, extra: list[str]):
    """ "Our founder has died, mining company Velora announced." with "mining" read as a
    participle closing the clause before the comma."""
    return from_rows(
        [
            "Our 1 poss PRP$ PRON our",
            "founder 3 nsubj NN NOUN founder",
            "has 3 aux VBZ AUX have",
            f"died {8 + len(extra)} ccomp VBN VERB die",
            ", 3 punct , PUNCT ,",
            f"{word} 3 advcl VBG VERB {word}",
            *extra,
            f"company {7 + len(extra)} compound NN NOUN company",
            f"Velora {8 + len(extra)} nsubj NNP PROPN Velora",
            f"announced {8 + len(extra)} ROOT VBD VERB announce",
            f". {8 + len(extra)} punct . PUNCT .",
        ]
    )


def test_a_bare_ing_word_before_the_subject_is_the_subjects(from_rows):
    doc = _fronted(from_rows, "mining", [])
    assert drop_subject_modifier(doc, 0, 6) == 4
    assert finish(doc, [(0, 6)], 8) == [(0, 4)]


def test_an_ing_word_with_an_object_stays_in_the_clause(from_rows):
    doc = _fronted(from_rows, "leaving", ["debts 5 dobj NNS NOUN debt"])
    assert drop_subject_modifier(doc, 0, 7) == 7


def _listed_title(from_rows, title: str):
    """ "Classes include yoga and chess, newspaper The Post reported." with the title noun
    listed after "chess" as one more conjunct."""
    return from_rows(
        [
            "Classes 1 nsubj NNS NOUN class",
            "include 9 ccomp VBP VERB include",
            "yoga 1 dobj NN NOUN yoga",
            "and 2 cc CC CCONJ and",
            "chess 2 conj NN NOUN chess",
            ", 4 punct , PUNCT ,",
            f"{title} 4 conj NN NOUN {title}",
            "The 8 det DT DET the",
            "Post 9 nsubj NNP PROPN Post",
            "reported 9 ROOT VBD VERB report",
            ". 9 punct . PUNCT .",
        ]
    )


def test_a_bare_title_noun_before_the_subject_is_the_subjects(from_rows):
    doc = _listed_title(from_rows, "newspaper")
    assert drop_subject_modifier(doc, 0, 7) == 5
    assert finish(doc, [(0, 7)], 9) == [(0, 5)]


def test_a_noun_of_no_title_stays_in_the_clause(from_rows):
    doc = _listed_title(from_rows, "tennis")
    assert drop_subject_modifier(doc, 0, 7) == 7


def test_a_listed_title_trails_off_a_trailer_content(contents):
    text = (
        "Various activities are being held this week, including check-ups, yoga, sports and "
        "trekking, newspaper The Daily Post reported."
    )
    assert contents(text) == [
        (
            "reported",
            "Various activities are being held this week, including check-ups, yoga, sports "
            "and trekking",
        )
    ]
