"""Organisations an article names, whether or not they speak."""

from foretold.attribution.named_organisations import (
    described_names,
    descriptor,
    organisation_spans,
)


def _organisations(result) -> dict[str, object]:
    return {p.name: p for p in result.people if p.kind == "organization"}


def test_named_organisations_enter_the_people_table_with_their_mentions(attributed):
    text = (
        "Researchers at the University of Toronto and the Canadian Cancer Society found the "
        "drug safe."
    )
    found = _organisations(attributed(text))
    assert set(found) == {"University of Toronto", "Canadian Cancer Society"}
    society = found["Canadian Cancer Society"]
    assert [(m.text, m.start) for m in society.mentions] == [
        ("the Canadian Cancer Society", text.index("the Canadian"))
    ]


def test_products_units_and_titles_are_not_organisations(attributed):
    text = (
        "The iPod Nano went on sale at 9:00 UTC. The Motorola ROKR plays songs from the store. "
        "Secretary of State Ann Velder met the press."
    )
    assert _organisations(attributed(text)) == {}


def test_short_and_full_names_are_one_organisation(attributed):
    result = attributed(
        "Northrop Grumman won the contract. Northrop said it would build the tankers in "
        "Alabama. The U.S. Navy ordered two ships. The Navy said the first would sail in 2027."
    )
    found = _organisations(result)
    assert set(found) == {"Northrop Grumman", "U.S. Navy"}
    assert "Northrop" in found["Northrop Grumman"].aliases
    assert "The Navy" in found["U.S. Navy"].aliases


def test_a_name_without_its_place_is_an_alias_only_where_written(attributed):
    result = attributed(
        "Velia Airlines said on Monday it would add flights between Velia and London. The "
        "airline said the route would open in May. The U.S. Navy ordered two ships. The Navy "
        "said they would sail soon."
    )
    found = _organisations(result)
    assert "Airlines" not in found["Velia Airlines"].aliases
    assert "The airline" in found["Velia Airlines"].aliases
    assert "The Navy" in found["U.S. Navy"].aliases
    assert "Navy" not in found["U.S. Navy"].aliases


def test_an_ampersand_acronym_and_a_bracketed_name_are_short_forms(attributed):
    result = attributed(
        "Crews from Pacific Power and Light (PP&L) restored power. PP&L said 400 homes were "
        "affected. The Department of Fire Protection (FireDept) said the blaze was contained. "
        "FireDept said no one was hurt."
    )
    found = _organisations(result)
    assert set(found) == {"Pacific Power and Light", "Department of Fire Protection"}
    assert "FireDept" in found["Department of Fire Protection"].aliases
    assert {s.speaker for s in result.statements} == set(found)


def test_descriptions_give_an_organisation_its_roles(attributed):
    result = attributed(
        "The deal was reported by the news agency Velorix and the business blog Quantara. "
        "The Green Alliance of Working Farmers, the main farming union, opposed the plan."
    )
    found = _organisations(result)
    assert found["Velorix"].roles == ("news agency",)
    assert found["Green Alliance of Working Farmers"].roles == ("the main farming union",)


def test_descriptor_and_described_name(nlp):
    doc = nlp("Earlier, the Greek gas producer Energean signed a letter of intent.")
    names = list(described_names(doc))
    assert [n.text for n in names] == ["Energean"]
    assert descriptor(names[0]) == "Greek gas producer"


def test_descriptor_keeps_a_modifier_joined_by_hyphens(attributed):
    result = attributed("UK-based retailer Velo Group stated its intention to leave Poland.")
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [
        ("Velo Group", "UK-based retailer")
    ]
    result = attributed("New York-based lender Acme Bank said it would close branches.")
    assert [s.speaker_role for s in result.statements] == ["New York-based lender"]


def _tagged(nlp, text: str, *names: str):
    """A parse whose organisation names are exactly the given ones."""
    doc = nlp(text)
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="ORG"))
    doc.ents = spans
    return doc


