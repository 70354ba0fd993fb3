"""Money and counts compared as intervals."""

from __future__ import annotations

from typing import Any

from ledger.model import Claim
from ledger.rules import Verdict, rule
from ledger.rules.durations import compare_intervals


def amount(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}"


@rule("quantity-interval", property="quantity", feature="quantities.feature")
def quantity_interval(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two amounts of the same thing in the same story (a sum of money, a count of
    diplomats or ships) are read as intervals, hedges included ("lebih dari 200
    diplomat" = 200–300, "beberapa kapal" = 2–9). Overlapping intervals are
    consistent; disjoint ones contradict each other."""
    if a.unit != b.unit:
        return None
    return compare_intervals(a, b, params, amount, "less than")
