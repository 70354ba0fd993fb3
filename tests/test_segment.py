"""Segment: sentences with exact offsets, never across segments, not after abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger import lexicon
from ledger.ingest import read_article, read_articles
from ledger.model import Document, Sentence, content_id
from ledger.segment import split_sentences, split_text
from tests.conftest import plain_documents

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[Document, list[Sentence]]]:
    documents, _ = read_articles([SEEDS])
    return {doc.name[:3]: (doc, split_sentences(doc)) for doc in documents}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dia datang. Lalu pergi.", ["Dia datang.", "Lalu pergi."]),
        ("Apa? Ya! Baik… Selesai.", ["Apa?", "Ya!", "Baik…", "Selesai."]),
        # Closing quotes belong to the sentence they close.
        ("“Saya setuju.” Lalu dia pergi.", ["“Saya setuju.”", "Lalu dia pergi."]),
        ('"Saya setuju." Lalu dia pergi.', ['"Saya setuju."', "Lalu dia pergi."]),
        ("“Benar-benar legal?” tanya dia. Ya.", ["“Benar-benar legal?” tanya dia.", "Ya."]),
        # A quote that spans two sentences is split; the lower-case reporting clause stays.
        (
            "“Ini bahaya. Ini prospek kecelakaan,” kata Blinken.",
            ["“Ini bahaya.", "Ini prospek kecelakaan,” kata Blinken."],
        ),
        # Abbreviations and initials.
        ("Bpk. Joko datang. Ir. H. Ahmad pergi.", ["Bpk. Joko datang.", "Ir. H. Ahmad pergi."]),
        (
            "Prof. Dr. Budi tiba di Jl. Sudirman No. 5 pagi ini.",
            ["Prof. Dr. Budi tiba di Jl. Sudirman No. 5 pagi ini."],
        ),
        (
            "Dia dipimpin Joko W. Widodo. Semua hadir.",
            ["Dia dipimpin Joko W. Widodo.", "Semua hadir."],
        ),
        ("Gelar Ph.D. Budi diakui. Semua hadir.", ["Gelar Ph.D. Budi diakui.", "Semua hadir."]),
        ("Harga naik Rp. 5.000 hari ini.", ["Harga naik Rp. 5.000 hari ini."]),
        # List enders close a sentence before a capital, not before a lower-case word.
        ("Ada beras, gula, dll. yang dijual.", ["Ada beras, gula, dll. yang dijual."]),
        ("Ada beras, gula, dll. Harga naik.", ["Ada beras, gula, dll.", "Harga naik."]),
        # Numbers and domains.
        (
            "Inflasi 3.5 persen. Harga 11.000 rupiah.",
            ["Inflasi 3.5 persen.", "Harga 11.000 rupiah."],
        ),
        (
            "Menurut Liputan6.com pada Rabu. KONTAN.CO.ID juga.",
            ["Menurut Liputan6.com pada Rabu.", "KONTAN.CO.ID juga."],
        ),
        # A stray period before a lower-case word (seed 003) does not end the sentence.
        ("Jika kedua negara. bekerja sama.", ["Jika kedua negara. bekerja sama."]),
        ("Kita mendengar… bahwa baik.", ["Kita mendengar… bahwa baik."]),
        # Stray punctuation joins the sentence before it.
        ("terhadap pemimpin Rusia. .", ["terhadap pemimpin Rusia. ."]),
        ('di masa depan. ".', ['di masa depan. ".']),
        # Digits and opening quotes may start a sentence.
        ("Dia tiba. 10 orang menunggu.", ["Dia tiba.", "10 orang menunggu."]),
        ("Dia berkata. “Kami siap.”", ["Dia berkata.", "“Kami siap.”"]),
        ("  Tanpa tanda akhir  ", ["Tanpa tanda akhir"]),
        ("", []),
    ],
)
def test_split_text(text: str, expected: list[str]) -> None:
    assert split_text(text) == expected


@pytest.mark.parametrize(
    ("seed", "count"), [("000", 25), ("001", 15), ("002", 30), ("003", 23), ("004", 22)]
)
def test_seed_sentences(
    seeds: dict[str, tuple[Document, list[Sentence]]], seed: str, count: int
) -> None:
    doc, sentences = seeds[seed]
    assert len(sentences) == count
    assert [s.index for s in sentences] == list(range(count))
    for sentence in sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert sentence.id == content_id(doc.id, sentence.start, sentence.end)
        assert sentence.document_id == doc.id
        inside = [
            seg for seg in doc.segments if seg.start <= sentence.start and sentence.end <= seg.end
        ]
        assert len(inside) == 1 and inside[0].kind == sentence.kind
    assert len({s.id for s in sentences}) == count


@pytest.mark.parametrize(
    ("seed", "sentence"),
    [
        (
            "004",
            "KONTAN.CO.ID - MOSKOW. Presiden Rusia Vladimir Putin disebut puas dengan hasil "
            "pembicaraan dengan Presiden Amerika Serikat (AS) Joe Biden.",
        ),
        (
            "003",
            "Dalam pertemuan pertamanya pada hari Rabu dengan Menteri Luar Negeri Rusia Sergey "
            "Lavrov, seorang diplomat veteran, Menteri Luar Negeri AS Anthony Blinken "
            "mengatakan, “Bukan rahasia bahwa kami memiliki perbedaan,” tetapi dunia akan "
            "lebih aman jika para pemimpin kedua negara. bekerja sama.",
        ),
        (
            "003",
            "Amerika Serikat dan Rusia mengakui “perbedaan serius”, tetapi menekankan dialog "
            "Berita Politik",
        ),
        ("002", "Ini meningkatkan bahaya atau prospek kecelakaan,” kata Blinken."),
        ("001", 'Namun dia menambahkan: "Saya tidak akan menaikkan standar ekspektasi."'),
    ],
)
def test_seed_sentence_is_whole(
    seeds: dict[str, tuple[Document, list[Sentence]]], seed: str, sentence: str
) -> None:
    assert sentence in [s.text for s in seeds[seed][1]]


def test_related_headlines_are_sentences_of_their_own(
    seeds: dict[str, tuple[Document, list[Sentence]]],
) -> None:
    _, sentences = seeds["004"]
    related = [s.text for s in sentences if s.kind == "related"]
    assert related == [
        "Presiden Rusia Vladimir Putin Tiba-Tiba Minta Berbicara dengan Joe Biden Via Telepon",
        "Dialog Keamanan AS-Rusia Dipastikan Berlangsung pada 10 Januari 2022",
        "Rusia dan Barat Bersitegang, Putin Telpon Xi Minta Dukungan China",
    ]
    assert not any("Baca Juga" in s.text for s in sentences)


def test_sentences_never_cross_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Judul Tanpa Titik\nBaca Juga: Berita lain\nDia datang. Lalu pergi.\n")
    doc = read_article(path)
    got = [(s.kind, s.text) for s in split_sentences(doc)]
    assert got == [
        ("heading", "Judul Tanpa Titik"),
        ("related", "Berita lain"),
        ("body", "Dia datang."),
        ("body", "Lalu pergi."),
    ]


def test_a_sentence_longer_than_any_reporter_writes_is_cut_at_a_space() -> None:
    """A page without punctuation (5 MB of words on one line) is no sentence: it is cut
    at spaces into pieces of at most ``max_sentence_chars``, each slicing back."""
    words = ("pertemuan di Jenewa berlangsung hampir dua jam " * 400).strip()
    docs, sentences = plain_documents(words)
    pieces = sentences[docs[0].id]
    limit = int(lexicon.load("ingest", None)["max_sentence_chars"])
    assert len(pieces) > 1
    assert all(len(s.text) <= limit for s in pieces)
    assert all(docs[0].text[s.start : s.end] == s.text for s in pieces)
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in pieces)
    assert " ".join(s.text for s in pieces) == words
