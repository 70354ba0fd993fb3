"""Dates stated in Indonesian text: found as mentions, then resolved to ranges of days.

Two steps, because finding needs only the words while resolving needs what the
caller knows: the publication date (``reference``), the tense of the sentence
(``direction``), the date mentioned just before (``anchor``, for "dua hari
kemudian") and the years the document names (``year_hints``). Every mention
resolves to a :class:`DateRange`, since most dates in news copy are ranges:
"awal Juni" is 1-10 June, "bulan lalu" a whole month, "seminggu lalu" a few
days around a week back. Bounds and windows live in ``data/id/calendar.yaml``
and ``data/id/relative_dates.yaml``.

dateparser reads the full absolute dates (day, month and year written out) and
nothing else: it returns None for "pekan lalu", "awal Juni", "bulan September",
puts "9 Januari" in the past even where the sentence looks forward, and never
checks a weekday ("Jumat (31/12)" lands in 2020, a Thursday). A weekday is
always checked here, with :func:`ledger.calendar.year_for_weekday`.

Span conventions (``text == sentence[start:end]``):

- "hari" before a weekday, "bulan" before a month and "tahun" before a year are
  part of the mention ("hari Selasa", "bulan September", "tahun 2022");
  prepositions are not ("pada", "sejak", "dalam", "tanggal").
- A weekday with its date is one mention, parentheses included ("Rabu (28/7)",
  "Kamis (29/7/2021)", "Selasa, 27 Juli 2021").
- A time of day after a weekday is left out ("Jumat pagi" gives "Jumat"); a
  shift word is kept ("Selasa lalu").
- Relative mentions run from the amount to the marker ("seminggu lalu",
  "dua hari kemudian", "beberapa minggu ke depan") or are a unit with a shift
  word ("bulan depan"); parts include their word ("awal Juni", "awal tahun depan").
- A bare four-digit number is no date ("pemilihan kongres AS 2022"): a year
  counts only after "tahun", a month or a part word ("akhir 2021").
- Where mentions overlap, the one starting first wins, then the longest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

import dateparser

from ledger import calendar, lexicon
from ledger.numbers import number_pattern, one_prefix, parse_number

NO_YEAR = 2000  # placeholder year when no source gives one: a leap year, so 29/2 fits
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, parsed but not yet placed in time."""

    start: int
    end: int
    text: str
    form: str  # absolute, day_month, weekday, relative, month, part_of_month, part_of_year, year
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # ISO, Monday = 1
    unit: str | None = None  # relative: day, week, month or year
    amount: tuple[float, float] | None = None  # relative with an amount: (fewest, most) units
    relation: str | None = None  # relative with an amount: ago, hence, later, earlier, recent
    shift: int | None = None  # "bulan lalu" -1, "tahun depan" +1, "tahun ini" 0, "Mei lalu" -1
    part: str | None = None  # awal, pertengahan or akhir
    days: tuple[int, int] | None = None  # deictic: day offsets from the reference
    deictic: bool = False  # relative to the speaker (hari ini, kemarin), not the publication


@dataclass(frozen=True)
class DateRange:
    """The days a mention can mean, inclusive, and how that was worked out."""

    lo: date
    hi: date
    year_known: bool  # False: lo/hi carry the placeholder year NO_YEAR
    reading: str


@cache
def _lex() -> dict[str, Any]:
    """Every word list and bound this module uses, lower-cased and keyed for lookup."""
    cal, rel = lexicon.load("calendar"), lexicon.load("relative_dates")
    abbrev = {str(a).lower() for a in cal["month_abbreviations"]}
    units = {str(k).lower(): str(v) for k, v in rel["units"].items()}
    return {
        "months": calendar.month_names(),
        "full_months": [n for n in calendar.month_names() if n not in abbrev],
        "weekdays": calendar.weekday_names(),
        "ambiguous": {str(w).lower() for w in cal["ambiguous_weekdays"]},
        "parts": {str(w).lower(): str(k) for k, ws in cal["parts"].items() for w in ws},
        "month_days": {str(k): tuple(v) for k, v in cal["part_of_month_days"].items()},
        "year_months": {str(k): tuple(v) for k, v in cal["part_of_year_months"].items()},
        "units": units,
        "markers": {_norm(w): str(k) for k, ws in rel["markers"].items() for w in ws},
        "vague": {
            str(k).lower(): tuple(float(x) for x in v) for k, v in rel["vague_amounts"].items()
        },
        "shifts": {_norm(k): int(v) for k, v in rel["shifts"].items()},
        "wd_shifts": {_norm(k): int(v) for k, v in rel["weekday_shifts"].items()},
        "deictic": {_norm(k): (int(v[0]), int(v[1])) for k, v in rel["deictic"].items()},
        "window": {str(k): float(v) for k, v in rel["window_days"].items()},
        "days_per": {str(k): float(v) for k, v in rel["days_per_unit"].items()},
    }


