"""Evidence that two claims speak of one occasion, and the confidence it gives.

A story holds several occasions (a series of meetings, an earlier call, a
planned and an actual time), so being clustered into one event is not enough
for a contradiction. Each claim carries what its own clause says of its
occasion (``qualifiers["evidence"]``: kind, place, participants, dates, clock
times, the names around it), taken

- from the event word it is linked to ("pertemuan Dewan Rusia-NATO di Brussel");
- for an anaphoric mention ("pembicaraan itu"), from the last mention of the
  same event in the same article;
- when an article speaks of a single occasion of that kind, from all its
  mentions of it (the lead names the place, a later sentence the length).

:func:`same_occasion` compares two claims' evidence. A contradiction needs
positive evidence (the same place, two shared participants named after the event
word or around it, the same clock time, or, for a claim that is not itself a
date, overlapping dates) and no evidence against (another place,
other pairs of participants, disjoint dates, another number in a series); the
confidence grows with each agreeing clue. The weights are
parameters in ``data/rules.yaml`` under ``evidence``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from ledger import lexicon
from ledger.families import binding_of
from ledger.families.quantities.rules import one_count, swapped_figure
from ledger.families.quotes.wording import concept
from ledger.model import Claim
from ledger.occasions.clusters import participants_agree, single_days_near


def occasion_bound(prop: str) -> bool:
    """Whether claims of ``prop`` need evidence of one occasion (event-bound
    claims and amounts), rather than their slot alone (a person, an agreement)."""
    return binding_of(prop) in ("occasion", "sentence")


@dataclass(frozen=True)
class Occasion:
    """The verdict on whether two claims are about one occasion."""

    same: bool  # positive evidence and none against
    confidence: float
    reasons: tuple[str, ...]
    against: bool = False  # the evidence says two occasions: never compared at all


def _params() -> dict[str, Any]:
    return dict(lexicon.load("rules", None)["evidence"])


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _overlap(a: list[tuple[date, date]], b: list[tuple[date, date]]) -> bool:
    return any(lo1 <= hi2 and lo2 <= hi1 for lo1, hi1 in a for lo2, hi2 in b)


def _apart(reasons: list[str]) -> Occasion:
    return Occasion(False, 0.0, tuple(reasons), against=True)


def _ranges(ev: dict[str, Any]) -> list[tuple[date, date]]:
    out = []
    for lo, hi in ev.get("dates") or []:
        d_lo, d_hi = _day(str(lo)), _day(str(hi))
        if d_lo and d_hi:
            out.append((d_lo, d_hi))
    return out


def _names(ev: dict[str, Any], key: str, *, strict: bool = False) -> set[str]:
    """The names of an evidence record under ``key``; ``strict``: without those
    only a group word of the clause stands for (``group``)."""
    names = {str(n) for n in ev.get(key) or ()}
    return names - {str(n) for n in ev.get("group") or ()} if strict else names


def same_occasion(a: Claim, b: Claim, *, slip: bool = False) -> Occasion:
    """How sure the ledger is that ``a`` and ``b`` speak of one occasion.

    ``slip``: the caller knows their occasion is told on one day by each article
    (:func:`ledger.align.date_slips`), so that dates a day or two apart are a slip
    of one date, not evidence of two occasions."""
    p = _params()
    binding = binding_of(a.property)
    if a.qualifiers.get("term") and b.qualifiers.get("term"):
        binding = "sentence"  # the terms of a thing, weighed as two counts of it are
    if binding == "sentence":
        return _same_amount(a, b, p)
    if binding != "occasion":  # tied to a person or a thing by its slot
        # two subjects of one shared slot (one post): not one subject's claims
        said = p["shared_slot_reasons" if a.entity_id != b.entity_id else "not_event_bound_reasons"]
        why = str(said.get(a.property, "one slot of the ledger"))
        return Occasion(True, float(p["not_event_bound"]), (why,))
    ea, eb = a.qualifiers.get("evidence") or {}, b.qualifiers.get("evidence") or {}
    reasons: list[str] = []
    against: list[str] = []
    positive = False  # the same place, participants or dates: more than the kind alone
    place_same = people_same = False  # a date slip needs both
    score = float(p["same_event"])
    place_a, place_b = ea.get("place"), eb.get("place")
    # "Putaran kedua" is another occasion than one named without a number, unless
    # the place says otherwise ("pertemuan kedua mereka di Jenewa" may be the one
    # an article names without its number); even then the place alone cannot tie
    # them: a series often meets in one city ("KTT luar biasa kedua di Abuja").
    oa, ob = (e.get("ordinal") if (e.get("ordinal") or 0) > 1 else None for e in (ea, eb))
    series = oa != ob
    if place_a and place_b:
        if place_a == place_b:
            score += float(p["place"])
            positive = positive or not series
            place_same = not series
            reasons.append(f"both place it in {place_a}")
        else:
            against.append(f"one places it in {place_a}, the other in {place_b}")
    if series and not (place_a and place_a == place_b):
        against.append(f"one names meeting number {oa or ob} of a series, the other another")
    elif series:
        reasons.append(f"but one names meeting number {oa or ob} of a series there")
    pa, pb = _names(ea, "participants"), _names(eb, "participants")
    agree = participants_agree(pa, pb)
    # Names a group word stands for ("kedua pihak": the pair named before) are
    # read loosely (a minister and the country of his title both): they may tie
    # two claims, never tell them apart.
    sa, sb = _names(ea, "participants", strict=True), _names(eb, "participants", strict=True)
    told_apart = participants_agree(sa, sb)
    if told_apart is False:
        against.append(f"one names {', '.join(sorted(sa))}, the other {', '.join(sorted(sb))}")
    elif agree and len(pa & pb) >= int(p["participants_needed"]):
        score += float(p["participants"])
        positive = people_same = True
        reasons.append("both name " + ", ".join(sorted(pa & pb)))
    elif agree:  # one shared name (an organisation that meets every month) is a hint only
        score += float(p["participant_hint"])
        reasons.append("both mention " + ", ".join(sorted(pa & pb)))
    if told_apart is None:  # the names around each event word may still tell them apart
        na, nb = _names(ea, "around", strict=True), _names(eb, "around", strict=True)
        if participants_agree(na, nb) is False:
            against.append(
                f"their clauses name {', '.join(sorted(na))} and {', '.join(sorted(nb))}"
            )

    ca, cb = _names(ea, "around"), _names(eb, "around")
    needed = int(p["participants_needed"])
    around_only = len(pa & pb) < needed <= len(ca & cb) and agree is not False
    if around_only and participants_agree(ca, cb):
        # "dilontarkan Biden dalam percakapan telepon dengan Putin": the subject
        # of the clause takes part as much as the name after the event word.
        score += float(p["participants"]) - float(p["participant_hint"]) * bool(agree)
        positive = people_same = True
        reasons.append("both clauses name " + ", ".join(sorted(ca & cb)))
    if a.property != "date":
        ra, rb = _ranges(ea), _ranges(eb)
        if ra and rb:
            if _overlap(ra, rb):
                score += float(p["dates"])
                positive = True
                reasons.append("both date it alike")
            elif slip and place_same and people_same and single_days_near(ea["dates"], eb["dates"]):
                score += float(p["date_slip"])
                reasons.append("their clauses date it apart, a slip reported on its own")
            else:
                against.append("their own clauses date it differently")
    shared_times = set(ea.get("times") or ()) & set(eb.get("times") or ())
    if shared_times and a.property != "time":
        score += float(p["times"])
        positive = True
        first = min(shared_times)
        reasons.append(f"both say it began at {first // 60:02d}:{first % 60:02d}")
    if ea.get("kind") and ea.get("kind") == eb.get("kind"):
        score += float(p["kind"])
        reasons.append(f"both call it a {ea['kind']}")
    for ev, claim in ((ea, a), (eb, b)):
        if ev.get("how") == "document":
            reasons.append(f"{claim.value_text!r}: its article speaks of one such occasion")
    if not positive:
        reasons.append("nothing but the kind of event ties them together")
    if against:
        return _apart(against)
    return Occasion(positive, min(1.0, score), tuple(reasons))


def _parties_differ(a: Claim, b: Claim, pa: set[str], pb: set[str]) -> bool:
    """Whether the parties named beside two amounts tell them apart, unless the
    thing counted names its party itself ("21 warga India" / "19 warga India"):
    then the other parties of the sentences ("kapal berbendera Panama", "tiga
    warga Filipina") are of other things."""
    counted = set(a.subject.lower().split()) & set(b.subject.lower().split())
    if any(party.lower() in counted for party in pa & pb):
        return False
    return participants_agree(pa, pb) is False or bool(pa and pb and not pa & pb)


def _same_amount(a: Claim, b: Claim, p: dict[str, Any]) -> Occasion:
    """Amounts of one thing in one story are the same fact unless their sentences
    put them on different occasions: another tense ("akan dibebaskan" vs "telah
    dibebaskan"), a marker of another occasion in one only ("Kesepakatan serupa
    terakhir"), or dates that do not overlap. Nothing against, they are one fact
    when their sentences are versions of one sentence, or when enough clues say
    they count one thing at one time (one source, one stated time, one place,
    one figure with its digits swapped or in another currency)."""
    ea, eb = a.qualifiers.get("evidence") or {}, b.qualifiers.get("evidence") or {}
    against = []
    if ea.get("tense") and eb.get("tense") and ea["tense"] != eb["tense"]:
        against.append(f"one is told in the {ea['tense']} tense, the other in the {eb['tense']}")
    if ea.get("other") or eb.get("other"):  # which other occasion, the text does not say
        against.append("a sentence speaks of another occasion")
    ra, rb = _ranges(ea), _ranges(eb)
    if ra and rb and not _overlap(ra, rb):
        against.append("their sentences date them differently")
    if _parties_differ(a, b, set(ea.get("participants") or ()), set(eb.get("participants") or ())):
        against.append("the amounts are of different parties")
    if _total_and_count(a, b):  # a running total is not one landing's count
        against.append("one is a total so far, the other is not")
    la, lb = set(ea.get("places") or ()), set(eb.get("places") or ())
    if la and lb and not _places_meet(la, lb):  # a landing in Pidie is not one in Aceh Utara
        against.append(
            f"one is placed in {', '.join(sorted(la))}, the other in {', '.join(sorted(lb))}"
        )
    wa, wb = set(ea.get("located") or ()), set(eb.get("located") or ())
    if wa and wb and not wa & wb:  # "28.500 tentara di Korea Selatan", "54.000 ... di Jepang"
        where = ", ".join(sorted(wa)), ", ".join(sorted(wb))
        against.append(f"one counts them in {where[0]}, the other in {where[1]}")
    if bool(ea.get("planned")) != bool(eb.get("planned")):
        against.append("one is an expected figure, the other what happened")
    against += _other_list_item(ea, eb) + _other_list_item(eb, ea)
    if against:
        return _apart(against)
    alike, reasons = _worded_alike(ea, eb, p)
    if alike:
        return Occasion(True, float(p["sentence_bound"]), reasons)
    if swapped_figure(a, b, int(p["amount_swap_min_digits"])):
        # "124.600" and "126.400 orang" of one thing in one story, nothing
        # against: one figure copied with two digits swapped.
        return Occasion(True, float(p["sentence_bound"]), ("the same digits in another order",))
    clues = one_count(a, b)
    if len(clues) >= int(p["amount_clues_needed"]):
        # "17,6 miliar dolar AS" in 2022 and "16,7 miliar" "tahun lalu" (2023):
        # one figure, however differently the sentences are worded.
        return Occasion(True, float(p["sentence_bound"]), tuple(clues))
    return Occasion(False, float(p["sentence_bound"]) / 2, reasons)


def _places_meet(la: set[str], lb: set[str]) -> bool:
    """Whether two sets of places share one, or one's name opens another's: a
    place and a building or district named after it ("Hiroshima", "Hiroshima
    International [Conference Center]") may be where one thing was counted."""
    return any(x == y or _opens(x, y) or _opens(y, x) for x in la for y in lb)


def _opens(short: str, long_: str) -> bool:
    return long_.lower().split()[: len(short.split())] == short.lower().split()


def _total_and_count(a: Claim, b: Claim) -> bool:
    """Whether one figure is a total so far and the other the count of one
    occasion: unmarked, and not said to hold now ("kini menampung", "belum
    mengakui" count up to the day of writing, as a total does)."""
    ta, tb = a.qualifiers.get("time"), b.qualifiers.get("time")
    if ta == tb or "total" not in (ta, tb):
        return False
    other = b if ta == "total" else a
    return not (other.qualifiers.get("time") is None and _evidence(other).get("standing"))


def _evidence(c: Claim) -> dict[str, Any]:
    return dict(c.qualifiers.get("evidence") or {})


def _other_list_item(ea: dict[str, Any], eb: dict[str, Any]) -> list[str]:
    """Why ``b`` counts another item of the list that ``a``'s sentence gives: the
    words right before ``b``'s figure name an item ``a``'s list gives its own
    figure ("minyak sawit 3,6 juta ton" beside "ekspor kopi ... 118.500 ton"),
    by the item's head word (:func:`_head`)."""
    own = set(ea.get("before") or ())
    heads = {h for item in ea.get("siblings") or () if (h := _head(item, own))}
    named = sorted(heads & set(eb.get("before") or ()))
    return [f"one names {', '.join(named)}, which the other's list counts apart"] if named else []


def _head(item: list[str], own: set[str]) -> str | None:
    """The word a list item is named by: its first word that ``a``'s own words
    do not share ("ekspor minyak sawit" beside "ekspor kopi": minyak). The words
    after it say whose ("separuh kapasitas waduk": the capacity, not the water
    the reservoir holds), so another figure of the reservoir is not of that item."""
    return next((w for w in item if w not in own), None)


def _worded_alike(
    ea: dict[str, Any], eb: dict[str, Any], p: dict[str, Any]
) -> tuple[bool, tuple[str, ...]]:
    """Whether two amounts' sentences say the same thing in words, and how far."""
    wa, wb = set(ea.get("words") or ()), set(eb.get("words") or ())
    shared = _shared_words(wa, wb)
    overlap = len(shared) / min(len(wa), len(wb)) if wa and wb else 0.0
    if overlap < float(p["amount_context_overlap"]) or len(shared) < int(p["amount_shared_words"]):
        # Nothing says the two amounts count the same thing at the same time
        # ("40 sandera akan dibebaskan" vs "130 sandera masih berada di Gaza").
        return False, ("their sentences say little alike",)
    reasons = ("both are amounts of " + ", ".join(sorted(shared)[:4]),)
    # A slip in an amount is a slip in one sentence retold: two sentences that
    # are not versions of each other may count different things alike.
    # ... or whose own clauses are ("dan telah memasang 116 sentrifus IR-6 di
    # Fordow" in a sentence that first gives the uranium stock).
    alike = max(
        fuzz.token_set_ratio(str(ea.get("sentence", "")), str(eb.get("sentence", ""))),
        fuzz.token_set_ratio(str(ea.get("clause", "")), str(eb.get("clause", ""))),
    )
    if alike < float(p["amount_sentence_similarity"]):
        return False, (*reasons, "but their sentences differ")
    return True, (*reasons, f"in sentences {alike:.0f}% alike")


def _shared_words(wa: set[str], wb: set[str]) -> set[str]:
    """The words of ``wa`` that ``wb`` has in some form, the same root
    ("berkapasitas", "kapasitas"; "menampung", "tertampung") by the affixes of
    ``data/id/quotes.yaml`` (``wording``): at most one for each of ``wb``'s (two
    forms of one root on one side are still one word shared)."""
    ca = {w: concept(w) | {w} for w in wa}
    cb = {x: concept(x) | {x} for x in wb}
    shared = {w for w, c in ca.items() if any(c & d for d in cb.values())}
    matched = {x for x, d in cb.items() if any(ca[w] & d for w in shared)}
    return shared if len(shared) <= len(matched) else set(sorted(shared)[: len(matched)])
