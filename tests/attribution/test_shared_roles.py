from foretold.attribution.shared_roles import shared_roles
from foretold.records import Person, Statement


def _said(text: str, speaker: str | None, role: str | None = None) -> Statement:
    return Statement(
        id=text,
        article_id="a",
        text=text,
        start=0,
        end=len(text),
        kind="direct",
        speaker=speaker,
        speaker_id=speaker.lower().replace(" ", "-") if speaker else None,
        speaker_role=role,
    )


def test_role_given_once_holds_for_every_statement_of_the_person():
    lee = Person(id="ann-lee", name="Ann Lee", roles=("game developer",))
    found = shared_roles([_said("I started in 2010.", "Ann Lee")], (lee,))
    assert found[0].speaker_role == "game developer"


def test_role_of_the_statement_itself_stays():
    lee = Person(id="ann-lee", name="Ann Lee", roles=("game developer",))
    found = shared_roles([_said("I quit.", "Ann Lee", "former developer")], (lee,))
    assert found[0].speaker_role == "former developer"


def test_speaker_without_a_role_or_no_speaker_keeps_none():
    ray = Person(id="bo-ray", name="Bo Ray")
    found = shared_roles([_said("Fine.", "Bo Ray"), _said("Maybe.", None)], (ray,))
    assert [s.speaker_role for s in found] == [None, None]
