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

from ledger import clusters
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
    basis: str = "none"  # how the date's year is known: written, reference, borrowed, none
    mismatch: str | None = None  # the weekday written does not fit the date
    planned: bool = False  # a scheduled time or date ("dijadwalkan"), not what happened
    cited: bool = False  # the date of the copy after "dilansir Reuters," (no event)


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
        anchor = _Anchor()
        for sent in sentences[doc.id]:
            found = ev.find_mentions(sent, lex, persons)
            mentions.extend(found)
            raws.extend(_durations(doc, sent, found, lex, persons))
            dated = _dates(doc, sent, found, lex, persons, reference, hints, ref_note, anchor)
            for raw in dated:
                raws.append(raw)
                if raw.mention is not None and raw.mention.predicate:
                    mentions.append(raw.mention)
    tenses = _tenses_from_dates(raws, story, docs)
    dates = _mention_dates(raws)
    events, by_key = clusters.cluster(story.id, mentions, lex, tenses, dates)
    evidence = _evidence(dates, mentions, by_key, lex)
    claims = [_claim(raw, by_key, evidence) for raw in raws]
    claims += _places(mentions, by_key, lex, evidence)
    return events, claims


def _mention_dates(raws: list[_Raw]) -> dict[tuple[str, int, int], list[tuple[str, str]]]:
    """Per event word, the dates with a known year that its clause gives it."""
    out: dict[tuple[str, int, int], list[tuple[str, str]]] = {}
    for raw in raws:
        rng = raw.date_range
        if raw.mention is None or rng is None or not rng.year_known or raw.planned:
            continue
        out.setdefault(raw.mention.key, []).append((rng.lo.isoformat(), rng.hi.isoformat()))
    return out


def _descriptors(m: ev.Mention, dates: list[tuple[str, str]], how: str) -> dict[str, object]:
    return {
        "kind": m.kind,
        "place": m.place,
        "participants": sorted(m.participants),
        "dates": [list(d) for d in dates],
        "ordinal": m.ordinal,
        "around": sorted(m.around),
        "how": how,
    }


