"""Ingest: the seeds come through clean, and every bad file is refused with its reason."""

from __future__ import annotations

import codecs
import shutil
from datetime import date
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401 - registers the sloppy-windows-1252 codec
import pytest

from ledger.ingest import IngestError, find_dateline, read_article, read_articles
from ledger.model import Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
BODY = "Presiden Joko Widodo bertemu menteri di Jakarta pada hari Senin.\n"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    documents, bad = read_articles([SEEDS])
    assert bad == []
    return {doc.name[:3]: doc for doc in documents}


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def one(tmp_path: Path, content: str | bytes, name: str = "a.txt") -> Document:
    return read_article(write(tmp_path, name, content))


# --- the seeds --------------------------------------------------------------------------------


def test_seeds_come_in_name_order(seeds: dict[str, Document]) -> None:
    assert [doc.name for doc in seeds.values()] == SEED_NAMES
    assert all(doc.path == str(SEEDS / doc.name) for doc in seeds.values())


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_segments_are_the_trimmed_kept_lines(seeds: dict[str, Document], seed: str) -> None:
    doc = seeds[seed]
    lines = doc.text.split("\n")
    assert len(doc.segments) == len(lines)
    for segment, line in zip(doc.segments, lines, strict=True):
        piece = doc.text[segment.start : segment.end]
        assert piece and piece == piece.strip() and line.endswith(piece)
    assert "Â" not in doc.text and "\u00a0" not in doc.text and "  " not in doc.text


@pytest.mark.parametrize(
    ("seed", "left_out"),
    [
        ("001", "Advertisement"),
        ("001", "Untuk mengetahui kebenaran informasi"),
        ("001", "\nBaca Juga\n"),
        ("003", "Ninja budaya pop"),
        ("003", "Penggemar perjalanan"),
        ("004", "Sumber: Bloomberg"),
        ("004", "Editor: Noverius Laoli"),
    ],
)
def test_seed_boilerplate_is_gone(seeds: dict[str, Document], seed: str, left_out: str) -> None:
    doc = seeds[seed]
    assert left_out in doc.raw_text
    assert left_out not in f"\n{doc.text}\n"


@pytest.mark.parametrize(
    ("seed", "outlet", "place", "published", "source"),
    [
        ("000", None, None, None, None),
        ("001", "Liputan6.com", "Jenewa", date(2021, 7, 29), "text: Kamis (29/7/2021)"),
        ("002", None, None, None, None),
        ("003", None, None, None, None),
        ("004", "KONTAN.CO.ID", "Moskow", date(2021, 12, 31), "text: Jumat (31/12)"),
    ],
)
def test_seed_metadata_from_the_text(
    seeds: dict[str, Document],
    seed: str,
    outlet: str | None,
    place: str | None,
    published: date | None,
    source: str | None,
) -> None:
    doc = seeds[seed]
    assert (doc.outlet, doc.place, doc.published, doc.published_source) == (
        outlet,
        place,
        published,
        source,
    )
    assert doc.language == "id" and doc.encoding == "utf-8"


@pytest.mark.parametrize(
    ("seed", "kind", "texts"),
    [
        ("000", "heading", ["– Fokus pada lengan –"]),
        ("001", "heading", ["Jaga Stabilitas Hubungan"]),
        ("002", "heading", ["Ketegangan Arktik", "‘Bajak melalui Puing-puing’"]),
        (
            "003",
            "heading",
            [
                "Amerika Serikat dan Rusia mengakui “perbedaan serius”, tetapi menekankan dialog "
                "Berita Politik"
            ],
        ),
        ("004", "heading", []),
        (
            "004",
            "related",
            [
                "Presiden Rusia Vladimir Putin Tiba-Tiba Minta Berbicara dengan Joe Biden "
                "Via Telepon",
                "Dialog Keamanan AS-Rusia Dipastikan Berlangsung pada 10 Januari 2022",
                "Rusia dan Barat Bersitegang, Putin Telpon Xi Minta Dukungan China",
            ],
        ),
    ],
)
def test_seed_segment_kinds(
    seeds: dict[str, Document], seed: str, kind: str, texts: list[str]
) -> None:
    doc = seeds[seed]
    assert [doc.text[s.start : s.end] for s in doc.segments if s.kind == kind] == texts


def test_related_line_stays_in_the_text(seeds: dict[str, Document]) -> None:
    doc = seeds["004"]
    assert "\nBaca Juga: Rusia dan Barat Bersitegang" in doc.text
    assert doc.text.startswith("KONTAN.CO.ID - MOSKOW. Presiden")  # the dateline stays


def test_seed_mojibake_residue_is_reported(seeds: dict[str, Document]) -> None:
    assert "kedua perwakilan" in seeds["001"].text
    assert any("mojibake" in w for w in seeds["001"].warnings)
    assert seeds["000"].warnings == ()
    assert "“Diskusi di Jenewa bersifat profesional dan substantif,”" in seeds["000"].text


