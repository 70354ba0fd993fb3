"""Quantities: money and counts, read as intervals like durations.

"$ 11 miliar" is 11,000,000,000 USD; "3.000 hingga 4.000 pengungsi" is
3,000–4,000 refugees; "lebih dari 5.000 pengungsi" is 5,000–15,000 (hedges of
``data/id/hedges.yaml``, read more widely for counts in ``quantities.yaml``);
"beberapa kapal" is 2–9 ships, "ribuan" a thousand or more.

Two figures are compared only when they count the same thing at the same time,
so each claim carries:

- its **subject**: the counted noun with what happened to it ("orang tewas",
  "diplomat diusir"); a noun that says nothing of whom it counts ("orang") is no
  claim without such a state. Money's subject is the nearest known entity before
  it ("pipa Nord Stream 2 senilai $ 11 miliar");
- its **time** (qualifier ``time``): "total" for a cumulative figure ("sejauh
  ini"), the words of a period ("kemarin", "pada hari pertama"), or none;
- its **source** (qualifiers ``source`` and ``source_text``) when the sentence
  attributes it ("menurut UNHCR", ", kata polisi", "Data PBB menyebutkan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ledger import lexicon
from ledger.claims import make_claim
from ledger.hedges import Hedge, hedges, norm_words
from ledger.model import Claim, Document, Sentence
from ledger.numbers import number_pattern, parse_number, stated_unit
from ledger.text import find_phrases, has_phrase, phrase_pattern
from ledger.vocabulary import known_entities, load_lexicon, verb_like


@dataclass(frozen=True)
class QuantityData:
    pattern: re.Pattern[str]
    currency_of: dict[str, str]
    money_heads: tuple[str, ...]  # what a sum is of, named before it ("nilai perdagangan")
    rate_heads: dict[str, str]  # a word before a percentage -> the rate it names
    relative_markers: tuple[str, ...]  # ", yang ...,": a relative clause with its own time
    function_words: frozenset[str]  # words after a rate that keep it a rate (not a share)
    clause_joiners: tuple[str, ...]  # words that open a new clause ("dan", "sementara")
    coordinators: frozenset[str]  # joiners that join two amounts ("35 pesawat dan delapan kapal")
    amount_start: re.Pattern[str]  # an amount opening a text ("delapan kapal")
    vague: dict[str, tuple[float, float]]
    between_joiner: str
    generic: frozenset[str]
    generic_qualifiers: frozenset[str]  # "keluarga nelayan": whom a generic noun counts
    states: dict[str, str]  # lower-cased state words after the noun -> state
    state_verbs: dict[str, str]  # lower-cased verbs before the amount -> state
    state_gap: tuple[str, ...]
    origin: re.Pattern[str]  # "dari tujuh desa ...": where the counted come from
    count_hedges: dict[str, tuple[float, float]]
    whole_before: re.Pattern[str]  # "22 dari" before an amount: it is the whole
    about_within: float  # "sekitar N" lies within this many units of N's last digit
    totals: tuple[str, ...]
    standing: tuple[str, ...]  # "kini menampung": an unmarked figure that holds now
    periods: tuple[str, ...]
    deictic: frozenset[str]
    distance: re.Pattern[str]  # "dua hari sebelumnya", "dibanding tahun sebelumnya"
    year_written: re.Pattern[str]  # "pada 2022"
    year_shifts: dict[str, int]  # "tahun lalu": -1
    ordinal: re.Pattern[str]  # "anggota ke-167"
    ordinal_unit: str  # "urutan {noun}"
    ordinal_reach: int  # how many words before it the party is named


@dataclass(frozen=True)
class SourceWords:
    before: tuple[str, ...]
    after: tuple[str, ...]
    verbs: tuple[str, ...]
    drop: frozenset[str]
    max_words: int


# A sum of money whose thing the sentence does not name: kept, compared with nothing.
UNKNOWN_AMOUNT = "amount"


@cache
def data(lang: str = lexicon.DEFAULT_LANGUAGE) -> QuantityData:
    q = lexicon.load("quantities", lang)
    currency_of = {c.lower(): code for code, marks in q["currencies"].items() for c in marks}
    # Marks are matched case-insensitively; keep their written forms for the pattern.
    marks = [c for ms in q["currencies"].values() for c in ms]
    vague = {k.lower(): (float(v[0]), float(v[1])) for k, v in q["vague_counts"].items()}
    before, _ = hedges()
    alt = lexicon.alternation
    number = number_pattern(lang)
    seps = [*q["range_separators"], q["range_between_joiner"]]
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<between>{alt([q['range_between']])})\s+)?"
        rf"(?:(?P<hedge>{alt(list(before))})\s+)?"
        rf"(?:(?P<cur>{alt(marks)})\s*)?"
        rf"(?:(?P<num>{number})(?:\s*(?P<sep>{alt(seps)})\s*(?P<num2>{number}))?"
        rf"|(?P<vague>{alt(list(vague))}))"
        rf"(?:\s+(?P<noun>{alt(q['counted_nouns'])})|\s+(?P<cur2>{alt(marks)})"
        rf"|\s*(?P<rate>{alt(q['rate_units'])}))?(?!\w)",
        re.IGNORECASE,
    )

    def table(section: dict[str, list[str]]) -> dict[str, str]:
        return {w.lower(): key for key, words in section.items() for w in words}

    scopes = q["time_scopes"]
    return QuantityData(
        pattern=pattern,
        currency_of=currency_of,
        money_heads=tuple(q["money_heads"]),
        rate_heads=table(q["rate_heads"]),
        relative_markers=tuple(lexicon.load("events", lang)["relative_markers"]),
        function_words=frozenset(
            w.lower() for w in [*lexicon.load("stopwords", lang)["stopwords"], *q["rate_followers"]]
        ),
        clause_joiners=tuple(q["clause_joiners"]),
        coordinators=frozenset(w.lower() for w in q["amount_coordinators"]),
        amount_start=re.compile(
            rf"\s*(?:{number}|{alt(list(vague))})\s+(?:{alt(q['counted_nouns'])})(?!\w)",
            re.IGNORECASE,
        ),
        vague=vague,
        between_joiner=str(q["range_between_joiner"]).lower(),
        generic=frozenset(w.lower() for w in q["generic_nouns"]),
        generic_qualifiers=frozenset(w.lower() for w in q["generic_qualifiers"]),
        states=table(q["states"]),
        state_verbs=table(q["state_verbs"]),
        state_gap=tuple(q["state_gap"]),
        origin=re.compile(
            rf"\s*(?:{alt(q['origin_words'])})((?:\s+[^\s,;.]+){{1,{int(q['origin_max_words'])}}})",
            re.IGNORECASE,
        ),
        count_hedges={k: (float(v[0]), float(v[1])) for k, v in q["count_hedges"].items()},
        whole_before=re.compile(rf"(?:{number})\s+(?:{alt(q['part_of'])})\s*$", re.IGNORECASE),
        about_within=float(q["about_within_units"]),
        totals=tuple(scopes["total"]),
        standing=tuple(scopes["standing"]),
        periods=tuple(scopes["period"]),
        deictic=frozenset(w.lower() for w in scopes["deictic"]),
        distance=re.compile(
            rf"(?<!\w)(?:{alt(q['time_distance']['units'])})\s+"
            rf"(?:{alt(q['time_distance']['after'])})(?!\w)",
            re.IGNORECASE,
        ),
        year_written=re.compile(
            rf"(?<!\w)(?:{alt(q['year_words'])})\s+((?:19|20)\d\d)(?!\w)", re.IGNORECASE
        ),
        year_shifts={norm_words(k): int(v) for k, v in q["year_shifts"].items()},
        ordinal=re.compile(
            rf"(?<!\w)(?P<noun>{alt(q['ordinals']['nouns'])})\s+"
            rf"{re.escape(q['ordinals']['marker'])}(?P<num>\d+)\s+(?P<org>[\w-]+)",
            re.IGNORECASE,
        ),
        ordinal_unit=str(q["ordinals"]["unit"]),
        ordinal_reach=int(q["ordinals"]["reach"]),
    )


@cache
def source_words(lang: str = lexicon.DEFAULT_LANGUAGE) -> SourceWords:
    s = lexicon.load("quantities", lang)["sources"]
    return SourceWords(
        before=tuple(s["before"]),
        after=tuple(s["after"]),
        verbs=tuple(s["verbs"]),
        drop=frozenset(w.lower() for w in s["drop"]),
        max_words=int(s["max_words"]),
    )


def canonical_source(words: str) -> str | None:
    """The source named by ``words``: "Badan Pengungsi PBB (UNHCR)" -> "UNHCR",
    "intelijen Amerika Serikat" -> "intelijen AS", "data PBB" -> "PBB"."""
    sw = source_words()
    known = known_entities()
    found = find_phrases(words, known)
    names = {known[m.group().lower()] for m in found}
    rest = words
    for m in reversed(found):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    left = [w for w in re.findall(r"\w[\w-]*", rest) if w.lower() not in sw.drop]
    if len(names) == 1 and not left:
        return names.pop()
    out = words
    for m in reversed(found):
        out = out[: m.start()] + known[m.group().lower()] + out[m.end() :]
    kept = [w for w in re.findall(r"\w[\w-]*", out) if w.lower() not in sw.drop]
    return " ".join(kept) if kept else None


def _words_until_boundary(text: str, limit: int) -> str:
    """The words opening ``text`` up to a comma, full stop, "bahwa" or a number."""
    span = re.split(r"[,.;:()]|\bbahwa\b|\d", text, maxsplit=1)[0]
    words = span.split()
    return " ".join(words[:limit]) if len(words) <= limit else ""


def attribution(text: str) -> tuple[str, str] | None:
    """Who a sentence says gives its figures: (source, the words naming it), or None."""
    sw = source_words()
    for m in find_phrases(text, sw.before):
        named = _words_until_boundary(text[m.end() :], sw.max_words)
        source = canonical_source(named) if named else None
        if source:
            return source, f"{m.group()} {named}"
    for m in find_phrases(text, sw.after):
        if not re.search(r",\s*$", text[: m.start()]):
            continue  # ", kata polisi" closes a statement; "kata" elsewhere is a word
        named = _words_until_boundary(text[m.end() :], sw.max_words)
        source = canonical_source(named) if named else None
        if source:
            return source, f"{m.group()} {named}"
    for m in find_phrases(text, sw.verbs):
        head = re.split(r"[,;:]", text[: m.start()])[-1].split()
        if 0 < len(head) <= sw.max_words:
            source = canonical_source(" ".join(head))
            if source:
                return source, f"{' '.join(head)} {m.group()}"
    return None


def time_scope(text: str, published: str | None) -> str | None:
    """ "total", the words of a period ("pada hari pertama"), or None (unmarked).

    Words said relative to the day of writing carry that day ("kemarin@2021-07-29"):
    yesterday of two days of publication is two days.
    """
    d = data()
    if find_phrases(text, d.totals):
        return "total"
    period = find_phrases(text, d.periods)
    if not period:
        return None
    words = norm_words(period[0].group())
    return f"{words}@{published}" if words in d.deictic and published else words


def year_of(own_clause: str, when: str | None) -> int | None:
    """The calendar year a figure holds for when its time is unmarked or a year:
    written in its clause ("pada 2022") or counted from the day of writing
    ("tahun lalu@2023-03-08" is 2022); else None."""
    d = data()
    words, _, published = (when or "").partition("@")
    if when is not None and words not in d.year_shifts:
        return None
    written = d.year_written.search(own_clause)
    if written:
        return int(written.group(1))
    if published[:4].isdigit():
        return int(published[:4]) + d.year_shifts[words]
    return None


def steps_back(text: str, after: int) -> bool:
    """Whether a sentence speaks of another occasion (its words of another
    occasion, ``data/id/events.yaml``) once the time distances after an amount
    ending at ``after`` are set aside ("diluncurkan dua hari sebelumnya")."""
    ev = lexicon.load("events", lexicon.DEFAULT_LANGUAGE)
    tail = data().distance.sub(" ", text[after:])
    rest = text[:after] + tail
    opener = find_phrases(rest[:30], ev["other_occasion_openers"])
    return has_phrase(rest, ev["other_occasion_words"]) or bool(opener and opener[0].start() <= 2)


@lru_cache(maxsize=256)
def _clause_marks(text: str) -> tuple[int, ...]:
    """Where the clauses of a sentence break (read once per sentence)."""
    marks = [i for i, ch in enumerate(text) if ch == ";"]  # a comma after "Kemarin" is no clause
    marks += [
        m.start() for m in find_phrases(text, data().clause_joiners) if not _joins_amounts(text, m)
    ]
    return tuple(marks)


def _joins_amounts(text: str, joiner: re.Match[str]) -> bool:
    """Whether a joiner joins two amounts of one clause ("35 pesawat militer dan
    delapan kapal perang ... hingga pukul 17.00"), not two clauses ("..., dan
    total lebih dari 570.000 orang ...")."""
    d = data()
    after_comma = text[: joiner.start()].rstrip().endswith(",")
    if joiner.group().lower() not in d.coordinators or after_comma:
        return False
    return d.amount_start.match(text, joiner.end()) is not None


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of ``text`` around ``start:end`` begins and ends: between
    semicolons and the conjunctions of ``clause_joiners``, and inside a relative
    clause set off by commas (", yang menurut pernyataannya mengunjungi 251 TPS
    pada hari pemungutan suara, ..."), which has its own time."""
    marks = _clause_marks(text)
    lo = max([0, *(i for i in marks if i < start)])
    hi = min([len(text), *(i for i in marks if i >= end)])
    relative = _relative_clause(text, start, end)
    if relative is not None:
        lo, hi = max(lo, relative[0]), min(hi, relative[1])
    return lo, hi


def _relative_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a relative clause between commas (", yang ... ,") holding
    ``start:end``, or None."""
    opening = text.rfind(",", 0, start)
    closing = text.find(",", end)
    if opening < 0 or closing < 0:
        return None
    if not has_phrase(" ".join(text[opening + 1 : start].split()[:1]), data().relative_markers):
        return None
    return opening + 1, closing


def clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` around ``start:end`` (see :func:`clause_bounds`)."""
    lo, hi = clause_bounds(text, start, end)
    return text[lo:hi]


def _state(text: str, m: re.Match[str]) -> str | None:
    """What happened to the counted: the state after the noun or the verb before the amount."""
    d = data()
    tail = text[m.end() :]
    gap = phrase_pattern(tuple(sorted(d.state_gap)))
    pos = 0
    for _ in range(3):
        pos += len(tail[pos:]) - len(tail[pos:].lstrip())
        state = phrase_pattern(tuple(sorted(d.states))).match(tail[pos:])
        if state is not None:
            return d.states[state.group().lower()]
        skip = gap.match(tail[pos:])
        if skip is None:
            return _state_after_origin(tail[pos:]) or _state_before(text, m)
        pos += skip.end()
    return _state_before(text, m)


def _state_after_origin(tail: str) -> str | None:
    """The state after where the counted come from ("dari tujuh desa di dekat LoC
    mengungsi"), within the origin's words and before a clause joiner."""
    d = data()
    origin = d.origin.match(tail)
    if origin is None:
        return None
    words = origin.group(1)
    joiner = find_phrases(words, d.clause_joiners)
    words = words[: joiner[0].start()] if joiner else words
    found = find_phrases(words, d.states)
    return d.states[found[0].group().lower()] if found else None


def _state_before(text: str, m: re.Match[str]) -> str | None:
    """The state said by the verb right before the amount ("menewaskan 30 orang")."""
    d = data()
    before = re.search(r"(\w[\w-]*)\s*$", text[: m.start()])
    return d.state_verbs.get(before.group(1).lower()) if before else None


def _whom(text: str, m: re.Match[str]) -> str | None:
    """The people a generic noun counts, named right after it: "warga India",
    "keluarga nelayan" (or None: "30 orang" of whom?)."""
    after = re.match(r"\s+([\w-]+)", text[m.end() :])
    if after is None:
        return None
    word = after.group(1)
    qualifies = word[:1].isupper() or word.lower() in data().generic_qualifiers
    return word.lower() if qualifies else None


@cache
def _count_head() -> re.Pattern[str]:
    """The pattern of ``count_heads`` in data/id/quantities.yaml ending the words
    before an amount: "jumlah pengunjung ... mencapai"."""
    q = lexicon.load("quantities")["count_heads"]
    alt = lexicon.alternation
    return re.compile(
        rf"(?<![\w-])(?i:{alt(q['heads'])})\s+(?P<whom>[a-z][\w-]*)"
        rf"(?P<between>(?:\s+[^\s,;]+){{0,{int(q['reach'])}}}?)"
        rf"\s+(?i:{alt(q['links'])})\s+$"
    )


def _headed(before: str) -> str | None:
    """Whom a generic noun counts, named by the head of its clause ("jumlah
    pengunjung ... mencapai 124.600 orang" -> "pengunjung"; "korban tewas
    bertambah menjadi 42 orang" -> "tewas"), or None."""
    m = _count_head().search(before[-300:])
    if m is None or find_phrases(m.group("between"), data().clause_joiners):
        return None
    whom = m.group("whom").lower()
    return data().states.get(whom, whom)  # "korban meninggal ... 42 orang": the dead


def written_digits(m: re.Match[str]) -> str | None:
    """The digits of a single figure written in digits ("39,8 miliar" -> "398"),
    or None (a range, a number in words, a vague count)."""
    num = m.group("num")
    if not num or m.group("num2") or not num[0].isdigit():
        return None
    return re.sub(r"\D", "", num.split()[0])


def _interval(m: re.Match[str], hedge: Hedge | None) -> tuple[float, float, str, float] | None:
    """The amount's interval, how it was read, and the unit of its last stated
    digit (:func:`ledger.numbers.stated_unit`), or None when it cannot be read."""
    d = data()
    if m.group("vague"):
        lo, hi = d.vague[norm_words(m.group("vague"))]
        # "ribuan" is an interval of its own: nothing to round beyond it.
        return lo, hi, f"'{m.group('vague')}' = {lo:,.0f}–{hi:,.0f}", 1.0
    value = parse_number(m.group("num"))
    if value is None:
        return None
    lo = hi = value
    how = f"{value:,.0f}"
    if m.group("num2"):
        if m.group("sep").lower() == d.between_joiner and not m.group("between"):
            return None  # "3 dan 4" without "antara" is two numbers, not a range
        high = parse_number(m.group("num2"))
        if high is None:
            return None
        scale = m.group("num2").split()[-1]
        if not scale[0].isdigit() and m.group("num").split()[-1][0].isdigit():
            lo *= parse_number(f"1 {scale}") or 1.0  # "3-4 ribu" is 3,000-4,000
        if high < lo:
            return None
        hi = high
        how = f"{lo:,.0f}–{hi:,.0f}"
    unit = min(stated_unit(lo), stated_unit(hi))
    if hedge is not None:
        f_lo, f_hi = d.count_hedges.get(hedge.key, (hedge.lo, hedge.hi))
        stated_lo, stated_hi = lo, hi
        lo, hi = lo * f_lo, hi * f_hi
        if f_lo < 1 < f_hi:  # "sekitar 28.500": about, to the precision the writer gave
            lo = max(lo, stated_lo - d.about_within * unit)
            hi = min(hi, stated_hi + d.about_within * unit)
        how += f", {hedge.key}: {lo:,.0f}–{hi:,.0f}"
    return lo, hi, how, unit


def quantity_claims(
    docs: list[Document], sentences: dict[str, list[Sentence]], story_of: dict[str, str]
) -> list[Claim]:
    """A ``quantity`` claim for every sum of money and every count of a known thing."""
    d = data()
    before_hedges, _ = hedges()
    names = known_entities()
    claims = []
    for doc in docs:
        published = doc.published.isoformat() if doc.published else None
        for sent in sentences[doc.id]:
            said = attribution(sent.text)
            for m in d.pattern.finditer(sent.text):
                if d.whole_before.search(sent.text[max(0, m.start() - 40) : m.start()]):
                    continue  # "22 dari 27 negara": the whole, not a count of the claim
                currency = m.group("cur") or m.group(
                    "cur2"
                )  # "US$ 17,6 miliar", "17,6 miliar dolar AS"
                rate = _rate_of(sent.text, m, d) if m.group("rate") else None
                if not (currency or m.group("noun") or rate):
                    continue
                if m.group("vague") and not m.group("noun"):
                    continue
                hedge = (
                    before_hedges.get(norm_words(m.group("hedge"))) if m.group("hedge") else None
                )
                read = _interval(m, hedge)
                if read is None:
                    continue
                lo, hi, how, stated = read
                if currency:
                    unit = d.currency_of[currency.lower()]
                    entity = find_phrases(sent.text[: m.start()], names)
                    head = find_phrases(sent.text[: m.start()], d.money_heads)
                    # What the sum is of: its head word ("nilai perdagangan
                    # Indonesia-Australia ... 17,6 miliar" is trade), else the
                    # entity named before it (a project, a treaty).
                    party = None if head or not entity else names[entity[-1].group().lower()]
                    subject = head[-1].group().lower() if head else party or UNKNOWN_AMOUNT
                elif rate:
                    party, unit, subject = None, "persen", f"{rate} persen"
                else:
                    party = None
                    unit = m.group("noun").lower()
                    state = _state(sent.text, m)
                    if state is None and unit in d.generic:
                        state = _whom(sent.text, m) or _headed(sent.text[: m.start()])
                        if state is None:
                            continue  # "30 orang": of whom?
                    subject = f"{unit} {state}" if state else unit
                start, end = sent.start + m.start(), sent.start + m.end()
                qualifiers: dict[str, Any] = {
                    **_scope(sent.text, m, said, published, story_of[doc.id]),
                    "hedge": hedge.key if hedge else None,
                    "stated_unit": stated,
                    "digits": written_digits(m),
                    "party": party,
                }
                claims.append(
                    make_claim(
                        sent,
                        "quantity",
                        start,
                        end,
                        subject=subject,
                        value_text=m.group(),
                        value_lo=lo,
                        value_hi=hi,
                        unit=unit,
                        normalised=f"{m.group()} = {how} {unit}",
                        qualifiers=qualifiers,
                    )
                )
            claims += ordinal_claims(sent, said, published, story_of[doc.id])
    return claims


def _rate_of(text: str, m: re.Match[str], d: QuantityData) -> str | None:
    """What a percentage is a rate of: the rate the last of ``rate_heads`` before it
    in its own clause names ("inflasi tahunan ... 3,1 persen"), or None; None too
    when a word other than a function word follows it (a share: "91% ekspor")."""
    after = text[m.end() :].split(maxsplit=1)
    follower = after[0].strip(',.;:)"') if after else ""
    verb = verb_like(follower, load_lexicon())
    if follower[:1].islower() and follower not in d.function_words and not verb:
        return None  # "91% ekspor UE": a share of the exports, not a rate
    lo, _ = clause_bounds(text, m.start(), m.end())
    heads = find_phrases(text[lo : m.start()], list(d.rate_heads))
    return d.rate_heads[heads[-1].group().lower()] if heads else None


def _scope(
    text: str, m: re.Match[str], said: tuple[str, str] | None, published: str | None, story: str
) -> dict[str, Any]:
    """The qualifiers of when a figure holds and who gives it: "sekitar 5.400
    pengungsi ... pekan lalu, dan total lebih dari 570.000": each amount takes
    the time of its own clause."""
    own = clause(text, m.start(), m.end())
    when = time_scope(own, published)
    return {
        "story": story,
        "time": when,
        "year": year_of(own, when),
        "source": said[0] if said else None,
        "source_text": said[1] if said else None,
    }


def _party_before(text: str) -> str | None:
    """The party named among the last ``ordinals.reach`` words of ``text``: a
    known name ("Amerika Serikat" is AS), else a capitalised word ("mengesahkan
    Uzbekistan sebagai")."""
    words = text.split()[-data().ordinal_reach :]
    near = " ".join(words)
    names = known_entities()
    known = find_phrases(near, names)
    if known:
        return names[known[-1].group().lower()]
    named = [w.strip(",.()") for w in words if w[:1].isupper()]
    return named[-1] if named else None


def ordinal_claims(
    sent: Sentence, said: tuple[str, str] | None, published: str | None, story: str
) -> list[Claim]:
    """A claim for each place a named party takes in a count ("Uzbekistan
    sebagai anggota ke-167 WTO": Uzbekistan is member number 167), read as an
    exact figure of that party. Without a party named before it, none."""
    d = data()
    claims = []
    for m in d.ordinal.finditer(sent.text):
        party = _party_before(sent.text[: m.start()])
        org = m.group("org")
        if party is None or not org[:1].isupper():
            continue  # whose place, in what: both must be named
        unit = d.ordinal_unit.format(noun=m.group("noun").lower(), org=org)
        value = float(m.group("num"))
        qualifiers: dict[str, Any] = {
            **_scope(sent.text, m, said, published, story),
            "hedge": None,
            "stated_unit": 1.0,
            "digits": m.group("num"),
            "party": party,
        }
        claims.append(
            make_claim(
                sent,
                "quantity",
                sent.start + m.start(),
                sent.start + m.end("num"),
                subject=f"{party} {unit}",
                value_text=m.group()[: m.end("num") - m.start()],
                value_lo=value,
                value_hi=value,
                unit=unit,
                normalised=f"{m.group()} = {value:,.0f} {unit}",
                qualifiers=qualifiers,
            )
        )
    return claims
