"""The timeline of an article: every date and clock time it states, read in order.

An occasion is named by its date as much as by its place, so the occasion finder
reads the dates first: each one resolved against the article's reference date
and the tense of its clause, counted from the date just before it when it is
relative ("dua hari kemudian"), linked to the event word of its clause, with how
its year is known (its ``basis``). The date family (:mod:`ledger.families.dates`)
turns these readings into claims; it never reads a date again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ledger import dates as dates_mod
from ledger.model import Document, Sentence
from ledger.occasions import mentions as ev
from ledger.text import in_quote
from ledger.vocabulary import EventLexicon


@dataclass
class DateReading:
    """One date or clock time of a sentence, as the occasion finder read it."""

    doc: Document
    sentence: Sentence
    property: str  # "date", or "time" for a clock time
    start: int
    end: int
    text: str
    mention: ev.Mention | None
    in_quote: bool
    date_mention: dates_mod.DateMention
    date_range: dates_mod.DateRange | None = None
    direction: str | None = None  # the tense words between the event word and the date
    note: str = ""
    basis: str = "none"  # how the year is known (written, reference, weekday, confirmed...)
    mismatch: str | None = None  # the weekday written does not fit the date
    planned: bool = False  # a scheduled time or date ("dijadwalkan"), not what happened
    cited: bool = False  # the date of the copy after "dilansir Reuters," (no event)


def year_hints(text: str) -> list[int]:
    """The years an article writes anywhere: a year-less date is read near them."""
    return sorted({int(y) for y in re.findall(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)", text)})


@dataclass
class Anchor:
    """The last date an article named: "dua hari kemudian" counts from it, within
    the same sentence or the next one."""

    index: int = -10
    range: dates_mod.DateRange | None = None
    basis: str = "none"
    mention: ev.Mention | None = None  # the event word the anchor date belongs to

    def near(self, index: int) -> dates_mod.DateRange | None:
        return self.range if index - self.index <= 1 else None

    def set(
        self, index: int, rng: dates_mod.DateRange, basis: str, mention: ev.Mention | None
    ) -> None:
        self.index, self.range, self.basis, self.mention = index, rng, basis, mention

    def counts_from(self, mention: ev.Mention | None, index: int) -> bool:
        """True when ``mention`` is the occasion the anchor date is of (the same
        event word, or one with the same place): a date counted from an occasion
        is never that occasion's own date."""
        if mention is None or self.mention is None or self.near(index) is None:
            return False
        if mention.key == self.mention.key:
            return True
        return bool(mention.place and mention.place == self.mention.place)


@dataclass(frozen=True)
class ArticleTime:
    """What an article's dates are read against."""

    reference: date | None
    reference_note: str | None
    hints: list[int]


def read_dates(
    doc: Document,
    sent: Sentence,
    found: list[ev.Mention],
    lex: EventLexicon,
    persons: frozenset[str],
    when: ArticleTime,
    anchor: Anchor,
) -> list[DateReading]:
    """The dates and clock times of one sentence, linked and resolved (see the module)."""
    out: list[DateReading] = []
    for dm in dates_mod.find_dates(sent.text):
        start, end = sent.start + dm.start, sent.start + dm.end
        # "seperti dilansir Reuters, Rabu (13/1/2022)": the date of the copy, not of
        # an event. It is kept as a claim of no event, so that a weekday that does
        # not fit it is still reported.
        cited = ev.is_attribution(sent, start, lex)
        quoted = in_quote(sent.text, start - sent.start)
        mention = None if cited else ev.link(start, end, False, sent, found, lex, persons)
        if dm.needs_anchor and anchor.counts_from(mention, sent.index):
            mention = None  # "dua hari kemudian" is two days after that event, not its date
        raw = DateReading(doc, sent, "date", start, end, dm.text, mention, quoted, dm)
        raw.planned = dm.modality == "planned"
        raw.cited = cited
        if dm.form == "time":  # a clock time: kept as a claim, compared with nothing yet
            raw.property = "time"
            out.append(raw)
            continue
        if dm.deictic and quoted:
            raw.note = f"'{dm.text}' inside a quotation is relative to when the speaker spoke"
        else:
            _resolve(raw, doc, sent, lex, when, anchor)
        out.append(raw)
    return out


