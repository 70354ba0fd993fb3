"""Step definitions for the events, confidence and weekday features."""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then

from tests.bdd.conftest import _db, q


def _claims_exist(ctx: dict[str, Any], prop: str, *values: str) -> None:
    for value in values:
        rows = list(
            _db(ctx).query(
                "select id from claims where property = ? and value_text = ?", [prop, value]
            )
        )
        assert rows, f"no {prop} claim {value!r}: the scenario would pass for the wrong reason"


def _between(ctx: dict[str, Any], prop: str, a: str, b: str) -> list[dict[str, Any]]:
    return list(
        _db(ctx).query(
            "select * from finding_report where property = ? and "
            "((value_a = ? and value_b = ?) or (value_a = ? and value_b = ?))",
            [prop, a, b, b, a],
        )
    )


@then(parsers.re(r"the (?P<prop>\w+) claims " + q("a") + " and " + q("b") + " are never compared"))
def never_compared(ctx: dict[str, Any], prop: str, a: str, b: str) -> None:
    """Both claims are in the ledger, and no finding of any verdict pairs them."""
    _claims_exist(ctx, prop, a, b)
    rows = _between(ctx, prop, a, b)
    assert rows == [], [(r["verdict"], r["explanation"], r["reasons"]) for r in rows]


@then(
    parsers.re(
        r"the (?P<prop>\w+) claims " + q("a") + " and " + q("b") + " are not called a contradiction"
    )
)
def not_contradiction(ctx: dict[str, Any], prop: str, a: str, b: str) -> None:
    """Both claims are in the ledger; a finding may pair them, but not as a contradiction."""
    _claims_exist(ctx, prop, a, b)
    rows = [r for r in _between(ctx, prop, a, b) if r["verdict"] == "contradiction"]
    assert rows == [], [(r["explanation"], r["reasons"]) for r in rows]


@then(parsers.re(r"its confidence is between (?P<lo>[\d.]+) and (?P<hi>[\d.]+)"))
def confidence_between(ctx: dict[str, Any], lo: str, hi: str) -> None:
    f = ctx["finding"]
    assert float(lo) <= f["confidence"] <= float(hi), (f["confidence"], f["reasons"])


@then(parsers.re(r"its reasons mention " + q("text")))
def reasons_mention(ctx: dict[str, Any], text: str) -> None:
    assert text in (ctx["finding"]["reasons"] or ""), ctx["finding"]["reasons"]


@then(parsers.re(r"there is a finding on the date " + q("value") + " alone"))
def single_claim_finding(ctx: dict[str, Any], value: str) -> None:
    """Exactly one finding judges this date on its own (it has no second claim)."""
    rows = list(
        _db(ctx).query(
            "select * from finding_report where value_a = ? and claim_b is null", [value]
        )
    )
    assert len(rows) == 1, rows
    assert rows[0]["document_b"] is None and rows[0]["value_b"] is None
    ctx["finding"] = rows[0]


@then(parsers.re(r"there is no finding on the date " + q("value") + " alone"))
def no_single_claim_finding(ctx: dict[str, Any], value: str) -> None:
    _claims_exist(ctx, "date", value)
    rows = list(
        _db(ctx).query(
            "select explanation from finding_report where value_a = ? and claim_b is null",
            [value],
        )
    )
    assert rows == [], rows


@then("the variants and consistent pairs are exactly")
def variants_and_consistent_exactly(ctx: dict[str, Any], datatable: list[list[str]]) -> None:
    """Every non-quotation finding that is not a contradiction, as (rule, verdict, values)."""
    expected = sorted((r[0], r[1], *sorted(r[2:])) for r in datatable[1:])
    rows = _db(ctx).query(
        "select * from finding_report where verdict != 'contradiction' and property != 'quote'"
    )
    actual = sorted(
        (r["rule_id"], r["verdict"], *sorted((r["value_a"], r["value_b"]))) for r in rows
    )
    assert actual == expected


@then(
    parsers.re(
        r"the quotations of Ned Price and Sergey Lavrov make (?P<variants>\d+) variants and "
        r"(?P<consistent>\d+) consistent pair"
    )
)
def quotation_findings(ctx: dict[str, Any], variants: str, consistent: str) -> None:
    rows = list(
        _db(ctx).query("select verdict, subject from finding_report where property = 'quote'")
    )
    assert sorted(r["verdict"] for r in rows) == sorted(
        ["variant"] * int(variants) + ["consistent"] * int(consistent)
    ), rows


@then("every finding has a confidence between 0 and 1 and its reasons in words")
def every_finding_explains_its_confidence(ctx: dict[str, Any]) -> None:
    rows = list(_db(ctx).query("select finding_id, confidence, reasons from finding_report"))
    assert rows
    for r in rows:
        assert 0 < r["confidence"] <= 1 and r["reasons"], r
