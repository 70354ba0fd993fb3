"""Quantities: intervals of ranges and vague counts, what is counted, when, and who says so."""

from __future__ import annotations

import re

import pytest

from ledger.families.quantities.reading import (
    attribution,
    quantity_claims,
    steps_back,
    time_scope,
    year_of,
)
from ledger.families.quantities.rules import transposed
from ledger.model import Claim
from tests.conftest import plain_documents


def _read(text: str) -> list[tuple[str, str, float, float]]:
    """(value text, subject, lo, hi) of every quantity claim of one document."""
    docs, sentences = plain_documents(text)
    claims = quantity_claims(docs, sentences, {docs[0].id: "s"})
    return [
        (c.value_text, c.subject, float(c.value_lo or 0), float(c.value_hi or 0)) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "subject", "lo", "hi"),
    [
        ("Sebanyak 3.000 hingga 4.000 pengungsi tiba.", "pengungsi", 3000, 4000),
        ("Sebanyak 3.000-4.000 pengungsi tiba.", "pengungsi", 3000, 4000),
        ("Antara 3.000 dan 4.000 pengungsi tiba.", "pengungsi", 3000, 4000),
        ("Sebanyak 3-4 ribu pengungsi tiba.", "pengungsi", 3000, 4000),
        ("Lebih dari 5.000 pengungsi tiba.", "pengungsi", 5000, 15000),
        ("Sekitar 3.000 pengungsi tiba.", "pengungsi", 2550, 3450),
        ("Hingga 4.000 pengungsi tiba.", "pengungsi", 2000, 4000),
        ("Ribuan pengungsi tiba.", "pengungsi", 1000, 999999),
        ("Puluhan ribu pengungsi tiba.", "pengungsi", 10000, 9999999),
        ("Ledakan itu menewaskan 30 orang.", "orang tewas", 30, 30),
        ("Sebanyak 30 orang dilaporkan tewas.", "orang tewas", 30, 30),
        ("Polisi menangkap 12 demonstran.", "demonstran ditangkap", 12, 12),
        ("Washington mengusir 10 diplomat Rusia.", "diplomat diusir", 10, 10),
    ],
)
def test_counts_are_read_as_intervals_of_a_thing(
    text: str, subject: str, lo: float, hi: float
) -> None:
    [(_, got_subject, got_lo, got_hi)] = _read(text)
    assert got_subject == subject
    assert (got_lo, got_hi) == pytest.approx((lo, hi))


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 200 orang berkumpul di alun-alun.",  # of whom?
        "Sebanyak 5 dan 6 kapal berlabuh.",  # two numbers, not a range without "antara"
        "Rapat berlangsung pada 28-29 Juli.",  # nothing counted
    ],
)
def test_no_claim_without_a_thing_counted(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Menurut UNHCR, 5.000 pengungsi tiba.", "UNHCR"),
        ("Menurut Badan Pengungsi PBB (UNHCR), 5.000 pengungsi tiba.", "UNHCR"),
        ("Menurut intelijen Amerika Serikat, 5.000 tentara dikerahkan.", "intelijen AS"),
        ("Sebanyak 5.000 pengungsi tiba, kata polisi.", "polisi"),
        ("Data PBB menyebutkan 5.000 pengungsi tiba.", "PBB"),
        ("Berdasarkan data PBB, 5.000 pengungsi tiba.", "PBB"),
        ("Polisi mengatakan 5.000 pengungsi tiba.", "Polisi"),
        ("Sebanyak 5.000 pengungsi tiba di Polandia.", None),
        # "kata" inside a sentence is a word, not an attribution
        ("Kata kunci pembicaraan adalah 5.000 pengungsi.", None),
    ],
)
def test_the_source_a_sentence_gives(text: str, source: str | None) -> None:
    found = attribution(text)
    assert (found[0] if found else None) == source


@pytest.mark.parametrize(
    ("text", "published", "scope"),
    [
        ("Sejauh ini 5.000 pengungsi tiba.", None, "total"),
        ("Secara keseluruhan 5.000 pengungsi tiba.", None, "total"),
        ("Pada hari pertama 500 pengungsi tiba.", None, "pada hari pertama"),
        ("Kemarin 500 pengungsi tiba.", "2022-03-01", "kemarin@2022-03-01"),
        ("Kemarin 500 pengungsi tiba.", None, "kemarin"),
        ("Sebanyak 500 pengungsi tiba.", None, None),
    ],
)
def test_the_time_a_figure_holds(text: str, published: str | None, scope: str | None) -> None:
    assert time_scope(text, published) == scope


@pytest.mark.parametrize(
    ("clause", "when", "year"),
    [
        ("nilai ekspor pada 2022 mencapai 17,6 miliar dolar AS", None, 2022),
        ("nilai ekspor tahun lalu tercatat 16,7 miliar dolar AS", "tahun lalu@2023-03-08", 2022),
        ("nilai ekspor tahun ini diperkirakan 18 miliar dolar AS", "tahun ini@2023-03-08", 2023),
        ("nilai ekspor tahun lalu tercatat 16,7 miliar dolar AS", "tahun lalu", None),
        ("pekan lalu pada 2022 tiba 500 pengungsi", "pekan lalu@2022-03-08", None),
        ("sebanyak 500 pengungsi tiba", None, None),
    ],
)
def test_the_year_a_figure_holds(clause: str, when: str | None, year: int | None) -> None:
    assert year_of(clause, when) == year


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        ("Seruan 397 juta dolar AS, yang diluncurkan dua hari sebelumnya, terdanai.", False),
        ("Nilai dagang mencapai 17,6 miliar dolar AS, naik dibanding tahun sebelumnya.", False),
        ("Dua hari sebelumnya, seruan senilai 397 juta dolar AS diluncurkan.", True),
        ("Kesepakatan serupa terakhir membebaskan 240 tahanan.", True),
    ],
)
def test_a_time_distance_after_an_amount_is_no_other_occasion(text: str, steps: bool) -> None:
    amount = re.search(r"\d[\d.,]* (juta|miliar|tahanan)( dolar AS)?", text)
    assert amount is not None
    assert steps_back(text, amount.end()) is steps


def _figure(digits: str) -> Claim:
    return Claim(
        id=digits, document_id="d", sentence_id="s", property="quantity", subject="x",
        value_text=digits, value_lo=float(digits), value_hi=float(digits), unit="x",
        start=0, end=1, qualifiers={"digits": digits, "stated_unit": 1.0},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [("843", "483", True), ("251", "215", True), ("19", "21", False), ("16", "31", False)],
)
def test_swapped_digits_are_two_neighbours_exchanged(a: str, b: str, swapped: bool) -> None:
    assert transposed(_figure(a), _figure(b)) is swapped