def test_people_storms_and_codes_tagged_as_organisations_are_left_out(nlp):
    doc = _tagged(
        nlp,
        "Maria Lenz headed the campaign of Viktor Ambrus, who was arrested in May.",
        "Viktor Ambrus",
    )
    assert list(organisation_spans(doc)) == []
    doc = _tagged(
        nlp,
        "Hurricane Dorian reached the coast at 10:00 UTC, the Velo Weather Institute said.",
        "Hurricane Dorian",
        "UTC",
        "Velo Weather Institute",
    )
    assert [span.text for span, _ in organisation_spans(doc)] == ["Velo Weather Institute"]


def test_a_name_cut_inside_its_of_phrase_is_finished(nlp):
    from spacy.tokens import Span

    doc = nlp("She works for the Office of the UN High Commissioner for Refugees in Geneva.")
    words = [t.text for t in doc]
    start, end = words.index("Office"), words.index("UN") + 1
    doc.ents = [Span(doc, start, end, label="ORG")]
    names = [span.text for span, _ in organisation_spans(doc)]
    assert names == ["Office of the UN High Commissioner for Refugees"]


def test_a_name_set_beside_a_project_or_place_is_no_organisation(attributed):
    text = (
        "The cable links our biggest island, Crete, to the grid. Crete Power, a similar project "
        "between Greece and Egypt, was approved by the Crete Energy Board."
    )
    assert set(_organisations(attributed(text))) == {"Crete Energy Board"}


def test_a_name_set_beside_an_illness_or_its_cause_is_no_organisation(attributed):
    text = "The spread of Velotrax, the virus that causes the fever, has slowed, doctors said."
    assert "Velotrax" not in _organisations(attributed(text))


def test_a_name_in_lower_case_first_ending_in_an_organisation_word_is_one(attributed):
    found = _organisations(attributed("Sam Reed, the head trader for vFinance Investments, said."))
    assert "vFinance Investments" in found


def test_an_organisation_of_a_place_keeps_the_place_in_its_name(attributed):
    text = "The Supreme Court of Norway ruled on Monday. The court said the law was void."
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["Supreme Court of Norway"]


def _built(words: list[str], ents: list[tuple[int, int, str]]):
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=words)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_two_organisation_names_that_touch_read_as_one():
    from foretold.attribution.named_organisations import joined_organisations

    doc = _built(
        ["Carmaker", "Velo", "LLC", "and", "Acme", "cut", "jobs", "in", "Ohio"],
        [(1, 2, "ORG"), (2, 3, "ORG"), (4, 5, "ORG"), (8, 9, "GPE")],
    )
    assert [e.text for e in joined_organisations(doc.ents)] == ["Velo LLC", "Acme", "Ohio"]


def test_a_university_keeps_the_campus_after_at(attributed):
    found = _organisations(
        attributed("Researchers from the University of Norland at Velby said the ice was thin.")
    )
    assert set(found) == {"University of Norland at Velby"}


def test_a_building_after_at_is_not_a_campus(attributed):
    found = _organisations(
        attributed("Students of the University of Norland at Velby Stadium cheered the team.")
    )
    assert set(found) == {"University of Norland"}


def _tagged_last(nlp, text: str, *names: str):
    """A parse whose organisation names are the last occurrences of the given ones."""
    doc = nlp(text)
    spans = []
    for name in names:
        start = text.rindex(name)
        spans.append(doc.char_span(start, start + len(name), label="ORG"))
    doc.ents = sorted(spans, key=lambda span: span.start)
    return doc


def test_a_name_written_between_a_maker_and_a_model_number_is_a_product(nlp):
    doc = _tagged_last(
        nlp,
        "Velotek showed the Velotek Zinger X2 phone. The Zinger has a larger screen.",
        "Zinger",
    )
    assert list(organisation_spans(doc)) == []


def test_a_score_after_a_club_is_no_model_number(nlp):
    doc = _tagged_last(
        nlp,
        "Tarnby beat Velo United 2-1 on Sunday, and United said the referee erred.",
        "United",
    )
    assert [span.text for span, _ in organisation_spans(doc)] == ["United"]


