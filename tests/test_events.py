"""The event linker: mentions, links and clusters."""

from __future__ import annotations

import pytest

from ledger.model import Sentence
from ledger.occasions.clusters import cluster, participants_agree
from ledger.occasions.mentions import Mention, find_mentions, link
from ledger.vocabulary import load_lexicon

LEX = load_lexicon()
PERSONS = frozenset({"Putin", "Biden", "Ushakov", "Ryabkov", "Jenkins"})
GENEVA_JANUARY = (
    "Pembicaraan bilateral AS-Rusia akan dimulai di Jenewa pada 9 Januari, diikuti oleh "
    "pertemuan Dewan Rusia-NATO di Brussel dua hari kemudian dan negosiasi di Wina dalam "
    "kerangka OSCE pada 13 Januari, kata pembantu kebijakan luar negeri Kremlin Yuri Ushakov "
    "kepada wartawan Jumat pagi waktu Moskow."
)


def sentence(text: str, doc: str = "d", start: int = 0) -> Sentence:
    return Sentence(f"{doc}:{start}", doc, 0, start, start + len(text), text, "body")


def mentions(text: str, doc: str = "d") -> list[Mention]:
    return find_mentions(sentence(text, doc), LEX, PERSONS)


def test_mentions_carry_place_participants_and_tense() -> None:
    found = [
        (m.words, m.kind, m.place, set(m.participants), m.tense) for m in mentions(GENEVA_JANUARY)
    ]
    assert found == [
        ("Pembicaraan", "talks", "Jenewa", {"AS", "Rusia"}, "future"),
        ("pertemuan", "meeting", "Brussel", {"Rusia", "NATO"}, None),
        ("negosiasi", "talks", "Wina", {"OSCE"}, None),
    ]


def test_the_longest_event_word_wins() -> None:
    assert [m.words for m in mentions("Mereka mengadakan pertemuan puncak di Jenewa.")] == [
        "pertemuan puncak"
    ]


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (GENEVA_JANUARY, "9 Januari", "Pembicaraan"),
        (GENEVA_JANUARY, "dua hari kemudian", "pertemuan"),
        (GENEVA_JANUARY, "13 Januari", "negosiasi"),
        # A speech attribution stands between: Friday is when Ushakov spoke, not the talks.
        (GENEVA_JANUARY, "Jumat", None),
        (
            "Selama hampir dua jam diskusi, Blinken mengungkapkan kekhawatiran.",
            "hampir dua jam",
            "diskusi",
        ),
        (
            "Bonnie Jenkins, yang satu minggu lalu dikukuhkan sebagai wakil menteri.",
            "satu minggu lalu",
            "dikukuhkan",
        ),
        (
            "Ryabkov mengatakan kepada kantor berita pada hari Selasa bahwa pembicaraan berguna.",
            "hari Selasa",
            "Ryabkov mengatakan",
        ),
        # A date before a coordinator closes its own conjunct: not the talks after it.
        (
            "Mereka sepakat menggelar kontak awal pada 4 Oktober dan perundingan pada 5 Oktober.",
            "4 Oktober",
            None,
        ),
        (
            "Mereka sepakat menggelar kontak awal pada 4 Oktober dan perundingan pada 5 Oktober.",
            "5 Oktober",
            "perundingan",
        ),
        # A venue and its city name one place: the date after them is the meeting's.
        (
            "Biden dan Xi bertemu di Filoli Estate, Woodside, dekat San Francisco, Rabu (15/11).",
            "Rabu (15/11)",
            "bertemu",
        ),
    ],
)
def test_a_claim_links_to_its_event_word(text: str, claim: str, expected: str | None) -> None:
    sent = sentence(text)
    start = text.index(claim)
    found = mentions(text)
    m = link(start, start + len(claim), claim.endswith(("jam", "menit")), sent, found, LEX, PERSONS)
    assert (m.words if m else None) == expected


def test_a_duration_never_links_to_a_point_in_time() -> None:
    text = (
        "Diskusi itu pertemuan pertama sejak Biden menjadi presiden pada Januari "
        "dan berlangsung 50 menit."
    )
    sent = sentence(text)
    start = text.index("50 menit")
    m = link(start, start + 8, True, sent, mentions(text), LEX, PERSONS)
    assert m is not None and m.words == "pertemuan"


