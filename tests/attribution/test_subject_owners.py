"""Owners of a thing that opens a clause: the person a later "he" or "she" continues."""


def test_pronoun_goes_to_the_owner_of_the_subject_before_it(attributed):
    text = (
        'Jane Ross stressed the need for rest, saying "I sleep a lot."\n\n'
        "Actor Tom Bale's visit to the show came straight from a film shoot. "
        'He quipped "I still have sand in my boots."'
    )
    quip = next(s for s in attributed(text).statements if "sand" in s.text)
    assert quip.speaker == "Tom Bale"


def test_owner_of_a_person_subject_is_no_antecedent(nlp):
    from foretold.attribution.subject_owners import owns_subject

    doc = nlp("Tom Bale's lawyer filed the appeal. Tom Bale's visit came late.")
    owners = [t.text for t in doc if owns_subject(t)]
    assert owners == ["Bale"]
