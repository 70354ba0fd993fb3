"""Quotes: when two quotations of one speaker are the same words reported twice."""

from __future__ import annotations

import pytest

from ledger.families import load_all
from ledger.families.quotes.rules import same_quotation
from ledger.families.quotes.wording import concept
from ledger.rules import REGISTRY

LAVROV_002 = (
    "Kami siap untuk membahas semua masalah tanpa kecuali jika kami memahami bahwa diskusi "
    "akan jujur dan berdasarkan rasa saling percaya,"
)
LAVROV_003 = (
    "Kami siap membahas semua masalah tanpa kecuali, tapi dengan persepsi bahwa pembahasan "
    "akan jujur, dengan fakta di atas meja, dan tentu saja atas dasar saling menghormati."
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (LAVROV_002, LAVROV_003, True),  # reworded by two sources (seeds 002, 003)
        ("Diskusi di Jenewa bersifat profesional dan substantif,",
         "Diskusi di Jenewa profesional dan substantif,", True),
        ("Rusia tidak akan memperpanjang perjanjian itu", "Rusia akan memperpanjang perjanjian itu",
         True),
        # alike in letters (token_sort_ratio 62, 64), but no content word in common
        ("Kami tidak akan menyerang Ukraina",
         "Kami tidak akan menyerah kepada tekanan Barat", False),
        ("Kami akan terus mendukung Ukraina selama diperlukan",
         "Kami akan terus menekan Rusia dengan sanksi", False),
        ("Dunia dapat menjadi tempat yang lebih aman dan terjamin",
         "Kami pikir ini adalah hal yang baik untuk rakyat kami", False),
        # translated twice: letters 50-57, but the content words agree by root and synonym
        ("Keadaan di perbatasan masih tegang, dan kami tak akan mundur",
         "Situasi perbatasan tetap tegang, namun kami tidak akan mundur sedikit pun", True),
        # cut to its first sentence by another source
        ("Pelabuhan Valparaiso akan dibuka kembali pekan depan. Semua kapal sudah diperiksa",
         "Pelabuhan Valparaiso dibuka lagi minggu depan", True),
        # two remarks on one topic: only "negara kepulauan" and "banjir rob" in common
        ("Dana iklim harus mudah diakses negara kepulauan yang terancam banjir rob",
         "Bagi negara kepulauan, banjir rob sudah menjadi kenyataan sehari-hari", False),
    ],
)  # fmt: skip
def test_same_quotation(a: str, b: str, same: bool) -> None:
    load_all()
    params = REGISTRY["quote-wording"].params()
    assert (same_quotation(a, b, params) is not None) is same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("menghadapi", "hadapan"),  # meng-hadap-i, hadap-an
        ("permusuhan", "bermusuhan"),
        ("menaikkan", "naik"),
        ("berminggu-minggu", "pekan"),  # reduplicated, then a synonym
        ("perundingan", "negosiasi"),
        ("keberhasilan", "berhasil"),
    ],
)
def test_one_concept(a: str, b: str) -> None:
    assert concept(a) & concept(b)


@pytest.mark.parametrize(("a", "b"), [("sekolah", "kolam"), ("bertahan", "perang")])
def test_different_concepts(a: str, b: str) -> None:
    assert not concept(a) & concept(b)