def _norm(words: object) -> str:
    return " ".join(str(words).lower().split())


def _alt(items: Any) -> str:
    return lexicon.alternation([str(i) for i in items])


def _unit_words(*canonical: str) -> str:
    return _alt(w for w, c in _lex()["units"].items() if c in canonical)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) pairs; each kind is turned into a mention by :func:`_build`."""
    lx = _lex()
    wd, mon, full = _alt(lx["weekdays"]), _alt(lx["months"]), _alt(lx["full_months"])
    day_w, mon_w, year_w = _unit_words("day"), _unit_words("month"), _unit_words("year")
    part, shift, y4 = _alt(lx["parts"]), _alt(lx["shifts"]), r"[12]\d{3}"
    amount = rf"{number_pattern()}|{_alt(lx['vague'])}"
    units, se, wd_shift = _alt(lx["units"]), re.escape(one_prefix()), _alt(lx["wd_shifts"])
    sources = {
        "wd_date": rf"(?:(?P<hari>{day_w})\s+)?(?P<wd>{wd})\s*(?:(?P<open>\()|,)?\s*"
        rf"(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?"
        rf"|(?P<td>\d{{1,2}})\s+(?P<tm>{mon})(?:\s+(?P<ty>{y4}))?)(?(open)\s*\))",
        "day_date": rf"(?<![\d/.,])(?P<d>\d{{1,2}})\s+(?P<m>{mon})(?:\s+(?P<y>{y4}))?",
        "num_date": rf"(?<![\d/.,])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{y4})(?!/)",
        "part_month": rf"(?P<part>{part})\s+(?:{mon_w}\s+)?(?P<m>{full})(?:\s+(?P<y>{y4}))?",
        "part_month_shift": rf"(?P<part>{part})\s+{mon_w}\s+(?P<shift>{shift})",
        "part_year": rf"(?P<part>{part})\s+(?:{year_w}\s+)?(?P<y>{y4})",
        "part_year_shift": rf"(?P<part>{part})\s+{year_w}(?:\s+(?P<shift>{shift}))?",
        "month": rf"(?<!\d\s)(?:(?P<mw>{mon_w})\s+)?(?P<m>{full})"
        rf"(?:\s+(?P<y>{y4})|\s+(?P<shift>{wd_shift}))?",
        "year": rf"{year_w}\s+(?P<y>{y4})",
        "named": rf"(?P<u>{_unit_words('week', 'month', 'year')})\s+(?P<shift>{shift})",
        "offset": rf"(?:{se}(?P<su>{units})|(?P<n>{amount})\s+(?P<u>{units}))"
        rf"\s+(?P<mark>{_alt(lx['markers'])})",
        "deictic": rf"(?P<deic>{_alt(lx['deictic'])})",
        "weekday": rf"(?:(?P<hari>{day_w})\s+)?(?P<wd>{wd})(?:\s+(?P<shift>{wd_shift}))?",
    }
    return tuple(
        (kind, re.compile(rf"(?<![\w-])(?:{src})(?![\w-])", re.IGNORECASE))
        for kind, src in sources.items()
    )


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order, without overlaps (see the span conventions)."""
    found: list[DateMention] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            mention = _build(kind, m)
            if mention is not None:
                found.append(mention)
    found.sort(key=lambda d: (d.start, d.start - d.end))
    kept: list[DateMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _valid(day: int, month: int, year: int | None) -> bool:
    try:
        date(year or NO_YEAR, month, day)
    except ValueError:
        return False
    return True


def _build(kind: str, m: re.Match[str]) -> DateMention | None:
    """The mention a pattern match stands for, or None where the words say it is no date."""
    lx, g = _lex(), m.groupdict()
    base: dict[str, Any] = {"start": m.start(), "end": m.end(), "text": m.group()}
    if kind in ("wd_date", "weekday"):
        word = g["wd"].lower()
        if not g["hari"] and not g["wd"][:1].isupper():  # "selasa" in running text: no day
            return None
        if kind == "weekday" and word in lx["ambiguous"] and not g["hari"]:
            return None
        base["weekday"] = lx["weekdays"][word]
    if kind == "weekday":
        shift = lx["wd_shifts"].get(_norm(g["shift"])) if g["shift"] else None
        return DateMention(**base, form="weekday", shift=shift)
    if kind in ("wd_date", "day_date", "num_date"):
        day, month_text, year_text = g["d"] or g["td"], g["m"] or g["tm"], g["y"] or g.get("ty")
        month = int(month_text) if month_text.isdigit() else lx["months"][month_text.lower()]
        year = None if year_text is None else int(year_text)
        if year is not None and year < 100:
            year += 2000
        if not _valid(int(day), month, year):
            return None
        form = "day_month" if year is None else "absolute"
        return DateMention(**base, form=form, day=int(day), month=month, year=year)
    if kind in ("part_month", "part_month_shift", "part_year", "part_year_shift"):
        form = "part_of_month" if "month" in kind else "part_of_year"
        month = lx["months"][g["m"].lower()] if g.get("m") else None
        shift = lx["shifts"][_norm(g["shift"])] if g.get("shift") else None
        if kind == "part_year_shift" and shift is None:
            shift = 0  # "akhir tahun": the end of this year
        year = int(g["y"]) if g.get("y") else None
        part = lx["parts"][g["part"].lower()]
        return DateMention(**base, form=form, month=month, year=year, shift=shift, part=part)
    if kind == "month":
        if not g["mw"] and not g["m"][:1].isupper():
            return None
        year = int(g["y"]) if g["y"] else None
        shift = lx["wd_shifts"].get(_norm(g["shift"])) if g["shift"] else None
        month = lx["months"][g["m"].lower()]
        return DateMention(**base, form="month", month=month, year=year, shift=shift)
    if kind == "year":
        return DateMention(**base, form="year", year=int(g["y"]))
    if kind == "named":
        unit = lx["units"][g["u"].lower()]
        return DateMention(
            **base, form="relative", unit=unit, shift=lx["shifts"][_norm(g["shift"])]
        )
    if kind == "offset":
        unit = lx["units"][(g["su"] or g["u"]).lower()]
        if g["su"]:
            amount: tuple[float, float] | None = (1.0, 1.0)
        elif (vague := lx["vague"].get(_norm(g["n"]))) is not None:
            amount = vague
        else:
            value = parse_number(g["n"])
            amount = None if value is None else (value, value)
        if amount is None:
            return None
        relation = lx["markers"][_norm(g["mark"])]
        return DateMention(**base, form="relative", unit=unit, amount=amount, relation=relation)
    days = lx["deictic"][_norm(g["deic"])]
    return DateMention(**base, form="relative", days=days, deictic=True)


# --- resolution ------------------------------------------------------------------------------


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
    ``year_known=False``; weekdays and relative mentions do not.
    """
    resolver = _RESOLVERS[mention.form]
    return resolver(mention, reference, direction, anchor, list(year_hints))


def _fmt(d: date, known: bool) -> str:
    return d.isoformat() if known else d.strftime("--%m-%d")


def _range(m: DateMention, lo: date, hi: date, known: bool, why: str) -> DateRange:
    span = _fmt(lo, known) if lo == hi else f"{_fmt(lo, known)}..{_fmt(hi, known)}"
    return DateRange(lo, hi, known, f"{m.text} = {span} ({why})")


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _add_months(d: date, months: int) -> date:
    y, mo = divmod(d.month - 1 + months, 12)
    return date(d.year + y, mo + 1, min(d.day, _month_end(d.year + y, mo + 1).day))


def _shift(d: date, unit: str, amount: float) -> date:
    """``d`` moved by ``amount`` units: whole months and years on the calendar, the rest in days."""
    if unit in ("month", "year") and amount == int(amount):
        return _add_months(d, int(amount) * (12 if unit == "year" else 1))
    return d + timedelta(days=round(amount * _lex()["days_per"][unit]))


def _absolute(m: DateMention, ref: date | None, *_: Any) -> DateRange | None:
    assert m.day is not None and m.month is not None and m.year is not None
    core = m.text[re.search(r"\d", m.text).start() :].rstrip(" )")  # type: ignore[union-attr]
    parsed = _dateparser(core)
    d = parsed or date(m.year, m.month, m.day)
    why = "as written" + (", read by dateparser" if parsed else "")
    if m.weekday is not None and d.isoweekday() != m.weekday:
        why += f"; but {d} is a {WEEKDAYS_EN[d.isoweekday() - 1]}, not the weekday written"
    return _range(m, d, d, True, why)


@cache
def _dateparser(text: str) -> date | None:
    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}
    parsed = dateparser.parse(text, languages=["id"], settings=settings)
    return None if parsed is None else parsed.date()


def _nearest_day(day: int, month: int, ref: date, direction: str | None) -> tuple[date, str] | None:
    """The occurrence of ``day/month`` the tense points to, and why it was chosen."""
    options = [
        date(y, month, day) for y in range(ref.year - 1, ref.year + 2) if _valid(day, month, y)
    ]
    if direction == "future":
        after = [d for d in options if d >= ref]
        return (after[0], f"the first on or after {ref}") if after else None
    if direction == "past":
        before = [d for d in options if d <= ref]
        return (before[-1], f"the last on or before {ref}") if before else None
    return min(options, key=lambda d: abs((d - ref).days)), f"the one nearest {ref}"


def _day_month(
    m: DateMention, ref: date | None, direction: str | None, _: Any, hints: list[int]
) -> DateRange | None:
    assert m.day is not None and m.month is not None
    plain = _nearest_day(m.day, m.month, ref, direction) if ref else None
    if m.weekday is not None:
        near = sorted({*([ref.year] if ref else []), *hints})
        year = calendar.year_for_weekday(m.day, m.month, m.weekday, near)
        if year is not None and (plain is None or abs(year - plain[0].year) <= 1):
            d, wd = date(year, m.month, m.day), WEEKDAYS_EN[m.weekday - 1]
            years = ", ".join(map(str, near))
            why = f"the year in which {m.day}/{m.month} falls on a {wd}, nearest {years}"
            return _range(m, d, d, True, why)
    if plain is None:
        if ref is not None:
            return None
        d = date(NO_YEAR, m.month, m.day)
        return _range(m, d, d, False, "no source gives the year")
    why = plain[1] + ("; the weekday fits no nearby year" if m.weekday is not None else "")
    return _range(m, plain[0], plain[0], True, why)


def _month_year(month: int, ref: date, direction: str | None) -> int:
    """The year of a month named alone: on the tense's side of the reference, else the nearest."""
    if direction == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if direction == "past":
        return ref.year if month <= ref.month else ref.year - 1
    return min(
        (ref.year - 1, ref.year, ref.year + 1),
        key=lambda y: (abs((y - ref.year) * 12 + month - ref.month), y != ref.year),
    )


def _which_month(
    m: DateMention, ref: date | None, direction: str | None
) -> tuple[int, int, bool, str] | None:
    """(year, month, year_known, why) of a month, part-of-month or shifted-month mention."""
    if m.month is None:  # "awal bulan depan"
        if ref is None:
            return None
        d = _add_months(ref.replace(day=1), m.shift or 0)
        return d.year, d.month, True, _moved(m.shift or 0, "month", f"{ref:%Y-%m}")
    if m.year is not None:
        return m.year, m.month, True, "as written"
    if ref is None:
        return NO_YEAR, m.month, False, "no source gives the year"
    direction = {-1: "past", 1: "future"}.get(m.shift or 0, direction)  # "Mei lalu"
    side = {"future": "on or after", "past": "on or before"}.get(direction or "", "nearest")
    return _month_year(m.month, ref, direction), m.month, True, f"the one {side} {ref:%Y-%m}"


def _month(m: DateMention, ref: date | None, direction: str | None, *_: Any) -> DateRange | None:
    which = _which_month(m, ref, direction)
    if which is None:
        return None
    y, mo, known, why = which
    lo, hi = date(y, mo, 1), _month_end(y, mo)
    if m.part is not None:
        first, last = _lex()["month_days"][m.part]
        lo, hi = date(y, mo, first), min(hi, date(y, mo, min(last, hi.day)))
        why = f"days {lo.day}–{hi.day} of the month; {why}"
    return _range(m, lo, hi, known, why)


def _year(m: DateMention, ref: date | None, *_: Any) -> DateRange | None:
    if m.year is not None:
        year, why = m.year, "as written"
    elif ref is not None:
        year, why = ref.year + (m.shift or 0), _moved(m.shift or 0, "year", str(ref.year))
    else:
        return None
    lo, hi = date(year, 1, 1), date(year, 12, 31)
    if m.part is not None:
        first, last = _lex()["year_months"][m.part]
        lo, hi = date(year, first, 1), _month_end(year, last)
        why = f"months {first}–{last} of the year; {why}"
    return _range(m, lo, hi, True, why)


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
    return _range(m, d, d, True, why)


def _relative(
    m: DateMention, ref: date | None, direction: str | None, anchor: DateRange | None, _: Any
) -> DateRange | None:
    if m.days is not None:
        if ref is None:
            return None
        lo, hi = ref + timedelta(days=m.days[0]), ref + timedelta(days=m.days[1])
        days = f"{m.days[0]:+d}" + (f"..{m.days[1]:+d}" if m.days[1] != m.days[0] else "")
        return _range(m, lo, hi, True, f"{days} days from {ref}, as the speaker counts")
    assert m.unit is not None
    if m.amount is None and m.unit != "week":  # "bulan lalu", "tahun depan": whole calendar periods
        if m.unit == "year":
            return _year(m, ref)
        return _month(m, ref, direction)
    if m.amount is None and m.shift == 0:  # "pekan ini": the calendar week of the reference
        if ref is None:
            return None
        lo = ref - timedelta(days=ref.isoweekday() - 1)
        return _range(m, lo, lo + timedelta(days=6), True, f"the week of {ref}")
    amount = m.amount or (1.0, 1.0)
    relation = m.relation or ("ago" if (m.shift or 0) < 0 else "hence")
    if relation in ("later", "earlier") and anchor is not None:
        lo, hi, known = anchor.lo, anchor.hi, anchor.year_known
        base = _fmt(lo, known) + ("" if lo == hi else f"..{_fmt(hi, known)}")
    elif ref is not None:
        lo, hi, known, base = ref, ref, True, str(ref)
    else:
        return None
    sign = -1 if relation in ("ago", "earlier", "recent") else 1
    ends = [_shift(d, m.unit, sign * a) for d in (lo, hi) for a in amount]
    new_lo, new_hi = min(ends), max(ends)
    window = round(_lex()["window"][m.unit] * amount[0]) if amount[0] == amount[1] else 0
    if relation == "recent":
        new_hi, window = hi, 0
    new_lo, new_hi = new_lo - timedelta(days=window), new_hi + timedelta(days=window)
    side = "before" if sign < 0 else "after"
    why = f"{_count(amount, m.unit)} {side} {base}" + (f" ± {window} days" if window else "")
    return _range(m, new_lo, new_hi, known, why)


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
            days = amount[0] * _lex()["days_per"][unit]
            return f"{days:g} day" + ("" if days == 1 else "s")
        return f"{amount[0]:g} {unit}" + ("" if amount[0] == 1 else "s")
    return f"{amount[0]:g}–{amount[1]:g} {unit}s"


_RESOLVERS: dict[str, Callable[..., DateRange | None]] = {
    "absolute": _absolute,
    "day_month": _day_month,
    "weekday": _weekday,
    "relative": _relative,
    "month": _month,
    "part_of_month": _month,
    "part_of_year": _year,
    "year": _year,
}
