"""Durations (and other amounts) compared as intervals."""

from __future__ import annotations

from typing import Any

from ledger.intervals import bounds, compare_intervals, minutes
from ledger.model import Claim
from ledger.rules import Verdict, rule


@rule("duration-interval", property="duration", feature="durations.feature")
def duration_interval(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two statements of how long the same event lasted are read as intervals of
    minutes, hedges included ("hampir" below the value, "lebih dari" above it,
    "sekitar" around it). Each is widened by a rounding tolerance; overlapping
    intervals are consistent, disjoint ones contradict each other. Lengths more
    than ``max_ratio`` times apart (a two-day summit, a ten-minute talk on its
    sidelines) measure different things: no finding."""
    ia, ib = bounds(a), bounds(b)
    ratio = float(params["max_ratio"])
    if ia and ib and min(ia[1], ib[1]) > 0 and max(ia[0], ib[0]) / min(ia[1], ib[1]) > ratio:
        return None
    return compare_intervals(a, b, params, minutes, "shorter than")
