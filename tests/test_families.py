"""A claim family is one unit: this module registers a toy family (the sky over
an occasion: "hujan", "cerah") and its rule, and sees its claims extracted,
compared, stored and published without touching any other file."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from datasette.app import Datasette

from ledger import api, families, ingest, rules, segment
from ledger.claims import SpanError, make_claim
from ledger.families import Corpus, by_story, family
from ledger.model import Claim
from ledger.publish import metadata
from ledger.rules import Verdict, rule

SKY = {"hujan": "rain", "gerimis": "rain", "cerah": "clear"}  # a toy lexicon


def _sky_claims(corpus: Corpus) -> list[Claim]:
    out = []
    for doc in corpus.documents:
        for sent in corpus.sentences[doc.id]:
            for m in re.finditer(r"\b(hujan|gerimis|cerah)\b", sent.text):
                start, end = sent.start + m.start(), sent.start + m.end()
                sky = SKY[m.group()]
                out.append(
                    make_claim(
                        sent,
                        "sky",
                        start,
                        end,
                        subject="the sky",
                        value_lo=sky,
                        value_hi=sky,
                        unit="sky",
                        normalised=f"{m.group()} = {sky}",
                    )
                )
    return out


def _sky_rule(a: Claim, b: Claim, params: dict[str, Any]) -> Verdict | None:
    """Rain and a clear sky over one story cannot both be true (a toy rule)."""
    if a.value_lo == b.value_lo:
        return Verdict("consistent", "info", "both say the same sky")
    return Verdict("contradiction", "high", f"{a.value_text!r} is not {b.value_text!r}")


@pytest.fixture
def sky_family() -> Iterator[None]:
    """The toy family, registered from this module only, removed afterwards."""
    families.load_all()
    family("sky", properties=("sky",), slot=lambda c: by_story(c, "sky"))(_sky_claims)
    rule("sky-weather", property="sky", feature="sky.feature")(_sky_rule)
    yield
    families.unregister("sky")
    rules.unregister("sky-weather")


def _articles(folder: Path) -> Path:
    folder.mkdir()
    body = (
        "Menteri Luar Negeri Rusia Sergei Lavrov dan Menteri Luar Negeri AS Antony Blinken "
        "bertemu di Jenewa pada Jumat (21/1/2022) untuk membahas keamanan Eropa. "
        "Pertemuan itu berlangsung selama 90 menit saat {sky} turun di kota itu."
    )
    (folder / "a.txt").write_text(body.format(sky="hujan") + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(body.format(sky="cerah") + "\n", encoding="utf-8")
    return folder


def test_a_family_registered_by_a_test_is_extracted_compared_stored_and_published(
    sky_family: None, tmp_path: Path
) -> None:
    db_path = tmp_path / "ledger.db"
    result = api.build([_articles(tmp_path / "articles")], db_path)
    db = sqlite_utils.Database(db_path)
    claims = list(db.query("select * from claims where property = 'sky' order by value_text"))
    assert [c["value_text"] for c in claims] == ["cerah", "hujan"]
    for c in claims:  # every span slices back to its words
        text = db["documents"].get(c["document_id"])["text"]
        assert text[c["start"] : c["end"]] == c["value_text"]
    found = list(db.query("select * from finding_report where rule_id = 'sky-weather'"))
    assert len(found) == 1 and found[0]["verdict"] == "contradiction"
    assert {found[0]["value_a"], found[0]["value_b"]} == {"hujan", "cerah"}
    assert db["rules"].get("sky-weather")["property"] == "sky"
    assert result.verdicts["contradiction"] >= 1

    async def desk() -> tuple[int, str, int]:
        ds = Datasette([str(db_path)], metadata=metadata(db_path))
        await ds.invoke_startup()
        page = await ds.client.get(f"/-/ledger/finding/{found[0]['finding_id']}")
        table = await ds.client.get("/ledger/claims.json?property=sky&_shape=array")
        return page.status_code, page.text, len(table.json())

    status, page, rows = asyncio.run(desk())
    assert status == 200 and "sky-weather" in page and "hujan" in page and "cerah" in page
    assert rows == 2


def test_without_the_toy_family_nothing_of_it_is_extracted(tmp_path: Path) -> None:
    """The registry is the only wiring: once the family is gone, so are its claims."""
    db_path = tmp_path / "ledger.db"
    api.build([_articles(tmp_path / "articles")], db_path)
    db = sqlite_utils.Database(db_path)
    assert db.execute("select count(*) from claims where property = 'sky'").fetchone()[0] == 0
    assert "sky" not in families.load_all()


def test_a_family_cannot_take_another_family_s_property() -> None:
    families.load_all()
    with pytest.raises(ValueError, match="belongs to 'durations'"):
        family("lengths", properties=("duration",), slot=lambda c: None)(_sky_claims)
    assert "lengths" not in families.REGISTRY


def test_families_run_after_the_families_they_require() -> None:
    order = [f.name for f in families.in_order()]
    assert order.index("dates") < order.index("quantities")


def test_the_claim_factory_refuses_a_span_that_is_not_its_words(tmp_path: Path) -> None:
    documents, _ = ingest.read_articles([_articles(tmp_path / "articles")])
    sent = segment.split_sentences(documents[0])[0]
    with pytest.raises(SpanError, match="outside"):
        make_claim(
            sent, "sky", sent.start, sent.end + 5, subject="", value_lo=None, value_hi=None,
            unit="sky",
        )  # fmt: skip
    with pytest.raises(SpanError, match="does not match"):
        make_claim(
            sent, "sky", sent.start, sent.start + 3, value_text="zzz", subject="",
            value_lo=None, value_hi=None, unit="sky",
        )  # fmt: skip
    made = make_claim(
        sent, "sky", sent.start, sent.start + 3, subject="", value_lo=None, value_hi=None,
        unit="sky",
    )  # fmt: skip
    assert made.value_text == sent.text[:3] == documents[0].text[sent.start : sent.start + 3]
