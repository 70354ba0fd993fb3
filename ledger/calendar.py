"""The calendar: placing date mentions in time, and the facts that takes.

:mod:`ledger.dates` finds date mentions in words; this module resolves them
(:func:`resolve`, re-exported there) to :class:`DateRange` s of days, with the
arithmetic that needs (months of unequal length, the occurrence of a day and
month nearest a reference, parts of weeks, months and years) and the reading of
clock times. Ingest uses the names and :func:`year_for_weekday` for publication
dates. The two halves are split because each is a family of its own: finding
grows with the language, resolving with what the caller knows.

dateparser never checks a weekday against a date: it puts "Jumat (31/12)" in
2020, a year whose 31 December was a Thursday. :func:`year_for_weekday` is the
rule we use instead: a day/month with a weekday and no year takes the year in
which that weekday falls, the one closest to what the text itself says. dateparser
reads only full absolute dates here, as a second opinion on our own reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

import dateparser

from ledger import lexicon

if TYPE_CHECKING:
    from ledger.dates import DateMention

NO_YEAR = 2000  # placeholder year when no source gives one: a leap year, so 29/2 fits
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DateRange:
    """The days a mention can mean, inclusive, and how that was worked out.

    ``basis`` is where the year came from: "written" (in the mention), "weekday"
    (a year the article names, in which the written weekday and date fall
    together), "reference" (the publication date, or the anchor's), "none" (no
    year: ``year_known`` is False). A contradiction resting on a reference that
    was borrowed from another article can be refused by looking at it.
    """

    lo: date
    hi: date
    year_known: bool  # False: lo/hi carry the placeholder year NO_YEAR
    reading: str
    basis: str = "reference"


@cache
def _bounds() -> dict[str, dict[str, Any]]:
    """Parts of weeks, months and years, and the sizes and windows of relative units."""
    cal, rel = lexicon.load("calendar"), lexicon.load("relative_dates")
    return {
        "month_days": {str(k): tuple(v) for k, v in cal["part_of_month_days"].items()},
        "week_days": {str(k): tuple(v) for k, v in cal["part_of_week_days"].items()},
        "year_months": {str(k): tuple(v) for k, v in cal["part_of_year_months"].items()},
        "window": {str(k): float(v) for k, v in rel["window_days"].items()},
        "days_per": {str(k): float(v) for k, v in rel["days_per_unit"].items()},
    }


@cache
def month_names(lang: str = lexicon.DEFAULT_LANGUAGE) -> dict[str, int]:
    """Lower-cased month name -> month number."""
    table = lexicon.load("calendar", lang)["months"]
    return {name.lower(): int(num) for num, names in table.items() for name in names}


@cache
def weekday_names(lang: str = lexicon.DEFAULT_LANGUAGE) -> dict[str, int]:
    """Lower-cased weekday name -> ISO weekday (Monday = 1)."""
    table = lexicon.load("calendar", lang)["weekdays"]
    return {name.lower(): int(num) for num, names in table.items() for name in names}


@cache
def times_of_day(lang: str = lexicon.DEFAULT_LANGUAGE) -> dict[str, tuple[int, int]]:
    """Lower-cased time of day ("sore") -> the hours (first, last) a clock time with it can mean."""
    table = lexicon.load("calendar", lang)["times_of_day"]
    return {" ".join(str(k).lower().split()): (int(v[0]), int(v[1])) for k, v in table.items()}


def year_for_weekday(
    day: int, month: int, weekday: int, hints: list[int], span: int = 30
) -> int | None:
    """The year in which ``day/month`` falls on ``weekday`` (ISO), closest to ``hints``.

    ``hints`` are years the text mentions (or a reference year); the candidate
    with the smallest distance to the nearest hint wins, the later year on a tie.
    With no hints there is no honest answer, and None is returned; nor is there
    when no year within ``span`` of a hint fits.
    """
    if not hints:
        return None
    lo, hi = min(hints) - span, max(hints) + span
    candidates = []
    for year in range(lo, hi + 1):
        try:
            if date(year, month, day).isoweekday() == weekday:
                candidates.append(year)
        except ValueError:  # 29 February in a common year
            continue
    candidates = [y for y in candidates if min(abs(y - h) for h in hints) <= span]
    if not candidates:
        return None
    return min(candidates, key=lambda y: (min(abs(y - h) for h in hints), -y))


def valid(day: int, month: int, year: int) -> bool:
    """Whether ``day/month/year`` exists (30 February does not)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole calendar months, the day clipped to the month's length."""
    y, mo = divmod(d.month - 1 + months, 12)
    return date(d.year + y, mo + 1, min(d.day, month_end(d.year + y, mo + 1).day))


