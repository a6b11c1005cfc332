"""An organisation named beside the common noun that describes it is the speaker."""

from foretold.attribution.apposed_organisations import apposed_organisation


def test_described_airline_set_beside_its_name_is_the_named_airline(attributed):
    result = attributed("Irish budget airline, Ryanair, announced that it would buy planes.")
    [statement] = result.statements
    assert statement.speaker == "Ryanair"


def test_carmaker_with_article_set_beside_its_name_is_the_named_carmaker(attributed):
    result = attributed("The German carmaker, Volkswagen, said on Monday that it would cut jobs.")
    [statement] = result.statements
    assert statement.speaker == "Volkswagen"


def test_name_run_into_the_noun_without_comma_is_not_apposed(nlp):
    doc = nlp("Dutch brewer Heineken said that sales rose.")
    pairs = [(t, t.head) for t in doc if t.dep_ == "appos"]
    assert not any(apposed_organisation(name, noun) for name, noun in pairs)


def test_description_with_no_name_stays_the_description(attributed):
    result = attributed("The German carmaker said on Monday that it would cut jobs.")
    [statement] = result.statements
    assert statement.speaker != "Volkswagen"
    assert statement.speaker_mention is not None
    assert "carmaker" in statement.speaker_mention.text


def test_title_of_a_magazine_after_the_word_magazine_is_the_speaker(attributed):
    result = attributed("The magazine The Spectator reported that the minister would resign.")
    assert [s.speaker for s in result.statements] == ["The Spectator"]


def test_title_of_a_journal_after_the_word_journal_is_the_speaker(attributed):
    result = attributed(
        "On Tuesday, the journal Nature published a paper by a team from Oslo, saying the "
        "glacier has lost a third of its ice."
    )
    assert [s.speaker for s in result.statements] == ["Nature"]


def test_journal_title_opening_a_sentence_is_the_speaker(attributed):
    result = attributed("The journal Science reported that the drug slowed the disease in mice.")
    assert [s.speaker for s in result.statements] == ["Science"]
