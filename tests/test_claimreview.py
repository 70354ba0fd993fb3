"""ClaimReview: the editors' reviewed findings as schema.org JSON-LD."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pyld import jsonld

from ledger import api
from ledger import claimreview as claimreview_mod
from ledger.cli import cli

SCHEMA = "https://schema.org/"
ORGANISATION = ["--organisation", "Meja Cek Fakta", "--organisation-url", "https://cek.example"]
URL_001 = "https://news.example/liputan6/as-rusia-jenewa"


@pytest.fixture(scope="module")
def reviewed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds (001 with a URL in its sidecar) and four reviews: a contradiction
    across two articles and one inside one article confirmed, a variant dismissed,
    a consistent finding still to check."""
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    folder = tmp_path_factory.mktemp("seeds")
    for seed in seeds.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "001_bbc9e7314229fa33.meta.yaml").write_text(f"url: {URL_001}\n", encoding="utf-8")
    db = api.build([folder], tmp_path_factory.mktemp("l") / "ledger.db").db
    rows = api.findings(db)

    def first(verdict: str, same_document: bool) -> dict[str, Any]:
        return next(
            r
            for r in rows
            if r["verdict"] == verdict
            and r["claim_b"]
            and (r["document_a"] == r["document_b"]) == same_document
        )

    api.review(db, first("contradiction", False)["finding_id"], "confirmed", "cek ke Kemlu")
    api.review(db, first("contradiction", True)["finding_id"], "confirmed")
    api.review(db, first("variant", False)["finding_id"], "dismissed", "orang lain")
    api.review(db, first("consistent", False)["finding_id"], "needs-check", "tanya desk")
    return db