def nearest_day(day: int, month: int, ref: date, direction: str | None) -> tuple[date, str] | None:
    """The occurrence of ``day/month`` the tense points to, and why it was chosen.

    "future" takes the first on or after ``ref``, "past" the last on or before
    it, no tense the nearest; only the years next to ``ref`` are candidates.
    """
    options = [
        date(y, month, day) for y in range(ref.year - 1, ref.year + 2) if valid(day, month, y)
    ]
    if direction == "future":
        after = [d for d in options if d >= ref]
        return (after[0], f"the first on or after {ref}") if after else None
    if direction == "past":
        before = [d for d in options if d <= ref]
        return (before[-1], f"the last on or before {ref}") if before else None
    return min(options, key=lambda d: abs((d - ref).days)), f"the one nearest {ref}"


def month_year(month: int, ref: date, direction: str | None) -> int:
    """The year of a month named alone: on the tense's side of the reference, else the nearest."""
    if direction == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if direction == "past":
        return ref.year if month <= ref.month else ref.year - 1
    return min(
        (ref.year - 1, ref.year, ref.year + 1),
        key=lambda y: (abs((y - ref.year) * 12 + month - ref.month), y != ref.year),
    )


def clock_minutes(hour: int, minute: int, time_of_day: str | None = None) -> int | None:
    """Minutes since midnight of a clock time, or None when it is no time.

    With a time of day ("jam 3 sore") the hour is read on the 12-hour clock and
    moved into that part of the day (3 + 12 = 15:00); "jam 12 malam" is 0:00.
    An hour the time of day cannot hold ("jam 9 malam" fits, "jam 9 siang" does
    not) is refused rather than guessed.
    """
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    if time_of_day is not None:
        first, last = times_of_day()[" ".join(time_of_day.lower().split())]
        fits = [h for h in (hour, hour + 12, hour + 24) if first <= h <= last and hour <= 12]
        if not fits and first <= hour <= last:
            fits = [hour]
        if not fits:
            return None
        hour = fits[0] % 24
    return (hour % 24) * 60 + minute


def resolve(
    mention: DateMention,
    reference: date | None,
    *,
    direction: str | None = None,
    anchor: DateRange | None = None,
    year_hints: Sequence[int] = (),
) -> DateRange | None:
    """The days ``mention`` can mean, or None when nothing the caller knows places it in time.

    ``direction`` ("past", "future" or None) is the tense of the sentence: it
    chooses between the occurrences of a weekday, a day or a month around the
    reference. With no reference, months and days still resolve, with
    ``year_known=False``; weekdays and relative mentions do not. A mention that
    ``needs_anchor`` resolves from ``anchor`` only. A clock time names no day and
    resolves to None (its ``minutes`` are on the mention). Nor does a day the
    calendar cannot hold: "100000 bulan lagi", or "Januari" in an article dated
    9999-12-31, lies past the year 9999.
    """
    resolver = _RESOLVERS[mention.form]
    try:
        return resolver(mention, reference, direction, anchor, list(year_hints))
    except (OverflowError, ValueError):  # what date arithmetic raises out of years 1-9999
        return None


def _fmt(d: date, known: bool) -> str:
    return d.isoformat() if known else d.strftime("--%m-%d")


def _range(m: DateMention, lo: date, hi: date, known: bool, why: str, basis: str) -> DateRange:
    span = _fmt(lo, known) if lo == hi else f"{_fmt(lo, known)}..{_fmt(hi, known)}"
    return DateRange(lo, hi, known, f"{m.text} = {span} ({why})", basis if known else "none")


def _shift(d: date, unit: str, amount: float) -> date:
    """``d`` moved by ``amount`` units: whole months and years on the calendar, the rest in days."""
    if unit in ("month", "year") and amount == int(amount):
        return add_months(d, int(amount) * (12 if unit == "year" else 1))
    return d + timedelta(days=round(amount * _bounds()["days_per"][unit]))


def _wrong_weekday(d: date) -> str:
    return f"but {d} is a {WEEKDAYS_EN[d.isoweekday() - 1]}, not the weekday written"


