"""The command line, run as a user runs it."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger import cli as cli_module
from ledger.cli import cli


def test_build_prints_a_summary_and_findings_lists_them(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "ledger.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(seeds_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "documents: 5" in result.output
    assert "contradiction" in result.output
    listed = runner.invoke(
        cli, ["findings", "--db", str(db), "--verdict", "contradiction", "--property", "date"]
    )
    assert listed.exit_code == 0
    assert "9 Januari" in listed.output and "10 Januari 2022" in listed.output
    assert "1 finding(s)" in listed.output


def test_python_dash_m_ledger_runs(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "ledger.db"
    out = subprocess.run(
        [sys.executable, "-m", "ledger", "build", str(seeds_dir), "--db", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "claims:" in out.stdout
    assert "001_bbc9e7314229fa33.txt" in out.stderr  # the mojibake repair is reported


def test_bad_files_are_named_on_stderr(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "ok.txt").write_text((seeds_dir / "000_7dc6c93bd5e6ee5b.txt").read_text("utf-8"))
    result = CliRunner().invoke(cli, ["build", str(folder), "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 0
    assert "empty.txt" in result.stderr and "empty" in result.stderr
    assert "documents: 1" in result.stdout


def test_a_build_with_nothing_readable_keeps_the_old_ledger(
    tmp_path: Path, seeds_dir: Path
) -> None:
    db = tmp_path / "ledger.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(seeds_dir), "--db", str(db)]).exit_code == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["build", str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert "no article could be read" in result.output and "empty.txt" in result.output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_findings_without_a_ledger_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["findings", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert "run 'ledger build' first" in result.output


def test_claims_lists_spans_that_slice_back(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "ledger.db"
    runner = CliRunner()
    runner.invoke(cli, ["build", str(seeds_dir), "--db", str(db)])
    result = runner.invoke(
        cli,
        ["claims", "--db", str(db), "--document", "004_214c75a972e520e4.txt", "--property", "date"],
    )
    assert result.exit_code == 0, result.output
    assert "9 Januari" in result.output and "296:305" in result.output
    text = (seeds_dir / "004_214c75a972e520e4.txt").read_text(encoding="utf-8")
    assert "Pembicaraan bilateral AS-Rusia akan dimulai di Jenewa pada 9 Januari" in text
    assert "000_7dc6c93bd5e6ee5b.txt" not in result.output


def test_explain_marks_both_claims_and_shows_the_rule(tmp_path: Path, seeds_dir: Path) -> None:
    from ledger import api

    db = tmp_path / "ledger.db"
    api.build([seeds_dir], db)
    fid = api.findings(db, verdict="contradiction", property="date")[0]["finding_id"]
    result = CliRunner().invoke(cli, ["explain", fid, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "pada [[9 Januari]], diikuti" in result.output
    assert "Berlangsung pada [[10 Januari 2022]]" in result.output
    assert "2022-01-09" in result.output and "rule date-range" in result.output
    assert "Feature: When something happened" in result.output
    missing = CliRunner().invoke(cli, ["explain", "nope", "--db", str(db)])
    assert missing.exit_code == 1 and "no finding 'nope'" in missing.output


def test_a_finding_on_one_claim_is_listed_and_explained(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Pertemuan AS-Rusia di Jenewa digelar pada Senin, 15 Maret 2022, kata pejabat.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "l.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(article), "--db", db]).exit_code == 0
    listed = runner.invoke(cli, ["findings", "--db", db])
    assert "weekday-date" in listed.output and "(one claim)" in listed.output
    assert "1.00" in listed.output  # the confidence, as written
    conn = sqlite3.connect(db)
    (fid,) = conn.execute("select id from findings").fetchone()
    conn.close()
    explained = runner.invoke(cli, ["explain", fid, "--db", db])
    assert explained.exit_code == 0, explained.output
    assert "[[Senin, 15 Maret 2022]]" in explained.output
    assert "Tuesday" in explained.output and "Confidence 1.00" in explained.output


# --- progress and --quiet (issue 10, point 17) -----------------------------------

TERMINAL = {"TTY_COMPATIBLE": "1", "FORCE_COLOR": None, "NO_COLOR": "1", "COLUMNS": "120"}
"""rich takes stderr for a terminal (as ``Console(force_terminal=True)`` would)."""
NO_TERMINAL = {"TTY_COMPATIBLE": None, "FORCE_COLOR": None}


def screen(stderr: str) -> str:
    """What a terminal shows of rich's output: no colour codes, each redraw on a line."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", stderr).replace("\r", "\n")


def test_a_long_build_on_a_terminal_shows_its_progress_with_a_rate(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_module, "PROGRESS_FROM", 5)  # the seeds are a long build here
    db = tmp_path / "ledger.db"
    result = CliRunner().invoke(cli, ["build", str(seeds_dir), "--db", str(db)], env=TERMINAL)
    assert result.exit_code == 0, result.output
    shown = screen(result.stderr)
    assert re.search(r"^sentences +━+ 5/5 +[\d,.]+ documents/s", shown, re.M), shown
    assert re.search(r"^build +━+ 5/5 +[\d,.]+ documents/s +\d:\d\d:\d\d", shown, re.M), shown
    assert re.search(r"^occasions +━+ (\d+)/\1 +[\d,.]+ stories/s", shown, re.M), shown
    assert "documents: 5" in result.stdout and "━" not in result.stdout


def test_no_bar_for_a_short_build_or_away_from_a_terminal(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["build", str(seeds_dir), "--db", str(tmp_path / "ledger.db")]
    short = CliRunner().invoke(cli, args, env=TERMINAL)  # 5 documents: under PROGRESS_FROM
    monkeypatch.setattr(cli_module, "PROGRESS_FROM", 5)
    piped = CliRunner().invoke(cli, args, env=NO_TERMINAL)
    for result in (short, piped):
        assert result.exit_code == 0, result.output
        assert "documents/s" not in result.stderr and "━" not in result.stderr
        assert "documents: 5" in result.stdout


def test_quiet_prints_nothing_for_a_good_build(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the bar (even on a terminal), the summary or the warnings about articles
    (the seeds' mojibake repair is one); the ledger is built all the same."""
    monkeypatch.setattr(cli_module, "PROGRESS_FROM", 1)
    db = tmp_path / "ledger.db"
    for flag in ("--quiet", "-q"):
        result = CliRunner().invoke(
            cli, ["build", str(seeds_dir), "--db", str(db), flag], env=TERMINAL
        )
        assert result.exit_code == 0
        assert (result.stdout, result.stderr) == ("", "")
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from documents").fetchone() == (5,)
    conn.close()


def test_quiet_still_names_what_went_wrong(tmp_path: Path, seeds_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "ok.txt").write_text((seeds_dir / "000_7dc6c93bd5e6ee5b.txt").read_text("utf-8"))
    db = str(tmp_path / "l.db")
    skipped = CliRunner().invoke(cli, ["build", str(folder), "--db", db, "--quiet"])
    assert skipped.exit_code == 0
    assert skipped.stdout == ""
    assert skipped.stderr.startswith(f"skipped {folder / 'empty.txt'}: empty")
    assert len(skipped.stderr.splitlines()) == 1
    (folder / "ok.txt").unlink()
    failed = CliRunner().invoke(cli, ["build", str(folder), "--db", db, "--quiet"])
    assert failed.exit_code == 1 and "no article could be read" in failed.stderr
