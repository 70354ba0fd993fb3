"""Align: the pairs of claims that speak of the same slot (event, property).

Claims about no event, or an ambiguous one, are never paired: ambiguity is not a
finding. Two claims from the same sentence are never paired either. Claims of the
same document are paired (a related headline can contradict its own page).

Precision first: a rule's contradiction stands only when both claims are tied to
one occasion by positive evidence (:mod:`ledger.evidence`) and both values are
fully resolved (no year borrowed from another article). Otherwise it is dropped:
a weak link gives no contradiction. Every finding carries a confidence and the
reasons for it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from ledger import lexicon
from ledger.evidence import occasion_bound, same_occasion
from ledger.families import load_all, shared_slot_of, slot_of
from ledger.model import Claim, Finding, content_id
from ledger.rules import Rule, Verdict, rules_for


def slots(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Claims grouped by slot, in reading order."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        key = slot_of(c)
        if key is not None:
            groups[key].append(c)
    return dict(groups)


def shared_slots(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    """Claims grouped by the slot they share with claims of other subjects."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        key = shared_slot_of(c)
        if key is not None and c.entity_id:
            groups[key].append(c)
    return dict(groups)


def _across_subjects(members: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """One pair for each two subjects of a shared slot (one finding for two
    holders of one post, not one for every two sentences that name them)."""
    by_subject: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        by_subject[str(c.entity_id)].append(c)
    subjects = list(by_subject)
    for i, s in enumerate(subjects):
        for t in subjects[i + 1 :]:
            pair = _representatives(by_subject[s], by_subject[t])
            if pair is not None:
                yield pair


def _representatives(xs: list[Claim], ys: list[Claim]) -> tuple[Claim, Claim] | None:
    """Two claims of one article if there are (one article gives the slot to
    both), else the first claim of each, in reading order; never two of one
    sentence."""
    apart = [(x, y) for x in xs for y in ys if x.sentence_id != y.sentence_id]
    return next((p for p in apart if p[0].document_id == p[1].document_id), None) or next(
        iter(apart), None
    )


def _first_of_each_wording(members: list[Claim], prop: str, per_story: bool) -> list[Claim]:
    first: dict[tuple[object, str], Claim] = {}
    for c in members:
        wording = c.value_text if prop == "name" else c.value_text.lower()
        first.setdefault((c.qualifiers.get("story") if per_story else None, wording), c)
    return list(first.values())


def _once_per_document(members: list[Claim]) -> list[Claim]:
    """One claim for each wording a document repeats with the same evidence: an
    article that repeats a sentence says it once (50 KB of one sentence made 434²
    pairs of itself). The same words in another clause stay: their occasion may
    differ."""
    first: dict[tuple[str, str, str], Claim] = {}
    for c in members:
        said = json.dumps(c.qualifiers.get("evidence"), sort_keys=True, default=str)
        first.setdefault((c.document_id, c.value_text.lower(), said), c)
    # No article says one thing of one occasion this many times: past the limit,
    # its claims are kept in the ledger but compared with nothing, so that the
    # work on one pathological article stays bounded.
    limit = int(lexicon.load("rules", None)["pairing"]["max_claims_per_document_slot"])
    count: dict[str, int] = defaultdict(int)
    kept = []
    for c in first.values():
        count[c.document_id] += 1
        if count[c.document_id] <= limit:
            kept.append(c)
    return kept


def _all_pairs(members: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            if a.sentence_id != b.sentence_id:
                yield a, b


def pairs(claims: list[Claim]) -> Iterator[tuple[Claim, Claim, bool]]:
    """Every pair of claims of one slot, from different sentences, and whether
    only a contradiction may come of it.

    Name and title slots are reduced to the first claim of each wording: one
    finding per pair of wordings (a name's explanation counts every use of each).
    Titles also pair the first claim of each wording within each story, since a
    title contradiction needs both claims in one story; those extra pairs are
    for contradictions only (the wordings already met once). Claims of
    different subjects that share a slot (two holders of one post) are paired
    once for each two subjects, for contradictions only.
    """
    for (_, prop), members in slots(claims).items():
        if prop not in ("name", "title"):
            yield from ((a, b, False) for a, b in _all_pairs(_once_per_document(members)))
            continue
        seen: set[tuple[str, str]] = set()
        found = [
            (a, b, False)
            for a, b in _all_pairs(_first_of_each_wording(members, prop, per_story=False))
        ]
        if prop == "title":
            found += [
                (a, b, True)
                for a, b in _all_pairs(_first_of_each_wording(members, prop, per_story=True))
                if a.qualifiers.get("story") == b.qualifiers.get("story")
            ]
        for a, b, only in found:
            key = (min(a.id, b.id), max(a.id, b.id))
            if key not in seen:
                seen.add(key)
                yield a, b, only
    for members in shared_slots(claims).values():
        yield from ((a, b, True) for a, b in _across_subjects(members))


def date_slips(claims: list[Claim]) -> set[str]:
    """The events whose articles each date them on one day, not all the same day:
    a date slip of one occasion rather than two occasions (:func:`same_occasion`).
    Never an event that an article dates on two days, over several, as a plan
    ("dijadwalkan") or with a year it borrows; nor one told on a single day."""
    weak = set(lexicon.load("rules", None)["evidence"]["borrowed_basis"])
    days: dict[str, dict[str, set[str]]] = {}
    spoiled: set[str] = set()
    for c in claims:
        if c.property != "date" or not c.event_id:
            continue
        q = c.qualifiers
        if (
            c.value_lo is None
            or c.value_lo != c.value_hi
            or q.get("multi_day")
            or q.get("modality")
            or q.get("basis") in weak
            or not q.get("year_known")
        ):
            spoiled.add(c.event_id)
            continue
        days.setdefault(c.event_id, {}).setdefault(c.document_id, set()).add(str(c.value_lo))
    return {
        event
        for event, told in days.items()
        if event not in spoiled
        and all(len(d) == 1 for d in told.values())
        and len(set().union(*told.values())) > 1
    }


def compare(claims: list[Claim]) -> list[Finding]:
    """Run every rule of each slot's property over each pair of its claims, and
    every single-claim rule over each claim."""
    load_all()  # each family registers its rules
    findings = []
    slipped = date_slips(claims)
    for a, b, contradiction_only in pairs(claims):
        slip = a.event_id is not None and a.event_id == b.event_id and a.event_id in slipped
        occasion = same_occasion(a, b, slip=slip)
        if occasion.against:
            continue  # evidence says they are different occasions: never compared
        for r in rules_for(a.property):
            verdict = r(a, b)
            if verdict is None or (contradiction_only and verdict.verdict != "contradiction"):
                continue
            if verdict.verdict == "contradiction" and _unsure(a, b, occasion.same):
                continue
            if verdict.verdict == "variant" and occasion_bound(a.property) and not occasion.same:
                continue  # "the sources differ" needs the same evidence as a contradiction
            reasons = [*occasion.reasons, *verdict.reasons]
            findings.append(_finding(r, verdict, a, b, occasion.confidence, reasons))
    for c in claims:
        for r in rules_for(c.property, arity=1):
            verdict = r(c)
            if verdict is not None:
                findings.append(_finding(r, verdict, c, None, 1.0, list(verdict.reasons)))
    return findings


def _unsure(a: Claim, b: Claim, same_occasion: bool) -> str | None:
    """Why a contradiction between ``a`` and ``b`` cannot be asserted, if it cannot."""
    if not same_occasion:
        return "nothing ties both claims to one occasion"
    params = lexicon.load("rules", None)["evidence"]
    if a.property == "title" and not _close_in_time(a, b, int(params["title_days"])):
        return "a person's office may change between two stories far apart"
    weak = set(params["borrowed_basis"])
    for c in (a, b):
        if c.property == "date" and c.qualifiers.get("basis") in weak:
            return f"the year of {c.value_text!r} is not known from its own article"
    if a.property == "date" and _days_apart(a, b) > int(params["far_apart_days"]):
        ea, eb = a.qualifiers.get("evidence") or {}, b.qualifiers.get("evidence") or {}
        same_place = bool(ea.get("place") and ea.get("place") == eb.get("place"))
        shared = set(ea.get("participants") or ()) & set(eb.get("participants") or ())
        if not (same_place and len(shared) >= int(params["participants_needed"])):
            return "dates this far apart are more likely two occasions than one slip"
    return None


def _close_in_time(a: Claim, b: Claim, days: int) -> bool:
    """Both claims in one story, or in articles published at most ``days`` apart."""
    if a.qualifiers.get("story") == b.qualifiers.get("story"):
        return True
    da, db = a.qualifiers.get("article_date"), b.qualifiers.get("article_date")
    if not (da and db):
        return False
    return abs((date.fromisoformat(str(da)) - date.fromisoformat(str(db))).days) <= days


def _days_apart(a: Claim, b: Claim) -> int:
    """Days between two date claims' ranges (0 when they overlap or cannot be read)."""
    try:
        a_lo, a_hi = date.fromisoformat(str(a.value_lo)), date.fromisoformat(str(a.value_hi))
        b_lo, b_hi = date.fromisoformat(str(b.value_lo)), date.fromisoformat(str(b.value_hi))
    except ValueError:
        return 0
    return max((b_lo - a_hi).days, (a_lo - b_hi).days, 0)


def _finding(
    r: Rule, v: Verdict, a: Claim, b: Claim | None, occasion: float, reasons: list[str]
) -> Finding:
    ids = (a.id,) if b is None else tuple(sorted((a.id, b.id)))
    return Finding(
        id=content_id(r.id, *ids),
        rule_id=r.id,
        claim_a=a.id,
        claim_b=b.id if b is not None else None,
        verdict=v.verdict,
        severity=v.severity,
        explanation=v.explanation,
        confidence=round(occasion * v.confidence, 2),
        reasons=tuple(dict.fromkeys(reasons)),
    )