def export(db: Path, out: Path, *args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(
        cli, ["export", "claimreview", "--db", str(db), "--out", str(out), *args]
    )
    assert result.exit_code == 0, result.output
    records: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return records


def schema_org_offline(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader that never goes on the network (there is none here).

    pyld would fetch the context ``https://schema.org`` over HTTP; this loader
    serves a minimal stand-in for it, ``{"@context": {"@vocab": "https://schema.org/"}}``,
    which expands every term of a record to its schema.org IRI exactly as the real
    context does for the terms a ClaimReview uses. Any other URL is refused.
    """
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            "document": {"@context": {"@vocab": SCHEMA}},
        }
    raise AssertionError(f"the test would fetch {url}")


def nodes(expanded: Any) -> Iterator[dict[str, Any]]:
    """Every node object of an expanded JSON-LD document, nested ones too."""
    if isinstance(expanded, list):
        for item in expanded:
            yield from nodes(item)
    elif isinstance(expanded, dict) and "@value" not in expanded:
        yield expanded
        for key, value in expanded.items():
            if not key.startswith("@"):
                yield from nodes(value)


def only(node: dict[str, Any], prop: str) -> Any:
    values = node[SCHEMA + prop]
    assert len(values) == 1, (prop, values)
    return values[0]


def test_claimreview_expands_to_schema_org_types_and_properties(
    reviewed_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reviews.jsonld"
    records = export(reviewed_db, out, *ORGANISATION, "--site-url", "https://ledger.example/")
    assert len(records) == 3  # confirmed and dismissed; needs-check is no verdict yet
    assert {r["@context"] for r in records} == {"https://schema.org"}
    expanded = jsonld.expand(records, {"documentLoader": schema_org_offline})
    reviews = [n for n in expanded if SCHEMA + "ClaimReview" in n["@type"]]
    assert len(reviews) == 3
    types = {t for n in nodes(expanded) for t in n.get("@type", [])}
    assert {SCHEMA + t for t in ("ClaimReview", "Claim", "Rating", "Organization")} <= types
    assert SCHEMA + "CreativeWork" in types
    for review in reviews:
        claim = only(review, "itemReviewed")
        assert claim["@type"] == [SCHEMA + "Claim"]
        assert only(review, "claimReviewed")["@value"]
        rating = only(review, "reviewRating")
        assert rating["@type"] == [SCHEMA + "Rating"]
        assert only(rating, "alternateName")["@value"]
        author = only(review, "author")
        assert author["@type"] == [SCHEMA + "Organization"]
        assert only(author, "name")["@value"] == "Meja Cek Fakta"
        assert only(author, "url")["@value"] == "https://cek.example"
        assert len(only(review, "datePublished")["@value"]) == 10  # the review's date
        finding_id = only(review, "identifier")["@value"]
        url = f"https://ledger.example/-/ledger/finding/{finding_id}"
        assert only(review, "url")["@value"] == url
        appearances = claim[SCHEMA + "appearance"]
        assert appearances
        for work in appearances:
            assert work["@type"] == [SCHEMA + "CreativeWork"]
            assert only(work, "name")["@value"]


def test_appearance_carries_url_outlet_and_date_from_metadata(
    reviewed_db: Path, tmp_path: Path
) -> None:
    records = export(reviewed_db, tmp_path / "r.jsonld", *ORGANISATION)
    works = [w for r in records for w in r["itemReviewed"]["appearance"]]
    liputan = next(w for w in works if w.get("url") == URL_001)
    assert liputan["publisher"] == {"@type": "Organization", "name": "Liputan6.com"}
    assert liputan["author"] == liputan["publisher"]
    assert liputan["datePublished"] == "2021-07-29"
    assert liputan["identifier"] == "001_bbc9e7314229fa33.txt"
    unknown = next(w for w in works if w["identifier"] == "000_7dc6c93bd5e6ee5b.txt")
    assert not {"url", "publisher", "author", "datePublished"} & set(unknown)  # not known
    assert all("url" not in r for r in records)  # no --site-url: no address for the review


def test_ratings_in_words_from_verdict_and_review(reviewed_db: Path, tmp_path: Path) -> None:
    records = export(reviewed_db, tmp_path / "r.jsonld", *ORGANISATION)
    by_rating = {r["reviewRating"]["alternateName"]: r for r in records}
    assert set(by_rating) == {
        "Contradicted by another source",
        "Contradicted within the same article",
        "Dismissed",
    }
    across = by_rating["Contradicted by another source"]
    assert len(across["itemReviewed"]["appearance"]) == 2
    assert across["reviewRating"]["ratingExplanation"] == "cek ke Kemlu"  # the editor's note
    assert "both cannot be" in across["reviewBody"]  # the ledger's explanation
    claim_words = across["claimReviewed"]
    assert claim_words.count('"') == 4 and " vs " in claim_words  # both sides' words
    inside = by_rating["Contradicted within the same article"]
    assert len(inside["itemReviewed"]["appearance"]) == 1  # one article, one appearance
    assert "ratingExplanation" not in inside["reviewRating"]  # no note given
    assert '"9 Januari"' in inside["claimReviewed"]
    assert '"10 Januari 2022"' in inside["claimReviewed"]


@pytest.mark.parametrize(
    ("verdict", "status", "sides", "words"),
    [
        ("contradiction", "confirmed", "two", "Contradicted by another source"),
        ("contradiction", "confirmed", "same", "Contradicted within the same article"),
        ("contradiction", "confirmed", "one", "Contradicts itself"),
        ("contradiction", "dismissed", "two", "Dismissed: no contradiction"),
        ("variant", "confirmed", "two", "Confirmed: the same fact, worded differently"),
        ("variant", "dismissed", "two", "Dismissed"),
        ("consistent", "confirmed", "two", "Confirmed: consistent with another source"),
        ("consistent", "confirmed", "same", "Confirmed: consistent within the same article"),
        ("consistent", "dismissed", "same", "Dismissed"),
    ],
)
def test_rating_words(verdict: str, status: str, sides: str, words: str) -> None:
    assert claimreview_mod.rating_name(verdict, status, sides) == words


def test_needs_check_and_unknown_status_have_no_rating() -> None:
    with pytest.raises(ValueError, match="needs-check"):
        claimreview_mod.rating_name("contradiction", "needs-check", "two")


def test_the_organisation_is_required_and_may_come_from_the_environment(
    reviewed_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.jsonld"
    runner = CliRunner()
    args = ["export", "claimreview", "--db", str(reviewed_db), "--out", str(out)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert "--organisation" in result.output and not out.exists()
    result = runner.invoke(cli, args, env={"LEDGER_ORGANISATION": "Desk Cek"})
    assert result.exit_code == 0, result.output
    assert "3 ClaimReview records written" in result.output
    records = json.loads(out.read_text(encoding="utf-8"))
    assert {json.dumps(r["author"]) for r in records} == {
        json.dumps({"@type": "Organization", "name": "Desk Cek"})
    }


def test_claimreview_refuses_csv_options(reviewed_db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "r.jsonld")
    base = ["export", "claimreview", "--db", str(reviewed_db), "--out", out, *ORGANISATION]
    for extra in (["--excel"], ["--format", "csv"]):
        result = CliRunner().invoke(cli, [*base, *extra])
        assert result.exit_code == 1, extra
        assert "JSON-LD" in result.output


def test_claimreview_filters_like_the_findings(reviewed_db: Path, tmp_path: Path) -> None:
    records = export(
        reviewed_db, tmp_path / "r.jsonld", *ORGANISATION, "--verdict", "contradiction"
    )
    assert len(records) == 2
    assert all(r["reviewRating"]["alternateName"].startswith("Contra") for r in records)


def test_no_reviewed_findings_write_an_empty_list(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    db = api.build([seeds / "004_214c75a972e520e4.txt"], tmp_path / "l.db").db
    n = api.export("claimreview", db, tmp_path / "r.jsonld", organisation="Desk")
    assert n == 0
    assert json.loads((tmp_path / "r.jsonld").read_text(encoding="utf-8")) == []


def test_the_organisation_is_the_ledgers_own_setting_and_survives_a_rebuild(
    reviewed_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ledger set organisation ...` stores who publishes the ledger in the ledger
    itself; every rebuild keeps it, and the ClaimReview export signs with it."""
    for name in ("LEDGER_ORGANISATION", "LEDGER_ORGANISATION_URL", "LEDGER_SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    db = tmp_path / "ledger.db"
    db.write_bytes(reviewed_db.read_bytes())
    runner = CliRunner()
    for key, value in (("organisation", "Meja Cek Fakta"), ("site_url", "https://l.example")):
        result = runner.invoke(cli, ["set", key, value, "--db", str(db)])
        assert result.exit_code == 0, result.output
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    api.build([seeds], db)  # a rebuild keeps the settings, like the reviews
    records = export(db, tmp_path / "r.jsonld")
    assert records and {r["author"]["name"] for r in records} == {"Meja Cek Fakta"}
    assert all(r["url"].startswith("https://l.example/-/ledger/finding/") for r in records)
    refused = runner.invoke(cli, ["set", "colour", "red", "--db", str(db)])
    assert refused.exit_code != 0 and "colour" in refused.output
    removed = runner.invoke(cli, ["set", "organisation", "", "--db", str(db)])
    assert removed.exit_code == 0 and "organisation" not in removed.output
