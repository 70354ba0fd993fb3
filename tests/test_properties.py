"""Properties of every extractor and normaliser, checked on generated text (hypothesis).

Whatever an article says, reading it never raises, and every span slices back to
its words: ``text[start:end] == mention.text`` for a mention, and
``document.text[start:end] == value_text`` for a claim. The text is any Unicode
mixed with Indonesian fragments (numbers, months, units of time, hedges, event
words, quotes), so the generated articles reach the readers' interesting paths
and not only their first "no match".
"""

from __future__ import annotations

import math
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ledger import calendar, dates, entities, families, ingest, numbers, offices
from ledger.families.durations.reading import find_durations
from ledger.families.quantities.reading import quantity_claims
from ledger.model import Document, Segment, Sentence, Story
from ledger.occasions import find_occasions
from ledger.segment import split_sentences
from ledger.stories import group_stories


def _words(*groups: str) -> list[str]:
    """Phrases written as ``"a|b c|d"`` strings, one string per kind of phrase."""
    return [w for g in groups for w in g.split("|")]


# The words the readers look for, and a few characters that change length with their case.
FRAGMENTS = [
    *_words(
        "Januari|Feb|Maret|Mei|Juli|Agustus|Sept|Desember|Des.|Senin|Selasa|Kamis|Jumat|Jum'at",
        "Minggu|Ahad|2021|2022|9999|0001|31 Desember 9999|1 Januari 1|29/7/2021|(29/7)|9-10",
        "15.30|pukul|WIB|waktu setempat|kemarin|hari ini|lusa|pekan lalu|bulan depan|tahun ini",
        "Mei lalu|dua hari kemudian|keesokan harinya|awal|pertengahan|akhir|dini hari|pagi",
        "malam|sejak|hingga|sampai|dan|dijadwalkan|berakhir|memulai",
    ),
    *_words(
        "0|1|7|10|45|1,5|28.500|1.234,56|satu|dua|tiga|sepuluh|sebelas|belas|puluh|seratus|ribu",
        "juta|miliar|setengah|seperempat|se|jam|sejam|menit|detik|hari|pekan|bulan|tahun",
        "berjam-jam|sekitar|hampir|lebih dari|kurang dari|lebih|kurang|selama|US$|Rp|dolar AS",
        "euro|pengungsi|orang|negara|dari|tewas|menurut|kata",
    ),
    "9" * 30,
    "9" * 310,  # past the largest float
    *_words(
        "pembicaraan|pertemuan|KTT|panggilan video|telepon|di Jenewa|Rusia|AS|Ukraina|NATO",
        "Menteri Luar Negeri|Wakil|Presiden|mantan|Plt.|Duta Besar|untuk PBB|Sergei Ryabkov",
        "Antony Blinken|mengatakan|Sebelumnya,|putaran kedua|Baca Juga:|Liputan6.com, Jenewa -",
    ),
    *_words(".|,|:|;|(|)|-|–|/|?|!|…|\"|“|”|'", "İ|ß|ﬁ|ǅ|\u0307|\u200b|\x00"),
    "\n",
    "\n\n",
    "\t",
]
NUMBERS = st.one_of(
    st.from_regex(r"\d{1,4}([.,]\d{1,3}){0,2}", fullmatch=True),
    st.lists(
        st.sampled_from(
            _words("satu|dua|tiga|sebelas|puluh|ratus|ribu|juta|miliar|setengah|se|1,5")
        ),
        min_size=1,
        max_size=3,
    ).map(" ".join),
)
HEDGES = st.sampled_from(["", "sekitar ", "hampir ", "lebih dari ", "kurang dari ", "sedikitnya "])
UNITS = st.sampled_from(_words("jam|menit|detik|hari|pekan|bulan|tahun"))
MONTHS = st.sampled_from(_words("Januari|Jan|Februari|Mei|Juli|Agustus|Desember"))
DAYS = st.integers(0, 40).map(str)
WEEKDAYS = st.sampled_from(["", "Senin ", "Kamis ", "Jumat ", "Minggu ", "pada hari Selasa "])
NAMES = st.sampled_from(
    _words("Sergei Ryabkov|Ryabkov|Antony Blinken|Anthony Blinken|Lavrov|Heng Dara|Joko")
)
TITLES = st.sampled_from(
    _words(
        "Wakil Menteri Luar Negeri Rusia|Menteri Luar Negeri AS|mantan Presiden",
        "Plt. Duta Besar Rusia untuk PBB|Juru Bicara Kremlin|",
    )
)
EVENTS = st.sampled_from(
    _words(
        "Pembicaraan di Jenewa|pertemuan bilateral AS-Rusia|KTT|panggilan video|pembicaraan itu",
        "putaran kedua pembicaraan|Sebelumnya, pertemuan",
        "Rusia dan Ukraina menandatangani perjanjian",
    )
)
AFTER_EVENTS = st.sampled_from(_words("berlangsung|akan dimulai|di Wina|dengan NATO|ketiga|lagi|"))
COUNTED = st.sampled_from(
    _words("pengungsi|orang tewas|diplomat yang diusir|negara|ribuan pengungsi|dari 27 negara")
)
PHRASES = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(max_size=6),
    NUMBERS,
    # a length: "hampir 1 jam 45 menit", "dua jam setengah lagi"
    st.builds(
        "{}{} {} {}".format, HEDGES, NUMBERS, UNITS, st.sampled_from(_words("|setengah|45 menit"))
    ),
    # a date: "Kamis 29 Juli 2021", "(29/7/2021)", "pukul 15.30 WIB"
    st.builds("{}{} {} {}".format, WEEKDAYS, DAYS, MONTHS, st.sampled_from(["", "2021", "2022"])),
    st.builds("({}/{}/{})".format, DAYS, st.integers(0, 13), st.sampled_from([2021, 22, 10**6])),
    st.builds(
        "pukul {}.{} {}".format,
        st.integers(0, 30),
        st.integers(0, 70),
        st.sampled_from(["WIB", "waktu setempat", ""]),
    ),
    # money and counts: "US$ 17,6 miliar", "3.000 hingga 4.000 pengungsi", "30 orang tewas"
    st.builds("bantuan senilai {}US$ {}".format, HEDGES, NUMBERS),
    st.builds("{}{} {}".format, HEDGES, NUMBERS, st.sampled_from(["dolar AS", "euro", "rupiah"])),
    st.builds("{}{} {} {}".format, HEDGES, NUMBERS, st.sampled_from(["hingga", "-"]), NUMBERS),
    st.builds("{}{} {}".format, HEDGES, NUMBERS, COUNTED),
    # people, titles, occasions and quotes
    st.builds("{} {} mengatakan".format, TITLES, NAMES),
    st.builds("{} {}".format, EVENTS, AFTER_EVENTS),
    st.builds("“{}”, kata {}.".format, st.text(max_size=20), NAMES),
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ", ", ". ", ".\n"])
TEXTS = st.one_of(
    st.text(max_size=60),
    st.lists(st.tuples(PHRASES, SEPARATORS), max_size=25).map(
        lambda parts: "".join(p + s for p, s in parts)
    ),
)
REFERENCE = date(2021, 7, 29)
# An article's date comes from its metadata: any day the calendar holds, the first and last too.
PUBLISHED = st.sampled_from([None, REFERENCE, date.min, date.max])

