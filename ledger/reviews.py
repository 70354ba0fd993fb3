"""Reviews: an editor's verdict on a finding, kept across every rebuild.

A review is keyed by finding id, and finding ids are content hashes of the rule
and both claims, so a rebuild of the same input finds every review's finding
again. When a finding disappears (the input changed), its review is kept and
marked ``orphaned``, with the snapshot of what was reviewed, never dropped.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

STATUSES = ("confirmed", "dismissed", "needs-check")
SNAPSHOT = ("rule_id", "verdict", "document_a", "document_b", "value_a", "value_b", "explanation")
COLUMNS = ("finding_id", "status", "note", "reviewed_at", "orphaned", *SNAPSHOT)


class ReviewError(ValueError):
    """A review that cannot be recorded (unknown finding, unknown status)."""


def record(
    conn: sqlite3.Connection, finding_id: str, status: str, note: str = ""
) -> dict[str, Any]:
    """Record (or replace) the review of one finding; writes only the ``reviews`` table."""
    if status not in STATUSES:
        raise ReviewError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    conn.row_factory = sqlite3.Row
    row = conn.execute(
        f"select {', '.join(c for c in SNAPSHOT)} from finding_report where finding_id = ?",
        [finding_id],
    ).fetchone()
    if row is None:
        raise ReviewError(f"no finding {finding_id!r} in this ledger")
    review = {
        "finding_id": finding_id,
        "status": status,
        "note": note,
        "reviewed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "orphaned": 0,
        **{k: row[k] for k in SNAPSHOT},
    }
    with conn:
        conn.execute(
            f"insert or replace into reviews ({', '.join(COLUMNS)}) "
            f"values ({', '.join('?' for _ in COLUMNS)})",
            [review[c] for c in COLUMNS],
        )
    return review


def read(path: Path) -> list[dict[str, Any]]:
    """The reviews of an existing ledger file (none when there is no readable one)."""
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            rows = conn.execute("select * from reviews").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:  # no reviews table yet, or not a ledger
        return []
    return [{c: v for c, v in dict(r).items() if c in COLUMNS} for r in rows]


def carry_over(reviews: list[dict[str, Any]], finding_ids: set[str]) -> list[dict[str, Any]]:
    """The reviews for a new ledger: those whose finding is gone are marked orphaned."""
    return [
        {**{c: r.get(c) for c in COLUMNS}, "orphaned": int(r["finding_id"] not in finding_ids)}
        for r in reviews
    ]
