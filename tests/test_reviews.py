"""Reviews: recorded from the CLI, kept across rebuilds, orphaned never dropped."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from ledger import api
from ledger.cli import cli


def contradiction_id(db_path: Path) -> str:
    rows = api.findings(db_path, verdict="contradiction", property="date")
    assert len(rows) == 1
    return str(rows[0]["finding_id"])


@pytest.fixture
def ledger_db(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    return api.build([folder], tmp_path / "ledger.db").db


def test_a_review_shows_in_finding_report(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)
    result = CliRunner().invoke(
        cli,
        ["review", fid, "--status", "confirmed", "--note", "Kontan salah", "--db", str(ledger_db)],
    )
    assert result.exit_code == 0, result.output
    row = api.findings(ledger_db, verdict="contradiction", property="date")[0]
    assert (row["review_status"], row["review_note"]) == ("confirmed", "Kontan salah")


def test_a_rebuild_of_the_same_input_keeps_every_review(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)
    api.review(ledger_db, fid, "needs-check", "tanya redaksi")
    api.build([ledger_db.parent / "in"], ledger_db)
    row = api.findings(ledger_db, verdict="contradiction", property="date")[0]
    assert (row["finding_id"], row["review_status"], row["review_note"]) == (
        fid,
        "needs-check",
        "tanya redaksi",
    )


def test_a_review_whose_finding_is_gone_is_kept_as_orphaned(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)
    api.review(ledger_db, fid, "confirmed", "dicek")
    (ledger_db.parent / "in" / "004_214c75a972e520e4.txt").unlink()  # the article goes
    api.build([ledger_db.parent / "in"], ledger_db)
    assert api.findings(ledger_db, verdict="contradiction", property="date") == []
    review = sqlite_utils.Database(ledger_db)["reviews"].get(fid)
    assert review["orphaned"] == 1
    assert (review["status"], review["note"]) == ("confirmed", "dicek")
    assert (review["value_a"], review["value_b"]) == ("9 Januari", "10 Januari 2022")
    # ...and it comes back to life when the article returns.
    shutil.copy(
        Path(__file__).parents[1] / "seeds" / "004_214c75a972e520e4.txt", ledger_db.parent / "in"
    )
    api.build([ledger_db.parent / "in"], ledger_db)
    assert sqlite_utils.Database(ledger_db)["reviews"].get(fid)["orphaned"] == 0
    assert (
        api.findings(ledger_db, verdict="contradiction", property="date")[0]["review_status"]
        == "confirmed"
    )


@pytest.mark.parametrize(
    ("finding", "status", "message"),
    [("nope", "confirmed", "no finding 'nope'"), (None, "maybe", "status must be one of")],
)
def test_bad_reviews_are_refused(
    ledger_db: Path, finding: str | None, status: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        api.review(ledger_db, finding or contradiction_id(ledger_db), status)