# --- decoding and repair ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "encoding", "warning"),
    [
        (
            f"Presiden Joko Widodo berkata “café” – ya….\n{BODY}".encode("cp1252"),
            "cp1252",
            "cp1252",
        ),
        ("Kafé di Jenewa\x81 ramai sekali.\n".encode("latin-1"), "latin-1", "latin-1"),
        (b"\xef\xbb\xbf" + BODY.encode(), "utf-8", None),
        (codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"), "utf-16", "UTF-16"),
    ],
)
def test_decoding_falls_back_and_says_so(
    tmp_path: Path, content: bytes, encoding: str, warning: str | None
) -> None:
    doc = one(tmp_path, content)
    assert doc.encoding == encoding
    assert [w for w in doc.warnings if "decoded" in w] == (
        [f"decoded as {warning}, not UTF-8"] if warning else []
    )
    assert not doc.text.startswith("\ufeff")


def test_cp1252_keeps_curly_quotes(tmp_path: Path) -> None:
    text = "Presiden Joko Widodo berkata “café” – dan pergi… ‘ya’.\n"
    doc = one(tmp_path, text.encode("cp1252"))
    assert doc.text == text.strip()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # Mojibake of a whole line: UTF-8 read as Windows-1252.
        (
            "Dia berkata “baik” – lalu pergi… ‘ya’.".encode().decode("sloppy-windows-1252"),
            "Dia berkata “baik” – lalu pergi… ‘ya’.",
        ),
        # Seed 001's residue: a no-break space read as cp1252, the space then lost.
        ("kedua negara.Â\nÂ\n Â \nLalu pulang.", "kedua negara.\nLalu pulang."),
        ("kedua\u00a0 perwakilan negara.", "kedua perwakilan negara."),
        # Legitimate characters stay: quotes, dashes, ellipses, a capital circumflex in a word.
        ("“ÂGE” – itu ‘judul’… katanya.", "“ÂGE” – itu ‘judul’… katanya."),
    ],
)
def test_repair(tmp_path: Path, content: str, expected: str) -> None:
    assert one(tmp_path, content).text == expected


def test_repair_is_recorded(tmp_path: Path) -> None:
    bad = "Dia berkata “baik” hari ini.".encode().decode("sloppy-windows-1252")
    warnings = one(tmp_path, bad).warnings
    assert any(w.startswith("repaired mojibake") for w in warnings)


# --- bad input --------------------------------------------------------------------------------

