"""Hedged amounts compared as intervals: shared by every rule that compares
amounts (lengths of events, counts, sums of money)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ledger.hedges import excludes
from ledger.model import Claim
from ledger.rules import Verdict


def bounds(c: Claim) -> tuple[float, float] | None:
    """The claim's interval, or None when it has none."""
    if c.value_lo is None or c.value_hi is None:
        return None
    return float(c.value_lo), float(c.value_hi)


def minutes(value: float, unit: str) -> str:
    return f"{value:g} min"


def describe(c: Claim, fmt: Callable[[float, str], str] = minutes) -> str:
    """'hampir dua jam' = 90–120 min (or = 105 min for an exact value)."""
    lo, hi = bounds(c) or (0.0, 0.0)
    if lo == hi:
        return f"'{c.value_text}' = {fmt(lo, c.unit)}"
    low_number = fmt(lo, c.unit).rsplit(" ", 1)[0]
    return f"'{c.value_text}' = {low_number}–{fmt(hi, c.unit)}"


def rounding(c: Claim, tol: float) -> float:
    """How far a stated value may be from the truth by rounding: ``tol`` of it. A
    hedged value ("hampir dua jam", "sekitar lima jam") already says how far, in
    its interval: it gets nothing more."""
    if c.qualifiers.get("hedge"):
        return 0.0
    _, hi = bounds(c) or (0.0, 0.0)
    return tol * hi


def _only_touch(a: Claim, b: Claim, wa: tuple[float, float], wb: tuple[float, float]) -> bool:
    """Whether two intervals meet only at a value one of them leaves out:
    "hampir dua jam" (under two hours) and "lebih dari dua jam" (over them)."""
    lo, hi = max(wa[0], wb[0]), min(wa[1], wb[1])
    if lo != hi:
        return False
    for c, (c_lo, c_hi) in ((a, wa), (b, wb)):
        side = excludes(c.qualifiers.get("hedge"))
        if (side == "hi" and c_hi == hi) or (side == "lo" and c_lo == lo):
            return True
    return False


def compare_intervals(
    a: Claim,
    b: Claim,
    params: dict[str, Any],
    fmt: Callable[[float, str], str],
    shorter: str,
    slack: Callable[[Claim, float], float] | None = None,
) -> Verdict | None:
    """Overlapping intervals (each widened by ``tolerance_ratio``, or by its own
    ``slack(claim, tolerance_ratio)``) agree; disjoint ones contradict, with high
    severity when the gap exceeds ``high_gap_ratio``."""
    ia, ib = bounds(a), bounds(b)
    if ia is None or ib is None:
        return None
    tol = float(params["tolerance_ratio"])
    sev = params["severity"]
    sa, sb = (slack or rounding)(a, tol), (slack or rounding)(b, tol)
    wa, wb = (ia[0] - sa, ia[1] + sa), (ib[0] - sb, ib[1] + sb)
    if wa[0] <= wb[1] and wb[0] <= wa[1] and not _only_touch(a, b, wa, wb):
        (inner, i_in), (outer, i_out) = sorted(((a, ia), (b, ib)), key=lambda p: p[1][1] - p[1][0])
        if i_out[0] <= i_in[0] and i_in[1] <= i_out[1]:
            text = f"{describe(inner, fmt)} lies inside {describe(outer, fmt)}"
        else:
            text = f"{describe(a, fmt)} and {describe(b, fmt)} overlap"
        return Verdict("consistent", sev["consistent"], text + ": they agree.")
    (low, i_low), (high, i_high) = sorted(((a, ia), (b, ib)), key=lambda p: p[1][0])
    gap = i_high[0] - i_low[1]
    high_gap = gap / max(i_high[0], 1.0) > float(params["high_gap_ratio"])
    if gap <= 0:  # "hampir dua jam" and "lebih dari dua jam" meet at two hours
        return Verdict(
            "contradiction",
            sev["contradiction"],
            f"{describe(low, fmt)} stays under {fmt(i_low[1], low.unit)} and "
            f"{describe(high, fmt)} goes over it: both cannot be true of the same thing.",
        )
    return Verdict(
        "contradiction",
        sev["contradiction_high"] if high_gap else sev["contradiction"],
        f"{describe(low, fmt)} is {shorter} {describe(high, fmt)} by at least "
        f"{fmt(gap, low.unit)}: both cannot be true of the same thing.",
    )