def _resolve(
    raw: DateReading,
    doc: Document,
    sent: Sentence,
    lex: EventLexicon,
    when: ArticleTime,
    anchor: Anchor,
) -> None:
    dm, mention = raw.date_mention, raw.mention
    lo = min(raw.start, mention.start) if mention and not mention.predicate else raw.start
    hi = max(raw.end, mention.end) if mention and not mention.predicate else raw.end
    direction = ev.tense_between(sent, lo, hi, lex)
    raw.direction = direction
    raw.date_range = dates_mod.resolve(
        dm, when.reference, direction=direction, anchor=anchor.near(sent.index),
        year_hints=when.hints,
    )  # fmt: skip
    if raw.date_range is None:
        raw.note = "could not be placed in time: " + (
            f"reference {when.reference_note}"
            if when.reference_note
            else "no source of the story gives a date"
        )
        return
    raw.basis = _basis(doc, dm, raw.date_range, anchor if dm.needs_anchor else None, sent.index)
    raw.mismatch = dates_mod.weekday_mismatch(dm, raw.date_range)
    if not raw.cited:
        anchor.set(sent.index, raw.date_range, raw.basis, mention)


def _basis(
    doc: Document,
    dm: dates_mod.DateMention,
    rng: dates_mod.DateRange,
    anchor: Anchor | None,
    dm_index: int,
) -> str:
    """How the year of a resolved date is known: written beside it, from the
    article's own publication date, borrowed from another article of the story
    (never enough for a contradiction), or not at all."""
    if not rng.year_known or rng.basis == "none":
        return "none"
    if anchor is not None:
        return anchor.basis if anchor.index == dm_index else "anchored-nearby"
    if rng.basis in ("written", "weekday"):
        return rng.basis
    if doc.published:
        return "reference"
    if dm.weekday is not None and dm.day is not None and rng.lo.isoweekday() == dm.weekday:
        # "Kamis (21/7)" falls on a Thursday in one nearby year only; a bare "hari
        # Minggu" falls on a Sunday whatever the year, and confirms nothing.
        return "weekday" if rng.lo == rng.hi else "borrowed"
    return "borrowed"


def confirm_borrowed(readings: list[DateReading], days: int) -> None:
    """Upgrade the borrowed years of one undated article that its own weekdays confirm.

    An article with no date of its own reads "23 Juni" against the story's date:
    its year is borrowed, never enough for a contradiction. But when the same
    article writes a weekday beside a date ("Senin (3/7)") that falls on that
    weekday in the borrowed year, and no weekday of the article fails to fit,
    the article itself says which year it is about: a borrowed day and month at
    most ``days`` from such a confirmed date takes the basis "confirmed". Only
    the year is confirmed, not the day the article was written: "pekan lalu"
    stays borrowed."""
    dated = [r for r in readings if r.date_range is not None and r.property == "date"]
    if any(r.mismatch for r in dated):
        return  # a weekday that does not fit: the borrowed year is in doubt
    sure = [
        r.date_range.lo
        for r in dated
        if r.basis == "weekday" and r.date_range and r.date_mention.day is not None
    ]  # "Senin (3/7)", not a bare "hari Senin", which fits any year
    for r in dated:
        rng = r.date_range
        dm = r.date_mention
        if dm.deictic or dm.needs_anchor or dm.day is None or dm.month is None:
            continue  # counted from the day of writing or from another date
        if r.basis == "borrowed" and rng and any(abs((rng.lo - d).days) <= days for d in sure):
            r.basis = "confirmed"