def test_examples_of_a_plural_organisation_noun_are_organisations(nlp):
    from foretold.attribution.named_organisations import exemplified_names

    parsed = nlp("Users wanted other carriers, such as Telvora and Brightline Mobile.")
    doc = parsed.copy()
    doc.ents = []  # as if the tagger had missed both names
    assert [s.text for s in exemplified_names(doc)] == ["Telvora", "Brightline Mobile"]
    assert [s.text for s in exemplified_names(parsed)] == []  # the tagger's names hold


def test_a_name_the_tagger_took_for_a_person_given_as_a_carrier_is_one(attributed):
    result = attributed("The phone works on other carriers, such as Telvora.")
    assert [(p.name, p.kind) for p in result.people] == [("Telvora", "organization")]


def test_a_building_whose_part_is_named_is_no_organisation(attributed):
    text = "The man stood on the south lawn of the Velmont House before noon."
    assert _organisations(attributed(text)) == {}


def test_a_medium_after_via_is_no_organisation_unless_described_as_one(nlp):
    doc = _tagged(
        nlp,
        "The clinic sent the results via Velochat. The mayor spoke via the news agency Telvora.",
        "Velochat",
        "Telvora",
    )
    assert [span.text for span, _ in organisation_spans(doc)] == ["Telvora"]


def test_a_name_after_the_city_of_names_a_place(nlp):
    doc = nlp("A water main broke in the city of White Falls, cutting off water to most homes.")
    assert [span.text for span, _ in organisation_spans(doc)] == []
    doc = nlp("The minister was visiting the town of Pandeglang in the province of Banten.")
    assert [span.text for span, _ in organisation_spans(doc)] == []


def test_a_name_ending_in_act_names_a_law_after_its_of_or_before_its_number(nlp):
    doc = nlp("The speaker cited the Tenure of Office Act, passed in 1867.")
    assert [span.text for span, _ in organisation_spans(doc)] == []
    doc = nlp("The network's franchise, Republic Act No. 7966, expired on Monday.")
    assert [span.text for span, _ in organisation_spans(doc)] == []


def test_a_school_of_law_is_an_organisation(nlp):
    doc = nlp("She teaches at the Chapman University School of Law in Orange.")
    names = [span.text for span, _ in organisation_spans(doc)]
    assert len(names) == 1
    assert names[0].startswith("Chapman University School of Law")


def test_a_gloss_of_an_acronym_in_brackets_is_no_organisation(nlp):
    doc = nlp("I don't really like slow IDEs [Integrated Development Environments], they lag.")
    assert [span.text for span, _ in organisation_spans(doc)] == []
    doc = nlp("She has completed her BA and BEd [Bachelor of Education] and has a job now.")
    assert "Bachelor of Education" not in [span.text for span, _ in organisation_spans(doc)]


def test_a_spelled_out_acronym_of_an_organisation_stays_one(nlp):
    doc = nlp("Then there was one about TIFR [Tata Institute of Fundamental Research], in Mumbai.")
    assert "Tata Institute of Fundamental Research" in [s.text for s, _ in organisation_spans(doc)]
    doc = nlp("He wrestled for WWE (World Wrestling Entertainment) until 2020.")
    assert "World Wrestling Entertainment" in [s.text for s, _ in organisation_spans(doc)]


def test_the_short_form_of_a_title_in_brackets_is_no_organisation(nlp):
    text = (
        "Ann Lee, the Regional Sales Manager (RSM) for the Velo Sales Board (VSB), said the "
        "RSM post was new."
    )
    doc = _tagged(nlp, text, "RSM", "Velo Sales Board", "VSB")
    doc.ents = [*doc.ents, doc.char_span(text.rindex("RSM"), text.rindex("RSM") + 3, "ORG")]
    names = {span.text: [s.text for s in short] for span, short in organisation_spans(doc)}
    assert names == {"Velo Sales Board": ["VSB"], "VSB": []}
