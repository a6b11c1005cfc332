from foretold.evaluation.measures import f1, share


def test_share_of_nothing_is_zero():
    assert share(3, 4) == 0.75
    assert share(0, 0) == 0.0


def test_f1_is_the_harmonic_mean():
    assert f1(0.5, 1.0) == 2 / 3
    assert f1(0.0, 0.0) == 0.0
