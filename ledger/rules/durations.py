"""Durations compared as intervals of minutes."""

from __future__ import annotations

from typing import Any

from ledger.model import Claim
from ledger.rules import Verdict, rule


def fmt_minutes(value: float) -> str:
    """Minutes as an editor reads them: "105 min", "1.5 min"."""
    return f"{value:g} min"


def describe(c: Claim) -> str:
    """'hampir dua jam' = 90–120 min (or = 105 min for an exact value)."""
    lo, hi = float(c.value_lo or 0), float(c.value_hi or 0)
    span = fmt_minutes(lo) if lo == hi else f"{lo:g}–{hi:g} min"
    return f"'{c.value_text}' = {span}"


@rule("duration-interval", property="duration", feature="durations.feature")
def duration_interval(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of how long the same event lasted are read as intervals of
    minutes, hedges included ("hampir" below the value, "lebih dari" above it,
    "sekitar" around it). Overlapping intervals are consistent; disjoint ones
    contradict each other."""
    if None in (a.value_lo, a.value_hi, b.value_lo, b.value_hi):
        return None
    tol = float(params["tolerance_ratio"])
    a_lo, a_hi = float(a.value_lo) * (1 - tol), float(a.value_hi) * (1 + tol)  # type: ignore[arg-type]
    b_lo, b_hi = float(b.value_lo) * (1 - tol), float(b.value_hi) * (1 + tol)  # type: ignore[arg-type]
    sev = params["severity"]
    if a_lo <= b_hi and b_lo <= a_hi:
        inner, outer = (a, b) if _width(a) <= _width(b) else (b, a)
        if _inside(inner, outer):
            text = f"{describe(inner)} lies inside {describe(outer)}"
        else:
            text = f"{describe(a)} and {describe(b)} overlap"
        return Verdict("consistent", sev["consistent"], text + ": they agree.")
    low, high = (a, b) if float(a.value_hi) < float(b.value_lo) else (b, a)  # type: ignore[arg-type]
    gap = float(high.value_lo) - float(low.value_hi)  # type: ignore[arg-type]
    ratio = gap / max(float(high.value_lo), 1.0)  # type: ignore[arg-type]
    severity = sev["contradiction_high"] if ratio > float(params["high_gap_ratio"]) else sev["contradiction"]
    return Verdict(
        "contradiction",
        severity,
        f"{describe(low)} is shorter than {describe(high)} by at least {gap:g} min: "
        "both cannot be true of the same event.",
    )


def _width(c: Claim) -> float:
    return float(c.value_hi) - float(c.value_lo)  # type: ignore[arg-type]


def _inside(inner: Claim, outer: Claim) -> bool:
    return float(outer.value_lo) <= float(inner.value_lo) and float(inner.value_hi) <= float(outer.value_hi)  # type: ignore[arg-type]
