"""Dates in Indonesian text (ledger.dates): finding mentions, then resolving them to ranges."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ledger.dates import DateRange, find_dates, resolve

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
D = date.fromisoformat

# (text, [(span, form)]): what find_dates returns, in order.
FIND: list[tuple[str, list[tuple[str, str]]]] = [
    # absolute and day-month, with and without a weekday
    ("pada 10 Januari 2022", [("10 Januari 2022", "absolute")]),
    ("pada 9 Jan 2022", [("9 Jan 2022", "absolute")]),
    ("Mengutip Channel News Asia, Kamis (29/7/2021), Wakil", [("Kamis (29/7/2021)", "absolute")]),
    ("hari Senin (26/7/21)", [("hari Senin (26/7/21)", "absolute")]),
    ("Selasa, 27 Juli 2021", [("Selasa, 27 Juli 2021", "absolute")]),
    ("tanggal 29/7/2021", [("29/7/2021", "absolute")]),
    ("mengatakan pada Rabu (28/7) bahwa", [("Rabu (28/7)", "day_month")]),
    ("seperti dilansir Bloomberg, Jumat (31/12).", [("Jumat (31/12)", "day_month")]),
    ("Minggu (1/8)", [("Minggu (1/8)", "day_month")]),
    ("akan dimulai di Jenewa pada 9 Januari, diikuti", [("9 Januari", "day_month")]),
    ("panggilan video Biden-Putin 7 Desember di mana", [("7 Desember", "day_month")]),
    ("31 Desember", [("31 Desember", "day_month")]),
    ("29 Februari", [("29 Februari", "day_month")]),
    # weekdays: "hari" is part of the span, a time of day is not
    ("pada hari Selasa bahwa", [("hari Selasa", "weekday")]),
    ("menuduh Putin pada Selasa mencoba", [("Selasa", "weekday")]),
    ("kepada wartawan Jumat pagi waktu Moskow", [("Jumat", "weekday")]),
    ("pembicaraan telepon Kamis antara Biden", [("Kamis", "weekday")]),
    ("hari Minggu", [("hari Minggu", "weekday")]),
    ("Selasa lalu", [("Selasa lalu", "weekday")]),
    ("Kamis depan", [("Kamis depan", "weekday")]),
    # relative: offsets, calendar periods, speaker-relative days
    ("dikukuhkan seminggu lalu sebagai", [("seminggu lalu", "relative")]),
    ("yang satu minggu lalu dikukuhkan", [("satu minggu lalu", "relative")]),
    ("sepekan lalu", [("sepekan lalu", "relative")]),
    ("pekan lalu", [("pekan lalu", "relative")]),
    ("di Brussel dua hari kemudian dan", [("dua hari kemudian", "relative")]),
    ("dua hari lalu", [("dua hari lalu", "relative")]),
    ("dua tahun yang lalu", [("dua tahun yang lalu", "relative")]),
    ("tiga hari lagi", [("tiga hari lagi", "relative")]),
    ("dua hari sebelumnya", [("dua hari sebelumnya", "relative")]),
    ("dalam beberapa minggu ke depan.", [("beberapa minggu ke depan", "relative")]),
    ("dalam dua minggu terakhir", [("dua minggu terakhir", "relative")]),
    ("pertemuan puncak bulan lalu, yang", [("bulan lalu", "relative")]),
    ("menjelang dialog bulan depan", [("bulan depan", "relative")]),
    ("tahun depan", [("tahun depan", "relative")]),
    ("tahun ini", [("tahun ini", "relative")]),
    ("minggu depan", [("minggu depan", "relative")]),
    ("Minggu lalu, dia", [("Minggu lalu", "relative")]),
    ("Pembicaraan hari ini baik", [("hari ini", "relative")]),
    ("kemarin", [("kemarin", "relative")]),
    ("besok", [("besok", "relative")]),
    ("lusa", [("lusa", "relative")]),
    ("tadi malam", [("tadi malam", "relative")]),
    # months, parts of months and years, years
    ("bertemu lagi pada bulan September", [("bulan September", "month")]),
    ("kemungkinan pada bulan Juni di Eropa", [("bulan Juni", "month")]),
    ("menjadi Presiden pada Januari dan", [("Januari", "month")]),
    ("telah tegang sejak Maret ketika", [("Maret", "month")]),
    ("bulan maret", [("bulan maret", "month")]),
    ("Januari 2022", [("Januari 2022", "month")]),
    ("Mei lalu", [("Mei lalu", "month")]),
    ("pada awal Juni, menurut", [("awal Juni", "part_of_month")]),
    ("pertengahan Juli", [("pertengahan Juli", "part_of_month")]),
    ("akhir Desember", [("akhir Desember", "part_of_month")]),
    ("awal bulan Juni 2021", [("awal bulan Juni 2021", "part_of_month")]),
    ("awal bulan depan", [("awal bulan depan", "part_of_month")]),
    ("mulai awal tahun depan dengan", [("awal tahun depan", "part_of_year")]),
    ("akhir 2021", [("akhir 2021", "part_of_year")]),
    ("pertengahan tahun 2022", [("pertengahan tahun 2022", "part_of_year")]),
    ("akhir tahun ini", [("akhir tahun ini", "part_of_year")]),
    ("pada tahun 2022", [("tahun 2022", "year")]),
    # no date
    ("mengganggu pemilihan kongres AS 2022 dengan", []),
    ("nomor 0811 9787 670", []),
    ("skor 3/2 untuk tuan rumah", []),
    ("Di awal pembicaraan, Blinken", []),
    ("di tengah ketegangan", []),
    ("maret", []),
    ("beberapa minggu", []),
    ("selasa", []),
    ("seminggu", []),
    ("Setengah jam setelah pertemuan", []),
    ("30 Februari 2021", []),
    ("Jen Psaki", []),
    ("12/31/2021", []),  # dateparser would swap day and month; a 31st month is no date
    # several in one sentence
    (
        "pada 9 Januari, diikuti oleh pertemuan di Brussel dua hari kemudian dan "
        "negosiasi di Wina pada 13 Januari",
        [("9 Januari", "day_month"), ("dua hari kemudian", "relative"),
         ("13 Januari", "day_month")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find_dates(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text)
    assert [(m.text, m.form) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "deictic"),
    [("hari ini", True), ("kemarin", True), ("besok", True), ("tadi malam", True),
     ("seminggu lalu", False), ("bulan depan", False), ("hari Selasa", False),
     ("9 Januari", False)],
)  # fmt: skip
def test_deictic(text: str, deictic: bool) -> None:
    (m,) = find_dates(text)
    assert m.deictic is deictic


def anchor(day: str) -> DateRange:
    return DateRange(D(day), D(day), True, day)


# (text, reference, direction, anchor, year hints, lo, hi, year_known)
RESOLVE: list[tuple[str, str | None, str | None, str | None, list[int], str, str, bool]] = [
    # the required resolutions
    ("Rabu (28/7)", "2021-07-29", None, None, [], "2021-07-28", "2021-07-28", True),
    ("Jumat (31/12)", None, None, None, [2022], "2021-12-31", "2021-12-31", True),
    ("Jumat (31/12)", "2021-12-31", None, None, [2022], "2021-12-31", "2021-12-31", True),
    ("9 Januari", "2021-12-31", "future", None, [], "2022-01-09", "2022-01-09", True),
    ("10 Januari 2022", "2021-12-31", None, None, [], "2022-01-10", "2022-01-10", True),
    ("10 Januari 2022", None, None, None, [], "2022-01-10", "2022-01-10", True),
    ("seminggu lalu", "2021-07-29", "past", None, [], "2021-07-20", "2021-07-24", True),
    ("satu minggu lalu", "2021-07-29", "past", None, [], "2021-07-20", "2021-07-24", True),
    ("bulan Juni", None, None, None, [], "2000-06-01", "2000-06-30", False),
    ("awal Juni", None, None, None, [], "2000-06-01", "2000-06-10", False),
    ("bulan September", "2021-07-29", "future", None, [], "2021-09-01", "2021-09-30", True),
    ("dua hari kemudian", "2021-12-31", None, "2022-01-09", [], "2022-01-11", "2022-01-11", True),
    # absolute dates
    ("Kamis (29/7/2021)", None, None, None, [], "2021-07-29", "2021-07-29", True),
    ("Selasa, 27 Juli 2021", "2021-07-29", "future", None, [], "2021-07-27", "2021-07-27", True),
    ("29/7/2021", None, None, None, [], "2021-07-29", "2021-07-29", True),
    ("Senin (26/7/21)", None, None, None, [], "2021-07-26", "2021-07-26", True),
    ("17 Ags 2021", None, None, None, [], "2021-08-17", "2021-08-17", True),  # dateparser: None
    # a weekday with a day and month takes the year in which the weekday falls
    ("Rabu (28/7)", "2021-07-29", "future", None, [], "2021-07-28", "2021-07-28", True),
    ("Rabu (28/7)", None, None, None, [2021], "2021-07-28", "2021-07-28", True),
    ("Rabu (28/7)", None, None, None, [], "2000-07-28", "2000-07-28", False),
    ("Sabtu (1/1)", "2021-12-31", None, None, [], "2022-01-01", "2022-01-01", True),
    # ... but a weekday that fits no nearby year leaves the date to the tense
    ("Senin (28/7)", "2021-07-29", None, None, [], "2021-07-28", "2021-07-28", True),
    # day and month: the tense's side of the reference, else the nearest
    ("9 Januari", "2021-12-31", None, None, [], "2022-01-09", "2022-01-09", True),
    ("9 Januari", "2021-12-31", "past", None, [], "2021-01-09", "2021-01-09", True),
    ("7 Desember", "2021-12-31", None, None, [], "2021-12-07", "2021-12-07", True),
    ("7 Desember", "2021-12-31", "future", None, [], "2022-12-07", "2022-12-07", True),
    ("31 Desember", "2021-12-31", "future", None, [], "2021-12-31", "2021-12-31", True),
    ("13 Januari", None, None, None, [2022], "2000-01-13", "2000-01-13", False),
    ("29 Februari", "2021-07-29", None, None, [], "2020-02-29", "2020-02-29", True),
    # weekdays: the most recent on or before the reference, or the next with "future"
    ("hari Selasa", "2021-07-29", None, None, [], "2021-07-27", "2021-07-27", True),
    ("hari Selasa", "2021-07-29", "past", None, [], "2021-07-27", "2021-07-27", True),
    ("hari Kamis", "2021-07-29", "future", None, [], "2021-07-29", "2021-07-29", True),
    ("hari Kamis", "2021-07-29", None, None, [], "2021-07-29", "2021-07-29", True),
    ("hari Senin", "2021-07-29", "future", None, [], "2021-08-02", "2021-08-02", True),
    ("Jumat", "2021-12-31", None, None, [], "2021-12-31", "2021-12-31", True),
    ("Kamis", "2021-12-31", None, None, [], "2021-12-30", "2021-12-30", True),
    ("Kamis lalu", "2021-07-29", None, None, [], "2021-07-22", "2021-07-22", True),
    ("Kamis depan", "2021-07-29", None, None, [], "2021-08-05", "2021-08-05", True),
    # offsets from the reference, with the vagueness window of their unit
    ("sepekan lalu", "2021-07-29", None, None, [], "2021-07-20", "2021-07-24", True),
    ("pekan lalu", "2021-07-29", None, None, [], "2021-07-20", "2021-07-24", True),
    ("minggu depan", "2021-07-29", None, None, [], "2021-08-03", "2021-08-07", True),
    ("dua minggu lalu", "2021-07-29", None, None, [], "2021-07-11", "2021-07-19", True),
    ("dua hari lalu", "2021-07-29", None, None, [], "2021-07-27", "2021-07-27", True),
    ("tiga hari lagi", "2021-07-29", None, None, [], "2021-08-01", "2021-08-01", True),
    ("sebulan lalu", "2021-07-29", None, None, [], "2021-06-22", "2021-07-06", True),
    ("setahun lalu", "2021-07-29", None, None, [], "2020-06-29", "2020-08-28", True),
    ("beberapa minggu ke depan", "2021-05-20", "future", None, [], "2021-05-27", "2021-07-01",
     True),
    ("dua minggu terakhir", "2021-07-29", None, None, [], "2021-07-15", "2021-07-29", True),
    # offsets from the date just mentioned, or from the reference without one
    ("dua hari kemudian", "2021-12-31", None, None, [], "2022-01-02", "2022-01-02", True),
    ("dua hari sebelumnya", "2021-12-31", None, "2022-01-09", [], "2022-01-07", "2022-01-07",
     True),
    ("seminggu kemudian", None, None, "2022-01-09", [], "2022-01-14", "2022-01-18", True),
    # calendar periods
    ("bulan lalu", "2021-07-29", None, None, [], "2021-06-01", "2021-06-30", True),
    ("bulan depan", "2021-12-31", None, None, [], "2022-01-01", "2022-01-31", True),
    ("bulan ini", "2021-02-10", None, None, [], "2021-02-01", "2021-02-28", True),
    ("tahun depan", "2021-12-31", None, None, [], "2022-01-01", "2022-12-31", True),
    ("tahun lalu", "2021-07-29", None, None, [], "2020-01-01", "2020-12-31", True),
    ("pekan ini", "2021-07-29", None, None, [], "2021-07-26", "2021-08-01", True),
    ("awal tahun depan", "2021-12-31", None, None, [], "2022-01-01", "2022-03-31", True),
    ("akhir tahun ini", "2021-07-29", None, None, [], "2021-10-01", "2021-12-31", True),
    ("akhir 2021", None, None, None, [], "2021-10-01", "2021-12-31", True),
    ("pertengahan tahun 2022", None, None, None, [], "2022-05-01", "2022-08-31", True),
    ("tahun 2022", None, None, None, [], "2022-01-01", "2022-12-31", True),
    ("awal bulan depan", "2021-12-31", None, None, [], "2022-01-01", "2022-01-10", True),
    # speaker-relative days
    ("hari ini", "2021-12-31", None, None, [], "2021-12-31", "2021-12-31", True),
    ("kemarin", "2021-12-31", None, None, [], "2021-12-30", "2021-12-30", True),
    ("besok", "2021-12-31", None, None, [], "2022-01-01", "2022-01-01", True),
    ("lusa", "2021-12-31", None, None, [], "2022-01-02", "2022-01-02", True),
    ("tadi malam", "2021-12-31", None, None, [], "2021-12-30", "2021-12-31", True),
    # months: the tense's side of the reference, else the nearest occurrence
    ("bulan September", "2021-07-29", None, None, [], "2021-09-01", "2021-09-30", True),
    ("bulan September", "2021-07-29", "past", None, [], "2020-09-01", "2020-09-30", True),
    ("bulan Juli", "2021-07-29", "future", None, [], "2021-07-01", "2021-07-31", True),
    ("bulan Juni", "2021-05-20", "future", None, [], "2021-06-01", "2021-06-30", True),
    ("Januari", "2021-05-20", "past", None, [], "2021-01-01", "2021-01-31", True),
    ("Januari", "2021-12-31", None, None, [], "2022-01-01", "2022-01-31", True),
    ("Januari", "2021-12-31", "past", None, [], "2021-01-01", "2021-01-31", True),
    ("Maret", "2021-05-20", None, None, [], "2021-03-01", "2021-03-31", True),
    ("Mei lalu", "2021-07-29", "future", None, [], "2021-05-01", "2021-05-31", True),
    ("Januari 2022", "2021-07-29", "past", None, [], "2022-01-01", "2022-01-31", True),
    ("bulan Februari", None, None, None, [], "2000-02-01", "2000-02-29", False),
    # parts of months
    ("awal Juni", "2021-05-20", "future", None, [], "2021-06-01", "2021-06-10", True),
    ("pertengahan Juli", "2021-05-20", None, None, [], "2021-07-11", "2021-07-20", True),
    ("akhir Desember", "2021-07-29", None, None, [], "2021-12-21", "2021-12-31", True),
    ("akhir Februari", None, None, None, [], "2000-02-21", "2000-02-29", False),
    ("akhir Februari 2021", None, None, None, [], "2021-02-21", "2021-02-28", True),
    ("akhir Agustus", "2021-07-29", None, None, [], "2021-08-21", "2021-08-31", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "ref", "direction", "anchor_day", "hints", "lo", "hi", "known"), RESOLVE
)
def test_resolve(
    text: str,
    ref: str | None,
    direction: str | None,
    anchor_day: str | None,
    hints: list[int],
    lo: str,
    hi: str,
    known: bool,
) -> None:
    (mention,) = find_dates(text)
    rng = resolve(
        mention,
        D(ref) if ref else None,
        direction=direction,
        anchor=anchor(anchor_day) if anchor_day else None,
        year_hints=hints,
    )
    assert rng is not None
    assert (rng.lo, rng.hi, rng.year_known) == (D(lo), D(hi), known)
    assert rng.reading.startswith(f"{text} = ")


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        # a weekday or a relative date needs a reference to be placed in time
        ("hari Selasa", None),
        ("Jumat", None),
        ("seminggu lalu", None),
        ("dua hari kemudian", None),
        ("bulan lalu", None),
        ("tahun depan", None),
        ("awal tahun depan", None),
        ("awal bulan depan", None),
        ("hari ini", None),
        ("pekan ini", None),
    ],
)
def test_unknowable_without_reference(text: str, ref: str | None) -> None:
    (mention,) = find_dates(text)
    assert resolve(mention, None) is None


@pytest.mark.parametrize(
    ("text", "ref", "kwargs", "reading"),
    [
        ("Jumat (31/12)", None, {"year_hints": [2022]},
         "Jumat (31/12) = 2021-12-31 (the year in which 31/12 falls on a Friday, nearest 2022)"),
        ("awal Juni", "2021-05-20", {"direction": "future"},
         "awal Juni = 2021-06-01..2021-06-10 "
         "(days 1–10 of the month; the one on or after 2021-05)"),
        ("seminggu lalu", "2021-07-29", {},
         "seminggu lalu = 2021-07-20..2021-07-24 (7 days before 2021-07-29 ± 2 days)"),
        ("bulan Juni", None, {}, "bulan Juni = --06-01..--06-30 (no source gives the year)"),
        ("10 Januari 2022", None, {},
         "10 Januari 2022 = 2022-01-10 (as written, read by dateparser)"),
        ("17 Ags 2021", None, {}, "17 Ags 2021 = 2021-08-17 (as written)"),
        ("Senin (29/7/2021)", None, {}, "Senin (29/7/2021) = 2021-07-29 (as written, read by "
         "dateparser; but 2021-07-29 is a Thursday, not the weekday written)"),
        ("Senin (28/7)", "2021-07-29", {},
         "Senin (28/7) = 2021-07-28 (the one nearest 2021-07-29; the weekday fits no nearby year)"),
    ],
)  # fmt: skip
def test_reading(text: str, ref: str | None, kwargs: dict[str, object], reading: str) -> None:
    (mention,) = find_dates(text)
    rng = resolve(mention, D(ref) if ref else None, **kwargs)  # type: ignore[arg-type]
    assert rng is not None and rng.reading == reading


SEED_DATES = {
    "000": ["bulan September", "hari Kamis", "seminggu lalu", "hari Selasa", "Selasa"],
    "001": ["Rabu (28/7)", "bulan lalu", "Kamis (29/7/2021)", "bulan September",
            "satu minggu lalu", "hari Selasa"],
    "002": ["hari Rabu", "bulan Januari", "hari Senin", "hari Selasa", "bulan Juni", "hari Senin",
            "beberapa minggu ke depan"],
    "003": ["hari Rabu", "Januari", "awal Juni", "Maret", "hari Rabu"],
    "004": ["9 Januari", "dua hari kemudian", "13 Januari", "Jumat", "Jumat (31/12)", "hari ini",
            "awal tahun depan", "10 Januari 2022", "bulan depan", "Kamis", "7 Desember",
            "bulan depan"],
}  # fmt: skip


@pytest.mark.seeds
@pytest.mark.parametrize(("seed", "expected"), sorted(SEED_DATES.items()))
def test_seed_dates(seed: str, expected: list[str]) -> None:
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    found = find_dates(path.read_text(encoding="utf-8"))
    assert [m.text for m in found] == expected
    deictic = Counter(m.text for m in found if m.deictic)
    assert deictic == (Counter({"hari ini": 1}) if seed == "004" else Counter())
