"""Dates in Indonesian text (ledger.dates): finding mentions, then resolving them to ranges."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ledger.dates import DateRange, find_dates, resolve, weekday_mismatch

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
    # "minggu": a week after a shift word or an amount, Sunday on evidence only
    ("Pertemuan Lanjutan Digelar Minggu Depan", [("Minggu Depan", "relative")]),
    ("dibahas lagi minggu depan", [("minggu depan", "relative")]),
    ("Minggu ini, kedua pihak", [("Minggu ini", "relative")]),
    ("pada minggu kedua", []),
    ("Digelar Pada Minggu Ketiga", []),
    ("selama dua Minggu", []),
    ("pada akhir minggu", [("akhir minggu", "part_of_week")]),
    ("Sekolah Minggu ditutup", []),
    ("Mereka bertemu Minggu di Jenewa", []),  # capitals alone prove nothing
    ("pada Minggu pagi", [("Minggu", "weekday")]),
    ("Minggu malam waktu Jenewa", [("Minggu", "weekday")]),
    ("bertemu pada Minggu di Jenewa", [("Minggu", "weekday")]),
    ("sejak Minggu", [("Minggu", "weekday")]),
    ("Bertemu Pada Minggu Pagi", [("Minggu", "weekday")]),
    ("hari Minggu depan", [("hari Minggu depan", "weekday")]),
    ("Minggu, 9 Januari 2022", [("Minggu, 9 Januari 2022", "absolute")]),
    ("Minggu (9/1)", [("Minggu (9/1)", "day_month")]),
    # Title Case lines make no ordinary capitalised word a date
    ("Dua Minggu Lagi Menuju KTT", [("Dua Minggu Lagi", "relative")]),
    ("Rusia Dan AS Sepakat Bertemu Lagi Di Jenewa", []),
    ("Sekolah Minggu Dan Pekan Budaya Dibuka", []),
    ("Putin Dan Biden Bertemu Selama Dua Jam", []),
    # a weekday after "setiap" is a habit
    ("setiap Senin", []),
    ("tiap hari Kamis", []),
    # ranges of days are one mention
    ("pada 9-10 Januari", [("9-10 Januari", "day_range")]),
    ("9–10 Januari 2022", [("9–10 Januari 2022", "day_range")]),
    ("10 hingga 12 Januari", [("10 hingga 12 Januari", "day_range")]),
    ("10 sampai 12 Januari", [("10 sampai 12 Januari", "day_range")]),
    ("dari 10 hingga 12 Januari", [("10 hingga 12 Januari", "day_range")]),
    ("antara 10 dan 12 Januari", [("antara 10 dan 12 Januari", "day_range")]),
    ("pada 30 Januari-2 Februari", [("30 Januari-2 Februari", "day_range")]),
    ("30 Desember 2021 - 2 Januari 2022", [("30 Desember 2021 - 2 Januari 2022", "day_range")]),
    ("12-10 Januari", []),
    ("31 Desember-2 Januari", []),  # across a new year only with its years
    ("10 dan 12 Januari", [("12 Januari", "day_month")]),  # two days, not a range
    # parts of a week
    ("akhir pekan ini", [("akhir pekan ini", "part_of_week")]),
    ("awal pekan depan", [("awal pekan depan", "part_of_week")]),
    ("pada akhir pekan", [("akhir pekan", "part_of_week")]),
    # dated from the date named before
    ("sehari setelahnya", [("sehari setelahnya", "relative")]),
    ("keesokan harinya", [("keesokan harinya", "relative")]),
    ("sehari sebelumnya", [("sehari sebelumnya", "relative")]),
    ("seminggu kemudian", [("seminggu kemudian", "relative")]),
    ("dua hari setelah itu", [("dua hari setelah itu", "relative")]),
    ("pada hari yang sama", [("hari yang sama", "relative")]),
    ("esok harinya", [("esok harinya", "relative")]),
    # clock times
    ("pukul 15.30", [("pukul 15.30", "time")]),
    ("pukul 15.30 waktu setempat", [("pukul 15.30 waktu setempat", "time")]),
    ("pukul 09.00 WIB", [("pukul 09.00 WIB", "time")]),
    ("jam 3 sore", [("jam 3 sore", "time")]),
    ("pukul 10.00 waktu Moskow", [("pukul 10.00 waktu Moskow", "time")]),
    ("pukul 7 waktu yang sama", [("pukul 7", "time")]),
    ("Senin (10/1) pukul 15.30", [("Senin (10/1)", "day_month"), ("pukul 15.30", "time")]),
    ("jam 3", []),
    ("dua jam 30 menit", []),
    ("pukul 25.00", []),
    ("jam 9 siang", []),
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
    # a week named with a shift word: the calendar week, or about seven days off
    ("pekan lalu", "2021-07-29", None, None, [], "2021-07-19", "2021-07-25", True),
    ("minggu depan", "2021-07-29", None, None, [], "2021-08-02", "2021-08-08", True),
    ("Minggu Depan", "2022-01-10", None, None, [], "2022-01-15", "2022-01-23", True),
    ("minggu lalu", "2022-01-10", None, None, [], "2022-01-01", "2022-01-09", True),
    ("Minggu ini", "2022-01-12", None, None, [], "2022-01-10", "2022-01-16", True),
    ("dua minggu lalu", "2021-07-29", None, None, [], "2021-07-11", "2021-07-19", True),
    ("dua hari lalu", "2021-07-29", None, None, [], "2021-07-27", "2021-07-27", True),
    ("tiga hari lagi", "2021-07-29", None, None, [], "2021-08-01", "2021-08-01", True),
    ("sebulan lalu", "2021-07-29", None, None, [], "2021-06-22", "2021-07-06", True),
    ("setahun lalu", "2021-07-29", None, None, [], "2020-06-29", "2020-08-28", True),
    ("beberapa minggu ke depan", "2021-05-20", "future", None, [], "2021-05-27", "2021-07-01",
     True),
    ("dua minggu terakhir", "2021-07-29", None, None, [], "2021-07-15", "2021-07-29", True),
    # offsets from the date just mentioned (the anchor), never from the reference
    ("dua hari sebelumnya", "2021-12-31", None, "2022-01-09", [], "2022-01-07", "2022-01-07",
     True),
    ("seminggu kemudian", None, None, "2022-01-09", [], "2022-01-14", "2022-01-18", True),
    ("sehari setelahnya", "2021-12-31", None, "2022-01-09", [], "2022-01-10", "2022-01-10", True),
    ("keesokan harinya", "2021-12-31", None, "2022-01-09", [], "2022-01-10", "2022-01-10", True),
    ("sehari sebelumnya", None, None, "2022-01-09", [], "2022-01-08", "2022-01-08", True),
    ("hari yang sama", None, None, "2022-01-09", [], "2022-01-09", "2022-01-09", True),
    ("dua hari setelah itu", None, None, "2022-01-09", [], "2022-01-11", "2022-01-11", True),
    # ranges of days
    ("9-10 Januari", "2021-12-31", "future", None, [], "2022-01-09", "2022-01-10", True),
    ("9–10 Januari 2022", None, None, None, [], "2022-01-09", "2022-01-10", True),
    ("10 hingga 12 Januari", "2022-01-05", None, None, [], "2022-01-10", "2022-01-12", True),
    ("antara 10 dan 12 Januari", "2022-01-05", None, None, [], "2022-01-10", "2022-01-12", True),
    ("30 Januari-2 Februari", "2022-01-05", None, None, [], "2022-01-30", "2022-02-02", True),
    ("30 Januari-2 Februari 2024", None, None, None, [], "2024-01-30", "2024-02-02", True),
    ("30 Desember 2021-2 Januari 2022", None, None, None, [], "2021-12-30", "2022-01-02", True),
    ("30 Desember-2 Januari 2022", None, None, None, [], "2021-12-30", "2022-01-02", True),
    ("10 sampai 12 Januari", None, None, None, [2022], "2000-01-10", "2000-01-12", False),
    # parts of a week: the week of the reference, shifted; with no shift, the tense's
    ("akhir pekan ini", "2022-01-12", None, None, [], "2022-01-14", "2022-01-16", True),
    ("akhir pekan lalu", "2022-01-12", None, None, [], "2022-01-07", "2022-01-09", True),
    ("awal pekan depan", "2022-01-12", None, None, [], "2022-01-17", "2022-01-19", True),
    ("akhir pekan", "2022-01-12", "past", None, [], "2022-01-07", "2022-01-09", True),
    ("akhir pekan", "2022-01-12", "future", None, [], "2022-01-14", "2022-01-16", True),
    ("akhir pekan", "2022-01-15", "past", None, [], "2022-01-14", "2022-01-16", True),
    # a weekday with a day and month: the weekday checks the tense's reading, never moves
    # it to another year; a year the article names is taken only where the weekday fits
    ("Minggu (2/1)", "2022-01-15", None, None, [], "2022-01-02", "2022-01-02", True),
    ("Minggu (3/1)", "2022-01-03", None, None, [], "2022-01-03", "2022-01-03", True),
    ("Minggu (2/1)", "2021-01-15", None, None, [], "2021-01-02", "2021-01-02", True),
    ("Senin (2/8)", "2021-07-29", "past", None, [], "2021-08-02", "2021-08-02", True),
    ("Jumat (31/12)", "2022-01-02", "future", None, [], "2022-12-31", "2022-12-31", True),
    ("Minggu (9/1)", None, None, None, [2022], "2022-01-09", "2022-01-09", True),
    ("Minggu (9/1)", None, None, None, [2021], "2022-01-09", "2022-01-09", True),
    ("Minggu (9/1)", None, None, None, [2018], "2000-01-09", "2000-01-09", False),
    ("9 Januari", None, None, None, [2022], "2000-01-09", "2000-01-09", False),
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
        ("akhir pekan ini", None),
        ("pukul 15.30", None),
    ],
)
def test_unknowable_without_reference(text: str, ref: str | None) -> None:
    (mention,) = find_dates(text)
    assert resolve(mention, None) is None


@pytest.mark.parametrize(
    "text",
    ["dua hari kemudian", "sehari setelahnya", "keesokan harinya", "sehari sebelumnya",
     "seminggu kemudian", "pada hari yang sama", "dua hari setelah itu", "esok harinya"],
)  # fmt: skip
def test_dated_from_an_anchor_only(text: str) -> None:
    """Counted from a date the text named: with a reference but no anchor, no date at all."""
    (mention,) = find_dates(text)
    assert mention.needs_anchor
    assert resolve(mention, D("2022-01-05"), direction="future") is None
    named = DateRange(D("2022-01-09"), D("2022-01-09"), True, "9 Januari", "written")
    rng = resolve(mention, D("2022-01-05"), anchor=named)
    assert rng is not None and rng.basis == "written"
    assert abs((rng.lo - D("2022-01-09")).days) <= 7


@pytest.mark.parametrize(
    "text", ["seminggu lalu", "dua hari lagi", "hari ini", "besok", "bulan depan", "9 Januari"]
)
def test_not_dated_from_an_anchor(text: str) -> None:
    (mention,) = find_dates(text)
    assert not mention.needs_anchor


# (text, minutes since midnight, zone, minutes ahead of UTC)
CLOCK: list[tuple[str, int, str | None, int | None]] = [
    ("pukul 15.30", 930, None, None),
    ("pukul 15:30", 930, None, None),
    ("pukul 15.30 waktu setempat", 930, "waktu setempat", None),
    ("pukul 09.00 WIB", 540, "WIB", 420),
    ("pukul 10.00 WITA", 600, "WITA", 480),
    ("pukul 14.00 GMT", 840, "GMT", 0),
    ("pukul 10.00 waktu Moskow", 600, "waktu Moskow", None),
    ("jam 3 sore", 900, None, None),
    ("jam 10 pagi", 600, None, None),
    ("jam 12 siang", 720, None, None),
    ("jam 12 malam", 0, None, None),
    ("jam 9 malam", 1260, None, None),
    ("pukul 2 dini hari", 120, None, None),
    ("pukul 8", 480, None, None),
    ("jam 15.00", 900, None, None),
]


@pytest.mark.parametrize(("text", "minutes", "zone", "offset"), CLOCK)
def test_clock_times(text: str, minutes: int, zone: str | None, offset: int | None) -> None:
    """A clock time is found with its minutes of the day; alone it names no day."""
    (mention,) = find_dates(text)
    assert (mention.form, mention.text) == ("time", text)
    assert (mention.minutes, mention.zone, mention.utc_offset) == (minutes, zone, offset)
    assert resolve(mention, D("2022-01-10")) is None


# (sentence, [(mention, modality)]): "planned" when a planning word governs the mention
MODALITY: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Pertemuan dijadwalkan pukul 15.30, tetapi baru dimulai pukul 15.35.",
     [("pukul 15.30", "planned"), ("pukul 15.35", None)]),
    ("Pertemuan yang dijadwalkan pukul 15.00 itu baru dimulai pukul 15.35.",
     [("pukul 15.00", "planned"), ("pukul 15.35", None)]),
    ("Pembicaraan dijadwalkan akan dimulai pukul 15.30 waktu setempat.",
     [("pukul 15.30 waktu setempat", "planned")]),
    ("Rencananya, pertemuan digelar pukul 09.00 WIB.", [("pukul 09.00 WIB", None)]),
    ("Pertemuan itu rencananya digelar pada 9 Januari.", [("9 Januari", "planned")]),
    ("Pembicaraan semula dijadwalkan pada 9 Januari, namun digelar 10 Januari.",
     [("9 Januari", "planned"), ("10 Januari", None)]),
    ("KTT seharusnya dibuka pada 9-10 Januari.", [("9-10 Januari", "planned")]),
    ("Pertemuan dijadwalkan pada Senin (10/1) pukul 15.30.",
     [("Senin (10/1)", "planned"), ("pukul 15.30", "planned")]),
    ("Pertemuan yang direncanakan sejak lama itu dimulai pukul 15.35.", [("pukul 15.35", None)]),
    ("Pertemuan berlangsung pukul 15.35, lebih lambat dari yang dijadwalkan.",
     [("pukul 15.35", None)]),
    ("Pertemuan dimulai pukul 15.35 pada 10 Januari.",
     [("pukul 15.35", None), ("10 Januari", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MODALITY)
def test_modality(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(m.text, m.modality) for m in find_dates(text)] == expected


# (text, reference, year hints, the sentence, or None when the weekday fits or cannot be judged)
MISMATCH: list[tuple[str, str | None, list[int], str | None]] = [
    ("Senin, 15 Maret 2022", None, [],
     "'Senin, 15 Maret 2022': 15 March 2022 was a Tuesday, not a Monday (Senin)"),
    ("Selasa, 15 Maret 2022", None, [], None),
    ("Minggu (2/1/2021)", "2022-01-15", [],
     "'Minggu (2/1/2021)': 2 January 2021 was a Saturday, not a Sunday (Minggu)"),
    ("Sabtu (2/1/2021)", "2022-01-15", [], None),
    ("Kamis, 10 Juni 2022", None, [],
     "'Kamis, 10 Juni 2022': 10 June 2022 was a Friday, not a Thursday (Kamis)"),
    ("Minggu (3/1)", "2022-01-03", [],
     "'Minggu (3/1)': 3 January 2022 (year from the article's date) was a Monday, "
     "not a Sunday (Minggu)"),
    ("Minggu (2/1)", "2021-01-15", [],
     "'Minggu (2/1)': 2 January 2021 (year from the article's date) was a Saturday, "
     "not a Sunday (Minggu)"),
    ("Minggu (2/1)", "2022-01-15", [], None),
    ("Jumat (31/12)", "2022-01-02", [], None),
    ("Rabu (28/7)", "2021-07-29", [], None),
    ("Minggu (3/1)", None, [], None),  # no year: nothing to judge
    ("Minggu (3/1)", None, [2022], None),  # no year fits nearby: still nothing to judge
    ("Jumat (31/12)", None, [2022], None),  # the year named nearby fits
    ("Jum'at, 31 Desember 2021", None, [], None),
    ("hari Senin (26/7/21)", None, [], None),
    ("Kamis (28/7/2021)", None, [],
     "'Kamis (28/7/2021)': 28 July 2021 was a Wednesday, not a Thursday (Kamis)"),
    ("9 Januari 2022", None, [], None),  # no weekday written
    ("Senin (10/1)", "2022-12-20", [], None),  # the tense's reading (past) fits
    ("Senin (2/8)", "2021-07-29", [], None),  # the nearest fits, in the article's own year
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "hints", "expected"), MISMATCH)
def test_weekday_mismatch(
    text: str, ref: str | None, hints: list[int], expected: str | None
) -> None:
    (mention,) = find_dates(text)
    rng = resolve(mention, D(ref) if ref else None, direction="past", year_hints=hints)
    assert weekday_mismatch(mention, rng) == expected


def test_weekday_mismatch_needs_one_known_day() -> None:
    """A range, an unresolved mention or a date without a year is never judged."""
    (mention,) = find_dates("Senin, 15 Maret 2022")
    assert weekday_mismatch(mention, None) is None
    wide = DateRange(D("2022-03-14"), D("2022-03-15"), True, "", "written")
    assert weekday_mismatch(mention, wide) is None
    no_year = DateRange(D("2000-03-15"), D("2000-03-15"), False, "", "none")
    assert weekday_mismatch(mention, no_year) is None


# (text, reference, anchor, year hints, basis): where the year of the resolved date came from
BASIS: list[tuple[str, str | None, str | None, list[int], str]] = [
    ("10 Januari 2022", "2021-12-31", None, [], "written"),
    ("9–10 Januari 2022", None, None, [], "written"),
    ("akhir 2021", None, None, [], "written"),
    ("9 Januari", "2021-12-31", None, [], "reference"),
    ("bulan depan", "2021-12-31", None, [], "reference"),
    ("hari Selasa", "2021-12-31", None, [], "reference"),
    ("Minggu (9/1)", None, None, [2022], "weekday"),
    ("9 Januari", None, None, [2022], "none"),
    ("bulan Juni", None, None, [2021], "none"),
    ("dua hari kemudian", "2021-12-31", "2022-01-09", [], "written"),
]


@pytest.mark.parametrize(("text", "ref", "anchor_day", "hints", "basis"), BASIS)
def test_basis(
    text: str, ref: str | None, anchor_day: str | None, hints: list[int], basis: str
) -> None:
    (mention,) = find_dates(text)
    rng = resolve(
        mention,
        D(ref) if ref else None,
        anchor=DateRange(D(anchor_day), D(anchor_day), True, "", "written") if anchor_day else None,
        year_hints=hints,
    )
    assert rng is not None and rng.basis == basis
    assert rng.year_known is (basis != "none")


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
         "Senin (28/7) = 2021-07-28 (the one nearest 2021-07-29; "
         "but 2021-07-28 is a Wednesday, not the weekday written)"),
        ("9-10 Januari", "2021-12-31", {"direction": "future"},
         "9-10 Januari = 2022-01-09..2022-01-10 (the first on or after 2021-12-31)"),
        ("dua hari kemudian", "2021-12-31", {"anchor": anchor("2022-01-09")},
         "dua hari kemudian = 2022-01-11 (2 days after 2022-01-09)"),
        ("keesokan harinya", None, {"anchor": anchor("2022-01-09")},
         "keesokan harinya = 2022-01-10 (+1 days from 2022-01-09, of the date named before)"),
        ("minggu depan", "2021-07-29", {},
         "minggu depan = 2021-08-02..2021-08-08 (the calendar week after 2021-07-29, "
         "or 7 days after 2021-07-29 ± 2 days)"),
        ("akhir pekan ini", "2022-01-12", {},
         "akhir pekan ini = 2022-01-14..2022-01-16 (the week of 2022-01-12, ISO days 5–7)"),
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