# Enough for a test run of seconds; LEDGER_PROPERTY_EXAMPLES=5000 searches longer.
EXAMPLES = int(os.environ.get("LEDGER_PROPERTY_EXAMPLES", "300"))
FAST = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the checkout; a failure prints its example
    suppress_health_check=[HealthCheck.too_slow],
)
SLOW = settings(FAST, max_examples=max(1, EXAMPLES // 4))


def _document(
    text: str, doc_id: str = "d0", segmented: bool = False, published: date | None = None
) -> Document:
    """A document of ``text``: one body segment, or one segment per line of mixed kinds."""
    if not segmented:
        segments: tuple[Segment, ...] = (Segment(0, len(text), "body"),)
    else:
        found, start = [], 0
        for i, line in enumerate(text.split("\n")):
            if line:
                kind = ("body", "heading", "related")[i % 3]
                found.append(Segment(start, start + len(line), kind))
            start += len(line) + 1
        segments = tuple(found)
    return Document(
        doc_id, f"{doc_id}.txt", f"{doc_id}.txt", text, text, segments, "utf-8", published=published
    )


def _sentences_slice_back(doc: Document, sentences: list[Sentence]) -> None:
    last_end = -1
    for i, s in enumerate(sentences):
        assert doc.text[s.start : s.end] == s.text
        assert s.index == i and s.document_id == doc.id
        assert last_end <= s.start < s.end  # in order, never overlapping
        assert any(g.start <= s.start and s.end <= g.end for g in doc.segments)
        last_end = s.end


# --- dates ---------------------------------------------------------------------------------


@FAST
@given(TEXTS)
@example("100000 bulan lagi")  # found: past the year 9999 (OverflowError, ValueError)
@example("SATU JUTA PEKAN LAGI")
@example("Januari")  # found: in an article dated 9999-12-31, the next January
def test_find_dates_and_resolve_never_raise_and_spans_slice_back(text: str) -> None:
    found = dates.find_dates(text)
    anchor = calendar.resolve(dates.find_dates("29 Juli 2021")[0], None)
    for m in found:
        assert text[m.start : m.end] == m.text
        for reference in (None, REFERENCE, date.min, date.max):
            for direction in (None, "past", "future"):
                resolved = calendar.resolve(
                    m, reference, direction=direction, anchor=anchor, year_hints=(2021,)
                )
                if resolved is not None:
                    assert resolved.lo <= resolved.hi
                dates.weekday_mismatch(m, resolved)
    starts = [m.start for m in found]
    assert starts == sorted(starts)


# --- durations -----------------------------------------------------------------------------


@FAST
@given(TEXTS)
def test_find_durations_never_raises_and_spans_slice_back(text: str) -> None:
    for m in find_durations(text):
        assert text[m.start : m.end] == m.text
        assert m.lo <= m.hi
        assert not math.isnan(m.minutes)


# --- numbers -------------------------------------------------------------------------------


@FAST
@given(st.one_of(TEXTS, st.lists(PHRASES, max_size=6).map(" ".join)))
def test_parse_number_and_parse_digits_never_raise(text: str) -> None:
    value = numbers.parse_number(text)
    assert value is None or not math.isnan(value)
    for word in text.split():
        digits = numbers.parse_digits(word)
        assert digits is None or digits >= 0


@FAST
@given(st.from_regex(numbers.DIGITS, fullmatch=True))
def test_digits_and_their_stated_unit(text: str) -> None:
    value = numbers.parse_digits(text)
    if value is not None:
        unit = numbers.stated_unit(value)
        assert unit > 0


@FAST
@given(st.floats(allow_nan=True, allow_infinity=True))
@example(math.inf)  # found: int(inf) raised
@example(math.nan)
def test_stated_unit_of_any_value_never_raises(value: float) -> None:
    unit = numbers.stated_unit(value)
    assert unit > 0


def test_a_number_too_long_for_a_float_is_no_number() -> None:
    """Found: "US$ 999...9" (310 digits) read as infinity and crashed the build."""
    assert numbers.parse_digits("9" * 310) is None
    assert numbers.parse_number("9" * 300 + " miliar") is None
    assert numbers.parse_digits("9" * 30) == 1e30


# --- titles --------------------------------------------------------------------------------


@FAST
@given(TEXTS, st.sampled_from(["", "former", "future"]))
def test_offices_normalise_never_raises(text: str, time: str) -> None:
    title = offices.normalise(text, time)
    if title is not None:
        assert title.rank
        title.describe()
        title.qualifiers()


# --- sentences -----------------------------------------------------------------------------


@FAST
@given(TEXTS, st.booleans())
def test_split_sentences_slice_back_and_stay_in_their_segment(text: str, lines: bool) -> None:
    doc = _document(text, segmented=lines)
    _sentences_slice_back(doc, split_sentences(doc))


# --- quantities, occasions and every family ------------------------------------------------


def _corpus(texts: list[str], published: list[date | None]) -> families.Corpus:
    docs = [
        _document(t, f"d{i}", segmented=i % 2 == 1, published=published[i % len(published)])
        for i, t in enumerate(texts)
    ]
    sentences = {d.id: split_sentences(d) for d in docs}
    stories = group_stories(docs)
    occasions = {s.id: find_occasions(s, docs, sentences) for s in stories}
    story_of = {doc_id: s.id for s in stories for doc_id in s.document_ids}
    people, _ = entities.resolve(docs, sentences, story_of)
    return families.Corpus(docs, sentences, stories, occasions, people)


@FAST
@given(TEXTS)
def test_quantity_claims_slice_back(text: str) -> None:
    doc = _document(text)
    sentences = {doc.id: split_sentences(doc)}
    for claim in quantity_claims([doc], sentences, {doc.id: "s"}):
        assert doc.text[claim.start : claim.end] == claim.value_text


@SLOW
@given(TEXTS, PUBLISHED)
def test_find_occasions_never_raises_and_spans_slice_back(text: str, reference: date) -> None:
    doc = _document(text)
    sentences = {doc.id: split_sentences(doc)}
    story = Story("s", (doc.id,), reference, "test" if reference else None)
    occ = find_occasions(story, [doc], sentences)
    for reading in occ.dated:
        assert doc.text[reading.start : reading.end] == reading.text
    for mention in occ.mentions:
        assert mention.start < mention.end
        if not mention.predicate:  # a statement's words name its speaker too
            assert doc.text[mention.start : mention.end] == mention.words


@SLOW
@given(st.lists(TEXTS, min_size=1, max_size=3), st.lists(PUBLISHED, min_size=1, max_size=3))
def test_every_family_s_claims_slice_back_to_their_document(
    texts: list[str], published: list[date | None]
) -> None:
    corpus = _corpus(texts, published)
    by_id = {d.id: d for d in corpus.documents}
    for claim in families.extract_all(corpus):
        assert by_id[claim.document_id].text[claim.start : claim.end] == claim.value_text


# --- ingest --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def article_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("articles")


ARTICLE_BYTES = st.one_of(
    st.binary(max_size=300),
    TEXTS.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(TEXTS, st.sampled_from(["utf-8-sig", "utf-16", "latin-1", "cp1252"])).map(
        lambda te: te[0].encode(te[1], "ignore")
    ),
    TEXTS.map(lambda t: ("---\noutlet: X\npublished: 2021-07-29\n---\n" + t).encode()),
)


@SLOW
@given(ARTICLE_BYTES, st.sampled_from([".txt", ".md", ".html"]))
def test_ingest_reads_any_bytes_or_says_why_not(
    article_dir: Path, data: bytes, suffix: str
) -> None:
    path = article_dir / f"article{suffix}"
    path.write_bytes(data)
    try:
        doc = ingest.read_article(path)
    except ingest.IngestError as err:
        assert err.reason
        return
    assert doc.text.strip()
    for g in doc.segments:
        assert 0 <= g.start < g.end <= len(doc.text)
    _sentences_slice_back(doc, split_sentences(doc))
