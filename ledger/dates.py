"""Dates stated in Indonesian text: found as mentions, then resolved to ranges of days.

Two steps, because finding needs only the words while resolving needs what the
caller knows: the publication date (``reference``), the tense of the sentence
(``direction``), the date mentioned just before (``anchor``, for "dua hari
kemudian") and the years the document names (``year_hints``). Every mention
resolves to a :class:`DateRange`, since most dates in news copy are ranges:
"awal Juni" is 1-10 June, "bulan lalu" a whole month, "seminggu lalu" a few
days around a week back, "9-10 Januari" two days. Bounds, windows and word
senses live in ``data/id/calendar.yaml`` and ``data/id/relative_dates.yaml``.

dateparser reads the full absolute dates (day, month and year written out) and
nothing else: it returns None for "pekan lalu", "awal Juni", "bulan September",
puts "9 Januari" in the past even where the sentence looks forward, and never
checks a weekday ("Jumat (31/12)" lands in 2020, a Thursday). A weekday is
checked here instead: it may choose between the nearby occurrences of a date,
it never moves one silently; :func:`weekday_mismatch` says when it does not fit.

No year is ever guessed: a day and month with no reference date stays without
a year (``year_known=False``), and a year the article names elsewhere is taken
only for a weekday and date that fall together in it. ``DateRange.basis`` says
where the year came from, so that later stages can weigh it.

Span conventions (``text == sentence[start:end]``):

- "hari" before a weekday, "bulan" before a month and "tahun" before a year are
  part of the mention ("hari Selasa", "bulan September", "tahun 2022");
  prepositions are not ("pada", "sejak", "dalam", "tanggal", "dari").
- A weekday with its date is one mention, parentheses included ("Rabu (28/7)",
  "Kamis (29/7/2021)", "Selasa, 27 Juli 2021"); so is a range of days ("9-10
  Januari", "10 hingga 12 Januari", "antara 10 dan 12 Januari").
- A time of day after a weekday is left out ("Jumat pagi" gives "Jumat"); a
  shift word is kept ("Selasa lalu"). A clock time keeps its word, its time of
  day and its zone ("pukul 09.00 WIB", "jam 3 sore").
- Relative mentions run from the amount to the marker ("seminggu lalu",
  "dua hari kemudian", "beberapa minggu ke depan") or are a unit with a shift
  word ("bulan depan"); parts include their word ("awal Juni", "akhir pekan ini").
- A date counted from a named occasion runs from its hedge or amount to the
  marker, without the occasion's words ("tiga hari setelah" in "tiga hari
  setelah kudeta", "kurang dari tiga minggu setelah"): those words are read by
  the caller (:func:`occasion_words`), and a date they give the occasion
  ("setelah KTT pada 9 Mei") stays a mention of its own.
- A bare four-digit number is no date ("pemilihan kongres AS 2022"): a year
  counts only after "tahun", a month or a part word ("akhir 2021").
- Where mentions overlap, the one starting first wins, then the longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from ledger import calendar, hedges, lexicon
from ledger.calendar import NO_YEAR, WEEKDAYS_EN, DateRange, resolve
from ledger.numbers import number_pattern, one_prefix, parse_number

__all__ = [
    "NO_YEAR",
    "DateMention",
    "DateRange",
    "find_dates",
    "occasion_words",
    "resolve",
    "weekday_mismatch",
]
FROM_OCCASION = ("after_occasion", "before_occasion")  # "tiga hari setelah kudeta"
# relations counted from an anchor, never the reference
ANCHORED = ("later", "earlier", "same", *FROM_OCCASION)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, parsed but not yet placed in time."""

    start: int
    end: int
    text: str
    # absolute, day_month, day_range, weekday, relative, month, part_of_month,
    # part_of_week, part_of_year, year, time
    form: str
    day: int | None = None
    month: int | None = None
    year: int | None = None  # as written (a range: the year written with its first day)
    weekday: int | None = None  # ISO, Monday = 1
    unit: str | None = None  # relative: day, week, month or year
    amount: tuple[float, float] | None = None  # relative with an amount: (fewest, most) units
    # ago, hence, recent; later, earlier, same (from an anchor); after_occasion,
    # before_occasion (from the occasion the words after the mention name)
    relation: str | None = None
    shift: int | None = None  # "bulan lalu" -1, "tahun depan" +1, "tahun ini" 0, "Mei lalu" -1
    part: str | None = None  # awal, pertengahan or akhir
    days: tuple[int, int] | None = None  # day offsets from the reference (or the anchor)
    deictic: bool = False  # relative to the speaker (hari ini, kemarin), not the publication
    until: tuple[int, int, int | None] | None = None  # day_range: last (day, month, year)
    minutes: int | None = None  # time: minutes since midnight ("pukul 15.30" = 930)
    zone: str | None = None  # time: the zone as written ("WIB", "waktu setempat")
    utc_offset: int | None = None  # time: minutes ahead of UTC, when the zone says
    modality: str | None = None  # "planned" when a planning word governs it ("dijadwalkan")
    bound: str | None = None  # "start" or "end": a first or last day ("berakhir Minggu")
    overnight: bool = False  # a last day "dini hari": the occasion began the day before
    runs_until: bool = False  # a last day "hingga": the occasion ran up to it from before

    @property
    def needs_anchor(self) -> bool:
        """True for "dua hari kemudian", "keesokan harinya": dated from another date the
        text named, so it resolves only with an ``anchor``, never from the publication."""
        return self.relation in ANCHORED

    @property
    def from_occasion(self) -> bool:
        """True for "tiga hari setelah kudeta": counted from the occasion named after it."""
        return self.relation in FROM_OCCASION


