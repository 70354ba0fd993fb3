"""Reviews: recorded from the CLI, kept across rebuilds, orphaned never dropped."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from click.testing import CliRunner

from ledger import api, reviews
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


# --- one limit for the note, however it is given (issue 10, point 15) ------------

LONG = "x" * (reviews.NOTE_LIMIT + 1)
TOO_LONG = f"a review note may have at most {reviews.NOTE_LIMIT} characters"


def saved_reviews(db_path: Path) -> list[tuple[str, str]]:
    return [(r["status"], r["note"]) for r in sqlite_utils.Database(db_path)["reviews"].rows]


def test_the_api_refuses_a_note_over_the_limit_and_takes_one_at_it(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)
    with pytest.raises(reviews.ReviewError, match=TOO_LONG):
        api.review(ledger_db, fid, "confirmed", LONG)
    assert saved_reviews(ledger_db) == []
    at_limit = "y" * reviews.NOTE_LIMIT
    api.review(ledger_db, fid, "confirmed", f"\n  {at_limit}  \n")  # spaces around do not count
    assert saved_reviews(ledger_db) == [("confirmed", at_limit)]


def test_the_command_line_refuses_a_note_over_the_limit(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)
    result = CliRunner().invoke(
        cli, ["review", fid, "--status", "confirmed", "--note", LONG, "--db", str(ledger_db)]
    )
    assert result.exit_code == 1
    assert TOO_LONG in result.output and "5001 characters long" in result.output
    assert saved_reviews(ledger_db) == []


def test_a_long_note_comes_from_a_file(ledger_db: Path, tmp_path: Path) -> None:
    fid = contradiction_id(ledger_db)
    note = "Dicek dengan redaksi Kontan.\r\n" + "Baris catatan yang panjang. " * 150  # 4,230
    assert 4000 < len(note) <= reviews.NOTE_LIMIT
    path = tmp_path / "note.txt"
    path.write_bytes(note.encode("utf-8"))
    args = ["review", fid, "--status", "needs-check", "--db", str(ledger_db)]
    result = CliRunner().invoke(cli, [*args, "--note-file", str(path)])
    assert result.exit_code == 0, result.output
    assert saved_reviews(ledger_db) == [("needs-check", note.replace("\r\n", "\n").strip())]

    path.write_text(LONG, encoding="utf-8")
    over = CliRunner().invoke(cli, [*args, "--note-file", str(path)])
    assert over.exit_code == 1 and TOO_LONG in over.output
    path.write_bytes(b"\xff\xfe not text")
    binary = CliRunner().invoke(cli, [*args, "--note-file", str(path)])
    assert binary.exit_code == 1 and "is not UTF-8 text" in binary.output
    both = CliRunner().invoke(cli, [*args, "--note-file", str(path), "--note", "x"])
    assert both.exit_code == 2 and "not both" in both.output
    assert saved_reviews(ledger_db) == [("needs-check", note.replace("\r\n", "\n").strip())]


def test_a_note_comes_from_stdin(ledger_db: Path) -> None:
    fid = contradiction_id(ledger_db)
    note = "Tanggal di judul terkait salah;\nartikel utama benar."
    args = ["review", fid, "--status", "confirmed", "--note-file", "-", "--db", str(ledger_db)]
    result = CliRunner().invoke(cli, args, input=note + "\n")
    assert result.exit_code == 0, result.output
    assert saved_reviews(ledger_db) == [("confirmed", note)]
    over = CliRunner().invoke(cli, args, input=LONG)
    assert over.exit_code == 1 and TOO_LONG in over.output


def test_the_desk_the_command_line_and_the_api_give_one_message(ledger_db: Path) -> None:
    from tests.test_publish import post_review, serve

    fid = contradiction_id(ledger_db)
    with pytest.raises(reviews.ReviewError) as from_api:
        api.review(ledger_db, fid, "confirmed", LONG)
    from_cli = CliRunner().invoke(
        cli, ["review", fid, "--status", "confirmed", "--note", LONG, "--db", str(ledger_db)]
    )

    async def desk(ds: Any) -> Any:
        return await post_review(ds, fid, "confirmed", LONG)

    from_desk = serve(ledger_db, False, desk)
    assert from_desk.status_code == 400
    assert from_desk.text == str(from_api.value)
    assert from_cli.output.strip() == f"Error: {from_api.value}"
    assert saved_reviews(ledger_db) == []
