"""Fixtures shared by the unit tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.model import Document, Segment, Sentence
from ledger.segment import split_sentences

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


def plain_documents(*texts: str) -> tuple[list[Document], dict[str, list[Sentence]]]:
    """One document per text (ids d0, d1, ..., all body text) and their sentences,
    for the unit tests of the stages after segmentation."""
    docs = [
        Document(f"d{i}", f"{i}.txt", f"{i}.txt", t, t, (Segment(0, len(t), "body"),), "utf-8")
        for i, t in enumerate(texts)
    ]
    return docs, {d.id: split_sentences(d) for d in docs}
