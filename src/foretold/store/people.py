"""People across articles: one record per real person, aliases, dated roles, statements.

Names are matched on their normalised form (``foretold.ids.normalise_name``). A full name
("Joe Biden") is one person everywhere. A bare name ("Smith") joins the one stored person it
can be (by surname or alias); when it could be several, it is stored as a person of its own
with the candidates listed in ``ambiguous``, never merged silently. Groups ("officials") and
descriptions ("the government", "a federal judge", "a Turkish official") are kept per article:
the officials or the government of one story are not those of another.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from datetime import date

from foretold.errors import NotFound, StoreError
from foretold.ids import is_proper_name, normalise_name, person_id
from foretold.records import Extraction, Mention, Person, Statement


class AmbiguousName(StoreError):
    """A name that fits several stored people."""


@dataclass(frozen=True, slots=True)
class StatedRole:
    """A role as the articles gave it: the days it was first and last stated, and how many
    articles stated it."""

    role: str
    first: date | None
    last: date | None
    articles: int


def stated_roles(roles: list[tuple[str, date | None, str]]) -> list[StatedRole]:
    """Roles written alike (case and punctuation aside) made one, in the order first stated:
    "President" in twenty articles is one line from its first day to its last."""
    groups: dict[str, list[tuple[str, date | None, str]]] = {}
    for row in roles:
        groups.setdefault(normalise_name(row[0]), []).append(row)
    out = []
    for rows in groups.values():
        days = sorted(day for _, day, _ in rows if day is not None)
        names = Counter(role for role, _, _ in rows)
        out.append(
            StatedRole(
                role=names.most_common(1)[0][0],
                first=days[0] if days else None,
                last=days[-1] if days else None,
                articles=len({article for _, _, article in rows}),
            )
        )
    return sorted(out, key=lambda r: (r.first is None, r.first or date.min))


def names_and_descriptions(person: Person) -> tuple[list[str], list[str]]:
    """A person's aliases split into other names, which share a word with the name or are a
    short form in capitals ("President Trump", "WHO"), and the descriptions articles used for
    them ("the president", "the Republican nominee"); a lone lower-case word ("he",
    "police") describes nothing."""
    words = set(normalise_name(person.name).split()) - {"the", "of", "and"}
    names, descriptions = [], []
    for alias in person.aliases:
        shared = words & set(normalise_name(alias).split())
        bare = alias.removeprefix("the ").removeprefix("The ")
        short_form = bare.isupper() and " " not in bare
        if shared or short_form:
            names.append(alias)
        elif " " in alias.strip() or not alias.islower():
            descriptions.append(alias)
    return names, descriptions


def write_people(conn: sqlite3.Connection, extraction: Extraction) -> dict[str, str]:
    """Store the people and statements of one article; returns {article person id: stored id}."""
    article = extraction.article
    day = article.published.isoformat() if article.published else None
    stored: dict[str, str] = {}
    for person in extraction.people:
        target = _resolve(conn, person, article.id)
        stored[person.id] = target
        _upsert_person(conn, target, person, day)
        for alias in (person.name, *person.aliases):
            conn.execute(
                "INSERT OR IGNORE INTO person_aliases (person_id, alias, norm) VALUES (?, ?, ?)",
                (target, alias, normalise_name(alias)),
            )
        for role in person.roles:
            conn.execute(
                "INSERT OR IGNORE INTO person_roles (person_id, role, article_id, stated_on)"
                " VALUES (?, ?, ?, ?)",
                (target, role, article.id, day),
            )
        conn.execute(
            "INSERT OR IGNORE INTO person_articles (person_id, article_id, name) VALUES (?, ?, ?)",
            (target, article.id, person.name),
        )
    conn.executemany(
        "INSERT OR IGNORE INTO statements (id, article_id, person_id, speaker, speaker_id,"
        ' speaker_role, mention_text, mention_start, mention_end, text, start, "end", kind,'
        " cue, said_on, extractor, cue_start, cue_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_statement_row(s, stored) for s in extraction.statements],
    )
    return stored


def _resolve(conn: sqlite3.Connection, person: Person, article_id: str) -> str:
    """The stored id a person of this article is (an existing one, or a new one)."""
    norm = normalise_name(person.name)
    if person.kind == "group" or is_description(person.name):
        return f"{person_id(person.name)}@{article_id[:8]}"
    if person.kind != "person" or " " in norm:
        return person_id(person.name)
    candidates = {
        row[0]
        for row in conn.execute(
            "SELECT id FROM people WHERE kind = 'person' AND ambiguous IS NULL AND"
            " (norm = ? OR norm LIKE ? OR id IN (SELECT person_id FROM person_aliases"
            " WHERE norm = ?))",
            (norm, f"% {norm}", norm),
        )
    }
    if len(candidates) == 1:
        return candidates.pop()
    if len(candidates) > 1:
        target = f"{person_id(person.name)}~{article_id[:8]}"
        conn.execute(
            "INSERT OR IGNORE INTO people (id, name, norm, kind, ambiguous) VALUES (?, ?, ?, ?, ?)",
            (target, person.name, norm, person.kind, json.dumps(sorted(candidates))),
        )
        return target
    return person_id(person.name)


def is_description(name: str) -> bool:
    """A name whose head is a common noun describes rather than names ("government", "federal
    judge", "Turkish official"), so it may stand for someone else in each article."""
    return not is_proper_name(name)


def _upsert_person(conn: sqlite3.Connection, target: str, person: Person, day: str | None) -> None:
    conn.execute(
        "INSERT INTO people (id, name, norm, kind, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET"
        " first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen,"
        " first_seen)),"
        " last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen,"
        " last_seen))",
        (target, person.name, normalise_name(person.name), person.kind, day, day),
    )


def _statement_row(s: Statement, stored: dict[str, str]) -> tuple[object, ...]:
    m = s.speaker_mention
    return (
        s.id,
        s.article_id,
        stored.get(s.speaker_id or ""),
        s.speaker,
        s.speaker_id,
        s.speaker_role,
        m.text if m else None,
        m.start if m else None,
        m.end if m else None,
        s.text,
        s.start,
        s.end,
        s.kind,
        s.cue,
        s.said_on.isoformat() if s.said_on else None,
        s.extractor,
        s.cue_start,
        s.cue_end,
    )


class PeopleQueries:
    """People and statements, mixed into the store (uses ``self.conn``)."""

    conn: sqlite3.Connection

    def list_people(self, search: str | None = None, limit: int = 200) -> list[Person]:
        """People by number of statements; ``search`` matches names and aliases."""
        sql = (
            "SELECT p.id FROM people p LEFT JOIN statements s ON s.person_id = p.id"
            " {where} GROUP BY p.id ORDER BY count(s.id) DESC, p.name LIMIT ?"
        )
        if search:
            pattern = f"%{normalise_name(search)}%"
            where = (
                "WHERE p.norm LIKE ? OR p.id IN"
                " (SELECT person_id FROM person_aliases WHERE norm LIKE ?)"
            )
            rows = self.conn.execute(sql.format(where=where), (pattern, pattern, limit))
        else:
            rows = self.conn.execute(sql.format(where=""), (limit,))
        return [self._person(row[0]) for row in rows.fetchall()]

    def get_person(self, name_or_id: str) -> Person:
        """One person by id, name or alias; raises NotFound, or AmbiguousName listing candidates."""
        row = self.conn.execute("SELECT id FROM people WHERE id = ?", (name_or_id,)).fetchone()
        if row:
            return self._person(row[0])
        norm = normalise_name(name_or_id)
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM people WHERE norm = ? UNION"
                " SELECT person_id FROM person_aliases WHERE norm = ?",
                (norm, norm),
            )
        ]
        if not ids:
            raise NotFound(f"{name_or_id}: no such person")
        if len(ids) > 1:
            raise AmbiguousName(f"{name_or_id}: could be any of {', '.join(sorted(ids))}")
        return self._person(ids[0])

    def roles_of(self, person_id: str) -> list[tuple[str, date | None, str]]:
        """(role, date stated, article id), oldest first."""
        rows = self.conn.execute(
            "SELECT role, stated_on, article_id FROM person_roles WHERE person_id = ?"
            " ORDER BY stated_on, role",
            (person_id,),
        )
        return [(r[0], date.fromisoformat(r[1]) if r[1] else None, r[2]) for r in rows.fetchall()]

    def statements_by(self, person_id: str) -> list[Statement]:
        """Everything stored as said by a person, in article order."""
        rows = self.conn.execute(
            "SELECT s.* FROM statements s LEFT JOIN articles a ON a.id = s.article_id"
            " WHERE s.person_id = ? ORDER BY a.published, s.article_id, s.start",
            (person_id,),
        )
        return [_statement(r) for r in rows.fetchall()]

    def _person(self, pid: str) -> Person:
        row = self.conn.execute("SELECT * FROM people WHERE id = ?", (pid,)).fetchone()
        if row is None:
            raise NotFound(f"{pid}: no such person")
        aliases = [
            r[0]
            for r in self.conn.execute(
                "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias", (pid,)
            )
            if r[0] != row["name"]
        ]
        roles = list(
            dict.fromkeys(
                r[0]
                for r in self.conn.execute(
                    "SELECT role FROM person_roles WHERE person_id = ? ORDER BY stated_on",
                    (pid,),
                )
            )
        )
        return Person(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            aliases=tuple(aliases),
            roles=tuple(roles),
        )


def _statement(row: sqlite3.Row) -> Statement:
    mention = None
    if row["mention_text"] is not None:
        mention = Mention(row["mention_text"], row["mention_start"], row["mention_end"])
    return Statement(
        id=row["id"],
        article_id=row["article_id"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        kind=row["kind"],
        speaker=row["speaker"],
        speaker_id=row["person_id"] or row["speaker_id"],
        speaker_role=row["speaker_role"],
        speaker_mention=mention,
        cue=row["cue"],
        said_on=date.fromisoformat(row["said_on"]) if row["said_on"] else None,
        extractor=row["extractor"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
    )
