"""Money and counts compared as intervals, with the time they hold and who gives them."""

from __future__ import annotations

from typing import Any

from ledger.intervals import bounds, compare_intervals
from ledger.model import Claim
from ledger.rules import Verdict, rule


def amount(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}"


def rounding(c: Claim, tol: float) -> float:
    """How far a figure may be from the truth by rounding alone: half the unit of
    its last stated digit ("194 negara" is exact; "11 miliar" may be 10,8), and
    never more than ``tol`` of it."""
    if c.qualifiers.get("hedge"):
        return 0.0  # the hedge's interval already says how far
    _, hi = bounds(c) or (0.0, 0.0)
    unit = c.qualifiers.get("stated_unit")
    return min(tol * hi, float(unit) / 2) if unit else tol * hi


def _gap_ratio(a: Claim, b: Claim) -> float:
    """The gap between two disjoint intervals, relative to the bound above it."""
    (alo, ahi), (blo, bhi) = bounds(a) or (0.0, 0.0), bounds(b) or (0.0, 0.0)
    gap, above = (blo - ahi, blo) if blo > ahi else (alo - bhi, alo)
    return max(gap, 0.0) / max(above, 1.0)


def same_time(a: Claim, b: Claim) -> bool:
    """Whether two figures can hold at the same time: equal time words, or a total
    and an unmarked figure (news states totals unmarked); a day's figure meets only
    the same day's."""
    ta, tb = a.qualifiers.get("time"), b.qualifiers.get("time")
    return ta == tb or {ta, tb} == {None, "total"}


def _same_source(a: str | None, b: str | None) -> bool:
    """Both name no source, or one source: "Kubrakov" is "Menteri Luar Negeri
    Ukraina Oleksandr Kubrakov" (the shorter's capitalised words all in the longer)."""
    if not a or not b:
        return not a and not b
    names = [{w.lower() for w in x.split() if w[:1].isupper()} or {x.lower()} for x in (a, b)]
    short, long_ = sorted(names, key=len)
    return short <= long_


def with_sources(explanation: str, *claims: Claim) -> str:
    """The explanation with each claim's attribution beside its words:
    "'lebih dari 5.000 pengungsi' (menurut UNHCR) = ..."."""
    for c in claims:
        said = c.qualifiers.get("source_text")
        if said:
            quoted = f"'{c.value_text}' ="
            explanation = explanation.replace(quoted, f"'{c.value_text}' ({said}) =", 1)
    return explanation


@rule("quantity-interval", property="quantity", feature="quantities.feature")
def quantity_interval(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Two amounts of the same thing in the same story (a sum of money, a count of
    refugees, of diplomats expelled, of people killed) are read as intervals, ranges
    and hedges included ("3.000 hingga 4.000" = 3,000–4,000; "lebih dari 5.000" =
    5,000–15,000; "beberapa kapal" = 2–9). Overlapping intervals are consistent;
    disjoint ones contradict each other. Figures of different times are not
    compared (a day's figure is not the total so far). When the two figures come
    from different sources, or only one names its source ("menurut UNHCR", "kata
    polisi"), disjoint intervals are a variant: a disagreement between sources,
    not a slip of the newsroom. The explanation names each side's source."""
    if a.unit != b.unit or not same_time(a, b):
        return None
    verdict = compare_intervals(a, b, params, amount, "less than", slack=rounding)
    if verdict is None:
        return None
    exact = not (a.qualifiers.get("hedge") or b.qualifiers.get("hedge"))
    near = _gap_ratio(a, b) <= float(params["tolerance_ratio"])
    if verdict.verdict == "contradiction" and exact and near:
        # "145" and "147 pengungsi": exact figures a little apart. A revised
        # count or a slip: the sources differ, and only an editor can say which.
        return Verdict(
            "variant",
            params["severity"].get("variant", "low"),
            with_sources(
                verdict.explanation.replace(
                    "both cannot be true of the same thing.",
                    "exact figures a little apart: a revised count or a slip.",
                ),
                a,
                b,
            ),
        )
    explanation = with_sources(verdict.explanation, a, b)
    sa, sb = a.qualifiers.get("source"), b.qualifiers.get("source")
    same_source = _same_source(sa, sb)
    if verdict.verdict != "contradiction" or same_source:
        return Verdict(verdict.verdict, verdict.severity, explanation)
    who = f"{sa or 'no source named'} vs {sb or 'no source named'}"
    return Verdict(
        "variant",
        params["severity"].get("variant", "low"),
        explanation.replace(
            "both cannot be true of the same thing.",
            f"the sources differ ({who}): a disagreement between sources, "
            "not a slip of the newsroom.",
        ),
    )
