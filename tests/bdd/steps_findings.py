"""Steps about the findings: that one exists between two values (handed on as the
``finding`` fixture, its row of ``finding_report``), what it says, and which findings
must not exist.
"""

from __future__ import annotations

from pytest_bdd import then

from tests.bdd.support import Ledger, Row, sentence


def _one_finding(ledger: Ledger, prop: str, a: str, b: str, da: str = "", db: str = "") -> Row:
    """The one finding of ``prop`` pairing the two values (of documents named ``da...``
    and ``db...`` when given), either way round."""
    rows = [
        r
        for r in ledger.rows("select * from finding_report where property = ?", [prop])
        if r["value_b"] is not None  # a finding on one claim pairs nothing
        and {(r["value_a"], r["document_a"][: len(da)]), (r["value_b"], r["document_b"][: len(db)])}
        == {(a, da), (b, db)}
    ]
    assert len(rows) == 1, f"expected one {prop} finding between {a!r} and {b!r}, got {len(rows)}"
    return rows[0]


# Then: a finding and what it says -----------------------------------------


@then(
    sentence('there is a {prop:w} finding between "{a:phrase}" and "{b:phrase}"'),
    target_fixture="finding",
)
def finding_between(ledger: Ledger, prop: str, a: str, b: str) -> Row:
    """Exactly one finding compares the two values."""
    return _one_finding(ledger, prop, a, b)


@then(
    sentence(
        'there is a {prop:w} finding between "{a:phrase}" in "{da:phrase}" '
        'and "{b:phrase}" in "{db:phrase}"'
    ),
    target_fixture="finding",
)
def finding_between_docs(ledger: Ledger, prop: str, a: str, da: str, b: str, db: str) -> Row:
    """Exactly one finding compares the two values of the two named documents."""
    return _one_finding(ledger, prop, a, b, da, db)


@then(sentence('its verdict is "{verdict:phrase}"'))
def verdict_is(finding: Row, verdict: str) -> None:
    """The finding handed on by the step before has this verdict."""
    assert finding["verdict"] == verdict, finding["explanation"]


@then(sentence('its explanation mentions "{text:phrase}"'))
def explanation_mentions(finding: Row, text: str) -> None:
    """The explanation a reader sees contains these words."""
    assert text in finding["explanation"], finding["explanation"]


@then(sentence('its severity is "{severity:phrase}"'))
def severity_is(finding: Row, severity: str) -> None:
    """The finding handed on by the step before has this severity."""
    assert finding["severity"] == severity


@then(sentence("its confidence is between {lo:g} and {hi:g}"))
def confidence_between(finding: Row, lo: float, hi: float) -> None:
    """How sure the ledger is of the finding lies within [lo, hi]."""
    assert lo <= finding["confidence"] <= hi, (finding["confidence"], finding["reasons"])


@then(sentence('its reasons mention "{text:phrase}"'))
def reasons_mention(finding: Row, text: str) -> None:
    """The reasons given for the confidence contain these words."""
    assert text in (finding["reasons"] or ""), finding["reasons"]


# Then: findings that must not exist ---------------------------------------


@then(sentence('there is no {prop:w} finding involving "{value:phrase}"'))
def no_finding(ledger: Ledger, prop: str, value: str) -> None:
    """No finding of this property has the value on either side (and the value is a claim)."""
    rows = ledger.rows(
        "select * from finding_report where property = ? and (value_a = ? or value_b = ?)",
        [prop, value, value],
    )
    assert rows == [], [r["explanation"] for r in rows]
    claims = ledger.rows("select * from claims where value_text = ?", [value])
    assert claims, f"no claim {value!r} at all: the scenario would pass for the wrong reason"


@then(sentence('there is no {prop:w} finding between "{a:phrase}" and "{b:phrase}"'))
def no_finding_between(ledger: Ledger, prop: str, a: str, b: str) -> None:
    """No finding of this property pairs the two values, either way round."""
    assert ledger.findings_between(prop, a, b) == []


@then(sentence('there is no {prop:w} finding with the verdict "{verdict:phrase}"'))
def no_finding_with_verdict(ledger: Ledger, prop: str, verdict: str) -> None:
    """No finding of this property has the verdict (and the property has claims)."""
    rows = ledger.rows(
        "select explanation from finding_report where property = ? and verdict = ?",
        [prop, verdict],
    )
    assert rows == [], rows
    claims = ledger.rows("select id from claims where property = ?", [prop])
    assert claims, f"no {prop} claim at all: the scenario would pass for the wrong reason"


# Then: every finding -------------------------------------------------------


@then("the contradictions are exactly")
def contradictions_exactly(ledger: Ledger, datatable: list[list[str]]) -> None:
    """Every contradiction, as (values, property), against the table."""
    expected = sorted((*sorted(row[1:]), row[0]) for row in datatable[1:])
    rows = ledger.rows("select * from finding_report where verdict = 'contradiction'")
    actual = sorted((*sorted((r["value_a"], r["value_b"])), r["property"]) for r in rows)
    assert actual == expected


@then("the variants and consistent pairs are exactly")
def variants_and_consistent_exactly(ledger: Ledger, datatable: list[list[str]]) -> None:
    """Every non-quotation finding that is not a contradiction, as (rule, verdict, values)."""
    expected = sorted((r[0], r[1], *sorted(r[2:])) for r in datatable[1:])
    rows = ledger.rows(
        "select * from finding_report where verdict != 'contradiction' and property != 'quote'"
    )
    actual = sorted(
        (r["rule_id"], r["verdict"], *sorted((r["value_a"], r["value_b"]))) for r in rows
    )
    assert actual == expected


@then("every finding has a confidence between 0 and 1 and its reasons in words")
def every_finding_explains_its_confidence(ledger: Ledger) -> None:
    """Every finding says how sure it is, and why, in words."""
    rows = ledger.rows("select finding_id, confidence, reasons from finding_report")
    assert rows
    for r in rows:
        assert 0 < r["confidence"] <= 1 and r["reasons"], r
