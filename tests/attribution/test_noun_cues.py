"""Cue nouns: a stance received from a named holder, a that-clause the parse hung elsewhere,
a holder named by the verb a "with" phrase hangs on, by a modifier, by "within" or by a
"from" phrase naming people, and talk with no holder that goes around ("amid reports that
...", "rumors persist that ..."); stance adjectives after the people they describe."""

from spacy.tokens import Doc

from foretold.attribution.cues import CUE_ADJECTIVES, CUE_NOUNS
from foretold.attribution.noun_cues import adjective_cue, noun_cue


def _noun_cues(nlp, text):
    doc = nlp(text)
    found = []
    for token in doc:
        if token.pos_ == "NOUN" and token.lower_ in CUE_NOUNS:
            cue = noun_cue(doc, token)
            if cue is not None:
                holder = cue.subject.text if cue.subject is not None else None
                found.append((holder, [text[a:b] for a, b in cue.fragments]))
    return found


def test_a_received_stance_is_about_the_receiving_subject(nlp):
    assert _noun_cues(nlp, "The mayor won the endorsement of the Teamsters on Friday.") == [
        ("Teamsters", ["The mayor"])
    ]
    text = "The merger with Acme, which would create a giant, drew criticism from Democrats."
    assert _noun_cues(nlp, text) == [("Democrats", ["The merger with Acme"])]


def test_a_received_stance_may_name_its_source_on_the_verb(nlp):
    text = "The plan drew criticism from Republicans in the Senate."
    assert _noun_cues(nlp, text) == [("Republicans", ["The plan"])]


def test_a_that_clause_hung_on_another_word_belongs_to_the_noun(nlp):
    text = "That was between their smug assurances that the bill would fail."
    assert _noun_cues(nlp, text) == [("their", ["that the bill would fail"])]
    text = "His figures bolster the contention of Senator Jane Okafor that the budget is too small."
    assert _noun_cues(nlp, text) == [("Okafor", ["that the budget is too small"])]


def test_a_with_phrase_takes_the_subject_of_its_verb(nlp):
    text = "The bakery is growing fast, with plans to open ten new shops next year."
    assert _noun_cues(nlp, text) == [("bakery", ["to open ten new shops next year"])]
    assert _noun_cues(nlp, "She has toyed with the idea of a tax on sugar.") == [
        ("She", ["a tax on sugar"])
    ]


def test_talk_with_no_holder_counts_when_met_by_its_target(nlp):
    text = "The shares fell amid concerns about a federal inquiry."
    assert _noun_cues(nlp, text) == [(None, ["a federal inquiry"])]
    text = "The governor has faced criticism for his handling of the floods."
    assert _noun_cues(nlp, text) == [(None, ["his handling of the floods"])]


def test_talk_with_no_holder_counts_with_a_that_clause(nlp):
    text = "The agency looked into rumors that the factory would close."
    assert _noun_cues(nlp, text) == [(None, ["that the factory would close"])]


def test_other_nouns_with_no_holder_do_not_count(nlp):
    assert _noun_cues(nlp, "The shares fell amid plans to close the factory.") == []


def test_a_named_modifier_holds_a_noun_with_a_clause(nlp):
    text = "The firm ignored the FDA demand that the drug be withdrawn."
    assert _noun_cues(nlp, text) == [("FDA", ["that the drug be withdrawn"])]


def test_a_noun_for_people_before_a_noun_with_a_clause_holds_it(attributed):
    text = "The firm opened an inquiry, following employee concerns that the test could be flawed."
    found = [(s.speaker, s.text) for s in attributed(text).statements]
    assert found == [("employee", "that the test could be flawed")]


def test_a_noun_for_a_thing_before_a_noun_with_a_clause_holds_nothing(attributed):
    text = "The firm opened an inquiry, following safety concerns that the test could be flawed."
    assert "safety" not in [s.speaker for s in attributed(text).statements]


