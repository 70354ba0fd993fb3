"""Durations in Indonesian text (ledger.durations), as tables of (text, expected)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.families.durations.reading import find_durations

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# (text, [(span, stated minutes, lo, hi, hedge)])
CASES: list[tuple[str, list[tuple[str, float, float, float, str | None]]]] = [
    # exact values, digits and words
    ("berlangsung selama 50 menit itu", [("50 menit", 50, 50, 50, None)]),
    ("berlangsung 1 jam 45 menit, lebih lama dari jam yang diperkirakan",
     [("1 jam 45 menit", 105, 105, 105, None)]),
    ("dua jam tiga puluh menit", [("dua jam tiga puluh menit", 150, 150, 150, None)]),
    ("dua jam dan 30 menit", [("dua jam dan 30 menit", 150, 150, 150, None)]),
    ("tiga jam", [("tiga jam", 180, 180, 180, None)]),
    ("90 menit", [("90 menit", 90, 90, 90, None)]),
    ("1,5 jam", [("1,5 jam", 90, 90, 90, None)]),
    ("45 detik", [("45 detik", 0.75, 0.75, 0.75, None)]),
    ("dua hari", [("dua hari", 2880, 2880, 2880, None)]),
    ("dua hari tiga jam", [("dua hari tiga jam", 3060, 3060, 3060, None)]),
    # halves and se- forms
    ("setengah jam", [("setengah jam", 30, 30, 30, None)]),
    ("satu setengah jam", [("satu setengah jam", 90, 90, 90, None)]),
    ("dua setengah jam", [("dua setengah jam", 150, 150, 150, None)]),
    ("satu jam setengah", [("satu jam setengah", 90, 90, 90, None)]),
    ("seperempat jam", [("seperempat jam", 15, 15, 15, None)]),
    ("sejam", [("sejam", 60, 60, 60, None)]),
    ("semenit", [("semenit", 1, 1, 1, None)]),
    ("sehari penuh", [("sehari", 1440, 1440, 1440, None)]),
    # hedges before the amount
    ("Selama hampir dua jam diskusi", [("hampir dua jam", 120, 90, 120, "hampir")]),
    ("nyaris tiga jam", [("nyaris tiga jam", 180, 135, 180, "hampir")]),
    ("selama lebih dari tiga jam dan", [("lebih dari tiga jam", 180, 180, 270, "lebih dari")]),
    ("lebih daripada satu jam", [("lebih daripada satu jam", 60, 60, 90, "lebih dari")]),
    ("di atas 30 menit", [("di atas 30 menit", 30, 30, 45, "lebih dari")]),
    ("sekitar dua jam", [("sekitar dua jam", 120, 102, 138, "sekitar")]),
    ("kira-kira 40 menit", [("kira-kira 40 menit", 40, 34, 46, "sekitar")]),
    ("kurang lebih satu jam", [("kurang lebih satu jam", 60, 51, 69, "sekitar")]),
    ("sekira 20 menit", [("sekira 20 menit", 20, 17, 23, "sekitar")]),
    ("kurang dari satu jam", [("kurang dari satu jam", 60, 30, 60, "kurang dari")]),
    ("di bawah sejam", [("di bawah sejam", 60, 30, 60, "kurang dari")]),
    ("tidak sampai 10 menit", [("tidak sampai 10 menit", 10, 5, 10, "kurang dari")]),
    ("setidaknya dua jam", [("setidaknya dua jam", 120, 120, 240, "setidaknya")]),
    ("sedikitnya 30 menit", [("sedikitnya 30 menit", 30, 30, 60, "setidaknya")]),
    ("paling sedikit sejam", [("paling sedikit sejam", 60, 60, 120, "setidaknya")]),
    ("minimal 15 menit", [("minimal 15 menit", 15, 15, 30, "setidaknya")]),
    ("hingga dua jam", [("hingga dua jam", 120, 60, 120, "hingga")]),
    ("sampai 40 menit", [("sampai 40 menit", 40, 20, 40, "hingga")]),
    # hedge after the amount
    ("dua jam lebih", [("dua jam lebih", 120, 120, 180, "lebih dari")]),
    ("HAMPIR DUA JAM", [("HAMPIR DUA JAM", 120, 90, 120, "hampir")]),
    # offsets, differences, frequencies, ages, vague amounts: no duration claim
    ("Setengah jam setelah pertemuan hari Rabu", []),
    ("dua jam sebelum pertemuan", []),
    ("seminggu lalu", []),
    ("satu minggu lalu", []),
    ("dua hari kemudian", []),
    ("dua hari lalu", []),
    ("tiga tahun yang lalu", []),
    ("dua jam lagi", []),
    ("beberapa minggu ke depan", []),
    ("dua hari sebelumnya", []),
    ("dua jam lebih lama dari jadwal", []),
    ("seminggu sekali", []),
    ("setiap dua jam", []),
    ("dua kali sehari", []),
    ("berusia 78 tahun", []),
    ("beberapa minggu", []),
    ("lebih lama dari jam yang diperkirakan", []),
    ("berjam-jam", []),
    ("sehari-hari", []),
    ("jam 10 pagi", []),
    ("dua tiga jam", []),
    # the length of talks in days is a duration claim...
    ("Perundingan dua hari di Wina berakhir", [("dua hari", 2880, 2880, 2880, None)]),
    ("KTT itu berlangsung selama tiga hari", [("tiga hari", 4320, 4320, 4320, None)]),
    ("Pembicaraan berlangsung hampir dua jam", [("hampir dua jam", 120, 90, 120, "hampir")]),
    # ... but weeks, months and years are how long something else went on
    ("dua pekan", []),
    ("tiga minggu", []),
    ("seminggu", []),
    ("sepekan", []),
    ("dua bulan", []),
    ("sebulan", []),
    ("sepuluh tahun", []),
    ("setahun", []),
    ("Ketegangan meningkat selama dua bulan", []),
    ("masa jabatan empat tahun", []),
    ("menjabat sebagai menteri selama tiga tahun", []),
    ("Sanksi berlaku selama enam bulan", []),
    # reduplicated units and vague amounts state no length
    ("selama berbulan-bulan", []),
    ("bertahun-tahun", []),
    ("berhari-hari", []),
    ("dalam beberapa minggu terakhir", []),
    ("bulan ini", []),
    # dates and offsets are no length: "24 jam setelah" places one thing after another
    ("tiga bulan lalu", []),
    ("24 jam setelah pertemuan", []),
    ("24 jam sebelum KTT", []),
    ("sejam kemudian", []),
    ("dua jam setelah pembicaraan dimulai", []),
    ("dua hari menjelang KTT", []),
    ("tiga hari jelang pertemuan", []),
    ("dua hari pasca pertemuan", []),
    ("30 menit sejak dimulai", []),
    # ages
    ("Putin, yang berusia 70 tahun", []),
    ("berumur 45 tahun", []),
    # clock times are no length
    ("pukul 15.30 waktu setempat", []),
    ("jam 3 sore", []),
    # two durations in one text
    ("Telepon 50 menit, lalu pertemuan hampir dua jam.",
     [("50 menit", 50, 50, 50, None), ("hampir dua jam", 120, 90, 120, "hampir")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_durations(
    text: str, expected: list[tuple[str, float, float, float, str | None]]
) -> None:
    found = find_durations(text)
    assert [(d.text, d.hedge) for d in found] == [(e[0], e[4]) for e in expected]
    values = [v for d in found for v in (d.minutes, d.lo, d.hi)]
    assert values == pytest.approx([v for e in expected for v in e[1:4]])
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("hampir dua jam", "hampir dua jam = 90–120 min (hampir: 75–100% of 120 min)"),
        ("1 jam 45 menit", "1 jam 45 menit = 60 + 45 = 105 min"),
        ("50 menit", "50 menit = 50 min"),
        (
            "lebih dari tiga jam",
            "lebih dari tiga jam = 180–270 min (lebih dari: 100–150% of 180 min)",
        ),
    ],
)
def test_reading_says_how_it_was_read(text: str, reading: str) -> None:
    (d,) = find_durations(text)
    assert d.reading == reading


@pytest.mark.seeds
@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000", ["lebih dari tiga jam"]),
        ("001", []),
        ("002", ["hampir dua jam"]),
        ("003", ["1 jam 45 menit"]),
        ("004", ["50 menit"]),
    ],
)
def test_seeds_have_exactly_their_durations(seed: str, expected: list[str]) -> None:
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    assert [d.text for d in find_durations(text)] == expected
