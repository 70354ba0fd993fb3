"""The timeline of an article: every date and clock time it states, read in order.

An occasion is named by its date as much as by its place, so the occasion finder
reads the dates first: each one resolved against the article's reference date
and the tense of its clause, counted from the date just before it when it is
relative ("dua hari kemudian"), linked to the event word of its clause, with how
its year is known (its ``basis``). The date family (:mod:`ledger.families.dates`)
turns these readings into claims; it never reads a date again.

A date counted from a named occasion ("tiga hari setelah kudeta") is resolved
once the story's occasions are known (:func:`date_from_occasions`): from the one
date its article gives that occasion, with that date's basis, or not at all.
It belongs to the occasion of its own clause, never to the one it counts from.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from ledger import dates as dates_mod
from ledger import lexicon
from ledger.ingest import find_dateline
from ledger.model import Document, Event, Sentence
from ledger.occasions import mentions as ev
from ledger.text import Token, find_phrases, in_quote, tokens
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
    counted_from: str = ""  # "tiga hari setelah kudeta": the date of the occasion it counts from
    # "pada 9 Januari, disusul ... dua hari kemudian": the date of its own sentence it counts from
    counted_on: DateReading | None = None


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
    reading: DateReading | None = None  # the date itself

    def near(self, index: int) -> dates_mod.DateRange | None:
        return self.range if index - self.index <= 1 else None

    def set(self, raw: DateReading) -> None:
        self.index, self.range, self.basis = raw.sentence.index, raw.date_range, raw.basis
        self.mention, self.reading = raw.mention, raw

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
    line = find_dateline(sent.text, doc.language)
    filed = line.end if line is not None and line.date else 0
    for dm in dates_mod.find_dates(sent.text):
        start, end = sent.start + dm.start, sent.start + dm.end
        # "seperti dilansir Reuters, Rabu (13/1/2022)", "Hiroshima, 20 Mei 2026
        # (ANTARA) -": the date of the copy, not of an event. It is kept as a claim
        # of no event, so that a weekday that does not fit it is still reported.
        cited = dm.end <= filed or ev.is_attribution(sent, start, lex)
        quoted = in_quote(sent.text, start - sent.start)
        if cited:
            mention = None
        elif dm.from_occasion:
            mention = _link_outside_occasion(dm, sent, found, lex, persons)
        else:
            mention = ev.link(start, end, False, sent, found, lex, persons)
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
        elif dm.from_occasion:  # resolved once the occasions are known
            anchor.index, anchor.range = sent.index, None  # "dua hari kemudian" after it: unknown
            anchor.reading = None
            raw.note = f"'{dm.text}' counts from an occasion the article gives no single date"
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
    if dm.needs_anchor and anchor.index == sent.index:
        raw.counted_on = anchor.reading
    raw.mismatch = dates_mod.weekday_mismatch(dm, raw.date_range)
    if not raw.cited:
        anchor.set(raw)


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
    weekday in the borrowed year, and more of its weekday-dates fit that year
    than fail to, the article itself says which year it is about: a borrowed
    day and month at most ``days`` from such a confirmed date takes the basis
    "confirmed" (so a weekday-date of the article that does not fit is a slip of
    its own, rule weekday-date). Only the year is confirmed, not the day the
    article was written: "pekan lalu" stays borrowed."""
    dated = [r for r in readings if r.date_range is not None and r.property == "date"]
    sure = [
        r.date_range.lo
        for r in dated
        if r.basis == "weekday" and r.date_range and r.date_mention.day is not None
    ]  # "Senin (3/7)", not a bare "hari Senin", which fits any year
    if len(sure) <= sum(1 for r in dated if r.mismatch):
        return  # as many weekdays fail to fit as fit: the borrowed year is in doubt
    for r in dated:
        rng = r.date_range
        dm = r.date_mention
        if dm.deictic or dm.needs_anchor or dm.day is None or dm.month is None:
            continue  # counted from the day of writing or from another date
        if r.basis == "borrowed" and rng and any(abs((rng.lo - d).days) <= days for d in sure):
            r.basis = "confirmed"


