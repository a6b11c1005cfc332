"""The royal or pope a bare title stands for.

A royal or a pope known by one name is named with the title ("Princess Ana",
`with_regnal_title`) rather than given it as a role, so "the princess" finds no one holding
the role of princess, least of all when the tagger reads her name only later in the article
("On Friday, the princess, 67, announced her candidacy ... Princess Ana said ..."): the bare
title becomes a person of its own, "princess". Once the article is read, the one person whose
name opens with that title is the one the bare title meant; with two ("Princess Ana",
"Princess Eva") it means neither for sure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from foretold.attribution.entities import Entity
from foretold.attribution.mention_names import REGNAL_TITLES
from foretold.ids import person_id
from foretold.records import Statement


def bare_title_holder(entity: Entity, entities: Sequence[Entity]) -> Entity | None:
    """The only person named with the title a person entity is named by alone ("princess",
    met as "the princess" before "Princess Ana" was read), or None."""
    if entity.kind != "person" or entity.name not in REGNAL_TITLES:
        return None
    found = [
        e
        for e in entities
        if e is not entity
        and e.kind == "person"
        and " " in e.name
        and e.name.split()[0].lower() == entity.name
    ]
    return found[0] if len(found) == 1 else None


def merged_bare_titles(
    entities: Sequence[Entity], statements: Sequence[Statement]
) -> list[Statement]:
    """The statements with the speaker a bare title stood for (`bare_title_holder`): "the
    princess, 67, announced her candidacy" is Princess Ana's; the title's mentions become
    the holder's and the title keeps none, so it makes no record of its own."""
    holders: dict[str, Entity] = {}
    for entity in entities:
        if (holder := bare_title_holder(entity, entities)) is None:
            continue
        for start, end, text in entity.mentions:
            holder.add_mention(start, end, text)
        holder.mentions.sort()
        entity.mentions.clear()
        holders[entity.name] = holder
    if not holders:
        return list(statements)
    return [
        replace(
            s,
            speaker=holder.name,
            speaker_id=person_id(holder.name),
            speaker_role=next(iter(holder.roles), None),
        )
        if s.speaker is not None and (holder := holders.get(s.speaker)) is not None
        else s
        for s in statements
    ]
