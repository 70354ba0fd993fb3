"""Occasions: the stage that finds the meetings, calls and visits of a story.

A story speaks of several occasions: the talks it reports, an earlier call, the
next round in another city. This stage runs before any claim family. For each
story it reads every article's event words (:mod:`ledger.occasions.mentions`)
and dates (:mod:`ledger.occasions.timeline`), clusters the event words into
occasions (:mod:`ledger.occasions.clusters`) and records what each event word's
own clause says of its occasion: kind, place, participants, dates, its number
in a series. That record is the evidence :mod:`ledger.evidence` weighs before
two claims may contradict.

The families then *attach* their claims: :meth:`StoryOccasions.attach` names
the occasion of a claim's clause. Families read this stage's result; they never
run the finder themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, cast

from ledger import lexicon
from ledger.ingest import find_dateline
from ledger.model import Document, Event, Sentence, Story
from ledger.occasions import clusters
from ledger.occasions import mentions as ev
from ledger.occasions.timeline import (
    Anchor,
    ArticleTime,
    DateReading,
    confirm_borrowed,
    confirm_by_story,
    date_from_occasions,
    read_dates,
    share_anchor_basis,
    year_hints,
)
from ledger.stories import reference_for
from ledger.text import find_phrases
from ledger.vocabulary import EventLexicon, load_lexicon

MentionKey = tuple[str, int, int]

__all__ = ["Attachment", "DateReading", "StoryOccasions", "find_occasions"]


@dataclass(frozen=True)
class Attachment:
    """The occasion a claim's clause names: its event (None when none or several
    fit), the event words, and what the clause says of the occasion."""

    mention: ev.Mention | None
    event: Event | None
    evidence: dict[str, object]
    # The earlier event this event word would be but for its place (see
    # clusters.twins): where its place is compared, and nothing else.
    twin: Event | None = None

    @property
    def event_id(self) -> str | None:
        return self.event.id if self.event is not None else None

    @property
    def subject(self) -> str:
        if self.event is not None:
            return self.event.label
        return self.mention.words if self.mention is not None else ""

    def qualifiers(self, evidence: dict[str, object] | None = None) -> dict[str, object]:
        """The qualifiers every attached claim carries (``evidence`` replaces the
        clause's own, for a claim that is itself part of it)."""
        if self.mention is None:
            return {}
        out: dict[str, object] = {
            "event_words": self.mention.words,
            "evidence": self.evidence if evidence is None else evidence,
        }
        if self.event is None:
            out["event"] = "ambiguous: more than one event fits"
        return out


@dataclass
class StoryOccasions:
    """The occasions of one story and how to attach a claim to them."""

    story: Story
    documents: list[Document]  # in name order
    events: list[Event]
    dated: list[DateReading]  # every date and clock time, in reading order
    mentions: list[ev.Mention]  # every event word, with the statements dates belong to
    lex: EventLexicon
    persons: frozenset[str]
    by_key: dict[MentionKey, Event | None] = field(default_factory=dict)
    evidence: dict[MentionKey, dict[str, object]] = field(default_factory=dict)
    found: dict[str, list[ev.Mention]] = field(default_factory=dict)  # per sentence id
    twins: dict[MentionKey, Event] = field(default_factory=dict)

    def attachment(self, mention: ev.Mention | None) -> Attachment:
        if mention is None:
            return Attachment(None, None, {})
        return Attachment(
            mention,
            self.by_key.get(mention.key),
            self.evidence.get(mention.key, {}),
            self.twins.get(mention.key),
        )

    def attach(self, sentence: Sentence, start: int, end: int, *, lasting: bool) -> Attachment:
        """The occasion of the clause holding ``start:end``; ``lasting`` claims
        (a length) attach only to occasions that can last."""
        found = self.found.get(sentence.id, [])
        mention = ev.link(start, end, lasting, sentence, found, self.lex, self.persons)
        return self.attachment(mention)

    def context(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        source: str,
        clause: tuple[int, int] | None = None,
    ) -> dict[str, Any]:
        """What a sentence says of the occasion of a claim tied to no event word
        (an amount): tense, other-occasion words, places, and the names and words
        around it. Names in ``source`` (who gives the figure) are not whose it is;
        with ``clause`` (bounds in the sentence), only the names its own clause
        gives beside the claim's words count ("Seruan PBB untuk Suriah senilai 379
        juta dolar AS dan untuk Turki ...": Suriah's, not Turki's, nor the
        currency's "AS")."""
        lex = self.lex
        words, names = ev.words_around(sentence, start, end, lex)
        cited = {
            lex.entity_aliases[m.group().lower()] for m in find_phrases(source, lex.entity_aliases)
        }
        if clause is not None:
            lo, hi = clause
            rest = sentence.text[lo : start - sentence.start] + " | "
            rest += sentence.text[end - sentence.start : hi]
            named = {
                lex.entity_aliases[m.group().lower()]
                for m in find_phrases(rest, lex.entity_aliases)
            }
            names = [n for n in names if n in named or re.search(rf"\b{re.escape(n)}\b", rest)]
        line = find_dateline(sentence.text)
        prose = sentence.text[line.end :] if line else sentence.text  # not where it was filed
        return {
            **ev.sentence_context(sentence, lex),
            "words": words,
            "participants": [n for n in names if n not in cited],
            "sentence": " ".join(re.sub(r"[\d.,]+", " ", prose.lower()).split()),
            "places": ev.places_in(prose, lex),
        }


def find_occasions(
    story: Story, docs: list[Document], sentences: dict[str, list[Sentence]]
) -> StoryOccasions:
    """The occasions of one story (see the module docstring)."""
    lex = load_lexicon()
    story_docs = sorted((d for d in docs if d.id in story.document_ids), key=lambda d: d.name)
    all_sentences = [s for d in story_docs for s in sentences[d.id]]
    persons = ev.persons_in(all_sentences, lex)
    occ = StoryOccasions(story, story_docs, [], [], [], lex, persons)
    for doc in story_docs:
        reference, ref_note = reference_for(doc, story)
        when = ArticleTime(reference, ref_note, year_hints(doc.text))
        anchor = Anchor()
        own: list[DateReading] = []
        for sent in sentences[doc.id]:
            found = ev.find_mentions(sent, lex, persons)
            occ.found[sent.id] = found
            occ.mentions.extend(found)
            for reading in read_dates(doc, sent, found, lex, persons, when, anchor):
                own.append(reading)
                occ.dated.append(reading)
                if reading.mention is not None and reading.mention.predicate:
                    occ.mentions.append(reading.mention)
        if not doc.published:
            confirm_borrowed(own, int(lexicon.load("rules", None)["evidence"]["confirm_days"]))
    confirm_by_story(occ.dated, lexicon.load("rules", None)["evidence"])
    share_anchor_basis(occ.dated)
    tenses = _tenses_from_dates(occ.dated, story)
    dates = _mention_dates(occ.dated)
    occ.events, occ.by_key = clusters.cluster(story.id, occ.mentions, lex, tenses, dates)
    occ.twins = clusters.twins(occ.events, occ.by_key, occ.mentions, dates)
    _plans_of_past_occasions(occ.dated, occ.mentions, occ.by_key, tenses)
    date_from_occasions(occ.dated, occ.found, occ.by_key, lex)
    groups = _group_antecedents(occ, sentences)
    times = _mention_times(occ.dated)
    occ.evidence = _evidence(dates, times, occ.mentions, occ.by_key, lex, groups)
    return occ


def _group_antecedents(
    occ: StoryOccasions, sentences: dict[str, list[Sentence]]
) -> dict[MentionKey, tuple[frozenset[str], bool]]:
    """Per event word whose clause opens with a group word ("kedua pihak",
    "mereka"), the parties the sentence before named as its subject, and whether
    the event word is a verb whose subject they are ("mereka bertemu"): then they
    take part, else they are only the names around it."""
    previous: dict[str, Sentence] = {}
    for doc in occ.documents:
        body = [s for s in sentences[doc.id] if s.kind == "body"]
        previous.update({s.id: p for p, s in pairwise(body)})
    out: dict[MentionKey, tuple[frozenset[str], bool]] = {}
    for m in occ.mentions:
        before = previous.get(m.sentence.id)
        if m.predicate or before is None:
            continue
        if names := ev.group_antecedent(m, before, occ.lex, occ.persons):
            out[m.key] = (names, m.words.lower().startswith(occ.lex.verb_prefixes))
    return out


def _with_group(
    evidence: dict[str, object], group: tuple[frozenset[str], bool]
) -> dict[str, object]:
    """``evidence`` with the parties a group word stands for (see
    :func:`_group_antecedents`)."""
    names, takes_part = group
    out = dict(evidence)
    out["group"] = sorted(names)  # read loosely: they may tie two claims, never part them
    out["around"] = sorted({*_names(evidence, "around"), *names})
    if takes_part:
        out["participants"] = sorted({*_names(evidence, "participants"), *names})
    return out


def _names(evidence: dict[str, object], key: str) -> list[str]:
    value = evidence.get(key)
    return [str(v) for v in value] if isinstance(value, list) else []


def _plans_of_past_occasions(
    readings: list[DateReading],
    mentions: list[ev.Mention],
    by_key: dict[MentionKey, Event | None],
    tenses: dict[object, str],
) -> None:
    """A date a preview gives an occasion that another article reports as past
    ("akan bertemu ... pada Jumat (22/7)" in the event of "bertemu ... Jumat
    (22/7)") is what was planned: it is compared with plans, never with what
    happened."""

    def tense(m: ev.Mention) -> str | None:
        return m.tense or tenses.get(m.key)

    past = {e.id for m in mentions if (e := by_key.get(m.key)) and tense(m) == "past"}
    past |= {e.id for e in by_key.values() if e is not None and e.tense == "past"}
    for r in readings:
        m = r.mention
        if m is None or r.planned or tense(m) != "future":
            continue
        event = by_key.get(m.key)
        if event is not None and event.id in past:
            r.planned = True


def _mention_dates(readings: list[DateReading]) -> dict[MentionKey, list[tuple[str, str]]]:
    """Per event word, the dates with a known year that its clause gives it."""
    out: dict[MentionKey, list[tuple[str, str]]] = {}
    for r in readings:
        rng = r.date_range
        if r.mention is None or rng is None or not rng.year_known or r.planned:
            continue
        out.setdefault(r.mention.key, []).append((rng.lo.isoformat(), rng.hi.isoformat()))
    return out


def _mention_times(readings: list[DateReading]) -> dict[MentionKey, list[int]]:
    """Per event word, the clock times its clause says it happened at (not planned)."""
    out: dict[MentionKey, list[int]] = {}
    for r in readings:
        minutes = r.date_mention.minutes
        if r.property != "time" or r.mention is None or r.planned or minutes is None:
            continue
        out.setdefault(r.mention.key, []).append(int(minutes))
    return out


def _descriptors(
    m: ev.Mention, dates: list[tuple[str, str]], times: list[int], how: str
) -> dict[str, object]:
    return {
        "kind": m.kind,
        "place": m.place,
        "participants": sorted(m.participants),
        "dates": [list(d) for d in dates],
        "times": sorted(set(times)),
        "ordinal": m.ordinal,
        "around": sorted(m.around),
        "how": how,
    }


def _evidence(
    dates: dict[MentionKey, list[tuple[str, str]]],
    times: dict[MentionKey, list[int]],
    mentions: list[ev.Mention],
    by_key: dict[MentionKey, Event | None],
    lex: EventLexicon,
    groups: dict[MentionKey, tuple[frozenset[str], bool]] | None = None,
) -> dict[MentionKey, dict[str, object]]:
    """What each event word's own clause says of its occasion (see :mod:`ledger.evidence`).

    An anaphoric mention ("pembicaraan itu") with nothing of its own takes what the
    last mention of its event in the same article said (with a date of its own, it
    keeps its dates: :func:`_with_antecedent`); in an article that speaks of a
    single occasion of a kind, every mention of it shares what all of them say.
    ``dates`` and ``times`` are the dates and clock times each event word's clause
    states (:func:`_mention_dates`, :func:`_mention_times`); ``groups`` the parties
    a group word of its clause stands for (:func:`_group_antecedents`).
    """
    out: dict[MentionKey, dict[str, object]] = {}
    by_doc: dict[str, list[ev.Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.key):
        by_doc.setdefault(m.sentence.document_id, []).append(m)
    for doc_mentions in by_doc.values():
        last: dict[str, dict[str, object]] = {}
        for m in doc_mentions:
            event = by_key.get(m.key)
            own = _descriptors(m, dates.get(m.key, []), times.get(m.key, []), "own")
            if groups and m.key in groups:  # "kedua pihak": the parties named before
                own = _with_group(own, groups[m.key])
            named = bool(m.place or own["participants"])
            bare = not (named or dates.get(m.key))
            if event is not None and bare and m.anaphoric and event.id in last:
                own = {**last[event.id], "kind": m.kind, "how": "anaphora"}
                own["times"] = sorted(set(times.get(m.key, []))) or last[event.id]["times"]
            elif event is not None and not named and m.anaphoric and event.id in last:
                own = _with_antecedent(own, last[event.id])  # "Pertemuan pada 4 Mei itu"
            out[m.key] = own
            if event is not None and not bare:
                last[event.id] = own
        _pool_single_occasions(doc_mentions, by_key, dates, times, lex, out)
    return out


def _with_antecedent(own: dict[str, object], before: dict[str, object]) -> dict[str, object]:
    """What a dated mention that says "itu" and names nobody ("Pertemuan yang
    digelar pada 4 September itu") says of its occasion: its own dates and the
    names of its clause, with the place and participants of the occasion its
    article named just before."""
    around = {*cast(list[str], own["around"]), *cast(list[str], before["around"])}
    return {
        **own,
        "place": before["place"],
        "participants": before["participants"],
        "around": sorted(around),
        "how": "anaphora",
    }


def _pool_single_occasions(
    doc_mentions: list[ev.Mention],
    by_key: dict[MentionKey, Event | None],
    dates: dict[MentionKey, list[tuple[str, str]]],
    times: dict[MentionKey, list[int]],
    lex: EventLexicon,
    out: dict[MentionKey, dict[str, object]],
) -> None:
    """In an article whose every mention of a kind of event is one event, pool
    the places, participants and dates of those mentions."""
    pools: dict[str, dict[str, Any] | None] = {}  # per kind, what its kin say together
    for m in doc_mentions:
        event = by_key.get(m.key)
        if event is None or m.predicate:
            continue
        if m.kind not in pools:
            pools[m.kind] = _pool(m.kind, doc_mentions, by_key, dates, times, lex)
        pool = pools[m.kind]
        if pool is None or pool["event"] != event:
            continue  # the article speaks of more than one such occasion
        pooled = dict(out[m.key])
        if len(pool["places"]) == 1 and not pooled["place"]:
            pooled["place"] = next(iter(pool["places"]))
        pooled["participants"] = sorted({*pool["participants"], *_names(pooled, "participants")})
        pooled["dates"] = [list(d) for d in pool["dates"]]
        pooled["times"] = pool["times"]
        if pooled != out[m.key]:
            pooled["how"] = "document"
        out[m.key] = pooled


def _pool(
    kind: str,
    doc_mentions: list[ev.Mention],
    by_key: dict[MentionKey, Event | None],
    dates: dict[MentionKey, list[tuple[str, str]]],
    times: dict[MentionKey, list[int]],
    lex: EventLexicon,
) -> dict[str, Any] | None:
    """What an article's mentions of events compatible with ``kind`` say together,
    and their one event; None when they name more than one (or an ambiguous one)."""
    kin = [
        k for k in doc_mentions if not k.predicate and clusters.compatible_kinds(k.kind, kind, lex)
    ]
    events = {by_key.get(k.key) for k in kin}
    if len(events) != 1 or None in events:
        return None
    return {
        "event": events.pop(),
        "places": {k.place for k in kin if k.place},
        "participants": sorted({p for k in kin for p in k.participants}),
        "dates": [d for k in kin for d in dates.get(k.key, [])],
        "times": sorted({t for k in kin for t in times.get(k.key, [])}),
    }


def _tenses_from_dates(readings: list[DateReading], story: Story) -> dict[object, str]:
    """A mention's tense read off its dates: the tense words between the event word
    and its date ("pertemuan puncak, kemungkinan pada bulan Juni"), else where the
    date lies (after the reference date is the future)."""
    tenses: dict[object, str] = {}
    for r in readings:
        if r.mention is not None and r.direction is not None:
            tenses[r.mention.key] = r.direction
            continue
        rng = r.date_range
        if r.mention is None or rng is None or not rng.year_known:
            continue
        if r.doc.published is None:
            continue  # a reference borrowed from another article says nothing of tense
        reference, _ = reference_for(r.doc, story)
        if reference is None:
            continue
        if rng.lo > reference:
            tenses[r.mention.key] = "future"
        elif rng.hi < reference:
            tenses[r.mention.key] = "past"
    return tenses
