"""Quotes: when two quotations of one speaker are the same words reported twice."""

from __future__ import annotations

import pytest

from ledger.families import load_all
from ledger.families.quotes.rules import same_quotation
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
    ],
)  # fmt: skip
def test_same_quotation(a: str, b: str, same: bool) -> None:
    load_all()
    params = REGISTRY["quote-wording"].params()
    assert (same_quotation(a, b, params) is not None) is same
