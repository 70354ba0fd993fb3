"""The ``reviews`` table: one row per reviewed finding, carried into every rebuild.

:mod:`ledger.reviews` says what a review is (its statuses, its checks); this
module is how one is stored. A review is keyed by finding id, and finding ids are
content hashes of the rule and both claims, so a rebuild of the same input finds
every review's finding again. When a finding disappears (the input changed), its
review is kept and marked ``orphaned``, with the snapshot of what was reviewed,
never dropped.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ledger.store.read import connect, require_ledger

SNAPSHOT = ("rule_id", "verdict", "document_a", "document_b", "value_a", "value_b", "explanation")
"""What ``finding_report`` said of the finding when it was reviewed."""
COLUMNS = ("finding_id", "status", "note", "reviewed_at", "orphaned", *SNAPSHOT)


def record_review(
    ledger: str | Path | sqlite3.Connection,
    finding_id: str,
    status: str,
    note: str,
    reviewed_at: str,
) -> dict[str, Any] | None:
    """Record (or replace) the review of one finding; None when the ledger has no such finding.

    Writes only the ``reviews`` table, in one transaction. ``ledger`` is a path,
    or the connection of a server that owns the file (Datasette's write
    connection, so that its single writer stays the only one); a path is opened
    read-write without ever creating the file. The caller checks the status.
    """
    if isinstance(ledger, sqlite3.Connection):
        return _record(ledger, finding_id, status, note, reviewed_at)
    conn = connect(require_ledger(ledger), mode="rw")
    try:
        return _record(conn, finding_id, status, note, reviewed_at)
    finally:
        conn.close()


def _record(
    conn: sqlite3.Connection, finding_id: str, status: str, note: str, reviewed_at: str
) -> dict[str, Any] | None:
    cursor = conn.execute(
        f"select {', '.join(SNAPSHOT)} from finding_report where finding_id = ?", [finding_id]
    )
    row = cursor.fetchone()
    if row is None:
        return None
    review = {
        "finding_id": finding_id,
        "status": status,
        "note": note,
        "reviewed_at": reviewed_at,
        "orphaned": 0,
        # By position: the connection may be a server's, whose row factory is not ours to set.
        **dict(zip(SNAPSHOT, row, strict=True)),
    }
    with conn:
        conn.execute(
            f"insert or replace into reviews ({', '.join(COLUMNS)}) "
            f"values ({', '.join('?' for _ in COLUMNS)})",
            [review[c] for c in COLUMNS],
        )
    return review


def read_reviews(path: Path) -> list[dict[str, Any]]:
    """The reviews of an existing ledger file (none when there is no readable one)."""
    if not path.exists():
        return []
    try:
        conn = connect(path)
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
