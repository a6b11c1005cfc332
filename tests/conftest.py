"""Shared fixtures: one spaCy pipeline per session, a fresh store per test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run slow tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    from foretold.nlp import load_nlp

    return load_nlp()


@pytest.fixture
def store(tmp_path):
    from foretold.store import open_store

    with open_store(tmp_path / "test.db") as opened:
        yield opened


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The read-only data sets beside the checkout."""
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is not available")
    return SHARED