@cache
def _lex() -> dict[str, Any]:
    """Every word list and bound this module uses, lower-cased and keyed for lookup."""
    cal, rel = lexicon.load("calendar"), lexicon.load("relative_dates")
    abbrev = {str(a).lower() for a in cal["month_abbreviations"]}
    senses = cal["ambiguous_weekday_senses"]
    return {
        "months": calendar.month_names(),
        "full_months": [n for n in calendar.month_names() if n not in abbrev],
        "weekdays": calendar.weekday_names(),
        "ambiguous": {str(w).lower() for w in cal["ambiguous_weekdays"]},
        "day_before": [str(w) for w in senses["day_before"]],
        "week_after": [*map(str, senses["week_after"]), *map(str, rel["shifts"])],
        "week_before": [str(w) for w in senses["week_before"]],
        "not_a_date_before": [str(w) for w in cal["not_a_date_before"]],
        "times": list(calendar.times_of_day()),
        "parts": {str(w).lower(): str(k) for k, ws in cal["parts"].items() for w in ws},
        "units": {str(k).lower(): str(v) for k, v in rel["units"].items()},
        "markers": {_norm(w): str(k) for k, ws in rel["markers"].items() for w in ws},
        "occasion_markers": {
            _norm(w): f"{k}_occasion" for k, ws in rel["occasion_markers"].items() for w in ws
        },
        "not_occasion_before": [str(w) for w in rel["not_occasion_offset_before"]],
        "hedges": hedges.hedges()[0],
        "vague": {
            str(k).lower(): tuple(float(x) for x in v) for k, v in rel["vague_amounts"].items()
        },
        "shifts": {_norm(k): int(v) for k, v in rel["shifts"].items()},
        "wd_shifts": {_norm(k): int(v) for k, v in rel["weekday_shifts"].items()},
        "deictic": {_norm(k): (int(v[0]), int(v[1])) for k, v in rel["deictic"].items()},
        "anchored": {_norm(k): (int(v[0]), int(v[1])) for k, v in rel["anchored"].items()},
        "clock_words": [str(w) for w in cal["clock_words"]],
        "clock_needs_more": {str(w).lower() for w in cal["clock_needs_more"]},
        "zones": {_norm(k): v for k, v in cal["time_zones"].items()},
        "zone_word": str(cal["zone_word"]),
        "range_dashes": [str(w) for w in cal["range_dashes"]],
        "range_words": [str(w) for w in cal["range_words"]],
        "range_between": [str(w) for w in cal["range_between"]],
        "modality": cal["modality"],
        "bounds": cal["bounds"],
    }


