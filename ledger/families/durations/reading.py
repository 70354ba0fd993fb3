"""Durations stated in Indonesian text, read as intervals of minutes.

"hampir dua jam" and "1 jam 45 menit" can only be compared once both are
numbers on one scale, and once the hedge is part of the number: "hampir" puts
the truth below the value, "lebih dari" above it. So every duration becomes an
interval ``[lo, hi]`` in minutes, with the hedge's factors from
``data/id/hedges.yaml`` and the units from ``data/id/units.yaml``.

A span of time is not always a duration claim: "seminggu lalu" and "dua hari
kemudian" date something (see :mod:`ledger.dates`), "setengah jam setelah
pertemuan" places one event after another, "setiap dua jam" is a frequency and
"berusia 78 tahun" an age. The words that say so live in
``data/id/relative_dates.yaml``; such spans are skipped. Amounts without a
number ("beberapa minggu", "berjam-jam", "selama berbulan-bulan") state nothing
checkable and are never found.

Only the length of an event is a duration claim here, and events (a call, a
meeting, talks, a summit) last minutes, hours or days: "sebulan", "dua tahun" or
"masa jabatan empat tahun" measure something else, and comparing them with "dua
jam" could only produce false contradictions. The units that can be an event's
length are ``event_length_units`` in ``data/id/units.yaml``.

Span convention: the hedge and the whole amount, nothing more ("hampir dua
jam", "lebih dari tiga jam", "1 jam 45 menit", "dua jam lebih"); a preposition
before it ("selama") is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ledger import lexicon
from ledger.hedges import Hedge, hedges, norm_words
from ledger.numbers import fraction_words, number_pattern, one_prefix, parse_number
from ledger.text import has_phrase


@dataclass(frozen=True)
class DurationMention:
    """A duration found in a text, with the interval of minutes it allows."""

    start: int  # offsets into the text given to find_durations
    end: int
    text: str  # == text[start:end]
    minutes: float  # the stated value
    lo: float  # the interval after the hedge
    hi: float
    hedge: str | None  # canonical hedge key of data/id/hedges.yaml
    reading: str  # how it was read, for an editor to check
    calendar: bool = False  # stated in days of a calendar, not in clock time
    event_length: bool = True  # in units an event's length is stated in (not weeks, months)


@cache
def _units() -> dict[str, float]:
    return {str(k).lower(): float(v) for k, v in lexicon.load("units")["units"].items()}


@cache
def _length_units() -> frozenset[str]:
    """Units in which an event's length is stated (see the module docstring)."""
    return frozenset(str(u).lower() for u in lexicon.load("units")["event_length_units"])


@cache
def _calendar_units() -> frozenset[str]:
    """Units that count days of a calendar, not the clock (see data/id/units.yaml)."""
    return frozenset(str(u).lower() for u in lexicon.load("units")["calendar_units"])


def _units_of(m: re.Match[str], parts: int) -> list[str]:
    return [(m.group(f"su{i}") or m.group(f"u{i}")).lower() for i in range(1, parts + 1)]


def _is_length(m: re.Match[str], parts: int) -> bool:
    """Whether every unit of the amount can measure an event ("dua jam", not "dua bulan")."""
    return all(u in _length_units() for u in _units_of(m, parts))


def _quantity(i: int) -> str:
    units = lexicon.alternation(list(_units()))
    se = re.escape(one_prefix())
    return (
        rf"(?:(?P<se{i}>{se})(?P<su{i}>{units})"
        rf"|(?P<n{i}>{number_pattern()})\s*(?P<u{i}>{units}))(?![\w-])"
    )


@cache
def _pattern() -> re.Pattern[str]:
    before, after = hedges()
    joiners = lexicon.alternation(list(lexicon.load("units").get("joiners", [])))
    fractions = lexicon.alternation(list(fraction_words()))
    return re.compile(
        rf"(?<![\w-])(?:(?P<hedge>{lexicon.alternation(list(before))})\s+)?"
        rf"{_quantity(1)}"
        rf"(?:\s+(?P<half>{fractions})(?![\w-]))?"
        rf"(?:\s+(?:(?:{joiners})\s+)?{_quantity(2)})?"
        rf"(?:\s+(?P<post>{lexicon.alternation(list(after))})(?![\w-]))?",
        re.IGNORECASE,
    )


