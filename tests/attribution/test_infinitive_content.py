"""The to-infinitive a promise-like verb introduces."""

from spacy.tokens import Span

from foretold.attribution.content import clause_content


def test_finite_verb_coordinated_with_an_infinitive_goes_with_the_cue(contents):
    text = (
        "The two rivals urged voters to back their slate and tried to make the case that the"
        " race was close."
    )
    assert ("urged", "voters to back their slate") in contents(text)


def test_person_asked_to_act_goes_with_the_infinitive(contents):
    assert contents("The mayor urged the council to delay the vote.") == [
        ("urged", "the council to delay the vote")
    ]


def test_perfect_infinitive_of_a_clause_verb_is_the_content(contents):
    assert ("claims", "to have seen a new phone") in contents(
        "The blog claims to have seen a new phone."
    )


def test_person_asked_to_act_split_into_two_objects_goes_with_the_infinitive(parsed):
    words = ["the", "bank", "urged", "the", "nations", "top", "banks", "to", "lend"]
    doc = parsed(
        words,
        [1, 2, 2, 4, 2, 6, 2, 8, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "amod", "dobj", "aux", "xcomp"],
        ["DT", "NN", "VBD", "DT", "NNS", "JJ", "NNS", "IN", "VB"],
        ["the", "bank", "urge", "the", "nation", "top", "bank", "to", "lend"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["the nations top banks to lend"]


def test_thing_pushed_for_comes_with_its_purpose(contents):
    text = "Activists pushed for new laws to protect renters."
    assert ("pushed", "new laws to protect renters") in contents(text)


def test_thing_called_for_comes_with_its_purpose(contents):
    text = "The mayor called for calm to prevent more violence."
    assert ("called", "calm to prevent more violence") in contents(text)


def test_time_of_a_vote_is_left_out_of_its_infinitive(contents):
    assert contents("The council voted on Monday to disband its police force.") == [
        ("voted", "to disband its police force")
    ]


def test_tally_of_a_vote_is_left_out_of_its_infinitive(contents):
    assert contents("The Senate voted 70 to 20 to send the bill back to committee.") == [
        ("voted", "to send the bill back to committee")
    ]


def test_bare_day_of_a_vote_is_left_out_of_its_infinitive(parsed):
    doc = parsed(
        ["Members", "voted", "Tuesday", "to", "elect", "Lee", "."],
        [1, 1, 1, 4, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
        ["NNS", "VBD", "NNP", "TO", "VB", "NNP", "."],
        ["member", "vote", "Tuesday", "to", "elect", "Lee", "."],
    )
    doc.ents = [Span(doc, 2, 3, label="DATE")]
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["to elect Lee"]


def test_any_infinitive_of_a_claim_is_the_content(contents):
    assert contents("Pérez later claimed to have no memory of the night.") == [
        ("claimed", "to have no memory of the night")
    ]
    assert contents("The mayor claimed to be unaware of the deal.") == [
        ("claimed", "to be unaware of the deal")
    ]


def test_a_claim_on_a_participle_after_the_claimant(speaker_of):
    assert (
        speaker_of("Lee, claiming to represent the city, met the builders.", "represent") == "Lee"
    )


def test_a_claim_hung_on_the_verb_away_from_its_subject_is_left_out(contents):
    text = "He set up a meeting between Lee, claiming to represent the city, and the builders."
    assert contents(text) == []


def test_a_passive_claim_keeps_its_clause(contents):
    assert contents("The letter was claimed to be a fake.") == [
        ("claimed", "The letter was claimed to be a fake")
    ]


def test_a_relative_object_of_the_infinitive_leaves_out_the_speaker_and_cue(contents):
    assert contents("He signed a deal that he does not want to break.") == [
        ("want", "a deal that"),
        ("want", "to break"),
    ]


def test_a_relative_object_of_the_infinitive_under_an_acl_parse(contents):
    text = "He is bound by an agreement that he does not want to risk breaching."
    assert contents(text) == [("want", "an agreement that"), ("want", "to risk breaching")]


def test_a_which_object_of_the_infinitive_leaves_the_infinitive(contents):
    assert contents("The law, which Lee hopes to repeal, is old.") == [("hopes", "to repeal")]


def test_an_infinitive_after_the_person_and_an_aside_hung_above_the_cue(contents):
    text = "The mayor faced a crowd of residents urging her, both in person and online, to resign."
    assert ("urging", "her, both in person and online, to resign") in contents(text)
