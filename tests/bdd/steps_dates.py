"""Step definitions for the dates and durations features (loaded through pytest_plugins
in tests/conftest.py). The shared steps are in tests/bdd/conftest.py."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from tests.bdd.conftest import _db, q

ISO = r"\d{4}-\d\d-\d\d"


def _one(ctx: dict[str, Any], prop: str, value: str, name: str) -> dict[str, Any]:
    """The one claim of ``prop`` with these words in the document whose name starts so."""
    rows = list(
        _db(ctx).query(
            "select c.* from claims c join documents d on d.id = c.document_id "
            "where c.property = ? and c.value_text = ? and d.name like ?",
            [prop, value, name + "%"],
        )
    )
    assert len(rows) == 1, f"{len(rows)} {prop} claims {value!r} in {name!r}"
    return rows[0]


@then(
    parsers.re(
        r"the date claim " + q("value") + " in " + q("name") + rf" is read as (?P<lo>{ISO})"
        rf"\.\.(?P<hi>{ISO})"
    )
)
def date_read_as(ctx: dict[str, Any], value: str, name: str, lo: str, hi: str) -> None:
    """Exactly this range of days, no wider and no narrower."""
    row = _one(ctx, "date", value, name)
    assert (row["value_lo"], row["value_hi"]) == (lo, hi), row["normalised"]


@then(parsers.re(r"the date claim " + q("value") + " in " + q("name") + " is not placed in time"))
def date_not_placed(ctx: dict[str, Any], value: str, name: str) -> None:
    row = _one(ctx, "date", value, name)
    assert row["value_lo"] is None and row["value_hi"] is None, row["normalised"]


@then(parsers.re(r"the date claim " + q("value") + " in " + q("name") + " has no year"))
def date_without_year(ctx: dict[str, Any], value: str, name: str) -> None:
    """Stored as --MM-DD: compared with nothing that has a year."""
    row = _one(ctx, "date", value, name)
    assert str(row["value_lo"]).startswith("--"), row["normalised"]


@then(parsers.re(r"the article " + q("name") + r" has no duration claim " + q("value")))
def no_duration_claim(ctx: dict[str, Any], name: str, value: str) -> None:
    rows = list(
        _db(ctx).query(
            "select c.value_text from claims c join documents d on d.id = c.document_id "
            "where c.property = 'duration' and c.value_text = ? and d.name like ?",
            [value, name + "%"],
        )
    )
    assert rows == [], rows
