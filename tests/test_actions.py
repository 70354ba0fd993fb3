"""Actions: verb relations through the data, and how one sentence is read."""

from __future__ import annotations

from typing import Any

import pytest

from ledger.families.actions.reading import UNNAMED_AGENT, action_claims, relation
from tests.conftest import plain_documents


def _claims(*texts: str) -> list[dict[str, Any]]:
    """The action claims of one document per text, as (subject, verb, qualifiers)."""
    docs, sentences = plain_documents(*texts)
    return [
        {**c.qualifiers, "subject": c.subject, "verb": c.value_lo}
        for c in action_claims(docs, sentences, [])
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("memperpanjang", "memperpanjang", "same"),
        ("memperpanjang", "memperbarui", "same"),
        ("memperpanjang", "memperluas", "contrasting"),
        # through the same-meaning groups: memperbarui means memperpanjang
        ("memperbarui", "memperluas", "contrasting"),
        ("memperbarui", "menarik diri dari", "contrasting"),
        # mengakhiri means membatalkan, which contrasts with memperpanjang
        ("mengakhiri", "memperpanjang", "contrasting"),
        ("menangguhkan", "membekukan", "same"),
        # suspending is not ending: a different, stronger act (through membatalkan)
        ("menangguhkan", "mengakhiri", "contrasting"),
        # steps an editor would not call exclusive
        ("menandatangani", "meratifikasi", None),
        ("memperluas", "membatalkan", None),
    ],
)
def test_verb_relations(a: str, b: str, expected: str | None) -> None:
    assert relation(a, b) == expected
    assert relation(b, a) == expected


@pytest.mark.parametrize(
    ("text", "subject", "verb", "polarity", "mode"),
    [
        ("Rusia, yang telah memperluas perjanjian START Baru.", "Rusia → START Baru",
         "memperluas", "affirmative", "deed"),
        ("Rusia tidak memperpanjang perjanjian START Baru.", "Rusia → START Baru",
         "memperpanjang", "negative", "deed"),
        ("Rusia berencana memperluas perjanjian START Baru.", "Rusia → START Baru",
         "memperluas", "affirmative", "plan"),
        ("Moskow tidak akan memperpanjang New START.", "Rusia → START Baru",
         "memperpanjang", "negative", "plan"),
        ("AS menarik diri dari traktat INF pada 2019.", "AS → INF", "menarik diri dari",
         "affirmative", "deed"),
        ("AS keluar dari perjanjian Open Skies.", "AS → Langit Terbuka", "menarik diri dari",
         "affirmative", "deed"),
        ("AS dan Rusia memperpanjang perjanjian START Baru.", "AS + Rusia → START Baru",
         "memperpanjang", "affirmative", "deed"),
        ("Perjanjian START Baru diperpanjang oleh Rusia.", "Rusia → START Baru",
         "memperpanjang", "affirmative", "deed"),
        ("Perjanjian START Baru telah diperpanjang.", "(agent not named) → START Baru",
         "memperpanjang", "affirmative", "deed"),
        ("AS menjatuhkan sanksi terhadap proyek Nord Stream 2.", "AS → Nord Stream 2",
         "menjatuhkan sanksi", "affirmative", "deed"),
    ],
)  # fmt: skip
def test_an_action_is_read_with_its_subject_object_negation_and_mode(
    text: str, subject: str, verb: str, polarity: str, mode: str
) -> None:
    [claim] = _claims(text)
    assert (claim["subject"], claim["verb"], claim["polarity"], claim["mode"]) == (
        subject, verb, polarity, mode,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # the object is not one the verb takes, or not recognised
        "AS menarik diri dari pembicaraan dengan Rusia.",
        "Rusia memperpanjang untuk sementara.",
        # a noun made of a verb, asked for or discussed: not done
        "AS meminta perpanjangan masa tinggal para diplomat.",
        "Rusia membahas perluasan kerja sama dengan China.",
        "Kesepakatan Senin ditandatangani oleh Rusia.",
        # conditions, questions, denials, a negated or conditional demand
        "AS mendesak Rusia tidak memperpanjang perjanjian START Baru.",
        "Jika AS mendesak Rusia memperpanjang perjanjian START Baru, Rusia setuju.",
        "Jika Rusia memperpanjang perjanjian START Baru, pembicaraan dimulai.",
        "Apakah Rusia memperpanjang perjanjian START Baru?",
        "Rusia membantah memperluas perjanjian START Baru.",
        # "perjanjian itu" with no treaty named before it
        "Rusia memperpanjang perjanjian itu.",
    ],
)
def test_no_claim_without_a_recognised_subject_and_object(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Rusia memperpanjang masa tinggal para diplomat.", "masa tinggal"),
        ("Rusia memperluas kerja sama dengan China.", "kerja sama"),
        ("Rusia memperpanjang masa berlaku pembatasan hingga Juli.", "pembatasan"),
        ("Rusia mengumumkan perpanjangan masa tinggal para diplomat.", "masa tinggal"),
    ],
)
def test_a_verb_that_takes_any_object_reads_the_noun_phrase_after_it(text: str, key: str) -> None:
    [claim] = _claims(text)
    assert claim["object"] == key


def test_a_demand_made_of_another_is_read_with_its_maker() -> None:
    [claim] = _claims("Resolusi tersebut meminta Rusia memperpanjang perjanjian START Baru.")
    said = (claim["mode"], claim["demander"], claim["subject"])
    assert said == ("demand", "resolusi", "Rusia → START Baru")


def test_an_anaphor_is_the_one_treaty_named_before_in_the_same_document() -> None:
    one = "Traktat INF dibahas. Rusia memperpanjang perjanjian itu."
    two = "Traktat INF dan START Baru dibahas. Rusia memperpanjang perjanjian itu."
    assert [c["subject"] for c in _claims(one)] == ["Rusia → INF"]
    assert _claims(two) == []
    # the treaty named in another document does not count
    assert _claims("Traktat INF dibahas.", "Rusia memperpanjang perjanjian itu.") == []


def test_kedua_negara_is_the_pair_of_a_document_that_names_two_countries() -> None:
    [claim] = _claims("AS dan Rusia bertemu. Kedua negara memperpanjang perjanjian START Baru.")
    assert claim["subject"] == "AS + Rusia → START Baru"


@pytest.mark.parametrize(
    "text",
    [
        # another word between subject and verb: the entity is not the subject
        "AS mengatakan Moskow sering memperluas perjanjian START Baru.",
        # "kedua negara" after three countries
        "AS, Rusia dan China bertemu. Kedua negara memperpanjang perjanjian START Baru.",
        "Pada Februari lalu memperluas perjanjian START Baru.",
    ],
)
def test_a_deed_whose_subject_cannot_be_read_has_no_named_agent(text: str) -> None:
    assert [c["subject"] for c in _claims(text)] == [f"{UNNAMED_AGENT} → START Baru"]