def _absolute(m: DateMention, ref: date | None, *_: Any) -> DateRange | None:
    assert m.day is not None and m.month is not None and m.year is not None
    core = m.text[re.search(r"\d", m.text).start() :].rstrip(" )")  # type: ignore[union-attr]
    parsed = _dateparser(core)
    d = parsed or date(m.year, m.month, m.day)
    why = "as written" + (", read by dateparser" if parsed else "")
    if m.weekday is not None and d.isoweekday() != m.weekday:
        why += "; " + _wrong_weekday(d)
    return _range(m, d, d, True, why, "written")


@cache
def _dateparser(text: str) -> date | None:
    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(text, languages=["id"], settings=settings)
    return None if parsed is None else parsed.date()


def _day_month(
    m: DateMention, ref: date | None, direction: str | None, _: Any, hints: list[int]
) -> DateRange | None:
    """A day and month: the tense's occurrence near the reference, the weekday checking it.

    A weekday that does not fit that occurrence may pick the nearest one instead,
    if that lies in the reference's own year (the tense was misread); otherwise the
    date stays where the reference puts it and :func:`weekday_mismatch` reports the
    weekday. Without a reference, a year the article names is taken only when the
    weekday and date fall together in it or next to it; else there is no year.
    """
    assert m.day is not None and m.month is not None
    if ref is not None:
        plain = nearest_day(m.day, m.month, ref, direction)
        if plain is None:
            return None
        d, why = plain
        if m.weekday is not None and d.isoweekday() != m.weekday:
            near = nearest_day(m.day, m.month, ref, None)
            if near is not None and near[0].isoweekday() == m.weekday and near[0].year == ref.year:
                d, why = near[0], f"{near[1]}, where the weekday fits"
            else:
                why += "; " + _wrong_weekday(d)
        return _range(m, d, d, True, why, "reference")
    placed = _weekday_year(m, hints) if m.weekday is not None else None
    if placed is not None:
        return _range(m, placed[0], placed[0], True, placed[1], "weekday")
    d = date(NO_YEAR, m.month, m.day)
    return _range(m, d, d, False, "no source gives the year", "none")


def _weekday_year(m: DateMention, hints: list[int]) -> tuple[date, str] | None:
    """A day and month with no year, placed in a year the article names where its weekday
    falls on it (or next to one), with the reason; None when there is no such year."""
    assert m.day is not None and m.month is not None and m.weekday is not None
    year = year_for_weekday(m.day, m.month, m.weekday, sorted(set(hints)), span=1)
    if year is None:
        return None
    wd, years = WEEKDAYS_EN[m.weekday - 1], ", ".join(map(str, sorted(set(hints))))
    why = f"the year in which {m.day}/{m.month} falls on a {wd}, nearest {years}"
    return date(year, m.month, m.day), why


def _days(
    m: DateMention, ref: date | None, direction: str | None, _: Any, hints: list[int]
) -> DateRange | None:
    """A range of days: its first day placed like a day and month, its last day after it."""
    assert m.day is not None and m.month is not None and m.until is not None
    d2, m2, y2 = m.until
    y1 = m.year if m.year is not None else None
    if y2 is not None or y1 is not None:
        end_year = y2 if y2 is not None else y1
        assert end_year is not None
        start_year = y1 if y1 is not None else end_year - ((m.month, m.day) > (m2, d2))
        lo, why, basis = date(start_year, m.month, m.day), "as written", "written"
    elif ref is not None:
        first = nearest_day(m.day, m.month, ref, direction)
        if first is None:
            return None
        (lo, why), basis = first, "reference"
    elif m.weekday is not None and (placed := _weekday_year(m, hints)) is not None:
        (lo, why), basis = placed, "weekday"  # "Selasa-Kamis (21-23/4)": the first day's weekday
    else:
        if (m.month, m.day) > (m2, d2):
            return None  # across a new year with no year: no honest placeholder
        lo, why, basis = date(NO_YEAR, m.month, m.day), "no source gives the year", "none"
    hi = date(y2 if y2 is not None else lo.year + ((m.month, m.day) > (m2, d2)), m2, d2)
    return _range(m, lo, hi, basis != "none", why, basis)


