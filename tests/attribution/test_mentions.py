"""The mention that names a speaker."""

from foretold.attribution.mentions import MentionIndex, after_closing_quote, one_name


def test_a_mention_leaves_out_a_bracketed_short_form(attributed):
    text = "The Velo Harbour Authority (VHA) said the port would close."
    statement = attributed(text).statements[0]
    assert statement.speaker_mention.text == "The Velo Harbour Authority"


def test_a_mention_keeps_the_closing_mark_of_a_quotation_it_opens(nlp):
    doc = nlp('The paper quotes a "Senate aide" as saying the bill is dead.')
    aide = next(t for t in doc if t.text == "aide")
    assert MentionIndex(doc).mention(aide).text == 'a "Senate aide"'


def test_a_mention_never_reaches_back_across_the_end_of_a_quotation(nlp):
    doc = nlp('"We will rebuild the pier and keep us all safe" tweeted Mayor of Velo Ann Lee.')
    mayor = next(t for t in doc if t.text == "Mayor")
    assert MentionIndex(doc).mention(mayor).text.startswith("Mayor")


def test_a_possessive_mark_is_no_end_of_a_quotation(nlp):
    doc = nlp("The Velo Fields' lawyers said the sale was void.")
    lawyers = next(t for t in doc if t.text == "lawyers")
    assert MentionIndex(doc).mention(lawyers).text == "The Velo Fields' lawyers"


def test_names_joined_by_and_tagged_whole_elsewhere_are_one_name(nlp):
    doc = nlp(
        "Ann Lee of Velo Fire and Rescue said the roof was unsafe. "
        "Velo Fire and Rescue asked for more trucks."
    )
    fire = [t for t in doc if t.text == "Fire"]
    rescue = [t for t in doc if t.text == "Rescue"]
    assert one_name(fire[-1], rescue[-1])


def test_a_common_noun_speaker_keeps_the_place_it_belongs_to(attributed):
    result = attributed("The government of New Velonia on Tuesday announced his death.")
    (statement,) = result.statements
    assert statement.speaker_mention.text == "The government of New Velonia"
    assert statement.speaker == "government of New Velonia"


def test_a_noun_of_a_quantity_keeps_the_group_it_measures(attributed):
    text = "The vote was close. A majority of voters said the mayor should resign."
    [statement] = attributed(text).statements
    assert statement.speaker_mention.text == "A majority of voters"
    assert statement.speaker == "a majority of voters"
    person = next(p for p in attributed(text).people if p.name == statement.speaker)
    assert person.kind == "group"


def test_a_noun_of_a_quantity_keeps_a_capitalised_group(attributed):
    text = "The agency shut the station. A number of Senators condemned the closure."
    [statement] = attributed(text).statements
    assert statement.speaker_mention.text == "A number of Senators"


def test_a_percentage_written_with_a_sign_keeps_the_group_it_measures(attributed):
    text = "The kits were tested in May. Over 90% of the users said they would buy one."
    [statement] = attributed(text).statements
    assert statement.speaker_mention.text == "Over 90% of the users"


def test_a_common_noun_source_keeps_whoever_released_it(attributed):
    text = '"We will not close the plant," Ann Lee said, according to audio released by the union.'
    [statement] = attributed(text).statements
    assert statement.speaker_mention.text == "audio released by the union"
    assert statement.speaker == "audio"


def test_a_mention_never_spans_a_spaced_dash(nlp):
    doc = nlp("But polls did predict the Democratic caucus - Gallup: the race was close.")
    gallup = next(t for t in doc if t.text == "Gallup")
    assert MentionIndex(doc).mention(gallup).text == "Gallup"


def test_a_date_run_into_a_name_is_no_part_of_it(nlp):
    doc = nlp("On Friday Harlow Motor Company announced a recall of its vans.")
    head = next(t for t in doc if t.text == "Company")
    assert MentionIndex(doc).mention(head).text == "Harlow Motor Company"


