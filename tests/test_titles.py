"""Titles read into rung, office, country and portfolio; the title-rank rule on pairs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ledger import lexicon
from ledger.families import load_all
from ledger.families.titles.rules import _clearly_two
from ledger.model import Claim
from ledger.offices import _span_ok, normalise, words
from ledger.rules import REGISTRY
from tests.test_rules import claim as plain_claim


@pytest.mark.parametrize(
    ("phrase", "described"),
    [
        ("Wakil Menteri Luar Negeri AS", "rank: wakil menteri; office: luar negeri; country: AS"),
        (
            "Deputi Menteri Luar Negeri Rusia",
            "rank: wakil menteri; office: luar negeri; country: Rusia",
        ),
        ("Wamenlu Rusia", "rank: wakil menteri; office: luar negeri; country: Rusia"),
        ("Wamenhan AS", "rank: wakil menteri; office: pertahanan; country: AS"),
        ("Wadubes Rusia", "rank: wakil duta besar; country: Rusia"),
        ("Wakil Menlu", "rank: wakil menteri; office: luar negeri"),
        ("Menko Polhukam", "rank: menteri koordinator; office: politik hukum dan keamanan"),
        ("Mendagri", "rank: menteri; office: dalam negeri"),
        ("Menkeu", "rank: menteri; office: keuangan"),
        ("Mendag", "rank: menteri; office: perdagangan"),
        ("Asisten Menteri Luar Negeri", "rank: asisten menteri; office: luar negeri"),
        ("Wakil Perdana Menteri Rusia", "rank: wakil perdana menteri; country: Rusia"),
        ("PM Jerman", "rank: perdana menteri; country: Jerman"),
        ("Wapres AS", "rank: wakil presiden; country: AS"),
        ("Presiden Amerika Serikat (AS)", "rank: presiden; country: AS"),
        ("Dubes Rusia di Washington", "rank: duta besar; country: Rusia; portfolio: AS"),
        ("Duta Besar Rusia untuk AS", "rank: duta besar; country: Rusia; portfolio: AS"),
        ("Sekjen NATO", "rank: sekretaris jenderal; office: nato"),
        ("Jubir Kemlu", "rank: juru bicara; office: luar negeri"),
        ("juru bicara Deplu", "rank: juru bicara; office: luar negeri"),
        ("Sekretaris Pers Gedung Putih", "rank: juru bicara; office: kepresidenan"),
        ("juru bicara Kremlin", "rank: juru bicara; office: kepresidenan; country: Rusia"),
        ("pembantu Kremlin", "aide: pembantu; office: kepresidenan; country: Rusia"),
        ("ajudan presiden", "aide: ajudan; office: kepresidenan"),
        ("Staf Khusus Presiden", "aide: staf khusus; office: kepresidenan"),
        ("mantan Menteri Luar Negeri AS", "country: AS; former, not a claim about now"),
        ("eks-Menlu", "rank: menteri; office: luar negeri; former"),
        ("Bekas Wapres", "rank: wakil presiden; former"),
        ("calon Menteri Pertahanan", "rank: menteri; office: pertahanan; future"),
        ("Presiden terpilih AS", "rank: presiden; country: AS; future"),
        ("Plt. Menteri Pertahanan", "rank: menteri; office: pertahanan; acting"),
        ("Pelaksana Tugas Menlu", "rank: menteri; office: luar negeri; acting"),
        (
            "menteri luar negeri untuk urusan pengawasan senjata",
            "rank: menteri; office: luar negeri; portfolio: pengawasan senjata",
        ),
        ("Komandan RSF", "rank: komandan; office: rsf"),
        ("Wakil Ketua DPR AS", "rank: wakil ketua; office: dpr; country: AS"),
        ("Utusan Khusus PBB untuk Sudan", "rank: utusan khusus; office: pbb; portfolio: Sudan"),
        ("Perwakilan Khusus AS untuk Korea Utara", "rank: utusan khusus; country: AS"),
        ("Wakil Tetap RI untuk PBB", "rank: duta besar; country: Indonesia; portfolio: pbb"),
        ("Deputi Wakil Tetap Rusia untuk PBB", "rank: wakil duta besar; country: Rusia"),
        ("Wakil Penasihat Keamanan Nasional AS", "rank: wakil penasihat keamanan nasional"),
        ("Wakil Kanselir Jerman", "rank: wakil kanselir; country: Jerman"),
        ("Komisaris Tinggi PBB untuk Pengungsi", "rank: komisaris tinggi; office: pbb"),
        ("Komisaris Jenderal", "rank: komisaris jenderal"),
        ("Emir Qatar", "rank: emir; country: Qatar"),
        ("CEO Sekretariat MRC", "rank: kepala; office: eksekutif sekretariat mrc"),
        ("Menteri ESDM", "rank: menteri; office: energi dan sumber daya mineral"),
        ("Wamenkes", "rank: wakil menteri; office: kesehatan"),
        ("Wakasad", "rank: wakil kepala; office: staf angkatan darat"),
        ("Wakapolri", "rank: wakil kepala; office: polri"),
        (
            "Menteri Lingkungan Hidup dan Kehutanan",
            "rank: menteri; office: lingkungan hidup dan kehutanan",
        ),
    ],
)
def test_normalise_reads_rank_office_country_portfolio(phrase: str, described: str) -> None:
    title = normalise(phrase)
    assert title is not None, phrase
    assert described in title.describe()


@pytest.mark.parametrize(
    "phrase", ["diplomat senior", "Pejabat senior AS", "kritikus Kremlin", "Deputi Bidang Politik"]
)
def test_a_description_has_no_rank(phrase: str) -> None:
    assert normalise(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "used"),
    [
        ("Deputi Menteri Luar Negeri", "Deputi = wakil"),
        ("Wamenlu", "Wamenlu = wakil menteri luar negeri"),
        ("Juru Bicara Gedung Putih", "Gedung Putih = kepresidenan (AS)"),
    ],
)
def test_the_data_read_is_named_for_the_explanation(phrase: str, used: str) -> None:
    title = normalise(phrase)
    assert title is not None and used in title.equivalences


def test_an_initialism_takes_no_deputys_prefix() -> None:
    assert ("wamenlu",) in words().equivalents
    assert ("wapm",) not in words().equivalents  # PM is p(erdana) m(enteri)


def test_the_words_of_an_office_are_read() -> None:
    """Portfolios and words of bodies are data, so a difference in them is read,
    not left unread ("Kepala Pengamat Misi Pemantau Pemilu")."""
    title = normalise("Menteri Sumber Daya Air dan Irigasi Mesir")
    assert title is not None and title.unread == () and title.country == "Mesir"
    title = normalise("Kepala Pengamat Misi Pemantau Pemilu")
    assert title is not None and title.unread == ()


def test_capitalised_words_no_data_knows_are_unread() -> None:
    title = normalise("Wakil Menteri Luar Negeri Abkhazia")
    assert title is not None
    assert title.unread == ("Abkhazia",) and title.country == ""


def test_the_time_of_a_relative_clause_is_kept() -> None:
    title = normalise("menteri luar negeri", "former")
    assert title is not None and title.time == "former"


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("Plt. Menteri Pertahanan", True),
        ("Menteri Pertahanan", True),
        ("Menteri. Pertahanan", False),
        ("Menteri, Pertahanan", False),
    ],
)
def test_an_apposition_may_hold_an_abbreviations_dot_only(text: str, one: bool) -> None:
    assert _span_ok(text) is one


def test_every_title_word_is_kept_out_of_names() -> None:
    """entities.py keeps only ``title_words`` out of people's names: every word of a
    rank, synonym, abbreviation or qualifier must be there, or "Deputi Sergei Ryabkov"
    would be a person called Deputi."""
    data = lexicon.load("titles")
    listed = {w.lower() for w in data["title_words"]}
    w = words()
    needed = {p.split()[0] for p in (*w.rungs, *w.aides)}
    needed |= {key[0] for key in (*w.equivalents, *w.qualifiers)}
    assert needed - listed == set()


def claim(text: str, time: str = "") -> Claim:
    """A title claim about one person, read the way the extractor reads it."""
    title = normalise(text, time)
    assert title is not None, text
    return replace(
        plain_claim(text, title.rank, title.office, "office"),
        property="title",
        subject="Sergei Ryabkov",
        entity_id="p",
        normalised=title.describe(),
        qualifiers=title.qualifiers(),
    )


@pytest.mark.parametrize(
    ("a", "b", "verdict", "words_"),
    [
        ("Deputi Menteri Luar Negeri", "Wakil Menteri Luar Negeri", "variant", "Deputi = wakil"),
        ("Wamenlu Rusia", "Wakil Menteri Luar Negeri", "consistent", "leaves out the country"),
        ("Menteri Luar Negeri", "Wakil Menteri Luar Negeri", "contradiction", "rank 'menteri'"),
        ("Deputi Menteri Luar Negeri", "Menteri Luar Negeri", "contradiction", "Deputi = wakil"),
        ("Wapres AS", "Presiden AS", "contradiction", "rank 'wakil presiden' vs 'presiden'"),
        ("Menlu Rusia", "Menlu AS", "contradiction", "country 'Rusia' vs 'AS'"),
        ("Juru Bicara Gedung Putih", "Juru Bicara Dewan Keamanan Nasional Gedung Putih",
         "variant", "one drops words"),
        ("Sekretaris Pers Gedung Putih", "juru bicara Gedung Putih", "variant",
         "Sekretaris Pers = juru bicara"),
        ("Plt. Menteri Luar Negeri", "Menteri Luar Negeri", "variant", "acting"),
        ("pembantu Kremlin", "penasihat kebijakan luar negeri Kremlin", "variant", "one role"),
        ("ajudan presiden", "ajudan Presiden Rusia", "consistent", "aide: ajudan"),
        ("penasihat Kremlin", "penasihat Gedung Putih", "variant", "not ranks"),
        # ladders the data says exclude each other, in one country or one office
        ("Duta Besar Rusia untuk AS", "Menlu Rusia", "contradiction", "of Rusia"),
        ("Dirjen WHO", "Sekjen WHO", "contradiction", "of who"),
        # an ordinal keeps the deputy's rung; military ranks have their own ladder
        ("Wakil Menlu Pertama Korut", "Menlu Korut", "contradiction", "rank 'wakil menteri'"),
        ("Mayjen", "Letjen TNI", "contradiction", "rank 'mayor jenderal' vs 'letnan jenderal'"),
        ("Pj Bupati Pidie", "Wakil Bupati Pidie", "contradiction", "appointed to the post"),
        # posts of their own ladders, and other words of the same post
        ("Wakil Komandan RSF", "Komandan RSF", "contradiction", "rank 'wakil komandan'"),
        ("Ketua DPR AS", "Wakil Ketua DPR AS", "contradiction", "rank 'ketua' vs 'wakil ketua'"),
        ("Wakil Kanselir Jerman", "Kanselir Jerman", "contradiction", "rank 'wakil kanselir'"),
        ("Wakil Tetap Rusia untuk PBB", "Menlu Rusia", "contradiction", "of Rusia"),
        ("Perwakilan Khusus AS untuk Iran", "Utusan Khusus AS untuk Iran", "variant",
         "Perwakilan Khusus = utusan khusus"),
        ("Wakil Menteri LHK", "Menteri Lingkungan Hidup dan Kehutanan", "contradiction",
         "rank 'wakil menteri' vs 'menteri'"),
        # the deputy of any office, and a head's rank alone where it needs no office
        ("Wakil Direktur Pelaksana IMF", "Direktur Pelaksana IMF", "contradiction",
         "is the deputy of 'direktur pelaksana'"),
        ("Wakil Administrator ACP", "Administrator", "contradiction", "is the deputy of"),
        ("Wakil Presiden", "Presiden AS", "contradiction", "is the deputy of 'presiden'"),
        # an envoy and a minister of a country no data knows, or by their bare ranks
        ("Duta Besar Abkhazia untuk Rumania", "Menteri Luar Negeri Abkhazia", "contradiction",
         "of abkhazia"),
        ("Duta Besar", "Menteri", "contradiction", "the person's own country"),
    ],
)  # fmt: skip
def test_title_rank_verdicts(a: str, b: str, verdict: str, words_: str) -> None:
    load_all()
    result = REGISTRY["title-rank"](claim(a), claim(b))
    assert result is not None
    assert result.verdict == verdict, result.explanation
    assert words_ in result.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("mantan Menteri Luar Negeri", "Wakil Menteri Luar Negeri"),  # former: not about now
        ("calon Menteri Luar Negeri", "Wakil Menteri Luar Negeri"),  # future
        ("Presiden terpilih AS", "Wakil Presiden AS"),
        ("Plt. Menteri Luar Negeri", "Wakil Menteri Luar Negeri"),  # the deputy often acts
        ("pembantu Kremlin", "Menteri Luar Negeri Rusia"),  # an aide is on no ladder
        ("Menteri", "Wakil Menteri Luar Negeri"),  # which ministry? incomplete
        ("Wakil Ketua", "Ketua DPR AS"),  # incomplete, and the rank needs its office
        ("Wakil Sekretaris Eksekutif UNFCCC", "Sekretaris"),  # "Sekretaris" of what?
        ("Wakil Administrator USAID", "Administrator NASA"),  # the deputy of another office
        ("Wakil Menteri Rusia", "Menteri Luar Negeri Rusia"),  # the rank needs its office
        ("Kepala Staf Gedung Putih", "Menteri Luar Negeri AS"),  # a role held beside an office
        ("Wakil Menteri Luar Negeri Abkhazia", "Wakil Menteri Luar Negeri Rusia"),  # unread word
        # two different offices: one person may hold both ("sekaligus"), unless
        # both are ministries the data reads apart (portfolio_areas)
        ("Menlu Rusia", "Menteri Sumber Daya Alam Rusia"),
        ("Menteri Infrastruktur Ukraina", "Menteri Transportasi Ukraina"),  # one area
        ("Duta Besar Rusia untuk AS", "Menlu AS"),  # the envoy's country is the sender
        ("Duta Besar untuk AS", "Menlu Rusia"),  # whose envoy? the country is not named
        ("Wakil Perdana Menteri Rusia", "Menteri Energi Rusia"),
        ("Jenderal", "Brigjen"),  # "Jenderal" is said of any general
        ("Mayjen", "Menteri Pertahanan Pakistan"),  # a rank beside an office
        ("Inspektur Jenderal Kementerian Keuangan", "Komjen"),  # a civil office
        ("Plt. Bupati Pidie", "Wakil Bupati Pidie"),  # the deputy often acts
        ("Penjabat Presiden Iran", "Wakil Presiden Iran"),
        ("juru bicara Kremlin", "Jubir Kemlu Rusia"),
        ("Perdana Menteri Qatar", "Menteri Luar Negeri Qatar"),
        ("Direktur Jenderal IAEA", "Direktur IAEA"),  # a ladder of roles: never contradicted
        ("Ketua delegasi Korut", "Wakil Ketua delegasi Korut"),  # chairing a delegation: a role
        ("Ketua KTM-14", "Menteri Perdagangan Kamerun"),
        ("Utusan Khusus AS untuk Iran", "Duta Besar AS untuk PBB"),  # an envoy is no ambassador
        ("Utusan Khusus Presiden AS", "Menlu AS"),
        ("Komandan", "Wakil Komandan RSF"),  # a bare "Komandan" may be a naval rank
        ("Ketua Komisi ECOWAS", "Presiden Komisi ECOWAS"),
    ],
)
def test_title_rank_does_not_compare_what_it_cannot_judge(a: str, b: str) -> None:
    load_all()
    assert REGISTRY["title-rank"](claim(a), claim(b)) is None


def test_a_former_title_is_not_compared_even_when_read_from_its_clause() -> None:
    load_all()
    rule = REGISTRY["title-rank"]
    assert rule(claim("menteri luar negeri", "former"), claim("Wakil Menlu")) is None
    assert rule(claim("menteri luar negeri"), claim("Wakil Menlu")) is not None


@pytest.mark.parametrize(
    ("a", "b", "two"),
    [
        ("Eivind Strand", "Ingrid Vik", True),
        ("Sergei Lavrov", "Sergei Ryabkov", True),  # a given name shared, families far apart
        ("Herman Halushchenko", "German Galushchenko", False),  # one man, two spellings
        ("Hani Sewilam", "Hany Swailem", False),  # the same given name, families near
        ("Wang Yi", "Wang Yi Bertemu", False),  # one name read with a word too many
        ("Vladimir Putin", "Putin Vladimir", False),
    ],
)
def test_title_holder_needs_two_clearly_different_people(a: str, b: str, two: bool) -> None:
    far = float(lexicon.load("rules", None)["title-holder"]["shared_given_family_below"])
    assert _clearly_two(a, b, far) is two