def test_a_related_headline_joins_the_event_it_names() -> None:
    lead = mentions("Putin puas dengan hasil pembicaraan dengan Presiden AS Joe Biden.", "d1")
    body = find_mentions(sentence(GENEVA_JANUARY, "d1", 100), LEX, PERSONS)
    headline = mentions(
        "Dialog Keamanan AS-Rusia Dipastikan Berlangsung pada 10 Januari 2022", "d2"
    )
    # The pipeline reads these tenses off the dates (all after the publication date).
    tenses = {m.key: "future" for m in body + headline}
    events, by_key = cluster("s", lead + body + headline, LEX, tenses)
    assert by_key[lead[0].key] is not None and by_key[lead[0].key].is_main
    assert by_key[headline[0].key] == by_key[body[0].key]  # the Geneva talks
    assert by_key[body[1].key] != by_key[body[0].key]  # Brussels is another event
    assert by_key[body[2].key] != by_key[body[0].key]  # so is Vienna
    assert len(events) == 4


def test_a_further_meeting_is_not_the_main_event() -> None:
    lead = mentions("Para diplomat memulai pembicaraan di Jenewa.")
    again = mentions("Kedua pihak setuju untuk bertemu lagi pada bulan September.", "d2")
    again2 = mentions("Kedua pihak sepakat untuk bertemu lagi pada bulan September.", "d3")
    _, by_key = cluster("s", lead + again + again2, LEX, {})
    assert by_key[again[0].key] is not None and not by_key[again[0].key].is_main
    assert by_key[again[0].key] == by_key[again2[0].key]


def test_a_summit_is_not_the_talks() -> None:
    lead = mentions("Para diplomat memulai pembicaraan di Jenewa.")
    summit = mentions(
        "Selama KTT Jenewa, kedua presiden berbicara selama lebih dari tiga jam.", "d2"
    )
    _, by_key = cluster("s", lead + summit, LEX, {})
    assert by_key[summit[0].key] != by_key[lead[0].key]


def test_two_equally_good_events_make_a_mention_ambiguous() -> None:
    body = mentions(GENEVA_JANUARY)
    dialog = mentions("Gedung Putih berkonsultasi menjelang dialog bulan depan.", "d2")
    lead = mentions("Putin puas dengan hasil pembicaraan telepon dengan Biden.", "d0")
    _, by_key = cluster("s", lead + body + dialog, LEX, {b.key: "future" for b in body})
    assert by_key[dialog[0].key] is None


def _tied(text: str) -> tuple[list[Mention], list[Mention], list[Mention], list[Mention]]:
    """The Geneva story's body and lead, an article ("d2") that told the Geneva
    talks, and a later mention of that article that ties two occasions."""
    body = mentions(GENEVA_JANUARY)
    lead = mentions("Putin puas dengan hasil pembicaraan telepon dengan Biden.", "d0")
    told = find_mentions(
        sentence("Gedung Putih menyiapkan pembicaraan bilateral AS-Rusia di Jenewa.", "d2"),
        LEX,
        PERSONS,
    )
    return body, lead, told, find_mentions(sentence(text, "d2", 200), LEX, PERSONS)


@pytest.mark.parametrize(
    ("text", "joins"),
    [
        ("Para diplomat berkonsultasi menjelang dialog bulan depan.", True),
        # A participant the article's occasion lacks: it may be another one.
        ("Para diplomat berkonsultasi dengan Prancis menjelang dialog bulan depan.", False),
    ],
)
def test_a_tie_goes_to_the_occasion_its_own_article_told(text: str, joins: bool) -> None:
    body, lead, told, dialog = _tied(text)
    tenses = {m.key: "future" for m in body + told}
    _, by_key = cluster("s", lead + body + told + dialog, LEX, tenses)
    geneva = by_key[told[0].key]
    assert geneva is not None and geneva.place == "Jenewa"
    assert (by_key[dialog[0].key] == geneva) is joins
    if joins:  # it joins, but what it does not say of the occasion is not taken in
        assert geneva.participants == ("AS", "Rusia")