def test_an_of_phrase_before_a_gerund_is_not_the_holder(nlp):
    text = "The report of Senator Okafor attending the gala angered voters."
    assert all(holder != "Okafor" for holder, _ in _noun_cues(nlp, text))


def test_talk_with_no_holder_counts_after_because_of(nlp):
    text = "The mayor quit last week, in part because of reports about his dealings with a builder."
    assert (None, ["his dealings with a builder"]) in _noun_cues(nlp, text)


def test_talk_with_no_holder_counts_through_a_noun_measuring_it(nlp):
    text = "The bank cut its fees after a series of reports on its lending practices."
    assert (None, ["its lending practices"]) in _noun_cues(nlp, text)
    text = "The bank cut its fees after the timing of reports on its lending practices."
    assert (None, ["its lending practices"]) not in _noun_cues(nlp, text)


def test_a_clause_with_no_that_hung_on_the_verb_belongs_to_its_object_noun(nlp):
    text = "The ad also renews accusations Smith had hired workers without papers."
    assert _noun_cues(nlp, text) == [("ad", ["Smith had hired workers without papers"])]


def test_talk_whose_clause_follows_its_verb_needs_no_holder(nlp):
    text = "Still, rumors persist that the factory will close next year."
    assert _noun_cues(nlp, text) == [(None, ["that the factory will close next year"])]
    text = "Rumors reached the mayor that the factory will close next year."
    assert _noun_cues(nlp, text) == []


def test_a_voiced_stance_goes_to_the_object_of_to_on_its_verb(nlp):
    text = "Two of the delegates have already pledged their support to the governor."
    assert _noun_cues(nlp, text) == [("Two", ["the governor"])]
    assert _noun_cues(nlp, "She voiced her concerns to the board.") == []


def test_a_group_named_by_within_holds_the_noun(nlp):
    text = "The concern within the administration is that the court will block the rule."
    assert _noun_cues(nlp, text) == [("administration", ["that the court will block the rule"])]
    text = "There was criticism from within the party over the tax plan."
    assert _noun_cues(nlp, text) == [("party", ["the tax plan"])]


def test_a_source_may_be_a_common_noun_of_people(nlp):
    text = "The plan drew criticism from lawmakers in both parties."
    assert _noun_cues(nlp, text) == [("lawmakers", ["The plan"])]
    text = "The concern among economists is that the rate rise came too late."
    assert _noun_cues(nlp, text) == [("economists", ["that the rate rise came too late"])]


def _adjective_cues(nlp, text):
    doc = nlp(text)
    found = []
    for token in doc:
        if token.lower_ in CUE_ADJECTIVES and (cue := adjective_cue(doc, token)) is not None:
            holder = cue.subject.text if cue.subject is not None else None
            found.append((holder, [text[a:b] for a, b in cue.fragments]))
    return found


def test_a_stance_adjective_after_people_is_theirs(nlp):
    text = "They were the only ones worried about the cost of the bridge."
    assert _adjective_cues(nlp, text) == [("ones", ["the cost of the bridge"])]
    assert _adjective_cues(nlp, "She wrote a book critical of the tax plan.") == []


def test_a_stance_adjective_set_off_after_its_clause_is_the_subject_s(nlp):
    text = "The coach's staff scrapped two practices, wary of tiring the players before the final."
    assert _adjective_cues(nlp, text) == [("staff", ["tiring the players before the final"])]
    text = "The union's leaders spent Monday calling members, confident that the strike would hold."
    assert _adjective_cues(nlp, text) == [("leaders", ["that the strike would hold"])]
    assert _adjective_cues(nlp, "She met the farmers, angry about the new tariffs.") == []
    assert _adjective_cues(nlp, "The council opened the library, open to the public.") == []


def test_making_sure_is_an_act_not_a_stance(cue_words):
    assert "sure" not in cue_words("Her aides worked to make sure the mayor got the credit.")
    assert "sure" in cue_words("The mayor is sure that the council will back the plan.")


def test_vague_about_reports_what_was_left_unclear(contents):
    assert contents("The minister remained vague about her plans.") == [("vague", "her plans")]