def _evidence(
    dates: dict[tuple[str, int, int], list[tuple[str, str]]],
    mentions: list[ev.Mention],
    by_key: dict[tuple[str, int, int], Event | None],
    lex: ev.EventLexicon,
) -> dict[tuple[str, int, int], dict[str, object]]:
    """What each event word's own clause says of its occasion (see :mod:`ledger.evidence`).

    An anaphoric mention ("pembicaraan itu") with nothing of its own takes what the
    last mention of its event in the same article said; in an article that speaks
    of a single occasion of a kind, every mention of it shares what all of them say.
    ``dates`` are the dates each event word's clause states (:func:`_mention_dates`).
    """
    out: dict[tuple[str, int, int], dict[str, object]] = {}
    by_doc: dict[str, list[ev.Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.key):
        by_doc.setdefault(m.sentence.document_id, []).append(m)
    for doc_mentions in by_doc.values():
        last: dict[str, dict[str, object]] = {}
        for m in doc_mentions:
            event = by_key.get(m.key)
            own = _descriptors(m, dates.get(m.key, []), "own")
            bare = not (m.place or m.participants or dates.get(m.key))
            if event is not None and bare and m.anaphoric and event.id in last:
                own = {**last[event.id], "kind": m.kind, "how": "anaphora"}
            out[m.key] = own
            if event is not None and not bare:
                last[event.id] = own
        _pool_single_occasions(doc_mentions, by_key, dates, lex, out)
    return out


def _pool_single_occasions(
    doc_mentions: list[ev.Mention],
    by_key: dict[tuple[str, int, int], Event | None],
    dates: dict[tuple[str, int, int], list[tuple[str, str]]],
    lex: ev.EventLexicon,
    out: dict[tuple[str, int, int], dict[str, object]],
) -> None:
    """In an article whose every mention of a kind of event is one event, pool
    the places, participants and dates of those mentions."""
    for m in doc_mentions:
        event = by_key.get(m.key)
        if event is None or m.predicate:
            continue
        kin = [
            k
            for k in doc_mentions
            if not k.predicate and clusters.compatible_kinds(k.kind, m.kind, lex)
        ]
        if any(by_key.get(k.key) is None or by_key[k.key] != event for k in kin):
            continue  # the article speaks of more than one such occasion
        pooled = dict(out[m.key])
        places = {k.place for k in kin if k.place}
        if len(places) == 1 and not pooled["place"]:
            pooled["place"] = places.pop()
        pooled["participants"] = sorted({p for k in kin for p in k.participants})
        pooled["dates"] = [list(d) for k in kin for d in dates.get(k.key, [])]
        if pooled != out[m.key]:
            pooled["how"] = "document"
        out[m.key] = pooled


def _places(
    mentions: list[ev.Mention],
    by_key: dict[tuple[str, int, int], Event | None],
    lex: ev.EventLexicon,
    evidence: dict[tuple[str, int, int], dict[str, object]],
) -> list[Claim]:
    """A ``place`` claim for each event word whose place the text names ("di Jenewa")."""
    claims = []
    for m in mentions:
        event = by_key.get(m.key)
        if m.place is None or event is None:
            continue
        offset = m.end - m.sentence.start
        found = [
            f
            for f in find_phrases(m.sentence.text[offset:], lex.place_aliases)
            if lex.place_aliases[f.group().lower()] == m.place
        ]
        if not found:
            continue  # a place the lexicon does not know ("di Istanbul") makes no place claim
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
                qualifiers={
                    "event_words": m.words,
                    "evidence": {**evidence.get(m.key, {}), "place": None},
                },
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
    anchor: _Anchor,
) -> list[_Raw]:
    out: list[_Raw] = []
    for dm in dates_mod.find_dates(sent.text):
        start, end = sent.start + dm.start, sent.start + dm.end
        # "seperti dilansir Reuters, Rabu (13/1/2022)": the date of the copy, not of
        # an event. It is kept as a claim of no event, so that a weekday that does
        # not fit it is still reported.
        cited = ev.is_attribution(sent, start, lex)
        quoted = in_quote(sent, start)
        mention = None if cited else ev.link(start, end, False, sent, found, lex, persons)
        if dm.needs_anchor and anchor.counts_from(mention, sent.index):
            mention = None  # "dua hari kemudian" is two days after that event, not its date
        raw = _Raw(doc, sent, "date", start, end, dm.text, mention, quoted, date_mention=dm)
        raw.planned = dm.modality == "planned"
        raw.cited = cited
        if dm.form == "time":  # a clock time: kept as a claim, compared with nothing yet
            raw.property = "time"
            out.append(raw)
            continue
        if dm.deictic and quoted:
            raw.note = f"'{dm.text}' inside a quotation is relative to when the speaker spoke"
        else:
            lo = min(start, mention.start) if mention and not mention.predicate else start
            hi = max(end, mention.end) if mention and not mention.predicate else end
            direction = ev.tense_between(sent, lo, hi, lex)
            raw.direction = direction
            near = anchor.near(sent.index)
            raw.date_range = dates_mod.resolve(
                dm, reference, direction=direction, anchor=near, year_hints=hints
            )
            if raw.date_range is None:
                raw.note = "could not be placed in time: " + (
                    f"reference {ref_note}" if ref_note else "no source of the story gives a date"
                )
            else:
                raw.basis = _basis(
                    doc, dm, raw.date_range, anchor if dm.needs_anchor else None, sent.index
                )
                raw.mismatch = dates_mod.weekday_mismatch(dm, raw.date_range)
                if not cited:
                    anchor.set(sent.index, raw.date_range, raw.basis, mention)
        out.append(raw)
    return out


@dataclass
class _Anchor:
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


