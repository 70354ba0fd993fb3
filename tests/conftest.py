"""Fixtures shared by the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

# Step modules by topic; the shared steps stay in tests/bdd/conftest.py.
pytest_plugins = [
    "tests.bdd.steps_dates",
    "tests.bdd.steps_titles",
    "tests.bdd.steps_entities",
    "tests.bdd.steps_events",
]

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