def confirm_by_story(readings: list[DateReading], params: Mapping[str, Any]) -> None:
    """Upgrade a borrowed year that the story itself confirms, day for day.

    An undated article's "Senin (15/9)" borrows the story's year. When another
    article of the story writes the same day and month ("Selasa (15/9)", "15
    September 2026", "14-15 September") with a year of its own
    (``story_year_bases``), both speak of that day of that year, and the undated
    article's date takes the basis "story" (so a weekday beside it that does not
    fit is a slip, rule weekday-date). Only the undated article's single days
    written as a day and month take it (a relative date, a range or a month
    does not), and only in an article that writes no other year within
    ``story_year_doubt_years`` of it (a history's "tsunami 2004" does not put a
    2026 date in doubt; "2025" does)."""
    sure: dict[date, set[str]] = {}
    for r in readings:
        if r.basis in params["story_year_bases"] and r.date_range and _written_days(r):
            for day in {r.date_range.lo, r.date_range.hi}:
                sure.setdefault(day, set()).add(r.doc.id)
    doubt = int(params["story_year_doubt_years"])
    years: dict[str, list[int]] = {}
    for r in readings:
        rng = r.date_range
        if r.doc.published or r.basis != "borrowed" or not rng or rng.lo != rng.hi:
            continue
        if not _written_days(r) or not sure.get(rng.lo, set()) - {r.doc.id}:
            continue
        written = years.setdefault(r.doc.id, year_hints(r.doc.text))
        if not any(0 < abs(y - rng.lo.year) <= doubt for y in written):
            r.basis = "story"


def share_anchor_basis(readings: list[DateReading]) -> None:
    """A date counted from a date of its own sentence ("dialog dimulai pada 9
    Januari, disusul pertemuan di Brussel dua hari kemudian") knows its year as
    that date does: when :func:`confirm_borrowed` or :func:`confirm_by_story`
    confirmed the borrowed year of the date it counts from, it is confirmed too.
    One counted from a date of an earlier sentence stays "anchored-nearby"."""
    for r in readings:
        a = r.counted_on
        if a is not None and r.basis == "borrowed" and a.basis in ("confirmed", "story"):
            r.basis = a.basis


def _written_days(r: DateReading) -> bool:
    """Days written with their day and month ("15/9", "14-15 September"), not
    counted from anything."""
    dm = r.date_mention
    if dm.day is None or dm.month is None:
        return False
    return not (dm.deictic or dm.needs_anchor or dm.from_occasion)


def _link_outside_occasion(
    dm: dates_mod.DateMention,
    sent: Sentence,
    found: list[ev.Mention],
    lex: EventLexicon,
    persons: frozenset[str],
) -> ev.Mention | None:
    """The event word of the clause of "tiga hari setelah kudeta", never one of the
    occasion it counts from: the nearest before it, else, when the phrase opens the
    sentence, the first of the main clause after the comma that closes it ("Tiga
    hari setelah kudeta, para pemimpin ECOWAS menggelar KTT luar biasa")."""
    start, end = sent.start + dm.start, sent.start + dm.end
    x_end = dates_mod.occasion_words(sent.text, dm)[1]
    before = [m for m in found if m.end <= start]
    mention = ev.link(start, end, False, sent, before, lex, persons)
    if mention is not None or sent.text[: x_end + 1].strip()[-1:] != ",":
        return mention
    if len(tokens(sent.text[: dm.start])) > _head_spec()["opening_words"]:
        return None  # not the sentence's opening phrase
    main = re.split(r"[,;:]", sent.text[x_end + 1 :])[0]
    stop = sent.start + x_end + 1 + len(main)
    return next((m for m in found if sent.start + x_end < m.start < stop), None)


@cache
def _head_spec() -> dict[str, Any]:
    spec = lexicon.load("relative_dates")["occasion_head"]
    return {
        "words": int(spec["head_words"]),
        "near": int(spec["near_words"]),
        "opening_words": int(spec["opening_words"]),
        "stops": {str(w).lower() for w in spec["stops"]},
        "nouns": tuple(str(w) for w in spec["nouns"]),
    }


_STRENGTH = (
    "written",
    "weekday",
    "confirmed",
    "story",
    "reference",
    "anchored-nearby",
    "borrowed",
    "none",
)


