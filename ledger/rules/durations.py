"""Durations compared as intervals of minutes."""

from __future__ import annotations

from typing import Any

from ledger.model import Claim
from ledger.rules import Verdict, rule


def bounds(c: Claim) -> tuple[float, float] | None:
    """The claim's interval in minutes, or None when it has none."""
    if c.value_lo is None or c.value_hi is None:
        return None
    return float(c.value_lo), float(c.value_hi)


def describe(c: Claim) -> str:
    """'hampir dua jam' = 90–120 min (or = 105 min for an exact value)."""
    lo, hi = bounds(c) or (0.0, 0.0)
    span = f"{lo:g} min" if lo == hi else f"{lo:g}–{hi:g} min"
    return f"'{c.value_text}' = {span}"


@rule("duration-interval", property="duration", feature="durations.feature")
def duration_interval(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of how long the same event lasted are read as intervals of
    minutes, hedges included ("hampir" below the value, "lebih dari" above it,
    "sekitar" around it). Each is widened by a rounding tolerance; overlapping
    intervals are consistent, disjoint ones contradict each other."""
    ia, ib = bounds(a), bounds(b)
    if ia is None or ib is None:
        return None
    tol = float(params["tolerance_ratio"])
    sev = params["severity"]
    if ia[0] * (1 - tol) <= ib[1] * (1 + tol) and ib[0] * (1 - tol) <= ia[1] * (1 + tol):
        (inner, i_in), (outer, i_out) = sorted(((a, ia), (b, ib)), key=lambda p: p[1][1] - p[1][0])
        if i_out[0] <= i_in[0] and i_in[1] <= i_out[1]:
            text = f"{describe(inner)} lies inside {describe(outer)}"
        else:
            text = f"{describe(a)} and {describe(b)} overlap"
        return Verdict("consistent", sev["consistent"], text + ": they agree.")
    (low, i_low), (high, i_high) = sorted(((a, ia), (b, ib)), key=lambda p: p[1][0])
    gap = i_high[0] - i_low[1]
    ratio = gap / max(i_high[0], 1.0)
    high_gap = ratio > float(params["high_gap_ratio"])
    return Verdict(
        "contradiction",
        sev["contradiction_high"] if high_gap else sev["contradiction"],
        f"{describe(low)} is shorter than {describe(high)} by at least {gap:g} min: "
        "both cannot be true of the same event.",
    )
