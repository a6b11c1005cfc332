"""A social-media account, page or feed speaks for whoever holds it."""

from foretold.attribution.account_holders import account_holder, holder_name, posted_holder


def _head(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_holder_of_an_account(nlp):
    cases = [
        ("The White House's official Twitter feed said the talks would resume.", "feed", "House"),
        ("A local police Facebook page posted that the road was closed.", "page", "police"),
        ('The account for The Kip Show tweeted: "We salute you."', "account", "Show"),
    ]
    for text, word, holder in cases:
        found = account_holder(_head(nlp(text), word))
        assert found is not None and found.text == holder


def test_a_bare_account_has_no_holder(nlp):
    for text in ("The account tweeted that the show was over.", "The Twitter page said so."):
        doc = nlp(text)
        word = "account" if "account" in text else "page"
        assert account_holder(_head(doc, word)) is None


def test_an_account_speaks_for_its_holder(attributed):
    texts = [
        "The White House's official Twitter feed said the talks would resume on Friday.",
        'Jane Moss is a singer. Her Twitter account said: "The tour will go on as planned."',
        "The Kip Show aired on Monday. The account for The Kip Show tweeted that the host died.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["White House", "Jane Moss", "Kip Show"]


def test_the_holder_of_the_account_words_were_posted_to(nlp):
    cases = [
        ("Moss won, according to a message posted to his official Twitter account.", "his"),
        ('A tweet sent from Lee\'s Twitter account repeated it, saying "We will win."', "Lee"),
    ]
    for text, holder in cases:
        doc = nlp(text)
        word = "message" if "message" in text else "tweet"
        found = posted_holder(_head(doc, word))
        assert found is not None and found.text == holder
    doc = nlp("A tweet posted to an anonymous account said the vote was rigged.")
    assert posted_holder(_head(doc, "tweet")) is None
    doc = nlp("Moss died, according to a statement posted to his official Twitter account.")
    assert posted_holder(_head(doc, "statement")) is None


def test_posted_words_speak_for_the_account_holder(attributed):
    text = (
        "Ann Lee is running for mayor. A tweet sent from Lee's Twitter account on Monday "
        'repeated her pledge, saying "I will cut taxes."'
    )
    assert attributed(text).statements[-1].speaker == "Ann Lee"


def test_the_holder_name_runs_through_a_split_and(nlp):
    doc = nlp('The account for The Kip and Lee Show, which replaced Moss, tweeted: "Bye."')
    holder = account_holder(_head(doc, "account"))
    assert holder is not None and holder_name(holder).text.endswith("Kip and Lee Show")


def test_it_after_posted_words_is_the_account_holder(attributed):
    text = (
        "Jane Moss won the race, according to a message posted to her official Twitter "
        "account. It also said she had trained since 2016."
    )
    assert attributed(text).statements[-1].speaker == "Jane Moss"


def test_a_holder_named_in_several_words_before_the_platform(attributed):
    texts = [
        "The road was closed, the Velo Police Department Facebook page said.",
        "The Velo Fire Service Facebook page posted that the road was closed.",
    ]
    speakers = [attributed(text).statements[-1].speaker for text in texts]
    assert speakers == ["Velo Police Department", "Velo Fire Service"]


def test_a_holder_before_the_platform_with_a_name_on_the_page(nlp):
    doc = nlp("The road was closed, according to the Velo police Facebook page.")
    found = account_holder(_head(doc, "page"))
    assert found is not None and found.text == "police"
