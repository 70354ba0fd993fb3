"""People: one transliteration for comparing names, who is the same person, lone family names."""

from __future__ import annotations

import pytest

from ledger.entities import alias_kind, resolve, romanised
from tests.conftest import plain_documents


def _people(*texts: str, stories: list[str] | None = None) -> list[set[str]]:
    """The people of one document per text, each as the set of its spellings (lone ones too)."""
    docs, sentences = plain_documents(*texts)
    story_of = {d.id: s for d, s in zip(docs, stories, strict=True)} if stories else None
    people, _ = resolve(docs, sentences, story_of)
    return [
        {" ".join(t.text for t in (*m.given, m.family)) for m in person.mentions}
        for person in people
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mikhail", "Michail"),
        ("Dmitry", "Dmitri"),
        ("Dmitry", "Dmitriy"),
        ("Sergei", "Sergey"),
        ("Yuri", "Yury"),
        ("Yuri", "Juri"),
        ("Volodymyr", "Wolodymyr"),
        ("Maria", "Mariya"),
        ("Zelensky", "Zelenskyy"),
        ("Zelensky", "Zelenskiy"),
        ("Alexei", "Aleksey"),
    ],
)
def test_transliterations_meet_in_one_form(a: str, b: str) -> None:
    assert romanised(a) == romanised(b)
    assert alias_kind(a, b, 1) == "transliteration"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Maria", "Mario"),
        ("Joe", "Hunter"),
        ("Antony", "Anthony"),
        ("Ross", "Rose"),
        ("Ana", "Anna"),
    ],
)
def test_other_names_stay_apart_in_that_form(a: str, b: str) -> None:
    assert romanised(a) != romanised(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Aleksandr Lukashenko tiba.", "Alexander Lukashenko tiba.", True),
        ("Antony Blinken tiba.", "Anthony Blinken tiba.", True),
        ("Wendy Sherman tiba.", "Wendy Shermen tiba.", True),
        ("Dennis Ross tiba.", "Dennis Rose tiba.", True),
        # a family name spelled differently needs the same given name...
        ("Dennis Ross tiba.", "Debora Rose tiba.", False),
        ("Wendy Sherman tiba.", "Wendi Shermen tiba.", True),  # "wendi" both ways
        ("Sergei Lavrov tiba.", "Sergey Lavrof tiba.", True),
        ("Sergei Lavrov tiba.", "Sergei Ryabkov tiba.", False),
        # ...and offices that agree where both texts give one
        ("Duta Besar AS Dennis Ross tiba.", "Menteri Keuangan AS Dennis Rose tiba.", False),
        ("Duta Besar AS Dennis Ross tiba.", "Duta Besar AS Dennis Rose tiba.", True),
        # the same family name with other given names: two people
        ("Joe Biden tiba.", "Hunter Biden tiba.", False),
        ("Maria Cantwell tiba.", "Mario Cantwell tiba.", False),
        ("Kim Jong Un tiba.", "Kim Yo Jong tiba.", False),
    ],
)
def test_who_is_the_same_person(a: str, b: str, same: bool) -> None:
    assert (len(_people(a, b)) == 1) is same


def test_a_lone_family_name_joins_the_one_person_of_its_story() -> None:
    texts = (
        "Presiden Joe Biden berbicara. Biden tersenyum.",
        "Hunter Biden diperiksa di Delaware.",
    )
    # one story each: the lone "Biden" of the first can only be Joe Biden
    by_story = _people(*texts, stories=["s1", "s2"])
    assert {"Joe Biden", "Biden"} in by_story
    # without stories the corpus is one story, with two Bidens: the lone one is nobody
    assert all("Biden" not in spellings for spellings in _people(*texts))
    # two Bidens in one story: still nobody
    assert all("Biden" not in s for s in _people(*texts, stories=["s1", "s1"]))


def test_a_capitalised_first_word_or_an_agreement_is_not_a_person() -> None:
    """A sentence may open with "Menurut Edo"; "Perjanjian Kerja Sama Sains" names an agreement."""
    people = _people(
        "Kepala Sekretariat JETP Edo Mahendra hadir. Menurut Edo Mahendra, dana itu cukup.",
        "Kedua negara memperpanjang Perjanjian Kerja Sama Sains dan Teknologi selama enam bulan.",
    )
    names = set().union(*people)
    assert "Edo Mahendra" in names
    assert not any(n.startswith("Menurut") or "Kerja" in n for n in names), names


def test_words_the_corpus_writes_in_lower_case_are_no_ones_name() -> None:
    """ "Menteri Sumber Daya Air": "daya" and "air" are words, not a person."""
    people = _people(
        "Menteri Sumber Daya Air Kamboja Chea Sovann berbicara dengan Wakil Menteri Sumber Daya"
        " Air China Zhang Wei. Pasokan air dan sumber daya lain ikut dibahas.",
    )
    names = set().union(*people)
    assert {"Chea Sovann", "Zhang Wei"} <= names
    assert not any("Daya" in n or "Air" in n for n in names), names


