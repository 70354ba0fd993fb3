"""Calendar facts shared by ingest (publication dates) and dates (date claims).

dateparser never checks a weekday against a date: it puts "Jumat (31/12)" in
2020, a year whose 31 December was a Thursday. :func:`year_for_weekday` is the
rule we use instead: a day/month with a weekday and no year takes the year in
which that weekday falls, the one closest to what the text itself says.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from ledger import lexicon


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


def year_for_weekday(
    day: int, month: int, weekday: int, hints: list[int], span: int = 30
) -> int | None:
    """The year in which ``day/month`` falls on ``weekday`` (ISO), closest to ``hints``.

    ``hints`` are years the text mentions (or a reference year); the candidate
    with the smallest distance to the nearest hint wins, the later year on a tie.
    With no hints there is no honest answer, and None is returned.
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
    if not candidates:
        return None
    return min(candidates, key=lambda y: (min(abs(y - h) for h in hints), -y))