def test_a_role_noun_keeps_the_body_it_serves(nlp):
    doc = nlp("The head of the city's water board told the council the pipes were old.")
    head = next(t for t in doc if t.text == "head")
    assert MentionIndex(doc).mention(head).text == "The head of the city's water board"


def test_a_role_noun_keeps_a_body_with_a_hyphenated_name(nlp):
    doc = nlp("The governor of the southern province of Nova Vel-Zara said the plan was unfair.")
    head = next(t for t in doc if t.text == "governor")
    mention = MentionIndex(doc).mention(head).text
    assert mention == "The governor of the southern province of Nova Vel-Zara"


def test_a_role_noun_leaves_out_a_long_or_clausal_phrase(nlp):
    doc = nlp("The head of the board that runs the harbour said the pier would close.")
    head = next(t for t in doc if t.text == "head")
    assert MentionIndex(doc).mention(head).text == "The head"


def test_attributed_role_noun_names_whose_role_it_is(attributed):
    text = "A spokesman for the harbour board said the pier would close in May."
    assert [s.speaker for s in attributed(text).statements] == ["spokesman for the harbour board"]


def test_a_role_noun_leaves_out_a_persons_name(nlp):
    doc = nlp("The lawyer for John Smith said the case was weak.")
    head = next(t for t in doc if t.text == "lawyer")
    assert MentionIndex(doc).mention(head).text == "The lawyer"


def test_an_attributed_role_noun_leaves_out_a_long_body_phrase(attributed):
    text = (
        "A spokesman for the old northern league of amateur football and rugby clubs said "
        "the season would start late."
    )
    statement = attributed(text).statements[0]
    assert statement.speaker_mention.text == "A spokesman"


def test_mention_does_not_start_inside_a_hyphenated_word(attributed):
    text = '"The ice is thinning," said team co-author Maria Olsen.'
    statement = attributed(text).statements[0]
    assert statement.speaker == "Maria Olsen"
    assert statement.speaker_mention.text == "co-author Maria Olsen"


def test_a_mention_leaves_out_a_focusing_adverb(attributed):
    text = "Still, even rival vendors such as Velo Systems suggest waiting for the next update."
    [statement] = attributed(text).statements
    assert statement.speaker_mention.text == "rival vendors"
    assert statement.speaker == "rival vendors"


def test_a_mention_starting_inside_a_quotation_starts_after_its_closing_mark(nlp):
    doc = nlp('"Our team" co-author Ann Lee said "has built a new pump."')
    lee = next(t for t in doc if t.text == "Lee")
    start = next(t.i for t in doc if t.text == "Our")
    assert after_closing_quote(doc[start : lee.i + 1], lee).text == "co-author Ann Lee"


def test_a_possessive_apostrophe_is_no_closing_mark(nlp):
    doc = nlp("The Velo Bishops' Conference said the church would reopen.")
    head = next(t for t in doc if t.text == "Conference")
    assert after_closing_quote(doc[0 : head.i + 1], head).text == "The Velo Bishops' Conference"


def test_a_quoted_name_in_a_mention_is_kept_whole(nlp):
    doc = nlp('The paper quotes a "Senate aide" as saying the bill is dead.')
    aide = next(t for t in doc if t.text == "aide")
    start = next(t.i for t in doc if t.text == "a")
    assert after_closing_quote(doc[start : aide.i + 2], aide).text == 'a "Senate aide"'


def test_a_body_keeps_the_people_it_is_made_of(attributed):
    statements = attributed(
        "An international team of geologists reported the glacier had lost a third of its ice."
    ).statements
    assert statements[0].speaker == "international team of geologists"
    assert statements[0].speaker_mention.text == "An international team of geologists"


def test_a_body_keeps_no_phrase_of_things(nlp):
    doc = nlp("A team of horses pulled the cart.")
    assert MentionIndex(doc).mention(doc[1]).text == "A team"