def test_a_common_word_is_no_lone_family_name() -> None:
    """ "Daya" (a word: "sumber daya") is not "Dara" misspelled, even one letter apart."""
    people = _people(
        "Penasihat menteri Kamboja, Heng Dara, hadir. Menteri Sumber Daya Air juga hadir."
        " Sumber daya itu penting.",
    )
    dara = next(p for p in people if "Heng Dara" in p)
    assert "Daya" not in dara, dara


@pytest.mark.parametrize(
    ("a", "b"),
    [("Vučić", "Vucic"), ("Çavuşoğlu", "Cavusoglu"), ("Yıldırım", "Yildirim"), ("Løkke", "Lokke")],
)
def test_diacritics_are_a_transliteration(a: str, b: str) -> None:
    assert romanised(a) == romanised(b)
    assert alias_kind(a, b, 1) == "transliteration"


def test_a_hyphenated_name_is_a_name() -> None:
    """ "Thomas-Greenfield" and "Son-hui" are names; "AS-Rusia" and "Negara-Negara" are not."""
    names = set().union(
        *_people(
            "Duta Besar AS untuk PBB Linda Thomas-Greenfield hadir bersama Choe Son-hui.",
            "Pembicaraan AS-Rusia dan Negara-Negara Teluk berlanjut.",
        )
    )
    assert {"Linda Thomas-Greenfield", "Choe Son-hui"} <= names
    assert not any("Rusia" in n or "Negara" in n for n in names), names


def test_a_hyphen_or_a_space_is_one_person() -> None:
    assert len(_people("Choe Son Hui tiba.", "Choe Son-hui tiba.")) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the tail of an office that the corpus writes in lower case
        ("Menteri Koordinator Bidang Perekonomian Airlangga Hartarto hadir.", "Airlangga Hartarto"),
        ("Kepala Pengamat Carla Brunetti hadir.", "Carla Brunetti"),
        # a place (written after "di" elsewhere), and the region after its head
        ("Bupati Pidie Teuku Rahmat Maulana hadir.", "Teuku Rahmat Maulana"),
        ("Camat Muara Tiga Rizki Saputra hadir.", "Rizki Saputra"),
        # the family name of the person whose aide this one is
        ("Penasihat Presiden Putin Yuri Ushakov hadir.", "Yuri Ushakov"),
    ],
)
def test_words_before_a_name_are_not_the_name(text: str, name: str) -> None:
    context = (
        "Perekonomian tumbuh, kata pengamat bidang perekonomian yang tiga kali hadir di Pidie."
        " Vladimir Putin dan Yuri Ushakov hadir."
    )
    names = set().union(*_people(text, context))
    assert name in names, names
    assert not any(n.endswith(name) and n != name for n in names), names


def test_a_given_name_after_a_country_is_kept() -> None:
    """ "lalu" is a word, but after "Duta Besar RI" the title is over: "Lalu" is his."""
    names = set().union(*_people("Duta Besar RI Lalu Muhammad Iqbal hadir. Dua hari lalu ia tiba."))
    assert "Lalu Muhammad Iqbal" in names, names


def test_a_sentence_opening_word_is_no_given_name() -> None:
    """ "Sebelumnya Blinken": the corpus writes "sebelumnya" in lower case."""
    people = _people(
        "Menteri Luar Negeri AS Antony Blinken tiba. Sebelumnya Blinken singgah di Tokyo.",
        "Ia tiba sehari sebelumnya.",
    )
    assert {"Antony Blinken", "Blinken"} in people, people


def test_a_one_word_name_after_a_title_is_a_person_or_the_person_it_names() -> None:
    people = _people(
        "Menlu Sugiono bertemu Menteri Luar Negeri Retno Marsudi di Jakarta.",
        "Menlu Retno mengatakan Sugiono hadir dalam pertemuan itu.",
        stories=["s", "s"],
    )
    assert {"Sugiono"} in people  # the title's one name, and the lone word later
    assert {"Retno Marsudi", "Retno"} in people  # "Menlu Retno" is Retno Marsudi
    assert len(people) == 2


def test_a_noun_of_what_an_office_does_is_no_ones_name() -> None:
    people = _people("Kepala Bagian Perencanaan Koarmada menyebut Ketidakhadiran Putin dibahas.")
    assert people == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Direktur Eksekutif Gavi Samuel Okafor tiba di Accra.", "Samuel Okafor"),
        ("Dirut Pertamina Nicke Widyawati menandatangani nota itu.", "Nicke Widyawati"),
        ("Menteri Kesehatan Budi Gunadi Sadikin tiba di Accra.", "Budi Gunadi Sadikin"),
        ("Presiden Susilo Bambang Yudhoyono tiba di Accra.", "Susilo Bambang Yudhoyono"),
        ("Kepala Bappenas Rachmat Pambudy memaparkan rencana itu.", "Rachmat Pambudy"),
        ("Ketua Bawaslu Rahmat Bagja membuka rapat itu.", "Rahmat Bagja"),
    ],
)
def test_the_organisation_after_its_head_is_not_a_given_name(text: str, name: str) -> None:
    assert _people(text) == [{name}]
