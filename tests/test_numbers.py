"""Numbers in digits and Indonesian words (ledger.numbers), as a table of (input, expected)."""

from __future__ import annotations

import re

import pytest

from ledger.numbers import number_pattern, parse_digits, parse_number


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # digits, Indonesian separators first
        ("50", 50),
        ("0", 0),
        ("1,5", 1.5),
        ("11.000", 11000),
        ("1.500.000", 1500000),
        ("3.5", 3.5),
        ("1.500,5", 1500.5),
        ("1,500.5", 1500.5),
        ("1,000,000", 1000000),
        # digit words
        ("nol", 0),
        ("satu", 1),
        ("lima", 5),
        ("sembilan", 9),
        ("Tiga", 3),
        # tens and teens
        ("sepuluh", 10),
        ("sebelas", 11),
        ("dua belas", 12),
        ("sembilan belas", 19),
        ("dua puluh", 20),
        ("dua puluh tiga", 23),
        ("empat puluh lima", 45),
        ("sembilan puluh sembilan", 99),
        # hundreds and large scales
        ("seratus", 100),
        ("seratus sebelas", 111),
        ("dua ratus sepuluh", 210),
        ("tiga ratus empat puluh lima", 345),
        ("seribu", 1000),
        ("seribu dua ratus", 1200),
        ("dua ribu", 2000),
        ("dua belas ribu", 12000),
        ("dua ratus lima puluh ribu", 250000),
        ("satu juta", 1_000_000),
        ("sejuta", 1_000_000),
        ("dua juta tiga ratus ribu", 2_300_000),
        ("tiga miliar", 3e9),
        ("lima milyar", 5e9),
        ("dua triliun", 2e12),
        # digits with scale words
        ("11 miliar", 11e9),
        ("1,5 juta", 1.5e6),
        ("2 ribu", 2000),
        # fractions
        ("setengah", 0.5),
        ("separuh", 0.5),
        ("seperempat", 0.25),
        ("satu setengah", 1.5),
        ("dua setengah", 2.5),
        ("satu seperempat", 1.25),
        ("tiga perempat", 0.75),
        ("satu setengah juta", 1.5e6),
        # no number
        ("", None),
        ("   ", None),
        ("beberapa", None),
        ("juta", None),
        ("puluh", None),
        ("belas", None),
        ("dua tiga", None),
        ("lima 5", None),
        ("dua belas tiga", None),
        ("setengah setengah", None),
        ("ribu juta", None),
        ("dua seribu", None),
        ("perempat", None),
        ("sejam", None),
        ("tengah", None),
        ("1,5,5", None),
        ("jam", None),
    ],
)
def test_parse_number(words: str, expected: float | None) -> None:
    result = parse_number(words)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", 12),
        ("12,25", 12.25),
        ("12.250", 12250),
        ("12.25", 12.25),
        ("1.2.3", None),
        ("1.500,5,5", None),
        ("x", None),
    ],
)
def test_parse_digits(text: str, expected: float | None) -> None:
    assert parse_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("berlangsung dua puluh tiga menit", "dua puluh tiga"),
        ("selama 1,5 jam", "1,5"),
        ("sekitar satu setengah jam", "satu setengah"),
        ("Kedua negara", None),  # "dua" inside a word is no number
        ("sembilanbelas", None),
        ("lima-lima", None),
    ],
)
def test_number_pattern_finds_whole_words(text: str, found: str | None) -> None:
    match = re.search(rf"(?<![\w-]){number_pattern()}", text, re.IGNORECASE)
    assert (match.group() if match else None) == found