def _which_month(
    m: DateMention, ref: date | None, direction: str | None
) -> tuple[int, int, str, str] | None:
    """(year, month, why, basis) of a month, part-of-month or shifted-month mention."""
    if m.month is None:  # "awal bulan depan"
        if ref is None:
            return None
        d = add_months(ref.replace(day=1), m.shift or 0)
        return d.year, d.month, _moved(m.shift or 0, "month", f"{ref:%Y-%m}"), "reference"
    if m.year is not None:
        return m.year, m.month, "as written", "written"
    if ref is None:
        return NO_YEAR, m.month, "no source gives the year", "none"
    direction = {-1: "past", 1: "future"}.get(m.shift or 0, direction)  # "Mei lalu"
    side = {"future": "on or after", "past": "on or before"}.get(direction or "", "nearest")
    year = month_year(m.month, ref, direction)
    return year, m.month, f"the one {side} {ref:%Y-%m}", "reference"


def _month(m: DateMention, ref: date | None, direction: str | None, *_: Any) -> DateRange | None:
    which = _which_month(m, ref, direction)
    if which is None:
        return None
    y, mo, why, basis = which
    lo, hi = date(y, mo, 1), month_end(y, mo)
    if m.part is not None:
        first, last = _bounds()["month_days"][m.part]
        lo, hi = date(y, mo, first), min(hi, date(y, mo, min(last, hi.day)))
        why = f"days {lo.day}–{hi.day} of the month; {why}"
    return _range(m, lo, hi, basis != "none", why, basis)


def _year(m: DateMention, ref: date | None, *_: Any) -> DateRange | None:
    if m.year is not None:
        year, why, basis = m.year, "as written", "written"
    elif ref is not None:
        year, why = ref.year + (m.shift or 0), _moved(m.shift or 0, "year", str(ref.year))
        basis = "reference"
    else:
        return None
    lo, hi = date(year, 1, 1), date(year, 12, 31)
    if m.part is not None:
        first, last = _bounds()["year_months"][m.part]
        lo, hi = date(year, first, 1), month_end(year, last)
        why = f"months {first}–{last} of the year; {why}"
    return _range(m, lo, hi, True, why, basis)


def _week_part(
    m: DateMention, ref: date | None, direction: str | None, *_: Any
) -> DateRange | None:
    """ "akhir pekan ini", "awal pekan depan": days of a calendar week around the reference.

    With no shift word the tense chooses the week ("pada akhir pekan" in a past
    sentence is the last weekend on or before the reference), else the nearest."""
    if ref is None or m.part is None:
        return None
    first, last = _bounds()["week_days"][m.part]
    monday = ref - timedelta(days=ref.isoweekday() - 1)
    weeks = {w: (monday + timedelta(7 * w + first - 1), monday + timedelta(7 * w + last - 1))
             for w in (-1, 0, 1)}  # fmt: skip
    if m.shift is not None:
        week = m.shift
    elif direction == "past":
        week = max(w for w, (lo, _) in weeks.items() if lo <= ref)
    elif direction == "future":
        week = min(w for w, (_, hi) in weeks.items() if hi >= ref)
    else:
        week = min(
            weeks, key=lambda w: (max((weeks[w][0] - ref).days, (ref - weeks[w][1]).days), w)
        )
    lo, hi = weeks[week]
    return _range(
        m, lo, hi, True, f"{_moved(week, 'week', str(ref))}, ISO days {first}–{last}", "reference"
    )


def _weekday(m: DateMention, ref: date | None, direction: str | None, *_: Any) -> DateRange | None:
    if ref is None or m.weekday is None:
        return None
    name = WEEKDAYS_EN[m.weekday - 1]
    back, ahead = (ref.isoweekday() - m.weekday) % 7, (m.weekday - ref.isoweekday()) % 7
    if m.shift == -1:
        d, why = ref - timedelta(days=back or 7), f"the {name} before {ref}"
    elif m.shift == 1:
        d, why = ref + timedelta(days=ahead or 7), f"the {name} after {ref}"
    elif direction == "future":
        d, why = ref + timedelta(days=ahead), f"the {name} on or after {ref}"
    else:
        d, why = ref - timedelta(days=back), f"the {name} on or before {ref}"
    return _range(m, d, d, True, why, "reference")


def _base(
    m: DateMention, ref: date | None, anchor: DateRange | None
) -> tuple[date, date, bool, str, str] | None:
    """(lo, hi, year_known, words, basis) a relative mention counts from: the anchor for
    "dua hari kemudian" (and nothing without one), else the reference."""
    if m.needs_anchor:
        if anchor is None:
            return None
        lo, hi, known = anchor.lo, anchor.hi, anchor.year_known
        words = _fmt(lo, known) + ("" if lo == hi else f"..{_fmt(hi, known)}")
        return lo, hi, known, words, anchor.basis
    return None if ref is None else (ref, ref, True, str(ref), "reference")


