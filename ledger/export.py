"""Export: findings and claims as CSV an editor opens in a spreadsheet, or as JSON.

Columns are readable (outlets, values, quotes, explanation, review), not ids
alone. Both read through a :class:`ledger.store.Reader`, so the caller decides
how long the ledger stays open.

Two kinds of file, for two kinds of reader:

* plain CSV (the default) is for machines: every cell is exactly what the ledger
  holds;
* ``excel=True`` is for a person opening it in a spreadsheet: UTF-8 with a
  byte-order mark (without it Excel garbles Indonesian text), every cell quoted,
  and a text cell that a spreadsheet would run as a formula (it starts with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return: an outlet, a file name
  or a review note can) gets a leading single quote, as OWASP's "CSV Injection"
  advice says. Numbers stay numbers.

``format="json"`` is for machines too: the same rows and columns as the CSV, as a
JSON array of objects keyed by column name (``document_a``, not "document A"),
numbers as numbers and ``null`` where the CSV cell is empty. The reviewed
findings as schema.org ClaimReview are :mod:`ledger.claimreview`'s.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ledger import store

# The first characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

FORMATS = ("csv", "json")

FINDING_COLUMNS = [
    ("verdict", "verdict"),
    ("severity", "severity"),
    ("property", "property"),
    ("subject", "about"),
    ("document_a", "document A"),
    ("outlet_a", "outlet A"),
    ("value_a", "value A"),
    ("normalised_a", "read as A"),
    ("quote_a", "quote A"),
    ("document_b", "document B"),
    ("outlet_b", "outlet B"),
    ("value_b", "value B"),
    ("normalised_b", "read as B"),
    ("quote_b", "quote B"),
    ("explanation", "explanation"),
    ("confidence", "confidence"),
    ("reasons", "why that confidence"),
    ("rule_id", "rule"),
    ("review_status", "review status"),
    ("review_note", "review note"),
    ("finding_id", "finding id"),
]

CLAIMS_SQL = """
select d.name as document, d.outlet, d.published, c.property, c.subject, c.value_text,
       c.normalised, c.value_lo, c.value_hi, c.unit, s.text as sentence, c.start, c.end,
       e.label as event, c.id as claim_id
from claims c
join documents d on d.id = c.document_id
join sentences s on s.id = c.sentence_id
left join events e on e.id = c.event_id
"""
CLAIM_COLUMNS = [
    ("document", "document"),
    ("outlet", "outlet"),
    ("published", "published"),
    ("property", "property"),
    ("subject", "about"),
    ("value_text", "value"),
    ("normalised", "read as"),
    ("value_lo", "from"),
    ("value_hi", "to"),
    ("unit", "unit"),
    ("sentence", "sentence"),
    ("start", "start"),
    ("end", "end"),
    ("event", "event"),
    ("claim_id", "claim id"),
]


def where_clause(conditions: list[tuple[str, str, str | None]]) -> tuple[str, dict[str, Any]]:
    """``where`` SQL for the given (expression, parameter, value) conditions that are set."""
    used = [(expr, name, value) for expr, name, value in conditions if value is not None]
    if not used:
        return "", {}
    return " where " + " and ".join(expr for expr, _, _ in used), {n: v for _, n, v in used}


def excel_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as the text it is: ``=1+1`` becomes ``'=1+1``.

    Only text is touched: a number (a confidence, an offset, a negative amount)
    cannot be a formula and stays a number.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write(
    rows: list[dict[str, Any]],
    columns: list[tuple[str, str]],
    out: Path,
    excel: bool,
    format: str = "csv",
) -> int:
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if format == "json":
        if excel:
            raise ValueError("--excel is for CSV opened in a spreadsheet; JSON is for machines")
        return _write_json(rows, columns, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL if excel else csv.QUOTE_MINIMAL)
        writer.writerow([label for _, label in columns])
        for row in rows:
            cells = ["" if row[key] is None else row[key] for key, _ in columns]
            writer.writerow([excel_cell(c) for c in cells] if excel else cells)
    return len(rows)


def _write_json(rows: list[dict[str, Any]], columns: list[tuple[str, str]], out: Path) -> int:
    """The CSV's rows as a JSON array: a cell the CSV leaves empty is ``null``."""
    records = [{key: None if row[key] == "" else row[key] for key, _ in columns} for row in rows]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(records)


def export_findings(
    db: store.Reader,
    out: Path,
    *,
    excel: bool = False,
    format: str = "csv",
    verdict: str | None = None,
    property: str | None = None,
    document: str | None = None,
) -> int:
    """Write the findings (as ``finding_report`` orders them) to CSV or JSON; returns the
    row count."""
    where, params = where_clause(
        [
            ("verdict = :verdict", "verdict", verdict),
            ("property = :property", "property", property),
            ("(document_a = :document or document_b = :document)", "document", document),
        ]
    )
    rows = list(db.query("select * from finding_report" + where, params))
    return _write(rows, FINDING_COLUMNS, out, excel, format)


def export_claims(
    db: store.Reader,
    out: Path,
    *,
    excel: bool = False,
    format: str = "csv",
    property: str | None = None,
    document: str | None = None,
) -> int:
    """Write the claims with their documents, sentences and events to CSV or JSON."""
    where, params = where_clause(
        [
            ("c.property = :property", "property", property),
            ("d.name = :document", "document", document),
        ]
    )
    rows = list(db.query(CLAIMS_SQL + where + " order by d.name, c.start", params))
    return _write(rows, CLAIM_COLUMNS, out, excel, format)