def test_a_tie_stays_when_the_clause_dates_fit_several_occasions() -> None:
    body, lead, told, dialog = _tied("Para diplomat berkonsultasi menjelang dialog bulan depan.")
    dates = {
        body[0].key: [("2022-01-09", "2022-01-09")],
        body[2].key: [("2022-01-13", "2022-01-13")],
        dialog[0].key: [("2022-01-09", "2022-01-13")],
    }
    tenses = {m.key: "future" for m in body + told}
    _, by_key = cluster("s", lead + body + told + dialog, LEX, tenses, dates)
    assert by_key[dialog[0].key] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putaran kedua perundingan digelar di Wina.", [2]),
        ("Pertemuan ketiga mereka berlangsung singkat.", [3]),
        ("Dalam pertemuan pertama mereka, kedua menteri berjabat tangan.", [1]),
        # "kedua" before a noun it counts is *both*, not *second*.
        ("Pertemuan kedua negara berlangsung di Jakarta.", [None]),
        ("Pertemuan kedua menteri berlangsung dua jam.", [None]),
        ("Pertemuan itu berlangsung di Jakarta.", [None]),
    ],
)
def test_the_ordinal_of_a_meeting_in_its_series(text: str, expected: list[int | None]) -> None:
    assert [m.ordinal for m in mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Sebelumnya, kedua menteri bertemu selama tiga jam pada 2 Maret.", [True]),
        ("Pada pertemuan sebelumnya, kedua delegasi berunding tiga jam.", [True]),
        ("Kedua menteri bertemu selama 40 menit di Paris.", [False]),
        # The opener only counts at the start of the sentence.
        ("Kedua menteri, yang sebelumnya berselisih, bertemu di Paris.", [False]),
    ],
)
def test_markers_of_another_occasion(text: str, other: list[bool]) -> None:
    assert [m.other for m in mentions(text)] == other


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"AS", "Rusia"}, {"AS", "Rusia"}, True),
        ({"AS", "Rusia"}, {"Rusia"}, True),
        ({"AS", "Biden", "Putin"}, {"Biden", "Putin"}, True),
        ({"AS", "Rusia"}, {"NATO", "Rusia"}, False),  # two different pairs
        ({"AS"}, {"Rusia"}, None),  # one name each: too thin either way
        (set(), {"Rusia"}, None),
    ],
)
def test_participants_agree(a: set[str], b: set[str], expected: bool | None) -> None:
    assert participants_agree(a, b) is expected


def test_a_mention_on_another_date_starts_its_own_event() -> None:
    first = mentions("Pertemuan di Jakarta digelar pada Senin.", "a")
    second = mentions("Pertemuan itu digelar pada Kamis.", "b")
    dates = {
        first[0].key: [("2023-05-01", "2023-05-01")],
        second[0].key: [("2023-05-04", "2023-05-04")],
    }
    events, by_key = cluster("s", first + second, LEX, {}, dates)
    assert len(events) == 2 and by_key[first[0].key] != by_key[second[0].key]
    # The same place on both ties them despite the dates: a slip, to be reported.
    third = mentions("Pertemuan di Jakarta digelar pada Kamis.", "c")
    dates[third[0].key] = [("2023-05-04", "2023-05-04")]
    events, by_key = cluster("s", first + third, LEX, {}, dates)
    assert len(events) == 1


def test_an_occasion_held_before_a_conference_never_takes_in_that_conference() -> None:
    # The story's occasion (past) rules out a conference told in the future
    # tense; the informal meeting held before the conference, in the same city,
    # is no home for it either.
    lead = mentions("Dialog tingkat menteri telah digelar di Bonn pada Selasa (16/6).", "a")
    before = mentions(
        "Para kepala delegasi bertemu secara informal di Bonn pada Minggu (7/6), "
        "sehari sebelum konferensi dibuka.",
        "a2",
    )
    closing = mentions("Konferensi di Bonn akan ditutup dengan sidang pleno.", "b")
    assert before[0].beside == "conference" and closing[0].kind == "conference"
    dates = {before[0].key: [("2026-06-07", "2026-06-07")]}
    _, by_key = cluster("s", lead + before + closing, LEX, {}, dates)
    assert by_key[closing[0].key] is not by_key[before[0].key]
    assert by_key[closing[0].key] is not None
