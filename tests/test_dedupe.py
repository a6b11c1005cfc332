from foretold.dedupe import THRESHOLD, Signature, signature

STORY = (
    "Heavy rain flooded parts of the city on Monday, forcing schools to close and "
    "stranding commuters. The mayor said emergency crews were pumping water from the "
    "underground stations and that service would resume on Tuesday. Forecasters expect "
    "more rain later in the week, and residents were told to avoid low-lying roads. "
)


def test_same_text_has_similarity_one():
    assert signature(STORY).similarity(signature(STORY)) == 1.0


def test_syndicated_copy_with_other_boilerplate_is_near_duplicate():
    copy = "By Staff Writer for Reuters\n" + STORY * 2 + "Read more: weather updates. "
    original = STORY * 2
    assert signature(original).similarity(signature(copy)) >= THRESHOLD


def test_different_story_is_not_near_duplicate():
    other = (
        "The central bank left interest rates unchanged on Thursday, citing slowing "
        "inflation and a weaker labour market. Analysts had expected a small cut."
    )
    assert signature(STORY).similarity(signature(other)) < 0.2


def test_signature_round_trips_through_bytes():
    sig = signature(STORY)
    assert Signature.from_bytes(sig.to_bytes()).similarity(sig) == 1.0


def test_near_duplicates_share_a_band():
    copy = STORY * 2 + "Advertisement. Sign up for our newsletter."
    assert set(signature(STORY * 2).bands()) & set(signature(copy).bands())
