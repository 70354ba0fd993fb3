"""Fixtures shared by the unit tests."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from ledger.families import load_all
from ledger.model import Document, Segment, Sentence
from ledger.segment import split_sentences

# The steps of the features, one module per topic (tests/bdd/conftest.py holds their fixtures).
pytest_plugins = [
    "tests.bdd.steps_articles",
    "tests.bdd.steps_build",
    "tests.bdd.steps_claims",
    "tests.bdd.steps_findings",
    "tests.bdd.steps_dates",
    "tests.bdd.steps_titles",
    "tests.bdd.steps_entities",
    "tests.bdd.steps_events",
]

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    """A feature's tag is a marker: one marker per registered claim family, described
    by the first line of the family's docstring (the other tags are in pyproject.toml)."""
    for name, fam in load_all().items():
        doc = inspect.getdoc(inspect.getmodule(fam.extract)) or f"the {name} family"
        config.addinivalue_line("markers", f"{name}: {doc.strip().splitlines()[0]}")


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def plain_documents(*texts: str) -> tuple[list[Document], dict[str, list[Sentence]]]:
    """One document per text (ids d0, d1, ..., all body text) and their sentences,
    for the unit tests of the stages after segmentation."""
    docs = [
        Document(f"d{i}", f"{i}.txt", f"{i}.txt", t, t, (Segment(0, len(t), "body"),), "utf-8")
        for i, t in enumerate(texts)
    ]
    return docs, {d.id: split_sentences(d) for d in docs}
