"""Names the tagger labels PERSON that are not people."""

from foretold.attribution import attribute
from foretold.attribution.mistagged_names import medium_names
from foretold.ingest.article import make_article


def _people(nlp, text):
    article = make_article(text, language="en")
    return attribute(nlp(article.text), article).people


def test_place_tagged_as_a_person_is_not_a_person(nlp):
    people = _people(
        nlp, "Putin warned the West and Kiev against crossing red lines. Kiev rejected it."
    )
    assert "Kiev" not in {p.name for p in people if p.kind == "person"}


def test_nationality_adjective_is_not_a_person(nlp):
    people = _people(
        nlp, "The ferry left at 9:00 a.m. Tongan time, and Sione Vake said it was full."
    )
    assert "Tongan" not in {p.name for p in people if p.kind == "person"}


def test_descriptor_before_a_one_word_name_makes_it_an_organisation(nlp):
    people = _people(nlp, "Irish low cost airline Ryanair said fares would rise.")
    assert [(p.name, p.kind) for p in people] == [("Ryanair", "organization")]


def test_media_digits_and_the_publisher_are_not_people(nlp):
    from spacy.tokens import Span

    from foretold.attribution.mistagged_names import medium_names

    doc = nlp("Ann Lee wrote on Twitter that COVID-19 had hit the town, Lee told the Courier.")
    words = [t.text for t in doc]
    spans = [(0, 2), (words.index("Twitter"), words.index("Twitter") + 1)]
    spans += [(words.index("Courier"), words.index("Courier") + 1)]
    covid = next(t for t in doc if t.text.startswith("COVID"))
    spans.append((covid.i, covid.i + 1))
    doc.ents = [Span(doc, a, b, label="PERSON") for a, b in sorted(spans)]
    people = list(doc.ents)
    assert medium_names(people, publisher="The Courier") >= {"Twitter", "Courier", covid.text}
    assert "Ann Lee" not in medium_names(people, publisher="The Courier")


def test_office_held_in_a_one_word_name_makes_it_an_organisation(nlp):
    people = _people(
        nlp,
        "Mark Olsen, the founder of Velora, said the firm would grow. Velora said profits rose.",
    )
    assert ("Velora", "organization") in [(p.name, p.kind) for p in people]
    people = _people(nlp, "The son of Reed, Tom Reed, said the price was fair.")
    assert [(p.name, p.kind) for p in people] == [("Reed", "person"), ("Tom Reed", "person")]


def _tagged(nlp, text: str, *names: str) -> list:
    """The parse of ``text`` with each of ``names`` (every occurrence) tagged PERSON."""
    from spacy.tokens import Span

    doc = nlp(text)
    spans = []
    for name in names:
        start = 0
        while (at := text.find(name, start)) >= 0:
            spans.append(doc.char_span(at, at + len(name), label="PERSON"))
            start = at + len(name)
    doc.ents = [Span(doc, s.start, s.end, label="PERSON") for s in sorted(spans)]
    return list(doc.ents)


def test_longer_names_of_places_are_not_people(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "A fire broke out in Vella Nova on Sunday. Crowds gathered at Hollow Square and "
        "soldiers left Fort Brand. Ann Lee said the fire was out.",
        "Vella Nova",
        "Hollow Square",
        "Fort Brand",
        "Ann Lee",
    )
    assert place_like_names(people) == {"Vella Nova", "Hollow Square", "Fort Brand"}