def date_from_occasions(
    readings: list[DateReading],
    found: Mapping[str, list[ev.Mention]],
    by_key: Mapping[tuple[str, int, int], Event | None],
    lex: EventLexicon,
) -> None:
    """Resolve every "tiga hari setelah kudeta" of ``readings`` (one story, all read)
    from the date its own article gives the occasion it names: the date written in
    the occasion's own words ("setelah pemungutan suara pada Minggu (21/5)"), else
    the one date that stands next to the occasion's words elsewhere in the article,
    or that the article gives the event the occasion's event word is of. Two
    different dates, or none: no date (never counted from the publication). A
    borrowed date stays borrowed. The date is of its own clause's occasion: when
    that is the occasion it counts from, it is of no occasion."""
    by_doc: dict[str, list[DateReading]] = {}
    for r in readings:
        by_doc.setdefault(r.doc.id, []).append(r)
    for own in by_doc.values():
        for r in own:
            if r.date_mention.from_occasion and r.property == "date" and not r.in_quote:
                _from_occasion(r, own, found, by_key, lex)


def _from_occasion(
    r: DateReading,
    own: list[DateReading],
    found: Mapping[str, list[ev.Mention]],
    by_key: Mapping[tuple[str, int, int], Event | None],
    lex: EventLexicon,
) -> None:
    dm, sent = r.date_mention, r.sentence
    lo, hi = dates_mod.occasion_words(sent.text, dm)
    words = " ".join(sent.text[lo:hi].split()[:6])
    anchor = _own_date(r, own, found, lo, hi)
    if anchor is not None:  # "setelah KTT Singapura pada 12 Juni": the words before the date
        words = sent.text[lo : anchor.start - sent.start].strip()
    else:
        anchor = _named_date(r, own, found, by_key, lex, lo, hi)
    base = anchor.date_range if anchor is not None else None
    rng = None if base is None else dates_mod.resolve(dm, None, anchor=base)
    if anchor is None or base is None or rng is None:
        r.note = f"'{dm.text} {words}': the article gives that occasion no single date"
        return
    sign = "-" if dm.relation == "before_occasion" else "+"
    r.counted_from = (
        f"counted from '{anchor.text}', the date the article gives '{words}': "
        f"{_span(base)} {sign} {_amount_words(dm)} = {_span(rng)}"
    )
    r.date_range = replace(rng, reading=f"{dm.text} = {_span(rng)} ({r.counted_from})")
    r.basis, r.note = anchor.basis, ""  # a borrowed date stays borrowed
    x_mention = _leading_mention(sent, lo, hi, found)
    x_event = by_key.get(x_mention.key) if x_mention is not None else None
    if r.mention is not None and x_event is not None and by_key.get(r.mention.key) is x_event:
        r.mention = None  # the date of a side meeting "sehari sebelum konferensi", not its own


def _leading_mention(
    sent: Sentence, lo: int, hi: int, found: Mapping[str, list[ev.Mention]]
) -> ev.Mention | None:
    """The first event word of the occasion's words ``lo:hi`` of ``sent``."""
    at = range(sent.start + lo, sent.start + hi)
    return next((m for m in found.get(sent.id, []) if m.start in at), None)


def _span(rng: dates_mod.DateRange) -> str:
    """The days of a resolved date as its reading gives them ("2023-07-26", "--07-26")."""
    return rng.reading.split(" = ", 1)[1].split(" (", 1)[0]


def _amount_words(dm: dates_mod.DateMention) -> str:
    amount = dm.amount or (1.0, 1.0)
    number = f"{amount[0]:g}" if amount[0] == amount[1] else f"{amount[0]:g}–{amount[1]:g}"
    return f"{number} {dm.unit}" + ("" if amount == (1.0, 1.0) else "s")


def _usable(a: DateReading) -> bool:
    """A date another may count from: resolved, of an event (not the copy's), what
    happened (not a plan), not itself counted from an occasion."""
    return (
        a.property == "date"
        and a.date_range is not None
        and not a.cited
        and not a.planned
        and not a.date_mention.from_occasion
        and not a.date_mention.deictic
    )


