"""Extract: the claims of one story, each linked to the event it is about.

For every sentence of every document in a story this finds the durations
(:mod:`ledger.durations`) and dates (:mod:`ledger.dates`), links each to its
event word (:mod:`ledger.events`), resolves dates against the story's reference
date and the sentence's tense, then clusters the event words into events and
turns every finding into a :class:`~ledger.model.Claim` whose span slices back to
its exact words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ledger import dates as dates_mod
from ledger import durations as durations_mod
from ledger import events as ev
from ledger.model import Claim, Document, Event, Sentence, Story, content_id
from ledger.stories import reference_for
from ledger.text import find_phrases

OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"


@dataclass
class _Raw:
    doc: Document
    sentence: Sentence
    property: str
    start: int
    end: int
    text: str
    mention: ev.Mention | None
    in_quote: bool
    duration: durations_mod.DurationMention | None = None
    date_mention: dates_mod.DateMention | None = None
    date_range: dates_mod.DateRange | None = None
    direction: str | None = None  # the tense words between the event word and the date
    note: str = ""


def in_quote(sentence: Sentence, start: int) -> bool:
    """True when the offset lies inside quotation marks within its sentence."""
    head = sentence.text[: start - sentence.start]
    depth = sum(head.count(c) for c in OPEN_QUOTES) - sum(head.count(c) for c in CLOSE_QUOTES)
    return depth > 0 or head.count('"') % 2 == 1


def _years(text: str) -> list[int]:
    return sorted({int(y) for y in re.findall(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)", text)})


def _iso(d: date, year_known: bool) -> str:
    return d.isoformat() if year_known else d.strftime("--%m-%d")


def extract_story(
    story: Story, docs: list[Document], sentences: dict[str, list[Sentence]]
) -> tuple[list[Event], list[Claim]]:
    """The events and claims of one story (documents in name order)."""
    lex = ev.load_lexicon()
    story_docs = sorted((d for d in docs if d.id in story.document_ids), key=lambda d: d.name)
    all_sentences = [s for d in story_docs for s in sentences[d.id]]
    persons = ev.persons_in(all_sentences, lex)
    mentions: list[ev.Mention] = []
    raws: list[_Raw] = []
    for doc in story_docs:
        reference, ref_note = reference_for(doc, story)
        hints = _years(doc.text)
        for sent in sentences[doc.id]:
            found = ev.find_mentions(sent, lex, persons)
            mentions.extend(found)
            raws.extend(_durations(doc, sent, found, lex, persons))
            for raw in _dates(doc, sent, found, lex, persons, reference, hints, ref_note):
                raws.append(raw)
                if raw.mention is not None and raw.mention.predicate:
                    mentions.append(raw.mention)
    tenses = _tenses_from_dates(raws, story, docs)
    events, by_key = ev.cluster(story.id, mentions, lex, tenses)
    claims = [_claim(raw, by_key) for raw in raws]
    claims += _places(mentions, by_key, lex)
    return events, claims


def _places(
    mentions: list[ev.Mention],
    by_key: dict[tuple[str, int, int], Event | None],
    lex: ev.EventLexicon,
) -> list[Claim]:
    """A ``place`` claim for each event word whose place the text names ("di Jenewa")."""
    claims = []
    for m in mentions:
        event = by_key.get(m.key)
        if m.place is None or event is None:
            continue
        offset = m.end - m.sentence.start
        found = find_phrases(m.sentence.text[offset:], lex.place_aliases)
        if not found:
            continue
        start = m.sentence.start + offset + found[0].start()
        end = m.sentence.start + offset + found[0].end()
        words = found[0].group()
        claims.append(
            Claim(
                id=content_id(m.sentence.document_id, "place", start, end),
                document_id=m.sentence.document_id,
                sentence_id=m.sentence.id,
                property="place",
                subject=event.label,
                value_text=words,
                value_lo=m.place,
                value_hi=m.place,
                unit="place",
                start=start,
                end=end,
                event_id=event.id,
                normalised=f"{words} = {m.place}",
                qualifiers={"event_words": m.words},
            )
        )
    return claims


def _durations(
    doc: Document,
    sent: Sentence,
    found: list[ev.Mention],
    lex: ev.EventLexicon,
    persons: frozenset[str],
) -> list[_Raw]:
    out = []
    for d in durations_mod.find_durations(sent.text):
        start, end = sent.start + d.start, sent.start + d.end
        mention = ev.link(start, end, True, sent, found, lex, persons)
        out.append(
            _Raw(
                doc,
                sent,
                "duration",
                start,
                end,
                d.text,
                mention,
                in_quote(sent, start),
                duration=d,
            )
        )
    return out


def _dates(
    doc: Document,
    sent: Sentence,
    found: list[ev.Mention],
    lex: ev.EventLexicon,
    persons: frozenset[str],
    reference: date | None,
    hints: list[int],
    ref_note: str | None,
) -> list[_Raw]:
    out: list[_Raw] = []
    anchor: dates_mod.DateRange | None = None
    for dm in dates_mod.find_dates(sent.text):
        start, end = sent.start + dm.start, sent.start + dm.end
        if ev.is_attribution(sent, start, lex):
            continue  # the publication date of the copy, read by ingest
        quoted = in_quote(sent, start)
        mention = ev.link(start, end, False, sent, found, lex, persons)
        raw = _Raw(doc, sent, "date", start, end, dm.text, mention, quoted, date_mention=dm)
        if dm.deictic and quoted:
            raw.note = f"'{dm.text}' inside a quotation is relative to when the speaker spoke"
        else:
            lo = min(start, mention.start) if mention and not mention.predicate else start
            hi = max(end, mention.end) if mention and not mention.predicate else end
            direction = ev.tense_between(sent, lo, hi, lex)
            raw.direction = direction
            raw.date_range = dates_mod.resolve(
                dm, reference, direction=direction, anchor=anchor, year_hints=hints
            )
            if raw.date_range is None:
                raw.note = "could not be placed in time: " + (
                    f"reference {ref_note}" if ref_note else "no source of the story gives a date"
                )
            else:
                anchor = raw.date_range
        out.append(raw)
    return out


def _tenses_from_dates(raws: list[_Raw], story: Story, docs: list[Document]) -> dict[object, str]:
    """A mention's tense read off its dates: the tense words between the event word
    and its date ("pertemuan puncak, kemungkinan pada bulan Juni"), else where the
    date lies (after the reference date is the future)."""
    by_id = {d.id: d for d in docs}
    tenses: dict[object, str] = {}
    for raw in raws:
        if raw.mention is not None and raw.direction is not None:
            tenses[raw.mention.key] = raw.direction
            continue
        rng = raw.date_range
        if raw.mention is None or rng is None or not rng.year_known:
            continue
        reference, _ = reference_for(by_id[raw.doc.id], story)
        if reference is None:
            continue
        if rng.lo > reference:
            tenses[raw.mention.key] = "future"
        elif rng.hi < reference:
            tenses[raw.mention.key] = "past"
    return tenses


def _claim(raw: _Raw, by_key: dict[tuple[str, int, int], Event | None]) -> Claim:
    event = by_key.get(raw.mention.key) if raw.mention is not None else None
    qualifiers: dict[str, object] = {"in_quote": raw.in_quote, "segment": raw.sentence.kind}
    if raw.mention is not None:
        qualifiers["event_words"] = raw.mention.words
        if event is None:
            qualifiers["event"] = "ambiguous: more than one event fits"
    if raw.note:
        qualifiers["note"] = raw.note
    lo: float | str | None
    hi: float | str | None
    if raw.duration is not None:
        d = raw.duration
        lo, hi, unit, reading = d.lo, d.hi, "min", d.reading
        qualifiers["hedge"] = d.hedge
        qualifiers["stated_minutes"] = d.minutes
    else:
        rng = raw.date_range
        unit = "date"
        if rng is None:
            lo = hi = None
            reading = raw.note
        else:
            lo, hi, reading = (
                _iso(rng.lo, rng.year_known),
                _iso(rng.hi, rng.year_known),
                rng.reading,
            )
            qualifiers["year_known"] = rng.year_known
        if raw.date_mention is not None:
            qualifiers["form"] = raw.date_mention.form
    subject = event.label if event is not None else (raw.mention.words if raw.mention else "")
    return Claim(
        id=content_id(raw.doc.id, raw.property, raw.start, raw.end),
        document_id=raw.doc.id,
        sentence_id=raw.sentence.id,
        property=raw.property,
        subject=subject,
        value_text=raw.text,
        value_lo=lo,
        value_hi=hi,
        unit=unit,
        start=raw.start,
        end=raw.end,
        event_id=event.id if event is not None else None,
        normalised=reading,
        qualifiers=qualifiers,
    )
