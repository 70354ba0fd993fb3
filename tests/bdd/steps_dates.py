"""Steps about dates, durations and weekdays: how a date claim is read, what dates an
article's copy, and the weekday that is judged on its own."""

from __future__ import annotations

from pytest_bdd import then

from tests.bdd.support import Ledger, Row, sentence


def _one(ledger: Ledger, prop: str, value: str, name: str) -> Row:
    """The one claim of ``prop`` with these words in the document whose name starts so."""
    rows = ledger.rows(
        "select c.* from claims c join documents d on d.id = c.document_id "
        "where c.property = ? and c.value_text = ? and d.name like ?",
        [prop, value, name + "%"],
    )
    assert len(rows) == 1, f"{len(rows)} {prop} claims {value!r} in {name!r}"
    return rows[0]


# Then: how a date is read --------------------------------------------------


@then(sentence('the date claim "{value:phrase}" in "{name:phrase}" is read as {lo:day}..{hi:day}'))
def date_read_as(ledger: Ledger, value: str, name: str, lo: str, hi: str) -> None:
    """Exactly this range of days, no wider and no narrower."""
    row = _one(ledger, "date", value, name)
    assert (row["value_lo"], row["value_hi"]) == (lo, hi), row["normalised"]


@then(sentence('the date claim "{value:phrase}" in "{name:phrase}" is not placed in time'))
def date_not_placed(ledger: Ledger, value: str, name: str) -> None:
    """The words are a date claim, but read as no range of days."""
    row = _one(ledger, "date", value, name)
    assert row["value_lo"] is None and row["value_hi"] is None, row["normalised"]


@then(sentence('the date claim "{value:phrase}" in "{name:phrase}" has no year'))
def date_without_year(ledger: Ledger, value: str, name: str) -> None:
    """Stored as --MM-DD: compared with nothing that has a year."""
    row = _one(ledger, "date", value, name)
    assert str(row["value_lo"]).startswith("--"), row["normalised"]


@then(sentence('the claim "{value:phrase}" in "{name:phrase}" lies between {lo:day} and {hi:day}'))
def claim_between(ledger: Ledger, value: str, name: str, lo: str, hi: str) -> None:
    """The claim's whole range lies within [lo, hi]."""
    rows = ledger.claims_in(name, value)
    assert len(rows) == 1, rows
    assert rows[0]["value_lo"] is not None, rows[0]["normalised"]
    assert lo <= rows[0]["value_lo"] <= rows[0]["value_hi"] <= hi, rows[0]["normalised"]


# Then: the date of the copy ------------------------------------------------


@then(sentence('the claim "{value:phrase}" in "{name:phrase}" dates the copy, not an event'))
def dates_the_copy(ledger: Ledger, value: str, name: str) -> None:
    """The date after "dilansir X," is the copy's publication: a claim of no event
    (compared with nothing; only its weekday is checked), read by ingest as the date."""
    rows = ledger.claims_in(name, value)
    assert [(r["event_id"], r["subject"]) for r in rows] == [(None, "")], rows
    assert "the date the copy cites" in rows[0]["qualifiers"]
    row = ledger.rows(
        "select published_source from documents where name = ?", [ledger.document(name)]
    )[0]
    assert value in (row["published_source"] or "")


@then(sentence('the claim "{value:phrase}" in "{name:phrase}" is the day the copy was filed'))
def filed_on(ledger: Ledger, value: str, name: str) -> None:
    """The date of a dateline ("Jenewa, 12 Maret 2026 (ANTARA) -") is a claim of no
    event, like a cited date: compared with nothing, only its weekday checked."""
    rows = ledger.claims_in(name, value)
    assert [(r["event_id"], r["subject"]) for r in rows] == [(None, "")], rows
    assert "the date the copy cites" in rows[0]["qualifiers"]


@then(sentence('the article "{name:phrase}" is published on {published:day}'))
def published_on(ledger: Ledger, name: str, published: str) -> None:
    """The publication date ingest gave the article (from a sidecar or its own words)."""
    row = ledger.rows("select published from documents where name = ?", [ledger.document(name)])
    assert row[0]["published"] == published


# Then: durations and dates not read -----------------------------------------


@then(sentence('the article "{name:phrase}" has no {prop:w} claim "{value:phrase}"'))
def no_claim_of(ledger: Ledger, name: str, prop: str, value: str) -> None:
    """These words are not read as a length (or a date, ...) in the article."""
    rows = ledger.rows(
        "select c.value_text from claims c join documents d on d.id = c.document_id "
        "where c.property = ? and c.value_text = ? and d.name like ?",
        [prop, value, name + "%"],
    )
    assert rows == [], rows


# Then: a weekday judged on its own -----------------------------------------


@then(sentence('there is a finding on the date "{value:phrase}" alone'), target_fixture="finding")
def single_claim_finding(ledger: Ledger, value: str) -> Row:
    """Exactly one finding judges this date on its own (it has no second claim)."""
    rows = ledger.rows(
        "select * from finding_report where value_a = ? and claim_b is null", [value]
    )
    assert len(rows) == 1, rows
    assert rows[0]["document_b"] is None and rows[0]["value_b"] is None
    return rows[0]


@then(sentence('there is no finding on the date "{value:phrase}" alone'))
def no_single_claim_finding(ledger: Ledger, value: str) -> None:
    """The date is a claim, and no finding judges it on its own."""
    ledger.require_claims("date", value)
    rows = ledger.rows(
        "select explanation from finding_report where value_a = ? and claim_b is null", [value]
    )
    assert rows == [], rows