def _own_date(
    r: DateReading,
    own: list[DateReading],
    found: Mapping[str, list[ev.Mention]],
    lo: int,
    hi: int,
) -> DateReading | None:
    """The date written in the occasion's own words: "setelah KTT Singapura pada 12 Juni"
    (not one after another event word: "setelah KTT para menteri bertemu pada 9 Mei")."""
    s0 = r.sentence.start
    near = _head_spec()["near"] + _head_spec()["words"]
    for a in own:
        if a.sentence.id == r.sentence.id and s0 + lo <= a.start < s0 + hi and _usable(a):
            between = r.sentence.text[lo : a.start - s0]
            first = s0 + lo + len(between) - len(between.lstrip())  # the occasion's first word
            other = any(first < m.start < a.start for m in found.get(r.sentence.id, []))
            return a if len(between.split()) <= near and not other else None
    return None


def _head(sent: Sentence, lo: int, hi: int, mention: ev.Mention | None, lex: EventLexicon) -> str:
    """The words that name the occasion ("pemungutan suara", "KTT Singapura", "lawatan"),
    or "" when they open with no event word or occasion noun ("Raisi memenangi ...",
    "delegasi Kongres meninggalkan ...") or with a verb ("bertemu Presiden ...")."""
    spec = _head_spec()
    toks: list[Token] = tokens(sent.text[lo:hi])
    if not toks:
        return ""
    first = toks[0].text
    leads = mention is not None and mention.start == sent.start + lo + toks[0].start
    noun = any(m.start() == toks[0].start for m in find_phrases(sent.text[lo:hi], spec["nouns"]))
    if not (leads or noun):
        return ""
    if first.lower().startswith(tuple(p for p in lex.verb_prefixes if p != "di")):
        return ""
    head: list[str] = []
    for t in toks[: spec["words"]]:
        if t.text.lower() in spec["stops"] or not t.text[:1].isalpha():
            break
        if head and t.text[:1].isupper() and not head[-1][:1].isupper():
            break  # "pertemuan puncak Presiden ...": the head ends before the names
        head.append(t.text)
    return " ".join(head)


def _named_date(
    r: DateReading,
    own: list[DateReading],
    found: Mapping[str, list[ev.Mention]],
    by_key: Mapping[tuple[str, int, int], Event | None],
    lex: EventLexicon,
    lo: int,
    hi: int,
) -> DateReading | None:
    """The one date the article gives the occasion named at ``lo:hi`` of the
    reading's sentence: next to its words elsewhere, or of its event."""
    sent = r.sentence
    x_mention = _leading_mention(sent, lo, hi, found)
    head = _head(sent, lo, hi, x_mention, lex)
    if not head:
        return None
    candidates = [a for a in own if _usable(a) and _next_to(head, a, found, lex)]
    leads = x_mention is not None and sent.text[lo:hi].lstrip().lower().startswith(
        x_mention.words.lower()
    )
    if leads and x_mention is not None:
        event = by_key.get(x_mention.key)
        if event is None:
            return None  # an event word of more than one occasion: which is unknown
        candidates += [
            a for a in own if _usable(a) and a.mention and by_key.get(a.mention.key) is event
        ]
    days = {(a.date_range.lo, a.date_range.hi) for a in candidates if a.date_range}
    if len(days) != 1:
        return None
    return min(candidates, key=lambda a: _STRENGTH.index(a.basis) if a.basis in _STRENGTH else 9)


def _next_to(
    head: str, a: DateReading, found: Mapping[str, list[ev.Mention]], lex: EventLexicon
) -> bool:
    """Whether the occasion's words stand right before the date ``a`` in its clause:
    at most ``near_words`` words apart, no clause mark, coordinator or other event
    word between (a comma right before the date is an apposition: "hari pemungutan
    suara, Minggu (21/5)")."""
    text, at, s0 = a.sentence.text, a.start - a.sentence.start, a.sentence.start
    for m in find_phrases(text[:at], [head]):
        core = text[m.end() : at].rstrip().removesuffix(",")
        if re.search(r"[,;:.!?()]", core) or find_phrases(core, lex.coordinators):
            continue
        if any(s0 + m.end() <= e.start < a.start for e in found.get(a.sentence.id, [])):
            continue
        if len(core.split()) <= _head_spec()["near"]:
            return True
    return False
