"""Light-verb idioms and fixed phrases."""


def test_light_verb_and_stance_noun_report_the_object_of_their_preposition(contents):
    assert contents("The governor took a swipe at the new tax plan on Monday.") == [
        ("took a swipe at", "the new tax plan")
    ]
    found = contents("Senator Jane Lee heaped praise on the mayor for her handling of the floods.")
    assert found == [("heaped praise on", "the mayor for her handling of the floods")]
    assert contents("Senator Jane Lee took a shower at the gym.") == []


def test_making_it_clear_reports_the_clause_after_it(contents):
    assert contents("The governor made it clear that she would veto the bill.") == [
        ("made it clear", "that she would veto the bill")
    ]
    assert contents("The mayor made plain that the deal was dead.") == [
        ("made plain", "that the deal was dead")
    ]
    assert contents("The fog made it clear when we drove.") == []


def test_making_clear_a_clause_whose_subject_is_a_gerund(contents):
    found = contents("Lee made clear over the weekend that meeting relatives of prisoners helps.")
    assert found == [("made clear", "that meeting relatives of prisoners helps")]


def test_making_no_secret_of_reports_the_object_of_of(contents):
    assert contents("The senator has made no secret of her plan to run for governor.") == [
        ("made no secret of", "her plan to run for governor")
    ]


def test_participle_whose_subject_is_the_object_goes_with_it(contents):
    text = "The sketch also poked fun at Smith returning to Ohio to campaign ahead of the primary."
    assert contents(text) == [
        ("poked fun at", "Smith returning to Ohio to campaign ahead of the primary")
    ]


def test_both_after_the_stance_noun_pairs_two_targets(contents):
    text = "The comedian made fun both of the senator's speech at the rally and of his record."
    assert contents(text) == [
        ("made fun both of", "the senator's speech at the rally and of his record")
    ]


def test_tirade_delivered_reports_its_target(contents):
    assert contents("The senator delivered a tirade against the press at the rally.") == [
        ("delivered a tirade against", "the press")
    ]
    text = "It was at the dinner that the senator delivered his tirade against the press."
    assert contents(text) == [("delivered his tirade against", "the press")]


def test_changing_one_s_mind_and_mincing_words_report_their_topic(contents):
    assert contents("The governor has changed her mind about the new stadium.") == [
        ("changed her mind about", "the new stadium")
    ]
    assert contents("The mayor does not mince words about the budget.") == [
        ("mince words about", "the budget")
    ]


def test_noun_coordinated_with_the_stance_noun_goes_on_with_its_object(contents):
    text = (
        "Mr. Ortiz made pointed references to the mayor's budget record and his support for "
        "the stadium deal."
    )
    assert contents(text) == [
        (
            "made pointed references to",
            "the mayor's budget record and his support for the stadium deal",
        )
    ]


def test_trading_barbs_reports_the_matter_traded_over(contents):
    assert contents("The two senators traded barbs over the new tax plan on Monday.") == [
        ("traded barbs over", "the new tax plan")
    ]
    assert contents("Police traded shots with the gunmen for an hour.") == []


def test_taking_credit_reports_the_object_of_for(contents):
    assert contents("The mayor took credit for cutting crime in the city.") == [
        ("took credit for", "cutting crime in the city")
    ]


def test_making_mention_reports_the_object_of_of(contents):
    assert contents("In her speech the mayor made no mention of the strike.") == [
        ("made no mention of", "the strike")
    ]


def test_landing_a_dig_reports_its_target(contents):
    assert contents("At the forum, the senator landed a sharp dig at the governor's budget.") == [
        ("landed a sharp dig at", "the governor's budget")
    ]


def test_making_light_of_reports_its_object_but_casting_light_does_not(contents):
    assert contents("The mayor tried to make light of the dispute on Monday.") == [
        ("make light of", "the dispute")
    ]
    assert contents("The senator cast new light on the deal.") == []
