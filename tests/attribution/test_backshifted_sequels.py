"""A sentence in the backshifted future after a report goes on with that report."""


def _said(attributed, text):
    return [(s.speaker, s.text) for s in attributed(text).statements]


def test_a_would_sentence_after_a_would_report_is_the_same_speakers(attributed):
    text = (
        "The clinic said in a statement the patient would undergo further tests. "
        "Her family would be consulted before any update was released."
    )
    assert (
        "clinic",
        "Her family would be consulted before any update was released",
    ) in _said(attributed, text)


def test_a_comment_on_the_event_stays_the_writers(attributed):
    text = (
        "The council said the bridge would reopen in May. "
        "This would make it the first bridge rebuilt in the region."
    )
    assert all("first bridge" not in t for _, t in _said(attributed, text))


def test_a_counterfactual_stays_the_writers(attributed):
    text = (
        "The council said the bridge would reopen in May. "
        "The old bridge would have turned ninety this year."
    )
    assert all("ninety" not in t for _, t in _said(attributed, text))


def test_a_new_paragraph_stays_the_writers(attributed):
    text = (
        "The council said the bridge would reopen in May.\n\n"
        "Drivers would be diverted through the town centre until then."
    )
    assert all("Drivers" not in t for _, t in _said(attributed, text))


def test_a_report_without_would_starts_nothing(attributed):
    text = (
        "The council said the bridge reopened in May. "
        "Drivers would be diverted through the town centre until then."
    )
    assert all("Drivers" not in t for _, t in _said(attributed, text))
