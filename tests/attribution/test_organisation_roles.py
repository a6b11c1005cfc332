"""A title of an organisation run into its holder's name: the holder speaks."""


def test_stacked_titles_before_an_organisation_and_a_name(attributed):
    text = (
        '"Orders are picking up," said the vice president and chairman of Norvia Motors LLC '
        "Dana Reyes."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Dana Reyes"]


def test_a_title_set_off_by_commas_is_unchanged(attributed):
    text = "The chairman of the board, Ann Lee, said profits fell."
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee"]
