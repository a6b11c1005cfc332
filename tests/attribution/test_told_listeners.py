"""The listener a telling verb's clause swallowed."""

from __future__ import annotations


def test_a_named_listener_opening_the_clause_is_left_out(attributed):
    text = "A port official on Monday told The Harbour Times radio crews were sent to the bay."
    assert [s.text for s in attributed(text).statements] == ["radio crews were sent to the bay"]


def test_a_listener_apart_from_the_clause_stays_outside(attributed):
    text = "The mayor told Velo News the bridge would reopen in May."
    assert [s.text for s in attributed(text).statements] == ["the bridge would reopen in May"]


def test_a_clause_of_another_verb_keeps_its_named_subject(attributed):
    text = "The mayor said Velo Motors would pay for the bridge."
    assert [s.text for s in attributed(text).statements] == ["Velo Motors would pay for the bridge"]
