"""Dates compared as ranges of days."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ledger.dates import NO_YEAR  # month-day values "--MM-DD" compare inside this year
from ledger.model import Claim
from ledger.rules import Verdict, rule


def as_date(value: str) -> date:
    """An ISO date, or a "--MM-DD" date whose year no source gives."""
    if value.startswith("--"):
        return date.fromisoformat(f"{NO_YEAR}-{value[2:]}")
    return date.fromisoformat(value)


def describe(c: Claim) -> str:
    lo, hi = str(c.value_lo), str(c.value_hi)
    span = lo if lo == hi else f"{lo}..{hi}"
    if lo.startswith("--"):
        span += " (no source gives the year)"
    return f"'{c.value_text}' = {span}"


@rule("date-range", property="date", feature="dates.feature")
def date_range(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of when the same event happens are read as ranges of days,
    resolved against the publication date and the tense of the sentence ("akan
    dimulai" looks forward; "awal Juni" is 1-10 June). Overlapping ranges are
    consistent; disjoint ones contradict each other. A date that cannot be placed
    in time is compared with nothing."""
    if None in (a.value_lo, a.value_hi, b.value_lo, b.value_hi):
        return None
    if str(a.value_lo).startswith("--") != str(b.value_lo).startswith("--"):
        return None  # one has a year, the other none: not comparable
    tol = timedelta(days=int(params["tolerance_days"]))
    a_lo, a_hi = as_date(str(a.value_lo)) - tol, as_date(str(a.value_hi)) + tol
    b_lo, b_hi = as_date(str(b.value_lo)) - tol, as_date(str(b.value_hi)) + tol
    sev = params["severity"]
    if a_lo <= b_hi and b_lo <= a_hi:
        inner, outer = (a, b) if (a_hi - a_lo) <= (b_hi - b_lo) else (b, a)
        if as_date(str(outer.value_lo)) <= as_date(str(inner.value_lo)) and as_date(
            str(inner.value_hi)
        ) <= as_date(str(outer.value_hi)):
            text = f"{describe(inner)} lies within {describe(outer)}"
        else:
            text = f"{describe(a)} and {describe(b)} overlap"
        return Verdict("consistent", sev["consistent"], text + ": they agree.")
    early, late = (a, b) if as_date(str(a.value_hi)) < as_date(str(b.value_lo)) else (b, a)
    gap = (as_date(str(late.value_lo)) - as_date(str(early.value_hi))).days
    severity = (
        sev["contradiction_high"] if gap > int(params["high_gap_days"]) else sev["contradiction"]
    )
    if early.value_lo == early.value_hi and late.value_lo == late.value_hi:
        days = "1 day" if gap == 1 else f"{gap} days"
        text = f"{describe(early)} and {describe(late)} are {days} apart"
    else:
        text = f"{describe(early)} ends before {describe(late)} begins"
    return Verdict("contradiction", severity, text + ": both cannot be the date of the same event.")