BAD_FILES: list[tuple[str, bytes | str, str | None, str]] = [
    ("empty.txt", b"", None, "empty file"),
    ("spaces.txt", " \n\t\n  \u00a0\n", None, "only whitespace"),
    ("furniture.txt", "Advertisement\nBaca Juga\n", None, "every line is boilerplate"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", None, "binary"),
    ("controls.txt", bytes(range(1, 9)) * 20 + b"abc", None, "binary"),
    ("huge.txt", BODY * 400, None, "too large"),
    ("badyaml.txt", BODY, "outlet: [unclosed\n", "sidecar badyaml.meta.yaml is not valid YAML"),
    ("list.txt", BODY, "- outlet\n- url\n", "sidecar list.meta.yaml is not a YAML mapping"),
    ("type.txt", BODY, "outlet: [a, b]\n", "sidecar type.meta.yaml: field 'outlet' must be text"),
    ("date.txt", BODY, "published: 2021-13-45\n", "sidecar date.meta.yaml: published '2021-13-45'"),
    ("words.txt", BODY, "published: kemarin\n", "published 'kemarin' is not a date"),
    ("lang.txt", BODY, "language: xx\n", "language 'xx' is not supported"),
    ("front.txt", f"---\ntitle: [x\n---\n{BODY}", None, "front matter is not valid YAML"),
    ("open.txt", f"---\ntitle: x\n{BODY}", None, "front matter opened with '---' is never closed"),
]


@pytest.mark.parametrize(("name", "content", "sidecar", "reason"), BAD_FILES)
def test_bad_file_is_refused_and_the_rest_come_in(
    tmp_path: Path, name: str, content: bytes | str, sidecar: str | None, reason: str
) -> None:
    for seed in SEED_NAMES:
        shutil.copy(SEEDS / seed, tmp_path / seed)
    write(tmp_path, name, content)
    if sidecar is not None:
        write(tmp_path, Path(name).stem + ".meta.yaml", sidecar)
    documents, bad = read_articles([tmp_path], max_bytes=10_000)
    assert [d.name for d in documents] == SEED_NAMES
    assert len(bad) == 1 and bad[0].path == str(tmp_path / name)
    assert reason in bad[0].reason
    with pytest.raises(IngestError, match=name):
        read_article(tmp_path / name, max_bytes=10_000)


def test_all_bad_files_at_once(tmp_path: Path) -> None:
    for name, content, sidecar, _ in BAD_FILES:
        write(tmp_path, name, content)
        if sidecar is not None:
            write(tmp_path, Path(name).stem + ".meta.yaml", sidecar)
    write(tmp_path, "good.md", BODY)
    documents, bad = read_articles([tmp_path], max_bytes=10_000)
    assert [d.name for d in documents] == ["good.md"]
    assert sorted(Path(b.path).name for b in bad) == sorted(n for n, *_ in BAD_FILES)


def test_size_limit_comes_from_data(tmp_path: Path) -> None:
    assert one(tmp_path, BODY * 400).text.startswith("Presiden")  # 26 kB is under 5 MB


def test_duplicate_under_another_name(tmp_path: Path) -> None:
    shutil.copy(SEEDS / SEED_NAMES[1], tmp_path / "zz_copy.txt")
    # The same text after cleaning: a BOM and CRLF line ends do not make it new.
    raw = (SEEDS / SEED_NAMES[2]).read_bytes().replace(b"\n", b"\r\n")
    write(tmp_path, "zz_crlf.txt", b"\xef\xbb\xbf" + raw)
    documents, bad = read_articles([SEEDS, tmp_path])
    assert [d.name for d in documents] == SEED_NAMES
    assert {(Path(b.path).name, b.reason) for b in bad} == {
        ("zz_copy.txt", f"duplicate of {SEED_NAMES[1]}"),
        ("zz_crlf.txt", f"duplicate of {SEED_NAMES[2]}"),
    }


def test_folder_listing(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", BODY)
    write(tmp_path, "a.md", "Menteri luar negeri tiba di Jenewa pada hari Selasa.\n")
    write(tmp_path, "b.meta.yaml", "outlet: Kompas.com\n")
    write(tmp_path, ".hidden.txt", "Teks tersembunyi tidak dibaca.\n")
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "c.txt", "Artikel di subfolder juga dibaca.\n")
    documents, bad = read_articles([tmp_path, tmp_path / "b.txt", tmp_path / "missing.txt"])
    assert [d.name for d in documents] == ["a.md", "b.txt", "c.txt"]
    assert documents[1].outlet == "Kompas.com"
    assert [(Path(b.path).name, b.reason) for b in bad] == [
        ("missing.txt", "no such file or folder")
    ]
    documents, bad = read_articles([tmp_path / "b.meta.yaml"])
    assert documents == [] and bad[0].reason == "a metadata sidecar, not an article"


def test_ingest_error_names_file_and_reason(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as caught:
        one(tmp_path, b"", name="kosong.txt")
    assert str(caught.value) == "kosong.txt: empty file (0 bytes)"
    assert isinstance(caught.value, ValueError) and caught.value.reason == "empty file (0 bytes)"


# --- metadata ---------------------------------------------------------------------------------


def test_sidecar_wins_over_the_text(tmp_path: Path) -> None:
    text = (SEEDS / SEED_NAMES[1]).read_text(encoding="utf-8")
    write(tmp_path, "a.txt", text)
    write(
        tmp_path,
        "a.meta.yaml",
        "outlet: Liputan 6\nurl: https://example.org/a\npublished: 2021-07-30\ntitle: Judul\n"
        "rubrik: dunia\n",
    )
    doc = read_article(tmp_path / "a.txt")
    assert (doc.outlet, doc.url, doc.published, doc.published_source, doc.place) == (
        "Liputan 6",
        "https://example.org/a",
        date(2021, 7, 30),
        "metadata",
        "Jenewa",
    )
    assert "ignored unknown metadata field 'rubrik'" in doc.warnings
    assert "metadata date 2021-07-30 differs from the text: Kamis (29/7/2021)" in doc.warnings


def test_front_matter_is_read_and_removed(tmp_path: Path) -> None:
    doc = one(
        tmp_path,
        f"---\noutlet: Tempo.co\npublished: '2021-05-19'\nlanguage: id\n---\n\n{BODY}",
        name="fm.md",
    )
    assert doc.text == BODY.strip()
    assert doc.raw_text.startswith("---\noutlet: Tempo.co")
    assert (doc.outlet, doc.published, doc.published_source) == (
        "Tempo.co",
        date(2021, 5, 19),
        "metadata",
    )
    assert doc.id == read_articles([write(tmp_path, "plain.txt", BODY)])[0][0].id


# --- what the text says of itself -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "place"),
    [
        ("Liputan6.com, Jenewa - Amerika Serikat mengatakan", "Liputan6.com", "Jenewa"),
        ("KONTAN.CO.ID - MOSKOW. Presiden Rusia Vladimir Putin", "KONTAN.CO.ID", "Moskow"),
        ("JAKARTA, KOMPAS.com - Presiden Joko Widodo", "KOMPAS.com", "Jakarta"),
        ("KUALA LUMPUR, detik.com – Perdana Menteri", "detik.com", "Kuala Lumpur"),
        ("Jakarta (ANTARA) - Menteri Luar Negeri", "ANTARA", "Jakarta"),
        ("Amerika Serikat mengatakan pada Rabu (28/7) bahwa", None, None),
        ("Presiden AS Joe Biden - yang baru menjabat - berkata", None, None),
    ],
)
def test_find_dateline(line: str, outlet: str | None, place: str | None) -> None:
    found = find_dateline(line)
    got = (found.outlet, found.place) if found else (None, None)
    assert got == (outlet, place)
    if found:
        assert line[found.end :][:1].isupper()


@pytest.mark.parametrize(
    ("text", "published", "source", "warning"),
    [
        (
            "Mengutip Reuters, Kamis (29/7/2021), menteri bertemu.",
            date(2021, 7, 29),
            "text: Kamis (29/7/2021)",
            None,
        ),
        (
            "Kata dia seperti dilansir Bloomberg, Jumat (31/12).\nDialog pada 10 Januari 2022.",
            date(2021, 12, 31),
            "text: Jumat (31/12)",
            None,
        ),
        (
            "Kata dia seperti dilansir Bloomberg, Jumat (31/12).\nDialog pada 10 Januari.",
            None,
            None,
            "no year in the text",
        ),
        (
            "Mengutip AFP, Senin (29/7/2021), menteri bertemu.",
            date(2021, 7, 29),
            "text: Senin (29/7/2021)",
            "the weekday does not match",
        ),
        ("Mengutip AFP, Senin (31/2/2021), menteri bertemu.", None, None, "not a real date"),
        (
            "Jenewa, Kamis (29/7/2021) - Menteri bertemu.",
            date(2021, 7, 29),
            "text: Kamis (29/7/2021)",
            None,
        ),
        ("Satu.\nDua.\nTiga.\nPada Kamis (29/7/2021) menteri bertemu.", None, None, None),
        ("Pada hari Kamis, menteri bertemu. Tahun 2021 sibuk.", None, None, None),
    ],
)
def test_published_from_the_text(
    tmp_path: Path, text: str, published: date | None, source: str | None, warning: str | None
) -> None:
    doc = one(tmp_path, text)
    assert (doc.published, doc.published_source) == (published, source)
    if warning:
        assert any(warning in w for w in doc.warnings)
    else:
        assert not any("publication date" in w or "weekday" in w for w in doc.warnings)


# --- lines ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Jaga Stabilitas Hubungan", "heading"),
        ("– Fokus pada lengan –", "heading"),
        ("‘Bajak melalui Puing-puing’", "heading"),
        ("Namun dia menambahkan: “Saya tidak akan menaikkan standar ekspektasi.”", "body"),
        ("Tetapi Lavrov mengeluarkan peringatan keras pada hari Senin.", "body"),
        ("Apakah dia datang?", "body"),
        ("Namun dia menambahkan:", "body"),
        (" ".join(["kata"] * 21), "body"),  # too long for a heading, even without a period
        ("Baca juga: Putin Telpon Xi", "related"),
        ("BACA JUGA:Putin Telpon Xi", "related"),
    ],
)
def test_line_kinds(tmp_path: Path, line: str, kind: str) -> None:
    doc = one(tmp_path, f"{line}\n")
    assert [s.kind for s in doc.segments] == [kind]
    if kind == "related":
        assert [doc.text[s.start : s.end] for s in doc.segments] == ["Putin Telpon Xi"]


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Advertisement", True),
        ("  ADVERTISEMENT  ", True),
        ("Baca Juga", True),
        ("Baca Juga:", True),
        (
            "* Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor 0811 "
            "9787 670 hanya dengan ketik kata kunci yang diinginkan.",
            True,
        ),
        ("Sumber: Reuters | Editor: Budi", True),
        ("Reporter: Ani | Editor: Budi", True),
        ("“Pelopor alkohol. Ahli internet. Penggemar musik. Pecandu twitter.”", True),
        ("Sumber: pejabat AS mengatakan pertemuan berlangsung dua jam.", False),
        (
            "Penggemar sepak bola memadati stadion utama kota itu. Ahli cuaca memperingatkan "
            "hujan. Praktisi hukum diam.",
            False,
        ),
        ("Advertisement itu dipasang di koran.", False),
    ],
)
def test_boilerplate_lines(tmp_path: Path, line: str, dropped: bool) -> None:
    doc = one(tmp_path, f"{BODY}{line}\n")
    assert (doc.text == BODY.strip()) is dropped
