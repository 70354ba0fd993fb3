"""The dates family: when an occasion took place, and clock times.

The occasion finder has already read every date (:mod:`ledger.occasions.timeline`:
resolved, linked, with how its year is known); this family turns each reading
into a claim. Rules: ``date-range`` (two dates of one occasion) and
``weekday-date`` (a weekday that does not fit its own date), in
``features/dates.feature`` and ``features/weekdays.feature``. Clock times are
kept as ``time`` claims and compared with nothing yet.
"""

from __future__ import annotations

from datetime import date

from ledger.claims import make_claim
from ledger.families import Corpus, by_event, family
from ledger.families.dates import rules as rules
from ledger.families.dates import weekdays as weekdays
from ledger.model import Claim
from ledger.occasions import DateReading, StoryOccasions


def _iso(d: date, year_known: bool) -> str:
    return d.isoformat() if year_known else d.strftime("--%m-%d")


@family(
    "dates",
    properties=("date", "time"),
    slot=by_event,
    binding="occasion",
    requires=("durations",),
)
def date_claims(corpus: Corpus) -> list[Claim]:
    """A ``date`` or ``time`` claim for every date and clock time of every story;
    the dates of an occasion that lasts several days say so (``multi_day``)."""
    claims = [
        _claim(reading, occ)
        for story in corpus.stories
        for occ in [corpus.occasions[story.id]]
        for reading in occ.dated
    ]
    several = _lasting_days(claims, corpus.claims["durations"])
    for c in claims:
        if c.property == "date" and c.event_id and c.event_id.split(":")[0] in several:
            c.qualifiers["multi_day"] = True
    return claims


def _lasting_days(dates: list[Claim], durations: list[Claim]) -> set[str]:
    """The occasions that last several days: a length of two days or more
    ("pertemuan informal dua hari"), a range of days, both a first and a last day
    among their dates, a last day "dini hari" (through the night), or a last day
    a span runs to ("berlangsung hingga Jumat")."""
    out = {
        str(c.event_id)
        for c in durations
        if c.event_id and c.value_hi is not None and float(c.value_hi) >= 2 * 24 * 60
    }
    bounds: dict[str, set[str]] = {}
    for c in dates:
        if c.property != "date" or not c.event_id:
            continue
        event = c.event_id.split(":")[0]
        spans = c.value_lo is not None and c.value_lo != c.value_hi
        if spans or c.qualifiers.get("overnight") or c.qualifiers.get("runs_until"):
            out.add(event)
        if c.qualifiers.get("bound"):
            bounds.setdefault(event, set()).add(str(c.qualifiers["bound"]))
    return out | {e for e, kinds in bounds.items() if kinds == {"start", "end"}}


def _claim(raw: DateReading, occ: StoryOccasions) -> Claim:
    at = occ.attachment(raw.mention)
    qualifiers: dict[str, object] = {
        "in_quote": raw.in_quote,
        "segment": raw.sentence.kind,
        **at.qualifiers(_own_evidence(raw, at.evidence)),
    }
    if raw.note:
        qualifiers["note"] = raw.note
    lo: str | float | None
    hi: str | float | None
    dm = raw.date_mention
    if raw.property == "time":
        lo = hi = dm.minutes
        unit = "minute of day"
        reading = f"{raw.text} = {(dm.minutes or 0) // 60:02d}:{(dm.minutes or 0) % 60:02d}"
        reading += f" ({dm.zone})" if dm.zone else ""
        qualifiers.update(zone=dm.zone, utc_offset=dm.utc_offset)
    else:
        rng = raw.date_range
        unit = "date"
        if rng is None:
            lo = hi = None
            reading = raw.note
        else:
            lo, hi = _iso(rng.lo, rng.year_known), _iso(rng.hi, rng.year_known)
            reading = rng.reading
            qualifiers["year_known"] = rng.year_known
            qualifiers["basis"] = raw.basis
            if raw.counted_from:
                qualifiers["counted_from"] = raw.counted_from
            if raw.mismatch:
                qualifiers["weekday_mismatch"] = raw.mismatch
            if dm.weekday is not None and dm.day is not None:
                qualifiers["weekday"] = dm.weekday  # ISO: written beside its date
        if raw.planned:
            qualifiers["modality"] = "planned"
        if dm.bound:
            qualifiers["bound"] = dm.bound
        if dm.overnight:
            qualifiers["overnight"] = True
        if dm.runs_until:
            qualifiers["runs_until"] = True
        if raw.cited:
            qualifiers["event"] = "the date the copy cites its source on"
        qualifiers["form"] = dm.form
    subject, event_id = at.subject, at.event_id
    if raw.planned and event_id is not None:
        event_id, subject = f"{event_id}:planned", f"{subject} (planned)"
    return make_claim(
        raw.sentence,
        raw.property,
        raw.start,
        raw.end,
        subject=subject,
        value_lo=lo,
        value_hi=hi,
        unit=unit,
        event_id=event_id,
        normalised=reading,
        qualifiers=qualifiers,
    )


def _own_evidence(raw: DateReading, found: dict[str, object]) -> dict[str, object]:
    """The evidence of the claim's event word, less the claim's own date (a date
    is no evidence for itself)."""
    rng = raw.date_range
    if raw.property != "date" or rng is None or not found:
        return found
    own = [rng.lo.isoformat(), rng.hi.isoformat()]
    listed = found.get("dates")
    return {**found, "dates": [d for d in listed if d != own] if isinstance(listed, list) else []}
