"""Fixtures shared by the features; the steps are in the ``steps_*`` modules by topic
(registered through ``pytest_plugins`` in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bdd.support import SEEDS, Ledger


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """The folder the "Given an article ..." steps write into: its files are the state."""
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    """Where a scenario's own ledger is built."""
    return tmp_path / "ledger.db"


@pytest.fixture(scope="session")
def seeds_ledger(tmp_path_factory: pytest.TempPathFactory) -> Ledger:
    """The ledger of seeds/, built once per test session and only read."""
    return Ledger.build(SEEDS, tmp_path_factory.mktemp("seeds") / "ledger.db")
