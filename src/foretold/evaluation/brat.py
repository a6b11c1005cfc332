"""Attributions in brat standoff files, as PolNeAR and PARC publish them.

An annotation file holds text-bound entities and events::

    T1	Source 0 8	Ted Cruz
    T2	Cue 9 16	refused
    T3	Content 17 40;52 60	to disavow ... the ads
    T4	Attribution 9 16	refused
    E1	Attribution:T4 Source:T1 Cue:T2 Content:T3

Each ``Attribution`` (or ``Attribution-no-source``) event with a content becomes one unit, the
way the quotes gold files were made: a ``Content2`` role joins the content, entities typed
``Discard`` or ``Discuss`` are left out, a discontinuous content or source keeps its fragments,
and the kind comes from the quotation marks around the content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foretold.evaluation.quotes import GoldFileError, Spans, Unit, quote_kind

ATTRIBUTION_EVENTS = frozenset({"Attribution", "Attribution-no-source"})
IGNORED_ENTITIES = frozenset({"Discard", "Discuss"})
_ROLE_NUMBER = re.compile(r"\d+$")


@dataclass(frozen=True, slots=True)
class Entity:
    """A text-bound annotation: its type and its character fragments."""

    type: str
    fragments: Spans


@dataclass(frozen=True, slots=True)
class Event:
    """An event: its type and its (role, entity id) arguments, role numbers dropped."""

    type: str
    arguments: tuple[tuple[str, str], ...]


def parse_standoff(
    annotation: str, text: str, name: str = "annotation"
) -> tuple[dict[str, Entity], list[Event]]:
    """The entities and events of one brat file; ``name`` labels errors (a file name)."""
    entities: dict[str, Entity] = {}
    events: list[Event] = []
    for number, line in enumerate(annotation.splitlines(), 1):
        fields = line.split("\t")
        if line.startswith("T"):
            entities[fields[0]] = _entity(fields, text, f"{name}:{number}")
        elif line.startswith("E"):
            events.append(_event(fields, f"{name}:{number}"))
    return entities, events


def _entity(fields: list[str], text: str, where: str) -> Entity:
    try:
        kind, _, offsets = fields[1].partition(" ")
        fragments = tuple(
            (int(start), int(end)) for start, end in (piece.split() for piece in offsets.split(";"))
        )
    except (IndexError, ValueError) as error:
        raise GoldFileError(f"{where}: not a text-bound annotation ({error})") from error
    if any(not 0 <= start <= end <= len(text) for start, end in fragments):
        raise GoldFileError(f"{where}: offsets {offsets} fall outside the text")
    return Entity(kind, tuple(sorted(fragments)))


def _event(fields: list[str], where: str) -> Event:
    if len(fields) < 2 or not fields[1].strip():
        raise GoldFileError(f"{where}: an event without arguments")
    trigger, *arguments = fields[1].split()
    pairs = []
    for argument in arguments:
        role, colon, ref = argument.partition(":")
        if not colon:
            raise GoldFileError(f"{where}: {argument!r} is not ROLE:ID")
        pairs.append((_ROLE_NUMBER.sub("", role), ref))
    return Event(trigger.partition(":")[0], tuple(pairs))


def units_from_standoff(text: str, annotation: str, name: str = "annotation") -> tuple[Unit, ...]:
    """The attributions of one brat file as gold units, in text order."""
    entities, events = parse_standoff(annotation, text, name)
    units = []
    for event in events:
        if event.type not in ATTRIBUTION_EVENTS:
            continue
        roles: dict[str, list[tuple[int, int]]] = {"Content": [], "Source": []}
        for role, ref in event.arguments:
            entity = entities.get(ref)
            if entity is None:
                raise GoldFileError(f"{name}: an event names {ref}, which is not an entity")
            if role in roles and entity.type not in IGNORED_ENTITIES:
                roles[role].extend(entity.fragments)
        if not roles["Content"]:
            continue
        content = tuple(sorted(roles["Content"]))
        source = tuple(sorted(roles["Source"])) or None
        units.append(Unit(content, quote_kind(text, content), source))
    return tuple(sorted(units, key=lambda unit: unit.fragments))