def test_a_mention_leaves_out_the_object_of_a_preposition_the_parse_left_bare(attributed):
    text = "On live television Mayor Anna Berg also attacked the new law on parking."
    statement = attributed(text).statements[0]
    assert statement.speaker_mention.text == "Mayor Anna Berg"


def test_a_mention_keeps_a_title_of_common_words_after_no_preposition(attributed):
    text = "Local radio host Tom Weir said the deal was fair."
    statement = attributed(text).statements[0]
    assert statement.speaker_mention.text == "Local radio host Tom Weir"


def test_a_mention_after_according_to_keeps_its_description(attributed):
    text = (
        "According to state news agency Velopress, the chief prosecutor of Velo, Ann Lee, said the"
        " six must face charges."
    )
    mentions = [s.speaker_mention.text for s in attributed(text).statements]
    assert "state news agency Velopress" in mentions


def test_a_common_noun_owning_the_content_keeps_its_article(nlp):
    doc = nlp("To date, the president's claims of widespread fraud have failed in court.")
    president = next(t for t in doc if t.text == "president")
    assert MentionIndex(doc).mention(president).text == "the president"


def test_an_owner_description_looks_back_to_the_person_named_before(attributed):
    text = (
        "President Ann Lee spoke on Monday. She did not concede. To date, the president's "
        "claims of widespread fraud have failed in court."
    )
    statement = attributed(text).statements[-1]
    assert statement.text == "widespread fraud"
    assert statement.speaker == "Ann Lee"


def test_a_named_owner_keeps_no_more_than_its_name(nlp):
    doc = nlp("Velo's claims of rising costs were disputed.")
    velo = next(t for t in doc if t.text == "Velo")
    assert MentionIndex(doc).mention(velo).text == "Velo"


def test_the_holder_of_a_business_keeps_the_business(nlp):
    doc = nlp("The owner of the Acme Crate delivery service said her products teach coding.")
    owner = next(t for t in doc if t.text == "owner")
    assert MentionIndex(doc).mention(owner).text == "The owner of the Acme Crate delivery service"


def test_an_office_keeps_a_one_word_place_the_tagger_calls_a_person(nlp):
    doc = nlp("The mayor of Marsevo said the road would reopen.")
    mayor = next(t for t in doc if t.text == "mayor")
    assert MentionIndex(doc).mention(mayor).text == "The mayor of Marsevo"


def test_an_office_stops_before_a_surname_met_in_a_full_name(nlp):
    doc = nlp("Ann Marsevo was charged. The lawyer of Marsevo said she was innocent.")
    lawyer = next(t for t in doc if t.text == "lawyer")
    assert MentionIndex(doc).mention(lawyer).text == "The lawyer"


def test_a_government_keeps_its_place_whatever_the_tagger_calls_it(nlp):
    doc = nlp("The government of Velo Samoa said the port would close.")
    government = next(t for t in doc if t.text == "government")
    assert MentionIndex(doc).mention(government).text == "The government of Velo Samoa"


def test_a_name_run_across_a_label_colon_starts_after_it(attributed):
    statement = attributed("AP-GfK Poll: Voters say the economy is the top issue.").statements[0]
    assert statement.speaker_mention.text == "Voters"


def test_the_what_of_a_free_relative_is_no_part_of_its_subject(from_rows):
    doc = from_rows(
        [
            "you 2 nsubj PRP PRON you",
            "could 2 aux MD AUX could",
            "do 2 ROOT VB VERB do",
            "what 5 det WP PRON what",
            "a 5 det DT DET a",
            "partner 6 nsubj NN NOUN partner",
            "told 2 ccomp VBD VERB tell",
            "him 6 dobj PRP PRON he",
            "to 9 aux TO PART to",
            "do 6 xcomp VB VERB do",
            ". 2 punct . PUNCT .",
        ]
    )
    assert MentionIndex(doc).mention(doc[5]).text == "a partner"
