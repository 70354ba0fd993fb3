"""Clusters: a story's event words grouped into the occasions they name.

The third step of the occasions stage (after :mod:`ledger.occasions.mentions`).
The story's first mention of a talks/meeting/call is its main event; every
other mention joins the compatible event that fits it best, or starts a new
one. Another place, another number in a series, another date with nothing else
in common, or two different pairs of participants rule an event out. A bare
event word points back to the occasion just named. Two candidates that fit
equally well are ambiguous, and the claims on such a mention are compared with
nothing: ambiguity is not a finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ledger import lexicon
from ledger.model import Event, content_id
from ledger.occasions.mentions import Mention
from ledger.vocabulary import EventLexicon


@dataclass
class _Cluster:
    kind: str
    label: str
    place: str | None
    participants: set[str]
    tense: str | None
    novel: bool
    is_main: bool
    other: bool
    ordinal: int | None = None
    level: str | None = None
    members: list[Mention] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    dates: list[tuple[str, str]] = field(default_factory=list)
    around: set[str] = field(default_factory=set)  # the names of its members' clauses
    beside: str | None = None  # held beside, before or after an occasion of this kind


def compatible_kinds(a: str, b: str, lex: EventLexicon) -> bool:
    """True when two kinds of event word may name one event (talks and a meeting)."""
    return a == b or any(a in g and b in g for g in lex.groups)


def participants_agree(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool | None:
    """True when two sets of participants name one occasion's, False when they
    name different ones ("AS-Rusia" vs "Rusia-NATO": each names two, neither
    holds the other, they share one at most), None when they say nothing either
    way. Two lists that share two names or more and each name one more ("AS,
    Israel, Mesir dan Qatar" and "AS, Mesir, Qatar, Burns") are lists read to
    different lengths: they say nothing."""
    if not a or not b:
        return None
    if min(len(a), len(b)) >= 2 and not (a <= b or b <= a):
        return None if len(a & b) >= 2 else False
    return bool(a & b) or None


def _overlap(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    return any(lo1 <= hi2 and lo2 <= hi1 for lo1, hi1 in a for lo2, hi2 in b)


def single_days_near(a: Sequence[Sequence[object]], b: Sequence[Sequence[object]]) -> bool:
    """Whether each side gives one single day (ISO ranges, as a clause's dates are
    kept), at most ``slip_days`` apart (evidence parameters): a date slip."""
    da, db = ({tuple(map(str, r)) for r in x} for x in (a, b))
    if len(da) != 1 or len(db) != 1:
        return False
    (lo_a, hi_a), (lo_b, hi_b) = next(iter(da)), next(iter(db))
    if lo_a != hi_a or lo_b != hi_b:
        return False
    try:
        gap = abs((date.fromisoformat(lo_a) - date.fromisoformat(lo_b)).days)
    except ValueError:
        return False
    return gap <= int(lexicon.load("rules", None)["evidence"]["slip_days"])


def _told_before(m: Mention, c: _Cluster, m_dates: list[tuple[str, str]]) -> bool:
    """True when an event word of one tense names the very day an occasion of the
    other tense was given in other articles: a tense is its article's, and the day
    a preview looks forward to is the day a report looks back on ("akan bertemu
    ... pada Jumat (22/7)" and "bertemu ... pada Jumat (22/7)")."""
    own = m.sentence.document_id
    if any(k.sentence.document_id == own for k in c.members):
        return False
    return bool(set(m_dates) & set(c.dates))


def _fit(m: Mention, c: _Cluster, lex: EventLexicon, m_dates: list[tuple[str, str]]) -> int | None:
    """How well mention ``m`` fits cluster ``c`` (None: it cannot be that event).

    Another place, another number in a series, or another date with nothing else
    in common rule the cluster out."""
    if m.predicate or c.kind.startswith("statement:"):
        if m.kind == c.kind and m.participants == c.participants:
            return 1
        return None
    if not all(compatible_kinds(m.kind, k, lex) for k in c.kinds):
        return None
    if m.tense and c.tense and m.tense != c.tense and not _told_before(m, c, m_dates):
        return None
    if (m.novel or m.other) and c.is_main:
        return None
    if m.other != c.other:  # "setelah pertemuan puncak G7" names an event of its own
        return None
    if m.novel != c.novel:
        return None
    if m.place and c.place and m.place != c.place:
        return None
    if m.ordinal is not None and c.ordinal is not None and m.ordinal != c.ordinal:
        return None  # "putaran kedua" is not "putaran pertama"
    if m.level is not None and c.level is not None and m.level != c.level:
        return None  # the sherpas' meeting is not the leaders' summit
    if m.beside and c.is_main and all(compatible_kinds(m.beside, k, lex) for k in c.kinds):
        return None  # "bertemu ... di sela KTT": held beside the story's occasion, not it
    if c.beside == m.kind and m.kind not in c.kinds:
        return None  # the meeting held before the conference is not the conference
    # Different participants rule an event out only when both name a pair or more
    # ("AS-Rusia" is not "Rusia-NATO"); a single name is too thin a clue.
    agree = participants_agree(m.participants, c.participants)
    if agree is False:
        return None
    needed = int(lexicon.load("rules", None)["evidence"]["participants_needed"])
    shared = len(m.participants & c.participants)
    # The names of both clauses count too ("dilontarkan Biden dalam percakapan
    # telepon dengan Putin" is a Biden-Putin call), as in ledger.evidence.
    around = len(m.around & c.around) >= needed and participants_agree(m.around, c.around)
    # The place alone outweighs another date for the story's own occasion, or for
    # another one named by the same kind of event word and marked alike ("pertemuan
    # dewan di Brussel" of 5 and of 6 Mei: a slip); an earlier occasion or one of
    # another kind in the same city is another occasion when its date differs
    # ("Sebelumnya, pertemuan para menteri ... di Koror pada 3 September" is not
    # the meeting in Koror of 11 September; the heads of delegation meeting in
    # Bonn on 7 June is not the conference in Bonn).
    # Two tellings of one earlier occasion ("Sebelumnya, kedua pemimpin bertemu di
    # Brussel pada 27 Februari" and "... sebelumnya bertemu di Brussel pada Selasa
    # (28/2)") are one when a day or two apart: a slip, which the evidence of
    # each pair weighs again (ledger.evidence, ``slip_days``).
    earlier_alike = m.other and c.other and single_days_near(m_dates, c.dates)
    same_place = bool(m.place and m.place == c.place) and (
        c.is_main or (m.kind in c.kinds and (not (m.other or c.other) or earlier_alike))
    )
    strong = same_place or bool(agree and shared >= needed) or bool(around)
    if m_dates and c.dates and not _overlap(m_dates, c.dates) and not strong:
        return None  # another date, and nothing else says it is the same occasion
    score = 2 * int(bool(m.place and m.place == c.place))
    score += len(m.participants & c.participants) + int(m.kind == c.kind)
    score += 2 * int(bool(m_dates and c.dates and _overlap(m_dates, c.dates)))
    return score


def cluster(
    story_id: str,
    mentions: list[Mention],
    lex: EventLexicon,
    tenses: dict[Any, str],
    dates: dict[tuple[str, int, int], list[tuple[str, str]]] | None = None,
) -> tuple[list[Event], dict[tuple[str, int, int], Event | None]]:
    """Group a story's mentions (in reading order) into events.

    ``tenses`` gives, per mention key, a tense read off the dates linked to it
    (a date after the publication is in the future); a tense word in the text wins.
    ``dates`` gives, per mention key, the dates its clause states (ISO ranges).
    Returns the events and, per mention key, its event (None: ambiguous).
    """
    dates = dates or {}
    clusters: list[_Cluster] = []
    assigned: dict[tuple[str, int, int], _Cluster | None] = {}
    resolved = [replace(m, tense=m.tense or tenses.get(m.key)) for m in mentions]
    main = next(
        (
            m
            for m in resolved
            if m.kind in lex.main_kinds and not (m.novel or m.other) and m.tense != "future"
        ),
        None,
    )
    if main is not None:
        clusters.append(_new_cluster(main, is_main=True, dates=dates.get(main.key, [])))
        assigned[main.key] = clusters[0]
        clusters[0].tense = clusters[0].tense or "past"
    by_doc: dict[str, list[Mention]] = {}
    for m in sorted(resolved, key=lambda m: m.start):
        by_doc.setdefault(m.sentence.document_id, []).append(m)
    place = {m.key: i for doc in by_doc.values() for i, m in enumerate(doc)}
    for m in resolved:
        if m.key in assigned:
            continue
        m_dates = dates.get(m.key, [])
        doc = by_doc[m.sentence.document_id]
        before = _antecedent(m, doc[: place[m.key]], assigned, lex, m_dates, dates)
        if before is not None:
            assigned[m.key] = assigned[before.key]
            if assigned[m.key] is not None:
                assigned[m.key].members.append(m)  # type: ignore[union-attr]
            continue
        fits = [(f, c) for c in clusters if (f := _fit(m, c, lex, m_dates)) is not None]
        if not fits:
            clusters.append(_new_cluster(m, is_main=False, dates=m_dates))
            assigned[m.key] = clusters[-1]
            continue
        best = max(f for f, _ in fits)
        top = [c for f, c in fits if f == best]
        if len(top) > 1:
            mains = [c for c in top if c.is_main]
            top = mains if mains and not (m.place or m.participants) else top
        if len(top) > 1 and m_dates:
            top = _nearest_in_time(top, m_dates)
        if len(top) > 1:
            told = _told_in_its_article(m, top, m_dates)
            if len(told) == 1:
                told[0].members.append(m)  # one it fits no better than others: it joins
                assigned[m.key] = told[0]  # but does not reshape it
                continue
            assigned[m.key] = None  # ambiguous: compared with nothing
            continue
        _join(top[0], m, m_dates)
        assigned[m.key] = top[0]
    events: dict[int, Event] = {}
    for c in clusters:
        first = c.members[0]
        eid = content_id(story_id, first.sentence.document_id, first.start, c.kind)
        events[id(c)] = Event(
            id=eid,
            story_id=story_id,
            kind=c.kind,
            label=_label(c),
            place=c.place,
            participants=tuple(sorted(c.participants)),
            tense=c.tense,
            is_main=c.is_main,
        )
    by_key = {k: (events[id(c)] if c is not None else None) for k, c in assigned.items()}
    return list(events.values()), by_key


def _join(c: _Cluster, m: Mention, m_dates: list[tuple[str, str]]) -> None:
    """Mention ``m`` joins cluster ``c``, which takes in what it says of the occasion."""
    c.members.append(m)
    c.kinds.add(m.kind)
    c.level = c.level or m.level
    c.place = c.place or m.place
    c.participants |= m.participants
    c.around |= m.around
    c.tense = c.tense or m.tense
    c.dates.extend(m_dates)


def _days_between(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> int | None:
    """The fewest days between any range of ``a`` and any of ``b`` (0 when they meet)."""
    gaps = [
        max(0, (date.fromisoformat(lo2) - date.fromisoformat(hi1)).days,
            (date.fromisoformat(lo1) - date.fromisoformat(hi2)).days)
        for lo1, hi1 in a
        for lo2, hi2 in b
    ]  # fmt: skip
    return min(gaps) if gaps else None


def _nearest_in_time(top: list[_Cluster], m_dates: list[tuple[str, str]]) -> list[_Cluster]:
    """Of occasions that fit a dated mention equally well, the one whose dates lie
    within a few days of its own, when every other lies more than ``far_apart_days``
    away ("pertemuan ... di Jenewa, Rabu (14/5)" is the Geneva meeting of 15-16 May,
    not the Geneva meeting planned for the next year). Otherwise all of them: a tie
    stays ambiguous."""
    params = lexicon.load("rules", None)["evidence"]
    near, far = int(params["near_days"]), int(params["far_apart_days"])
    gaps = [(_days_between(m_dates, c.dates), c) for c in top]
    close = [c for g, c in gaps if g is not None and g <= near]
    distant = [c for g, c in gaps if g is not None and g > far]
    return close if len(close) == 1 and len(close) + len(distant) == len(top) else top


def _told_in_its_article(
    m: Mention, top: list[_Cluster], m_dates: list[tuple[str, str]]
) -> list[_Cluster]:
    """Of occasions that fit a mention equally well, the one its own article has
    already told, when it has told only one of them: an article that has named
    "KTT luar biasa ECOWAS di Abuja" means that summit by its next "KTT", not
    the other summit in Abuja that only other articles tell, when it names no
    participant that occasion lacks ("perundingan nuklir Iran 2015" in an
    article on the US-Russia dialogue is another). Otherwise all of them: a tie
    stays ambiguous, as it does when the dates its own clause gives
    lie within the days of several of them (the clause mixes two occasions)."""
    if m_dates and sum(_overlap(m_dates, c.dates) for c in top) > 1:
        return top
    own = m.sentence.document_id
    told = [c for c in top if any(k.sentence.document_id == own for k in c.members)]
    if len(told) != 1 or not m.participants <= told[0].participants:
        return top  # who it names that the occasion does not: it may be another
    return told


def _antecedent(
    m: Mention,
    earlier: list[Mention],
    assigned: dict[tuple[str, int, int], _Cluster | None],
    lex: EventLexicon,
    m_dates: list[tuple[str, str]],
    dates: dict[MentionKey, list[tuple[str, str]]],
) -> Mention | None:
    """The earlier mention a bare one points back to: a mention that names nothing
    of its own (no place, participants, date or number) is the occasion just named
    before it in the same sentence ("dialog ... di Jenewa, dalam pertemuan tertutup
    yang berlangsung hampir lima jam"), or, when it says "itu"/"tersebut", the last
    one of a compatible kind in the same article ("Percakapan ... itu"). A mention
    that says "itu" and gives only a date ("Pertemuan yang digelar pada 4 September
    itu") points back the same way, when its article dates that occasion nowhere
    else or alike: the date is the one the article gives the occasion just named.
    ``earlier`` are the mentions of its article before it, in reading order."""
    named = m.place or m.participants or m.ordinal is not None
    if named or (m_dates and not m.anaphoric) or m.predicate or m.other or m.novel:
        return None
    for k in reversed(earlier):  # the nearest first: its article's mentions before it
        if k.sentence.id != m.sentence.id and not m.anaphoric:
            return None  # only "itu"/"tersebut" reaches back past its own sentence
        if k.key in assigned and not k.predicate and compatible_kinds(k.kind, m.kind, lex):
            if m_dates and not _dated_alike(k, assigned[k.key], m_dates, dates):
                return None  # "Pertemuan pada 5 Mei itu" after one of 4 Mei: not that one
            return k
    return None


def _dated_alike(
    k: Mention,
    c: _Cluster | None,
    m_dates: list[tuple[str, str]],
    dates: dict[MentionKey, list[tuple[str, str]]],
) -> bool:
    """Whether the dates the article of ``k`` gives the occasion of ``k`` (its
    own mentions of that occasion) are none or overlap ``m_dates``."""
    if c is None:
        return False
    own = k.sentence.document_id
    told = [d for x in c.members if x.sentence.document_id == own for d in dates.get(x.key, [])]
    return not told or _overlap(m_dates, told)


def _new_cluster(m: Mention, is_main: bool, dates: list[tuple[str, str]]) -> _Cluster:
    return _Cluster(
        kind=m.kind,
        label=m.words,
        place=m.place,
        participants=set(m.participants),
        tense=m.tense,
        novel=m.novel,
        is_main=is_main,
        other=m.other,
        ordinal=m.ordinal,
        level=m.level,
        members=[m],
        kinds={m.kind},
        dates=list(dates),
        around=set(m.around),
        beside=m.beside,
    )


def _label(c: _Cluster) -> str:
    parts = [c.label.lower() if not c.kind.startswith("statement:") else c.label]
    if c.participants and not c.kind.startswith("statement:"):
        parts.append("(" + ", ".join(sorted(c.participants)) + ")")
    if c.place:
        parts.append(f"di {c.place}")
    if c.ordinal is not None:
        parts.append(f"[ke-{c.ordinal}]")
    if c.novel:
        parts.append("[berikutnya]")
    return " ".join(parts)


MentionKey = tuple[str, int, int]


def _identity(m: Mention, dates: list[tuple[str, str]]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """What a placed event word says of which occasion it is, but for its place:
    its kind and the exact days its own clause gives it."""
    return m.kind, tuple(sorted(set(dates)))


def _twin(m: Mention, n: Mention, needed: int) -> bool:
    """True when two event words of the same kind and the same exact days (the
    caller's grouping) agree on everything else that identifies an occasion
    and only their places tell them apart: the same number in a series
    ("KTT luar biasa kedua"), or the same participants (at least ``needed``);
    no marker of another or a further occasion, no other tense; and two places
    in two different countries, so that neither holds the other (a city and its
    country, a venue and its city)."""
    if m.other or n.other or m.novel or n.novel or m.predicate or n.predicate:
        return False
    if m.tense and n.tense and m.tense != n.tense:
        return False
    if not (m.place and n.place and m.place != n.place):
        return False
    if not (m.country and n.country and m.country != n.country):
        return False
    if m.ordinal is not None or n.ordinal is not None:
        return m.ordinal == n.ordinal
    shared = m.participants & n.participants
    return bool(participants_agree(m.participants, n.participants)) and len(shared) >= needed


def twins(
    events: list[Event],
    by_key: dict[MentionKey, Event | None],
    mentions: list[Mention],
    dates: dict[MentionKey, list[tuple[str, str]]],
) -> dict[MentionKey, Event]:
    """Per placed event word, the one earlier event it would be but for its
    place (:func:`_twin`): "KTT luar biasa kedua di Abuja, Nigeria, Kamis (10/8)"
    and "KTT luar biasa kedua yang digelar di Accra, Ghana, Kamis (10/8)" are one
    summit told in two places. Only the place of such an event word is compared
    with that event's; its other claims stay with its own event (a wrong place
    says nothing of whether the dates are of one occasion)."""
    needed = int(lexicon.load("rules", None)["evidence"]["participants_needed"])
    order = {e.id: i for i, e in enumerate(events)}
    groups: dict[tuple[str, tuple[tuple[str, str], ...]], list[Mention]] = {}
    for m in mentions:
        if m.place and dates.get(m.key) and by_key.get(m.key) is not None:
            groups.setdefault(_identity(m, dates[m.key]), []).append(m)
    out: dict[MentionKey, Event] = {}
    for group in groups.values():
        for m in group:
            own = by_key[m.key]
            assert own is not None
            found = {
                e.id: e
                for n in group
                if (e := by_key[n.key]) is not None
                and order[e.id] < order[own.id]
                and _twin(m, n, needed)
            }
            if len(found) == 1:
                out[m.key] = next(iter(found.values()))
    return out
