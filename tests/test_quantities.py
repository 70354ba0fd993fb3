"""Quantities: intervals of ranges and vague counts, what is counted, when, and who says so."""

from __future__ import annotations

import pytest

from ledger.families.quantities.reading import attribution, quantity_claims, time_scope
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
