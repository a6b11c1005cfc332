"""The JSON shape of an extraction, as `foretold extract` prints it.

Fields may be added; none is removed or renamed.
"""

from __future__ import annotations

from typing import Any

from foretold.records import Extraction, Forecast, Person, Statement, to_jsonable


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    a = extraction.article
    return {
        "article": {
            "id": a.id,
            "title": a.title,
            "authors": list(a.authors),
            "agency": a.agency,
            "publisher": a.publisher,
            "published": a.published.isoformat() if a.published else None,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "url": a.url,
            "canonical_url": a.canonical_url,
            "language": a.language,
            "source": a.source,
            "text": a.text,
            "paragraphs": [[p.start, p.end] for p in a.paragraphs],
            "captions": [{"text": c.text, "credit": c.credit} for c in a.captions],
        },
        "people": [person_to_dict(p) for p in extraction.people],
        "statements": [statement_to_dict(s) for s in extraction.statements],
        "forecasts": [forecast_to_dict(f) for f in extraction.forecasts if f.kind == "forecast"],
        # A speaker's statements of their own intentions: kept apart, never scored.
        "intentions": [forecast_to_dict(f) for f in extraction.forecasts if f.kind != "forecast"],
    }


def person_to_dict(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "aliases": list(person.aliases),
        "roles": list(person.roles),
        "kind": person.kind,
    }


def statement_to_dict(statement: Statement) -> dict[str, Any]:
    data: dict[str, Any] = to_jsonable(statement)
    data.pop("article_id")
    return data


def forecast_to_dict(forecast: Forecast) -> dict[str, Any]:
    data: dict[str, Any] = to_jsonable(forecast)
    data.pop("article_id")
    return data