def _relative(
    m: DateMention, ref: date | None, direction: str | None, anchor: DateRange | None, _: Any
) -> DateRange | None:
    base = _base(m, ref, anchor)
    if m.days is not None:
        if base is None:
            return None
        lo, hi = base[0] + timedelta(days=m.days[0]), base[1] + timedelta(days=m.days[1])
        days = f"{m.days[0]:+d}" + (f"..{m.days[1]:+d}" if m.days[1] != m.days[0] else "")
        who = "as the speaker counts" if m.deictic else "of the date named before"
        return _range(m, lo, hi, base[2], f"{days} days from {base[3]}, {who}", base[4])
    assert m.unit is not None
    if m.amount is None and m.unit != "week":  # "bulan lalu", "tahun depan": whole calendar periods
        if m.unit == "year":
            return _year(m, ref)
        return _month(m, ref, direction)
    if base is None:
        return None
    if m.amount is None:  # "pekan ini", "minggu depan": a calendar week (or about 7 days off)
        if ref is None or m.shift is None:
            return None
        monday = ref - timedelta(days=ref.isoweekday() - 1)
        lo, hi = monday + timedelta(7 * m.shift), monday + timedelta(7 * m.shift + 6)
        if m.shift == 0:
            return _range(m, lo, hi, True, f"the week of {ref}", "reference")
        near = _relative(_plain(m), ref, direction, anchor, _)
        assert near is not None
        why = f"{_moved(m.shift, 'calendar week', str(ref))}, or {near.reading.split('(', 1)[1]}"
        return _range(m, min(lo, near.lo), max(hi, near.hi), True, why.rstrip(")"), "reference")
    lo, hi, known, words, basis = base
    amount = m.amount or (1.0, 1.0)
    relation = m.relation or ("ago" if (m.shift or 0) < 0 else "hence")
    sign = -1 if relation in ("ago", "earlier", "recent", "before_occasion") else 1
    ends = [_shift(d, m.unit, sign * a) for d in (lo, hi) for a in amount]
    new_lo, new_hi = min(ends), max(ends)
    window = round(_bounds()["window"][m.unit] * amount[0]) if amount[0] == amount[1] else 0
    if relation == "recent":
        new_hi, window = hi, 0
    new_lo, new_hi = new_lo - timedelta(days=window), new_hi + timedelta(days=window)
    side = "before" if sign < 0 else "after"
    why = f"{_count(amount, m.unit)} {side} {words}" + (f" ± {window} days" if window else "")
    return _range(m, new_lo, new_hi, known, why, basis)


def _plain(m: DateMention) -> DateMention:
    """ "minggu depan" read as "seminggu lagi": one week off, with the week's window."""
    relation = "ago" if (m.shift or 0) < 0 else "hence"
    return type(m)(
        m.start, m.end, m.text, m.form, unit=m.unit, amount=(1.0, 1.0), relation=relation
    )


def _moved(shift: int, unit: str, base: str) -> str:
    """ "the month before 2021-07", "the year after 2021", "the year of 2021"."""
    if abs(shift) == 1:
        return f"the {unit} {'before' if shift < 0 else 'after'} {base}"
    if shift == 0:
        return f"the {unit} of {base}"
    return f"{abs(shift)} {unit}s {'before' if shift < 0 else 'after'} {base}"


def _count(amount: tuple[float, float], unit: str) -> str:
    """An amount of a unit in words: "7 days" for "seminggu", "1–6 weeks" for "beberapa minggu"."""
    if amount[0] == amount[1]:
        if unit in ("day", "week"):
            days = amount[0] * _bounds()["days_per"][unit]
            return f"{days:g} day" + ("" if days == 1 else "s")
        return f"{amount[0]:g} {unit}" + ("" if amount[0] == 1 else "s")
    return f"{amount[0]:g}–{amount[1]:g} {unit}s"


_RESOLVERS: dict[str, Callable[..., DateRange | None]] = {
    "absolute": _absolute,
    "day_month": _day_month,
    "day_range": _days,
    "weekday": _weekday,
    "relative": _relative,
    "month": _month,
    "part_of_month": _month,
    "part_of_week": _week_part,
    "part_of_year": _year,
    "year": _year,
    "time": lambda *_: None,  # a clock time alone names no day
}
