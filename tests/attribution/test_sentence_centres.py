"""The person a sentence is about when no person is the subject of its main clause."""


def _speaker_of(attributed, text: str, words: str) -> str | None:
    return next(s.speaker for s in attributed(text).statements if words in s.text)


def test_he_continues_the_subject_of_a_clause_in_the_sentence_before(attributed):
    text = (
        "Senator Paul Reyes watched the parade while Mark Dunlow gave a speech. "
        "It was the first time Dunlow spoke since he was released by Reyes. "
        'He said "That was a long year."'
    )
    assert _speaker_of(attributed, text, "long year") == "Mark Dunlow"


def test_he_continues_the_only_person_the_sentence_before_names(attributed):
    text = (
        "Professor Alan Dorsey said the rule was clear. He added that the court agreed. "
        "For Brian Keller, it makes little difference. "
        "While he doubts the rule, he says the courts have left it unenforceable."
    )
    assert _speaker_of(attributed, text, "unenforceable") == "Brian Keller"


def test_a_person_subject_of_the_sentence_before_keeps_the_pronoun(attributed):
    text = (
        "Professor Alan Dorsey said the rule was clear. "
        "The producers gave Brian Keller a regular part. "
        'He said "It was a good day."'
    )
    assert _speaker_of(attributed, text, "good day") == "Alan Dorsey"


def test_a_pronoun_before_the_person_continues_someone_named_earlier(attributed):
    text = (
        "Director Alan Dorsey said the film was finished. "
        "His first cut was edited by Brian Keller. "
        'He said "It took ten years."'
    )
    assert _speaker_of(attributed, text, "ten years") == "Alan Dorsey"


def test_he_continues_the_person_an_existential_sentence_brings_in(attributed):
    text = (
        "Professor Alan Dorsey said the vote was close. "
        "There is only one Green member in the Senate, Peter Holm. "
        "He said he would not run again."
    )
    assert _speaker_of(attributed, text, "run again") == "Peter Holm"
