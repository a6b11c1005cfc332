"""A role the article gives a person once holds for all their statements: "Finnish game
developer Ann Lee discussed her project" gives Lee the role "game developer" also for
"((Ann Lee)) I started in 2010." and "According to Lee, the game runs on old hardware.",
though those mentions carry no title of their own."""

from __future__ import annotations

from dataclasses import replace

from foretold.records import Person, Statement


def shared_roles(statements: list[Statement], people: tuple[Person, ...]) -> list[Statement]:
    """The statements, each whose speaker has no role taking the first role of the person
    record of the same id (the record joins every entity of one name)."""
    roles = {p.id: p.roles[0] for p in people if p.roles}
    return [
        replace(s, speaker_role=roles[s.speaker_id])
        if s.speaker_role is None and s.speaker_id in roles
        else s
        for s in statements
    ]
