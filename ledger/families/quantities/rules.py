"""Money and counts compared as intervals, with the time they hold and who gives them."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from ledger.families.quantities.reading import data
from ledger.intervals import bounds, compare_intervals
from ledger.model import Claim
from ledger.rules import Verdict, rule


def amount(value: float, unit: str) -> str:
    """A figure as an explanation writes it: whole numbers with thousands marks,
    fractions to two decimals at most ("4.1 persen", not "4 persen")."""
    if value == int(value):
        return f"{value:,.0f} {unit}"
    return f"{value:,.2f}".rstrip("0").rstrip(".") + f" {unit}"


def rounding(c: Claim, tol: float) -> float:
    """How far a figure may be from the truth by rounding alone: half the unit of
    its last stated digit ("194 negara" is exact; "11 miliar" may be 10,8), and
    never more than ``tol`` of it. A hedge, a range with both ends ("3.000
    hingga 4.000") or a vague count already says how far: nothing more."""
    if c.qualifiers.get("hedge") or c.value_lo != c.value_hi:
        return 0.0
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
    ya, yb = a.qualifiers.get("year"), b.qualifiers.get("year")
    if ya is not None and yb is not None:  # "pada 2022" and "tahun lalu" of 2023 are one year
        return bool(ya == yb)
    ta, tb = a.qualifiers.get("time"), b.qualifiers.get("time")
    return ta == tb or {ta, tb} == {None, "total"} or _unanchored_alike(ta, tb)


def _unanchored_alike(ta: str | None, tb: str | None) -> bool:
    """Whether the same words of a period ("pekan lalu") are said in one story by
    an article of unknown date and by one of a known date: which week the first
    means, nothing says otherwise than the same."""
    if not (ta and tb) or ("@" in ta) == ("@" in tb):
        return False
    return ta.split("@")[0] == tb.split("@")[0]


def same_source(a: str | None, b: str | None) -> bool:
    """Both name no source, or one source: "Kubrakov" is "Menteri Luar Negeri
    Ukraina Oleksandr Kubrakov" (the shorter's capitalised words all in the
    longer), "polisi" is "polisi Jammu dan Kashmir" (a source named by common
    words only: all of them in the longer)."""
    if not a or not b:
        return not a and not b
    short, long_ = sorted((a, b), key=lambda x: len(_names(x)))
    named = _names(short)
    return named <= _names(long_) if named else _words(short) <= _words(long_)


def _names(source: str) -> set[str]:
    return {w.lower() for w in source.split() if w[:1].isupper()}


def _words(source: str) -> set[str]:
    return {w.lower() for w in source.split()}


def stated_time_alike(a: Claim, b: Claim) -> bool:
    """Whether both figures state their time, and it is the same: one year
    ("pada 2022", "tahun lalu" of 2023), the same words of a period, or
    overlapping dates in their own clauses."""
    ya, yb = a.qualifiers.get("year"), b.qualifiers.get("year")
    if ya is not None and ya == yb:
        return True
    ta, tb = a.qualifiers.get("time"), b.qualifiers.get("time")
    if ta and tb and "total" not in (ta, tb) and same_time(a, b):
        return True
    ra, rb = (_clause_dates(c) for c in (a, b))
    return any(lo1 <= hi2 and lo2 <= hi1 for lo1, hi1 in ra for lo2, hi2 in rb)


def _clause_dates(c: Claim) -> list[tuple[str, str]]:
    dates = (c.qualifiers.get("evidence") or {}).get("dates") or ()
    return [(str(lo), str(hi)) for lo, hi in dates]


def _places(c: Claim) -> set[str]:
    """The places a figure's sentence names, but for those in the name of its
    party ("Eropa" of "Uni Eropa menjanjikan ...")."""
    ev = c.qualifiers.get("evidence") or {}
    names = " ".join([c.subject, *(ev.get("participants") or ())]).lower().split()
    return {p for p in ev.get("places") or () if p.lower() not in names}


def one_count(a: Claim, b: Claim) -> list[str]:
    """The clues that two figures of one thing in one story count it alike,
    whatever their sentences' words: the same source named on both sides, the
    same stated time, the same place, the same digits in another order."""
    sa, sb = a.qualifiers.get("source"), b.qualifiers.get("source")
    pa, pb = _places(a), _places(b)
    party = a.qualifiers.get("party")  # "Uni Eropa menjanjikan", "Uzbekistan ... anggota ke-"
    clues = {
        f"both cite {sa}": bool(sa and sb and same_source(sa, sb)),
        "both say when": stated_time_alike(a, b),
        f"both place it in {', '.join(sorted(pa & pb))}": bool(pa & pb),
        "the same digits in another order": transposed(a, b),
        "the same figure in another currency": currency_slip(a, b),
        f"both are of {party}": bool(party and party == b.qualifiers.get("party")),
    }
    return [clue for clue, holds in clues.items() if holds]


def currency_slip(a: Claim, b: Claim) -> bool:
    """Whether two sums are one figure, written alike in digits, in two
    currencies ("355 juta euro" and "355 juta dolar AS"): the figure was copied,
    its currency was not."""
    da, db = a.qualifiers.get("digits"), b.qualifiers.get("digits")
    return bool(
        a.unit != b.unit
        and {a.unit, b.unit} <= set(data().currency_of.values())
        and da
        and da == db
        and (a.value_lo, a.value_hi) == (b.value_lo, b.value_hi)
        and a.qualifiers.get("hedge") == b.qualifiers.get("hedge")
    )


def transposed(a: Claim, b: Claim) -> bool:
    """Whether two figures written in digits are the same digits with two
    neighbours swapped, to the same precision ("39,8" and "38,9 miliar", "843.000"
    and "483.000"): the signature of a slip in copying one figure. A revised count
    is another figure, not its digits in another order."""
    da, db = a.qualifiers.get("digits"), b.qualifiers.get("digits")
    if not da or not db or len(da) != len(db) or da == db:
        return False
    if a.qualifiers.get("stated_unit") != b.qualifiers.get("stated_unit"):
        return False
    diff = [i for i, (x, y) in enumerate(zip(da, db, strict=True)) if x != y]
    if len(diff) != 2 or diff[1] != diff[0] + 1:
        return False
    i, j = diff
    return bool(da[i] == db[j] and da[j] == db[i])  # "19" and "21" are not one swap


def swapped_figure(a: Claim, b: Claim, fewest: int) -> bool:
    """Whether two figures of one thing are one figure copied with two
    neighbouring digits swapped (:func:`transposed`), hedge and all ("1.420" and
    "1.240 personel"; not "sekitar 1.550" and "5.150 megawatt"; a title line
    drops a hedge: "Dana 434 Juta Dolar AS" and "sekitar 344 juta"), written with at
    least ``fewest`` digits ("12" and "21" may be two counts), and not of two
    different sources."""
    digits = str(a.qualifiers.get("digits") or "")
    same_hedge = a.qualifiers.get("hedge") == b.qualifiers.get("hedge") or any(
        (c.qualifiers.get("evidence") or {}).get("heading") for c in (a, b)
    )
    return len(digits) >= fewest and same_hedge and transposed(a, b) and _one_or_no_source(a, b)


def _tells(c: Claim, other: Claim, tol: float, *, exactly: bool = False) -> bool:
    """Whether the sentence of ``c`` also tells a figure of the same thing that
    agrees with ``other`` (``exactly``: is the same figure, both ends within ``tol``)."""
    lo, hi = bounds(other) or (0.0, 0.0)

    def agrees(t_lo: float, t_hi: float) -> bool:
        if exactly:
            return abs(t_lo - lo) <= tol * hi and abs(t_hi - hi) <= tol * hi
        return t_lo - tol * t_hi <= hi and lo <= t_hi + tol * t_hi

    return any(
        unit == other.unit and subject == other.subject and agrees(t_lo, t_hi)
        for t_lo, t_hi, unit, _, subject in c.qualifiers.get("told") or ()
    )


def told_beside(a: Claim, b: Claim, tol: float) -> bool:
    """Whether each sentence also gives a figure agreeing with the other's: "waduk
    menampung 41 miliar meter kubik, dari kapasitas 74 miliar meter kubik" and
    "tertampung 41 ... kapasitas 74 miliar meter kubik" tell two things alike,
    and the 41 of one is not a version of the 74 of the other; or whether one
    sentence gives the other's very figure beside its own ("Indonesia mengekspor
    3,6 juta ton ..., di atas Malaysia yang mengapalkan 1,4 juta ton" and "minyak
    sawit 3,6 juta ton": the 3,6 million answers the other's figure, and the 1,4
    million is something else)."""
    both = _tells(a, b, tol) and _tells(b, a, tol)
    return both or _tells(a, b, tol, exactly=True) or _tells(b, a, tol, exactly=True)


def with_sources(explanation: str, *claims: Claim) -> str:
    """The explanation with each claim's attribution beside its words:
    "'lebih dari 5.000 pengungsi' (menurut UNHCR) = ..."."""
    for c in claims:
        said = c.qualifiers.get("source_text")
        if said:
            quoted = f"'{c.value_text}' ="
            explanation = explanation.replace(quoted, f"'{c.value_text}' ({said}) =", 1)
    return explanation


def _attribution_cut(a: Claim, b: Claim, similar: float, fewest: int) -> bool:
    """One side names its source and the other names none, and the other's sentence
    is the same sentence with the attribution cut ("Australia mengumumkan
    kontribusi 500 juta dolar Australia ..., menurut Sekretariat PIF" / "...
    50 juta dolar Australia ..."): one copy of one figure, not two sources. The
    sentences are compared without their numbers (rapidfuzz token_set_ratio at
    least ``similar``), when both have at least ``fewest`` words."""
    sa, sb = a.qualifiers.get("source"), b.qualifiers.get("source")
    if bool(sa) == bool(sb):
        return False
    ea, eb = a.qualifiers.get("evidence") or {}, b.qualifiers.get("evidence") or {}
    s1, s2 = str(ea.get("sentence") or ""), str(eb.get("sentence") or "")
    if min(len(s1.split()), len(s2.split())) < fewest:
        return False
    return fuzz.token_set_ratio(s1, s2) >= similar


def _one_or_no_source(a: Claim, b: Claim) -> bool:
    """Whether the two figures do not come from two different named sources."""
    sa, sb = a.qualifiers.get("source"), b.qualifiers.get("source")
    return same_source(sa, sb) or not (sa and sb)


def _other_currency(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """One figure in two currencies, whoever is named for it (unless two
    different sources are): a slip in copying it. Other sums in two currencies
    are not compared."""
    if not (currency_slip(a, b) and _one_or_no_source(a, b)):
        return None
    lo = float(a.value_lo or 0)
    return Verdict(
        "contradiction",
        params["severity"].get("contradiction", "medium"),
        with_sources(
            f"'{a.value_text}' = {amount(lo, a.unit)} and '{b.value_text}' = "
            f"{amount(lo, b.unit)}: the same figure in another currency: a slip in "
            "copying one figure.",
            a,
            b,
        ),
    )


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
    tol = float(params["tolerance_ratio"])
    if a.unit != b.unit:
        return _other_currency(a, b, params) if same_time(a, b) else None
    if not same_time(a, b) or told_beside(a, b, tol):
        return None
    verdict = compare_intervals(a, b, params, amount, "less than", slack=rounding)
    if verdict is None:
        return None
    if verdict.verdict == "contradiction" and transposed(a, b) and _one_or_no_source(a, b):
        # "39,8" and "38,9 miliar dolar AS": one figure copied with two digits
        # swapped, whoever is named for it.
        return Verdict(
            "contradiction",
            verdict.severity,
            with_sources(
                verdict.explanation.replace(
                    "both cannot be true of the same thing.",
                    "the same digits in another order: a slip in copying one figure.",
                ),
                a,
                b,
            ),
        )
    rate = a.unit in params["rate_units"]
    exact = not (a.qualifiers.get("hedge") or b.qualifiers.get("hedge"))
    near = _gap_ratio(a, b) <= tol
    if verdict.verdict == "contradiction" and exact and near and rate:
        return None  # two rates a little apart: a revision as often as a slip
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
    one_source = same_source(sa, sb) or _attribution_cut(
        a, b, float(params["copy_similarity"]), int(params["copy_min_words"])
    )
    if verdict.verdict != "contradiction" or one_source:
        return Verdict(verdict.verdict, verdict.severity, explanation)
    if rate:
        return None  # two institutions' forecasts of one rate differ as a matter of course
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
