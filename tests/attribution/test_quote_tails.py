def test_a_participle_after_a_whole_quotation_is_no_part_of_it(contents):
    text = 'The coach wrote of Lee, "I knew then that she was special," recalling their first game.'
    assert ("wrote", '"I knew then that she was special,"') in contents(text)


def test_a_participle_after_a_comma_outside_the_mark_is_cut_too(contents):
    text = 'Tom Reed wrote of Lee, "I knew then that she was special", recalling their first game.'
    assert ("wrote", '"I knew then that she was special"') in contents(text)


def test_a_report_opening_outside_the_quotation_keeps_its_participle(contents):
    text = 'The coach said the team "played well," praising the defence.'
    assert ("said", 'the team "played well," praising the defence') in contents(text)


def test_a_clause_opened_by_a_subordinator_after_a_whole_quotation_is_no_part_of_it(contents):
    text = 'The mayor said, "We will rebuild the school," as she toured the damaged site.'
    assert ("said", '"We will rebuild the school,"') in contents(text)


def test_a_subordinate_clause_with_no_comma_after_the_quotation_stays(contents):
    text = 'The mayor said "we will rebuild the school" when the money arrives.'
    assert ("said", '"we will rebuild the school" when the money arrives') in contents(text)
