"""CSV exports an editor opens in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger import api
from ledger.cli import cli


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    return api.build([seeds], tmp_path_factory.mktemp("l") / "ledger.db").db


def read(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh))


def test_findings_csv_has_readable_columns_and_every_finding(
    ledger_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "findings.csv"
    result = CliRunner().invoke(
        cli, ["export", "findings", "--db", str(ledger_db), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = read(out)
    assert len(rows) == len(api.findings(ledger_db))
    assert list(rows[0])[:7] == [
        "verdict", "severity", "property", "about", "document A", "outlet A", "value A",
    ]  # fmt: skip
    first = next(r for r in rows if r["property"] == "date")
    assert rows[0]["verdict"] == "contradiction"  # contradictions come first
    assert (first["verdict"], first["value A"], first["value B"]) == (
        "contradiction",
        "9 Januari",
        "10 Januari 2022",
    )
    assert first["outlet A"] == "KONTAN.CO.ID"
    assert "Jenewa pada 9 Januari" in first["quote A"]
    assert {"explanation", "rule", "review status", "review note"} <= set(first)
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_excel_csv_starts_with_a_byte_order_mark(ledger_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "excel.csv"
    n = api.export("findings", ledger_db, out, excel=True, verdict="consistent")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read(out, "utf-8-sig")
    assert len(rows) == n > 0
    assert {r["verdict"] for r in rows} == {"consistent"}
    assert any("–" in r["explanation"] for r in rows)  # 90–120 min survives the round trip


@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["--property", "duration"], lambda r: r["property"] == "duration"),
        (
            ["--document", "001_bbc9e7314229fa33.txt"],
            lambda r: r["document"] == "001_bbc9e7314229fa33.txt",
        ),
    ],
)
def test_claims_csv_filters(
    ledger_db: Path, tmp_path: Path, args: list[str], check: object
) -> None:
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(
        cli, ["export", "claims", "--db", str(ledger_db), "--out", str(out), *args]
    )
    assert result.exit_code == 0, result.output
    rows = read(out)
    assert rows and all(check(r) for r in rows)  # type: ignore[operator]
    assert {"sentence", "value", "read as", "start", "end", "event"} <= set(rows[0])


def test_claims_have_no_verdict(ledger_db: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "claims",
            "--db",
            str(ledger_db),
            "--out",
            str(tmp_path / "x.csv"),
            "--verdict",
            "consistent",
        ],
    )
    assert result.exit_code == 1
    assert "claims have no verdict" in result.output