def test_adjectives_of_plain_speaking_report_what_was_spoken_of(contents):
    found = contents("The mayor was vocal about the need for new housing.")
    assert found == [("vocal", "the need for new housing")]
    assert contents("The senator was less shy about the banks.") == [("shy", "the banks")]
    assert contents("The senator was honest with voters.") == []


def test_stance_adjective_hung_afar_is_held_by_the_people_right_before_it(nlp):
    words = ["The", "vote", "gave", "cover", "to", "lawmakers", "nervous", "about", "the"]
    words += ["tax", "."]
    heads = [1, 2, 2, 2, 2, 4, 2, 6, 9, 7, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "dative", "pobj", "advmod", "prep", "det", "pobj"]
    deps += ["punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADJ", "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "NN", "IN", "NNS", "JJ", "IN", "DT", "NN", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    cue = adjective_cue(doc, doc[6])
    assert cue is not None and cue.subject.text == "lawmakers"
    assert [doc.text[a:b] for a, b in cue.fragments] == ["the tax"]


def test_a_thing_that_came_with_the_news_holds_no_view(attributed):
    text = "A big boost for the town came with the announcement that a mill would reopen."
    assert all(s.speaker != "big boost" for s in attributed(text).statements)


def test_a_person_who_came_out_with_a_claim_holds_it(nlp):
    found = _noun_cues(nlp, "The senator came out with the claim that the vote was rigged.")
    assert found == [("senator", ["that the vote was rigged"])]


def test_talk_one_is_confronted_with_is_not_one_s_own(attributed):
    text = 'When confronted with the accusation he took the money, the mayor said "It is false."'
    found = attributed(text).statements
    accusation = next(s for s in found if s.cue == "accusation")
    assert accusation.speaker is None
    assert next(s for s in found if s.cue == "said").speaker == "mayor"


def test_talk_one_copes_with_is_not_one_s_own(nlp):
    text = "The organizers have grappled with calls for a boycott of the summit."
    assert _noun_cues(nlp, text) == [(None, ["a boycott of the summit"])]
    text = "The mayor has dealt with criticism of her budget for months."
    assert _noun_cues(nlp, text) == [(None, ["her budget"])]


def test_no_plans_is_no_intention_held(nlp):
    assert _noun_cues(nlp, "The company has no plans to close the plant.") == []
    found = _noun_cues(nlp, "The company has plans to close the plant.")
    assert found == [("company", ["to close the plant"])]


def _parsed_claim(nlp, host: str) -> Doc:
    """ "Lee {host} his claim mail-in voting would be fraudulent." as the parse may read it,
    with "claim" hung on "voting", the subject of the clause the verb takes."""
    words = ["Lee", host, "his", "claim", "mail", "-", "in", "voting", "would", "be", "unfair"]
    heads = [1, 1, 3, 7, 7, 6, 4, 9, 9, 1, 9]
    deps = ["nsubj", "ROOT", "poss", "compound", "nmod", "punct", "prt", "nsubj", "aux"]
    deps += ["ccomp", "acomp"]
    pos = ["PROPN", "VERB", "PRON", "NOUN", "NOUN", "PUNCT", "ADP", "NOUN", "AUX", "AUX", "ADJ"]
    lemmas = ["Lee", host.removesuffix("ed"), "his", "claim", "mail", "-", "in", "voting"]
    lemmas += ["would", "be", "unfair"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_a_possessed_claim_parsed_onto_its_clause_subject_reports_the_clause(nlp):
    doc = _parsed_claim(nlp, "repeated")
    cue = noun_cue(doc, doc[3])
    assert cue is not None
    assert [doc.text[a:b] for a, b in cue.fragments] == ["mail - in voting would be unfair"]


def test_a_possessed_claim_under_a_reporting_verb_leaves_the_clause_to_it(nlp):
    doc = _parsed_claim(nlp, "claimed")
    assert noun_cue(doc, doc[3]) is None