def _basis(
    doc: Document,
    dm: dates_mod.DateMention,
    rng: dates_mod.DateRange,
    anchor: _Anchor | None,
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
    if dm.weekday is not None and rng.lo == rng.hi and rng.lo.isoweekday() == dm.weekday:
        return "weekday"  # "Kamis (21/7)" falls on a Thursday in one nearby year only
    return "borrowed"


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
        if by_id[raw.doc.id].published is None:
            continue  # a reference borrowed from another article says nothing of tense
        reference, _ = reference_for(by_id[raw.doc.id], story)
        if reference is None:
            continue
        if rng.lo > reference:
            tenses[raw.mention.key] = "future"
        elif rng.hi < reference:
            tenses[raw.mention.key] = "past"
    return tenses


def _claim(
    raw: _Raw,
    by_key: dict[tuple[str, int, int], Event | None],
    evidence: dict[tuple[str, int, int], dict[str, object]],
) -> Claim:
    event = by_key.get(raw.mention.key) if raw.mention is not None else None
    qualifiers: dict[str, object] = {"in_quote": raw.in_quote, "segment": raw.sentence.kind}
    if raw.mention is not None:
        qualifiers["event_words"] = raw.mention.words
        qualifiers["evidence"] = _own_evidence(raw, evidence.get(raw.mention.key, {}))
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
    elif raw.property == "time" and raw.date_mention is not None:
        dm = raw.date_mention
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
            lo, hi, reading = (
                _iso(rng.lo, rng.year_known),
                _iso(rng.hi, rng.year_known),
                rng.reading,
            )
            qualifiers["year_known"] = rng.year_known
            qualifiers["basis"] = raw.basis
            if raw.mismatch:
                qualifiers["weekday_mismatch"] = raw.mismatch
        if raw.planned:
            qualifiers["modality"] = "planned"
        if raw.cited:
            qualifiers["event"] = "the date the copy cites its source on"
        if raw.date_mention is not None:
            qualifiers["form"] = raw.date_mention.form
    subject = event.label if event is not None else (raw.mention.words if raw.mention else "")
    event_id = event.id if event is not None else None
    if raw.planned and event_id is not None:
        event_id, subject = f"{event_id}:planned", f"{subject} (planned)"
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
        event_id=event_id,
        normalised=reading,
        qualifiers=qualifiers,
    )


def _own_evidence(raw: _Raw, found: dict[str, object]) -> dict[str, object]:
    """The evidence of the claim's event word, less the claim's own date (a date
    is no evidence for itself)."""
    rng = raw.date_range
    if raw.property != "date" or rng is None or not found:
        return found
    own = [rng.lo.isoformat(), rng.hi.isoformat()]
    listed = found.get("dates")
    return {**found, "dates": [d for d in listed if d != own] if isinstance(listed, list) else []}


def with_context(
    found: list[Claim], sentences: dict[str, list[Sentence]], claims: list[Claim]
) -> list[Claim]:
    """Claims that belong to no event word (amounts) with what their sentence
    says of the occasion (see :func:`ledger.events.sentence_context`) and the
    dates the same sentence states, as ``qualifiers["evidence"]``."""
    lex = ev.load_lexicon()
    by_id = {s.id: s for doc_sentences in sentences.values() for s in doc_sentences}
    dates: dict[str, list[list[str]]] = {}
    for c in claims:
        if c.property == "date" and c.qualifiers.get("year_known") and c.value_lo:
            dates.setdefault(c.sentence_id, []).append([str(c.value_lo), str(c.value_hi)])
    for c in found:
        sent = by_id[c.sentence_id]
        context = ev.sentence_context(sent, lex)
        words, names = ev.words_around(sent, c.start, c.end, lex)
        said = str(c.qualifiers.get("source_text") or "")
        cited = {
            lex.entity_aliases[m.group().lower()] for m in find_phrases(said, lex.entity_aliases)
        }
        names = [n for n in names if n not in cited]  # who gives the figure is not whose it is
        c.qualifiers["evidence"] = {
            **context,
            "dates": dates.get(c.sentence_id, []),
            "words": words,
            "participants": names,
            "sentence": " ".join(re.sub(r"[\d.,]+", " ", sent.text.lower()).split()),
            "places": ev.places_in(sent.text, lex),
        }
    return found
