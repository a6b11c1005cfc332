"""A thing pushed in the passive: moved, not addressed."""


def test_cart_pushed_back_by_a_porter_is_no_attribution(cue_words):
    text = "As the cart was being pushed back by a porter, a wheel struck the kerb."
    assert "pushed" not in cue_words(text)


def test_person_pressed_to_act_stays(cue_words):
    assert "pressed" in cue_words("The minister was pressed to resign by her own party.")


def test_pushing_for_a_plan_stays(cue_words):
    assert "pushed" in cue_words("The union pushed for a shorter working week.")