def _norm(words: object) -> str:
    return " ".join(str(words).lower().split())


def _alt(items: Any) -> str:
    return lexicon.alternation([str(i) for i in items])


def _unit_words(*canonical: str) -> str:
    return f"(?:{_alt(w for w, c in _lex()['units'].items() if c in canonical)})"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, pattern) pairs; each kind is turned into a mention by :func:`_build`."""
    lx = _lex()
    wd, mon, full = _alt(lx["weekdays"]), _alt(lx["months"]), _alt(lx["full_months"])
    day_w, mon_w, year_w = _unit_words("day"), _unit_words("month"), _unit_words("year")
    week_w = _unit_words("week")
    part, shift, y4 = _alt(lx["parts"]), _alt(lx["shifts"]), r"[12]\d{3}"
    amount = rf"{number_pattern()}|{_alt(lx['vague'])}"
    units, se, wd_shift = _alt(lx["units"]), re.escape(one_prefix()), _alt(lx["wd_shifts"])
    first = rf"(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{mon})(?:\s+(?P<y1>{y4}))?)?"
    last = rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{mon})(?:\s+(?P<y2>{y4}))?"
    between, dashes = lx["range_between"], _alt(lx["range_dashes"])
    rwords = _alt(lx["range_words"])
    joiners = _alt([*lx["range_words"], *between[1:]])
    zones = rf"{_alt(lx['zones'])}|{re.escape(lx['zone_word'])}\s+(?P<place>[\w-]+)"
    sources = {
        "wd_date": rf"(?:(?P<hari>{day_w})\s+)?(?P<wd>{wd})(?:\s+(?:{_alt(lx['times'])})(?=\s*\())?"
        rf"\s*(?:(?P<open>\()|,)?\s*"
        rf"(?:(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?"
        rf"|(?P<td>\d{{1,2}})\s+(?P<tm>{mon})(?:\s+(?P<ty>{y4}))?)(?(open)\s*\))",
        "wd_range": rf"(?P<wd>{wd})(?:(?:\s*(?:{dashes})\s*|\s+(?:{joiners})\s+)(?P<wd2>{wd}))?"
        rf"\s*(?:(?P<open>\()|,)\s*(?:{first}(?:\s*(?:{dashes})\s*|\s+(?:{rwords})\s+){last}"
        rf"|(?P<n1>\d{{1,2}})\s*(?:{dashes})\s*(?P<n2>\d{{1,2}})/(?P<nm>\d{{1,2}})"
        rf"(?:/(?P<ny>\d{{4}}|\d{{2}}))?)(?(open)\s*\))",
        "num_range": rf"(?<![\d/.,])(?P<n1>\d{{1,2}})\s*(?:{dashes})\s*(?P<n2>\d{{1,2}})"
        rf"/(?P<nm>\d{{1,2}})(?:/(?P<ny>\d{{4}}|\d{{2}}))?(?!/)",
        "day_range": rf"(?<![\d/.,]){first}"
        rf"(?:\s*(?:{dashes})\s*|\s+(?:{rwords})\s+){last}",
        "between_range": rf"{re.escape(between[0])}\s+{first}\s+{re.escape(between[1])}\s+{last}",
        "day_date": rf"(?<![\d/.,])(?P<d>\d{{1,2}})\s+(?P<m>{mon})(?:\s+(?P<y>{y4}))?",
        "num_date": rf"(?<![\d/.,])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{y4})(?!/)",
        "clock": rf"(?P<cw>{_alt(lx['clock_words'])})\s*(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d\d))?"
        rf"(?:\s+(?P<tod>{_alt(lx['times'])}))?(?:\s+(?P<zone>{zones}))?",
        "part_month": rf"(?P<part>{part})\s+(?:{mon_w}\s+)?(?P<m>{full})(?:\s+(?P<y>{y4}))?",
        "part_month_shift": rf"(?P<part>{part})\s+{mon_w}\s+(?P<shift>{shift})",
        "part_week": rf"(?P<part>{part})\s+{week_w}(?:\s+(?P<shift>{shift}))?",
        "part_year": rf"(?P<part>{part})\s+(?:{year_w}\s+)?(?P<y>{y4})",
        "part_year_shift": rf"(?P<part>{part})\s+{year_w}(?:\s+(?P<shift>{shift}))?",
        "month": rf"(?<!\d\s)(?:(?P<mw>{mon_w})\s+)?(?P<m>{full})"
        rf"(?:\s+(?P<y>{y4})|\s+(?P<shift>{wd_shift}))?",
        "year": rf"{year_w}\s+(?P<y>{y4})",
        "named": rf"(?P<u>{_unit_words('week', 'month', 'year')})\s+(?P<shift>{shift})",
        "offset": rf"(?:{se}(?P<su>{units})|(?P<n>{amount})\s+(?P<u>{units}))"
        rf"\s+(?P<mark>{_alt(lx['markers'])})",
        "from_occasion": rf"(?:(?P<hedge>{_alt(lx['hedges'])})\s+)?"
        rf"(?:{se}(?P<su>{units})|(?P<n>{number_pattern()})\s+(?P<u>{units}))"
        rf"\s+(?P<omark>{_alt(lx['occasion_markers'])})(?=\s+[\w\"“(])",
        "anchored": rf"(?P<anch>{_alt(lx['anchored'])})",
        "deictic": rf"(?P<deic>{_alt(lx['deictic'])})",
        "weekday": rf"(?:(?P<hari>{day_w})\s+)?(?P<wd>{wd})(?:\s+(?P<shift>{wd_shift}))?",
    }
    return tuple(
        (kind, re.compile(rf"(?<![\w-])(?:{src})(?![\w-])", re.IGNORECASE))
        for kind, src in sources.items()
    )


@cache
def _context() -> dict[str, re.Pattern[str]]:
    """Patterns for the words around a mention that decide its sense (see calendar.yaml)."""
    lx = _lex()
    number = rf"{number_pattern()}|{_alt(lx['week_before'])}"
    return {
        "week_after": re.compile(rf"\s+(?:{_alt(lx['week_after'])})(?![\w-])", re.I),
        "week_before": re.compile(rf"(?<![\w-])(?:{number})\s+$", re.I),
        "day_before": re.compile(rf"(?<![\w-])(?:{_alt(lx['day_before'])})\s+$", re.I),
        "time_after": re.compile(rf"\s+(?:{_alt(lx['times'])})(?![\w-])", re.I),
        "habit": re.compile(rf"(?<![\w-])(?:{_alt(lx['not_a_date_before'])})\s+$", re.I),
        "not_occasion_before": re.compile(
            rf"(?<![\w-])(?:{_alt(lx['not_occasion_before'])})\s+$", re.I
        ),
        "marker_at": re.compile(rf"(?:{_alt(lx['markers'])})(?![\w-])", re.I),
        "unit_after": re.compile(rf"\s*(?:{_alt(lexicon.load('units')['units'])})(?![\w-])", re.I),
    }


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in ``text``, in order, without overlaps (see the span conventions).

    Each carries its ``modality``: "planned" when a planning word governs it.
    """
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
            prev = kept[-1] if kept else None
            modality = _modality(text, prev.end if prev else 0, mention.start, prev)
            limit = _bound(text[prev.end if prev else 0 : mention.start])
            bound = "end" if limit == "until" else limit
            overnight = bound == "end" and _overnight(text[mention.end :])
            kept.append(
                _with(
                    mention,
                    modality=modality,
                    bound=bound,
                    overnight=overnight,
                    runs_until=limit == "until",
                )
            )
    return _join_consecutive(text, kept)