def test_a_name_the_mayor_of_is_a_place(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(nlp, "The mayor of Bralno said the road was closed.", "Bralno")
    assert place_like_names(people) == {"Bralno"}


def test_units_brackets_and_capitalised_common_nouns_are_not_people(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(
        nlp,
        'The 64GB model costs more. "[T]hey lied," Ann Lee said.\n\n'
        "Marcher dressed as a ghost. Other marchers sang.",
        "GB",
        "[T]hey",
        "Ann Lee",
        "Marcher",
    )
    assert medium_names(people) == {"GB", "[T]hey", "Marcher"}


def test_a_surname_that_is_also_a_common_word_stays_a_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(nlp, "The price rose. Officials met Price on Monday.", "Price")
    assert medium_names(people) == set()


def test_a_name_an_apposition_calls_an_organisation_is_not_a_person(nlp):
    from foretold.attribution.mistagged_names import described_organisations

    people = _tagged(
        nlp,
        "Ann Lee, a spokeswoman for Velo Ouvrier, the largest union, said talks failed.",
        "Ann Lee",
        "Velo Ouvrier",
    )
    assert described_organisations(people) == {"Velo Ouvrier"}


def test_a_daily_before_a_name_makes_it_an_organisation(nlp):
    from foretold.attribution.mistagged_names import described_organisations

    people = _tagged(nlp, "Greek daily Velonika said the deal was close.", "Velonika")
    assert described_organisations(people) == {"Velonika"}


def test_a_longer_name_used_after_from_stays_a_person(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp, "The mayor answered questions from reporter Ann Marie Lee on Monday.", "Ann Marie Lee"
    )
    assert place_like_names(people) == set()


def test_a_name_only_after_an_article_is_not_a_person(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp, "Crews laid the Velmora pipeline in May. Ann Lee said it was late.", "Velmora"
    )
    assert place_like_names(people) == {"Velmora"}


def test_a_name_mostly_labelled_otherwise_is_not_a_person(nlp):
    from spacy.tokens import Span

    from foretold.attribution.mistagged_names import place_like_names

    doc = nlp("Velmora University met. Trains to Velmora stopped. Velmora staff left.")
    first, second, third = (t.i for t in doc if t.text == "Velmora")

    def people(*labels: str) -> list[Span]:
        doc.ents = [
            Span(doc, first, first + 2, label=labels[0]),
            Span(doc, second, second + 1, label=labels[1]),
            Span(doc, third, third + 1, label="PERSON"),
        ]
        return [e for e in doc.ents if e.label_ == "PERSON"]

    assert place_like_names(people("ORG", "GPE")) == {"Velmora"}
    assert place_like_names(people("ORG", "PERSON")) == set()


def test_a_user_name_run_together_is_not_a_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(nlp, "Marchers in the rain. Image: MarekLindqvist.", "MarekLindqvist")
    assert medium_names(people) == {"MarekLindqvist"}


def test_a_name_given_to_a_thing_is_not_a_person(nlp):
    doc = nlp("The country left in what has been termed Brexit. Ann Lee was called a hero.")
    name = next(t.i for t in doc if t.text == "Brexit")
    assert medium_names([doc[name : name + 1]]) == {"Brexit"}
    lee = next(t.i for t in doc if t.text == "Ann")
    assert medium_names([doc[lee : lee + 2]]) == set()


def _labelled(nlp, text: str, *spans: tuple[str, int, str]) -> list:
    """The parse of ``text`` with the ``n``-th occurrence of each name given a label, as
    (name, n, label); the PERSON names returned."""
    from spacy.tokens import Span

    doc = nlp(text)
    ents = []
    for name, nth, label in spans:
        at = -1
        for _ in range(nth + 1):
            at = text.find(name, at + 1)
        found = doc.char_span(at, at + len(name))
        ents.append(Span(doc, found.start, found.end, label=label))
    doc.ents = sorted(ents, key=lambda s: s.start)
    return [e for e in doc.ents if e.label_ == "PERSON"]


def test_a_name_read_as_an_employer_before_a_job_title_is_an_organisation(nlp):
    from foretold.attribution.mistagged_names import described_organisations

    text = "Velora beat Tarnby. It was a hard game, said Tarnby assistant coach Ann Lee."
    people = _labelled(
        nlp, text, ("Velora", 0, "ORG"), ("Tarnby", 0, "PERSON"), ("Tarnby", 1, "ORG"),
        ("Ann Lee", 0, "PERSON"),
    )  # fmt: skip
    assert described_organisations(people) == {"Tarnby"}


def test_a_person_before_a_job_title_stays_a_person(nlp):
    from foretold.attribution.mistagged_names import described_organisations

    text = "Tarnby met the press on Monday. It was a hard week, said Tarnby adviser Ann Lee."
    people = _labelled(
        nlp, text, ("Tarnby", 0, "PERSON"), ("Tarnby", 1, "PERSON"), ("Ann Lee", 0, "PERSON")
    )
    assert described_organisations(people) == set()


def test_a_longer_name_whose_surname_is_tagged_alone_stays_a_person():
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from foretold.attribution.mistagged_names import place_like_names

    words = ["Police", "in", "Velmora", "and", "Ilse", "Brandt", "met", ".", "Brandt", "spoke"]
    heads = [6, 0, 1, 2, 5, 2, 6, 6, 9, 9]
    deps = ["nsubj", "prep", "pobj", "cc", "compound", "conj", "ROOT", "punct", "nsubj", "ROOT"]
    ents = ["O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O"]
    pos = ["PROPN" if w[0].isupper() else "X" for w in words]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert place_like_names(people) == set()
    alone = Doc(English().vocab, words=words[:7], heads=heads[:7], deps=deps[:7], pos=pos[:7],
                ents=ents[:7])  # fmt: skip
    assert place_like_names([e for e in alone.ents if e.label_ == "PERSON"]) == {"Ilse Brandt"}


def test_a_surname_of_a_full_name_read_as_a_body_stays_a_person(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    text = (
        "Governor Ramiro Castel Nevares resigned. Castel said he would go. Calls to Castel "
        "grew. Castel left. Aides of Castel spoke."
    )
    people = _labelled(
        nlp, text, ("Ramiro Castel Nevares", 0, "ORG"), ("Castel", 1, "PERSON"),
        ("Castel", 2, "ORG"), ("Castel", 3, "PERSON"), ("Castel", 4, "ORG"),
    )  # fmt: skip
    assert place_like_names(people) == set()


def test_the_possessor_opening_a_place_name_is_a_place(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp, "Officer Tom Reed, from Varrick's Bay, served for five years.", "Tom Reed", "Varrick"
    )
    assert place_like_names(people) == {"Varrick"}


def test_a_longer_name_described_as_a_company_is_an_organisation(nlp):
    from foretold.attribution.mistagged_names import described_organisations

    people = _tagged(
        nlp,
        "Sales passed electronics retailer Velo Mart last year. Other retailers, including "
        "Dorn Depot and Acme Mobile, had no problems. Ann Lee said so.",
        "Velo Mart",
        "Dorn Depot",
        "Ann Lee",
    )
    assert described_organisations(people) == {"Velo Mart", "Dorn Depot"}


def test_a_band_that_is_also_a_surname_stays_a_name(nlp):
    from spacy.tokens import Span

    from foretold.attribution.mistagged_names import described_organisations

    doc = nlp("Rick Van Dorn, guitarist of rock band Van Dorn, died.")
    doc.ents = [Span(doc, 0, 3, label="PERSON"), Span(doc, 8, 10, label="PERSON")]
    assert [e.text for e in doc.ents] == ["Rick Van Dorn", "Van Dorn"]
    assert described_organisations(list(doc.ents)) == set()


def test_a_magazine_named_in_two_words_speaks_as_itself(nlp):
    people = _people(nlp, "German magazine Der Velo cited documents from the firm.")
    assert [(p.name, p.kind) for p in people if "Velo" in p.name] == [("Der Velo", "organization")]


def test_a_name_running_on_past_its_suffix_names_a_thing_after_a_person(nlp):
    people = _people(nlp, "She campaigned for Carl Vance Jr. Day to become a state holiday.")
    assert not [p for p in people if p.kind == "person"]
    people = _people(nlp, "Carl Vance Jr. said the school would reopen on Monday.")
    assert [p.name for p in people if p.kind == "person"] == ["Carl Vance Jr."]


def test_a_name_used_only_as_the_site_something_was_posted_to_is_not_a_person(nlp):
    for text in (
        "Ann Lee died on Monday, according to a statement posted to his official Kivora "
        "account. Tom Reed said he was sad.",
        "Hours later, one of his lawyers posted a photo to Kivora showing him smiling. Tom "
        "Reed said he was free.",
        "Fans shared their anger on Velorix and Kivora. Tom Reed said it was unfair.",
    ):
        assert "Kivora" not in {p.name for p in _people(nlp, text) if p.kind == "person"}


def test_a_name_something_was_sent_to_or_that_acts_stays_a_person(nlp):
    for text in (
        "Tom Reed sent a letter to Kivora asking for help.",
        "Tom Reed posted a message to Kivora. Kivora said no.",
    ):
        assert "Kivora" in {p.name for p in _people(nlp, text) if p.kind == "person"}


def test_names_listed_after_a_place_preposition_are_places(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "Fire crews came from Dornby, Velmar, Brask and Tollen. Ann Lee said the fire was out.",
        "Dornby",
        "Velmar",
        "Brask",
        "Tollen",
        "Ann Lee",
    )
    assert place_like_names(people) == {"Dornby", "Velmar", "Brask", "Tollen"}


def test_names_listed_with_a_person_stay_people(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "She is survived by her sons, Dornby, Velmar and Brask, Ann Lee said.",
        "Dornby",
        "Velmar",
        "Brask",
        "Ann Lee",
    )
    assert place_like_names(people) == set()


def test_a_name_beside_or_owning_a_place_word_is_a_place(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "Rebels took the capital, Dornby, in May. Velmar's capital was calm. The storm was 80 "
        "miles west of Brask. The town's mayor, Ann Lee, said so.",
        "Dornby",
        "Velmar",
        "Brask",
        "Ann Lee",
    )
    assert place_like_names(people) == {"Dornby", "Velmar", "Brask"}


def test_full_names_listed_after_from_stay_people(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "The prize went to a team from Karl Brenner and Maria Costa. The judges praised it.",
        "Karl Brenner",
        "Maria Costa",
    )
    assert place_like_names(people) == set()


def test_a_capitalised_word_tagged_a_common_word_is_not_a_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(
        nlp,
        "Photographs showed the wreckage. Ann Lee praised Bo Ray, and Mira Tal agreed.",
        "Photographs",
        "Ann Lee",
        "Ray",
        "Tal",
    )
    assert medium_names(people) == {"Photographs"}


def test_a_name_before_a_word_for_software_is_not_a_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(
        nlp,
        "The firm showed the new Velo web browser, and Ann Lee said users liked it.",
        "Velo",
        "Ann Lee",
    )
    assert medium_names(people) == {"Velo"}


def test_a_person_installed_in_an_office_stays_a_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(nlp, "The board installed Brenner as chair, and Ann Lee said so.", "Brenner")
    assert medium_names(people) == set()


def test_a_name_owning_political_capital_stays_a_person(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp, "Brask said the vote was fair. The scandal drained Brask's political capital.", "Brask"
    )
    assert place_like_names(people) == set()


def test_a_name_the_tagger_calls_a_verb_but_the_parser_a_subject_stays_a_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    text = '"The harvest is poor," said Said on Monday.'
    doc = nlp(text)
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [e.text for e in people] == ["Said"]
    assert medium_names(people) == set()


def test_a_hospital_named_after_a_person_is_no_person(nlp):
    # a Wikinews sentence (CC BY 2.5); the tagger reads the hospital as a person
    text = "He died from his injuries at John Radcliffe Hospital a short time later."
    assert not [p for p in _people(nlp, text) if p.kind == "person"]


def test_a_name_right_before_a_word_for_a_district_is_a_place(nlp):
    people = _people(
        nlp, "The clash took place in the Sai Ling district. Police said it was legal."
    )
    assert "Sai Ling" not in {p.name for p in people}


def test_a_name_before_a_word_for_a_station_is_a_place(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "Trains were halted at Bralno station after a fire. Ann Lee said it was out.",
        "Bralno",
        "Ann Lee",
    )
    assert place_like_names(people) == {"Bralno"}


def test_a_name_before_a_post_in_a_team_is_a_club(nlp):
    from foretold.attribution.mistagged_names import described_organisations

    people = _tagged(
        nlp,
        "Bralno lost on Saturday. Bralno captain Ann Lee said the side would recover.",
        "Bralno",
        "Ann Lee",
    )
    assert described_organisations(people) == {"Bralno"}


def test_a_name_right_before_a_company_office_is_a_company(nlp):
    from foretold.attribution.mistagged_names import described_organisations

    people = _tagged(
        nlp,
        "Bralno CEO Ann Lee said sales rose. Bralno will hire 200 workers.",
        "Bralno",
        "Ann Lee",
    )
    assert described_organisations(people) == {"Bralno"}
    people = _tagged(nlp, "Bralno spokesman Ann Lee said the senator was ill.", "Bralno", "Ann Lee")
    assert described_organisations(people) == set()


def test_a_name_tagged_as_a_place_after_of_or_in_is_a_place(nlp):
    from spacy.tokens import Span

    from foretold.attribution.mistagged_names import place_like_names

    text = "Ann Lee, the governor of Bralno, resigned. Bralno announced three days of mourning."
    doc = nlp(text)
    first, second = (i for i, t in enumerate(doc) if t.text == "Bralno")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON"),
        Span(doc, first, first + 1, label="GPE"),
        Span(doc, second, second + 1, label="PERSON"),
    ]
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert place_like_names(people) == {"Bralno"}


def test_a_name_opening_a_longer_place_name_in_the_possessive_is_no_person(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "The film opened at Bralno's Egyptian Theatre on Friday. Ann Lee said it sold out.",
        "Bralno",
        "Ann Lee",
    )
    assert place_like_names(people) == {"Bralno"}


def test_a_name_set_beside_a_word_for_software_or_an_edition_is_no_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(
        nlp,
        "Users are buzzing about Bralno, the newest version of the operating system. "
        "Ann Lee said it was fast.",
        "Bralno",
        "Ann Lee",
    )
    assert medium_names(people) == {"Bralno"}
    people = _tagged(
        nlp, "The open-source kernel, Arvo, was updated, Ann Lee said.", "Arvo", "Ann Lee"
    )
    assert medium_names(people) == {"Arvo"}


def test_a_subject_whose_object_its_owns_is_no_person(nlp):
    from foretold.attribution.mistagged_names import medium_names

    people = _tagged(
        nlp, "Bralno confirmed its first cases on Monday, Ann Lee said.", "Bralno", "Ann Lee"
    )
    assert medium_names(people) == {"Bralno"}
    people = _tagged(
        nlp, "Bralno confirmed his plans on Monday, Ann Lee said.", "Bralno", "Ann Lee"
    )
    assert medium_names(people) == set()


def test_a_law_or_a_telescope_named_after_someone_is_no_person(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "Lawmakers passed the Ann Lee Voting Rights Act, and the Bo Ray Space Telescope "
        "was launched. Kim Vale said both were overdue.",
        "Ann Lee Voting Rights Act",
        "Bo Ray Space Telescope",
        "Kim Vale",
    )
    assert place_like_names(people) == {"Ann Lee Voting Rights Act", "Bo Ray Space Telescope"}


def test_a_name_before_a_word_for_a_natural_feature_is_a_place(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "Lava from the Bralno volcano reached the sea. Bralno last erupted in 2018, Ann Lee said.",
        "Bralno",
        "Ann Lee",
    )
    assert place_like_names(people) == {"Bralno"}


def test_names_joined_before_a_word_for_lines_are_places(nlp):
    from foretold.attribution.mistagged_names import place_like_names

    people = _tagged(
        nlp,
        "Passengers transfer between the Northern and Bralno lines, Ann Lee said.",
        "Bralno",
        "Ann Lee",
    )
    assert place_like_names(people) == {"Bralno"}
