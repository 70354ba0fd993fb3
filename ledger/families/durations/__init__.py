"""The durations family: how long an occasion lasted ("hampir dua jam").

Reading: :mod:`ledger.families.durations.reading`. Rule: ``duration-interval``
(:mod:`ledger.families.durations.rules`, ``features/durations.feature``). A
length is compared only with lengths of the same occasion.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ledger.claims import make_claim
from ledger.families import Corpus, Slot, by_event, by_story, family
from ledger.families.durations import rules as rules
from ledger.families.durations.reading import (
    DurationMention,
    find_durations,
    is_planned,
    names_a_part,
    of_another_activity,
    term_of,
)
from ledger.model import Claim, Sentence
from ledger.occasions import Attachment, StoryOccasions
from ledger.text import in_quote


def duration_slot(c: Claim) -> Slot | None:
    """The length of an occasion: its event's. The term of a thing (an
    ultimatum, a mandate): that thing's, within one story."""
    term = c.qualifiers.get("term")
    return by_story(c, f"term:{term}") if term else by_event(c)


@family("durations", properties=("duration",), slot=duration_slot, binding="occasion")
def duration_claims(corpus: Corpus) -> list[Claim]:
    """A ``duration`` claim for every length of an occasion, attached to its clause's
    occasion, and for every term a thing is given ("ultimatum satu pekan")."""
    out: list[Claim] = []
    for story in corpus.stories:
        occ = corpus.occasions[story.id]
        for doc in occ.documents:
            for sent in corpus.sentences[doc.id]:
                for d in find_durations(sent.text, any_unit=True):
                    term = term_of(sent.text, d.start) if d.calendar else None
                    if term is not None:
                        out.append(_term(occ, sent, d, term, story.id))
                    elif d.event_length:
                        out.append(_claim(occ, sent, d))
    return out


def _term(occ: StoryOccasions, sent: Sentence, d: DurationMention, term: str, story: str) -> Claim:
    """The claim of one term ("ultimatum satu pekan"): tied to no occasion, with
    what its sentence says (as an amount's: :func:`ledger.evidence.same_occasion`)."""
    start, end = sent.start + d.start, sent.start + d.end
    context = occ.context(sent, start, end, "")
    return make_claim(
        sent,
        "duration",
        start,
        end,
        subject=term,
        value_lo=d.lo,
        value_hi=d.hi,
        unit="min",
        normalised=d.reading,
        qualifiers={
            "in_quote": in_quote(sent.text, d.start),
            "segment": sent.kind,
            "story": story,
            "term": term,
            "hedge": d.hedge,
            "stated_minutes": d.minutes,
            "calendar": True,
            "planned": is_planned(sent.text, d.start),
            "evidence": {**context, "dates": [], "clause": context["sentence"]},
        },
    )


def _claim(occ: StoryOccasions, sent: Sentence, d: DurationMention) -> Claim:
    """The claim of one length, tied to the occasion of its clause, if any."""
    start, end = sent.start + d.start, sent.start + d.end
    at = occ.attach(sent, start, end, lasting=True)
    other = _another_activity(sent, at, start)
    if other is not None:  # the length of a meal or a session, not of the occasion
        at = occ.attachment(None)
    qualifiers: dict[str, object] = {
        "in_quote": in_quote(sent.text, d.start),
        "segment": sent.kind,
        **at.qualifiers(_from_article(occ, at)),
        "hedge": d.hedge,
        "stated_minutes": d.minutes,
        "calendar": d.calendar,
        "planned": is_planned(sent.text, d.start),
    }
    if other is not None:
        qualifiers["event"] = f"another activity: {other!r} stands between it and the event word"
    return make_claim(
        sent,
        "duration",
        start,
        end,
        subject=at.subject,
        value_lo=d.lo,
        value_hi=d.hi,
        unit="min",
        event_id=at.event_id,
        normalised=d.reading,
        qualifiers=qualifiers,
    )


def _another_activity(sent: Sentence, at: Attachment, start: int) -> str | None:
    """The word that gives a length to something other than the event word before
    it ("bertemu ... selama 40 menit, lalu makan siang ... selama dua jam")."""
    if at.mention is None or at.mention.end > start:
        return None
    return of_another_activity(sent.text[at.mention.end - sent.start : start - sent.start])


def _says_nothing(evidence: Mapping[str, object]) -> bool:
    return not (evidence.get("place") or evidence.get("participants") or evidence.get("dates"))


def _from_article(occ: StoryOccasions, at: Attachment) -> dict[str, object] | None:
    """For a length told in a bare clause ("Pertemuan yang berlangsung sekitar tiga
    jam itu ..."), what the same article's earlier mentions of the same occasion
    say of it: the lead names the place and the date, the length comes later.
    None (the clause's own evidence) when the clause says something itself, when
    it is tied to no single occasion, when it tells a part of the occasion
    ("hari pertama"), or when those mentions disagree on its place or dates."""
    if at.event is None or at.mention is None or not _says_nothing(at.evidence):
        return None
    if names_a_part(at.mention.sentence.text):  # the first day's length is not the whole's
        return None
    doc = at.mention.sentence.document_id
    kin = [
        occ.evidence.get(m.key, {})
        for m in occ.mentions
        if m.sentence.document_id == doc
        and m.start < at.mention.start
        and not m.predicate
        and occ.by_key.get(m.key) == at.event
    ]
    places = {str(e["place"]) for e in kin if e.get("place")}
    dates = sorted({(str(d[0]), str(d[1])) for e in kin for d in _listed(e, "dates")})
    if len(places) > 1 or not _one_span(dates):
        return None
    borrowed: dict[str, object] = {
        "place": next(iter(places), None),
        "participants": sorted({str(p) for e in kin for p in _listed(e, "participants")}),
        "group": sorted({str(p) for e in [*kin, at.evidence] for p in _listed(e, "group")}),
        "dates": [list(d) for d in dates],
    }
    if _says_nothing(borrowed):
        return None
    return {**at.evidence, **borrowed, "how": "article"}


def _listed(evidence: Mapping[str, object], key: str) -> list[Any]:
    """The list an evidence record holds under ``key`` (empty when none)."""
    value = evidence.get(key)
    return list(value) if isinstance(value, list | tuple) else []


def _one_span(dates: list[tuple[str, str]]) -> bool:
    """Whether ISO date ranges all overlap one another (one occasion's dates)."""
    return all(lo <= hi2 and lo2 <= hi for lo, hi in dates for lo2, hi2 in dates)