@cache
def _blockers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for the words after and before an amount that make it no duration."""
    rel = lexicon.load("relative_dates")
    after = [*rel["not_duration_after"], *(w for ws in rel["markers"].values() for w in ws)]
    return (
        re.compile(rf"\s+(?:{lexicon.alternation(after)})(?![\w-])", re.IGNORECASE),
        re.compile(
            rf"(?<![\w-])(?:{lexicon.alternation(rel['not_duration_before'])})\s+$", re.IGNORECASE
        ),
    )


def _amount(m: re.Match[str], i: int) -> tuple[float, float] | None:
    """(value, minutes per unit) of quantity ``i`` of a match, or None if no number."""
    if m.group(f"se{i}"):
        return 1.0, _units()[m.group(f"su{i}").lower()]
    value = parse_number(m.group(f"n{i}"))
    return None if value is None else (value, _units()[m.group(f"u{i}").lower()])


def find_durations(text: str, *, any_unit: bool = False) -> list[DurationMention]:
    """Every duration claim in ``text``, in order of appearance.

    "satu jam setengah" adds the fraction to the first amount; a second amount
    counts only in a smaller unit ("1 jam 45 menit", not "dua jam tiga hari").
    ``any_unit``: weeks, months and years too (the term of an ultimatum or a
    mandate: :func:`term_of`), not only the units of an event's length.
    """
    after_block, before_block = _blockers()
    found = []
    pos = 0
    while m := _pattern().search(text, pos):
        pos = m.end()
        first = _amount(m, 1)
        if first is None:
            continue
        value, per = first
        end = _q_end(m, 1)
        if m.group("half"):
            value, end = value + (parse_number(m.group("half")) or 0.0), m.end("half")
        parts = [value * per]
        second = _amount(m, 2) if m.group("n2") or m.group("se2") else None
        if second is not None and second[1] < per and not m.group("half"):
            parts.append(second[0] * second[1])
            end = _q_end(m, 2)
        pos = end  # what a rejected second amount left unread is read again
        start = m.start("hedge") if m.group("hedge") else _q_start(m)
        if before_block.search(text, 0, start):
            continue
        if after_block.match(text, end) and not _freed(text, start, end, m, len(parts), any_unit):
            continue
        event_length = _is_length(m, len(parts))
        if not (any_unit or event_length):
            continue
        before, after = hedges()
        hedge = before[norm_words(m.group("hedge"))] if m.group("hedge") else None
        if hedge is None and m.group("post") and not text[end : m.start("post")].strip():
            hedge, end = after[norm_words(m.group("post"))], m.end("post")
            pos = end
        calendar = _units_of(m, 1)[0] in _calendar_units()
        found.append(_mention(text, start, end, parts, hedge, calendar, event_length))
    return found


@cache
def _words_at(key: str, *, ending: bool) -> re.Pattern[str]:
    """The words of ``key`` in data/id/units.yaml as a pattern ending a text (a
    verb right before an amount) or opening one (words right after it)."""
    words = lexicon.alternation(list(lexicon.load("units")[key]))
    if ending:
        return re.compile(rf"(?<![\w-])(?:{words})\s+$", re.IGNORECASE)
    return re.compile(rf"\s+(?:{words})(?![\w-])", re.IGNORECASE)


def _freed(text: str, start: int, end: int, m: re.Match[str], parts: int, terms: bool) -> bool:
    """Whether the words after an amount that would make it no length do not here:
    after a term, words of time to come ("mandatnya enam bulan ke depan": how far
    it runs); after a verb of lasting, an offset word opening the next clause
    ("berlangsung lebih dari enam jam sebelum ...": the length, then what came
    next), for clock time only."""
    if terms and _words_at("term_frees", ending=False).match(text, end):
        return term_of(text, start) is not None
    if any(u in _calendar_units() for u in _units_of(m, parts)):
        return False
    return bool(_words_at("lasting_verbs", ending=True).search(text, 0, start)) and bool(
        _words_at("lasting_frees", ending=False).match(text, end)
    )


def _q_start(m: re.Match[str]) -> int:
    return m.start("se1") if m.group("se1") else m.start("n1")


def _q_end(m: re.Match[str], i: int) -> int:
    return m.end(f"su{i}") if m.group(f"se{i}") else m.end(f"u{i}")


def _mention(
    text: str,
    start: int,
    end: int,
    parts: list[float],
    hedge: Hedge | None,
    calendar: bool,
    event_length: bool,
) -> DurationMention:
    minutes = round(sum(parts), 6)
    words = text[start:end]
    sum_text = " + ".join(f"{p:g}" for p in parts) + " = " if len(parts) > 1 else ""
    if hedge is None:
        reading = f"{words} = {sum_text}{minutes:g} min"
        return DurationMention(
            start, end, words, minutes, minutes, minutes, None, reading, calendar, event_length
        )
    lo, hi = round(minutes * hedge.lo, 6), round(minutes * hedge.hi, 6)
    reading = (
        f"{words} = {lo:g}–{hi:g} min ({hedge.key}: {hedge.lo * 100:g}–{hedge.hi * 100:g}% "
        f"of {sum_text}{minutes:g} min)"
    )
    return DurationMention(
        start, end, words, minutes, lo, hi, hedge.key, reading, calendar, event_length
    )


@cache
def _words(key: str) -> re.Pattern[str]:
    """The words of ``key`` in data/id/units.yaml, as a pattern of whole words (a
    phrase may open with a comma: ", lalu")."""
    words = [str(w) for w in lexicon.load("units")[key]]
    return re.compile(
        rf"(?:(?<![\w-])|(?=[,;]))(?:{lexicon.alternation(words)})(?![\w-])", re.IGNORECASE
    )


def is_planned(text: str, start: int) -> bool:
    """Whether the length at ``start`` of ``text`` is an expectation ("perkiraan ...
    empat hingga lima jam"): a word of ``planned_length`` stands at most
    ``plan_reach`` words before it, with no word of ``plan_breaks`` between."""
    plans = list(_words("planned_length").finditer(text, 0, start))
    if not plans:
        return False
    between = text[plans[-1].end() : start]
    reach = int(lexicon.load("units")["plan_reach"])
    return len(between.split()) <= reach and not _words("plan_breaks").search(between)


def of_another_activity(between: str) -> str | None:
    """The word in ``between`` (the words from an event word to a length after it)
    that gives the length to something else ("lalu makan siang", "sesi terbatas")."""
    m = _words("other_activity_between").search(between)
    return m.group() if m else None


def names_a_part(text: str) -> bool:
    """Whether ``text`` speaks of a part of an occasion ("hari pertama", "sesi")."""
    return bool(_words("part_of_occasion").search(text))


@dataclass(frozen=True)
class _TermWords:
    heads: re.Pattern[str]  # a term word, with an enclitic it may carry ("mandatnya")
    suffixes: tuple[str, ...]
    clause_break: re.Pattern[str]  # where the clause before a length opens
    reach: int
    extension: tuple[str, ...]
    given: re.Pattern[str]  # a giver, then "waktu" right before the length ("memberi junta waktu")
    given_term: str  # the term such a grant is ("tenggat")
    same: dict[str, str]  # a term word -> the word of the thing it names ("ultimatum" -> "tenggat")


@cache
def _term_words() -> _TermWords:
    spec = lexicon.load("units")
    alt = lexicon.alternation
    suffixes = tuple(spec["term_suffixes"])
    joiners = alt(list(spec["term_clause_joiners"]))
    return _TermWords(
        heads=re.compile(
            rf"(?<![\w-])(?:{alt(list(spec['term_heads']))})(?:{alt(list(suffixes))})?(?![\w-])",
            re.IGNORECASE,
        ),
        suffixes=suffixes,
        clause_break=re.compile(rf"[;:()]|,\s*(?:{joiners})\b", re.IGNORECASE),
        reach=int(spec["term_reach"]),
        extension=tuple(spec["term_extension"]),
        given=re.compile(
            rf"(?<![\w-])(?:{alt(list(spec['term_given']['givers']))})"
            rf"(?:\s+[\w-]+){{0,{int(spec['term_reach'])}}}?"
            rf"\s+(?:{alt(list(spec['term_given']['nouns']))})\s*(?:selama\s*)?$",
            re.IGNORECASE,
        ),
        given_term=str(spec["term_given"]["term"]),
        same={w.lower(): str(k) for k, ws in spec["term_same"].items() for w in ws},
    )


def term_of(text: str, start: int) -> str | None:
    """What the length at ``start`` of ``text`` is the term of: the last of
    ``term_heads`` (an enclitic of ``term_suffixes`` allowed) at most ``term_reach``
    words before it in its clause ("ultimatum satu pekan"), "perpanjangan <head>"
    when the clause extends it (``term_extension``); the term of ``term_given`` for
    time given right before it ("memberi junta waktu tujuh hari"); None when no such
    word stands there."""
    w = _term_words()
    before = w.clause_break.split(text[:start])[-1]
    if w.given.search(before):
        return w.given_term
    found = [m for m in w.heads.finditer(before) if len(before[m.end() :].split()) <= w.reach]
    if not found:
        return None
    head = found[-1].group().lower()
    head = next((head.removesuffix(s) for s in w.suffixes if head.endswith(s)), head)
    head = w.same.get(head, head)
    return f"perpanjangan {head}" if has_phrase(before, w.extension) else head
