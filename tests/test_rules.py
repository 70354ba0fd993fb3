"""The rules as pure functions over pairs of claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.families import load_all
from ledger.model import Claim
from ledger.rules import REGISTRY


def claim(text: str, lo: float | str | None, hi: float | str | None, unit: str) -> Claim:
    return Claim(
        id=text,
        document_id="d",
        sentence_id=text,
        property="x",
        subject="s",
        value_text=text,
        value_lo=lo,
        value_hi=hi,
        unit=unit,
        start=0,
        end=len(text),
    )


def test_every_rule_has_params_a_feature_and_a_description() -> None:
    load_all()
    rules = REGISTRY
    assert set(rules) == {
        "duration-interval",
        "date-range",
        "name-spelling",
        "name-given",
        "title-rank",
        "title-holder",
        "action-verb",
        "quantity-interval",
        "quote-wording",
        "place-alias",
        "weekday-date",
    }
    features = Path(__file__).resolve().parents[1] / "features"
    for r in rules.values():
        assert r.params(), r.id
        feature = (features / r.feature).read_text(encoding="utf-8")
        assert f"rule {r.id}" in feature, f"{r.feature} does not name {r.id}"
        assert r.description, r.id
        assert r.feature.endswith(".feature")


@pytest.mark.parametrize(
    ("a", "b", "verdict", "severity"),
    [
        (("hampir dua jam", 90, 120), ("1 jam 45 menit", 105, 105), "consistent", "info"),
        (("dua jam", 120, 120), ("1 jam 57 menit", 117, 117), "consistent", "info"),
        (("50 menit", 50, 50), ("hampir dua jam", 90, 120), "contradiction", "high"),
        (("satu jam", 60, 60), ("70 menit", 70, 70), "contradiction", "medium"),
        (("lebih dari tiga jam", 180, 270), ("empat jam", 240, 240), "consistent", "info"),
    ],
)
def test_duration_interval(
    a: tuple[str, float, float], b: tuple[str, float, float], verdict: str, severity: str
) -> None:
    result = REGISTRY["duration-interval"](claim(*a, "min"), claim(*b, "min"))
    assert result is not None
    assert (result.verdict, result.severity) == (verdict, severity)
    assert a[0] in result.explanation and b[0] in result.explanation


def test_duration_explanation_shows_both_intervals() -> None:
    result = REGISTRY["duration-interval"](
        claim("hampir dua jam", 90, 120, "min"), claim("1 jam 45 menit", 105, 105, "min")
    )
    assert result is not None
    assert result.explanation.startswith("'1 jam 45 menit' = 105 min lies inside")
    assert "'hampir dua jam' = 90–120 min" in result.explanation


@pytest.mark.parametrize(
    ("a", "b", "verdict", "words"),
    [
        (
            ("9 Januari", "2022-01-09", "2022-01-09"),
            ("10 Januari 2022", "2022-01-10", "2022-01-10"),
            "contradiction",
            "1 day apart",
        ),
        (
            ("bulan Juni", "--06-01", "--06-30"),
            ("awal Juni", "--06-01", "--06-10"),
            "consistent",
            "no source gives the year",
        ),
        (
            ("bulan September", "2021-09-01", "2021-09-30"),
            ("bulan Oktober", "2021-10-01", "2021-10-31"),
            "contradiction",
            "ends before",
        ),
        (
            ("seminggu lalu", "2021-07-20", "2021-07-24"),
            ("satu minggu lalu", "2021-07-20", "2021-07-24"),
            "consistent",
            "lies within",
        ),
    ],
)
def test_date_range(
    a: tuple[str, str, str], b: tuple[str, str, str], verdict: str, words: str
) -> None:
    result = REGISTRY["date-range"](claim(*a, "date"), claim(*b, "date"))
    assert result is not None
    assert result.verdict == verdict
    assert words in result.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("hari Selasa", None, None), ("hari Rabu", None, None)),
        (("bulan Juni", "--06-01", "--06-30"), ("Juni 2021", "2021-06-01", "2021-06-30")),
    ],
)
def test_dates_that_cannot_be_compared_give_no_verdict(
    a: tuple[str, str | None, str | None], b: tuple[str, str | None, str | None]
) -> None:
    assert REGISTRY["date-range"](claim(*a, "date"), claim(*b, "date")) is None


def test_name_spelling_is_a_variant_that_counts_every_spelling() -> None:
    spellings = {"Antony": {"002.txt": 1}, "Anthony": {"003.txt": 3}}
    a = Claim(
        id="a", document_id="d2", sentence_id="s1", property="name", subject="Antony Blinken",
        value_text="Antony", value_lo=None, value_hi=None, unit="spelling", start=0, end=6,
        qualifiers={"part": "given", "spellings": spellings},
    )  # fmt: skip
    b = Claim(**{**a.__dict__, "id": "b", "sentence_id": "s2", "value_text": "Anthony"})
    result = REGISTRY["name-spelling"](a, b)
    assert result is not None
    assert (result.verdict, result.severity) == ("variant", "low")
    assert "'Anthony' (003 ×3)" in result.explanation and "'Antony' (002 ×1)" in result.explanation
    assert REGISTRY["name-spelling"](a, a) is None


@pytest.mark.parametrize(
    ("alias", "canonical", "occurrences", "kind"),
    [
        ("Sergei", "Sergey", 1, "transliteration"),
        ("Blinkin", "Blinken", 1, "typo"),
        ("Blinkin", "Blinken", 3, "spelling"),
        ("Antony", "Anthony", 1, "spelling"),
        ("Blinken", "Blinken", 9, "name"),
    ],
)
def test_alias_kinds(alias: str, canonical: str, occurrences: int, kind: str) -> None:
    from ledger.entities import alias_kind

    assert alias_kind(alias, canonical, occurrences) == kind


def test_an_article_that_repeats_a_sentence_is_compared_once(tmp_path: Path) -> None:
    """The same words with the same evidence, repeated in one article, are one claim for
    the comparison: 300 copies of a sentence make no findings of the article with itself."""
    from ledger import api

    sentence = "Pertemuan di Jenewa pada 10 Januari 2022 berlangsung hampir dua jam. "
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(sentence * 300 + "\n", encoding="utf-8")
    (folder / "b.txt").write_text("Pertemuan di Jenewa berlangsung 1 jam 45 menit.\n", "utf-8")
    result = api.build([folder], tmp_path / "ledger.db")
    assert result.claims >= 600  # every copy is still a claim in the ledger
    rows = api.findings(tmp_path / "ledger.db", property="duration")
    assert len(rows) == 1 and rows[0]["verdict"] == "consistent"


def test_an_article_longer_than_any_is_read_for_claims_up_to_a_limit(tmp_path: Path) -> None:
    """Past ``max_sentences_read`` (data/ingest.yaml) an article's sentences are stored
    but not read for claims, and the article says so: one pathological file keeps
    the build short."""
    from ledger import api, lexicon

    limit = int(lexicon.load("ingest", None)["max_sentences_read"])
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [f"Rapat ke-{i} berlangsung {i % 9 + 1} jam." for i in range(limit + 100)]
    (folder / "a.txt").write_text(" ".join(lines) + "\n", encoding="utf-8")
    result = api.build([folder], tmp_path / "ledger.db")
    assert result.sentences == limit + 100  # every sentence is stored
    assert any("only the first" in w and str(limit) in w for w in result.warnings)
    durations = api.claims(tmp_path / "ledger.db", property="duration")
    assert 0 < len(durations) <= limit
