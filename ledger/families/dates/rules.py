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
    if c.qualifiers.get("counted_from"):
        span += f" ({c.qualifiers['counted_from']})"
    return f"'{c.value_text}' = {span}"


def _within_bounds(a: Claim, b: Claim, span: int) -> str | None:
    """Why two dates of one occasion that lasts several days agree: a day after
    its first ("memulai sidang ... Senin (3/6)") or before its last ("berakhir
    Minggu (19/3)"), at most ``span`` days away, when the occasion is known to
    last several days. None when nothing says so."""
    if not (a.qualifiers.get("multi_day") or b.qualifiers.get("multi_day")):
        return None  # "akan dimulai pada 9 Januari" of talks held on one day
    for first, other in ((a, b), (b, a)):
        bound = first.qualifiers.get("bound")
        if bound not in ("start", "end") or other.qualifiers.get("bound") == bound:
            continue
        day = as_date(str(first.value_lo if bound == "start" else first.value_hi))
        lo, hi = as_date(str(other.value_lo)), as_date(str(other.value_hi))
        if bound == "start" and day <= lo and (hi - day).days <= span:
            return f"{describe(other)} falls after the first day {describe(first)}"
        if bound == "end" and hi <= day and (day - lo).days <= span:
            return f"{describe(other)} falls before the last day {describe(first)}"
    return None


def _weekdays_differ(a: Claim, b: Claim) -> str | None:
    """The same day written with two weekdays ("Selasa (29/11)" and "Senin (29/11)"):
    one source has the weekday wrong, and the editor should see both. Only when
    exactly one of the two weekdays does not fit the date, so that the pair
    names which one is right."""
    qa, qb = a.qualifiers, b.qualifiers
    if not (qa.get("weekday") and qb.get("weekday")) or qa["weekday"] == qb["weekday"]:
        return None
    if not (a.value_lo == a.value_hi == b.value_lo == b.value_hi):
        return None
    if bool(qa.get("weekday_mismatch")) == bool(qb.get("weekday_mismatch")):
        return None
    wrong, right = (a, b) if qa.get("weekday_mismatch") else (b, a)
    return (
        f"'{wrong.value_text}' and '{right.value_text}' give the same day, {a.value_lo}, "
        f"two weekdays: {wrong.qualifiers['weekday_mismatch']}; '{right.value_text}' has "
        "the weekday right."
    )


@rule("date-range", property="date", feature="dates.feature")
def date_range(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of when the same event happens are read as ranges of days,
    resolved against the publication date and the tense of the sentence ("akan
    dimulai" looks forward; "awal Juni" is 1-10 June). Overlapping ranges are
    consistent; disjoint ones contradict each other. An occasion known to last
    several days (a length of days, a range of days, a first and a last day) may
    be dated by any of them: a date written as its first day ("dimulai",
    "memulai") agrees with any day after it, and one written as its last
    ("berakhir", "hingga") with any day before it, up to ``max_span_days``. A
    date that cannot be placed in time is compared with nothing."""
    if None in (a.value_lo, a.value_hi, b.value_lo, b.value_hi):
        return None
    if str(a.value_lo).startswith("--") != str(b.value_lo).startswith("--"):
        return None  # one has a year, the other none: not comparable
    tol = timedelta(days=int(params["tolerance_days"]))
    a_lo, a_hi = as_date(str(a.value_lo)) - tol, as_date(str(a.value_hi)) + tol
    b_lo, b_hi = as_date(str(b.value_lo)) - tol, as_date(str(b.value_hi)) + tol
    sev = params["severity"]
    within = _within_bounds(a, b, int(params["max_span_days"]))
    if within:
        return Verdict("consistent", sev["consistent"], within + ": they agree.")
    weekdays = _weekdays_differ(a, b)
    if weekdays:
        return Verdict("contradiction", sev["contradiction"], weekdays)
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
