"""The days a document names, which tie a later follow-up or recap to its story."""

from __future__ import annotations

from datetime import date

import pytest

from ledger.model import Document, Segment
from ledger.stories import _named_days


def _doc(text: str, published: date | None) -> Document:
    return Document(
        id="d", name="d.txt", path="d.txt", text=text, raw_text=text,
        segments=(Segment(0, len(text), "body"),), encoding="utf-8", published=published,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        # the year written wins over the publication date
        ("Pertemuan itu digelar pada Senin (14/11/2022).", date(2023, 8, 30), {date(2022, 11, 14)}),
        # a day and month take the year nearest the article's own date
        ("Kedua menteri bertemu di Kairo pada 19 Februari.", date(2024, 3, 7), {date(2024, 2, 19)}),
        # a range names its first and last day
        (
            "Putaran itu dijadwalkan pada 11-12 Maret.",
            date(2024, 2, 19),
            {date(2024, 3, 11), date(2024, 3, 12)},
        ),
        # an undated article names only the days whose year it writes
        ("Mereka bertemu pada 16 Juni dan lagi pada 28 Juli 2021.", None, {date(2021, 7, 28)}),
        # a month, a weekday alone or a count from another date names no day
        ("Pertemuan Maret lalu dan hari Senin, dua hari kemudian.", date(2024, 3, 7), set()),
    ],
)
def test_named_days(text: str, published: date | None, days: set[date]) -> None:
    assert _named_days(_doc(text, published)) == days
