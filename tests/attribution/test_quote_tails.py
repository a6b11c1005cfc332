def test_a_participle_after_a_whole_quotation_is_no_part_of_it(contents):
    text = 'The coach wrote of Lee, "I knew then that she was special," recalling their first game.'
    assert ("wrote", '"I knew then that she was special,"') in contents(text)


def test_a_participle_after_a_comma_outside_the_mark_is_cut_too(contents):
    text = 'Tom Reed wrote of Lee, "I knew then that she was special", recalling their first game.'
    assert ("wrote", '"I knew then that she was special"') in contents(text)


def test_a_report_opening_outside_the_quotation_keeps_its_participle(contents):
    text = 'The coach said the team "played well," praising the defence.'
    assert ("said", 'the team "played well," praising the defence') in contents(text)
