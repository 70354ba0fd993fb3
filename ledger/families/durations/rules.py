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
    sidelines) measure different things: no finding. So do a length in days (a
    span of the calendar: "perundingan tiga hari") and one in hours or minutes
    (the time of one sitting: "lebih dari enam jam"): they may agree ("72 jam",
    "tiga hari"), never contradict. An expected length ("perkiraan ... empat
    hingga lima jam") is compared with expected lengths only. A length whose
    occasion is known only from its article's other sentences is not compared
    with another length of that article: the sessions and meals of one occasion
    would be tied by the same sentences."""
    if bool(a.qualifiers.get("planned")) != bool(b.qualifiers.get("planned")):
        return None
    if a.document_id == b.document_id and "article" in (_how(a), _how(b)):
        return None
    ia, ib = bounds(a), bounds(b)
    ratio = float(params["max_ratio"])
    if ia and ib and min(ia[1], ib[1]) > 0 and max(ia[0], ib[0]) / min(ia[1], ib[1]) > ratio:
        return None
    verdict = compare_intervals(a, b, params, minutes, "shorter than")
    if verdict is not None and verdict.verdict == "contradiction" and _other_measures(a, b):
        return None
    return verdict


def _other_measures(a: Claim, b: Claim) -> bool:
    """Whether one length counts days of the calendar and the other clock time."""
    return bool(a.qualifiers.get("calendar")) != bool(b.qualifiers.get("calendar"))


def _how(c: Claim) -> object:
    """How the claim's evidence of its occasion was found ("article": borrowed)."""
    return (c.qualifiers.get("evidence") or {}).get("how")