def _join_consecutive(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "pada Kamis (15/5) dan Jumat (16/5)": two consecutive days joined by "dan"
    are the days of one occasion, read as one range of days (their weekdays, when
    written, must follow each other too; otherwise each stays a date of its own,
    so that a weekday slip is still seen)."""
    joiners = {str(w).lower() for w in _lex()["range_between"]} - {"antara"}
    out: list[DateMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end : m.start].strip().lower() in joiners
            and _next_day(prev, m)
        ):
            year = prev.year or m.year
            out[-1] = _with(
                prev,
                end=m.end,
                text=text[prev.start : m.end],
                form="day_range",
                year=year,
                weekday=None,
                until=(m.day or 0, m.month or 0, m.year or year),
            )
            continue
        out.append(m)
    return out


def _next_day(a: DateMention, b: DateMention) -> bool:
    """Whether ``b`` names the day after ``a`` (same or no year), weekdays agreeing."""
    if a.form not in ("absolute", "day_month") or b.form not in ("absolute", "day_month"):
        return False
    if None in (a.day, a.month, b.day, b.month) or (a.year and b.year and a.year != b.year):
        return False
    year = a.year or b.year or NO_YEAR
    if not (
        calendar.valid(a.day or 0, a.month or 0, year)
        and calendar.valid(b.day or 0, b.month or 0, year)
    ):
        return False
    first = date(year, a.month or 0, a.day or 0)
    if date(year, b.month or 0, b.day or 0) - first != timedelta(days=1):
        return False
    if a.weekday and b.weekday:
        return b.weekday == a.weekday % 7 + 1
    return True


def _overnight(after: str) -> bool:
    """Whether the words right after a last day say it ended in the small hours."""
    words = " ".join(after.lower().split()[:2]).strip(",.")
    return any(words.startswith(str(w)) for w in _lex()["bounds"]["overnight"])


def _bound(before: str) -> str | None:
    """ "start", "end" or "until" when a word of ``bounds`` stands within its window
    before the date, in the same sentence and after the previous date."""
    spec = _lex()["bounds"]
    head = re.split(r"[;:.!?()\[\]“”\"]", before)[-1]
    words = [w.strip(",") for w in head.lower().split()][-int(spec["window"]) :][::-1]
    for word in words:
        for kind in ("start", "end", "until"):
            if word in {str(w) for w in spec[kind]}:
                return kind
    return None


def _with(m: DateMention, **changes: Any) -> DateMention:
    return DateMention(**{**m.__dict__, **changes})


def _modality(text: str, lo: int, hi: int, prev: DateMention | None) -> str | None:
    """ "planned" when the nearest planning word before ``hi`` in its clause governs it.

    The clause runs back to punctuation, a contrast word ("namun") or the previous
    mention. An event verb nearer than the plan word ends the plan ("dijadwalkan
    pukul 15.00 itu baru dimulai pukul 15.35"), unless the plan word stands just
    before it ("dijadwalkan akan dimulai"). With no word either way, a mention
    right after another shares its modality ("dijadwalkan Senin (10/1) pukul 15.30").
    """
    mod = _lex()["modality"]
    clause = re.split(r"[,;:.!?()\[\]“”\"]", text[lo:hi])[-1]
    words = clause.lower().split()
    breaks = {str(w) for w in mod["clause_breaks"]}
    cut = max((i + 1 for i, w in enumerate(words) if w in breaks), default=0)
    words = words[cut:][-int(mod["window"]) :][::-1]  # nearest first
    planned = {str(w) for w in mod["planned"]}
    actual = {str(w) for w in mod["actual"]}
    p = next((i for i, w in enumerate(words) if w in planned), None)
    a = next((i for i, w in enumerate(words) if w in actual), None)
    if p is not None and (a is None or p < a or p - a <= int(mod["plan_reach"])):
        return "planned"
    if (
        p is None
        and a is None
        and cut == 0
        and prev is not None
        and len(clause) == len(text[lo:hi])
    ):
        return prev.modality
    return None


def _build(kind: str, m: re.Match[str]) -> DateMention | None:
    """The mention a pattern match stands for, or None where the words say it is no date."""
    lx, g = _lex(), m.groupdict()
    base: dict[str, Any] = {"start": m.start(), "end": m.end(), "text": m.group()}
    if kind in ("wd_date", "weekday", "wd_range"):
        word = g["wd"].lower()
        if not g.get("hari") and not g["wd"][:1].isupper():  # "selasa" in running text: no day
            return None
        if kind == "weekday" and not _is_day(m, word in lx["ambiguous"]):
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
        if not calendar.valid(int(day), month, year or NO_YEAR):
            return None
        form = "day_month" if year is None else "absolute"
        return DateMention(**base, form=form, day=int(day), month=month, year=year)
    if kind == "num_range" and not g["ny"] and not m.string[: m.start()].endswith("("):
        return None  # "1-2/3" with no year, outside "(…)": a fraction as likely as days
    if kind in ("day_range", "between_range", "num_range", "wd_range"):
        return _day_range(base, g)
    if kind == "clock":
        return _clock(base, m)
    if kind.startswith("part_"):
        form = "part_of_" + kind.split("_")[1]
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
        return _offset(base, g)
    if kind == "from_occasion":
        return _from_occasion(base, m)
    if kind == "anchored":
        days = lx["anchored"][_norm(g["anch"])]
        relation = "later" if days[0] > 0 else "earlier" if days[1] < 0 else "same"
        return DateMention(**base, form="relative", unit="day", days=days, relation=relation)
    days = lx["deictic"][_norm(g["deic"])]
    return DateMention(**base, form="relative", days=days, deictic=True)


def _is_day(m: re.Match[str], ambiguous: bool) -> bool:
    """Whether a weekday word without a date is the day, by the words around it.

    Never after "setiap" (a habit). An ambiguous one ("minggu": week or Sunday) is
    the day only on evidence, in the order of data/id/calendar.yaml: "hari" before
    it; else no week word after it ("minggu depan", "Minggu ini") and no amount or
    part before it ("dua minggu", "akhir minggu"), capitalised, with "pada"/"sejak"
    before it or a time of day after it ("Minggu pagi"). Capitals alone prove
    nothing: a headline capitalises every word.
    """
    ctx, before, after = _context(), m.string[: m.start()], m.string[m.end() :]
    if ctx["habit"].search(before):
        return False
    if not ambiguous or m.group("hari"):
        return True
    if m.group("shift") or ctx["week_after"].match(after) or ctx["week_before"].search(before):
        return False
    if not m.group("wd")[:1].isupper():
        return False
    return bool(ctx["day_before"].search(before) or ctx["time_after"].match(after))


def _offset(base: dict[str, Any], g: dict[str, Any]) -> DateMention | None:
    """ "seminggu lalu", "dua hari kemudian", "beberapa minggu ke depan"."""
    lx = _lex()
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


def _from_occasion(base: dict[str, Any], m: re.Match[str]) -> DateMention | None:
    """ "tiga hari setelah (kudeta)", "kurang dari tiga minggu setelah (pertemuan)": an
    amount counted from the occasion named after the marker. None for a stretch of time
    ("selama empat hari setelah ...") and where the marker is one of a date just named
    ("dua hari setelah itu", read by :func:`_offset`)."""
    ctx, g = _context(), m.groupdict()
    if ctx["not_occasion_before"].search(m.string[: m.start()]):
        return None
    if ctx["marker_at"].match(m.string, m.start("omark")):
        return None
    amount = (1.0, 1.0) if g["su"] else None
    if g["n"] is not None and (value := parse_number(g["n"])) is not None:
        amount = (value, value)
    if amount is None:
        return None
    if g["hedge"]:
        hedge = _lex()["hedges"][hedges.norm_words(g["hedge"])]
        amount = (amount[0] * hedge.lo, amount[1] * hedge.hi)
    unit = _lex()["units"][(g["su"] or g["u"]).lower()]
    relation = _lex()["occasion_markers"][_norm(g["omark"])]
    return DateMention(**base, form="relative", unit=unit, amount=amount, relation=relation)


def occasion_words(text: str, mention: DateMention) -> tuple[int, int]:
    """Where the words naming the occasion of a :attr:`~DateMention.from_occasion`
    mention stand in ``text``: from after its marker to the end of the clause (a
    comma, a colon, a semicolon or a full stop)."""
    end = re.search(r"[,;:!?]|\.(?!\d)", text[mention.end :])
    return mention.end, mention.end + end.start() if end else len(text)


def _day_range(base: dict[str, Any], g: dict[str, Any]) -> DateMention | None:
    """ "9-10 Januari", "30 Januari-2 Februari 2022", "(21-23/4)": first and last day, in
    order. Weekdays written before the days ("Selasa hingga Kamis, 21-23 April") are
    part of it; the first one is checked against the first day (:func:`weekday_mismatch`)."""
    if g.get("n1"):  # "21-23/4/2026": the numbers of the days, the month and the year
        year = g["ny"] if not g["ny"] or len(g["ny"]) == 4 else f"20{g['ny']}"
        g = {"d1": g["n1"], "d2": g["n2"], "m1": None, "m2": g["nm"], "y1": None, "y2": year}
    months = _lex()["months"]
    m2 = int(g["m2"]) if g["m2"].isdigit() else months[g["m2"].lower()]
    m1 = months[g["m1"].lower()] if g["m1"] else m2
    d1, d2 = int(g["d1"]), int(g["d2"])
    y1, y2 = (int(y) if y else None for y in (g["y1"], g["y2"]))
    if not (calendar.valid(d1, m1, y1 or NO_YEAR) and calendar.valid(d2, m2, y2 or NO_YEAR)):
        return None
    crosses = (m1, d1) >= (m2, d2)  # "12-10 Januari" is no range; across a new year only
    if (crosses and (y2 is None or (y1 or y2 - 1) >= y2)) or (y1 or 0) > (y2 or 9999):
        return None  # with the year it ends in ("30 Desember-2 Januari 2022")
    return DateMention(**base, form="day_range", day=d1, month=m1, year=y1, until=(d2, m2, y2))


def _clock(base: dict[str, Any], m: re.Match[str]) -> DateMention | None:
    """ "pukul 15.30", "pukul 09.00 WIB", "jam 3 sore": minutes of the day, and the zone."""
    lx, g = _lex(), m.groupdict()
    zone = g["zone"]
    if zone and g["place"] and not g["place"][:1].isupper():  # "waktu yang": no zone
        zone = None
        base["end"] = m.end("tod") if g["tod"] else m.end("mi") if g["mi"] else m.end("h")
        base["text"] = m.string[m.start() : base["end"]]
    before, after = m.string[: m.start()], m.string[base["end"] :]
    if g["cw"].lower() in lx["clock_needs_more"]:
        if not (g["mi"] or g["tod"] or zone):
            return None
        if re.search(rf"(?:{number_pattern()})\s+$", before, re.I):  # "dua jam 30 menit"
            return None
    if _context()["unit_after"].match(after):  # "jam 2 jam", "pukul 3 menit": no time
        return None
    minutes = calendar.clock_minutes(int(g["h"]), int(g["mi"] or 0), g["tod"])
    if minutes is None:
        return None
    offset = None if zone is None else lx["zones"].get(_norm(zone))
    return DateMention(**base, form="time", minutes=minutes, zone=zone, utc_offset=offset)


def weekday_mismatch(mention: DateMention, resolved: DateRange | None) -> str | None:
    """An editor's sentence when the weekday written with a date is not that date's weekday.

    ``mention`` is a weekday with a day and month ("Senin, 15 Maret 2022",
    "Minggu (2/1)"); ``resolved`` is what :func:`resolve` made of it. The answer is
    None whenever there is nothing to report for sure: no weekday or no day
    written, nothing resolved, more than one day, no year known (a day and month
    fits some weekday in some year: no year, no error), or the weekday fits.
    Otherwise it names both readings, e.g. "'Senin, 15 Maret 2022': 15 March 2022
    was a Tuesday, not a Monday (Senin)", and says where a year not written came
    from. :func:`resolve` never moves such a date to another year to make the
    weekday fit, so the date is what the text (or its reference) says.
    """
    if mention.weekday is None or mention.day is None or resolved is None:
        return None
    d = resolved.lo
    one_day = resolved.hi == d or mention.form == "day_range"  # a range: its first day
    if not one_day or not resolved.year_known or d.isoweekday() == mention.weekday:
        return None
    names = _lex()["weekdays"]
    written = next((w for w in re.findall(r"[\w']+", mention.text) if w.lower() in names), "")
    source = {
        "reference": " (year from the article's date)",
        "weekday": " (a year the article names)",
    }
    return (
        f"'{mention.text}': {d.day} {d:%B %Y}{source.get(resolved.basis, '')} was a "
        f"{WEEKDAYS_EN[d.isoweekday() - 1]}, not a {WEEKDAYS_EN[mention.weekday - 1]} ({written})"
    )
