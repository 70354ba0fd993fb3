"""The quantities family: counts and sums ("lebih dari 5.000 pengungsi", "US$ 11 miliar").

Reading: :mod:`ledger.families.quantities.reading`. Rule: ``quantity-interval``
(``features/quantities.feature``). An amount belongs to no event word, so each
claim carries what its sentence says of the occasion (from the occasion stage)
and the dates the same sentence states (from the dates family).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ledger import lexicon
from ledger.families import Corpus, Slot, by_story, family
from ledger.families.quantities import rules as rules
from ledger.families.quantities.lists import content_words, is_planned, list_item
from ledger.families.quantities.reading import (
    UNKNOWN_AMOUNT,
    clause_bounds,
    data,
    quantity_claims,
    steps_back,
)
from ledger.model import Claim
from ledger.text import has_phrase
from ledger.vocabulary import known_entities


def quantity_slot(c: Claim) -> Slot | None:
    """An amount of one thing, within one story (a sum of money of what, unknown: none)."""
    if c.subject == UNKNOWN_AMOUNT:
        return None
    # Sums of one thing in any currency share a slot: the rule compares those in
    # one currency and tells the same figure in two ("355 juta euro" and "355
    # juta dolar AS" of one pledge).
    unit = "money" if c.unit in data().currency_of.values() else c.unit
    return by_story(c, f"{c.subject}:{unit}")


def _guessed_day(c: Claim) -> bool:
    """A date counted from a day the article does not give ("pekan lalu" in an
    undated article, counted from another article's date of the story): which
    week, a guess; which year ("tahun lalu"), as sure as the story's dates."""
    borrowed = c.qualifiers.get("form") == "relative" and c.qualifiers.get("basis") == "borrowed"
    return borrowed and _whole_year(str(c.value_lo), str(c.value_hi)) is None


def _whole_year(lo: str, hi: str) -> int | None:
    """The year a date range spans whole ("2022-01-01".."2022-12-31"), or None."""
    same = lo[:4] == hi[:4] and lo[:4].isdigit()
    return int(lo[:4]) if same and lo[4:] == "-01-01" and hi[4:] == "-12-31" else None


def _year(c: Claim, clause_dates: list[list[str]]) -> int | None:
    """The year of a figure said "tahun lalu" in an undated article: the year its
    clause's date spans (counted from the story's other articles)."""
    words = str(c.qualifiers.get("time") or "")
    if c.qualifiers.get("year") is not None or words not in data().year_shifts:
        return c.qualifiers.get("year")
    years = {_whole_year(lo, hi) for lo, hi in clause_dates} - {None}
    return years.pop() if len(years) == 1 else None


@cache
def _aliases() -> dict[str, tuple[str, ...]]:
    """Each known entity's canonical name -> the ways it is written."""
    out: dict[str, list[str]] = {}
    for alias, name in known_entities().items():
        out.setdefault(name, []).append(alias)
    return {name: tuple(aliases) for name, aliases in out.items()}


def _located(context: dict[str, Any], text: str) -> dict[str, Any]:
    """The context with the names its sentence writes right after a place
    preposition ("1.322 personel yang bertugas di Lebanon") moved from its parties
    to where the counted are (``located``): not whose count it is."""
    preps = lexicon.alternation(
        list(lexicon.load("events", lexicon.DEFAULT_LANGUAGE)["place_prepositions"])
    )

    def where(name: str) -> bool:
        written = lexicon.alternation(list(_aliases().get(name, ())) or [name])
        return bool(re.search(rf"(?<!\w)(?:{preps})\s+(?:{written})(?!\w)", text, re.IGNORECASE))

    names = list(context.get("participants") or ())
    moved = [n for n in names if where(n)]
    if not moved:
        return context
    return {**context, "participants": [n for n in names if n not in moved], "located": moved}


def _standing(own_clause: str, sentence: str, alone: bool) -> bool:
    """Whether a figure is said to hold now ("waduk kini menampung ...", "... belum
    mengakui"): in its own clause, or in its sentence when it tells no other amount."""
    return has_phrase(sentence if alone else own_clause, data().standing)


def _own_words(c: Claim, told: list[Claim], text: str, offset: int, lo: int) -> dict[str, Any]:
    """What an amount's own words say (:mod:`lists`): the words before it in its
    clause (from the amount of its unit before it, if any), the items its list
    names for the sentence's other amounts of its unit, and whether it is expected."""

    def before(x: Claim) -> Claim | None:
        prior = [o for o in told if o.unit == x.unit and o.end <= x.start]
        return max(prior, key=lambda o: o.end, default=None)

    def item(x: Claim) -> list[str] | None:
        prev = before(x)
        return list_item(text[prev.end - offset : x.start - offset]) if prev else None

    prev = before(c)
    start = max(lo, prev.end - offset) if prev else lo
    siblings = [item(o) for o in told if o.unit == c.unit and o.start != c.start]
    return {
        "before": content_words(text[start : c.start - offset]),
        "siblings": [s for s in siblings if s],
        "planned": is_planned(text[lo : c.start - offset]),
    }


@family(
    "quantities",
    properties=("quantity",),
    slot=quantity_slot,
    requires=("dates",),
    binding="sentence",
)
def quantities(corpus: Corpus) -> list[Claim]:
    """A ``quantity`` claim for every sum of money and every count of a known thing,
    with the evidence of its sentence (``qualifiers["evidence"]``): what the
    sentence says of its occasion, and the words and dates of its own clause
    ("sekitar 5.400 pengungsi ... pekan lalu, dan total lebih dari 570.000 orang
    ... sejak April 2023": April 2023 dates the total, not the week's count)."""
    found = quantity_claims(corpus.documents, corpus.sentences, corpus.story_of)
    dates: dict[str, list[Claim]] = {}
    for c in corpus.claims["dates"]:
        if c.property == "date" and c.qualifiers.get("year_known") and c.value_lo:
            if _guessed_day(c):
                continue
            dates.setdefault(c.sentence_id, []).append(c)
    sentence = {s.id: s for doc_sentences in corpus.sentences.values() for s in doc_sentences}
    story_of = corpus.story_of
    found_in: dict[str, list[Claim]] = {}
    for c in found:
        found_in.setdefault(c.sentence_id, []).append(c)
    for c in found:
        # Every amount its sentence tells, so that a rule can see two sentences
        # that each give the same two figures ("41 ... dari kapasitas 74").
        c.qualifiers["told"] = [
            [o.value_lo, o.value_hi, o.unit, o.start, o.subject]
            for o in found_in[c.sentence_id]
            if o.start != c.start
        ]
        occ = corpus.occasions[story_of[c.document_id]]
        source = str(c.qualifiers.get("source_text") or "")
        sent = sentence[c.sentence_id]
        lo, hi = clause_bounds(sent.text, c.start - sent.start, c.end - sent.start)
        context = _located(occ.context(sent, c.start, c.end, source, clause=(lo, hi)), sent.text)
        own = sent.text[lo:hi]
        if context.get("other"):  # "yang diluncurkan dua hari sebelumnya" dates, not steps back
            context["other"] = steps_back(sent.text, c.end - sent.start)
        c.qualifiers["evidence"] = {
            **context,
            "dates": [
                [str(d.value_lo), str(d.value_hi)]
                for d in dates.get(c.sentence_id, [])
                if lo <= d.start - sent.start and d.end - sent.start <= hi
            ],
            "clause": " ".join(re.sub(r"[\d.,]+", " ", own.lower()).split()),
            **_own_words(c, found_in[c.sentence_id], sent.text, sent.start, lo),
            "standing": _standing(own, sent.text, not c.qualifiers["told"]),
            "heading": sent.kind == "heading",  # a title line drops hedges ("Dana 434 Juta")
        }
        c.qualifiers["year"] = _year(c, c.qualifiers["evidence"]["dates"])
    return found
