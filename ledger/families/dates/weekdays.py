"""A weekday written beside a date that does not fall on it: a finding on one claim."""

from __future__ import annotations

from typing import Any

from ledger.model import Claim
from ledger.rules import Verdict, rule


@rule("weekday-date", property="date", feature="weekdays.feature", arity=1)
def weekday_date(a: Claim, params: dict[str, Any]) -> Verdict | None:
    """A date written with its weekday ("Senin, 15 Maret 2022", "Minggu (2/1)") is
    checked against the calendar. When the year is written, or comes from the
    article's own publication date, and that day falls on another weekday, the
    copy contradicts itself: one of the two is wrong, and the explanation gives
    both readings. A date whose year is unknown, or borrowed from another
    article, is not judged."""
    mismatch = a.qualifiers.get("weekday_mismatch")
    if not mismatch or a.qualifiers.get("basis") not in params["year_bases"]:
        return None
    return Verdict(
        "contradiction",
        params["severity"]["contradiction"],
        f"{mismatch}: the weekday or the date is wrong.",
        reasons=(f"the year is {params['year_bases'][a.qualifiers['basis']]}",),
    )
